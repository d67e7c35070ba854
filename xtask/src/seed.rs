//! `cargo xtask seed`: what the tool must get right on the seed article.
//!
//! The article stays in `../shared/seed`; this file holds only the checks, grouped
//! by the part of the tool they exercise.

use anyhow::{Context, Result, bail};
use newsbrief_parser::{Article, Date, EntityKind, Options, QuoteKind, Role, TimexType};
use newsbrief_render::{Format, RenderOptions};

/// Parses every seed article and checks it.
pub fn run() -> Result<()> {
    let dir = crate::shared()?.join("seed");
    let mut failures = 0;
    let mut files: Vec<_> = std::fs::read_dir(&dir)?.flatten().map(|e| e.path()).collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let options = Options::default().with_reference_date(Date::parse_iso("2023-03-17"));
        let a = newsbrief_parser::parse_with(&text, &options);
        let mut checks = Checks::default();
        structure(&mut checks, &a, &text);
        entities(&mut checks, &a);
        quotes(&mut checks, &a);
        times_and_amounts(&mut checks, &a);
        briefing(&mut checks, &a)?;
        failures += checks.failed;
    }
    if failures > 0 {
        bail!("{failures} seed check(s) failed");
    }
    println!("seed: all checks pass");
    Ok(())
}

#[derive(Default)]
struct Checks {
    failed: usize,
}

impl Checks {
    fn check(&mut self, area: &str, ok: bool, what: String) {
        println!("{} [{area}] {what}", if ok { "ok  " } else { "FAIL" });
        if !ok {
            self.failed += 1;
        }
    }
}

fn structure(c: &mut Checks, a: &Article<'_>, text: &str) {
    let n_body = a.paragraphs.iter().filter(|p| p.role == Role::Body).count();
    let n_footer = a.paragraphs.iter().filter(|p| p.role == Role::Footer).count();
    c.check(
        "layout",
        n_body == 20 && n_footer == 1,
        format!("20 body paragraphs and 1 footer (got {n_body}, {n_footer})"),
    );
    let with_email = a.meta.contacts.iter().filter(|c| c.email.is_some() && c.name.contains(' ')).count();
    c.check("layout", with_email == 2, format!("2 contacts with name and e-mail (got {with_email})"));
    let body: Vec<&str> = a
        .sentences()
        .filter(|(id, _)| a.paragraphs[id.paragraph].role == Role::Body)
        .map(|(_, s)| s.span.as_str(text))
        .collect();
    c.check("sentences", body.len() == 36, format!("36 body sentences (got {})", body.len()));
    let bad_end = body.iter().filter(|s| s.ends_with("Mr.") || s.ends_with("Messrs.") || s.ends_with("U.S.")).count();
    c.check("sentences", bad_end == 0, format!("no sentence ends at Mr., Messrs. or U.S. ({bad_end} do)"));
    let bad_start = body.iter().filter(|s| !s.starts_with(|ch: char| ch.is_uppercase() || ch == '“')).count();
    c.check(
        "sentences",
        bad_start == 0,
        format!("every sentence opens with a capital or a quote mark ({bad_start} do not)"),
    );
}

fn entity<'a, 'b>(a: &'b Article<'a>, name: &str) -> Option<&'b newsbrief_parser::Entity<'a>> {
    a.entities.iter().find(|e| e.name == name || e.aliases.iter().any(|x| x == name))
}

fn entities(c: &mut Checks, a: &Article<'_>) {
    for name in [
        "Xi Jinping",
        "Vladimir Putin",
        "Dmitry Peskov",
        "Yuri Ushakov",
        "Volodymyr Zelensky",
        "Georgi Kantchev",
        "Chun Han Wong",
    ] {
        let e = entity(a, name);
        c.check("entities", e.is_some_and(|e| e.kind == EntityKind::Person), format!("{name} is a person"));
    }
    for (name, role) in [("Dmitry Peskov", "Kremlin spokesman"), ("Yuri Ushakov", "foreign-policy adviser")] {
        let ok = entity(a, name).is_some_and(|e| e.descriptors.iter().any(|d| d.contains(role)));
        c.check("entities", ok, format!("{name} has the role {role:?}"));
    }
    let xi = entity(a, "Xi Jinping");
    let xi_mentions = xi.map_or(0, |e| e.mentions.len());
    c.check(
        "entities",
        xi_mentions >= 10,
        format!("Mr. Xi, Xi and Xi Jinping are one person ({xi_mentions} mentions)"),
    );
    for name in ["Moscow", "Beijing", "Ukraine", "Uzbekistan", "Iran", "Saudi Arabia", "Washington"] {
        let ok = entity(a, name).is_some_and(|e| e.kind == EntityKind::Place);
        c.check("entities", ok, format!("{name} is a place"));
    }
    for name in ["Kremlin", "TASS", "Foreign Ministry", "Communist Party", "Wall Street Journal"] {
        let ok = a.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name.contains(name));
        c.check("entities", ok, format!("{name} is an organization"));
    }
    for name in ["Power of Siberia", "Winter Olympics", "Cold War", "Kremlin", "TASS", "Moscow"] {
        let person = a.entities.iter().any(|e| e.kind == EntityKind::Person && e.name.contains(name));
        c.check("entities", !person, format!("{name} is not a person"));
    }
}

