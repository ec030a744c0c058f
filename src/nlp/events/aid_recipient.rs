//! The recipient of aid the sentence does not name: "Japan pledged $12 million in aid to
//! Madagascar. … The African Development Bank approved a $5 million grant." In a story
//! about aid to one country, later aid with no named recipient goes to that country, as a
//! reader takes it. An act of aid given (07) whose frame found no target takes the
//! recipient of the article's earlier acts of aid given or promised, when every such earlier
//! counted act with a placed recipient had one and the same recipient side and that side is
//! not the donor's own. No earlier aid with a recipient, or recipients on two sides,
//! leave the act without a target. Aid is not given the donor's sole partner
//! (`sole_partner.rs`: the measured false targets came from partners in other kinds of
//! act); only an earlier recipient of aid counts here.
//!
//! A promise of a sum ("Japan made the largest pledge, 30 million dollars"; "Korea and
//! India each promised 10 million dollars") is served too, when the donor's sole partner
//! did not already place it: in a story of donors to one recipient, each further sum is
//! for that recipient; so is a promise of relief (0333, "offered to send a team of doctors",
//! branch recipient3), made to the people the story's relief goes to. Other promises of aid
//! ("offered help", "pledged support") are not:
//! what they are for is as often a third party or a cause as the story's recipient.
//!
//! A sum promised before any recipient is named ("The development bank pledged $120
//! million", "The EU pledged 3 million euros of that sum") is, in a story filed from the
//! country it is about, for that country: the state of a "CITY (Agency) —" dateline, when
//! an earlier counted act of the article already had that state as a party and the donor is
//! not of it (branch recall45). A dateline state the story has not shown acting or acted on
//! (a donor's seat, "BRUSSELS —") gives nothing. Relief sent or delivered (073) with no
//! recipient takes the dateline's state the same way (branch recipient2): the relief is for
//! people where the story is filed. The lead's sufferer (`sufferer.rs`: "the crisis in X") takes
//! the dateline's place when the story has one (branch recipient3).
//!
//! A side the sentence offers is no rival recipient when it acts in a clause of its own
//! there: "A pledged $5 million, and B said it would send engineers", "C promised $4
//! million, while two banks are to state their share later" (branch recall83). B and the
//! banks are co-donors, the subjects of their own statements, offers or aid (01, 03, 07),
//! and the target of nothing in the sentence; any other side offered still blocks the
//! story's recipient.
//!
//! A giving verb whose object is a pronoun ("gave it 200 million dollars") names its own
//! recipient: the story's recipient is not put in the pronoun's place (branch hopes2).
use super::reactions::{counts, placed};
use super::sole_partner::one_side;
use super::*;

/// Aid given (07): what takes the story's recipient (a promise only with a sum, see the
/// module comment).
fn given(code: &str) -> bool {
    crate::nlp::cameo::root(code) == Some(7)
}

/// Aid given or promised (07, 033x): what shows the story's recipient.
fn aid_or_pledge(code: &str) -> bool {
    given(code) || code.starts_with("033")
}

/// A promise of material aid (033, 0331-0334) whose object starts with a number ("promised
/// 10 million dollars", "the largest pledge, 30 million dollars").
fn promised_sum(text: &str, e: &CodedEvent) -> bool {
    e.cameo.starts_with("033") && super::sole_partner::sum_follows(text, e.trigger)
}

/// An aid act by a placed donor whose frame found no recipient, or a promise of a sum or of
/// relief by a placed donor with no placed recipient (a recipient the actor lists cannot place, "in
/// relief", is no recipient, as for the sole partner).
fn wants_recipient(text: &str, e: &CodedEvent) -> bool {
    if !placed(&e.source) || e.target.as_ref().is_some_and(placed) {
        return false;
    }
    if e.cameo.starts_with("033") {
        let sum_or_relief = promised_sum(text, e) || relief(&e.cameo);
        return sum_or_relief && !e.path.contains(crate::nlp::frames::UNPLACED_PARTNER);
    }
    given(&e.cameo)
        && e.path.contains("target: none")
        && !e.path.contains(crate::nlp::frames::UNPLACED_PARTNER)
        && !pronoun_recipient(text, e)
}

