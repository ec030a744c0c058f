//! The parties of an offer of good offices the sentence does not name (branch offers2):
//! "Z offered to host talks", "Z said it was ready to mediate", "Z offered to send an envoy",
//! "Z offered its good offices". A third party offers to bring two sides together; news
//! leaves the sides out once the story has named them, and a reader takes them to be the
//! story's pair. The offer (an intent, CAMEO 03x) goes to each side of that pair.
//!
//! An offer is one of good offices when its trigger opens with a word of offering or
//! readiness (`good_offices_offer` in `data/lexicon/phrase_words.txt`: "offered to",
//! "ready to", not "agreed to", which two parties say of their own meeting) and either ends
//! in a verb of bringing parties together (`good_offices_verb`: "mediate", "host"; hosting
//! and convening only with a meeting noun after them, "host talks", not "host refugees"), or
//! is followed by a go-between (`good_offices_noun`: "an envoy", "its good offices").
//!
//! The story's pair: the two sides, neither the offerer's, that the article's events
//! (`shows_pair`, background included) join most often, in either direction, when they join them
//! at least twice and at least twice as often as any other two sides. A story of three
//! parties or of two disputes of like weight has no such pair, and the offer keeps no
//! target (never a guess between two candidate pairs). A clause that names another side
//! ("offered to host talks between A and C") vetoes the guess as for the story-level
//! partner guesses (`offered.rs`). The offer keeps its modality: a conditional or declined
//! offer is judged by the gate as before.
//!
//! An offer whose frame found only the offerer's own side ("a meeting of [its] foreign
//! ministers") has no partner either, and is served the same way.
use super::reactions::placed;
use super::*;
use crate::nlp::frames::FrameLexicon;

/// The note a served offer adds to its path.
const NOTE: &str = "; target: a side of the story's pair (an offer of good offices)";

/// How many words after the trigger its meeting noun or go-between may be ("host a new
/// round of talks", "send a special envoy").
const OBJECT_REACH: usize = 6;

/// The fewest events that make two sides the story's pair.
const MIN_PAIR_EVENTS: usize = 2;

/// The lists of `data/lexicon/phrase_words.txt` that tell an offer of good offices.
struct Words {
    offer: Vec<String>,
    verb: Vec<String>,
    meeting_verb: Vec<String>,
    noun: Vec<String>,
}

fn words() -> &'static Words {
    static W: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let list = |name| {
            crate::nlp::lexicon::cue_line(super::phrase_words::LISTS, name).unwrap_or_default()
        };
        Words {
            offer: list("good_offices_offer"),
            verb: list("good_offices_verb"),
            meeting_verb: list("good_offices_meeting_verb"),
            noun: list("good_offices_noun"),
        }
    })
}

