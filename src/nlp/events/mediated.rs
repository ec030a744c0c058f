//! The parties of a mediation the sentence does not name: "The talks were mediated by Z",
//! "the deal was reached after negotiations brokered by Z", "Z hosted the talks". A mediator
//! (CAMEO 045) acts toward each side of the talks it mediated; when its own sentence names
//! no side, the sides are the two parties the story has shown acting on each other: the
//! latest two-way act between two other sides (A and B agreeing, meeting, signing: one event
//! each way on one trigger) in this sentence or before it, else the first one after it (a
//! lead may name the mediator before the parties' own agreement is coded).
//!
//! Only a two-way act of cooperation (intent, consultation, support, cooperation: CAMEO
//! 03–06) not dated before the article counts: talks are mediated between parties who
//! talk, not between a party and the state it attacked, and background ("has hosted
//! contacts between A and B since 2022") is not the story's talks. The mediator's event
//! keeps its code, modality and trigger and goes to each of the two sides.
//!
//! The same parties are the target of a judgement (05, 11) of their definite deal or talks
//! that names no party: "Y and Z welcomed the agreement" praises the agreement's parties.
//!
//! Tried and dropped: also leaving out pairs that were not asserted, reported or intended;
//! it cost two right mediations and two right welcomes on the held-out set.
use super::reactions::{placed, words_after};
use super::*;

/// CAMEO code of mediation.
const MEDIATE: &str = "045";

/// CAMEO roots of a two-way act that names the parties of talks.
const COOPERATIVE: std::ops::RangeInclusive<u8> = 3..=6;

/// Determiners of a definite object ("the agreement", "this deal").
const DEFINITE: [&str; 3] = ["the", "this", "their"];

/// A target-less mediation by a placed source, or a target-less judgement (05, 11) of the
/// parties' definite deal or talks ("welcomed the agreement": its parties).
fn wants_parties(text: &str, lex: &FrameLexicon, e: &CodedEvent) -> bool {
    let root = crate::nlp::cameo::root(&e.cameo);
    let judged_deal = matches!(root, Some(5) | Some(11)) && judges_joint_noun(text, lex, e);
    let mediates = e.cameo.starts_with(MEDIATE) || hosted_talks(text, lex, e);
    (mediates || judged_deal) && e.target.is_none() && placed(&e.source)
}

/// CAMEO code of hosting a visit or meeting.
const HOST: &str = "043";

/// "after negotiations hosted by Z", "The talks, hosted by Z, …": the host of talks named by
/// the noun before the participle, with the host as its agent, mediates them as the active "Z hosted the
/// talks" does (the verb file's `HOST - * &DM_TALKS [045]`); the sides are the talks'.
fn hosted_talks(text: &str, lex: &FrameLexicon, e: &CodedEvent) -> bool {
    let before = text.get(..e.trigger.start).unwrap_or_default();
    // "The talks, hosted by Z, …": the participle set off by a comma still hangs on the noun
    let noun = before
        .split_whitespace()
        .next_back()
        .unwrap_or_default()
        .trim_end_matches(',');
    e.cameo.starts_with(HOST)
        && e.path.starts_with("source: obl:agent")
        && lex.is_joint_noun(&noun.to_lowercase())
}

/// The trigger's object is a definite meeting or deal ("the agreement", "the talks").
fn judges_joint_noun(text: &str, lex: &FrameLexicon, e: &CodedEvent) -> bool {
    let mut words = words_after(text, e.trigger).map(str::to_lowercase);
    let det = words.next().unwrap_or_default();
    let noun = words.next().unwrap_or_default();
    DEFINITE.contains(&det.as_str()) && lex.is_joint_noun(&noun)
}

/// `out[i]` and `out[j]` are one two-way act of cooperation between two placed sides.
fn two_way(a: &CodedEvent, b: &CodedEvent) -> bool {
    let (Some(at), Some(bt)) = (a.target.as_ref(), b.target.as_ref()) else {
        return false;
    };
    let cooperative = crate::nlp::cameo::root(&a.cameo).is_some_and(|r| COOPERATIVE.contains(&r));
    // The parties' talks are the story's own, not background ("has hosted contacts
    // between A and B since 2022").
    let current = |e: &CodedEvent| crate::nlp::frames::dated_in_path(&e.path).is_none();
    // The cheap tests first: every later event of the article is tried against `a`.
    a.sentence == b.sentence
        && a.trigger == b.trigger
        && cooperative
        && current(a)
        && current(b)
        && placed(&a.source)
        && placed(at)
        && distinct_parties(&a.source.actor, &at.actor)
        && same_party(a, &a.source.actor, &bt.actor)
        && same_party(a, &at.actor, &b.source.actor)
}

