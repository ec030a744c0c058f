//! Sides of an event: actor mentions, coordinated groups, participants and home places.
use super::*;

/// The actors of each actor mention of a sentence (`compose_actors`).
pub(super) type ActorMap<'a> = FastMap<u32, Vec<Cow<'a, Actor>>>;

/// The countries of the actors of `mentions`, actors of no country left out: the test of
/// whether two sides share a state (a warned response, a place an act struck).
pub(super) fn countries_of<'m>(actors: &'m ActorMap<'_>, mentions: &[u32]) -> Vec<&'m str> {
    mentions
        .iter()
        .filter_map(|m| actors.get(m))
        .flatten()
        .map(|a| a.country.as_str())
        .filter(|c| !c.is_empty())
        .collect()
}

/// Is every country of the sentence's actors `country`: no other state in view?
pub(super) fn only_country(actors: &ActorMap<'_>, country: &str) -> bool {
    actors
        .values()
        .flatten()
        .map(|a| a.country.as_str())
        .all(|c| c.is_empty() || c == country)
}

pub(super) fn target_code(e: &CodedEvent) -> &str {
    e.target.as_ref().map_or("", |t| t.actor.code.as_str())
}

/// The actor of mention `mi`, following antecedents (coreference) when it has none.
pub(crate) fn actor_of(ents: &EntityAnalysis, mi: usize) -> Option<&Actor> {
    let mut cur = mi;
    for _ in 0..8 {
        let m = ents.mentions.get(cur)?;
        if let Some(a) = m.actor.as_ref().filter(|a| !a.code.is_empty()) {
            return Some(a);
        }
        cur = m.antecedent?;
    }
    None
}

/// Actors per actor mention, PETRARCH style: multi-code actors ("FRO/BIL/SAM") split;
/// agents composed with a country — "Ithilen's president" → ITHGOV, "lawmakers and
/// officials in Fornost and Gondor" → FORLEG, GONLEG, FORGOV, GONGOV; agents that stay
/// without a country get PETRARCH's "---" prefix.
pub(super) fn compose_actors<'a>(
    ents: &'a EntityAnalysis,
    toks: &[Tok],
    groups: &mut Vec<Group>,
) -> ActorMap<'a> {
    let mut out = split_codes(ents, groups);
    link_groups(toks, groups, &mut out);
    for g in groups.iter_mut() {
        if g.mentions.len() >= 2 {
            g.mentions = one_actor_per_name(ents, toks, &g.mentions, &mut out);
        }
    }
    // Agents that found no country.
    for v in out.values_mut() {
        for a in v.iter_mut() {
            if a.agent_only() {
                let code = format!("---{}", a.code);
                a.to_mut().code = code;
            }
        }
    }
    out
}

/// The actors of every mention of the groups, a multi-code actor split into one per code.
fn split_codes<'a>(ents: &'a EntityAnalysis, groups: &[Group]) -> ActorMap<'a> {
    let mut out: ActorMap<'a> = FastMap::default();
    for g in groups {
        for &m in &g.mentions {
            let Some(a) = actor_of(ents, m as usize) else {
                continue;
            };
            let list: Vec<Cow<'a, Actor>> = if a.code.contains('/') {
                a.code
                    .split('/')
                    .filter(|c| !c.is_empty())
                    .map(|c| {
                        Cow::Owned(Actor {
                            code: c.to_string(),
                            name: a.name.clone(),
                            country: c.get(..3).unwrap_or("").to_string(),
                            sector: c.get(3..).unwrap_or("").to_string(),
                        })
                    })
                    .collect()
            } else {
                vec![Cow::Borrowed(a)]
            };
            out.insert(m, list);
        }
    }
    out
}

/// Joins an agent group to the country group next to it ("Ithilen's president", "officials
/// in Fornost"): one group whose agents carry the country.
fn link_groups(toks: &[Tok], groups: &mut Vec<Group>, out: &mut ActorMap) {
    let mut gi = 0;
    while gi + 1 < groups.len() {
        // A merged group is looked at again: "Ithilen's army officials in …".
        if possessive_link(toks, groups, gi, out) {
            continue;
        }
        located_link(toks, groups, gi, out);
        gi += 1;
    }
}

