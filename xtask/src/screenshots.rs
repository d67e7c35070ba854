//! `cargo xtask screenshots`: the sample briefing in headless Chromium, at 1280 and 390 px, into `docs/`.

use std::process::Command;

use anyhow::{Context, Result, bail};
use newsbrief_parser::{Date, Options};
use newsbrief_render::{Format, RenderOptions};

/// Renders the bundled sample and screenshots it.
pub fn run() -> Result<()> {
    let root = crate::root();
    let text = std::fs::read_to_string(root.join("tests/fixtures/010_sample_summit.txt"))?;
    let article =
        newsbrief_parser::parse_with(&text, &Options::default().with_reference_date(Date::parse_iso("2025-10-14")));
    let html = newsbrief_render::render(&article, &RenderOptions { format: Format::Html, short: false })?;
    let work = root.join("target/screenshots");
    std::fs::create_dir_all(&work)?;
    let page = work.join("sample.html");
    std::fs::write(&page, html)?;
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".to_owned());
    for (width, height) in [(1280, 2400), (390, 2400)] {
        let shot = root.join(format!("docs/briefing-{width}.png"));
        let status = Command::new(&chromium)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
            .args(["--disable-component-update", "--disable-sync", "--hide-scrollbars"])
            .arg(format!("--user-data-dir={}", work.join("profile").display()))
            .arg(format!("--window-size={width},{height}"))
            .arg(format!("--screenshot={}", shot.display()))
            .arg(format!("file://{}", page.display()))
            .status()
            .with_context(|| format!("running {chromium} (install the Debian package `chromium`)"))?;
        if !status.success() {
            bail!("chromium failed ({status})");
        }
        println!("wrote {}", shot.display());
    }
    Ok(())
}
