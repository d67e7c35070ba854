//! Every closed word class the grammars read, once, as data.
//!
//! A class is a text file in `words/`: one word (or fixed phrase) a line, written as it
//! stands in an article (`Mr`, `Inc`, `spokesman`), after `#` comment lines that say what
//! the class is. The `classes!` table below gives each file its `Class`. Adding a word is a
//! line in a file; adding a class is a file and a line in the table.
//!
//! All classes sit in one `WordSet`, built on first use, which answers:
//! - `Class::has`: is the word in the class, ignoring ASCII case (`SAID`, `Said`, `said`);
//! - `Class::has_as_written`: is it listed in exactly this form (`Mr` but not `MR`), for name
//!   words, where capitals are part of the cue;
//! - `classes`: every class of a word in one look-up, for the scans that ask several, and
//!   `written`: every class that lists it as written, or in lowercase where it is capitalized
//!   (`When` at the start of a sentence for `when`);
//! - `Class::words` and `Class::position`: the words in file order, for the ordered classes
//!   whose position is a value (months, weekdays, numbers; see `numbers.rs`).
//!
//! A rule may still name the particular words it is about (`according to`, `the day before`);
//! a list of words that the grammar treats alike is a class and lives here.
//! Gazetteers of places and organizations are data files under `data/`, read by the entity pass.

mod numbers;

use std::sync::{LazyLock, OnceLock};

use rustc_hash::FxHashMap;

pub(crate) use numbers::{month_number, number_value, scale_value, weekday_number};

/// Holidays and the days they fall on (read by the time pass, `time/holidays.rs`).
pub(crate) const HOLIDAYS: &str = include_str!("holidays.tsv");

