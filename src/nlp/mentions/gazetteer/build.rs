//! Building the gazetteer: the builtin tables of `data/actors/` and `data/places/`, the
//! configured PETRARCH dictionaries, collected by a `Builder` and compiled into the two
//! automata. Split from `gazetteer.rs` by job: that file matches names, this one loads them.

use super::places::{self, PlaceName};
use super::prefix::PrefixSet;
use super::*;
use crate::nlp::petrarch::{self, ActorEntry, AgentEntry, DatedCode, DictName};
use crate::nlp::text::normalise_phrase;
use crate::nlp::{NlpConfig, NlpError};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

const COUNTRIES_TSV: &str = include_str!("../../../../data/actors/countries.tsv");
const ACTORS_TSV: &str = include_str!("../../../../data/actors/actors.tsv");
const AGENTS_TXT: &str = include_str!("../../../../data/actors/agents.txt");
const AGENTS_EXTRA_TXT: &str = include_str!("../../../../data/actors/agents_extra.txt");
const METONYMS_TSV: &str = include_str!("../../../../data/actors/metonyms.tsv");
const FIRSTNAMES_TXT: &str = include_str!("../../../../data/actors/firstnames.txt");

impl Gazetteer {
    /// The builtin tables (unless switched off) and the configured actor and agent
    /// dictionaries.
    pub fn load(config: &NlpConfig) -> Result<Self, NlpError> {
        let mut b = Builder::default();
        let mut country_names: HashMap<String, String> = HashMap::new();
        let mut first_names = HashSet::new();
        if config.builtin_dictionaries {
            b.add_builtin(&mut country_names)?;
            first_names = builtin_first_names();
        }
        for p in &config.actor_dictionaries {
            for e in petrarch::load_actor_file(p)? {
                b.add_actor(&e);
            }
        }
        for p in &config.agent_dictionaries {
            for a in petrarch::load_agent_file(p)? {
                b.add_agent(&a, false);
            }
        }
        for a in &mut b.actors {
            a.country = single_country(&a.codes, &country_names);
        }
        b.compile(country_names, first_names)
    }
}

/// The common country prefix of all `codes`, if it is a country in `countries`.
fn single_country(codes: &[DatedCode], countries: &HashMap<String, String>) -> Option<String> {
    let first = codes.first()?.code.get(..3)?;
    let same = codes.iter().all(|c| c.code.get(..3) == Some(first));
    (same && countries.contains_key(first)).then(|| first.to_string())
}

fn pattern_key(name: &DictName) -> Option<String> {
    let mut k = normalise_phrase(&name.text);
    if k.is_empty() {
        return None;
    }
    if !name.stem {
        k.push(' ');
    }
    Some(k)
}

fn builtin_err(name: &'static str, message: String) -> NlpError {
    NlpError::BuiltinData { name, message }
}

fn parse_dates(spec: &str) -> Option<(Option<NaiveDate>, Option<NaiveDate>)> {
    let (a, b) = spec.split_once('-')?;
    let p = |s: &str| {
        if s.is_empty() {
            Some(None)
        } else {
            ymd(s).map(Some)
        }
    };
    Some((p(a)?, p(b)?))
}

/// A `%Y%m%d` date. The actor table's ~27 k date ranges are eight digits, read here without
/// chrono's format parser (a thirtieth of start-up); any other text goes to it.
fn ymd(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 8 || !b.iter().all(u8::is_ascii_digit) {
        return NaiveDate::parse_from_str(s, "%Y%m%d").ok();
    }
    let num =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, &d| n * 10 + u32::from(d - b'0'));
    NaiveDate::from_ymd_opt(num(0..4) as i32, num(4..6), num(6..8))
}

