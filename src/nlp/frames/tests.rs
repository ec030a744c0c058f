//! Frames on parses of sentences written for these tests.
use super::*;
use crate::nlp::syntax;
use crate::nlp::text;

/// Parses `s` and marks as actor group `k` every word listed in `actors[k]`.
fn frame_of(s: &str, pred: &str, actors: &[&str]) -> (Frame, Vec<String>) {
    frame_marked(s, pred, |form| actors.iter().position(|x| *x == form))
}

/// Parses `s` and marks each word with the actor group `group_of` gives its form; the
/// frame of the verb `pred`, and the words' forms.
pub(super) fn frame_marked(
    s: &str,
    pred: &str,
    group_of: impl Fn(&str) -> Option<usize>,
) -> (Frame, Vec<String>) {
    let model = syntax::builtin().expect("model");
    let a = model.analyse_sentence(s, &text::tokenize(s));
    // as the coder reads it: with the parse repairs applied
    let words = repaired(&a.words);
    let marks: Vec<Option<u32>> = words
        .iter()
        .map(|w| group_of(&w.form).map(|k| k as u32))
        .collect();
    let lex = FrameLexicon::builtin().expect("lexicon");
    let mut sent = Sentence::new(&words, &marks, lex);
    // The coder marks the dictionary verbs it found; in these sentences every verb is one.
    for (i, w) in words.iter().enumerate() {
        if w.upos == "VERB" {
            sent.mark_predicate(i);
        }
    }
    let p = words
        .iter()
        .position(|w| w.form == pred)
        .expect("predicate");
    let forms = words.iter().map(|w| w.form.clone()).collect();
    (sent.frame(p, None), forms)
}

#[test]
fn subject_and_object() {
    let (f, _) = frame_of(
        "Egypt condemned Israel on Monday.",
        "condemned",
        &["Egypt", "Israel"],
    );
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
    assert_eq!(f.status, Status::Asserted);
}

#[test]
fn passive_agent_is_the_source() {
    let (f, _) = frame_of(
        "Ghana was criticised by Togo for the delay.",
        "criticised",
        &["Ghana", "Togo"],
    );
    assert!(f.passive);
    assert_eq!((f.source, f.target), (vec![1], vec![0]));
}

#[test]
fn request_complement_is_embedded() {
    let (f, _) = frame_of(
        "Chile urged Peru to accept the ruling.",
        "accept",
        &["Chile", "Peru"],
    );
    assert!(matches!(f.status, Status::Embedded { .. }));
    let (f, _) = frame_of(
        "Chile urged Peru to accept the ruling.",
        "urged",
        &["Chile", "Peru"],
    );
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
}

#[test]
fn reported_speech_names_the_speech_verb() {
    let (f, forms) = frame_of(
        "Kenya said Uganda had attacked the border post.",
        "attacked",
        &["Kenya", "Uganda"],
    );
    match f.status {
        Status::Reported { speech } => assert_eq!(forms[speech], "said"),
        s => panic!("{s:?}"),
    }
    assert_eq!(f.source, vec![1]);
}

/// A finding ("an inquiry concluded that ...") reports its clause as "said" does: the act
/// is the finder's claim, not the reporter's assertion.
#[test]
fn a_conclusion_reports_its_clause() {
    let (f, forms) = frame_of(
        "Kenya concluded that Uganda had attacked the border post.",
        "attacked",
        &["Kenya", "Uganda"],
    );
    match f.status {
        Status::Reported { speech } => assert_eq!(forms[speech], "concluded"),
        s => panic!("{s:?}"),
    }
}

#[test]
fn conditional_clause_and_its_consequence() {
    let s = "If Hungary vetoes the package, Poland will impose new tariffs on Hungary.";
    let (f, _) = frame_of(s, "vetoes", &["Hungary", "Poland"]);
    assert_eq!(f.status, Status::Conditional);
    let (f, _) = frame_of(s, "impose", &["Hungary", "Poland"]);
    assert_eq!(f.status, Status::Conditional);
}

#[test]
fn negation_and_coordinated_subjects() {
    let (f, _) = frame_of(
        "Norway and Cuba did not recognise the new government.",
        "recognise",
        &["Norway", "Cuba"],
    );
    assert!(f.negated);
    assert_eq!(f.source, vec![0, 1]);
}

