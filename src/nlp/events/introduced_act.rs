//! A reaction to an act the story introduced by an indefinite noun: "X's minister signed a
//! fisheries accord with Y during a two-day visit. … Z condemned the visit", "X and Y
//! launched a joint programme … Z welcomed the programme". The act has no verb of its own
//! the coder could code, so the reaction's definite noun ("the visit") takes up the
//! indefinite one ("a two-day visit") that brought the act into the discourse, and the
//! act's agent is the author of the act coded just before the noun in the sentence that
//! tells it (the clause the noun belongs to): the visitor signing during the visit, the
//! state imposing a ban. Read only when that act's authors are placed and of a side other
//! than the reacting one, which took no part in it: a party to an accord or a visit (a
//! domestic party and its own government's deal) does not answer its partner by judging it
//! (precision first). A noun of the same kin takes up the act too ("a three-day trip" …
//! "the visit"; `kin` rows of `data/lexicon/act_noun.tsv`). Runs after the passes that read a coded act of the noun's
//! own verb (`reactions`, `told`), which keep precedence.
use super::*;

/// Path note of a reaction answered from an introduced act.
pub(super) const INTRODUCED: &str =
    "; target: author of the act an earlier indefinite noun introduced";

/// Articles that introduce a new act into the discourse ("a visit", "an accord").
const INDEFINITE: [&str; 2] = ["a", "an"];

/// How many words may stand between the indefinite article and the noun ("a two-day
/// official visit", "a new coastal patrol programme").
const MODIFIERS: usize = 3;

/// Fills the target of each praise, criticism or rejection (05, 11, 12) of "the NOUN" that
/// no earlier pass answered, from the act an indefinite "a NOUN" introduced before it.
pub(super) fn fill_introduced_acts(text: &str, ents: &EntityAnalysis, out: &mut Vec<CodedEvent>) {
    let mut i = 0;
    while i < out.len() {
        let targets = introduced_targets(text, ents, out, i);
        i += 1 + super::reactions::fan_out(out, i, targets, INTRODUCED);
    }
}

/// The authors of the act the noun after reaction `out[i]` names, when an indefinite noun
/// introduced it (empty when `out[i]` is no open reaction or the act is unknown).
fn introduced_targets(
    text: &str,
    ents: &EntityAnalysis,
    out: &[CodedEvent],
    i: usize,
) -> Vec<Participant> {
    let e = &out[i];
    let open = e.target.as_ref().is_none_or(|t| !reactions::placed(t));
    let judged = matches!(crate::nlp::cameo::root(&e.cameo), Some(5 | 11 | 12));
    if !open || !judged || !reactions::placed(&e.source) {
        return Vec::new();
    }
    if reactions::praise_read_as_criticism(text, e) {
        return Vec::new();
    }
    let Some(noun) = super::act_noun::family_noun(text, e.trigger) else {
        return Vec::new();
    };
    let Some(at) = introduction(text, e.trigger.start, &noun) else {
        return Vec::new();
    };
    let Some(si) = ents
        .sentences
        .iter()
        .position(|s| s.span.start <= at && at < s.span.end)
    else {
        return Vec::new();
    };
    sentence_authors(text, out, ents, (si, at), e)
}

/// Byte offset of the latest "a/an [up to MODIFIERS words] NOUN" before `before`: the noun,
/// its plural or its singular ("visits" → "a visit"), as a whole word.
fn introduction(text: &str, before: usize, noun: &str) -> Option<usize> {
    let head = text.get(..before)?;
    let words: Vec<(usize, &str)> = word_offsets(head).collect();
    (0..words.len()).rev().find_map(|k| {
        let (at, w) = words[k];
        if !same_noun(&w.to_lowercase(), noun) {
            return None;
        }
        let first = k.saturating_sub(MODIFIERS + 1);
        words[first..k]
            .iter()
            .any(|(_, d)| INDEFINITE.contains(&d.to_lowercase().as_str()))
            .then_some(at)
    })
}

/// The words of `s` (letters, digits, hyphens) with their byte offsets.
fn word_offsets(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// Is `word` the noun `noun`, its plural or its singular, or a noun of its kin ("trip" of
/// "visit")?
fn same_noun(word: &str, noun: &str) -> bool {
    let singular = |w: &'_ str| w.strip_suffix('s').unwrap_or(w).to_string();
    let (w, n) = (singular(word), singular(noun));
    w == n || super::act_noun::kin(&w, &n)
}

/// The authors of the act that introduced the noun at byte `at` of sentence `si`: the act
/// coded nearest before it in that sentence, whose clause the noun belongs to ("signed an
/// accord during a visit", "imposed a ban"); a noun before any act of its sentence, or
/// after an act of no placed author, is left unread ("agreed to a ceasefire after talks
/// hosted by Z": the ceasefire is no act of the host). No author when the reacting side
/// took part in the act (as its source or target): a party to an accord or a visit does not
/// answer its partner by praising or criticising it (a domestic party and its government's
/// deal). Nor when another party is named before the act's verb in its sentence: it may be
/// the author of a coordinated clause the noun sums up with the act ("X freed Y's men and Y
/// flew X's men home, in an exchange"). The co-authors of the act are each an author.
fn sentence_authors(
    text: &str,
    out: &[CodedEvent],
    ents: &EntityAnalysis,
    (si, at): (usize, usize),
    e: &CodedEvent,
) -> Vec<Participant> {
    let Some(act) = out
        .iter()
        .filter(|a| a.sentence == si && a.trigger.end <= at)
        .max_by_key(|a| a.trigger.end)
    else {
        return Vec::new();
    };
    let own = e.source.actor.side();
    let took_part = |a: &CodedEvent| {
        a.source.actor.side() == own || a.target.as_ref().is_some_and(|t| t.actor.side() == own)
    };
    let opened = lead_in(text, ents, si, act.trigger.start);
    let others_before = ents.mentions.iter().any(|m| {
        m.sentence == si
            && m.span.start >= opened
            && m.span.end <= act.trigger.start
            && m.actor
                .as_ref()
                .is_some_and(|x| x.side() != act.source.actor.side())
    });
    let same: Vec<&CodedEvent> = out
        .iter()
        .filter(|a| a.trigger == act.trigger && a.cameo == act.cameo)
        .collect();
    let readable = same
        .iter()
        .all(|a| reactions::counts(a) && reactions::placed(&a.source) && !took_part(a));
    if others_before || !readable {
        return Vec::new();
    }
    reactions::co_authors(out, act, e)
}

/// Where the clause of an act at byte `trigger` of sentence `si` may name its author: the
/// sentence's start, or just after a dateline's dash before the act ("CITY (Agency) — X
/// signed …"), whose place names no party.
fn lead_in(text: &str, ents: &EntityAnalysis, si: usize, trigger: usize) -> usize {
    let start = ents.sentences.get(si).map_or(0, |s| s.span.start);
    text.get(start..trigger)
        .and_then(|head| head.rfind(DATELINE_DASH).map(|i| start + i))
        .unwrap_or(start)
}

/// The dash that ends a wire story's dateline.
const DATELINE_DASH: char = '\u{2014}';
