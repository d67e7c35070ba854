//! `cargo xtask bench`: the release binary end to end, on inputs generated from the fixtures.
//!
//! 1. one core, one 10 MB document, side by side with `wc -w` on the same file: the ratio;
//! 2. one document of 1, 10 and 100 MB: time grows linearly (MB/s stays the same);
//! 3. one process per article against one `--jsonl` process: articles/s;
//! 4. `--jsonl` over a 1 GB stream on all cores: articles/s, MB/s, and peak memory at 100 MB
//!    and at 1 GB (flat: a bounded window of articles is in flight);
//! 5. a `.warc.gz` of the extraction crate's test pages: pages/s and MB/s, on all cores and on
//!    one, for the article JSON and for `--extract-only`.
//!
//! Steps can be named to run only them: `cargo xtask bench warc`.
//!
//! Inputs go to `target/bench/`. Output goes through a pipe that a thread drains, as it would
//! into the next program. Peak memory comes from GNU time (`/usr/bin/time`) when it is there.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use flate2::Compression;
use flate2::write::GzEncoder;

/// The steps, in the order they run.
const STEPS: [&str; 5] = ["wc", "linear", "processes", "stream", "warc"];

/// Runs the benchmarks named in `args` (every one by default); `--stream-mb N` is the size of
/// the `--jsonl` stream (1,000 by default).
pub fn run(args: &[&str]) -> Result<()> {
    let mut stream_mb: u64 = 1000;
    let mut steps = Vec::new();
    let mut it = args.iter();
    while let Some(&arg) = it.next() {
        match arg {
            "--stream-mb" => {
                let n = it.next().context("--stream-mb takes a number of megabytes")?;
                stream_mb = n.parse().context("--stream-mb takes a number of megabytes")?;
            }
            step if STEPS.contains(&step) => steps.push(step),
            _ => bail!("usage: cargo xtask bench [--stream-mb N] [{}]…", STEPS.join("|")),
        }
    }
    if steps.is_empty() {
        steps = STEPS.to_vec();
    }
    let root = crate::root();
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "-q", "-p", "newsbrief"])
        .current_dir(&root)
        .status()?;
    if !status.success() {
        bail!("release build failed");
    }
    let bin = root.join("target/release/newsbrief");
    let dir = root.join("target/bench");
    fs::create_dir_all(&dir)?;
    let articles = fixtures(&root)?;
    println!("machine: {}; {} threads", machine(), std::thread::available_parallelism().map_or(1, |n| n.get()));
    println!("inputs: the {} fixture articles, repeated\n", articles.len());

    for step in steps {
        match step {
            "wc" => against_wc(&bin, &dir, &articles)?,
            "linear" => linear(&bin, &dir, &articles)?,
            "processes" => per_process(&bin, &dir, &articles)?,
            "stream" => stream(&bin, &dir, &articles, stream_mb)?,
            _ => warc(&bin, &dir, &root)?,
        }
    }
    Ok(())
}

/// The fixture articles that are UTF-8.
fn fixtures(root: &Path) -> Result<Vec<String>> {
    let files = files_in(&root.join("tests/fixtures"), "txt")?;
    Ok(files.iter().filter_map(|f| fs::read_to_string(f).ok()).collect())
}

/// The files of `dir` with extension `ext`, sorted by name.
fn files_in(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> =
        fs::read_dir(dir)?.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == ext)).collect();
    files.sort();
    Ok(files)
}

/// One document of about `bytes` bytes: the articles one after another, repeated.
fn document(articles: &[String], bytes: usize) -> String {
    let mut doc = String::with_capacity(bytes + 4096);
    for a in articles.iter().cycle() {
        if doc.len() >= bytes {
            break;
        }
        doc.push_str(a);
        doc.push_str("\n\n");
    }
    doc
}

fn mb(n: u64) -> f64 {
    n as f64 / 1e6
}

/// A finished run: wall time and, when GNU time is there, peak resident memory.
struct Timed {
    secs: f64,
    peak_mb: Option<f64>,
    out_bytes: u64,
}

