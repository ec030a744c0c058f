//! An agent of a society's own people acted on by its state: "the government rejected the
//! demands of lawmakers", "the court dismissed the journalists' appeal", "authorities freed
//! student activists". The text gives the people no country (`---LEG`, `---MED`, `---OPP`),
//! so the gate dropped the act for want of a target; where the source is placed in a country
//! and the sentence names no other country, the people are that state's own, as a CAMEO
//! coder would code them (the country with the agent's sector: `LEG` → `XXXLEG`). People the
//! object calls foreign ("expelled foreign journalists") and the state's own sectors (its
//! troops read as an addressee) are left alone (`data/lexicon/domestic_objects.txt`).
use super::actors::ActorMap;
use super::domestic::{foreign_object, own_people_sector};
use super::*;

/// The path note of a target placed in its source's country.
const OWN_PEOPLE: &str = "; target: an agent of the source's own country";

/// Gives each event of `events` whose target is a country-less agent of the people the
/// source's country, under the conditions of the module comment.
pub(super) fn own_agents(
    events: &mut [CodedEvent],
    text: &str,
    ents: &EntityAnalysis,
    actors: &ActorMap,
) {
    for e in events {
        let Some(sector) = people_sector(e) else {
            continue;
        };
        let country = e.source.actor.country.clone();
        let placed = !crate::nlp::mentions::unplaced_code(&e.source.actor.code);
        // a domestic act is coded only when it is the news: done or reported done, not
        // a plan or promise toward the state's own people ("ready to receive its citizens")
        let told = matches!(e.modality, Modality::Asserted | Modality::Reported);
        if country.is_empty()
            || !placed
            || !told
            || !super::actors::only_country(actors, &country)
            || foreign_object(text, ents, e)
        {
            continue;
        }
        if let Some(t) = e.target.as_mut() {
            let code = format!("{country}{sector}");
            t.actor = crate::nlp::mentions::make_actor(&code, &t.actor.name);
            e.path.push_str(OWN_PEOPLE);
        }
    }
}

/// The sector of `e`'s target when it is an agent of no country of the people's sectors.
fn people_sector(e: &CodedEvent) -> Option<String> {
    let t = e.target.as_ref()?;
    let code = t.actor.code.as_str();
    let sector = code.strip_prefix("---")?;
    own_people_sector(sector).then(|| sector.to_string())
}
