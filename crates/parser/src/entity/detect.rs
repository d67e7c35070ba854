//! The sentence grammar: runs of capitalized words, trimmed of titles and
//! sentence openers, typed by their heads, the gazetteers and their context.

mod classify;

use std::borrow::Cow;

use rustc_hash::FxHashSet;

use super::gazetteer::{Gaz, gazetteer};
use super::words;
use crate::bytes::short_alpha;
use crate::lexicon::Class;
use crate::model::EntityKind;
use crate::span::Span;
use crate::token::{Token, TokenKind};
use classify::{classify, role_before};

/// How sure a candidate's kind is, from no evidence to a gazetteer entry or title.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Confidence {
    /// No evidence: resolved by the rest of the document or dropped.
    Guess,
    /// One weak cue (a score after a word, `in X`).
    Weak,
    /// The shape of the name (two name-like words, an organization head).
    Medium,
    /// A gazetteer entry, a title or a role noun before the name.
    Strong,
}

impl Confidence {
    /// The weight of a candidate's vote for the kind of its form.
    pub(super) fn weight(self) -> u32 {
        match self {
            Confidence::Guess => 0,
            Confidence::Weak => 1,
            Confidence::Medium => 2,
            Confidence::Strong => 3,
        }
    }
}

/// A possible mention found in one sentence.
#[derive(Clone, Debug)]
pub(super) struct Cand {
    /// The name as written, without titles or a possessive ending.
    pub span: Span,
    /// The kind, when known.
    pub kind: Option<EntityKind>,
    /// How sure the kind is.
    pub confidence: Confidence,
    /// The gazetteer entry the name matched.
    pub gaz: Option<u32>,
    /// Role phrases before and after the name.
    pub descriptors: Vec<Span>,
    /// Found in capitals or title-case text, so only its form can type it.
    pub loose: bool,
    /// Number of words in the name.
    pub words: usize,
    /// A weak cue for an otherwise unknown name.
    pub hint: Option<EntityKind>,
    /// Typed by the layout (a dateline, a byline): the rest of the document does not retype it.
    pub fixed: bool,
    /// A ship's name: every candidate of its form is dropped.
    pub vessel: bool,
}

impl Cand {
    /// A candidate with no descriptors, cues or flags.
    pub(super) fn new(span: Span, kind: Option<EntityKind>, confidence: Confidence, words: usize) -> Cand {
        Cand {
            span,
            kind,
            confidence,
            gaz: None,
            descriptors: Vec::new(),
            loose: false,
            words,
            hint: None,
            fixed: false,
            vessel: false,
        }
    }
}

/// What the sentence grammar reads besides the sentence itself.
pub(super) struct Doc<'a> {
    /// The whole text.
    pub text: &'a str,
    /// Lower-case words of the document, to tell common words from names at sentence starts.
    pub lower: FxHashSet<String>,
    /// The document reads like a sports results story.
    pub sports: bool,
    /// The headline's slug names a sport, though the story may be told in prose.
    pub sports_slug: bool,
    /// The document reads like a business story: `rival` and `broker` before a name are companies.
    pub business: bool,
}

/// A word token's text.
fn word<'a>(doc: &Doc<'a>, t: &Token) -> Option<&'a str> {
    (t.kind == TokenKind::Word).then(|| t.span.as_str(doc.text))
}

