//! Whether a reported act's source is the speaker's own side: "a spokesman for X's army said
//! troops had attacked a camp" is X's claim of its own act, not an accusation against X.
use super::actors::ActorMap;
use super::Side;

/// Sectors of the state: a government speaker speaks for its forces, police and services.
const STATE_SECTORS: [&str; 4] = ["GOV", "MIL", "COP", "SPY"];

fn state(sector: &str) -> bool {
    STATE_SECTORS.iter().any(|s| sector.starts_with(s))
}

/// Every actor of the source is on the speaker's side: the same country in the same sector
/// or both in the state, or a state agent with no country of its own ("troops") that the text
/// leaves to the speaker. A rebel group of the speaker's country is not its side.
pub(super) fn same_side(actors: &ActorMap, speaker: &Side, src: &Side) -> bool {
    let sp: Vec<(&str, &str)> = speaker
        .mentions
        .iter()
        .filter_map(|m| actors.get(m))
        .flatten()
        .filter(|a| !a.country.is_empty())
        .map(|a| (a.country.as_str(), a.sector.as_str()))
        .collect();
    if sp.is_empty() || src.mentions.is_empty() {
        return false;
    }
    let one = |country: &str, sector: &str| {
        sp.iter().any(|&(c, s)| {
            (country.is_empty() || c == country)
                && (s.get(..3) == sector.get(..3) || (state(s) && state(sector)))
        })
    };
    src.mentions.iter().all(|m| {
        actors.get(m).is_some_and(|v| {
            !v.is_empty()
                && v.iter().all(|a| {
                    if a.country.is_empty() {
                        // An agent the text did not place: "MIL", or "---MIL" once composed.
                        let sector = a.code.trim_start_matches('-');
                        state(sector) && one("", sector)
                    } else {
                        one(&a.country, &a.sector)
                    }
                })
        })
    })
}
