//! A dictionary pattern's target keeps the parties coordinated with it. A pattern binds
//! the one noun phrase at its `$` ("signed * agreement WITH $", "held * talks WITH $"), so
//! "signed an agreement with Tuvalu and Palau" or "held separate talks with the Indian
//! minister and the Chinese envoy" kept only the first party, though the parse's target
//! had both. The parse's target mentions that stand under a conjunct of a pattern-bound
//! phrase ("and Palau", "and the Chinese envoy") join the pattern's target; any other
//! mention of the parse's target (a party named elsewhere in the clause) does not.
use super::*;
use crate::nlp::syntax::head_of;

/// How `annotate --explain` names the parties this rule adds.
const NOTE: &str = "; target: the pattern's phrase and its conjuncts";

/// The pattern's target mentions `bound`, with the mentions of `parsed` (the parse's
/// target) coordinated with one of them. `path` says when any were added.
pub(super) fn with_conjuncts(
    cx: &SentenceCx,
    parsed: &Side,
    bound: Option<Vec<u32>>,
    path: &mut String,
) -> Option<Vec<u32>> {
    let mut bound = bound?;
    let heads: Vec<usize> = bound.iter().filter_map(|&m| head_word(cx, m)).collect();
    let added: Vec<u32> = parsed
        .mentions
        .iter()
        .filter(|m| !bound.contains(m))
        .filter(|&&m| head_word(cx, m).is_some_and(|w| coordinated(cx.words, w, &heads)))
        .copied()
        .collect();
    if !added.is_empty() {
        bound.extend(added);
        path.push_str(NOTE);
    }
    Some(bound)
}

/// The word of mention `m` whose head lies outside the mention: the mention's head word.
fn head_word(cx: &SentenceCx, m: u32) -> Option<usize> {
    let span = cx.ents.mentions.get(m as usize)?.span;
    let inside = |w: &syntax::Word| span.start <= w.start && w.end <= span.end;
    (0..cx.words.len()).find(|&i| {
        inside(&cx.words[i]) && head_of(cx.words, i).is_none_or(|h| !inside(&cx.words[h]))
    })
}

/// Word `w` stands, within its noun phrase, under a conjunct whose first conjunct is one of
/// `heads` or a noun above one ("the Indian minister and the Chinese envoy": "Chinese" is
/// under "envoy", a conjunct of "minister", above the bound "Indian").
fn coordinated(words: &[syntax::Word], w: usize, heads: &[usize]) -> bool {
    let above_heads: Vec<usize> = heads.iter().flat_map(|&h| phrase_path(words, h)).collect();
    phrase_path(words, w).into_iter().any(|a| {
        words[a].deprel.starts_with("conj")
            && !above_heads.contains(&a)
            && first_conjunct(words, a)
                .is_some_and(|f| above_heads.contains(&f) && !clause_join(words, f))
    })
}

/// The coordination under first conjunct `f` opens with ", and" (or ", or"): one party then
/// a comma before the conjunction is how two clauses are joined ("stood with both
/// countries, and Y and Z issued statements"), a join the parse may read as a list; a list
/// puts its comma after a second party ("A, B, and C").
fn clause_join(words: &[syntax::Word], f: usize) -> bool {
    let first = (f + 1..words.len())
        .find(|&i| words[i].deprel.starts_with("conj") && first_conjunct(words, i) == Some(f));
    first.is_some_and(|c| {
        (f + 1..c).any(|i| {
            words[i].deprel == "cc"
                && head_of(words, i) == Some(c)
                && i > 0
                && words[i - 1].form == ","
        })
    })
}

/// Word `w` and the words above it while the relation stays inside a noun phrase.
fn phrase_path(words: &[syntax::Word], w: usize) -> Vec<usize> {
    let mut out = vec![w];
    let mut at = w;
    while out.len() < MAX_DEPTH && in_phrase(&words[at].deprel) {
        let Some(h) = head_of(words, at) else { break };
        out.push(h);
        at = h;
    }
    out
}

/// How far up a noun phrase the walk goes: a modifier of a conjunct of a name.
const MAX_DEPTH: usize = 5;

/// Relations that keep a word inside the noun phrase of its head.
fn in_phrase(rel: &str) -> bool {
    matches!(
        rel,
        "amod" | "compound" | "nmod:poss" | "flat" | "det" | "nmod:desc" | "appos"
    ) || rel.starts_with("conj")
}

/// The first conjunct of the coordination conjunct `w` belongs to.
fn first_conjunct(words: &[syntax::Word], w: usize) -> Option<usize> {
    let mut at = head_of(words, w)?;
    for _ in 0..MAX_DEPTH {
        if !words[at].deprel.starts_with("conj") {
            return Some(at);
        }
        at = head_of(words, at)?;
    }
    None
}
