//! A news day read as the subject. Wire copy dates the act between subject and verb ("the
//! court yesterday rejected …", "the two navies today began …"); a parser may take the day
//! for the verb's subject and hang the real subject on it as a `compound`, or give the verb
//! two subjects. The noun right before the day is the subject, and the day its time.
use std::sync::OnceLock;

use crate::nlp::syntax::Word;

/// Days a story dates its act with: the `news_day` list of `data/lexicon/frames.txt`.
fn news_days() -> &'static [String] {
    static DAYS: OnceLock<Vec<String>> = OnceLock::new();
    DAYS.get_or_init(|| crate::nlp::lexicon::cue_line(super::LISTS, "news_day").unwrap_or_default())
}

/// The repaired sentence, or `None` when no day is read as a subject after a noun.
pub(super) fn day_as_subject(words: &[Word]) -> Option<Vec<Word>> {
    let (day, noun) = (1..words.len()).find_map(|d| misread(words, d))?;
    let mut out = words.to_vec();
    let (d, n) = (day as u32 + 1, noun as u32 + 1);
    out[noun].deprel = words[day].deprel.clone();
    // what hung on the day (the subject's determiner) belongs to the noun
    for w in out.iter_mut() {
        if w.head == d {
            w.head = n;
        }
    }
    out[noun].head = words[day].head;
    out[day].deprel = "obl:unmarked".into();
    Some(out)
}

/// (day, noun): a news day as `nsubj` right after a noun that is its `compound` or a
/// second subject of the same verb.
fn misread(words: &[Word], day: usize) -> Option<(usize, usize)> {
    let w = &words[day];
    if !w.deprel.starts_with("nsubj")
        || !news_days().iter().any(|x| x.eq_ignore_ascii_case(&w.form))
    {
        return None;
    }
    let noun = day - 1;
    let n = &words[noun];
    if !matches!(n.upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let compound = n.deprel == "compound" && n.head as usize == day + 1;
    let co_subject = n.deprel.starts_with("nsubj") && n.head == w.head;
    (compound || co_subject).then_some((day, noun))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::test_words as words;

    // "The Freedonian court yesterday rejected the appeal."
    const COURT: [(&str, &str, &str, u32, &str); 8] = [
        ("The", "DT", "DET", 3, "det"),
        ("Freedonian", "JJ", "ADJ", 3, "amod"),
        ("court", "NN", "NOUN", 4, "compound"),
        ("yesterday", "NN", "NOUN", 5, "nsubj"),
        ("rejected", "VBD", "VERB", 0, "root"),
        ("the", "DT", "DET", 7, "det"),
        ("appeal", "NN", "NOUN", 5, "obj"),
        (".", ".", "PUNCT", 5, "punct"),
    ];

    #[test]
    fn a_day_read_as_the_subject_gives_it_back_to_the_noun_before_it() {
        let fixed = day_as_subject(&words(&COURT)).expect("repaired");
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (5, "nsubj"));
        assert_eq!(
            (fixed[3].head, fixed[3].deprel.as_str()),
            (5, "obl:unmarked")
        );
        // a second subject of the same verb: the day is the time
        let mut rows = COURT.to_vec();
        rows[2] = ("court", "NN", "NOUN", 5, "nsubj");
        let fixed = day_as_subject(&words(&rows)).expect("repaired");
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (5, "nsubj"));
        assert_eq!(fixed[3].deprel, "obl:unmarked");
        // a day that really is the subject ("Yesterday was calm") stays
        let mut rows = COURT.to_vec();
        rows[2] = ("court", "NN", "NOUN", 7, "nmod");
        assert!(day_as_subject(&words(&rows)).is_none());
    }
}
