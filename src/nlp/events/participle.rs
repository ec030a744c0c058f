//! Trailing participial and absolute clauses (branch participles).
//!
//! Wire copy puts a second act in a participle after the main clause: "X seized a Y trawler,
//! accusing the vessel of fishing without a licence", "X detained three Y sailors, accusing
//! the men of spying". The participle's subject is the governing clause's subject (the frame
//! layer finds it through `advcl`); its object, a pronoun or a definite description of people
//! or a vessel, takes up whom the governing clause acted on, and names no country itself. The
//! act then has the state of its antecedent: the placed, foreign target of the same source's
//! act just before it in the sentence. A definite office ("summoned Y's envoy, accusing the
//! embassy of …", "the government") is that state's government (branch actnouns2). A definite object of any other head ("urging the
//! international community", "calling the incident …") is no such anaphor and is left alone.
//!
//! An absolute clause "…, with X V-ing O" after a joint act ("A and B signed a programme, with
//! A pledging 95 million euros") is X's act; when its verb needs a partner (an intent or
//! pledge, support, cooperation or aid) and names none, the partner is the one other party X
//! had in the sentence's acts before it.
use super::reactions::{counts, placed};
use super::sole_partner::{fill_targets, fill_targets_unless, one_side, other_party};
use super::*;
use crate::nlp::lexicon::{words_in, List};
use std::sync::OnceLock;

/// Object pronouns that take up the people or state acted on ("accusing them of …").
const PRONOUNS: [&str; 4] = ["them", "him", "her", "it"];

/// Determiners of a definite description that takes up an antecedent.
const DEFINITE: [&str; 3] = ["the", "these", "those"];

/// How many words after the determiner the head may come ("the 23 Chinese crew").
const HEAD_REACH: usize = 3;

/// Words that close the object's noun phrase before its head's complement ("the men of …",
/// "the crew who …"): prepositions, "to", complementisers and subordinators of
/// `data/lexicon/closed_words.tsv`.
fn phrase_end() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| List::ClosedWords.words_of(&["prep", "to", "compl", "subord"]))
}

/// Roots of an absolute clause's act that needs a partner: intent or pledge (03), support
/// (05), cooperation (06), aid (07), yielding (08).
const PARTNERED: [&str; 5] = ["03", "05", "06", "07", "08"];

/// Roots a trailing participle's object does not place. A meeting or visit (04) is with a
/// host, not with whom the verb moves ("flying him home", "leaving them at the border"); a
/// use of force (18-20) in a participle tells the result of the act before it ("firing at a
/// ship, setting it ablaze"), one act, not a second.
const NOT_TAKEN_UP: [&str; 4] = ["04", "18", "19", "20"];

/// Path notes of the targets this pass gives.
const OBJECT_NOTE: &str = "; target: the participle's object takes up the governing act's target";
const ABSOLUTE_NOTE: &str =
    "; target: the other party of the clause an absolute 'with' clause follows";

/// Heads of a definite object that take up people or a vessel: every `human-head` and the
/// `taken-up-head` words (`data/lexicon/mention_words.tsv`, `titles.tsv`).
fn taken_up_heads() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| {
        let lists = [List::Titles, List::OrgWords, List::MentionWords];
        let mut w = words_in(&lists, "human-head");
        w.extend(words_in(&lists, "taken-up-head"));
        w
    })
}

/// The trigger is a present participle whose subject the frame took from the clause it
/// modifies (`advcl^` in the source's path).
fn trailing_participle(text: &str, e: &CodedEvent) -> bool {
    let first = text
        .get(e.trigger.start..e.trigger.end)
        .and_then(|t| t.split_whitespace().next())
        .unwrap_or_default();
    let source_path = e.path.split(';').next().unwrap_or_default();
    first.ends_with("ing") && source_path.contains("advcl^")
}

/// Heads of a definite object that name a state's office ("the embassy", "the government"):
/// the `taken-up-office` words of `data/lexicon/org_words.tsv`.
fn office_heads() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| words_in(&[List::OrgWords], "taken-up-office"))
}

/// What a participle's object takes up, if anything.
#[derive(Clone, Copy, PartialEq)]
enum TakenUp {
    /// People or a vessel: the governing act's target itself.
    Party,
    /// A state's office ("the embassy"): the government of the governing target's state.
    Office,
}

