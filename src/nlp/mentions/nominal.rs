//! Noun phrases without a name: generic phrases ("the city", "the coalition"), bare
//! head nouns ("checkpoints"), determiners before names, geographic coordinates.

use super::candidate::{Cand, Ctx};
use super::words::*;
use crate::nlp::text::TokenKind;
use crate::nlp::EntityType;

/// Organisation and location mentions take a directly preceding determiner
/// ("the Coalition", "the Netherlands", "a compound"), as re3d annotates them.
pub(super) fn include_determiners(ctx: &Ctx, ranges: &[(usize, usize)], cands: &mut [Cand]) {
    let mut covered = vec![false; ctx.tokens.len()];
    for c in cands.iter() {
        for f in covered.iter_mut().take(c.end_tok).skip(c.start_tok) {
            *f = true;
        }
    }
    // only the outermost mention at a start extends, and only common-noun phrases
    // ("the coalition", "a compound"); proper names keep the article outside
    let mut longest_at: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for c in cands.iter() {
        let e = longest_at.entry(c.start_tok).or_insert(c.end_tok);
        *e = (*e).max(c.end_tok);
    }
    for c in cands.iter_mut() {
        if !matches!(c.etype, EntityType::Organisation | EntityType::Location) || c.pronoun {
            continue;
        }
        if longest_at.get(&c.start_tok).is_some_and(|&e| e > c.end_tok) {
            continue;
        }
        if ctx.tokens[c.start_tok].cap
            && !(c.end_tok - c.start_tok > 1
                && c.actor.as_ref().is_some_and(|a| !a.sector.is_empty()))
        {
            continue;
        }
        let s = c.start_tok;
        let sent_start = ranges.get(c.sentence).map(|r| r.0).unwrap_or(0);
        if s > sent_start && !covered[s - 1] && matches!(ctx.low(s - 1), "the" | "a" | "an") {
            c.start_tok = s - 1;
        }
    }
}

/// Geographic coordinates: "33°47′N 44°30′E", "59.17°N 18.16°E".
pub(super) fn coordinates(ctx: &Ctx, ranges: &[(usize, usize)], out: &mut Vec<Cand>) {
    for (si, &(a, b)) in ranges.iter().enumerate() {
        let mut i = a;
        while i + 1 < b {
            if ctx.tokens[i].kind == TokenKind::Number && ctx.raw(i + 1) == "\u{00B0}" {
                let mut j = i;
                let mut last_dir = None;
                while j < b && j < i + 16 {
                    let r = ctx.raw(j);
                    let t = ctx.tokens[j];
                    if matches!(r, "N" | "S" | "E" | "W") {
                        last_dir = Some(j + 1);
                    } else if !(t.kind == TokenKind::Number
                        || matches!(
                            r,
                            "\u{00B0}" | "\u{2032}" | "\u{2033}" | "'" | "\"" | "." | ","
                        ))
                    {
                        break;
                    }
                    j += 1;
                }
                if let Some(e) = last_dir {
                    out.push(Cand {
                        start_tok: i,
                        end_tok: e,
                        etype: EntityType::Location,
                        actor: None,
                        sentence: si,
                        pronoun: false,
                        weak: true,
                    });
                    i = e;
                    continue;
                }
            }
            i += 1;
        }
    }
}

/// "al-Assad", "el-Sisi": a lower-case Arabic article joined to a capitalised name.
pub(super) fn is_article_name(raw: &str) -> bool {
    (raw.starts_with("al-") || raw.starts_with("el-"))
        && raw[3..].starts_with(|c: char| c.is_uppercase())
}

/// "Cyclone Tala": a storm's name, opened by a prefix word, is no actor even where its next
/// word is a place of the gazetteer (a storm does not act for a town it shares a name with).
/// Returns the token after the name's capitalised words.
pub(super) fn storm_name(ctx: &Ctx, i: usize, b: usize) -> Option<usize> {
    if !has(F_STORM_PREFIXES, ctx.low(i)) || !ctx.is_cap_word(i + 1) {
        return None;
    }
    let mut e = i + 1;
    while e < b && e < i + 4 && ctx.is_cap_word(e) {
        e += 1;
    }
    Some(e)
}

