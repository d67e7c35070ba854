//! `cargo xtask fuzz [--seconds N] [TARGET…]`: every cargo-fuzz target in turn,
//! with libFuzzer's length control off (inputs up to `-max_len` from the start)
//! and a per-input time limit, so a slow input counts as a failure. The
//! fixture articles seed the text targets, the test pages the extraction.

use std::process::Command;

use anyhow::{Context, Result, bail};

/// A target of `fuzz/Cargo.toml`: its name, the folder that seeds its corpus,
/// and the longest input it is given.
struct Target {
    name: &'static str,
    seeds: &'static str,
    max_len: usize,
}

/// The targets, in the order they run.
const TARGETS: &[Target] = &[
    Target { name: "parse", seeds: "tests/fixtures", max_len: 8192 },
    Target { name: "brief", seeds: "tests/fixtures", max_len: 8192 },
    Target { name: "grammars", seeds: "tests/fixtures", max_len: 8192 },
    Target { name: "extract", seeds: "crates/extract/tests/pages", max_len: 16384 },
];

/// Runs the fuzzers for `seconds` each.
pub fn run(args: &[&str]) -> Result<()> {
    let mut seconds = 60u64;
    let mut targets = Vec::new();
    let mut it = args.iter();
    while let Some(&arg) = it.next() {
        match arg {
            "--seconds" => {
                let n = it.next().context("--seconds needs a number")?;
                seconds = n.parse().with_context(|| format!("--seconds: `{n}` is not a whole number"))?;
            }
            name => match TARGETS.iter().find(|t| t.name == name) {
                Some(target) => targets.push(target),
                None => {
                    let names: Vec<&str> = TARGETS.iter().map(|t| t.name).collect();
                    bail!("unknown fuzz argument `{name}` (targets: {})", names.join(", "))
                }
            },
        }
    }
    if targets.is_empty() {
        targets = TARGETS.iter().collect();
    }
    let fuzz_dir = crate::root().join("fuzz");
    for Target { name: target, seeds, max_len } in targets {
        let corpus = fuzz_dir.join("corpus").join(target);
        std::fs::create_dir_all(&corpus)?;
        println!("== fuzz {target} for {seconds} s");
        let status = Command::new("cargo")
            .args(["+nightly", "fuzz", "run", "--sanitizer", "none", target])
            .arg(&corpus)
            .arg(crate::root().join(seeds))
            .arg("--")
            .arg(format!("-dict={}", fuzz_dir.join("newsbrief.dict").display()))
            .arg(format!("-max_len={max_len}"))
            .args(["-len_control=0", "-timeout=1", "-rss_limit_mb=2048", "-print_final_stats=1"])
            .arg(format!("-max_total_time={seconds}"))
            .current_dir(crate::root())
            .status()
            .context("running `cargo +nightly fuzz` (install it with `cargo install cargo-fuzz`)")?;
        if !status.success() {
            bail!("fuzz target `{target}` failed ({status}); the input is under fuzz/artifacts/{target}/");
        }
    }
    Ok(())
}
