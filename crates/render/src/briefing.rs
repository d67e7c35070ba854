//! The briefing: what the reader sees, built from the article model.
//!
//! Strings here are raw article text; the templates escape them. The exceptions are
//! [`ParagraphView::html`] and [`Briefing::timeline_svg`], markup built from escaped pieces.

use std::collections::{HashMap, HashSet};

use newsbrief_parser::{Article, ContactRole, DateTime, Entity, EntityKind, ReferenceDateSource, Role};

use crate::calendar::Day;
use crate::doc::Doc;
use crate::text::{is_sentence, join_names, mostly_words, squash};
use crate::{annotate, figures, quotes, timeline, top};

/// The content of a briefing, in reading order.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Briefing {
    /// The headline, or a short title made from the lede.
    pub title: String,
    /// True when `title` was made from the text rather than given.
    pub title_derived: bool,
    /// The header: publisher, byline, dateline place, date, reading time.
    pub meta: Vec<MetaItem>,
    /// The link to the article's page, when its address is known.
    pub link: Option<LinkView>,
    /// The bottom line: the lede without its dateline, never a repeat of the title.
    pub lede: String,
    /// The key points, in article order.
    pub key_points: Vec<KeyPointView>,
    /// People, most mentioned first.
    pub people: Vec<EntityView>,
    /// Organizations, most mentioned first.
    pub organizations: Vec<EntityView>,
    /// Places, most mentioned first.
    pub places: Vec<EntityView>,
    /// Quotes grouped by speaker; the unattributed group comes last.
    pub quote_groups: Vec<QuoteGroup>,
    /// Dated entries in calendar order.
    pub timeline: Vec<TimelineGroup>,
    /// Dates the article gives only relative to publication, in its own words.
    pub timeline_relative: Vec<TimelineGroup>,
    /// The inline SVG of the dated entries (built from numbers and escaped labels).
    pub timeline_svg: String,
    /// Amounts with the clause around them.
    pub figures: Vec<FigureView>,
    /// Key figures left out of the table.
    pub more_figures: usize,
    /// Who is cited for reported speech, most cited first.
    pub sources: Vec<SourceView>,
    /// The article's paragraphs, annotated.
    pub paragraphs: Vec<ParagraphView>,
    /// People named in the footer.
    pub contacts: Vec<ContactView>,
}

/// One item of the header.
#[derive(Clone, Debug)]
pub struct MetaItem {
    /// What it is (`Published`, `By`), or the whole item when `value` is empty (`No date given`).
    pub label: &'static str,
    /// Its value.
    pub value: String,
}

/// The link to the article's own page, from its canonical URL.
#[derive(Clone, Debug)]
pub struct LinkView {
    /// The address: http or https, only characters a URL may hold unescaped.
    pub href: String,
    /// What the reader sees: the host name (`www.example.com`).
    pub host: String,
}

impl LinkView {
    /// The link for `url` when it is an http or https address with a host and nothing in it that
    /// could break out of an attribute or a Markdown link; otherwise none.
    pub(crate) fn of(url: &str) -> Option<LinkView> {
        let lower = url.get(..8).map(str::to_ascii_lowercase).unwrap_or_default();
        let after = if lower.starts_with("https://") {
            8
        } else if lower.starts_with("http://") {
            7
        } else {
            return None;
        };
        let url_char = |c: char| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c);
        if url.len() > 2048 || !url.chars().all(url_char) {
            return None;
        }
        let host = url[after..].split(['/', '?', '#']).next().unwrap_or("");
        let host = host.rsplit('@').next().unwrap_or(host);
        (!host.is_empty()).then(|| LinkView { href: url.to_owned(), host: host.to_ascii_lowercase() })
    }
}

/// A key point.
#[derive(Clone, Debug)]
pub struct KeyPointView {
    /// The sentence.
    pub text: String,
    /// Why it was chosen (`lead, central`).
    pub why: String,
    /// Anchor of its paragraph in the full text.
    pub anchor: String,
}

/// A person, organization or place in the who's who.
#[derive(Clone, Debug)]
pub struct EntityView {
    /// Canonical name.
    pub name: String,
    /// Role phrases joined with `; `.
    pub role: String,
    /// Other names used, when they add something to the name and role.
    pub aliases: String,
    /// Number of mentions.
    pub mentions: usize,
    /// Anchor of the first mention in the full text.
    pub anchor: String,
}

