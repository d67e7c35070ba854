//! Quotes and attributions on wire sentences of our own.

use super::*;
use crate::model::{CueClass, Mention};

/// One quote as the tests see it: words, kind, speaker text, cue.
type Q<'t> = (&'t str, QuoteKind, Option<&'t str>, Option<&'t str>);

fn run(text: &str) -> crate::Article<'_> {
    crate::parse(text)
}

/// Parses `text` (a headline line is added) and compares its quotes.
fn check(body: &str, expect: &[Q<'_>]) {
    let text = format!("Headline Here\n{body}\n");
    let a = run(&text);
    let got: Vec<Q<'_>> =
        a.quotes.iter().map(|q| (q.text.as_ref(), q.kind, q.speaker_text.as_deref(), q.cue.as_deref())).collect();
    assert_eq!(got, expect, "{body}");
}

/// Compares the attributions (content, source text, cue) of `body`.
fn check_attr(body: &str, expect: &[(&str, &str, &str)]) {
    let text = format!("Headline Here\n{body}\n");
    let a = run(&text);
    let got: Vec<(&str, &str, &str)> = a
        .attributions
        .iter()
        .map(|x| (x.span.as_str(&text), x.source_text.as_deref().unwrap_or(""), x.cue.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(got, expect, "{body}");
}

use QuoteKind::*;

#[test]
fn speaker_after_the_quote() {
    check("“We are ready,” Ms. Park said.", &[("We are ready,", Direct, Some("Ms. Park"), Some("said"))]);
    check(
        "“Talks went well,” said Omar Haddad, a trade envoy for the bloc.",
        &[("Talks went well,", Direct, Some("Omar Haddad, a trade envoy for the bloc"), Some("said"))],
    );
    check("“It is late,” he said.", &[("It is late,", Direct, Some("he"), Some("said"))]);
    check("“Not again?” she asked reporters.", &[("Not again?", Direct, Some("she"), Some("asked"))]);
    check("“That is final” the ministry added.", &[("That is final", Direct, Some("the ministry"), Some("added"))]);
    check(
        "“No comment,” Lena Ortiz, a spokeswoman for the port, told reporters.",
        &[("No comment,", Direct, Some("Lena Ortiz, a spokeswoman for the port"), Some("told"))],
    );
}

#[test]
fn speaker_before_the_quote() {
    check("Mr. Grant said: “The vote is set.”", &[("The vote is set.", Direct, Some("Mr. Grant"), Some("said"))]);
    check(
        "The mayor told the council, “We have the money.”",
        &[("We have the money.", Direct, Some("The mayor"), Some("told"))],
    );
    check(
        "Ms. Holt said that the bill was “dead on arrival” in the Senate.",
        &[("dead on arrival", Partial, Some("Ms. Holt"), Some("said"))],
    );
    check(
        "In 2019, Mr. Roe hailed the pact as a “new chapter of our ties.”",
        &[("new chapter of our ties.", Partial, Some("Mr. Roe"), Some("hailed"))],
    );
}

#[test]
fn participles_share_the_subject_before_them() {
    check(
        "Weighing in on the dispute, former Gov. Ann Lee agreed, praising the bill as “a fair deal.”",
        &[("a fair deal.", Partial, Some("former Gov. Ann Lee"), Some("praising"))],
    );
}

#[test]
fn an_opening_participle_shares_the_subject_after_it() {
    check(
        "Claiming the audit is biased, Ann Lee told reporters that “the numbers are wrong.”",
        &[("the numbers are wrong.", Partial, Some("Ann Lee"), Some("told"))],
    );
    // `, and said …` opens a second clause, no description of the source.
    check(
        "The families watched the video, according to their lawyers, and said they had “more questions than answers.”",
        &[("more questions than answers.", Partial, Some("The families"), Some("said"))],
    );
}

#[test]
fn quantified_sources_names_before_a_colon_and_coordinated_clauses() {
    check(
        "“There is no path,” said one of those advisers, who asked not to be named.",
        &[("There is no path,", Direct, Some("one of those advisers"), Some("said"))],
    );
    // A name that ends the clause before a colon speaks, with no cue; a place after a
    // preposition does not (the clause's subject does).
    check(
        "The surge does not surprise pollster Dan Shaw: “Late entrants always gain.”",
        &[("Late entrants always gain.", Direct, Some("Dan Shaw"), None)],
    );
    check("The team then flew to New York: “We were tired.”", &[("We were tired.", Direct, Some("The team"), None)]);
    // `, and X said` is a clause of its own, not part of what the first subject warned.
    check(
        "The city has warned that it is running out of cash, and Ms. Acosta said the “stopgap steps” were failing.",
        &[("stopgap steps", Partial, Some("Ms. Acosta"), Some("said"))],
    );
}

#[test]
fn a_participle_after_a_clause_reports_for_its_subject() {
    check_attr(
        "Grain growers had sued in April, arguing the levy would cost them millions.",
        &[("the levy would cost them millions", "Grain growers", "arguing")],
    );
    // A day between the subject and its verb is no part of the source.
    check_attr(
        "A federal court on Friday blocked the levy, saying regulators had failed to weigh its cost.",
        &[("regulators had failed to weigh its cost", "A federal court", "saying")],
    );
    // A month after `the` names no one: the clause's subject reports.
    check_attr(
        "A judge on Friday blocked the purge weeks before the November election, saying the county had moved too fast.",
        &[("the county had moved too fast", "A judge", "saying")],
    );
}

#[test]
fn a_person_named_after_another_and_a_role_speaks() {
    let speaker = |text: &str| {
        let a = run(text);
        let q = &a.quotes[0];
        q.speaker.and_then(|id| a.entities.iter().find(|e| e.id == id)).map(|e| e.name.to_string())
    };
    let text = "Headline Here\nDana Harlow won the vote.\nHarlow spokesman Jon Reyes said, “We will appeal.”\n";
    assert_eq!(speaker(text).as_deref(), Some("Jon Reyes"));
    let text = "Headline Here\nEuropean Commission President Ana Varo said, “We agree.”\n";
    assert_eq!(speaker(text).as_deref(), Some("Ana Varo"));
    // A possessor's role may run a word longer: the party's or company's person speaks.
    let text = "Headline Here\nLabour's shadow transport secretary Ana Varo said the plan had “stalled”.\n";
    assert_eq!(speaker(text).as_deref(), Some("Ana Varo"));
    let text = "Headline Here\nTorvane Labs’ chief executive Jon Reyes said, “We agree.”\n";
    assert_eq!(speaker(text).as_deref(), Some("Jon Reyes"));
    // Two people joined by `and` are no title and a name.
    let text = "Headline Here\nDana Harlow and Jon Reyes said, “We agree.”\n";
    assert_eq!(speaker(text).as_deref(), Some("Dana Harlow"));
}

#[test]
fn an_audience_after_told_is_no_content() {
    check_attr(
        "Ann Lee told a news conference in Kelby that the plan was dead.",
        &[("that the plan was dead", "Ann Lee", "told")],
    );
    check_attr(
        "Ann Lee told a meeting of port workers that the plan was dead.",
        &[("that the plan was dead", "Ann Lee", "told")],
    );
}

#[test]
fn partial_quotes_and_groups() {
    check(
        "But state officials have avoided the word, instead calling it a “special operation” in briefings.",
        &[("special operation", Partial, Some("state officials"), Some("calling"))],
    );
    // A few words in quotation marks with no one saying them are a scare quote or a title.
    check("The two firms signed a “no-strings” deal last year.", &[]);
    check("The film “Night Shift” opens in May.", &[]);
    check("“It will pass,” a senior aide said.", &[("It will pass,", Direct, Some("a senior aide"), Some("said"))]);
}

#[test]
fn continuations_keep_the_speaker() {
    check(
        "“We lost,” Mr. Bell said. “We will be back.”",
        &[("We lost,", Direct, Some("Mr. Bell"), Some("said")), ("We will be back.", Direct, Some("Mr. Bell"), None)],
    );
    check(
        "“First part,” she said.\n“Second part.”",
        &[("First part,", Direct, Some("she"), Some("said")), ("Second part.", Direct, Some("she"), None)],
    );
    check(
        "“It began in May,” Ana Ruiz said.\n“We warned them.\n“They did not listen.”",
        &[
            ("It began in May,", Direct, Some("Ana Ruiz"), Some("said")),
            ("We warned them.", Direct, Some("Ana Ruiz"), None),
            ("They did not listen.", Direct, Some("Ana Ruiz"), None),
        ],
    );
}

#[test]
fn traps() {
    check("The ministers’ talks in the ’90s ran past nine o’clock and Mr. Li’s rock ’n’ roll band played.", &[]);
    let text = "Headline Here\nHe called it “absurd and left.\nThe rest of the story.\n";
    let a = run(text);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].text, "absurd and left.");
    assert!(a.diagnostics.iter().any(|d| d.code == "quote-unclosed"));
}

#[test]
fn more_speaker_patterns() {
    check(
        "Ivan Pak, quoted by the state news agency, said: “The date is set.”",
        &[("The date is set.", Direct, Some("Ivan Pak, quoted by the state news agency"), Some("said"))],
    );
    check(
        "“Prices will fall,” per a note from the central bank.",
        &[("Prices will fall,", Direct, Some("a note from the central bank"), Some("per"))],
    );
    check(
        "The plan drew fire from Sen. Ada Moss, who said it was “a giveaway.”",
        &[("a giveaway.", Partial, Some("who"), Some("said"))],
    );
    check(
        "Despite his claim that the wall was “nearly done,” work has stalled.",
        &[("nearly done,", Partial, Some("his"), None)],
    );
    check("“We stand together.” ― Rosa Vidal", &[("We stand together.", Direct, Some("Rosa Vidal"), None)]);
    check(
        "The chair tweeted that the vote was “a farce” and “a disgrace.”",
        &[("a farce", Partial, Some("The chair"), Some("tweeted")), ("a disgrace.", Partial, Some("The chair"), None)],
    );
    check("“We will appeal.” Mr. Ota said.", &[("We will appeal.", Direct, Some("Mr. Ota"), Some("said"))]);
}

#[test]
fn headline_and_markup() {
    let a = run("Ann Ruiz: Rates Will ‘Stay High’\nThe bank met.\n");
    let got: Vec<(&str, Option<&str>)> =
        a.quotes.iter().map(|q| (q.text.as_ref(), q.speaker_text.as_deref())).collect();
    assert_eq!(got, [("Stay High", Some("Ann Ruiz"))]);
    check("<tweet id=\"12\" author=\"@x\">The post ran.</tweet>", &[]);
}

#[test]
fn colon_clauses_and_signatures() {
    check(
        "When Ms. Roe said the deal was dead, Mr. Diaz shot back: “It is alive.”",
        &[("It is alive.", Direct, Some("Mr. Diaz"), None)],
    );
    check(
        "The deal needs Ann Cole, who told the board when asked: “We will sign.”",
        &[("We will sign.", Direct, Some("who"), Some("told"))],
    );
    check(
        "As Mr. Lane put it, the plan is “a bridge to nowhere.”",
        &[("a bridge to nowhere.", Partial, Some("Mr. Lane"), Some("put it"))],
    );
    check(
        "“Count every vote.”\n-Maria Soto, Tulsa.",
        &[("Count every vote.", Direct, Some("Maria Soto, Tulsa"), None)],
    );
    // A cue serves the quote before it even when another quote follows in the sentence.
    check(
        "“The plan is dead,” Ms. Lee said, but Mr. Berg answered: “It is not.”",
        &[
            ("The plan is dead,", Direct, Some("Ms. Lee"), Some("said")),
            ("It is not.", Direct, Some("Mr. Berg"), Some("answered")),
        ],
    );
    // More verbs that report words.
    check("“It was a triumph,” the coach gushed.", &[("It was a triumph,", Direct, Some("the coach"), Some("gushed"))]);
    check("“Not yet,” Ms. Ortiz demurred.", &[("Not yet,", Direct, Some("Ms. Ortiz"), Some("demurred"))]);
    // A name, where the speaker writes, and a colon.
    check(
        "Jane Ruiz, The Daily Ledger: “The second half belonged to the governor.”",
        &[("The second half belonged to the governor.", Direct, Some("Jane Ruiz, The Daily Ledger"), None)],
    );
    // A post's signature: the handle and the date are no part of the name.
    check(
        "“The bridge opens on time.” — Ann Lee (@annlee_mayor) May 3, 2024",
        &[("The bridge opens on time.", Direct, Some("Ann Lee"), None)],
    );
    check("“Nobody asked us.” — Carla Diaz (@cdiaz)", &[("Nobody asked us.", Direct, Some("Carla Diaz"), None)]);
    // A dash and a name followed by more words is a sentence, not a signature.
    check("“Nobody asked us.” — Carla Diaz (@cdiaz) left the room.", &[("Nobody asked us.", Direct, None, None)]);
    // So is a dash that closes an aside and a conjunction before the name.
    check(
        "Many agreed, including Tom Kelby — “It is wrong for a nominee to hide his returns” — and Fred Vale, a former judge.",
        &[("It is wrong for a nominee to hide his returns", Partial, None, None)],
    );
}

#[test]
fn paragraph_ending_with_a_colon() {
    check("The minister said:\n“We will not pay.”", &[("We will not pay.", Direct, Some("The minister"), None)]);
}

#[test]
fn never_panics_on_odd_marks() {
    // A small generator of texts full of marks, apostrophes and cue words.
    let parts = [
        "“",
        "”",
        "\"",
        "'",
        "''",
        "‘",
        "’",
        "«",
        "»",
        "„",
        " said",
        " he",
        " Mr.",
        " X",
        ",",
        ".",
        ":",
        "\n",
        "—",
        " according to",
        " who",
        " told",
        " é",
        "=",
        "(",
        ")",
        " the",
        " Ann Lee",
        "’s",
        " 90s",
    ];
    let mut seed = 0x2545_f491_u64;
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..40 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(parts[(seed % parts.len() as u64) as usize]);
        }
        let a = run(&text);
        for q in &a.quotes {
            assert!(q.span.end <= text.len() && q.span.start <= q.span.end);
        }
    }
}

