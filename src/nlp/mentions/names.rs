//! Dictionary names and what surrounds them: composition with agents and titles
//! ("Russian troops", "Russia's foreign minister"), ambiguity rules, organisation tails,
//! and the places nested inside longer names.

use super::candidate::{make_actor, Cand, Ctx};
use super::finder::MentionFinder;
use super::gazetteer::{Hit, NameMatch, PlaceKind};
use super::nominal::is_article_name;
use super::words::*;
use crate::nlp::text::TokenKind;
use crate::nlp::{Actor, EntityType};

impl MentionFinder {
    /// A capitalised name right after an agent phrase ("Russian foreign minister Sergei
    /// Lavrov", "Jordan's King Abdullah"): returns the new end and the actor (the named
    /// person's own dated role when the dictionary knows the name, else `fallback`).
    pub(super) fn name_after_agent(
        &self,
        ctx: &Ctx,
        e: usize,
        b: usize,
        fallback: Actor,
    ) -> (usize, Actor) {
        let mut k = e;
        while k < b
            && k < e + 5
            && (ctx.is_cap_word(k)
                && !has(F_STOP_CAPS, ctx.low(k))
                && !has(F_MONTHS_DAYS, ctx.low(k))
                || is_article_name(ctx.raw(k))
                || k > e && has(F_PARTICLES, ctx.low(k)) && ctx.is_cap_word(k + 1))
        {
            // another country / place starts: stop
            if let Some(m) = self.gaz.name_at(ctx.norm, k, b) {
                if self
                    .place_country(
                        m,
                        &[
                            PlaceKind::Country,
                            PlaceKind::Nationality,
                            PlaceKind::Capital,
                        ],
                    )
                    .is_some()
                {
                    break;
                }
            }
            k += 1;
        }
        if k == e {
            return (e, fallback);
        }
        if let Some(nm) = self.gaz.name_at(ctx.norm, e, k) {
            if nm.end == k {
                for h in &self.gaz.name_hits[nm.pattern] {
                    if let Hit::Actor(id) = h {
                        let r = &self.gaz.actors[*id as usize];
                        if r.etype == EntityType::Person {
                            if let Some(c) = r.code_on(ctx.date) {
                                // a dictionary person of another country is a different reading
                                if fallback.country.is_empty() || c.starts_with(&fallback.country) {
                                    return (k, make_actor(c, &r.name));
                                }
                            }
                        }
                    }
                }
            }
        }
        (k, fallback)
    }

    /// Places named inside longer organisation / person names ("al-Qaeda in Iraq",
    /// "Baghdad Operational Command") get their own nested LOCATION mention, without an
    /// actor (the enclosing mention carries the actor).
    pub(super) fn nested_places(&self, ctx: &Ctx, cands: &mut Vec<Cand>) {
        let mut extra = Vec::new();
        for c in cands.iter() {
            if c.end_tok - c.start_tok < 2 || c.etype != EntityType::Organisation || c.pronoun {
                continue;
            }
            let mut k = c.start_tok;
            while k < c.end_tok {
                if ctx.is_cap_word(k) {
                    if let Some(m) = self.gaz.name_at(ctx.norm, k, c.end_tok) {
                        let place = self.place_country(
                            m,
                            &[PlaceKind::Country, PlaceKind::Capital, PlaceKind::Place],
                        );
                        let whole = m.start == c.start_tok && m.end == c.end_tok;
                        if place.is_some() && !whole && m.start > c.start_tok {
                            extra.push(Cand {
                                start_tok: m.start,
                                end_tok: m.end,
                                etype: EntityType::Location,
                                actor: None,
                                sentence: c.sentence,
                                pronoun: false,
                                weak: true,
                            });
                        }
                        k = m.end;
                        continue;
                    }
                }
                k += 1;
            }
        }
        for e in extra {
            if !cands
                .iter()
                .any(|c| c.start_tok == e.start_tok && c.end_tok == e.end_tok)
            {
                cands.push(e);
            }
        }
    }

    /// Country of the first country / nationality / city name inside tokens `[s, e)`.
    pub(super) fn inner_country(&self, ctx: &Ctx, s: usize, e: usize) -> Option<String> {
        let mut k = s;
        while k < e {
            if ctx.is_cap_word(k) {
                if let Some(m) = self.gaz.name_at(ctx.norm, k, e) {
                    if let Some(c) = self.place_country(
                        m,
                        &[
                            PlaceKind::Country,
                            PlaceKind::Nationality,
                            PlaceKind::Capital,
                            PlaceKind::Place,
                        ],
                    ) {
                        if c != "---" {
                            return Some(c);
                        }
                    }
                    k = m.end;
                    continue;
                }
            }
            k += 1;
        }
        None
    }

