//! The entity grammar's questions to the lexicon about a name word, as written: capitals are part
//! of these cues (`Mr` is a title, `MR` in a headline is not read here).

use crate::lexicon::{self, Class};

/// Honorifics written before a name (without their period): titles and honorifics in full.
pub(super) fn is_honorific(w: &str) -> bool {
    let classes = [Class::Title, Class::Honorific];
    lexicon::written(w, &classes).as_written.has_any(&classes)
}

/// A particle or a joined prefix that opens a family name, in any case (`van`, `Van`, `De`,
/// `Mac`): a name that opens with one is a person's or a place's (`Van Allen`, `Van Nuys`).
pub(super) fn is_name_prefix(w: &str) -> bool {
    is_family_prefix(w) || lexicon::with_lowercase(w, is_name_connector)
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
    /// Letters after a person's name for an office or an honour (`MP`, `KC`, `OBE`).
    is_post_nominal => PostNominal,
    /// Capitalized title words that end a title standing before a name (`Prime Minister`, `President`).
    is_title_head => TitleHead,
    /// Title heads that are names of things when nothing name-like follows (`Grand`, `Chief`).
    is_weak_title_head => WeakTitleHead,
    /// Lower-case role nouns that stand before a name (`spokesman Peter Otieno`).
    is_role_noun => RoleNoun,
    /// Capitalized last words of a job's title (`Officer`, `Director`).
    is_office_head => OfficeHead,
    /// Lower-case words that qualify a role noun (`senior adviser`, `presidential spokesman`).
    is_role_modifier => RoleModifier,
    /// Organization heads that can open a name before `of` (`Bank of England`).
    is_org_of_head => OrgOfHead,
    /// A party's members in the plural (`Senate Democrats`), which end a name rather than join
    /// two with `and` (`Senate Republicans and House Democrats`).
    is_party_members => PartyMembers,
    /// Company suffixes, which end a name rather than join two with `and`.
    is_corporate_suffix => CorporateSuffix,
    /// Last words of place names (`Mercer Road`, `Red Square`).
    is_place_head => PlaceHead,
    /// Last words of a town's name that end a club's name too (`Harlow Town`, `Carrow City`).
    is_club_place_head => ClubPlaceHead,
    /// Plural nicknames that end a team's name (`Kelby Eagles`, `Harlow Titans`).
    is_team_nickname => TeamNickname,
    /// Verbs of a business's relative clause (`…, which operates 300 stores,`).
    is_business_clause_verb => BusinessClauseVerb,
    /// Nouns of a business before `of` in an appositive (`a supplier of …`).
    is_business_noun => BusinessNoun,
    /// Title heads that are also family names (`Ronnie King`, `Sarah Prince`).
    is_surname_title => SurnameTitle,
    /// Words before `Center` or `Centre` that make the name an institution's (`Kelby Research Center`).
    is_institute_word => InstituteWord,
    /// Words that open the name of a storm or an operation (`Hurricane Delia`).
    is_event_opener => EventOpener,
    /// Last words of event and thing names, which are not people (`Winter Games`, `Cold War`).
    is_event_head => EventHead,
    /// Lower-case nouns after a name that make it the name of a thing (`the Lamu Gateway pipeline`).
    is_thing_noun => ThingNoun,
    /// Nouns and prefixes of ships (`frigate`, `HMS`): the name after one is a vessel's.
    is_vessel_noun => VesselNoun,
    /// Abbreviations of things, measures, diseases and programmes, not organizations (`GDP`, `AIDS`).
    is_thing_abbreviation => ThingAbbreviation,
    /// Words of direction that open a place's name before another place (`East Carrow`, `N. Korea`).
    is_compass_word => CompassWord,
    /// Nouns after a possessive name that make it a company (`Torvane's shares`).
    is_company_possession => CompanyPossession,
    /// Courtesy titles, which say nothing of a role (`Mr.`, `Sir`).
    is_courtesy_title => CourtesyTitle,
    /// Role nouns of a contest (`Wimbledon champion`), after an event's name rather than a team's.
    is_contest_role => ContestRole,
    /// First words of organizations named after a place (`Air Kelbia`, `Real Carrow`).
    is_org_opener => OrgOpener,
    /// Role nouns an organization can fill as well as a person (`producer`, `rival`, `owner`).
    is_firm_role => FirmRole,
    /// A player's position on a team (`striker`, `goalkeeper`).
    is_player_role => PlayerRole,
    /// Lower-case name connectors inside personal and place names (`de`, `van`, `bin`).
    is_name_connector => NameConnector,
    /// Prefixes of family names written joined to the rest (`Mac`, `Fitz`, `Del`): `MacLeod` is
    /// a person's name, where `YouGov` is a brand's.
    is_family_prefix => FamilyPrefix,
    /// Heads of the names of missions an international body sends somewhere, which end in that
    /// place (`the U.N. Monitoring Force in Kelbia`).
    is_mission_head => MissionHead,
    /// Words that precede a place (`in Carrow`, `near Lyon`).
    is_place_preposition => PlacePreposition,
    /// Lower-case nouns of places (`the town of X`, `X airport`).
    is_place_noun => PlaceNoun,
    /// Lower-case nouns that stand before a company's name (`tyre maker Castaldi`, `rival Denholm`).
    is_company_noun => CompanyNoun,
    /// Lower-case heads that `the ministry` style mentions may use to refer back to an organization.
    is_back_reference_head => BackReferenceHead,
}