#[test]
fn noun_target_through_the_object() {
    let (f, _) = frame_of(
        "Canada imposed sanctions against Iran.",
        "imposed",
        &["Canada", "Iran"],
    );
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
}

#[test]
fn describing_relative_clause_is_not_the_news() {
    let s = "Chad, which has long backed Niger, condemned Mali on Sunday.";
    let (f, _) = frame_of(s, "backed", &["Chad", "Niger", "Mali"]);
    assert_eq!(f.status, Status::Description);
    let (f, _) = frame_of(s, "condemned", &["Chad", "Niger", "Mali"]);
    assert_eq!(f.status, Status::Asserted);
}

#[test]
fn a_relative_clause_in_the_simple_past_is_news() {
    let s = "Peru's foreign minister, who met his Chilean counterpart on Monday, said trade would grow.";
    let (f, _) = frame_of(s, "met", &["Peru", "Chilean"]);
    assert_eq!(f.status, Status::Asserted);
    assert_eq!(f.source, vec![0]);
    // Intent or a standing relation in the clause is still a description.
    let s = "Ghana, which wants to meet Togo, condemned Mali on Sunday.";
    let (f, _) = frame_of(s, "meet", &["Ghana", "Togo", "Mali"]);
    assert_ne!(f.status, Status::Asserted);
    let s = "Ghana, which backs Togo, condemned Mali on Sunday.";
    let (f, _) = frame_of(s, "backs", &["Ghana", "Togo", "Mali"]);
    assert_eq!(f.status, Status::Description);
    // A simple past with no tie to the news day is the antecedent's history.
    let s = "Ghana, which fought Togo for years, condemned Mali on Sunday.";
    let (f, _) = frame_of(s, "fought", &["Ghana", "Togo", "Mali"]);
    assert_eq!(f.status, Status::Description);
}

#[test]
fn a_relative_clause_with_also_is_news_unless_dated_or_present() {
    let s = "Ghana's minister met Togo's envoy, who also agreed to visit Mali.";
    let (f, _) = frame_of(s, "agreed", &["Ghana", "Togo", "Mali"]);
    assert_eq!(f.status, Status::Asserted);
    // A past date keeps the clause the antecedent's history.
    let s = "Ghana condemned Togo, which also attacked Mali in 2019.";
    let (f, _) = frame_of(s, "attacked", &["Ghana", "Togo", "Mali"]);
    assert_eq!(f.status, Status::Description);
    // A present form is a standing fact, whatever tag it gets.
    let s = "Ghana and Togo, which also host Malian doctors, have not commented.";
    let (f, _) = frame_of(s, "host", &["Ghana", "Togo", "Malian"]);
    assert_ne!(f.status, Status::Asserted);
}

#[test]
fn what_a_describing_clause_said_is_reported_news() {
    let s = "The strike was confirmed by Ghana's army, which said its jets later hit Togo.";
    let (f, _) = frame_of(s, "hit", &["Ghana", "Togo"]);
    assert!(
        matches!(f.status, Status::Reported { .. }),
        "{:?}",
        f.status
    );
    // Dated in the past, the statement is history.
    let s = "The strike was confirmed by Ghana's army, which said in 2019 that its jets hit Togo.";
    let (f, _) = frame_of(s, "hit", &["Ghana", "Togo"]);
    assert!(!matches!(
        f.status,
        Status::Reported { .. } | Status::Asserted
    ));
}

#[test]
fn an_object_relative_with_its_own_subject_is_news() {
    let s = "Mali closed its border with Niger, which it accuses of arming rebels.";
    let (f, _) = frame_of(s, "accuses", &["Mali", "Niger"]);
    assert_eq!(f.status, Status::Asserted);
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
}

#[test]
fn the_terms_of_a_pact_after_under_which_describe_it() {
    let s = "The talks produced a deal, under which Niger agreed to withdraw from Chad.";
    let (f, _) = frame_of(s, "agreed", &["Chad", "Niger"]);
    assert_eq!(f.status, Status::Description);
    let s = "Observers said the clash would test a pact, under which Niger agreed to patrol it.";
    let (f, _) = frame_of(s, "agreed", &["Chad", "Niger"]);
    assert_eq!(f.status, Status::Description);
    // Without the comma the clause restricts: which deal, not a description of it.
    let s = "The talks produced the deal under which Niger agreed to withdraw from Chad.";
    let (f, _) = frame_of(s, "agreed", &["Chad", "Niger"]);
    assert_ne!(f.status, Status::Description);
}

