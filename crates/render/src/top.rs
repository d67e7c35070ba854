//! The top of the page: the title, the dateline and the bottom line.
//!
//! The parser finds headlines and datelines in the common layouts; this module makes
//! sure that what the biggest type on the page says is a headline, not a dateline or a
//! sentence cut off, and that the bottom line neither opens with a dateline nor repeats
//! the title. It only ever leaves text out or picks another sentence, never invents.

use newsbrief_parser::{Article, Role, Span};

use crate::dateline::{self, dateline_line, dateline_prefix, headline_is_dateline, tidy_place};
use crate::text::{capitalize, mostly_words, norm_words, squash};

/// Words a title made from a sentence keeps at most.
const TITLE_WORDS: usize = 16;
/// A sentence this short (in words) is taken whole as a title.
const TITLE_WHOLE: usize = 18;
/// Body sentences looked at for the title and the bottom line.
const LOOK_AHEAD: usize = 12;
/// Body lines before the dateline up to this many words are front matter, not the story.
const FRONT_WORDS: usize = 25;
/// The bottom line takes a second sentence while the two stay under this many words.
const BOTTOM_WORDS: usize = 60;

/// The top of the page.
pub(crate) struct Top {
    /// The headline, or a short title made from the lede.
    pub(crate) title: String,
    /// True when the title was made from the text rather than given.
    pub(crate) title_derived: bool,
    /// The dateline place, when the article has one.
    pub(crate) place: Option<String>,
    /// The agency named in the dateline (`Reuters`).
    pub(crate) agency: Option<String>,
    /// The dateline or agency tag that opens the lede, left out of every excerpt.
    pub(crate) dateline: Option<Span>,
    /// The bottom line.
    pub(crate) bottom: String,
    /// Sentences shown at the top (the title's source and the bottom line), not repeated as key points.
    pub(crate) shown: Vec<Span>,
    /// By paragraph: body lines that are not the story (captions, credits, a headline or
    /// dateline the layout missed), kept out of every section but the full text.
    pub(crate) set_aside: Vec<bool>,
    /// True when the text is hard-wrapped: its lines are not its sentences.
    pub(crate) wrapped: bool,
}

/// Decides the top of the page.
pub(crate) fn top(article: &Article<'_>) -> Top {
    let src = article.text();
    let meta = &article.meta;
    let text_of = |pi: usize| article.paragraphs[pi].span.as_str(src);
    let mut set_aside: Vec<bool> =
        article.paragraphs.iter().map(|p| p.role == Role::Body && set_apart(p.span.as_str(src))).collect();
    // A "headline" that opens with a dateline is the lede's first line, cut by a line break.
    // ("SPORT - TEAM WINS" has a dash too: only a tag naming an agency counts.)
    let headline_is_lede =
        meta.headline.as_ref().is_some_and(|h| dateline_prefix(&h.text).is_some_and(|t| t.agency.is_some()));
    let lede_line = article.paragraphs.iter().position(|p| p.role == Role::Headline).filter(|_| headline_is_lede);
    let body: Vec<(usize, Span)> = lede_line
        .map(|pi| (pi, &article.paragraphs[pi]))
        .into_iter()
        .chain(article.body().filter(|(pi, _)| !set_aside[*pi]))
        .flat_map(|(pi, p)| p.sentences.iter().map(move |s| (pi, s.span)))
        .take(LOOK_AHEAD)
        .collect();
    let found = dateline::find(article, &body, &mut set_aside);
    let (mut place, mut agency, dateline) = (found.place, found.agency, found.span);
    // Short body lines before the dateline are front matter the layout missed (a
    // headline, a credit line): not the story. A long one means the story began there.
    let lede_paragraph = dateline.and_then(|d| article.paragraph_at(d.start));
    let mut before: Vec<usize> =
        body.iter().map(|b| b.0).filter(|&pi| lede_paragraph.is_some_and(|l| pi < l)).collect();
    before.dedup();
    let front_matter = !before.is_empty() && before.iter().all(|&pi| n_words(text_of(pi)) <= FRONT_WORDS);
    if front_matter {
        for &pi in &before {
            set_aside[pi] = true;
        }
    }
    let shown_text = |s: Span| shown_text(src, dateline, s);
    let story =
        join_wrapped(article, body.iter().filter(|(pi, _)| !set_aside[*pi]).copied().collect(), headline_is_lede);
    let wrapped = story.len() < body.iter().filter(|(pi, _)| !set_aside[*pi]).count();
    let next_body = body.iter().find(|(pi, _)| !set_aside[*pi] || before.contains(pi)).map(|b| b.1.as_str(src));
    let given = meta.headline.as_ref().map(|h| squash(&h.text)).filter(|h| {
        !h.is_empty()
            && !headline_is_lede
            && !is_furniture(h)
            && place.as_deref().is_none_or(|p| norm_words(p) != norm_words(h))
            && !headline_is_dateline(h, next_body)
    });
    if given.is_none() {
        if let Some((p, a)) = meta.headline.as_ref().and_then(|h| dateline_line(&h.text, next_body)) {
            place = place.or(Some(squash(p)));
            agency = agency.or(a.map(squash));
        }
    }
    // Without a headline: a headline-like line the layout missed, else the lede's main clause.
    let missed_headline = before.first().filter(|_| front_matter).filter(|&&pi| headline_like(text_of(pi)));
    let lede = || story.iter().copied().find(|&s| can_be_title(&shown_text(s)));
    let (title, title_derived, source) = match (given, missed_headline) {
        (Some(h), _) => (trim_title(&h), false, None),
        (None, Some(&pi)) => (derive_title(&squash(text_of(pi))), true, None),
        (None, None) => match lede() {
            Some(s) => (derive_title(&shown_text(s)), true, Some(s)),
            None => ("Untitled article".to_owned(), true, None),
        },
    };
    let picked = Picked { title: &title, source, wrapped };
    let (bottom, shown) = bottom_line(article, &story, dateline, &picked);
    let place = place.map(|p| tidy_place(&p));
    Top { title, title_derived, place, agency, dateline, bottom, shown, set_aside, wrapped }
}

