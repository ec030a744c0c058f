//! The gate's rules for clauses of fresh text that assert no act (`gate/unasserted.rs`), on
//! sentences written for these tests.
use super::tests::{article, event, judge_all, judge_on, verdict};
use super::*;

// Branch precision9: clauses of fresh text that assert no act (`gate/unasserted.rs`).

#[test]
fn the_content_of_a_denial_did_not_happen() {
    let t = "Peru denied that its patrol boats had fired on Chilean trawlers.";
    assert_eq!(
        verdict(t, "fired", "PERMIL", "CHL", "190"),
        Some(DropReason::Negated)
    );
    // "denied the report" denies no clause: the act after it stands.
    let t = "Peru denied the report and recalled its envoy from Chile.";
    assert_eq!(verdict(t, "recalled", "PER", "CHL", "161"), None);
}

/// A gerund right after the denial word is the act denied (branch blind6): "denied sending
/// troops", "denies having pressed"; a gerund further on is not.
#[test]
fn a_gerund_under_a_denial_did_not_happen() {
    let t = "Peru denied sending troops across the border into Chile.";
    assert_eq!(
        verdict(t, "sending", "PER", "CHLMIL", "154"),
        Some(DropReason::Negated)
    );
    let t = "The Peruvian embassy denies having pressed Chile to drop the treaty.";
    assert_eq!(
        verdict(t, "pressed", "PERGOV", "CHL", "170"),
        Some(DropReason::Negated)
    );
    let t = "Peru denied the report, accusing Chile of lying.";
    assert_eq!(verdict(t, "accusing", "PER", "CHL", "112"), None);
}

#[test]
fn a_correction_notice_reports_no_new_act() {
    let t = "Correction: An earlier version of this article said Peru had expelled Chile's consul.";
    assert_eq!(
        verdict(t, "expelled", "PER", "CHL", "1663"),
        Some(DropReason::Editorial)
    );
    let t = "Peru expelled Chile's consul on Monday.";
    assert_eq!(verdict(t, "expelled", "PER", "CHL", "1663"), None);
}

#[test]
fn a_habit_is_no_single_act() {
    let t = "Whenever Chile stages naval drills, Peru summons its envoy.";
    assert_eq!(
        verdict(t, "summons", "PER", "CHL", "111"),
        Some(DropReason::Hypothetical)
    );
    let t = "When Chile staged naval drills, Peru summoned its envoy.";
    assert_eq!(verdict(t, "summoned", "PER", "CHL", "111"), None);
}

#[test]
fn a_counterfactual_act_did_not_happen() {
    let t = "Peru vetoed a draft that would have condemned Chile.";
    assert_eq!(
        verdict(t, "condemned", "IGOUNO", "CHL", "122"),
        Some(DropReason::Hypothetical)
    );
    let t = "The council condemned Chile on Monday.";
    assert_eq!(verdict(t, "condemned", "IGOUNO", "CHL", "122"), None);
}

#[test]
fn a_bare_conjunct_shares_the_modal_before_it() {
    let t = "Peru should drop its claim and ask Chile for talks.";
    assert_eq!(
        verdict(t, "ask", "PER", "CHL", "020"),
        Some(DropReason::Hypothetical)
    );
    let t = "Peru dropped its claim and asked Chile for talks.";
    assert_eq!(verdict(t, "asked", "PER", "CHL", "020"), None);
}

#[test]
fn a_finite_past_after_a_modal_clause_is_the_main_clauses_conjunct() {
    // "asked" cannot be a bare infinitive under "could": the speaker asked
    let t = "Peru said it could not take more migrants and asked Chile for help.";
    assert_eq!(verdict(t, "asked", "PER", "CHL", "020"), None);
    // after a perfect auxiliary the past participle still shares the modal
    let t = "Peru could have dropped its claim and asked Chile for talks.";
    assert_eq!(
        verdict(t, "asked", "PER", "CHL", "020"),
        Some(DropReason::Hypothetical)
    );
}