/// "Ithilen's president", "Danish media": country ('s) agent. True when groups `gi` and
/// `gi + 1` were merged.
fn possessive_link(toks: &[Tok], groups: &mut Vec<Group>, gi: usize, out: &mut ActorMap) -> bool {
    let (g, h) = (&groups[gi], &groups[gi + 1]);
    let between = &toks[g.end..h.start];
    let poss = between.is_empty()
        || between.len() == 1 && between[0].is(DET) && between[0].span.len() <= 3;
    if !poss || is_agent_group(g, out) || !is_agent_group(h, out) {
        return false;
    }
    let countries = actors_of_group(g, out);
    give_country(&h.mentions, &countries, out);
    groups[gi] = Group {
        start: g.start,
        end: h.end,
        mentions: h.mentions.clone(),
    };
    groups.remove(gi + 1);
    true
}

/// "officials in/of/from X": agent group, preposition, country group.
fn located_link(toks: &[Tok], groups: &mut Vec<Group>, gi: usize, out: &mut ActorMap) {
    let (g, h) = (&groups[gi], &groups[gi + 1]);
    if !is_agent_group(g, out) || is_agent_group(h, out) {
        return;
    }
    let between = &toks[g.end..h.start];
    let linked = between.len() <= 2
        && between
            .first()
            .is_some_and(|t| t.is(PREP) && t.is(LOCPREP | BY) || t.is(PREP))
        && !between.iter().any(|t| t.is(COMMA | CONJ));
    if !linked && !described_place(between) {
        return;
    }
    let countries = actors_of_group(h, out);
    give_country(&g.mentions, &countries, out);
    groups[gi].end = groups[gi + 1].end;
    groups.remove(gi + 1);
}

/// "protesters in the eastern Kosovan town of X", "police in the northern city of X": a
/// place preposition, the article, modifiers of the place ("eastern"), and a place noun
/// with "of" between an agent and the place (or the nationality describing it) say where
/// the agents are, as "police in X" does.
fn described_place(between: &[Tok]) -> bool {
    let Some((first, rest)) = between.split_first() else {
        return false;
    };
    if !first.is(LOCPREP) || !rest.first().is_some_and(|t| t.is(DET)) {
        return false;
    }
    let rest = &rest[1..];
    let mods = rest.iter().take_while(|t| t.is(PLACEMOD)).count();
    match &rest[mods..] {
        [] => mods > 0,
        [noun, of] => noun.is(PLACEOF) && of.is(PREP),
        _ => false,
    }
}

/// Every mention of the group names an agent with no country.
fn is_agent_group(g: &Group, out: &ActorMap) -> bool {
    g.mentions
        .iter()
        .all(|m| out.get(m).is_some_and(|v| v.iter().all(|a| a.agent_only())))
}

fn actors_of_group<'a>(g: &Group, out: &ActorMap<'a>) -> Vec<Cow<'a, Actor>> {
    g.mentions
        .iter()
        .flat_map(|m| out.get(m).cloned().unwrap_or_default())
        .collect()
}

/// Each agent of the mentions composed with each country.
fn give_country<'a>(mentions: &[u32], countries: &[Cow<'a, Actor>], out: &mut ActorMap<'a>) {
    for &m in mentions {
        let agents = out.get(&m).cloned().unwrap_or_default();
        let v = agents
            .iter()
            .flat_map(|ag| countries.iter().map(|c| compose(ag, c)))
            .collect();
        out.insert(m, v);
    }
}

/// The agent's code follows the owner's country only: an owner that already has a sector
/// (a leader, CANGOV; a capital read as its government) would otherwise give CANGOVGOV
/// for "the prime minister's government". An owner without a country (an IGO) keeps its code.
fn compose<'a>(agent: &Actor, country: &Actor) -> Cow<'a, Actor> {
    let owner = if country.country.is_empty() || country.sector.is_empty() {
        &country.code
    } else {
        &country.country
    };
    Cow::Owned(Actor {
        code: format!("{owner}{}", agent.code),
        name: format!("{} {}", country.name, agent.name),
        country: country.country.clone(),
        sector: agent.code.clone(),
    })
}

/// What two adjacent mentions of a group name.
enum Adjacent<'a> {
    /// The second refines the first (BRE + BREGOV): the second.
    Second,
    /// The first is finer (BREGOV + BRE): the first.
    First,
    /// Country + agent ("Danish media"): the second, with these composed actors.
    Composed(Vec<Cow<'a, Actor>>),
    /// Two actors.
    Both,
}

