//! Past dating of spans, decades, period nouns and participles of the object's complement
//! (branch dated2). Sentences written for these tests.
use super::tests::frame_marked;
use super::*;

fn dated(s: &str, pred: &str) -> Option<Dated> {
    let (f, _) = frame_marked(s, pred, |_| None);
    f.dated
}

#[test]
fn a_span_of_years_dates_the_act_by_its_start() {
    let s = "Chile carried out missile tests in the desert between 1961 and 1969.";
    assert_eq!(dated(s, "carried"), Some(Dated::Year(1961)));
    let s = "Peru built three dams on the river from 1971 to 1980.";
    assert_eq!(dated(s, "built"), Some(Dated::Year(1971)));
}

#[test]
fn a_decade_dates_the_act_by_its_last_year() {
    let s = "Chile conducted several missile tests in the 1960s.";
    assert_eq!(dated(s, "conducted"), Some(Dated::Year(1969)));
}

#[test]
fn a_year_of_a_period_noun_dates_the_act() {
    let s = "Peruvian troops shelled the border villages during the 1995 war.";
    assert_eq!(dated(s, "shelled"), Some(Dated::Year(1995)));
    // "in the 2015 deal" names a deal, not when the act happened
    let s = "Chile broke the limits set out in the 2015 deal.";
    assert_eq!(dated(s, "broke"), None);
}

#[test]
fn a_year_closing_a_participle_of_the_object_s_complement_dates_the_act() {
    let s = "Chile mediated the release of twelve fishermen held by Bolivia in 2019.";
    assert_eq!(dated(s, "mediated"), Some(Dated::Year(2019)));
    // a span running on to now: the release may be today's
    let s = "Chile mediated the release of twelve fishermen held by Bolivia since 2019.";
    assert_eq!(dated(s, "mediated"), None);
    // a participle on the object itself dates the thing, not the act
    let s = "Chile rebuilt the bridges destroyed in 1995.";
    assert_eq!(dated(s, "rebuilt"), None);
}
