//! Capitalised sequences the dictionaries do not know: acronyms, organisation and place
//! tails, "in <Capitalised>", and a type guess for the rest.

use super::candidate::{Cand, Ctx};
use super::finder::MentionFinder;
use super::gazetteer::PlaceKind;
use super::nominal::is_article_name;
use super::words::*;
use crate::nlp::text::TokenKind;
use crate::nlp::EntityType;
use std::collections::HashSet;

impl MentionFinder {
    /// Capitalised sequences not in the dictionaries.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn capitalised(
        &self,
        ctx: &Ctx,
        si: usize,
        a: usize,
        b: usize,
        i: usize,
        mid_caps: &HashSet<&str>,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let l0 = ctx.low(i);
        if has(F_STOP_CAPS, l0) || has(F_MONTHS_DAYS, l0) {
            return None;
        }
        // sentence-initial word: only if seen capitalised mid-sentence or a first name
        let at_start = i == a
            || matches!(
                ctx.raw(i - 1),
                "\"" | "\u{201C}" | "(" | ":" | "-" | "\u{2013}" | "\u{2014}"
            );
        if at_start
            && !mid_caps.contains(l0)
            && !self.gaz.first_names.contains(l0)
            && !ctx.tokens[i].all_caps
        {
            return None;
        }
        let mut e = i;
        let mut has_org = false;
        let mut has_place = false;
        while e < b && e < i + 8 {
            let t = ctx.tokens[e];
            let l = ctx.low(e);
            if t.kind == TokenKind::Word
                && (t.cap || t.all_caps || is_article_name(ctx.raw(e)))
                && !has(F_STOP_CAPS, l)
                && !has(F_MONTHS_DAYS, l)
            {
                // a dictionary name inside the run stops a person run but not an org
                if e > i
                    && !has_org
                    && !has(F_ARABIC_ARTICLES, l0)
                    && (e != i + 1 || !self.gaz.first_names.contains(l0))
                    && self.gaz.name_at(ctx.norm, e, b).is_some()
                    && !has(F_ORG_SUFFIXES, l)
                    && self.org_tail(ctx, e, b).is_none()
                {
                    break;
                }
                if has(F_ORG_SUFFIXES, l) {
                    has_org = true;
                }
                if has(F_PLACE_SUFFIXES, l) {
                    has_place = true;
                }
                e += 1;
                continue;
            }
            if t.kind == TokenKind::Word && has(F_PARTICLES, l) && ctx.is_cap_word(e + 1) && e > i {
                e += 1;
                continue;
            }
            if has(F_CONNECTORS, l) && e > i && ctx.is_cap_word(e + 1) && (has_org || has_place) {
                e += 1;
                continue;
            }
            if t.kind == TokenKind::Number && e > i && has_org {
                e += 1;
                continue;
            }
            break;
        }
        if e == i {
            return None;
        }
        let n = e - i;
        let prev = if i > a { ctx.low(i - 1) } else { "" };
        let first = ctx.tokens[i];
        let raw0 = ctx.raw(i);
        let push = |out: &mut Vec<Cand>, ty: EntityType, weak: bool| {
            out.push(Cand {
                start_tok: i,
                end_tok: e,
                etype: ty,
                actor: None,
                sentence: si,
                pronoun: false,
                weak,
            });
        };
        let last = ctx.low(e - 1);
        // "Pentagon Press Secretary Peter Cook": a title inside the run makes a person
        if let Some(k) = (i + 1..e).find(|&k| has(F_CORE_TITLES, ctx.low(k))) {
            let before = out.len();
            if let Some(next) = self.title_rule(ctx, si, a, b, k, None, out) {
                if let Some(c) = out.get_mut(before) {
                    c.start_tok = i;
                }
                return Some(next);
            }
        }
        // dates, documents, awards and ships are not entities of our types: skip the run
        if has(F_TEMPORAL_OR_DOC, last) || has(F_SHIP_PREFIXES, l0) && n >= 2 {
            return Some(e);
        }
        // all-caps runs ("NAVCENT CTFs") and Arabic group names ("Jaish al-…")
        if n >= 2
            && ((i..e).all(|k| ctx.tokens[k].all_caps || !ctx.tokens[k].is_word())
                || matches!(
                    l0,
                    "jaish"
                        | "jabhat"
                        | "harakat"
                        | "ansar"
                        | "hizb"
                        | "kataib"
                        | "liwa"
                        | "saraya"
                        | "lashkar"
                        | "tehrik"
                        | "jamaat"
                        | "asaib"
                        | "ahrar"
                        | "jund"
                ))
        {
            push(out, EntityType::Organisation, false);
            return Some(e);
        }
        if matches!(l0, "operation" | "exercise") && n >= 2 {
            push(out, EntityType::Organisation, false);
            return Some(e);
        }
        if n >= 2
            && (has(F_PLACE_PREFIXES, l0)
                || matches!(last, "asia" | "africa" | "europe" | "america" | "levant")
                || has(F_ARABIC_ARTICLES, l0))
        {
            push(out, EntityType::Location, false);
            return Some(e);
        }
        if matches!(
            last,
            "airmen"
                | "soldiers"
                | "marines"
                | "sailors"
                | "troops"
                | "fighters"
                | "members"
                | "rangers"
                | "guardsmen"
                | "seals"
                | "fusiliers"
                | "commandos"
        ) {
            push(out, EntityType::Organisation, false);
            return Some(e);
        }
        if has_org && (has(F_ORG_SUFFIXES, last) || n >= 2) {
            // "Coalition military forces": organisation name + agent
            let e2 = self
                .agent_after(ctx, e, b)
                .filter(|&(_, ag, pl)| self.agent_type(ag, pl) == EntityType::Organisation)
                .map(|x| x.0);
            // "Government of Eritrea", "Copenhagen City Court": the country named inside
            let actor = self
                .inner_country(ctx, i, e)
                .map(|c| self.org_actor(ctx, &c, i, e));
            if let Some(e2) = e2 {
                out.push(Cand {
                    start_tok: i,
                    end_tok: e2,
                    etype: EntityType::Organisation,
                    actor: actor.clone(),
                    sentence: si,
                    pronoun: false,
                    weak: false,
                });
            }
            out.push(Cand {
                start_tok: i,
                end_tok: e,
                etype: EntityType::Organisation,
                actor,
                sentence: si,
                pronoun: false,
                weak: false,
            });
            return Some(e2.unwrap_or(e));
        }
        if has_place && n >= 2 {
            push(out, EntityType::Location, false);
            return Some(e);
        }
        // an all-caps headline ("TURKEY WARNS RUSSIA") is not a row of acronyms
        let caps_line = i > a
            && ctx.tokens[i - 1].all_caps
            && ctx.tokens.get(i + 1).is_some_and(|t| t.all_caps);
        if n == 1
            && first.all_caps
            && !caps_line
            && raw0.len() >= 2
            && raw0.len() <= 10
            && !has(F_NOT_ACRONYM, raw0)
            && raw0
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '.' || c == '-')
        {
            push(out, EntityType::Organisation, false);
            return Some(e);
        }
        // "the Tigris river", "Anbar province"
        let next_low = ctx.low(e);
        if e < b
            && !ctx.tokens[e].cap
            && matches!(
                next_low,
                "river"
                    | "province"
                    | "city"
                    | "district"
                    | "mountains"
                    | "valley"
                    | "governorate"
                    | "region"
                    | "village"
                    | "town"
                    | "dam"
                    | "lake"
                    | "border"
                    | "area"
            )
        {
            out.push(Cand {
                start_tok: i,
                end_tok: e + 1,
                etype: EntityType::Location,
                actor: None,
                sentence: si,
                pronoun: false,
                weak: true,
            });
            return Some(e + 1);
        }
        // coordination with the previous mention: "Husaybah and Karabilah"
        if matches!(prev, "and" | "," | "or") && i >= a + 2 {
            if let Some(last_c) = out.last() {
                if last_c.end_tok == i - 1 && last_c.actor.is_none() && !last_c.pronoun {
                    let ty = last_c.etype;
                    push(out, ty, true);
                    return Some(e);
                }
            }
        }
        // "Cibolo, Texas", "Vermillion, South Dakota": a town before ", <place>"
        if n <= 3 && ctx.low(e) == "," && e + 1 < b && ctx.is_cap_word(e + 1) {
            if let Some(m) = self.gaz.name_at(ctx.norm, e + 1, b) {
                if self
                    .place_country(
                        m,
                        &[PlaceKind::Country, PlaceKind::Place, PlaceKind::Capital],
                    )
                    .is_some()
                {
                    push(out, EntityType::Location, true);
                    return Some(e);
                }
            }
        }
        // "… said Russell.", "according to Smith"
        if n <= 4
            && (matches!(prev, "said" | "says" | "told")
                || prev == "to" && i >= 2 && ctx.low(i - 2) == "according")
            && !has_org
        {
            push(out, EntityType::Person, true);
            return Some(e);
        }
        if has(F_LOC_PREPS, prev) && !self.gaz.first_names.contains(l0) {
            push(out, EntityType::Location, true);
            return Some(e);
        }
        if self.gaz.first_names.contains(l0) && n >= 2 {
            push(out, EntityType::Person, false);
            return Some(e);
        }
        let next = ctx.low(e);
        // "Abu Ghadiya", "Abboud Qanbar (Arabic: …)", "Abu Jandal was …"
        // a person guess needs a name-like run: no all-caps codes ("MHZ Polarization")
        let name_like = (i..e).all(|k| !ctx.tokens[k].all_caps || !ctx.tokens[k].is_word());
        if (2..=4).contains(&n)
            && name_like
            && (!at_start
                || l0 == "abu"
                || matches!(next, "(" | "was" | "is" | "has" | "had" | "said" | "told"))
        {
            push(out, EntityType::Person, true);
            return Some(e);
        }
        if n == 1
            && (!at_start || mid_caps.contains(l0))
            && matches!(
                next,
                "said"
                    | "told"
                    | "says"
                    | "added"
                    | "explained"
                    | "wrote"
                    | "denied"
                    | "announced"
                    | "was"
                    | "became"
                    | "served"
                    | "died"
                    | "joined"
            )
        {
            push(out, EntityType::Person, true);
            return Some(e);
        }
        if n == 1 && !at_start && (prev == "," || prev == "and") && e < b && ctx.low(e) == "," {
            // list of names: unknown type, skip
            return None;
        }
        None
    }
}