/// Builder that collects names before compiling the automata.
#[derive(Default)]
struct Builder {
    name_index: HashMap<String, usize>,
    name_hits: Vec<Vec<Hit>>,
    agent_index: HashMap<String, usize>,
    agent_hits: Vec<Vec<AgentHit>>,
    places: Vec<Place>,
    actors: Vec<ActorRec>,
    agents: Vec<AgentRec>,
    metonyms: Vec<Metonym>,
    geo: HashMap<String, GeoPoint>,
    spelt_lower: HashSet<usize>,
}

impl Builder {
    /// Adds a city or region of `data/places`. A city never takes a name another table
    /// already has (the country, person or organisation reading wins); it only lends its
    /// coordinates to a place reading of the same country. A region overrides the place
    /// readings of its name.
    fn add_place(&mut self, p: &PlaceName, stop: &HashSet<&str>) {
        let norm = normalise_phrase(p.name);
        if norm.is_empty() || !p.region && stop.contains(norm.as_str()) {
            return;
        }
        let key = format!("{norm} ");
        let same_country = |b: &Self, hits: &[Hit]| {
            hits.iter()
                .any(|h| matches!(h, Hit::Place(i) if b.places[*i as usize].code == p.code))
        };
        match self.name_index.get(&key).copied() {
            Some(idx) if p.region => {
                let keep_country = self.name_hits[idx].iter().any(|h| {
                    matches!(h, Hit::Place(i) if self.places[*i as usize].code == p.code
                        && self.places[*i as usize].kind == PlaceKind::Country)
                });
                if !keep_country {
                    self.name_hits[idx].retain(|h| !matches!(h, Hit::Place(_)));
                    let id = self.push_place(p.code, PlaceKind::Place);
                    self.name_hits[idx].push(Hit::Place(id));
                }
            }
            Some(idx) if !same_country(self, &self.name_hits[idx]) => return,
            // the capital row of countries.tsv is upper case: the city's spelling tells
            Some(idx) => self.note_spelling(idx, p.name),
            None => {
                // "Dar es Salaam": the table's lower-case inner word belongs to the name
                let id = self.push_place(p.code, PlaceKind::Place);
                self.add_spelt_name(p.name, key, Hit::Place(id));
            }
        }
        // a region's own centre wins over a city of the same name ("Gaza")
        if p.region {
            self.geo.insert(norm, p.geo);
        } else {
            self.geo.entry(norm).or_insert(p.geo);
        }
    }

    fn push_place(&mut self, code: &str, kind: PlaceKind) -> u32 {
        let id = self.places.len() as u32;
        self.places.push(Place {
            code: code.to_string(),
            kind,
        });
        id
    }

    fn add_name(&mut self, key: String, hit: Hit) -> usize {
        let n = self.name_hits.len();
        let idx = *self.name_index.entry(key).or_insert(n);
        if idx == n {
            self.name_hits.push(Vec::new());
        }
        if !self.name_hits[idx].contains(&hit) {
            self.name_hits[idx].push(hit);
        }
        idx
    }

    /// A name spelt in the data with a lower-case word after its first ("UN nuclear
    /// watchdog", "Quai d'Orsay") is a name with those words: the matcher lets them through.
    fn add_spelt_name(&mut self, spelling: &str, key: String, hit: Hit) {
        let idx = self.add_name(key, hit);
        self.note_spelling(idx, spelling);
    }

    fn note_spelling(&mut self, idx: usize, spelling: &str) {
        if has_lower_inner_word(spelling) {
            self.spelt_lower.insert(idx);
        }
    }

    /// The first reading of an agent name is the one used; a `curated` (hand-written)
    /// reading goes before the derived ones, so a row of `agents_extra.txt` corrects a
    /// Phoenix agent of the same name ("coast guard" is police, not military).
    /// A curated name written whole-word ("MEDIA_") retires the derived stem of the same
    /// word ("MEDIA", which read "mediated" and "mediation" as the press).
    fn retire_derived_stem(&mut self, key: &str) {
        let Some(stem) = key.strip_suffix(' ') else {
            return;
        };
        if let Some(&idx) = self.agent_index.get(stem) {
            if self.agent_hits[idx].iter().all(|h| !h.curated) {
                // Pattern ids are the index's values, so the entry stays under a key no
                // normalised text contains.
                self.agent_index.remove(stem);
                self.agent_index.insert(format!("\0{stem}"), idx);
            }
        }
    }

