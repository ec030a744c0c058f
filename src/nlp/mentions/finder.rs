//! The mention finder: one pass over the tokens of each sentence (dictionary names,
//! agents, titles, unknown capitalised names, generic noun phrases, pronouns), then the
//! passes over the whole article (nested places, determiners, coordinates, appositions).

use super::candidate::{make_actor, make_agent, ArticleTokens, Cand, Ctx};
use super::gazetteer::{Gazetteer, Hit, NameMatch, NormText, PlaceKind};
use super::nominal::{
    coordinates, generic_np, include_determiners, nominal_head, standalone_agent_ok, storm_name,
};
use super::words::*;
use crate::nlp::text::{self, TokenKind};
use crate::nlp::{Actor, EntityType, GeoPoint, Mention, NlpConfig, NlpError, Span};
use chrono::NaiveDate;
use std::collections::HashSet;

/// Finds the mentions of an article and their actors, before coreference.
pub struct MentionFinder {
    pub(super) gaz: Gazetteer,
}

/// Pronouns read as a person / an organisation (coreference gives them an actor).
const PRONOUN_PERSON: &[&str] = &["he", "she", "i"];
const PRONOUN_ORG: &[&str] = &["we", "our"];

impl MentionFinder {
    /// The dictionary name at token `i`. A name that starts with the article ("The Gulf",
    /// a region) yields to a longer name that starts at the next word ("Gulf Cooperation
    /// Council"): the longer one is the organisation the writer named. It also yields to
    /// the same words read as a country's name: the place tables list some countries with
    /// the article as a region ("The United States"), and only a country's name makes the
    /// organisation after it that country's ("The United States Navy").
    fn name_at_word(&self, ctx: &Ctx, i: usize, b: usize) -> Option<NameMatch> {
        let m = self.gaz.name_at(ctx.norm, i, b)?;
        if ctx.low(i) != "the" || i + 1 >= b {
            return Some(m);
        }
        match self.gaz.name_at(ctx.norm, i + 1, b) {
            Some(longer) if longer.end > m.end => Some(longer),
            Some(same) if same.end == m.end && self.country_only_without_article(m, same) => {
                Some(same)
            }
            _ => Some(m),
        }
    }

    /// `bare` (the words of `with_article` after "the") is a country's name, and the name
    /// with the article is not.
    fn country_only_without_article(&self, with_article: NameMatch, bare: NameMatch) -> bool {
        let country = |m: NameMatch| self.place_country(m, &[PlaceKind::Country]).is_some();
        country(bare) && !country(with_article)
    }

    /// "A and the Shire": an actor the dictionary spells with its article ("THE_SHIRE"),
    /// written with a lower-case "the" inside a sentence. Only when the name without the
    /// article names nothing, and only an actor entry (not a place or a metonym); the
    /// mention starts after the article, as "the EU" gives "EU".
    fn article_name(
        &self,
        ctx: &Ctx,
        si: usize,
        a: usize,
        b: usize,
        i: usize,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let next = ctx.tokens.get(i + 1)?;
        if ctx.low(i) != "the" || ctx.tokens[i].cap || !next.cap || i + 1 >= b {
            return None;
        }
        let m = self.gaz.name_at(ctx.norm, i, b)?;
        if m.end <= i + 1 || self.gaz.name_at(ctx.norm, i + 1, b).is_some() {
            return None;
        }
        let only_actor = self.gaz.name_hits[m.pattern]
            .iter()
            .all(|h| !matches!(h, Hit::Place(_) | Hit::Metonym(_)));
        if !only_actor {
            return None;
        }
        let m = NameMatch { start: i + 1, ..m };
        self.name_match(ctx, si, a, b, m, out)
    }

    pub fn load(config: &NlpConfig) -> Result<Self, NlpError> {
        Ok(Self {
            gaz: Gazetteer::load(config)?,
        })
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gaz
    }

