//! Name lists compiled into two byte tries (`gazetteer/prefix.rs`), built once at load:
//! one for proper names (countries, nationalities, cities, persons, organisations,
//! government metonyms; matched only on capitalised text) and one for agents
//! ("troops", "foreign minister"; any case).
//!
//! Matching is anchored at token starts on a normalised copy of the text (tokens lower
//! case, diacritics removed, joined by single spaces), so word boundaries hold by
//! construction: whole-word names end with a space, stems ("ARGENTIN") do not.
//!
//! Loading the tables and compiling the automata is `gazetteer/build.rs`.

mod build;
mod prefix;

use super::places;
use crate::nlp::petrarch::{self, DatedCode};
use crate::nlp::text::{normalise_phrase, push_normalised, Token};
use crate::nlp::types::GeoPoint;
use crate::nlp::EntityType;
use chrono::NaiveDate;
use prefix::PrefixSet;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// Country name ("Syria").
    Country,
    /// Nationality / demonym ("Syrian").
    Nationality,
    /// Capital city.
    Capital,
    /// Other city or region.
    Place,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// Index into `Gazetteer::places`.
    Place(u32),
    /// Index into `Gazetteer::actors`.
    Actor(u32),
    /// Index into `Gazetteer::metonyms`.
    Metonym(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgentHit {
    pub agent: u32,
    pub plural: bool,
    /// From a hand-written table: ranked before the derived readings of its name.
    pub curated: bool,
}

#[derive(Debug, Clone)]
pub struct Place {
    pub code: String,
    pub kind: PlaceKind,
}

#[derive(Debug, Clone)]
pub struct ActorRec {
    pub name: String,
    pub codes: Vec<DatedCode>,
    pub etype: EntityType,
    /// The one country every role of this actor belongs to (`None` for IGOs, non-state
    /// groups, or people whose roles span countries).
    pub country: Option<String>,
}

impl ActorRec {
    /// The actor's code on `date`. Only a role whose dates cover the date is used (or an
    /// undated code). A known person outside all their roles (Kerry before 1985 or after
    /// 2017) is still a national of the one country all their roles belong to, so a careful
    /// coder codes them by that country with no sector ("USA"); an actor without such a
    /// country (IGO officials, non-state leaders) resolves to nothing.
    pub fn code_on(&self, date: Option<NaiveDate>) -> Option<&str> {
        petrarch::resolve_code(&self.codes, date).or(self.country.as_deref())
    }

    /// The actor holds a dated role on `date`.
    fn in_office_on(&self, date: Option<NaiveDate>) -> bool {
        date.is_some_and(|d| self.codes.iter().any(|c| c.is_dated() && c.covers(d)))
    }
}

#[derive(Debug, Clone)]
pub struct AgentRec {
    pub name: String,
    pub code: String,
    pub prefix: bool,
    /// The singular form names one person ("minister", "spokesman").
    pub individual: bool,
}

#[derive(Debug, Clone)]
pub struct Metonym {
    pub code: String,
    pub always: bool,
}

/// A dictionary match starting at a token.
#[derive(Debug, Clone, Copy)]
pub struct NameMatch {
    /// Token range `[start, end)`.
    pub start: usize,
    pub end: usize,
    /// Index into `Gazetteer::name_hits`.
    pub pattern: usize,
}

#[derive(Debug, Clone, Copy)]
pub struct AgentMatch {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

pub struct Gazetteer {
    names: Option<PrefixSet>,
    agents_ac: Option<PrefixSet>,
    pub name_hits: Vec<Vec<Hit>>,
    pub agent_hits: Vec<Vec<AgentHit>>,
    pub places: Vec<Place>,
    pub actors: Vec<ActorRec>,
    pub agents: Vec<AgentRec>,
    pub metonyms: Vec<Metonym>,
    /// Name patterns the data spells with a lower-case word after the first.
    spelt_lower: HashSet<usize>,
    /// Lower-case first names seen in person entries.
    pub first_names: HashSet<String>,
    /// Country code → display name.
    pub country_names: HashMap<String, String>,
    /// Normalised place name (no trailing space) → coordinates.
    geo: HashMap<String, GeoPoint>,
}

/// The normalised text of an article: tokens joined by single spaces (with a trailing
/// space), and each token's start in it.
pub struct NormText {
    pub text: String,
    pub starts: Vec<usize>,
}

impl NormText {
    pub fn new(src: &str, tokens: &[Token]) -> Self {
        let mut text = String::with_capacity(src.len() + 8);
        let mut starts = Vec::with_capacity(tokens.len() + 1);
        for t in tokens {
            starts.push(text.len());
            push_normalised(t.text(src), &mut text);
            text.push(' ');
        }
        starts.push(text.len());
        Self { text, starts }
    }

    /// Token index containing normalised byte `b` (the token whose start is <= b).
    fn token_at(&self, b: usize) -> usize {
        match self.starts.binary_search(&b) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    pub fn token(&self, i: usize) -> &str {
        let a = self.starts[i];
        let b = self.starts[i + 1].saturating_sub(1);
        self.text.get(a..b).unwrap_or("")
    }
}

/// Heads of agent phrases that are never one person ("foreign ministry", "police").
fn collective_heads() -> &'static HashSet<&'static str> {
    use crate::nlp::lexicon::List;
    static HEADS: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    HEADS.get_or_init(|| List::OrgWords.set("collective-head"))
}

/// Prepositions (`prep` in `data/lexicon/closed_words.tsv`): never the head of an agent name.
fn prepositions() -> &'static HashSet<&'static str> {
    use crate::nlp::lexicon::List;
    static PREPS: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    PREPS.get_or_init(|| List::ClosedWords.set("prep"))
}

/// Words of `data/lexicon/` that type dictionary entries (organisation, place, title).
struct EntryWords {
    org: HashSet<&'static str>,
    place: HashSet<&'static str>,
    title: HashSet<&'static str>,
}

fn entry_words() -> &'static EntryWords {
    use crate::nlp::lexicon::List;
    static WORDS: std::sync::OnceLock<EntryWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| EntryWords {
        org: List::OrgWords.set("entry-type"),
        place: List::PlaceWords.set("entry-type"),
        title: List::Titles.set("entry-type"),
    })
}

/// Guesses the entity type of a dictionary actor from its primary name.
pub fn guess_actor_type(primary_norm: &str) -> EntityType {
    let ew = entry_words();
    let words: Vec<&str> = primary_norm.split(' ').collect();
    if words.iter().any(|w| ew.place.contains(w)) && !words.iter().any(|w| ew.org.contains(w)) {
        return EntityType::Location;
    }
    // "SECRETARY OF STATE", "PRIME MINISTER X": a title names a person
    if words.first().is_some_and(|w| ew.title.contains(w))
        && !words
            .iter()
            .any(|w| w.starts_with("ministr") || *w == "office")
    {
        return EntityType::Person;
    }
    if words.iter().any(|w| ew.org.contains(w)) {
        return EntityType::Organisation;
    }
    if words.len() == 1 {
        return EntityType::Organisation;
    }
    // "Al Qaeda", "Al Shabaab", "Jaish al-Adl": group names, not people
    if words.len() <= 3
        && words.first().is_some_and(|w| {
            matches!(
                *w,
                "al" | "el"
                    | "ansar"
                    | "jaish"
                    | "jabhat"
                    | "harakat"
                    | "hizb"
                    | "kataib"
                    | "liwa"
                    | "saraya"
                    | "tanzim"
                    | "jamaat"
                    | "jund"
                    | "lashkar"
                    | "tehrik"
                    | "ahrar"
                    | "asaib"
                    | "fatah"
                    | "hayat"
                    | "al-qaeda"
                    | "al-qaida"
            )
        })
    {
        return EntityType::Organisation;
    }
    if words
        .iter()
        .any(|w| matches!(*w, "the" | "of" | "for" | "and"))
    {
        return EntityType::Organisation;
    }
    if (2..=5).contains(&words.len()) {
        return EntityType::Person;
    }
    EntityType::Organisation
}

fn title_case(norm: &str) -> String {
    let mut out = String::with_capacity(norm.len());
    let mut up = true;
    for c in norm.chars() {
        if up && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
        if c == ' ' || c == '-' {
            up = true;
        }
    }
    out
}

impl Gazetteer {
    /// Coordinates of a place name ("Kharkiv", "the Gaza Strip"), if the tables have it.
    pub fn geo_of(&self, name: &str) -> Option<GeoPoint> {
        let norm = normalise_phrase(name);
        let bare = norm.strip_prefix("the ").unwrap_or(&norm);
        self.geo.get(bare).copied()
    }

    /// The data spells name pattern `pattern` with a lower-case word after its first ("UN
    /// refugee agency"): its lower-case words are part of the name.
    pub fn spelt_lower(&self, pattern: usize) -> bool {
        self.spelt_lower.contains(&pattern)
    }

    fn anchored(
        set: &PrefixSet,
        norm: &NormText,
        tok: usize,
        limit: usize,
    ) -> Option<(usize, usize)> {
        let start = *norm.starts.get(tok)?;
        let end = *norm.starts.get(limit)?;
        if start >= end {
            return None;
        }
        let (pattern, len) = set.longest_prefix(norm.text.as_bytes().get(start..end)?)?;
        let last = norm.token_at((start + len).saturating_sub(1));
        Some((pattern, last + 1))
    }

    /// Longest proper-name pattern starting at token `tok` (not crossing `limit`).
    pub fn name_at(&self, norm: &NormText, tok: usize, limit: usize) -> Option<NameMatch> {
        let ac = self.names.as_ref()?;
        let (pattern, end) = Self::anchored(ac, norm, tok, limit)?;
        Some(NameMatch {
            start: tok,
            end,
            pattern,
        })
    }

    /// Longest agent pattern starting at token `tok`.
    pub fn agent_at(&self, norm: &NormText, tok: usize, limit: usize) -> Option<AgentMatch> {
        let ac = self.agents_ac.as_ref()?;
        let (pattern, end) = Self::anchored(ac, norm, tok, limit)?;
        Some(AgentMatch {
            start: tok,
            end,
            pattern,
        })
    }

    /// The dictionary actor pattern `pattern` names on `date`. Entries can share a name (an
    /// old entry spells "Ismail Haniya" as a curated one does): the first entry holding a
    /// dated role on the date wins, else the first entry.
    pub fn actor_on(&self, pattern: usize, date: Option<NaiveDate>) -> Option<usize> {
        let ids = || {
            self.name_hits[pattern].iter().filter_map(|h| match h {
                Hit::Actor(id) => Some(*id as usize),
                _ => None,
            })
        };
        ids()
            .find(|&id| self.actors[id].in_office_on(date))
            .or_else(|| ids().next())
    }

    pub fn country_name(&self, code: &str) -> String {
        self.country_names
            .get(code)
            .cloned()
            .unwrap_or_else(|| code.to_string())
    }
}