/// The giving verb's next word is an object pronoun ("gave it 200 million dollars", "sent
/// them food"): the sentence names its recipient, whatever the pronoun refers to, and the
/// story's recipient of other aid is not read in its place (`object-pron` in
/// `data/lexicon/closed_words.tsv`).
fn pronoun_recipient(text: &str, e: &CodedEvent) -> bool {
    static P: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let pronouns = P.get_or_init(|| crate::nlp::lexicon::List::ClosedWords.words("object-pron"));
    let next = text.get(e.trigger.end..).and_then(|t| {
        t.split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty())
    });
    next.is_some_and(|w| pronouns.contains(&w.to_lowercase().as_str()))
}

/// The one recipient side of the earlier counted aid acts, when it is not the donor's.
fn story_recipient(earlier: &[CodedEvent], e: &CodedEvent) -> Option<Participant> {
    let recipients = earlier
        .iter()
        .filter(|a| a.trigger.end <= e.trigger.start && counts(a) && aid_or_pledge(&a.cameo))
        .filter_map(|a| a.target.as_ref().filter(|t| placed(t)));
    one_side(recipients).filter(|r| r.actor.side() != e.source.actor.side())
}

/// Gives each aid act with no recipient the story's one recipient of aid.
pub(super) fn fill_aid_recipients(text: &str, out: &mut [CodedEvent]) {
    fill_recipients(
        out,
        |e| wants_recipient(text, e),
        story_recipient,
        "; target: the story's one recipient of aid",
    );
}

/// Humanitarian aid given (073) or promised (0333): relief sent, delivered or offered goes to
/// people in a place, so a story filed from that place is about them ("sent two clinics to a
/// village" the gazetteer does not know; "offered to send a team of doctors", branch
/// recipient3). Other aid given (loans, arms, peacekeepers) is not: the dateline is as often
/// the donor's or a third state's seat; a promise of troops (0332) is as often the donor's own
/// reinforcements.
fn relief(code: &str) -> bool {
    code == "073" || code == "0333"
}

/// What a recipient taken from the dateline adds to the path (`joint_recipient` reads it).
pub(super) const DATELINE_NOTE: &str = "; target: the dateline's state, a party of the story";

/// The path note when the lead's sufferer took the dateline state's place, so `--explain`
/// names the rule that chose the recipient (`joint_recipient` reads it too).
pub(super) const SUFFERER_NOTE: &str =
    "; target: the state the lead names as the sufferer, before the dateline's state";

/// Gives each promised sum or relief sent still with no recipient the dateline's state, when it is a party
/// of an earlier counted act (see the module comment).
pub(super) fn fill_dateline_recipients(
    text: &str,
    entities: &EntityAnalysis,
    out: &mut [CodedEvent],
) {
    let Some(state) = dateline_state(text, entities) else {
        return;
    };
    let sufferer = super::sufferer::lead_sufferer(text, entities);
    fill_recipients(
        out,
        |e| (promised_sum(text, e) || relief(&e.cameo)) && wants_recipient(text, e),
        |earlier, e| {
            let accused = relief(&e.cameo) && accused(earlier, e, &state);
            let party = dateline_party(earlier, e, &state).filter(|_| !accused)?;
            // The lead's sufferer, when the story has one, before the state filed from.
            let donor = e.source.actor.side();
            let first = sufferer.as_ref().filter(|s| s.actor.side() != donor);
            Some(first.cloned().unwrap_or(party))
        },
        DATELINE_NOTE,
    );
    if let Some(s) = sufferer.filter(|s| s.actor.side() != state) {
        renote_sufferer(out, s.actor.side());
    }
}

/// Rewrites the dateline note of the recipients that are the lead's sufferer.
fn renote_sufferer(out: &mut [CodedEvent], sufferer: &str) {
    for e in out.iter_mut() {
        let taken = e
            .target
            .as_ref()
            .is_some_and(|t| t.actor.side() == sufferer);
        if taken && e.path.ends_with(DATELINE_NOTE) {
            let cut = e.path.len() - DATELINE_NOTE.len();
            e.path.truncate(cut);
            e.path.push_str(SUFFERER_NOTE);
        }
    }
}