/// Declares the classes: each variant of [`Class`] and the file that lists its words.
macro_rules! classes {
    ($($(#[$doc:meta])* $class:ident => $file:literal,)*) => {
        /// A closed class of words.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub(crate) enum Class {
            $($(#[$doc])* $class,)*
        }

        /// Each class with the text of its file, in declaration order.
        const FILES: &[(Class, &str)] = &[$((Class::$class, include_str!(concat!("words/", $file))),)*];
    };
}

classes! {
    // Calendar and numbers: ordered classes, whose position in their file is their value.
    /// Month names, January first: the position in this file is the month's number.
    Month => "months.txt",
    /// Abbreviated month names as written, without their period.
    MonthAbbreviation => "month_abbreviations.txt",
    /// Weekday names, Monday first: the position plus one is the ISO weekday.
    Weekday => "weekdays.txt",
    /// Words for days relative to today.
    DayWord => "day_words.txt",
    /// Capitalized calendar words besides months and weekdays: time zones, holidays.
    CalendarWord => "calendar_words.txt",
    /// Number words from zero to nineteen: the position in this file is the value.
    NumberUnderTwenty => "numbers_under_twenty.txt",
    /// Tens from twenty to ninety: the value is (position + 2) * 10.
    Tens => "tens.txt",
    /// Scale words of numbers, smallest first (values in lexicon/numbers.rs).
    Scale => "scales.txt",
    /// Ordinal words: the position plus one is the value (centuries, quarters).
    Ordinal => "ordinals.txt",
    /// Function words that every grammar treats as such (`after`, `when`, `this`).
    FunctionWord => "function_words.txt",
    // Titles, abbreviations and sentence openers.
    /// Abbreviated titles written before a name, as written, without their period (`Mr.`, `Sen.`).
    Title => "titles.txt",
    /// Plural titles, which stand before several names joined by `and`.
    PluralTitle => "plural_titles.txt",
    /// Honorifics written in full before a name (`Sir`, `Sheikh`): with the titles, they make a person.
    Honorific => "honorifics.txt",
    /// Abbreviations that open a place name (`St`, `Mt`, `Ft`).
    PlaceAbbreviation => "place_abbreviations.txt",
    /// Abbreviated company words (`Inc`, `Corp`), whose period belongs to the name.
    CompanyAbbreviation => "company_abbreviations.txt",
    /// Abbreviated suffixes after a person's name (`Jr.`).
    NameSuffix => "name_suffixes.txt",
    /// Letters after a person's name for an office or an honour (`MP`, `KC`, `OBE`), no part of it.
    PostNominal => "post_nominals.txt",
    /// Abbreviated US state names as written in wire copy (`Calif`, `Wash`).
    StateAbbreviation => "state_abbreviations.txt",
    /// Other abbreviations whose period ends a sentence only before a word that opens one.
    Abbreviation => "abbreviations.txt",
    /// Abbreviations whose period never ends a sentence before a number (`No.
    NeverFinalAbbreviation => "never_final_abbreviations.txt",
    /// Capitalized words that usually open a sentence, as written.
    SentenceOpener => "sentence_openers.txt",
    // Names: people, organizations, places.
    /// Capitalized title words that end a title standing before a name (`Prime Minister`, `President`).
    TitleHead => "title_heads.txt",
    /// Title heads that are names of things when fewer than two name words follow (`Grand`, `Chief`).
    WeakTitleHead => "weak_title_heads.txt",
    /// Lower-case nouns of people's roles (`spokesman`, `analyst`, `critic`).
    RoleNoun => "role_nouns.txt",
    /// Capitalized last words of a job's title (`Officer`, `Director`): with no name after it, the
    /// title names an office, not a person (`as Chief Medical Officer`).
    OfficeHead => "office_heads.txt",
    /// Lower-case words that qualify a role noun (`senior adviser`, `presidential spokesman`).
    RoleModifier => "role_modifiers.txt",
    /// Company suffixes, which end a name rather than join two names with `and`.
    CorporateSuffix => "corporate_suffixes.txt",
    /// Last words of organization names besides the corporate suffixes (`Ministry`, `Party`, `Journal`).
    OrgHead => "org_heads.txt",
    /// Organization heads that can open a name before `of` (`Bank of England`).
    OrgOfHead => "org_of_heads.txt",
    /// Last words of place names (`Mercer Road`, `Red Square`).
    PlaceHead => "place_heads.txt",
    /// Words before `Center` or `Centre` that make the name an institution's (`Kelby Research Center`).
    InstituteWord => "institute_words.txt",
    /// Last words of the names of events and things, which are not people (`Winter Games`, `Cold War`).
    EventHead => "event_heads.txt",
    /// Lower-case nouns after a name that make it the name of a thing (`the Lamu Gateway pipeline`).
    ThingNoun => "thing_nouns.txt",
    /// Abbreviations of things, measures, diseases and programmes, not organizations (`GDP`, `AIDS`).
    ThingAbbreviation => "thing_abbreviations.txt",
    /// Words of direction that open a place's name before another place (`East Carrow`, `N. Korea`).
    CompassWord => "compass_words.txt",
    /// Nouns after a possessive name that make it a company (`Torvane's shares`).
    CompanyPossession => "company_possessions.txt",
    /// Courtesy titles, which say nothing of a role (`Mr.`, `Sir`), as written.
    CourtesyTitle => "courtesy_titles.txt",
    /// Role nouns of a contest (`Wimbledon champion`), after an event's name rather than a team's.
    ContestRole => "contest_roles.txt",
    /// A player's position on a team (`striker`, `goalkeeper`): the city before it names the team.
    PlayerRole => "player_roles.txt",
    /// Capitalized function words and common sentence openers that are never names by themselves.
    EntityStopWord => "entity_stop_words.txt",
    /// Lower-case connectors inside personal and place names (`de`, `van`, `bin`).
    NameConnector => "name_connectors.txt",
    /// Speech verbs that are not cues of the quote grammar (`commented`, `denied`, `spoke`).
    OtherSpeechVerb => "other_speech_verbs.txt",
    /// Words that precede a place (`in Carrow`, `near Lyon`).
    PlacePreposition => "place_prepositions.txt",
    /// Lower-case nouns of places (`the town of X`, `X airport`).
    PlaceNoun => "place_nouns.txt",
    /// Lower-case nouns that stand before a company's name (`tyre maker Castaldi`).
    CompanyNoun => "company_nouns.txt",
    /// Lower-case heads that `the ministry` style mentions use to refer back to an organization.
    BackReferenceHead => "back_reference_heads.txt",
    /// Words of a game in play, which make `the first half` the game's half (`saves`, `scored`).
    MatchWord => "match_words.txt",
    /// Verbs of a sports result (`beat`, `defeated`), which with a score make a sports report.
    ResultVerb => "result_verbs.txt",
    /// Nouns of a sports result after its score (`a 2-1 win`, `a 3-0 defeat`).
    ResultNoun => "result_nouns.txt",
    /// Last words of a town's name that end a club's name too (`Harlow Town`, `Carrow City`).
    ClubPlaceHead => "club_place_heads.txt",
    /// Plural nicknames that end a team's name (`Kelby Eagles`, `Harlow Titans`).
    TeamNickname => "team_nicknames.txt",
    /// Verbs of a business's relative clause (`…, which operates 300 stores,`).
    BusinessClauseVerb => "business_clause_verbs.txt",
    /// Nouns of a business before `of` in an appositive (`the maker of …`, `a supplier of …`).
    BusinessNoun => "business_nouns.txt",
    /// Verbs of a company's results or deals before their noun (`posted a loss`, `has sales of`).
    ResultsVerb => "results_verbs.txt",
    /// Nouns of a company's results or deals (`loss`, `revenue`, `acquisition`).
    ResultsNoun => "results_nouns.txt",
    /// Company nouns of an appositive that teams, groups and units take too (`side`, `unit`).
    SideNoun => "side_nouns.txt",
    /// Company nouns that people take as well (`rival`, `partner`, `group`).
    SharedCompanyNoun => "shared_company_nouns.txt",
    /// Words of markets and company results (`shares`, `revenue`, `takeover`): three of them make
    /// a business story.
    MarketWord => "market_words.txt",
    /// Roles that companies share with people but that, in a business story, are companies'
    /// (`rival`, `broker`).
    MarketRole => "market_roles.txt",
    /// Labels of a sports report's scoring lines before their colon (`Tries:`, `Cons:`, `Pens:`).
    ScoreLabel => "score_labels.txt",
    /// Nouns of a family after its name (`the Evans sisters`, `the Hughes family`).
    KinNoun => "kin_nouns.txt",
    /// Lower-case posts held in a company before `of` and its name (`chief executive officer of`).
    CompanyOfficer => "company_officers.txt",
    /// Last words of a minister's portfolio (`Affairs`, `Relations`, `Housing`).
    PortfolioNoun => "portfolio_nouns.txt",
    /// Words that bring another referent into a clause (`him`, `these`, `which`, `and`).
    ReferentOpener => "referent_openers.txt",
    /// Title heads that are also family names, ending a name after a given name (`Ronnie King`).
    SurnameTitle => "surname_titles.txt",
    /// Words that describe a job in a byline rather than name a person.
    BylineRole => "byline_roles.txt",
    /// News agencies whose name signs off a wire story (`Reuter`, `(AP)`, `-- Jane Doe, AFP`).
    SignOff => "sign_offs.txt",
    /// Labels that open a line before a dash or colon (`NOTE -`, `FACTBOX:`), never a dateline's place.
    LineLabel => "line_labels.txt",
    // Speech: cue verbs and the phrases that name a speaker.
    /// Cue verbs that report words (`said`, `told`, `wrote`).
    SayVerb => "say_verbs.txt",
    /// Cue verbs that name a thing with quoted words (`called … “a disaster”`).
    NamingVerb => "naming_verbs.txt",
    /// Cue verbs that report a finding, belief or plan (`reported`, `found`, `believes`): attributions.
    ReportVerb => "report_verbs.txt",
    /// Cue verbs of a position taken (`denied`, `endorsed`, `rejected`): stance attributions.
    StanceVerb => "stance_verbs.txt",
    /// Cue verbs of a belief, hope or plan (`believes`, `hopes`): belief attributions.
    BeliefVerb => "belief_verbs.txt",
    /// Cue verbs of a finding (`found`, `shows`): evidence attributions.
    EvidenceVerb => "evidence_verbs.txt",
    /// Adjectives of a belief before `that` or `about` (`are concerned that`).
    BeliefAdjective => "belief_adjectives.txt",
    /// Verbs of a finding after a plural source only (`polls show`, `data suggest`), nouns elsewhere.
    EvidencePluralVerb => "evidence_plural_verbs.txt",
    /// Forms of `be`, which before a participle make it passive (`was rejected by`).
    BeForm => "be_forms.txt",
    /// Prepositions inside a subject before its cue verb (`experts on trade said`).
    SubjectPreposition => "subject_prepositions.txt",
    /// Subject pronouns, which name a speaker by referring back.
    SubjectPronoun => "subject_pronouns.txt",
    /// Auxiliaries and adverbs that stand between a subject and its cue verb (`has also said`).
    AuxiliaryOrAdverb => "auxiliaries_and_adverbs.txt",
    /// Finite auxiliaries, which cannot open reported content (`Everything he says is …`).
    FiniteAuxiliary => "finite_auxiliaries.txt",
    /// Sentence adverbs and conjunctions that open a clause without being its subject.
    ClauseAdverb => "clause_adverbs.txt",
    /// Words that end a noun phrase when the quote grammar scans one: clause words, verbs, prepositions of time.
    PhraseBreaker => "phrase_breakers.txt",
    /// Prepositions and conjunctions that may join the words of a speaker's name.
    Connector => "connectors.txt",
    /// Articles and other determiners that open a noun phrase.
    Determiner => "determiners.txt",
    /// Time words besides weekdays and day words that follow a cue verb rather than name a speaker.
    TimeAdverb => "time_adverbs.txt",
    /// Prepositions that open a phrase set off by a comma before a clause (`In August, …`).
    PhraseOpener => "phrase_openers.txt",
    /// Nouns for things said, whose owner is their speaker (`his claim that “…”`).
    SpeechNoun => "speech_nouns.txt",
    /// Nouns of a belief, hope or fear before `that` (`her hope that …`): belief attributions.
    BeliefNoun => "belief_nouns.txt",
    /// Nouns of a finding before `that` (`evidence that …`): evidence attributions.
    EvidenceNoun => "evidence_nouns.txt",
    /// Lower-case nouns that name a source of speech other than a person (`the ministry`, `a report`).
    SourceNoun => "source_nouns.txt",
    /// Verbs after which `it` is empty and names no speaker (`it is`, `it would`).
    DummyItVerb => "dummy_it_verbs.txt",
    /// Conjunctions that end the clause before them, so a subject may follow.
    ClauseConjunction => "clause_conjunctions.txt",
    /// Listeners after `told` (`told reporters`), which are no content of what was said.
    Listener => "listeners.txt",
    /// Prepositions that open a phrase of time or place after a cue (`said in a statement`).
    AdverbialOpener => "adverbial_openers.txt",
    // Times: the words that open and anchor temporal expressions, and tense cues.
    /// Words that can open a temporal expression, lower-case (the first words of the time rules).
    TimeOpener => "time_openers.txt",
    /// First words of holidays' names, which open an expression only when capitalized.
    HolidayOpener => "holiday_openers.txt",
    /// Common words that open temporal expressions but say nothing of time by themselves.
    TimeFunctionWord => "time_function_words.txt",
    /// Time nouns that do not open an expression but anchor one (`the last week`).
    TimeUnitWord => "time_unit_words.txt",
    /// Words that point to the future, for choosing which `Friday` is meant.
    FutureCue => "future_cues.txt",
    /// Words that point to the past, for choosing which `Friday` is meant.
    PastCue => "past_cues.txt",
    /// Modal verbs, which point to the future for the dates after them.
    ModalVerb => "modal_verbs.txt",
    /// Present-tense verbs of a scheduled event, which point ahead right before a date.
    ScheduleVerb => "schedule_verbs.txt",
    /// Verbs that speak of what is ahead (`warned`, `threatened`, `pledged`): a date in what they
    /// report looks ahead, even when the verb is in the past.
    AnticipationVerb => "anticipation_verbs.txt",
    /// Prepositions before `year-end` that make it a date (`by year-end`, `since year's end`).
    YearEndCue => "year_end_cues.txt",
    /// Lines that end a story (`-30-`, `ENDS`, `(END)`).
    EndMark => "end_marks.txt",
    /// Headings of a page's related links after the story (`Related Topics`, `More on this story`).
    PageTrailerHeading => "page_trailer_headings.txt",
    /// A party's adjective or member, which names no entity alone (`Republican claims`, `a Democrat`).
    PartyAdjective => "party_adjectives.txt",
    /// A party's members, in the plural (`Democrats`, `Tories`): a group that ends its name.
    PartyMembers => "party_members.txt",
    /// First words of organizations named after a place (`Air Kelbia`, `Real Carrow`).
    OrgOpener => "org_openers.txt",
    /// Role nouns an organization can fill as well as a person (`producer`, `rival`, `owner`).
    FirmRole => "firm_roles.txt",
    /// Words before a title that say when its holder held it (`former`, `acting`).
    TenureModifier => "tenure_modifiers.txt",
    /// Capitalized words that open the name of a storm or an operation (`Hurricane`, `Operation`).
    EventOpener => "event_openers.txt",
    /// Words in `-ed` that are not past participles.
    NotPastTense => "not_past_tense.txt",
    /// Auxiliaries that give a participle after them their own tense (`will be held`).
    TenseAuxiliary => "tense_auxiliaries.txt",
    /// Prepositions and determiners that make a bare `May` or `March` a month.
    MonthCue => "month_cues.txt",
    /// Prepositions and determiners that make a bare season a date.
    SeasonCue => "season_cues.txt",
    /// Words after `weekly` or `daily` that show it ends a clause rather than modifying a noun.
    ClauseLink => "clause_links.txt",
    /// Vague counts before a unit of time (`several years`).
    VagueCount => "vague_counts.txt",
    /// Words between the start of a length and its unit besides number words (`at least`, `a few`).
    TimeCountWord => "time_count_words.txt",
    // Amounts.
    /// First words of the modifiers of an amount that mean more than.
    ApproxMoreThan => "approx_more_than.txt",
    /// First words of the modifiers of an amount that mean less than.
    ApproxLessThan => "approx_less_than.txt",
    /// First words of the modifiers of an amount that mean about.
    ApproxAbout => "approx_about.txt",
    /// First words of the modifiers of an amount that mean up to.
    ApproxUpTo => "approx_up_to.txt",
    /// Plural numbers that open a crowd (`tens of thousands of protesters`).
    CrowdWord => "crowd_words.txt",
    /// Denominators of fractions (`a third`, `half`).
    FractionWord => "fraction_words.txt",
    /// Indefinite articles, which count one (`a hundred`).
    IndefiniteArticle => "indefinite_articles.txt",
    /// Words that cannot stand between a number and its noun.
    NotAdjective => "not_adjectives.txt",
    /// Nouns that follow a count without being plurals in `-s` (`people`, `times`).
    CountNoun => "count_nouns.txt",
    /// Words in `-s` that are not plural nouns.
    NotPlural => "not_plurals.txt",
    // Key points.
    /// Words too common to say what a sentence is about (key points).
    Stopword => "stopwords.txt",
    // Quotes.
    /// Titles of men before a name (`Mr.`, `Sir`): a `she` never stands for the man they name.
    MaleTitle => "male_titles.txt",
    /// Titles of women before a name (`Ms.`, `Mrs.`): a `he` never stands for the woman they name.
    FemaleTitle => "female_titles.txt",
    /// Nouns of a score in a game (`goal`, `winner`, `try`): `added the winner` is no speech.
    ScoreNoun => "score_nouns.txt",
    // Times.
    /// Nouns a month names the kind of (`the March future`, `the June figure`): no date.
    MonthNoun => "month_nouns.txt",
    /// Verbs that set a time ahead (`ordered`, `extended`, `gave`): `through Friday` after them is
    /// the Friday to come.
    DeadlineVerb => "deadline_verbs.txt",
    // Quotes.
    /// Nouns of a work with a title (`film`, `novel`, `album`): `the film “Dry Land”` names it.
    WorkNoun => "work_nouns.txt",
    // Entities.
    /// Nouns and prefixes of ships (`frigate`, `tanker`, `HMS`): the name after one is a vessel's.
    VesselNoun => "vessel_nouns.txt",
    /// Heads of the names of missions an international body sends somewhere (`Force`, `Mission`):
    /// `the U.N. Monitoring Force in Kelbia` ends in the place.
    MissionHead => "mission_heads.txt",
    /// Jobs at a firm or school (`analyst`, `economists`): `an analyst at X` makes X a body.
    FirmJob => "firm_jobs.txt",
    /// Plurals without `-s` (`People`, `Children`): their possessive stands inside a body's name.
    IrregularPlural => "irregular_plurals.txt",
    /// Sports (`soccer`, `rugby union`), as a wire headline's slug names them.
    Sport => "sports.txt",
    /// Words that open a sport's or competition's league (`Premier`, `Champions`): `the Premier
    /// League` is an event's name, `the Awami League` a body's.
    SportLeagueOpener => "sport_league_openers.txt",
    /// Last words of military units' names (`Brigade`, `Regiment`): a unit's number is in its name.
    UnitHead => "unit_heads.txt",
    /// Verbs of a price's move (`gained`, `slipped`): `Kelby Metals gained 2 percent` is a
    /// company's stock.
    PriceMoveVerb => "price_move_verbs.txt",
    /// Prefixes of family names written joined to the rest (`Mac`, `Fitz`, `Del`).
    FamilyPrefix => "family_prefixes.txt",
}

/// A set of classes, one bit a class: the first 128 classes in the first word, the rest in the
/// second.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Classes([u128; 2]);

impl Classes {
    /// The word and the bit of `class`.
    const fn bit(class: Class) -> (usize, u128) {
        let c = class as u32;
        ((c / 128) as usize, 1 << (c % 128))
    }

    /// True when the set holds `class`.
    pub(crate) const fn has(self, class: Class) -> bool {
        let (word, bit) = Classes::bit(class);
        self.0[word] & bit != 0
    }

    /// True when the set holds any of `classes`: one test of a mask, which is a constant where
    /// `classes` is one.
    pub(crate) fn has_any(self, classes: &[Class]) -> bool {
        let mask = classes.iter().fold([0u128; 2], |mut mask, &c| {
            let (word, bit) = Classes::bit(c);
            mask[word] |= bit;
            mask
        });
        self.0[0] & mask[0] != 0 || self.0[1] & mask[1] != 0
    }

    fn with(mut self, class: Class) -> Classes {
        let (word, bit) = Classes::bit(class);
        self.0[word] |= bit;
        self
    }
}

const _: () = assert!(FILES.len() <= 256, "Classes holds at most 256 classes");

/// The longest entry, in bytes; longer words are in no class.
const MAX_LEN: usize = 32;

/// Every word of every class, looked up with or without regard to case.
pub(crate) struct WordSet {
    /// Each word folded to ASCII lowercase, with the classes that list it in any case.
    folded: FxHashMap<Key, Classes>,
    /// Each folded word's set of classes as an index into `sets`.
    set_ids: FxHashMap<Key, u16>,
    /// The words of `folded` of up to seven bytes by their [`ShortKey`], with their classes and
    /// the index of their set: most words looked up are short, and one number is packed and
    /// hashed for them where a [`Key`] takes four.
    short: FxHashMap<ShortKey, (Classes, u16)>,
    /// The distinct sets of classes of the words, the empty set first.
    sets: Vec<Classes>,
    /// Each word as written in its files, and each lowercase word capitalized (`When` for `when`),
    /// with the classes that list it in that form.
    written: FxHashMap<Key, Written>,
    /// Each class's words in file order, by class.
    ordered: Vec<Vec<&'static str>>,
    /// The positions of each class's words in its file, by class, found the first time the class
    /// is asked for one ([`Class::position`]): few classes are ordered (months, weekdays, numbers).
    positions: Vec<OnceLock<Positions>>,
    /// The signatures of every folded word, which rule most other words out before hashing.
    folded_screen: Screen,
    /// The signatures of each class's words folded, by class: a look-up about a few classes
    /// only is ruled out by theirs.
    folded_screens: Vec<Screen>,
    /// The signatures of each class's words as written and capitalized, by class.
    written_screens: Vec<Screen>,
}

impl WordSet {
    fn load() -> WordSet {
        let mut set = WordSet {
            folded: FxHashMap::default(),
            set_ids: FxHashMap::default(),
            short: FxHashMap::default(),
            sets: vec![Classes::default()],
            written: FxHashMap::default(),
            ordered: Vec::new(),
            positions: Vec::new(),
            folded_screen: Screen::default(),
            folded_screens: Vec::new(),
            written_screens: Vec::new(),
        };
        // Each class's words, read once; the maps are sized once for every entry: no rehashing
        // while they fill.
        let classes_words: Vec<Vec<&'static str>> = FILES.iter().map(|(_, text)| entries(text).collect()).collect();
        let n_entries = classes_words.iter().map(Vec::len).sum();
        set.folded.reserve(n_entries);
        set.written.reserve(2 * n_entries);
        let mut buf = [0u8; MAX_LEN];
        for (n, (&(class, _), words)) in FILES.iter().zip(classes_words).enumerate() {
            debug_assert_eq!(n, class as usize);
            let mut written_screen = Screen::default();
            let mut folded_screen = Screen::default();
            for &w in &words {
                debug_assert!(w.len() <= MAX_LEN, "{w:?} is longer than {MAX_LEN} bytes");
                let signature = Screen::folded_signature(w.as_bytes());
                set.folded_screen.insert_signature(signature);
                folded_screen.insert_signature(signature);
                // Every entry has a key: none is longer than MAX_LEN (a test holds this).
                if let Some(key) = Key::folded(w.as_bytes()) {
                    let classes = set.folded.entry(key).or_default();
                    *classes = classes.with(class);
                }
                if let Some(key) = Key::exact(w.as_bytes()) {
                    let entry = set.written.entry(key).or_default();
                    entry.as_written = entry.as_written.with(class);
                }
                written_screen.insert(w.as_bytes());
                if let Some(capitalized) = capitalized(w, &mut buf) {
                    written_screen.insert(capitalized);
                    if let Some(key) = Key::exact(capitalized) {
                        let entry = set.written.entry(key).or_default();
                        entry.capitalized = entry.capitalized.with(class);
                    }
                }
            }
            set.ordered.push(words);
            set.positions.push(OnceLock::new());
            set.written_screens.push(written_screen);
            set.folded_screens.push(folded_screen);
        }
        let mut ids: FxHashMap<Classes, u16> = FxHashMap::from_iter([(Classes::default(), 0)]);
        set.set_ids.reserve(set.folded.len());
        set.short.reserve(set.folded.len());
        for (key, &classes) in &set.folded {
            let id = *ids.entry(classes).or_insert_with(|| {
                set.sets.push(classes);
                // Fewer sets than words, far fewer than 2^16 (a test holds this).
                u16::try_from(set.sets.len() - 1).unwrap_or(u16::MAX)
            });
            set.set_ids.insert(*key, id);
            if let Some(short) = ShortKey::of_key(key) {
                set.short.insert(short, (classes, id));
            }
        }
        set
    }

    /// The classes of `w`, ignoring ASCII case.
    #[inline]
    fn classes(&self, w: &str) -> Classes {
        // The screen reads the length and the end bytes only: most words are ruled out before
        // they are folded.
        if !self.folded_screen.holds(Screen::folded_signature(w.as_bytes())) {
            return Classes::default();
        }
        self.folded_classes(w)
    }

    /// The index in `sets` of the classes of `w`, ignoring ASCII case.
    fn class_set(&self, w: &[u8]) -> u16 {
        if !self.folded_screen.holds(Screen::folded_signature(w)) {
            return 0;
        }
        if let Some(short) = ShortKey::folded(w) {
            return self.short.get(&short).map_or(0, |&(_, id)| id);
        }
        Key::folded(w).and_then(|key| self.set_ids.get(&key).copied()).unwrap_or_default()
    }

    /// The classes of `w`, ignoring ASCII case, when one of `among` may list it; none when
    /// their screens rule it out.
    ///
    /// Asked of most words by some pass, and most are ruled out by the screens: the screens run
    /// inline at the call, the look-up is a call.
    #[inline]
    fn classes_among(&self, w: &str, among: &[Class]) -> Classes {
        let signature = Screen::folded_signature(w.as_bytes());
        if !among.iter().any(|&c| self.folded_screens[c as usize].holds(signature)) {
            return Classes::default();
        }
        self.folded_classes(w)
    }

    /// The classes of `w`, ignoring ASCII case, looked up without a screen (kept out of line: its
    /// callers inline their screens).
    #[inline(never)]
    fn folded_classes(&self, w: &str) -> Classes {
        if let Some(short) = ShortKey::folded(w.as_bytes()) {
            return self.short.get(&short).map_or(Classes::default(), |&(classes, _)| classes);
        }
        Key::folded(w.as_bytes()).and_then(|key| self.folded.get(&key).copied()).unwrap_or_default()
    }

    /// How class `class` lists `w`: as written, or capitalized. The screen runs inline, as in
    /// [`WordSet::classes_among`].
    #[inline]
    fn written_in(&self, class: Class, w: &str) -> Written {
        if !self.written_screens[class as usize].may_hold(w.as_bytes()) {
            return Written::default();
        }
        self.exactly(w)
    }

    /// How `classes` list `w`: as written, or capitalized.
    #[inline]
    fn written_in_any(&self, classes: &[Class], w: &str) -> Written {
        // The signature once, for the screen of each class.
        let signature = Screen::signature(w.as_bytes());
        if !classes.iter().any(|&c| self.written_screens[c as usize].holds(signature)) {
            return Written::default();
        }
        self.exactly(w)
    }

    /// How the classes list `w` exactly as written (kept out of line, as `folded_classes`).
    #[inline(never)]
    fn exactly(&self, w: &str) -> Written {
        Key::exact(w.as_bytes()).and_then(|key| self.written.get(&key).copied()).unwrap_or_default()
    }
}

/// A word of up to [`MAX_LEN`] bytes packed into four machine words and its length: hashed by one
/// multiplication and compared without a loop or a call, where a boxed key would be hashed byte
/// by byte and compared by `memcmp`. Longer words have no key: they are in no class.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key([u64; 4], usize);

impl Key {
    /// The key of `w` as it is: its bytes in little-endian order, eight to a word, zeros after.
    fn exact(w: &[u8]) -> Option<Key> {
        // Most words fit in the first machine word: read by two loads that may overlap, as a
        // [`ShortKey`] is, without the buffer and its copy.
        if let Some(first) = up_to_eight(w) {
            return Some(Key([first, 0, 0, 0], w.len()));
        }
        let mut bytes = [0u8; MAX_LEN];
        bytes.get_mut(..w.len())?.copy_from_slice(w);
        let word = |k: usize| {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(&bytes[8 * k..8 * k + 8]);
            u64::from_le_bytes(eight)
        };
        Some(Key([word(0), word(1), word(2), word(3)], w.len()))
    }

    /// The key of `w` folded to ASCII lowercase.
    fn folded(w: &[u8]) -> Option<Key> {
        let Key(words, len) = Key::exact(w)?;
        Some(Key(words.map(ascii_lowercase), len))
    }
}

/// The bytes of `w` in little-endian order, zeros after, when it has at most eight: read by two
/// loads of four, two or one bytes, the second ending where `w` ends and overlapping the first
/// (the bytes both read are the same, so or-ing them keeps them).
#[inline]
fn up_to_eight(w: &[u8]) -> Option<u64> {
    let n = w.len();
    let four = |at: usize| w.get(at..at + 4).map_or(0, |b| u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])));
    let two = |at: usize| w.get(at..at + 2).map_or(0, |b| u64::from(u16::from_le_bytes([b[0], b[1]])));
    Some(match n {
        9.. => return None,
        4.. => four(0) | four(n - 4) << (8 * (n - 4)),
        2.. => two(0) | two(n - 2) << (8 * (n - 2)),
        1 => u64::from(w[0]),
        _ => 0,
    })
}