/// Starts with a capital letter.
pub(super) fn is_cap(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Two or more letters, all capitals.
pub(super) fn is_all_caps(w: &str) -> bool {
    // A lower-case ASCII letter rules a word out in either path below; most names show one second.
    if w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let mut n = 0;
    if w.is_ascii() {
        for b in w.bytes() {
            if b.is_ascii_lowercase() {
                return false;
            }
            n += usize::from(b.is_ascii_uppercase());
        }
        return n >= 2;
    }
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// A single capital letter, or capitals joined by periods (`J.F`).
fn is_initial(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_uppercase() {
            letters += 1;
        } else if c != '.' {
            return false;
        }
    }
    letters == 1 || (2..=3).contains(&letters) && w.contains('.')
}

/// An organization's initials (`NATO`, `TASS`): a short capitals word that is not a common word.
fn is_acronym(doc: &Doc<'_>, w: &str) -> bool {
    let letters = || w.chars().filter(|c| c.is_alphabetic()).count();
    is_all_caps(w)
        && letters() <= 5
        && !is_roman(w)
        && !words::is_calendar(w)
        && !is_no_name_alone(w)
        && !is_common(doc, w)
}

/// A word that names nothing on its own in any case: an abbreviation of a thing (`GDP`, `RBI`), a
/// function word in capitals (`FOR`, `WITH` in a headline) or a party's adjective (`Republican`).
pub(super) fn is_no_name_alone(w: &str) -> bool {
    words::is_thing_abbreviation(w)
        || Class::FunctionWord.has(w)
        || Class::Stopword.has(w)
        || Class::PartyAdjective.has_as_written(w)
}

/// Roman numerals, which are part of names but never names themselves.
pub(super) fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Words that take the period after them into the name (`Mr.`, `Inc.`, `U.S.`).
fn keeps_period(w: &str) -> bool {
    is_initial(w)
        || words::is_honorific(w)
        || matches!(w, "Inc" | "Corp" | "Co" | "Ltd" | "Jr" | "Sr" | "St" | "Bros" | "Cos" | "Mt" | "Ft")
        || (w.contains('.') && w.chars().all(|c| c.is_uppercase() || c == '.'))
}

/// The byte length of a possessive ending (`’s`, `'s`, `s’`), when the word has one.
fn possessive_len(w: &str) -> usize {
    // Every ending below ends in `s` or `S`.
    if !matches!(w.as_bytes().last(), Some(b's' | b'S')) {
        return 0;
    }
    for end in ["’s", "'s", "’S", "'S"] {
        if w.len() > end.len() && w.ends_with(end) {
            return end.len();
        }
    }
    0
}

/// True for a capitalized word with a participle suffix such as `-based`, `-listed` or `-born`.
fn has_participle_suffix(w: &str) -> bool {
    if !w.ends_with("ed") && !w.ends_with("born") {
        return false;
    }
    let Some((head, tail)) = w.rsplit_once('-') else { return false };
    let participle = tail.chars().all(|c| c.is_lowercase()) && (tail.ends_with("ed") || tail == "born");
    participle && is_cap(head.rsplit('-').next().unwrap_or(head))
}

/// A word that can be part of a capitalized run.
fn is_name_word(w: &str) -> bool {
    let first = w.as_bytes().first().copied().unwrap_or(0);
    if first.is_ascii_lowercase() || first.is_ascii_digit() || !is_cap(w) {
        return false;
    }
    // One scan for the bytes of an address (`@`, `://`) before the slower searches; a word of
    // letters only, most names, is told by a word-wide test without it.
    let address = !short_alpha(w.as_bytes())
        && w.bytes().any(|b| b == b'@' || b == b':')
        && (w.contains('@') || w.contains("://"));
    !address && !words::is_calendar(trim_possessive(w))
}

/// Whether token `k` is a scoring line's label before its colon (`Cons:`, `Pens:`).
fn score_label(doc: &Doc<'_>, ts: &[Token], k: usize) -> bool {
    ts.get(k + 1).is_some_and(|t| t.span.as_str(doc.text) == ":")
        && crate::lexicon::Class::ScoreLabel.has_as_written(ts[k].span.as_str(doc.text))
}

/// A name with its particle joined by a hyphen (`al-Hakim`, `el-Masri`), inside a longer name.
fn is_particle_name(w: &str) -> bool {
    w.split_once('-').is_some_and(|(p, rest)| words::is_name_connector(p) && rest.starts_with(char::is_uppercase))
}

/// One run of capitalized words: token indices into the sentence, end exclusive.
#[derive(Clone, Copy, Debug)]
struct Run {
    from: usize,
    to: usize,
}

/// Calls `f` with each run of capitalized words joined by connectors, `of`, `&` and organization `and`.
fn runs(doc: &Doc<'_>, ts: &[Token], mut f: impl FnMut(Run)) {
    let bytes = doc.text.as_bytes();
    let mut i = 0;
    while i < ts.len() {
        // Most tokens are lower-case words or marks: rule them out by their first byte.
        let t = &ts[i];
        let b = bytes.get(t.span.start).copied().unwrap_or(0);
        if t.kind != TokenKind::Word || b.is_ascii_lowercase() || b.is_ascii_digit() {
            i += 1;
            continue;
        }
        if !is_name_word(t.span.as_str(doc.text)) || score_label(doc, ts, i) {
            i += 1;
            continue;
        }
        let from = i;
        let mut j = i;
        let mut phrase = Phrase::default();
        loop {
            let cur = word(doc, &ts[j]).unwrap_or("");
            let mut next = j + 1;
            // A period after an initial or abbreviation belongs to the name, and so does a state's
            // after a city (`Hartford, Conn., said`; not `attended Mass.`), unless it ends the
            // sentence or line too (`in Hartford, Conn.`).
            let state = || {
                j == from
                    && from > 0
                    && ts[from - 1].span.as_str(doc.text) == ","
                    && ts.get(next + 1).is_some()
                    && !matches!(doc.text.as_bytes().get(ts[next].span.end), Some(b'\n' | b'\r'))
                    && crate::lexicon::Class::StateAbbreviation.has_as_written(cur)
            };
            if is_adjacent_period(doc, ts, next) && state() {
                j = next + 1;
                break;
            }
            if is_adjacent_period(doc, ts, next) && keeps_period(cur) {
                next += 1;
            }
            // `McDonald's Corp.`, `Kelbmen's Bancshares Inc.`: a possessive right before a corporate
            // suffix is inside the company's name (but `Britain's Group` names no company).
            let suffix_next = || ts.get(next).and_then(|t| word(doc, t)).is_some_and(words::is_corporate_suffix);
            if possessive_len(cur) > 0 && suffix_next() && gazetteer().get(trim_possessive(cur)).is_none() {
                j = next;
                continue;
            }
            let name_after = |k: usize| ts.get(k).and_then(|t| word(doc, t)).is_some_and(is_name_word);
            // `the Sudan People's Liberation Army`, `Harlow Children's Hospital`: the possessive
            // of a plural without `-s` inside a name.
            let owners = possessive_len(cur) > 0
                && crate::lexicon::Class::IrregularPlural.has(&cur[..cur.len() - possessive_len(cur)]);
            if owners && name_after(next) {
                j = next;
                continue;
            }
            // `Richard “Rick” Vanterpool`: a nickname in quotation marks after the given name.
            let mark = |k: usize, opens: bool| {
                ts.get(k).is_some_and(|t| {
                    t.kind == TokenKind::Quote
                        && matches!(t.span.as_str(doc.text), "\"" | "“" | "”")
                        && (t.span.as_str(doc.text) != if opens { "”" } else { "“" })
                })
            };
            let nickname = j == from
                && mark(next, true)
                && ts.get(next + 1).and_then(|t| word(doc, t)).is_some_and(|w| is_cap(w) && is_name_word(w))
                && mark(next + 2, false)
                && ts.get(next + 3).and_then(|t| word(doc, t)).is_some_and(|w| is_cap(w) && is_name_word(w));
            if nickname {
                j = next + 3;
                continue;
            }
            // `the Harlow County Sheriff's Office`, `the State's Attorney's Office`: an office named
            // after the title of the one who holds it.
            let titled = |w: &str| {
                let stem = &w[..w.len() - possessive_len(w)];
                possessive_len(w) > 0 && (words::is_title_head(stem) || stem == "State")
            };
            let office_at =
                |k: usize| ts.get(k).and_then(|t| word(doc, t)).is_some_and(|w| words::is_org_head(w) && !titled(w));
            let holder_office = || {
                office_at(next) || ts.get(next).and_then(|t| word(doc, t)).is_some_and(titled) && office_at(next + 1)
            };
            if titled(cur) && holder_office() {
                j = next;
                continue;
            }
            if possessive_len(cur) > 0 || has_participle_suffix(cur) {
                j = next;
                break;
            }
            if ts.get(next).is_some_and(|t| t.kind == TokenKind::Symbol && t.span.as_str(doc.text) == "&")
                && name_after(next + 1)
            {
                j = next + 1;
                continue;
            }
            // `the Transit Workers' Union`: a possessive plural inside a name (but not a party's
            // members': `the Democrats' Senate campaign arm`).
            // (`Mercedes' Kimi Antonelli`: a team's or a firm's person, two names with no head after it.)
            let person_after = || {
                let mut n = 0;
                let mut last = "";
                for w in name_run(doc, ts, next + 1) {
                    n += 1;
                    last = w;
                }
                n >= 2
                    && !words::is_head_or_stop(last)
                    && !words::is_event_head(last)
                    && !org_follows(doc, ts, next + 1)
            };
            if is_plural_possessive(doc, ts, next)
                && name_after(next + 1)
                && !words::is_party_members(cur)
                && !person_after()
            {
                j = next + 1;
                continue;
            }
            // `the Bureau of Alcohol, Tobacco, Firearms and Explosives`, `the Ministry of Agriculture,
            // Fisheries and Food`: after what a body serves, a list of its fields closed by `and`.
            if phrase.purpose && !phrase.of_place {
                if let Some(fields) = field_list(doc, ts, next) {
                    j = fields.end;
                    break;
                }
            }
            // `the Levelling Up, Housing and Communities Committee`: a list of two fields or more,
            // each one word, that a body's head closes names the body, though no head opens it
            // (not `Ana Ruiz, and Kelby Council`).
            // (The comma is looked for first: most runs have none, and the first field's test
            // asks the gazetteer.)
            let comma = || ts.get(next).is_some_and(|t| t.span.as_str(doc.text) == ",");
            if !phrase.purpose && j > from && comma() && fields_before_head(doc, ts, from, next) {
                let list = field_list(doc, ts, next).filter(|f| f.headed && f.count >= 2 && f.widest == 1);
                if let Some(fields) = list {
                    j = fields.end;
                    break;
                }
            }
            let Some(nw) = ts.get(next).and_then(|t| word(doc, t)) else {
                j = next;
                break;
            };
            // `Theresa May said`: a month that ends a person's name (but `Paris May 5` is a date,
            // and `the Kelby September contract` no name).
            let month_surname = || {
                let after = ts.get(next + 1);
                crate::lexicon::Class::Month.has_as_written(nw)
                    && !is_all_caps(cur)
                    && after.is_none_or(|t| {
                        let w = t.span.as_str(doc.text);
                        t.kind != TokenKind::Number && !is_cap(w) && !words::is_thing_noun(w)
                    })
                    && gazetteer().get(cur).is_none()
                    && !words::is_head_or_stop(cur)
            };
            // `(The) Sheffield Wednesday`: a day's name that ends a known name.
            let known_day = || {
                let start = if words::is_stop(word(doc, &ts[from]).unwrap_or("")) { from + 1 } else { from };
                Class::Weekday.has(nw) && start < next && gazetteer().get(&key(doc, ts, start, next + 1)).is_some()
            };
            // (`Tries: Kemp, Vale Cons: Vale 2`: a scoring line's label ends the name before it.)
            let label = || score_label(doc, ts, next);
            if (is_name_word(nw) || is_particle_name(nw) || month_surname() || known_day()) && !label() {
                j = next;
                continue;
            }
            // `van der Berg`: connectors may follow one another.
            let connector = words::is_name_connector(nw);
            let mut after_i = next + 1;
            if connector {
                while ts.get(after_i).and_then(|t| word(doc, t)).is_some_and(words::is_name_connector) {
                    after_i += 1;
                }
            }
            // Only a connector or one of these words joins the name after it: most runs end here,
            // before the cues below are read.
            if !connector && !matches!(nw, "of" | "for" | "on" | "and" | "in") {
                j = next;
                break;
            }
            // `Front for the Liberation of …`, `Museum of the Moving Image`: after a body's head, `the`
            // may open what it serves (not after a place's head: `Republic of the Kelby`).
            // (`Harlow College of the UK`: `of the` before a place says where the body is.)
            // A name the gazetteer knows goes on through `of the` (`the Democratic Republic of the
            // Congo`).
            let serves_the = || {
                words::is_org_of_head(cur) && !words::is_place_head(cur) && !place_at(doc, ts, after_i + 1)
                    || known_through(doc, ts, from, next, after_i + 1).next().is_some()
            };
            // `the U.S. Court of Appeals for the 2nd Circuit`: a court's circuit or district, by its
            // number.
            let numbered = || {
                let number = ts.get(after_i + 1).map_or("", |t| t.span.as_str(doc.text));
                let ordinal = number.len() >= 3
                    && number.as_bytes()[0].is_ascii_digit()
                    && ["st", "nd", "rd", "th"].iter().any(|end| number.ends_with(end));
                ordinal
                    && matches!(ts.get(after_i + 2).and_then(|t| word(doc, t)), Some("Circuit" | "District"))
                    && ts[from..next].iter().any(|t| word(doc, t).is_some_and(|w| matches!(w, "Court" | "Appeals")))
            };
            if nw == "for" && ts.get(after_i).and_then(|t| word(doc, t)) == Some("the") && numbered() {
                j = after_i + 2;
                continue;
            }
            if matches!(nw, "of" | "for") && ts.get(after_i).and_then(|t| word(doc, t)) == Some("the") && serves_the() {
                after_i += 1;
            }
            let after = ts.get(after_i).and_then(|t| word(doc, t)).filter(|w| is_name_word(w));
            if after.is_some() && connector {
                j = after_i;
                continue;
            }
            // (`Dr. Ann Lane of Harlow University`: after a courtesy title, a place's head is a
            // surname, and `of` opens the employer.)
            let courtesy = || word(doc, &ts[from]).is_some_and(|w| words::is_courtesy_title(w.trim_end_matches('.')));
            let of_head = words::is_org_of_head(cur)
                || words::is_title_head(cur)
                || words::is_place_head(cur) && (j == from || !courtesy());
            // `Centers for Disease Control and Prevention`, `Commission on Election Debates`: after
            // `for` or `on` behind an organization head, `and` joins the rest of the name too.
            // So after `of` and a name that is no place (`Division of Fire Prevention and Control`,
            // `Department of Health and Human Services`, but not `Bank of England and Barclays`).
            // (`Harlow University on Sicily`: `on` before a place opens where the body is.)
            let place_after = after.is_some() && matches!(nw, "of" | "on" | "in") && place_at(doc, ts, after_i);
            let purpose = (nw == "for" || matches!(nw, "of" | "on") && !place_after) && words::is_org_of_head(cur);
            // `the Popular Front for the Liberation of Kelbia`: a name that says what its body
            // serves goes on with `of` after that aim.
            // (`the Coalition for the Elderly of Harlow`: a known place after an aim that is no
            // action's noun says where the body is.)
            let action = || ["tion", "ment", "ance", "ence"].iter().any(|end| cur.ends_with(end));
            let aim_of = phrase.serves && nw == "of" && !words::is_org_head(cur) && (!place_after || action());
            // (`Kelby Foods and Harlow Motors` are two names: a head ends a name of two words or
            // more before another such name; but `Securities and Exchange Commission`, `Center for
            // Media and Public Affairs` and `Kelby Bank and Trust` are one.)
            let opened = ts[from..j].iter().filter(|t| word(doc, t).is_some_and(|w| !words::is_stop(w))).count();
            // (`the House Energy and Commerce Committee`: a committee is named by the fields it
            // oversees, which may be words that end companies' names.)
            let committee = || {
                let mut right = name_run(doc, ts, next + 1);
                let (field, head) = (right.next(), right.next());
                right.next().is_none()
                    && field.is_some_and(|w| !words::is_head_or_stop(w))
                    && matches!(head, Some("Committee" | "Subcommittee"))
            };
            let two_heads = !phrase.purpose
                && opened >= 1
                && words::is_org_head(cur)
                && name_run(doc, ts, next + 1).count() >= 2
                && !committee();
            let ends_name = words::is_party_members(cur) || two_heads;
            // (A capitalized `The` opens the run but not the name.)
            let name_from = || (from..j).find(|&k| word(doc, &ts[k]).is_some_and(|w| !words::is_stop(w))).unwrap_or(j);
            // (`U.S. Customs and Border Protection`: a known body's name spans the `and`.)
            let and_joins = nw == "and"
                && (known_across(doc, ts, from, next)
                    || !ends_name
                        && (phrase.purpose || org_follows(doc, ts, next + 1))
                        && !names_apart(doc, ts, name_from(), next, &phrase));
            // `… and Cooperation in Europe`: a name that serves several aims may end in the place
            // where it serves them (but `the Kelby Institute for Soil Research in Harlow` ends
            // at its head, and `the Ministry of Fisheries in Harlow` names no aim); so may an
            // international body's mission (`the U.N. Monitoring Force in Kelbia`) and a body named
            // by its field (`Minority Rights in Kelbia`). (`the Council for Trade and Cooperation in
            // Kelbia's capital`: a place that owns what follows is no part of the name.)
            let in_place = nw == "in"
                && after.is_some_and(|w| !words::is_head_or_stop(w) && possessive_len(w) == 0)
                && (place_after && phrase.serves && phrase.coordinated && !words::is_org_head(cur)
                    || words::is_mission_head(cur) && opens_with_known_org(doc, ts, name_from())
                    || field_name(doc, ts, name_from(), next));
            // (`the Kelby Freedom Party of Chief Ana Ruiz`: `of` before a title and a name opens
            // the person the body is of.)
            let titled = || {
                after.is_some_and(|w| words::is_honorific(w) || words::is_title_head(w) && !words::is_title_head(cur))
                    && ts
                        .get(after_i + 1)
                        .and_then(|t| word(doc, t))
                        .is_some_and(|w| is_person_word(w) && !words::is_title_head(w))
            };
            let joins = after.is_some()
                && (nw == "of" && of_head || purpose || aim_of || and_joins || in_place)
                && !(nw == "of" && titled());
            if joins {
                if purpose && !phrase.purpose {
                    phrase.head = Some(cur);
                    phrase.serves = matches!(nw, "for" | "on");
                }
                phrase.purpose |= purpose;
                phrase.coordinated |= phrase.purpose && nw == "and";
                phrase.of_place |= nw == "of" && place_after;
                j = after_i;
                continue;
            }
            j = next;
            break;
        }
        let to = j.min(ts.len());
        // `the 11th U.S. Circuit Court of Appeals`: a court's circuit by its number, before it.
        let from = if numbered_court(doc, ts, from, to) { from - 1 } else { from };
        f(Run { from, to });
        i = j.max(i + 1);
    }
}

/// Whether an ordinal (`11th`, `3rd`) stands before a court's name with its circuit or district
/// (`11th U.S. Circuit Court of Appeals`, `2nd District Court of Appeal`).
fn numbered_court(doc: &Doc<'_>, ts: &[Token], from: usize, to: usize) -> bool {
    let Some(number) = from.checked_sub(1).map(|k| ts[k].span.as_str(doc.text)) else { return false };
    let ordinal = number.len() >= 3
        && number.as_bytes()[0].is_ascii_digit()
        && ["st", "nd", "rd", "th"].iter().any(|end| number.ends_with(end));
    let has = |names: &[&str]| ts[from..to].iter().any(|t| word(doc, t).is_some_and(|w| names.contains(&w)));
    ordinal && has(&["Circuit", "District"]) && has(&["Court", "Appeals", "Appeal"])
}

/// The end of a list of fields at token `at` that goes on a body's name: `, Fisheries and Food`,
/// `, Tobacco, Firearms and Explosives`. Each field is one to three capitalized words that name
/// nothing on their own (no head, no known name), or one word that ends bodies' names but opens
/// none (`, Media and Sport`); the list closes with `and` and a field, which a body's head may
/// end (`, Communities and Local Government`). No field is a possessive (`, ABC's Ana Ruiz`).
fn field_list(doc: &Doc<'_>, ts: &[Token], at: usize) -> Option<Fields> {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    if text(at) != "," {
        return None;
    }
    let mut k = at;
    let mut widest = 0;
    for count in 1..=6 {
        let last = match text(k) {
            "," if text(k + 1) == "and" => {
                k += 2;
                true
            }
            "," => {
                k += 1;
                false
            }
            "and" => {
                k += 1;
                true
            }
            _ => return None,
        };
        let from = k;
        while k - from < 3
            && ts.get(k).and_then(|t| word(doc, t)).is_some_and(|w| is_name_word(w) && !words::is_head_or_stop(w))
        {
            k += 1;
        }
        // (`, Media and Sport`, `, Health and Welfare`: a field's one word may end bodies' names
        // elsewhere, but it opens none, as `Bank` does.)
        let field_head = |w: &str| words::is_org_head(w) && !words::is_org_of_head(w) && !words::is_stop(w);
        if k == from && ts.get(k).and_then(|t| word(doc, t)).is_some_and(field_head) && !is_name_word(text(k + 1)) {
            k += 1;
        }
        let possessive = ts[from..k].iter().any(|t| possessive_len(t.span.as_str(doc.text)) > 0);
        if k == from
            || k - from == 3 && is_name_word(text(k))
            || possessive
            || gazetteer().get(&key(doc, ts, from, k)).is_some()
        {
            return None;
        }
        widest = widest.max(k - from);
        if last {
            // (`, Communities and Local Government`: a body's head may close the last field.)
            // (`… and Astronomical Services Administration`: the head may be two words.)
            let head = |i: usize| {
                ts.get(i).and_then(|t| word(doc, t)).is_some_and(|w| {
                    words::is_org_head(w) && !words::is_corporate_suffix(w) && !words::is_event_head(w)
                })
            };
            let head_len = if head(k) && head(k + 1) { 2 } else { usize::from(head(k)) };
            let headed = head_len > 0 && !is_name_word(text(k + head_len));
            return Some(Fields { end: if headed { k + head_len } else { k }, headed, count, widest });
        }
    }
    None
}

