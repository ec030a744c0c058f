//! A verb's object given in quotation marks: "the police had gathered \"clear and credible
//! evidence\"", "any violation would meet \"a firm and immediate response\"". The quote is
//! the speaker's wording of the object, not a clause of its own, yet an opening quotation
//! mark ends the verb's pattern window (`parsed::clause_bounds`), so a dictionary sense that
//! names the object ("GATHER * &EVIDENCE" and "MEET * RESPONSE", which are no meeting) could
//! not match, and the verb's default sense (a meeting, 040 / 036) was coded. The window now
//! runs to the closing mark: the patterns read the quoted noun phrase, never past it (a
//! quoted topic before a list, "discussed \"peace and stability\" and the elections", does
//! not let a pattern reach "the elections").
use super::*;

/// Most words a quoted object holds; a longer quotation is someone's sentence.
const MAX_WORDS: usize = 6;

/// When quote `open` opens a quoted noun phrase right after the verb phrase that ends at
/// `verb_end` (the quote follows the verb or its determiner), the index of its closing
/// mark. The quoted words hold no punctuation and do not start with a capital (a quoted
/// sentence does), nor a negation ("expressed \"no solidarity\" with Y", whose reading the
/// verb's patterns must not take).
pub(super) fn quoted_object_end(toks: &[Tok], verb_end: usize, open: usize) -> Option<usize> {
    let right_after = open == verb_end || open == verb_end + 1 && toks[verb_end].is(DET);
    if !right_after || !toks.get(open)?.is(QUOTE) {
        return None;
    }
    let first = toks.get(open + 1)?;
    if first.cap || first.is(QUOTE) {
        return None;
    }
    let close = (open + 1..toks.len().min(open + MAX_WORDS + 2)).find(|&k| toks[k].is(QUOTE))?;
    (open + 1..close)
        .all(|k| !toks[k].is(PUNCT | COMMA | BOUNDARY | NEG))
        .then_some(close)
}