/// A role noun, or a compound ending in one (`co-founder`): the part after the last hyphen is
/// looked up only when there is a hyphen.
pub(super) fn ends_in_role_noun(w: &str) -> bool {
    is_role_noun(w) || w.rsplit_once('-').is_some_and(|(_, head)| is_role_noun(head))
}

/// Last words of organization names (`Ministry`, `Party`, `Inc`).
pub(super) fn is_org_head(w: &str) -> bool {
    let classes = [Class::OrgHead, Class::CorporateSuffix];
    lexicon::written(w, &classes).as_written.has_any(&classes)
}

/// Months, days and other capitalized calendar words. `Jan` and `Jun` are left out: they are
/// first names as often (`Jan van der Berg`, `Zhang Jun`).
pub(super) fn is_calendar(w: &str) -> bool {
    // One look-up for the four classes.
    let classes = [Class::Month, Class::Weekday, Class::MonthAbbreviation, Class::CalendarWord];
    let written = lexicon::written(w, &classes).as_written;
    written.has(Class::Month)
        || written.has(Class::Weekday)
        || written.has(Class::MonthAbbreviation) && !matches!(w, "Jan" | "Jun")
        || written.has(Class::CalendarWord)
}

/// A function word or common opener, or a contraction of one (`I've`, `It’s`).
pub(super) fn is_stop(w: &str) -> bool {
    is_stop_word(w) || is_stop_contraction(w)
}

/// A contraction of a function word or common opener (`I've`, `It’s`); not the possessive of a
/// plural without `-s` (`People's`), which opens names (`the People's Bank of Kelbia`).
fn is_stop_contraction(w: &str) -> bool {
    w.bytes().any(|b| b == b'\'' || b == 0xE2)
        && w.split_once(['\'', '’']).is_some_and(|(head, _)| is_stop_word(head) && !Class::IrregularPlural.has(head))
}

/// A word that is no word of a person's name by the lexicon: the head of an organization's, a
/// place's, an event's or a title's name, or a stop word ([`is_org_head`], [`is_place_head`],
/// [`is_event_head`], [`is_title_head`], [`is_stop`] in one look-up).
pub(super) fn is_head_or_stop(w: &str) -> bool {
    let heads = [
        Class::OrgHead,
        Class::CorporateSuffix,
        Class::PlaceHead,
        Class::EventHead,
        Class::TitleHead,
        Class::EntityStopWord,
    ];
    let classes = [heads[0], heads[1], heads[2], heads[3], heads[4], heads[5], Class::FunctionWord];
    let written = lexicon::written(w, &classes);
    written.as_written.has_any(&heads) || written.capitalized.has(Class::FunctionWord) || is_stop_contraction(w)
}

/// Speech and reporting verbs, which end a role phrase or an appositive next to a name: the cue
/// verbs of the quote grammar and the other speech verbs.
pub(super) fn is_speech_verb(w: &str) -> bool {
    let verbs = [Class::SayVerb, Class::NamingVerb, Class::ReportVerb, Class::OtherSpeechVerb];
    lexicon::written(w, &verbs).as_written.has_any(&verbs)
}

/// Function words, number words (`Twelve`, `Forty`) and common sentence openers that are never
/// names by themselves.
pub(super) fn is_stop_word(w: &str) -> bool {
    let classes = [Class::EntityStopWord, Class::FunctionWord, Class::NumberUnderTwenty, Class::Tens];
    let written = lexicon::written(w, &classes);
    written.as_written.has(Class::EntityStopWord) || written.capitalized.has_any(&classes[1..])
}
