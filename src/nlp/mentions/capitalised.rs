//! Capitalised sequences the dictionaries do not know: acronyms, organisation and place
//! tails, "in <Capitalised>", and a type guess for the rest.
//!
//! The rule first scans the run of capitalised words (`scan_run`), then asks, in order of
//! decreasing confidence, what the run's own shape says (`title_inside`, `shaped_run`,
//! `suffixed_run`), what the word after it says (`place_noun_after`), and last what the
//! words around it suggest (`context_guess`, weak mentions). The first answer wins.

use super::candidate::{Cand, Ctx};
use super::finder::MentionFinder;
use super::gazetteer::PlaceKind;
use super::nominal::is_article_name;
use super::words::*;
use crate::nlp::text::TokenKind;
use crate::nlp::EntityType;
use std::collections::HashSet;

/// What the scan of a capitalised run found: where it ends and whether an organisation or
/// place suffix ("Ministry", "Province") was inside.
struct RunScan {
    end: usize,
    has_org: bool,
    has_place: bool,
}

/// One capitalised run `i..e` in sentence `si` (tokens `a..b`), with the words the type
/// rules look at, so that each rule reads it instead of threading a dozen values.
struct Run<'a> {
    si: usize,
    a: usize,
    b: usize,
    i: usize,
    e: usize,
    n: usize,
    at_start: bool,
    /// A sentence-initial two- or three-word name whose last word the article repeats alone
    /// mid-sentence (`surname_repeated`) or that a role in apposition follows
    /// (`name_with_role`).
    repeated: bool,
    has_org: bool,
    has_place: bool,
    /// First, last and previous word, lower-cased ("" before the sentence).
    l0: &'a str,
    last: &'a str,
    prev: &'a str,
}

