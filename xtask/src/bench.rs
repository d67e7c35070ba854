//! `cargo xtask bench`: end-to-end parse throughput and peak memory.

use std::process::Command;

use anyhow::{Result, bail};

/// Builds the release CLI and times it on the fixtures repeated to about 10 MB.
pub fn run() -> Result<()> {
    let root = crate::root();
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "-q", "-p", "newsbrief"])
        .current_dir(&root)
        .status()?;
    if !status.success() {
        bail!("release build failed");
    }
    let mut one = String::new();
    let mut files: Vec<_> = std::fs::read_dir(root.join("tests/fixtures"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for f in &files {
        if let Ok(t) = std::fs::read_to_string(f) {
            one.push_str(&t);
            one.push_str("\n\n");
        }
    }
    let mut big = String::new();
    while big.len() < 10 << 20 {
        big.push_str(&one);
    }
    let bin = root.join("target/release/newsbrief");
    let mb = |n: usize| n as f64 / 1e6;
    println!("input: {} fixtures repeated to {:.1} MB", files.len(), mb(big.len()));
    // Linear time shows as the same throughput at every size; the full size is left in place.
    let input = root.join("target/bench-input.txt");
    for eighths in [1, 2, 4, 8] {
        let mut cut = big.len() * eighths / 8;
        while !big.is_char_boundary(cut) {
            cut -= 1;
        }
        std::fs::write(&input, &big[..cut])?;
        let mut best = f64::MAX;
        for _ in 0..3 {
            let t0 = std::time::Instant::now();
            let out = Command::new(&bin).arg("parse").arg(&input).arg("--max-bytes").arg("100000000").output()?;
            if !out.status.success() {
                bail!("newsbrief parse failed: {}", String::from_utf8_lossy(&out.stderr));
            }
            best = best.min(t0.elapsed().as_secs_f64());
        }
        println!(
            "{:>6.2} MB: best of 3 {best:.3}s = {:.1} MB/s (whole process, JSON to a pipe)",
            mb(cut),
            mb(cut) / best
        );
    }
    // Peak memory from GNU time, when it is there.
    if let Ok(out) = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(&bin)
        .arg("parse")
        .arg(&input)
        .arg("--max-bytes")
        .arg("100000000")
        .output()
    {
        let err = String::from_utf8_lossy(&out.stderr);
        if let Some(line) = err.lines().find(|l| l.contains("Maximum resident set size")) {
            let kb: f64 = line.rsplit(':').next().unwrap_or("0").trim().parse().unwrap_or(0.0);
            println!("peak memory (max RSS): {:.1} MB", kb / 1024.0);
        }
    }
    Ok(())
}
