//! Word classes and gazetteers the entity grammar reads.
//!
//! Word classes are small closed lists of common nouns and function words;
//! the gazetteers (countries, cities, regions, organizations) are data files.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::model::EntityKind;

/// A small, fast hasher for short word keys (the multiply-rotate scheme of rustc's `FxHasher`).
#[derive(Clone, Copy, Default)]
pub(super) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl WordHasher {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A hash map keyed by words.
pub(super) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A hash set of words.
pub(super) type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

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
    exact: WordMap<String, Gaz>,
    screen: Screen,
    upper: WordMap<String, Gaz>,
    /// The longest entry, in words.
    pub(super) max_words: usize,
    /// Entries below this index are organizations or countries; places from here on are cities and regions.
    first_city: u32,
}

impl Gazetteer {
    /// Looks a name up as written (words joined by single spaces).
    pub(super) fn get(&self, name: &str) -> Option<Gaz> {
        if !self.screen.may_contain(name) {
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
        let mut exact: WordMap<String, Gaz> = WordMap::default();
        let mut next = 0u32;
        let add = |exact: &mut WordMap<String, Gaz>, name: &str, g: Gaz| {
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
        let mut upper = WordMap::default();
        let mut max_words = 1;
        for (k, v) in &exact {
            max_words = max_words.max(k.split(' ').count());
            // Short capitals forms (`US`, `AP`) are words in a headline, not names.
            if k.chars().filter(|c| c.is_alphabetic()).count() > 2 || k.contains('.') {
                upper.entry(k.to_uppercase()).or_insert(*v);
            }
        }
        let screen = Screen::new(exact.keys().map(String::as_str));
        Gazetteer { exact, screen, upper, max_words, first_city }
    })
}

fn set(words: &'static [&'static str]) -> WordSet<&'static str> {
    words.iter().copied().collect()
}

/// A cheap signature of a word: its length and its first and last bytes, in 4,096 buckets.
fn signature(w: &str) -> usize {
    let b = w.as_bytes();
    let first = usize::from(b.first().copied().unwrap_or(0));
    let last = usize::from(b.last().copied().unwrap_or(0));
    (b.len().min(63) * 64 + first * 7 + last * 131) & 4095
}

/// A bitmap of the signatures of a set of words, which rules most other words out without hashing.
struct Screen([u64; 64]);

impl Screen {
    fn new<'w>(words: impl Iterator<Item = &'w str>) -> Screen {
        let mut bits = [0u64; 64];
        for w in words {
            let s = signature(w);
            bits[s >> 6] |= 1 << (s & 63);
        }
        Screen(bits)
    }

    fn may_contain(&self, w: &str) -> bool {
        let s = signature(w);
        self.0[s >> 6] & (1 << (s & 63)) != 0
    }
}

/// A closed class of words with its screen.
struct WordClass {
    screen: Screen,
    set: WordSet<&'static str>,
}

impl WordClass {
    fn new(words: &'static [&'static str]) -> WordClass {
        WordClass { screen: Screen::new(words.iter().copied()), set: set(words) }
    }

    fn contains(&self, w: &str) -> bool {
        self.screen.may_contain(w) && self.set.contains(w)
    }
}