/// The quotes of one speaker.
#[derive(Clone, Debug)]
pub struct QuoteGroup {
    /// The speaker's name, or how the article refers to them; `None` when unattributed.
    pub speaker: Option<String>,
    /// The speaker's role, when known.
    pub role: String,
    /// The quotes, in article order.
    pub quotes: Vec<QuoteView>,
}

/// One quote, or the partial quotes of one sentence.
#[derive(Clone, Debug)]
pub struct QuoteView {
    /// The text in pieces; the quoted ones are the speaker's words. A direct quote is one
    /// quoted piece; partial quotes come with their sentence around them.
    pub parts: Vec<Part>,
    /// True for partial quotes shown in their sentence.
    pub partial: bool,
    /// Anchor of its paragraph.
    pub anchor: String,
}

/// A piece of a quote entry.
#[derive(Clone, Debug)]
pub struct Part {
    /// The text.
    pub text: String,
    /// True for the speaker's own words.
    pub quoted: bool,
}

/// One date of the timeline with what the article says happened then.
#[derive(Clone, Debug)]
pub struct TimelineGroup {
    /// The date in words (`Friday 17 March 2023`, `20–22 March 2023`, `Week of 20 March
    /// 2023`), or the article's own words (`Next week`) for a date relative to publication.
    pub label: String,
    /// The TIMEX3 value of the first mention, for the curious (shown on hover).
    pub value: String,
    /// The first day of the date as `(year, month, day)`; `None` for a relative one.
    pub start: Option<(i32, u32, u32)>,
    /// What the article says about the date, in article order or by time of day.
    pub items: Vec<TimelineItem>,
    /// Further mentions of the same date, not shown.
    pub more: usize,
    pub(crate) first_day: Option<i64>,
    pub(crate) last_day: i64,
    pub(crate) first_at: usize,
}

/// One mention of a date.
#[derive(Clone, Debug)]
pub struct TimelineItem {
    /// The time of day, when the article gives one (`7 p.m.`, `evening`).
    pub when: String,
    /// The clause of the sentence around the date.
    pub text: String,
    /// Anchor of its paragraph in the full text.
    pub anchor: String,
    pub(crate) minute: i32,
}

/// An amount with its context.
#[derive(Clone, Debug)]
pub struct FigureView {
    /// The amount as written.
    pub text: String,
    /// The amount in digits (`75 million copies`), only when the text spells it in words.
    pub value: String,
    /// The clause around it.
    pub context: String,
    /// Anchor of its paragraph.
    pub anchor: String,
}

/// A cited source.
#[derive(Clone, Debug)]
pub struct SourceView {
    /// Who.
    pub name: String,
    /// How many times the article cites them: reported speech and quotes together.
    pub count: usize,
    /// What they said or reported, first citation, shortened.
    pub said: String,
    /// The cue of the first citation (`said`, `according to`).
    pub cue: String,
}

/// A paragraph of the full text.
#[derive(Clone, Debug)]
pub struct ParagraphView {
    /// Anchor id (`p3`).
    pub id: String,
    /// Layout role in snake case (`body`, `footer`).
    pub role: &'static str,
    /// The paragraph as plain text.
    pub text: String,
    /// The paragraph as HTML with highlights, built from escaped pieces.
    pub html: String,
}

/// A footer contact.
#[derive(Clone, Debug)]
pub struct ContactView {
    /// Name as written.
    pub name: String,
    /// E-mail address, when given.
    pub email: Option<String>,
    /// What the footer says the person did.
    pub role: &'static str,
}