#[test]
fn nyt_doubled_apostrophes() {
    check("''It is a start,'' said Mr. Vale.", &[("It is a start,", Direct, Some("Mr. Vale"), Some("said"))]);
}

#[test]
fn attributions_without_marks() {
    check_attr(
        "On the tour, the ministers plan to inspect two ports, the Palace said Friday.",
        &[("On the tour, the ministers plan to inspect two ports", "the Palace", "said")],
    );
    check_attr(
        "The visit was planned months ago, according to a statement issued by a Foreign Office spokeswoman.",
        &[("The visit was planned months ago", "a statement issued by a Foreign Office spokeswoman", "according to")],
    );
    check_attr(
        "Allied officials have said that the port was closed for repairs.",
        &[("that the port was closed for repairs", "Allied officials", "said")],
    );
    check_attr(
        "The mill will close next year, the Courier has reported.",
        &[("The mill will close next year", "the Courier", "reported")],
    );
    check_attr(
        "Mr. Dunn told reporters the plan would cost too much.",
        &[("the plan would cost too much", "Mr. Dunn", "told")],
    );
    check_attr(
        "A survey by the institute shows that most farmers expect a poor harvest.",
        &[("that most farmers expect a poor harvest", "A survey by the institute", "shows")],
    );
    check_attr(
        "But, she said, the talks will resume next month.",
        &[("the talks will resume next month", "she", "said")],
    );
    check_attr(
        "The governor vetoed the bill and said it would raise taxes.",
        &[("it would raise taxes", "The governor", "said")],
    );
    check_attr(
        "Two senators have left the talks, saying costs were too high.",
        &[("costs were too high", "Two senators", "saying")],
    );
}