/// A list of fields that goes on a body's name.
struct Fields {
    /// The token after the list.
    end: usize,
    /// A body's head closes the list (`… and Communities Committee`).
    headed: bool,
    /// How many fields the list holds.
    count: usize,
    /// The most words a field has.
    widest: usize,
}

/// Whether the words from `from` to `to` could be the first field of a body's name: two or three
/// capitalized words after `the`, with no head, no function word and no known name among them
/// (`the Levelling Up`, `the Philippine Atmospheric`).
fn fields_before_head(doc: &Doc<'_>, ts: &[Token], from: usize, to: usize) -> bool {
    let plain = |t: &Token| word(doc, t).is_some_and(|w| is_cap(w) && is_name_word(w) && !words::is_head_or_stop(w));
    // (A capitalized `The` opens the run but not the name; a body's name of this kind takes the
    // article, which no person's does: `Ana Ruiz, Press and Media Office`.)
    let article = word(doc, &ts[from]) == Some("The");
    let from = if article { from + 1 } else { from };
    if !article && from.checked_sub(1).and_then(|p| word(doc, &ts[p])) != Some("the") {
        return false;
    }
    // (`the Senate Health, Education, Labor and Pensions Committee`: a chamber may open it.)
    let chamber = word(doc, &ts[from]).is_some_and(|w| words::is_org_head(w) && !words::is_corporate_suffix(w));
    (2..=3).contains(&(to - from))
        && ts[from + usize::from(chamber)..to].iter().all(plain)
        && gazetteer().get(&key(doc, ts, from, to)).is_none()
}