    fn add_agent_name(&mut self, key: String, hit: AgentHit, curated: bool) {
        let n = self.agent_hits.len();
        let idx = *self.agent_index.entry(key).or_insert(n);
        if idx == n {
            self.agent_hits.push(Vec::new());
        }
        let hits = &mut self.agent_hits[idx];
        if hits.contains(&hit) {
            return;
        }
        let first_derived = hits.iter().position(|h| !h.curated).unwrap_or(hits.len());
        hits.insert(if curated { first_derived } else { hits.len() }, hit);
    }

    fn add_actor(&mut self, entry: &ActorEntry) {
        let Some(first) = entry.names.first() else {
            return;
        };
        let primary = normalise_phrase(&first.text);
        if primary.is_empty() {
            return;
        }
        let etype = guess_actor_type(&primary);
        let id = self.actors.len() as u32;
        self.actors.push(ActorRec {
            name: title_case(&primary),
            codes: entry.codes.clone(),
            etype,
            country: None,
        });
        for n in &entry.names {
            let Some(key) = pattern_key(n) else { continue };
            // single short tokens ("AL", "ABU") are too ambiguous to match alone
            let letters = key.chars().filter(|c| c.is_alphanumeric()).count();
            if !key.trim_end().contains(' ') && letters < 4 && etype == EntityType::Person {
                continue;
            }
            if letters < 2 {
                continue;
            }
            self.add_spelt_name(&n.text, key, Hit::Actor(id));
        }
    }

    fn add_agent(&mut self, entry: &AgentEntry, curated: bool) {
        let Some(first) = entry.names.first() else {
            return;
        };
        let norm = normalise_phrase(&first.text);
        // "EMBASSY_IN", "AMBASSADOR_TO": the head is the noun before a closing
        // preposition, so "the embassy in" is a body, never one person
        let head = norm
            .rsplit(' ')
            .find(|w| !prepositions().contains(w))
            .unwrap_or("");
        let individual = !collective_heads().contains(head);
        let id = self.agents.len() as u32;
        self.agents.push(AgentRec {
            name: norm.clone(),
            code: entry.code.clone(),
            prefix: entry.prefix,
            individual,
        });
        for (k, n) in entry.names.iter().enumerate() {
            let Some(key) = pattern_key(n) else { continue };
            if curated && !n.stem && k < entry.plural_from {
                self.retire_derived_stem(&key);
            }
            // "gunmen", "servicemen": a Phoenix row may list the plural of "-man" as its
            // singular form; it names several people all the same
            let men = key.trim_end().ends_with("men");
            let plural =
                k >= entry.plural_from || men || key.trim_end().ends_with('s') && !individual;
            let hit = AgentHit {
                agent: id,
                plural,
                curated,
            };
            self.add_agent_name(key, hit, curated);
        }
    }
}

/// The data rows of a builtin table (no comments, no blank lines), numbered from 1 for
/// error messages.
fn data_rows(table: &str) -> impl Iterator<Item = (usize, &str)> {
    table
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty())
        .map(|(i, line)| (i + 1, line))
}

/// The place kind letter of a countries.tsv row.
fn place_kind(kind: &str, line: usize) -> Result<PlaceKind, NlpError> {
    match kind {
        "C" => Ok(PlaceKind::Country),
        "N" => Ok(PlaceKind::Nationality),
        "K" => Ok(PlaceKind::Capital),
        "L" => Ok(PlaceKind::Place),
        k => Err(builtin_err(
            "countries.tsv",
            format!("line {line}: kind {k:?}"),
        )),
    }
}

