//! Typing one run of capitalized words: the steps of [`classify`] and the cues around a name
//! (roles, appositives, `as` phrases, the nouns around a lone word).

use super::{
    Cand, Confidence, Doc, Part, Run, first_word, followed_by_number, gazetteer_entries, gazetteer_part,
    gazetteer_prefix, has_participle_suffix, is_acronym, is_adjacent_period, is_all_caps, is_brand_shaped, is_cap,
    is_common, is_initial, is_located, is_lower_elsewhere, is_name_word, is_no_name_alone, is_person_word,
    is_plural_possessive, is_roman, is_team_city, keeps_period, key, possessive_len, push_gaz, result_after, strip_end,
    trim_possessive, with_period, word,
};
use crate::entity::gazetteer::{Gaz, gazetteer};
use crate::entity::words;
use crate::lexicon::Class;
use crate::model::EntityKind;
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// The most word tokens of a run that [`classify`] reads; a longer run is cut after them.
const MAX_RUN_WORDS: usize = 32;

/// Trims and types one run, pushing what it names. The steps, in order:
/// 1. [`run_words`]: the run's word tokens;
/// 2. [`names_nothing`], [`is_modifier`]: a lone function word, a place inside a thing's name, or
///    a name inside a modifier (`Moscow-based`) names nothing;
/// 3. [`whole_run_entry`]: the whole run is a gazetteer entry (`The Hague`);
/// 4. [`skip_openers`], [`lead_role`], [`titles`]: sentence openers, a capitalized role and titles
///    are trimmed from the front; a role or title makes a person and is a descriptor;
/// 5. [`context_cues`]: role nouns before the name and appositives around it;
/// 6. [`trimmed_entry`], [`gazetteer_split`]: the trimmed name is an entry, or opens with one;
/// 7. [`kind_by_shape`]: the kind from the cues and the name's words, or a hint for a lone word.
pub(super) fn classify(doc: &Doc<'_>, ts: &[Token], run: Run, initial: bool, out: &mut Vec<Cand>) {
    let mut buf = [0usize; MAX_RUN_WORDS];
    let Some((run, words)) = run_words(ts, run, &mut buf) else { return };
    // `a Louisiana Republican`, `the Senate Republican leader`: a party's member noun after a
    // place's or a body's name is no word of it (but `Liberal Democrat` is a party's).
    let (run, words) = match words.split_last() {
        Some((&last, rest))
            if !rest.is_empty() && Class::PartyAdjective.has_as_written(ts[last].span.as_str(doc.text)) =>
        {
            let to = rest[rest.len() - 1] + 1;
            let body = words::is_org_head(ts[to - 1].span.as_str(doc.text));
            // (`The Texas Republican`: after the sentence's opener.)
            let from = rest.iter().copied().find(|&i| !words::is_stop(ts[i].span.as_str(doc.text))).unwrap_or(to);
            if body || from < to && gazetteer().get(&key(doc, ts, from, to)).is_some() {
                (Run { from: run.from, to }, rest)
            } else {
                (run, words)
            }
        }
        _ => (run, words),
    };
    // `Ana Ruiz MP`, `Tom Kelby KC`: letters for an office or an honour after a name of two words
    // or more are no part of it.
    let (run, words) = match words.split_last() {
        Some((&last, rest)) if rest.len() >= 2 && words::is_post_nominal(ts[last].span.as_str(doc.text)) => {
            (Run { from: run.from, to: rest[rest.len() - 1] + 1 }, rest)
        }
        _ => (run, words),
    };
    if names_nothing(doc, ts, run, words) || is_modifier(doc, ts, words) {
        return;
    }
    // `Denver, 24,`: a place's name with an age after it is a person's.
    // (`Carrow: Sanchez, Neto, Jackson`: a town's name in a side's line-up is a player's.)
    let line_up =
        |entry: &Gaz| matches!(entry, Gaz::Place(_)) && words.len() == 1 && doc.sports && in_line_up(doc, ts, run);
    let entry = whole_run_entry(doc, ts, run, words).filter(|e| !life_after(doc, ts, run.to) && !line_up(e));
    if let Some(entry) = entry {
        if matches!(entry, Gaz::Org(_)) && names_an_index(doc, ts, run.to) {
            return;
        }
        if is_team_city(doc, ts, words[0], run.to, entry) {
            let span = Name::new(doc, ts, run, words, 0).map_or(ts[words[0]].span, |n| n.span);
            out.push(Cand::new(span, Some(EntityKind::Organization), Confidence::Strong, words.len()));
        } else {
            push_gaz(doc, ts, words[0], run.to, entry, out);
            if let Some(c) = out.last_mut() {
                c.fixed = stays_place(doc, ts, c, words[0], run.to);
            }
        }
        return;
    }
    if in_title_case_quotation(doc, ts, run) {
        return;
    }
    // `Hurricane Delia`, `Tropical Storm Ana`: a storm's or an operation's name is no one's (but
    // `the Kelby Hurricane Center` is a body's).
    let text = |i: usize| ts[i].span.as_str(doc.text);
    let last = text(words[words.len() - 1]);
    let body = || words::is_org_head(last) || words::is_place_head(last);
    if words[..words.len() - 1].iter().any(|&i| words::is_event_opener(text(i))) && !body() {
        return;
    }
    let Some(start) = skip_openers(doc, ts, words, initial) else { return };
    let mut cues = Cues::default();
    let start = lead_role(doc, ts, words, start, &mut cues);
    let start = titles(doc, ts, words, start, &mut cues, out);
    // A title with no name after it names nobody (`The Lord Chief Justice, Lord Kelby`).
    let Some(name) = Name::new(doc, ts, run, words, start) else { return };
    if cues.person && name.words.len() > 1 && name.words.iter().all(|&i| words::is_title_head(text(i))) {
        return;
    }
    if is_table_heading(doc, ts, &name) {
        return;
    }
    // `the official Kelby News Agency`: a role noun before an organization's name is no person's.
    if !name.org_head {
        context_cues(doc, ts, run, &mut cues);
    }
    let mut cand = Cand::new(name.span, None, Confidence::Guess, name.words.len());
    cand.descriptors = cues.descriptors;
    if cand.descriptors.is_empty() {
        cand.descriptors.extend(cues.short_title);
    }
    if let Some(tag) = cues.party {
        cand.descriptors.insert(cand.descriptors.len().min(1), tag);
    }
    match trimmed_entry(doc, ts, words, &name) {
        Some(Gaz::Demonym) => return,
        Some(Gaz::Org(_)) if names_an_index(doc, ts, run.to) => return,
        Some(entry) if !cues.person => {
            if is_team_city(doc, ts, words[0], run.to, entry) {
                cand.kind = Some(EntityKind::Organization);
                cand.confidence = Confidence::Medium;
            } else {
                cand.kind = entry.kind();
                cand.gaz = entry.id();
                cand.confidence = Confidence::Strong;
                cand.fixed = stays_place(doc, ts, &cand, name.words[0], run.to);
            }
            out.push(cand);
            return;
        }
        _ => {}
    }
    // `Coastal Kelby beat Harlow State 31-17`: a side of a team's result.
    if !cues.person && name.words.len() > 1 && doc.sports && sides_a_team_result(doc, ts, run, name.words) {
        // (Weak, as a team named after a place is: `Florida` beside `Florida State` is the other
        // side, not a short form of this one.)
        cand.kind = Some(EntityKind::Organization);
        cand.confidence = Confidence::Weak;
        out.push(cand);
        return;
    }
    if !cues.person && gazetteer_split(doc, ts, run, &name, out) {
        return;
    }
    match kind_by_shape(doc, ts, run, &name, cues.person) {
        Shape::Kind(kind, confidence) => {
            cand.kind = Some(kind);
            cand.confidence = confidence;
        }
        Shape::Hint(hint) => cand.hint = hint,
        Shape::Again(rest) => return classify(doc, ts, rest, false, out),
        Shape::Nothing => return,
        Shape::Vessel => {
            cand.vessel = true;
            cand.confidence = Confidence::Strong;
        }
    }
    if cand.kind == Some(EntityKind::Person) || cand.kind.is_none() {
        cand.descriptors.extend(as_role(doc, ts, run.to));
    }
    out.push(cand);
}

/// `the Kelby Exchange industrial average`, `the Kelby composite index`: a market index named after
/// an organization is the index, not the organization.
fn names_an_index(doc: &Doc<'_>, ts: &[Token], to: usize) -> bool {
    let index = |i: usize| ts.get(i).and_then(|t| word(doc, t)).is_some_and(|w| matches!(w, "index" | "average"));
    let lower = ts.get(to).and_then(|t| word(doc, t)).is_some_and(|w| w.starts_with(char::is_lowercase));
    index(to) || lower && index(to + 1)
}

/// In a sports story, `in Lyon` stays the place where a team of that name plays.
fn stays_place(doc: &Doc<'_>, ts: &[Token], c: &Cand, from: usize, to: usize) -> bool {
    doc.sports && c.kind == Some(EntityKind::Place) && is_located(doc, ts, from, to)
}

/// The word tokens of a run (at most [`MAX_RUN_WORDS`], kept in `buf`), with the run cut after the
/// last of them when it is longer; `None` for a run without words.
fn run_words<'b>(ts: &[Token], run: Run, buf: &'b mut [usize; MAX_RUN_WORDS]) -> Option<(Run, &'b [usize])> {
    let mut len = 0;
    // (A run opens with a number only for a court's circuit: `11th U.S. Circuit Court …`.)
    for i in (run.from..run.to).filter(|&i| ts[i].kind == TokenKind::Word || i == run.from) {
        if let Some(slot) = buf.get_mut(len) {
            *slot = i;
            len += 1;
        }
    }
    let last = *buf[..len].last()?;
    let run = if len == MAX_RUN_WORDS { Run { from: run.from, to: last + 1 } } else { run };
    Some((run, &buf[..len]))
}

/// A lone function word (`The`, `But`) or abbreviation of a thing (`GDP`), a place inside a
/// thing's name (`the Spirit of Lagos pipeline`) and the rest of a product's name (`iPhone SE`)
/// name nothing.
fn names_nothing(doc: &Doc<'_>, ts: &[Token], run: Run, words: &[usize]) -> bool {
    let lone = |w: &str| words::is_stop(w) || is_no_name_alone(trim_possessive(w));
    let lone_stop = words.len() == 1 && lone(ts[words[0]].span.as_str(doc.text));
    let in_thing_name = run.from >= 2
        && word(doc, &ts[run.from - 1]) == Some("of")
        && word(doc, &ts[run.from - 2]).is_some_and(is_cap)
        && ts.get(run.to).and_then(|t| word(doc, t)).is_some_and(words::is_thing_noun);
    // `the iPhone SE`, `an iPad Air`: a word after a brand written in lower camel case is the
    // rest of a product's name.
    let after_camel = run.from.checked_sub(1).and_then(|k| word(doc, &ts[k])).is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.bytes().all(|b| b.is_ascii_alphanumeric())
            && w.bytes().any(|b| b.is_ascii_uppercase())
    });
    // `Kelby Partners, Inc.`, `Ana Ruiz, M.D.,`: a company's suffix or a person's letters after a
    // comma are no name of their own.
    let after_comma = run.from > 0 && ts[run.from - 1].span.as_str(doc.text) == ",";
    let suffix = || {
        let w = ts[words[0]].span.as_str(doc.text).trim_end_matches('.');
        words::is_corporate_suffix(w) || words::is_post_nominal(w)
    };
    lone_stop
        || words.len() == 1 && after_comma && suffix()
        || in_thing_name
        || after_camel
        || is_party_tag(ts[words[0]].span.as_str(doc.text))
        || in_bracketed_tag(doc, ts, run)
}

/// `Sen. Joe Pike (R., Ohio)`, `Sen. Ann Lee (Vt.)`: the run is a party and state tag in brackets
/// after a name.
fn in_bracketed_tag(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    let text = |i: usize| ts[i].span.as_str(doc.text);
    let Some(open) = (run.from.saturating_sub(4)..run.from).rev().find(|&i| matches!(text(i), "(" | ")")) else {
        return false;
    };
    let Some(close) = (run.to..ts.len().min(run.to + 3)).find(|&i| matches!(text(i), "(" | ")")) else {
        return false;
    };
    text(open) == "("
        && text(close) == ")"
        && open > 0
        && is_cap(text(open - 1))
        && is_bracketed_tag(&doc.text[ts[open].span.end..ts[close].span.start])
}

/// True when token `t` is a word in lower case (`of`, `the`).
fn is_lower(doc: &Doc<'_>, t: &Token) -> bool {
    t.span.as_str(doc.text).starts_with(char::is_lowercase)
}

/// A party and state tag after a lawmaker's name (`R-Fla.`, `D-Ore.`, `I-Vt.`): no name.
/// `Sen. Ann Lee (D-N.M.)`, `Sen. Ann Lee, D-N.M.,`: the party and state in brackets or between
/// commas right after a name, without the brackets.
fn party_tag_after(doc: &Doc<'_>, ts: &[Token], to: usize) -> Option<Span> {
    let end = ts.get(to.checked_sub(1)?)?.span.end;
    let after = doc.text.get(end..)?;
    // `Sen. Ann Lee, D-N.M., said`: set off by commas.
    if let Some(rest) = after.strip_prefix(", ") {
        let len = rest.bytes().take_while(|b| b.is_ascii_alphabetic() || matches!(b, b'-' | b'.')).count();
        let tag = &rest[..len];
        let closed = rest[len..].starts_with([',', ';', ')']) || rest[len..].trim_start().is_empty();
        return (closed && is_party_tag(tag)).then(|| Span::new(end + 2, end + 2 + len));
    }
    let open = after.len() - after.trim_start_matches(' ').len();
    let inner = after[open..].strip_prefix('(')?;
    let close = inner.bytes().take(24).position(|b| b == b')')?;
    let tag = &inner[..close];
    let start = end + open + 1;
    let plain = tag.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, '-' | '.' | ' ' | ','));
    (plain && is_bracketed_tag(tag)).then(|| Span::new(start, start + tag.len()))
}

/// `R-Fla.`, `D-N.M.`; `R., Ohio`, `D., N.Y.` (as some papers write it).
fn is_party_tag(w: &str) -> bool {
    let b = w.as_bytes();
    let party = b.first().is_some_and(|c| matches!(c, b'R' | b'D' | b'I'));
    if party && b.get(1) == Some(&b'-') && b.get(2).is_some_and(u8::is_ascii_uppercase) {
        return true;
    }
    // (`R., Ohio`: the state after a comma; the party's letter is one byte.)
    let Some(state) = w.get(1..).and_then(|rest| rest.strip_prefix("., ")).filter(|_| party) else { return false };
    !state.is_empty()
        && state.split(' ').count() <= 2
        && state.split(' ').all(|s| s.starts_with(|c: char| c.is_ascii_uppercase()) && !s.contains(','))
}

/// A party tag, or in brackets a state's abbreviation alone (`Sen. Ann Lee (Vt.)`).
fn is_bracketed_tag(w: &str) -> bool {
    is_party_tag(w) || w.strip_suffix('.').is_some_and(|s| Class::StateAbbreviation.has_as_written(s))
}

/// The gazetteer entry the whole run is (`The Hague`, `The Wall Street Journal`).
fn whole_run_entry(doc: &Doc<'_>, ts: &[Token], run: Run, words: &[usize]) -> Option<Gaz> {
    let end = strip_end(doc, ts, run.to);
    let whole = key(doc, ts, words[0], end);
    // (`Moody's` is a name of its own with its possessive.)
    let found = gazetteer().get(trim_possessive(&whole)).or_else(|| gazetteer().get(&whole));
    // `Hartford, Conn.` at the end of a sentence: the sentence's period is the abbreviation's too
    // (but `attended Mass.` is no state).
    let period_after = || doc.text.as_bytes().get(ts[end - 1].span.end) == Some(&b'.');
    let after_city = || words[0] > 0 && matches!(ts[words[0] - 1].span.as_str(doc.text), "," | "(");
    if found.is_none()
        && words.len() == 1
        && Class::StateAbbreviation.has_as_written(&whole)
        && period_after()
        && after_city()
    {
        return gazetteer().get(&format!("{whole}."));
    }
    found
}

