//! "In a note handed to the envoy, it demanded …": a prepositional phrase fronted before
//! the clause whose subject is "it" is an adjunct of that clause's verb. What it names (the
//! envoy, the agency carrying a statement) is not what "it" continues: the pronoun still
//! opens its clause and takes the previous sentence's subject (`third_person`). A fronted
//! clause with its own subject ("After Kenya summoned the envoy, it …") is not such a
//! phrase: its subject may well be what "it" means, so it still counts as named before.
//! The subtree helpers here also give `third_person` the span of a subject.

use crate::nlp::syntax::Analysis;
use crate::nlp::Span;

/// Are all of `spans` (mentions before the pronoun at byte `start`) inside prepositional
/// adjuncts (`obl`) of the pronoun's own verb that come before the pronoun? `parse` is the
/// pronoun's sentence.
pub(super) fn only_in_fronted_phrases(parse: &Analysis, start: usize, spans: &[Span]) -> bool {
    let words = &parse.words;
    let Some(p) = words.iter().position(|w| w.start == start) else {
        return false;
    };
    if words[p].deprel != "nsubj" {
        return false;
    }
    let verb = words[p].head;
    let fronted: Vec<Span> = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| i < p && w.head == verb && w.deprel == "obl")
        .map(|(i, _)| subtree_span(parse, i))
        .collect();
    !spans.is_empty()
        && spans
            .iter()
            .all(|s| fronted.iter().any(|f| f.contains(*s) && f.end <= start))
}

/// The bytes covered by word `top` and the words it dominates.
pub(super) fn subtree_span(parse: &Analysis, top: usize) -> Span {
    let (mut lo, mut hi) = (parse.words[top].start, parse.words[top].end);
    for (i, w) in parse.words.iter().enumerate() {
        if dominated_by(parse, i, top) {
            lo = lo.min(w.start);
            hi = hi.max(w.end);
        }
    }
    Span::new(lo, hi)
}

/// Is word `i` inside the subtree of word `top` (both 0-based)?
pub(super) fn dominated_by(parse: &Analysis, i: usize, top: usize) -> bool {
    let mut cur = i;
    for _ in 0..parse.words.len() {
        if cur == top {
            return true;
        }
        let h = parse.words[cur].head as usize;
        if h == 0 {
            return false;
        }
        cur = h - 1;
    }
    false
}