    /// The country code of a place match of one of the given kinds.
    pub(super) fn place_country(&self, m: NameMatch, kinds: &[PlaceKind]) -> Option<String> {
        self.gaz.name_hits[m.pattern].iter().find_map(|h| match h {
            Hit::Place(p) => {
                let p = &self.gaz.places[*p as usize];
                kinds.contains(&p.kind).then(|| p.code.clone())
            }
            _ => None,
        })
    }

    pub(super) fn is_agentive(&self, ctx: &Ctx, start: usize, end: usize, b: usize) -> bool {
        let next = ctx.low(end);
        if end < b && has(F_AGENT_VERBS, next) && next != "and" {
            return true;
        }
        // "by Moscow", "Moscow and Beijing said"
        if start > 0 && ctx.low(start - 1) == "by" {
            return true;
        }
        if next == "and" && end + 2 < b && ctx.is_cap_word(end + 1) {
            let k = (end + 2..(end + 4).min(b)).find(|&k| has(F_AGENT_VERBS, ctx.low(k)));
            if k.is_some_and(|k| ctx.low(k) != "and") {
                return true;
            }
        }
        false
    }

    /// Handles a dictionary match; returns the token to continue from, or None to let
    /// the other rules try this token.
    pub(super) fn name_match(
        &self,
        ctx: &Ctx,
        si: usize,
        a: usize,
        b: usize,
        m: NameMatch,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let hits = &self.gaz.name_hits[m.pattern];
        let (start, end) = (m.start, m.end);
        // every word of a multi-word proper name must be capitalised (or a particle)
        for k in start + 1..end {
            let t = ctx.tokens[k];
            if t.kind == TokenKind::Word && !t.cap && !t.all_caps {
                let l = ctx.low(k);
                if !has(F_PARTICLES, l) && !has(F_CONNECTORS, l) && !l.contains('-') {
                    // "U.S. military": retry with the capitalised prefix only
                    let shorter = self.gaz.name_at(ctx.norm, start, k)?;
                    return self.name_match(ctx, si, a, b, shorter, out);
                }
            }
        }
        let prev_low = if start > a { ctx.low(start - 1) } else { "" };
        let next_low = if end < b { ctx.low(end) } else { "" };
        let push =
            |out: &mut Vec<Cand>, s: usize, e: usize, ty: EntityType, actor: Option<Actor>| {
                out.push(Cand {
                    start_tok: s,
                    end_tok: e,
                    etype: ty,
                    actor,
                    sentence: si,
                    pronoun: false,
                    weak: false,
                });
            };

        // persons and organisations from the actor dictionaries
        let actor_hit = hits.iter().find_map(|h| match h {
            Hit::Actor(id) => Some(*id as usize),
            _ => None,
        });
        let place_hit = hits.iter().find_map(|h| match h {
            Hit::Place(id) => Some(*id as usize),
            _ => None,
        });
        let metonym_hit = hits.iter().find_map(|h| match h {
            Hit::Metonym(id) => Some(*id as usize),
            _ => None,
        });

        if let Some(mid) = metonym_hit {
            let mt = &self.gaz.metonyms[mid];
            if mt.always
                || self.is_agentive(ctx, start, end, b)
                || next_low == "'s" && self.agent_after(ctx, end + 1, b).is_none()
            {
                // skip when followed by an org word ("Washington Post")
                if !(end < b && ctx.is_cap_word(end) && has(F_ORG_SUFFIXES, ctx.low(end))) {
                    let s = start;
                    push(
                        out,
                        s,
                        end,
                        EntityType::Organisation,
                        Some(make_actor(&mt.code, ctx.raw(start))),
                    );
                    return Some(end);
                }
            }
        }

        if let Some(pid) = place_hit {
            let place = &self.gaz.places[pid];
            let code = place.code.clone();
            let surface = ctx.norm.token(start).to_string();
            // followed by a capitalised organisation word: "Jordan Armed Forces",
            // "Syrian Democratic Forces", "U.S. Central Command", "Washington Post"
            if let Some(e) = self.org_tail(ctx, end, b) {
                let actor =
                    if place.kind == PlaceKind::Nationality || place.kind == PlaceKind::Country {
                        Some(self.org_actor(ctx, &code, start, e))
                    } else {
                        None
                    };
                push(out, start, e, EntityType::Organisation, actor);
                if place.kind == PlaceKind::Nationality {
                    push(
                        out,
                        start,
                        end,
                        EntityType::Nationality,
                        self.country_actor(&code, ""),
                    );
                }
                return Some(e);
            }
            // rivers, US states
            if matches!(next_low, "river" | "valley" | "basin") || prev_low == "river" {
                if matches!(next_low, "river" | "valley" | "basin") {
                    push(out, start, end + 1, EntityType::Location, None);
                    return Some(end + 1);
                }
                push(out, start, end, EntityType::Location, None);
                return Some(end);
            }
            // person-name readings: "Michael Jordan", "Chad Smith", "George Washington"
            if start > a
                && ctx.is_cap_word(start - 1)
                && self.gaz.first_names.contains(prev_low)
                && end == start + 1
            {
                // handled by the capitalised-sequence rule starting at the first name
                return None;
            }
            if end == start + 1
                && (self.gaz.first_names.contains(surface.as_str())
                    || matches!(
                        surface.as_str(),
                        "chad" | "jordan" | "georgia" | "india" | "israel"
                    ))
                && end < b
                && ctx.is_cap_word(end)
                && self.gaz.name_at(ctx.norm, end, b).is_none()
                && !has(F_TITLES, next_low)
            {
                let mut e = end + 1;
                while e < b && ctx.is_cap_word(e) && !has(F_TITLES, ctx.low(e)) && e < end + 3 {
                    e += 1;
                }
                push(out, start, e, EntityType::Person, None);
                return Some(e);
            }
            if code == "GEO" && place.kind == PlaceKind::Country {
                let us_context = matches!(next_low, "state" | "governor" | "senator" | "'s" if next_low != "'s" || matches!(ctx.low(end + 1), "governor" | "senator" | "legislature" | "attorney"))
                    || (prev_low == "," && start >= 2 && {
                        self.gaz
                            .name_at(ctx.norm, start - 2, start - 1)
                            .is_some_and(|pm| {
                                self.place_country(pm, &[PlaceKind::Place, PlaceKind::Capital])
                                    .as_deref()
                                    == Some("USA")
                            })
                    })
                    || matches!(prev_low, "atlanta" | "savannah" | "augusta");
                if us_context
                    || matches!(
                        next_low,
                        "governor"
                            | "legislature"
                            | "democrats"
                            | "republicans"
                            | "voters"
                            | "primary"
                    )
                {
                    push(out, start, end, EntityType::Location, None);
                    return Some(end);
                }
            }
            if place.kind == PlaceKind::Capital && next_low == "state" && surface == "washington" {
                push(out, start, end + 1, EntityType::Location, None);
                return Some(end + 1);
            }
            match place.kind {
                PlaceKind::Nationality => {
                    // "Iraqi President Fuad Masum"
                    if end < b && ctx.is_cap_word(end) && has(F_CORE_TITLES, ctx.low(end))
                        || end < b
                            && ctx.is_cap_word(end)
                            && has(F_TITLES, ctx.low(end))
                            && ctx.is_cap_word(end + 1)
                            && has(F_CORE_TITLES, ctx.low(end + 1))
                    {
                        if let Some(next) =
                            self.title_rule(ctx, si, a, b, end, Some((start, code.as_str())), out)
                        {
                            push(
                                out,
                                start,
                                end,
                                EntityType::Nationality,
                                self.country_actor(&code, ""),
                            );
                            return Some(next);
                        }
                    }
                    // "Russian troops", "the Iranian foreign minister"
                    if let Some((e, agent, plural)) = self.agent_after(ctx, end, b) {
                        let (e2, act) =
                            self.name_after_agent(ctx, e, b, self.agent_actor(Some(&code), agent));
                        let ty = if e2 > e && self.agent_type(agent, plural) == EntityType::Person {
                            EntityType::Person
                        } else {
                            self.agent_type(agent, plural)
                        };
                        push(out, start, e2, ty, Some(act));
                        push(
                            out,
                            start,
                            end,
                            EntityType::Nationality,
                            self.country_actor(&code, ""),
                        );
                        return Some(e2);
                    }
                    // "Hungarian and Romanian officials": find the shared agent
                    if matches!(next_low, "and" | "," | "or") {
                        if let Some(agent) = self.shared_agent(ctx, end, b) {
                            let (_, ag, plural) = agent;
                            push(
                                out,
                                start,
                                end,
                                self.agent_type(ag, plural),
                                Some(self.agent_actor(Some(&code), ag)),
                            );
                            return Some(end);
                        }
                    }
                    // "the French previously led …": the nation as an actor
                    if prev_low == "the"
                        && (end >= b
                            || !ctx.tokens[end].is_word()
                            || has(F_AGENT_VERBS, next_low)
                            || next_low.ends_with("ed"))
                    {
                        push(
                            out,
                            start - 1,
                            end,
                            EntityType::Organisation,
                            self.country_actor(&code, ""),
                        );
                        return Some(end);
                    }
                    // plural demonyms as groups: "Syrians", "Kurds" → organisation-like
                    let ty = if surface.ends_with('s')
                        && ctx.raw(start).ends_with('s')
                        && !ctx.raw(start).ends_with("ss")
                        && !ctx.raw(start).ends_with("ese")
                    {
                        EntityType::Organisation
                    } else {
                        EntityType::Nationality
                    };
                    push(out, start, end, ty, self.country_actor(&code, ""));
                    Some(end)
                }
                PlaceKind::Country => {
                    // "U.S. forces", "Israel Defense Forces" style: country + agent
                    if let Some((e, agent, plural)) = self.agent_after(ctx, end, b) {
                        let ty = self.agent_type(agent, plural);
                        let s = if start > a && prev_low == "the" {
                            start - 1
                        } else {
                            start
                        };
                        push(out, s, e, ty, Some(self.agent_actor(Some(&code), agent)));
                        return Some(e);
                    }
                    // "Russia's foreign minister"
                    if next_low == "'s" {
                        if let Some((e, agent, plural)) = self.agent_after(ctx, end + 1, b) {
                            push(
                                out,
                                start,
                                end,
                                EntityType::Organisation,
                                self.country_actor(&code, ""),
                            );
                            // "Jordan's King Abdullah": the agent names a person
                            let (e2, act) = self.name_after_agent(
                                ctx,
                                e,
                                b,
                                self.agent_actor(Some(&code), agent),
                            );
                            let ty =
                                if e2 > e && self.agent_type(agent, plural) == EntityType::Person {
                                    EntityType::Person
                                } else {
                                    self.agent_type(agent, plural)
                                };
                            push(out, end + 1, e2, ty, Some(act));
                            return Some(e2);
                        }
                    }
                    // the country as an agent is an organisation (re3d convention)
                    // "U.S.", "UK" used as a modifier / actor rather than a place
                    let abbrev = ctx.tokens[start].all_caps && end == start + 1;
                    // a list continuing an actor list ("include Australia, Belgium, …")
                    let list_org = matches!(prev_low, "," | "and" | "the")
                        && out.last().is_some_and(|c| {
                            c.etype == EntityType::Organisation
                                && c.end_tok + 3 >= start
                                && c.actor
                                    .as_ref()
                                    .is_some_and(|a| a.sector.is_empty() && !a.country.is_empty())
                        });
                    let ty = if self.is_agentive(ctx, start, end, b)
                        || abbrev && !has(F_LOC_PREPS, prev_low)
                        || next_low == "'s"
                        || list_org
                        || matches!(
                            prev_low,
                            "with"
                                | "join"
                                | "joined"
                                | "joins"
                                | "include"
                                | "includes"
                                | "including"
                                | "urged"
                                | "urges"
                                | "support"
                                | "supports"
                                | "supported"
                                | "between"
                                | "against"
                                | "attack"
                                | "attacked"
                                | "threaten"
                                | "threatened"
                                | "accused"
                                | "condemned"
                                | "warned"
                        ) {
                        EntityType::Organisation
                    } else {
                        EntityType::Location
                    };
                    push(out, start, end, ty, self.country_actor(&code, ""));
                    Some(end)
                }
                PlaceKind::Capital | PlaceKind::Place => {
                    // "Baghdad, Iraq": location
                    let actor = self.country_actor(&code, "");
                    push(out, start, end, EntityType::Location, actor);
                    Some(end)
                }
            }
        } else if let Some(aid) = actor_hit {
            let rec = &self.gaz.actors[aid];
            let code = rec.code_on(ctx.date)?.to_string();
            let etype = rec.etype;
            // a single capitalised token at sentence start that is also a common word is
            // only accepted for organisations / multiword names
            let actor = make_actor(&code, &rec.name);
            // "Secretary of State Antony Blinken": a title entry followed by a name
            if (etype == EntityType::Person && has(F_TITLES, ctx.low(start))
                || has(F_CORE_TITLES, ctx.low(start)))
                && end < b
                && ctx.is_cap_word(end)
                && !has(F_STOP_CAPS, ctx.low(end))
                && self.gaz.name_at(ctx.norm, end, b).is_none_or(|nm| {
                    self.gaz.name_hits[nm.pattern]
                        .iter()
                        .any(|h| matches!(h, Hit::Actor(_)))
                })
            {
                let mut e = end;
                while e < b
                    && e < end + 5
                    && (ctx.is_cap_word(e) && !has(F_STOP_CAPS, ctx.low(e))
                        || has(F_PARTICLES, ctx.low(e)) && e > end)
                {
                    e += 1;
                }
                let mut act = actor.clone();
                if let Some(nm) = self.gaz.name_at(ctx.norm, end, e) {
                    if nm.end == e {
                        for h in &self.gaz.name_hits[nm.pattern] {
                            if let Hit::Actor(id) = h {
                                let r2 = &self.gaz.actors[*id as usize];
                                if let Some(c2) = r2.code_on(ctx.date) {
                                    act = make_actor(c2, &r2.name);
                                }
                            }
                        }
                    }
                }
                push(out, start, e, EntityType::Person, Some(act));
                return Some(e);
            }
            // "Hamas militants", "NATO troops": organisation + agent
            if etype == EntityType::Organisation {
                if let Some((e, agent, plural)) = self.agent_after(ctx, end, b) {
                    let _ = plural;
                    let ag = &self.gaz.agents[agent];
                    let mut act = actor.clone();
                    if !act.code.ends_with(&ag.code) && act.sector.is_empty() {
                        act = make_actor(&format!("{}{}", act.code, ag.code), &rec.name);
                    }
                    push(out, start, e, EntityType::Organisation, Some(act));
                    // the organisation keeps its own (nested) mention
                    push(out, start, end, EntityType::Organisation, Some(actor));
                    return Some(e);
                }
            }
            push(out, start, end, etype, Some(actor));
            Some(end)
        } else {
            None
        }
    }

