//! Titles before capitalised names: "President Xyz Abc", "Gen. Joseph L. Votel".

use super::candidate::{make_actor, Cand, Ctx};
use super::finder::MentionFinder;
use super::gazetteer::{Hit, PlaceKind};
use super::nominal::is_article_name;
use super::words::*;
use crate::nlp::text::TokenKind;
use crate::nlp::EntityType;

impl MentionFinder {
    /// Title + capitalised name: "President Xyz Abc", "Gen. Joseph L. Votel",
    /// "Foreign Minister Julie Bishop". `nat` = (start token, country) of a preceding
    /// nationality ("Iraqi President …").
    #[allow(clippy::too_many_arguments)]
    pub(super) fn title_rule(
        &self,
        ctx: &Ctx,
        si: usize,
        a: usize,
        b: usize,
        i: usize,
        nat: Option<(usize, &str)>,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        // run of capitalised title words
        let mut k = i;
        let mut core = false;
        let mut military = false;
        while k < b && k < i + 5 {
            let l = ctx.low(k);
            let cap = ctx.is_cap_word(k);
            if (cap || l == "of") && has(F_TITLES, l) {
                if has(F_CORE_TITLES, l) {
                    core = true;
                }
                if has(F_MILITARY_TITLES, l) {
                    military = true;
                }
                k += 1;
                continue;
            }
            break;
        }
        if !core || k == i || k >= b {
            return None;
        }
        // name run
        let name_start = k;
        let mut e = k;
        while e < b && e < name_start + 5 {
            let t = ctx.tokens[e];
            let l = ctx.low(e);
            if t.kind == TokenKind::Word
                && (t.cap || t.all_caps || is_article_name(ctx.raw(e)))
                && !has(F_STOP_CAPS, l)
                && !has(F_MONTHS_DAYS, l)
            {
                e += 1;
                continue;
            }
            if t.kind == TokenKind::Word
                && has(F_PARTICLES, l)
                && (ctx.is_cap_word(e + 1) || has(F_PARTICLES, ctx.low(e + 1)))
            {
                e += 1;
                continue;
            }
            break;
        }
        if e == name_start {
            return None;
        }
        // the name must not itself be a place ("President of Iraq" handled elsewhere)
        if let Some(m) = self.gaz.name_at(ctx.norm, name_start, e) {
            if m.end == e
                && self
                    .place_country(m, &[PlaceKind::Country, PlaceKind::Nationality])
                    .is_some()
            {
                return None;
            }
        }
        // an organisation name after a title is not a person ("Army Central Command")
        if (name_start..e).any(|x| has(F_ORG_SUFFIXES, ctx.low(x))) {
            return None;
        }
        let _ = a;
        // actor: dictionary lookup of the full name or the title+name, else country context
        let mut actor = None;
        for s in [i, name_start] {
            if let Some(m) = self.gaz.name_at(ctx.norm, s, e) {
                if m.end == e {
                    for h in &self.gaz.name_hits[m.pattern] {
                        if let Hit::Actor(id) = h {
                            let rec = &self.gaz.actors[*id as usize];
                            if let Some(c) = rec.code_on(ctx.date) {
                                actor = Some(make_actor(c, &rec.name));
                            }
                        }
                    }
                }
            }
            if actor.is_some() {
                break;
            }
        }
        if actor.is_none() {
            // "U.S. Army Gen. X", "Iraqi President X"
            let country = nat.map(|(_, c)| c.to_string()).or_else(|| {
                (i > a)
                    .then(|| {
                        let mut s = i - 1;
                        // skip "Army", "Air Force" etc.
                        while s > a && ctx.is_cap_word(s) && has(F_ORG_SUFFIXES, ctx.low(s)) {
                            s -= 1;
                        }
                        self.gaz.name_at(ctx.norm, s, i).and_then(|m| {
                            self.place_country(m, &[PlaceKind::Nationality, PlaceKind::Country])
                        })
                    })
                    .flatten()
            });
            if let Some(c) = country {
                actor = self.country_actor(&c, if military { "MIL" } else { "GOV" });
            }
        }
        let s = nat.map(|(s, _)| s).unwrap_or(i);
        out.push(Cand {
            start_tok: s,
            end_tok: e,
            etype: EntityType::Person,
            actor,
            sentence: si,
            pronoun: false,
            weak: false,
        });
        // "Army Lt. Gen. X", "Defense Secretary X": the service is an organisation too
        let svc_end = match (ctx.low(i), ctx.low(i + 1)) {
            ("air", "force") | ("marine", "corps") | ("coast", "guard") => i + 2,
            ("army" | "navy" | "defense" | "defence" | "marines" | "treasury", _) => i + 1,
            _ => i,
        };
        if svc_end > i && svc_end < name_start {
            out.push(Cand {
                start_tok: i,
                end_tok: svc_end,
                etype: EntityType::Organisation,
                actor: None,
                sentence: si,
                pronoun: false,
                weak: true,
            });
        }
        Some(e)
    }
}
