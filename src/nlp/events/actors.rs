//! Sides of an event: actor mentions, coordinated groups, participants and home places.
use super::*;

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
) -> FastMap<u32, Vec<Cow<'a, Actor>>> {
    let mut out: FastMap<u32, Vec<Cow<'a, Actor>>> = FastMap::default();
    for g in groups.iter() {
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
    let compose = |agent: &Actor, country: &Actor| {
        Cow::Owned(Actor {
            code: format!("{}{}", country.code, agent.code),
            name: format!("{} {}", country.name, agent.name),
            country: country.country.clone(),
            sector: agent.code.clone(),
        })
    };
    let is_agent_group = |g: &Group, out: &FastMap<u32, Vec<Cow<'a, Actor>>>| {
        g.mentions
            .iter()
            .all(|m| out.get(m).is_some_and(|v| v.iter().all(|a| a.agent_only())))
    };
    let mut gi = 0;
    while gi < groups.len() {
        let next_is_country = groups.get(gi + 1).is_some_and(|h| !is_agent_group(h, &out));
        let g = &groups[gi];
        // "Ithilen's president", "Danish media": country ('s) agent.
        if let Some(h) = groups.get(gi + 1) {
            let between = &toks[g.end..h.start];
            let poss = between.is_empty()
                || between.len() == 1 && between[0].is(DET) && between[0].span.len() <= 3;
            if poss && !is_agent_group(g, &out) && is_agent_group(h, &out) {
                let countries: Vec<Cow<'a, Actor>> = g
                    .mentions
                    .iter()
                    .flat_map(|m| out.get(m).cloned().unwrap_or_default())
                    .collect();
                for m in h.mentions.clone() {
                    let agents = out.get(&m).cloned().unwrap_or_default();
                    let v: Vec<Cow<'a, Actor>> = agents
                        .iter()
                        .flat_map(|ag| countries.iter().map(|c| compose(ag, c)))
                        .collect();
                    out.insert(m, v);
                }
                let (start, hm, hend) = (g.start, h.mentions.clone(), h.end);
                groups[gi] = Group {
                    start,
                    end: hend,
                    mentions: hm,
                };
                groups.remove(gi + 1);
                continue;
            }
        }
        let g = &groups[gi];
        if is_agent_group(g, &out) && next_is_country {
            let h = &groups[gi + 1];
            let between = &toks[g.end..h.start];
            // "officials in/of/from X"
            let linked = between.len() <= 2
                && between
                    .first()
                    .is_some_and(|t| t.is(PREP) && t.is(LOCPREP | BY) || t.is(PREP))
                && !between.iter().any(|t| t.is(COMMA | CONJ));
            if linked {
                let countries: Vec<Cow<'a, Actor>> = h
                    .mentions
                    .iter()
                    .flat_map(|m| out.get(m).cloned().unwrap_or_default())
                    .collect();
                for m in g.mentions.clone() {
                    let agents = out.get(&m).cloned().unwrap_or_default();
                    let mut v = Vec::new();
                    for a in &agents {
                        for c in &countries {
                            v.push(compose(a, c));
                        }
                    }
                    out.insert(m, v);
                }
                let h_end = groups[gi + 1].end;
                groups[gi].end = h_end;
                groups.remove(gi + 1);
            }
        }
        gi += 1;
    }
    // Adjacent mentions inside a group name one actor: "Bree Prime Minister Romendacil"
    // (BRE + BREGOV) is BREGOV; "Danish media" is DNK + MED composed.
    for g in groups.iter_mut() {
        if g.mentions.len() < 2 {
            continue;
        }
        let mut keep: Vec<u32> = Vec::with_capacity(g.mentions.len());
        let mut k = 0;
        while k < g.mentions.len() {
            let a = g.mentions[k];
            if let Some(&b) = g.mentions.get(k + 1) {
                let (sa, sb) = (
                    ents.mentions[a as usize].span,
                    ents.mentions[b as usize].span,
                );
                let adjacent = !toks
                    .iter()
                    .any(|t| t.span.start >= sa.end && t.span.end <= sb.start);
                if adjacent {
                    let av = out.get(&a).cloned().unwrap_or_default();
                    let bv = out.get(&b).cloned().unwrap_or_default();
                    let refines = !av.is_empty()
                        && bv
                            .iter()
                            .all(|y| av.iter().any(|x| y.code.starts_with(x.code.as_str())));
                    let b_agent = !bv.is_empty() && bv.iter().all(|y| y.agent_only());
                    let a_country = !av.is_empty() && !av.iter().any(|x| x.agent_only());
                    if refines {
                        k += 1;
                        continue;
                    }
                    // "Bree Prime Minister Romendacil" (BREGOV + BRE): the first is finer.
                    let refined = !bv.is_empty()
                        && av
                            .iter()
                            .all(|x| bv.iter().any(|y| x.code.starts_with(y.code.as_str())));
                    if refined {
                        keep.push(a);
                        k += 2;
                        continue;
                    }
                    if b_agent && a_country {
                        let v = bv
                            .iter()
                            .flat_map(|ag| av.iter().map(|c| compose(ag, c)))
                            .collect();
                        out.insert(b, v);
                        k += 1;
                        continue;
                    }
                }
            }
            keep.push(a);
            k += 1;
        }
        g.mentions = keep;
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
            if between.is_empty() || has_conj && only_conn && between.len() <= 4 {
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

/// CAMEO threat code for a threatened action (CAMEO 13x).
/// A meeting or cooperation (04x, 06x) with a city or region of the source's own country
/// names where it happens, not with whom ("invited him to Moscow", said of Russia's
/// president): a foreign capital stands for its state, one's own is the venue. Other acts
/// aimed at a home region ("allowed aid into Darfur") keep it as their target. A bare
/// nationality adjective of the source's own country on a thing ("discussed a Swedish
/// package", said of Sweden's minister) is no counterpart either.
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
        && matches!(crate::nlp::cameo::root(code), Some(4 | 6))
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
    if m.entity_type != EntityType::Location || m.geo.is_none() {
        return false;
    }
    if !matches!(crate::nlp::cameo::root(code), Some(1..=14)) {
        return false;
    }
    let first = toks.iter().position(|t| t.span.start >= m.span.start);
    first
        .and_then(|k| k.checked_sub(1))
        .is_some_and(|p| toks[p].span.slice(text).eq_ignore_ascii_case("in"))
}
