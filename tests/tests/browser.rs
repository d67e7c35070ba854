//! The HTML briefing as a person sees it, in headless Chromium: screenshots at
//! 1280 and 390 px, no console errors, no network requests from the page, no
//! horizontal scroll on a phone, every section present, a title that is not a
//! dateline, no raw TIMEX3 code in the timeline, the full text's highlight toggles
//! working without scripts, and article payloads that never execute.
//!
//! Chromium is found at `$CHROMIUM`, `/usr/bin/chromium` or on the PATH. Without it
//! the tests say so and pass, unless `NEWSBRIEF_REQUIRE_BROWSER` is set, as
//! `.ci/run` does after installing Chromium.

use std::path::{Path, PathBuf};
use std::process::Command;

use newsbrief_render::{Format, RenderOptions};
use newsbrief_tests::fixtures;

const SECTIONS: [&str; 8] =
    ["bottom-line", "key-points", "whos-who", "quotes", "timeline", "figures", "sources", "full-text"];

fn chromium() -> Option<PathBuf> {
    let found = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .into_iter()
        .chain(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].map(PathBuf::from))
        .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var_os("NEWSBRIEF_REQUIRE_BROWSER").is_none(),
            "NEWSBRIEF_REQUIRE_BROWSER is set but no Chromium was found"
        );
        eprintln!("browser tests skipped: no Chromium (install the Debian package `chromium`)");
    }
    found
}

fn out_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/browser").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("output folder");
    dir
}