impl Run<'_> {
    /// A mention of the whole run.
    fn push(&self, out: &mut Vec<Cand>, ty: EntityType, weak: bool) {
        self.push_to(out, self.e, ty, weak);
    }

    /// A mention from the run's start to `end` (the run plus a tail word).
    fn push_to(&self, out: &mut Vec<Cand>, end: usize, ty: EntityType, weak: bool) {
        out.push(Cand {
            start_tok: self.i,
            end_tok: end,
            etype: ty,
            actor: None,
            sentence: self.si,
            pronoun: false,
            weak,
        });
    }
}

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
        let he = surname_he(ctx, a, i, b);
        if (has(F_STOP_CAPS, l0) && !he) || has(F_MONTHS_DAYS, l0) {
            return None;
        }
        // sentence-initial word: only if seen capitalised mid-sentence or a first name
        let at_start = i == a
            || matches!(
                ctx.raw(i - 1),
                "\"" | "\u{201C}" | "(" | ":" | "-" | "\u{2013}" | "\u{2014}"
            );
        let repeated = at_start && (surname_repeated(ctx, i, b) || self.name_with_role(ctx, i, b));
        if at_start
            && !mid_caps.contains(l0)
            && !self.gaz.first_names.contains(l0)
            && !ctx.tokens[i].all_caps
            && !repeated
        {
            return None;
        }
        let scan = self.scan_run(ctx, i, b, l0, he);
        let e = scan.end;
        if e == i {
            return None;
        }
        let run = Run {
            si,
            a,
            b,
            i,
            e,
            n: e - i,
            at_start,
            repeated: repeated && e == surname_end(ctx, i, b),
            has_org: scan.has_org,
            has_place: scan.has_place,
            l0,
            last: ctx.low(e - 1),
            prev: if i > a { ctx.low(i - 1) } else { "" },
        };
        if let Some(next) = self.agent_run(ctx, &run, out) {
            return Some(next);
        }
        if let Some(next) = self.title_inside(ctx, &run, out) {
            return Some(next);
        }
        if let Some(next) = shaped_run(ctx, &run, out) {
            return Some(next);
        }
        if let Some(next) = self.suffixed_run(ctx, &run, out) {
            return Some(next);
        }
        if let Some(next) = place_noun_after(ctx, &run, out) {
            return Some(next);
        }
        // what is left (e.g. a lone name in a list "X, Y, and Z,") has unknown type: skip
        self.context_guess(ctx, &run, mid_caps, out)
    }

    /// "The Department of Foreign Affairs", "the National Electoral Council": a run of two
    /// words or more that is, whole, an office in the agent list names a state's body
    /// whose state the article leaves unsaid; it is that country-less agent (weak, with its
    /// determiner), which the dateline and coreference then place, not a nameless
    /// organisation. A person's title ("Foreign Minister", no organisation word) is left to the
    /// title rules.
    fn agent_run(&self, ctx: &Ctx, run: &Run, out: &mut Vec<Cand>) -> Option<usize> {
        if run.n < 2 {
            return None;
        }
        let m = self.gaz.agent_at(ctx.norm, run.i, run.b)?;
        let hit = self.gaz.agent_hits[m.pattern].first()?;
        let agent = hit.agent as usize;
        // the agent list reads "Affairs" as one person's head: an organisation word in the
        // run ("Department") says it is a body
        let person = self.gaz.agents[agent].individual && !run.has_org;
        if m.end != run.e || person {
            return None;
        }
        let start = if run.prev == "the" { run.i - 1 } else { run.i };
        out.push(Cand {
            start_tok: start,
            end_tok: run.e,
            etype: EntityType::Organisation,
            actor: Some(self.agent_actor(None, agent)),
            sentence: run.si,
            pronoun: false,
            weak: true,
        });
        Some(run.e)
    }

    /// Extend the run from `i` over capitalised words (at most 8), particles and connectors
    /// between them ("Bank of England"), and numbers after an organisation word.
    fn scan_run(&self, ctx: &Ctx, i: usize, b: usize, l0: &str, he: bool) -> RunScan {
        let mut e = i;
        let mut has_org = false;
        let mut has_place = false;
        while e < b && e < i + 8 {
            let t = ctx.tokens[e];
            let l = ctx.low(e);
            if t.kind == TokenKind::Word
                && (t.cap || t.all_caps || is_article_name(ctx.raw(e)))
                && (!has(F_STOP_CAPS, l) || he && e == i)
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
        RunScan {
            end: e,
            has_org,
            has_place,
        }
    }

    /// News introduces a person by full name and a role set off by commas ("Dana Wells, a
    /// spokeswoman for the agency, said"; "Ravi Olsen, an FAA official,"). A sentence-initial
    /// two- or three-word name whose apposition ("a", "an" or "the" up to the next comma)
    /// holds a role one person has (an individual agent) is that person's name, even when
    /// no first-name list knows its first word.
    fn name_with_role(&self, ctx: &Ctx, i: usize, b: usize) -> bool {
        let e = surname_end(ctx, i, b);
        if e == i || ctx.low(e) != "," || !matches!(ctx.low(e + 1), "a" | "an" | "the") {
            return false;
        }
        let limit = (e + 1..b).find(|&k| ctx.low(k) == ",").unwrap_or(b);
        (e + 2..limit.min(e + 6)).any(|k| self.individual_role_at(ctx, k, limit))
    }

    /// An agent phrase starting at token `k` that names one person ("spokeswoman", "senior
    /// official"), not a body or a plural ("ministry", "officials").
    fn individual_role_at(&self, ctx: &Ctx, k: usize, limit: usize) -> bool {
        self.agent_after(ctx, k, limit)
            .is_some_and(|(_, agent, plural)| !plural && self.gaz.agents[agent].individual)
    }

    /// "Pentagon Press Secretary Peter Cook": a title inside the run makes a person, whose
    /// mention starts at the run's start.
    fn title_inside(&self, ctx: &Ctx, run: &Run, out: &mut Vec<Cand>) -> Option<usize> {
        let k = (run.i + 1..run.e).find(|&k| has(F_CORE_TITLES, ctx.low(k)))?;
        let before = out.len();
        let next = self.title_rule(ctx, run.si, run.a, run.b, k, None, out)?;
        if let Some(c) = out.get_mut(before) {
            c.start_tok = run.i;
        }
        Some(next)
    }

    /// Organisation words inside the run ("Ministry", "Court") make an organisation,
    /// place words ("Province") a location, a lone short all-caps word an acronym.
    fn suffixed_run(&self, ctx: &Ctx, run: &Run, out: &mut Vec<Cand>) -> Option<usize> {
        let (i, e, n) = (run.i, run.e, run.n);
        if run.has_org && (has(F_ORG_SUFFIXES, run.last) || n >= 2) {
            return Some(self.organisation_run(ctx, run, out));
        }
        if run.has_place && n >= 2 {
            run.push(out, EntityType::Location, false);
            return Some(e);
        }
        // an all-caps headline ("TURKEY WARNS RUSSIA") is not a row of acronyms
        let caps_line = i > run.a
            && ctx.tokens[i - 1].all_caps
            && ctx.tokens.get(i + 1).is_some_and(|t| t.all_caps);
        let raw0 = ctx.raw(i);
        if n == 1
            && ctx.tokens[i].all_caps
            && !caps_line
            && raw0.len() >= 2
            && raw0.len() <= 10
            && !has(F_NOT_ACRONYM, raw0)
            && raw0
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '.' || c == '-')
        {
            run.push(out, EntityType::Organisation, false);
            return Some(e);
        }
        None
    }

    /// An organisation run, extended over an organisation agent after it ("Coalition
    /// military forces": both spans), with the country named inside as its actor
    /// ("Government of Eritrea"). Returns where the scan continues.
    fn organisation_run(&self, ctx: &Ctx, run: &Run, out: &mut Vec<Cand>) -> usize {
        let (i, e) = (run.i, run.e);
        let e2 = self
            .agent_after(ctx, e, run.b)
            .filter(|&(_, ag, pl)| self.agent_type(ag, pl) == EntityType::Organisation)
            .map(|x| x.0);
        let actor = self
            .inner_country(ctx, i, e)
            .map(|c| self.org_actor(ctx, &c, i, e));
        for end in e2.into_iter().chain(std::iter::once(e)) {
            out.push(Cand {
                start_tok: i,
                end_tok: end,
                etype: EntityType::Organisation,
                actor: actor.clone(),
                sentence: run.si,
                pronoun: false,
                weak: false,
            });
        }
        e2.unwrap_or(e)
    }

    /// Weak guesses from the words around the run: coordination with the previous mention,
    /// "<town>, <place>", "said <name>", a place preposition, a first name, a name-like run
    /// or a lone word before a speech verb.
    fn context_guess(
        &self,
        ctx: &Ctx,
        run: &Run,
        mid_caps: &HashSet<&str>,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        if let Some(next) = self.neighbour_guess(ctx, run, out) {
            return Some(next);
        }
        let (i, e, n, l0, prev) = (run.i, run.e, run.n, run.l0, run.prev);
        // "… said Russell.", "according to Smith"
        if n <= 4
            && (matches!(prev, "said" | "says" | "told")
                || prev == "to" && i >= 2 && ctx.low(i - 2) == "according")
            && !run.has_org
        {
            run.push(out, EntityType::Person, true);
            return Some(e);
        }
        // "north of Kalbar", "the village of Orrin": a direction or a settlement noun before
        // "of" names the place that follows as well as a place preposition does
        let place_of = prev == "of" && i >= 2 && has(F_PLACE_OF, ctx.low(i - 2));
        if (has(F_LOC_PREPS, prev) || place_of) && !self.gaz.first_names.contains(l0) {
            run.push(out, EntityType::Location, true);
            return Some(e);
        }
        if self.gaz.first_names.contains(l0) && n >= 2 {
            run.push(out, EntityType::Person, false);
            return Some(e);
        }
        let next = ctx.low(e);
        // "Abu Ghadiya", "Abboud Qanbar (Arabic: …)", "Abu Jandal was …"
        // a person guess needs a name-like run: no all-caps codes ("MHZ Polarization")
        let name_like = (i..e).all(|k| !ctx.tokens[k].all_caps || !ctx.tokens[k].is_word());
        if (2..=4).contains(&n)
            && name_like
            && (!run.at_start
                || run.repeated
                || l0 == "abu"
                || matches!(next, "(" | "was" | "is" | "has" | "had" | "said" | "told"))
        {
            run.push(out, EntityType::Person, true);
            return Some(e);
        }
        if n == 1 && (!run.at_start || mid_caps.contains(l0)) && has(F_PERSON_VERBS, next) {
            run.push(out, EntityType::Person, true);
            return Some(e);
        }
        None
    }

    /// The run shares its type with a mention just before it ("Husaybah and Karabilah"), or
    /// is a town before ", <place>" ("Cibolo, Texas").
    fn neighbour_guess(&self, ctx: &Ctx, run: &Run, out: &mut Vec<Cand>) -> Option<usize> {
        let (i, e, b) = (run.i, run.e, run.b);
        if matches!(run.prev, "and" | "," | "or") && i >= run.a + 2 {
            if let Some(last_c) = out.last() {
                if last_c.end_tok == i - 1
                    && last_c.actor.is_none()
                    && !last_c.pronoun
                    && !self.person_after_place(ctx, run, last_c.etype)
                {
                    let ty = last_c.etype;
                    run.push(out, ty, true);
                    return Some(e);
                }
            }
        }
        if run.n <= 3 && ctx.low(e) == "," && e + 1 < b && ctx.is_cap_word(e + 1) {
            let m = self.gaz.name_at(ctx.norm, e + 1, b)?;
            let kinds = [PlaceKind::Country, PlaceKind::Place, PlaceKind::Capital];
            if self.place_country(m, &kinds).is_some() {
                run.push(out, EntityType::Location, true);
                return Some(e);
            }
        }
        None
    }

    /// "a doctor from Kandara, Yusuf Rawi, said": a town the dictionaries do not know, then
    /// a comma and a run opening with a known first name, is a place and then a person's
    /// name in apposition, not a list of places; the first-name rule types the run.
    fn person_after_place(&self, ctx: &Ctx, run: &Run, prev_type: EntityType) -> bool {
        prev_type == EntityType::Location
            && run.n >= 2
            && self.gaz.first_names.contains(run.l0)
            && !has(F_PLACE_PREFIXES, run.l0)
            && ctx.tokens[run.i].cap
    }
}

