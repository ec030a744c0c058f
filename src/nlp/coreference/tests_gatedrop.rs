//! "the spokesman" (branch gatedrop): a bare definite spokesperson is the one a body's
//! mention introduced ("a ministry spokesman said … the spokesman added"), so a quotation
//! closed by "the spokesman said" has a named speaker. Invented articles.
use super::tests::actor_of_nth;

/// A body's spokesman introduced, then a quotation naming both states closed by "the
/// spokesman said".
const QUOTED_SPOKESMAN: &str = "Chile's foreign ministry summoned the Peruvian \
    ambassador on Tuesday. A ministry spokesman said the firms did normal trade.\n\n\"If Peru \
    insists on this path, Chile will take the necessary measures,\" the spokesman said.";

#[test]
fn the_spokesman_is_the_bodys_spokesman_named_before() {
    assert_eq!(
        actor_of_nth(QUOTED_SPOKESMAN, "the spokesman", 0).as_deref(),
        Some("CHLGOV")
    );
    let text = "Kenya's interior ministry spokeswoman said the border would stay shut. Later \
        the spokeswoman said trucks could pass at night.";
    assert_eq!(
        actor_of_nth(text, "the spokeswoman", 0).as_deref(),
        Some("KENGOV")
    );
}

#[test]
fn a_body_with_no_spokesperson_introduces_no_spokesman() {
    // "the ministry building": a body word before another noun names no person
    let text = "Chile's foreign ministry summoned the Peruvian ambassador on Tuesday. The \
        ministry building was closed to visitors.\n\n\"If Peru insists on this path, Chile \
        will take the necessary measures,\" the spokesman said.";
    assert_eq!(actor_of_nth(text, "the spokesman", 0), None);
}