/// Adjacent mentions inside a group name one actor: "Bree Prime Minister Romendacil" (BRE +
/// BREGOV) is BREGOV; "Danish media" is DNK + MED composed. The mentions that stay.
fn one_actor_per_name(
    ents: &EntityAnalysis,
    toks: &[Tok],
    mentions: &[u32],
    out: &mut ActorMap,
) -> Vec<u32> {
    let mut keep: Vec<u32> = Vec::with_capacity(mentions.len());
    let mut k = 0;
    while k < mentions.len() {
        let a = mentions[k];
        let pair = match mentions.get(k + 1) {
            Some(&b) if adjacent(ents, toks, a, b) => {
                if office_of_organisation(ents, a, b, out) {
                    Adjacent::First
                } else {
                    adjacent_pair(a, b, out)
                }
            }
            _ => Adjacent::Both,
        };
        match pair {
            Adjacent::Second => k += 1,
            Adjacent::First => {
                keep.push(a);
                k += 2;
            }
            Adjacent::Composed(v) => {
                out.insert(mentions[k + 1], v);
                k += 1;
            }
            Adjacent::Both => {
                keep.push(a);
                k += 1;
            }
        }
    }
    keep
}

/// "ECOWAS Commission President X", "NATO Secretary General X": an organisation's name
/// right before a person's titled name names the office the person speaks from. The
/// person's own state (a nationality or an earlier post in the actor dictionary) is not a
/// second side of what the office holder does: the organisation is the one actor.
fn office_of_organisation(ents: &EntityAnalysis, a: u32, b: u32, out: &ActorMap) -> bool {
    let person = ents
        .mentions
        .get(b as usize)
        .is_some_and(|m| m.entity_type == EntityType::Person);
    let org = out
        .get(&a)
        .is_some_and(|v| !v.is_empty() && v.iter().all(|x| x.organisation()));
    let state = out
        .get(&b)
        .is_some_and(|v| !v.is_empty() && v.iter().all(|y| !y.organisation()));
    person && org && state
}

/// No token between mentions `a` and `b`.
fn adjacent(ents: &EntityAnalysis, toks: &[Tok], a: u32, b: u32) -> bool {
    let (sa, sb) = (
        ents.mentions[a as usize].span,
        ents.mentions[b as usize].span,
    );
    !toks
        .iter()
        .any(|t| t.span.start >= sa.end && t.span.end <= sb.start)
}

fn adjacent_pair<'a>(a: u32, b: u32, out: &ActorMap<'a>) -> Adjacent<'a> {
    let av = out.get(&a).cloned().unwrap_or_default();
    let bv = out.get(&b).cloned().unwrap_or_default();
    let refines = !av.is_empty()
        && bv
            .iter()
            .all(|y| av.iter().any(|x| y.code.starts_with(x.code.as_str())));
    if refines {
        return Adjacent::Second;
    }
    let refined = !bv.is_empty()
        && av
            .iter()
            .all(|x| bv.iter().any(|y| x.code.starts_with(y.code.as_str())));
    if refined {
        return Adjacent::First;
    }
    let b_agent = !bv.is_empty() && bv.iter().all(|y| y.agent_only());
    let a_country = !av.is_empty() && !av.iter().any(|x| x.agent_only());
    if b_agent && a_country {
        let v = bv
            .iter()
            .flat_map(|ag| av.iter().map(|c| compose(ag, c)))
            .collect();
        return Adjacent::Composed(v);
    }
    Adjacent::Both
}