fn quotes(c: &mut Checks, a: &Article<'_>) {
    let ushakov = entity(a, "Yuri Ushakov").map(|e| e.id);
    let direct: Vec<_> = a.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    c.check("quotes", direct.len() == 4, format!("four direct quotes (got {})", direct.len()));
    let by_him = direct.iter().filter(|q| ushakov.is_some() && q.speaker == ushakov).count();
    c.check("quotes", by_him == 4, format!("all four by Yuri Ushakov (got {by_him})"));
    for (words, speaker) in
        [("Ukraine crisis", None), ("no-limits", None), ("key pillar of our relations", Some("Xi Jinping"))]
    {
        let q = a.quotes.iter().find(|q| q.kind == QuoteKind::Partial && q.text.contains(words));
        let ok = q.is_some_and(|q| {
            speaker.is_none_or(|s| q.speaker.and_then(|id| a.entity(id)).is_some_and(|e| e.name == s))
        });
        c.check(
            "quotes",
            ok,
            format!("partial quote {words:?}{}", speaker.map(|s| format!(" by {s}")).unwrap_or_default()),
        );
    }
    for source in ["Kremlin", "Peskov", "spokeswoman", "Journal", "American officials"] {
        let ok = a.attributions.iter().any(|at| {
            at.source_text.as_deref().is_some_and(|t| t.contains(source))
                || at.source.and_then(|id| a.entity(id)).is_some_and(|e| e.name.contains(source))
        });
        c.check("attributions", ok, format!("{source} is an attribution source"));
    }
}

fn times_and_amounts(c: &mut Checks, a: &Article<'_>) {
    let expected: [(&str, &str, Option<&str>); 13] = [
        ("next week", "2023-W12", None),
        ("March 20-22", "2023-03-20", Some("2023-03-22")),
        ("Friday", "2023-03-17", None),
        ("March 20", "2023-03-20", None),
        ("the following day", "2023-03-21", None),
        ("this month", "2023-03", None),
        ("this year", "2023", None),
        ("September 2022", "2022-09", None),
        ("February 2022", "2022-02", None),
        ("February", "2023-02", None),
        ("2013", "2013", None),
        ("2019", "2019", None),
        ("2021", "2021", None),
    ];
    for (text, value, end) in expected {
        let ok = a.times.iter().any(|t| {
            t.text.trim_start_matches("on ").trim_start_matches("in ") == text
                && t.value == value
                && t.end.as_deref() == end
                && matches!(t.kind, TimexType::Date)
        });
        c.check("times", ok, format!("{text:?} is {value}{}", end.map(|e| format!(" to {e}")).unwrap_or_default()));
    }
    for (text, value) in [("$55 billion", 55e9), ("$200 billion", 200e9), ("$140 billion", 140e9)] {
        let ok = a.amounts.iter().any(|m| m.text == text && m.value == value && m.currency.as_deref() == Some("USD"));
        c.check("amounts", ok, format!("{text} is USD {value}"));
    }
    let ok =
        a.amounts.iter().any(|m| m.text.contains("39 times") && m.value == 39.0 && m.unit.as_deref() == Some("times"));
    c.check("amounts", ok, "\"39 times\" is a count".to_owned());
}

fn briefing(c: &mut Checks, a: &Article<'_>) -> Result<()> {
    let b = newsbrief_render::Briefing::new(a);
    for name in ["Xi Jinping", "Vladimir Putin", "Yuri Ushakov", "Dmitry Peskov", "Volodymyr Zelensky"] {
        let ok = b.people.iter().any(|p| p.name == name && !p.role.is_empty());
        c.check("briefing", ok, format!("who's who shows {name} with a role"));
    }
    let ushakov = b.quote_groups.iter().find(|g| g.speaker.as_deref() == Some("Yuri Ushakov"));
    let n = ushakov.map_or(0, |g| g.quotes.iter().filter(|q| !q.partial).count());
    c.check("briefing", n == 4, format!("Yuri Ushakov's four quotes under his name (got {n})"));
    let keys: Vec<_> = b.timeline.iter().filter_map(|t| t.start).collect();
    let sorted = keys.windows(2).all(|w| w[0] <= w[1]);
    let first = keys.first().map(|k| k.0);
    let has_visit = b.timeline.iter().any(|t| t.label == "20–22 March 2023");
    c.check(
        "briefing",
        sorted && first == Some(2013) && has_visit,
        "timeline runs from 2013 to the March 20–22 visit in order".to_owned(),
    );
    for fig in ["$55 billion", "$200 billion", "$140 billion"] {
        let ok = b.figures.iter().any(|f| f.text == fig && f.context.split_whitespace().count() > 3);
        c.check("briefing", ok, format!("{fig} with its context"));
    }
    let html = newsbrief_render::render(a, &RenderOptions { format: Format::Html, short: false })?;
    c.check("briefing", html.contains("Yuri Ushakov"), "the HTML briefing renders".to_owned());
    Ok(())
}