/// Sectors of a state's domestic opponents (armed or political).
const OPPONENT_SECTORS: [&str; 5] = ["REB", "INS", "SEP", "OPP", "UAF"];

/// A government and one of its own state's opponents ("the government and the rebels
/// agreed"): two parties to talks though one country, as a mediator between them shows.
fn domestic_pair(x: &Actor, y: &Actor) -> bool {
    let gov = |a: &Actor| a.sector.starts_with("GOV");
    let opp = |a: &Actor| OPPONENT_SECTORS.iter().any(|s| a.sector.starts_with(s));
    !x.country.is_empty() && x.country == y.country && (gov(x) && opp(y) || opp(x) && gov(y))
}

/// Two parties of talks: two sides, or a government and its domestic opponent.
fn distinct_parties(x: &Actor, y: &Actor) -> bool {
    x.side() != y.side() || domestic_pair(x, y)
}

/// `x` and `y` are one party of the talks `a` opens: the same side, and the same actor when
/// the talks are domestic ones (both parties are then of one country).
fn same_party(a: &CodedEvent, x: &Actor, y: &Actor) -> bool {
    let domestic = a
        .target
        .as_ref()
        .is_some_and(|t| domestic_pair(&a.source.actor, &t.actor));
    x.side() == y.side() && (!domestic || x.code == y.code)
}

/// The two sides of the two-way act at `i`, if `out[i]` opens one (its reverse follows).
/// `same` lists, in order, the events of `out[i]`'s sentence: only they can be its reverse
/// (`two_way` asks for one sentence), so a long story's other events are not looked at.
fn pair_at(out: &[CodedEvent], same: &[usize], i: usize) -> Option<(Participant, Participant)> {
    let a = &out[i];
    let later = &same[same.partition_point(|&j| j <= i)..];
    let b = later.iter().map(|&j| &out[j]).find(|b| two_way(a, b))?;
    Some((a.source.clone(), b.source.clone()))
}

/// The two-way acts of `out`, each with its sentence, in order.
type Pairs = Vec<(usize, (Participant, Participant))>;

fn all_pairs(out: &[CodedEvent]) -> Pairs {
    let mut by_sentence: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for (j, e) in out.iter().enumerate() {
        by_sentence.entry(e.sentence).or_default().push(j);
    }
    (0..out.len())
        .filter_map(|i| {
            let same = by_sentence.get(&out[i].sentence)?;
            pair_at(out, same, i).map(|p| (out[i].sentence, p))
        })
        .collect()
}

/// The parties of mediation `e`: the latest pair at or before its sentence, else the
/// first after it; never the mediator's own side.
fn parties(pairs: &Pairs, e: &CodedEvent) -> Option<(Participant, Participant)> {
    let mine = e.source.actor.side();
    let other =
        |(a, b): &(Participant, Participant)| a.actor.side() != mine && b.actor.side() != mine;
    let mut pairs = pairs.iter().filter(|(_, p)| other(p));
    let before = pairs.clone().rev().find(|(s, _)| *s <= e.sentence);
    let after = || pairs.find(|(s, _)| *s > e.sentence);
    before.or_else(after).map(|(_, p)| p.clone())
}

/// Gives each target-less mediation the two sides of the story's talks: the mediator's
/// event goes to the first side and a copy to the second.
pub(super) fn fill_mediated_parties(text: &str, lex: &FrameLexicon, out: &mut Vec<CodedEvent>) {
    // The story's pairs, found once and again only after `out` changed (each pair looks
    // through every later event: quadratic in the events, so not once per mediation).
    let mut pairs: Option<Pairs> = None;
    let mut i = 0;
    while i < out.len() {
        if !wants_parties(text, lex, &out[i]) {
            i += 1;
            continue;
        }
        let found = pairs.get_or_insert_with(|| all_pairs(out));
        let Some((a, b)) = parties(found, &out[i]) else {
            i += 1;
            continue;
        };
        out[i]
            .path
            .push_str("; target: a side of the story's talks");
        let mut second = out[i].clone();
        out[i].target = Some(a);
        second.target = Some(b);
        out.insert(i + 1, second);
        pairs = None;
        i += 2;
    }
}
