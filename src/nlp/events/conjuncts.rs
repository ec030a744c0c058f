//! A second coordinated verb addresses the first verb's party: in "X summoned Y's envoy and
//! demanded an explanation" the demand names no one, yet it is put to Y, whom the first verb
//! named. A conjunct verb that shares the first verb's subject (its source came through
//! `conj`) and has no target of its own takes the target of the latest earlier event of the
//! same source, sentence and clause whose target the parse found as its object or oblique.
//! Only verbal and diplomatic acts inherit (appeals, demands, criticism, rejections, threats,
//! consultations, support, aid and their kin); a material act in a coordination ("boarded the
//! boat, beat the crew and seized the catch") is often hung on the wrong verb by the parse.
//! Statements (01) lend no target: "said in a letter to Z … and asked" is Z's only by luck.
use super::*;

/// CAMEO roots that take a conjunct's target: appeals (02), aid and cooperation intents (03),
/// consultation (04), support (05), demands (10), disapproval (11), rejection (12), threats
/// (13), protest (14), reduced relations (16).
const INHERITING: [u8; 10] = [2, 3, 4, 5, 10, 11, 12, 13, 14, 16];

/// Roots of a first verb whose party a spoken conjunct keeps addressing: appeals (02), demands
/// (10), disapproval (11, a summons), rejection (12), threats (13), reduced relations (16).
/// After a meeting or a cooperative act (03-06) a call or warning is as often meant for a
/// third party or the public ("met Y and called for an end to the fighting"); a statement
/// (01) names its party by luck; a material act (14-20) is often hung on the wrong verb.
const PRESSING: [u8; 6] = [2, 10, 11, 12, 13, 16];

/// Roots whose acts are always addressed to a party: disapproval (11) and rejection (12).
const ADDRESSED: [u8; 2] = [11, 12];

/// Base forms the first word of a trigger may have ("warned" → "warn", "urged" → "urge").
fn base_forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    for (suffix, add) in [
        ("ed", ""),
        ("ed", "e"),
        ("s", ""),
        ("ing", ""),
        ("ing", "e"),
    ] {
        if let Some(stem) = word.strip_suffix(suffix) {
            out.push(format!("{stem}{add}"));
        }
    }
    out
}

/// The conjunct is said to someone: a disapproval or rejection, or a verb of speech or appeal
/// ("… and warned that …", "… and demanded …"); an act the dictionary coded from another
/// verb ("gave him 72 hours": an ultimatum read from "give") is no address.
fn spoken(text: &str, e: &CodedEvent) -> bool {
    if crate::nlp::cameo::root(&e.cameo).is_some_and(|r| ADDRESSED.contains(&r)) {
        return true;
    }
    let Ok(lex) = crate::nlp::frames::FrameLexicon::builtin() else {
        return false;
    };
    let first = e
        .trigger
        .slice(text)
        .split_whitespace()
        .next()
        .unwrap_or("");
    base_forms(&first.to_lowercase())
        .iter()
        .any(|w| lex.is_speech(w) || lex.is_appeal(w))
}

/// The label of one part of an event's path ("source", "target", "clause"): its value up to
/// the next `;`, or "" when the path has none.
fn part<'a>(path: &'a str, label: &str) -> &'a str {
    let key = format!("{label}: ");
    path.split("; ")
        .find_map(|p| p.strip_prefix(key.as_str()))
        .unwrap_or("")
}

/// The source reached the verb through `conj`: the verb is a conjunct sharing the subject of
/// an earlier verb ("summoned … and demanded").
fn conjunct_without_target(text: &str, e: &CodedEvent) -> bool {
    e.target.is_none()
        && spoken(text, e)
        && !e.source.actor.code.is_empty()
        && part(&e.path, "source").starts_with("conj^")
        && crate::nlp::cameo::root(&e.cameo).is_some_and(|r| INHERITING.contains(&r))
}

/// The first verb's own target, found by the parse as its object or oblique (not a guess from
/// the subtree), of a placed actor on another side than the source.
fn lends_target(text: &str, h: &CodedEvent, e: &CodedEvent) -> bool {
    let Some(t) = &h.target else {
        return false;
    };
    let direct = ["obj", "iobj", "obl"]
        .iter()
        .any(|k| part(&h.path, "target").starts_with(k))
        || summons(text, h);
    let source = part(&h.path, "source");
    let own_subject = source == "nsubj" || source == "conj^ nsubj";
    let other_side = t.actor.country.is_empty() || t.actor.country != e.source.actor.country;
    direct
        && own_subject
        && other_side
        && !crate::nlp::mentions::unplaced_code(&t.actor.code)
        && !t.actor.code.is_empty()
        && crate::nlp::cameo::root(&h.cameo).is_some_and(|r| PRESSING.contains(&r))
        && h.sentence == e.sentence
        && h.source.actor.code == e.source.actor.code
        && h.trigger.end <= e.trigger.start
        && part(&h.path, "clause") == part(&e.path, "clause")
}

/// A summons whose envoy the dictionary pattern read ("called in the Togolese ambassador in
/// Accra, …, and demanded …"): the envoy's state is the party, even where the parse put the
/// envoy in a phrase the target search reached only through the subtree.
fn summons(text: &str, h: &CodedEvent) -> bool {
    summoning(text, h) && part(&h.path, "target") == "subtree"
}

/// `h` is a summons of an envoy: the protest code (110) of a summons verb, or of an appeal
/// verb, which codes a protest only as DM_CALL's "called in" an envoy.
pub(super) fn summoning(text: &str, h: &CodedEvent) -> bool {
    let Ok(lex) = crate::nlp::frames::FrameLexicon::builtin() else {
        return false;
    };
    let first = h
        .trigger
        .slice(text)
        .split_whitespace()
        .next()
        .unwrap_or("");
    let verb = base_forms(&first.to_lowercase())
        .iter()
        .any(|w| lex.is_summon(w) || lex.is_appeal(w));
    h.cameo == super::codes::SUMMONS && verb
}

/// Gives each target-less conjunct verb the target of the verb it is coordinated with.
pub(super) fn inherit_conjunct_targets(text: &str, out: &mut [CodedEvent]) {
    for i in 0..out.len() {
        if !conjunct_without_target(text, &out[i]) {
            continue;
        }
        let Some(t) = out[..i]
            .iter()
            .rev()
            .find(|h| lends_target(text, h, &out[i]))
            .and_then(|h| h.target.clone())
        else {
            continue;
        };
        let e = &mut out[i];
        e.path.push_str("; target: the coordinated verb's target");
        e.target = Some(t);
    }
}