/// What the top has picked so far.
struct Picked<'t> {
    title: &'t str,
    /// The sentence the title was made from.
    source: Option<Span>,
    wrapped: bool,
}

/// The bottom line from the story's first sentences: the first informative one that does not
/// say what the title says, and the next of its paragraph when both are short; with the
/// sentences shown at the top (the title's source included).
fn bottom_line(
    article: &Article<'_>,
    story: &[Span],
    dateline: Option<Span>,
    picked: &Picked<'_>,
) -> (String, Vec<Span>) {
    let src = article.text();
    let informative = |s: Span| {
        let t = shown_text(src, dateline, s);
        Some(s) != picked.source
            && n_words(&t) >= 6
            && reads_as_prose(&t)
            && !t.ends_with(':')
            && !t.starts_with('(')
            && !says_same(picked.title, &t)
    };
    let mut shown: Vec<Span> = picked.source.into_iter().collect();
    let Some(i) = story.iter().position(|&s| informative(s)) else {
        let source = picked.source.map(|s| shown_text(src, dateline, s)).filter(|t| !says_same(picked.title, t));
        return (source.unwrap_or_default(), shown);
    };
    let first = story[i];
    let mut bottom = shown_text(src, dateline, first);
    shown.push(first);
    // The next sentence of the same paragraph (of the same block, for wrapped lines).
    let same_paragraph = |s: Span| {
        let block = !src[first.end..s.start.max(first.end)].replace('\r', "").contains("\n\n");
        if picked.wrapped { block } else { article.paragraph_at(s.start) == article.paragraph_at(first.start) }
    };
    if let Some(&next) = story.get(i + 1).filter(|&&s| same_paragraph(s) && informative(s)) {
        let more = shown_text(src, dateline, next);
        if n_words(&bottom) + n_words(&more) <= BOTTOM_WORDS {
            bottom = format!("{bottom} {more}");
            shown.push(next);
        }
    }
    (bottom, shown)
}

/// The text of a sentence as the top shows it: without the dateline.
fn shown_text(src: &str, dateline: Option<Span>, s: Span) -> String {
    match dateline {
        Some(d) if s.start <= d.start && d.end <= s.end => squash(&src[d.end..s.end]),
        _ => squash(s.as_str(src)),
    }
}

