//! Project chores: `cargo xtask eval <topic>`, `seed`, `bench`, `spark`, `bless`, `ci`.

mod bench;
mod eval;
mod eval_extract;
mod fuzz;
mod screenshots;
mod seed;
mod spark;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};

const USAGE: &str = "usage: cargo xtask <command>

commands:
  eval <topic>   score the parser on ../shared/eval/<topic>/dev.jsonl
                 (topics: ner, quotes, times|timex, sentences, sentences-wrapped,
                 summary, extract)
  seed           check the parse of the seed article in ../shared/seed
  bench [--stream-mb N] [wc|linear|processes|stream|warc]…
                 the release binary: one core against wc -w, 1/10/100 MB documents,
                 a process per article against --jsonl, a --jsonl stream of N MB (1000),
                 a WARC archive of web pages (every step unless some are named)
  spark          run newsbrief under a local PySpark job (RDD.pipe) and check every id
  bless          re-record the golden snapshots of the fixtures and test pages
  fuzz [--seconds N] [TARGET…]
                 run the cargo-fuzz targets (nightly toolchain, cargo-fuzz) N s each
  screenshots    screenshot the sample briefing at 1280 and 390 px into docs/ (needs chromium)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("xtask: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<()> {
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["eval", topic] => eval::run(topic),
        ["eval"] => bail!("eval needs a topic\n{USAGE}"),
        ["seed"] => seed::run(),
        ["bench", rest @ ..] => bench::run(rest),
        ["spark"] => spark::run(),
        ["bless"] => bless(),
        ["fuzz", rest @ ..] => fuzz::run(rest),
        ["screenshots"] => screenshots::run(),
        ["help" | "--help" | "-h"] | [] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => bail!("unknown command {:?}\n{USAGE}", args.join(" ")),
    }
}

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// `../shared` next to the workspace, or a clear error when it is absent.
pub fn shared() -> Result<PathBuf> {
    let dir = root().join("../shared");
    if !dir.is_dir() {
        bail!(
            "{} not found: the seed article and the evaluation sets live outside the repository, \
             in a `shared` folder beside it",
            dir.display()
        );
    }
    Ok(dir.canonicalize()?)
}

fn bless() -> Result<()> {
    let status = std::process::Command::new(env!("CARGO"))
        .args(["test", "--quiet", "-p", "newsbrief-tests", "-p", "newsbrief-extract"])
        .env("INSTA_UPDATE", "always")
        .current_dir(root())
        .status()?;
    if !status.success() {
        bail!("the tests failed while blessing; review the snapshots with `git diff tests/ crates/extract/tests/`");
    }
    println!("snapshots re-recorded; review them with `git diff tests/ crates/extract/tests/`");
    Ok(())
}
