//! The gazetteers the entity grammar reads: countries with their demonyms, cities, regions and
//! well-known organizations, from the data files under `data/`.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::lexicon::Screen;
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
    /// The forms as the data files write them, borrowed from the files: no string is allocated
    /// for them.
    exact: FxHashMap<&'static str, Gaz>,
    screen: Screen,
    upper: FxHashMap<String, Gaz>,
    /// The longest entry, in words.
    pub(super) max_words: usize,
    /// Entries below this index are organizations or countries; places from here on are cities and regions.
    first_city: u32,
    /// Places from here on are regions (states, provinces, seas).
    first_region: u32,
}

impl Gazetteer {
    /// Looks a name up as written (words joined by single spaces).
    pub(super) fn get(&self, name: &str) -> Option<Gaz> {
        let found = self.look_up(name);
        // Most names are found or missed as written: one pass over the bytes tells the others.
        if found.is_some() || !name.bytes().any(|b| b >= 0x80 || b == b'-') {
            return found;
        }
        self.get_unusual(name)
    }

    /// A name with accents or a hyphen, missed as written.
    #[cold]
    fn get_unusual(&self, name: &str) -> Option<Gaz> {
        // `São Paulo`, `Bogotá`: the data files write names without their accents.
        if !name.is_ascii() {
            if let Some(found) = without_accents(name).and_then(|plain| self.look_up(&plain)) {
                return Some(found);
            }
        }
        // `Arab-Israeli`, `Franco-German`: a compound of demonyms is one.
        let compound = name.contains('-') && name.split('-').all(|part| self.look_up(part) == Some(Gaz::Demonym));
        compound.then_some(Gaz::Demonym)
    }

    fn look_up(&self, name: &str) -> Option<Gaz> {
        if !self.screen.may_hold(name.as_bytes()) {
            return None;
        }
        self.exact.get(name).copied()
    }

    /// Whether a place entry is a country or territory rather than a city or region.
    pub(super) fn is_country(&self, id: u32) -> bool {
        id < self.first_city
    }

    /// Whether `name` is a place's name (a country, city or region).
    pub(super) fn is_place(&self, name: &str) -> bool {
        matches!(self.get(name), Some(Gaz::Place(_)))
    }

    /// Whether the place entry `id` is a city (not a country or region).
    pub(super) fn is_city(&self, id: u32) -> bool {
        (self.first_city..self.first_region).contains(&id)
    }

    /// Looks a name up in capitals.
    pub(super) fn get_upper(&self, name: &str) -> Option<Gaz> {
        self.upper.get(name).copied()
    }
}

/// `name` with the accents of Latin letters taken off (`Sao Paulo` for `São Paulo`), or `None`
/// when it has a letter outside those this knows.
fn without_accents(name: &str) -> Option<String> {
    name.chars()
        .map(|c| {
            if c.is_ascii() {
                return Some(c);
            }
            let plain = match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ă' => 'a',
                'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ą' => 'A',
                'ç' | 'ć' | 'č' => 'c',
                'Ç' | 'Ć' | 'Č' => 'C',
                'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
                'È' | 'É' | 'Ê' | 'Ë' => 'E',
                'ì' | 'í' | 'î' | 'ï' | 'ı' => 'i',
                'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => 'I',
                'ñ' | 'ń' | 'ň' => 'n',
                'Ñ' => 'N',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => 'o',
                'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'O',
                'ù' | 'ú' | 'û' | 'ü' | 'ű' | 'ů' => 'u',
                'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
                'ý' | 'ÿ' => 'y',
                'ś' | 'š' | 'ş' | 'ș' => 's',
                'Ś' | 'Š' | 'Ş' | 'Ș' => 'S',
                'ź' | 'ż' | 'ž' => 'z',
                'Ź' | 'Ż' | 'Ž' => 'Z',
                'ł' => 'l',
                'Ł' => 'L',
                'ř' => 'r',
                'ğ' => 'g',
                'ț' | 'ţ' => 't',
                _ => return None,
            };
            Some(plain)
        })
        .collect()
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

/// About how many forms the gazetteers hold, to size the map once.
const ENTRIES: usize = 4096;

/// The gazetteers, loaded once.
pub(super) fn gazetteer() -> &'static Gazetteer {
    static GAZ: OnceLock<Gazetteer> = OnceLock::new();
    GAZ.get_or_init(|| {
        // Sized for every entry (some 4,000 forms): filled without rehashing. Nothing read from
        // the map depends on its order (a test holds this for the capitals forms below).
        let mut exact: FxHashMap<&'static str, Gaz> = FxHashMap::with_capacity_and_hasher(ENTRIES, Default::default());
        let mut next = 0u32;
        let add = |exact: &mut FxHashMap<&'static str, Gaz>, name: &'static str, g: Gaz| {
            exact.entry(name).or_insert(g);
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
        let mut first_region = next;
        for data in [CITIES, REGIONS] {
            // Regions come last: the last list starts them.
            first_region = next;
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
        // `U.S.` at the end of a sentence is written `U.S` before the sentence's period. (Not
        // `Mo.` or `Miss.`: without their period they are a name and a title.)
        let dotted: Vec<(&'static str, Gaz)> =
            exact.iter().filter_map(|(k, v)| Some((k.strip_suffix('.').filter(|k| k.contains('.'))?, *v))).collect();
        for (k, v) in dotted {
            exact.entry(k).or_insert(v);
        }
        let mut upper = FxHashMap::with_capacity_and_hasher(exact.len(), Default::default());
        let mut max_words = 1;
        for (k, v) in &exact {
            max_words = max_words.max(k.split(' ').count());
            // Short capitals forms (`US`, `AP`) are words in a headline, not names.
            if k.chars().filter(|c| c.is_alphabetic()).count() > 2 || k.contains('.') {
                upper.entry(super::uppercase(k)).or_insert(*v);
            }
        }
        let screen = Screen::of(exact.keys().map(|k| k.as_bytes()));
        Gazetteer { exact, screen, upper, max_words, first_city, first_region }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The capitals map keeps the first entry of each capitals form in the order of `exact`,
    /// a hash map: forms that share their capitals must name the same entry, or the result
    /// would depend on that order.
    #[test]
    fn forms_with_the_same_capitals_name_the_same_entry() {
        let gaz = gazetteer();
        let mut seen: FxHashMap<String, (&str, Gaz)> = FxHashMap::default();
        for (&k, &v) in &gaz.exact {
            if k.chars().filter(|c| c.is_alphabetic()).count() > 2 || k.contains('.') {
                if let Some(&(other, w)) = seen.get(&super::super::uppercase(k)) {
                    assert_eq!(v, w, "{k} and {other}");
                }
                seen.insert(super::super::uppercase(k), (k, v));
            }
        }
    }
}
