//! An agreement named by the place it was reached (branch falses4): "welcomed the Accra
//! agreement", "criticised the Doha talks", "rejected the Minsk accords". A city or region
//! put before an agreement noun says where the parties met, not who they are: the host
//! took no side in the deal, so a reaction to the deal is no act towards the host's state.
//! Only the reactions (support 05, criticism 11, rejection 12) that take the deal as their
//! object; a country's name before the noun ("the Iran deal") is a party and stays, and so
//! does a city the parse reads as a government elsewhere. List: `venue_agreement_noun` of
//! `data/lexicon/gate_cues.txt`.
use super::{cue_set, NlpError};
use crate::nlp::{CodedEvent, EntityAnalysis};

/// CAMEO roots of a reaction to a deal: support, criticism, rejection.
const REACTION_ROOTS: [u8; 3] = [5, 11, 12];

/// How many words may stand between the place and its agreement noun ("the Accra peace
/// agreement"): one lower-case modifier of the noun; more may be a clause ("Accra said the
/// agreement").
const MODIFIERS: usize = 1;

pub(super) struct VenueCues {
    noun: Vec<String>,
}

impl VenueCues {
    pub(super) fn load() -> Result<Self, NlpError> {
        Ok(Self {
            noun: cue_set("venue_agreement_noun")?,
        })
    }

    /// Is the event's target a place named only as the venue of the deal it reacts to?
    pub(super) fn venue_target(
        &self,
        text: &str,
        entities: &EntityAnalysis,
        event: &CodedEvent,
    ) -> bool {
        let root = crate::nlp::cameo::root(&event.cameo);
        if !root.is_some_and(|r| REACTION_ROOTS.contains(&r)) {
            return false;
        }
        let Some(m) = event.target.as_ref().and_then(|t| t.mention) else {
            return false;
        };
        let Some(mention) = entities.mentions.get(m).filter(|m| m.geo.is_some()) else {
            return false;
        };
        let after = text.get(mention.span.end..).unwrap_or("");
        self.names_agreement(after)
    }

    /// Do the words right after the place reach an agreement noun through lower-case
    /// modifiers only?
    fn names_agreement(&self, after: &str) -> bool {
        // A possessive or punctuation after the place ("Accra's", "Accra, the") ends the
        // phrase: the place is not a modifier of the noun then.
        if !after.starts_with(' ') {
            return false;
        }
        for word in after.split_whitespace().take(MODIFIERS + 1) {
            let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            if !bare.starts_with(|c: char| c.is_lowercase()) {
                return false;
            }
            if self.noun.iter().any(|n| n == bare) {
                return true;
            }
            if bare.len() != word.len() {
                return false;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::VenueCues;

    #[test]
    fn an_agreement_noun_after_the_place() {
        let cues = VenueCues::load().expect("cues");
        assert!(cues.names_agreement(" agreement, and"));
        assert!(cues.names_agreement(" peace accords."));
        assert!(!cues.names_agreement("'s agreement"));
        assert!(!cues.names_agreement(" on Tuesday agreed"));
        assert!(!cues.names_agreement(" said the agreement"));
    }
}