/// One actors.tsv row: `name|name*|…<TAB>CODE@dates;CODE…` (`*` = stem, dates optional).
fn parse_actor_row(line: &str, n: usize) -> Result<ActorEntry, NlpError> {
    let Some((names, codes)) = line.split_once('\t') else {
        return Err(builtin_err(
            "actors.tsv",
            format!("line {n}: 2 fields expected"),
        ));
    };
    let names: Vec<DictName> = names
        .split('|')
        .filter(|n| !n.is_empty())
        .map(|n| DictName {
            text: n.trim_end_matches('*').to_string(),
            stem: n.ends_with('*'),
        })
        .collect();
    let mut dcodes = Vec::new();
    for c in codes.split(';').filter(|c| !c.is_empty()) {
        let (code, dates) = match c.split_once('@') {
            Some((code, d)) => (code, Some(d)),
            None => (c, None),
        };
        let (from, to) = match dates {
            Some(d) => parse_dates(d)
                .ok_or_else(|| builtin_err("actors.tsv", format!("line {n}: bad dates {d:?}")))?,
            None => (None, None),
        };
        dcodes.push(DatedCode {
            code: code.to_string(),
            from,
            to,
        });
    }
    Ok(ActorEntry {
        names,
        codes: dcodes,
    })
}

/// A word after the first begins with a lower-case letter.
fn has_lower_inner_word(spelling: &str) -> bool {
    spelling
        .split_whitespace()
        .skip(1)
        .any(|w| w.chars().next().is_some_and(char::is_lowercase))
}

/// The builtin first names, lower-cased.
fn builtin_first_names() -> HashSet<String> {
    FIRSTNAMES_TXT
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| line.to_ascii_lowercase())
        .collect()
}

/// The trie over the keys of `index`, in their id order (a match's pattern id is then
/// the key's id).
fn index_automaton(index: &HashMap<String, usize>) -> Option<PrefixSet> {
    let mut pats: Vec<(usize, &String)> = index.iter().map(|(k, v)| (*v, k)).collect();
    pats.sort_unstable();
    let keys: Vec<&[u8]> = pats.iter().map(|(_, k)| k.as_bytes()).collect();
    PrefixSet::new(&keys)
}

impl Builder {
    /// The builtin tables of `data/actors` and `data/places`, in a fixed order (a later
    /// table's reading of a name is added after the earlier ones). Country display names go
    /// to `country_names`.
    fn add_builtin(&mut self, country_names: &mut HashMap<String, String>) -> Result<(), NlpError> {
        let stop: HashSet<&str> = places::stoplist().collect();
        self.add_countries(&stop, country_names)?;
        for (n, line) in data_rows(ACTORS_TSV) {
            self.add_actor(&parse_actor_row(line, n)?);
        }
        self.add_metonyms()?;
        // the hand-written supplement is curated: its readings take precedence
        let agent_tables = [
            (AGENTS_TXT, "data/actors/agents.txt", "agents.txt", false),
            (
                AGENTS_EXTRA_TXT,
                "data/actors/agents_extra.txt",
                "agents_extra.txt",
                true,
            ),
        ];
        for (table, path, name, curated) in agent_tables {
            let agents = petrarch::parse_agents(table, path)
                .map_err(|e| builtin_err(name, e.to_string()))?;
            for a in &agents {
                self.add_agent(a, curated);
            }
        }
        for p in places::place_names()? {
            self.add_place(&p, &stop);
        }
        Ok(())
    }

