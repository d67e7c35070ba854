//! `cargo xtask spark`: newsbrief as the map step of a local PySpark job, checked end to end.
//!
//! Installs PySpark into `target/pyenv` (Java must be on the machine), writes a few
//! thousand articles made from the fixtures as JSON lines (a few of them bad on purpose), runs
//! `docs/examples/spark_pipe.py` with `local[*]`, and checks that every id comes back exactly
//! once: with its model, or, for the bad ones, with the error planted.

use std::collections::HashMap;
use std::fs;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail, ensure};

/// Articles in the generated dataset.
const N_ARTICLES: usize = 3000;
/// Every this-many-th article has empty text, and must come back as an `empty` error.
const EMPTY_EVERY: usize = 500;

pub fn run() -> Result<()> {
    let root = crate::root();
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "-q", "-p", "newsbrief"])
        .current_dir(&root)
        .status()?;
    ensure!(status.success(), "release build failed");
    let bin = root.join("target/release/newsbrief");
    let python = venv(&root.join("target/pyenv"))?;

    let dir = root.join("target/spark");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir)?;
    let input = dir.join("articles.jsonl");
    let want = dataset(&root, &input)?;
    let output = dir.join("models");
    println!("spark: {} articles through `newsbrief parse --jsonl -` under local[*]", want.len());
    let status = Command::new(&python)
        .arg(root.join("docs/examples/spark_pipe.py"))
        .arg(&input)
        .arg(&output)
        .arg("--newsbrief")
        .arg(&bin)
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .env("PYSPARK_PYTHON", &python)
        .status()
        .context("running the PySpark job")?;
    ensure!(status.success(), "the PySpark job failed");
    check(&output, &want)
}

/// The virtual environment's python, with PySpark installed in it.
fn venv(dir: &Path) -> Result<std::path::PathBuf> {
    let python = dir.join("bin/python");
    if !python.is_file() {
        let ok = Command::new("python3").arg("-m").arg("venv").arg(dir).status()?.success();
        ensure!(ok, "python3 -m venv {} failed (Debian: apt-get install python3-venv)", dir.display());
    }
    let has_pyspark = Command::new(&python).args(["-c", "import pyspark"]).status()?.success();
    if !has_pyspark {
        println!("spark: installing pyspark into {}", dir.display());
        let ok = Command::new(&python).args(["-m", "pip", "install", "-q", "pyspark"]).status()?.success();
        ensure!(ok, "pip install pyspark failed");
    }
    let java = Command::new("java").arg("-version").output();
    ensure!(java.is_ok_and(|o| o.status.success()), "PySpark needs Java (17 or newer) on the PATH");
    Ok(python)
}

/// Writes the dataset; returns each id with the error code it must come back with, if any.
fn dataset(root: &Path, path: &Path) -> Result<HashMap<String, Option<&'static str>>> {
    let mut texts: Vec<String> = Vec::new();
    let mut files: Vec<_> = fs::read_dir(root.join("tests/fixtures"))?.flatten().map(|e| e.path()).collect();
    files.sort();
    for f in files.iter().filter(|p| p.extension().is_some_and(|x| x == "txt")) {
        if let Ok(t) = fs::read_to_string(f) {
            texts.push(t);
        }
    }
    let mut w = BufWriter::new(fs::File::create(path)?);
    let mut want = HashMap::new();
    for i in 0..N_ARTICLES {
        let id = format!("doc-{i:05}");
        let (text, expect) =
            if i % EMPTY_EVERY == 7 { ("  ", Some("empty")) } else { (texts[i % texts.len()].as_str(), None) };
        let line = serde_json::json!({"id": id, "text": text, "date": "2025-10-14", "batch": i / 100});
        writeln!(w, "{line}")?;
        want.insert(id, expect);
    }
    w.flush()?;
    Ok(want)
}

/// Every id once, with a model or with the planted error, and its passed-through field intact.
fn check(output: &Path, want: &HashMap<String, Option<&'static str>>) -> Result<()> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut parts: Vec<_> = fs::read_dir(output)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("part-")))
        .collect();
    parts.sort();
    ensure!(!parts.is_empty(), "no part files in {}", output.display());
    for part in &parts {
        for line in BufReader::new(fs::File::open(part)?).lines() {
            let v: serde_json::Value = serde_json::from_str(&line?).context("an output line is not JSON")?;
            let id = v["id"].as_str().context("an output line without a string id")?.to_owned();
            let Some(expect) = want.get(&id) else { bail!("unknown id {id} in the output") };
            match expect {
                None => ensure!(
                    v["article"]["schema"] == "newsbrief/article@1"
                        && v["article"]["meta"]["reference_date"] == "2025-10-14",
                    "{id}: no model, or not dated by its record: {}",
                    v.get("error").map(ToString::to_string).unwrap_or_default()
                ),
                Some(code) => ensure!(v["error"]["code"] == *code, "{id}: expected error {code}"),
            }
            ensure!(v["batch"].is_u64(), "{id}: the passed-through field `batch` is missing");
            *seen.entry(id).or_default() += 1;
        }
    }
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).map(|(id, _)| id.as_str()).collect();
    ensure!(twice.is_empty(), "ids that came back more than once: {twice:?}");
    let missing = want.keys().filter(|id| !seen.contains_key(*id)).count();
    ensure!(missing == 0, "{missing} ids did not come back");
    println!(
        "spark: ok, all {} ids came back once in {} part files ({} models, {} planted errors)",
        want.len(),
        parts.len(),
        want.values().filter(|e| e.is_none()).count(),
        want.values().filter(|e| e.is_some()).count()
    );
    Ok(())
}
