//! The gazetteers the entity grammar reads, and its questions to the lexicon.
//!
//! Word classes live in `crate::lexicon`; the gazetteers (countries, cities, regions,
//! organizations) are data files under `data/`.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::lexicon::{Class, Screen};
use crate::model::EntityKind;

/// What a gazetteer entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gaz {
    /// A place, with the index of its canonical entry.
    Place(u32),
    /// An organization, with the index of its canonical entry.
    Org(u32),
    /// A demonym or other adjective of a people: not a place mention.
    Demonym,
}

impl Gaz {
    /// The entity kind of the entry, when it names one.
    pub(super) fn kind(self) -> Option<EntityKind> {
        match self {
            Gaz::Place(_) => Some(EntityKind::Place),
            Gaz::Org(_) => Some(EntityKind::Organization),
            Gaz::Demonym => None,
        }
    }

    /// The canonical entry, when it names an entity.
    pub(super) fn id(self) -> Option<u32> {
        match self {
            Gaz::Place(i) | Gaz::Org(i) => Some(i),
            Gaz::Demonym => None,
        }
    }
}

/// The loaded gazetteers: exact forms and upper-case forms.
pub(super) struct Gazetteer {
    exact: FxHashMap<String, Gaz>,
    screen: Screen,
    upper: FxHashMap<String, Gaz>,
    /// The longest entry, in words.
    pub(super) max_words: usize,
    /// Entries below this index are organizations or countries; places from here on are cities and regions.
    first_city: u32,
}

impl Gazetteer {
    /// Looks a name up as written (words joined by single spaces).
    pub(super) fn get(&self, name: &str) -> Option<Gaz> {
        if !self.screen.may_hold(name.as_bytes()) {
            return None;
        }
        self.exact.get(name).copied()
    }

    /// Whether a place entry is a country or territory rather than a city or region.
    pub(super) fn is_country(&self, id: u32) -> bool {
        id < self.first_city
    }

    /// Looks a name up in capitals.
    pub(super) fn get_upper(&self, name: &str) -> Option<Gaz> {
        self.upper.get(name).copied()
    }
}

const COUNTRIES: &str = include_str!("../../data/gazetteer_countries.txt");
const DEMONYMS: &str = include_str!("../../data/gazetteer_demonyms.txt");
const CITIES: &str = include_str!("../../data/places_cities.txt");
const REGIONS: &str = include_str!("../../data/places_regions.txt");
const ORGS: &str = include_str!("../../data/orgs_international.txt");

fn data_lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn names(field: &str) -> impl Iterator<Item = &str> {
    field.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// The gazetteers, loaded once.
pub(super) fn gazetteer() -> &'static Gazetteer {
    static GAZ: OnceLock<Gazetteer> = OnceLock::new();
    GAZ.get_or_init(|| {
        let mut exact: FxHashMap<String, Gaz> = FxHashMap::default();
        let mut next = 0u32;
        let add = |exact: &mut FxHashMap<String, Gaz>, name: &str, g: Gaz| {
            exact.entry(name.to_string()).or_insert(g);
        };
        // Organizations first: `Vatican` and `Kremlin` style seats are organizations.
        for line in data_lines(ORGS) {
            let mut f = line.split('|');
            let id = next;
            next += 1;
            for n in f.next().into_iter().flat_map(names).chain(f.next().into_iter().flat_map(names)) {
                add(&mut exact, n, Gaz::Org(id));
            }
        }
        for line in data_lines(COUNTRIES) {
            let mut f = line.split('|');
            let id = next;
            next += 1;
            let name = f.next().unwrap_or("");
            let demonyms = f.next().unwrap_or("");
            let other = f.next().unwrap_or("");
            for n in names(name).chain(names(other)) {
                add(&mut exact, n, Gaz::Place(id));
            }
            for d in names(demonyms) {
                add(&mut exact, d, Gaz::Demonym);
            }
        }
        let first_city = next;
        for data in [CITIES, REGIONS] {
            for line in data_lines(data) {
                let id = next;
                next += 1;
                for n in line.split('|').map(str::trim).filter(|s| !s.is_empty()) {
                    add(&mut exact, n, Gaz::Place(id));
                }
            }
        }
        for d in data_lines(DEMONYMS) {
            add(&mut exact, d, Gaz::Demonym);
        }
        // `U.S.` at the end of a sentence is written `U.S` before the sentence's period.
        let dotted: Vec<(String, Gaz)> =
            exact.iter().filter_map(|(k, v)| Some((k.strip_suffix('.')?.to_string(), *v))).collect();
        for (k, v) in dotted {
            exact.entry(k).or_insert(v);
        }
        let mut upper = FxHashMap::default();
        let mut max_words = 1;
        for (k, v) in &exact {
            max_words = max_words.max(k.split(' ').count());
            // Short capitals forms (`US`, `AP`) are words in a headline, not names.
            if k.chars().filter(|c| c.is_alphabetic()).count() > 2 || k.contains('.') {
                upper.entry(k.to_uppercase()).or_insert(*v);
            }
        }
        let screen = Screen::of(exact.keys().map(|k| k.as_bytes()));
        Gazetteer { exact, screen, upper, max_words, first_city }
    })
}