/// An attribution as the class tests see it: content, source text, cue, class.
type A<'t> = (&'t str, &'t str, &'t str, CueClass);

/// Compares the attributions of `body` with their cue classes.
fn check_class(body: &str, expect: &[A<'_>]) {
    let text = format!("Headline Here\n{body}\n");
    let a = run(&text);
    let got: Vec<A<'_>> = a
        .attributions
        .iter()
        .map(|x| {
            let source = x.source_text.as_deref().unwrap_or("");
            (x.span.as_str(&text), source, x.cue.as_deref().unwrap_or(""), x.cue_class)
        })
        .collect();
    assert_eq!(got, expect, "{body}");
}

#[test]
fn stance_belief_and_evidence_cues() {
    use CueClass::*;
    let cases: &[(&str, &[A<'_>])] = &[
        (
            "Lena Ortiz, a lawyer for the union, denied the charges.",
            &[("the charges", "Lena Ortiz, a lawyer for the union", "denied", Stance)],
        ),
        (
            "The governor rejected the offer from the rail firm.",
            &[("the offer from the rail firm", "The governor", "rejected", Stance)],
        ),
        (
            "The mayor called for a new vote on the budget.",
            &[("a new vote on the budget", "The mayor", "called for", Stance)],
        ),
        (
            "Mr. Haddad praised the deal as fair to both sides.",
            &[("the deal as fair to both sides", "Mr. Haddad", "praised", Stance)],
        ),
        (
            "Farmers are concerned that the rules will raise costs.",
            &[("that the rules will raise costs", "Farmers", "concerned", Belief)],
        ),
        (
            "Port officials hope to reopen the terminal by June.",
            &[("to reopen the terminal by June", "Port officials", "hope", Belief)],
        ),
        (
            "Records show the firm paid no tax in 2019.",
            &[("the firm paid no tax in 2019", "Records", "show", Evidence)],
        ),
        ("Polls show a tight race in the county.", &[("a tight race in the county", "Polls", "show", Evidence)]),
        (
            "Data from the state agency suggest the trend continued into spring.",
            &[("the trend continued into spring", "Data from the state agency", "suggest", Evidence)],
        ),
        (
            "The survey found that most voters cared about prices.",
            &[("that most voters cared about prices", "The survey", "found", Evidence)],
        ),
        (
            "According to the data, farm incomes fell for a third year.",
            &[("farm incomes fell for a third year", "the data", "According to", Speech)],
        ),
        (
            "The ministry said the border would stay shut.",
            &[("the border would stay shut", "The ministry", "said", Speech)],
        ),
        // Passives have no source before the verb; nouns are no verbs; an applause is no stance.
        ("The plan was rejected by the council last week.", &[]),
        ("The show drew a large crowd on Friday night.", &[]),
        ("A town called Lyon lies on the river.", &[]),
        // Every inflection of a cue verb is a cue.
        (
            "The council voted against the plan for a second time.",
            &[("the plan for a second time", "The council", "voted against", Stance)],
        ),
        (
            "Mr. Haddad backs the deal with the rail firm.",
            &[("the deal with the rail firm", "Mr. Haddad", "backs", Stance)],
        ),
        (
            "Growers support the new rules on water use.",
            &[("the new rules on water use", "Growers", "support", Stance)],
        ),
        ("Ms. Ortiz declined to comment on the case.", &[("to comment on the case", "Ms. Ortiz", "declined", Stance)]),
        (
            "The mayor described the budget as a hard but fair plan.",
            &[("the budget as a hard but fair plan", "The mayor", "described", Stance)],
        ),
        (
            "Ms. Vold talked about the long strike at the port.",
            &[("the long strike at the port", "Ms. Vold", "talked about", Speech)],
        ),
        (
            "Union leaders think the talks will fail again.",
            &[("the talks will fail again", "Union leaders", "think", Belief)],
        ),
        (
            "The company is seeking to close two plants this year.",
            &[("to close two plants this year", "The company", "seeking", Belief)],
        ),
        (
            "Mr. Dunn mentioned that the bridge had been closed twice.",
            &[("that the bridge had been closed twice", "Mr. Dunn", "mentioned", Speech)],
        ),
        // Noun cues: a claim, a hope or a finding and the clause after `that`, with its owner.
        (
            "Ms. Ortiz’s claim that the vote was rigged went nowhere in court.",
            &[("the vote was rigged went nowhere in court", "Ms. Ortiz’s", "claim", Speech)],
        ),
        (
            "The news that the plant would close shocked the town.",
            &[("the plant would close shocked the town", "", "news", Speech)],
        ),
        (
            "Growers voiced fears that the river would run dry by August.",
            &[("the river would run dry by August", "", "fears", Belief)],
        ),
        (
            "There is no evidence that the pump was tampered with.",
            &[("the pump was tampered with", "", "evidence", Evidence)],
        ),
        // The clause after `said in a statement that` is the verb's; a noun before a verb is no cue.
        (
            "The firm said in a statement that the plant would close.",
            &[("that the plant would close", "The firm", "said", Speech)],
        ),
        // So is the day after the cue, with or without its preposition.
        (
            "Harlow Foods said on Monday it would buy a smaller rival.",
            &[("it would buy a smaller rival", "Harlow Foods", "said", Speech)],
        ),
        (
            "Harlow Foods said Monday it would buy a smaller rival.",
            &[("it would buy a smaller rival", "Harlow Foods", "said", Speech)],
        ),
        (
            "Opponents said the cost estimates were far too rosy.",
            &[("the cost estimates were far too rosy", "Opponents", "said", Speech)],
        ),
        (
            "Her campaign pointed out that the tax breaks had ended in 2019.",
            &[("that the tax breaks had ended in 2019", "Her campaign", "pointed out", Speech)],
        ),
        // A heading in capitals reports nothing.
        ("DOCTORS DON’T WANT TO WORK WITH HIM — The board met on Monday.", &[]),
        // `read` with an object reads; `vowed to` reports a promise; a free relative names a thing.
        ("As a boy, Mr. Cole read a Spanish newspaper aloud every morning.", &[]),
        (
            "Party leaders vowed to do a better job with young voters.",
            &[("to do a better job with young voters", "Party leaders", "vowed", Speech)],
        ),
        ("The gap between what Ms. Lee says the plan would do and what it does is wide.", &[]),
        // `think so` reports nothing of its own.
        ("The bookmakers think so, and the odds have shortened.", &[]),
        // Not a noun cue: a relative clause on the noun.
        ("The claim that was filed in May has been dropped.", &[]),
        // A noun after an article or a possessive is no verb; a participle after a noun describes it.
        ("His remarks drew a large crowd to the hall.", &[]),
        ("A tweet attacking the mayor was deleted within an hour.", &[]),
    ];
    for (body, expect) in cases {
        check_class(body, expect);
    }
}

#[test]
fn no_attribution_without_speech() {
    check_attr("The papers were found in a locked drawer at the office.", &[]);
    check_attr("Everything the mayor says is checked by the council.", &[]);
    check_attr("Ann Ruiz reported from the border town for a week.", &[]);
    check_attr("Having said that, the board will meet again in May.", &[]);
    check_attr("The dispute dates back to 2020, when a group of growers wrote to the board.", &[]);
    check_attr(
        "One study found the program cut costs by a fifth.",
        &[("the program cut costs by a fifth", "One study", "found")],
    );
    check_attr("The inspectors found them in a locked drawer.", &[]);
    // The subject of a participle is never a word inside the quote before it.
    check_attr("“We will wait. Let’s see what happens,” he said, adding that the count should not be rushed.", &[]);
    // An exhortation names no one.
    check_attr("Let’s be clear about the budget, adding that there should not be a focus on one number.", &[]);
    check_attr(
        "The audit found that costs rose sharply last year.",
        &[("that costs rose sharply last year", "The audit", "found")],
    );
}

fn entity(id: u32, kind: EntityKind, name: &'static str, mentions: &[(usize, usize, &'static str)]) -> Entity<'static> {
    Entity {
        id: EntityId(id),
        kind,
        name: Cow::Borrowed(name),
        aliases: Vec::new(),
        descriptors: Vec::new(),
        mentions: mentions.iter().map(|&(s, e, t)| Mention { span: Span::new(s, e), text: Cow::Borrowed(t) }).collect(),
    }
}