/// A closing apostrophe right after a word ending in `s` (`Workers'`), at token `i`.
pub(super) fn is_plural_possessive(doc: &Doc<'_>, ts: &[Token], i: usize) -> bool {
    let (Some(t), Some(prev)) = (ts.get(i), i.checked_sub(1).and_then(|p| ts.get(p))) else { return false };
    t.kind == TokenKind::Quote
        && matches!(t.span.as_str(doc.text), "'" | "’")
        && prev.span.end == t.span.start
        && prev.span.as_str(doc.text).ends_with('s')
}

fn is_adjacent_period(doc: &Doc<'_>, ts: &[Token], i: usize) -> bool {
    ts.get(i).is_some_and(|t| t.span.len() == 1 && doc.text.as_bytes().get(t.span.start) == Some(&b'.'))
        && i > 0
        && ts.get(i - 1).is_some_and(|p| p.span.end == ts[i].span.start)
}

/// The name words from token `i` on, six at most.
fn name_run<'a>(doc: &Doc<'a>, ts: &[Token], i: usize) -> impl Iterator<Item = &'a str> {
    ts.iter().skip(i).take(6).map_while(|t| word(doc, t).filter(|w| is_name_word(w)))
}

/// Whether the capitalized run from `i` ends with an organization head (`… County Cricket Board`)
/// or an institution's `Center` (`… Ice Data Center`).
fn org_follows(doc: &Doc<'_>, ts: &[Token], i: usize) -> bool {
    let mut before = None;
    let mut last = None;
    for w in name_run(doc, ts, i) {
        before = last.replace(w);
    }
    let institute = || matches!(last, Some("Center" | "Centre")) && before.is_some_and(words::is_institute_word);
    last.is_some_and(|w| words::is_org_head(w) && !words::is_corporate_suffix(w)) || institute()
}

/// What the name read so far holds, for the words that may continue it.
#[derive(Default)]
struct Phrase<'a> {
    /// A head and `for`, `on` or `of` opened what the body serves (`Centers for …`, `Department
    /// of Health …`): `and` joins the rest of it.
    purpose: bool,
    /// The head that opened it.
    head: Option<&'a str>,
    /// It opened with `for` or `on`: an aim, which `of` may go on (`… for the Liberation of …`).
    serves: bool,
    /// `and` joined two of its words (`for Trade and Cooperation`).
    coordinated: bool,
    /// `of` joined a place (`Bank of Kelbia`): the name is whole.
    of_place: bool,
}

/// Whether a place the gazetteer knows, of up to three words, starts at token `i`.
fn place_at(doc: &Doc<'_>, ts: &[Token], i: usize) -> bool {
    let gaz = gazetteer();
    let mut end = i;
    for _ in 0..3 {
        if !ts.get(end).and_then(|t| word(doc, t)).is_some_and(is_name_word) {
            return false;
        }
        end = with_period(doc, ts, end + 1);
        if matches!(gaz.get(trim_possessive(&key(doc, ts, i, end))), Some(Gaz::Place(_))) {
            return true;
        }
    }
    false
}

/// Whether the name from token `from` opens with an organization the gazetteer knows (`U.N.`,
/// `NATO`).
fn opens_with_known_org(doc: &Doc<'_>, ts: &[Token], from: usize) -> bool {
    matches!(gazetteer().get(&key(doc, ts, from, with_period(doc, ts, from + 1))), Some(Gaz::Org(_)))
}

/// `Minority Rights`, `Policy Studies`: two or more capitalized words without a head, the last of
/// them a field's noun in the plural, from `from` to `to`; such a name may be a body's that ends
/// in the place where it works (`Minority Rights in Kelbia`; but `studied Political Science in
/// Harlow` names a subject).
fn field_name(doc: &Doc<'_>, ts: &[Token], from: usize, to: usize) -> bool {
    let words = &ts[from..to];
    let plural_field = |w: &str| w.ends_with('s') && possessive_len(w) == 0 && words::is_institute_word(w);
    words.len() >= 2
        && words.last().and_then(|t| word(doc, t)).is_some_and(plural_field)
        && words.iter().all(|t| word(doc, t).is_some_and(|w| is_name_word(w) && !words::is_head_or_stop(w)))
}

