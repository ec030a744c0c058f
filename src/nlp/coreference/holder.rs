//! "His foreign minister", "Her government" opening a sentence: the office of the person
//! the previous sentence was about.
//!
//! News names a leader as the subject of one sentence ("Prime Minister X told parliament
//! …", "President Y said …") and opens the next with that leader's office ("Her foreign
//! minister later met …", "His defence minister flew to …"). Before this rule the office
//! stayed a government of no country, and the act it opens lost its source; the name set
//! after it ("Her foreign minister, NAME, …") took the country of the place its sentence
//! names, often the other party's. The owner is the previous sentence's subject when that
//! is one person, else the one who reports its clause (`third_person::previous_person`),
//! and owns the office when
//! - the pronoun agrees: no title of the other gender in the person's phrase ("Queen …"
//!   is no "his"), and a pronoun owner ("… she said.") is of the same gender; a pronoun
//!   that coreference left unresolved gives no owner at all;
//! - the person speaks for a state (an actor of a state's government or armed forces);
//! - the office is a country-less agent of a state right after the possessive ("foreign
//!   minister", "government", "defence ministry", "spokesman").
//!
//! The office then takes the owner's country with its own sector ("Her foreign minister"
//! after Iceland's prime minister: ISLGOV), and so does the name in apposition after it,
//! unless the dictionaries know that name as another state's (then the owner is in doubt,
//! and nothing is placed). Runs after the dateline focus, which places a prime minister or
//! president the dictionaries do not know.

use super::third_person::{apposed_name, owned_actor, owned_agent, previous_person};
use crate::nlp::lexicon::List;
use crate::nlp::mentions::Ctx;
use crate::nlp::{Actor, Mention};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Places each sentence-opening "His" / "Her" office (module comment). `known` gives the
/// dictionaries' actor of a name, if any.
pub(crate) fn resolve(
    ctx: &Ctx,
    ranges: &[(usize, usize)],
    known: impl Fn(&str) -> Option<Actor>,
    mentions: &mut [Mention],
) {
    for (si, &(a, _)) in ranges.iter().enumerate().skip(1) {
        let female = match ctx.low(a) {
            "his" => false,
            "her" => true,
            _ => continue,
        };
        let Some(office) = owned_agent(mentions, ctx.tokens[a].end) else {
            continue;
        };
        let Some(actor) = owner_of(ctx, ranges, mentions, si, female)
            .and_then(|owner| owned_actor(&owner, mentions[office].actor.as_ref()))
            .filter(|a| state_sector(&a.sector))
        else {
            continue;
        };
        let name = apposed_name(ctx.text, mentions, office);
        let other = name.and_then(|j| known(mentions[j].span.slice(ctx.text)));
        if other.is_some_and(|o| o.country != actor.country) {
            continue;
        }
        if let Some(j) = name {
            mentions[j].actor = Some(actor.clone());
        }
        mentions[office].actor = Some(actor);
    }
}

/// The person that owns "his" / "her" opening sentence `si`, when it agrees and speaks
/// for a state.
fn owner_of(
    ctx: &Ctx,
    ranges: &[(usize, usize)],
    mentions: &[Mention],
    si: usize,
    female: bool,
) -> Option<Actor> {
    let p = previous_person(ctx, ranges, mentions, si)?;
    let actor = mentions[p].actor.as_ref()?;
    let state = !actor.country.is_empty() && !actor.code.contains('/');
    (state && state_sector(&actor.sector) && agrees(ctx, &mentions[p], female))
        .then(|| actor.clone())
}

/// The sector of a state's own institutions: its government, a ministry of it, its forces.
fn state_sector(sector: &str) -> bool {
    sector.starts_with("GOV") || sector == "MIL"
}

/// The owner's phrase has no title of the other gender, and a pronoun owner is of the
/// possessive's gender.
fn agrees(ctx: &Ctx, owner: &Mention, female: bool) -> bool {
    let text = owner.span.slice(ctx.text).to_lowercase();
    let (same, other) = if female {
        (["she", "her"], ["he", "him"])
    } else {
        (["he", "him"], ["she", "her"])
    };
    if other.contains(&text.as_str()) {
        return false;
    }
    let titles = gendered(if female { "male" } else { "female" });
    same.contains(&text.as_str()) || !text.split_whitespace().any(|t| titles.contains(t))
}

/// Titles of one gender (`female` / `male` in `data/lexicon/titles.tsv`).
fn gendered(usage: &'static str) -> &'static HashSet<&'static str> {
    static F: OnceLock<HashSet<&'static str>> = OnceLock::new();
    static M: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let cell = if usage == "female" { &F } else { &M };
    cell.get_or_init(|| List::Titles.set(usage))
}