/// The position in `words` of the first word after the sentence openers and function words, which
/// are not names; `None` when nothing is left. A capitalized `The` inside a sentence opens a name.
fn skip_openers(doc: &Doc<'_>, ts: &[Token], words: &[usize], initial: bool) -> Option<usize> {
    let text = |i: usize| ts[i].span.as_str(doc.text);
    let mut start = 0;
    while start < words.len() {
        let w = text(words[start]);
        let opens_sentence = initial && start == 0;
        let more_follow = words.len() > start + 1;
        let keep_the = w == "The" && !opens_sentence && more_follow;
        // A lone word is known by now not to be a function word.
        let stop = words.len() > 1 && words::is_stop(w);
        // `Transport Secretary Helen Marsh`: a word before a title's head is part of the title.
        let before_title = || words.get(start + 1).is_some_and(|&i| words::is_title_head(text(i)));
        // `Chipmaker Norvale cut jobs`, `Rival Kelby Inc said`: a company's noun opening the
        // sentence describes the name after it (but `Giant Group` and `Bank of England` are
        // names, and `Producer Ana Ruiz` has a person's role).
        let name_next = || {
            let next = text(words[start + 1]);
            is_cap(next) && !words::is_head_or_stop(next)
        };
        let company = || {
            words.last().is_some_and(|&l| {
                let l = trim_possessive(text(l));
                words::is_org_head(l) || words::is_corporate_suffix(l)
            })
        };
        let company_noun = || more_follow && name_next() && describes_company(w, company(), doc.business);
        // `Bookmakers Harlow Hill made …`, `Economists Ana Ruiz and …`: a plural noun for people
        // by what they do, opening the sentence before a name of two words, describes that name
        // (`Holders Kelbia crashed out`: or before a name the gazetteer knows.)
        let known_next = || gazetteer().get(text(words[start + 1])).is_some();
        let agents = || more_follow && name_next() && is_agent_plural(w) && (words.len() >= start + 3 || known_next());
        // `Ultra-nationalist Ana Ruiz`, `Far-right Kelby Party`: a compound ending in a lower-case
        // word is an adjective.
        let compound = || more_follow && w.rsplit_once('-').is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
        // `Neighbouring Kelbia and Carrow have …`: a participle before a known name describes it.
        let participle = || more_follow && w.len() > 5 && w.ends_with("ing") && known_next();
        // `Rugby-Late Kemp penalty …`: a wire headline's sport joined to its first word.
        let slug = || more_follow && w.split_once('-').is_some_and(|(sport, _)| Class::Sport.has(sport));
        let common_opener = opens_sentence
            && !words::is_honorific(w)
            && (stop
                || is_lower_elsewhere(doc, w) && !before_title()
                || company_noun()
                || agents()
                || compound()
                || participle()
                || slug());
        let skip = stop && !keep_the || common_opener;
        // Most words are kept: the cues that keep a skipped word are read only for the others.
        if !skip {
            break;
        }
        // `First Harbor Corp.`: inside a sentence, an opener word may begin an organization's name.
        let org_name = !opens_sentence
            && more_follow
            && words.last().is_some_and(|&l| words::is_org_head(trim_possessive(text(l))));
        let initial_letter = more_follow && is_initial(w) && is_adjacent_period(doc, ts, words[start] + 1);
        if initial_letter || org_name {
            break;
        }
        start += 1;
    }
    (start < words.len()).then_some(start)
}

/// A plural noun for people by what they do (`Bookmakers`, `Economists`, `Musicians`) or of a
/// role (`Rivals`, `Strikers`): no name of a person's begins with one.
fn is_agent_plural(w: &str) -> bool {
    let role = || w.strip_suffix('s').is_some_and(|s| crate::lexicon::with_lowercase(s, words::is_role_noun));
    !is_all_caps(w) && (w.len() > 6 && ["ers", "ors", "ists", "ians"].iter().any(|end| w.ends_with(end)) || role())
}

/// `said broker Ana Ruiz`, `Broker Ana Ruiz said: “…”`: a role that companies share with people
/// (at `role`, before the name that ends before `end`) is a person's when the name speaks in it,
/// even in a business story (but not `Analysts at broker Pryce Holt said`).
fn speaks_in_role(doc: &Doc<'_>, ts: &[Token], role: usize, end: usize) -> bool {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let said_before = role > 0 && words::is_speech_verb(text(role - 1));
    let quote_after = words::is_speech_verb(text(end)) && matches!(text(end + 1), ":" | "“" | "\"");
    said_before || quote_after
}

/// A company's noun in any case (`chipmaker`, `Charity`) that describes the name after it: one
/// that is also a person's role (`rival`, `broker`, `producer`) only when `company_name` says
/// the name is a company's, or in a business story for the roles of markets (`rival`, `broker`).
fn describes_company(w: &str, company_name: bool, business: bool) -> bool {
    let shared_role = |l: &str| words::is_role_noun(l) || words::is_firm_role(l);
    // (`Bookmakers Harlow Hill`: the plural describes a name as well.)
    crate::lexicon::with_lowercase(w, |l| {
        let l = l.strip_suffix('s').filter(|s| s.len() > 3 && !s.ends_with('s')).unwrap_or(l);
        let market_role = || business && Class::MarketRole.has(l);
        words::is_company_noun(l) && (company_name || !shared_role(l) || market_role())
    })
}

/// What the words around a name say of it.
#[derive(Default)]
struct Cues {
    /// A title, honorific or role makes it a person.
    person: bool,
    /// Role phrases: titles, roles before the name, appositives, in the order found.
    descriptors: Vec<Span>,
    /// An abbreviated title (`Sen.`, `Gen.`): the role when nothing else gives one.
    short_title: Option<Span>,
    /// A party tag after the name (`D-N.M.`), which follows the first role.
    party: Option<Span>,
}

/// `Fullback Ivo Banic`, `Ex-Minister Ana Ruiz`: a capitalized role before a name of two or more
/// words. Returns the position in `words` where the name starts after it.
fn lead_role(doc: &Doc<'_>, ts: &[Token], words: &[usize], start: usize, cues: &mut Cues) -> usize {
    if start + 1 >= words.len() {
        return start;
    }
    let text = |i: usize| ts[i].span.as_str(doc.text);
    // The role word is one look-up: it is read before the words of the name after it.
    // (`Hydrogeologist Ana Ruiz`, `Technician Bo Park`: a trade's suffix names a role too.)
    let trade = |l: &str| {
        l.len() >= 7 && ["ologist", "ographer", "ician", "ist"].iter().any(|s| l.ends_with(s)) && l.is_ascii()
    };
    let role = || {
        crate::lexicon::with_lowercase(text(words[start]), |l| {
            words::is_role_noun(l) || l.starts_with("ex-") || trade(l)
        })
    };
    // (`Striker Marcus Denver`: a surname may be a place's; `the International Coffee
    // Organisation's price`: a head with a possessive ending is no surname.)
    let rest_is_name = || {
        let rest = &words[start + 1..];
        let person = |i: usize| is_person_word(trim_possessive(text(i)));
        rest.iter().all(|&i| person(i) || gazetteer().is_place(trim_possessive(text(i))))
            && rest.iter().any(|&i| person(i))
    };
    if !(words.len() >= start + 3 && role() && rest_is_name()) {
        return start;
    }
    cues.descriptors.push(Span::new(ts[with_tenure(doc, ts, words[start])].span.start, ts[words[start]].span.end));
    cues.person = true;
    start + 1
}

/// `former Bridgeport Mayor Ana Ruiz`, `the late President`: the start of a role at token `first`
/// with the word before it that says when its holder held it.
fn with_tenure(doc: &Doc<'_>, ts: &[Token], first: usize) -> usize {
    match first.checked_sub(1) {
        Some(k) if Class::TenureModifier.has_as_written(ts[k].span.as_str(doc.text)) => k,
        _ => first,
    }
}

/// Titles and honorifics before the name (`Prime Minister`, `Mr.`) make a person, with the title as
/// a descriptor unless it is only honorifics; a place or organization before the title is pushed
/// too (`U.S. President`). Returns the position in `words` where the name starts after them.
fn titles(doc: &Doc<'_>, ts: &[Token], words: &[usize], start: usize, cues: &mut Cues, out: &mut Vec<Cand>) -> usize {
    let text = |i: usize| ts[i].span.as_str(doc.text);
    // `State Law and Order Council`, `the Grand Slam Cup`: a name that ends in an organization's
    // or an event's head is no title's.
    let last = trim_possessive(text(words[words.len() - 1]));
    if words.len() > 1 && (words::is_org_head(last) || words::is_event_head(last)) {
        return start;
    }
    let mut title_end = None;
    for (k, &i) in words.iter().enumerate().skip(start) {
        if k + 1 >= words.len() {
            break;
        }
        let after = words.len() - k - 1;
        // (`Mrs Justice Kelby`, `Lord Justice Harlow`: after a courtesy title, a weak title head
        // is a title before one name word too.)
        let courtesy_before = k > start && words::is_courtesy_title(text(words[k - 1]));
        let title =
            |t: &str| words::is_title_head(t) && (!words::is_weak_title_head(t) || after >= 2 || courtesy_before);
        let w = text(i);
        // (`the Ministry of Justice and Border Security`: a title head before `and` inside a
        // body's name is a field's word.)
        // (`the General Administration of Customs`, `the General Council of the Bar`: a body's head
        // and what it serves after a title head make the name a body's.)
        let body_after = || {
            words::is_org_of_head(text(words[k + 1]))
                && words.get(k + 2).is_some_and(|&j| matches!(text(j), "of" | "for" | "on"))
        };
        if text(words[k + 1]) == "and" || body_after() {
            continue;
        }
        if words::is_honorific(w) || title(w) || w.contains('-') && w.split('-').any(title) {
            title_end = Some(k);
        }
    }
    let Some(end) = title_end else { return start };
    // (`the State Department Visa Records Center`, `Kelby State University`: a body's head
    // right after the title word makes the word part of the body's name.)
    if words.get(end + 1).is_some_and(|&i| Class::OrgHead.has_as_written(text(i))) {
        return start;
    }
    let all_honorific = words[start..=end].iter().all(|&i| words::is_honorific(text(i)));
    let last = with_period(doc, ts, words[end] + 1) - 1;
    let role_first = with_tenure(doc, ts, words[start]);
    if !all_honorific {
        // `Conservative MP Sir Graham Pettit`: a courtesy title at the end is no part of the role.
        let role_end = (start..=end).rev().find(|&k| !words::is_courtesy_title(text(words[k]))).unwrap_or(end);
        // (`Connecticut Gov.`: an abbreviated title keeps its period.)
        let role_last = if role_end == end { last } else { words[role_end] };
        cues.descriptors.push(Span::new(ts[role_first].span.start, ts[role_last].span.end));
    } else if !words[start..=end].iter().all(|&i| words::is_courtesy_title(text(i))) {
        cues.short_title = Some(Span::new(ts[role_first].span.start, ts[last].span.end));
    }
    gazetteer_entries(doc, ts, &words[start..=end], out);
    cues.person = true;
    end + 1
}

/// The name left of a run once its front is trimmed.
struct Name<'a, 'w> {
    /// Its word tokens.
    words: &'w [usize],
    /// One past its last token, without a period that ends the sentence.
    end: usize,
    /// From its first word to its end, without a possessive ending.
    span: Span,
    /// Its first word.
    first_word: &'a str,
    /// Its last word, without a possessive ending.
    last_word: &'a str,
    /// Whether it has an organization's head ([`Name::has_org_head`]), read once for the steps
    /// that ask.
    org_head: bool,
}

impl<'a, 'w> Name<'a, 'w> {
    /// The name from position `start` of `words`; `None` when no word is left.
    fn new(doc: &Doc<'a>, ts: &[Token], run: Run, words: &'w [usize], start: usize) -> Option<Name<'a, 'w>> {
        let name_words = words.get(start..).filter(|w| !w.is_empty())?;
        let (first, last) = (name_words[0], *name_words.last()?);
        // `Archbishop of Cape Town`, `Director of Intelligence`: after a title, `of` opens what
        // the title is of, not a name; a name may follow it (`Minister of Infrastructure Paulo
        // Lemos`): the last two words, or three with a middle initial.
        if ts[first].span.as_str(doc.text).starts_with(char::is_lowercase) {
            let domain_and_name = name_words.iter().skip_while(|&&w| is_lower(doc, &ts[w])).count();
            if domain_and_name < 3 {
                return None;
            }
            let mut from = words.len() - 2;
            if ts[words[from]].span.as_str(doc.text).len() == 1 {
                from -= 1;
            }
            return Name::new(doc, ts, run, words, from);
        }
        let end = strip_end(doc, ts, run.to);
        let last_text = ts[last].span.as_str(doc.text);
        let possessive = possessive_len(last_text);
        let cut = if end - 1 == last { possessive } else { 0 };
        let mut name = Name {
            words: name_words,
            end,
            span: Span::new(ts[first].span.start, ts[end - 1].span.end - cut),
            first_word: ts[first].span.as_str(doc.text),
            last_word: &last_text[..last_text.len() - possessive],
            org_head: false,
        };
        name.org_head = name.has_org_head(doc, ts);
        Some(name)
    }
}

impl Name<'_, '_> {
    /// A name of two or more words with an organization's head: last (`Kelby News Agency`), or
    /// first or inside before `of`, `for` or `on` (`Union of …`, `Centers for …`, `Kelby Center
    /// for Justice`).
    fn has_org_head(&self, doc: &Doc<'_>, ts: &[Token]) -> bool {
        let text = |i: usize| ts[i].span.as_str(doc.text);
        let inner = |i: &usize| matches!(text(*i), "of" | "for" | "on");
        // (`Commission des Opérations de Bourse`, `Banco do Brasil`: the same in another language.)
        let foreign = |i: &usize| words::is_name_connector(text(*i));
        let org_of = || words::is_org_of_head(self.first_word) && self.words.iter().any(|i| inner(i) || foreign(i));
        // `Kelby Center for Justice`, `Harlow Institute on Aging`, `Carrow School of Economics`: a
        // head inside, before what it serves (not a place's head before `of`: `Federal Republic
        // of Kelbia`).
        let purpose = || {
            self.words.windows(2).any(|w| {
                let head = text(w[0]);
                let of_place = text(w[1]) == "of" && words::is_place_head(head);
                words::is_org_of_head(head) && inner(&w[1]) && !of_place
            })
        };
        // `the U.N. Monitoring Force in Kelbia`, `Minority Rights in Kelbia`: the run reads `in` into a
        // name only as the place where a body works.
        let works_in = || self.words.iter().any(|&i| text(i) == "in");
        self.words.len() > 1 && (words::is_org_head(self.last_word) || org_of() || purpose() || works_in())
    }
}

/// `Moscow-based`, `Hong Kong-listed`, `U.N.-sponsored`: a name inside a modifier describes what
/// follows; it is no mention of a place or body taking part in the story.
fn is_modifier(doc: &Doc<'_>, ts: &[Token], words: &[usize]) -> bool {
    let Some(&last) = words.last() else { return false };
    let last = ts[last].span;
    let after = doc.text.get(last.end..).unwrap_or("");
    // (`U.N.-sponsored`: the abbreviation's period may stand apart from its word.)
    let suffix = after.strip_prefix('.').unwrap_or(after).strip_prefix('-').is_some_and(|rest| {
        let tail = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
        !tail.is_empty() && tail.chars().all(char::is_lowercase) && (tail.ends_with("ed") || tail == "born")
    });
    suffix || has_participle_suffix(last.as_str(doc.text))
}

/// Table headings (`W D L G`) are letters, not names.
fn is_table_heading(doc: &Doc<'_>, ts: &[Token], name: &Name<'_, '_>) -> bool {
    let letters = name.words.iter().all(|&i| ts[i].span.as_str(doc.text).chars().count() == 1);
    let last = name.words[name.words.len() - 1];
    letters && !is_adjacent_period(doc, ts, last + 1)
}