/// Whether `and` at token `and_at` stands between two names of their own, which it does not
/// join into one (the name before it runs from `from`):
/// - after a body named for a place (`the Bank of Kelbia and Harlow Savings Bank`);
/// - after a person's title and name (`President Ana Ruiz and Congress`);
/// - before a name the gazetteer knows in full (`the Harlow Water Board and Congress`);
/// - before a name of two or more words with its own head, which repeats the head of the name
///   before it (`the University of Eastport and Lakeview State University`), has three words or
///   more after what a body serves (`the Department of Tribal Affairs and Harlow State
///   University`) or opens with a known place or body after a word that is no place (`the Kelby
///   Academy of Music and Ohio Valley University`; but `Kelbia and Harlow Railways`,
///   named after two places, is one); or after a name of its own: an acronym, a known body, a
///   name that opens like an organization's (`Air Maple and Coastal Thai Airways`) or that opens
///   with the same word (`Kelby Air and Kelby Rail Services`), or a brand's word (`KelJet and
///   Harlow Airways`).
fn names_apart(doc: &Doc<'_>, ts: &[Token], from: usize, and_at: usize, phrase: &Phrase<'_>) -> bool {
    let gaz = gazetteer();
    let right = and_at + 1;
    let n = name_run(doc, ts, right).count();
    if n == 0 {
        return false;
    }
    if phrase.of_place || person_before(doc, ts, from, and_at) && !phrase.purpose {
        return true;
    }
    let known =
        |a: usize, b: usize| gaz.get(trim_possessive(&key(doc, ts, a, with_period(doc, ts, b)))).and_then(Gaz::kind);
    if known_across(doc, ts, from, and_at) {
        return false;
    }
    if known(right, right + n).is_some() {
        return true;
    }
    let text = |i: usize| ts[i].span.as_str(doc.text);
    let last = text(right + n - 1);
    if n < 2 || !words::is_org_head(last) {
        return false;
    }
    let cur = text(and_at - 1);
    // (`Department of Health and Human Services` is one name: a field's name is short.)
    let own_head = phrase.head == Some(last) || phrase.purpose && n >= 3;
    let left_place = matches!(gaz.get(trim_possessive(cur)), Some(Gaz::Place(_) | Gaz::Demonym));
    let known_first = (1..n).any(|k| known(right, right + k).is_some());
    if own_head || known_first && !left_place {
        return true;
    }
    if phrase.purpose || from >= and_at {
        return false;
    }
    // The name before `and`, on its own: its first word and the word after it, if any.
    let mut left = (from..and_at).filter(|&i| ts[i].kind == TokenKind::Word);
    let (Some(first), second) = (left.next(), left.next()) else { return false };
    let acronym = second.is_none() && is_acronym(doc, text(first));
    let known_left = known(first, and_at) == Some(EntityKind::Organization);
    let opener = second.is_some_and(|k| {
        let w = text(k);
        words::is_org_opener(text(first)) && !words::is_institute_word(w) && !is_common(doc, w)
    });
    let same_first = second.is_some() && text(first) == text(right);
    // `WestJet and Porter Airlines`: a brand's word.
    let brand = second.is_none() && is_brand_shaped(text(first));
    // `KBC's Bo Lee and Harlow News`: a person's two names after a body's possessive.
    let owned_person = second.is_some_and(|k| {
        left.next().is_none()
            && is_person_word(text(first))
            && is_person_word(text(k))
            && first.checked_sub(1).is_some_and(|p| possessive_len(text(p)) > 0)
    });
    acronym || known_left || opener || same_first || brand || owned_person
}

/// `the U.S. Securities and Exchange Commission`: whether a known body's name, opening at one of
/// the first words from `from`, spans the `and` at `and_at` and the name run after it.
fn known_across(doc: &Doc<'_>, ts: &[Token], from: usize, and_at: usize) -> bool {
    known_through(doc, ts, from, and_at, and_at + 1).any(|kind| kind == EntityKind::Organization)
}

/// The kinds of the names the gazetteer knows that open at one of the first words from `from`
/// before `before` and end with the name run at `at` (`the Democratic Republic of the Congo`).
fn known_through<'d>(
    doc: &'d Doc<'_>,
    ts: &'d [Token],
    from: usize,
    before: usize,
    at: usize,
) -> impl Iterator<Item = EntityKind> + 'd {
    let end = at + name_run(doc, ts, at).count();
    let known = move |k: usize| {
        gazetteer().get(trim_possessive(&key(doc, ts, k, with_period(doc, ts, end)))).and_then(Gaz::kind)
    };
    let starts = if end == at { from..from } else { from..before };
    starts.filter(move |&i| ts[i].kind == TokenKind::Word).take(3).filter_map(known)
}

/// Whether the words from `from` to `to` end in a person's name after a title or honorific
/// (`President Ana Ruiz`, `Mr. Ruiz`).
fn person_before(doc: &Doc<'_>, ts: &[Token], from: usize, to: usize) -> bool {
    for (names, t) in ts[from..to].iter().rev().filter(|t| t.kind == TokenKind::Word).enumerate() {
        let w = t.span.as_str(doc.text);
        if words::is_honorific(w) || words::is_title_head(w) && !words::is_weak_title_head(w) {
            return names >= 1;
        }
        if !is_person_word(w) {
            return false;
        }
    }
    false
}

/// The index of the sentence's first word, after opening quotes, brackets and dashes.
fn first_word(ts: &[Token]) -> usize {
    ts.iter().position(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number)).unwrap_or(0)
}

/// Whether the sentence is written in capitals (a wire headline) or title case.
pub(super) fn is_loose(doc: &Doc<'_>, ts: &[Token]) -> bool {
    let mut words = 0;
    let mut caps = 0;
    let mut lower = 0;
    let bytes = doc.text.as_bytes();
    for t in ts.iter().filter(|t| t.kind == TokenKind::Word) {
        // The first byte tells most words apart before the word is sliced out.
        let first = bytes.get(t.span.start).copied().unwrap_or(0);
        if first.is_ascii_lowercase() {
            words += 1;
            lower += 1;
            // More than half the tokens are lower-case words: not capitals text.
            if lower * 2 > ts.len() {
                return false;
            }
            continue;
        }
        let w = t.span.as_str(doc.text);
        if first.is_ascii_alphabetic() || w.chars().any(char::is_alphabetic) {
            words += 1;
            caps += usize::from(is_all_caps(w));
        }
    }
    caps > 0 && caps * 2 >= words && (words > 1 || caps == words)
}

/// The key of a token range in the gazetteer: its words joined by single spaces.
fn key<'a>(doc: &Doc<'a>, ts: &[Token], from: usize, to: usize) -> Cow<'a, str> {
    let (Some(first), Some(last)) = (ts.get(from), to.checked_sub(1).and_then(|l| ts.get(l))) else {
        return Cow::Borrowed("");
    };
    let simple = ts[from..to].windows(2).all(|p| {
        let gap = p[1].span.start.saturating_sub(p[0].span.end);
        gap == 0 || gap == 1 && doc.text.as_bytes().get(p[0].span.end) == Some(&b' ')
    });
    if simple {
        return Cow::Borrowed(doc.text.get(first.span.start..last.span.end).unwrap_or(""));
    }
    let mut k = String::new();
    for (n, t) in ts[from..to].iter().enumerate() {
        if n > 0 && ts[from + n - 1].span.end < t.span.start {
            k.push(' ');
        }
        k.push_str(t.span.as_str(doc.text));
    }
    Cow::Owned(k)
}