    /// The mentions of an article (sorted as found, nested allowed), with the
    /// candidates they come from (coreference reads the candidates' token ranges).
    pub(crate) fn find(&self, doc: &ArticleTokens) -> (Vec<Cand>, Vec<Mention>) {
        let ctx = doc.ctx();
        let mut cands: Vec<Cand> = Vec::new();
        let mid_caps = mid_sentence_caps(&ctx, &doc.ranges);
        for (si, &(a, b)) in doc.ranges.iter().enumerate() {
            self.sentence(&ctx, si, a, b, &mid_caps, &mut cands);
        }
        self.nested_places(&ctx, &mut cands);
        include_determiners(&ctx, &doc.ranges, &mut cands);
        coordinates(&ctx, &doc.ranges, &mut cands);
        self.appositions(&ctx, &mut cands);
        let mentions = cands.iter().map(|c| self.mention(&ctx, c)).collect();
        (cands, mentions)
    }

    pub(super) fn mention(&self, ctx: &Ctx, c: &Cand) -> Mention {
        let tokens = ctx.tokens;
        let span = Span::new(tokens[c.start_tok].start, tokens[c.end_tok - 1].end);
        Mention {
            span,
            entity_type: c.etype,
            actor: c.actor.clone(),
            sentence: c.sentence,
            antecedent: None,
            geo: self.place_geo(c.etype, span.slice(ctx.text)),
        }
    }

    /// Resolves an arbitrary phrase ("the Iranian foreign minister", "Moscow", "NATO",
    /// "Sergei Lavrov") to an actor on `date`, or `None`. Cheap: runs the same
    /// recogniser on the phrase alone and returns the actor of the longest mention
    /// with an actor (agent-like readings of capitals are allowed).
    pub fn resolve_phrase(&self, phrase: &str, date: Option<NaiveDate>) -> Option<Actor> {
        let tokens = text::tokenize(phrase);
        if tokens.is_empty() {
            return None;
        }
        let norm = NormText::new(phrase, &tokens);
        let marks = super::candidate::quote_marks(phrase);
        let sites = std::cell::OnceCell::new();
        let ctx = Ctx {
            text: phrase,
            tokens: &tokens,
            norm: &norm,
            date,
            quote_marks: &marks,
            surname_sites: &sites,
        };
        // a whole-phrase metonym / capital reads as the government
        if let Some(m) = self.gaz.name_at(&norm, 0, tokens.len()) {
            if m.end == tokens.len() {
                for h in &self.gaz.name_hits[m.pattern] {
                    if let Hit::Metonym(id) = h {
                        let code = &self.gaz.metonyms[*id as usize].code;
                        return Some(make_actor(code, phrase.trim()));
                    }
                }
            }
        }
        let mut cands = Vec::new();
        let mid = HashSet::new();
        self.sentence(&ctx, 0, 0, tokens.len(), &mid, &mut cands);
        cands
            .iter()
            .filter(|c| c.actor.is_some())
            .max_by_key(|c| (c.end_tok - c.start_tok, c.start_tok))
            .and_then(|c| c.actor.clone())
    }

    /// Coordinates of a LOCATION mention naming a city or region in `data/places`.
    pub(super) fn place_geo(&self, etype: EntityType, surface: &str) -> Option<GeoPoint> {
        (etype == EntityType::Location)
            .then(|| self.gaz.geo_of(surface))
            .flatten()
    }

    /// `None` for groups without a country ("---": Kurdish, Sunni…).
    pub(super) fn country_actor(&self, code: &str, sector: &str) -> Option<Actor> {
        if code == "---" || code.is_empty() {
            return None;
        }
        let full = format!("{code}{sector}");
        Some(make_actor(&full, &self.gaz.country_name(code)))
    }