/// What the run's own words say: dates and documents are skipped (not our types), all-caps
/// runs, Arabic group names, operations and unit members are organisations, runs with a
/// place prefix or a region last word locations.
fn shaped_run(ctx: &Ctx, run: &Run, out: &mut Vec<Cand>) -> Option<usize> {
    let (i, e, n, l0, last) = (run.i, run.e, run.n, run.l0, run.last);
    if has(F_TEMPORAL_OR_DOC, last) || has(F_SHIP_PREFIXES, l0) && n >= 2 {
        return Some(e);
    }
    // all-caps runs ("NAVCENT CTFs") and Arabic group names ("Jaish al-…")
    let all_caps = (i..e).all(|k| ctx.tokens[k].all_caps || !ctx.tokens[k].is_word());
    if n >= 2 && (all_caps || has(F_ARABIC_GROUPS, l0)) {
        run.push(out, EntityType::Organisation, false);
        return Some(e);
    }
    if has(F_OPERATION_HEADS, l0) && n >= 2 {
        run.push(out, EntityType::Organisation, false);
        return Some(e);
    }
    if n >= 2
        && (has(F_PLACE_PREFIXES, l0) || has(F_REGION_TAILS, last) || has(F_ARABIC_ARTICLES, l0))
    {
        run.push(out, EntityType::Location, false);
        return Some(e);
    }
    if has(F_UNIT_MEMBERS, last) {
        run.push(out, EntityType::Organisation, false);
        return Some(e);
    }
    None
}