/// Runs `program args…` with standard input from `stdin` (or none), its output drained
/// through a pipe, and fails when it fails.
fn timed(program: &Path, args: &[&str], stdin: Option<&Path>) -> Result<Timed> {
    let rss_file = std::env::temp_dir().join(format!("xtask-bench-rss-{}", std::process::id()));
    let gnu_time = Path::new("/usr/bin/time").is_file();
    let mut cmd = if gnu_time {
        let mut c = Command::new("/usr/bin/time");
        c.arg("-f").arg("%M").arg("-o").arg(&rss_file).arg(program);
        c
    } else {
        Command::new(program)
    };
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(match stdin {
        Some(path) => Stdio::from(fs::File::open(path)?),
        None => Stdio::null(),
    });
    let t0 = Instant::now();
    let mut child = cmd.spawn().with_context(|| format!("running {}", program.display()))?;
    let mut out = child.stdout.take().expect("piped");
    let drain = std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
    let res = child.wait_with_output()?;
    let secs = t0.elapsed().as_secs_f64();
    let out_bytes = drain.join().expect("drain thread")?;
    if !res.status.success() {
        bail!("{} {args:?} failed: {}", program.display(), String::from_utf8_lossy(&res.stderr));
    }
    let peak_mb = gnu_time
        .then(|| fs::read_to_string(&rss_file).ok())
        .flatten()
        .and_then(|s| s.lines().last()?.trim().parse::<f64>().ok())
        .map(|kb| kb * 1024.0 / 1e6);
    let _ = fs::remove_file(&rss_file);
    Ok(Timed { secs, peak_mb, out_bytes })
}

fn peak(t: &Timed) -> String {
    t.peak_mb.map_or_else(|| "n/a (no /usr/bin/time)".to_owned(), |m| format!("{m:.0} MB"))
}

/// One core, one 10 MB document: newsbrief against `wc -w`, alternating, best of five each.
fn against_wc(bin: &Path, dir: &Path, articles: &[String]) -> Result<()> {
    let path = dir.join("doc-10mb.txt");
    let doc = document(articles, 10_000_000);
    fs::write(&path, &doc)?;
    let p = path.to_str().context("path")?;
    let wc = Path::new("wc");
    let (mut best_nb, mut best_wc) = (f64::MAX, f64::MAX);
    for _ in 0..5 {
        best_nb = best_nb.min(timed(bin, &["parse", "-j", "1", "--max-bytes", "200000000", p], None)?.secs);
        best_wc = best_wc.min(timed(&which(wc)?, &["-w", p], None)?.secs);
    }
    let n = doc.len() as u64;
    println!("## one core, one {:.1} MB document, against `wc -w` (best of 5 each, alternating)", mb(n));
    println!("newsbrief parse: {best_nb:.3} s = {:.1} MB/s", mb(n) / best_nb);
    println!("wc -w:           {best_wc:.3} s = {:.1} MB/s", mb(n) / best_wc);
    println!("ratio: newsbrief runs at {:.3}× the speed of wc -w\n", best_wc / best_nb);
    Ok(())
}

fn which(program: &Path) -> Result<PathBuf> {
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
        .with_context(|| format!("{} not found on PATH", program.display()))
}

/// One document of 1, 10 and 100 MB: the time per MB stays the same.
fn linear(bin: &Path, dir: &Path, articles: &[String]) -> Result<()> {
    println!("## one document of 1, 10 and 100 MB (whole process, JSON to a pipe)");
    println!("| size | time | MB/s | peak memory |\n|---|---|---|---|");
    for (size, runs) in [(1_000_000, 5), (10_000_000, 3), (100_000_000, 1)] {
        let path = dir.join(format!("doc-{}mb.txt", size / 1_000_000));
        let doc = document(articles, size);
        fs::write(&path, &doc)?;
        drop(doc);
        let n = fs::metadata(&path)?.len();
        let mut best: Option<Timed> = None;
        for _ in 0..runs {
            let t = timed(bin, &["parse", "--max-bytes", "200000000", path.to_str().context("path")?], None)?;
            if best.as_ref().is_none_or(|b| t.secs < b.secs) {
                best = Some(t);
            }
        }
        let t = best.expect("one run at least");
        println!("| {:.1} MB | {:.2} s | {:.1} | {} |", mb(n), t.secs, mb(n) / t.secs, peak(&t));
    }
    println!();
    Ok(())
}