/// Coordinated actor mentions: "A and B", "A, B and C", "neither A nor B",
/// "A and the evil B" (a few lower-case words allowed before the next actor).
pub(super) fn actor_groups(toks: &[Tok]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut i = 0;
    let n = toks.len();
    while i < n {
        let Some(m) = toks[i].mention else {
            i += 1;
            continue;
        };
        let mut end = i;
        while end < n && toks[end].mention == Some(m) {
            end += 1;
        }
        // Merge with the previous group if only connectors separate them.
        if let Some(g) = groups.last_mut() {
            let between = &toks[g.end..i];
            let has_conj = between.iter().any(|t| t.is(CONJ) || t.is(COMMA));
            let only_conn = between.iter().all(|t| {
                t.is(CONJ | COMMA | DET)
                    || (!t.cap
                        && t.mention.is_none()
                        && !t.is(PUNCT | PREP | BE | HAVE | MODAL | COMPL | SUBORD)
                        && t.id == UNKNOWN)
            });
            // "In Kyiv, the envoy met …", "In a call with X, the envoy said …": a fronted
            // phrase and its comma end before the subject; they do not open a list. Only when
            // no comma before the group has closed the phrase already.
            let fronted = toks[0].is(PREP)
                && !toks[..g.start].iter().any(|t| t.is(COMMA))
                && !between.iter().any(|t| t.is(CONJ));
            // "embassy in" + "Lima": a mention ending in a preposition (dictionary agents
            // such as EMBASSY_IN) takes the next name as its complement, not as a co-member.
            // So does one ending in "to" ("ambassador to" + "Norway"): the envoy's post is
            // where he serves, never a second party acting beside him.
            let complement = between.is_empty() && toks[g.end - 1].is(PREP | TO);
            let adjacent = between.is_empty() && !complement;
            // "… activists in X, and India responded …": a list of two never takes a comma
            // before its conjunction, so ", and" after a single actor joins clauses.
            let clause_join = g.mentions.len() == 1
                && between.iter().any(|t| t.is(COMMA))
                && between.iter().any(|t| t.is(CONJ));
            if adjacent || has_conj && only_conn && between.len() <= 4 && !fronted && !clause_join {
                g.end = end;
                g.mentions.push(m);
                i = end;
                continue;
            }
        }
        groups.push(Group {
            start: i,
            end,
            mentions: vec![m],
        });
        i = end;
    }
    groups
}

pub(super) fn participant(
    text: &str,
    ents: &EntityAnalysis,
    toks: &[Tok],
    mention: Option<(u32, &Actor)>,
    side: &Side,
) -> Participant {
    match mention {
        Some((m, actor)) => {
            let actor = actor.clone();
            let surface = ents
                .mentions
                .get(m as usize)
                .map(|mm| mm.span.slice(text).to_string())
                .unwrap_or_default();
            Participant {
                actor,
                mention: Some(m as usize),
                text: surface,
            }
        }
        None => {
            let surface = side
                .tokens
                .filter(|(s, e)| s < e && *e <= toks.len())
                .map(|(s, e)| {
                    Span::new(toks[s].span.start, toks[e - 1].span.end)
                        .slice(text)
                        .to_string()
                })
                .unwrap_or_default();
            Participant {
                actor: Actor::default(),
                mention: None,
                text: surface,
            }
        }
    }
}

/// A meeting or cooperation (04x, 06x) with a city or region of the source's own country
/// names where it happens, not with whom ("invited him to Moscow", said of Russia's
/// president): a foreign capital stands for its state, one's own is the venue. Other acts
/// aimed at a home region ("allowed aid into Darfur") keep it as their target. A bare
/// nationality adjective of the source's own country on a thing ("discussed a Swedish
/// package", said of Sweden's minister) is no counterpart either. Nor is it the addressee
/// of the executive's appeals, demands, disapproval or refusals (CAMEO 02, 10–12 by a GOV
/// or MIL source; an invitation is an appeal, 026, and "to Moscow" is where to come): "will not tolerate interference on Canadian soil", said by Canada's minister,
/// or a state agency denouncing a pact "aimed at" its own capital, are no acts on its own
/// country. A parliament, court or union addressing its own country is domestic politics
/// and keeps it, as do intents, aid and concessions ("agreed to allow aid into Darfur")
/// and force.
pub(super) fn home_place(
    ents: &EntityAnalysis,
    source: (u32, &Actor),
    target: (u32, &Actor),
    code: &str,
) -> bool {
    let is_place = ents.mentions.get(target.0 as usize).is_some_and(|m| {
        m.entity_type == EntityType::Location && m.geo.is_some()
            || m.entity_type == EntityType::Nationality
    });
    is_place
        && !source.1.country.is_empty()
        && source.1.country == target.1.country
        && match crate::nlp::cameo::root(code) {
            Some(4 | 6) => true,
            Some(2 | 10..=12) => ["GOV", "MIL"]
                .iter()
                .any(|s| source.1.sector.starts_with(s)),
            _ => false,
        }
}

/// A people named by its nationality ("thousands of young Senegalese have left for the
/// Canary Islands") travels or migrates; it does not visit, host or meet a state. A
/// consultation (CAMEO 04x) with such a side is no diplomatic act: either direction, so
/// the host's reverse event goes with the visit. The nationality word must head its own
/// phrase: as a modifier (`amod`, `compound`, or a conjunct of one) it lends its country to
/// the noun it modifies ("Egyptian and Qatari mediators", "his Somali counterpart"), a
/// party as before; so is an actor with a sector ("Senegalese officials").
pub(super) fn people_consulting(
    words: &[crate::nlp::syntax::Word],
    ents: &EntityAnalysis,
    sides: [(u32, &Actor); 2],
    code: &str,
) -> bool {
    let people = |(m, a): (u32, &Actor)| {
        let Some(m) = ents.mentions.get(m as usize) else {
            return false;
        };
        a.sector.is_empty()
            && m.entity_type == EntityType::Nationality
            && words
                .iter()
                .position(|w| w.end == m.span.end)
                .is_some_and(|w| heads_a_phrase(words, w))
    };
    crate::nlp::cameo::root(code) == Some(4) && sides.into_iter().any(people)
}