/// A word of up to seven bytes folded to ASCII lowercase as one number: its bytes in
/// little-endian order, zeros after, and its length in the top byte.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct ShortKey(u64);

impl ShortKey {
    /// The longest word with a short key.
    const MAX: usize = 7;

    /// The key of `w` folded, when it is short: read by two loads of four, two or one bytes, the
    /// second ending where `w` ends and overlapping the first (the bytes both read are the same,
    /// so or-ing them keeps them), without the buffer and copy of a [`Key`].
    #[inline]
    fn folded(w: &[u8]) -> Option<ShortKey> {
        let n = w.len();
        let four = |at: usize| w.get(at..at + 4).map_or(0, |b| u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])));
        let two = |at: usize| w.get(at..at + 2).map_or(0, |b| u64::from(u16::from_le_bytes([b[0], b[1]])));
        let bytes = match n {
            8.. => return None,
            4.. => four(0) | four(n - 4) << (8 * (n - 4)),
            2.. => two(0) | two(n - 2) << (8 * (n - 2)),
            1 => u64::from(w[0]),
            _ => 0,
        };
        Some(ShortKey(ascii_lowercase(bytes) | (n as u64) << 56))
    }

    /// The short key of a folded [`Key`] of up to seven bytes.
    fn of_key(key: &Key) -> Option<ShortKey> {
        (key.1 <= ShortKey::MAX).then(|| ShortKey(key.0[0] | (key.1 as u64) << 56))
    }
}

