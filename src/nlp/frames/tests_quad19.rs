//! quad19: a clause stated by a declaring "make" ("X made it clear that Y would …") is
//! reported by X, as under a speech verb, not embedded under "make"; other complements of
//! "make" stay as they were. Invented sentences.
use super::*;

/// The status of predicate `pred` in `s`, with the words of the parse.
fn status_and_forms(s: &str, pred: &str) -> (Status, Vec<String>) {
    let (f, forms) = super::tests::frame_marked(s, pred, |form| {
        ["Chile", "Peru"].iter().position(|&x| x == form)
    });
    (f.status, forms)
}

fn status_of(s: &str, pred: &str) -> Status {
    status_and_forms(s, pred).0
}

/// The word the status names as the speech verb, lower-cased.
fn speech_word(s: &str, pred: &str) -> Option<String> {
    match status_and_forms(s, pred) {
        (Status::Reported { speech }, forms) => Some(forms[speech].to_lowercase()),
        _ => None,
    }
}

#[test]
fn a_clause_made_clear_is_reported_by_the_subject_of_make() {
    for (s, pred) in [
        (
            "Chile made it clear that Peru had closed the border.",
            "closed",
        ),
        (
            "Chile has made it clear it will not reopen the embassy.",
            "reopen",
        ),
        (
            "Chile made clear that Peru attacked the convoy.",
            "attacked",
        ),
        (
            "Chile made it known that it had expelled the envoy.",
            "expelled",
        ),
    ] {
        let sp = speech_word(s, pred);
        assert!(
            matches!(sp.as_deref(), Some("made")),
            "{s}: {:?}",
            status_of(s, pred)
        );
    }
}

#[test]
fn an_open_question_or_a_result_of_make_is_not_a_statement() {
    // "did not make clear whether …" leaves the act open; "made it possible for Peru to …"
    // is no declaration
    let st = status_of(
        "Chile did not make clear whether it would reopen the embassy.",
        "reopen",
    );
    assert!(!matches!(st, Status::Reported { .. }), "{st:?}");
    let st = status_of(
        "Chile made it possible for Peru to reopen the embassy.",
        "reopen",
    );
    assert!(!matches!(st, Status::Reported { .. }), "{st:?}");
}
