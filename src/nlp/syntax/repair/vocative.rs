//! A sentence-opening name the parser read as a vocative. Reported news addresses no one:
//! "Tajikistan, alone among its neighbours, has kept its distance …" or "Sofia, he said,
//! had turned …" open with the subject, set off by a comma before an aside. Read as a
//! vocative, the name leaves its verb with no subject, or with a noun from the aside
//! ("among … neighbours"), which a preposition marks as no subject at all.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when it opens with no such vocative.
pub(super) fn opening_vocative(words: &[Word]) -> Option<Vec<Word>> {
    let name = (0..words.len()).find(|&w| words[w].upos != "PUNCT")?;
    let w = &words[name];
    if w.deprel != "vocative" || w.upos != "PROPN" || words.get(name + 1)?.form != "," {
        return None;
    }
    let mut verb = (w.head as usize).checked_sub(1)?;
    // hung on the aside's noun, itself read as the subject
    if words[verb].deprel.starts_with("nsubj") {
        verb = (words[verb].head as usize).checked_sub(1)?;
    }
    if words[verb].upos != "VERB" {
        return None;
    }
    let subjects: Vec<usize> = kids(words, verb)
        .filter(|&k| words[k].deprel.starts_with("nsubj"))
        .collect();
    // a subject the parse kept must be a noun phrase with a preposition (an aside)
    if !subjects
        .iter()
        .all(|&s| kids(words, s).any(|k| words[k].deprel == "case"))
    {
        return None;
    }
    let passive = kids(words, verb).any(|k| words[k].deprel == "aux:pass");
    let mut out = words.to_vec();
    out[name].head = verb as u32 + 1;
    out[name].deprel = if passive { "nsubj:pass" } else { "nsubj" }.into();
    for s in subjects {
        out[s].deprel = "obl".into();
    }
    Some(out)
}

fn kids(words: &[Word], h: usize) -> impl Iterator<Item = usize> + '_ {
    (0..words.len()).filter(move |&k| words[k].head as usize == h + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::repair::repaired;
    use crate::nlp::syntax::test_words as words;

    // "Freedonia, alone among its allies, has refused the envoy."
    const ASIDE: [(&str, &str, &str, u32, &str); 11] = [
        ("Freedonia", "NNP", "PROPN", 9, "vocative"),
        (",", ",", "PUNCT", 1, "punct"),
        ("alone", "RB", "ADV", 9, "advmod"),
        ("among", "IN", "ADP", 6, "case"),
        ("its", "PRP$", "PRON", 6, "nmod:poss"),
        ("allies", "NNS", "NOUN", 9, "nsubj"),
        (",", ",", "PUNCT", 6, "punct"),
        ("has", "VBZ", "AUX", 9, "aux"),
        ("refused", "VBN", "VERB", 0, "root"),
        ("the", "DT", "DET", 11, "det"),
        ("envoy", "NN", "NOUN", 9, "obj"),
    ];

    #[test]
    fn an_opening_vocative_name_is_the_subject_and_the_aside_an_oblique() {
        let w = words(&ASIDE);
        let fixed = repaired(&w);
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (9, "nsubj"));
        assert_eq!(fixed[5].deprel, "obl");
        // the name hung on the aside's noun joins the verb too
        let mut rows = ASIDE.to_vec();
        rows[0] = ("Freedonia", "NNP", "PROPN", 6, "vocative");
        let w = words(&rows);
        let fixed = repaired(&w);
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (9, "nsubj"));
        // a real subject (no preposition) stays; the name is left as parsed
        let mut rows = ASIDE.to_vec();
        rows[3] = ("all", "DT", "DET", 6, "det");
        assert!(opening_vocative(&words(&rows)).is_none());
        // a common noun is not a name
        let mut rows = ASIDE.to_vec();
        rows[0] = ("Friends", "NNS", "NOUN", 9, "vocative");
        assert!(opening_vocative(&words(&rows)).is_none());
    }
}