/// Role nouns before the name (`presidential spokesman Ivo Banic`) and appositives after it
/// (`, a senior adviser to …,`) and before it (`The regional governor, …,`).
fn context_cues(doc: &Doc<'_>, ts: &[Token], run: Run, cues: &mut Cues) {
    if let Some(tag) = party_tag_after(doc, ts, run.to) {
        cues.party = Some(tag);
        // (A state alone also follows a county or a city: `Kelby County (Ariz.)`.)
        cues.person |= is_party_tag(tag.as_str(doc.text));
    }
    // (In a business story, `rival Kelby Ames` and `broker Pryce Holt` are companies; so is
    // `Analysts at broker Pryce Holt` anywhere, where someone works.)
    let market_role = run.from > 0
        && word(doc, &ts[run.from - 1]).is_some_and(|w| describes_company(w, false, true))
        && (doc.business || employer_cue(doc, ts, run))
        && !speaks_in_role(doc, ts, run.from - 1, run.to);
    if let Some(role) = role_before(doc, ts, run.from).filter(|_| !market_role) {
        cues.descriptors.push(role);
        cues.person = true;
    }
    // `Sen. Ann Lee, D-N.M., a member of …`: the appositive after the party tag.
    let after_tag = cues.party.map_or(run.to, |tag| {
        let k = ts[run.to..].iter().position(|t| t.span.start >= tag.end).map_or(run.to, |k| run.to + k);
        if ts.get(k).is_some_and(|t| t.span.as_str(doc.text) == ")") { k + 1 } else { k }
    });
    if let Some(appositive) = appositive_after(doc, ts, after_tag) {
        cues.descriptors.push(appositive);
    }
    if life_after(doc, ts, run.to) {
        cues.person = true;
    }
    if let Some(appositive) = appositive_before(doc, ts, run.from, run.to) {
        cues.descriptors.push(appositive);
        cues.person = true;
    }
}

/// The gazetteer entry the trimmed name is (untrimmed, it is the whole run, looked up first).
fn trimmed_entry(doc: &Doc<'_>, ts: &[Token], words: &[usize], name: &Name<'_, '_>) -> Option<Gaz> {
    if name.words[0] == words[0] {
        return None;
    }
    gazetteer().get(trim_possessive(&key(doc, ts, name.words[0], name.end)))
}

/// `U.S. Flag Day`, `NATO Kosovo`: a gazetteer name before an event or another name is pushed on
/// its own and the rest classified again; `U.S. Treasury` stays one organization. True when split.
fn gazetteer_split(doc: &Doc<'_>, ts: &[Token], run: Run, name: &Name<'_, '_>, out: &mut Vec<Cand>) -> bool {
    if name.words.len() < 2 {
        return false;
    }
    let Some((k, entry)) = gazetteer_prefix(doc, ts, name.words) else { return false };
    let rest = &name.words[k..];
    let named = gazetteer().get(ts[rest[0]].span.as_str(doc.text)).is_some_and(|r| !matches!(r, Gaz::Org(_)));
    // `the Kelbia Muslim League`, `the Kelbia African National Union`: a country's people's
    // body keeps the country in its name.
    let peoples_body = || {
        matches!(entry, Gaz::Place(_))
            && gazetteer().get(ts[rest[0]].span.as_str(doc.text)) == Some(Gaz::Demonym)
            && (words::is_org_head(name.last_word) || name.last_word == "League")
    };
    if !named || peoples_body() {
        return false;
    }
    // `the Harlow Indians`: a city's name before a people's name in the plural is a team's,
    // after an article or in a sports report (not `Many Harlow Italians voted`).
    let team = (doc.sports || article_before(doc, ts, run))
        && matches!(entry, Gaz::Place(id) if gazetteer().is_city(id))
        && rest.len() == 1
        && gazetteer().get(ts[rest[0]].span.as_str(doc.text)) == Some(Gaz::Demonym)
        && ts[rest[0]].span.as_str(doc.text).ends_with('s');
    if team {
        out.push(Cand::new(name.span, Some(EntityKind::Organization), Confidence::Medium, name.words.len()));
        return true;
    }
    push_gaz(doc, ts, name.words[0], with_period(doc, ts, name.words[k - 1] + 1), entry, out);
    classify(doc, ts, Run { from: rest[0], to: run.to }, false, out);
    true
}

/// Whether a minister's portfolio or a member's seat stands before token `from`: a title head (or
/// `Member`) and `for`, or a minister or secretary and `of`, then capitalized words, `and` and
/// commas up to it (`Minister for Roads and Transport Ana Ruiz`, `Member for Orange Ana Ruiz`,
/// `Minister of Arts and Culture, Ana Ruiz`).
fn portfolio_before(doc: &Doc<'_>, ts: &[Token], from: usize) -> bool {
    const MAX_BACK: usize = 8;
    let text = |i: usize| ts[i].span.as_str(doc.text);
    // (`the Secretary for Culture, Media and Sport, Ana Ruiz,`, `MP for Henley, Oxfordshire,`: a
    // comma right before the name sets it apart.)
    if from >= 1 && text(from - 1) == "," {
        return false;
    }
    let mut k = from;
    while k >= 2 && from - k < MAX_BACK {
        let w = text(k - 1);
        if w == "for" {
            let title = text(k - 2);
            return words::is_title_head(title) || title == "Member";
        }
        // (Not `the Mayor of Kelby`, `the President of Kelbia`: those are of a place.)
        if w == "of" {
            let title = text(k - 2);
            return matches!(title, "Minister" | "Secretary" | "Undersecretary") && k < from;
        }
        if !(w == "and" || w == "," || w == "&" || w.starts_with(char::is_uppercase)) {
            return false;
        }
        k -= 1;
    }
    false
}

/// The most words of the first of two names joined by `and` that a noun before them describes.
const MAX_PARTNER_WORDS: usize = 4;

/// What the shape of a name and its cues say it is.
enum Shape {
    /// A kind, this sure.
    Kind(EntityKind, Confidence),
    /// A lone word the document may type, with a weak cue if there is one.
    Hint(Option<EntityKind>),
    /// The run from here is classified again (`Brazilian Ana Ruiz`: the name after the demonym).
    Again(Run),
    /// Not a name of anything the pass reports (an event, a thing).
    Nothing,
    /// A ship's name (`the frigate Kelby`): nowhere in the story is it a person's or a body's.
    Vessel,
}