#[test]
fn resolve_by_overlap_then_surname() {
    let ents = [
        entity(0, EntityKind::Person, "Ana Ruiz", &[(10, 18, "Ana Ruiz")]),
        entity(1, EntityKind::Person, "Tom Ruiz", &[(40, 48, "Tom Ruiz")]),
        entity(2, EntityKind::Person, "Li Wei", &[(60, 66, "Li Wei")]),
    ];
    assert_eq!(Resolver::new(&ents).resolve(Span::new(10, 30), "Ana Ruiz, a lawyer"), Some(EntityId(0)));
    assert_eq!(Resolver::new(&ents).resolve(Span::new(100, 106), "Mr. Wei"), Some(EntityId(2)));
    assert_eq!(Resolver::new(&ents).resolve(Span::new(100, 108), "Ms. Ruiz"), None);
    assert_eq!(Resolver::new(&ents).resolve(Span::new(100, 108), "the bank"), None);
    // A phrase that ends in a common noun is no surname.
    assert_eq!(Resolver::new(&ents).resolve(Span::new(100, 112), "Wei records"), None);
}

#[test]
fn a_place_speaks_only_as_the_whole_phrase() {
    // Text: "Oslo said …" at 0, "the Oslo mayor" at 30, "the Ukraine" at 60.
    let ents = [
        entity(0, EntityKind::Place, "Oslo", &[(0, 4, "Oslo"), (34, 38, "Oslo")]),
        entity(1, EntityKind::Place, "Ukraine", &[(64, 71, "Ukraine")]),
    ];
    let r = Resolver::new(&ents);
    assert_eq!(r.resolve(Span::new(0, 4), "Oslo"), Some(EntityId(0)));
    assert_eq!(r.resolve(Span::new(60, 71), "the Ukraine"), Some(EntityId(1)));
    assert_eq!(r.resolve(Span::new(30, 44), "the Oslo mayor"), None);
}

