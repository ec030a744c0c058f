//! A state's measure on its own ground (branch falses2). A closure, blockade, curfew, state
//! of emergency, sanction or eased restriction whose target is the source's own country (a
//! place of it: "the authorities closed the airport at [their own city]") or one of its own
//! state institutions is domestic administration, not an act between two parties. Arrests,
//! repression and force against the state's own people are not measures of this kind: the
//! news set codes them with the country as target (`events/own_side.rs`), and they stay.
//!
//! Two acts with no target are no events either: a curfew or state of emergency a state
//! declares with no place of another state named falls on its own ground; and a charge or a
//! remand by a court or prosecutors whose persons the text gives no side ("prosecutors
//! charged him with spying"): CAMEO has no one-sided charge, and the people charged are the
//! party the act is done to, which the coder did not find.
use crate::nlp::CodedEvent;

/// Restrictions and their easing: sanctions and reduced relations (16), administrative
/// sanctions, curfews and states of emergency (172), blockades and closures (191), and
/// restrictions lifted (081).
const RESTRICTIONS: [&str; 4] = ["16", "172", "191", "081"];

/// Measures imposed on a population: curfews, bans, states of emergency (1721–1724).
const POPULATION_MEASURE: &str = "172";

/// Arrests, detentions and charges.
const DETENTION: &str = "173";

/// The courts and prosecutors' sector.
const JUDICIARY: &str = "JUD";

/// A restriction whose source and target are one state, the source acting as the state and
/// the target the bare country (a place of it) or one of its institutions.
pub(super) fn own_ground(event: &CodedEvent) -> bool {
    if !RESTRICTIONS.iter().any(|c| event.cameo.starts_with(c)) {
        return false;
    }
    same_state_sectors(event)
        .is_some_and(|(source, target)| state_institution(&source) && state_institution(&target))
}

/// Why an act with no resolved target is domestic or incomplete, when it is: a state's
/// curfew or emergency, or a court's or prosecutors' charge.
pub(super) fn untargeted(event: &CodedEvent) -> Option<&'static str> {
    let source = &event.source.actor;
    let sector = match source.country.as_str() {
        "" => return None,
        country => source.code.strip_prefix(country)?,
    };
    if state_institution(sector) && event.cameo.starts_with(POPULATION_MEASURE) {
        return Some("a state's curfew or emergency with no other party: its own ground");
    }
    (sector == JUDICIARY && event.cameo.starts_with(DETENTION))
        .then_some("a charge or remand by a court whose persons have no side: no party acted on")
}

/// The sectors of source and target when both are actors of one country (the bare country
/// is the empty sector); `None` when there is no target or the countries differ.
pub(super) fn same_state_sectors(event: &CodedEvent) -> Option<(String, String)> {
    let (s, t) = (&event.source.actor, &event.target.as_ref()?.actor);
    if s.country.is_empty() || s.country != t.country {
        return None;
    }
    let sector = |code: &str| code.strip_prefix(s.country.as_str()).map(str::to_string);
    Some((sector(&s.code)?, sector(&t.code)?))
}

/// The bare country or one of its state institutions (government, armed forces, police,
/// courts, intelligence): the sectors that act as the state itself.
pub(super) fn state_institution(sector: &str) -> bool {
    matches!(
        sector,
        "" | "GOV" | "MIL" | "GOVMIL" | "COP" | "JUD" | "SPY"
    )
}