#[test]
fn a_perfect_of_experience_or_of_years_is_no_news() {
    let t = "Peru has hosted Chilean envoys before.";
    let j = judge_on(t, |e| event(t, e, "hosted", "PER", "CHL", "043"), 2024);
    assert_eq!(j.reason(), Some(DropReason::Background), "{}", j.why);
    let t = "Peru has imposed tariffs on Chilean copper for years.";
    let j = judge_on(t, |e| event(t, e, "imposed", "PER", "CHL", "163"), 2024);
    assert_eq!(j.reason(), Some(DropReason::Background), "{}", j.why);
    // A counted span measures the act, and a first time is news.
    let t = "Peru has banned the Chilean minister for 15 years.";
    let j = judge_on(t, |e| event(t, e, "banned", "PER", "CHL", "163"), 2024);
    assert_eq!(j.reason(), None, "{}", j.why);
    let t = "Peru has hosted Chilean envoys for the first time in 12 years.";
    let j = judge_on(t, |e| event(t, e, "hosted", "PER", "CHL", "043"), 2024);
    assert_eq!(j.reason(), None, "{}", j.why);
}

/// The verdict on a Peru → Chile event whose trigger the coder read in the simple present.
fn judged_in_present(t: &str, trigger: &str, code: &str) -> Judged {
    let ents = article(t, &[]);
    let mut e = event(t, &ents, trigger, "PER", "CHL", code);
    e.path = "source: nsubj; target: obj; clause: main; tense: simple present".into();
    judge_all(t, &ents, vec![e]).remove(0)
}

#[test]
fn a_material_act_in_the_simple_present_is_how_things_stand() {
    let t = "The two share a border. Peru supplies most of Chile's gas.";
    let j = judged_in_present(t, "supplies", "061");
    assert_eq!(j.reason(), Some(DropReason::Background), "{}", j.why);
    // A verbal act's present is a standing claim; a first sentence may be a headline-style lead.
    let t = "The two share a border. Peru still accuses Chile of spying.";
    assert_eq!(judged_in_present(t, "accuses", "112").reason(), None);
    let t = "Peru lifts its tariffs on Chilean gas.";
    assert_eq!(judged_in_present(t, "lifts", "085").reason(), None);
}

#[test]
fn a_forecast_by_others_is_no_act() {
    let t = "Peru and Chile were expected to sign the fishing accord.";
    assert_eq!(
        verdict(t, "sign", "PER", "CHL", "057"),
        Some(DropReason::Hypothetical)
    );
    let t = "Peru and Chile signed the fishing accord.";
    assert_eq!(verdict(t, "signed", "PER", "CHL", "057"), None);
}

#[test]
fn a_company_is_no_party_to_diplomacy() {
    let t = "The firm signed a supply deal with Chile.";
    assert_eq!(
        verdict(t, "signed", "MNCPER", "CHL", "057"),
        Some(DropReason::SourceUnresolved)
    );
    assert_eq!(
        verdict(t, "signed", "PERBUS", "CHL", "057"),
        Some(DropReason::SourceUnresolved)
    );
    // An organisation whose code holds "BUS" further on is no company.
    assert_eq!(verdict(t, "signed", "IGOWAFBUSWAS", "CHL", "057"), None);
}

#[test]
fn a_when_clause_in_the_present_tells_a_habit_or_a_time_to_come() {
    let present = "source: nsubj; target: obj; clause: main; tense: simple present";
    let judged = |t: &str, trigger: &str, path: &str| {
        let ents = article(t, &[]);
        let mut e = event(t, &ents, trigger, "PER", "CHL", "111");
        e.path = path.into();
        judge_all(t, &ents, vec![e]).remove(0)
    };
    let t = "When Lima scolds Santiago, voters cheer.";
    let j = judged(t, "scolds", present);
    assert_eq!(j.reason(), Some(DropReason::Hypothetical), "{}", j.why);
    // In the past, the "when" clause tells an act that happened.
    let t = "When Lima scolded Santiago, voters cheered.";
    let past = "source: nsubj; target: obj; clause: main";
    assert_eq!(judged(t, "scolded", past).reason(), None);
}

