//! A label read as the head of a place phrase (branch falses2): in "called the election in
//! Ruritania illegitimate" the tagger reads the adjective as a noun and the parser hangs
//! "in Ruritania illegitimate" on the verb as one oblique phrase, with the place as the
//! label's compound. A word of the `wrong_label` list that ends such a phrase after a naming
//! verb's object is what the verb predicates of the object (`xcomp`), and the place phrase
//! belongs to the object ("the election in Ruritania"), as the parse has it when the label is
//! a noun phrase ("called the election in Ruritania a fraud"). Lists: `naming_verb` and
//! `wrong_label` of `data/lexicon/frames.txt`.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no naming verb has such a phrase.
pub(super) fn label_in_phrase(words: &[Word]) -> Option<Vec<Word>> {
    let (label, name, object) = (0..words.len()).find_map(|l| misread_label(words, l))?;
    let verb = words[label].head as usize - 1;
    let mut out = super::reattached(words, label, verb, "xcomp");
    out[name].head = object as u32 + 1;
    out[name].deprel = "nmod".into();
    // the preposition and any other word of the name now hang on the name
    for (i, w) in words.iter().enumerate() {
        if w.head as usize == label + 1 && i < name {
            out[i].head = name as u32 + 1;
        }
    }
    Some(out)
}

/// (label, name, object), 0-based: a listed wrong word ending its clause as an oblique of a
/// naming verb, after the verb's object, with a preposition and a proper name before it.
fn misread_label(words: &[Word], l: usize) -> Option<(usize, usize, usize)> {
    let w = &words[l];
    let clause_end = words.get(l + 1).is_none_or(|n| n.upos == "PUNCT");
    if !w.deprel.starts_with("obl") || !clause_end || !listed("wrong_label", &w.form) {
        return None;
    }
    let verb = (w.head as usize).checked_sub(1)?;
    if words[verb].upos != "VERB" || !listed("naming_verb", &words[verb].lemma) {
        return None;
    }
    let name = l.checked_sub(1)?;
    let on_label = |i: usize, rel: &str| words[i].head as usize == l + 1 && words[i].deprel == rel;
    if words[name].upos != "PROPN" || !on_label(name, "compound") {
        return None;
    }
    let case = (0..name).rev().find(|&i| on_label(i, "case"))?;
    let object =
        (0..case).find(|&i| words[i].head as usize == verb + 1 && words[i].deprel == "obj")?;
    Some((l, name, object))
}

/// Is `word` (any case) in the `list` line of `frames.txt`?
fn listed(list: &str, word: &str) -> bool {
    let word = word.to_lowercase();
    lists()
        .iter()
        .find(|(name, _)| *name == list)
        .is_some_and(|(_, words)| words.contains(&word))
}

/// The two lists this repair reads, once.
fn lists() -> &'static [(&'static str, Vec<String>); 2] {
    static LISTS: std::sync::OnceLock<[(&'static str, Vec<String>); 2]> =
        std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        let frames = include_str!("../../../../data/lexicon/frames.txt");
        let line = |name| crate::nlp::lexicon::cue_line(frames, name).unwrap_or_default();
        [
            ("naming_verb", line("naming_verb")),
            ("wrong_label", line("wrong_label")),
        ]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Freedonia called the election in Ruritania illegitimate." as the tagger reads it
    const MISREAD: [(&str, &str, &str, u32, &str); 8] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("call", "VBD", "VERB", 0, "root"),
        ("the", "DT", "DET", 4, "det"),
        ("election", "NN", "NOUN", 2, "obj"),
        ("in", "IN", "ADP", 7, "case"),
        ("Ruritania", "NNP", "PROPN", 7, "compound"),
        ("illegitimate", "NN", "NOUN", 2, "obl"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn the_label_goes_to_the_verb_and_the_place_to_the_object() {
        let fixed = label_in_phrase(&words(&MISREAD)).expect("repaired");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "xcomp"));
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (4, "nmod"));
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (6, "case"));
    }

    #[test]
    fn a_place_phrase_with_no_label_stays() {
        // "Freedonia called the election in Ruritania Monday." (a day, not a label)
        let mut rows = MISREAD.to_vec();
        rows[6] = ("Monday", "NNP", "PROPN", 2, "obl");
        assert!(label_in_phrase(&words(&rows)).is_none());
        // a verb that names nothing: "Freedonia held the election in Ruritania illegitimate"
        let mut rows = MISREAD.to_vec();
        rows[1] = ("hold", "VBD", "VERB", 0, "root");
        assert!(label_in_phrase(&words(&rows)).is_none());
    }
}