/// The object is an anaphor of people, a vessel or an office: a pronoun, or a definite
/// description whose head is a person, group, vessel or office noun.
fn takes_up(text: &str, e: &CodedEvent) -> Option<TakenUp> {
    // the object's first words, up to the clause's punctuation (lower case)
    let words = super::offer_parties::object_words(text, e);
    let first = words.first()?;
    if PRONOUNS.contains(&first.as_str()) {
        return Some(TakenUp::Party);
    }
    if !DEFINITE.contains(&first.as_str()) {
        return None;
    }
    let phrase: Vec<&String> = words[1..]
        .iter()
        .take(HEAD_REACH)
        .take_while(|w| !phrase_end().contains(&w.as_str()))
        .collect();
    let head = phrase.last()?.as_str();
    if office_heads().contains(&head) {
        Some(TakenUp::Office)
    } else {
        taken_up_heads().contains(&head).then_some(TakenUp::Party)
    }
}

/// A participle act whose object takes up an antecedent and found no placed target: none
/// at all, or an office with no country ("accusing the government of …" read as `---GOV`).
fn wants_antecedent(text: &str, e: &CodedEvent) -> bool {
    let open = match &e.target {
        None => e.path.contains("target: none"),
        Some(t) => !placed(t) && takes_up(text, e) == Some(TakenUp::Office),
    };
    open && placed(&e.source)
        && !NOT_TAKEN_UP.iter().any(|r| e.cameo.starts_with(r))
        && trailing_participle(text, e)
        && takes_up(text, e).is_some()
}

/// The antecedent of `e`'s object: the governing act's target, or for an office the
/// government of that target's state ("summoned Y's envoy, accusing the embassy": Y's).
fn antecedent(text: &str, earlier: &[CodedEvent], e: &CodedEvent) -> Option<Participant> {
    let t = governing_target(earlier, e)?;
    if takes_up(text, e) != Some(TakenUp::Office) || t.actor.country.is_empty() {
        return Some(t);
    }
    let country = t.actor.country.clone();
    Some(Participant {
        actor: Actor {
            code: format!("{country}GOV"),
            name: t.actor.name.clone(),
            country,
            sector: "GOV".to_string(),
        },
        mention: None,
        text: String::new(),
    })
}

/// The placed, foreign target of the same source side's latest counted act before `e` in
/// its sentence: the governing clause's object.
fn governing_target(earlier: &[CodedEvent], e: &CodedEvent) -> Option<Participant> {
    let s = e.source.actor.side();
    earlier
        .iter()
        .rev()
        .filter(|a| a.sentence == e.sentence && a.trigger.end <= e.trigger.start && counts(a))
        .find(|a| a.source.actor.side() == s)
        .and_then(|a| a.target.clone())
        .filter(|t| placed(t) && t.actor.side() != s)
}

/// The words between "with" and the trigger are the source's own ("with Y pledging",
/// "with Y also pledging"): the trigger heads an absolute clause of the source.
fn absolute_clause(text: &str, e: &CodedEvent) -> bool {
    let Some(before) = text.get(..e.trigger.start) else {
        return false;
    };
    let before = before.trim_end();
    let Some(at) = before.to_lowercase().rfind(" with ") else {
        return false;
    };
    let between = &before[at + " with ".len()..];
    let extra = between
        .split_whitespace()
        .count()
        .saturating_sub(e.source.text.split_whitespace().count());
    let participle = text.get(e.trigger.start..e.trigger.end).is_some_and(|t| {
        t.split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with("ing"))
    });
    participle && !e.source.text.is_empty() && between.starts_with(&e.source.text) && extra <= 1
}

/// An absolute clause's partnered act with no target.
fn wants_absolute_partner(text: &str, e: &CodedEvent) -> bool {
    e.target.is_none()
        && placed(&e.source)
        && e.path.contains("target: none")
        && PARTNERED.iter().any(|r| e.cameo.starts_with(r))
        && absolute_clause(text, e)
}

/// The one other party the source's side had in the sentence's counted acts before `e`.
fn clause_partner(earlier: &[CodedEvent], e: &CodedEvent) -> Option<Participant> {
    let s = e.source.actor.side();
    one_side(
        earlier
            .iter()
            .filter(|a| a.sentence == e.sentence && a.trigger.end <= e.trigger.start && counts(a))
            .filter_map(|a| other_party(a, s)),
    )
}

/// Gives trailing participles their object's antecedent state, and absolute clauses their
/// partner.
pub(super) fn fill_participles(text: &str, out: &mut [CodedEvent]) {
    // The antecedent is the governing act's own target: a third side the sentence names
    // elsewhere ("accusing them of arming Y's forces") is no rival for it.
    fill_targets_unless(
        out,
        |e| wants_antecedent(text, e),
        |earlier, e| antecedent(text, earlier, e),
        |_, _, _| false,
        OBJECT_NOTE,
    );
    fill_targets(
        out,
        |e| wants_absolute_partner(text, e),
        clause_partner,
        ABSOLUTE_NOTE,
    );
}
