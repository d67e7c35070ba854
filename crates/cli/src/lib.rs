//! Library side of the `newsbrief` command: reading inputs, running them through the parser on
//! all cores, and writing the results.
//!
//! The parser lives in `newsbrief-parser` and rendering in `newsbrief-render`; this crate reads
//! input, schedules the work and prints. The flow is `source` (inputs → items) → `pipeline`
//! (jobs on a rayon pool, results back in order) → `sink` (standard output or files), with
//! `report` on standard error.

pub mod input;
pub mod job;
mod json;
pub mod pipeline;
pub mod report;
pub mod sink;
pub mod source;
