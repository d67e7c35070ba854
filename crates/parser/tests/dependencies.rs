//! The parser stays a small, IO-free library: its dependency tree is the list below, and
//! nothing about rendering, command lines, terminals or file formats.
//!
//! A new dependency is a decision: add it to `ALLOWED` in the same change that adds it to
//! `Cargo.toml`, with the reason.

use std::process::Command;

/// The crates of the parser's normal dependency tree (default features).
const ALLOWED: &[&str] = &[
    "newsbrief-parser",
    // The grammars; memchr also finds footer phrases.
    "nom",
    "memchr",
    // The lexicon's hash sets and the entity pass's maps.
    "rustc-hash",
    // The JSON contract (feature `serde`, on by default).
    "serde",
    "serde_core",
    "serde_derive",
    "proc-macro2",
    "quote",
    "syn",
    "unicode-ident",
];

#[test]
fn dependency_tree_is_the_allowed_list() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .args(["tree", "--offline", "-p", "newsbrief-parser", "-e", "normal", "--prefix", "none", "--format", "{p}"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tree = String::from_utf8_lossy(&out.stdout);
    let mut names: Vec<&str> = tree.lines().filter_map(|l| l.split_whitespace().next()).collect();
    names.sort_unstable();
    names.dedup();
    for banned in ["askama", "clap", "anyhow", "encoding_rs", "chardetng", "pulldown-cmark", "tokio", "reqwest"] {
        assert!(!names.contains(&banned), "the parser depends on {banned}: {names:?}");
    }
    let unexpected: Vec<&&str> = names.iter().filter(|n| !ALLOWED.contains(n)).collect();
    assert!(unexpected.is_empty(), "the parser's dependency tree grew: {unexpected:?} (allowed: {ALLOWED:?})");
}