#[test]
fn a_judged_act_targets_its_agent_not_its_victim() {
    let (f, _) = frame_of(
        "Peru condemned Chile's attack on Bolivia.",
        "condemned",
        &["Peru", "Chile", "Bolivia"],
    );
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
    let (f, _) = frame_of(
        "Peru welcomed the offer by Chile.",
        "welcomed",
        &["Peru", "Chile"],
    );
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
    // the object is an actor itself, not an act: it is the target
    let (f, _) = frame_of(
        "Peru accused Chile's navy of piracy.",
        "accused",
        &["Peru", "Chile", "navy"],
    );
    assert_eq!(f.target, vec![2]);
    // no agent named: the usual target rules
    let (f, _) = frame_of(
        "Peru condemned the attack on Bolivia.",
        "condemned",
        &["Peru", "Bolivia"],
    );
    assert_eq!(f.target, vec![1]);
}

#[test]
fn path_names_the_relations_and_the_clause() {
    let (f, _) = frame_of(
        "Egypt condemned Israel on Monday.",
        "condemned",
        &["Egypt", "Israel"],
    );
    assert_eq!(f.path, "source: nsubj; target: obj; clause: main");
    let (f, _) = frame_of(
        "Kenya said Uganda had attacked the border post.",
        "attacked",
        &["Kenya", "Uganda"],
    );
    assert!(f.path.ends_with("clause: reported by say"), "{}", f.path);
}

#[test]
fn participle_clause_takes_the_main_subject() {
    let s = "Egypt wrote to the council on Friday, accusing Ethiopia of breaking the accord.";
    let (f, _) = frame_of(s, "accusing", &["Egypt", "Ethiopia"]);
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
    assert!(f.path.starts_with("source: advcl^ nsubj"), "{}", f.path);
}

#[test]
fn demand_targets_the_subject_of_its_complement() {
    let s = "Iraq has demanded that Turkey halt the raids.";
    let (f, _) = frame_of(s, "demanded", &["Iraq", "Turkey"]);
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
    assert!(f.path.contains("target: ccomp>nsubj"), "{}", f.path);
    let (f, _) = frame_of(s, "halt", &["Iraq", "Turkey"]);
    assert!(
        matches!(f.status, Status::Embedded { .. }),
        "{:?}",
        f.status
    );
}

#[test]
fn passive_subject_noun_names_the_parties() {
    let s = "The truce between Armenia and Azerbaijan was mediated by Oman.";
    let (f, _) = frame_of(s, "mediated", &["Armenia", "Oman", "Azerbaijan"]);
    assert_eq!(f.source, vec![1]);
    assert_eq!(f.target, vec![0, 2]);
}

#[test]
fn accusation_content_is_not_its_target() {
    // "the neighbour" names no actor; Sudan's rebels are in what it is accused of.
    let s = "Chad accused the neighbour of arming Sudan with rifles.";
    let (f, _) = frame_of(s, "accused", &["Chad", "Sudan"]);
    assert_eq!(f.source, vec![0]);
    assert!(f.target.is_empty(), "{:?}", f.target);
}

#[test]
fn passive_participle_modifier_targets_its_noun() {
    let s = "Kenya welcomed the talks between Ethiopia and Eritrea hosted by Qatar.";
    let (f, _) = frame_of(s, "hosted", &["Kenya", "Ethiopia", "Qatar", "Eritrea"]);
    assert!(f.passive);
    assert_eq!(f.source, vec![2]);
    assert_eq!(f.target, vec![1, 3]);
}

#[test]
fn passive_without_agent_is_recognised_from_the_path() {
    let (f, _) = frame_of(
        "The Chilean consul was summoned on Monday.",
        "summoned",
        &["Chilean"],
    );
    assert!(f.passive);
    assert!(passive_without_agent(&f.path), "{}", f.path);
    let (f, _) = frame_of(
        "Ghana was criticised by Togo for the delay.",
        "criticised",
        &["Ghana", "Togo"],
    );
    assert!(!passive_without_agent(&f.path), "{}", f.path);
}