    pub(super) fn agent_actor(&self, country: Option<&str>, agent: usize) -> Actor {
        let a = &self.gaz.agents[agent];
        let country = country.filter(|c| *c != "---");
        match country {
            Some(c) if a.prefix => make_actor(&format!("{}{}", a.code, c), &a.name),
            Some(c) => make_actor(
                &format!("{}{}", c, a.code),
                &format!("{} {}", self.gaz.country_name(c), a.name),
            ),
            None => make_agent(&a.code, &a.name),
        }
    }

    /// Agent phrase starting at token `i` (allowing up to two lower-case modifiers such as
    /// "senior", "top"): returns (end_tok, agent index, plural).
    pub(super) fn agent_after(
        &self,
        ctx: &Ctx,
        i: usize,
        limit: usize,
    ) -> Option<(usize, usize, bool)> {
        for skip in 0..3 {
            let j = i + skip;
            if j >= limit {
                return None;
            }
            if let Some(m) = self.gaz.agent_at(ctx.norm, j, limit) {
                let hit = self.gaz.agent_hits[m.pattern][0];
                let end = infinitive_cut(ctx, m.end);
                // "foreign ministry": a collective head is never one person
                let collective = has(F_COLLECTIVE_AGENT_HEADS, ctx.low(end - 1))
                    || ctx.low(end - 1).starts_with("ministr");
                return Some((end, hit.agent as usize, hit.plural || collective));
            }
            let t = ctx.tokens[j];
            if t.kind != TokenKind::Word || t.cap {
                return None;
            }
            if !has(F_AGENT_MODIFIERS, ctx.low(j)) && !ranked_ordinal(ctx, j, limit) {
                return None;
            }
        }
        None
    }

    pub(super) fn agent_type(&self, agent: usize, plural: bool) -> EntityType {
        if !plural && self.gaz.agents[agent].individual {
            EntityType::Person
        } else {
            EntityType::Organisation
        }
    }

    /// One pass over the tokens `a..b` of sentence `si`: at each token the first rule that
    /// reads a mention there says where the pass continues.
    pub(super) fn sentence(
        &self,
        ctx: &Ctx,
        si: usize,
        a: usize,
        b: usize,
        mid_caps: &HashSet<&str>,
        out: &mut Vec<Cand>,
    ) {
        let mut i = a;
        while i < b {
            i = self.mention_at(ctx, si, a, b, i, mid_caps, out);
        }
    }

    /// The mention starting at token `i`, if any: capitalised names first (dictionary,
    /// title, unknown), then generic noun phrases, agents and pronouns. Returns the next
    /// token to read.
    #[allow(clippy::too_many_arguments)]
    fn mention_at(
        &self,
        ctx: &Ctx,
        si: usize,
        a: usize,
        b: usize,
        i: usize,
        mid_caps: &HashSet<&str>,
        out: &mut Vec<Cand>,
    ) -> usize {
        let t = ctx.tokens[i];
        if t.kind != TokenKind::Word {
            return i + 1;
        }
        // "al-Qaida", "el-Sisi": a lower-case Arabic article before a capital
        let raw = t.text(ctx.text);
        let cap = t.cap
            || t.all_caps
            || (raw.starts_with("al-") || raw.starts_with("el-"))
                && raw[3..].starts_with(|c: char| c.is_uppercase());
        if let Some(next) = self.article_name(ctx, si, a, b, i, out) {
            return next;
        }
        if cap {
            if let Some(next) = storm_name(ctx, i, b) {
                return next;
            }
            if let Some(m) = self.name_at_word(ctx, i, b) {
                if let Some(next) = self.name_match(ctx, si, a, b, m, out) {
                    return next;
                }
            }
            if let Some(next) = self.title_rule(ctx, si, a, b, i, None, out) {
                return next;
            }
            if let Some(next) = self.capitalised(ctx, si, a, b, i, mid_caps, out) {
                return next;
            }
        }
        if let Some(next) = self.agent_over_generic(ctx, si, a, b, i, out) {
            return next;
        }
        if let Some(next) = generic_np(ctx, si, i, b, out) {
            return next;
        }
        if let Some(next) = nominal_head(ctx, si, i, b, out) {
            return next;
        }
        if let Some((end, agent, plural)) = self.agent_after(ctx, i, b) {
            let hit = AgentAt {
                start: i,
                end,
                agent,
                plural,
            };
            return self.agent_mention(ctx, si, a, b, &hit, out);
        }
        push_pronoun(ctx, si, i, out);
        i + 1
    }

