//! A state's closure of its own ground (branch falses2, narrowed by the coordinator). A
//! closure or blockade whose target is the source's own country (a place of it: "the
//! authorities closed the airport at [their own city]") or one of its own state institutions
//! is domestic administration, not an act between two parties. Curfews, states of emergency,
//! sanctions on its own bodies and eased restrictions stay: ConfliBERT's quad classes count a
//! government's own curfews and lifted restrictions as events (dropping them cost 0.013 of its
//! macro-F1 and one right held-out event for five dev false events). Arrests, repression and
//! force against the state's own people stay too: the news set codes them with the country as
//! target (`events/own_side.rs`).
//!
//! A charge or a remand by a court or prosecutors whose persons the text gives no side
//! ("prosecutors charged him with spying") is no event either: CAMEO has no one-sided charge,
//! and the people charged are the party the act is done to, which the coder did not find.
use crate::nlp::CodedEvent;

/// Blockades and closures of places (191).
const CLOSURE: &str = "191";

/// Arrests, detentions and charges.
const DETENTION: &str = "173";

/// The courts and prosecutors' sector.
const JUDICIARY: &str = "JUD";

/// A closure whose source and target are one state, the source acting as the state and the
/// target the bare country (a place of it) or one of its institutions.
pub(super) fn own_ground(event: &CodedEvent) -> bool {
    if !event.cameo.starts_with(CLOSURE) {
        return false;
    }
    same_state_sectors(event)
        .is_some_and(|(source, target)| state_institution(&source) && state_institution(&target))
}

/// Why an act with no resolved target is incomplete, when it is: a court's or prosecutors'
/// charge.
pub(super) fn untargeted(event: &CodedEvent) -> Option<&'static str> {
    let source = &event.source.actor;
    let sector = match source.country.as_str() {
        "" => return None,
        country => source.code.strip_prefix(country)?,
    };
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
