//! A describing relative clause hung on a verb as an adverbial clause (or parataxis).
//!
//! "… restrictions on their borders with Y, which they accuse of …" is often parsed with the
//! relative clause as an `advcl` of the verb before it: its pronoun then names nothing and
//! the clause reads as part of that verb's event. A finite clause opened by a comma and a
//! describing pronoun that is its own subject or object, with no subordinator, is a
//! relative clause of the noun before the comma.
use super::{DESCRIBING, FINITE};
use crate::nlp::syntax::Word;

/// (clause verb, antecedent noun), 0-based.
pub(super) fn relative_as_adverbial(words: &[Word]) -> Option<(usize, usize)> {
    let head_is = |w: &Word, h: usize| w.head as usize == h + 1;
    (0..words.len()).find_map(|v| {
        let w = &words[v];
        // `parataxis`: the same clause read as a loose second clause
        let loose = matches!(w.deprel.as_str(), "advcl" | "parataxis");
        if !loose || !FINITE.contains(&w.xpos.as_str()) {
            return None;
        }
        let kids = || (0..words.len()).filter(move |&k| head_is(&words[k], v));
        if kids().any(|k| words[k].deprel == "mark") {
            return None;
        }
        let first = kids().find(|&k| words[k].deprel != "punct")?;
        let pronoun = &words[first];
        let opens = first >= 2
            && first < v
            && words[first - 1].form == ","
            && matches!(pronoun.deprel.as_str(), "nsubj" | "obj")
            && DESCRIBING.contains(&pronoun.form.to_lowercase().as_str());
        if !opens {
            return None;
        }
        // a name's last part hangs on its first ("Maria Malmer Stenergard")
        let mut noun = first - 2;
        while words[noun].deprel == "flat" {
            noun = (words[noun].head as usize).checked_sub(1)?;
        }
        matches!(words[noun].upos.as_str(), "NOUN" | "PROPN").then_some((v, noun))
    })
}

#[cfg(test)]
mod tests {
    use super::super::repaired;
    use crate::nlp::frames::repair::test_words as words;

    // "A closed its border with B, which it accuses of raids." with the clause on "closed"
    const MISPARSED: [(&str, &str, &str, u32, &str); 12] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("closed", "VBD", "VERB", 0, "root"),
        ("its", "PRP$", "PRON", 4, "nmod:poss"),
        ("border", "NN", "NOUN", 2, "obj"),
        ("with", "IN", "ADP", 6, "case"),
        ("Sylvania", "NNP", "PROPN", 2, "obl"),
        (",", ",", "PUNCT", 10, "punct"),
        ("which", "WDT", "PRON", 10, "obj"),
        ("it", "PRP", "PRON", 10, "nsubj"),
        ("accuses", "VBZ", "VERB", 2, "advcl"),
        ("of", "IN", "ADP", 12, "case"),
        ("raids", "NNS", "NOUN", 10, "obl"),
    ];

    #[test]
    fn a_relative_clause_read_as_adverbial_modifies_the_noun_before_it() {
        let w = words(&MISPARSED);
        let fixed = repaired(&w);
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (6, "acl:relcl"));
    }

    #[test]
    fn an_adverbial_clause_with_a_subordinator_stays() {
        let mut rows = MISPARSED;
        rows[7] = ("because", "IN", "SCONJ", 10, "mark");
        let w = words(&rows);
        assert_eq!(repaired(&w)[9].deprel, "advcl");
    }
}