    /// An agent mention ("the rebels", "officials from Hungary"): of a country when one
    /// follows, else standalone (weak, with its determiner) if it may stand alone.
    /// Returns the next token to read.
    fn agent_mention(
        &self,
        ctx: &Ctx,
        si: usize,
        a: usize,
        b: usize,
        hit: &AgentAt,
        out: &mut Vec<Cand>,
    ) -> usize {
        if let Some(next) = self.agent_of_country(ctx, si, b, hit, out) {
            return next;
        }
        let (i, agent) = (hit.start, hit.agent);
        let end_tok = hit.end.max(i + 1);
        let etype = self.agent_type(agent, hit.plural);
        if standalone_agent_ok(ctx, a, i, end_tok, etype) || self.armed_group(ctx, end_tok, agent) {
            // "the rebels": include the determiner as re3d does
            let s = if i > a && matches!(ctx.low(i - 1), "the" | "a" | "an") {
                i - 1
            } else {
                i
            };
            out.push(Cand {
                start_tok: s,
                end_tok,
                etype,
                actor: Some(self.agent_actor(None, agent)),
                sentence: si,
                pronoun: false,
                weak: true,
            });
        }
        end_tok
    }

    /// A determiner phrase the agent list reads further than the generic-phrase rule does
    /// ("the coast guard", where "the coast" alone is a place), or reads as an armed group
    /// ("a rebel group", where "group" alone is a nameless organisation): the agent is the
    /// mention, so a place after it ("in <capital>") or the story can give it a country.
    /// Only for groups, not a person's title, and only when the agent rule makes a mention;
    /// otherwise the generic rule reads on.
    fn agent_over_generic(
        &self,
        ctx: &Ctx,
        si: usize,
        a: usize,
        b: usize,
        i: usize,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let mut generic = Vec::new();
        generic_np(ctx, si, i, b, &mut generic)?;
        let read_generic = generic.last()?;
        // a person's title ("the prime minister") is left to the title rules
        if read_generic.etype == EntityType::Person {
            return None;
        }
        let generic_end = read_generic.end_tok;
        let (end, agent, plural) = self.agent_after(ctx, i + 1, b)?;
        if self.agent_type(agent, plural) == EntityType::Person {
            return None;
        }
        let longer = end > generic_end;
        let armed = end == generic_end && self.armed_group(ctx, end, agent);
        if !(longer || armed) {
            return None;
        }
        let mut read = Vec::new();
        let hit = AgentAt {
            start: i + 1,
            end,
            agent,
            plural,
        };
        let next = self.agent_mention(ctx, si, a, b, &hit, &mut read);
        if read.is_empty() {
            return None;
        }
        out.append(&mut read);
        Some(next)
    }

    /// "an armed group", "rebel groups": an agent of armed non-state actors whose head is a
    /// group word stands alone like a human head, so "an armed group in <place>" can take
    /// the place's state. Other agents of the head ("a rights group") stay unread: the gold
    /// gives them no country, and the place rule would give them one.
    fn armed_group(&self, ctx: &Ctx, end_tok: usize, agent: usize) -> bool {
        let code = &self.gaz.agents[agent].code;
        has(F_ARMED_GROUP_HEADS, ctx.low(end_tok - 1))
            && (code.contains("REB") || code.contains("UAF"))
    }