/// Branch recall25: a negator before "and" belongs to the earlier predicate ("said they were
/// not spies and demanded"), while one after it, or a modal before it, still holds.
#[test]
fn a_negator_before_and_is_the_earlier_predicates() {
    let t = "Norway said the sailors were not spies and demanded their release by Russia.";
    assert_eq!(verdict(t, "demanded", "NOR", "RUS", "100"), None);
    let t = "Norway said the sailors were spies and did not demand their release by Russia.";
    assert_eq!(
        verdict(t, "demand", "NOR", "RUS", "100"),
        Some(DropReason::Negated)
    );
    let t = "Norway did not protest and never demanded their release by Russia.";
    assert_eq!(
        verdict(t, "demanded", "NOR", "RUS", "100"),
        Some(DropReason::Negated)
    );
}

/// Branch fresh12: a quoted sentence opening with an indefinite determiner, in the simple
/// present, states a general truth.
#[test]
fn a_quoted_general_truth_is_no_act() {
    let present = "source: nsubj; target: obj; clause: reported by tell; tense: simple present";
    let judged = |t: &str, trigger: &str, src: &str, tgt: &str| {
        let ents = article(t, &[("Kenya's foreign minister", "KENGOV")]);
        let mut e = event(t, &ents, trigger, src, tgt, "060");
        e.path = present.into();
        judge_all(t, &ents, vec![e]).remove(0)
    };
    let t = "Kenya expelled the judge. \"A ruling of a court binds every arm of a government,\" \
             Kenya's foreign minister told reporters.";
    let j = judged(t, "binds", "KENJUD", "KENGOV");
    assert_eq!(j.reason(), Some(DropReason::Background), "{}", j.why);
    // contrast: a quote that opens with a named party keeps its act
    let t = "Kenya expelled the judge. \"Uganda backs Kenya in this dispute,\" Kenya's \
             foreign minister told reporters.";
    assert_eq!(judged(t, "backs", "UGA", "KEN").reason(), None);
}

// Branch senses3: standing relations in the simple present, and "as if".

#[test]
fn a_standing_relation_in_the_simple_present_is_how_things_stand() {
    // support and recognition carry a verbal code (05x), yet their present is a relation
    let t = "Peru opened a consulate on Monday. It also supports Chile and Bolivia.";
    let j = judged_in_present(t, "supports", "050");
    assert_eq!(j.reason(), Some(DropReason::Background), "{}", j.why);
    let t = "Peru opened a consulate on Monday. Peru recognises Chile's claim to the island.";
    let j = judged_in_present(t, "recognises", "051");
    assert_eq!(j.reason(), Some(DropReason::Background), "{}", j.why);
    // a verbal stance in the present is still coded, and a past recognition is an act
    let t = "Peru opened a consulate on Monday. Peru still praises Chile for its help.";
    assert_eq!(judged_in_present(t, "praises", "051").reason(), None);
    let t = "Peru opened a consulate on Monday. Peru recognised the new Chilean government.";
    assert_eq!(verdict(t, "recognised", "PER", "CHL", "051"), None);
}

#[test]
fn as_if_compares_and_conditions_nothing() {
    let t = "Peru thanked Chile for treating the port as if it were its own and invited \
             Bolivia to the talks.";
    assert_eq!(verdict(t, "invited", "PER", "BOL", "026"), None);
    // a real condition still holds the act back
    let t = "Peru said it would invite Bolivia to the talks if it were attacked.";
    assert_eq!(
        verdict(t, "invite", "PER", "BOL", "026"),
        Some(DropReason::Conditional)
    );
}