#[test]
fn a_threat_falls_on_the_party_of_its_act_not_on_the_act_s_name() {
    let s = "Chile threatened to restore Andean sanctions on Bolivia if Sucre does not pay.";
    let (f, _) = frame_of(s, "threatened", &["Chile", "Andean", "Bolivia", "Sucre"]);
    assert_eq!((f.source, f.target), (vec![0], vec![2]), "{}", f.path);
    assert_eq!(f.status, Status::Asserted);
}

#[test]
fn a_threat_with_no_marked_party_falls_on_the_one_asked_to_comply() {
    let s = "Chile threatened to raise the tariffs unless Bolivia pays the debt.";
    let (f, _) = frame_of(s, "threatened", &["Chile", "Bolivia"]);
    assert_eq!((f.source, f.target), (vec![0], vec![1]), "{}", f.path);
    assert_eq!(f.status, Status::Asserted);
    // The condition's own act stays conditional.
    let (f, _) = frame_of(s, "pays", &["Chile", "Bolivia"]);
    assert_eq!(f.status, Status::Conditional);
}

#[test]
fn a_forum_a_dispute_is_taken_to_is_not_its_target() {
    let s = "Chile threatened to take the copper tariffs to the Andean court.";
    let lex = FrameLexicon::builtin().expect("lexicon");
    let model = syntax::builtin().expect("model");
    let a = model.analyse_sentence(s, &text::tokenize(s));
    // as the coder reads it: with the parse repairs applied
    let words = repaired(&a.words);
    let marks: Vec<Option<u32>> = words
        .iter()
        .map(|w| match w.form.as_str() {
            "Chile" => Some(0),
            "court" => Some(1),
            _ => None,
        })
        .collect();
    let target_of = |organisation: bool| {
        let mut sent = Sentence::new(&words, &marks, lex);
        for (i, w) in a.words.iter().enumerate() {
            if w.upos == "VERB" {
                sent.mark_predicate(i);
            }
        }
        if organisation {
            sent.mark_organisation(1);
        }
        let p = a.words.iter().position(|w| w.form == "take");
        sent.frame(p.expect("predicate"), None).target
    };
    // an international body hears the complaint; a state there would be a party
    assert_eq!(target_of(true), Vec::<u32>::new());
    assert_eq!(target_of(false), vec![1]);
}

#[test]
fn a_year_in_the_predicate_s_own_clause_dates_it() {
    let s = "Chile fought a short war with Peru in 1995.";
    let (f, _) = frame_of(s, "fought", &["Chile", "Peru"]);
    assert_eq!(f.dated, Some(Dated::Year(1995)), "{}", f.path);
    assert_eq!(dated_in_path(&f.path), Some(Dated::Year(1995)));
    let s = "As recently as 1998, a Bolivian minister flew to Lima every month.";
    let (f, _) = frame_of(s, "flew", &["Bolivian", "Lima"]);
    assert_eq!(f.dated, Some(Dated::Year(1998)), "{}", f.path);
    // A plain present act has no date.
    let (f, _) = frame_of("Chile fought Peru.", "fought", &["Chile", "Peru"]);
    assert_eq!(f.dated, None, "{}", f.path);
}

#[test]
fn a_bare_month_dates_a_past_act_only() {
    let s = "Chilean and Peruvian ministers signed a water pact in March.";
    let (f, _) = frame_of(s, "signed", &["Chilean", "Peruvian"]);
    assert_eq!(f.dated, Some(Dated::Month(3)), "{}", f.path);
    assert_eq!(dated_in_path(&f.path), Some(Dated::Month(3)));
    // A month with its year is the year's date.
    let s = "Chilean and Peruvian ministers signed a water pact in March 1995.";
    let (f, _) = frame_of(s, "signed", &["Chilean", "Peruvian"]);
    assert_eq!(f.dated, Some(Dated::Year(1995)), "{}", f.path);
    // A planned act's month may be next year's; a day named may be this week's.
    let s = "Chilean and Peruvian ministers will sign a water pact in March.";
    let (f, _) = frame_of(s, "sign", &["Chilean", "Peruvian"]);
    assert_eq!(f.dated, None, "{}", f.path);
    let s = "Chile invited Peruvian ministers to sign a water pact in March.";
    let (f, _) = frame_of(s, "invited", &["Chile", "Peruvian"]);
    assert_eq!(f.dated, None, "{}", f.path);
    let s = "Chilean and Peruvian ministers signed a water pact on March 3.";
    let (f, _) = frame_of(s, "signed", &["Chilean", "Peruvian"]);
    assert_eq!(f.dated, None, "{}", f.path);
}

