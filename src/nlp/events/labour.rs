//! A labour strike is no attack: "workers staged a strike" matches the dictionary's
//! "stage &DM_ATTACKS" (190), written for armed strikes. When the source is working people
//! (a labour, education or health sector) and a stoppage noun follows the trigger, the act
//! is a strike, CAMEO 143. Lists: `data/lexicon/labour_strike.tsv`.
use crate::nlp::lexicon::kind_rows;
use std::collections::HashSet;
use std::sync::OnceLock;

const WORDS: &str = include_str!("../../../data/lexicon/labour_strike.tsv");

/// How many tokens after the trigger the stoppage noun may come ("staged a two-day strike").
const NOUN_REACH: usize = 5;

struct Words {
    sectors: Vec<&'static str>,
    nouns: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Words {
            sectors: Vec::new(),
            nouns: HashSet::new(),
        };
        for (kind, v) in kind_rows(WORDS) {
            match kind {
                "sector" => w.sectors.push(v),
                "noun" => {
                    w.nouns.insert(v);
                }
                _ => {}
            }
        }
        w
    })
}

/// Recodes the sentence's attacks by working people on a stoppage noun as strikes (143).
pub(super) fn labour_strikes(events: &mut [super::CodedEvent], text: &str, toks: &[super::Tok]) {
    for e in events {
        if crate::nlp::cameo::root(&e.cameo) != Some(19) {
            continue;
        }
        let sector = &e.source.actor.sector;
        if !words().sectors.iter().any(|s| sector.contains(s)) {
            continue;
        }
        let stoppage = toks
            .iter()
            .filter(|t| t.span.start >= e.trigger.end)
            .take(NOUN_REACH)
            .filter_map(|t| text.get(t.span.start..t.span.end))
            .any(|w| words().nouns.contains(w.to_lowercase().as_str()));
        if stoppage {
            e.cameo = "143".to_string();
            e.path.push_str("; a labour strike, not an attack");
        }
    }
}