fn listed(list: &[String], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The words of the object after the trigger, up to the clause's punctuation, lower-cased.
pub(super) fn object_words(text: &str, e: &CodedEvent) -> Vec<String> {
    let rest = text.get(e.trigger.end..).unwrap_or_default();
    let clause = rest
        .split([',', ';', '.', ':', '"'])
        .next()
        .unwrap_or_default();
    super::reactions::words(clause)
        .take(OBJECT_REACH)
        .map(str::to_lowercase)
        .collect()
}

/// Is `e` an offer of good offices (see the module comment)?
fn good_offices(text: &str, lex: &FrameLexicon, e: &CodedEvent) -> bool {
    let w = words();
    let trigger = text.get(e.trigger.start..e.trigger.end).unwrap_or_default();
    let trigger_words: Vec<&str> = super::reactions::words(trigger).collect();
    let (Some(first), Some(last)) = (trigger_words.first(), trigger_words.last()) else {
        return false;
    };
    if !listed(&w.offer, first) {
        return false;
    }
    let object = object_words(text, e);
    let meeting = object.iter().any(|o| lex.is_joint_noun(o));
    // a go-between may be written in two words ("good offices"): matched as a phrase
    let phrase = format!(" {} ", object.join(" "));
    let go_between = w.noun.iter().any(|n| phrase.contains(&format!(" {n} ")));
    let brings_together = trigger_words.len() > 1
        && listed(&w.verb, last)
        && (meeting || !listed(&w.meeting_verb, last));
    brings_together || go_between
}

/// An intent (03) of a placed source with no target, or only its own side's.
fn wants_parties(text: &str, lex: &FrameLexicon, e: &CodedEvent) -> bool {
    let own = e.source.actor.side();
    let no_partner = e.target.as_ref().is_none_or(|t| t.actor.side() == own);
    crate::nlp::cameo::root(&e.cameo) == Some(3)
        && placed(&e.source)
        && no_partner
        && good_offices(text, lex, e)
}

/// An event that shows who the story is about: one the gate could pass by its modality and
/// code (`reactions::counts`), dated before the article or not. Background ("A first
/// imposed a toll in 2023, a step B threatened") tells which sides the story joins as well
/// as the news does: a party named only there is still a party of the dispute (tried
/// without dated events: a three-party dispute looked like one pair).
fn shows_pair(a: &CodedEvent) -> bool {
    matches!(
        a.modality,
        Modality::Asserted | Modality::Reported | Modality::Intended | Modality::Threatened
    ) && crate::nlp::cameo::root(&a.cameo).is_some_and(|r| r != 1)
}

/// The two sides of the story's pair for an offer by side `own`, with a participant of each.
fn story_pair(out: &[CodedEvent], own: &str) -> Option<(Participant, Participant)> {
    let mut pairs: Vec<((&Participant, &Participant), usize)> = Vec::new();
    for a in out.iter().filter(|a| shows_pair(a) && placed(&a.source)) {
        let Some(t) = a.target.as_ref().filter(|t| placed(t)) else {
            continue;
        };
        let (x, y) = (a.source.actor.side(), t.actor.side());
        if x == y || x == own || y == own {
            continue;
        }
        let same = |(p, q): &(&Participant, &Participant)| {
            let (s, u) = (p.actor.side(), q.actor.side());
            s == x && u == y || s == y && u == x
        };
        match pairs.iter_mut().find(|(p, _)| same(p)) {
            Some((_, n)) => *n += 1,
            None => pairs.push(((&a.source, t), 1)),
        }
    }
    pairs.sort_by_key(|p| std::cmp::Reverse(p.1));
    let ((a, b), top) = *pairs.first()?;
    let next = pairs.get(1).map_or(0, |p| p.1);
    (top >= MIN_PAIR_EVENTS && top >= 2 * next).then(|| (state_of(out, a), state_of(out, b)))
}

/// The participant that names side `p` most plainly: the state itself ("IND") when some
/// event names it so, else `p` (a government or a force of it).
fn state_of(out: &[CodedEvent], p: &Participant) -> Participant {
    let side = p.actor.side();
    out.iter()
        .flat_map(|a| std::iter::once(&a.source).chain(a.target.as_ref()))
        .find(|q| q.actor.code == side && placed(q))
        .unwrap_or(p)
        .clone()
}

/// Gives each offer of good offices with no partner the two sides of the story's pair: the
/// offer goes to the first side and a copy to the second (`reactions::fan_out`).
pub(super) fn fill_offer_parties(text: &str, lex: &FrameLexicon, out: &mut Vec<CodedEvent>) {
    let mut i = 0;
    while i < out.len() {
        if !wants_parties(text, lex, &out[i]) {
            i += 1;
            continue;
        }
        let own = out[i].source.actor.side().to_string();
        let Some((a, b)) = story_pair(out, &own) else {
            i += 1;
            continue;
        };
        let (sa, sb) = (a.actor.side(), b.actor.side());
        let vetoed = super::offered::contradicts_beyond(&out[i], &a, &[sb])
            || super::offered::contradicts_beyond(&out[i], &b, &[sa]);
        if vetoed {
            i += 1;
            continue;
        }
        i += 1 + super::reactions::fan_out(out, i, vec![a, b], NOTE);
    }
}
