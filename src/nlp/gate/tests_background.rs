//! Background: acts dated before the article, perfects running on from an earlier event, terms
//! of an agreement and relations built over time are not news (gate tests; invented sentences).
use super::tests::{event, judge_on, verdict, verdict_with};
use super::*;

#[test]
fn an_act_dated_before_the_article_is_background() {
    let t = "Chile fought a short war with Peru in 1995.";
    let dated = |ents: &EntityAnalysis| {
        let mut e = event(t, ents, "fought", "CHL", "PER", "190");
        e.path = "source: nsubj; target: obl; clause: main; dated: 1995".into();
        e
    };
    let j = judge_on(t, dated, 2024);
    assert_eq!(j.reason(), Some(DropReason::Background), "{}", j.why);
    // The article's own year may be this week's news.
    assert_eq!(judge_on(t, dated, 1995).reason(), None);
}

#[test]
fn a_past_act_in_another_month_than_the_article_s_is_background() {
    // `judge_on` dates the article in June.
    let t = "Chile and Peru signed a water pact in March.";
    let in_month = |m: u32| {
        move |ents: &EntityAnalysis| {
            let mut e = event(t, ents, "signed", "CHL", "PER", "057");
            e.path = format!("source: nsubj; target: conj; clause: main; dated: month {m}");
            e
        }
    };
    let j = judge_on(t, in_month(3), 2024);
    assert_eq!(j.reason(), Some(DropReason::Background), "{}", j.why);
    // The article's own month is the news.
    assert_eq!(judge_on(t, in_month(6), 2024).reason(), None);
}

#[test]
fn a_perfect_running_on_from_a_past_date_is_background() {
    let t = "Chile has stationed 2,000 soldiers on the border with Peru since last year.";
    let j = judge_on(t, |e| event(t, e, "stationed", "CHL", "PER", "150"), 2024);
    assert_eq!(j.reason(), Some(DropReason::Background), "{}", j.why);
    let t = "Chile has stationed soldiers on the border with Peru since 2021.";
    let j = judge_on(t, |e| event(t, e, "stationed", "CHL", "PER", "150"), 2024);
    assert_eq!(j.reason(), Some(DropReason::Background), "{}", j.why);
    let t = "Chile has stationed soldiers on the border with Peru since Monday.";
    let j = judge_on(t, |e| event(t, e, "stationed", "CHL", "PER", "150"), 2024);
    assert_eq!(j.reason(), None, "{}", j.why);
    // "since" in a later clause of the sentence dates that clause.
    let t = "Chile has stationed soldiers on the border, where calm has held since 2021.";
    let j = judge_on(t, |e| event(t, e, "stationed", "CHL", "PER", "150"), 2024);
    assert_eq!(j.reason(), None, "{}", j.why);
}

#[test]
fn a_perfect_with_the_adverb_since_is_the_sequel_of_a_told_act() {
    let t = "Both neighbours have since bought grain from Peru.";
    let j = judge_on(t, |e| event(t, e, "bought", "CHL", "PER", "061"), 2024);
    assert_eq!(j.reason(), Some(DropReason::Background), "{}", j.why);
    // The same act without "since" is news; so is "since" opening a later clause.
    let t = "Chile has bought grain from Peru.";
    let j = judge_on(t, |e| event(t, e, "bought", "CHL", "PER", "061"), 2024);
    assert_eq!(j.reason(), None, "{}", j.why);
    // "since" after a comma may give a reason ("since" = because): the clause ends first.
    let t = "Chile has bought grain from Peru, since its own harvest failed.";
    let j = judge_on(t, |e| event(t, e, "bought", "CHL", "PER", "061"), 2024);
    assert_eq!(j.reason(), None, "{}", j.why);
}

#[test]
fn a_perfect_running_on_from_an_earlier_event_is_background() {
    // precision25: a record up to now, which the gold marks background.
    for (t, trigger, code) in [
        (
            "Chile has stepped up its diplomacy in Peru since the fall of the old government.",
            "stepped up",
            "060",
        ),
        (
            "Chile has brokered a dozen prisoner swaps with Peru since the war began.",
            "brokered",
            "046",
        ),
        (
            "Chile has raised the matter with Peru at every summit since.",
            "raised",
            "040",
        ),
    ] {
        let j = judge_on(t, |e| event(t, e, trigger, "CHL", "PER", code), 2024);
        assert_eq!(j.reason(), Some(DropReason::Background), "{t}: {}", j.why);
    }
    // A day of the news week and a simple past stay news.
    for t in [
        "Chile has expelled six Peruvian diplomats since Monday.",
        "Chile has expelled six Peruvian diplomats since the weekend.",
        "Chile expelled six Peruvian diplomats since the talks failed.",
        "Chile has expelled six Peruvian diplomats as Peru holds its first vote since the war.",
    ] {
        let j = judge_on(t, |e| event(t, e, "expelled", "CHL", "PER", "1663"), 2024);
        assert_eq!(j.reason(), None, "{t}: {}", j.why);
    }
}

#[test]
fn the_terms_of_an_agreement_are_no_new_act() {
    let t = "Under the accord, Peru will train Chilean pilots.";
    let j = verdict_with(t, "train", "PER", "CHL", "0312", Modality::Intended);
    assert_eq!(j, Some(DropReason::Background));
    // The same intention not told as a term of an agreement is kept.
    let t = "Peru will train Chilean pilots, its minister announced.";
    let j = verdict_with(t, "train", "PER", "CHL", "0312", Modality::Intended);
    assert_eq!(j, None);
    // A past act done under an agreement happened.
    let t = "Under the accord, Peru released six Chilean sailors.";
    assert_eq!(verdict(t, "released", "PER", "CHL", "0841"), None);
}

#[test]
fn a_relation_built_over_time_is_no_news() {
    let t = "Peru has steadily deepened ties with Chile.";
    assert_eq!(
        verdict(t, "deepened", "PER", "CHL", "060"),
        Some(DropReason::Background)
    );
    let t = "Peru deepened ties with Chile on Monday.";
    assert_eq!(verdict(t, "deepened", "PER", "CHL", "060"), None);
    // Ties renewed at one time are news, perfect or not.
    let t = "Peru and Chile have renewed ties after a long rift.";
    assert_eq!(verdict(t, "renewed", "PER", "CHL", "064"), None);
}
