//! "NAIROBI (Wire) — The foreign ministry accused …": a country-less state institution in
//! the dateline's sentence sits in the dateline's capital, when no other country is named
//! between the two. Wire copy datelines a ministry's statement from its own capital; a
//! nearer country ("NAIROBI — Uganda's army and the ministry …") is left to the other rules.
//! Only a capital or a country name places it (`located::seat_country`): a dateline from
//! another city is often a venue, not a seat.
//!
//! Later sentences: wire copy names the country once and then writes "The foreign ministry
//! said …". A country-less institution after the dateline's sentence takes the dateline's
//! country when that country is a party already named in the story and no other state's
//! body of the same sector was named before it (a seat metonym such as "Washington" is a
//! party, not a body: it does not block). A state's own office ("the prime minister", "the
//! foreign ministry", person or body) is contested only by the same office placed in
//! another state before it, or by another state's place opening its sentence: an earlier
//! unplaced office of the story is resolved in order, and another state's envoy or army
//! is not the same office (branch homegov). Otherwise the latest-mention rule decides.

use super::located::{institution, seat_country};
use super::offices::{held_elsewhere, home_office, placed_elsewhere};
use crate::nlp::lexicon::List;
use crate::nlp::mentions::gazetteer::Gazetteer;
use crate::nlp::mentions::{make_actor, Cand, Ctx};
use crate::nlp::{Actor, EntityType, Mention};
use std::collections::HashSet;
use std::sync::OnceLock;

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
        if nearer && !lead_attribution(ctx, cands, mentions, i, d, &country) {
            continue;
        }
        place(gaz, &mut mentions[i], &country, &agent);
    }
    // after the lead's own offices are placed: they are then no unplaced rivals
    later_sentences(ctx, gaz, cands, mentions, d, &country);
}

/// Gives mention `m` the institution `agent` of `country`.
fn place(gaz: &Gazetteer, m: &mut Mention, country: &str, agent: &Actor) {
    let name = format!("{} {}", gaz.country_name(country), agent.name);
    m.actor = Some(make_actor(&format!("{country}{}", agent.code), &name));
}

/// The token of the article "the" that opens or precedes candidate `c`'s words.
fn definite_article(ctx: &Ctx, c: &Cand) -> Option<usize> {
    let first = c.start_tok;
    if ctx.low(first) == "the" {
        Some(first)
    } else if first > 0 && ctx.low(first - 1) == "the" {
        Some(first - 1)
    } else {
        None
    }
}

/// The mentions of a state's actor (not a nationality) in the dateline's sentence between
/// the dateline (`d`) and mention `i`.
fn states_before(mentions: &[Mention], d: usize, i: usize) -> impl Iterator<Item = usize> + '_ {
    let (after, before) = (mentions[d].span.end, mentions[i].span.start);
    (0..mentions.len())
        .filter(move |&j| j != d && mentions[j].sentence == mentions[d].sentence)
        .filter(move |&j| mentions[j].span.start >= after && mentions[j].span.end <= before)
        .filter(|&j| mentions[j].entity_type != EntityType::Nationality)
        .filter(|&j| {
            mentions[j]
                .actor
                .as_ref()
                .is_some_and(|a| !a.country.is_empty())
        })
}

/// Mention `j` is `country` acting, not a venue after a locative preposition.
fn acts_as(ctx: &Ctx, cands: &[Cand], mentions: &[Mention], j: usize, country: &str) -> bool {
    !after_loc_prep(ctx, cands[j].start_tok)
        && mentions[j]
            .actor
            .as_ref()
            .is_some_and(|a| a.country == country)
}

/// "BAGHDAD — Iraq condemned … and summoned Turkey's envoy, the foreign ministry said": a
/// definite institution that attributes the dateline's sentence (after a comma, before a
/// speech verb) speaks for the party the sentence opens with when that party is the
/// dateline's country: a ministry reports its own government's acts, and the states named
/// between are what those acts were aimed at. A sentence opening with another state ("Russia
/// struck …, the ministry said") is left to the other rules. An office-holder with no
/// country ("…, the foreign minister said") is read the same way (branch fresh11): `offices`
/// then binds the later "the minister" and its "He" to that state.
///
/// "PORT — A patrol boat fired on a trawler, Ruritania's government said, and the prime
/// minister demanded …": a definite institution opening a clause coordinated after the
/// lead's words (", and the …") acts for the state last named before it when that state is
/// the dateline's: the clause goes on telling that state's response (branch homegov). A later
/// state named between ("…, Kenya said Uganda lied, and the minister …") leaves it open.
fn lead_attribution(
    ctx: &Ctx,
    cands: &[Cand],
    mentions: &[Mention],
    i: usize,
    d: usize,
    country: &str,
) -> bool {
    let Some(article) = definite_article(ctx, &cands[i]) else {
        return false;
    };
    let before = |n: usize, word: &str| article >= n && ctx.low(article - n) == word;
    let by_start = |j: &usize| mentions[*j].span.start;
    let states = states_before(mentions, d, i);
    let state = if before(1, ",") && speech_verb(ctx.low(cands[i].end_tok)) {
        states.min_by_key(by_start)
    } else if before(1, "and") && before(2, ",") {
        states.max_by_key(by_start)
    } else {
        None
    };
    state.is_some_and(|j| acts_as(ctx, cands, mentions, j, country))
}