#[test]
fn a_year_after_several_phrases_may_belong_to_a_noun() {
    let s = "Chile thanked Peru for its help in a dispute between Bolivia and Ecuador in 1995.";
    let (f, _) = frame_of(s, "thanked", &["Chile", "Peru", "Bolivia", "Ecuador"]);
    assert_eq!(f.dated, None, "{}", f.path);
}

#[test]
fn a_year_in_another_clause_or_beside_a_news_day_does_not_date_the_predicate() {
    let s = "Chile recalled its envoy after Peru annulled a treaty it signed in 1995.";
    let (f, _) = frame_of(s, "recalled", &["Chile", "Peru"]);
    assert_eq!(f.dated, None, "{}", f.path);
    let s = "Chile lifted on Tuesday the ban that it imposed on Peru two decades ago.";
    let (f, _) = frame_of(s, "lifted", &["Chile", "Peru"]);
    assert_eq!(f.dated, None, "{}", f.path);
}

#[test]
fn last_year_and_ago_date_a_clause_before_the_article() {
    let s = "Chile expelled two Peruvian diplomats last year.";
    let (f, _) = frame_of(s, "expelled", &["Chile", "Peruvian"]);
    assert_eq!(f.dated, Some(Dated::Before), "{}", f.path);
    let s = "Chile broke off relations with Peru three decades ago.";
    let (f, _) = frame_of(s, "broke", &["Chile", "Peru"]);
    assert_eq!(f.dated, Some(Dated::Before), "{}", f.path);
}

#[test]
fn a_year_counted_from_an_earlier_date_dates_a_past_act_before_the_article() {
    // "the following year", "a year later": the text's earlier date, told in the past
    let s = "Chile expelled a Peruvian envoy in 2019, and Chile suspended relations with Peru the following year.";
    let (f, _) = frame_of(s, "suspended", &["Chile", "Peruvian", "Peru"]);
    assert_eq!(f.dated, Some(Dated::Before), "{}", f.path);
    let s = "A year later Chile suspended relations with Peru.";
    let (f, _) = frame_of(s, "suspended", &["Chile", "Peru"]);
    assert_eq!(f.dated, Some(Dated::Before), "{}", f.path);
}

#[test]
fn that_year_and_at_the_time_date_a_past_act_before_the_article() {
    // both point back to a time the text told before, never to the article's day
    let s = "Chile closed its ports to Bolivian ships that year.";
    let (f, _) = frame_of(s, "closed", &["Chile", "Bolivian"]);
    assert_eq!(f.dated, Some(Dated::Before), "{}", f.path);
    let s = "Peru condemned Chile at the time.";
    let (f, _) = frame_of(s, "condemned", &["Peru", "Chile"]);
    assert_eq!(f.dated, Some(Dated::Before), "{}", f.path);
}

#[test]
fn the_same_time_or_a_future_act_at_the_time_is_not_dated() {
    let s = "Peru condemned Chile at the same time.";
    let (f, _) = frame_of(s, "condemned", &["Peru", "Chile"]);
    assert_eq!(f.dated, None, "{}", f.path);
    let s = "Peru will condemn Chile at the time.";
    let (f, _) = frame_of(s, "condemn", &["Peru", "Chile"]);
    assert_eq!(f.dated, None, "{}", f.path);
}

#[test]
fn a_future_act_or_the_following_day_is_not_dated_by_an_earlier_date() {
    // a future act the following year is not before the article; a day may be today
    let s = "Chile will suspend relations with Peru the following year.";
    let (f, _) = frame_of(s, "suspend", &["Chile", "Peru"]);
    assert_eq!(f.dated, None, "{}", f.path);
    let s = "Peru recalled its envoy, and Chile expelled a Peruvian envoy the following day.";
    let (f, _) = frame_of(s, "expelled", &["Peru", "Chile", "Peruvian"]);
    assert_eq!(f.dated, None, "{}", f.path);
}