/// The eight bytes of `x` in ASCII lowercase, all at once: each byte from `A` to `Z` gets the
/// 0x20 bit; bytes beyond ASCII are left alone. No sum carries into the next byte.
const fn ascii_lowercase(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let seven = x & LOW7;
    // The high bit of each byte: at least `A` (0x41), and beyond `Z` (0x5a).
    let from_a = seven + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = seven + 0x2525_2525_2525_2525;
    let upper = (from_a ^ past_z) & !x & HIGH;
    x | upper >> 2
}

impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let [a, b, c, d] = self.0;
        state.write_u64(a ^ b.rotate_left(16) ^ c.rotate_left(32) ^ d.rotate_left(48) ^ self.1 as u64);
    }
}

/// The classes that list a word as written, and those that list it in lowercase where it is
/// written capitalized (`When`).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Written {
    /// The classes that list the word in exactly this form.
    pub(crate) as_written: Classes,
    /// The classes that list its lowercase form, which this is capitalized.
    pub(crate) capitalized: Classes,
}

/// `When` for `when`: a lowercase ASCII word with its first letter in capitals, written into
/// `buf` rather than a new string (a word longer than `buf` has none: it has no key either).
fn capitalized<'b>(w: &str, buf: &'b mut [u8; MAX_LEN]) -> Option<&'b [u8]> {
    let first = w.as_bytes().first()?;
    if !first.is_ascii_lowercase() || w.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let out = buf.get_mut(..w.len())?;
    out.copy_from_slice(w.as_bytes());
    out[0] = out[0].to_ascii_uppercase();
    Some(out)
}