/// A verb of saying (`speech` in `data/lexicon/closed_words.tsv`).
pub(super) fn speech_verb(word: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| List::ClosedWords.set("speech"))
        .contains(word)
}

/// The country-less institutions after the dateline's sentence (`d`) that take `country`:
/// the country was named as a party before the institution, and every earlier body of the
/// institution's sector with another country is only a seat or country name.
fn later_sentences(
    ctx: &Ctx,
    gaz: &Gazetteer,
    cands: &[Cand],
    mentions: &mut [Mention],
    d: usize,
    country: &str,
) {
    // in text order: an office placed here is seen placed by the offices after it
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| cands[i].start_tok);
    for i in order {
        if mentions[i].sentence <= mentions[d].sentence || cands[i].pronoun {
            continue;
        }
        let Some(agent) = institution(&mentions[i]).cloned() else {
            continue;
        };
        // "the ministry": a definite description, as the latest-mention rule requires
        let first = cands[i].start_tok;
        let definite = ctx.low(first) == "the" || ctx.low(first.saturating_sub(1)) == "the";
        if ctx.low(cands[i].end_tok) == "of" || !definite {
            continue;
        }
        let start = mentions[i].span.start;
        let earlier = |j: usize| j != d && mentions[j].span.end <= start;
        // a party: the dateline's country acts in the dateline's sentence ("China imposed"),
        // not only as a venue ("talks in Muscat") or a nationality ("Omani officials said")
        let party = (0..cands.len()).any(|j| {
            j != d
                && mentions[j].sentence == mentions[d].sentence
                && mentions[j].entity_type != EntityType::Nationality
                && !after_loc_prep(ctx, cands[j].start_tok)
                && mentions[j]
                    .actor
                    .as_ref()
                    .is_some_and(|a| a.country == country)
        });
        // a state's own office ("the prime minister", "the foreign ministry") is contested
        // only by the same office placed in another state, or by a place of another state
        // opening its sentence; an unplaced office before it was resolved in order
        if let Some((head, mods)) = home_office(ctx, &cands[i], &mentions[i]) {
            let held = held_elsewhere(ctx, cands, mentions, i, (head, &mods), country);
            if party && !held && !placed_elsewhere(cands, mentions, i, Some(country)) {
                place(gaz, &mut mentions[i], country, &agent);
            }
            continue;
        }
        // another body of the sector before it: another state's, or one not yet placed
        // ("the internationally recognised government" of the story's subject); a body's
        // capitalised name ("the National Electoral Council") is the local one unless a
        // body of that name's head ("Council") was named for another state before it
        let head = ctx.low(cands[i].end_tok - 1);
        let proper = ctx.tokens[cands[i].end_tok - 1].cap;
        let rival = (0..cands.len()).any(|j| {
            earlier(j)
                && mentions[j].actor.as_ref().is_some_and(|a| {
                    a.country != country && (a.sector == agent.code || a.code == agent.code)
                })
                && (!proper || ctx.low(cands[j].end_tok.saturating_sub(1)) == head)
                && seat_country(ctx, gaz, &cands[j], &mentions[j]).is_none()
        });
        if !party || rival {
            continue;
        }
        place(gaz, &mut mentions[i], country, &agent);
    }
}