#[test]
fn a_conjunct_after_a_span_shares_the_date_of_its_first_conjunct() {
    let s =
        "In 2019 Chilean troops detained three Peruvian officers and freed them after two weeks.";
    let (f, _) = frame_of(s, "freed", &["Chilean", "Peruvian"]);
    assert_eq!(f.dated, Some(Dated::Year(2019)), "{}", f.path);
    // its own news day wins over the first conjunct's year
    let s = "Chilean troops detained three Peruvian officers in 2019 and freed them on Monday.";
    let (f, _) = frame_of(s, "freed", &["Chilean", "Peruvian"]);
    assert_eq!(f.dated, None, "{}", f.path);
}

#[test]
fn an_unmarked_participle_clause_takes_the_date_of_its_act() {
    let s = "In 1995, a Chilean gunboat shelled a Peruvian port, damaging two Bolivian ships.";
    let (f, _) = frame_of(s, "damaging", &["Chilean", "Peruvian", "Bolivian"]);
    assert_eq!(f.dated, Some(Dated::Year(1995)), "{}", f.path);
    let s = "In 1995 Chilean troops stormed a Peruvian outpost, capturing six Bolivian guards.";
    let (f, _) = frame_of(s, "capturing", &["Chilean", "Peruvian", "Bolivian"]);
    assert_eq!(f.dated, Some(Dated::Year(1995)), "{}", f.path);
    // A participle after "since" or "after" is its own clause with its own time.
    let s = "Chile stormed a Peruvian outpost on Monday, after shelling it in 1995.";
    let (f, _) = frame_of(s, "stormed", &["Chile", "Peruvian"]);
    assert_eq!(f.dated, None, "{}", f.path);
}

#[test]
fn a_conjunct_that_goes_on_later_takes_the_date_of_its_clause() {
    let s =
        "They signed a truce in 1995, and Chilean troops later marched alongside Peruvian units.";
    let (f, _) = frame_of(s, "marched", &["Chilean", "Peruvian"]);
    assert_eq!(f.dated, Some(Dated::Year(1995)), "{}", f.path);
    let s = "They signed a truce in 1995, and Chilean troops marched alongside Peruvian units.";
    let (f, _) = frame_of(s, "marched", &["Chilean", "Peruvian"]);
    assert_eq!(f.dated, None, "{}", f.path);
}

#[test]
fn a_speech_verb_s_conditional_content_is_conditional() {
    let s = "Morales said Bolivia was ready for talks if Chile also opens the port.";
    let (f, _) = frame_of(s, "said", &["Morales", "Bolivia", "Chile"]);
    assert_eq!(f.status, Status::Conditional, "{}", f.path);
    let s = "Morales said Bolivia was ready for talks with Chile.";
    let (f, _) = frame_of(s, "said", &["Morales", "Bolivia", "Chile"]);
    assert_eq!(f.status, Status::Asserted, "{}", f.path);
    // A warning's condition is what it warns of.
    let s = "Morales warned that Bolivia would close the border if Chile raises the tariffs.";
    let (f, _) = frame_of(s, "warned", &["Morales", "Bolivia", "Chile"]);
    assert_eq!(f.status, Status::Asserted, "{}", f.path);
}

#[test]
fn a_trailing_participle_takes_the_subject_of_the_clause_before_it() {
    // However the parse hangs "deploying" (under the later "said", or under "staged"),
    // its subject is the army's.
    let s = "Chile's army staged large-scale drills around Peru on Monday, deploying tanks and \
             fighter jets in what it called a firm warning to armed groups, four days after \
             Bolivian President Arce said the border would stay open.";
    let actors = ["Chile", "Peru", "Bolivian", "Arce"];
    let (f, _) = frame_of(s, "deploying", &actors);
    assert_eq!(f.source, vec![0], "{}", f.path);
    assert!(f.path.starts_with("source: advcl"), "{}", f.path);
}

#[test]
fn a_sector_adjective_inside_the_object_is_no_party() {
    // "military" names what kind of talks, not a second party: no target.
    let (f, _) = frame_of(
        "Seoul proposed military talks to settle the dispute.",
        "proposed",
        &["Seoul", "military"],
    );
    assert_eq!(f.source, vec![0]);
    assert!(f.target.is_empty(), "{:?}", f.target);
}

#[test]
fn a_participle_of_origin_inside_the_object_is_no_party() {
    // Where the jets were built says nothing about who receives the engines.
    let (f, _) = frame_of(
        "Moscow offered engines for the Russian-made jets on Monday.",
        "offered",
        &["Moscow", "Russian"],
    );
    assert_eq!(f.source, vec![0]);
    assert!(f.target.is_empty(), "{:?}", f.target);
}

