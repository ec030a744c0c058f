//! What the dictionary-name rules (`dictionary`) lean on: names after agents, shared
//! agents of coordinations, organisation tails, the country of a name, and the places
//! nested inside longer names.

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
        // "asked Brussels to …", "urged Washington to …": the addressee of an appeal is a
        // party that is asked to act, not a place
        if start > 0 && has(F_APPEAL_BEFORE, ctx.low(start - 1)) && end < b && next == "to" {
            return true;
        }
        // "an appeal from Brussels", "a request from Washington": the author of an act
        if start > 1 && ctx.low(start - 1) == "from" && has(F_ACT_FROM, ctx.low(start - 2)) {
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

    /// The actor of an organisation name `s..e` of `country`: its sector is that of a
    /// hand-written agent naming the name's last words ("Coast Guard"), else of the sector
    /// words below, else of any agent naming its last words ("Central Bank").
    pub(super) fn org_actor(&self, ctx: &Ctx, country: &str, s: usize, e: usize) -> Actor {
        let agent = self.tail_agent(ctx, s, e);
        let sector = match agent {
            Some(a) if a.1 => a.0,
            _ => match sector_word(ctx, s, e) {
                "" => agent.map_or("", |a| a.0),
                w => w,
            },
        };
        let name: Vec<&str> = (s..e).map(|k| ctx.raw(k)).collect();
        make_actor(&format!("{country}{sector}"), &name.join(" "))
    }

    /// The sector code of the longest agent ending a name `s..e`, and whether the agent is
    /// hand-written.
    fn tail_agent(&self, ctx: &Ctx, s: usize, e: usize) -> Option<(&str, bool)> {
        (s..e).find_map(|k| {
            let m = self.gaz.agent_at(ctx.norm, k, e).filter(|m| m.end == e)?;
            let hit = self.gaz.agent_hits[m.pattern].first()?;
            let a = &self.gaz.agents[hit.agent as usize];
            (!a.prefix).then_some((a.code.as_str(), hit.curated))
        })
    }
}

/// The sector a word of an organisation name `s..e` gives (the last one wins, a
/// government word only if nothing came before).
fn sector_word(ctx: &Ctx, s: usize, e: usize) -> &'static str {
    let mut sector = "";
    for k in s..e {
        match ctx.low(k) {
            "army" | "forces" | "force" | "navy" | "military" | "command" | "corps" | "marines"
            | "brigade" | "brigades" | "battalion" | "division" | "guard" | "guards" => {
                sector = "MIL"
            }
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
    sector
}