/// "the Tigris river", "Anbar province": a lower-case place noun after the run makes the
/// pair a (weak) location.
fn place_noun_after(ctx: &Ctx, run: &Run, out: &mut Vec<Cand>) -> Option<usize> {
    let e = run.e;
    if e < run.b && !ctx.tokens[e].cap && has(F_PLACE_NOUNS_AFTER, ctx.low(e)) {
        run.push_to(out, e + 1, EntityType::Location, true);
        return Some(e + 1);
    }
    None
}

/// The end of a two- or three-word run of name-like capitalised words (no all-caps word, no
/// stop word) from `i`, else `i`.
fn surname_end(ctx: &Ctx, i: usize, b: usize) -> usize {
    let mut e = i;
    while e < b
        && e < i + 4
        && ctx.tokens[e].is_word()
        && ctx.tokens[e].cap
        && !ctx.tokens[e].all_caps
        && !has(F_STOP_CAPS, ctx.low(e))
    {
        e += 1;
    }
    if (2..=3).contains(&(e - i)) {
        e
    } else {
        i
    }
}

/// News introduces a person by full name, often opening a sentence ("Milorad Dodik, the
/// president of …"), then repeats the surname alone ("sanctions on Dodik"). A sentence-initial
/// run whose first word is no known first name is otherwise skipped (it may be any
/// capitalised phrase): the surname repeated alone after a lower-case word, elsewhere in the
/// article, shows the run is a person's name.
fn surname_repeated(ctx: &Ctx, i: usize, b: usize) -> bool {
    let e = surname_end(ctx, i, b);
    if e == i {
        return false;
    }
    let last = ctx.norm.token(e - 1);
    ctx.surname_sites()
        .get(last)
        .is_some_and(|sites| sites.iter().any(|&k| k < i || k >= e))
}

/// The Chinese surname "He" ("Vice Premier He Lifeng", "a spokesman, He Yadong,") is spelled
/// like the pronoun, which the stop words keep out of names. Mid-sentence, a capitalised
/// "He" cannot be the pronoun (which is lower case there); before a capitalised given name
/// that is no function word, verb or title it opens a name. Sentence-initial "He", or "He"
/// after an opening quote, colon or dash, stays the pronoun ("He Said" too).
pub(super) fn surname_he(ctx: &Ctx, a: usize, i: usize, b: usize) -> bool {
    if ctx.raw(i) != "He" || i <= a || i + 1 >= b {
        return false;
    }
    let after_opening = matches!(
        ctx.raw(i - 1),
        "\"" | "\u{201C}" | "(" | ":" | "-" | "\u{2013}" | "\u{2014}" | "." | ";"
    );
    let given = ctx.low(i + 1);
    let t = ctx.tokens[i + 1];
    !after_opening
        && t.is_word()
        && t.cap
        && !t.all_caps
        && !has(F_STOP_CAPS, given)
        && !has(F_MONTHS_DAYS, given)
        && !has(F_PERSON_VERBS, given)
        && !has(F_AGENT_VERBS, given)
        && !has(F_TITLES, given)
}