/// Word `w` (an index into the sentence's `words`) is no modifier of a noun: its relation,
/// or that of the first word of its coordination, is neither `amod` nor `compound`.
fn heads_a_phrase(words: &[crate::nlp::syntax::Word], w: usize) -> bool {
    let mut cur = w;
    for _ in 0..words.len() {
        let word = &words[cur];
        let head = (word.head as usize).checked_sub(1);
        match (word.deprel.as_str(), head) {
            ("conj", Some(h)) if h < words.len() => cur = h,
            (rel, _) => return !(rel.starts_with("amod") || rel.starts_with("compound")),
        }
    }
    false
}

/// A state and its own government are one party, not two sides: an appeal, agreement,
/// support, disapproval or accusation (CAMEO 02–14) between a country named bare and
/// itself or its government ("Syria's foreign ministry … Syrian sovereignty", "New Delhi
/// has sought the state's consent") names the actor twice. Domestic politics keeps its
/// sides (opposition, rebels, parliament, police have sectors of their own), and force or
/// coercion on one's own country stays (the news guideline codes it so).
///
/// The same holds for a state's armed forces and its own country named bare ("each side's
/// troops blamed the other": not the army against its own state), and for a state, its
/// government or its forces and its own people or civilians ("the minister said the attack
/// endangered civilians", "a note protesting the deaths of its men"): what a state says to
/// or about its own citizens is no dyad. Force and coercion stay. Reducing relations or
/// sanctions (16) need another party too: "the government froze Armenia's participation in
/// the alliance" does not sanction Armenia. Easing a measure on a population (0811–0814: a
/// curfew or state of emergency lifted "in parts of X") stays on the country, as imposing one
/// (1721–1724) does (`own_side.rs`): the population is the party acted on.
pub(super) fn own_state(a: &Actor, b: &Actor, code: &str) -> bool {
    !a.country.is_empty()
        && a.country == b.country
        && ((one_state(a, b) || one_state(b, a))
            && matches!(crate::nlp::cameo::root(code), Some(2..=14 | 16))
            && !code.starts_with(EASED_MEASURE)
            || home_interdiction(a, b, code))
}

/// Codes of a vessel stopped, blocked or intercepted: a restriction of movement (191) or a
/// confiscation (1711).
const INTERDICTION: [&str; 2] = ["191", "1711"];

/// A state's navy, coast guard or police stopping or intercepting a boat of its own country
/// ("the Chilean coast guard stopped a Chilean fishing boat", "police stopped a boat off
/// Sicily") polices its own waters: no act between states (branch seas2). The boat's
/// country, named bare, is the force's own.
fn home_interdiction(force: &Actor, boat: &Actor, code: &str) -> bool {
    matches!(force.sector.as_str(), "MIL" | "COP")
        && boat.sector.is_empty()
        && INTERDICTION.contains(&code)
}

/// CAMEO 081x: easing restrictions, bans, a curfew or a state of emergency on a population.
const EASED_MEASURE: &str = "081";

/// `a` and `b` (of one country) name one state: the country bare with itself, its government
/// or its military, or the state, its government or its military with its people.
fn one_state(a: &Actor, b: &Actor) -> bool {
    let bare = a.sector.is_empty();
    match b.sector.as_str() {
        "" | "GOV" | "MIL" => bare,
        "PPL" | "CVL" => bare || a.sector == "GOV" || a.sector == "MIL",
        _ => false,
    }
}

