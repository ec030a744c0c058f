//! A dictionary match and what it becomes: a metonym ("Moscow said"), a place, a country
//! or nationality composed with what follows ("Russian troops", "Russia's foreign
//! minister", "Iraqi President X"), or a dictionary person / organisation. The rules are
//! tried in order; the first that applies decides.

use super::candidate::{make_actor, Cand, Ctx};
use super::finder::MentionFinder;
use super::gazetteer::{Hit, NameMatch, Place, PlaceKind};
use super::words::*;
use crate::nlp::text::TokenKind;
use crate::nlp::{Actor, EntityType};

/// Where a dictionary name sits: its sentence `[a, b)`, its tokens `[start, end)` and the
/// words around it.
pub(super) struct Site<'s> {
    si: usize,
    a: usize,
    b: usize,
    start: usize,
    end: usize,
    prev_low: &'s str,
    next_low: &'s str,
}

impl Site<'_> {
    fn push(&self, out: &mut Vec<Cand>, s: usize, e: usize, ty: EntityType, actor: Option<Actor>) {
        out.push(Cand {
            start_tok: s,
            end_tok: e,
            etype: ty,
            actor,
            sentence: self.si,
            pronoun: false,
            weak: false,
        });
    }
}

/// "the Gulf of Oman", "the Sea of Japan", "the Bay of Kotor": a name after a capitalised
/// water noun and "of" names the water, not the state or town: a place with no party, as
/// a river is, so a seizure "in the Gulf of Oman" has no Omani target. So does a name right
/// after a water noun that comes first ("Lake Chad", "Lake Malawi", "Khor Abdullah"): the
/// insurgents "near Lake Chad" are not Chad's, and the Abdullah of a waterway is no king.
fn water_name(ctx: &Ctx, site: &Site, out: &mut Vec<Cand>) -> Option<usize> {
    let water_of = |k: usize| site.prev_low == "of" && has(F_WATER_OF, ctx.low(k));
    let water_before = |k: usize| k + 1 == site.start && has(F_WATER_BEFORE, ctx.low(k));
    let water = (1..=2)
        .filter_map(|d| site.start.checked_sub(d))
        .filter(|&k| k >= site.a && ctx.is_cap_word(k))
        .any(|k| water_before(k) || (k + 2 == site.start && water_of(k)));
    if !water {
        return None;
    }
    site.push(out, site.start, site.end, EntityType::Location, None);
    Some(site.end)
}

/// The lower-cased word after a name, or "". A bare apostrophe after a name ending in "s"
/// ("the Philippines' foreign minister", "Seychelles' new president") is the possessive
/// "'s" the tokenizer splits off other names, so the possessive rules read both alike.
fn next_word<'c>(ctx: &'c Ctx, end: usize, b: usize) -> &'c str {
    if end >= b {
        return "";
    }
    let next = ctx.low(end);
    if next == "'" && ctx.low(end - 1).ends_with('s') {
        return "'s";
    }
    next
}

/// Verbs and prepositions after which a country is an actor, not a place.
fn country_as_actor_after(prev_low: &str) -> bool {
    matches!(
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
    )
}

