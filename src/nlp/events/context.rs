//! What the coder carries per article and per sentence: the stages of `sentence`,
//! `vp_frames`, `vp_events` and `nouns` all read a parsed sentence through `SentenceCx`.
use super::*;

/// What the article loop hands each sentence.
pub(super) struct SentenceInput<'s> {
    pub(super) text: &'s str,
    pub(super) ents: &'s EntityAnalysis,
    /// Index of the sentence in the article.
    pub(super) si: usize,
    pub(super) toks: &'s [Tok],
    /// The sentence's location mentions.
    pub(super) locations: &'s [usize],
}

/// Carried from one sentence of an article to the next.
#[derive(Default)]
pub(super) struct ArticleState {
    /// The mentions of the last coded event's source: what a pronoun subject refers to.
    pub(super) last_source: Option<Vec<u32>>,
    /// The article tokenised for the parser, on first use.
    pub(super) tokens: Option<Vec<text::Token>>,
    /// Acts of a listed verb told so far, coded or not (`told.rs`).
    pub(super) told: Vec<Told>,
    /// The parse of each coded sentence, for the passes after the article (`trigger_tree`).
    pub(super) trees: super::trigger_tree::Parses,
}

/// A predicate of a listed verb (`told.rs`), parsed in an earlier sentence, with its
/// subject's actor.
#[derive(Debug, Clone)]
pub(super) struct Told {
    pub(super) sentence: usize,
    /// Byte offset of the verb in the article.
    pub(super) start: usize,
    pub(super) verb: String,
    /// Lemmas of the nouns of its object (empty when none).
    pub(super) objects: Vec<String>,
    pub(super) source: Participant,
}

/// A parsed sentence: what every stage of the coder reads.
pub(super) struct SentenceCx<'s> {
    pub(super) text: &'s str,
    pub(super) ents: &'s EntityAnalysis,
    pub(super) si: usize,
    pub(super) toks: &'s [Tok],
    pub(super) locations: &'s [usize],
    pub(super) last_source: &'s Option<Vec<u32>>,
    pub(super) groups: &'s [Group],
    pub(super) actors: &'s ActorMap<'s>,
    pub(super) words: &'s [syntax::Word],
    pub(super) sent: &'s frames::Sentence<'s>,
    /// The sentence has an actor group; without one, events are coded generically.
    pub(super) has_actors: bool,
    /// The actor group after "according to": the speaker of the whole sentence.
    pub(super) according: Option<Vec<u32>>,
}

/// The distinct sides of a side's placed actors (agents of no country are no side).
pub(super) fn placed_sides<'m>(cx: &'m SentenceCx, side: &Side) -> Vec<&'m str> {
    let mut out: Vec<&str> = Vec::new();
    for a in side
        .mentions
        .iter()
        .filter_map(|m| cx.actors.get(m))
        .flatten()
    {
        let placed = !a.code.is_empty() && !crate::nlp::mentions::unplaced_code(&a.code);
        if placed && !a.side().is_empty() && !out.contains(&a.side()) {
            out.push(a.side());
        }
    }
    out
}
