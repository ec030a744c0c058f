//! Country-less agents ("police", "soldiers", "protesters") take the country of their
//! sentence's place.
//!
//! The mention finder composes an agent with a country written next to it ("Kenyan
//! police", "police in Lagos"); an agent left without one cannot reach `events.diplomatic`,
//! which is keyed by country. When the sentence names exactly one country (in any of its
//! mentions) and at least one of those mentions is a place — a city or region, or a name
//! after a locative preposition ("in Mosul", "near the border of Chad") — the agents of
//! the sentence are that country's. A country that is only the object of the story
//! ("spying for Iran") is not a place, so it gives no agent its country.
//!
//! An armed group named by its base ("militants based in Mali", "gunmen from Niger") is
//! that state's rebels (`armed_bases`), whatever else the sentence names.
use crate::nlp::lexicon::List;
use crate::nlp::mentions::make_actor;
use crate::nlp::{Actor, EntityType, Mention};
use std::collections::HashSet;

fn loc_preps() -> &'static HashSet<&'static str> {
    static P: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    P.get_or_init(|| List::MentionWords.set("loc-prep"))
}

fn base_cues() -> &'static HashSet<&'static str> {
    static P: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    P.get_or_init(|| List::MentionWords.set("base-cue"))
}

/// Armed-group codes with no country (`data/actors/agents*.txt`): militants, gunmen, rebels.
const ARMED: &[&str] = &["UAF", "REB", "INS"];

fn origin_words(usage: &'static str) -> &'static HashSet<&'static str> {
    static V: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    static R: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    let cell = if usage == "origin-verb" { &V } else { &R };
    cell.get_or_init(|| List::MentionWords.set(usage))
}

/// The longest "who crossed the river from" clause read as an origin (words).
const ORIGIN_GAP: usize = 7;

/// The words between an armed group and a state that say the group is based in or comes
/// from the state: "based in", or a relative clause of coming ending in "from" ("who
/// crossed the river from", "that came from"). The state is where the group is or came
/// from, not who commands it.
fn names_base(gap: &[&str]) -> bool {
    match gap {
        [cue, prep] if base_cues().contains(cue) => loc_preps().contains(prep),
        [rel, rest @ .., last] if gap.len() <= ORIGIN_GAP && *last == "from" => {
            origin_words("origin-rel").contains(rel)
                && rest.iter().any(|w| origin_words("origin-verb").contains(w))
        }
        _ => false,
    }
}

/// "Islamist militants based in Mali", "gunmen who crossed the river from Afghanistan": an
/// armed group with no country followed by the words of `names_base` and a state is a rebel
/// group of that state, never its forces or government. Returns the indexes placed and
/// their codes.
fn armed_bases(text: &str, sentence: &[Mention]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, group) in sentence.iter().enumerate() {
        let armed = group
            .actor
            .as_ref()
            .is_some_and(|a| agent_only(a) && ARMED.contains(&a.code.as_str()));
        // the first state after the group ("Islamist" inside "Islamist militants" is not);
        // a river or region between them is part of the clause
        let base = sentence[i..]
            .iter()
            .filter(|m| m.span.start >= group.span.end)
            .find(|m| m.actor.as_ref().is_some_and(|a| !a.country.is_empty()));
        let state = base.and_then(|b| b.actor.as_ref().filter(|a| a.code == a.country));
        let (true, Some(base), Some(state)) = (armed, base, state) else {
            continue;
        };
        let gap = text.get(group.span.end..base.span.start).unwrap_or("");
        let words: Vec<&str> = gap
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        // "gunmen from Chad" is composed by the mention finder already
        if names_base(&words) {
            let sector = if group.actor.as_ref().is_some_and(|a| a.code == "INS") {
                "INS"
            } else {
                "REB"
            };
            out.push((i, format!("{}{sector}", state.country)));
        }
    }
    out
}

