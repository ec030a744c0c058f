//! A measure of time read as a second subject: "Hours later the minister accused …",
//! "Two days earlier the envoy met …". A noun right before a comparative adverb measures
//! how much later or earlier; when its verb has another subject after it, the noun is that
//! measure (`obl:npmod`), not who acts, and the frames must not take it as the source.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no subject is such a measure.
pub(super) fn measure_subject(words: &[Word]) -> Option<Vec<Word>> {
    let n = (0..words.len()).find(|&n| is_measure_subject(words, n))?;
    let mut out = words.to_vec();
    out[n].deprel = "obl:npmod".into();
    Some(out)
}

fn is_measure_subject(words: &[Word], n: usize) -> bool {
    let w = &words[n];
    if w.deprel != "nsubj" || w.upos != "NOUN" {
        return false;
    }
    let comparative = words
        .get(n + 1)
        .is_some_and(|a| a.upos == "ADV" && a.xpos == "RBR");
    // another subject of the same verb after the adverb
    comparative
        && (n + 2..words.len()).any(|k| words[k].head == w.head && words[k].deprel == "nsubj")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Days later the envoy accused Freedonia."
    const LATER: [(&str, &str, &str, u32, &str); 7] = [
        ("Days", "NNS", "NOUN", 5, "nsubj"),
        ("later", "RBR", "ADV", 1, "advmod"),
        ("the", "DT", "DET", 4, "det"),
        ("envoy", "NN", "NOUN", 5, "nsubj"),
        ("accused", "VBD", "VERB", 0, "root"),
        ("Freedonia", "NNP", "PROPN", 5, "obj"),
        (".", ".", "PUNCT", 5, "punct"),
    ];

    #[test]
    fn a_time_measure_before_a_comparative_is_no_subject() {
        let fixed = measure_subject(&words(&LATER)).expect("repaired");
        assert_eq!(fixed[0].deprel, "obl:npmod");
        assert_eq!(fixed[3].deprel, "nsubj");
    }

    #[test]
    fn a_lone_subject_stays() {
        // "Prices later rose": no second subject, the noun is the subject
        let mut rows = LATER.to_vec();
        rows[3].4 = "obj";
        assert!(measure_subject(&words(&rows)).is_none());
    }
}