/// Honorifics written before a name (without their period): titles and honorifics in full.
pub(super) fn is_honorific(w: &str) -> bool {
    Class::Title.has_as_written(w) || Class::Honorific.has_as_written(w)
}

/// Questions to the lexicon about a name word as written, capitals included.
macro_rules! as_written {
    ($($(#[$doc:meta])* $name:ident => $class:ident,)*) => {
        $($(#[$doc])* pub(super) fn $name(w: &str) -> bool {
            Class::$class.has_as_written(w)
        })*
    };
}

as_written! {
    /// Honorifics that stand before several names joined by `and`.
    is_plural_honorific => PluralTitle,
    /// Capitalized title words that end a title standing before a name (`Prime Minister`, `President`).
    is_title_head => TitleHead,
    /// Title heads that are names of things when nothing name-like follows (`Grand`, `Chief`).
    is_weak_title_head => WeakTitleHead,
    /// Lower-case role nouns that stand before a name (`spokesman Peter Otieno`).
    is_role_noun => RoleNoun,
    /// Lower-case words that qualify a role noun (`senior adviser`, `presidential spokesman`).
    is_role_modifier => RoleModifier,
    /// Organization heads that can open a name before `of` (`Bank of England`).
    is_org_of_head => OrgOfHead,
    /// Company suffixes, which end a name rather than join two with `and`.
    is_corporate_suffix => CorporateSuffix,
    /// Last words of place names (`Mercer Road`, `Red Square`).
    is_place_head => PlaceHead,
    /// Last words of event and thing names, which are not people (`Winter Games`, `Cold War`).
    is_event_head => EventHead,
    /// Lower-case nouns after a name that make it the name of a thing (`the Lamu Gateway pipeline`).
    is_thing_noun => ThingNoun,
    /// Lower-case name connectors inside personal and place names (`de`, `van`, `bin`).
    is_name_connector => NameConnector,
    /// Words that precede a place (`in Carrow`, `near Lyon`).
    is_place_preposition => PlacePreposition,
    /// Lower-case nouns of places (`the town of X`, `X airport`).
    is_place_noun => PlaceNoun,
    /// Lower-case nouns that stand before a company's name (`tyre maker Castaldi`, `rival Denholm`).
    is_company_noun => CompanyNoun,
    /// Lower-case heads that `the ministry` style mentions may use to refer back to an organization.
    is_back_reference_head => BackReferenceHead,
}

/// Last words of organization names (`Ministry`, `Party`, `Inc`).
pub(super) fn is_org_head(w: &str) -> bool {
    Class::OrgHead.has_as_written(w) || Class::CorporateSuffix.has_as_written(w)
}

/// Months, days and other capitalized calendar words. `Jan` and `Jun` are left out: they are
/// first names as often (`Jan van der Berg`, `Zhang Jun`).
pub(super) fn is_calendar(w: &str) -> bool {
    Class::Month.has_as_written(w)
        || Class::Weekday.has_as_written(w)
        || Class::MonthAbbreviation.has_as_written(w) && !matches!(w, "Jan" | "Jun")
        || Class::CalendarWord.has_as_written(w)
}

/// A function word or common opener, or a contraction of one (`I've`, `It’s`).
pub(super) fn is_stop(w: &str) -> bool {
    is_stop_word(w)
        || w.bytes().any(|b| b == b'\'' || b == 0xE2)
            && w.split_once(['\'', '’']).is_some_and(|(head, _)| is_stop_word(head))
}

/// Speech and reporting verbs, which end a role phrase or an appositive next to a name: the cue
/// verbs of the quote grammar and the other speech verbs.
pub(super) fn is_speech_verb(w: &str) -> bool {
    [Class::SayVerb, Class::NamingVerb, Class::ReportVerb, Class::OtherSpeechVerb].iter().any(|c| c.has_as_written(w))
}

/// Function words and common sentence openers that are never names by themselves.
pub(super) fn is_stop_word(w: &str) -> bool {
    Class::EntityStopWord.has_as_written(w) || Class::FunctionWord.has_capitalized(w)
}