/// The kind of a name from its cues and its words: a person by a title, role or initial; an event
/// or thing by its head or the noun after it; an organization or place by its head; an acronym;
/// a team or company named after a place; two or more name words; or a hint for a lone word.
fn kind_by_shape(doc: &Doc<'_>, ts: &[Token], run: Run, name: &Name<'_, '_>, person: bool) -> Shape {
    let text = |i: usize| ts[i].span.as_str(doc.text);
    let n = name.words.len();
    let last = name.last_word;
    let next_word = ts.get(run.to).and_then(|t| word(doc, t));
    // `Harlow & Benning`, `R.T. Caldwell & Sons`: an ampersand joins the names of a firm.
    if names_vessel(doc, ts, run, name) {
        return Shape::Vessel;
    }
    if is_ticker(doc, ts, run) {
        return Shape::Nothing;
    }
    // `the MP for Kelby North`: a member's seat is a place.
    let member_for =
        run.from >= 2 && text(run.from - 1) == "for" && matches!(text(run.from - 2), "MP" | "MEP" | "MSP" | "MLA");
    if member_for {
        return Shape::Kind(EntityKind::Place, Confidence::Medium);
    }
    // `Minister for Housing Declan Vale`: after a title and `for`, the portfolio comes first and
    // the holder's name last; a portfolio of one word alone (`the Minister for Health, Ana
    // Ruiz,`) names no one. (Not after a role's noun: `a spokesman for Ana Ruiz`.)
    let portfolio = portfolio_before(doc, ts, run.from);
    // (Two words are a portfolio when more of the list follows: `Minister for Regional Roads and
    // Transport Ana Ruiz`.)
    let listed = || n == 2 && ts.get(run.to).is_some_and(|t| matches!(t.span.as_str(doc.text), "and" | "," | "&"));
    // (`Undersecretary for Cultural Affairs at …`: two words that end as a portfolio does.)
    let field = || Class::PortfolioNoun.has_as_written(name.last_word);
    if portfolio && !person && (n != 2 || listed() || field()) {
        if n <= 2 {
            return Shape::Nothing;
        }
        let initial = text(name.words[n - 2]).len() == 1 || is_adjacent_period(doc, ts, name.words[n - 2] + 1);
        let from = name.words[n - if initial && n >= 4 { 3 } else { 2 }];
        return Shape::Again(Run { from, to: run.to });
    }
    // `the official Kelby news agency`: a role before it (`official`) makes it no one.
    let after = |k: usize| ts.get(run.to + k).map_or("", |t| t.span.as_str(doc.text));
    // (`State news agency BTA said`: a sentence's first word there is an adjective.)
    let opens = n == 1 && run.from == first_word(ts);
    if after(0) == "news" && matches!(after(1), "agency" | "service") && !opens {
        return Shape::Kind(EntityKind::Organization, Confidence::Strong);
    }
    let ampersand = ts[name.words[0]..name.end].iter().any(|t| t.span.as_str(doc.text) == "&");
    if n > 1 && ampersand && !person {
        return Shape::Kind(EntityKind::Organization, Confidence::Medium);
    }
    // `Mexican Ana Ruiz, 30,`: the demonym is a descriptor's word, not the name, even when the
    // name has a person's cue.
    // The gazetteer is asked only for a person's name of several words: the look-up is not cheap.
    if person && n > 1 {
        if let Some(Part::Demonym(k)) = gazetteer_part(doc, ts, name.words) {
            if let Some(&from) = name.words.get(k) {
                return Shape::Again(Run { from, to: run.to });
            }
        }
    }
    // `S. Korean officials`: a people's adjective; `Revenue N / A`: a table's cells. Neither is a
    // name, whatever cue stands around it.
    let lone_letter = || last.chars().count() == 1 && !is_roman(last) && !is_adjacent_period(doc, ts, name.end);
    let demonym = || {
        gazetteer().get(last) == Some(Gaz::Demonym)
            || words::is_compass_word(name.first_word) && is_demonym_shaped(last)
    };
    // (`Harlow Celtic 2 Carrow 1`: a side of a score line may end in a people's adjective.)
    let side = || doc.sports && in_team_row(doc, ts, run);
    if n > 1 && (demonym() && !side() || lone_letter()) {
        return Shape::Nothing;
    }
    // `YouGov said`, `rival WestJet`: a brand's word is no one's name. It is a company's when it
    // acts as a person would; else it may be a product's (`PlayStation`), or a handle's
    // (`@KelbyNews`, `#KelbyVotes`), and only other cues type it.
    if n == 1 && is_brand_shaped(last) {
        let handle = doc.text[..ts[run.from].span.start].ends_with(['@', '#']);
        let acts = person || next_word.is_some_and(words::is_speech_verb);
        return match hint(doc, ts, run, next_word) {
            _ if handle => Shape::Nothing,
            _ if acts => Shape::Kind(EntityKind::Organization, Confidence::Medium),
            Some(EntityKind::Person) | None => Shape::Hint(None),
            other => Shape::Hint(other),
        };
    }
    // `as Chief Medical Officer.`, `the Executive Director`: a job's title with no name after it
    // names the office.
    let name_after = || next_word.is_some_and(is_cap);
    if n > 1 && words::is_office_head(last) && !name_after() {
        return Shape::Nothing;
    }
    if person || opens_with_initial(doc, ts, name) || has_syllable_given_name(name) {
        return Shape::Kind(EntityKind::Person, Confidence::Strong);
    }
    // `© 2025 Kelby Standard`, `Copyright 2024 Harlow Ledger`: the holder of a copyright is the
    // publisher.
    let copyright = run.from >= 2
        && ts[run.from - 1].kind == TokenKind::Number
        && matches!(ts[run.from - 2].span.as_str(doc.text), "©" | "Copyright" | "copyright");
    if copyright {
        return Shape::Kind(EntityKind::Organization, Confidence::Strong);
    }
    // `north of Sioux Lookout, Ont.`, `in Kelby Falls, Calif.`: a town before its state's or
    // province's abbreviation.
    let state_after = ts.get(run.to).is_some_and(|t| t.span.as_str(doc.text) == ",")
        && ts.get(run.to + 1).is_some_and(|t| Class::StateAbbreviation.has_as_written(t.span.as_str(doc.text)))
        && is_adjacent_period(doc, ts, run.to + 2);
    if state_after {
        return Shape::Kind(EntityKind::Place, Confidence::Medium);
    }
    // `the charity Harlow Street Kitchen`, `Retailer Kelso Baker said`: a company's noun before a
    // longer name types it; in a business story, so does a role that companies share with people
    // (`rival Kelso Baker`, `broker Kelso Baker`).
    let noun_before = || {
        let Some(at) = name.words[0].checked_sub(1) else { return false };
        let plain = word(doc, &ts[at]).is_some_and(|w| describes_company(w, false, false));
        let market = || {
            word(doc, &ts[at]).is_some_and(|w| describes_company(w, false, doc.business))
                && !speaks_in_role(doc, ts, at, run.to)
        };
        plain || market()
    };
    // (`freight forwarders Kestrel Ames and Linden Shaw`: a plural one before two names joined by
    // `and` describes both; so does one that opens the sentence, `Rivals Kestrel Ames and …`.)
    let pair_noun_before = || {
        let Some(and) = name.words[0].checked_sub(1).filter(|&i| text(i) == "and") else { return false };
        let plural_noun =
            |i: usize| word(doc, &ts[i]).is_some_and(|w| w.ends_with('s') && describes_company(w, false, doc.business));
        let mut k = and;
        while k > 0 && and - k < MAX_PARTNER_WORDS && is_cap(text(k - 1)) {
            if k < and && plural_noun(k - 1) {
                return true;
            }
            k -= 1;
        }
        k < and && k.checked_sub(1).is_some_and(plural_noun)
    };
    if n > 1 && (noun_before() || pair_noun_before()) {
        return Shape::Kind(EntityKind::Organization, Confidence::Strong);
    }
    // `retailers such as Thrift Circle`, `carmakers including Kelby Motor`: one of the companies
    // named before it (not `rivals such as Ana Ruiz`, whose rivals may be people, but in a
    // business story).
    let among_companies = || {
        let k = if run.from >= 2 && text(run.from - 1) == "as" && text(run.from - 2) == "such" {
            run.from - 2
        } else if run.from >= 1 && text(run.from - 1) == "including" {
            run.from - 1
        } else {
            return false;
        };
        let noun = k.checked_sub(1).map(|i| text(i).trim_end_matches(',')).unwrap_or("");
        let noun = if noun.is_empty() { k.checked_sub(2).map_or("", text) } else { noun };
        noun.ends_with('s') && describes_company(noun, false, doc.business)
    };
    if n > 1 && among_companies() {
        return Shape::Kind(EntityKind::Organization, Confidence::Strong);
    }
    // `the Kelby Composite index`, `the Kelby industrial average`: a thing's name, one word before its noun.
    let after_next = ts.get(run.to + 1).and_then(|t| word(doc, t));
    let thing_after =
        next_word.is_some_and(|w| w.starts_with(char::is_lowercase)) && after_next.is_some_and(words::is_thing_noun);
    // `COVID-19`, `Under-21`, `the Kelby PMI`: a code with a number, or a name ending in a thing's
    // abbreviation, names a thing.
    // (`H-1B`, `F-35A`: a code's part after the hyphen opens with a digit.)
    let coded = n == 1
        && last.rsplit_once('-').is_some_and(|(_, d)| {
            d.bytes().next().is_some_and(|b| b.is_ascii_digit()) && d.bytes().all(|b| b.is_ascii_alphanumeric())
        });
    let thing_last = n > 1 && words::is_thing_abbreviation(last);
    // (`the Institute for the Study of War`, `the Organisation of Kelbian Conference`: a body's
    // head before what it serves outweighs an event's head at the end.)
    let serves =
        || words::is_org_of_head(name.first_word) && name.words.iter().any(|&i| matches!(text(i), "of" | "for" | "on"));
    // (`the Kelby Institute of Architects' Gold Award`: after a possessive, the event is the body's.)
    let owned = || {
        ts[name.words[0]..name.end].iter().any(|t| {
            let w = t.span.as_str(doc.text);
            matches!(w, "'" | "’") || possessive_len(w) > 0
        })
    };
    let inner_head = name.org_head && (!words::is_org_head(last) || serves()) && !owned();
    let league = last == "League" && (leagues_a_body(doc, ts, name) || acronym_after(doc, ts, run.to, name));
    let event = words::is_event_head(last) && !inner_head && !league;
    if next_word.is_some_and(words::is_thing_noun) || thing_after || coded || thing_last || event {
        return Shape::Nothing;
    }
    if league {
        return Shape::Kind(EntityKind::Organization, Confidence::Medium);
    }
    // `Carrow Town 10 6 2 2 20`, `Harlow Athletic 2 Carrow Town 1`: a side in a table or score
    // line; `against Carrow City`: a town's name for its side.
    let town_side = words::is_club_place_head(last) && !is_located(doc, ts, run.from, run.to);
    // (An entrant's team and a player's club are ones in any story: no sports report needs to be
    // recognized first.)
    if n > 1
        && (doc.sports && (town_side || in_team_row(doc, ts, run) || team_contest(doc, ts, run))
            || doc.sports_slug && town_side
            || entrants_team(doc, ts, run)
            || club_after_player(doc, ts, run.from, run.to))
    {
        return Shape::Kind(EntityKind::Organization, Confidence::Medium);
    }
    // `the Khyber Eagles`, `Harlow Titans 24 Kelby Chiefs 18`: a team's nickname ends the name.
    // (Not after a people's name, which is read below: `British and Irish Lions`; nor `The Stars`
    // alone.)
    let named_team =
        || !matches!(name.first_word, "The" | "THE") && gazetteer().get(name.first_word) != Some(Gaz::Demonym);
    if (2..=3).contains(&n) && words::is_team_nickname(last) && named_team() {
        return Shape::Kind(EntityKind::Organization, Confidence::Medium);
    }
    // `Port Rashid`, `Fort Kelby`: a port's or fort's name is a place's
    // (a side's in a score line or table, read above: `Port Denholm 0 Kelby Rovers 3`).
    if n == 2 && matches!(name.first_word, "Port" | "Fort") && !words::is_head_or_stop(last) {
        return Shape::Kind(EntityKind::Place, Confidence::Medium);
    }
    // `the Kelby Research Center`, `Harlow Medical Centre`: an institution, not a venue; so is a
    // district that runs a service (`the Kelby School District`, `Harlow Health District`).
    let institute =
        || matches!(last, "Center" | "Centre" | "District") && words::is_institute_word(text(name.words[n - 2]));
    if name.org_head || n > 1 && institute() {
        return Shape::Kind(EntityKind::Organization, Confidence::Medium);
    }
    // (`Carrow City` is a place; `Manchester City`, a known city's name again, is left to the
    // gazetteer's reading of its city as a team.)
    let town = || words::is_club_place_head(last) && gazetteer_part(doc, ts, name.words).is_none();
    // `Ana Castle, who led …`: a place's head as a family name, before a cue only a person's name
    // takes (not `said`: `Long Beach said`).
    let family_name = || is_person_word(name.first_word) && who_or_role_after(doc, ts, run.to);
    if n == 2 && words::is_place_head(last) && family_name() {
        return Shape::Kind(EntityKind::Person, Confidence::Medium);
    }
    if n > 1 && (words::is_place_head(last) || town()) {
        return Shape::Kind(EntityKind::Place, Confidence::Medium);
    }
    // `the Morning Courier newspaper`, `Korlu Bay airport`: the noun after a longer name types it.
    if n > 1 && noun_of_body_after(doc, ts, run.to) {
        // (`Kelso Baker's shares`, `Kelso Baker shares fell 2%`: a company's sure cue.)
        let moved = matches!(next_word, Some("shares" | "stock"))
            && ts.get(run.to + 1).and_then(|t| word(doc, t)).is_some_and(|w| Class::PriceMoveVerb.has_as_written(w));
        let sure = moved || company_cue_after(doc, ts, run) == Some(Confidence::Strong);
        return Shape::Kind(EntityKind::Organization, if sure { Confidence::Strong } else { Confidence::Medium });
    }
    // `the coastal town of Bou Kelra`, `Korlu Bay airport`: a longer name is that place; so is a
    // single word after a place's noun and `of` (`the mayor of Vaslui`, whoever is named beside it).
    if place_nouns_around(doc, ts, run, if n > 1 { next_word } else { None }) {
        return Shape::Kind(EntityKind::Place, Confidence::Medium);
    }
    // `NOTE - …`, `ISSUE: …`: a capitals word that opens a line before a colon or dash is a label.
    let label = run.from == first_word(ts)
        && ts.get(run.to).is_some_and(|t| t.kind == TokenKind::Dash || t.span.as_str(doc.text) == ":");
    // `KRAKOW - Leaders meet …`: an item of a diary opens with its place, in capitals.
    let dash = ts.get(run.to).is_some_and(|t| t.kind == TokenKind::Dash);
    if label && dash && matches!(gazetteer().get_upper(&key(doc, ts, run.from, run.to)), Some(Gaz::Place(_))) {
        return Shape::Kind(EntityKind::Place, Confidence::Strong);
    }
    let acronym = n == 1 && is_acronym(doc, last);
    // `the 737 MAX jets`: capitals after a model's number name a model, not a body (but `the 1996
    // NBA season`: a year is no model's number).
    let model = || {
        run.from.checked_sub(1).map(|i| &ts[i]).is_some_and(|t| {
            let w = t.span.as_str(doc.text);
            t.kind == TokenKind::Number && w.len() >= 3 && !w.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y))
        })
    };
    if acronym && (label || !doc.sports && model()) {
        return Shape::Nothing;
    }
    if acronym && (doc.sports || !followed_by_number(ts, run.to)) {
        return Shape::Kind(EntityKind::Organization, Confidence::Medium);
    }
    if n > 1 && (compass_place(doc, ts, name) || place_of_place(doc, ts, name)) {
        return Shape::Kind(EntityKind::Place, Confidence::Medium);
    }
    // `in Kelby Falls`, `near Port Avon`: after a place's preposition a longer name is a place.
    let prev = run.from.checked_sub(1).and_then(|i| word(doc, &ts[i]));
    let possessive = || ts.get(name.end - 1).is_some_and(|t| possessive_len(t.span.as_str(doc.text)) > 0);
    let role_after = || appositive_after(doc, ts, run.to).is_some();
    // `shares in Kelso Baker`: a company, though `in` stands before it.
    if n > 1 && shares_of(doc, ts, run.from) {
        return Shape::Kind(EntityKind::Organization, Confidence::Strong);
    }
    if home_after_age(doc, ts, run.from) {
        return Shape::Kind(EntityKind::Place, Confidence::Medium);
    }
    if n > 1 && employer_cue(doc, ts, run) {
        return Shape::Kind(EntityKind::Organization, Confidence::Medium);
    }
    if n > 1 && published_in(doc, ts, run.from) {
        return Shape::Kind(EntityKind::Organization, Confidence::Medium);
    }
    if n > 1 && prev.is_some_and(words::is_place_preposition) && !possessive() && !role_after() {
        return Shape::Kind(EntityKind::Place, Confidence::Medium);
    }
    match gazetteer_part(doc, ts, name.words) {
        // `the American Association of Port Authorities`: a demonym opens the name of a body
        // named `X of Y`.
        Some(Part::Demonym(k))
            if name.words.get(k).is_some_and(|&i| words::is_org_of_head(text(i)))
                && name.words[k..].iter().any(|&i| text(i) == "of") =>
        {
            return Shape::Kind(EntityKind::Organization, Confidence::Medium);
        }
        // `the South Kelbian Red Cross`: a known body of a people.
        Some(Part::Demonym(k))
            if n > k + 1 && matches!(gazetteer().get(&key(doc, ts, name.words[k], name.end)), Some(Gaz::Org(_))) =>
        {
            return Shape::Kind(EntityKind::Organization, Confidence::Medium);
        }
        // `Brazilian Ana Ruiz`: the demonym is a descriptor's word, not the name.
        Some(Part::Demonym(k)) => {
            return match name.words.get(k) {
                Some(&from) => Shape::Again(Run { from, to: run.to }),
                None => Shape::Nothing,
            };
        }
        // A player with a country in brackets is a person (`Ana Ruiz (Chile)`).
        // `senator for Queensland Ana Ruiz`, `MP for Kelby Bo Lee`: the seat before the member's
        // name (the place is dropped with it).
        Some(Part::Team) if n >= 3 && seat_before_name(doc, ts, run, name) => {
            return Shape::Again(Run { from: name.words[1], to: run.to });
        }
        Some(Part::Team) if country_in_brackets(doc, ts, run.to) => {
            return Shape::Kind(EntityKind::Person, Confidence::Medium);
        }
        Some(Part::Team) if doc.sports && at_the_venue(doc, ts, run) => {
            return Shape::Kind(EntityKind::Place, Confidence::Weak);
        }
        Some(Part::Team) => {
            return match named_after_place(doc, ts, run, name) {
                Some(confidence) => Shape::Kind(EntityKind::Person, confidence),
                None => Shape::Kind(EntityKind::Organization, Confidence::Weak),
            };
        }
        None => {}
    }
    // `City Hall`, `Town Council`: no one's first name is a town's.
    // `the Harlow University/Kelby Globe Poll`: two names joined by a slash are no one's (but
    // `Ana Ruiz/AP` is a photographer's credit).
    let slashed = || {
        name.words
            .iter()
            .any(|&i| text(i).split_once('/').is_some_and(|(a, b)| is_cap(a) && is_cap(b) && !Class::SignOff.has(b)))
    };
    if n > 1 && slashed() {
        return if name.org_head { Shape::Kind(EntityKind::Organization, Confidence::Medium) } else { Shape::Nothing };
    }
    // `St Helens`, `Mt. Kenya`: a place's abbreviation opens no one's name (but `St. Agnes
    // Academy` has its head).
    // `Dallas-Fort Worth`, `Raleigh-Durham`: two known places joined by a hyphen are one area.
    let joined_places = || {
        let Some((a, b)) = name.first_word.split_once('-') else { return false };
        let rest: Vec<&str> = std::iter::once(b).chain(name.words[1..].iter().map(|&i| text(i))).collect();
        let place = |w: &str| matches!(gazetteer().get(w), Some(Gaz::Place(_)));
        place(a) && place(&rest.join(" "))
    };
    if joined_places() {
        return Shape::Kind(EntityKind::Place, Confidence::Medium);
    }
    let place_opener = Class::PlaceAbbreviation.has_as_written(name.first_word.trim_end_matches('.'));
    if n > 1 && place_opener && !name.org_head {
        return Shape::Kind(EntityKind::Place, Confidence::Weak);
    }
    let town_first = words::is_club_place_head(name.first_word);
    if n > 1 && !town_first && is_person_name(doc, ts, run, name) {
        // `the film “Harbor Lights”`: a name that fills a quotation is the title of a work.
        if fills_quotation(doc, ts, run) {
            return Shape::Nothing;
        }
        // `a new Kelby Watch` after the gazetteer's company `Kelby`: its product or unit, no one.
        if n == 2 && matches!(gazetteer().get(name.first_word), Some(Gaz::Org(_))) {
            return Shape::Hint(None);
        }
        // `Democracy Wall`, `Human Rights`: words the story also writes in lower case name a person
        // only when the rest of the story says so (`Mr. Price` for `Mark Price`).
        if name.words.iter().all(|&i| is_lower_elsewhere(doc, text(i))) {
            return Shape::Hint(None);
        }
        // `the first division team Carrow Rovers`, `tyre maker Castaldi Group`, `Castaldi Group's shares`.
        // `published by Prensa Nueva`, `broadcast by Kelby Vision`: a publisher or broadcaster.
        let before_by = run.from.checked_sub(2).and_then(|i| word(doc, &ts[i]));
        let publisher =
            prev == Some("by") && before_by.is_some_and(|w| matches!(w, "published" | "broadcast" | "aired"));
        // A company's cue outweighs the shape of a person's name in the document's vote.
        if publisher {
            return Shape::Kind(EntityKind::Organization, Confidence::Strong);
        }
        if let Some(confidence) = company_cue_after(doc, ts, run) {
            return Shape::Kind(EntityKind::Organization, confidence);
        }
        // `analyst Tom Reeve of Peel Hunt`: after a role, a person's full name and `of`, the
        // employer (`Daughter of Tom Kelby` is no such full name).
        let cap = |k: usize| ts.get(k).and_then(|t| word(doc, t)).is_some_and(|w| w.starts_with(char::is_uppercase));
        let full_name_before = run.from >= 3 && cap(run.from - 2) && cap(run.from - 3);
        if prev == Some("of") && full_name_before {
            let from = run.from.saturating_sub(7);
            let role = ts[from..run.from - 1]
                .iter()
                .filter_map(|t| word(doc, t))
                .any(|w| crate::lexicon::with_lowercase(w, words::is_role_noun));
            if role && !crate::lexicon::with_lowercase(text(run.from - 2), words::is_role_noun) {
                return Shape::Kind(EntityKind::Organization, Confidence::Medium);
            }
        }
        // `at Carrow Park on Thursday`: a venue; but `an analyst at Harlow Brothers` is the employer.
        if prev == Some("at") {
            let role_before = run.from.checked_sub(2).and_then(|i| word(doc, &ts[i])).is_some_and(words::is_role_noun);
            let kind = if role_before { EntityKind::Organization } else { EntityKind::Place };
            return Shape::Kind(kind, Confidence::Weak);
        }
        // `the Harlow Hornets`, `the Holy Well`, `a Kelby Watch`: a person's name takes no article
        // (but a title does: `the Grand Duke Anton`). In a sports report, `the Harlow Hawks` is a
        // side.
        // (`The Harlow Hawks beat …`: the sentence's opening `The` is the name's article.)
        let opening_the = name.words[0] > run.from && text(name.words[0] - 1) == "The";
        if (article_before(doc, ts, run) || opening_the) && !name.words.iter().any(|&i| words::is_title_head(text(i))) {
            // (`the Kelby Cup 96 tournament`, `the Kelby Breeders Stakes` across a line: an event.)
            let event_after = ts.get(run.to).is_some_and(|t| t.kind == TokenKind::Number)
                || next_word.is_some_and(|w| w.starts_with(char::is_uppercase));
            if doc.sports && at_the_venue(doc, ts, run) {
                return Shape::Kind(EntityKind::Place, Confidence::Weak);
            }
            if doc.sports && (prev == Some("the") || opening_the) && !event_after {
                return Shape::Kind(EntityKind::Organization, Confidence::Medium);
            }
            // `the Harlow Hawks`, `The Kelby Brothers`: a name in the plural after an article is a
            // side's or a group's.
            // (Not an event's, `the Star Wars films`, nor a place's or family's name with a
            // joined prefix, `the Van Nuys plant`.)
            let plural = !words::is_name_prefix(name.first_word)
                && last.len() > 3
                && last.ends_with('s')
                && !last.ends_with("ss")
                && possessive_len(last) == 0
                && !words::is_event_head(&last[..last.len() - 1]);
            if plural && !event_after {
                return Shape::Kind(EntityKind::Organization, Confidence::Medium);
            }
            return Shape::Hint(None);
        }
        // `Harlow Capital analyst Jane Moreau`: a name before a role and another name is an employer.
        // `Air Maple`, `Radio Harlow`: a word that opens organizations' names is no one's first name.
        let opener = n == 2 && words::is_org_opener(name.first_word);
        let kind =
            if opener || employer_before_role(doc, ts, run.to) { EntityKind::Organization } else { EntityKind::Person };
        return Shape::Kind(kind, Confidence::Medium);
    }
    if n == 1 {
        return Shape::Hint(hint(doc, ts, run, next_word));
    }
    Shape::Nothing
}

