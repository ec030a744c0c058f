//! "Saying" read as a clausal subject: "X urged Y to reopen the border, saying the closure
//! violated the protocol" parsed with "saying the closure" as the `csubj` of "violated" and
//! "violated" as a conjunct of the main verb, so the main clause's subject becomes the
//! violator and the reported content an act of its own. A form of "say" before a finite
//! verb, with the noun between them as its object, says a clause: the noun is that clause's
//! subject, the verb its content (`ccomp` of "saying"), and "saying" takes the finite verb's
//! place under the main clause as an adverbial.
use super::FINITE;
use crate::nlp::syntax::Word;

/// Forms of "say" that open a reported clause after a comma.
const SAYING: [&str; 2] = ["saying", "says"];

/// The repaired sentence, or `None` when no such subject is there.
pub(super) fn saying_subject(words: &[Word]) -> Option<Vec<Word>> {
    let (say, noun, verb) = (0..words.len()).find_map(|s| misread(words, s))?;
    let mut out = words.to_vec();
    out[say].head = words[verb].head;
    out[say].deprel = "advcl".into();
    out[verb].head = say as u32 + 1;
    out[verb].deprel = "ccomp".into();
    out[noun].head = verb as u32 + 1;
    out[noun].deprel = "nsubj".into();
    Some(out)
}

/// (saying, noun, verb), 0-based, when word `s` is "saying" read as a finite verb's
/// clausal subject, the verb hanging under another (not the root) and the noun its object.
fn misread(words: &[Word], s: usize) -> Option<(usize, usize, usize)> {
    let w = &words[s];
    if w.deprel != "csubj" || !SAYING.contains(&w.form.to_lowercase().as_str()) {
        return None;
    }
    let verb = (w.head as usize).checked_sub(1)?;
    let v = &words[verb];
    let under_clause = v.head != 0 && (v.head as usize) <= s;
    if verb <= s || !FINITE.contains(&v.xpos.as_str()) || !under_clause {
        return None;
    }
    let noun = (s + 1..verb).find(|&k| {
        words[k].head as usize == s + 1
            && words[k].deprel == "obj"
            && matches!(words[k].upos.as_str(), "NOUN" | "PROPN" | "PRON")
    })?;
    Some((s, noun, verb))
}

#[cfg(test)]
mod tests {
    use crate::nlp::frames::repair::repaired;
    use crate::nlp::frames::repair::test_words as words;

    // "The bloc urged Ruritania to act , saying the ban broke the rules ."
    const SAYING: [(&str, &str, &str, u32, &str); 14] = [
        ("The", "DT", "DET", 2, "det"),
        ("bloc", "NN", "NOUN", 3, "nsubj"),
        ("urged", "VBD", "VERB", 0, "root"),
        ("Ruritania", "NNP", "PROPN", 3, "obj"),
        ("to", "TO", "PART", 6, "mark"),
        ("act", "VB", "VERB", 3, "xcomp"),
        (",", ",", "PUNCT", 8, "punct"),
        ("saying", "VBG", "VERB", 11, "csubj"),
        ("the", "DT", "DET", 10, "det"),
        ("ban", "NN", "NOUN", 8, "obj"),
        ("broke", "VBD", "VERB", 3, "conj"),
        ("the", "DT", "DET", 13, "det"),
        ("rules", "NNS", "NOUN", 11, "obj"),
        (".", ".", "PUNCT", 3, "punct"),
    ];

    #[test]
    fn saying_opens_the_clause_its_object_is_the_subject_of() {
        let out = repaired(&words(&SAYING)).into_owned();
        assert_eq!((out[7].head, out[7].deprel.as_str()), (3, "advcl"));
        assert_eq!((out[10].head, out[10].deprel.as_str()), (8, "ccomp"));
        assert_eq!((out[9].head, out[9].deprel.as_str()), (11, "nsubj"));
    }

    #[test]
    fn another_clausal_subject_stays() {
        // "… , leaving the ban broke …": not a verb of saying
        let mut rows = SAYING;
        rows[7] = ("leaving", "VBG", "VERB", 11, "csubj");
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!((out[10].head, out[10].deprel.as_str()), (3, "conj"));
    }
}
