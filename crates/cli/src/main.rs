//! The `newsbrief` command: parse articles to JSON and render briefings.

use newsbrief::input;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use newsbrief_parser::{Date, Options};
use newsbrief_render::{Format, RenderOptions};

/// Turn a news article (plain text) into a typed model, an HTML briefing or a Markdown summary.
#[derive(Parser, Debug)]
#[command(name = "newsbrief", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the article model as JSON (one line per file when given several).
    Parse {
        #[command(flatten)]
        common: Common,
        /// Pretty-print the JSON.
        #[arg(long)]
        pretty: bool,
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
        /// Write to this file (one input) or folder (several inputs) instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Print the JSON Schema of the `parse` output (newsbrief/article@1).
    Schema,
}

#[derive(Args, Debug)]
struct Common {
    /// Article files (UTF-8 or a legacy encoding) or folders of `.txt`/`.md` files; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<String>,
    /// Reference date for relative expressions such as "Friday" (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date, value_name = "YYYY-MM-DD")]
    date: Option<Date>,
    /// Number of key points to choose.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=20))]
    points: u16,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = input::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    max_bytes: u64,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    Html,
    #[value(alias = "markdown")]
    Md,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("`{s}` is not a calendar date in the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsbrief: error: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

fn run(cli: Cli) -> Result<ExitCode> {
    let (common, job) = match cli.command {
        Command::Parse { common, pretty } => (common, Job::Parse { pretty }),
        Command::Schema => {
            let schema = serde_json::to_string_pretty(&newsbrief_parser::json_schema())?;
            writeln!(std::io::stdout().lock(), "{schema}")?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Brief { common, format, short, output } => {
            let format = match format {
                FormatArg::Html => Format::Html,
                FormatArg::Md => Format::Markdown,
            };
            (common, Job::Brief { options: RenderOptions { format, short }, output })
        }
    };
    let options = Options::default().with_reference_date(common.date).with_key_points(usize::from(common.points));
    let files = expand(&common.files);
    let many = files.len() > 1;
    if let Job::Brief { output: None, .. } = &job {
        if many {
            eprintln!("newsbrief: error: several inputs make several briefings: name a folder for them with -o");
            return Ok(ExitCode::from(2));
        }
    }
    let mut failed = 0;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for file in &files {
        let res = process(file, &options, &job, many, common.max_bytes, &mut out).and_then(|()| Ok(out.flush()?));
        if let Err(err) = res {
            if is_broken_pipe(&err) {
                return Ok(ExitCode::SUCCESS);
            }
            eprintln!("newsbrief: error: {}: {err:#}", display_name(file));
            failed += 1;
        }
    }
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

enum Job {
    Parse { pretty: bool },
    Brief { options: RenderOptions, output: Option<PathBuf> },
}

fn display_name(file: &str) -> &str {
    if file == "-" { "<stdin>" } else { file }
}

fn process(file: &str, options: &Options, job: &Job, many: bool, max_bytes: u64, out: &mut impl Write) -> Result<()> {
    let input = input::read(file, max_bytes)?;
    if let Some(note) = &input.note {
        eprintln!("newsbrief: note: {}: {note}", display_name(file));
    }
    let article = newsbrief_parser::parse_with(&input.text, options);
    match job {
        Job::Parse { pretty } => {
            // Streamed to the writer: the JSON is never held in memory as a whole.
            if many {
                out.write_all(b"{\"file\":")?;
                serde_json::to_writer(&mut *out, file)?;
                out.write_all(b",\"article\":")?;
                serde_json::to_writer(&mut *out, &article)?;
                out.write_all(b"}")?;
            } else if *pretty {
                serde_json::to_writer_pretty(&mut *out, &article)?;
            } else {
                serde_json::to_writer(&mut *out, &article)?;
            }
            out.write_all(b"\n")?;
        }
        Job::Brief { options, output } => {
            let page = newsbrief_render::render(&article, options)?;
            match output {
                None => out.write_all(page.as_bytes())?,
                Some(path) => {
                    let target = if many { brief_path(path, file, options.format) } else { path.clone() };
                    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
                        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
                    }
                    std::fs::write(&target, page).with_context(|| format!("writing {}", target.display()))?;
                }
            }
        }
    }
    Ok(())
}

/// The inputs, with each folder replaced by the `.txt` and `.md` files in it, sorted.
fn expand(inputs: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for input in inputs {
        let path = std::path::Path::new(input);
        let Ok(entries) = std::fs::read_dir(path) else {
            // Not a folder (or unreadable): reading it will say what is wrong.
            out.push(input.clone());
            continue;
        };
        let mut found: Vec<String> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt" || x == "md"))
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        found.sort();
        if found.is_empty() {
            // Keep the folder so that it is reported rather than silently skipped.
            out.push(input.clone());
        }
        out.extend(found);
    }
    out
}

/// `OUT/<file stem>.html` for one input of a batch.
fn brief_path(dir: &std::path::Path, file: &str, format: Format) -> PathBuf {
    let stem = std::path::Path::new(file).file_stem().map_or_else(|| "stdin".into(), |s| s.to_string_lossy());
    let ext = match format {
        Format::Html => "html",
        Format::Markdown => "md",
    };
    dir.join(format!("{stem}.{ext}"))
}