impl MentionFinder {
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
        let (start, end) = (m.start, m.end);
        let lower = if self.gaz.spelt_lower(m.pattern) {
            None
        } else {
            first_lower_word(ctx, start, end)
        };
        if let Some(k) = lower {
            // "U.S. military": retry with the capitalised prefix only
            let shorter = self.gaz.name_at(ctx.norm, start, k)?;
            return self.name_match(ctx, si, a, b, shorter, out);
        }
        let site = Site {
            si,
            a,
            b,
            start,
            end,
            prev_low: if start > a { ctx.low(start - 1) } else { "" },
            next_low: next_word(ctx, end, b),
        };
        if let Some(e) = water_name(ctx, &site, out) {
            return Some(e);
        }
        let hits = &self.gaz.name_hits[m.pattern];
        let metonym = hits.iter().find_map(|h| match h {
            Hit::Metonym(id) => Some(*id as usize),
            _ => None,
        });
        if let Some(e) = metonym.and_then(|id| self.metonym_match(ctx, &site, id, out)) {
            return Some(e);
        }
        if let Some(id) = hits.iter().find_map(|h| match h {
            Hit::Place(id) => Some(*id as usize),
            _ => None,
        }) {
            return self.place_match(ctx, &site, &self.gaz.places[id], out);
        }
        let actor = self.gaz.actor_on(m.pattern, ctx.date)?;
        self.actor_match(ctx, &site, actor, out)
    }

    /// A metonym used as an actor ("Moscow said", "by Washington"), unless an organisation
    /// word follows ("Washington Post") or "of" and a capitalised word continue the name
    /// ("the Congress of South African Trade Unions" is not the U.S. Congress).
    fn metonym_match(
        &self,
        ctx: &Ctx,
        site: &Site,
        id: usize,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let (start, end, b) = (site.start, site.end, site.b);
        let mt = &self.gaz.metonyms[id];
        let actor_reading = mt.always
            || self.is_agentive(ctx, start, end, b)
            || site.next_low == "'s" && self.agent_after(ctx, end + 1, b).is_none();
        if !actor_reading || end < b && ctx.is_cap_word(end) && has(F_ORG_SUFFIXES, ctx.low(end)) {
            return None;
        }
        if site.next_low == "of" && end + 1 < b && ctx.is_cap_word(end + 1) {
            return None;
        }
        let actor = make_actor(&mt.code, ctx.raw(start));
        site.push(out, start, end, EntityType::Organisation, Some(actor));
        Some(end)
    }

    /// A place name: organisation tails, rivers, person readings, US states, then by kind.
    fn place_match(
        &self,
        ctx: &Ctx,
        site: &Site,
        place: &Place,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let (start, end) = (site.start, site.end);
        // followed by a capitalised organisation word: "Jordan Armed Forces",
        // "Syrian Democratic Forces", "U.S. Central Command", "Washington Post"
        if let Some(e) = self.org_tail(ctx, end, site.b) {
            let country_like = matches!(place.kind, PlaceKind::Nationality | PlaceKind::Country);
            let actor = country_like.then(|| self.org_actor(ctx, &place.code, start, e));
            site.push(out, start, e, EntityType::Organisation, actor);
            if place.kind == PlaceKind::Nationality {
                let nat = self.country_actor(&place.code, "");
                site.push(out, start, end, EntityType::Nationality, nat);
            }
            return Some(e);
        }
        // rivers
        if matches!(site.next_low, "river" | "valley" | "basin") {
            site.push(out, start, end + 1, EntityType::Location, None);
            return Some(end + 1);
        }
        if site.prev_low == "river" {
            site.push(out, start, end, EntityType::Location, None);
            return Some(end);
        }
        // person-name readings: "Michael Jordan", "Chad Smith", "George Washington"
        if start > site.a
            && ctx.is_cap_word(start - 1)
            && self.gaz.first_names.contains(site.prev_low)
            && end == start + 1
        {
            // handled by the capitalised-sequence rule starting at the first name
            return None;
        }
        if let Some(e) = surname_after_initial(ctx, site, out) {
            return Some(e);
        }
        if let Some(e) = self.person_named_like_place(ctx, site, out) {
            return Some(e);
        }
        if let Some(e) = self.place_word_in_apposed_name(ctx, site, place, out) {
            return Some(e);
        }
        if let Some(e) = self.us_state(ctx, site, place, out) {
            return Some(e);
        }
        match place.kind {
            PlaceKind::Nationality => Some(self.nationality_match(ctx, site, &place.code, out)),
            PlaceKind::Country => Some(self.country_match(ctx, site, &place.code, out)),
            PlaceKind::Capital | PlaceKind::Place => {
                // "North West Frontier Province", "Santa Cruz Barillas": the tables' place
                // only begins a longer name they do not know, of no evident country.
                if let Some(e) = self.longer_unknown_name(ctx, site) {
                    site.push(out, start, e, EntityType::Location, None);
                    return Some(e);
                }
                // "Baghdad, Iraq": location
                let actor = self.country_actor(&place.code, "");
                site.push(out, start, end, EntityType::Location, actor);
                Some(end)
            }
        }
    }

    /// The end of the capitalised run after a place name when its next word is one no table
    /// knows (not a place word, "Anbar Province", an organisation word, a month or day, a
    /// stop word or a name of its own) and the run ends in a place word: a longer place
    /// name of its own ("North West Frontier Province"). A run ending otherwise is most
    /// often an institution of the place ("Tokyo Stock Exchange"), which keeps its country.
    /// Not in a title-case headline, where every word is capitalised.
    fn longer_unknown_name(&self, ctx: &Ctx, site: &Site) -> Option<usize> {
        let (end, b) = (site.end, site.b);
        let t = ctx.tokens.get(end)?;
        let known = F_PLACE_SUFFIXES | F_ORG_SUFFIXES | F_MONTHS_DAYS | F_STOP_CAPS | F_TITLES;
        if end >= b
            || !(t.kind == TokenKind::Word && t.cap && !t.all_caps)
            || has(known, ctx.low(end))
            || self.gaz.name_at(ctx.norm, end, b).is_some()
            || title_case(ctx, site.a, b)
        {
            return None;
        }
        let mut e = end;
        while e < b && ctx.is_cap_word(e) {
            e += 1;
        }
        (e > end + 1 && has(F_PLACE_SUFFIXES, ctx.low(e - 1))).then_some(e)
    }

    /// "its foreign minister, Tete Antonio, said": a one-word town or region opening a
    /// two-word capitalised run set off by commas right after a person's title is the first
    /// word of that person's name, not the place ("the governor of Tete" keeps the place).
    /// The second word must be one no table knows and no place or organisation word.
    fn place_word_in_apposed_name(
        &self,
        ctx: &Ctx,
        site: &Site,
        place: &Place,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let (start, end, b) = (site.start, site.end, site.b);
        let known = F_PLACE_SUFFIXES | F_ORG_SUFFIXES | F_MONTHS_DAYS | F_STOP_CAPS | F_TITLES;
        let apposed = site.prev_low == ","
            && start >= site.a + 2
            && has(F_TITLES | F_HUMAN_HEADS, ctx.low(start - 2));
        let town = matches!(place.kind, PlaceKind::Capital | PlaceKind::Place);
        if !apposed
            || !town
            || end != start + 1
            || end + 1 >= b
            || !ctx.is_cap_word(end)
            || ctx.tokens[end].all_caps
            || has(known, site.next_low)
            || self.gaz.name_at(ctx.norm, end, b).is_some()
            || ctx.low(end + 1) != ","
        {
            return None;
        }
        site.push(out, start, end + 1, EntityType::Person, None);
        Some(end + 1)
    }

    /// "Chad Smith", "Jordan Peterson": a place name that is also a first name, before an
    /// unknown capitalised word, starts a person name.
    fn person_named_like_place(
        &self,
        ctx: &Ctx,
        site: &Site,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let (start, end, b) = (site.start, site.end, site.b);
        let surface = ctx.norm.token(start);
        let first_name = self.gaz.first_names.contains(surface)
            || matches!(surface, "chad" | "jordan" | "georgia" | "india" | "israel");
        if end != start + 1
            || !first_name
            || end >= b
            || !ctx.is_cap_word(end)
            || self.gaz.name_at(ctx.norm, end, b).is_some()
            || has(F_TITLES, site.next_low)
        {
            return None;
        }
        let e = rest_of_name(ctx, end + 1, (end + 3).min(b), false);
        site.push(out, start, e, EntityType::Person, None);
        Some(e)
    }

    /// "Georgia governor", "Atlanta, Georgia", "Washington state": the US states.
    fn us_state(
        &self,
        ctx: &Ctx,
        site: &Site,
        place: &Place,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let (start, end, prev_low, next_low) = (site.start, site.end, site.prev_low, site.next_low);
        if place.code == "GEO" && place.kind == PlaceKind::Country {
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
                    "governor" | "legislature" | "democrats" | "republicans" | "voters" | "primary"
                )
            {
                site.push(out, start, end, EntityType::Location, None);
                return Some(end);
            }
        }
        let washington = ctx.norm.token(start) == "washington";
        if place.kind == PlaceKind::Capital && next_low == "state" && washington {
            site.push(out, start, end + 1, EntityType::Location, None);
            return Some(end + 1);
        }
        None
    }

    /// A nationality: with a title or an agent after it, shared by a coordination, "the
    /// French" as an actor, or the nationality alone.
    fn nationality_match(&self, ctx: &Ctx, site: &Site, code: &str, out: &mut Vec<Cand>) -> usize {
        if let Some(e) = self.nationality_composed(ctx, site, code, out) {
            return e;
        }
        let (start, end, prev_low, next_low) = (site.start, site.end, site.prev_low, site.next_low);
        // "Hungarian and Romanian officials": find the shared agent
        if matches!(next_low, "and" | "," | "or") {
            if let Some((_, ag, plural)) = self.shared_agent(ctx, end, site.b) {
                let actor = Some(self.agent_actor(Some(code), ag));
                site.push(out, start, end, self.agent_type(ag, plural), actor);
                return end;
            }
        }
        // "the French previously led …": the nation as an actor
        if prev_low == "the"
            && (end >= site.b
                || !ctx.tokens[end].is_word()
                || has(F_AGENT_VERBS, next_low)
                || next_low.ends_with("ed"))
        {
            let actor = self.country_actor(code, "");
            site.push(out, start - 1, end, EntityType::Organisation, actor);
            return end;
        }
        // plural demonyms as groups: "Syrians", "Kurds", "South Koreans" → organisation-like
        let last = end.saturating_sub(1).max(start);
        let raw = ctx.raw(last);
        let ty = if ctx.norm.token(last).ends_with('s')
            && raw.ends_with('s')
            && !raw.ends_with("ss")
            && !raw.ends_with("ese")
        {
            EntityType::Organisation
        } else {
            EntityType::Nationality
        };
        site.push(out, start, end, ty, self.country_actor(code, ""));
        end
    }

    /// "Iraqi President Fuad Masum", "Russian troops", "the Iranian foreign minister": a
    /// nationality with a title or an agent, which keeps its own nested mention.
    fn nationality_composed(
        &self,
        ctx: &Ctx,
        site: &Site,
        code: &str,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let (start, end, b) = (site.start, site.end, site.b);
        let titled = end < b
            && ctx.is_cap_word(end)
            && (has(F_CORE_TITLES, ctx.low(end))
                || has(F_TITLES, ctx.low(end))
                    && ctx.is_cap_word(end + 1)
                    && has(F_CORE_TITLES, ctx.low(end + 1)));
        if titled {
            if let Some(next) =
                self.title_rule(ctx, site.si, site.a, b, end, Some((start, code)), out)
            {
                site.push(
                    out,
                    start,
                    end,
                    EntityType::Nationality,
                    self.country_actor(code, ""),
                );
                return Some(next);
            }
        }
        let (e, agent, plural) = self
            .agent_after(ctx, end, b)
            .or_else(|| self.agent_across_modifiers(ctx, (site.a, b), (start, end)))?;
        let (e2, act) = self.name_after_agent(ctx, e, b, self.agent_actor(Some(code), agent));
        site.push(out, start, e2, self.agent_type(agent, plural), Some(act));
        site.push(
            out,
            start,
            end,
            EntityType::Nationality,
            self.country_actor(code, ""),
        );
        Some(e2)
    }

    /// A country: with an agent ("U.S. forces"), a possessive agent ("Russia's foreign
    /// minister", "Jordan's King Abdullah"), or alone, typed as an actor or a place.
    fn country_match(&self, ctx: &Ctx, site: &Site, code: &str, out: &mut Vec<Cand>) -> usize {
        let (start, end, b) = (site.start, site.end, site.b);
        // "U.S. forces", "Israel Defense Forces" style: country + agent
        if let Some((e, agent, plural)) = self.agent_after(ctx, end, b) {
            let s = if start > site.a && site.prev_low == "the" {
                start - 1
            } else {
                start
            };
            let actor = Some(self.agent_actor(Some(code), agent));
            site.push(out, s, e, self.agent_type(agent, plural), actor);
            return e;
        }
        // "Russia's foreign minister"; "Sweden's development minister", a portfolio the
        // lists do not know, when the parse reads it as one noun phrase with a title that
        // names one person (a later "the minister" needs its state). A body across unknown
        // modifiers ("Spain's conservative opposition") is left as it was: its events are
        // mostly domestic.
        if site.next_low == "'s" {
            let agent = self.agent_after(ctx, end + 1, b).or_else(|| {
                self.agent_across_modifiers(ctx, (site.a, b), (end + 1, end + 1))
                    .filter(|&(_, agent, plural)| {
                        self.agent_type(agent, plural) == EntityType::Person
                    })
            });
            if let Some((e, agent, plural)) = agent {
                site.push(
                    out,
                    start,
                    end,
                    EntityType::Organisation,
                    self.country_actor(code, ""),
                );
                // "Jordan's King Abdullah": the agent names a person
                let (e2, act) =
                    self.name_after_agent(ctx, e, b, self.agent_actor(Some(code), agent));
                site.push(out, end + 1, e2, self.agent_type(agent, plural), Some(act));
                return e2;
            }
        }
        let ty = self.country_type(ctx, site, out);
        site.push(out, start, end, ty, self.country_actor(code, ""));
        end
    }

    /// A city of the place tables, or a capitalised word before a place noun ("Anbar
    /// province"), at token `i`.
    fn place_after(&self, ctx: &Ctx, i: usize, b: usize) -> bool {
        if i >= b || !ctx.is_cap_word(i) {
            return false;
        }
        let kinds = [PlaceKind::Place, PlaceKind::Capital];
        if let Some(m) = self.gaz.name_at(ctx.norm, i, b) {
            return self.place_country(m, &kinds).is_some();
        }
        i + 1 < b && has(F_PLACE_NOUNS_AFTER, ctx.low(i + 1))
    }

    /// A country alone is an organisation when it acts (re3d convention), else a place.
    fn country_type(&self, ctx: &Ctx, site: &Site, out: &[Cand]) -> EntityType {
        let (start, end, prev_low) = (site.start, site.end, site.prev_low);
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
        // "Syria's Idlib province": the possessive locates a place of the country
        let owns_place = site.next_low == "'s" && self.place_after(ctx, end + 1, site.b);
        if self.is_agentive(ctx, start, end, site.b)
            || abbrev && !has(F_LOC_PREPS, prev_low)
            || site.next_low == "'s" && !owns_place
            || list_org
            || country_as_actor_after(prev_low)
        {
            EntityType::Organisation
        } else {
            EntityType::Location
        }
    }

    /// A person or organisation of the actor dictionaries, on the article's date.
    fn actor_match(&self, ctx: &Ctx, site: &Site, id: usize, out: &mut Vec<Cand>) -> Option<usize> {
        let (start, end) = (site.start, site.end);
        // an acronym that spells a function word ("WHO") names the body only in capitals:
        // "Who" opening a question is the pronoun
        if end == start + 1 && !ctx.tokens[start].all_caps && has(F_STOP_CAPS, ctx.low(start)) {
            return None;
        }
        let rec = &self.gaz.actors[id];
        // a one-word entry the files type as a body ("Abdullah") is a first name too when
        // an Arabic family name follows it
        let family_name_next = end < site.b && super::nominal::is_article_name(ctx.raw(end));
        if rec.etype == EntityType::Person || family_name_next {
            if let Some(e) = self.person_named_like_leader(ctx, site, out) {
                return Some(e);
            }
        }
        let code = rec.code_on(ctx.date)?.to_string();
        let actor = make_actor(&code, &rec.name);
        if let Some(e) = self.titled_entry(ctx, site, rec.etype, &actor, out) {
            return Some(e);
        }
        // "Hamas militants", "NATO troops": organisation + agent
        if rec.etype == EntityType::Organisation {
            if let Some((e, agent, _)) = self.agent_after(ctx, end, site.b) {
                let ag = &self.gaz.agents[agent];
                let mut act = actor.clone();
                if !act.code.ends_with(&ag.code) && act.sector.is_empty() {
                    act = make_actor(&format!("{}{}", act.code, ag.code), &rec.name);
                }
                site.push(out, start, e, EntityType::Organisation, Some(act));
                // the organisation keeps its own (nested) mention
                site.push(out, start, end, EntityType::Organisation, Some(actor));
                return Some(e);
            }
        }
        // "Abu Hamza al-Tikriti" where the dictionary holds "Abu Hamza": the Arabic surname
        // after it belongs to the name, which the mention spans whole
        let mut end = end;
        if rec.etype == EntityType::Person {
            while end < site.b && super::nominal::is_article_name(ctx.raw(end)) {
                end += 1;
            }
        }
        site.push(out, start, end, rec.etype, Some(actor));
        Some(end)
    }

    /// "Abbas Kiarostami", "Salman Rushdie": a leader's one-word name that is also a first
    /// name, before an unknown capitalised word, starts another person's name (no actor).
    /// A weekday or month after it is no name ("Abbas Monday"), nor a dictionary name. An
    /// Arabic family name opened by its article ("Abdullah al-Yahya") is such a word too.
    fn person_named_like_leader(
        &self,
        ctx: &Ctx,
        site: &Site,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let (start, end, b) = (site.start, site.end, site.b);
        if end != start + 1
            || end >= b
            || !self.gaz.first_names.contains(ctx.low(start))
            || !(ctx.tokens[end].cap || super::nominal::is_article_name(ctx.raw(end)))
            || has(F_STOP_CAPS | F_TITLES | F_MONTHS_DAYS, site.next_low)
            || self.gaz.name_at(ctx.norm, end, b).is_some()
        {
            return None;
        }
        // "al-" + capital continues the name ("Atrous al-Rishawi")
        let e = rest_of_name(ctx, end + 1, (end + 4).min(b), true);
        site.push(out, start, e, EntityType::Person, None);
        Some(e)
    }

    /// "Secretary of State Antony Blinken": a title entry followed by a name; the person
    /// takes the name's own dated role when the dictionary knows it.
    fn titled_entry(
        &self,
        ctx: &Ctx,
        site: &Site,
        etype: EntityType,
        actor: &Actor,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let (start, end, b) = (site.start, site.end, site.b);
        let title = etype == EntityType::Person && has(F_TITLES, ctx.low(start))
            || has(F_CORE_TITLES, ctx.low(start));
        let named = end < b
            && ctx.is_cap_word(end)
            && !has(F_STOP_CAPS, ctx.low(end))
            && self.gaz.name_at(ctx.norm, end, b).is_none_or(|nm| {
                self.gaz.name_hits[nm.pattern]
                    .iter()
                    .any(|h| matches!(h, Hit::Actor(_)))
            });
        if !title || !named {
            return None;
        }
        let mut e = end;
        while e < b
            && e < end + 5
            && (ctx.is_cap_word(e) && !has(F_STOP_CAPS, ctx.low(e))
                || has(F_PARTICLES, ctx.low(e)) && e > end)
        {
            e += 1;
        }
        let act = self
            .dated_person(ctx, end, e)
            .unwrap_or_else(|| actor.clone());
        site.push(out, start, e, EntityType::Person, Some(act));
        Some(e)
    }

    /// The dated role of the dictionary actor named exactly by tokens `[s, e)` (the last
    /// such hit wins).
    fn dated_person(&self, ctx: &Ctx, s: usize, e: usize) -> Option<Actor> {
        let nm = self.gaz.name_at(ctx.norm, s, e).filter(|nm| nm.end == e)?;
        self.gaz.name_hits[nm.pattern]
            .iter()
            .rev()
            .find_map(|h| match h {
                Hit::Actor(id) => {
                    let r2 = &self.gaz.actors[*id as usize];
                    r2.code_on(ctx.date).map(|c2| make_actor(c2, &r2.name))
                }
                _ => None,
            })
    }
}

