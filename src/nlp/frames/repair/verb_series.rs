//! The middle member of a verb list "A boarded a boat near the islands, beat its crew and
//! seized their catch" is hung by the parser wherever a verb without a subject fits (a
//! conjunct of the main clause's verb, a complement of a closing "said", a parataxis), so the
//! frames give it another clause's subject or none. A comma-opened verb with no subject of
//! its own whose "and"-joined conjunct closes the list is that list's inner member: it is a
//! conjunct of the verb whose phrase ends right before its comma, when that verb and the
//! list's last member share a tense (branch seas3).
use super::has_dependent as has_kid;
use super::list_conjunct::verb_of;
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no list's inner member hangs outside its list.
pub(super) fn verb_series(words: &[Word]) -> Option<Vec<Word>> {
    let (c, b) = (2..words.len()).find_map(|c| misplaced(words, c))?;
    Some(super::reattached(words, c, b, "conj"))
}

/// (inner member, first member), 0-based, when word `c` is a comma-opened verb with no
/// subject, hung elsewhere than on the verb `b` whose phrase ends before the comma, and
/// with an "and"-joined conjunct of `b`'s tense.
fn misplaced(words: &[Word], c: usize) -> Option<(usize, usize)> {
    let w = &words[c];
    let subject = has_kid(words, c, "nsubj") || has_kid(words, c, "nsubj:pass");
    if w.upos != "VERB" || w.xpos == "VBG" || words[c - 1].form != "," || subject {
        return None;
    }
    let b = verb_of(words, c - 2)?;
    let last = (c + 1..words.len()).find(|&k| {
        words[k].head as usize == c + 1 && words[k].deprel == "conj" && has_kid(words, k, "cc")
    })?;
    let same_tense = words[b].xpos == "VBD" && words[last].xpos == "VBD";
    let hung_on_b = w.head as usize == b + 1 && w.deprel == "conj";
    (words[b].upos == "VERB" && same_tense && !hung_on_b).then_some((c, b))
}