impl WordSet {}

/// A class's words folded to ASCII lowercase, with their position in its file (the first, when
/// a word is listed twice): those of up to seven bytes by their [`ShortKey`], all by their [`Key`].
struct Positions {
    short: FxHashMap<ShortKey, usize>,
    long: FxHashMap<Key, usize>,
}

impl Positions {
    fn of(words: &[&str]) -> Positions {
        // Sized for every word: filled without rehashing.
        let mut long = FxHashMap::with_capacity_and_hasher(words.len(), Default::default());
        for (at, w) in words.iter().enumerate() {
            // Every entry has a key: none is longer than MAX_LEN (a test holds this).
            if let Some(key) = Key::folded(w.as_bytes()) {
                long.entry(key).or_insert(at);
            }
        }
        let mut short = FxHashMap::with_capacity_and_hasher(long.len(), Default::default());
        short.extend(long.iter().filter_map(|(key, &at)| Some((ShortKey::of_key(key)?, at))));
        Positions { short, long }
    }
}

/// A bitmap of the signatures (length, first and last byte) of a set of words, which rules most
/// other words out without hashing them.
#[derive(Clone)]
pub(crate) struct Screen([u64; 64]);

impl Default for Screen {
    fn default() -> Screen {
        Screen([0; 64])
    }
}

