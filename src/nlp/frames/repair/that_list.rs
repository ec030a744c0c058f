//! A "that" clause listing several acts of one subject ("demanded that Y investigate the
//! raid, compensate the crew and stop such acts") is often parsed with the first act, the
//! one carrying "that" and the subject, as an adverbial of the second: the complement of
//! the demand is then the second act, with no subject, and the demand loses its addressee.
//! English coordinates like forms, so when the later verb has the same tag, no subject and
//! no marker of its own and a comma stands between them, the first verb heads the clause
//! (it takes the later verb's place) and the later verb is its conjunct.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no such clause is there.
pub(super) fn that_list(words: &[Word]) -> Option<Vec<Word>> {
    let (first, later) = (0..words.len()).find_map(|a| misread_first(words, a))?;
    let mut out = words.to_vec();
    out[first].head = words[later].head;
    out[first].deprel = words[later].deprel.clone();
    out[later].head = first as u32 + 1;
    out[later].deprel = "conj".into();
    // the later verb's own conjuncts ("and stop …") join the first act, as UD writes lists
    for w in out.iter_mut() {
        if w.head as usize == later + 1 && w.deprel == "conj" {
            w.head = first as u32 + 1;
        }
    }
    Some(out)
}

/// (first act, later act), 0-based, when `a` is the first act of such a list.
fn misread_first(words: &[Word], a: usize) -> Option<(usize, usize)> {
    let w = &words[a];
    if w.deprel != "advcl" || w.upos != "VERB" {
        return None;
    }
    let later = (w.head as usize).checked_sub(1)?;
    let l = &words[later];
    let that = kids(words, a).any(|k| words[k].deprel == "mark" && words[k].lemma == "that");
    let subject = kids(words, a).any(|k| words[k].deprel.starts_with("nsubj"));
    let bare = !kids(words, later)
        .any(|k| words[k].deprel.starts_with("nsubj") || words[k].deprel == "mark");
    let comma = (a + 1..later).any(|k| {
        words[k].form == "," && matches!(words[k].head as usize, h if h == a + 1 || h == later + 1)
    });
    let clausal = matches!(l.deprel.as_str(), "ccomp" | "xcomp");
    (later > a && that && subject && bare && comma && clausal && l.xpos == w.xpos)
        .then_some((a, later))
}

fn kids(words: &[Word], h: usize) -> impl Iterator<Item = usize> + '_ {
    (0..words.len()).filter(move |&k| words[k].head as usize == h + 1)
}

#[cfg(test)]
mod tests {
    use crate::nlp::frames::repair::repaired;
    use crate::nlp::frames::repair::test_words as words;

    // "He demanded that Ruritania free the crew, pay damages and stop the raids."
    const LIST: [(&str, &str, &str, u32, &str); 15] = [
        ("He", "PRP", "PRON", 2, "nsubj"),
        ("demanded", "VBD", "VERB", 0, "root"),
        ("that", "IN", "SCONJ", 5, "mark"),
        ("Ruritania", "NNP", "PROPN", 5, "nsubj"),
        ("free", "VB", "VERB", 9, "advcl"),
        ("the", "DT", "DET", 7, "det"),
        ("crew", "NN", "NOUN", 5, "obj"),
        (",", ",", "PUNCT", 5, "punct"),
        ("pay", "VB", "VERB", 2, "ccomp"),
        ("damages", "NNS", "NOUN", 9, "obj"),
        ("and", "CC", "CCONJ", 12, "cc"),
        ("stop", "VB", "VERB", 9, "conj"),
        ("the", "DT", "DET", 14, "det"),
        ("raids", "NNS", "NOUN", 12, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn the_first_act_of_a_that_list_heads_the_complement() {
        let w = words(&LIST);
        let fixed = repaired(&w);
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "ccomp"));
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (5, "conj"));
        assert_eq!(fixed[11].head, 5);
    }

    #[test]
    fn acts_of_unlike_forms_are_no_list() {
        // "… that Ruritania frees the crew, pay …": a finite verb and a bare one
        let mut rows = LIST.to_vec();
        rows[4] = ("frees", "VBZ", "VERB", 9, "advcl");
        let w = words(&rows);
        let fixed = repaired(&w);
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (9, "advcl"));
    }
}