    /// "and Romanian officials" after a nationality: the agent shared by a coordination.
    pub(super) fn shared_agent(
        &self,
        ctx: &Ctx,
        i: usize,
        b: usize,
    ) -> Option<(usize, usize, bool)> {
        let mut k = i;
        for _ in 0..4 {
            if k >= b || !matches!(ctx.low(k), "and" | "," | "or") {
                return None;
            }
            k += 1;
            if ctx.low(k) == "and" {
                k += 1;
            }
            let m = self.gaz.name_at(ctx.norm, k, b)?;
            self.place_country(m, &[PlaceKind::Nationality])?;
            if let Some(r) = self.agent_after(ctx, m.end, b) {
                return Some(r);
            }
            k = m.end;
        }
        None
    }

    /// End of a capitalised organisation tail ("Democratic Forces", "Central Command",
    /// "Ministry of Defence") starting at `i`, if it contains an organisation word.
    pub(super) fn org_tail(&self, ctx: &Ctx, i: usize, b: usize) -> Option<usize> {
        let mut e = i;
        let mut last_org = None;
        while e < b {
            let t = ctx.tokens[e];
            let l = ctx.low(e);
            if t.kind == TokenKind::Word && (t.cap || t.all_caps) && !has(F_STOP_CAPS, l) {
                if has(F_ORG_SUFFIXES, l) {
                    last_org = Some(e + 1);
                }
                e += 1;
                continue;
            }
            if t.kind == TokenKind::Number && e > i {
                e += 1;
                continue;
            }
            if has(F_CONNECTORS, l) && e > i && ctx.is_cap_word(e + 1) && last_org.is_some() {
                e += 1;
                continue;
            }
            break;
        }
        if e - i > 5 {
            return last_org;
        }
        // the organisation word must be the last or followed by "of X"
        last_org.map(|lo| if lo == e { e } else { e.max(lo) })
    }

    pub(super) fn org_actor(&self, ctx: &Ctx, country: &str, s: usize, e: usize) -> Actor {
        let mut sector = "";
        for k in s..e {
            match ctx.low(k) {
                "army" | "forces" | "force" | "navy" | "military" | "command" | "corps"
                | "marines" | "brigade" | "brigades" | "battalion" | "division" | "guard"
                | "guards" => sector = "MIL",
                "ministry" | "government" | "department" | "administration" | "cabinet"
                    if sector.is_empty() =>
                {
                    sector = "GOV"
                }
                "police" => sector = "COP",
                "parliament" | "senate" | "congress" | "assembly" => sector = "LEG",
                "party" if sector.is_empty() => sector = "PTY",
                "court" | "tribunal" => sector = "JUD",
                "news" | "times" | "post" | "television" | "radio" | "press" => sector = "MED",
                _ => {}
            }
        }
        let name: Vec<&str> = (s..e).map(|k| ctx.raw(k)).collect();
        make_actor(&format!("{country}{sector}"), &name.join(" "))
    }
}