/// `sole_partner::fill_targets` for aid: each act that `wants` a recipient takes the one
/// `find` picks among the events before it, unless its sentence offers a side that is
/// neither the donor's, the guess's nor a co-donor's (see the module comment).
fn fill_recipients(
    out: &mut [CodedEvent],
    wants: impl Fn(&CodedEvent) -> bool,
    find: impl Fn(&[CodedEvent], &CodedEvent) -> Option<Participant>,
    note: &str,
) {
    let rival = |out: &[CodedEvent], i: usize, t: &Participant| {
        super::offered::contradicts_beyond(&out[i], t, &co_actors(out, i))
    };
    super::sole_partner::fill_targets_unless(out, wants, find, rival, note);
}

/// Sides that are, in the sentence of `out[i]`, the source of another statement (01), offer
/// or promise (03) or act of aid (07), and the target of nothing there.
fn co_actors(out: &[CodedEvent], i: usize) -> Vec<&str> {
    let same: Vec<&CodedEvent> = out
        .iter()
        .enumerate()
        .filter(|(j, a)| *j != i && a.sentence == out[i].sentence)
        .map(|(_, a)| a)
        .collect();
    let addressed = |s: &str| {
        same.iter()
            .any(|a| a.target.as_ref().is_some_and(|t| t.actor.side() == s))
    };
    let own_clause = |a: &CodedEvent| matches!(crate::nlp::cameo::root(&a.cameo), Some(1 | 3 | 7));
    let mut sides: Vec<&str> = Vec::new();
    for a in same.iter().filter(|a| own_clause(a)) {
        let s = a.source.actor.side();
        if !s.is_empty() && !addressed(s) && !sides.contains(&s) {
            sides.push(s);
        }
    }
    sides
}

/// The country of the city a "CITY (Agency) —" dateline names: the article's first mention,
/// a placed location written in capitals, with a dash right after it.
fn dateline_state(text: &str, entities: &EntityAnalysis) -> Option<String> {
    const DASH_REACH: usize = 60;
    let m = entities.mentions.first()?;
    let actor = m.actor.as_ref()?;
    let name = text.get(m.span.start..m.span.end)?;
    let lead = text.get(..m.span.start)?.trim().is_empty();
    let capitals = name
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let after = text.get(m.span.end..).unwrap_or_default();
    let cut = after
        .char_indices()
        .nth(DASH_REACH)
        .map_or(after.len(), |(i, _)| i);
    let dash = after[..cut].contains(['\u{2014}', '\u{2013}']);
    (m.entity_type == EntityType::Location && lead && capitals && dash && !actor.side().is_empty())
        .then(|| actor.side().to_string())
}

/// A party on the dateline's side in an earlier counted act, when the donor is not of it.
fn dateline_party(earlier: &[CodedEvent], e: &CodedEvent, state: &str) -> Option<Participant> {
    if e.source.actor.side() == state {
        return None;
    }
    earlier
        .iter()
        .filter(|a| a.trigger.end <= e.trigger.start && counts(a))
        .flat_map(|a| std::iter::once(&a.source).chain(a.target.as_ref()))
        .find(|p| placed(p) && p.actor.side() == state)
        .cloned()
}

/// The dateline's state is the one accused in the story: another side disapproved of it or
/// cut ties with it (11, 16) before the act. Relief then is for the accuser's people, those
/// the accused wronged (expelled, shelled), not for the state filed from (branch recipient2).
fn accused(earlier: &[CodedEvent], e: &CodedEvent, state: &str) -> bool {
    earlier
        .iter()
        .filter(|a| a.trigger.end <= e.trigger.start && counts(a))
        .filter(|a| matches!(crate::nlp::cameo::root(&a.cameo), Some(11 | 16)))
        .any(|a| {
            a.source.actor.side() != state
                && a.target.as_ref().is_some_and(|t| t.actor.side() == state)
        })
}