/// "the city", "the northern town", "the coalition", "the two sides".
pub(super) fn generic_np(
    ctx: &Ctx,
    si: usize,
    i: usize,
    b: usize,
    out: &mut Vec<Cand>,
) -> Option<usize> {
    if !has(F_DETERMINERS, ctx.low(i)) {
        return None;
    }
    let mut j = i + 1;
    if j < b && has(F_GENERIC_MODS, ctx.low(j)) && !ctx.tokens[j].cap {
        j += 1;
    }
    if j >= b {
        return None;
    }
    let t = ctx.tokens[j];
    if t.kind != TokenKind::Word || t.cap && j > i + 1 && ctx.tokens[j].all_caps {
        return None;
    }
    // a capitalised head is a name ("the City of London"): leave it to the name rules
    if t.cap {
        return None;
    }
    let head = ctx.low(j);
    // "the area of", "the city's": fine; "the city council" is an organisation
    let next = ctx.low(j + 1);
    let etype = if has(F_GENERIC_PERSONS, head) && !ctx.tokens.get(j + 1).is_some_and(|t| t.cap) {
        EntityType::Person
    } else if has(F_GENERIC_PLACES, head)
        && !matches!(
            next,
            "council" | "government" | "authorities" | "officials" | "police"
        )
    {
        EntityType::Location
    } else if has(F_GENERIC_ORGS, head) {
        EntityType::Organisation
    } else {
        return None;
    };
    out.push(Cand {
        start_tok: i,
        end_tok: j + 1,
        etype,
        actor: None,
        sentence: si,
        pronoun: false,
        weak: true,
    });
    Some(j + 1)
}

/// A bare head noun of a place / group noun phrase; the span is the head alone (plus
/// a compound modifier before it when that is also a head: "tunnel entrances").
pub(super) fn nominal_head(
    ctx: &Ctx,
    si: usize,
    i: usize,
    b: usize,
    out: &mut Vec<Cand>,
) -> Option<usize> {
    let t = ctx.tokens[i];
    if t.kind != TokenKind::Word || t.cap {
        return None;
    }
    let head = ctx.low(i);
    let is_place = has(F_NOMINAL_PLACES, head);
    let is_org = has(F_NOMINAL_ORGS, head);
    if !is_place && !is_org {
        return None;
    }
    // the next word continues the compound ("tunnel entrances", "task force"): take both
    let mut e = i + 1;
    if e < b && !ctx.tokens[e].cap {
        let n = ctx.low(e);
        if has(F_NOMINAL_PLACES, n) || has(F_NOMINAL_ORGS, n) || n == "force" || n == "forces" {
            e += 1;
        }
    }
    // verbs / other readings: "position" after "in a" is fine; "to position" is not
    if i > 0
        && matches!(
            ctx.low(i - 1),
            "to" | "will" | "would" | "can" | "could" | "may"
        )
    {
        return None;
    }
    let last = ctx.low(e - 1);
    let etype = if has(F_NOMINAL_ORGS, last) || last == "force" || last == "forces" {
        EntityType::Organisation
    } else {
        EntityType::Location
    };
    // include a preceding determiner
    let s = if i > 0 && matches!(ctx.low(i - 1), "the" | "a" | "an") {
        i - 1
    } else {
        i
    };
    let s = s.max(out.last().map(|c| c.end_tok).unwrap_or(0));
    out.push(Cand {
        start_tok: s,
        end_tok: e,
        etype,
        actor: None,
        sentence: si,
        pronoun: false,
        weak: true,
    });
    Some(e)
}

pub(super) fn standalone_agent_ok(
    ctx: &Ctx,
    a: usize,
    i: usize,
    end: usize,
    etype: EntityType,
) -> bool {
    let head = ctx.low(end - 1);
    if !has(F_HUMAN_HEADS, head) {
        return false;
    }
    // a lone singular role ("commander", "official") needs a determiner or possessive
    if etype == EntityType::Person {
        let prev = if i > a { ctx.low(i - 1) } else { "" };
        return matches!(
            prev,
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "'s"
        );
    }
    true
}