macro_rules! word_class {
    ($(#[$doc:meta])* $name:ident, [$($w:expr),* $(,)?]) => {
        $(#[$doc])*
        pub(super) fn $name(w: &str) -> bool {
            static SET: OnceLock<WordClass> = OnceLock::new();
            SET.get_or_init(|| WordClass::new(&[$($w),*])).contains(w)
        }
    };
}

word_class!(
    /// Honorifics written before a name (without their period).
    is_honorific,
    ["Mr", "Mrs", "Ms", "Mx", "Dr", "Messrs", "Mmes", "Mme", "Mlle", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov",
     "Gen", "Adm", "Lt", "Col", "Capt", "Sgt", "Cpl", "Maj", "Rev", "Sir", "Dame", "Sheikh", "Cmdr", "Brig", "Insp",
     "Supt", "Det", "Msgr", "Herr", "Frau", "Senor", "Senora", "Signor", "Monsieur", "Madame", "Lord", "Lady", "Baroness"]
);

word_class!(
    /// Honorifics that stand before several names joined by `and`.
    is_plural_honorific,
    ["Messrs", "Mmes", "Sens", "Reps", "Gens"]
);

word_class!(
    /// Capitalized title words that end a title standing before a name (`Prime Minister`, `President`).
    is_title_head,
    ["President", "Minister", "Premier", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Emir",
     "Sultan", "Senator", "Governor", "Admiral", "Judge", "Justice", "Mayor", "Ambassador", "Secretary",
     "Chairman", "Chairwoman", "Commissioner", "Cardinal", "Archbishop", "Bishop", "Colonel", "Lieutenant",
     "Sergeant", "Captain", "Professor", "Representative", "Congressman", "Congresswoman", "Councillor",
     "Councilman", "Speaker", "Ayatollah", "Imam", "Rabbi", "Patriarch", "Marshal", "Brigadier", "Detective",
     "Inspector", "Superintendent", "Coach", "Manager", "Director", "Spokesman", "Spokeswoman", "Envoy",
     "Vice-President", "Crown", "Grand", "Deputy", "State", "General", "CEO", "Democrat", "Republican", "Chair",
     "Chairperson", "Executive", "Dictator", "Leader", "Chief", "Officer", "Gen", "Mullah"]
);

word_class!(
    /// Title heads that are names of things when nothing name-like follows (`Grand`, `Chief`).
    is_weak_title_head,
    ["Crown", "Grand", "Deputy", "State", "General", "Chair", "Executive", "Leader", "Chief", "Officer", "Manager", "Director", "Coach", "Justice"]
);

word_class!(
    /// Lower-case role nouns that stand before a name (`spokesman Peter Otieno`).
    is_role_noun,
    ["spokesman", "spokeswoman", "spokesperson", "leader", "president", "minister", "premier", "adviser", "advisor",
     "aide", "chief", "official", "officer", "director", "chairman", "chairwoman", "executive", "ceo", "founder",
     "owner", "coach", "manager", "captain", "striker", "defender", "midfielder", "goalkeeper", "keeper", "forward",
     "winger", "playmaker", "batsman", "bowler", "spinner", "all-rounder", "rounder", "opener", "seamer", "pitcher",
     "catcher", "outfielder", "quarterback", "rider", "driver", "cyclist", "champion", "player", "teammate",
     "compatriot", "countryman", "international", "runner", "sprinter", "swimmer", "skier", "jockey", "trainer",
     "boxer", "golfer", "seed", "challenger", "holder", "winner", "veteran", "rookie", "star", "analyst",
     "economist", "strategist", "dealer", "trader", "broker", "lawyer", "attorney", "prosecutor", "judge", "envoy",
     "ambassador", "diplomat", "negotiator", "mediator", "secretary", "governor", "mayor", "senator", "lawmaker",
     "legislator", "deputy", "candidate", "rival", "commander", "general", "colonel", "major", "lieutenant",
     "sergeant", "soldier", "policeman", "dissident", "activist", "rebel", "guerrilla", "militant",
     "cleric", "bishop", "priest", "archbishop", "cardinal", "preacher", "monk", "writer", "author", "novelist",
     "poet", "journalist", "reporter", "correspondent", "editor", "columnist", "photographer", "actor", "actress",
     "singer", "musician", "producer", "artist", "composer", "conductor", "chef", "designer", "architect",
     "scientist", "professor", "researcher", "doctor", "surgeon", "physician", "nurse", "banker", "investor",
     "financier", "tycoon", "magnate", "billionaire", "businessman", "businesswoman", "entrepreneur",
     "industrialist", "chancellor", "prince", "princess", "king", "queen", "monarch", "emperor", "dictator",
     "strongman", "head", "boss", "partner", "colleague", "successor", "predecessor", "counterpart", "husband",
     "wife", "son", "daughter", "father", "mother", "brother", "sister", "widow", "nephew", "niece", "uncle", "aunt",
     "friend", "fan", "survivor", "victim", "suspect", "defendant", "witness", "prisoner", "hostage", "refugee",
     "resident", "student", "teacher", "pilot", "nominee", "incumbent", "speaker", "vice-president",
     "vice-chairman", "fullback", "halfback", "scrum-half", "fly-half", "hooker",
     "flanker", "wicketkeeper", "wicket-keeper", "skipper", "stopper", "sweeper", "substitute",
     "debutant", "newcomer", "hitter", "slugger", "infielder", "reliever", "starter", "closer", "shortstop",
     "baseman", "left-hander", "right-hander", "hander", "midfield", "spokesmen"]
);

word_class!(
    /// Lower-case words that qualify a role noun (`senior adviser`, `presidential spokesman`).
    is_role_modifier,
    ["former", "senior", "top", "deputy", "acting", "interim", "presidential", "government", "party", "state",
     "foreign", "economic", "military", "national", "regional", "local", "veteran", "longtime", "chief",
     "opposition", "team", "club", "defence", "defense", "finance", "trade", "security", "policy", "press",
     "communications", "political", "general", "managing", "executive", "vice", "assistant", "associate", "special",
     "first", "prime", "foreign-policy", "economics", "central", "bank", "ministry", "police", "army"]
);

word_class!(
    /// Last words of organization names (`Ministry`, `Party`, `Inc`).
    is_org_head,
    ["Ministry", "Department", "Party", "Agency", "Council", "Commission", "Bank", "Banks", "Fund", "University",
     "College", "Institute", "Court", "Parliament", "Congress", "Assembly", "Senate", "Inc", "Corp", "Corporation",
     "Co", "Cos", "Ltd", "LLC", "Plc", "PLC", "plc", "AG", "SA", "NV", "GmbH", "Group", "Holdings", "Holding",
     "Journal", "Times", "Post", "News", "Herald", "Tribune", "Telegraph", "Gazette", "Press", "Chronicle",
     "Daily", "Review", "Magazine", "Association", "Federation", "Union", "Committee", "Board", "Authority",
     "Organization", "Organisation", "Office", "Service", "Services", "Airlines", "Airways", "Motors", "Industries",
     "Company", "Club", "Society", "Foundation", "Front", "Movement", "Army", "Navy", "Police", "Exchange",
     "Reserve", "Church", "Cabinet", "Government", "Administration", "Bureau", "Corps", "Team", "United", "Rovers",
     "FC", "Athletic", "Wanderers", "Albion", "Hotspur", "Systems", "Technologies", "Electric", "Energy",
     "Petroleum", "Railways", "Bancorp", "Securities", "Capital", "Partners", "Trust", "Insurance", "Telecom",
     "Communications", "Network", "Television", "Radio", "Broadcasting", "Institution", "Alliance",
     "Brigade", "Brigades", "Militia", "Guard", "Tigers", "Forces", "Force", "Chamber", "Directorate", "Tribunal",
     "Academy", "Hospital", "Laboratories", "Pharmaceuticals", "Airline", "Mining", "Steel", "Oil", "Gas", "Motor",
     "Bros", "Brothers", "Enterprises", "International", "Worldwide", "Investments", "Financial", "Resources",
     "Products", "Foods", "Stores", "Group's", "Ventures", "Cooperative", "Consortium", "Conference", "Caucus",
     "Junta", "Politburo", "Presidium", "Secretariat", "Bloc", "Coalition", "Sporting", "Dynamo", "Spartak",
     "County", "Town", "City", "Celtic", "Rangers", "Wednesday", "Villa", "Bulls", "Stars", "Kings", "Giants"]
);

word_class!(
    /// Organization heads that can open a name before `of` (`Bank of England`).
    is_org_of_head,
    ["Ministry", "Department", "Bank", "University", "Institute", "Court", "Council", "Commission", "Board",
     "League", "Organization", "Organisation", "Union", "Federation", "Association", "Party", "Church", "Chamber",
     "Academy", "Office", "Committee", "Fund", "Agency", "Congress", "Assembly", "House", "College", "School",
     "Society", "Duke", "Movement", "Republic", "Isle", "Front", "Army", "Patriotic", "People's", "Peoples", "Bureau", "Parliament"]
);

word_class!(
    /// Company suffixes, which end a name rather than join two with `and`.
    is_corporate_suffix,
    ["Inc", "Corp", "Corporation", "Co", "Cos", "Ltd", "LLC", "Plc", "PLC", "plc", "AG", "SA", "NV", "GmbH", "Group",
     "Holdings", "Company", "Bancorp"]
);

word_class!(
    /// Last words of place names (`Grace Road`, `Red Square`).
    is_place_head,
    ["Republic", "Isle", "Road", "Street", "Avenue", "Square", "Stadium", "Park", "Island", "Islands", "River", "Mountain",
     "Mountains", "Mount", "Lake", "Valley", "Sea", "Ocean", "Bay", "Gulf", "Strait", "Straits", "Peninsula",
     "Province", "Region", "District", "Oblast", "Prefecture", "Territory", "Territories", "Coast", "Desert",
     "Plain", "Plains", "Heights", "Canal", "Harbour", "Harbor", "Airport", "Bridge", "Boulevard", "Lane",
     "Hills", "Forest", "Beach", "Falls", "Basin", "Delta", "Highlands", "Archipelago", "Cape", "Arena", "Ground",
     "Oval", "Palace", "Castle", "Cathedral", "Temple", "Mosque", "Center", "Centre", "Field",
     "Stadion", "Estadio", "Passage", "Glacier", "Reef", "Fjord", "Lagoon", "Canyon"]
);

word_class!(
    /// Last words of event and thing names, which are not people (`Winter Olympics`, `Cold War`).
    is_event_head,
    ["Cup", "League", "Olympics", "Olympic", "Games", "War", "Championship", "Championships", "Open", "Prix",
     "Trophy", "Series", "Festival", "Award", "Awards", "Prize", "Day", "Week", "Tour", "Classic", "Masters",
     "Grand", "Rally", "Marathon", "Derby", "Stakes", "Act", "Accord", "Accords", "Treaty", "Agreement", "Plan",
     "Doctrine", "Revolution", "Crisis", "Summit", "Expo", "Show", "Pipeline", "Index", "Fair", "Declaration",
     "Conference", "Initiative", "Protocol", "Charter", "Constitution", "Bill", "Law", "Code", "Era", "Age",
     "Empire", "Dynasty", "Rebellion", "Uprising", "Massacre", "Genocide", "Holocaust", "Crusade", "Olympiad",
     "Bowl", "Playoffs", "Finals", "Final", "Grand Slam", "Slam", "Challenge", "Invitational", "Jubilee",
     "Christmas", "Easter", "Ramadan", "Eid", "Airbus", "Boeing", "Prize's", "Shield", "Plate", "Medal",
     "Tournament", "Sevens", "Stage", "Leg", "Round", "Division", "Program", "Programme", "Project", "Fund's"]
);

word_class!(
    /// Months, days and other capitalized calendar words.
    is_calendar,
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "Feb", "Mar", "Apr", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "GMT", "EST", "EDT", "BST", "CET", "AM", "PM", "A.M", "P.M", "Christmas", "Easter",
     "Ramadan", "New Year", "Halloween", "Thanksgiving"]
);

word_class!(
    /// Function words and common sentence openers that are never names by themselves.
    is_stop_word,
    ["The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "We", "They", "I", "You", "His", "Her",
     "Its", "Our", "Their", "My", "Your", "In", "On", "At", "For", "From", "With", "By", "To", "Of", "And", "But",
     "Or", "Nor", "As", "If", "When", "While", "After", "Before", "During", "Since", "Until", "Although", "Though",
     "Because", "However", "Meanwhile", "Also", "So", "Then", "There", "Here", "What", "Which", "Who", "Whom",
     "Whose", "Where", "Why", "How", "All", "Some", "Many", "Most", "Several", "Few", "Both", "Each", "Every", "No",
     "Not", "Other", "Another", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
     "First", "Second", "Third", "Last", "Next", "Under", "Over", "About", "Above", "Below", "Among", "Between",
     "Against", "Without", "Within", "Into", "Through", "Despite", "Following", "According", "Asked", "Yes", "Oh",
     "Please", "Thank", "Thanks", "Let", "Now", "Today", "Yesterday", "Tomorrow", "Still", "Yet", "Even", "Just",
     "Only", "More", "Less", "Much", "Very", "Former", "Add", "Did", "Except", "Others", "Well", "Once", "Earlier",
     "Later", "Instead", "Indeed", "Besides", "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Otherwise",
     "Thus", "Hence", "Therefore", "Overall", "Elsewhere", "Previously", "Currently", "Recently", "Finally",
     "Initially", "Separately", "Additionally", "Including", "Excluding", "Unlike", "Like", "Any", "None", "Nothing",
     "Everything", "Everyone", "Someone", "Anyone", "Nobody", "Somebody", "Whether", "Upon", "Along", "Around",
     "Behind", "Beyond", "Near", "Outside", "Inside", "Across", "Toward", "Towards", "Via", "Per", "Sources",
     "Officials", "People", "Police", "Analysts", "Traders", "Dealers", "Shares", "Prices", "Results", "Result",
     "Note", "Notes", "Source", "Total", "Data", "Reporting", "Editing", "Writing", "Additional", "Write", "Contact",
     "Copyright", "Photo", "Video", "Read", "See", "Related", "Update", "Updated", "Breaking", "Exclusive",
     "Analysis", "Opinion", "Comment", "Editorial", "Interview", "Q", "Wins", "Beat", "Beats", "Won", "Lost", "Drew",
     "Lead", "Leads", "Top", "Halftime", "Attendance", "Scorers", "Scorer", "Standings", "Played", "Pts", "Pos",
     "Team", "Teams", "Player", "Players", "Score", "Scores", "Points", "Goals", "Match", "Matches", "Table",
     "Group", "Division", "Round", "Final", "Finals", "Semifinal", "Semifinals", "Quarterfinal", "Quarterfinals",
     "Men", "Women", "Men's", "Women's", "Singles", "Doubles", "Leading", "Fourth", "Fifth", "Sixth", "Seventh",
     "Eighth", "Ninth", "Tenth", "Neither", "Either", "Sometimes", "Perhaps", "Maybe", "Never", "Always", "Often"]
);

/// A function word or common opener, or a contraction of one (`I've`, `It’s`).
pub(super) fn is_stop(w: &str) -> bool {
    is_stop_word(w)
        || w.bytes().any(|b| b == b'\'' || b == 0xE2)
            && w.split_once(['\'', '’']).is_some_and(|(head, _)| is_stop_word(head))
}

word_class!(
    /// Lower-case name connectors inside personal and place names (`de`, `van`, `bin`).
    is_name_connector,
    ["de", "da", "do", "dos", "das", "du", "van", "von", "der", "den", "ter", "ten", "bin", "ibn", "bint", "al",
     "el", "le", "la", "di", "del", "della", "y", "zu", "abu", "ben"]
);

word_class!(
    /// Speech and reporting verbs that follow or precede a speaker.
    is_speech_verb,
    ["said", "says", "told", "added", "stated", "declared", "announced", "asked", "replied", "noted", "explained",
     "warned", "insisted", "argued", "wrote", "tells", "adds", "according", "urged", "claimed", "commented",
     "confirmed", "denied", "admitted", "acknowledged", "predicted", "recalled", "stressed", "believes",
     "thinks", "believed", "thought", "quoted", "cited", "reported", "spoke", "speaking"]
);

word_class!(
    /// Words that precede a place (`in Leicester`, `near Basra`).
    is_place_preposition,
    ["in", "near", "outside", "across", "throughout", "via", "towards", "toward"]
);

word_class!(
    /// Lower-case nouns of places (`the town of X`, `X airport`).
    is_place_noun,
    ["town", "city", "village", "province", "region", "district", "capital", "port", "island", "suburb", "county",
     "airport", "valley", "river", "mountains", "border", "enclave", "hamlet", "municipality", "oblast",
     "prefecture", "township", "state", "territory", "republic", "peninsula"]
);

word_class!(
    /// Lower-case nouns that stand before a company's name (`tyre maker Pirelli`, `rival Ericsson`).
    is_company_noun,
    ["company", "firm", "group", "giant", "maker", "carrier", "insurer", "bank", "rival", "unit", "subsidiary",
     "operator", "producer", "manufacturer", "retailer", "airline", "conglomerate", "automaker", "carmaker",
     "brewer", "miner", "lender", "broker", "brokerage", "agency", "newspaper", "daily", "broadcaster", "club",
     "side", "outfit", "partner", "supplier", "distributor", "developer", "chipmaker", "utility", "exporter"]
);

word_class!(
    /// Lower-case heads that `the ministry` style mentions may use to refer back to an organization.
    is_back_reference_head,
    ["ministry", "journal", "party", "agency", "bank", "commission", "council", "parliament", "court", "fund",
     "university", "committee"]
);

word_class!(
    /// Sports words that introduce a results story, where capitalized words before scores are teams.
    is_sport_word,
    ["SOCCER", "FOOTBALL", "CRICKET", "RUGBY", "BASEBALL", "BASKETBALL", "HOCKEY", "ICE", "TENNIS", "GOLF",
     "CYCLING", "ATHLETICS", "MOTORCYCLING", "MOTOR", "MOTORSPORT", "BOXING", "SWIMMING", "ROWING", "SAILING",
     "HORSE", "RACING", "SKIING", "VOLLEYBALL", "HANDBALL", "NFL", "NBA", "NHL", "MLB", "SQUASH", "BADMINTON",
     "TABLE", "SNOOKER", "DARTS", "EQUESTRIANISM", "TRIATHLON", "WRESTLING", "JUDO", "FENCING", "GYMNASTICS"]
);