/// A city or region after "in" is where a talk, visit, statement or protest happens ("met
/// in Vilnius", "protested … in Beijing"), not with whom; force ("struck targets in
/// Kharkiv", CAMEO 15–20) still acts on the place's country.
pub(super) fn venue(
    text: &str,
    ents: &EntityAnalysis,
    toks: &[Tok],
    target: u32,
    code: &str,
) -> bool {
    let Some(m) = ents.mentions.get(target as usize) else {
        return false;
    };
    let root = crate::nlp::cameo::root(code);
    let first = toks.iter().position(|t| t.span.start >= m.span.start);
    let before = first
        .and_then(|k| k.checked_sub(1))
        .map(|p| toks[p].span.slice(text));
    let after = |w: &str| before.is_some_and(|b| b.eq_ignore_ascii_case(w));
    // "signed / met at the White House": a building or city after "at" is where a
    // cooperative act happens. Not for 11-14 ("lashed out at Washington" is aimed at it).
    if after("at") && matches!(root, Some(3..=8)) {
        return true;
    }
    // "took their dispute to the International Court of Justice": the court a case is
    // brought to (115) hears it; the suit is against the other side, not the court
    if after("to") && code.starts_with("115") && court(m) {
        return true;
    }
    m.entity_type == EntityType::Location
        && m.geo.is_some()
        && matches!(root, Some(1..=14))
        && after("in")
}

/// A mention of a court: an actor whose code has the judiciary part (`JUD`), a national
/// court or an international one (`IGOUNOJUDICJ`).
fn court(m: &crate::nlp::types::Mention) -> bool {
    m.actor.as_ref().is_some_and(|a| court_code(&a.code))
}

/// An actor code with the judiciary part (`JUD`). Shared with `reactions` ("the verdict").
pub(super) fn court_code(code: &str) -> bool {
    // codes are three-letter parts, and no country or IGO prefix is "JUD"
    code.as_bytes().chunks(3).any(|c| c == b"JUD")
}

/// Are the pattern's target mentions all the subject of an absolute "with" clause ("held
/// talks in Y, with Z carrying messages between them")? Z mediates; the pattern's
/// nearest name is no partner of the talks.
pub(super) fn absolute_subjects(cx: &super::context::SentenceCx, mentions: &[u32]) -> bool {
    !mentions.is_empty()
        && mentions.iter().all(|&m| {
            cx.ents
                .mentions
                .get(m as usize)
                .is_some_and(|x| cx.sent.absolute_subject(x.span.start, x.span.end))
        })
}

/// Splits every group before each member for which `starts_new(between, ts, te, m)` holds:
/// `between` are the tokens since the previous member, `ts..te` the member's own tokens,
/// `m` its mention. The first member never splits. `actor_groups` joins on words alone; the
/// callers split on what it cannot see (a description, a new clause's subject).
pub(super) fn split_groups(
    toks: &[Tok],
    groups: &mut Vec<Group>,
    mut starts_new: impl FnMut(&[Tok], usize, usize, u32) -> bool,
) {
    let mut out = Vec::with_capacity(groups.len());
    for g in groups.drain(..) {
        let open = |start| Group {
            start,
            end: start,
            mentions: Vec::new(),
        };
        let mut cur = open(g.start);
        for &m in &g.mentions {
            let Some(ts) = (g.start..g.end).find(|&t| toks[t].mention == Some(m)) else {
                cur.mentions.push(m);
                continue;
            };
            let te = (ts..g.end)
                .take_while(|&t| toks[t].mention == Some(m))
                .last()
                .map_or(ts + 1, |t| t + 1);
            let between = &toks[cur.end.max(g.start)..ts];
            if !cur.mentions.is_empty() && starts_new(between, ts, te, m) {
                cur.end = ts;
                out.push(std::mem::replace(&mut cur, open(ts)));
            }
            cur.mentions.push(m);
            cur.end = cur.end.max(te);
        }
        cur.end = g.end;
        out.push(cur);
    }
    *groups = out;
}

#[cfg(test)]
mod compose_tests {
    use super::*;

    fn actor(code: &str, country: &str, sector: &str) -> Actor {
        Actor {
            code: code.into(),
            name: code.into(),
            country: country.into(),
            sector: sector.into(),
        }
    }

    #[test]
    fn an_owner_with_a_sector_lends_only_its_country() {
        let leader = actor("FREGOV", "FRE", "GOV");
        assert_eq!(compose(&actor("GOV", "", ""), &leader).code, "FREGOV");
        assert_eq!(compose(&actor("MIL", "", ""), &leader).code, "FREMIL");
        let state = actor("FRE", "FRE", "");
        assert_eq!(compose(&actor("MIL", "", ""), &state).code, "FREMIL");
        let igo = actor("IGOUNO", "", "");
        assert_eq!(compose(&actor("MIL", "", ""), &igo).code, "IGOUNOMIL");
    }
}
