//! Titles before capitalised names: "President Xyz Abc", "Gen. Joseph L. Votel".
//!
//! The rule reads the run of title words (`title_run`), the name after it (`name_end`),
//! refuses names that are places or organisations, and codes the person from the
//! dictionary (`dictionary_actor`) or else from a country before the title
//! (`context_country`); a service named in the title is an organisation too.

use super::candidate::{make_actor, Cand, Ctx};
use super::capitalised::surname_he;
use super::finder::MentionFinder;
use super::gazetteer::{Hit, PlaceKind};
use super::nominal::is_article_name;
use super::words::*;
use crate::nlp::text::TokenKind;
use crate::nlp::{Actor, EntityType};

/// The run of capitalised title words from a start token: its end, whether it holds a core
/// title ("President", "Minister") and a military one ("Gen.").
struct TitleRun {
    end: usize,
    core: bool,
    military: bool,
}

/// The title words from `i` (at most 5, before `b`).
fn title_run(ctx: &Ctx, i: usize, b: usize) -> TitleRun {
    let mut run = TitleRun {
        end: i,
        core: false,
        military: false,
    };
    while run.end < b && run.end < i + 5 {
        let l = ctx.low(run.end);
        // "Sgt. 1st Class", "Petty Officer 2nd Class": the ordinal is part of the rank
        if run.end > i && has(F_RANK_ORDINALS, l) && ctx.low(run.end + 1) == "class" {
            run.end += 1;
            continue;
        }
        if !((ctx.is_cap_word(run.end) || l == "of") && has(F_TITLES, l)) {
            break;
        }
        run.core |= has(F_CORE_TITLES, l);
        run.military |= has(F_MILITARY_TITLES, l);
        run.end += 1;
    }
    run
}

/// The end of the name run from `start` (at most 5 tokens): capitalised words and the
/// particles between them ("bin", "al").
fn name_end(ctx: &Ctx, start: usize, b: usize) -> usize {
    let mut e = start;
    if surname_he(ctx, 0, start, b) {
        e += 1;
    }
    while e < b && e < start + 5 {
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
        if let Some(after) = nickname_end(ctx, start, e, b) {
            e = after;
            continue;
        }
        break;
    }
    e
}

/// Opening and closing quotation marks around a nickname.
fn is_quote(raw: &str) -> bool {
    matches!(raw, "\"" | "\u{201C}" | "\u{201D}")
}

/// "Col. John \"J.D.\" Dorrian", "Gen. Omar “Tiger” Haddad": a short quoted nickname between
/// a given name and a capitalised surname belongs to the name, which would otherwise end at
/// the quote and leave the surname out. Returns the end of the surname's first word.
fn nickname_end(ctx: &Ctx, start: usize, e: usize, b: usize) -> Option<usize> {
    if e == start || !is_quote(ctx.raw(e)) || !ctx.is_cap_word(e + 1) {
        return None;
    }
    let close = (e + 2..(e + 5).min(b)).find(|&k| is_quote(ctx.raw(k)))?;
    let surname = close + 1;
    (surname < b && ctx.is_cap_word(surname) && !has(F_STOP_CAPS, ctx.low(surname)))
        .then_some(surname + 1)
}

/// The service a title starts with ("Army Lt. Gen.", "Air Force Secretary"): its end
/// token (`i` if none).
fn service_end(ctx: &Ctx, i: usize) -> usize {
    match (ctx.low(i), ctx.low(i + 1)) {
        ("air", "force") | ("marine", "corps") | ("coast", "guard") => i + 2,
        ("army" | "navy" | "defense" | "defence" | "marines" | "treasury", _) => i + 1,
        _ => i,
    }
}

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
        let title = title_run(ctx, i, b);
        let name_start = title.end;
        if !title.core || name_start == i || name_start >= b {
            return None;
        }
        let e = name_end(ctx, name_start, b);
        if e == name_start || self.not_a_person_name(ctx, name_start, e) {
            return None;
        }
        // actor: dictionary lookup of the full name or the title+name, else country context
        let actor = self.dictionary_actor(ctx, i, name_start, e).or_else(|| {
            let c = self.context_country(ctx, a, i, nat)?;
            self.country_actor(&c, if title.military { "MIL" } else { "GOV" })
        });
        out.push(Cand {
            start_tok: nat.map(|(s, _)| s).unwrap_or(i),
            end_tok: e,
            etype: EntityType::Person,
            actor,
            sentence: si,
            pronoun: false,
            weak: false,
        });
        // "Army Lt. Gen. X", "Defense Secretary X": the service is an organisation too
        let svc_end = service_end(ctx, i);
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

    /// The name is a place ("President of Iraq" is handled elsewhere) or an organisation
    /// ("Army Central Command"), not a person.
    fn not_a_person_name(&self, ctx: &Ctx, name_start: usize, e: usize) -> bool {
        if let Some(m) = self.gaz.name_at(ctx.norm, name_start, e) {
            if m.end == e
                && self
                    .place_country(m, &[PlaceKind::Country, PlaceKind::Nationality])
                    .is_some()
            {
                return true;
            }
        }
        (name_start..e).any(|x| has(F_ORG_SUFFIXES, ctx.low(x)))
    }

    /// The dictionary actor of title+name (from `i`) or else of the name alone, ending at
    /// `e` exactly; the last actor reading with a code on the article's date wins.
    fn dictionary_actor(&self, ctx: &Ctx, i: usize, name_start: usize, e: usize) -> Option<Actor> {
        let mut actor = None;
        for s in [i, name_start] {
            if let Some(m) = self.gaz.name_at(ctx.norm, s, e).filter(|m| m.end == e) {
                for h in &self.gaz.name_hits[m.pattern] {
                    if let Hit::Actor(id) = h {
                        let rec = &self.gaz.actors[*id as usize];
                        if let Some(c) = rec.code_on(ctx.date) {
                            actor = Some(make_actor(c, &rec.name));
                        }
                    }
                }
            }
            if actor.is_some() {
                break;
            }
        }
        actor
    }

    /// The country of a title with no dictionary actor: the preceding nationality, or a
    /// country or nationality just before the title, skipping service words ("U.S. Army
    /// Gen. X", "Iraqi President X").
    fn context_country(
        &self,
        ctx: &Ctx,
        a: usize,
        i: usize,
        nat: Option<(usize, &str)>,
    ) -> Option<String> {
        if let Some((_, c)) = nat {
            return Some(c.to_string());
        }
        if i <= a {
            return None;
        }
        let mut s = i - 1;
        while s > a && ctx.is_cap_word(s) && has(F_ORG_SUFFIXES, ctx.low(s)) {
            s -= 1;
        }
        self.gaz
            .name_at(ctx.norm, s, i)
            .and_then(|m| self.place_country(m, &[PlaceKind::Nationality, PlaceKind::Country]))
    }
}