#[test]
fn pronouns_resolve_to_the_last_fitting_person() {
    // Hand-built entities over a parsed text: the pronoun takes the speaker before it.
    let text = "Headline Here\n“We are ready,” said Ana Ruiz. “More soon,” she said.\n";
    let start = text.find("Ana Ruiz").unwrap_or(0);
    let ents = [entity(0, EntityKind::Person, "Ana Ruiz", &[(start, start + 8, "Ana Ruiz")])];
    let a = run(text);
    let classes = Context::word_classes(text, &a.tokens);
    let token_ranges = Context::token_ranges(&a.paragraphs, &a.tokens);
    let ctx = Context {
        text,
        paragraphs: &a.paragraphs,
        tokens: &a.tokens,
        token_ranges: &token_ranges,
        classes: &classes,
        meta: &a.meta,
        reference: None,
    };
    let q = find(&ctx, &ents).quotes;
    let got: Vec<(Option<EntityId>, Option<&str>)> = q.iter().map(|q| (q.speaker, q.speaker_text.as_deref())).collect();
    assert_eq!(got, [(Some(EntityId(0)), Some("Ana Ruiz")), (Some(EntityId(0)), Some("she"))]);

    // With no entities the pronoun is still the speaker's text.
    let q = find(&ctx, &[]).quotes;
    assert_eq!(q[1].speaker, None);
    assert_eq!(q[1].speaker_text.as_deref(), Some("she"));

    // The subject of the previous sentence is a fitting antecedent too.
    let text = "Headline Here\nTom Bell left the room. “It is over,” he said.\n";
    let ents = [entity(0, EntityKind::Person, "Tom Bell", &[(14, 22, "Tom Bell")])];
    let a = run(text);
    let classes = Context::word_classes(text, &a.tokens);
    let token_ranges = Context::token_ranges(&a.paragraphs, &a.tokens);
    let ctx = Context {
        text,
        paragraphs: &a.paragraphs,
        tokens: &a.tokens,
        token_ranges: &token_ranges,
        classes: &classes,
        meta: &a.meta,
        reference: None,
    };
    let q = find(&ctx, &ents).quotes;
    assert_eq!(q[0].speaker, Some(EntityId(0)));
    assert_eq!(q[0].speaker_text.as_deref(), Some("he"));
}

#[test]
fn an_appositive_name_is_the_source_not_the_owner() {
    let text = "Headline Here\nThe Rovers’ captain, Ann Lee, disagreed with the idea that the squad was tired.\n";
    let a = run(text);
    let source = a.attributions.first().and_then(|x| x.source).expect("a source");
    let entity = a.entities.iter().find(|e| e.id == source).expect("an entity");
    assert_eq!((entity.kind, entity.name.as_ref()), (EntityKind::Person, "Ann Lee"));
}

/// The quote pieces each attribution gathers, as their words.
fn utterances(body: &str) -> Vec<Vec<String>> {
    let text = format!("Headline Here\n{body}\n");
    let a = run(&text);
    a.attributions
        .iter()
        .filter(|x| !x.quotes.is_empty())
        .map(|x| x.quotes.iter().map(|&q| a.quotes[q].text.to_string()).collect())
        .collect()
}