/// Sentences of the top as a reader reads them: in a hard-wrapped text (lines broken at a
/// fixed width, each line a paragraph to the layout), a sentence that runs on to the next
/// line is joined with it. `wrapped` says so when it is already known.
fn join_wrapped(article: &Article<'_>, sentences: Vec<(usize, Span)>, wrapped: bool) -> Vec<Span> {
    const MAX_LINES: usize = 8;
    let src = article.text();
    let paragraphs = &article.paragraphs;
    // A line that does not end a sentence and runs straight on to the next line.
    let runs_on = |pi: usize| {
        let next = paragraphs.get(pi + 1).filter(|n| n.role == Role::Body);
        let gap = next.map(|n| &src[paragraphs[pi].span.end..n.span.start]);
        let line = paragraphs[pi].span.as_str(src);
        gap.is_some_and(|g| g.matches('\n').count() == 1) && !crate::text::ends_sentence(line) && !is_table_row(line)
    };
    let n_lines = sentences.iter().map(|s| s.0).collect::<std::collections::BTreeSet<_>>();
    let n_run_on = n_lines.iter().filter(|&&pi| runs_on(pi)).count();
    if !wrapped && (n_run_on < 2 || n_run_on * 10 < n_lines.len() * 3) {
        return sentences.into_iter().map(|s| s.1).collect();
    }
    let mut out: Vec<Span> = Vec::new();
    let mut joined = 0;
    let mut prev: Option<(usize, Span)> = None;
    for (pi, s) in sentences {
        match prev {
            Some((ppi, ps))
                if pi == ppi + 1 && ps.end == paragraphs[ppi].span.end && runs_on(ppi) && joined < MAX_LINES =>
            {
                if let Some(last) = out.last_mut() {
                    *last = Span::new(last.start, s.end);
                }
                joined += 1;
            }
            _ => {
                out.push(s);
                joined = 0;
            }
        }
        prev = Some((pi, s));
    }
    out
}

/// True for a row of a results table, a standings table or a scorecard (`Harlow 2 Carrow 1`,
/// `A. Kelby c Ross b Lane 45`, `Ana Ruiz (Chile) 1 minute 21.45 seconds`): a short line that is
/// no prose, with two numbers, or ending in one (that ends no sentence) after words in lower
/// case. (A dateline line, `HARLOW 1996-12-07`, has neither.)
fn is_table_row(line: &str) -> bool {
    let numbers = line.split_whitespace().filter(|w| w.contains(|c: char| c.is_ascii_digit())).count();
    // (`Harlow won 2-1.` ends a sentence: no row.)
    let ends_in_number = line
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) && !w.ends_with('.'));
    let lower = line.contains(char::is_lowercase);
    line.len() < 100 && (!lower || !reads_as_prose(line)) && (numbers >= 2 || ends_in_number && lower)
}

/// True for text that reads as prose: three or more words of three letters or more in lower
/// case, as every sentence of a story has (`Harlow 1 Carrow 2 Kelby City 0` and `Ana Ruiz
/// (Chile) 1 minute 21.45 seconds` have fewer). A story written in capitals has none and is
/// not judged this way.
fn reads_as_prose(s: &str) -> bool {
    let lower = |w: &&str| {
        w.len() >= 3
            && w.starts_with(|c: char| c.is_lowercase())
            && w.chars().all(|c| c.is_lowercase() || "'’-".contains(c))
    };
    !s.contains(char::is_lowercase) || s.split_whitespace().filter(lower).count() >= 3
}

/// True for a sentence a title can be made from: a few words, mostly not numbers, not an
/// introduction to a list.
fn can_be_title(s: &str) -> bool {
    n_words(s) >= 4 && mostly_words(s) && !s.ends_with(':')
}

/// True for a line that reads as a headline: one short line of words.
fn headline_like(s: &str) -> bool {
    let n = n_words(s);
    (4..=20).contains(&n) && can_be_title(s) && !s.starts_with(['(', '"', '“'])
}

/// True for a body paragraph that is no part of the story a reader is told: a table's rows (one
/// or several lines the layout joined) or the page's furniture.
fn set_apart(paragraph: &str) -> bool {
    paragraph.lines().all(is_table_row) || is_furniture(paragraph)
}

/// True for the furniture of a page copied with its story that the layout left in the body: link
/// lines, timestamps and bylines. (Photo captions, credits and gallery lines are the parser's
/// `caption` role, which no section reads.)
fn is_furniture(s: &str) -> bool {
    const OPENERS: [&str; 6] = ["Click here", "WATCH:", "Watch:", "READ MORE", "Read more:", "RELATED:"];
    const STAMPS: [&str; 4] = ["Updated ", "Published ", "Posted ", "Last updated "];
    let s = s.trim();
    let short = n_words(s) <= 8 && !s.ends_with('.');
    OPENERS.iter().any(|o| s.starts_with(o))
        || STAMPS.iter().any(|t| s.starts_with(t)) && s.contains(|c: char| c.is_ascii_digit()) && n_words(s) <= 12
        || short && s.starts_with("By ") && s[3..].starts_with(char::is_uppercase)
}