/// Candidates of a sentence written in capitals or title case: gazetteer entries, and every other
/// capitalized stretch as a loose candidate that only the rest of the document can type.
pub(super) fn loose_sentence(doc: &Doc<'_>, ts: &[Token], out: &mut Vec<Cand>) {
    let gaz = gazetteer();
    let mut i = 0;
    while i < ts.len() {
        let Some(w) = word(doc, &ts[i]) else {
            i += 1;
            continue;
        };
        if !is_cap(w) {
            i += 1;
            continue;
        }
        if doc.sports {
            if let Some(end) = side_of_score_line(doc, ts, i) {
                let span = Span::new(ts[i].span.start, ts[end - 1].span.end);
                let mut c = Cand::new(span, Some(EntityKind::Organization), Confidence::Weak, end - i);
                c.loose = true;
                out.push(c);
                i = end;
                continue;
            }
        }
        // The longest gazetteer entry that starts here.
        let mut best = None;
        let mut end = i;
        let mut n = 0;
        while end < ts.len() && n < gaz.max_words {
            match word(doc, &ts[end]) {
                Some(w) if is_cap(w) => {}
                _ if ts[end].span.as_str(doc.text) == "." && end > i => {}
                _ => break,
            }
            end += 1;
            n += 1;
            let k = key(doc, ts, i, end);
            let k = trim_possessive(&k);
            if let Some(g) = gaz.get(k).or_else(|| gaz.get_upper(k)) {
                best = Some((end, g));
            }
        }
        if let Some((e, g)) = best {
            // `ATLANTIC DIVISION`, `PACIFIC CUP`: in capitals, a place before the head of a body's
            // or an event's name is a word of that name, which the loose text cannot type.
            let head_after = || {
                word(doc, ts.get(e)?).filter(|w| is_all_caps(w)).map(|w| {
                    let w = title_case(w);
                    words::is_org_head(&w) || words::is_event_head(&w)
                })
            };
            if matches!(g, Gaz::Place(_)) && head_after() == Some(true) {
                i = e + 1;
                continue;
            }
            let side = || matches!(g, Gaz::Demonym) && is_team_city(doc, ts, i, e, g);
            if let Some(kind) = g.kind().or_else(|| side().then_some(EntityKind::Organization)) {
                let p = possessive_len(ts[e - 1].span.as_str(doc.text));
                let span = Span::new(ts[i].span.start, ts[e - 1].span.end - p);
                let mut c = Cand::new(span, Some(kind), Confidence::Strong, e - i);
                if is_team_city(doc, ts, i, e, g) {
                    c.kind = Some(EntityKind::Organization);
                } else {
                    c.gaz = g.id();
                }
                c.loose = true;
                out.push(c);
            }
            i = e;
            continue;
        }
        // A loose word: strip a possessive and keep it for the document to type.
        let p = possessive_len(w);
        let span = Span::new(ts[i].span.start, ts[i].span.end - p);
        let plain = &w[..w.len() - p];
        // (`SCORES`, `RESULTS` in capitals: a stop word as a headline writes it.)
        let caps_stop = || Class::EntityStopWord.has_as_written(&title_case(plain));
        if !words::is_stop(plain)
            && !caps_stop()
            && !is_no_name_alone(plain)
            && !is_roman(plain)
            && !words::is_calendar(&title_case(plain))
            && plain.chars().filter(|c| c.is_alphabetic()).count() > 1
        {
            let mut c = Cand::new(span, None, Confidence::Guess, 1);
            c.loose = true;
            // `LG 2 OB 0`: in a results table, a word before a score is a team (but not a word
            // before a year: `FRANCE LAUNCH 1998 WORLD CUP BID`).
            let year = ts.get(i + 1).is_some_and(|t| {
                let n = t.span.as_str(doc.text);
                n.len() == 4 && n.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
            });
            // (`AUSTRIA DRAW 0-0`: the verb of the result stands before the score too.)
            let verb = crate::lexicon::with_lowercase(plain, |l| {
                crate::lexicon::Class::ResultVerb.has(l)
                    || matches!(l, "draw" | "draws" | "drew" | "win" | "wins" | "won" | "lose" | "loses" | "lost")
            });
            if doc.sports && followed_by_number(ts, i + 1) && !year && !verb {
                c.kind = Some(EntityKind::Organization);
                c.confidence = Confidence::Weak;
            }
            out.push(c);
        }
        i += 1;
    }
}

/// `Harlow 4 TAMPA BAY 1`, `KELBY HAWKS 3 Carrow 2`: in a score line, two or three capitalized
/// words between the line's start or the other side's score and a score are one side's name (the
/// end of the name), unless they are one gazetteer entry (`NEW YORK 6`, typed as a city's team)
/// or a result's verb stands among them. So are the sides of a result's headline, one score
/// between them (`League Cup: Harlow Valkyries 27-24 Carrow Kites`).
fn side_of_score_line(doc: &Doc<'_>, ts: &[Token], from: usize) -> Option<usize> {
    let text = |k: usize| ts.get(k).map_or("", |t| t.span.as_str(doc.text));
    let small = |k: usize| crate::entity::is_small_whole(text(k));
    let score = |k: usize| small(k) || crate::entity::is_score(text(k));
    let line_start = from == first_word(ts) || from > 0 && text(from - 1) == ":";
    if !(line_start || from > 0 && score(from - 1)) {
        return None;
    }
    let end = (from..ts.len().min(from + 4)).find(|&k| !word(doc, &ts[k]).is_some_and(is_cap))?;
    // The other side follows the first side's score; the second side's score ends the line or
    // opens its details (`(OT)`), or the second side ends it after a score between the two.
    let first_side = line_start && score(end) && ts.get(end + 1).and_then(|t| word(doc, t)).is_some_and(is_cap);
    let after_score = from > 1 && score(from - 1) && word(doc, &ts[from - 2]).is_some_and(is_cap);
    let line_end = |k: usize| matches!(text(k), "" | "(" | ":");
    let second_side =
        after_score && (score(end) && line_end(end + 1) || crate::entity::is_score(text(from - 1)) && line_end(end));
    if !(2..=3).contains(&(end - from)) || !(first_side || second_side) {
        return None;
    }
    let verb = |k: usize| {
        crate::lexicon::with_lowercase(text(k), |l| crate::lexicon::Class::ResultVerb.has(l) || words::is_stop(l))
    };
    // The gazetteer is asked last: the look-up is not cheap.
    let gaz = gazetteer();
    let name = key(doc, ts, from, end);
    let one_entry = gaz.get(&name).or_else(|| gaz.get_upper(&name)).is_some();
    (!one_entry && !(from..end).any(verb)).then_some(end)
}

/// `FRIDAY` as `Friday`.
pub(super) fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for (i, c) in w.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Candidates of an ordinary sentence.
pub(super) fn sentence(doc: &Doc<'_>, ts: &[Token], out: &mut Vec<Cand>) {
    let first = first_word(ts);
    let start = out.len();
    let mut plural_next = false;
    runs(doc, ts, |run| {
        let plural = std::mem::take(&mut plural_next);
        let before = out.len();
        classify(doc, ts, run, run.from == first, out);
        // `Messrs. Ortega and Varma`: the name after `and` is a person too.
        let opens_plural = out.len() > before && word(doc, &ts[run.from]).is_some_and(words::is_plural_honorific);
        if plural {
            for c in &mut out[before..] {
                c.kind = Some(EntityKind::Person);
                c.confidence = Confidence::Strong;
            }
        }
        if opens_plural || (plural && out.len() > before) {
            plural_next = ts.get(run.to).and_then(|t| word(doc, t)).is_some_and(|w| w == "and");
        }
    });
    coordinate(doc, &mut out[start..]);
    acronym_definitions(doc, ts, out, start);
}

/// `the Sudan People's Liberation Army (SPLA)`, `the U.N. High Commissioner for Refugees (UNHCR)`:
/// the capitalized words right before an acronym in brackets whose initials it spells are one
/// body's name, though a possessive or a title inside them ends a run of capitalized words there.
/// The candidates found inside them give way to it.
fn acronym_definitions(doc: &Doc<'_>, ts: &[Token], out: &mut Vec<Cand>, start: usize) {
    for i in 1..ts.len().saturating_sub(2) {
        if ts[i].kind != TokenKind::Punct
            || ts[i].span.as_str(doc.text) != "("
            || ts[i + 2].span.as_str(doc.text) != ")"
        {
            continue;
        }
        let Some(acronym) = word(doc, &ts[i + 1]).filter(|w| is_all_caps(w) && !is_no_name_alone(w)) else { continue };
        // The words before the bracket that a name may hold, nearest last: `U.N` without its
        // period, `&`, linking words.
        let mut words: Vec<(&str, usize)> = Vec::new();
        for k in (0..i).rev().take(16) {
            let t = &ts[k];
            let w = t.span.as_str(doc.text);
            let dotted = w == "."
                && k > 0
                && ts[k - 1].span.end == t.span.start
                && keeps_period(ts[k - 1].span.as_str(doc.text));
            if dotted {
                continue;
            }
            if !(t.kind == TokenKind::Word || w == "&") || !(is_cap(w) || is_link_word(w)) {
                break;
            }
            words.push((w, k));
        }
        words.reverse();
        let names: Vec<&str> = words.iter().map(|&(w, _)| w).collect();
        let Some(first) = spelled_from(acronym, &names) else { continue };
        let name = &names[first..];
        let span = Span::new(ts[words[first].1].span.start, ts[i - 1].span.end);
        // Only a body's name: one with an organization's head, or a known body's acronym; no
        // place's (`Democratic Republic of Kelbia (DRK)`), treaty's or event's name.
        let body = name.iter().any(|w| words::is_org_head(w) || words::is_org_of_head(w))
            || gazetteer().get(acronym).is_some_and(|g| g.kind() == Some(EntityKind::Organization));
        let other = name.iter().any(|w| words::is_place_head(w) || words::is_event_head(w));
        // (`the US Equal Employment Opportunity Commission (EEOC)` is found whole already.)
        let found = out[start..].iter().any(|c| c.span.contains(span) && c.span.end == span.end);
        if !body || other || name.len() < 2 || found {
            continue;
        }
        out.retain(|c| c.span.end <= span.start || c.span.start >= span.end);
        let at = out.iter().rposition(|c| c.span.start < span.start).map_or(0, |p| p + 1).max(start.min(out.len()));
        out.insert(at, Cand::new(span, Some(EntityKind::Organization), Confidence::Strong, name.len()));
    }
}

