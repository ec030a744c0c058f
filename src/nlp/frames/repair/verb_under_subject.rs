//! A main verb read as a modifier of the subject or of the weekday before it. Wire copy
//! dates the act between subject and verb ("Chile and Peru on Monday urged Y to …"); a
//! parser may hang the verb on the day, or on the subject itself ("the ministry accused
//! Y"), as a participle (`acl`) and leave the subject as the root, so the sentence has no
//! main clause and its act is read as a description. A finite verb, or a participle tag
//! with an object or complement, under the root nominal or under a weekday that hangs on
//! it, with no subject of its own, is the main verb: it becomes the root, the nominal its
//! subject and the day its time.
use std::sync::OnceLock;

use super::FINITE;
use crate::nlp::lexicon::List;
use crate::nlp::syntax::Word;

/// Weekday names, a day a wire story dates its act with: the "-day" entries of the
/// `month-day` list of `data/lexicon/mention_words.tsv` (its months are left out).
fn weekdays() -> &'static [&'static str] {
    static DAYS: OnceLock<Vec<&'static str>> = OnceLock::new();
    DAYS.get_or_init(|| {
        List::MentionWords
            .words("month-day")
            .into_iter()
            .filter(|w| w.ends_with("day"))
            .collect()
    })
}

/// Dependents that make a participle a clause ("called on Laos", "urged Y to").
const CLAUSAL: [&str; 5] = ["obj", "obl", "xcomp", "ccomp", "advcl"];

/// The repaired sentence, or `None` when no verb hangs on such a day.
pub(super) fn verb_under_subject(words: &[Word]) -> Option<Vec<Word>> {
    let (root, day, verb) = (0..words.len()).find_map(|v| misread(words, v))?;
    let mut out = words.to_vec();
    let (r, v) = (root as u32 + 1, verb as u32 + 1);
    out[verb].head = 0;
    out[verb].deprel = "root".into();
    out[root].head = v;
    out[root].deprel = "nsubj".into();
    if day != root && out[day].deprel != "conj" {
        out[day].head = v;
        out[day].deprel = "obl".into();
    }
    // what hung on the old root after the verb (the full stop) goes with the verb
    for w in out.iter_mut().skip(verb + 1) {
        if w.head == r {
            w.head = v;
        }
    }
    Some(out)
}

/// (root nominal, day, conjunct or root nominal, verb), 0-based, when `v` is such a main
/// verb.
fn misread(words: &[Word], v: usize) -> Option<(usize, usize, usize)> {
    let w = &words[v];
    if w.deprel != "acl" || w.upos != "VERB" {
        return None;
    }
    let head = (w.head as usize).checked_sub(1)?;
    let weekday = weekdays().contains(&words[head].form.to_lowercase().as_str());
    // on the day ("X on Monday urged"), on the root nominal itself ("the ministry urged"),
    // or on the last of coordinated subjects ("X and the government agreed in talks …")
    let conjunct = words[head].deprel == "conj";
    let root = if weekday || conjunct {
        (words[head].head as usize).checked_sub(1)?
    } else {
        head
    };
    if head > v || words[root].head != 0 || !matches!(words[root].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let kid = |rel: &str| super::has_dependent(words, v, rel);
    let clause =
        FINITE.contains(&w.xpos.as_str()) || w.xpos == "VBN" && CLAUSAL.iter().any(|r| kid(r));
    (clause && !kid("nsubj")).then_some((root, head, v))
}

#[cfg(test)]
mod tests {
    use crate::nlp::frames::repair::repaired;
    use crate::nlp::frames::repair::test_words as words;

    // "Norway and Chile on Friday urged Freedonia to talk ."
    const ON_DAY: [(&str, &str, &str, u32, &str); 10] = [
        ("Norway", "NNP", "PROPN", 0, "root"),
        ("and", "CC", "CCONJ", 3, "cc"),
        ("Chile", "NNP", "PROPN", 1, "conj"),
        ("on", "IN", "ADP", 5, "case"),
        ("Friday", "NNP", "PROPN", 1, "nmod"),
        ("urged", "VBN", "VERB", 5, "acl"),
        ("Freedonia", "NNP", "PROPN", 6, "obj"),
        ("to", "TO", "PART", 9, "mark"),
        ("talk", "VB", "VERB", 6, "xcomp"),
        (".", ".", "PUNCT", 1, "punct"),
    ];

    #[test]
    fn a_verb_hung_on_the_weekday_before_it_is_the_main_verb() {
        let out = repaired(&words(&ON_DAY)).into_owned();
        assert_eq!((out[5].head, out[5].deprel.as_str()), (0, "root"));
        assert_eq!((out[0].head, out[0].deprel.as_str()), (6, "nsubj"));
        assert_eq!((out[4].head, out[4].deprel.as_str()), (6, "obl"));
        assert_eq!(out[9].head, 6, "the full stop goes with the verb");
        assert_eq!(out[2].head, 1, "the conjunct stays on its noun");
    }

    #[test]
    fn a_participle_with_no_clause_of_its_own_describes_the_day() {
        // "Norway on the Friday named …": a participle with no object, no complement
        let mut rows = ON_DAY;
        rows[6] = ("Freedonia", "NNP", "PROPN", 6, "flat");
        rows[8] = ("talk", "VB", "VERB", 7, "dep");
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!(out[5].deprel, "acl");
        assert_eq!(out[0].head, 0);
    }

    #[test]
    fn a_participle_on_the_last_coordinated_subject_is_the_main_verb() {
        // "Norway and the government agreed in talks to meet ." with "agreed" on "government"
        let rows = [
            ("Norway", "NNP", "PROPN", 0, "root"),
            ("and", "CC", "CCONJ", 4, "cc"),
            ("the", "DT", "DET", 4, "det"),
            ("government", "NN", "NOUN", 1, "conj"),
            ("agreed", "VBN", "VERB", 4, "acl"),
            ("in", "IN", "ADP", 7, "case"),
            ("talks", "NNS", "NOUN", 5, "obl"),
            ("to", "TO", "PART", 9, "mark"),
            ("meet", "VB", "VERB", 5, "advcl"),
            (".", ".", "PUNCT", 1, "punct"),
        ];
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!((out[4].head, out[4].deprel.as_str()), (0, "root"));
        assert_eq!((out[0].head, out[0].deprel.as_str()), (5, "nsubj"));
        assert_eq!((out[3].head, out[3].deprel.as_str()), (1, "conj"));
        assert_eq!(out[9].head, 5, "the full stop goes with the verb");
    }

    #[test]
    fn a_finite_verb_hung_on_the_root_subject_is_the_main_verb() {
        // "The ministry accused Freedonia ." with "accused" an `acl` of "ministry"
        let rows = [
            ("The", "DT", "DET", 2, "det"),
            ("ministry", "NN", "NOUN", 0, "root"),
            ("accused", "VBD", "VERB", 2, "acl"),
            ("Freedonia", "NNP", "PROPN", 3, "obj"),
            (".", ".", "PUNCT", 2, "punct"),
        ];
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!((out[2].head, out[2].deprel.as_str()), (0, "root"));
        assert_eq!((out[1].head, out[1].deprel.as_str()), (3, "nsubj"));
    }
}
