//! "neighbouring" read as a verb: "A accused neighbouring B of …" parsed with "neighbouring"
//! as a participle clause and B as its object, so the accusing verb has no object. In news
//! "neighbouring" before a noun describes it (the verb "to neighbour" is all but unused): the
//! noun takes the participle's place in the tree, the participle becomes its `amod`, and what
//! else hung on the participle after the noun ("on Monday", "of allowing …") hangs on the
//! participle's head.
use crate::nlp::syntax::Word;

/// The two spellings of the adjective.
const NEIGHBOURING: [&str; 2] = ["neighbouring", "neighboring"];

/// Relations of a clause under a verb that become the noun's object relation.
const CLAUSAL: [&str; 4] = ["xcomp", "ccomp", "advcl", "acl"];

/// The repaired sentence, or `None` when no such participle is there.
pub(super) fn neighbouring(words: &[Word]) -> Option<Vec<Word>> {
    let p = (0..words.len().saturating_sub(1)).find(|&p| misread(words, p))?;
    let (pn, noun) = (p as u32 + 1, p + 1);
    let mut out = words.to_vec();
    let (head, rel) = (words[p].head, words[p].deprel.clone());
    let under_verb = (head as usize)
        .checked_sub(1)
        .is_some_and(|h| words[h].upos == "VERB");
    out[noun].head = head;
    out[noun].deprel = if under_verb && CLAUSAL.contains(&rel.as_str()) {
        "obj".into()
    } else {
        rel
    };
    out[p].head = noun as u32 + 1;
    out[p].deprel = "amod".into();
    for (k, w) in out.iter_mut().enumerate() {
        if w.head == pn && k != p {
            w.head = if k < p { noun as u32 + 1 } else { head };
        }
    }
    Some(out)
}

/// Word `p` is "neighbouring" tagged as a verb with the next word, a noun, as its object.
fn misread(words: &[Word], p: usize) -> bool {
    let (w, n) = (&words[p], &words[p + 1]);
    NEIGHBOURING.contains(&w.form.to_lowercase().as_str())
        && w.upos == "VERB"
        && matches!(n.upos.as_str(), "NOUN" | "PROPN")
        && n.head as usize == p + 1
        && n.deprel == "obj"
}

#[cfg(test)]
mod tests {
    use crate::nlp::frames::repair::repaired;
    use crate::nlp::frames::repair::test_words as words;

    // "Ruritania accused neighbouring Sylvania on Monday of arming rebels ."
    const ACCUSED: [(&str, &str, &str, u32, &str); 10] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("accused", "VBD", "VERB", 0, "root"),
        ("neighbouring", "VBG", "VERB", 2, "xcomp"),
        ("Sylvania", "NNP", "PROPN", 3, "obj"),
        ("on", "IN", "ADP", 6, "case"),
        ("Monday", "NNP", "PROPN", 3, "obl"),
        ("of", "IN", "SCONJ", 8, "mark"),
        ("arming", "VBG", "VERB", 3, "advcl"),
        ("rebels", "NNS", "NOUN", 8, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn the_noun_after_neighbouring_is_the_verbs_object() {
        let out = repaired(&words(&ACCUSED)).into_owned();
        assert_eq!((out[3].head, out[3].deprel.as_str()), (2, "obj"));
        assert_eq!((out[2].head, out[2].deprel.as_str()), (4, "amod"));
        assert_eq!(out[5].head, 2, "the date hangs on the accusing verb");
        assert_eq!(out[7].head, 2, "so does the gerund");
    }

    #[test]
    fn another_participle_stays() {
        // "Ruritania accused arming Sylvania …": not the adjective
        let mut rows = ACCUSED;
        rows[2] = ("arming", "VBG", "VERB", 2, "xcomp");
        let out = repaired(&words(&rows)).into_owned();
        assert_eq!(out[3].head, 3);
    }
}