/// Runs headless Chromium on a page; returns (stdout, stderr).
fn chrome(bin: &Path, dir: &Path, page: &Path, extra: &[String]) -> (String, String) {
    let profile = dir.join(format!("profile-{}", extra.len()));
    let out = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn html_of(text: &str) -> String {
    let a = newsbrief_parser::parse(text);
    newsbrief_render::render(&a, &RenderOptions { format: Format::Html, short: false }).expect("renders")
}

/// A copy of the page that may run one measuring script of ours (the page's own policy forbids scripts).
fn measurable(html: &str) -> String {
    let csp_start = html.find("<meta http-equiv=\"Content-Security-Policy\"").expect("page has a CSP");
    let csp_end = csp_start + html[csp_start..].find('>').expect("meta ends") + 1;
    // Opens every collapsible section, reports `scrollWidth,innerWidth` on its body and to a
    // parent frame, and whether
    // ticking the organizations toggle of the full text highlights them (CSS only).
    let probe = "<script>addEventListener('load',()=>{document.querySelectorAll('details').forEach(d=>d.open=true);\
                 const v=document.documentElement.scrollWidth+','+innerWidth;\
                 document.body.setAttribute('data-sw',v);if(parent!==window)parent.postMessage(v,'*');\
                 const m=document.querySelector('mark.org'),l=document.querySelector('label[for=hl-org]');\
                 if(m&&l){const a=getComputedStyle(m).backgroundColor;l.click();\
                 document.body.setAttribute('data-toggle',a+'|'+getComputedStyle(m).backgroundColor)}})</script></body>";
    format!("{}{}", &html[..csp_start], &html[csp_end..]).replace("</body>", probe)
}

fn attr(dom: &str, name: &str) -> Option<String> {
    let at = dom.find(&format!("{name}=\""))? + name.len() + 2;
    Some(dom[at..at + dom[at..].find('"')?].to_owned())
}

/// The texts between each `open` and the next `close` in `dom`.
fn between(dom: &str, open: &str, close: &str) -> Vec<String> {
    dom.split(open).skip(1).filter_map(|rest| rest.split_once(close).map(|(inner, _)| inner.to_owned())).collect()
}

/// A title that is only a dateline or an agency tag: capitals ending in a dash, or `(AP)`.
fn looks_like_dateline(title: &str) -> bool {
    let t = title.trim();
    let capitals = !t.chars().any(char::is_lowercase);
    capitals && t.ends_with(['-', '—', '–']) || ["(Reuters)", "(AP)", "(AFP)", "(UPI)"].iter().any(|a| t.contains(a))
}

/// A raw TIMEX3 code a reader should never see: `XXXX`, `2023-W12`, `XXXX-WXX-5`, `Q3`.
fn has_raw_code(label: &str) -> bool {
    let week_or_quarter = |w: &str| {
        let mut c = w.chars();
        matches!(c.next(), Some('W' | 'Q')) && c.clone().count() >= 1 && c.all(|d| d.is_ascii_digit())
    };
    label.contains("XX") || label.contains("-W") || label.split(|c: char| !c.is_alphanumeric()).any(week_or_quarter)
}

#[test]
fn dateline_titles_and_raw_codes_are_recognized() {
    assert!(looks_like_dateline("WASHINGTON (AP) —"));
    assert!(!looks_like_dateline("Port strike halts grain shipments as talks stall"));
    assert!(has_raw_code("XXXX-WXX-5") && has_raw_code("week W12") && has_raw_code("Q3 2023"));
    assert!(!has_raw_code("Week of 20 March 2023") && !has_raw_code("Friday 17 March 2023"));
}

#[test]
fn briefings_look_right_in_chromium() {
    let Some(bin) = chromium() else { return };
    let dir = out_dir("fixtures");
    for (name, text) in fixtures() {
        let html = html_of(&text);
        let page = dir.join(format!("{name}.html"));
        std::fs::write(&page, &html).unwrap();

        for width in [1280, 390] {
            let shot = dir.join(format!("{name}-{width}.png"));
            let netlog = dir.join(format!("{name}-{width}.netlog.json"));
            let (_, err) = chrome(
                &bin,
                &dir,
                &page,
                &[
                    format!("--window-size={width},1600"),
                    format!("--screenshot={}", shot.display()),
                    format!("--log-net-log={}", netlog.display()),
                ],
            );
            let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
            assert!(size > 5_000, "{name}: no screenshot at {width} px\n{err}");
            for line in err.lines() {
                assert!(!line.contains("CONSOLE") && !line.contains("Uncaught"), "{name}: console message: {line}");
            }
            // Requests the browser itself makes (its own update and account services) are not the page's.
            let log = std::fs::read_to_string(&netlog).unwrap_or_default();
            for url in log.split("\"url\":\"").skip(1).filter_map(|s| s.split('"').next()) {
                let browser_own = ["google.com/", "googleapis.com/", "gstatic.com/"].iter().any(|h| url.contains(h));
                assert!(
                    url.starts_with("file://") || url.starts_with("data:") || browser_own,
                    "{name}: page made a request to {url}"
                );
            }
        }

        // Headless windows are at least 500 px wide, so the phone viewport is a 390 px frame.
        let probe = dir.join(format!("{name}-probe.html"));
        std::fs::write(&probe, measurable(&html)).unwrap();
        let frame = dir.join(format!("{name}-frame.html"));
        std::fs::write(
            &frame,
            format!(
                "<!DOCTYPE html><body><iframe src=\"{}\" style=\"width:390px;height:900px;border:0\"></iframe>\
                 <script>addEventListener('message',e=>document.body.setAttribute('data-sw',e.data))</script></body>",
                probe.file_name().unwrap().to_string_lossy()
            ),
        )
        .unwrap();
        let (dom, _) = chrome(&bin, &dir, &frame, &["--dump-dom".into(), "--virtual-time-budget=3000".into()]);
        let measured = attr(&dom, "data-sw").unwrap_or_default();
        assert_eq!(measured.split(',').nth(1), Some("390"), "{name}: the probe reported {measured:?}");
        let sw: u32 = measured.split(',').next().and_then(|v| v.parse().ok()).unwrap_or(u32::MAX);
        assert!(sw <= 390, "{name}: the page is {sw} px wide at a 390 px viewport");
        let (dom, _) = chrome(&bin, &dir, &probe, &["--dump-dom".into()]);
        for id in SECTIONS {
            assert!(dom.contains(&format!("id=\"{id}\"")), "{name}: section {id} missing");
        }
        let title = between(&dom, "<h1>", "</h1>").into_iter().next().unwrap_or_default();
        assert!(!title.is_empty() && !looks_like_dateline(&title), "{name}: the title is {title:?}");
        for label in between(&dom, "class=\"when\"", "</span>") {
            let label = label.split_once('>').map_or(label.as_str(), |(_, l)| l);
            assert!(!has_raw_code(label), "{name}: raw TIMEX3 code in the timeline label {label:?}");
        }
        if dom.contains("<mark class=\"org\"") {
            let toggle = attr(&dom, "data-toggle").unwrap_or_default();
            let (off, on) = toggle.split_once('|').unwrap_or_default();
            assert!(off != on, "{name}: the organizations toggle changed nothing ({toggle:?})");
        }
    }
}

#[test]
fn article_payloads_never_execute() {
    let Some(bin) = chromium() else { return };
    let dir = out_dir("hostile");
    let text = "Payloads <script>document.body.setAttribute('data-pwned','script')</script> in a headline\n\
By Ann Lee\n\
A post read <img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> and \
<svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg> on Monday, officials said.\n\
“<b onmouseover=alert(1)>Quoted</b> markup,” said Mr. Kim.\n";
    let page = dir.join("hostile.html");
    // Without the page's script policy, so that escaping alone is what is tested.
    std::fs::write(&page, measurable(&html_of(text))).unwrap();
    let (dom, _) = chrome(&bin, &dir, &page, &["--dump-dom".into(), "--virtual-time-budget=2000".into()]);
    assert!(dom.contains("data-sw"), "the page loaded and our probe ran:\n{dom}");
    assert!(!dom.contains("data-pwned=\""), "an article payload executed");
    assert!(dom.contains("&lt;script&gt;document.body.setAttribute"), "the payload shows as text");
}