#[test]
fn a_national_adjective_on_an_event_noun_is_its_author() {
    // Capitalised: the nation whose strikes they are is the party condemned.
    let (f, _) = frame_of(
        "Egypt condemned the Israeli strikes on Monday.",
        "condemned",
        &["Egypt", "Israeli"],
    );
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
}

#[test]
fn a_sector_adjective_under_a_misparsed_subject_is_still_the_source() {
    // "military" hangs under "yesterday" (taken as the subject); it is the actor itself.
    let (f, _) = frame_of(
        "The United States military yesterday gave new rifles to Laos.",
        "gave",
        &["military", "Laos"],
    );
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
}

/// The act of a meeting dated in the past took place then: "agreed ... in talks in 2019".
#[test]
fn an_act_in_a_dated_meeting_takes_its_date() {
    let (f, _) = frame_of(
        "Kenya agreed to the border plan with Uganda in talks in March 2019.",
        "agreed",
        &["Kenya", "Uganda"],
    );
    assert_eq!(f.dated, Some(Dated::Year(2019)), "{}", f.path);
    let (f, _) = frame_of(
        "Kenya agreed to the border plan with Uganda in talks on Monday.",
        "agreed",
        &["Kenya", "Uganda"],
    );
    assert_eq!(f.dated, None, "{}", f.path);
}

#[test]
fn a_when_or_after_clause_of_a_dated_clause_shares_its_past() {
    let s =
        "Ties between Chile and Peru reached a low in 1995, when Chile expelled a Peruvian envoy.";
    let (f, _) = frame_of(s, "expelled", &["Chile", "Peru", "Peruvian"]);
    assert_eq!(f.dated, Some(Dated::Year(1995)), "{}", f.path);
    let s = "Chile handed the islands to Peru in 1995 after the Hague court awarded them to Lima.";
    let (f, _) = frame_of(s, "awarded", &["Chile", "Peru", "Lima"]);
    assert_eq!(f.dated, Some(Dated::Year(1995)), "{}", f.path);
    // A "before" clause may come later than the date; an undated clause lends no date.
    let s = "Chile signed the accord in 1995 before Peru recalled its envoy.";
    let (f, _) = frame_of(s, "recalled", &["Chile", "Peru"]);
    assert_eq!(f.dated, None, "{}", f.path);
    let s = "Chile protested on Tuesday, when Peru seized a fishing boat.";
    let (f, _) = frame_of(s, "seized", &["Chile", "Peru"]);
    assert_eq!(f.dated, None, "{}", f.path);
}

#[test]
fn co_subjects_that_offer_to_host_serve_others() {
    // a host serves parties other than itself: the co-hosts are no sides of the talks
    let s = "Ghana and Togo offered to host talks.";
    let (f, _) = frame_of(s, "offered", &["Ghana", "Togo"]);
    assert!(f.giving, "{f:?}");
    let s = "Ghana and Togo will host the talks.";
    let (f, _) = frame_of(s, "host", &["Ghana", "Togo"]);
    assert!(f.giving, "{f:?}");
    // contrast: co-subjects that agree to hold talks are the sides of them
    let s = "Ghana and Togo agreed to hold talks.";
    let (f, _) = frame_of(s, "agreed", &["Ghana", "Togo"]);
    assert!(!f.giving, "{f:?}");
}

#[test]
fn a_handed_notes_demand_or_protest_is_addressed_to_its_recipient() {
    let actors = ["Freedonia", "Sylvania"];
    let (f, _) = frame_of(
        "Freedonia handed Sylvania a note demanding talks.",
        "demanding",
        &actors,
    );
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
    let (f, _) = frame_of(
        "Freedonia delivered a note to Sylvania protesting the raids.",
        "protesting",
        &actors,
    );
    assert_eq!((f.source, f.target), (vec![0], vec![1]));
}

#[test]
fn a_handed_notes_description_takes_no_recipient() {
    let actors = ["Freedonia", "Sylvania"];
    let (f, _) = frame_of(
        "Freedonia handed Sylvania a note describing the talks.",
        "describing",
        &actors,
    );
    assert!(f.target.is_empty(), "{:?}", f.target);
}
