//! An object relative pronoun read as a second subject: "…, which they accuse of …",
//! "…, whom the envoy met …". In an object relative clause the pronoun comes first and the
//! clause's own subject follows it; a parse that labels both `nsubj` gives the verb two
//! subjects, and the frames would take the pronoun (the noun it stands for) as the actor.
//! A describing pronoun followed by another subject of the same verb is its object.
use super::DESCRIBING;
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no relative pronoun is such a second subject.
pub(super) fn object_relative(words: &[Word]) -> Option<Vec<Word>> {
    let p = (0..words.len()).find(|&p| is_object_pronoun(words, p))?;
    let mut out = words.to_vec();
    out[p].deprel = "obj".into();
    Some(out)
}

fn is_object_pronoun(words: &[Word], p: usize) -> bool {
    let w = &words[p];
    if w.deprel != "nsubj" || !DESCRIBING.contains(&w.form.to_lowercase().as_str()) {
        return false;
    }
    // another subject of the same verb after the pronoun, before the verb
    let verb = w.head as usize;
    (p + 1..verb.saturating_sub(1)).any(|k| words[k].head == w.head && words[k].deprel == "nsubj")
}

#[cfg(test)]
mod tests {
    use super::super::repaired;
    use crate::nlp::frames::repair::test_words as words;

    // "A closed its border with B, which it accuses of raids." with "which" read as a
    // subject and the clause as parataxis of "closed"
    const MISPARSED: [(&str, &str, &str, u32, &str); 12] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("closed", "VBD", "VERB", 0, "root"),
        ("its", "PRP$", "PRON", 4, "nmod:poss"),
        ("border", "NN", "NOUN", 2, "obj"),
        ("with", "IN", "ADP", 6, "case"),
        ("Sylvania", "NNP", "PROPN", 2, "obl"),
        (",", ",", "PUNCT", 10, "punct"),
        ("which", "WDT", "PRON", 10, "nsubj"),
        ("it", "PRP", "PRON", 10, "nsubj"),
        ("accuses", "VBZ", "VERB", 2, "parataxis"),
        ("of", "IN", "ADP", 12, "case"),
        ("raids", "NNS", "NOUN", 10, "obl"),
    ];

    #[test]
    fn a_relative_pronoun_before_the_clause_subject_is_its_object() {
        let w = words(&MISPARSED);
        let fixed = repaired(&w);
        assert_eq!(fixed[7].deprel, "obj");
        assert_eq!(fixed[8].deprel, "nsubj");
        // and the clause, hung on the verb, modifies the noun before the comma
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (6, "acl:relcl"));
    }

    #[test]
    fn a_relative_pronoun_that_is_the_only_subject_stays() {
        // "…, which accuses it of raids.": the subject is the pronoun, "it" the object
        let mut rows = MISPARSED;
        rows[8] = ("accuses", "VBZ", "VERB", 2, "parataxis");
        rows[9] = ("it", "PRP", "PRON", 9, "obj");
        rows[6].3 = 9;
        rows[7].3 = 9;
        rows[10].3 = 12;
        rows[11].3 = 9;
        let w = words(&rows);
        let fixed = repaired(&w);
        assert_eq!(fixed[7].deprel, "nsubj");
        assert_eq!(fixed[9].deprel, "obj");
    }
}