impl Screen {
    fn signature(w: &[u8]) -> usize {
        Screen::signature_of(w.len(), w.first().copied().unwrap_or(0), w.last().copied().unwrap_or(0))
    }

    /// The signature of `w` without regard to ASCII case: the end bytes are folded by setting
    /// their `0x20` bit, which an ASCII letter's two cases differ by. (Other bytes may then share
    /// a signature, which a screen allows: it only rules words out.)
    fn folded_signature(w: &[u8]) -> usize {
        let (first, last) = (w.first().copied().unwrap_or(0), w.last().copied().unwrap_or(0));
        Screen::signature_of(w.len(), first | 0x20, last | 0x20)
    }

    /// The length counts modulo 64: a longer word may pass the screen, never be ruled out wrongly.
    fn signature_of(len: usize, first: u8, last: u8) -> usize {
        (len * 64 + usize::from(first) * 7 + usize::from(last) * 131) & 4095
    }

    /// The screen of a set of words.
    pub(crate) fn of<'w>(words: impl Iterator<Item = &'w [u8]>) -> Screen {
        let mut screen = Screen::default();
        for w in words {
            screen.insert(w);
        }
        screen
    }

    fn insert(&mut self, w: &[u8]) {
        self.insert_signature(Screen::signature(w));
    }

    fn insert_signature(&mut self, s: usize) {
        self.0[s >> 6] |= 1 << (s & 63);
    }

    /// False when `w` is surely not in the set.
    pub(crate) fn may_hold(&self, w: &[u8]) -> bool {
        self.holds(Screen::signature(w))
    }

    fn holds(&self, s: usize) -> bool {
        self.0[s >> 6] & (1 << (s & 63)) != 0
    }
}