    /// "officials from Hungary", "the foreign minister of Iran": the agent of the country
    /// after "of" / "from" (the country keeps its own mention); a plural agent extends over
    /// a list of countries. Returns the next token to read.
    fn agent_of_country(
        &self,
        ctx: &Ctx,
        si: usize,
        b: usize,
        hit: &AgentAt,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let (i, end, agent) = (hit.start, hit.end, hit.agent);
        if end >= b || !matches!(ctx.low(end), "of" | "from") {
            return None;
        }
        let k = if ctx.low(end + 1) == "the" {
            end + 2
        } else {
            end + 1
        };
        if k >= b || !ctx.is_cap_word(k) {
            return None;
        }
        let m = self.gaz.name_at(ctx.norm, k, b)?;
        let code = self.country_named(ctx, m)?;
        let mut actor = self.agent_actor(Some(&code), agent);
        let own = rebels_from(ctx.low(end), &actor.code);
        if own != actor.code {
            actor = make_actor(&own, &actor.name);
        }
        out.push(Cand {
            start_tok: i,
            end_tok: end,
            etype: self.agent_type(agent, hit.plural),
            actor: Some(actor),
            sentence: si,
            pronoun: false,
            weak: false,
        });
        if hit.plural {
            let head = out.len() - 1;
            let Some(list_end) = self.agents_of_countries(ctx, si, agent, m, b, out) else {
                return Some(end);
            };
            // The plural head names every country of the list, not the first alone: "the
            // foreign ministers of A, B and C met" is three ministers, so the head carries
            // the members' codes as one multi-code actor, as a collective phrase does.
            let codes: Vec<String> = out[head + 1..]
                .iter()
                .filter_map(|c| c.actor.as_ref())
                .map(|a| rebels_from(ctx.low(end), &a.code))
                .collect();
            if let Some(a) = out[head].actor.as_mut() {
                *a = Actor {
                    code: codes.join("/"),
                    name: a.name.clone(),
                    country: String::new(),
                    sector: String::new(),
                };
            }
            return Some(list_end);
        }
        Some(end)
    }

    /// "the foreign ministers of Poland, Lithuania, Latvia and Estonia": each country of a
    /// list closed by "and" after a plural agent is that agent of its own country
    /// (POLGOV, LTUGOV, LVAGOV, ESTGOV), in place of a bare country mention. Returns the
    /// token after the list, or `None` (no such list: the countries are left alone).
    pub(super) fn agents_of_countries(
        &self,
        ctx: &Ctx,
        si: usize,
        agent: usize,
        first: NameMatch,
        b: usize,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let list = self.country_list(ctx, first, b)?;
        for &(start_tok, end_tok, ref code) in &list {
            out.push(Cand {
                start_tok,
                end_tok,
                etype: EntityType::Organisation,
                actor: Some(self.agent_actor(Some(code), agent)),
                sentence: si,
                pronoun: false,
                weak: false,
            });
        }
        list.last().map(|l| l.1)
    }

    /// The countries of "A, B, C and D" from its first name: (start, end, code) each;
    /// `None` unless at least two and the last joined by "and".
    fn country_list(
        &self,
        ctx: &Ctx,
        first: NameMatch,
        b: usize,
    ) -> Option<Vec<(usize, usize, String)>> {
        let code = self.country_named(ctx, first)?;
        let mut list = vec![(first.start, first.end, code)];
        let mut j = first.end;
        loop {
            let mut k = j;
            if ctx.low(k) == "," {
                k += 1;
            }
            let and = ctx.low(k) == "and";
            if and {
                k += 1;
            }
            if k == j || k >= b || !ctx.is_cap_word(k) {
                return None;
            }
            let m = self.gaz.name_at(ctx.norm, k, b)?;
            let code = self.country_named(ctx, m)?;
            list.push((m.start, m.end, code));
            j = m.end;
            if and {
                return Some(list);
            }
        }
    }