impl Briefing {
    /// Builds the briefing of an article.
    pub fn new(article: &Article<'_>) -> Briefing {
        let src = article.text();
        let top = top::top(article);
        let doc = Doc { article, dateline: top.dateline, set_aside: &top.set_aside };

        // The top of the page already shows these sentences; key points do not repeat them.
        let overlaps_top = |s: newsbrief_parser::Span| top.shown.iter().any(|t| t.start < s.end && s.start < t.end);
        let key_points = article
            .key_points
            .iter()
            .filter_map(|k| {
                let s = article.sentence(k.sentence).filter(|s| doc.in_body(s.span.start))?;
                let text = squash(doc.sentence_span(s.span).as_str(src));
                // In a hard-wrapped text a line that does not end a sentence is a piece of one.
                let whole = !top.wrapped || crate::text::ends_sentence(&text);
                let prose = is_sentence(&text) && mostly_words(&text) && whole;
                if overlaps_top(s.span) || !prose || top::says_same(&top.title, &text) {
                    return None;
                }
                Some(KeyPointView { text, why: k.why.join(", "), anchor: format!("p{}", k.sentence.paragraph) })
            })
            .collect();

        let timeline = timeline::timeline(&doc);
        let timeline_svg = timeline::svg(&timeline.dated);
        let (figures, more_figures) = figures::figures(&doc);
        let marks = annotate::marks(article);
        let paragraphs = article
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.role != Role::FrontMatter)
            .map(|(i, p)| ParagraphView {
                id: format!("p{i}"),
                role: role_name(p.role),
                text: p.span.as_str(src).to_owned(),
                html: annotate::html(src, p.span, &marks),
            })
            .collect();
        let contacts = article
            .meta
            .contacts
            .iter()
            .map(|c| ContactView {
                name: c.name.to_string(),
                email: c.email.as_deref().map(str::to_owned),
                role: match c.role {
                    ContactRole::Reporting => "reporting",
                    ContactRole::Editing => "editing",
                    _ => "contact",
                },
            })
            .collect();
        let who = WhosWho::new(article);
        Briefing {
            meta: meta(article, &top),
            link: article.meta.url.as_deref().and_then(LinkView::of),
            title: top.title,
            title_derived: top.title_derived,
            lede: top.bottom,
            key_points,
            people: who.ranked(EntityKind::Person),
            organizations: who.ranked(EntityKind::Organization),
            places: who.ranked(EntityKind::Place),
            quote_groups: quotes::quote_groups(&doc),
            timeline: timeline.dated,
            timeline_relative: timeline.relative,
            timeline_svg,
            figures,
            more_figures,
            sources: quotes::sources(&doc),
            paragraphs,
            contacts,
        }
    }

    /// True when there is anything to show in the who's who.
    pub fn has_entities(&self) -> bool {
        !(self.people.is_empty() && self.organizations.is_empty() && self.places.is_empty())
    }

    /// True when the timeline has anything to show.
    pub fn has_timeline(&self) -> bool {
        !(self.timeline.is_empty() && self.timeline_relative.is_empty())
    }
}

/// The header: who published it, who wrote it, where and when, and how long it takes to read.
fn meta(article: &Article<'_>, top: &top::Top) -> Vec<MetaItem> {
    let m = &article.meta;
    let mut out = Vec::new();
    let item = |label: &'static str, value: String| MetaItem { label, value };
    if let Some(source) = m.source.as_deref().map(squash).or_else(|| top.agency.clone()) {
        out.push(item("Source", source));
    }
    if !m.byline.is_empty() {
        let names: Vec<String> = m.byline.iter().map(|n| crate::text::unshout(&n.name)).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        out.push(item("By", join_names(&names)));
    }
    // `NEW YORK, Jan 14 (Reuters)`: a dateline's day without a year is still worth showing.
    let dateline_day = m.dateline.as_ref().and_then(|d| d.date.as_deref()).and_then(day_without_year);
    if let Some(place) = &top.place {
        let value = match (&dateline_day, m.published) {
            (Some(day), None) => format!("{place}, {day}"),
            _ => place.clone(),
        };
        out.push(item("Dateline", value));
    }
    let in_words = |d| Day::from(d).words();
    out.push(match (m.published, m.reference_date) {
        (Some(d), _) => match m.published_time.filter(|t| t.date == d) {
            Some(t) => item("Published", format!("{}, {}", in_words(d), clock(t))),
            None => item("Published", in_words(d)),
        },
        // Without a publication date the reference date was inferred from the text or given by the caller.
        (None, Some(d)) if m.reference_date_source == Some(ReferenceDateSource::Inferred) => {
            item("Dates resolved against", format!("{} (inferred from the article)", in_words(d)))
        }
        (None, Some(d)) => item("Date given", in_words(d)),
        (None, None) if dateline_day.is_some() => item("No year given", String::new()),
        (None, None) => item("No date given", String::new()),
    });
    let minutes = m.reading_minutes.max(1);
    out.push(item("Reading time", format!("{minutes} min ({} words)", m.word_count)));
    out
}