/// An actor with only a sector code ("COP", "MIL", "OPP"; not the no-code "---"): it
/// needs a country.
fn agent_only(a: &Actor) -> bool {
    a.agent_only() && a.code.bytes().all(|b| b.is_ascii_uppercase())
}

/// The word right before byte `at` of `text`, lower-cased ("in" for "… in Mosul").
fn word_before(text: &str, at: usize) -> String {
    let head = text.get(..at).unwrap_or("").trim_end();
    let head = head.strip_suffix("the").unwrap_or(head).trim_end();
    head.rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// A mention naming where things happen: a city or region, or a name after "in", "near"…
fn is_place(text: &str, m: &Mention) -> bool {
    m.entity_type == EntityType::Location
        && (m.geo.is_some() || loc_preps().contains(word_before(text, m.span.start).as_str()))
}

/// The one country of a sentence's mentions, when it has exactly one and names it as a place.
fn sentence_country(text: &str, sentence: &[Mention]) -> Option<String> {
    let with_country = || {
        sentence
            .iter()
            .filter_map(|m| Some((m, m.actor.as_ref().filter(|a| !a.country.is_empty())?)))
    };
    let countries: HashSet<&str> = with_country().map(|(_, a)| a.country.as_str()).collect();
    if countries.len() != 1 {
        return None;
    }
    with_country()
        .find(|(m, _)| is_place(text, m))
        .map(|(_, a)| a.country.clone())
}

/// The most words between a sentence-opening place and its comma ("In Beijing on Tuesday,").
const MAX_OPENING_WORDS: usize = 3;

/// "In Beijing, a foreign ministry spokesman …": the sentence opens with a locative phrase
/// naming a place, set off by a comma, and the mention right after that comma is a
/// country-less agent. Wire copy writes the setting this way and then leaves the country off
/// the subject, so the opening place's country is the subject's even when the rest of the
/// sentence names other countries (the ones the subject acts on). Returns the subject's index
/// and the country.
fn opening_place(text: &str, sentence: &[Mention]) -> Option<(usize, String)> {
    let place = sentence.first()?;
    let country = place.actor.as_ref().map(|a| a.country.as_str())?;
    if country.is_empty() || !is_place(text, place) {
        return None;
    }
    let head = text.get(..place.span.start)?.trim_end();
    let prep_start = head.len() - head.rsplit(char::is_whitespace).next()?.len();
    let opens = text
        .get(..prep_start)?
        .trim_end()
        .chars()
        .last()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | ':'));
    let subject = sentence.get(1)?;
    let gap = text.get(place.span.end..subject.span.start)?.trim();
    let words = gap.trim_end_matches(',').split_whitespace().count();
    let comma_ends = gap.ends_with(',') && gap.matches(',').count() == 1;
    // "In Lima, Foreign Minister X said": an unknown name under a home-government title
    // is placed as a country-less agent is (the caller makes it the government)
    let official = subject.actor.is_none()
        && subject.entity_type == EntityType::Person
        && super::focus::home_titled(text, subject);
    let agent = subject.actor.as_ref().is_some_and(agent_only) || official;
    (opens && comma_ends && words <= MAX_OPENING_WORDS && agent).then(|| (1, country.to_string()))
}

/// Makes a country-less agent actor that country's ("police" → "Iraq police", IRQCOP).
fn give_country(a: &mut Actor, country: &str, name: &str) {
    a.name = format!("{name} {}", a.name);
    a.sector = std::mem::take(&mut a.code);
    a.code = format!("{country}{}", a.sector);
    a.country = country.to_string();
}