/// Every word of a multi-word proper name must be capitalised (or a particle, a connector,
/// a hyphenated word): the first word that is not, if any.
/// Fewer than two lower-case words in tokens `a..b`: a title-case headline.
/// "the Maria T. Jordan hospital", "Joseph N. France said": a one-word place right after a
/// person's middle initial is that person's surname, not the country. The name before it
/// was read up to the initial, and is extended over the place word; the place gives no
/// actor (an institution named after the person is no agent of the country).
fn surname_after_initial(ctx: &Ctx, site: &Site, out: &mut [Cand]) -> Option<usize> {
    let (start, end) = (site.start, site.end);
    let initial = |k: usize| {
        let w = ctx.tokens[k].text(ctx.text).as_bytes();
        w.len() == 2 && w[0].is_ascii_uppercase() && w[1] == b'.'
    };
    if end != start + 1 || start < site.a + 2 || !initial(start - 1) {
        return None;
    }
    let name = out.last_mut()?;
    if name.etype != EntityType::Person || name.end_tok != start || name.actor.is_some() {
        return None;
    }
    name.end_tok = end;
    Some(end)
}

fn title_case(ctx: &Ctx, a: usize, b: usize) -> bool {
    let lower = (a..b)
        .filter_map(|i| ctx.tokens.get(i))
        .filter(|t| t.kind == TokenKind::Word && !t.cap && !t.all_caps)
        .count();
    lower < 2
}