/// `XXXX-01-14` as `14 January`.
fn day_without_year(value: &str) -> Option<String> {
    let rest = value.strip_prefix("XXXX-")?;
    let (month, day) = rest.split_once('-')?;
    let (month, day): (usize, u32) = (month.parse().ok()?, day.parse().ok()?);
    let name = crate::calendar::MONTHS.get(month.checked_sub(1)?)?;
    (1..=31).contains(&day).then(|| format!("{day} {name}"))
}

/// The time of day of a date-time with its zone: `14:30 UTC+01:00`, `09:05 UTC`, or `14:30`
/// when the zone is unknown.
fn clock(t: DateTime) -> String {
    let zone = match t.utc_offset {
        None => String::new(),
        Some(0) => " UTC".to_owned(),
        Some(m) => format!(" UTC{}{:02}:{:02}", if m < 0 { '−' } else { '+' }, m.abs() / 60, m.abs() % 60),
    };
    format!("{:02}:{:02}{zone}", t.hour, t.minute)
}

/// Entities as the who's who lists them.
struct WhosWho<'d, 'a> {
    article: &'d Article<'a>,
    /// What bylines and footers say a person did, by name.
    credits: HashMap<&'d str, &'static str>,
}

impl<'d, 'a> WhosWho<'d, 'a> {
    fn new(article: &'d Article<'a>) -> Self {
        let mut credits: HashMap<&'d str, &'static str> = HashMap::new();
        for n in &article.meta.byline {
            credits.insert(n.name.as_ref(), "reporter");
        }
        for c in &article.meta.contacts {
            credits.insert(c.name.as_ref(), if c.role == ContactRole::Editing { "editor" } else { "reporter" });
        }
        WhosWho { article, credits }
    }

    fn view(&self, e: &Entity<'_>) -> EntityView {
        let mut role = roles(&e.descriptors);
        if role.is_empty() && e.kind == EntityKind::Person {
            // Authors named in the byline or footer have no role in the text; say what they did.
            role = self.credits.get(e.name.as_ref()).copied().unwrap_or_default().to_owned();
        }
        let known: HashSet<String> =
            e.descriptors.iter().chain(std::iter::once(&e.name)).flat_map(|d| crate::text::norm_words(d)).collect();
        let aliases: Vec<String> = e.aliases.iter().map(|a| squash(a)).filter(|a| alias_adds(a, &known)).collect();
        // An organization in capitals is an acronym (`NATO`); a person or place is not.
        let name = squash(&e.name);
        EntityView {
            name: if e.kind == EntityKind::Organization { name } else { crate::text::unshout(&name) },
            role,
            aliases: aliases.join(", "),
            mentions: e.mentions.len(),
            anchor: format!("e{}m0", e.id.0),
        }
    }

    /// One kind, most mentioned first; ties by first mention.
    fn ranked(&self, kind: EntityKind) -> Vec<EntityView> {
        let mut v: Vec<&Entity<'_>> = self.article.entities_of(kind).collect();
        v.sort_by_key(|e| (std::cmp::Reverse(e.mentions.len()), e.mentions.first().map_or(0, |m| m.span.start)));
        v.into_iter().map(|e| self.view(e)).collect()
    }
}