fn n_words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// True when `sentence` says what `title` says: it opens with the title's words, or it is
/// hardly longer and holds nearly all of them.
pub(crate) fn says_same(title: &str, sentence: &str) -> bool {
    let (t, s) = (norm_words(title), norm_words(sentence));
    if t.is_empty() {
        return false;
    }
    if s.starts_with(&t) {
        return true;
    }
    let shared = t.iter().filter(|w| s.contains(w)).count();
    s.len() <= t.len() + 6 && shared * 5 >= t.len() * 4
}

/// A headline without the full stop of a sentence (abbreviations keep theirs) or a
/// trailing ellipsis.
fn trim_title(h: &str) -> String {
    let h = h.trim_end_matches(['…', ' ']);
    let h = h.strip_suffix("...").unwrap_or(h).trim_end();
    let last = h.split_whitespace().next_back().unwrap_or("");
    let stem = last.trim_end_matches('.');
    let abbreviation = stem.contains('.') || (2..=3).contains(&stem.len()) && stem.starts_with(char::is_uppercase);
    if h.ends_with('.') && !h.ends_with("..") && !abbreviation {
        h[..h.len() - 1].trim_end().to_owned()
    } else {
        h.to_owned()
    }
}

/// Words that open a lead-in phrase ("In Singapore,", "For his part,", "Last month,").
const LEAD_IN: &[&str] = &[
    "after",
    "again",
    "also",
    "although",
    "amid",
    "among",
    "and",
    "as",
    "at",
    "before",
    "but",
    "by",
    "despite",
    "during",
    "earlier",
    "elsewhere",
    "even",
    "following",
    "for",
    "from",
    "here",
    "however",
    "in",
    "indeed",
    "instead",
    "last",
    "later",
    "meanwhile",
    "moreover",
    "next",
    "now",
    "on",
    "once",
    "overall",
    "separately",
    "since",
    "so",
    "still",
    "then",
    "there",
    "this",
    "though",
    "today",
    "under",
    "unlike",
    "until",
    "when",
    "while",
    "with",
    "without",
    "yesterday",
    "yet",
];
/// Words that open a clause or phrase hanging off the main clause: a long title is cut
/// before the first of them.
const CLAUSE_OPENERS: &[&str] = &[
    "according",
    "after",
    "ahead",
    "although",
    "amid",
    "as",
    "because",
    "before",
    "but",
    "despite",
    "following",
    "including",
    "since",
    "though",
    "until",
    "when",
    "where",
    "whereas",
    "which",
    "while",
    "who",
    "whose",
];
/// Prepositions and conjunctions before which a long clause can still be cut; the last
/// one in reach is taken when no clause opener is.
const CUT_BEFORE: &[&str] = &[
    "about", "across", "against", "and", "at", "by", "during", "for", "from", "in", "into", "near", "on", "over",
    "than", "through", "to", "under", "with", "without",
];
/// Forms of "be" and "have": after a first word they make it a verb, not a lead-in.
const AUXILIARIES: &[&str] = &["is", "are", "was", "were", "be", "been", "has", "have", "had"];
/// Words a title does not end on: articles, possessives, prepositions, conjunctions.
const DANGLING: &[&str] = &[
    "a", "an", "the", "of", "to", "and", "or", "that", "his", "her", "its", "their", "our", "in", "on", "at", "for",
    "with", "by", "from", "as", "more", "than", "is", "was", "are", "were", "be",
];
/// Words that cannot open what is left after a lead-in: the comma was not the lead-in's end.
const NOT_AFTER_LEAD_IN: &[&str] = &["and", "or", "but", "who", "which", "that", "including", "such", "as", "to", "of"];

