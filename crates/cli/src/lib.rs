//! Library side of the `newsbrief` command: reading and decoding article files.
//!
//! The parser lives in `newsbrief-parser` and rendering in `newsbrief-render`;
//! this crate only reads input and prints.

pub mod input;