/// Gives each country-less agent mention the country of its sentence's place, or the
/// subject after a sentence-opening place that place's country (see the module comment and
/// `opening_place`); other mentions are left as they are. `mentions` are sorted by start,
/// so each sentence's mentions are contiguous.
pub(crate) fn place_agents(
    country_name: impl Fn(&str) -> String,
    text: &str,
    mentions: &mut [Mention],
) {
    for sentence in mentions.chunk_by_mut(|a, b| a.sentence == b.sentence) {
        for (i, code) in armed_bases(text, sentence) {
            let name = country_name(code.get(..3).unwrap_or(""));
            if let Some(m) = sentence.get_mut(i) {
                let own = m.actor.as_ref().map_or("", |a| a.name.as_str());
                m.actor = Some(make_actor(&code, &format!("{name} {own}")));
            }
        }
        let Some(country) = sentence_country(text, sentence) else {
            if let Some((i, country)) = opening_place(text, sentence) {
                let name = country_name(&country);
                if let Some(m) = sentence.get_mut(i) {
                    match m.actor.as_mut() {
                        Some(a) => give_country(a, &country, &name),
                        None => {
                            let gov = format!("{name} government");
                            m.actor = Some(make_actor(&format!("{country}GOV"), &gov));
                        }
                    }
                }
            }
            continue;
        };
        let name = country_name(&country);
        for i in 0..sentence.len() {
            // "the African Union's delegation in Lome": the possessor's, not the place's
            if let Some(owner) = organisation_possessor(text, sentence, i) {
                sentence[i].actor = Some(owner);
                continue;
            }
            if office_holder(text, &sentence[i]) {
                continue;
            }
            if let Some(a) = sentence[i].actor.as_mut().filter(|a| agent_only(a)) {
                give_country(a, &country, &name);
            }
        }
    }
}

/// "the prime minister", "the new president": a person headed by a home-government title
/// holds a state's office, which the place their sentence names does not tell ("The prime
/// minister, who has courted Beijing, …", "… reasons to Moscow," the prime minister said"):
/// unlike police or protesters, an office-holder is not where the sentence is.
fn office_holder(text: &str, m: &Mention) -> bool {
    let own = text.get(m.span.start..m.span.end).unwrap_or("");
    let head = own.rsplit(char::is_whitespace).next().unwrap_or("");
    let head = head.trim_end_matches('s').to_lowercase();
    m.entity_type == EntityType::Person && super::focus::is_home_title(&head)
}