/// Token `k` follows a locative preposition ("in Muscat", "near the border"): a venue.
fn after_loc_prep(ctx: &Ctx, k: usize) -> bool {
    static P: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let preps = P.get_or_init(|| List::MentionWords.set("loc-prep"));
    let before = if ctx.low(k.saturating_sub(1)) == "the" {
        k.saturating_sub(2)
    } else {
        k.saturating_sub(1)
    };
    k > 0 && preps.contains(ctx.low(before))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor_of_nth, events};

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

    #[test]
    fn the_leads_attributing_institution_is_the_opening_states_past_its_targets() {
        // the ministry reports its own state's acts; the target named between does not block
        let text = "LIMA (Wire) — Peru protested on Monday a Chilean naval exercise and \
                    summoned Chile's ambassador, the foreign ministry said.";
        assert_eq!(
            actor_of_nth(text, "the foreign ministry", 0).as_deref(),
            Some("PERGOV")
        );
        // the sentence opens with another state: not the dateline's
        let text = "LIMA (Wire) — Chile expelled a Peruvian consul on Monday and closed a \
                    border post, the foreign ministry said.";
        assert_ne!(
            actor_of_nth(text, "the foreign ministry", 0).as_deref(),
            Some("PERGOV")
        );
        // not an attribution (no comma and speech verb): the nearer state still blocks
        let text = "LIMA (Wire) — Peru summoned Chile's ambassador after the foreign \
                    ministry received a note.";
        assert_ne!(
            actor_of_nth(text, "the foreign ministry", 0).as_deref(),
            Some("PERGOV")
        );
    }

    #[test]
    fn the_leads_attributing_minister_is_the_opening_states_and_binds_the_later_minister() {
        // branch fresh11: an office-holder attributes the lead as a ministry does
        let text = "QUITO (Wire) — Ecuador has suspended a power deal with Colombia, the \
                    energy minister said on Friday.\n\nSpeaking beside his Peruvian \
                    counterpart, the minister said the decision was final. He accused \
                    Bogota of unpaid bills.";
        for surface in ["the energy minister", "the minister"] {
            assert_eq!(
                actor_of_nth(text, surface, 0).as_deref(),
                Some("ECUGOV"),
                "{surface}"
            );
        }
        let evs = events(text);
        assert!(
            evs.iter()
                .any(|(s, t, c)| s == "ECUGOV" && t == "COL" && c.starts_with("11")),
            "{evs:?}"
        );
        // the lead opens with the other state: the minister may be either state's
        let text = "QUITO (Wire) — Colombia has suspended a power deal with Ecuador, the \
                    energy minister said on Friday.";
        assert_ne!(
            actor_of_nth(text, "the energy minister", 0).as_deref(),
            Some("ECUGOV")
        );
    }

    #[test]
    fn a_threat_told_by_the_states_own_placed_minister_keeps_its_target() {
        // with the minister placed, "its" in the threatened act is still the acting state's
        // (frames `speaker_possessed`), so the crossing's partner stays the target
        let text = "TALLINN (Wire) — Estonia will close its only open road crossing with \
                    Russia if migrants keep being pushed toward the border, the interior \
                    minister said on Monday.";
        assert_eq!(
            actor_of_nth(text, "the interior minister", 0).as_deref(),
            Some("ESTGOV")
        );
        let evs = events(text);
        assert!(
            evs.iter()
                .any(|(s, t, c)| s == "EST" && t == "RUS" && c.starts_with("13")),
            "{evs:?}"
        );
    }

    #[test]
    fn a_later_bare_ministry_is_the_leads_attributing_ministry() {
        // the lead's ministry placed, a later "the ministry" is the same office, not the
        // government opposed by a rebel group named between
        let text = "CARACAS (Wire) — Venezuela condemned on Monday a Colombian air raid and \
                    summoned Colombia's ambassador, the foreign ministry said.\n\nLocal \
                    officials said the dead included two members of the FARC.\n\n\"We will \
                    respond,\" the ministry said. It called on Bogota to stop the raids.";
        assert_eq!(
            actor_of_nth(text, "the ministry", 0).as_deref(),
            Some("VENGOV")
        );
        assert_eq!(actor_of_nth(text, "It", 0).as_deref(), Some("VENGOV"));
    }

    #[test]
    fn a_later_institution_takes_the_datelines_country_when_it_is_a_party() {
        // "Moscow" is a seat metonym, not another state's body: the latest-mention rule
        // would give the ministry to Russia
        let text = "OSLO (Wire) — Norway closed its border with Russia on Monday, a week \
                    after Moscow expelled a Norwegian consul.\n\nThe foreign ministry said \
                    the crossings would stay shut.";
        assert_eq!(
            actor_of_nth(text, "The foreign ministry", 0).as_deref(),
            Some("NORGOV")
        );
    }

    #[test]
    fn a_later_institution_keeps_other_readings_when_the_dateline_is_a_venue_or_contested() {
        // the dateline's country is only the venue of the lead sentence
        let text = "OSLO (Wire) — Sudan and Chad agreed in talks in Oslo on Monday to \
                    reopen their border.\n\nThe foreign ministry said the deal was fragile.";
        assert_ne!(
            actor_of_nth(text, "The foreign ministry", 0).as_deref(),
            Some("NORGOV")
        );
        // another state's body of the same sector was named before
        let text = "OSLO (Wire) — Norway closed its border with Russia on Monday after \
                    Russia's foreign ministry accused it of spying.\n\nThe foreign ministry \
                    said the crossings would stay shut.";
        assert_ne!(
            actor_of_nth(text, "The foreign ministry", 0).as_deref(),
            Some("NORGOV")
        );
    }
}
