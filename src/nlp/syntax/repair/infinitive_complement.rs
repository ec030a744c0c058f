//! A verb's infinitive complement read as an adverbial clause. In "the two states failed to
//! reach a deal" a parser may hang "reach" on "failed" as `advcl` (a purpose clause), and
//! a reader that follows a verb's complement (`xcomp`: what was refused, agreed, failed)
//! finds none. Right after a verb of `data/syntax/infinitive_verbs.txt` ("agree", "fail",
//! "refuse", …), "to" + verb is that verb's complement, also past adverbs between them
//! ("agreed only to meet", "refused again to sign"): an adverb that narrows or dates the
//! verb makes the parser prefer the purpose reading, but the complement is the same.
use super::rehang;
use crate::nlp::syntax::tagger::infinitive_verbs;
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no such infinitive is an adverbial clause.
pub(super) fn infinitive_complement(words: &[Word]) -> Option<Vec<Word>> {
    let moves: Vec<(usize, usize)> = (2..words.len())
        .filter_map(|i| Some((i, misplaced(words, i)?)))
        .collect();
    rehang(words, &moves, "xcomp")
}

/// The verb infinitive `i` completes: `i` has its "to" right before it, after its head, a
/// verb of the list, with at most `MAX_ADVERBS` adverbs of that verb between them, and hangs
/// on it as `advcl`.
fn misplaced(words: &[Word], i: usize) -> Option<usize> {
    let w = &words[i];
    if w.deprel != "advcl" || w.xpos != "VB" {
        return None;
    }
    let to = i - 1;
    let verb = w.head.checked_sub(1)? as usize;
    let marked = words[to].form.eq_ignore_ascii_case("to")
        && words[to].head as usize == i + 1
        && words[to].deprel == "mark";
    let between = words.get(verb + 1..to)?;
    let adverbs = between.len() <= MAX_ADVERBS
        && between
            .iter()
            .all(|a| a.xpos == "RB" && a.deprel == "advmod" && a.head as usize == verb + 1);
    let head = &words[verb];
    let listed = infinitive_verbs().contains(head.form.to_lowercase().as_str());
    (marked && adverbs && listed && head.upos == "VERB").then_some(verb)
}

/// Adverbs a verb and its infinitive may have between them ("agreed only once again to …"
/// is rare; two cover "only", "again", "reluctantly", "also" and pairs of them).
const MAX_ADVERBS: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::test_words as words;

    // "The states failed to reach a deal ." with "reach" as an adverbial clause
    const FAILED: [(&str, &str, &str, u32, &str); 8] = [
        ("The", "DT", "DET", 2, "det"),
        ("states", "NNS", "NOUN", 3, "nsubj"),
        ("failed", "VBD", "VERB", 0, "root"),
        ("to", "TO", "PART", 5, "mark"),
        ("reach", "VB", "VERB", 3, "advcl"),
        ("a", "DT", "DET", 7, "det"),
        ("deal", "NN", "NOUN", 5, "obj"),
        (".", ".", "PUNCT", 3, "punct"),
    ];

    #[test]
    fn an_infinitive_after_a_verb_of_the_list_is_its_complement() {
        let fixed = infinitive_complement(&words(&FAILED)).expect("repaired");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (3, "xcomp"));
    }

    #[test]
    fn a_purpose_clause_of_another_verb_or_a_distant_one_is_left() {
        // "The states met to reach a deal": "met" is not of the list
        let mut rows = FAILED.to_vec();
        rows[2].0 = "met";
        assert!(infinitive_complement(&words(&rows)).is_none());
        // the infinitive hangs on another word
        let mut rows = FAILED.to_vec();
        rows[4] = ("reach", "VB", "VERB", 2, "acl");
        assert!(infinitive_complement(&words(&rows)).is_none());
    }

    // "The states agreed only to meet again ." with "meet" as an adverbial clause
    const ONLY: [(&str, &str, &str, u32, &str); 8] = [
        ("The", "DT", "DET", 2, "det"),
        ("states", "NNS", "NOUN", 3, "nsubj"),
        ("agreed", "VBD", "VERB", 0, "root"),
        ("only", "RB", "ADV", 3, "advmod"),
        ("to", "TO", "PART", 6, "mark"),
        ("meet", "VB", "VERB", 3, "advcl"),
        ("again", "RB", "ADV", 6, "advmod"),
        (".", ".", "PUNCT", 3, "punct"),
    ];

    #[test]
    fn an_adverb_of_the_verb_before_its_infinitive_keeps_the_complement() {
        let fixed = infinitive_complement(&words(&ONLY)).expect("repaired");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (3, "xcomp"));
    }

    #[test]
    fn a_noun_or_a_foreign_adverb_between_them_leaves_the_clause() {
        // "The states agreed talks to meet again": a noun between them
        let mut rows = ONLY.to_vec();
        rows[3] = ("talks", "NNS", "NOUN", 3, "obj");
        assert!(infinitive_complement(&words(&rows)).is_none());
        // the adverb hangs on the infinitive, not on the verb
        let mut rows = ONLY.to_vec();
        rows[3].3 = 6;
        assert!(infinitive_complement(&words(&rows)).is_none());
    }
}