    /// countries.tsv: `CODE<TAB>kind<TAB>name` rows of countries, nationalities, capitals
    /// and places.
    fn add_countries(
        &mut self,
        stop: &HashSet<&str>,
        country_names: &mut HashMap<String, String>,
    ) -> Result<(), NlpError> {
        for (n, line) in data_rows(COUNTRIES_TSV) {
            let mut it = line.split('\t');
            let (Some(code), Some(kind), Some(name)) = (it.next(), it.next(), it.next()) else {
                return Err(builtin_err(
                    "countries.tsv",
                    format!("line {n}: 3 fields expected"),
                ));
            };
            let kind = place_kind(kind, n)?;
            // city and region names that are common words or first names
            if matches!(kind, PlaceKind::Capital | PlaceKind::Place)
                && stop.contains(normalise_phrase(name).as_str())
            {
                continue;
            }
            if kind == PlaceKind::Country && !country_names.contains_key(code) {
                country_names.insert(code.to_string(), title_case(&normalise_phrase(name)));
            }
            self.add_country_row(code, kind, name);
        }
        Ok(())
    }

    /// One place of countries.tsv under its name, and a nationality also under its plural
    /// ("Syrians", "Kurds").
    fn add_country_row(&mut self, code: &str, kind: PlaceKind, name: &str) {
        let id = self.places.len() as u32;
        self.places.push(Place {
            code: code.to_string(),
            kind,
        });
        let mut key = normalise_phrase(name);
        key.push(' ');
        self.add_name(key, Hit::Place(id));
        // plural demonyms: "Syrians", "Kurds" style; of two words only "-an"
        // ("South Koreans", "Sri Lankans")
        let one_word = !name.contains(' ');
        if kind == PlaceKind::Nationality
            && (one_word && name.ends_with(['N', 'I']) || name.ends_with("AN"))
        {
            let mut k2 = normalise_phrase(name);
            k2.push_str("s ");
            self.add_name(k2, Hit::Place(id));
        }
    }

    /// metonyms.tsv: `name<TAB>code<TAB>…<TAB>always|…` ("the Kremlin").
    fn add_metonyms(&mut self) -> Result<(), NlpError> {
        for (n, line) in data_rows(METONYMS_TSV) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 4 {
                return Err(builtin_err(
                    "metonyms.tsv",
                    format!("line {n}: 4 fields expected"),
                ));
            }
            let id = self.metonyms.len() as u32;
            self.metonyms.push(Metonym {
                code: f[1].to_string(),
                always: f[3] == "always",
            });
            // names are matched on capitalised text, where a lower-case "the" never is
            let name = f[0].strip_prefix("the ").unwrap_or(f[0]);
            let mut key = normalise_phrase(name);
            key.push(' ');
            self.add_spelt_name(name, key, Hit::Metonym(id));
        }
        Ok(())
    }

    /// The gazetteer: the two automata compiled over the collected names.
    fn compile(
        self,
        country_names: HashMap<String, String>,
        first_names: HashSet<String>,
    ) -> Result<Gazetteer, NlpError> {
        let names = index_automaton(&self.name_index);
        let agents_ac = index_automaton(&self.agent_index);
        Ok(Gazetteer {
            names,
            agents_ac,
            name_hits: self.name_hits,
            agent_hits: self.agent_hits,
            places: self.places,
            actors: self.actors,
            agents: self.agents,
            metonyms: self.metonyms,
            spelt_lower: self.spelt_lower,
            first_names,
            country_names,
            geo: self.geo,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_digit_dates_read_as_chrono_reads_them() {
        for year in [0, 1, 999, 1000, 1932, 2000, 2024, 2100, 9999] {
            for month in 0..100 {
                for day in 0..100 {
                    let s = format!("{year:04}{month:02}{day:02}");
                    let chrono = NaiveDate::parse_from_str(&s, "%Y%m%d").ok();
                    assert_eq!(ymd(&s), chrono, "{s}");
                }
            }
        }
        assert_eq!(ymd("19780427"), NaiveDate::from_ymd_opt(1978, 4, 27));
        assert_eq!(ymd("19780231"), None);
        assert_eq!(ymd("1978-04-27"), None);
        assert_eq!(
            parse_dates("19331108-"),
            Some((NaiveDate::from_ymd_opt(1933, 11, 8), None))
        );
        assert_eq!(parse_dates("1933x108-"), None);
    }
}