/// Writes `n` articles (or, with `n` = 0, articles up to `bytes`) as JSON lines to `path`;
/// returns how many.
fn write_jsonl(path: &Path, articles: &[String], n: usize, bytes: u64) -> Result<usize> {
    let mut w = BufWriter::with_capacity(1 << 20, fs::File::create(path)?);
    let mut written = 0u64;
    let mut count = 0;
    for (i, text) in articles.iter().cycle().enumerate() {
        if (n > 0 && i == n) || (n == 0 && written >= bytes) {
            break;
        }
        let line = serde_json::json!({"id": format!("bench-{i}"), "text": text, "feed": "fixtures"}).to_string();
        w.write_all(line.as_bytes())?;
        w.write_all(b"\n")?;
        written += line.len() as u64 + 1;
        count += 1;
    }
    w.flush()?;
    Ok(count)
}

/// One process per article (as a shell loop or `xargs` would run it) against one `--jsonl`
/// process over the same articles.
fn per_process(bin: &Path, dir: &Path, articles: &[String]) -> Result<()> {
    let n = 300;
    let folder = dir.join("articles");
    fs::create_dir_all(&folder)?;
    let mut paths = Vec::new();
    for (i, text) in articles.iter().cycle().take(n).enumerate() {
        let path = folder.join(format!("{i:04}.txt"));
        fs::write(&path, text)?;
        paths.push(path);
    }
    let t0 = Instant::now();
    for path in &paths {
        let status = Command::new(bin).arg("parse").arg(path).stdout(Stdio::null()).status()?;
        if !status.success() {
            bail!("newsbrief parse {} failed", path.display());
        }
    }
    let processes = t0.elapsed().as_secs_f64();
    let jsonl = dir.join("articles.jsonl");
    write_jsonl(&jsonl, articles, n, 0)?;
    let one = timed(bin, &["parse", "--jsonl", "-j", "1", "-"], Some(&jsonl))?;
    let all = timed(bin, &["parse", "--jsonl", "-"], Some(&jsonl))?;
    println!("## {n} articles: one process each against one --jsonl process");
    println!("| how | time | articles/s |\n|---|---|---|");
    println!(
        "| one `newsbrief parse FILE` per article, one after another | {processes:.2} s | {:.0} |",
        n as f64 / processes
    );
    println!("| one `newsbrief parse --jsonl -j 1` | {:.2} s | {:.0} |", one.secs, n as f64 / one.secs);
    println!("| one `newsbrief parse --jsonl`, all cores | {:.2} s | {:.0} |\n", all.secs, n as f64 / all.secs);
    Ok(())
}

/// `--jsonl` on all cores over a stream of `stream_mb` MB, and over its first 100 MB.
fn stream(bin: &Path, dir: &Path, articles: &[String], stream_mb: u64) -> Result<()> {
    println!("## --jsonl on all cores, from a file on standard input to a pipe");
    println!(
        "| stream | articles | time | articles/s | MB/s in | MB/s out | peak memory |\n|---|---|---|---|---|---|---|"
    );
    let mut sizes = vec![100.min(stream_mb)];
    if stream_mb > 100 {
        sizes.push(stream_mb);
    }
    for size in sizes {
        let path = dir.join(format!("stream-{size}mb.jsonl"));
        let n = write_jsonl(&path, articles, 0, size * 1_000_000)?;
        let bytes = fs::metadata(&path)?.len();
        let t = timed(bin, &["parse", "--jsonl", "-q", "-"], Some(&path))?;
        println!(
            "| {:.0} MB | {n} | {:.1} s | {:.0} | {:.1} | {:.1} | {} |",
            mb(bytes),
            t.secs,
            n as f64 / t.secs,
            mb(bytes) / t.secs,
            mb(t.out_bytes) / t.secs,
            peak(&t)
        );
        fs::remove_file(&path)?;
    }
    Ok(())
}

