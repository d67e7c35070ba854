//! `cargo xtask seed`: what the tool must get right on the seed article.
//!
//! The article stays in `../shared/seed`; this file holds only the checks.

use anyhow::{Context, Result, bail};
use newsbrief_parser::{Date, Options, Role};

/// Parses every seed article and checks the structure the issues ask for.
pub fn run() -> Result<()> {
    let dir = crate::shared()?.join("seed");
    let mut failures = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)?.flatten().map(|e| e.path()).collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let options = Options::default().with_reference_date(Date::parse_iso("2023-03-17"));
        let a = newsbrief_parser::parse_with(&text, &options);
        let mut check = |ok: bool, what: String| {
            println!("{} {what}", if ok { "ok  " } else { "FAIL" });
            if !ok {
                failures.push(what);
            }
        };
        let n_body = a.paragraphs.iter().filter(|p| p.role == Role::Body).count();
        let n_footer = a.paragraphs.iter().filter(|p| p.role == Role::Footer).count();
        check(n_body == 20 && n_footer == 1, format!("20 body paragraphs and 1 footer (got {n_body} and {n_footer})"));
        let with_email = a.meta.contacts.iter().filter(|c| c.email.is_some() && c.name.contains(' ')).count();
        check(with_email == 2, format!("2 contacts with name and e-mail (got {with_email})"));
        let body: Vec<&str> = a
            .sentences()
            .filter(|(id, _)| a.paragraphs[id.paragraph].role == Role::Body)
            .map(|(_, s)| s.span.as_str(&text))
            .collect();
        check(body.len() == 36, format!("36 body sentences (got {})", body.len()));
        let bad_end: Vec<&&str> =
            body.iter().filter(|s| s.ends_with("Mr.") || s.ends_with("Messrs.") || s.ends_with("U.S.")).collect();
        check(bad_end.is_empty(), format!("no sentence ends at Mr., Messrs. or U.S. ({} do)", bad_end.len()));
        let bad_start = body.iter().filter(|s| !s.starts_with(|c: char| c.is_uppercase() || c == '“')).count();
        check(bad_start == 0, format!("every sentence opens with a capital or a quote mark ({bad_start} do not)"));
    }
    if !failures.is_empty() {
        bail!("{} seed check(s) failed", failures.len());
    }
    println!("seed: all checks pass");
    Ok(())
}
