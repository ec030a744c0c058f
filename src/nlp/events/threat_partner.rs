//! The party a threat answers: "Ruritanian troops shelled a Freedonian post. Freedonia warned
//! that it would respond" names no target, yet the warning is addressed to the adversary of
//! the story's latest clash. A threat (13) whose frame found no target at all takes the other
//! side of the source's side in the latest earlier sentence where that side took part in a
//! conflictual act (10-20, as author or as the one it fell on). When that sentence pairs the
//! source with two or more other sides ("A, B and C threatened Y; Y warned …" is fine, but
//! "Y clashed with A and B") the party is unknown and the threat stays without a target.
//! The sole partner rule (`sole_partner.rs`) does not serve threats: measured on
//! nd-001..103 the story's only partner gave as many false targets as right ones, since a
//! story's earlier cooperation says nothing about whom a warning is meant for. The latest
//! conflict is narrower.
use super::reactions::{counts, placed};
use super::sole_partner::{fill_targets, one_side, other_party};
use super::*;
use crate::nlp::lexicon::List;

/// CAMEO root of threats.
const THREATEN: u8 = 13;

/// Roots of conflictual acts, from demands (10) to mass violence (20).
const CONFLICT: std::ops::RangeInclusive<u8> = 10..=20;
/// Closed-class words the threat's content subject is read with (`closed_words.tsv`).
struct Words {
    /// Pronouns and possessives opening a content subject that is the threatening side
    /// itself ("warned that it would respond", "that his country's forces were ready").
    own_subject: Vec<&'static str>,
    /// Auxiliaries and modals, which end a content clause's subject.
    auxiliary: Vec<&'static str>,
    /// Negations, which a warning's own trigger holds ("will not tolerate").
    negation: Vec<&'static str>,
}

fn words() -> &'static Words {
    static W: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    W.get_or_init(|| Words {
        own_subject: List::ClosedWords.words_of(&["pron", "possessive"]),
        auxiliary: List::ClosedWords.words_of(&["modal", "be", "have"]),
        negation: List::ClosedWords.words_of(&["neg"]),
    })
}

/// How many words of the content subject are read.
const SUBJECT_WINDOW: usize = 6;

/// The threat announces the source's own act: it is no "that" clause's, nor followed by
/// one (the trigger is the act: "would step up patrols", "threatened to expel"), or the
/// clause's subject opens with a pronoun, a possessive or a name ("warned that Russia would
/// respond"). A warning of what a thing will do ("that the closure would hurt traders",
/// "that any war would be fought …") foretells consequences and is aimed at no one in
/// particular.
fn announces_own_act(text: &str, e: &CodedEvent) -> bool {
    let w = words();
    let is_aux = |x: &str| w.auxiliary.contains(&x.to_lowercase().as_str());
    let mut after = super::reactions::words_after(text, e.trigger);
    let subject: Vec<&str> = if after.next().is_some_and(|w| w.eq_ignore_ascii_case("that")) {
        after
            .take(SUBJECT_WINDOW)
            .take_while(|x| !is_aux(x))
            .collect()
    } else {
        let before: Vec<&str> = words_before(text, e.trigger.start)
            .take(SUBJECT_WINDOW + 1)
            .collect();
        let Some(k) = before.iter().position(|w| w.eq_ignore_ascii_case("that")) else {
            return true;
        };
        before[..k]
            .iter()
            .rev()
            .copied()
            .take_while(|x| !is_aux(x))
            .collect()
    };
    subject.first().is_some_and(|x| {
        w.own_subject.contains(&x.to_lowercase().as_str())
            || (x.starts_with(char::is_uppercase) && !x.eq_ignore_ascii_case("the"))
    })
}

/// The words before byte `end`, nearest first.
fn words_before(text: &str, end: usize) -> impl Iterator<Item = &str> {
    text.get(..end)
        .unwrap_or_default()
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
}

/// A warning coded with its negation ("will not tolerate intimidation"): it is aimed at
/// whoever does what it names, a party only when its object names one, never the latest
/// adversary by default (the warning may concern anyone).
fn negated_warning(text: &str, e: &CodedEvent) -> bool {
    let neg = &words().negation;
    text.get(e.trigger.start..e.trigger.end)
        .unwrap_or_default()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(str::to_lowercase)
        .any(|w| neg.contains(&w.as_str()) || w.ends_with("n't"))
}

/// A threat whose frame found no target and named no unplaced partner.
fn wants_adversary(text: &str, e: &CodedEvent) -> bool {
    announces_own_act(text, e)
        && !negated_warning(text, e)
        && crate::nlp::cameo::root(&e.cameo) == Some(THREATEN)
        && e.target.is_none()
        && placed(&e.source)
        && e.path.contains("target: none")
        && !e.path.contains(crate::nlp::frames::UNPLACED_PARTNER)
}

/// The one other side of `e`'s source side in the latest earlier sentence with a counted
/// conflictual act involving it; `None` when that sentence gives two or more.
fn latest_adversary(earlier: &[CodedEvent], e: &CodedEvent) -> Option<Participant> {
    let s = e.source.actor.side();
    let clashes: Vec<(usize, &Participant)> = earlier
        .iter()
        .filter(|a| told_before(a, e) && counts(a))
        .filter(|a| crate::nlp::cameo::root(&a.cameo).is_some_and(|r| CONFLICT.contains(&r)))
        .filter_map(|a| other_party(a, s).map(|p| (a.sentence, p)))
        .collect();
    let last = clashes.iter().map(|(k, _)| *k).max()?;
    one_side(clashes.iter().filter(|(k, _)| *k == last).map(|(_, p)| *p))
}

/// Roots of force used on a side: coercion (17) to mass violence (20).
const FORCE: std::ops::RangeInclusive<u8> = 17..=20;

/// `a` was told before the threat `e`: in an earlier sentence, or earlier in the threat's
/// own sentence when it is force used on the threatening side ("Y's jets struck X's posts
/// and X vowed to retaliate"), which the threat plainly answers. Other acts of the same
/// sentence are not answered: an ultimatum given with one's own expulsion ("expelled Y's
/// envoy and gave him 72 hours to leave") or a threat inside an accusation is no reply;
/// measured on readable dev, every act of the sentence gave two false targets and no
/// right one.
fn told_before(a: &CodedEvent, e: &CodedEvent) -> bool {
    let on_source = || {
        crate::nlp::cameo::root(&a.cameo).is_some_and(|r| FORCE.contains(&r))
            && a.target
                .as_ref()
                .is_some_and(|t| t.actor.side() == e.source.actor.side())
    };
    a.sentence < e.sentence
        || a.sentence == e.sentence && a.trigger.end <= e.trigger.start && on_source()
}

/// Gives each target-less threat the adversary of its source's latest clash.
pub(super) fn fill_threat_partners(text: &str, out: &mut [CodedEvent]) {
    fill_targets(
        out,
        |e| wants_adversary(text, e),
        latest_adversary,
        "; target: the adversary of the source's latest clash",
    );
}
