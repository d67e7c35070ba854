//! The parser stays a small, IO-free library: its dependency tree has no
//! rendering, command-line, terminal or file-format crates.

use std::process::Command;

#[test]
fn dependency_tree_stays_small() {
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
    assert!(names.len() <= 12, "the parser's dependency tree grew to {} crates: {names:?}", names.len());
}