#[test]
fn one_utterance_interrupted_by_its_cue_is_one_attribution() {
    let cases: &[(&str, &[&[&str]])] = &[
        ("“We will win,” he said. “They know it.”", &[&["We will win,", "They know it."]]),
        (
            "“The port is open,” said Ann Lee, a lawyer for the union. “Ships can dock again.”",
            &[&["The port is open,", "Ships can dock again."]],
        ),
        ("The mayor called the plan “reckless” and “unfair.”", &[&["reckless", "unfair."]]),
        // A piece with a cue of its own, or words of the writer's before it, is a report of its own.
        ("“We will win,” he said. “They know it,” he added.", &[]),
        ("“We will win,” he said, adding that the vote “is close.”", &[]),
        ("“We will win,” he said. The count went on. “They know it.”", &[]),
        // The next sentence's own report does not take the quote before it.
        (
            "“The port is open,” said Ann Lee. “Ships can dock.” Mr. Cole said the port was shut.",
            &[&["The port is open,", "Ships can dock."]],
        ),
    ];
    for (body, expect) in cases {
        let want: Vec<Vec<String>> = expect.iter().map(|u| u.iter().map(|s| s.to_string()).collect()).collect();
        assert_eq!(utterances(body), want, "{body}");
    }
}

#[test]
fn descriptions_stop_at_relative_clauses_and_asides() {
    let cases: &[(&str, Q<'_>)] = &[
        (
            "“There is no path,” said one of the advisers, who spoke on the condition of anonymity.",
            ("There is no path,", Direct, Some("one of the advisers"), Some("said")),
        ),
        (
            "The ministry, which oversees the ports, said the closure was “temporary.”",
            ("temporary.", Partial, Some("The ministry"), Some("said")),
        ),
        (
            "Ann Cole, during a town hall in Ohio, said the plan was “a disaster.”",
            ("a disaster.", Partial, Some("Ann Cole"), Some("said")),
        ),
        (
            "When the bureau director, Tom Reed, said the case was “closed,” critics objected.",
            ("closed,", Partial, Some("the bureau director, Tom Reed"), Some("said")),
        ),
        ("A month later, he said the deal was “dead.”", ("dead.", Partial, Some("he"), Some("said"))),
    ];
    for (body, expect) in cases {
        check(body, std::slice::from_ref(expect));
    }
}

#[test]
fn a_name_and_a_colon_speak() {
    check("Ms. Lee: “We are not done.”", &[("We are not done.", Direct, Some("Ms. Lee"), None)]);
    // A single unknown capitalized word is a label, not a speaker.
    check("Update: “The road is open.”", &[("The road is open.", Direct, None, None)]);
}

#[test]
fn a_quote_after_sentence_adverbs_is_an_utterance() {
    check(
        "“He is a cheerleader,” Mr. Holt said. Instead, “he acts like a beaten man.”",
        &[
            ("He is a cheerleader,", Direct, Some("Mr. Holt"), Some("said")),
            ("he acts like a beaten man.", Direct, Some("Mr. Holt"), None),
        ],
    );
}

#[test]
fn a_report_inside_another_belongs_to_the_outer_speaker() {
    check(
        "The senator said the agency told her it was “a closed matter.”",
        &[("a closed matter.", Partial, Some("The senator"), Some("said"))],
    );
    check(
        "Ms. Park says she admired what she calls a “quiet kind of courage.”",
        &[("quiet kind of courage.", Partial, Some("Ms. Park"), Some("says"))],
    );
}

#[test]
fn the_name_before_an_appositive_is_the_clause_subject() {
    check(
        "Ann Lee, the director of the institute, compared the plan to a bet on “a lucky year.”",
        &[("a lucky year.", Partial, Some("Ann Lee, the director of the institute"), None)],
    );
}

#[test]
fn transcript_lines_name_their_speaker() {
    check(
        "“HOLT: Will you run again?” “REYES: Not this year.”",
        &[
            ("HOLT: Will you run again?", Direct, Some("HOLT"), None),
            ("REYES: Not this year.", Direct, Some("REYES"), None),
        ],
    );
    // An acronym opening a quote is no speaker without its colon.
    check("“NATO is ready,” she said.", &[("NATO is ready,", Direct, Some("she"), Some("said"))]);
}

#[test]
fn relative_clauses_and_participles_name_no_speaker() {
    check(
        "She has proposed a “trade prosecutor” who reports to the president.",
        &[("trade prosecutor", Partial, Some("She"), Some("proposed"))],
    );
    check(
        "Facing growing criticism, Mr. Lane released a statement insisting the deal was “fair.”",
        &[("fair.", Partial, Some("Mr. Lane"), Some("insisting"))],
    );
}

#[test]
fn modifiers_before_a_role_noun_stay_in_the_subject() {
    check(
        "Later, the veteran union organizer offered himself as a “steady hand.”",
        &[("steady hand.", Partial, Some("the veteran union organizer"), None)],
    );
}

/// The entity named by each attribution's source, by the entity's name, with the source's words.
fn sources_of(body: &str) -> Vec<(String, Option<String>)> {
    let text = format!("Headline Here\n{body}\n");
    let a = run(&text);
    let name =
        |id: Option<EntityId>| id.and_then(|id| a.entities.iter().find(|e| e.id == id)).map(|e| e.name.to_string());
    a.attributions.iter().map(|x| (x.source_text.as_deref().unwrap_or("").to_string(), name(x.source))).collect()
}

#[test]
fn an_owner_or_a_name_before_a_role_is_not_the_source() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        // The subject before an appositive that only describes it speaks, not a person inside it.
        (
            "Vantorex Holdings, a freight group controlled by investor Osric Fennimore, said it would bid for the port.",
            "Vantorex Holdings, a freight group controlled by investor Osric Fennimore",
            Some("Vantorex Holdings"),
        ),
        // The person an appositive names first is the one speaking.
        (
            "Osric Fennimore was charged on Monday. Fennimore’s daughter, Ysolde Fennimore, said the family was shocked.",
            "Fennimore’s daughter, Ysolde Fennimore",
            Some("Ysolde Fennimore"),
        ),
        // A name that owns the speaker, or stands before a role, is not the speaker.
        (
            "Osric Fennimore was charged on Monday. Fennimore’s lawyers said the ruling would be appealed.",
            "Fennimore’s lawyers",
            None,
        ),
        (
            "Sen. Brevard Tull leads the race. A senior Tull adviser said the campaign would spend heavily.",
            "A senior Tull adviser",
            None,
        ),
        // A place after a preposition is no speaker (`from`, `of`).
        (
            "Prices rose in Quillon on Monday. A trader from Quillon said they would rise again.",
            "A trader from Quillon",
            None,
        ),
        // But the owner of the words themselves said them.
        ("Brevard Tull’s letter said the plan was unfair to farmers.", "Brevard Tull’s letter", Some("Brevard Tull")),
    ];
    for &(body, words, entity) in cases {
        let got = sources_of(body);
        let found = got.iter().find(|(w, _)| w == words).unwrap_or_else(|| panic!("{body}: {got:?}"));
        assert_eq!(found.1.as_deref(), entity, "{body}");
    }
}

