//! A state's protest is no demonstration: the CAMEO file codes "protest" as 140, written for
//! crowds, and "Gabon protested on Monday" then stands as a one-sided street protest by a
//! state. When the source names the state itself (its own name, not a people: "Kenyans") or
//! its government, the act is a diplomatic complaint, CAMEO 111, which needs a target like
//! any complaint. Lists: `data/lexicon/state_protest.tsv`.
use crate::nlp::lexicon::kind_rows;
use crate::nlp::{EntityAnalysis, EntityType, Participant};
use std::sync::OnceLock;

const WORDS: &str = include_str!("../../../data/lexicon/state_protest.tsv");

struct Words {
    verbs: Vec<&'static str>,
    sectors: Vec<&'static str>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Words {
            verbs: Vec::new(),
            sectors: Vec::new(),
        };
        for (kind, v) in kind_rows(WORDS) {
            match kind {
                "verb" => w.verbs.push(v),
                "sector" => w.sectors.push(v),
                _ => {}
            }
        }
        w
    })
}

/// The side is the state itself: its government, or the country by its own name ("Gabon",
/// "the Philippines"), not a people named after it ("Kenyans" is the country's code too)
/// nor a nationality word ("Kenyan farmers" with no agent for the farmers).
fn names_the_state(p: &Participant, ents: &EntityAnalysis) -> bool {
    let a = &p.actor;
    let nationality = p
        .mention
        .and_then(|m| ents.mentions.get(m))
        .is_some_and(|m| m.entity_type == EntityType::Nationality);
    if a.country.is_empty() || nationality {
        return false;
    }
    if words().sectors.iter().any(|s| a.sector.starts_with(s)) {
        return true;
    }
    let surface = p.text.trim();
    let surface = surface.strip_prefix("the ").unwrap_or(surface);
    a.sector.is_empty() && surface.eq_ignore_ascii_case(a.name.trim())
}

/// Recodes the sentence's protests (14x) by a state, triggered by the verb "protest", as
/// complaints (111).
pub(super) fn state_protests(events: &mut [super::CodedEvent], text: &str, ents: &EntityAnalysis) {
    for e in events {
        if crate::nlp::cameo::root(&e.cameo) != Some(14) || !names_the_state(&e.source, ents) {
            continue;
        }
        let trigger = text.get(e.trigger.start..e.trigger.end).unwrap_or("");
        let verb = trigger
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if words().verbs.contains(&verb.as_str()) {
            e.cameo = "111".to_string();
            e.path
                .push_str("; a state's protest: a complaint, not a demonstration");
        }
    }
}
