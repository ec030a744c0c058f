//! "NAIROBI (Wire) — The foreign ministry accused …": a country-less state institution in
//! the dateline's sentence sits in the dateline's capital, when no other country is named
//! between the two. Wire copy datelines a ministry's statement from its own capital; a
//! nearer country ("NAIROBI — Uganda's army and the ministry …") is left to the other rules.
//! Only a capital or a country name places it (`located::seat_country`): a dateline from
//! another city is often a venue, not a seat.

use super::located::{institution, seat_country};
use crate::nlp::mentions::gazetteer::Gazetteer;
use crate::nlp::mentions::{make_actor, Cand, Ctx};
use crate::nlp::Mention;

/// Gives each country-less institution of the dateline's sentence the dateline's country.
/// `cands[i]` is the candidate of `mentions[i]`.
pub(super) fn resolve(ctx: &Ctx, gaz: &Gazetteer, cands: &[Cand], mentions: &mut [Mention]) {
    let Some(d) = (0..cands.len()).find(|&i| mentions[i].span.start == 0) else {
        return;
    };
    if !ctx.tokens[cands[d].start_tok].all_caps {
        return;
    }
    let Some(country) = seat_country(ctx, gaz, &cands[d], &mentions[d]) else {
        return;
    };
    let sentence = mentions[d].sentence;
    let after = mentions[d].span.end;
    for i in 0..cands.len() {
        if mentions[i].sentence != sentence || cands[i].pronoun || i == d {
            continue;
        }
        let Some(agent) = institution(&mentions[i]).cloned() else {
            continue;
        };
        // "the court of the Andean Community": its owner follows, the dateline is a venue
        if ctx.low(cands[i].end_tok) == "of" {
            continue;
        }
        let start = mentions[i].span.start;
        let nearer = mentions.iter().any(|m| {
            m.span.start >= after
                && m.span.end <= start
                && m.actor.as_ref().is_some_and(|a| !a.country.is_empty())
        });
        if nearer {
            continue;
        }
        let name = format!("{} {}", gaz.country_name(&country), agent.name);
        mentions[i].actor = Some(make_actor(&format!("{country}{}", agent.code), &name));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::actor_of_nth;

    #[test]
    fn an_institution_in_the_datelines_sentence_sits_in_the_datelines_capital() {
        let text = "NAIROBI (Wire) — The foreign ministry accused Uganda of arming rebels.";
        assert_eq!(
            actor_of_nth(text, "The foreign ministry", 0).as_deref(),
            Some("KENGOV")
        );
        // another country named nearer: not the dateline's
        let text = "NAIROBI (Wire) — Uganda said on Monday the foreign ministry had lied.";
        assert_ne!(
            actor_of_nth(text, "the foreign ministry", 0).as_deref(),
            Some("KENGOV")
        );
        // an owner after the institution: not the dateline's
        let text = "NAIROBI (Wire) — The court of the regional bloc ruled against Uganda.";
        assert_ne!(
            actor_of_nth(text, "The court", 0).as_deref(),
            Some("KENJUD")
        );
    }
}
