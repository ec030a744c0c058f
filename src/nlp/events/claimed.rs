//! An armed act told with no author, claimed by its author later in the story. A lead often
//! tells the act by its victims or its weapon ("Five soldiers were killed in an air strike",
//! "a drone strike killed seven miners") and names who struck only further down, where a
//! force claims it ("The army said its drones had struck a base of armed groups"). The
//! authorless act takes the claimant as its source when:
//!
//! - the act is an assault, fight or mass violence (CAMEO 18–20), told as a fact or reported,
//!   not dated, with a placed target (the victims' or the place's state, as the frame gave it)
//!   and a source that is no actor: a passive with no agent, or a weapon noun for subject;
//! - a later sentence codes the claimant's own armed act ("reported violence: the speaker's own
//!   act / side" — the speaker claims it, never a mere mention), not dated, whose trigger is of
//!   the same act family as a word of the act's sentence (`data/lexicon/claimed_acts.txt`);
//! - the claim names no other victim: its target is unplaced ("a terrorist cell") or of the
//!   act's target side;
//! - every such claim is of one side, and that side is not the victims'.
use super::reactions::placed;
use super::*;

const LIST: &str = include_str!("../../../data/lexicon/claimed_acts.txt");

/// Path note of an act whose source is the author that claimed it later.
const CLAIMED: &str = "; source: the author who claimed the act in a later sentence";

/// Path notes of a reported armed act the speaker claims (`vp_events::reported_violence`).
const CLAIM_NOTES: [&str; 2] = [
    super::vp_events::OWN_ACT_NOTE,
    super::vp_events::OWN_SIDE_NOTE,
];

/// The family lines of the list: (family, forms); the `weapon` line is read apart.
fn families() -> &'static [(String, Vec<String>)] {
    static F: std::sync::OnceLock<Vec<(String, Vec<String>)>> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        crate::nlp::lexicon::cue_lines(LIST)
            .map(|(name, forms)| (name.to_string(), forms))
            .collect()
    })
}

/// The families a word form is of (the `weapon` line is no family).
fn family_of(word: &str) -> impl Iterator<Item = &'static str> + '_ {
    families()
        .iter()
        .filter(move |(name, forms)| name != "weapon" && forms.iter().any(|f| f == word))
        .map(|(name, _)| name.as_str())
}

/// A noun of a weapon or an armed act: a subject that names what struck, not who.
fn weapon(word: &str) -> bool {
    families()
        .iter()
        .any(|(name, forms)| name == "weapon" && forms.iter().any(|f| f == word))
}

fn lower_words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn armed(e: &CodedEvent) -> bool {
    matches!(crate::nlp::cameo::root(&e.cameo), Some(18..=20)) && !e.path.contains("dated:")
}

/// An armed act with a placed target whose source is a passive with no agent or a weapon.
fn authorless(e: &CodedEvent) -> bool {
    let told = matches!(e.modality, Modality::Asserted | Modality::Reported);
    let by_weapon = lower_words(&e.source.text)
        .last()
        .is_some_and(|w| weapon(&w));
    let no_agent = frames::passive_without_agent(&e.path) || by_weapon;
    told && armed(e) && !placed(&e.source) && no_agent && e.target.as_ref().is_some_and(placed)
}

/// An armed act whose subject is a weapon or act noun and whose source no rule found ("a
/// drone strike killed …"): it names what struck, not who, so it is no parse noise; it is
/// kept for a later claim to give it its author (the gate drops it while it has none).
pub(super) fn weapon_subject(e: &CodedEvent) -> bool {
    armed(e)
        && e.source.actor.code.is_empty()
        && lower_words(&e.source.text)
            .last()
            .is_some_and(|w| weapon(&w))
}

/// An armed act its placed speaker claims as its own: reported with the claim's path note,
/// or in a sentence where the same source makes a statement before it ("X's army said in a
/// statement that its drones had struck …", whatever clause the parse gave the act).
fn claim(e: &CodedEvent, all: &[CodedEvent]) -> bool {
    let reported =
        e.modality == Modality::Reported && CLAIM_NOTES.iter().any(|n| e.path.contains(n));
    let stated = all.iter().any(|s| {
        s.sentence == e.sentence
            && s.trigger.end <= e.trigger.start
            && s.cameo.starts_with("01")
            && s.source.actor.code == e.source.actor.code
    });
    matches!(e.modality, Modality::Asserted | Modality::Reported)
        && armed(e)
        && placed(&e.source)
        && (reported || stated)
}

/// The claim's target is unplaced or on the side of the act's victims.
fn same_victims(claim: &CodedEvent, victims: &Participant) -> bool {
    claim
        .target
        .as_ref()
        .filter(|t| placed(t))
        .is_none_or(|t| t.actor.side() == victims.actor.side())
}

/// Gives each authorless armed act the one side that claims an act of its family later.
pub(super) fn fill_claimed_authors(text: &str, ents: &EntityAnalysis, out: &mut [CodedEvent]) {
    for i in 0..out.len() {
        let e = &out[i];
        let (Some(victims), Some(sentence)) = (&e.target, ents.sentences.get(e.sentence)) else {
            continue;
        };
        if !authorless(e) {
            continue;
        }
        let Some(told) = text.get(sentence.span.start..sentence.span.end) else {
            continue;
        };
        let told: Vec<&str> = lower_words(told)
            .flat_map(|w| family_of(&w).collect::<Vec<_>>())
            .collect();
        let of_family = |c: &CodedEvent| {
            let trigger = text.get(c.trigger.start..c.trigger.end).unwrap_or("");
            lower_words(trigger).any(|w| family_of(&w).any(|f| told.contains(&f)))
        };
        let claimants = out
            .iter()
            .filter(|c| c.sentence > e.sentence && claim(c, &out[..]) && of_family(c))
            .filter(|c| same_victims(c, victims))
            .map(|c| &c.source);
        let Some(author) = super::sole_partner::one_side(claimants) else {
            continue;
        };
        if author.actor.side() == victims.actor.side() {
            continue;
        }
        let e = &mut out[i];
        e.source = author;
        e.path.push_str(CLAIMED);
    }
}
