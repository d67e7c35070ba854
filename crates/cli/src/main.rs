//! The `newsbrief` command: parse articles to JSON and render briefings, one or millions.

use newsbrief::input;
use newsbrief::pipeline::{self, Plan, Render, Work};
use newsbrief::report::{Measure, ReportConfig, Reporter};
use newsbrief::sink::{self, Output};
use newsbrief::source::{self, Exts, SourceConfig};

use std::io::Write;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::Result;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use newsbrief_parser::{Date, Options};
use newsbrief_render::{Format, RenderOptions};

/// Exit status when every input was processed (skipped ones included).
const EXIT_OK: u8 = 0;
/// Exit status when one or more inputs failed; the others were still processed.
const EXIT_INPUT_FAILED: u8 = 1;
// A usage error exits with 2 (clap's own, and ours through `usage_error`).
/// Exit status when an output could not be written; the run stopped there.
const EXIT_OUTPUT_FAILED: u8 = 3;

/// Turn news articles (plain text, web pages, URLs, WARC archives) into a typed model, an HTML
/// briefing or a Markdown summary.
#[derive(Parser, Debug)]
#[command(name = "newsbrief", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the article model as JSON: the article itself for one input, one line per article
    /// for several.
    Parse {
        #[command(flatten)]
        common: Common,
        /// Pretty-print the JSON (one input, or one file per input with -o).
        #[arg(long)]
        pretty: bool,
        /// Print only the text that would be parsed: a page's extracted article with its front
        /// matter (a text input as it is); in a batch, `{"file"|"id"|"url", "text"}` lines.
        #[arg(long, conflicts_with = "pretty")]
        extract_only: bool,
    },
    /// Write the briefing: an HTML page (default) or a Markdown summary.
    Brief {
        #[command(flatten)]
        common: Common,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = FormatArg::Html)]
        format: FormatArg,
        /// Markdown only: just the title, bottom line and key points.
        #[arg(long)]
        short: bool,
    },
    /// Print the JSON Schema of the `parse` output (newsbrief/article@1).
    Schema,
}

