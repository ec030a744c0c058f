//! A threat's act hung as an adverbial: "X threatened on Monday to expel Y's troops if …" is
//! often parsed with "to expel" as an `advcl` of "threatened" (an adjunct of purpose) once
//! a time phrase stands between them, so the frames read no announced act under the threat
//! verb, and its party ("Y's troops", the condition's "if Y …") is lost. A "to" infinitive
//! after a threat verb, with no subject of its own, is what is threatened: it becomes the
//! verb's `xcomp`, as the parse hangs "threatened to expel" when nothing stands between.
use crate::nlp::syntax::Word;

/// Forms of "threaten" (the lemma of a hand-built test tree is its lowercased form).
const THREATEN: [&str; 4] = ["threaten", "threatens", "threatened", "threatening"];

/// The repaired sentence, or `None` when no threat verb has its infinitive as an adverbial.
pub(super) fn threat_infinitive(words: &[Word]) -> Option<Vec<Word>> {
    let (infinitive, verb) = (0..words.len()).find_map(|p| misplaced(words, p))?;
    Some(super::reattached(words, infinitive, verb, "xcomp"))
}

/// (infinitive, threat verb), 0-based, when `p` is a subject-less "to" infinitive after a
/// threat verb and hung on it as an adverbial clause.
fn misplaced(words: &[Word], p: usize) -> Option<(usize, usize)> {
    let w = &words[p];
    if w.deprel != "advcl" || w.upos != "VERB" || !marked_to(words, p) || has_subject(words, p) {
        return None;
    }
    let verb = (w.head as usize).checked_sub(1).filter(|&v| v < p)?;
    let v = &words[verb];
    let threat =
        THREATEN.contains(&v.lemma.as_str()) || THREATEN.contains(&v.form.to_lowercase().as_str());
    // "threatened to …" already has its act: a second infinitive is another clause
    let has_act = super::has_dependent(words, verb, "xcomp");
    (threat && v.upos == "VERB" && !has_act).then_some((p, verb))
}

/// "to" (and only "to": not "in order to") marks `p`.
fn marked_to(words: &[Word], p: usize) -> bool {
    let marks: Vec<&Word> = words
        .iter()
        .filter(|k| k.head as usize == p + 1 && k.deprel == "mark")
        .collect();
    marks.len() == 1 && marks[0].form.eq_ignore_ascii_case("to")
}

/// `p` has a subject of its own ("for Y to …").
fn has_subject(words: &[Word], p: usize) -> bool {
    words
        .iter()
        .any(|k| k.head as usize == p + 1 && k.deprel.starts_with("nsubj"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Freedonia threatened on Monday to expel the troops." with "to expel" as an adverbial
    const ADVERBIAL: [(&str, &str, &str, u32, &str); 9] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("threatened", "VBD", "VERB", 0, "root"),
        ("on", "IN", "ADP", 4, "case"),
        ("Monday", "NNP", "PROPN", 2, "obl"),
        ("to", "TO", "PART", 6, "mark"),
        ("expel", "VB", "VERB", 2, "advcl"),
        ("the", "DT", "DET", 8, "det"),
        ("troops", "NNS", "NOUN", 6, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    // "Freedonia threatened Ruritania in order to win." : a purpose, two marks
    const PURPOSE: [(&str, &str, &str, u32, &str); 7] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("threatened", "VBD", "VERB", 0, "root"),
        ("Ruritania", "NNP", "PROPN", 2, "obj"),
        ("in", "IN", "ADP", 7, "mark"),
        ("order", "NN", "NOUN", 4, "fixed"),
        ("to", "TO", "PART", 7, "mark"),
        ("win", "VB", "VERB", 2, "advcl"),
    ];

    #[test]
    fn a_threat_s_adverbial_infinitive_is_its_act() {
        let fixed = threat_infinitive(&words(&ADVERBIAL)).expect("repaired");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "xcomp"));
    }

    #[test]
    fn another_verb_or_an_infinitive_in_order_to_is_kept() {
        // "Freedonia warned on Monday to expel …": not a threat verb
        let mut rows = ADVERBIAL;
        rows[1].0 = "warned";
        assert!(threat_infinitive(&words(&rows)).is_none());
        assert!(threat_infinitive(&words(&PURPOSE)).is_none());
    }
}