/// Whether every word of a name can be a person's (`Ana Ruiz`); the last may be a title that is
/// also a family name after a given name no lexicon knows and no article (`Ronnie King`, but
/// not `Vice Chancellor`, `Deputy Mayor` or `a Kelby King plant`).
fn is_person_name(doc: &Doc<'_>, ts: &[Token], run: Run, name: &Name<'_, '_>) -> bool {
    let text = |i: usize| ts[i].span.as_str(doc.text);
    let Some((&last, given)) = name.words.split_last() else { return false };
    let surname_title = || {
        words::is_surname_title(name.last_word)
            && !matches!(run.from.checked_sub(1).and_then(|k| word(doc, &ts[k])), Some("a" | "an" | "the"))
            && given.iter().all(|&i| {
                let w = text(i);
                !crate::lexicon::with_lowercase(w, |l| words::is_role_modifier(l) || words::is_role_noun(l))
                    && !is_lower_elsewhere(doc, w)
            })
    };
    // `Minority Rights`, `Marine Sciences`: a field's noun in the plural is no one's surname.
    let field = || name.last_word.ends_with('s') && words::is_institute_word(name.last_word);
    // `Special Adviser`, `Senior Counsel`: a role's words are no one's name.
    let role = || {
        name.words
            .iter()
            .all(|&i| crate::lexicon::with_lowercase(text(i), |l| words::is_role_modifier(l) || words::is_role_noun(l)))
    };
    // (A brand's word is no one's family name, `Kelby BioSciences`; a given name may look like
    // one, `MaliVai`.)
    // `Bill Ruiz, a spokesman,`, `Bill Ruiz, who`: an event's head may open a person's name when
    // a cue only a person's name takes follows it (not `Bill Ruiz Act`).
    // (So may a place's head: `Lane Ruiz said`; not before a trade's noun, `Ocean Drilling said`.)
    let trade = name.last_word.ends_with("ing");
    let event_given = |k: usize, w: &str| {
        k == 0
            && (words::is_event_head(w) || words::is_place_head(w) && !trade)
            && !words::is_org_head(w)
            && !words::is_title_head(w)
            && !words::is_stop(w)
            && !is_all_caps(w)
            && person_cue_after(doc, ts, run.to, name.last_word)
    };
    given.iter().enumerate().all(|(k, &i)| is_person_word(text(i)) || event_given(k, text(i)))
        && (is_person_word(text(last)) && !is_brand_shaped(text(last)) || surname_title())
        && !field()
        && !role()
}

/// An article right before the run (`the Kelby Hawks`, `a Kelby Watch`), but not `a` before a
/// person's name that modifies a noun (`a Tom Kelby penalty`, `a Kelby administration`; and `an
/// ailing Tom Kelby` is a person).
fn article_before(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    let prev = run.from.checked_sub(1).and_then(|k| word(doc, &ts[k]));
    let noun_after = || {
        ts.get(run.to)
            .and_then(|t| word(doc, t))
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !words::is_stop(w) && !Class::FunctionWord.has(w))
    };
    match prev {
        // (`its Vision Pro headset`: a possessive of a thing's owner is no person's article either.)
        Some("the" | "its" | "their") => true,
        Some("a" | "an") => !noun_after(),
        _ => false,
    }
}

/// `Marcus Denver`, `Chad Morrow, a spokesman`: a person whose surname or first name is a
/// place's, and how sure that is. Every other word must be a person's name word the story never
/// writes in lower case, with no possessive inside (`Kelby's India`), no word of direction
/// (`Denver East`) and no `New`, and it must stand as a person's name does: no score or player's
/// position after it (`beat Harlow Denver 6-1`, `the Torvan Denver forward`), no article before. A
/// country or region that ends a name is a descriptor's (`Old Britain`, `Greater Kelbia`,
/// `Kelby Pacific`) unless a possessive stands before it (`Carrow's Lee Jordan`). That
/// possessive, or a person's cue after the name (`, who`, an appositive whose role only a
/// person fills, `said`), makes it sure. Without one, a city that ends the name makes a person
/// unless the word before it opens an organization's name (`Air Kelbia`, `Real Carrow`), but
/// only weakly: no lone `Denver` elsewhere becomes the person for it. A place that opens the name
/// (`Denver Metals`) needs the cue.
fn named_after_place(doc: &Doc<'_>, ts: &[Token], run: Run, name: &Name<'_, '_>) -> Option<Confidence> {
    let gaz = gazetteer();
    let text = |i: usize| ts[i].span.as_str(doc.text);
    let place = |i: usize| match gaz.get(text(i)) {
        Some(Gaz::Place(id)) => Some(id),
        _ => None,
    };
    let last = name.words[name.words.len() - 1];
    if name.words.len() > 3 || name.first_word == "New" {
        return None;
    }
    let mut places = 0;
    for &i in name.words {
        let w = text(i);
        if i != last && possessive_len(w) > 0 || words::is_compass_word(w) {
            return None;
        }
        if place(i).is_some() {
            places += 1;
        } else if !is_person_word(w) || is_lower_elsewhere(doc, w) || words::is_org_opener(w) {
            return None;
        }
    }
    // `beat Harlow Denver 6-1`: a side before its score; `the Torvan Denver forward`: a side
    // before a player's position, or after an article, which no person's name takes.
    let next = ts.get(run.to).map_or("", |t| t.span.as_str(doc.text));
    let prev = run.from.checked_sub(1).map_or("", |k| ts[k].span.as_str(doc.text));
    let side = crate::entity::is_score(next) || words::is_player_role(next) || prev.eq_ignore_ascii_case("the");
    // `Carrow's Lee Jordan`: a side's or country's player (but `Kelby's Texas Power` is a unit).
    let place_last = place(last);
    // (`Harlow's Sofia Lindahl`: so is a city's name that opens a name of two words, as a given
    // name, when the family name's word is no short one (not `Kelbia's Harlow Re`).)
    let given_name = || {
        name.words.len() == 2
            && place(name.words[0]).is_some_and(|id| gaz.is_city(id))
            && name.last_word.chars().count() > 3
    };
    let owned = possessive_len(prev) > 0 && (place_last.is_some() || given_name());
    // (`Michael Jordan`, `Tony England`: in a sports report a first name before a country's name
    // is a player's; elsewhere it is most often a phrase, `Nazi Germany`, `Little Britain`.)
    let country_last = place_last.is_some_and(|id| !gaz.is_city(id));
    if places != 1 || side || country_last && !owned && !doc.sports {
        return None;
    }
    // (`Czech Milan Kovar`: after a people's adjective, a place's name that opens a name of two
    // words is a given name; `Czech Sparta Prague` ends in its place.)
    let demonym_before = place_last.is_none() && gaz.get(prev) == Some(Gaz::Demonym);
    if owned || demonym_before || person_cue_after(doc, ts, run.to, name.last_word) {
        return Some(Confidence::Medium);
    }
    place_last.is_some().then_some(Confidence::Weak)
}

/// Whether a name of three words or more opens with a known place of one word after a role and
/// `for`, and only words of a person's name follow it (`senator for Queensland Ana Ruiz`).
fn seat_before_name(doc: &Doc<'_>, ts: &[Token], run: Run, name: &Name<'_, '_>) -> bool {
    let text = |i: usize| ts[i].span.as_str(doc.text);
    let role = run.from >= 2
        && text(run.from - 1) == "for"
        && crate::lexicon::with_lowercase(text(run.from - 2), |w| words::is_role_noun(w) || words::is_title_head(w));
    let place_first = matches!(gazetteer().get(name.first_word), Some(Gaz::Place(_)));
    role && place_first && name.words[1..].iter().all(|&i| is_person_word(text(i)))
}

/// A cue after a name that only a person's takes: `, who`, an appositive whose role an
/// organization cannot fill (`, a spokesman for …`), or `said` after a name that does not end
/// like a plural (`Denver Metals said`).
fn person_cue_after(doc: &Doc<'_>, ts: &[Token], to: usize, last_word: &str) -> bool {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    matches!(text(to), "said" | "says") && !last_word.ends_with('s') || who_or_role_after(doc, ts, to)
}

/// `…, who`, `…, a spokesman for …,`: a cue after a name that only a person's takes.
fn who_or_role_after(doc: &Doc<'_>, ts: &[Token], to: usize) -> bool {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    if text(to) == "," && text(to + 1) == "who" {
        return true;
    }
    let Some(appositive) = appositive_after(doc, ts, to) else { return false };
    ts[to..]
        .iter()
        .take_while(|t| t.span.end <= appositive.end)
        .filter_map(|t| word(doc, t))
        .find(|w| words::ends_in_role_noun(w))
        .is_some_and(|w| !words::is_firm_role(w))
}

/// `the Kelby Rugby League (KRL)`: an acronym in brackets after a name spells its capitalized
/// words' initials.
fn acronym_after(doc: &Doc<'_>, ts: &[Token], to: usize, name: &Name<'_, '_>) -> bool {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let acronym = text(to + 1);
    let initials: String =
        name.words.iter().filter_map(|&i| text(i).chars().next()).filter(|c| c.is_uppercase()).collect();
    text(to) == "(" && text(to + 2) == ")" && acronym.len() >= 2 && acronym == initials
}

/// `the Awami League`, `the Kelbian Farmers' League`: outside sport, a league of several words is
/// a body (a party, an alliance), unless a sport's or a competition's word opens it (`the Premier
/// League`, `the Champions League`).
fn leagues_a_body(doc: &Doc<'_>, ts: &[Token], name: &Name<'_, '_>) -> bool {
    let n = name.words.len();
    if n < 2 || doc.sports || doc.sports_slug {
        return false;
    }
    !Class::SportLeagueOpener.has_as_written(ts[name.words[n - 2]].span.as_str(doc.text))
}

/// `Ashby Merrick (NYSE: ASHM)`, `Kelby Foods <KLBF.O>`, `Kelby Foods (KLF.N)`: a stock's ticker
/// right after the name makes it a listed company's.
fn ticker_after(doc: &Doc<'_>, ts: &[Token], to: usize) -> bool {
    const MAX_LEN: usize = 24;
    let Some(open) = ts.get(to).map(|t| t.span.as_str(doc.text)).filter(|o| matches!(*o, "(" | "<")) else {
        return false;
    };
    let start = ts[to].span.end;
    let close = if open == "(" { ')' } else { '>' };
    let Some(inner) = doc.text[start..].get(..MAX_LEN.min(doc.text.len() - start)).and_then(|r| r.split_once(close))
    else {
        return false;
    };
    let code = |c: &str| {
        !c.is_empty()
            && c.len() <= 8
            && c.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.')
            && c.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
    };
    let exchange = |x: &str| x == "Nasdaq" || (2..=6).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_uppercase());
    match inner.0.split_once(':') {
        Some((x, c)) => exchange(x.trim()) && code(c.trim()),
        // (`(KLF.N)`: the code and its exchange's letters, not a country's, `(U.S.)`.)
        None => inner.0.split_once('.').is_some_and(|(c, x)| {
            c.len() >= 2 && code(c) && (1..=2).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_uppercase())
        }),
    }
}

/// `Kelby Foods Inc <KLBF.O>`, `(KLF.N)`, `(NYSE: KLF)`: a stock's ticker names no body of its own.
fn is_ticker(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    let (start, end) = (ts[run.from].span.start, ts[run.to - 1].span.end);
    let opens = doc.text[..start].ends_with('<');
    // (Only a few bytes are looked at: a ticker is short.)
    let rest = &doc.text.as_bytes()[end..doc.text.len().min(end + 9)];
    let close = rest.iter().position(|&b| b == b'>');
    let angled = opens && close.is_some_and(|k| rest[..k].iter().all(|b| b.is_ascii_alphanumeric() || *b == b'.'));
    // `Kelby Foods Inc (KLF.N)`: a code and its exchange's letters, in round brackets.
    let code = |w: &str| {
        w.split_once('.').is_some_and(|(code, exchange)| {
            (1..=6).contains(&code.len())
                && (1..=2).contains(&exchange.len())
                && code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                && exchange.bytes().all(|b| b.is_ascii_uppercase())
        })
    };
    let closed = rest.first() == Some(&b')');
    let bracketed = doc.text[..start].ends_with('(') && closed && code(&doc.text[start..end]);
    // `Kelby Systems (NASDAQ: KLBS)`: a code after its exchange's name.
    let exchange = |w: &str| w == "Nasdaq" || (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    let listed = closed
        && doc.text[..start]
            .trim_end()
            .strip_suffix(':')
            .and_then(|s| s.rsplit_once('('))
            .is_some_and(|(_, x)| exchange(x));
    angled || bracketed || listed
}

/// `the frigate Kelby`, `the aircraft carrier Ana Ruiz`, `HMS Carrow`: a ship's name, no one's.
fn names_vessel(doc: &Doc<'_>, ts: &[Token], run: Run, name: &Name<'_, '_>) -> bool {
    let before = |k: usize| run.from.checked_sub(k).and_then(|i| word(doc, &ts[i]));
    // (`the frigate Admiral Kessel`: a title may open the ship's name.)
    let k = if before(1).is_some_and(words::is_honorific) { 2 } else { 1 };
    let carrier = before(k) == Some("carrier") && before(k + 1) == Some("aircraft");
    carrier || before(k).is_some_and(words::is_vessel_noun) || words::is_vessel_noun(name.first_word)
}

/// The index after a short qualifier in brackets at `at` (`(Greece)`, `(Z)`, `(U.S.)`), or `at`
/// when none stands there.
pub(super) fn after_qualifier(doc: &Doc<'_>, ts: &[Token], at: usize) -> usize {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    if text(at) != "(" || !is_cap(text(at + 1)) {
        return at;
    }
    let inner = |t: &Token| t.kind == TokenKind::Word || t.span.as_str(doc.text) == ".";
    match (at + 2..at + 6).find(|&i| text(i) == ")") {
        Some(close) if ts[at + 1..close].iter().all(inner) => close + 1,
        _ => at,
    }
}

/// The index where a short qualifier in brackets ending just before `at` opens, or `at`.
fn before_qualifier(doc: &Doc<'_>, ts: &[Token], at: usize) -> usize {
    let open = bracket_start(doc, ts, at);
    if open < at && after_qualifier(doc, ts, open) == at { open } else { at }
}

/// `14 - Ana Ruiz (Kelby)`, `2. Ana Ruiz (Kelby Harriers) 10.32`: in a row that opens with a rank or
/// a count and holds no lower-case word, a name in brackets right after a player's (tokens `from`
/// to `to`) is the player's club. (A country there is the player's; the caller asks.)
pub(super) fn club_after_player(doc: &Doc<'_>, ts: &[Token], from: usize, to: usize) -> bool {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let lower = |t: &Token| word(doc, t).is_some_and(|w| w.starts_with(char::is_lowercase));
    from >= 2
        && text(from - 1) == "("
        && text(to) == ")"
        && is_name_word(text(from - 2))
        && opens_ranked_row(doc, ts)
        && !ts.iter().any(lower)
}

/// Whether the sentence opens a row with a rank or a count (`14 - `, `2. `), which may stand
/// apart as a sentence of its own before it.
fn opens_ranked_row(doc: &Doc<'_>, ts: &[Token]) -> bool {
    let Some(first) = ts.first() else { return false };
    if first.kind == TokenKind::Number {
        return true;
    }
    // (Only the few bytes before the sentence are read: a rank is short.)
    let bytes = doc.text.as_bytes();
    let low = first.span.start.saturating_sub(8);
    let line_start = match bytes[low..first.span.start].iter().rposition(|&b| b == b'\n') {
        Some(k) => low + k + 1,
        None if low == 0 => 0,
        None => return false,
    };
    let mut rank = &bytes[line_start..first.span.start];
    while let [rest @ .., b' ' | b'.' | b'-' | b')'] = rank {
        rank = rest;
    }
    !rank.is_empty() && rank.iter().all(u8::is_ascii_digit)
}

/// `1. Ana Ruiz (Italy) Kelby Motors 1:18.111`, `Ana Ruiz (Italy), Kelby Motors, 53.980`: in a
/// classification, the name between an entrant's country and a time is the entrant's team.
fn entrants_team(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let number = |i: usize| ts.get(i).is_some_and(|t| t.kind == TokenKind::Number);
    let mut close = run.from;
    if close > 0 && text(close - 1) == "," {
        close -= 1;
    }
    let open = before_qualifier(doc, ts, close);
    let entrant = open < close && open > 0 && is_name_word(text(open - 1)) && country_in_brackets(doc, ts, open);
    // (`same time`: a stage's finisher with the winner's time.)
    let time_after = number(run.to) || text(run.to) == "," && number(run.to + 1) || text(run.to) == "same";
    entrant && time_after
}

/// A side in a contest that only teams fight, by the line's shape: the sides of a fixture
/// (`Harlow Town v Carrow City`, when no country stands in brackets after a side, as one does after
/// a player's name); sides with a qualifier in brackets around a result verb and one score of a
/// team's game (`Kelby (Italy) beat Carrow (Spain) 88-80`: one side scores 20 or more, which no set
/// or frame of a player's game reaches).
fn team_contest(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let versus = |i: usize| matches!(text(i), "v" | "vs" | "v." | "vs.");
    // (`vs.`: the period may stand apart.)
    let past_period = |i: usize| if text(i) == "." { i + 1 } else { i };
    let side_before = versus(run.to) && is_name_word(text(past_period(run.to + 1)));
    let v = match run.from.checked_sub(1) {
        Some(k) if text(k) == "." => k.checked_sub(1),
        k => k,
    };
    let side_after = v.is_some_and(|v| versus(v) && v > 0 && (is_name_word(text(v - 1)) || text(v - 1) == ")"));
    if side_before || side_after {
        return !country_in_brackets(doc, ts, run.to);
    }
    bracketed_result(doc, ts, run)
}