#[derive(Args, Debug)]
struct Common {
    /// Article files (text in UTF-8, UTF-16 or a legacy encoding, or saved web pages), WARC
    /// archives (.warc, .warc.gz), folders (searched recursively), or `-` for standard input;
    /// with --jsonl, JSON-lines files or `-`.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Download the web page at URL (http or https) and read its article; repeatable.
    #[arg(long = "url", value_name = "URL", value_parser = parse_url)]
    urls: Vec<String>,
    /// The longest one --url download may take, in seconds.
    #[arg(long, default_value_t = 30, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
    timeout: u64,
    /// Also read the inputs listed in FILE, one path a line (`-`: standard input).
    #[arg(long, value_name = "FILE")]
    files_from: Option<PathBuf>,
    /// The inputs are JSON lines, one article a line: {"id", "text", "date"?, …}, or
    /// {"id", "html", "url"?, …} for a web page; other fields pass through to the output line.
    #[arg(long)]
    jsonl: bool,
    /// Extensions of the article files inside folders, comma-separated, case-insensitive; an
    /// empty entry means no extension, `*` every file.
    #[arg(long, value_delimiter = ',', default_value = "txt,md,html,htm,xhtml,warc,warc.gz", value_name = "EXT,…")]
    ext: Vec<String>,
    /// Write to this file (one input) or folder (a batch, or a path ending in `/`).
    #[arg(long, short, value_name = "PATH")]
    output: Option<PathBuf>,
    /// Write one file per input into this folder, named from the input's relative path or id.
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    out_dir: Option<PathBuf>,
    /// With an output folder: skip inputs whose output file exists (resumes an interrupted run).
    #[arg(long)]
    skip_existing: bool,
    /// Where failed inputs are reported: on standard error only, or also as an error line in
    /// their place in the output.
    #[arg(long, value_enum, default_value_t = Errors::Stderr, value_name = "WHERE")]
    errors: Errors,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<NonZeroUsize>,
    /// Print nothing on standard error but errors.
    #[arg(long, short, conflicts_with = "verbose")]
    quiet: bool,
    /// Also name skipped files and decoding notes in a batch.
    #[arg(long, short)]
    verbose: bool,
    /// Reference date for relative expressions such as "Friday" (YYYY-MM-DD); a JSON line's
    /// own `date` takes precedence.
    #[arg(long, value_parser = parse_date, value_name = "YYYY-MM-DD")]
    date: Option<Date>,
    /// Number of key points to choose.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=20))]
    points: u16,
    /// Refuse articles larger than this many bytes.
    #[arg(long, default_value_t = input::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    max_bytes: u64,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    Html,
    #[value(alias = "markdown")]
    Md,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Errors {
    /// On standard error only.
    Stderr,
    /// Also as `{"file"|"id", "error": {"code", "message"}}` lines in the output.
    Inline,
}

fn parse_url(s: &str) -> Result<String, String> {
    let lower = s.trim().to_ascii_lowercase();
    let rest = lower.strip_prefix("http://").or_else(|| lower.strip_prefix("https://"));
    match rest {
        Some(rest) if !rest.is_empty() && !rest.starts_with('/') => Ok(s.trim().to_owned()),
        _ => Err(format!("`{s}` is not an http:// or https:// URL")),
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("`{s}` is not a calendar date in the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("newsbrief: error: {err:#}");
            ExitCode::from(EXIT_INPUT_FAILED)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let (common, render, extract_only, verb) = match cli.command {
        Command::Parse { common, pretty, extract_only: false } => (common, Render::Parse { pretty }, false, "parsed"),
        Command::Parse { common, pretty, extract_only: true } => (common, Render::Parse { pretty }, true, "extracted"),
        Command::Brief { common, format, short } => {
            let format = match format {
                FormatArg::Html => Format::Html,
                FormatArg::Md => Format::Markdown,
            };
            (common, Render::Brief(RenderOptions { format, short }), false, "briefed")
        }
        Command::Schema => {
            let schema = serde_json::to_string_pretty(&newsbrief_parser::json_schema())?;
            let res = writeln!(std::io::stdout().lock(), "{schema}");
            return Ok(match res {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("newsbrief: error: cannot write standard output: {e}");
                    ExitCode::from(EXIT_OUTPUT_FAILED)
                }
                _ => ExitCode::SUCCESS,
            });
        }
    };
    let batch = common.jsonl
        || common.files_from.is_some()
        || common.inputs.len() + common.urls.len() != 1
        || common.inputs.first().is_some_and(|p| source::is_warc(p) || std::fs::metadata(p).is_ok_and(|m| m.is_dir()));
    let output = output_of(&common, batch);
    check_flags(&common, &render, &output, batch);
    let ext = match &render {
        Render::Parse { .. } if extract_only => "txt",
        Render::Parse { .. } => "json",
        Render::Brief(RenderOptions { format: Format::Html, .. }) => "html",
        Render::Brief(RenderOptions { format: Format::Markdown, .. }) => "md",
    };
    if let Output::Dir(dir) = &output {
        if let Err(err) = std::fs::create_dir_all(dir) {
            eprintln!("newsbrief: error: cannot create the output folder {}: {err}", dir.display());
            return Ok(ExitCode::from(EXIT_OUTPUT_FAILED));
        }
    }
    if output != Output::Stdout {
        sink::clean_up_on_signals();
    }

    let consumed = Arc::new(AtomicU64::new(0));
    let exts = Exts::new(&common.ext);
    let measure = measure(&common, &exts, &consumed, batch);
    let config = SourceConfig { jsonl: common.jsonl, exts, max_bytes: common.max_bytes, consumed };
    let items = source::items(common.inputs, common.files_from, common.urls, config);
    let threads = common
        .jobs
        .map_or_else(|| std::thread::available_parallelism().map_or(1, NonZeroUsize::get), NonZeroUsize::get);
    let options = Options::default().with_reference_date(common.date).with_key_points(usize::from(common.points));
    let work = Work {
        options,
        max_bytes: common.max_bytes,
        render,
        lines: batch && output == Output::Stdout,
        extract_only,
        fetch_timeout: std::time::Duration::from_secs(common.timeout),
        single: !batch,
    };
    let plan = Plan {
        threads,
        window: 8 * threads + 8,
        output,
        ext,
        skip_existing: common.skip_existing,
        errors_inline: common.errors == Errors::Inline,
    };
    let mut reporter =
        Reporter::new(ReportConfig { batch, quiet: common.quiet, verbose: common.verbose, verb }, measure);
    if let Err(err) = pipeline::run(items, work, &plan, &mut reporter) {
        if err.is_broken_pipe() {
            return Ok(ExitCode::SUCCESS);
        }
        reporter.fatal(&format!("{err}; stopped"));
        return Ok(ExitCode::from(EXIT_OUTPUT_FAILED));
    }
    reporter.finish();
    Ok(ExitCode::from(if reporter.counts().failed > 0 { EXIT_INPUT_FAILED } else { EXIT_OK }))
}

/// Where the results go: `--out-dir`, or `-o` as a folder for a batch or a path that ends in
/// `/` or is a folder, else as one file; standard output without either.
fn output_of(common: &Common, batch: bool) -> Output {
    match (&common.out_dir, &common.output) {
        (Some(dir), _) => Output::Dir(dir.clone()),
        (None, Some(path)) if batch || path.as_os_str().to_string_lossy().ends_with('/') || path.is_dir() => {
            Output::Dir(path.clone())
        }
        (None, Some(path)) => Output::File(path.clone()),
        (None, None) => Output::Stdout,
    }
}

/// Exits with a usage error (2) on flags that contradict each other or the mode.
fn check_flags(common: &Common, render: &Render, output: &Output, batch: bool) {
    if common.inputs.is_empty() && common.files_from.is_none() && common.urls.is_empty() {
        usage_error("name an input: a file, a folder, `-` for standard input, --files-from LIST or --url URL");
    }
    if !common.urls.is_empty() && !cfg!(feature = "fetch") {
        usage_error(
            "this newsbrief was built without downloading (cargo feature `fetch`): save the page and name the file",
        );
    }
    let n_stdin = common.inputs.iter().filter(|p| p.as_os_str() == "-").count()
        + usize::from(common.files_from.as_deref().is_some_and(|p| p.as_os_str() == "-"));
    if n_stdin > 1 {
        usage_error("standard input (`-`) can be read only once");
    }
    match (render, output) {
        (Render::Brief(_), Output::Stdout) if batch => {
            usage_error("several inputs make several briefings: name a folder for them with -o DIR")
        }
        (Render::Parse { pretty: true }, Output::Stdout) if batch => usage_error(
            "--pretty prints one article; a batch prints one line per article (with -o DIR, each file is pretty)",
        ),
        (_, Output::File(_) | Output::Dir(_)) if common.errors == Errors::Inline => {
            usage_error("--errors inline puts error lines among the output lines; with -o there are none")
        }
        (_, Output::Stdout | Output::File(_)) if common.skip_existing => {
            usage_error("--skip-existing resumes a run that writes into a folder: name it with -o DIR")
        }
        _ => {}
    }
}

/// How the progress bar measures the run: bytes of the stream when it is a file of known size,
/// articles (counted ahead in the background) when the inputs are files and folders.
fn measure(common: &Common, exts: &Exts, consumed: &Arc<AtomicU64>, batch: bool) -> Measure {
    use std::io::IsTerminal;
    if !batch || common.quiet || !std::io::stderr().is_terminal() {
        return Measure::Open;
    }
    let size = |p: &Path| std::fs::metadata(p).ok().filter(|m| m.is_file()).map(|m| m.len());
    let archives = !common.inputs.is_empty() && common.inputs.iter().all(|p| source::is_warc(p));
    let streams: Vec<&Path> = match (&common.files_from, common.jsonl) {
        (None, false) if archives => common.inputs.iter().map(PathBuf::as_path).collect(),
        (None, false) => {
            let total = Arc::new(AtomicU64::new(0));
            let (inputs, exts, counted) = (common.inputs.clone(), exts.clone(), Arc::clone(&total));
            std::thread::spawn(move || counted.store(source::count(&inputs, &exts), Ordering::Relaxed));
            return Measure::Articles(Some(total));
        }
        (None, true) => common.inputs.iter().map(PathBuf::as_path).collect(),
        (Some(list), false) if common.inputs.is_empty() => vec![list.as_path()],
        (Some(_), _) => return Measure::Open,
    };
    match streams.into_iter().map(size).sum() {
        Some(total) => Measure::Bytes { consumed: Arc::clone(consumed), total },
        None => Measure::Open,
    }
}

fn usage_error(message: &str) -> ! {
    Cli::command().error(clap::error::ErrorKind::ArgumentConflict, message).exit()
}