/// The name of the entity each quote's speaker resolves to, by quote.
fn speaker_entities(body: &str) -> Vec<Option<String>> {
    let text = format!("Headline Here\n{body}\n");
    let a = run(&text);
    let name =
        |id: Option<EntityId>| id.and_then(|id| a.entities.iter().find(|e| e.id == id)).map(|e| e.name.to_string());
    a.quotes.iter().map(|q| name(q.speaker)).collect()
}

#[test]
fn pronouns_skip_objects_owners_and_the_other_gender() {
    let cases: &[(&str, &[Option<&str>])] = &[
        // The asker named after `Asked by` is not the one answering.
        (
            "Osric Fennimore told the panel the plant was safe. Asked by Sen. Ysolde Marrack (D-Ore.) when it would reopen, he said, “Within a month, senator.”",
            &[Some("Osric Fennimore")],
        ),
        // A name that is the object of a verb is passed over for the subject.
        (
            "“The race is ours,” said Osric Fennimore. Asked whether the label fit Dravik Pellworth, Fennimore smiled. “You can judge that,” he said.",
            &[Some("Osric Fennimore"), Some("Osric Fennimore")],
        ),
        // A name that owns the subject is not the subject.
        (
            "Corvane’s son, Brevard Corvane, said the family was relieved. “We waited years,” he said.",
            &[Some("Brevard Corvane")],
        ),
    ];
    for &(body, expect) in cases {
        let got = speaker_entities(body);
        let expect: Vec<Option<String>> = expect.iter().map(|e| e.map(str::to_string)).collect();
        assert_eq!(got, expect, "{body}");
    }
}

#[test]
fn a_pronoun_of_the_other_gender_names_no_one() {
    // `Mr.` tells a man; a `she` after his quote is someone else, not named here.
    let got = speaker_entities(
        "Mr. Pellworth designed the hall. “It was built for the town,” said Dravik Pellworth.\n\nAsked which room she liked best, she smiled. “The next one,” she said.",
    );
    assert_eq!(got, [Some("Dravik Pellworth".to_string()), None]);
    // A `he` said of a person named in the paragraph tells his gender too.
    let got = speaker_entities(
        "Dravik Pellworth, a builder, said the hall was late. “We ran out of steel,” he said.\n\nAsked which room she liked best, she smiled. “The next one,” she said.",
    );
    assert_eq!(got, [Some("Dravik Pellworth".to_string()), None]);
}

#[test]
fn an_age_stands_for_the_person_just_named_never_a_place() {
    let got = speaker_entities(
        "Ysolde Marrack won the Pellworth Open in Quillon on Sunday. “I stayed patient,” said the 27-year-old from Quillon.",
    );
    assert_eq!(got, [Some("Ysolde Marrack".to_string())]);
    // A name after the age is the speaker's own.
    let got = speaker_entities("“I stayed patient,” said the 27-year-old Ysolde Marrack.");
    assert_eq!(got, [Some("Ysolde Marrack".to_string())]);
    // So does a people's name alone.
    let got = speaker_entities("Ysolde Marrack beat Ana Ruiz on Friday. “I felt strong,” said the Czech.");
    assert_eq!(got, [Some("Ysolde Marrack".to_string())]);
}

#[test]
fn add_with_a_score_or_a_count_is_no_speech() {
    check_attr("Ysolde Marrack added the winner three minutes from time.", &[]);
    check_attr("Dravik Pellworth added a second goal before half-time.", &[]);
    check_attr("Retailers added 12,000 jobs in the month.", &[]);
    check_attr(
        "Ysolde Marrack added the club would appeal the ban.",
        &[("the club would appeal the ban", "Ysolde Marrack", "added")],
    );
}

#[test]
fn a_pronoun_in_an_opening_clause_stands_for_the_subject_after_it() {
    let got = sources_of(
        "“We were short of men,” said Osric Fennimore.\n\nWhile he said the budget was the main reason, Dravik Pellworth also noted the lack of training.",
    );
    let he = got.iter().find(|(w, _)| w == "he").unwrap_or_else(|| panic!("{got:?}"));
    assert_eq!(he.1.as_deref(), Some("Dravik Pellworth"), "{got:?}");
}

#[test]
fn a_pronoun_after_a_speaker_of_the_other_gender_finds_the_nearest_fitting_person() {
    let got = speaker_entities(
        "Ms. Marrack designed the hall. “It was built for the town,” said Dravik Pellworth, a builder. He is Mr. Pellworth to the crew.\n\nAsked which room she liked best, she smiled. “The next one,” she said.",
    );
    assert_eq!(got, [Some("Dravik Pellworth".to_string()), Some("Marrack".to_string())]);
}