/// `Coastal Kelby beat Harlow State 31-17`, `Carrow Rovers lost to West Denholm 2-1`: a name of
/// several words on either side of a result with one score, when one of the two sides is shaped
/// like a team's name (a place in it, a body's or a town's head, one word, a plural). Players
/// win by sets (`6-3 6-4`), and two people's names (`Ana Ruiz beat Lea Marsh 10-7`) stay people.
fn sides_a_team_result(doc: &Doc<'_>, ts: &[Token], run: Run, words: &[usize]) -> bool {
    const REACH: usize = 8;
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let verb = |i: usize| Class::ResultVerb.has(text(i));
    let cap_run_from = |mut i: usize| {
        let from = i;
        while i < ts.len().min(from + REACH)
            && (is_name_word(text(i))
                || is_lower(doc, &ts[i]) && text(i).len() <= 3 && i > from && is_name_word(text(i + 1)))
        {
            i += 1;
        }
        i
    };
    let cap_run_to = |to: usize| {
        let mut i = to;
        while i > to.saturating_sub(REACH) && is_name_word(text(i - 1)) {
            i -= 1;
        }
        i
    };
    let single_score = |at: usize| {
        let at = after_qualifier(doc, ts, at);
        let next = if text(at + 1) == "," { at + 2 } else { at + 1 };
        crate::entity::is_score(text(at)) && !crate::entity::is_score(text(next))
    };
    // The end of a result's phrase that opens at `i` (`beat`, `drew with`, `lost to`).
    let phrase_end = |i: usize| {
        if verb(i) {
            Some(i + 1)
        } else {
            matches!((text(i), text(i + 1)), ("drew", "with") | ("lost" | "fell", "to")).then_some(i + 2)
        }
    };
    // The other side's words, as a range of tokens.
    // (`Kelby Hawks, who beat Carrow 2-1`: the relative clause's verb.)
    let verb_at = if text(run.to) == "," && text(run.to + 1) == "who" { run.to + 2 } else { run.to };
    let other = if let Some(mut from) = phrase_end(verb_at) {
        if matches!(text(from), "the" | "visiting") {
            from += 1;
        }
        let to = cap_run_from(from);
        (to > from && single_score(to)).then_some((from, to))
    } else {
        let before = if run.from > 0 && text(run.from - 1) == "the" { run.from - 1 } else { run.from };
        let start = (before.saturating_sub(2)..before).find(|&s| phrase_end(s) == Some(before));
        start.filter(|_| single_score(run.to)).and_then(|to| {
            let to = if to > 2 && text(to - 1) == "who" && text(to - 2) == "," { to - 2 } else { to };
            let from = cap_run_to(to);
            (from < to).then_some((from, to))
        })
    };
    // `Harlow Valkyries 27-24 Carrow Kites`: one score between two names, as a result's headline
    // or a results row sets it.
    let between = || {
        if single_score(run.to) {
            let from = after_qualifier(doc, ts, run.to) + 1;
            let to = cap_run_from(from);
            (to > from).then_some((from, to))
        } else {
            let score = run.from.checked_sub(1).filter(|&k| crate::entity::is_score(text(k)))?;
            let from = cap_run_to(score);
            (from < score).then_some((from, score))
        }
    };
    // `Kelby Rovers 59, Carrow Hills 51;`: a result of two sides, each with its score, as a
    // roundup lists results (two only: a leaderboard lists more).
    let small = |i: usize| crate::entity::is_small_whole(text(i));
    let pair_end = |i: usize| matches!(text(i), "" | ";" | "." | "(" | "\n");
    // (Not players after a scoring line's label, `Scorers: Ivo Banic 9, Tomas Berg 7`.)
    let scorers = |i: usize| text(i) == ":" && i > 0 && Class::ScoreLabel.has_as_written(text(i - 1));
    let pair = || {
        if small(run.to) && text(run.to + 1) == "," {
            let from = run.to + 2;
            let to = cap_run_from(from);
            let before_ok =
                run.from == 0 || !small(run.from - 1) && text(run.from - 1) != "," && !scorers(run.from - 1);
            (to > from && small(to) && pair_end(to + 1) && before_ok).then_some((from, to))
        } else {
            let score = run.from.checked_sub(2).filter(|&k| text(k + 1) == "," && small(k))?;
            let from = cap_run_to(score);
            let first = from == 0 || pair_end(from - 1) || text(from - 1) == ":" && !scorers(from - 1);
            (from < score && small(run.to) && pair_end(run.to + 1) && first).then_some((from, score))
        }
    };
    // (Not a batsman's runs in a scorecard's brackets, `(T. Vane 58, S. Corrie 44;`.)
    let initial = words.first().is_some_and(|&i| text(i).chars().count() == 1);
    let in_brackets =
        (run.from.saturating_sub(12)..run.from).rev().map(text).find(|t| matches!(*t, "(" | ")")) == Some("(");
    if doc.sports && !initial && !in_brackets && pair().is_some() {
        return true;
    }
    let Some((from, to)) = other.or_else(between) else { return false };
    let team_shaped = |names: &[usize]| {
        let last = names.last().map_or("", |&i| text(i));
        names.len() == 1
            || words::is_org_head(last)
            || words::is_club_place_head(last)
            || last.len() > 3 && last.ends_with('s') && !last.ends_with("ss")
            || names.iter().any(|&i| gazetteer().is_place(text(i)))
    };
    let others: Vec<usize> = (from..to).filter(|&i| ts[i].kind == TokenKind::Word && is_cap(text(i))).collect();
    team_shaped(words) || team_shaped(&others)
}

/// `Kelby (Italy) beat Carrow (Spain) 88-80 (halftime 40-39)`: see [`team_contest`].
fn bracketed_result(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    let (from, to) = (before_qualifier(doc, ts, run.from), after_qualifier(doc, ts, run.to));
    let verb = |i: usize| ts.get(i).and_then(|t| word(doc, t)).is_some_and(|w| Class::ResultVerb.has(w));
    if to == run.to || !(verb(to) || from > 0 && verb(from - 1)) {
        return false;
    }
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let Some(first) = (to..ts.len().min(to + 40)).find(|&i| crate::entity::is_score(text(i))) else { return false };
    let team_score = text(first).split('-').any(|n| n.parse::<u32>().is_ok_and(|n| n >= 20));
    team_score && !crate::entity::is_score(text(first + 1))
}

/// The index of the `(` opening the brackets that close just before `at`, or `at`.
fn bracket_start(doc: &Doc<'_>, ts: &[Token], at: usize) -> usize {
    let text = |i: usize| ts[i].span.as_str(doc.text);
    if at == 0 || text(at - 1) != ")" {
        return at;
    }
    let mark = (at.saturating_sub(40)..at - 1).rev().find(|&i| matches!(text(i), "(" | ")"));
    mark.filter(|&i| text(i) == "(").unwrap_or(at)
}

/// The index after the `)` closing the brackets that open at `at`, or `at`.
fn bracket_end(doc: &Doc<'_>, ts: &[Token], at: usize) -> usize {
    let text = |i: usize| ts[i].span.as_str(doc.text);
    if ts.get(at).is_none_or(|t| t.span.as_str(doc.text) != "(") {
        return at;
    }
    let mark = (at + 1..ts.len().min(at + 40)).find(|&i| matches!(text(i), "(" | ")"));
    mark.filter(|&i| text(i) == ")").map_or(at, |i| i + 1)
}

/// Whether the name stands in a standings row (five or more whole numbers after it, some of them
/// small, unlike a golfer's rounds) or in a score line (a score after it and a name before or after
/// that score's side: `Harlow Athletic 2 Carrow Town 1`).
fn in_team_row(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    let small = |t: &Token| {
        let w = t.span.as_str(doc.text);
        t.kind == TokenKind::Number && crate::entity::is_small_whole(w)
    };
    // A qualifier in brackets may stand after each side: `Kelby (Italy) 81 Carrow (Spain) 74`.
    let (from, to) = (before_qualifier(doc, ts, run.from), after_qualifier(doc, ts, run.to));
    let numbers: Vec<&Token> = ts[to..].iter().take_while(|t| small(t)).collect();
    let value = |t: &Token| t.span.as_str(doc.text).parse::<u32>().unwrap_or(u32::MAX);
    if numbers.len() >= 5 {
        return numbers.iter().any(|t| value(t) < 10);
    }
    if numbers.len() != 1 {
        return false;
    }
    let cap = |t: Option<&Token>| t.and_then(|t| word(doc, t)).is_some_and(is_name_word);
    let side_before = |k: usize| cap(ts.get(k)) || ts.get(k).is_some_and(|t| t.span.as_str(doc.text) == ")");
    // (`Harlow 2 (Kemp 12, Vale 67) Carrow Celtic 1`: the scorers in brackets after a side's score.)
    let before = bracket_start(doc, ts, from);
    let score_before = before >= 2 && small(&ts[before - 1]) && side_before(before - 2);
    let next = bracket_end(doc, ts, to + 1);
    let side_after = cap(ts.get(next)) && {
        let after = ts[next..].iter().position(|t| t.kind != TokenKind::Word).map_or(ts.len(), |k| next + k);
        ts.get(after_qualifier(doc, ts, after)).is_some_and(small)
    };
    score_before || side_after
}

/// Whether the run stands inside a quoted title or slogan written in title case (`“Slow Down,
/// Kids at Play”`): its capitals mark the words of the title, not names.
fn in_title_case_quotation(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    const REACH: usize = 12;
    let is_quote = |t: &Token| t.kind == TokenKind::Quote;
    let Some(open) = (run.from.saturating_sub(REACH)..run.from).rev().find(|&i| is_quote(&ts[i])) else {
        return false;
    };
    let Some(close) = (run.to..ts.len().min(run.to + REACH)).find(|&i| is_quote(&ts[i])) else { return false };
    // Curly marks must face inward; a straight mark opens after a space and closes before one.
    let opens = match ts[open].span.as_str(doc.text) {
        "”" | "’" => false,
        "\"" => open == 0 || ts[open - 1].span.end < ts[open].span.start,
        _ => true,
    };
    let closes = match ts[close].span.as_str(doc.text) {
        "“" | "‘" => false,
        "\"" => ts.get(close + 1).is_none_or(|t| t.span.start > ts[close].span.end || t.kind == TokenKind::Punct),
        _ => true,
    };
    // A full stop may end the title, not stand inside it.
    let inner = &ts[open + 1..close.saturating_sub(1).max(open + 1)];
    if !opens || !closes || inner.iter().any(|t| t.span.as_str(doc.text) == ".") {
        return false;
    }
    let words: Vec<&str> = ts[open + 1..close].iter().filter_map(|t| word(doc, t)).collect();
    words.len() >= 3 && words.iter().filter(|w| w.len() > 3).all(|w| is_cap(w))
}

/// Whether quotation marks enclose the run and nothing else (a comma or period may close it).
fn fills_quotation(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    let quote = |i: usize| ts.get(i).is_some_and(|t| t.kind == TokenKind::Quote);
    let mark = ts.get(run.to).is_some_and(|t| matches!(t.span.as_str(doc.text), "," | "."));
    run.from > 0 && quote(run.from - 1) && (quote(run.to) || mark && quote(run.to + 1))
}

/// `K. Bhatt`, `J.F. Ortega`: an initial before a surname (but not `U.S.`).
fn opens_with_initial(doc: &Doc<'_>, ts: &[Token], name: &Name<'_, '_>) -> bool {
    let gaz = gazetteer();
    let first = name.words[0];
    name.words.len() > 1
        && is_initial(name.first_word)
        && !is_all_caps(name.last_word)
        && is_adjacent_period(doc, ts, first + 1)
        && gaz.get(key(doc, ts, first, with_period(doc, ts, first + 1)).as_ref()).is_none()
        && !(words::is_compass_word(name.first_word) && gaz.get(ts[name.words[1]].span.as_str(doc.text)).is_some())
        && !words::is_org_head(name.last_word)
}

/// `Park Sung-min`, `Moon Ji-ho`: a short family name before a given name of two syllables joined by
/// a hyphen, the second in lower case, as Korean names are written (not `Hong Kong-based`,
/// `Booker Prize-winner`).
fn has_syllable_given_name(name: &Name<'_, '_>) -> bool {
    let syllable = |s: &str, upper: bool| {
        (1..=6).contains(&s.len())
            && s.bytes()
                .enumerate()
                .all(|(k, b)| if k == 0 && upper { b.is_ascii_uppercase() } else { b.is_ascii_lowercase() })
    };
    let given = name.last_word.split_once('-').is_some_and(|(a, b)| {
        syllable(a, true)
            && syllable(b, false)
            && !["ed", "er", "ing"].iter().any(|end| b.ends_with(end))
            && !matches!(b, "born" | "run" | "like" | "wide" | "free" | "style" | "era" | "type" | "made" | "bound")
    });
    name.words.len() == 2 && given && syllable(name.first_word, true) && name.first_word.len() >= 2
}

/// `Federal Republic of Talvania`, `Gulf of Kelby`: a place's head before `of` and a place.
fn place_of_place(doc: &Doc<'_>, ts: &[Token], name: &Name<'_, '_>) -> bool {
    let Some(k) = name.words.iter().position(|&i| ts[i].span.as_str(doc.text) == "of") else { return false };
    let head = k.checked_sub(1).map(|h| ts[name.words[h]].span.as_str(doc.text));
    head.is_some_and(words::is_place_head)
        && name.words.get(k + 1).is_some_and(|&from| {
            matches!(gazetteer().get(trim_possessive(&key(doc, ts, from, name.end))), Some(Gaz::Place(_)))
        })
}

/// `East Carrow`, `N. Korea`: a word of direction before a place names a place.
fn compass_place(doc: &Doc<'_>, ts: &[Token], name: &Name<'_, '_>) -> bool {
    // (`North West`, `South East`: a region named by two directions.)
    let directions =
        || name.words.iter().all(|&i| words::is_compass_word(trim_possessive(ts[i].span.as_str(doc.text))));
    // (`Harlow’s West Cliff`, `on West End`: outside a sports report, where `West Harlow` may be a
    // side, two words that open with a direction written in full name no one.)
    let spelled =
        || !doc.sports && name.words.len() == 2 && matches!(name.first_word, "North" | "South" | "East" | "West");
    words::is_compass_word(name.first_word.trim_end_matches('.'))
        && (directions()
            || spelled()
            || matches!(gazetteer().get(trim_possessive(&key(doc, ts, name.words[1], name.end))), Some(Gaz::Place(_))))
}

/// A role the sentence gives the name with `as`: `took office as Oman’s first female trade minister`.
fn as_role(doc: &Doc<'_>, ts: &[Token], to: usize) -> Option<Span> {
    // `as` within a few words of the name, with no punctuation in between.
    let mut at = None;
    for (k, t) in ts.iter().enumerate().skip(to).take(5) {
        match word(doc, t) {
            Some("as") if k > to => {
                at = Some(k);
                break;
            }
            Some(w) if !words::is_speech_verb(w) && !is_cap(w) => {}
            _ => return None,
        }
    }
    let from = at? + 1;
    let mut end = None;
    for (k, t) in ts.iter().enumerate().skip(from).take(6) {
        let Some(w) = word(doc, t) else { break };
        if matches!(w, "and" | "or" | "to" | "in" | "of" | "for" | "with" | "who" | "that") {
            break;
        }
        if words::is_role_noun(w) {
            end = Some(k);
        }
    }
    let end = end?;
    Some(Span::new(ts.get(from)?.span.start, ts[end].span.end))
}

/// Whether a role noun (after at most one modifier) and then a capitalized word follow: `… analyst Jane`.
fn employer_before_role(doc: &Doc<'_>, ts: &[Token], at: usize) -> bool {
    let w = |i: usize| ts.get(i).and_then(|t| word(doc, t));
    let role = |i: usize| w(i).is_some_and(words::is_role_noun);
    let name = |i: usize| w(i).is_some_and(is_name_word);
    role(at) && name(at + 1) || w(at).is_some_and(words::is_role_modifier) && role(at + 1) && name(at + 2)
}