    /// The country a name denotes: a country of the gazetteer, or an entry of the actor
    /// dictionaries whose code is a bare three-letter CAMEO country code (an operator's own
    /// dictionary lists its countries as actors, not as places), so that "the ambassadors
    /// of A, B and C" composes the same way for both.
    fn country_named(&self, ctx: &Ctx, m: NameMatch) -> Option<String> {
        self.place_country(m, &[PlaceKind::Country]).or_else(|| {
            self.gaz.name_hits[m.pattern].iter().find_map(|h| match h {
                Hit::Actor(id) => self.gaz.actors[*id as usize]
                    .code_on(ctx.date)
                    .filter(|c| self.bare_country_code(c))
                    .map(str::to_string),
                _ => None,
            })
        })
    }

    /// Three capital letters that are no agent code ("GOV", "MIL"): a country's code.
    fn bare_country_code(&self, code: &str) -> bool {
        code.len() == 3
            && code.bytes().all(|b| b.is_ascii_uppercase())
            && !self.gaz.agents.iter().any(|a| a.code == code)
    }
}

/// Capitalised words seen mid-sentence: lets a sentence-initial word join a name.
pub(super) fn mid_sentence_caps<'a>(ctx: &Ctx<'a>, ranges: &[(usize, usize)]) -> HashSet<&'a str> {
    let mut mid_caps = HashSet::new();
    for &(a, b) in ranges {
        for i in a + 1..b {
            if ctx.is_cap_word(i) && !matches!(ctx.raw(i - 1), "\"" | "\u{201C}" | ":") {
                mid_caps.insert(ctx.norm.token(i));
            }
        }
    }
    mid_caps
}

/// An agent read at token `start`: its end token, agent id and whether it is plural.
struct AgentAt {
    start: usize,
    end: usize,
    agent: usize,
    plural: bool,
}

/// A personal pronoun ("he", "I") or an organisation one ("we", "our") at token `i`: a
/// weak mention that coreference gives an actor.
fn push_pronoun(ctx: &Ctx, si: usize, i: usize, out: &mut Vec<Cand>) {
    let low = ctx.low(i);
    let etype = if PRONOUN_PERSON.contains(&low) && (low != "i" || ctx.raw(i) == "I") {
        EntityType::Person
    } else if PRONOUN_ORG.contains(&low) {
        EntityType::Organisation
    } else {
        return;
    };
    out.push(Cand {
        start_tok: i,
        end_tok: i + 1,
        etype,
        actor: None,
        sentence: si,
        pronoun: true,
        weak: true,
    });
}

/// An agent ending in "to" ("ambassador to") before a lower-case word that is no function
/// word ("ordered the ambassador to leave"): the "to" opens an infinitive, not the country
/// of the post, and stays outside the mention.
fn infinitive_cut(ctx: &Ctx, end: usize) -> usize {
    let next = ctx.tokens.get(end);
    let verb_next = next
        .is_some_and(|t| t.kind == TokenKind::Word && !t.cap && !has(F_STOP_CAPS, ctx.low(end)));
    if end >= 2 && ctx.low(end - 1) == "to" && verb_next {
        end - 1
    } else {
        end
    }
}

/// "gunmen from Chad": armed men from a state are its rebels, not its forces (`CHDUAF` after
/// "from" → `CHDREB`); any other code is returned as it is.
fn rebels_from(connector: &str, code: &str) -> String {
    match code.strip_suffix("UAF") {
        Some(country) if connector == "from" && country.len() == 3 => format!("{country}REB"),
        _ => code.to_string(),
    }
}

/// "first deputy foreign minister": an ordinal is part of the office only right before a
/// rank word; elsewhere ("his first official visit") it is no modifier of an agent.
fn ranked_ordinal(ctx: &Ctx, j: usize, limit: usize) -> bool {
    j + 1 < limit && has(F_OFFICE_ORDINALS, ctx.low(j)) && has(F_OFFICE_RANKS, ctx.low(j + 1))
}