fn bare(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// A short title made from a sentence: its main clause, at most [`TITLE_WORDS`] words, cut
/// before a preposition or conjunction and never inside a quotation, without an ellipsis.
fn derive_title(sentence: &str) -> String {
    let mut words: Vec<&str> = sentence.split_whitespace().collect();
    // A lead-in phrase ending in a comma within the first words is not the news: "In
    // Singapore,", "Last month,", "Taking the stand in her own defense,".
    let first = words.first().map(|w| bare(w)).unwrap_or_default();
    let participle = first.len() > 4 && (first.ends_with("ing") || first.ends_with("ed"));
    // "Following are the statements…" opens with its verb, not with a lead-in.
    let inverted = words.get(1).is_some_and(|w| AUXILIARIES.contains(&bare(w).as_str()));
    if (LEAD_IN.contains(&first.as_str()) || participle) && !inverted {
        if let Some(k) = words.iter().take(14).position(|w| w.ends_with(',')) {
            let rest = &words[k + 1..];
            let opener = rest.first().map(|w| bare(w)).unwrap_or_default();
            if rest.len() >= 4
                && !NOT_AFTER_LEAD_IN.contains(&opener.as_str())
                && !opener.ends_with("ing")
                && !opener.ends_with("ed")
            {
                words.drain(..=k);
            }
        }
    }
    if words.len() > TITLE_WHOLE {
        let quoted = quote_depths(&words);
        let edge_at = |k: usize| {
            quoted[k] == 0 && (words[k - 1].ends_with([',', ';', ':']) || matches!(words[k], "—" | "–" | "-" | "--"))
        };
        // The first clause edge, skipping appositions (a short phrase between two commas:
        // "Sinn Fein, the party's political wing, to be…"); taken when it leaves a clause
        // of five words or more.
        let closing = |k: usize| {
            let opens = words[k - 1].ends_with(',');
            (k + 1..words.len().min(k + 6)).find(|&j| opens && words[j - 1].ends_with(','))
        };
        let mut edge = None;
        let mut k = 1;
        while k < words.len() {
            match (edge_at(k), closing(k)) {
                (true, Some(j)) => k = j + 1,
                (true, None) => {
                    edge = Some(k);
                    break;
                }
                (false, _) => k += 1,
            }
        }
        let edge = edge.filter(|k| (5..=TITLE_WORDS).contains(k));
        let in_reach = |k: &usize| quoted[*k] == 0;
        let is = |list: &[&str], k: usize| list.contains(&bare(words[k]).as_str());
        let reach = 6..=TITLE_WORDS.min(words.len() - 1);
        let cut = edge
            .or_else(|| reach.clone().filter(in_reach).find(|&k| is(CLAUSE_OPENERS, k)))
            .or_else(|| reach.clone().rev().filter(in_reach).find(|&k| is(CUT_BEFORE, k) || is(CLAUSE_OPENERS, k)))
            .unwrap_or(TITLE_WORDS);
        words.truncate(cut);
    }
    // A title cut short does not end on a word that needs another after it.
    while words.len() > 4 && words.last().is_some_and(|w| DANGLING.contains(&bare(w).as_str()) && !w.ends_with('.')) {
        words.pop();
    }
    let title = words.join(" ");
    let title = trim_title(title.trim_end_matches([',', ';', ':', '—', '–', '-', ' ', '…']));
    if title.is_empty() { "Untitled article".to_owned() } else { capitalize(&title) }
}

/// For each word boundary `k` (before `words[k]`), how many quotations are open there.
fn quote_depths(words: &[&str]) -> Vec<i32> {
    let mut depth = 0;
    let mut out = Vec::with_capacity(words.len() + 1);
    out.push(0);
    for w in words {
        for c in w.chars() {
            match c {
                '“' | '‘' if depth >= 0 => depth += 1,
                '”' => depth = (depth - 1).max(0),
                '"' => depth = if depth > 0 { depth - 1 } else { 1 },
                _ => {}
            }
        }
        out.push(depth);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_wrapped_ledes_read_whole() {
        let text = "Harbor board delays fare vote

PORTSMOUTH, England (Reuters) - The harbor board put off a vote on
raising ferry fares on Friday, saying it needed more time to weigh the
complaints of island residents.

The board will meet again next week to decide on a smaller rise for the
winter timetable, its chairman said.
";
        let t = top(&newsbrief_parser::parse(text));
        assert_eq!(t.title, "Harbor board delays fare vote");
        assert_eq!(
            t.bottom,
            "The harbor board put off a vote on raising ferry fares on Friday, saying it needed more time to weigh \
             the complaints of island residents."
        );
    }

    #[test]
    fn a_headline_that_opens_with_a_dateline_is_the_lede() {
        let text =
            "WASHINGTON (Reuters) - The Senate voted 51-49 on Tuesday to confirm the\nnominee, ending a long fight.\n";
        let t = top(&newsbrief_parser::parse(text));
        assert!(t.title.starts_with("The Senate voted 51-49 on Tuesday"), "{}", t.title);
        assert_eq!(t.agency.as_deref(), Some("Reuters"));
    }

    #[test]
    fn tables_are_not_the_bottom_line() {
        for row in [
            "Harlow 2 Carrow Town 1",
            "KELBY 14 5 .737 -",
            "A. Denholm c Ross b Lane 45",
            "1 - Ana Ruiz (Chile) beat Eva Kelso (Peru) 6-3 6-4",
            "Ana Ruiz (Chile) 1 minute 21.45 seconds",
        ] {
            assert!(is_table_row(row), "{row}");
        }
        for line in ["HARLOW 1996-12-07", "The club's chairman resigned on 12", "EASTERN CONFERENCE", "Harlow won 2-1."]
        {
            assert!(!is_table_row(line), "{line}");
        }
        let text = "SOCCER - KELBY LEAGUE RESULTS.\n\nHARLOW 1996-12-07\n\nResults of Kelby league matches on Saturday:\n\n\
                    Harlow 1 Carrow Town 2\nDenholm Rovers 0 Kelso City 0\nPort Brannock 3 Eastfold 1\n\n\
                    Carrow Town went top when striker Ivo Banic scored twice in the last ten minutes at Harlow.\n";
        let t = top(&newsbrief_parser::parse(text));
        assert!(t.bottom.starts_with("Carrow Town went top"), "{}", t.bottom);
    }

    #[test]
    fn furniture_is_not_the_story() {
        // Captions and gallery lines come from the parser with a role of their own.
        let text = "Harbour Pilots Agree Deal\nFILE PHOTO: The city hall is seen on a rainy day. REUTERS/Ann Lee/File \
                    Photo\nSlideshow (3 Images)\nThe pilots agreed a deal on Tuesday.\n";
        let roles: Vec<Role> = newsbrief_parser::parse(text).paragraphs.iter().map(|p| p.role).collect();
        assert_eq!(roles, [Role::Headline, Role::Caption, Role::Caption, Role::Body]);
        assert!(is_furniture("Updated 4:15 p.m. ET, Tue March 3, 2020"));
        assert!(is_furniture("By JOHN DOE"));
        assert!(!is_furniture("By the end of the day, the river had risen three feet."));
        assert!(!is_furniture("Photographers gathered outside the court on Monday."));
    }

    #[test]
    fn titles_from_sentences() {
        assert_eq!(
            derive_title(
                "The mayor of Moscow has allocated funds to help build a museum in honor of Mikhail Kalashnikov, the Russian who gave his name to the rifle."
            ),
            "The mayor of Moscow has allocated funds to help build a museum"
        );
        assert_eq!(derive_title("In Singapore, stocks hit a five year low."), "Stocks hit a five year low");
        assert_eq!(
            derive_title(
                "The council has formally asked for Harbor Link, the city's ferry operator, to be barred from the tender for the new routes."
            ),
            "The council has formally asked for Harbor Link, the city's ferry operator, to be barred"
        );
        assert_eq!(
            derive_title(
                "Taking the stand in her own defense, the former treasurer told jurors she had never seen the ledger in question."
            ),
            "The former treasurer told jurors she had never seen the ledger in question"
        );
        assert_eq!(
            derive_title(
                "Wheat futures fell for a third straight session on Tuesday as rain in the plains eased worries about the crop."
            ),
            "Wheat futures fell for a third straight session on Tuesday"
        );
        assert_eq!(derive_title("Major job cuts at the phone company."), "Major job cuts at the phone company");
        assert_eq!(
            derive_title(
                "At least 20 people, including children, were killed when a bus left the road near the pass on Monday night."
            ),
            "At least 20 people, including children, were killed"
        );
        assert!(!derive_title(&"word ".repeat(40)).ends_with('…'));
        assert_eq!(
            derive_title(
                "A friend of the mayor said Friday that she regretted calling the city manager a liar in public last year at the hearing."
            ),
            "A friend of the mayor said Friday that she regretted calling the city manager a liar"
        );
        assert_eq!(
            derive_title(
                "Following are statements made on Friday by Ann Lee, a lawyer for the harbor board, and the mayor's office in reply to a letter."
            ),
            "Following are statements made on Friday by Ann Lee"
        );
    }

    #[test]
    fn the_same_news_twice() {
        assert!(says_same("Leaders agree on corridor", "Leaders agree on corridor."));
        assert!(says_same(
            "Green Party candidate removed from debate site",
            "Green Party candidate removed from debate site by police."
        ));
        assert!(!says_same(
            "Dollar gains on speech",
            "The dollar has hit its highest level against the euro in almost three months."
        ));
    }
}
