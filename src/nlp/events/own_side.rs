//! Whether a reported act's source is the speaker's own side: "a spokesman for X's army said
//! troops had attacked a camp" is X's claim of its own act, not an accusation against X.
//! Also: a state's arrests and repression of people of no country act on its own population.
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
    // a state named bare ("Ukraine said its drones …") speaks for its forces as its
    // government does
    let one = |country: &str, sector: &str| {
        sp.iter().any(|&(c, s)| {
            (country.is_empty() || c == country)
                && (s.get(..3) == sector.get(..3) || ((s.is_empty() || state(s)) && state(sector)))
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

/// Is every actor of `side` placed (a country, or an organisation's own code)? A speaker
/// the text did not place ("a government spokesman", "the ministry") may be the act's own
/// side, which no test of countries can tell.
pub(super) fn placed_side(actors: &ActorMap, side: &Side) -> bool {
    side.known()
        && side.mentions.iter().all(|m| {
            actors.get(m).is_some_and(|v| {
                !v.is_empty()
                    && v.iter()
                        .all(|a| !crate::nlp::mentions::unplaced_code(&a.code))
            })
        })
}

/// CAMEO codes of measures a state imposes on a population: curfews and bans (172), arrests
/// (173), violent repression (175).
const IMPOSED: [&str; 3] = ["172", "173", "175"];

/// The CAMEO code of curfews and bans, closures of crossings among them.
const BAN: &str = "172";

/// A state of emergency or martial law (1724) is declared over the state's own ground, even
/// "along its border with Y": a bare state's is no measure on the state across it (a
/// government's stays with the domestic path below, which reads its border measures).
const EMERGENCY: &str = "1724";

/// Their mirrors in CAMEO, the same measures lifted: eased restrictions, bans, curfews and
/// emergencies (081), tolerated dissent (082), released detainees (0841).
const LIFTED: [&str; 3] = ["081", "082", "0841"];

/// "Kenyan police fired tear gas at protesters", "police arrested dozens of demonstrators":
/// a state's forces arresting or repressing people the text gives no country act on their
/// own country's population, and the news guideline codes the country as the target. Only
/// a state source placed in a country, and only where no placed target was found. The
/// lifted measures (releases, eased curfews) and a country named bare as the source ("X
/// released dozens of activists") are taken only where the sentence names no other country:
/// there the people may be the other country's. An imposed measure is not taken either when
/// the rest of the sentence names another country ("detained the editor of a Russian
/// agency", "detained a tanker off the Estonian coast"): the people or things acted on then
/// belong to no evident side, and the unresolved target is left for the gate to drop.
pub(super) fn own_population(
    events: &mut [super::CodedEvent],
    story: &[super::CodedEvent],
    text: &str,
    toks: &[super::Tok],
    actors: &ActorMap,
) {
    let acted = foreign_acted_on(events);
    for e in events {
        let src = &e.source.actor;
        let placed = |code: &str| !code.is_empty() && !crate::nlp::mentions::unplaced_code(code);
        let imposed = IMPOSED.iter().any(|c| e.cameo.starts_with(c));
        let lifted = LIFTED.iter().any(|c| e.cameo.starts_with(c));
        let bare = src.sector.is_empty();
        let alone = super::actors::only_country(actors, &src.country);
        let domestic = imposed && state(&src.sector)
            || (imposed || lifted) && (state(&src.sector) || bare) && alone;
        // "X closed all crossings on its border with Y": a ban on a border falls on the
        // state across it, whoever else the sentence names (branch addressee2)
        let border = e.cameo.starts_with(BAN)
            && e.cameo != EMERGENCY
            && border_measure(text, toks, e.trigger.end);
        if !(domestic || border)
            || src.country.is_empty()
            || !placed(&src.code)
            || e.target.as_ref().is_some_and(|t| placed(&t.actor.code))
        {
            continue;
        }
        let earlier = acted
            .iter()
            .find(|(code, end, _)| *code == src.code && *end <= e.trigger.start);
        if let Some((_, _, t)) = earlier {
            e.target = Some(t.clone());
            e.path
                .push_str("; target: the foreign party of the measure before");
            continue;
        }
        if border_measure(text, toks, e.trigger.end) {
            across_border(e, toks, actors);
            continue;
        }
        if foreign_after(toks, actors, e.trigger.end, &src.country) {
            e.path.push_str(FOREIGN_PARTY);
            continue;
        }
        if told_not_done(e) {
            e.path.push_str(NOT_DONE);
            continue;
        }
        if story_holds_foreigners(story, &src.country) {
            e.path.push_str(FOREIGN_PARTY);
            continue;
        }
        let country = src.country.clone();
        country_target(e, &country);
        e.path.push_str("; target: the source's own population");
    }
}

/// "Cameroonian gendarmes detained twenty Nigerian fishermen. … The defence ministry said the
/// release was a goodwill gesture"; "the navy seized a Maldivian boat and detained its crew.
/// … A magistrate fined the owner and ordered the crew released": once the story has told a
/// detention or seizure of people or property of another country by the source's state (or
/// by an agent the text left unplaced: "detained by its navy"), the people a later measure,
/// release or confirmation of that state falls on are those foreigners ("the crew", "the
/// arrests"), not its own population. Their side is not resolved here: the article passes
/// may give the holder's foreign party, else the gate drops the measure (branch precision31).
fn story_holds_foreigners(story: &[super::CodedEvent], own: &str) -> bool {
    story
        .iter()
        .filter(|e| {
            DETENTIONS
                .iter()
                .chain(&SEIZED)
                .any(|c| e.cameo.starts_with(c))
        })
        .filter(|e| {
            let by = &e.source.actor.country;
            by.is_empty() || by == own
        })
        .filter_map(|e| e.target.as_ref())
        .any(|t| {
            let placed = !crate::nlp::mentions::unplaced_code(&t.actor.code);
            placed && !t.actor.country.is_empty() && t.actor.country != own
        })
}

/// The path note of a measure on people the sentence ties to another country.
pub(super) const FOREIGN_PARTY: &str = "; target: people of another country, unresolved";

/// A detention or seizure (`DETENTIONS`) of people the sentence ties to another country,
/// their side not resolved (`held_nationals` reads it from an apposition).
pub(super) fn held_abroad_unresolved(e: &super::CodedEvent) -> bool {
    DETENTIONS.iter().any(|c| e.cameo.starts_with(c))
        && e.path.contains(FOREIGN_PARTY)
        && e.target.as_ref().is_none_or(|t| {
            t.actor.code.is_empty() || crate::nlp::mentions::unplaced_code(&t.actor.code)
        })
}

/// The path note of a measure the source only labels or tells as a habit (`told_not_done`).
pub(super) const NOT_DONE: &str =
    "; target: a labelled or habitual measure, no population of the source's";

/// "described the arrests as a violation of its sovereignty": the labeller is not the
/// author of the arrests it labels; "a government that jails its opponents": a measure in
/// the simple present past an article's first sentence tells what a state does, not
/// something it did (a headline or lead tells the news in the present: "Authorities ease
/// curfew"). Neither falls on the source's own population, and with no party placed the
/// gate drops it (branch precision21).
fn told_not_done(e: &super::CodedEvent) -> bool {
    e.path.contains(crate::nlp::frames::LABELLED)
        || e.sentence > 0 && crate::nlp::frames::simple_present_in_path(&e.path)
}

/// Makes `country` itself the event's target, keeping the object's words as its text
/// ("troops", "its people"): the party the act falls on, which the object names no actor of.
pub(super) fn country_target(e: &mut super::CodedEvent, country: &str) {
    let object = e
        .target
        .as_ref()
        .map(|t| t.text.clone())
        .unwrap_or_default();
    e.target = Some(crate::nlp::Participant {
        actor: crate::nlp::mentions::make_actor(country, country),
        mention: None,
        text: object,
    });
}

/// An arrest or repression of people the sentence ties to another country, or one only
/// labelled or told as a habit (`told_not_done`), whose target was not resolved: neither the
/// source's population nor a known party (the gate drops it).
pub fn foreign_party_unresolved(path: &str) -> bool {
    path.contains(FOREIGN_PARTY) || path.contains(NOT_DONE)
}

/// A mention after `from` whose actor is placed in a country other than `own`.
fn foreign_after(toks: &[super::Tok], actors: &ActorMap, from: usize, own: &str) -> bool {
    toks.iter()
        .filter(|t| t.span.start >= from)
        .filter_map(|t| t.mention.and_then(|m| actors.get(&m)))
        .flatten()
        .any(|a| !a.country.is_empty() && a.country != own)
}

/// How many tokens after the trigger the measure's object may name the border ("ordered
/// the closure of all crossing points along the frontier").
const BORDER_REACH: usize = 12;

/// "closed the border", "shut all crossings along the frontier": a measure on a border falls
/// on the state across it, never on the source's own population.
fn border_measure(text: &str, toks: &[super::Tok], from: usize) -> bool {
    let words = crate::nlp::lexicon::border_words();
    let title_case = title_case(text, toks);
    toks.iter()
        .enumerate()
        .filter(|(_, t)| t.span.start >= from)
        .take(BORDER_REACH)
        .filter(|(i, _)| title_case || !in_proper_name(toks, *i))
        .filter_map(|(_, t)| text.get(t.span.start..t.span.end))
        .any(|w| words.iter().any(|b| b.eq_ignore_ascii_case(w)))
}

/// A capitalised word run together with another capitalised word is part of a name
/// ("North West Frontier Province", "the Northern Frontier Region"): a province or a
/// force named after a frontier is no border.
fn in_proper_name(toks: &[super::Tok], i: usize) -> bool {
    let cap = |j: Option<usize>| j.and_then(|j| toks.get(j)).is_some_and(|t| t.cap);
    toks[i].cap && (cap(i.checked_sub(1).filter(|&j| j > 0)) || cap(Some(i + 1)))
}

/// A headline in title case capitalises every word: no word is a name for being so.
fn title_case(text: &str, toks: &[super::Tok]) -> bool {
    let lower = toks
        .iter()
        .filter_map(|t| text.get(t.span.start..t.span.end)?.chars().next())
        .filter(|c| c.is_lowercase())
        .count();
    lower < 2
}

/// The target of a border measure: the one other state the sentence names after the
/// trigger ("closed crossings into Y"), else none (the gate drops it, not the own country).
fn across_border(e: &mut super::CodedEvent, toks: &[super::Tok], actors: &ActorMap) {
    let own = e.source.actor.country.clone();
    let mut states: Vec<&str> = toks
        .iter()
        .filter(|t| t.span.start >= e.trigger.end)
        .filter_map(|t| t.mention.and_then(|m| actors.get(&m)))
        .flatten()
        .map(|a| a.country.as_str())
        .filter(|c| !c.is_empty() && *c != own)
        .collect();
    states.sort_unstable();
    states.dedup();
    match states.as_slice() {
        [one] => {
            e.target = Some(crate::nlp::Participant {
                actor: crate::nlp::mentions::make_actor(one, one),
                mention: None,
                text: String::new(),
            });
            e.path.push_str("; target: the state across the border");
        }
        _ => {
            e.path.push_str(UNNAMED_BORDER);
            e.path.push_str(FOREIGN_PARTY);
        }
    }
}

/// The path note of a border measure whose sentence names no state across the border.
const UNNAMED_BORDER: &str = "; target: across a border the sentence does not name";

/// "ordered the closure of all crossing points along the frontier" in a story whose earlier
/// events pair the source's country with one other state only: that state is the one across
/// the border. With no such pair, or with more than one partner, the target stays unresolved.
pub(super) fn border_neighbours(out: &mut [super::CodedEvent]) {
    for i in 0..out.len() {
        let unresolved = out[i]
            .target
            .as_ref()
            .is_none_or(|t| t.actor.code.is_empty());
        if !unresolved || !out[i].path.contains(UNNAMED_BORDER) {
            continue;
        }
        let own = out[i].source.actor.country.clone();
        let mut partners: Vec<&str> = out[..i]
            .iter()
            .filter_map(|a| {
                let t = a.target.as_ref()?;
                let (s, t) = (&a.source.actor, &t.actor);
                let placed = |x: &super::Actor| {
                    !x.country.is_empty() && !crate::nlp::mentions::unplaced_code(&x.code)
                };
                if !placed(s) || !placed(t) {
                    return None;
                }
                match (s.country == own, t.country == own) {
                    (true, false) => Some(t.country.as_str()),
                    (false, true) => Some(s.country.as_str()),
                    _ => None,
                }
            })
            .collect();
        partners.sort_unstable();
        partners.dedup();
        if let [one] = partners.as_slice() {
            let neighbour = one.to_string();
            let e = &mut out[i];
            e.target = Some(crate::nlp::Participant {
                actor: crate::nlp::mentions::make_actor(&neighbour, &neighbour),
                mention: None,
                text: String::new(),
            });
            e.path
                .push_str("; target: the story's one partner state, across the border");
        }
    }
}

/// Measures of a sentence that fell on a placed party of another country than their source:
/// (source code, trigger end, target). "seized a Thai-flagged trawler and detained its
/// crew": the second measure falls on the same foreign party, not on the own population.
fn foreign_acted_on(events: &[super::CodedEvent]) -> Vec<(String, usize, crate::nlp::Participant)> {
    events
        .iter()
        .filter(|e| {
            IMPOSED
                .iter()
                .chain(&SEIZED)
                .any(|c| e.cameo.starts_with(c))
        })
        .filter_map(|e| {
            let t = e.target.as_ref()?;
            let foreign = !t.actor.country.is_empty()
                && t.actor.country != e.source.actor.country
                && !crate::nlp::mentions::unplaced_code(&t.actor.code);
            foreign.then(|| (e.source.actor.code.clone(), e.trigger.end, t.clone()))
        })
        .collect()
}

/// Seizures of a foreign party's property (171) or of its vessel read as an occupation (192):
/// "seized a Thai-flagged trawler" is the measure before "and detained its crew" (branch
/// fresh13).
const SEIZED: [&str; 2] = ["171", "192"];

/// CAMEO codes of taking people: arrest and detention (173), abduction and hostage-taking
/// (181).
const DETENTIONS: [&str; 3] = ["171", "173", "181"];

/// What a side's own people or property may be held or sent off by, and so what an
/// untargeted call or threat of that side answers: the detentions, a vessel's seizure read
/// as an occupation (192, as `SEIZED`), an expulsion of people (174) or of a mission or of
/// diplomats (166).
const HELD_OR_SENT_OFF: [&str; 6] = ["171", "173", "181", "192", "174", "166"];

/// "Police of X arrested a Y official. Y demanded his immediate release": a call for the
/// release of people is addressed to whoever holds them. When the call names no other party
/// (no target, or the caller's own nationals read as the one asked), the target is the author
/// of the latest earlier detention in the story of the caller's own people by a placed actor
/// of another country. With none, the call stays unresolved. An international body's own
/// people are its staff ("the rebels detained four UN employees … The UN secretary-general
/// demanded their release"): for a caller with no country, its own code is its people's.
pub(super) fn release_holders(text: &str, out: &mut [super::CodedEvent]) {
    for i in 0..out.len() {
        let e = &out[i];
        if !answering_call(text, e) {
            continue;
        }
        let own = people_of(&e.source.actor).to_string();
        // An unplaced target ("the officers' release": `---MIL`) is the people held, not
        // a party the call is addressed to.
        let addressed = e.target.as_ref().is_some_and(|t| {
            !t.actor.code.is_empty()
                && people_of(&t.actor) != own
                && !crate::nlp::mentions::unplaced_code(&t.actor.code)
        });
        let release = crate::nlp::cameo::RELEASE_CALLS
            .iter()
            .any(|c| e.cameo.starts_with(c));
        if addressed || !(release || untargeted_call(e)) {
            continue;
        }
        let own_held = (!own.is_empty())
            .then(|| one_holder_of_own(&out[..i], &own))
            .flatten()
            .filter(|h| !answers_elsewhere(e, h));
        // a call for "their release" when none of the caller's own people was held — an
        // organisation's (branch fresh15), an unplaced caller's or a third state's ("the
        // United States and Britain called for the detainees to be freed") — goes to the
        // one holder of everyone the story tells was detained
        let holder = own_held.or_else(|| {
            release
                .then(|| sole_holder(&out[..i], &e.source.actor))
                .flatten()
        });
        let Some(holder) = holder else {
            continue;
        };
        let e = &mut out[i];
        e.target = Some(holder);
        e.path
            .push_str("; target: the holder, author of the earlier detention of its people");
    }
}

/// A demand or appeal (CAMEO 10, 02) with no party named at all: "demanded that its consul
/// be allowed to see him", "asked for consular access to the men". About its own people held
/// abroad, such a call is put to whoever holds them. So is a threat (13) with no party named
/// ("said it would respond in kind" after its diplomat was expelled): it answers the one who
/// held or sent off its people.
fn untargeted_call(e: &super::CodedEvent) -> bool {
    let call = matches!(crate::nlp::cameo::root(&e.cameo), Some(2 | 10 | 13));
    call && e.target.as_ref().is_none_or(|t| t.actor.code.is_empty())
}

/// A call or threat whose sentence names a party other than the caller's and the holder's
/// ("asked whether its treaty with Z could be invoked"): it may be put there, so the holder is
/// no safe guess.
fn answers_elsewhere(e: &super::CodedEvent, holder: &crate::nlp::Participant) -> bool {
    super::offered::contradicts(e, holder)
}

/// A threat answers the holder only as an announced response ("would respond in kind",
/// "would react"; the `verb` list of `data/lexicon/responses.txt`): a warning of what a
/// measure will cost ("warned that the closure would hurt traders") or a vow not to tolerate
/// something names no act of the holder's it answers.
fn answering_call(text: &str, e: &super::CodedEvent) -> bool {
    crate::nlp::cameo::root(&e.cameo) != Some(13) || super::responses::response_trigger(text, e)
}

/// The author of the latest earlier act that held or sent off people of country `own`
/// ([`held_own`]), when every such act of the story was by one country: with two different
/// holders ("A detained its sailors; B arrested its fishermen"), a call naming neither is
/// put to no one.
fn one_holder_of_own(before: &[super::CodedEvent], own: &str) -> Option<crate::nlp::Participant> {
    let mut held = before.iter().rev().filter_map(|d| held_own(d, own));
    let latest = held.next()?;
    let side = people_of(&latest.actor).to_string();
    held.all(|h| people_of(&h.actor) == side).then_some(latest)
}

/// Whose people an actor's are: its country's, or an international or non-governmental
/// body's own (its staff), which has no country; empty for an unplaced agent.
fn people_of(a: &crate::nlp::Actor) -> &str {
    if a.organisation() {
        &a.code
    } else {
        &a.country
    }
}

/// The author of act `d` when it held or sent off (`HELD_OR_SENT_OFF`) people of country
/// `own` and is itself placed in another country.
fn held_own(d: &super::CodedEvent, own: &str) -> Option<crate::nlp::Participant> {
    let t = d.target.as_ref()?;
    let s = &d.source.actor;
    let holder = people_of(s);
    let foreign =
        !holder.is_empty() && holder != own && !crate::nlp::mentions::unplaced_code(&s.code);
    let detention = HELD_OR_SENT_OFF.iter().any(|c| d.cameo.starts_with(c));
    // The holder is named in an earlier sentence: no mention or text of this one.
    (detention && foreign && people_of(&t.actor) == own).then(|| crate::nlp::Participant {
        actor: s.clone(),
        mention: None,
        text: String::new(),
    })
}

/// The author of every earlier detention, when all were made by one placed actor's country
/// (or one organisation) other than `caller`: "The UN demanded their immediate release"
/// after one armed group held its staff. Two holders, or none, leave the call unresolved.
fn sole_holder(
    before: &[super::CodedEvent],
    caller: &super::Actor,
) -> Option<crate::nlp::Participant> {
    // a side: its country, or an organisation's code to its sixth letter
    let key = |a: &super::Actor| {
        if a.country.is_empty() {
            a.code.get(..6).unwrap_or(&a.code).to_string()
        } else {
            a.country.clone()
        }
    };
    let held: Vec<&super::CodedEvent> = before
        .iter()
        .filter(|d| DETENTIONS.iter().any(|c| d.cameo.starts_with(c)))
        .filter(|d| d.target.as_ref().is_some_and(|t| !t.actor.code.is_empty()))
        .filter(|d| !crate::nlp::mentions::unplaced_code(&d.source.actor.code))
        .filter(|d| !d.source.actor.code.is_empty())
        .collect();
    let first = held.first()?;
    let k = key(&first.source.actor);
    let one = held.iter().all(|d| key(&d.source.actor) == k);
    // an organisation (a union, a newspaper) may ask its own state to free people
    let caller_key = if caller.organisation() || caller.country.is_empty() {
        caller.code.get(..6).unwrap_or(&caller.code).to_string()
    } else {
        caller.country.clone()
    };
    (one && k != caller_key).then(|| crate::nlp::Participant {
        actor: first.source.actor.clone(),
        mention: None,
        text: String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::mentions::make_actor;
    use crate::nlp::{CodedEvent, Modality, Participant, Span};

    fn side(code: &str) -> Participant {
        Participant {
            actor: make_actor(code, code),
            mention: None,
            text: String::new(),
        }
    }

    fn event(src: &str, tgt: Option<&str>, cameo: &str, at: usize) -> CodedEvent {
        CodedEvent {
            sentence: at,
            source: side(src),
            target: tgt.map(side),
            cameo: cameo.to_string(),
            trigger: Span::new(at * 10, at * 10 + 5),
            modality: Modality::Asserted,
            speaker: None,
            location: None,
            confidence: 1.0,
            path: String::new(),
        }
    }

    #[test]
    fn a_body_without_a_country_calls_for_its_own_staff_held_by_another() {
        // "The rebels detained four of the body's employees. Its chief demanded their release."
        let mut out = vec![
            event("FREREB", Some("IGOUNO"), "173", 0),
            event("IGOUNO", None, "1053", 1),
        ];
        release_holders("", &mut out);
        let t = out[1].target.as_ref().map(|t| t.actor.code.as_str());
        assert_eq!(t, Some("FREREB"));
    }

    #[test]
    fn a_body_calls_on_the_one_holder_of_another_body_staff() {
        // not its own staff, so no own-people reading; the story's one holder is still the
        // party asked (the sole-holder reading of branch fresh15)
        let mut out = vec![
            event("FREREB", Some("IGOAFRAU"), "173", 0),
            event("IGOUNO", None, "1053", 1),
        ];
        release_holders("", &mut out);
        let t = out[1].target.as_ref().map(|t| t.actor.code.as_str());
        assert_eq!(t, Some("FREREB"));
    }

    #[test]
    fn people_of_a_state_and_of_a_body() {
        assert_eq!(people_of(&make_actor("FREGOV", "x")), "FRE");
        assert_eq!(people_of(&make_actor("IGOUNO", "x")), "IGOUNO");
        assert_eq!(people_of(&make_actor("---MIL", "x")), "");
    }
}