/// The CPU model and the number of cores, from /proc/cpuinfo when it is there.
fn machine() -> String {
    let info = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = info.lines().find_map(|l| l.strip_prefix("model name")?.split(':').nth(1)).map(str::trim);
    let cores = info.lines().filter(|l| l.starts_with("processor")).count();
    format!("{} ({cores} cores)", model.unwrap_or("unknown CPU"))
}

/// A `.warc.gz` (one gzip member per record, as crawlers write them) of the extraction crate's
/// test pages, repeated under their own URLs, with a request record before each response.
fn write_warc(path: &Path, pages: &[Vec<u8>], n: usize) -> Result<u64> {
    let mut w = BufWriter::with_capacity(1 << 20, fs::File::create(path)?);
    let mut html_bytes = 0;
    for (i, page) in pages.iter().cycle().take(n).enumerate() {
        let uri = format!("https://bench.example/{}/story-{i}.html", 2020 + i % 5);
        let request = format!("GET /story-{i}.html HTTP/1.1\r\nHost: bench.example\r\n\r\n");
        let mut response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".to_vec();
        response.extend_from_slice(page);
        html_bytes += page.len() as u64;
        for (kind, block) in [("request", request.as_bytes()), ("response", &response[..])] {
            let mut record = format!(
                "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: 2024-09-03T08:00:00Z\r\nWARC-Target-URI: {uri}\r\n\
                 Content-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n",
                block.len()
            )
            .into_bytes();
            record.extend_from_slice(block);
            record.extend_from_slice(b"\r\n\r\n");
            let mut gz = GzEncoder::new(Vec::new(), Compression::default());
            gz.write_all(&record)?;
            w.write_all(&gz.finish()?)?;
        }
    }
    w.flush()?;
    Ok(html_bytes)
}

/// Pages/s and MB/s over a WARC archive, all cores against one, article JSON against the text alone.
fn warc(bin: &Path, dir: &Path, root: &Path) -> Result<()> {
    let files = files_in(&root.join("crates/extract/tests/pages"), "html")?;
    let pages: Vec<Vec<u8>> = files.iter().map(fs::read).collect::<std::io::Result<_>>()?;
    let n = 5000;
    let path = dir.join("pages.warc.gz");
    let html_bytes = write_warc(&path, &pages, n)?;
    let gz_bytes = fs::metadata(&path)?.len();
    let p = path.to_str().context("path")?;
    println!(
        "## a WARC archive: {n} HTML responses (the {} test pages repeated), {:.1} MB of HTML, {:.1} MB gzipped",
        pages.len(),
        mb(html_bytes),
        mb(gz_bytes)
    );
    println!("| run | time | pages/s | MB/s of HTML | MB/s of .warc.gz | peak memory |\n|---|---|---|---|---|---|");
    let runs: [(&str, &[&str]); 4] = [
        ("`newsbrief parse` (article JSON), all cores", &["parse", "-q", p]),
        ("`newsbrief parse -j 1`", &["parse", "-q", "-j", "1", p]),
        ("`newsbrief parse --extract-only`, all cores", &["parse", "-q", "--extract-only", p]),
        ("`newsbrief parse --extract-only -j 1`", &["parse", "-q", "--extract-only", "-j", "1", p]),
    ];
    for (what, args) in runs {
        let t = timed(bin, args, None)?;
        println!(
            "| {what} | {:.2} s | {:.0} | {:.1} | {:.1} | {} |",
            t.secs,
            n as f64 / t.secs,
            mb(html_bytes) / t.secs,
            mb(gz_bytes) / t.secs,
            peak(&t)
        );
    }
    println!();
    Ok(())
}