/// Words that link the capitalized words of a body's name (`of`, `for the`, `&`, `de la`).
fn is_link_word(w: &str) -> bool {
    matches!(w, "of" | "for" | "the" | "and" | "on" | "in" | "to" | "&") || words::is_name_connector(w)
}

/// Where the name that `acronym` abbreviates starts among `words`, which end right before it:
/// each capitalized word gives its first letter, or all its capitals when it is an abbreviation
/// itself (`U.N.`), linking words give none (`ICRC` for `International Committee of the Red
/// Cross`). The name may end in one or two words the acronym leaves out after `of` or `in`
/// (`ADFL` for `Alliance of Democratic Forces for the Liberation of Congo-Zaire`).
pub(super) fn spelled_from(acronym: &str, words: &[&str]) -> Option<usize> {
    let letters = acronym.as_bytes();
    if !(2..=8).contains(&letters.len()) || !letters.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let spelled = |end: usize| {
        let mut need = letters.len();
        for k in (0..end).rev() {
            let w = words[k];
            if is_link_word(w) {
                continue;
            }
            let dotted = w.contains('.') && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.');
            let caps = || w.bytes().filter(u8::is_ascii_uppercase);
            let n = if dotted { caps().count() } else { 1 };
            if n > need || !is_cap(w) || !caps().take(n).eq(letters[need - n..need].iter().copied()) {
                return None;
            }
            need -= n;
            if need == 0 {
                return Some(k);
            }
        }
        None
    };
    let tail_from = words.len().saturating_sub(3);
    let tails = (tail_from..words.len()).rev().filter(|&p| {
        matches!(words[p], "of" | "in")
            && p > 0
            && p + 1 < words.len()
            && words[p + 1..].iter().all(|w| is_cap(w) && !is_link_word(w))
    });
    std::iter::once(words.len()).chain(tails).find_map(spelled)
}

/// The longest gazetteer place or organization that opens `words` and leaves at least one word after it.
fn gazetteer_prefix(doc: &Doc<'_>, ts: &[Token], words: &[usize]) -> Option<(usize, Gaz)> {
    let gaz = gazetteer();
    let mut best = None;
    for k in 1..words.len().min(gaz.max_words + 1) {
        let end = with_period(doc, ts, words[k - 1] + 1);
        if let Some(g) = gaz.get(&key(doc, ts, words[0], end)).filter(|g| g.kind().is_some()) {
            best = Some((k, g));
        }
    }
    best
}

/// A token end extended over the period of an abbreviation (`U.S.`).
fn with_period(doc: &Doc<'_>, ts: &[Token], end: usize) -> usize {
    if is_adjacent_period(doc, ts, end) && keeps_period(ts[end - 1].span.as_str(doc.text)) { end + 1 } else { end }
}

/// Pushes the gazetteer places and organizations among `words`, longest first.
fn gazetteer_entries(doc: &Doc<'_>, ts: &[Token], words: &[usize], out: &mut Vec<Cand>) {
    let gaz = gazetteer();
    let mut p = 0;
    while p < words.len() {
        let mut best = None;
        for k in p + 1..=words.len().min(p + gaz.max_words) {
            let end = with_period(doc, ts, words[k - 1] + 1);
            if let Some(g) = gaz.get(&key(doc, ts, words[p], end)).filter(|g| g.kind().is_some()) {
                best = Some((k, end, g));
            }
        }
        match best {
            Some((k, end, g)) => {
                push_gaz(doc, ts, words[p], end, g, out);
                p = k;
            }
            None => p += 1,
        }
    }
}

/// The end of a run, without a period that ends the sentence.
fn strip_end(doc: &Doc<'_>, ts: &[Token], to: usize) -> usize {
    // A period that ends the sentence is the sentence's (`… Baltic Shipping Corp.`), as wire copy writes it.
    // So is one before the closing quotes or brackets that end it (`… at Kelby & Co.”`).
    let to = to.min(ts.len());
    let closing = |t: &Token| t.kind == TokenKind::Quote || matches!(t.span.as_str(doc.text), ")" | "]");
    let ends = ts[to..].iter().all(closing);
    // (`… Joseph R. Kelby Jr.`: a suffix keeps its period, for it is never written without.)
    let suffix = || to >= 2 && crate::lexicon::Class::NameSuffix.has_as_written(ts[to - 2].span.as_str(doc.text));
    if ends && to >= 2 && ts[to - 1].span.as_str(doc.text) == "." && !suffix() { to - 1 } else { to }
}

fn trim_possessive(k: &str) -> &str {
    let p = possessive_len(k);
    &k[..k.len() - p]
}

fn push_gaz(doc: &Doc<'_>, ts: &[Token], from: usize, to: usize, g: Gaz, out: &mut Vec<Cand>) {
    let Some(kind) = g.kind() else { return };
    let last = ts[to - 1].span.as_str(doc.text);
    // (The possessive of `Moody's` is the name's own.)
    let own = || gazetteer().get(trim_possessive(&key(doc, ts, from, to))) != Some(g);
    let p = if possessive_len(last) > 0 && own() { 0 } else { possessive_len(last) };
    let mut c =
        Cand::new(Span::new(ts[from].span.start, ts[to - 1].span.end - p), Some(kind), Confidence::Strong, to - from);
    c.gaz = g.id();
    if kind == EntityKind::Person {
        c.descriptors.extend(role_before(doc, ts, from));
    }
    out.push(c);
}

/// Whether a capitalized word is a common word: written in lower case elsewhere, or a function word.
fn is_common(doc: &Doc<'_>, w: &str) -> bool {
    words::is_stop(w) || is_lower_elsewhere(doc, w)
}

/// Whether the document writes a capitalized word in lower case elsewhere.
fn is_lower_elsewhere(doc: &Doc<'_>, w: &str) -> bool {
    crate::lexicon::with_lowercase(w, |l| doc.lower.contains(l))
}

/// A word that can be part of a person's name.
fn is_person_word(w: &str) -> bool {
    (is_cap(w) || words::is_name_connector(w) || is_particle_name(w))
        && (!is_all_caps(w) || is_roman(w))
        && !w.bytes().any(|b| b.is_ascii_digit())
        && !words::is_head_or_stop(w)
        && !is_acronym_plural(w)
        && gazetteer().get(w).is_none()
        && w != "of"
        && w != "and"
}

/// A brand's word of two capitalized parts (`YouGov`, `WestJet`, `BlackRock`): a capital after
/// three lower-case letters or more. A family name's prefix joined to it stays a person's
/// (`MacLeod`, `FitzGerald`, `DelBene`, `VanDyke`; `McNeil` and `DeSousa` have shorter ones).
fn is_brand_shaped(w: &str) -> bool {
    let b = w.as_bytes();
    let Some(k) = (3..b.len()).find(|&k| b[k].is_ascii_uppercase() && b[k - 1].is_ascii_lowercase()) else {
        return false;
    };
    // Letters only, and a word of two letters or more after the capital (not `FranA`).
    let rest = &b[k + 1..];
    b[0].is_ascii_uppercase()
        && b[1..k].iter().all(u8::is_ascii_lowercase)
        && rest.len() >= 2
        && rest.iter().all(u8::is_ascii_alphabetic)
        && rest.iter().any(u8::is_ascii_lowercase)
        && !words::is_family_prefix(&w[..k])
}

