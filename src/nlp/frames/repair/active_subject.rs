//! A passive subject with no passive auxiliary. An English passive clause needs "be" or
//! "get" ("was called", "got arrested"); a finite verb whose subject the parse labels
//! `nsubj:pass` while no auxiliary and no `by` agent hang on it is a past tense the tagger
//! read as a participle ("Chile on Monday called on Y to …"). When that verb also has an
//! object or a complement clause of its own, which a passive headline ("Five killed in
//! blast") lacks, the subject is the one who acts: `nsubj`.
use crate::nlp::syntax::Word;

/// Dependents that a passive headline lacks and an active clause has.
const ACTIVE_KIDS: [&str; 3] = ["obj", "xcomp", "ccomp"];

/// The repaired sentence, or `None` when every passive subject has its auxiliary.
pub(super) fn active_subject(words: &[Word]) -> Option<Vec<Word>> {
    let s = (0..words.len()).find(|&s| misread(words, s))?;
    let mut out = words.to_vec();
    out[s].deprel = "nsubj".into();
    Some(out)
}

fn misread(words: &[Word], s: usize) -> bool {
    if words[s].deprel != "nsubj:pass" {
        return false;
    }
    let v = words[s].head as usize;
    let Some(verb) = v.checked_sub(1).and_then(|i| words.get(i)) else {
        return false;
    };
    let kids: Vec<usize> = (0..words.len())
        .filter(|&k| words[k].head as usize == v)
        .collect();
    let rel_is = |k: usize, r: &str| words[k].deprel.split(':').next() == Some(r);
    let passive = kids
        .iter()
        .any(|&k| rel_is(k, "aux") || words[k].deprel == "obl:agent" || by_agent(words, k));
    let active = kids
        .iter()
        .any(|&k| ACTIVE_KIDS.iter().any(|r| rel_is(k, r)));
    verb.upos == "VERB" && verb.deprel == "root" && !passive && active
}

/// Word `o` is an `obl` opened by "by" (a passive's agent).
fn by_agent(words: &[Word], o: usize) -> bool {
    words[o].deprel == "obl"
        && words.iter().any(|w| {
            w.head as usize == o + 1 && w.deprel == "case" && w.form.eq_ignore_ascii_case("by")
        })
}

#[cfg(test)]
mod tests {
    use crate::nlp::frames::repair::repaired;
    use crate::nlp::frames::repair::test_words as words;

    // "Norway called on Freedonia to talk ." with "called" read as a participle
    const CALLED: [(&str, &str, &str, u32, &str); 7] = [
        ("Norway", "NNP", "PROPN", 2, "nsubj:pass"),
        ("called", "VBN", "VERB", 0, "root"),
        ("on", "IN", "ADP", 4, "case"),
        ("Freedonia", "NNP", "PROPN", 2, "obl"),
        ("to", "TO", "PART", 6, "mark"),
        ("talk", "VB", "VERB", 2, "xcomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_passive_subject_without_auxiliary_of_a_verb_with_a_complement_acts() {
        let out = repaired(&words(&CALLED)).into_owned();
        assert_eq!(out[0].deprel, "nsubj");
    }

    #[test]
    fn a_real_passive_or_a_headline_keeps_its_passive_subject() {
        // "Norway was called on Freedonia to talk ." : the auxiliary makes it passive
        let rows = [
            ("Norway", "NNP", "PROPN", 3, "nsubj:pass"),
            ("was", "VBD", "AUX", 3, "aux:pass"),
            ("called", "VBN", "VERB", 0, "root"),
            ("on", "IN", "ADP", 5, "case"),
            ("Freedonia", "NNP", "PROPN", 3, "obl"),
            ("to", "TO", "PART", 7, "mark"),
            ("talk", "VB", "VERB", 3, "xcomp"),
            (".", ".", "PUNCT", 3, "punct"),
        ];
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!(out[0].deprel, "nsubj:pass");
        // "Norway called on Freedonia ." (no complement): a headline's passive stays
        let rows = [CALLED[0], CALLED[1], CALLED[2], CALLED[3], CALLED[6]];
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!(out[0].deprel, "nsubj:pass");
    }
}