/// The entries of a class file: its lines, trimmed, without blank and `#` comment lines.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The lexicon, loaded once.
fn lexicon() -> &'static WordSet {
    static LEXICON: LazyLock<WordSet> = LazyLock::new(WordSet::load);
    &LEXICON
}

/// How `classes` list `w`, as written or capitalized, in one look-up; the classes not asked
/// about may show too.
#[inline]
pub(crate) fn written(w: &str, classes: &[Class]) -> Written {
    lexicon().written_in_any(classes, w)
}

/// Every class of `w`, ignoring ASCII case, in one look-up.
#[inline]
pub(crate) fn classes(w: &str) -> Classes {
    lexicon().classes(w)
}

/// The classes of the word whose bytes are `w`, ignoring ASCII case, as an index into
/// [`class_sets`]: two bytes to keep for a word rather than sixteen.
pub(crate) fn class_set(w: &[u8]) -> u16 {
    lexicon().class_set(w)
}

/// [`class_set`] for the words of one text, remembered: a text repeats its short words (`the`,
/// `said`, `of`) over and over, and a word seen before is answered by one slot of a table, where
/// the lexicon hashes its key and probes its map. A slot keeps the last short word whose key fell
/// in it; a longer word, or another in the slot, is looked up as [`class_set`] does.
pub(crate) struct ClassSetMemo {
    /// Each slot's short key (`u64::MAX`, no key of a word, when empty) and its set's index.
    slots: Vec<(u64, u16)>,
}

impl ClassSetMemo {
    /// Slots in the table: a few thousand, about the distinct short words of a long story.
    const BITS: u32 = 12;

    pub(crate) fn new() -> ClassSetMemo {
        ClassSetMemo { slots: vec![(u64::MAX, 0); 1 << ClassSetMemo::BITS] }
    }

    /// The index in [`class_sets`] of the classes of `w`, ignoring ASCII case: [`class_set`].
    pub(crate) fn class_set(&mut self, w: &[u8]) -> u16 {
        let Some(short) = ShortKey::folded(w) else { return class_set(w) };
        // The key's bytes mixed by one multiplication; the top bits pick the slot.
        let slot = (short.0.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - ClassSetMemo::BITS)) as usize;
        match self.slots.get_mut(slot) {
            Some(&mut (key, id)) if key == short.0 => id,
            Some(entry) => {
                let id = class_set(w);
                *entry = (short.0, id);
                id
            }
            None => class_set(w),
        }
    }
}

/// Every distinct set of classes of a word, by the index [`class_set`] gives; the first is empty.
pub(crate) fn class_sets() -> &'static [Classes] {
    &lexicon().sets
}

/// The classes of `w`, ignoring ASCII case, for a caller that asks only about `among`: the
/// look-up is skipped when the screens of `among` rule the word out (then no class shows).
#[inline]
pub(crate) fn classes_among(w: &str, among: &[Class]) -> Classes {
    lexicon().classes_among(w, among)
}

impl Class {
    /// True when `w` is in the class, ignoring ASCII case.
    #[inline]
    pub(crate) fn has(self, w: &str) -> bool {
        classes_among(w, &[self]).has(self)
    }

    /// True when the class lists `w` in exactly this form, capitals included.
    #[inline]
    pub(crate) fn has_as_written(self, w: &str) -> bool {
        lexicon().written_in(self, w).as_written.has(self)
    }