/// Whether `(Country)` follows.
fn country_in_brackets(doc: &Doc<'_>, ts: &[Token], at: usize) -> bool {
    let open = ts.get(at).is_some_and(|t| t.span.as_str(doc.text) == "(");
    let close = (at + 2..at + 6).find(|&i| ts.get(i).is_some_and(|t| t.span.as_str(doc.text) == ")"));
    open && close.is_some_and(|c| matches!(gazetteer().get(&key(doc, ts, at + 1, c)), Some(Gaz::Place(_))))
}

/// A role phrase just before the name (`presidential spokesman`, `Kenyan leader`), when there is one.
pub(super) fn role_before(doc: &Doc<'_>, ts: &[Token], at: usize) -> Option<Span> {
    let r = at.checked_sub(1)?;
    let rw = word(doc, &ts[r])?;
    if !words::ends_in_role_noun(rw) {
        return None;
    }
    // Walk back over role nouns, hyphenated modifiers and the capitalized words before them.
    let mut s = r;
    while s > 0 && r - s < 5 {
        let Some(pw) = word(doc, &ts[s - 1]) else { break };
        let modifier = words::is_role_noun(pw)
            || words::is_role_modifier(pw)
            || is_cap(pw) && crate::lexicon::with_lowercase(pw, words::is_role_modifier)
            || is_cap(pw) && !words::is_stop(pw)
            || pw.contains('-');
        if !modifier || words::is_speech_verb(pw) {
            break;
        }
        s -= 1;
    }
    Some(Span::new(ts[s].span.start, ts[r].span.end))
}

/// What only a person's name is followed by: an age (`Dana Lyon, 52,`, `Dana Lyon, a
/// 52-year-old`, `Dana Lyon, aged 52`) or a birth or death (`Dana Lyon born`, `Dana Lyon died`).
fn life_after(doc: &Doc<'_>, ts: &[Token], to: usize) -> bool {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let age = |w: &str| w.len() <= 3 && w.parse::<u32>().is_ok_and(|n| (1..=120).contains(&n));
    let year_old = |w: &str| {
        let lower = w.to_ascii_lowercase();
        lower.strip_suffix("-year-old").is_some_and(|n| age(n) || crate::lexicon::Class::NumberUnderTwenty.has(n))
    };
    match text(to) {
        "," => {
            let closed = matches!(text(to + 2), "," | "." | ";" | ")");
            // (`a 52 year-old`: the hyphen after the number is sometimes dropped.)
            let loose = age(text(to + 2)) && text(to + 3).eq_ignore_ascii_case("year-old");
            (age(text(to + 1)) && closed)
                || matches!(text(to + 1), "a" | "an") && (year_old(text(to + 2)) || loose)
                || text(to + 1) == "aged" && age(text(to + 2))
        }
        "born" | "died" => true,
        _ => false,
    }
}

/// An appositive after the name: `, a senior adviser to Mr. Mwangi,`.
fn appositive_after(doc: &Doc<'_>, ts: &[Token], to: usize) -> Option<Span> {
    if ts.get(to)?.span.as_str(doc.text) != "," {
        return None;
    }
    // `Olena Kovalenko, 34, a nurse`: an age before the appositive.
    let is_comma = |i: usize| ts.get(i).is_some_and(|t| t.span.as_str(doc.text) == ",");
    let to = if ts.get(to + 1).is_some_and(|t| t.kind == TokenKind::Number) && is_comma(to + 2) { to + 2 } else { to };
    let first = word(doc, ts.get(to + 1)?)?;
    // `Rob Kelby, sales director for Harlow Networks,`: without a determiner, the role comes within
    // the first three words and a mark closes the phrase.
    let bare = !matches!(first, "a" | "an" | "the") && possessive_len(first) == 0;
    if bare && (!first.starts_with(char::is_lowercase) || is_no_name_alone(first)) {
        return None;
    }
    let mut end = None;
    let mut role_at = None;
    let mut closed = false;
    for (k, t) in ts.iter().enumerate().skip(to + 1).take(14) {
        if t.kind != TokenKind::Word {
            if t.span.as_str(doc.text) == "." && k > 0 && keeps_period(ts[k - 1].span.as_str(doc.text)) {
                continue;
            }
            // (`the spokesman for Hamas' armed wing`: a plural's possessive mark is inside a role
            // opened by a determiner.)
            if !bare && is_plural_possessive(doc, ts, k) {
                continue;
            }
            if matches!(t.kind, TokenKind::Punct | TokenKind::Dash | TokenKind::Quote) {
                end = Some(k);
                closed = true;
                break;
            }
            continue;
        }
        let x = t.span.as_str(doc.text);
        // (`, a marine biologist whose studies …`: a relative clause closes the role before it.)
        if matches!(x, "who" | "whose" | "which" | "that") {
            closed = true;
            break;
        }
        if words::is_speech_verb(x) {
            break;
        }
        if role_at.is_none() && words::ends_in_role_noun(x) {
            role_at = Some(k);
        }
        end = Some(k + 1);
    }
    let end = end?;
    let role_at = role_at.or_else(|| (!bare).then(|| unlisted_role(doc, ts, to + 2, end, closed)).flatten())?;
    let bare_ok = !bare || closed && role_at < to + 4;
    (bare_ok && end > to + 2).then(|| Span::new(ts[to + 1].span.start, ts[end - 1].span.end))
}

/// `, a pollster at the Kelby Center,`, `, a trade newsletter,`: in a phrase closed by a mark,
/// after a determiner, one to three lower-case words before a preposition and a name, or after
/// `a` all the phrase, are a role the lexicon does not list. Returns the position of the role's
/// noun. `from..end` are the words after the determiner.
fn unlisted_role(doc: &Doc<'_>, ts: &[Token], from: usize, end: usize, closed: bool) -> Option<usize> {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let preposition = |w: &str| w != "and" && Class::SubjectPreposition.has(w);
    let lower = |k: usize| {
        let w = text(k);
        ts[k].kind == TokenKind::Word
            && w.starts_with(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !words::is_stop(w)
            && !preposition(w)
    };
    let mut k = from;
    while k < end && k < from + 3 && lower(k) {
        k += 1;
    }
    if k == from {
        return None;
    }
    let name_at = |i: usize| {
        let i = if text(i) == "the" { i + 1 } else { i };
        text(i).starts_with(char::is_uppercase)
    };
    let before_name = preposition(text(k)) && name_at(k + 1);
    // (`the answer is no,`, `the poll found,`: without a preposition, only `a` or `an` opens a role.)
    let indefinite = matches!(text(from - 1), "a" | "an");
    (closed && (before_name || indefinite && k == end)).then_some(k - 1)
}

/// An appositive before the name, set off by commas: `The regional governor, Taras Melnyk,`.
fn appositive_before(doc: &Doc<'_>, ts: &[Token], from: usize, to: usize) -> Option<Span> {
    const MAX_WORDS: usize = 8;
    let is_comma = |i: usize| ts.get(i).is_some_and(|t| t.span.as_str(doc.text) == ",");
    if from < 3 || !is_comma(from - 1) || !is_comma(to) {
        return None;
    }
    let head = word(doc, &ts[from - 2])?;
    if !words::is_role_noun(head) {
        return None;
    }
    // Back to the determiner or possessive that opens the phrase, over words only.
    let mut k = from - 2;
    for _ in 0..MAX_WORDS {
        // `The Lib Dems' housing spokesman,`: the apostrophe of a plural possessive is passed over.
        if is_plural_possessive(doc, ts, k) {
            k = k.checked_sub(1)?;
            continue;
        }
        let w = word(doc, &ts[k])?;
        let determiner = |w: &str| {
            crate::lexicon::with_lowercase(w, |l| matches!(l, "the" | "a" | "an" | "his" | "her" | "its" | "their"))
        };
        if determiner(w) {
            // (`its chairman`: the role, without a pronoun that points at another name.)
            let pronoun = crate::lexicon::with_lowercase(w, |l| matches!(l, "its" | "their"));
            let start = if pronoun { k + 1 } else { k };
            return Some(Span::new(ts[start].span.start, ts[from - 2].span.end));
        }
        // `The union’s leader`, `Acme’s chief`: a possessive opens it, with its own determiner if any.
        if k + 2 < from && possessive_len(w) > 0 {
            let start = k.checked_sub(1).filter(|&j| word(doc, &ts[j]).is_some_and(determiner)).unwrap_or(k);
            return Some(Span::new(ts[start].span.start, ts[from - 2].span.end));
        }
        k = k.checked_sub(1)?;
    }
    None
}

/// What follows a name that makes it a company: a possessive and a company's belongings
/// (`Torvane's shares`, `Torvane's chief executive`), or `said in a statement`.
fn company_cue_after(doc: &Doc<'_>, ts: &[Token], run: Run) -> Option<Confidence> {
    let w = |i: usize| ts.get(i).and_then(|t| word(doc, t));
    let last = run.to.checked_sub(1).and_then(w).unwrap_or("");
    let possessive = possessive_len(last) > 0
        && w(run.to)
            .is_some_and(|x| words::is_company_possession(x) || x == "chief" && w(run.to + 1) == Some("executive"));
    let statement = w(run.to).is_some_and(|x| Class::SayVerb.has(x))
        && w(run.to + 1) == Some("in")
        && w(run.to + 2) == Some("a")
        && w(run.to + 3) == Some("statement");
    // `Castaldi Cables has global sales of`, `Kelby Medical completes acquisition`, `Harlow Tools
    // posted a net loss`: the subject of a company's results or deals.
    let business_verb = w(run.to).is_some_and(|x| Class::ResultsVerb.has(x));
    // (`reported third-quarter profit`: a hyphened period between the verb and its noun.)
    let results = business_verb && (run.to + 1..run.to + 6).any(|i| w(i).is_some_and(|x| Class::ResultsNoun.has(x)));
    // `Pruett Vance, which operates 300 stores,`: a relative clause of a business that no person's
    // name takes (nor a work's or a product's: `the W800, which combines …`).
    let which_clause = run.to - run.from > 1
        && ts.get(run.to).is_some_and(|t| t.span.as_str(doc.text) == ",")
        && w(run.to + 1) == Some("which");
    // (`…, which also operates …`: an adverb may stand before the verb.)
    let verb_at = if w(run.to + 2) == Some("also") { run.to + 3 } else { run.to + 2 };
    let which = which_clause && w(verb_at).is_some_and(words::is_business_clause_verb);
    // `Kelso Baker gained 2.5 percent`: a stock's move (but `won 45 percent of the vote`, or
    // `gained 3 percent in the polls`, is a candidate's; and `Revenue fell 8%` opens with a
    // figure's noun).
    let lone_opener = run.to - run.from == 1 && run.from == first_word(ts);
    let price_move = !lone_opener
        && w(run.to).is_some_and(|x| Class::PriceMoveVerb.has_as_written(x))
        && (run.to + 1..run.to + 4).any(|i| {
            let unit = ts.get(i).map_or("", |t| t.span.as_str(doc.text));
            matches!(unit, "percent" | "%" | "pct") && !matches!(w(i + 1), Some("of" | "in"))
        });
    // (People speak in statements too: that cue is the weaker.)
    if possessive || results || price_move || which || its_subject(doc, ts, run) || ticker_after(doc, ts, run.to) {
        return Some(Confidence::Strong);
    }
    match company_appositive(doc, ts, run.to) {
        // (A team's noun is a side's, not a company's; a group may be of people.)
        Some(noun) if !Class::SideNoun.has(noun) => Some(Confidence::Strong),
        Some(_) => Some(Confidence::Medium),
        // (`Peer Vale Mehra, which depends on …`: a name of several words that `which` opens a
        // clause of is no person's, though what it is the verb does not say.)
        None => (statement || which_clause).then_some(Confidence::Medium),
    }
}

/// `Kelby Ames shed 150 jobs at its Glasgow plant`, `Kelby Ames said on Monday it would close
/// its mill`: a name of two words or more that opens a clause whose `its` can only point back to
/// it (no noun phrase, name, person's pronoun, `and` or mark comes between) names a body, not a
/// person.
fn its_subject(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    const MAX_WORDS: usize = 12;
    let text = |i: usize| ts[i].span.as_str(doc.text);
    // (Not `under Anton Kelb began its …`, `Ana Ruiz and Bo Lee have trodden its boards`: the
    // clause opens with the name, or the name is no subject; `…, and Kelby Ames said` opens one.)
    let after_name = run.from >= 2 && is_cap(text(run.from - 2));
    let opens = run.from == first_word(ts)
        || text(run.from - 1) == ","
        || word(doc, &ts[run.from - 1]).is_some_and(|w| Class::ClauseConjunction.has(w) && !(w == "and" && after_name));
    if run.to - run.from < 2 || !opens {
        return false;
    }
    // (The word right after is the clause's verb or `also`: `Kelby Ames and its partners`, `Ana
    // Ruiz in its pages` have none.)
    let verb = ts.get(run.to).and_then(|t| word(doc, t)).is_some_and(|w| {
        w.starts_with(char::is_lowercase)
            && (w == "also" || !Class::FunctionWord.has(w) && !Class::ClauseConjunction.has(w))
            && !words::is_place_preposition(w)
    });
    if !verb {
        return false;
    }
    for t in ts.iter().skip(run.to + 1).take(MAX_WORDS) {
        let w = t.span.as_str(doc.text);
        match t.kind {
            TokenKind::Number => continue,
            TokenKind::Word if w == "its" => return true,
            // (`said on Tuesday it would`: the day is no noun of the clause.)
            TokenKind::Word if is_cap(w) => {
                if !(Class::Weekday.has_as_written(w) || Class::Month.has_as_written(w)) {
                    return false;
                }
            }
            TokenKind::Word => {
                let person = Class::SubjectPronoun.has(w) && w != "it";
                if person || Class::Determiner.has(w) || Class::ReferentOpener.has(w) {
                    return false;
                }
            }
            _ => return false,
        }
    }
    false
}

/// `Entergy, the region's largest utility,`: an appositive of a few words, opened by an article
/// or a possessive and closed by a mark, whose last word is a company's noun, or whose word
/// before `of` is (`Kelby Grid, a maker of large batteries,`). Returns that noun.
fn company_appositive<'t>(doc: &Doc<'t>, ts: &[Token], to: usize) -> Option<&'t str> {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    if text(to) != "," {
        return None;
    }
    let first = text(to + 1);
    if !matches!(first, "a" | "an" | "the") && possessive_len(first) == 0 {
        return None;
    }
    // (`Kelby Grid, the maker of memory chips used in servers,`: a company's noun before `of`
    // however long the phrase after it.)
    let of = (to + 2..to + 5).find(|&k| text(k) == "of");
    // (Not `a group of Republicans`: only a business's noun.)
    let business = |w: &str| w.ends_with("maker") || words::is_business_noun(w);
    let words_to = |of: usize| (to + 2..of).all(|k| ts.get(k).is_some_and(|t| t.kind == TokenKind::Word));
    if let Some(of) = of.filter(|&of| words_to(of) && business(text(of - 1))) {
        return Some(text(of - 1));
    }
    // Else a short appositive closed by a mark: its last word, or the one before `of` (`a unit of
    // Kelby Holdings,`).
    let close = (to + 2..to + 7).find(|&k| ts.get(k).is_none_or(|t| t.kind != TokenKind::Word))?;
    let head = text((to + 2..close).find(|&k| text(k) == "of").unwrap_or(close) - 1);
    // (`Ana Ruiz, a rival,`, `…, a partner,`, `…, a group of senators`: people have rivals and
    // partners too, and come in groups.)
    // (In a business story, `Kelby Ames, a Swedish rival,` is a company.)
    let shared = Class::SharedCompanyNoun.has(head) && !(doc.business && Class::MarketRole.has(head));
    (matches!(text(close), "," | "." | ";" | ")") && words::is_company_noun(head) && !shared).then_some(head)
}