#[test]
fn a_pronoun_after_a_quote_of_several_sentences_is_the_subject_before_it() {
    let cases: &[(&str, &[Option<&str>])] = &[
        // The narrative subject of the sentence before the quote, not the last quote's speaker.
        (
            "“You broke the town’s trust,” Judge Ilsabet Vornholt told him.\n\nTeodric Malvane, who kept the books for a decade, apologized to the court. “I have no excuse. I will pay it back,” he said.",
            &[Some("Ilsabet Vornholt"), Some("Teodric Malvane")],
        ),
        // The source of the reported speech before the quote.
        (
            "“We need the routes,” said Corwenna Dask, the chief executive of Tarnsby Air.\n\nTarnsby Air president Halbrecht Osterwin said the pact would cut costs. “Alone, we are small. Together, we are not,” he said.",
            &[Some("Corwenna Dask"), Some("Halbrecht Osterwin")],
        ),
        // A name inside the quote does not compete with the one before it.
        (
            "Ambrose Keltridge, an analyst at Drelling Securities, said investors would cheer. “The board wanted this. This tells you Osterwin listened,” he said.",
            &[Some("Ambrose Keltridge")],
        ),
    ];
    for &(body, expect) in cases {
        let got = speaker_entities(body);
        let expect: Vec<Option<String>> = expect.iter().map(|e| e.map(str::to_string)).collect();
        assert_eq!(got, expect, "{body}");
    }
}

#[test]
fn a_quote_after_reported_speech_is_its_source_speaking_on() {
    check(
        "“The plan is sound,” a spokesperson for the ministry said.\n\nDr Quenby Larkspurr said the next decade would decide it. “If we act now, we keep the ice.” “If not, we lose it.”",
        &[
            ("The plan is sound,", Direct, Some("a spokesperson for the ministry"), Some("said")),
            ("If we act now, we keep the ice.", Direct, Some("Dr Quenby Larkspurr"), None),
            ("If not, we lose it.", Direct, Some("Dr Quenby Larkspurr"), None),
        ],
    );
    // A sentence with no report before the quote leaves it to the last speaker.
    check(
        "“The plan is sound,” a spokesperson for the ministry said.\n\nThe ice shrank again in May. “We warned them.”",
        &[
            ("The plan is sound,", Direct, Some("a spokesperson for the ministry"), Some("said")),
            ("We warned them.", Direct, Some("a spokesperson for the ministry"), None),
        ],
    );
}

#[test]
fn a_party_and_home_town_belong_to_the_name_before_them() {
    let got = sources_of(
        "State Sen. Ilsabet Vornholt, D-Harrowgate, the ranking Democrat on the budget panel, said the freeze would cost towns $40 million.",
    );
    assert_eq!(
        got,
        [(
            "State Sen. Ilsabet Vornholt, D-Harrowgate, the ranking Democrat on the budget panel".to_string(),
            Some("Ilsabet Vornholt".to_string())
        )]
    );
}

#[test]
fn junk_speakers_and_quotes_that_describe_a_speaker() {
    // After a quote in a relative clause, the main verb and its object name no speaker.
    check(
        "The firm, which had forecast growth of “at least 5 percent” in May, proposed a dividend of 3 marks a share.",
        &[],
    );
    // A word in marks inside the description of another quote's speaker is no quote of theirs.
    check(
        "“The risk is real,” said Ambrose Keltridge, an analyst at Drelling Securities, who rates Vantorex a “hold.”",
        // (The relative clause the marks cut short is no part of the speaker's description.)
        &[("The risk is real,", Direct, Some("Ambrose Keltridge, an analyst at Drelling Securities"), Some("said"))],
    );
    // `the group` stands for the body that is the subject just before.
    let got = speaker_entities(
        "The Skarholt Liberation Front did not answer calls. In a statement, the group denied the charge and accused the army of using the camps as “human shields”.",
    );
    assert_eq!(got, [Some("Skarholt Liberation Front".to_string())]);
}

#[test]
fn titles_and_slogans_in_marks_are_no_quotes() {
    check(
        "Ysolde Marrack earned a nomination for “Dry Lantern” (2021) and starred in the thriller “Glimmerfen” for a small studio.",
        &[],
    );
    check("She also appears in director Teodric Malvane’s “Second Harbor,” due next spring.", &[]);
    check("Parents filled the hall, many wearing green “Save Orlemund” T-shirts.", &[]);
    // Words someone gives a name to are still theirs.
    check(
        "Ysolde Marrack called the film “Our Best Work” on Monday.",
        &[("Our Best Work", Partial, Some("Ysolde Marrack"), Some("called"))],
    );
}

#[test]
fn no_source_for_a_forecast_a_reporter_a_homer_or_a_push() {
    // What others say someone will say is their report.
    check_attr(
        "Officials said Teodric Malvane would tell the envoy that talks could resume.",
        &[("Teodric Malvane would tell the envoy that talks could resume", "Officials", "said")],
    );
    // A phrase of place after a participle is no source.
    check_attr(
        "Ilsabet Vornholt, reporting from Harrowgate, said the bridge had fallen.",
        &[("the bridge had fallen", "Ilsabet Vornholt, reporting from Harrowgate", "said")],
    );
    check_attr("Brisket hit a single in the first and added another two-run homer in the sixth.", &[]);
    check_class(
        "Commissioner Corwenna Dask, who pressed for the audit, said the county had hired a firm.",
        &[
            // FIXME: the content of a relative clause should end at the comma that closes it.
            ("the audit, said the county had hired a firm", "who", "pressed for", CueClass::Stance),
            ("the county had hired a firm", "Commissioner Corwenna Dask", "said", CueClass::Speech),
        ],
    );
}
