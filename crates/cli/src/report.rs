//! What the run tells people on standard error: errors, notes, skipped inputs, a progress bar
//! when standard error is a terminal, and the closing summary of a batch.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

/// What to say, and how.
#[derive(Clone, Debug)]
pub struct ReportConfig {
    /// A batch (several inputs, a folder, a list or a stream): progress and a summary.
    pub batch: bool,
    /// `--quiet`: errors only.
    pub quiet: bool,
    /// `-v`: also name skipped inputs and decoding notes in a batch.
    pub verbose: bool,
    /// The verb of the summary ("parsed", "briefed").
    pub verb: &'static str,
}

/// How far the run has got, as the progress bar measures it.
pub enum Measure {
    /// Articles, out of a total that a background count may fill in.
    Articles(Option<Arc<AtomicU64>>),
    /// Bytes of the input streams read so far, out of their total size.
    Bytes { consumed: Arc<AtomicU64>, total: u64 },
    /// Articles, with no total (a stream on standard input).
    Open,
}

/// The counts of a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub done: u64,
    pub failed: u64,
    pub skipped: u64,
}

/// Writes to standard error, around the progress bar when there is one.
pub struct Reporter {
    config: ReportConfig,
    bar: Option<ProgressBar>,
    measure: Measure,
    counts: Counts,
    start: Instant,
}

impl Reporter {
    /// A reporter; the bar is drawn only for a batch, not `--quiet`, with standard error a terminal.
    pub fn new(config: ReportConfig, measure: Measure) -> Reporter {
        let show = config.batch && !config.quiet && std::io::stderr().is_terminal();
        let bar = show.then(|| {
            let (bar, template) = match &measure {
                Measure::Articles(_) => (
                    ProgressBar::no_length(),
                    "{spinner} {human_pos}/{human_len} articles, {rate}, ETA {eta} {wide_bar} {msg}",
                ),
                Measure::Bytes { total, .. } => (
                    ProgressBar::new(*total),
                    "{spinner} {bytes}/{total_bytes}, {binary_bytes_per_sec}, ETA {eta} {wide_bar} {msg}",
                ),
                Measure::Open => {
                    (ProgressBar::no_length(), "{spinner} {human_pos} articles, {rate}, {elapsed} elapsed, {msg}")
                }
            };
            bar.set_draw_target(ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(template) {
                let rate = |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0}/s", state.per_sec());
                };
                bar.set_style(style.with_key("rate", rate).progress_chars("=> "));
            }
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Reporter { config, bar, measure, counts: Counts::default(), start: Instant::now() }
    }

    /// The counts so far.
    pub fn counts(&self) -> Counts {
        self.counts
    }

    /// Prints a line on standard error without tearing the bar.
    fn say(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// An article was processed.
    pub fn done(&mut self, input: &str, note: Option<&str>) {
        self.counts.done += 1;
        if let Some(note) = note.filter(|_| !self.config.batch || self.config.verbose) {
            self.say(&format!("newsbrief: note: {input}: {note}"));
        }
        self.tick();
    }

    /// An input failed; always said, even with `--quiet`.
    pub fn failed(&mut self, input: &str, message: &str) {
        self.counts.failed += 1;
        self.say(&format!("newsbrief: error: {input}: {message}"));
        self.tick();
    }

    /// An input was passed over; named with `-v`.
    pub fn skipped(&mut self, input: &str, reason: &str) {
        self.counts.skipped += 1;
        if self.config.verbose {
            self.say(&format!("newsbrief: skipped: {input}: {reason}"));
        }
        self.tick();
    }

    /// An output failed: the last word of the run.
    pub fn fatal(&self, message: &str) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        eprintln!("newsbrief: error: {message}");
    }

    fn tick(&self) {
        let Some(bar) = &self.bar else { return };
        let Counts { done, failed, skipped } = self.counts;
        match &self.measure {
            Measure::Articles(total) => {
                if let Some(n) = total.as_ref().map(|t| t.load(Ordering::Relaxed)).filter(|&n| n > 0) {
                    bar.set_length(n);
                }
                bar.set_position(done + failed + skipped);
                bar.set_message(format!("{failed} failed, {skipped} skipped"));
            }
            Measure::Bytes { consumed, .. } => {
                bar.set_position(consumed.load(Ordering::Relaxed));
                bar.set_message(format!("{done} articles, {failed} failed"));
            }
            Measure::Open => {
                bar.set_position(done + failed + skipped);
                bar.set_message(format!("{failed} failed"));
            }
        }
    }

    /// Clears the bar and, for a batch, prints the summary line.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if self.config.batch && !self.config.quiet {
            eprintln!("newsbrief: {}", summary(self.counts, self.config.verb, self.start.elapsed()));
        }
    }
}

/// `1,998 parsed, 2 failed, 3 skipped in 4.1 s`.
pub fn summary(counts: Counts, verb: &str, elapsed: Duration) -> String {
    format!(
        "{} {verb}, {} failed, {} skipped in {:.1} s",
        thousands(counts.done),
        thousands(counts.failed),
        thousands(counts.skipped),
        elapsed.as_secs_f64()
    )
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut res = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            res.push(',');
        }
        res.push(c);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_groups_thousands() {
        let counts = Counts { done: 1998, failed: 2, skipped: 1_234_567 };
        assert_eq!(
            summary(counts, "parsed", Duration::from_millis(4140)),
            "1,998 parsed, 2 failed, 1,234,567 skipped in 4.1 s"
        );
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(100), "100");
    }
}