/// A body by the words around it that no person or place takes: where someone works (`an analyst
/// at Kelby Invest`, `economists with Kelby`), or an owner or market before it (`state-owned
/// Kelby`, `Frankfurt-listed Kelby Invest`).
fn employer_cue(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    let before = |k: usize| run.from.checked_sub(k).and_then(|i| word(doc, &ts[i]));
    let works = matches!(before(1), Some("at" | "with")) && before(2).is_some_and(|w| Class::FirmJob.has(w));
    // (`an analyst at stockbroker Carrow Hume`, `head of metals at trading house Kelby Ames`: one
    // or two lower-case words of the firm's trade between; the job may hold a desk `of` …)
    let lower = |k: usize| {
        before(k).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()) && !Class::Determiner.has(w))
    };
    let firm_job = |w: &str| crate::lexicon::with_lowercase(w, |l| Class::FirmJob.has(l));
    let job = |k: usize| {
        before(k).is_some_and(firm_job)
            || (k + 1..k + 4).any(|j| before(j) == Some("of") && before(j + 1).is_some_and(firm_job))
    };
    let works_at_trade =
        || (2..=3).any(|k| before(k) == Some("at") && (1..k).all(lower) && job(k + 1)) && run.to - run.from > 1;
    let head = doc.text[..ts[run.from].span.start].trim_end();
    // (Not `-based`: `US-based Ana Ruiz` is a runner, `Windows-based Kelby Zen` a product.)
    let owned = ["-owned", "-listed", "-controlled"].iter().any(|s| head.ends_with(s));
    // `said Nigel Kemp of Corwick Barney`: a name of several words after a person's two-word
    // name and `of` is where the person works (a place there is the gazetteer's or has a head).
    // (Not before `and`: `of The Globe and Mail` may be one name.)
    let name_word =
        |k: usize| before(k).is_some_and(|w| is_cap(w) && !words::is_head_or_stop(w) && !words::is_org_of_head(w));
    let and_after = ts.get(run.to).is_some_and(|t| t.span.as_str(doc.text) == "and");
    let of_person = before(1) == Some("of") && name_word(2) && name_word(3) && run.to - run.from > 1 && !and_after;
    // `chief executive officer of Ashby Merrick`, `a director of Kelby Ames`: an officer's post
    // is held in a body.
    let officer_of = before(1) == Some("of")
        && before(2).is_some_and(|w| Class::CompanyOfficer.has_as_written(w))
        && run.to - run.from > 1;
    works || owned || of_person || officer_of || works_at_trade()
}

/// `published in Kelby Medicine`, `writing in the Harlow Review`: a journal or paper, not a place.
fn published_in(doc: &Doc<'_>, ts: &[Token], from: usize) -> bool {
    let w = |k: usize| from.checked_sub(k).and_then(|i| word(doc, &ts[i]));
    let k = if w(1) == Some("the") { 2 } else { 1 };
    w(k) == Some("in") && matches!(w(k + 1), Some("published" | "writing" | "wrote" | "reported"))
}

/// `shares of Castaldi`, `a stake in Castaldi`: a company by what is owned of it.
fn shares_of(doc: &Doc<'_>, ts: &[Token], from: usize) -> bool {
    let w = |i: Option<usize>| i.and_then(|i| ts.get(i)).and_then(|t| word(doc, t));
    let (prev, before) = (w(from.checked_sub(1)), w(from.checked_sub(2)));
    let owned = || {
        before.is_some_and(|b| ["shares", "stock", "stake", "shareholders"].iter().any(|o| b.eq_ignore_ascii_case(o)))
    };
    matches!(prev, Some("of" | "in")) && owned()
}

/// Whether a place's noun names the run: after it and `of` (`the town of Varzob`) or right
/// after the run (`Kelbrook airport`).
fn place_nouns_around(doc: &Doc<'_>, ts: &[Token], run: Run, next_word: Option<&str>) -> bool {
    let at = |i: usize| word(doc, &ts[i]);
    let of_noun =
        |from: usize| from >= 2 && at(from - 1) == Some("of") && at(from - 2).is_some_and(words::is_place_noun);
    // `the villages of Kfar Dunlo and Ain Tevra`: the second name after `and` too.
    let conjunct = || {
        if run.from < 2 || at(run.from - 1) != Some("and") {
            return false;
        }
        let first = (run.from.saturating_sub(5)..run.from - 1).rev().take_while(|&i| at(i).is_some_and(is_cap)).last();
        first.is_some_and(of_noun)
    };
    of_noun(run.from) || conjunct() || next_word.is_some_and(words::is_place_noun)
}

/// A word shaped like the adjective of a people or region (`Varzobian`, `Kelbrean`, `Tolese`).
fn is_demonym_shaped(w: &str) -> bool {
    w.len() > 5 && ["ian", "ean", "ese"].iter().any(|s| w.ends_with(s))
}

/// A noun right after a name that makes it a company, paper, agency, airline, union, faction,
/// club or station: `Castaldi shares`, `the Courier newspaper`, `a Kelbair flight`, `the
/// Solidarity trade union`, `the Kelbo faction`, `the Qarta club`, `Kelvo radio`.
fn noun_of_body_after(doc: &Doc<'_>, ts: &[Token], at: usize) -> bool {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let trade = matches!(text(at), "trade" | "labor" | "labour") && text(at + 1) == "union";
    trade
        || matches!(
            text(at),
            "shares"
                | "stock"
                | "newspaper"
                | "daily"
                | "agency"
                | "flight"
                | "flights"
                | "airliner"
                | "jetliner"
                | "union"
                | "faction"
                | "club"
                | "radio"
                | "militia"
                | "bloc"
        )
}

/// A lone surname by a player's marks around it: a bowler's figures (`Kemp 18-3-55-1`) or a
/// cricket dismissal (`c Kemp b Vale`) in any story; in a sports report, the minute of a goal in the
/// brackets after a side's score (`Harlow 2 (Kemp 12, Vale 67 pen)`), a place in a side's line-up
/// (`Harlow: Kemp; Vale, Dwyer, Banic, …`) or in a list of scorers.
fn players_marks(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let prev = run.from.checked_sub(1).map_or("", text);
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let minute = |i: usize| digits(text(i)) && text(i).parse::<u32>().is_ok_and(|m| (1..=130).contains(&m));
    // `(Kemp 12, 67 pen)`: the bracket opens right after a side's score.
    let scorer = matches!(prev, "(" | ",") && minute(run.to) && {
        let open = (0..run.from).rev().map_while(|i| (text(i) != ")").then_some(i)).find(|&i| text(i) == "(");
        open.is_some_and(|o| o > 0 && digits(text(o - 1)))
    };
    let figures = {
        let w = text(run.to);
        w.split('-').count() == 4 && w.split('-').all(digits)
    };
    let dismissal = matches!(prev, "c" | "b" | "st") && ts[run.from - 1].kind == TokenKind::Word;
    figures || dismissal || doc.sports && (scorer || in_line_up(doc, ts, run) || in_scorers(doc, ts, run))
}

/// `Leading scorers: 14 - Kemp (Harlow), Vale`, `Tries: Kemp, Vale Cons: Vale 2`: a word after
/// the label of a list of scorers (the last label before it), not before a dash (`Scorers: Harlow -
/// Kemp (14th)` names the side first).
fn in_scorers(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    const MAX_BACK: usize = 12;
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let first = first_word(ts);
    let back = run.from.saturating_sub(MAX_BACK).max(first);
    let Some(colon) = (back..run.from).rev().find(|&i| text(i) == ":") else { return false };
    let label = colon.checked_sub(1).map_or("", text);
    let scorers = ["scorer", "scorers", "goalscorers"].iter().any(|s| label.eq_ignore_ascii_case(s))
        || Class::ScoreLabel.has_as_written(label);
    scorers && matches!(text(run.from - 1), ":" | "," | ";" | "-") && !matches!(text(run.to), "-" | ":")
}

/// `Harlow: Kemp; Vale, Dwyer, Banic, Lee`: a side's name (or the bench's label) and a colon open
/// the line, and four or more names follow, parted by commas or semicolons, with hardly a lower-case word and no fixture.
fn in_line_up(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    let first = first_word(ts);
    let Some(colon) = (first..run.from.min(first + 6)).find(|&i| text(i) == ":") else { return false };
    let side = colon > first && colon - first <= 4 && (first..colon).all(|i| is_cap(text(i)));
    // (`Subs not used: Kemp, Vale, …`, `Replacements: …`: the bench's line.)
    let bench = ["subs", "substitutes", "replacements", "bench"].iter().any(|l| text(first).eq_ignore_ascii_case(l));
    if !(side || bench) || !matches!(text(run.from - 1), ":" | "," | ";" | "(" | "-") {
        return false;
    }
    let (mut parts, mut lower) = (0, 0);
    // (A line-up is short: a long line is read no further than a line-up's length.)
    for t in ts[colon + 1..].iter().take(200) {
        let w = t.span.as_str(doc.text);
        match w {
            "," | ";" => parts += 1,
            "v" | "vs" => return false,
            _ if t.kind == TokenKind::Word && w.starts_with(char::is_lowercase) => lower += 1,
            _ => {}
        }
    }
    parts >= 4 && lower <= 2
}

/// `Ana Ruiz, 52, of Coral Gables`: where a person named with an age lives.
fn home_after_age(doc: &Doc<'_>, ts: &[Token], from: usize) -> bool {
    let text = |i: usize| ts.get(i).map_or("", |t| t.span.as_str(doc.text));
    from >= 4
        && text(from - 1) == "of"
        && text(from - 2) == ","
        && ts[from - 3].kind == TokenKind::Number
        && text(from - 4) == ","
}

/// A weak cue for a single unknown capitalized word.
fn hint(doc: &Doc<'_>, ts: &[Token], run: Run, next_word: Option<&str>) -> Option<EntityKind> {
    let prev = run.from.checked_sub(1).and_then(|i| word(doc, &ts[i]));
    // `Tries: …`, `Venue: …`: a word before a colon is a label.
    if ts.get(run.to).is_some_and(|t| t.span.as_str(doc.text) == ":") {
        return None;
    }
    // (`5. Ana Ruiz (Kelbistan) 5.80`: an unknown word before a result may be a country's.)
    let club = || club_after_player(doc, ts, run.from, run.to) && !followed_by_number(ts, run.to + 1);
    // `a spokesman for Kelbrix`: a lone word a role serves is most often a body (a person there
    // is named in full elsewhere, and the surname joins that name).
    let serves =
        prev == Some("for") && run.from.checked_sub(2).and_then(|i| word(doc, &ts[i])).is_some_and(words::is_role_noun);
    if shares_of(doc, ts, run.from) || employer_cue(doc, ts, run) || club() || serves {
        return Some(EntityKind::Organization);
    }
    if published_in(doc, ts, run.from) {
        return Some(EntityKind::Organization);
    }
    if prev.is_some_and(words::is_place_preposition) || home_after_age(doc, ts, run.from) {
        return Some(EntityKind::Place);
    }
    let next = ts.get(run.to);
    // `Brazil - Giovanni (14th), Ruiz (55th, pen)`: a scorer and the minute of the goal.
    let minute = ts.get(run.to + 1).is_some_and(|t| {
        let w = t.span.as_str(doc.text);
        w.len() <= 4 && w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with(['h', 'd', 't'])
    });
    if doc.sports && next.is_some_and(|t| t.span.as_str(doc.text) == "(") && minute {
        return Some(EntityKind::Person);
    }
    if players_marks(doc, ts, run) {
        return Some(EntityKind::Person);
    }
    // In a sports report, a word before a score is a team (`Carrow 2-1`), and so are the sides of a
    // result (`Harlow beat Carrow`, `Carrow drew with Denholm`).
    // (`Trailing 2-1 after 40 minutes, …`, `Chasing 287 for victory`: a sentence's first word in
    // `-ing` is a verb's.)
    let participle = || run.from == first_word(ts) && ts[run.from].span.as_str(doc.text).ends_with("ing");
    if doc.sports && next.is_some_and(|t| t.kind == TokenKind::Number) && !participle() {
        return Some(EntityKind::Organization);
    }
    // `Ana Ruiz (Italy) Kelby 4:32:11`: an entrant's team, in any story.
    if entrants_team(doc, ts, run) {
        return Some(EntityKind::Organization);
    }
    // `Kelby (Italy) 81 Carrow (Spain) 74`: a side with a qualifier in brackets.
    let qualified = || after_qualifier(doc, ts, run.to) > run.to;
    if doc.sports && qualified() && (in_team_row(doc, ts, run) || team_contest(doc, ts, run)) {
        return Some(EntityKind::Organization);
    }
    let before_with = || run.from.checked_sub(2).and_then(|i| word(doc, &ts[i]));
    let result_before =
        || prev.is_some_and(|w| Class::ResultVerb.has(w)) || prev == Some("with") && before_with() == Some("drew");
    // (`upset Wimbledon champion Ana Ruiz`: the event of a contest's role.)
    let contest = next_word.is_some_and(words::is_contest_role);
    if doc.sports && (result_after(doc, ts, run.to) || result_before()) && !contest {
        return Some(EntityKind::Organization);
    }
    // `Harlow captain`, `Pinecrest general manager`: a team or company before a role.
    let role_at = |i: usize| {
        ts.get(i).and_then(|t| word(doc, t)).is_some_and(|w| words::is_role_noun(w) && !words::is_contest_role(w))
    };
    let modifier = || next_word.is_some_and(words::is_role_modifier);
    // `Shadow housing secretary …`: a capitalized modifier of the role is part of the title.
    let own = || {
        crate::lexicon::with_lowercase(ts[run.from].span.as_str(doc.text), |l| {
            words::is_role_modifier(l) || words::is_role_noun(l)
        })
    };
    // The role after the word is read first: there is rarely one. (`Management board chairman Ana
    // Ruiz`: a sentence's first word before a role's modifier is one more such word.)
    let first = run.to - 1 == first_word(ts);
    if (role_at(run.to) || modifier() && role_at(run.to + 1) && !first) && !own() {
        return Some(EntityKind::Organization);
    }
    // `tyre maker Castaldi`, `Castaldi shares`, `the Courier newspaper`, `Castaldi, the region's
    // largest utility,`: a company by the nouns around it.
    let company_after = noun_of_body_after(doc, ts, run.to) || company_cue_after(doc, ts, run).is_some();
    if prev.is_some_and(words::is_company_noun) || company_after {
        return Some(EntityKind::Organization);
    }
    // `the town of Varzob`, `Kelbrook airport`: a place by the nouns around it; but `the Varzobian
    // border town` is an adjective of a people or region.
    let adjective = is_demonym_shaped(ts[run.from].span.as_str(doc.text))
        && next_word.is_some_and(|w| w.starts_with(char::is_lowercase));
    if adjective {
        return None;
    }
    // (`Huge stadium lights …`, `Dense forest covers …`: a sentence's first word before a place's
    // noun is most often an adjective.)
    let opens = run.from == first_word(ts) && next_word.is_some_and(words::is_place_noun);
    if place_nouns_around(doc, ts, run, next_word) && !opens {
        return Some(EntityKind::Place);
    }
    // In a sports story, a lone capitalized word inside a sentence is most often a team; but not
    // one that modifies a noun after `the` (`the Eschbach stadium`), nor an event's before a
    // contest's role (`Wimbledon champion`).
    let after_mark = run.from > 0 && matches!(ts[run.from - 1].kind, TokenKind::Number | TokenKind::Punct);
    let common = after_mark && is_common(doc, ts[run.from].span.as_str(doc.text));
    let lower_after = next_word.is_some_and(|w| w.starts_with(char::is_lowercase));
    let modifies = prev == Some("the") && lower_after || contest;
    // (`Rovers: Host the Harlow Hawks on Sunday.`: after a colon, a word before `the` is a verb.)
    let verb_after_colon = after_mark && ts[run.from - 1].span.as_str(doc.text) == ":" && next_word == Some("the");
    if doc.sports && at_the_venue(doc, ts, run) {
        return Some(EntityKind::Place);
    }
    if doc.sports && run.from != first_word(ts) && !common && !modifies && !verb_after_colon {
        return Some(EntityKind::Organization);
    }
    None
}

/// `at the Estadio Kelby`, `At the Carrowdrome,`: in a sports report, a name after `at the` is the
/// ground a match is played at (a side there takes no article, `at Carrow`; nor do most names
/// of sides in the plural, `at the Harlow Hawks`).
fn at_the_venue(doc: &Doc<'_>, ts: &[Token], run: Run) -> bool {
    let w = |k: usize| run.from.checked_sub(k).and_then(|i| word(doc, &ts[i]));
    let last = ts[run.to - 1].span.as_str(doc.text);
    w(1) == Some("the") && matches!(w(2), Some("at" | "At")) && !last.ends_with('s')
}