fn first_lower_word(ctx: &Ctx, start: usize, end: usize) -> Option<usize> {
    (start + 1..end).find(|&k| {
        let t = ctx.tokens[k];
        let l = ctx.low(k);
        t.kind == TokenKind::Word
            && !t.cap
            && !t.all_caps
            && !has(F_PARTICLES, l)
            && !has(F_CONNECTORS, l)
            && !l.contains('-')
            && !elided_capital(ctx.raw(k))
    })
}

/// "d'Ivoire", "l'Aquila": an elided French article or preposition glued to a capitalised
/// word is the capitalised word of a name ("Côte d'Ivoire"), not a lower-case word after it.
fn elided_capital(word: &str) -> bool {
    let mut it = word.chars();
    let (Some(p), Some(q), Some(c)) = (it.next(), it.next(), it.next()) else {
        return false;
    };
    matches!(p, 'd' | 'l') && matches!(q, '\'' | '\u{2019}') && c.is_uppercase()
}

/// Where a person's name that began before `from` ends: it runs on over capitalised words
/// that are no titles (and, with `articles`, "al-" + capital), stopping at `limit`.
fn rest_of_name(ctx: &Ctx, from: usize, limit: usize, articles: bool) -> usize {
    let mut e = from;
    while e < limit
        && (ctx.is_cap_word(e) && !has(F_TITLES, ctx.low(e))
            || articles && super::nominal::is_article_name(ctx.raw(e)))
    {
        e += 1;
    }
    e
}