/// The actor of an organisation (a code with no country of its own: "IGOAFRAU") written
/// as the possessor right before country-less agent `i` ("the African Union's delegation",
/// "the bloc's envoy"): an organisation's delegation or envoy is the organisation, wherever
/// it sits. A state possessor ("Ghana's police") is composed by the mention finder.
fn organisation_possessor(text: &str, sentence: &[Mention], i: usize) -> Option<Actor> {
    let agent = sentence[i].actor.as_ref().filter(|a| agent_only(a))?;
    let before = text.get(..sentence[i].span.start)?;
    let end = super::possessors::possessor_end(before)?;
    let owner = sentence[..i].iter().rev().find(|m| m.span.end == end)?;
    let actor = owner.actor.as_ref()?;
    (actor.organisation() && !agent.code.is_empty()).then(|| actor.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::Span;

    fn mention(text: &str, word: &str, etype: EntityType, code: &str, country: &str) -> Mention {
        let start = text.find(word).unwrap_or(0);
        Mention {
            span: Span::new(start, start + word.len()),
            entity_type: etype,
            actor: Some(Actor {
                code: code.into(),
                name: word.into(),
                country: country.into(),
                sector: String::new(),
            }),
            sentence: 0,
            antecedent: None,
            geo: None,
        }
    }

    fn codes(text: &str, mut ms: Vec<Mention>) -> Vec<String> {
        place_agents(|c| c.to_string(), text, &mut ms);
        ms.into_iter()
            .map(|m| m.actor.map(|a| a.code).unwrap_or_default())
            .collect()
    }

    #[test]
    fn an_organisation_possessed_delegation_is_the_organisation_not_the_place() {
        let t = "The Union's delegation in Accra urged calm.";
        let ms = vec![
            mention(t, "The Union", EntityType::Organisation, "IGOAFRAU", ""),
            mention(t, "delegation", EntityType::Organisation, "GOV", ""),
            mention(t, "Accra", EntityType::Location, "GHA", "GHA"),
        ];
        assert_eq!(codes(t, ms), ["IGOAFRAU", "IGOAFRAU", "GHA"]);
        // no possessor: the sentence's place still gives the delegation its country
        let t = "A delegation in Accra urged calm.";
        let ms = vec![
            mention(t, "delegation", EntityType::Organisation, "GOV", ""),
            mention(t, "Accra", EntityType::Location, "GHA", "GHA"),
        ];
        assert_eq!(codes(t, ms), ["GHAGOV", "GHA"]);
    }

    #[test]
    fn agents_take_the_country_of_the_sentence_place() {
        let t = "Soldiers clashed with protesters in Mosul on Friday.";
        let ms = vec![
            mention(t, "Soldiers", EntityType::Organisation, "MIL", ""),
            mention(t, "protesters", EntityType::Organisation, "OPP", ""),
            mention(t, "Mosul", EntityType::Location, "IRQ", "IRQ"),
        ];
        assert_eq!(codes(t, ms), ["IRQMIL", "IRQOPP", "IRQ"]);
    }

    #[test]
    fn a_country_that_is_not_a_place_or_two_countries_give_nothing() {
        let t = "Police arrested two men accused of spying for Peru.";
        let ms = vec![
            mention(t, "Police", EntityType::Organisation, "COP", ""),
            mention(t, "Peru", EntityType::Location, "PER", "PER"),
        ];
        assert_eq!(codes(t, ms), ["COP", "PER"]);
        let t = "Police in Lima detained a diplomat from Chile.";
        let ms = vec![
            mention(t, "Police", EntityType::Organisation, "COP", ""),
            mention(t, "Lima", EntityType::Location, "PER", "PER"),
            mention(t, "Chile", EntityType::Location, "CHL", "CHL"),
        ];
        assert_eq!(codes(t, ms), ["COP", "PER", "CHL"]);
    }

    #[test]
    fn a_sentence_opening_place_gives_its_country_to_the_subject() {
        let t = "In Lima on Monday, the interior ministry accused Chile and Bolivia of delays.";
        let ms = vec![
            mention(t, "Lima", EntityType::Location, "PER", "PER"),
            mention(
                t,
                "the interior ministry",
                EntityType::Organisation,
                "GOV",
                "",
            ),
            mention(t, "Chile", EntityType::Location, "CHL", "CHL"),
            mention(t, "Bolivia", EntityType::Location, "BOL", "BOL"),
        ];
        assert_eq!(codes(t, ms), ["PER", "PERGOV", "CHL", "BOL"]);
    }

    #[test]
    fn a_place_inside_the_sentence_or_not_before_the_subject_gives_nothing() {
        // the place does not open the sentence
        let t = "Talks went on in Lima, the ministry told Chile and Bolivia.";
        let ms = vec![
            mention(t, "Lima", EntityType::Location, "PER", "PER"),
            mention(t, "the ministry", EntityType::Organisation, "GOV", ""),
            mention(t, "Chile", EntityType::Location, "CHL", "CHL"),
            mention(t, "Bolivia", EntityType::Location, "BOL", "BOL"),
        ];
        assert_eq!(codes(t, ms), ["PER", "GOV", "CHL", "BOL"]);
        // no comma closes the opening phrase: the agent is not its subject
        let t = "In Lima the ministry of Chile met Bolivia.";
        let ms = vec![
            mention(t, "Lima", EntityType::Location, "PER", "PER"),
            mention(t, "the ministry", EntityType::Organisation, "GOV", ""),
            mention(t, "Chile", EntityType::Location, "CHL", "CHL"),
            mention(t, "Bolivia", EntityType::Location, "BOL", "BOL"),
        ];
        assert_eq!(codes(t, ms), ["PER", "GOV", "CHL", "BOL"]);
    }
}