    /// The words of the class, in file order.
    pub(crate) fn words(self) -> &'static [&'static str] {
        &lexicon().ordered[self as usize]
    }

    /// The position of `w` in the class's file, ignoring ASCII case (the first, if listed twice).
    /// The class's screen rules most other words out before a key is packed.
    pub(crate) fn position(self, w: &str) -> Option<usize> {
        let lexicon = lexicon();
        let w = w.as_bytes();
        if !lexicon.folded_screens[self as usize].holds(Screen::folded_signature(w)) {
            return None;
        }
        let positions = lexicon.positions[self as usize].get_or_init(|| Positions::of(&lexicon.ordered[self as usize]));
        if let Some(short) = ShortKey::folded(w) {
            return positions.short.get(&short).copied();
        }
        Key::folded(w).and_then(|key| positions.long.get(&key).copied())
    }
}

/// Calls `f` with `w` in lowercase: an ASCII word of up to 48 bytes without allocating, any other
/// through [`str::to_lowercase`].
pub(crate) fn with_lowercase<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 48];
    if w.is_ascii() && w.len() <= buf.len() {
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(l) = std::str::from_utf8(lower) {
            return f(l);
        }
    }
    f(&w.to_lowercase())
}

/// Calls `f` with `w` in ASCII lowercase (other characters as they are), without allocating;
/// `None` when `w` is longer than any entry.
pub(crate) fn with_ascii_lowercase<R>(w: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    let mut buf = [0u8; MAX_LEN];
    let folded = buf.get_mut(..w.len())?;
    folded.copy_from_slice(w.as_bytes());
    folded.make_ascii_lowercase();
    // Changing the case of ASCII bytes keeps UTF-8 valid.
    std::str::from_utf8(folded).ok().map(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_words_keyed_as_the_buffer_keys_them() {
        for w in ["", "a", "an", "the", "said", "rises", "market", "quarter", "overseas", "Ninetynine", "São"] {
            let mut bytes = [0u8; MAX_LEN];
            bytes[..w.len()].copy_from_slice(w.as_bytes());
            let word = |k: usize| u64::from_le_bytes(bytes[8 * k..8 * k + 8].try_into().unwrap());
            assert!(Key::exact(w.as_bytes()) == Some(Key([word(0), word(1), word(2), word(3)], w.len())), "{w}");
        }
    }

    #[test]
    fn the_memo_answers_as_the_lexicon_does() {
        let mut memo = ClassSetMemo::new();
        let words = [
            "the",
            "The",
            "THE",
            "said",
            "Said",
            "May",
            "may",
            "of",
            "a",
            "",
            "Monday",
            "Korlu",
            "quarter",
            "yesterday",
            "É",
            "été",
            "fiscal",
        ];
        // Every word twice, and a word of every length of up to seven letters many times over,
        // so that slots are taken by one word and then another.
        let many: Vec<String> = (0..20_000).map(|n| format!("{:x}", n * 7919)).collect();
        for w in words.iter().copied().chain(words.iter().copied()).chain(many.iter().map(String::as_str)) {
            assert_eq!(memo.class_set(w.as_bytes()), class_set(w.as_bytes()), "{w}");
        }
        for w in words {
            assert_eq!(memo.class_set(w.as_bytes()), class_set(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn every_class_has_words_and_no_entry_is_too_long() {
        for &(class, _) in FILES {
            assert!(!class.words().is_empty(), "{class:?} is empty");
            for w in class.words() {
                assert!(w.len() <= MAX_LEN, "{w:?} in {class:?}");
            }
        }
    }

    #[test]
    fn every_word_is_found_at_its_first_position() {
        for &(class, _) in FILES {
            let words = class.words();
            for w in words {
                let first = words.iter().position(|x| x.eq_ignore_ascii_case(w));
                assert_eq!(class.position(&w.to_ascii_uppercase()), first, "{w:?} in {class:?}");
            }
        }
    }

    #[test]
    fn keys_fold_as_ascii_lowercase_does() {
        for b in 0..=255u8 {
            let w = [b, b'a', b, 0x80 | b, b, b, b, b, b, b.wrapping_add(1)];
            let lower: Vec<u8> = w.iter().map(u8::to_ascii_lowercase).collect();
            assert!(Key::folded(&w) == Key::exact(&lower), "{b:#x}");
        }
        assert!(Key::exact(b"ab") != Key::exact(b"ab\0"));
        // A short key is the first word of the long one, with the length on top.
        let text = b"AbCdEfGh";
        for n in 0..=ShortKey::MAX {
            let long = Key::folded(&text[..n]).and_then(|k| ShortKey::of_key(&k));
            assert!(long.is_some() && long == ShortKey::folded(&text[..n]), "{n}");
        }
        assert!(ShortKey::folded(text).is_none());
        assert!(Key::exact(&[b'x'; 32]).is_some() && Key::exact(&[b'x'; 33]).is_none());
    }

    #[test]
    fn sets_of_classes_fit_their_index() {
        let sets = class_sets();
        assert!(sets.len() < usize::from(u16::MAX) && sets[0] == Classes::default());
        for w in ["March", "the", "said", "Friday", "", "Marchx", "İstanbul"] {
            assert_eq!(sets[usize::from(class_set(w.as_bytes()))], classes(w), "{w}");
        }
    }

    #[test]
    fn look_ups_with_and_without_case() {
        assert!(Class::Month.has("MARCH") && Class::Month.has("march"));
        assert!(Class::Month.has_as_written("March") && !Class::Month.has_as_written("march"));
        assert_eq!(Class::Weekday.position("friday"), Some(4));
        assert!(classes("twenty").has(Class::Tens));
        assert!(!Class::Month.has("Marchx") && !Class::Month.has(""));
        assert!(!Class::Month.has(&"x".repeat(100)));
        let among = [Class::Month, Class::Weekday];
        for w in ["March", "FRIDAY", "said", "the", "", "Marchx", "İstanbul"] {
            let all = classes(w);
            let some = classes_among(w, &among);
            assert!(among.iter().all(|&c| all.has(c) == some.has(c)), "{w}");
        }
    }
}