/// An entity's first role phrases joined with `; `; a party tag goes in brackets after the
/// phrase before it (`Sen. (D-N.M.)`). A phrase another one holds whole is left out (`Sen.`
/// beside `former Sen.`), as is one written again.
pub(crate) fn roles(descriptors: &[std::borrow::Cow<'_, str>]) -> String {
    let all: Vec<Vec<String>> = descriptors.iter().map(|d| crate::text::norm_words(d)).collect();
    let held_by_another = |i: usize| {
        let words = &all[i];
        all.iter().enumerate().any(|(j, other)| {
            let longer = other.len() > words.len() || other.len() == words.len() && j < i;
            j != i && longer && !words.is_empty() && other.windows(words.len()).any(|w| w == words.as_slice())
        })
    };
    let mut out: Vec<String> = Vec::new();
    // A party tag whose phrase is left out waits for the phrase that holds it.
    let mut pending: Option<String> = None;
    let mut dropped = false;
    for (i, d) in descriptors.iter().enumerate() {
        let d = lower_determiner(squash(d));
        let party = d.len() > 2 && matches!(d.as_bytes()[..2], [b'R' | b'D' | b'I', b'-']);
        if party {
            match out.last_mut() {
                Some(prev) if !dropped => prev.push_str(&format!(" ({d})")),
                _ => pending = Some(d),
            }
            continue;
        }
        dropped = held_by_another(i);
        if dropped || out.len() >= 3 {
            continue;
        }
        match pending.take() {
            Some(tag) => out.push(format!("{d} ({tag})")),
            None => out.push(d),
        }
    }
    out.extend(pending);
    out.join("; ")
}

/// `His spokesman` or `The work and pensions secretary` opening a sentence is `his spokesman`, `the
/// work and pensions secretary` in a list of roles (but `Her Majesty's envoy` keeps its title).
fn lower_determiner(role: String) -> String {
    const DETERMINERS: [&str; 9] = ["His ", "Her ", "Its ", "Their ", "Our ", "My ", "The ", "A ", "An "];
    let lower_after = |p: &str| role[p.len()..].starts_with(char::is_lowercase);
    match DETERMINERS.iter().find(|p| role.starts_with(*p) && lower_after(p)) {
        Some(_) => role[..1].to_lowercase() + &role[1..],
        None => role,
    }
}

/// True when an alias tells the reader something the name and role do not: "Mr. Okafor"
/// beside "Daniel Okafor" does not, "Danny" beside "Daniel Okafor" does.
fn alias_adds(alias: &str, known: &HashSet<String>) -> bool {
    const HONORIFICS: [&str; 9] = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mx", "prof"];
    crate::text::norm_words(alias)
        .iter()
        .any(|w| w.chars().count() > 1 && !known.contains(w) && !HONORIFICS.contains(&w.as_str()))
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Headline => "headline",
        Role::Byline => "byline",
        Role::Dateline => "dateline",
        Role::Timestamp => "timestamp",
        Role::Footer => "footer",
        Role::Caption => "caption",
        Role::Subhead => "subhead",
        Role::FrontMatter => "front_matter",
        _ => "body",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_only_to_plain_http_addresses() {
        let cases: &[(&str, Option<&str>)] = &[
            ("https://www.example.com/world/2024/talks?id=3#top", Some("www.example.com")),
            ("HTTP://News.Example.org", Some("news.example.org")),
            ("https://user@example.net/a", Some("example.net")),
            ("javascript:alert(1)", None),
            ("data:text/html,hi", None),
            ("ftp://example.com/file", None),
            ("https://", None),
            ("https://example.com/a b", None),
            ("https://example.com/\"><script>", None),
            ("https://example.com/a)<b>", None),
            ("https://exämple.com/", None),
        ];
        for &(url, host) in cases {
            assert_eq!(LinkView::of(url).map(|l| l.host).as_deref(), host, "{url}");
        }
    }

    #[test]
    fn clock_times_carry_their_zone() {
        let t = |s: &str| DateTime::parse_iso(s).expect("valid");
        assert_eq!(clock(t("2024-03-05T14:30:00+01:00")), "14:30 UTC+01:00");
        assert_eq!(clock(t("2024-03-05T09:05:59Z")), "09:05 UTC");
        assert_eq!(clock(t("2024-03-05T23:00-05:30")), "23:00 UTC−05:30");
        assert_eq!(clock(t("2024-03-05T07:00")), "07:00");
    }

    fn brief(text: &str) -> Briefing {
        Briefing::new(&newsbrief_parser::parse(text))
    }

    #[test]
    fn title_from_lede_is_short_and_whole() {
        let b = brief(
            "Officials in the capital said on Monday that the long-delayed bridge over the river would finally open to traffic next spring. More text follows here in a second sentence of the lede.",
        );
        assert!(b.title_derived);
        assert!(!b.title.ends_with('…'), "{}", b.title);
        assert!(b.title.split_whitespace().count() <= 14, "{}", b.title);
        assert!(!b.lede.is_empty() && !b.lede.starts_with(&b.title), "{}", b.lede);
    }

    #[test]
    fn aliases_that_add_nothing_are_dropped() {
        let known: HashSet<String> = ["xi", "jinping", "president"].map(String::from).into();
        assert!(!alias_adds("Mr. Xi", &known));
        assert!(!alias_adds("President Xi", &known));
        assert!(alias_adds("Bibi", &known));
    }

    #[test]
    fn a_byline_in_capitals_reads_as_names() {
        let b = brief(
            "Port levy blocked\n\nBy JANE OKAFOR\nAssociated Press\n\nKELBY, Ore. (AP) -- A court blocked the levy.\n",
        );
        let get = |label: &str| b.meta.iter().find(|m| m.label == label).map(|m| m.value.clone());
        assert_eq!(get("By").as_deref(), Some("Jane Okafor"));
        assert_eq!(get("Source").as_deref(), Some("Associated Press"));
        assert_eq!(get("Dateline").as_deref(), Some("Kelby, Ore."));
    }

    #[test]
    fn a_dateline_day_without_a_year_is_shown() {
        let b =
            brief("Kelby buys Ossian\n\nNEW YORK, Jan 14 (Reuters) - Kelby Inc said on Tuesday it would buy Ossian.\n");
        let get = |label: &str| b.meta.iter().find(|m| m.label == label).map(|m| m.value.clone());
        assert_eq!(get("Dateline").as_deref(), Some("New York, 14 January"));
        assert!(get("No year given").is_some() && get("No date given").is_none());
        assert_eq!(day_without_year("XXXX-13-01"), None);
    }

    #[test]
    fn a_party_tag_follows_the_role_before_it() {
        let d = |v: &[&'static str]| v.iter().map(|s| std::borrow::Cow::Borrowed(*s)).collect::<Vec<_>>();
        assert_eq!(roles(&d(&["Sen.", "D-N.M."])), "Sen. (D-N.M.)");
        assert_eq!(roles(&d(&["D-N.M."])), "D-N.M.");
        assert_eq!(
            roles(&d(&["Rep.", "R-Ohio", "chairman of the panel", "a lawyer", "a farmer"])),
            "Rep. (R-Ohio); chairman of the panel; a lawyer"
        );
        assert_eq!(roles(&d(&["Dana Ruiz's aide", "Dr. Who"])), "Dana Ruiz's aide; Dr. Who");
        // A phrase another holds whole, or one written again, is left out.
        assert_eq!(roles(&d(&["High Court Judge", "late High Court Judge"])), "late High Court Judge");
        assert_eq!(roles(&d(&["Sen.", "D-Mass.", "former Sen.", "a lawyer"])), "former Sen. (D-Mass.); a lawyer");
        assert_eq!(roles(&d(&["Secretary", "secretary", "President"])), "Secretary; President");
        assert_eq!(roles(&d(&["His spokesman", "Her Majesty's envoy"])), "his spokesman; Her Majesty's envoy");
        assert_eq!(roles(&d(&["Hispanic leader"])), "Hispanic leader");
        assert_eq!(roles(&d(&["The work and pensions secretary"])), "the work and pensions secretary");
        assert_eq!(roles(&d(&["The Hague envoy", "Theatre critic"])), "The Hague envoy; Theatre critic");
    }

    #[test]
    fn a_range_is_one_timeline_entry() {
        let text = "Festival dates set\nPublished March 3, 2023\n\nThe city festival will run from Aug. 26 to Oct. 20, \
                    organizers said on Tuesday.\n";
        let b = brief(text);
        let labels: Vec<&str> = b.timeline.iter().map(|g| g.label.as_str()).collect();
        assert!(labels.contains(&"26 August – 20 October 2023"), "{labels:?}");
        assert!(!labels.iter().any(|l| l.contains("Friday 20 October")), "{labels:?}");
    }

    #[test]
    fn dates_in_words() {
        let b = brief("Leaders meet\nPublished October 14, 2025\nThe leaders met on Tuesday in the capital city.\n");
        let date = b.meta.iter().find(|m| m.label == "Published").map(|m| m.value.as_str());
        assert_eq!(date, Some("14 October 2025"));
        let b = brief("Leaders meet\nThe leaders met on Tuesday in the capital city.\n");
        assert!(b.meta.iter().any(|m| m.label == "No date given"));
    }
}
