//! "A and B said …, and they called on C": "they" as the subject of a clause coordinated
//! with the sentence's main clause is that clause's plural subject, the actors the sentence
//! is about (`third_person` reads a "they" that opens a sentence the same way, against the
//! sentence before).
//!
//! Only when nothing else plural stands between: a plural noun after the subject ("… and
//! Chile accused the rebels, and they denied it") may be meant, so the pronoun is left
//! alone; a singular subject never takes "they".

use super::third_person;
use crate::nlp::mentions::Ctx;
use crate::nlp::syntax::Analysis;
use crate::nlp::{Mention, Span};

/// Adds a mention for each coordinated-clause "they" whose main clause has a plural subject.
pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    let mut added: Vec<Mention> = Vec::new();
    for (si, &(a, b)) in ranges.iter().enumerate() {
        let theys: Vec<usize> = (a..b)
            .filter(|&k| ctx.low(k) == "they")
            .filter(|&k| !mentions.iter().any(|m| m.span.start == ctx.tokens[k].start))
            .collect();
        if theys.is_empty() {
            continue;
        }
        let Some(parse) = super::sentence_parse(ctx, (a, b)) else {
            return;
        };
        for k in theys {
            let start = ctx.tokens[k].start;
            if !coordinated_subject(&parse, start) {
                continue;
            }
            let pool: Vec<&Mention> = mentions.iter().collect();
            let Some((actor, ante)) = third_person::plural_antecedent(&pool, &parse, si) else {
                continue;
            };
            let span = Span::new(start, ctx.tokens[k].end);
            let mut they = super::collective::collective_mention(span, si, actor);
            they.antecedent = Some(ante);
            added.push(they);
        }
    }
    mentions.extend(added);
}

/// Is the word at byte `start` the subject of a verb coordinated ("…, and they V") with
/// the root, with no plural noun between the root's subject and it?
fn coordinated_subject(parse: &Analysis, start: usize) -> bool {
    let words = &parse.words;
    let Some(p) = words.iter().position(|w| w.start == start) else {
        return false;
    };
    let Some(root) = words.iter().position(|w| w.head == 0) else {
        return false;
    };
    let h = words[p].head as usize;
    if words[p].deprel != "nsubj" || h == 0 {
        return false;
    }
    let verb = h - 1;
    let coordinated = words[verb].deprel == "conj" && words[verb].head as usize == root + 1;
    let Some(subj) = words
        .iter()
        .position(|w| w.head as usize == root + 1 && w.deprel.starts_with("nsubj"))
    else {
        return false;
    };
    let plural_between = (subj + 1..p).any(|i| {
        matches!(words[i].xpos.as_str(), "NNS" | "NNPS") && words[i].head as usize != subj + 1
    });
    coordinated && subj < p && !plural_between
}
