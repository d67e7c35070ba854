//! `cargo xtask fuzz [--seconds N] [TARGET…]`: every cargo-fuzz target in turn,
//! with libFuzzer's length control off (inputs up to `-max_len` from the start)
//! and a per-input time limit, so a slow input counts as a failure. The
//! fixture articles seed every corpus.

use std::process::Command;

use anyhow::{Context, Result, bail};

/// The targets in `fuzz/Cargo.toml`, in the order they run.
const TARGETS: &[&str] = &["parse", "brief"];

/// Runs the fuzzers for `seconds` each.
pub fn run(args: &[String]) -> Result<()> {
    let mut seconds = 60u64;
    let mut targets = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--seconds" => {
                let n = it.next().context("--seconds needs a number")?;
                seconds = n.parse().with_context(|| format!("--seconds: `{n}` is not a whole number"))?;
            }
            t if TARGETS.contains(&t) => targets.push(t),
            other => bail!("unknown fuzz argument `{other}` (targets: {})", TARGETS.join(", ")),
        }
    }
    if targets.is_empty() {
        targets = TARGETS.to_vec();
    }
    let fuzz_dir = crate::root().join("fuzz");
    for target in targets {
        let corpus = fuzz_dir.join("corpus").join(target);
        std::fs::create_dir_all(&corpus)?;
        println!("== fuzz {target} for {seconds} s");
        let status = Command::new("cargo")
            .args(["+nightly", "fuzz", "run", "--sanitizer", "none", target])
            .arg(&corpus)
            .arg(crate::root().join("tests/fixtures"))
            .arg("--")
            .arg(format!("-dict={}", fuzz_dir.join("newsbrief.dict").display()))
            .args(["-len_control=0", "-max_len=8192", "-timeout=1", "-rss_limit_mb=2048", "-print_final_stats=1"])
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
