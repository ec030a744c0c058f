//! Branch quad13: a content clause the parse hangs on the day of its report ("X said on
//! Friday it had …") is what the speaker said, through the whole extractor with the
//! built-in dictionaries (real country names, invented sentences).
use super::test_support::{emitted, has};

#[test]
fn what_a_speaker_said_on_a_day_is_its_content() {
    for text in [
        "Norway said on Friday it had expelled two Finnish diplomats.",
        "Norway said Friday it had expelled two Finnish diplomats.",
        "Norway said on Friday evening it had expelled two Finnish diplomats.",
    ] {
        let evs = emitted(text);
        assert!(has(&evs, "NOR", "FIN", "16"), "{text}: {evs:?}");
    }
}