/// The plural of an acronym (`GDRs`, `ADRs`), which names things, not people.
fn is_acronym_plural(w: &str) -> bool {
    w.strip_suffix('s').is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
}

enum Part {
    /// Leading demonyms to drop, with the index of the first word after them.
    Demonym(usize),
    /// A place name inside a longer name: a team or company (`Lyon Metals`, `Harlow United`).
    Team,
}

/// How a run that is not a gazetteer entry itself relates to the entries inside it.
fn gazetteer_part(doc: &Doc<'_>, ts: &[Token], words: &[usize]) -> Option<Part> {
    let gaz = gazetteer();
    let w = |i: usize| ts[i].span.as_str(doc.text);
    // (`New Zealander`, `South African`: a people's name of two words.)
    let pair = |k: usize| {
        let (&a, &b) = (words.get(k)?, words.get(k + 1)?);
        let span = &doc.text[ts[a].span.start..ts[b].span.end];
        (b == a + 1 && gaz.get(span) == Some(Gaz::Demonym)).then_some(2)
    };
    let mut k = 0;
    while let Some(step) =
        words.get(k).and_then(|&i| (gaz.get(w(i)) == Some(Gaz::Demonym)).then_some(1)).or_else(|| pair(k))
    {
        k += step;
    }
    if k > 0 {
        return Some(Part::Demonym(k));
    }
    if words.len() > 1 && words.iter().any(|&i| gaz.is_place(trim_possessive(w(i)))) {
        return Some(Part::Team);
    }
    // `San Marino Hawks`: a place of several words before another name.
    if gazetteer_prefix(doc, ts, words).is_some_and(|(_, g)| matches!(g, Gaz::Place(_))) {
        return Some(Part::Team);
    }
    None
}

/// In a sports report, a city or state before a score names its team (`LYON 2 NANTES 1`); in any
/// story, one before a player's position does (`Carrow striker Tom Vale`).
fn is_team_city(doc: &Doc<'_>, ts: &[Token], from: usize, next: usize, g: Gaz) -> bool {
    let city = matches!(g, Gaz::Place(id) if !gazetteer().is_country(id));
    // `Harlow striker Tom Vale`, `the former Leeds and Bristol skipper`: before a player's
    // position, in any story.
    let player_at = |k: usize| ts.get(k).and_then(|t| word(doc, t)).is_some_and(words::is_player_role);
    let and_another = ts.get(next).is_some_and(|t| t.span.as_str(doc.text) == "and")
        && ts.get(next + 1).is_some_and(|t| is_cap(t.span.as_str(doc.text)));
    let player_after = player_at(next) || and_another && player_at(next + 2);
    let text = |k: usize| ts.get(k).map_or("", |t| t.span.as_str(doc.text));
    // `Harlow v Carrow`: the sides of a fixture; `Ana Ruiz (Carrow) 27`: a player's club in brackets
    // before the player's points.
    let versus = |k: usize| matches!(text(k), "v" | "vs");
    let fixture = versus(next) || from > 0 && versus(from - 1);
    let club = from >= 2
        && text(from - 1) == "("
        && is_cap(text(from - 2))
        && text(next) == ")"
        && ts.get(next + 1).is_some_and(|t| t.kind == TokenKind::Number);
    // (A region or state there is the player's, as a country is.)
    let a_city = matches!(g, Gaz::Place(id) if gazetteer().is_city(id));
    let number_after = || ts.get(classify::after_qualifier(doc, ts, next)).is_some_and(|t| t.kind == TokenKind::Number);
    // `Celtic beat Harlow 2-0`, `Celtic 4 Harlow 1`: in a sports report, a club named by a
    // people's adjective, alone before a side's score or result (but not a player named by
    // nationality, `beat the Chilean 6-4`, nor the end of a longer name, `Harlow Irish 27`).
    if matches!(g, Gaz::Demonym) {
        let alone = next - from == 1
            && from.checked_sub(1).is_none_or(|k| {
                let w = text(k);
                !is_cap(w) && !matches!(w.to_ascii_lowercase().as_str(), "the" | "a" | "an")
            });
        return doc.sports && alone && (number_after() || fixture || result_after(doc, ts, next));
    }
    city && (player_after
        || a_city && classify::club_after_player(doc, ts, from, next)
        || doc.sports
            && (number_after()
                || fixture
                || club
                || !is_located(doc, ts, from, next) && (from > first_word(ts) || result_after(doc, ts, next))))
}

/// `Houston beat Chicago 104-98`, `Lyon drew with Nantes`: a result's verb right after a side.
pub(super) fn result_after(doc: &Doc<'_>, ts: &[Token], next: usize) -> bool {
    ts.get(next).and_then(|t| word(doc, t)).is_some_and(|w| Class::ResultVerb.has(w) || w == "drew")
}

/// Whether the words around a place name make it the place (`in Lyon`, `At Lyon`, `the mayor of
/// Lyon`, a venue in brackets: `(at the Oval, Lyon)`), not a team named after it.
pub(super) fn is_located(doc: &Doc<'_>, ts: &[Token], from: usize, next: usize) -> bool {
    let prev = from.checked_sub(1).map(|i| &ts[i]);
    let after_preposition = prev.and_then(|t| word(doc, t)).is_some_and(|w| {
        crate::lexicon::with_lowercase(w, |l| {
            words::is_place_preposition(l) || matches!(l, "at" | "from" | "to" | "of")
        })
    });
    let mark = |t: Option<&Token>, marks: &[&str]| t.is_some_and(|t| marks.contains(&t.span.as_str(doc.text)));
    let in_brackets = mark(prev, &["(", ","]) && mark(ts.get(next), &[")"]);
    after_preposition || in_brackets
}

/// Whether a number follows (`CAC 40`: an index, not an organization).
fn followed_by_number(ts: &[Token], at: usize) -> bool {
    ts.get(at).is_some_and(|t| t.kind == TokenKind::Number)
}

/// In a list (`Harlow, Carrow and Denholm`), unknown members take the kind the known members share
/// (but a brand's word is no person's),
/// and in a list of three or more so do people only weakly typed (`Kelby Lamps, Carrow Cement
/// and Atlas Denver`); two names may be a name and its appositive (`Ana Ruiz, Lyon Newsroom`).
fn coordinate(doc: &Doc<'_>, cands: &mut [Cand]) {
    let mut i = 0;
    while i < cands.len() {
        let mut j = i + 1;
        while j < cands.len() && joined(doc, cands[j - 1].span.end, cands[j].span.start) {
            j += 1;
        }
        if j - i >= 2 {
            let kinds: Vec<EntityKind> =
                cands[i..j].iter().filter(|c| c.confidence >= Confidence::Medium).filter_map(|c| c.kind).collect();
            if let Some(&k) = kinds.first() {
                if kinds.iter().all(|&x| x == k) {
                    for c in &mut cands[i..j] {
                        // (`YouGov and Ana Ruiz`: a brand's word is no one.)
                        let brand = c.words == 1 && is_brand_shaped(c.span.as_str(doc.text));
                        if c.kind.is_none() && !(brand && k == EntityKind::Person) {
                            c.hint = Some(k);
                        } else if c.confidence == Confidence::Weak && c.kind == Some(EntityKind::Person) && j - i >= 3 {
                            c.kind = Some(k);
                        }
                    }
                }
            }
        }
        i = j;
    }
}

/// Whether only a comma, `and` or `or` stands between two byte offsets.
fn joined(doc: &Doc<'_>, end: usize, start: usize) -> bool {
    let Some(between) = doc.text.get(end..start) else { return false };
    let b = between.trim();
    matches!(b, "," | "and" | "or" | ", and" | ", or" | "&")
}
