//! The country in focus of a filed story: officials and domestic agents with no country word.
//!
//! Wire copy names the country of its own setting once, in the dateline ("HANOI (Agency) —"),
//! and then writes "Police arrested …", "Prime Minister X said …", "Foreign ministry
//! spokeswoman Y said …" with no country: a reader takes them as the dateline country's.
//! A dateline is the story's setting only when the article keeps coming back to that country
//! (a Brussels or Washington dateline over a story about two other states is not), so the
//! dateline country is the country in focus only when the body mentions it at least
//! `MIN_FOCUS_MENTIONS` times and at least half as often as the most mentioned country.
//!
//! In a sentence that names no other country, the focus country is given to
//! - a bare agent with no country ("Police", "Riot police", "demonstrators"), not one with a
//!   determiner or possessive ("the officers", "its troops": those refer back to someone);
//! - a person the dictionaries do not know whose title is a home-government title
//!   ("Prime Minister X": `home-title` in `data/lexicon/titles.tsv`) → the government;
//! - a person the dictionaries do not know right after a government agent just placed
//!   ("Foreign ministry spokeswoman X") → that agent's actor.
//!
//! Mentions linked to one of these ("She", a later bare surname) inherit its new actor.
//!
//! In a domestic story (the focus country mentioned at least `DOMESTIC_RATIO` times as often
//! as any other), "all parties" / "all sides" in a sentence naming no other country are the
//! country's own political actors ("urged all parties to respect the result"): a mention of
//! the country is added for them.
use crate::nlp::lexicon::List;
use crate::nlp::mentions::make_actor;
use crate::nlp::{Actor, EntityType, Mention, Sentence, Span};
use std::collections::{HashMap, HashSet};

/// Body mentions the dateline country needs to be the story's setting.
const MIN_FOCUS_MENTIONS: usize = 3;

/// How much more often than any other country a domestic story names its own.
const DOMESTIC_RATIO: usize = 3;

/// Lower-case words allowed between a placed agent and the unknown name it employs
/// ("Foreign ministry spokeswoman X": one word).
const MAX_GAP_WORDS: usize = 2;

struct Words {
    det: HashSet<&'static str>,
    /// Closed-class words that may follow a noun phrase ("of", "who", "near", "had").
    closed: HashSet<&'static str>,
    title: HashSet<&'static str>,
    home_title: HashSet<&'static str>,
    /// "spokesman": after a government body word, the speaker is the government's.
    speaker_title: HashSet<&'static str>,
    home_body: HashSet<&'static str>,
    all_collective: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    W.get_or_init(|| Words {
        det: List::ClosedWords.set("det"),
        closed: List::ClosedWords
            .words_of(&[
                "prep", "conj", "compl", "subord", "be", "have", "do", "modal", "to", "by",
            ])
            .into_iter()
            .collect(),
        title: List::Titles.set("title"),
        home_title: List::Titles.set("home-title"),
        speaker_title: List::Titles.set("speaker-title"),
        home_body: List::OrgWords.set("home-body"),
        all_collective: List::MentionWords.set("all-collective"),
    })
}

/// An actor with only a sector code ("COP", "GOV"; not the no-code "---").
fn agent_only(a: &Actor) -> bool {
    a.agent_only() && a.code.bytes().all(|b| b.is_ascii_uppercase())
}

fn country_of(m: &Mention) -> Option<&str> {
    m.actor
        .as_ref()
        .map(|a| a.country.as_str())
        .filter(|c| !c.is_empty())
}

/// The country of a "CITY (Agency) —" dateline opening the article. A city-state's
/// dateline ("LUXEMBOURG (Agency) —") is read as the state itself: it counts as a place.
pub(super) fn dateline_country<'a>(
    text: &str,
    mentions: &'a [Mention],
) -> Option<(usize, &'a str)> {
    let lead = text.len() - text.trim_start().len();
    let (i, m) = mentions
        .iter()
        .enumerate()
        .find(|(_, m)| m.span.start == lead)?;
    let name = text.get(m.span.start..m.span.end)?;
    let rest = text.get(m.span.end..)?.trim_start_matches(' ');
    let state = m
        .actor
        .as_ref()
        .is_some_and(|a| !a.country.is_empty() && a.sector.is_empty());
    let place = m.entity_type == EntityType::Location || state;
    let is_dateline = place
        && !name.chars().any(char::is_lowercase)
        && ["(", "—", "–", "-", ","]
            .iter()
            .any(|p| rest.starts_with(p));
    is_dateline.then_some((i, country_of(m)?))
}

/// The country in focus and whether the story is domestic (see the module comment).
pub(super) struct Focus {
    pub(super) country: String,
    domestic: bool,
    /// The dateline country is named often but another state more than twice as often:
    /// the story is about that state too, so only officials titled as a home government's
    /// take the dateline's country (an unknown "Prime Minister X" on a visit hosted there);
    /// bare agents and institutions are left to the other rules.
    officials_only: bool,
}

/// The dateline country when the body keeps to it (see the module comment).
pub(super) fn focus_country(text: &str, mentions: &[Mention]) -> Option<Focus> {
    setting(text, mentions).filter(|f| !f.officials_only)
}

/// The dateline country when the body names it at least `MIN_FOCUS_MENTIONS` times: the
/// country in focus, or only the officials' (`Focus::officials_only`) when another state
/// is named more than twice as often.
fn setting(text: &str, mentions: &[Mention]) -> Option<Focus> {
    let (dateline, country) = dateline_country(text, mentions)?;
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if let Some(c) = country_of(m).filter(|_| i != dateline) {
            *counts.entry(c).or_default() += 1;
        }
    }
    let own = counts.get(country).copied().unwrap_or(0);
    let top = counts.values().copied().max().unwrap_or(0);
    let other = counts
        .iter()
        .filter(|(c, _)| **c != country)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    let strong = 2 * own >= top;
    (own >= MIN_FOCUS_MENTIONS).then(|| Focus {
        country: country.to_string(),
        domestic: strong && own >= DOMESTIC_RATIO * other,
        officials_only: !strong,
    })
}

/// The lower-case word right before byte `at`.
fn word_before(text: &str, at: usize) -> String {
    let head = text.get(..at).unwrap_or("").trim_end();
    head.rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// "Police", "Riot police": an agent with no determiner that would make it refer back, and
/// that heads its phrase: it opens the sentence, or what follows is no content word
/// ("military" in "military aid" only modifies the noun after it).
fn bare_agent(text: &str, sentence_start: usize, m: &Mention) -> bool {
    let own = text.get(m.span.start..m.span.end).unwrap_or("");
    let opens = text
        .get(sentence_start..m.span.start)
        .is_some_and(|h| h.chars().all(|c| !c.is_alphanumeric()));
    let next = text
        .get(m.span.end..)
        .and_then(|r| r.split_whitespace().next())
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    let next_content = next.chars().next().is_some_and(char::is_lowercase)
        && next.chars().all(char::is_alphabetic)
        && !words().closed.contains(next);
    if !opens && next_content {
        return false;
    }
    let first = own.split_whitespace().next().unwrap_or("").to_lowercase();
    let before = word_before(text, m.span.start);
    let possessive = before.ends_with("'s") || before.ends_with("’s");
    !words().det.contains(first.as_str()) && !words().det.contains(before.as_str()) && !possessive
}

/// A title head that names a government office ("minister", "president"; `home-title` in
/// data/lexicon/titles.tsv), for every pass of this layer that asks.
pub(super) fn is_home_title(word: &str) -> bool {
    words().home_title.contains(word)
}

/// "Prime Minister X": the title words opening the mention hold a home-government title.
pub(super) fn home_titled(text: &str, m: &Mention) -> bool {
    let own = text.get(m.span.start..m.span.end).unwrap_or("");
    own.split_whitespace()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .take_while(|w| words().title.contains(w.as_str()))
        .any(|w| words().home_title.contains(w.as_str()))
}

/// Only lower-case words (at most `MAX_GAP_WORDS`) between two byte offsets.
fn title_gap(text: &str, from: usize, to: usize) -> bool {
    let gap = text.get(from..to.max(from)).unwrap_or("");
    let ws: Vec<&str> = gap.split_whitespace().collect();
    ws.len() <= MAX_GAP_WORDS
        && ws
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
}

fn placed(agent: &Actor, country: &str, name: &str) -> Actor {
    let code = format!("{country}{}", agent.code);
    make_actor(&code, &format!("{name} {}", agent.name))
}

/// Places the agents and officials of one sentence that names no other country (else only
/// an official opening it: `place_leading_official`); returns the indexes (into `sentence`)
/// it changed.
fn place_sentence(
    text: &str,
    (country, name): (&str, &str),
    (sentence_start, officials_only): (usize, bool),
    sentence: &mut [Mention],
) -> Vec<usize> {
    let other = |m: &Mention| country_of(m).is_some_and(|c| c != country);
    if sentence.iter().any(other) {
        let leading = place_leading_official(text, (country, name), sentence);
        if !leading.is_empty() {
            return leading;
        }
        return host_official(text, (country, name), sentence);
    }
    let mut changed = Vec::new();
    // the government agent placed last: (end byte, actor)
    let mut employer: Option<(usize, Actor)> = None;
    for (k, m) in sentence.iter_mut().enumerate() {
        let new = match &m.actor {
            Some(a) if !officials_only && agent_only(a) && bare_agent(text, sentence_start, m) => {
                Some(placed(a, country, name))
            }
            None if m.entity_type == EntityType::Person => {
                let after_employer = employer
                    .as_ref()
                    .filter(|(end, _)| title_gap(text, *end, m.span.start))
                    .map(|(_, a)| a.clone());
                after_employer.or_else(|| {
                    official(text, m).then(|| {
                        make_actor(&format!("{country}GOV"), &format!("{name} government"))
                    })
                })
            }
            _ => None,
        };
        let Some(new) = new else {
            continue;
        };
        employer = (new.sector == "GOV").then(|| (m.span.end, new.clone()));
        m.actor = Some(new);
        changed.push(k);
    }
    changed
}

/// A sentence that names another country: an unknown official who opens it, before any
/// other country is named ("Foreign Minister X said the ambassador's remarks …"), is still
/// the focus country's; the sentence's later countries are what the official speaks about,
/// and a reader has not met them yet when reading the title. A quotation the official is
/// the speaker of may come first ("\"… Y …,\" spokeswoman X said"). Only the sentence's
/// first person or placed mention outside quotation marks qualifies: an official after
/// another state's name may be that state's. Returns the index it changed.
fn place_leading_official(
    text: &str,
    (country, name): (&str, &str),
    sentence: &mut [Mention],
) -> Vec<usize> {
    let quoted = |m: &Mention| inside_quotation(text, m.span.start);
    // a mention without an actor or with a sector alone names no country ("Government" or
    // "foreign ministry" before "spokesman X")
    let bare = |m: &Mention| {
        m.entity_type != EntityType::Person && m.actor.as_ref().is_none_or(|a| a.country.is_empty())
    };
    let Some(k) = sentence.iter().position(|m| !quoted(m) && !bare(m)) else {
        return Vec::new();
    };
    let m = &sentence[k];
    if m.actor.is_some() || m.entity_type != EntityType::Person || !official(text, m) {
        return Vec::new();
    }
    sentence[k].actor = Some(make_actor(
        &format!("{country}GOV"),
        &format!("{name} government"),
    ));
    vec![k]
}

/// "[Nat.] President A arrived … and signed agreements with Prime Minister X": a sentence
/// whose other states are each named by one of their own officials (a titled person of that
/// state, or its country word right before that person) is the visit's; the visitor's side
/// names its officials with their state, so an unknown official after them, given none, is
/// the host's. Refused when any other state is named apart from its official (X could be
/// that state's) or inside a quotation. Returns the index it changed.
fn host_official(
    text: &str,
    (country, name): (&str, &str),
    sentence: &mut [Mention],
) -> Vec<usize> {
    let foreign_person = |m: &Mention| {
        m.entity_type == EntityType::Person && country_of(m).is_some_and(|c| c != country)
    };
    let persons: Vec<&Mention> = sentence.iter().filter(|m| foreign_person(m)).collect();
    // the country word opens its official's mention or is joined to it ("Taiwan's President")
    let of_person = |m: &Mention| {
        persons.iter().any(|p| {
            let gap = text
                .get(m.span.end..p.span.start.max(m.span.end))
                .unwrap_or("x");
            let opens = m.span.start >= p.span.start && m.span.end <= p.span.end;
            let joined = m.span.start < p.span.start && matches!(gap.trim(), "" | "'s" | "’s");
            (opens || joined) && country_of(p) == country_of(m)
        })
    };
    let claimed = sentence
        .iter()
        .all(|m| country_of(m).is_none_or(|c| c == country) || foreign_person(m) || of_person(m));
    let Some(first) = persons.first().map(|p| p.span.end) else {
        return Vec::new();
    };
    if !claimed {
        return Vec::new();
    }
    let Some(k) = sentence.iter().position(|m| {
        m.span.start >= first
            && m.actor.is_none()
            && m.entity_type == EntityType::Person
            && home_titled(text, m)
            && !inside_quotation(text, m.span.start)
    }) else {
        return Vec::new();
    };
    sentence[k].actor = Some(make_actor(
        &format!("{country}GOV"),
        &format!("{name} government"),
    ));
    vec![k]
}

/// Is byte `at` inside a quotation? Counted from its paragraph's start (quotations do not
/// cross paragraphs, while a sentence may begin inside one): an odd number of straight
/// quotes, or more opening than closing curly ones, stand before it.
fn inside_quotation(text: &str, at: usize) -> bool {
    let head = text.get(..at).unwrap_or("");
    let span = head.rfind('\n').map_or(head, |i| &head[i + 1..]);
    let straight = span.matches('"').count();
    let open = span.matches('\u{201c}').count();
    let close = span.matches('\u{201d}').count();
    straight % 2 == 1 || open > close
}

/// A person the focus country's government employs by title: a home-government title in
/// the mention ("Prime Minister X"), or a spokesperson's title after a government body right
/// before it ("Government spokesman X", "foreign office spokeswoman Y").
fn official(text: &str, m: &Mention) -> bool {
    home_titled(text, m) || government_speaker(text, m)
}

/// "Government spokesman X": the (at most `MAX_GAP_WORDS` + 1) words right before the
/// mention end with a spokesperson's title and hold a government body word.
fn government_speaker(text: &str, m: &Mention) -> bool {
    let head = text.get(..m.span.start).unwrap_or("");
    let before: Vec<String> = head
        .split_whitespace()
        .rev()
        .take(MAX_GAP_WORDS + 1)
        .take_while(|w| w.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect();
    let w = words();
    before
        .first()
        .is_some_and(|t| w.speaker_title.contains(t.as_str()))
        && before[1..].iter().any(|b| w.home_body.contains(b.as_str()))
}

/// Gives the country in focus to the agents and officials of the sentences that name no other
/// country (see the module comment). `mentions` are sorted by start.
pub(crate) fn focus_agents(
    country_name: impl Fn(&str) -> String,
    text: &str,
    sentences: &[Sentence],
    mentions: &mut Vec<Mention>,
) {
    let Some(focus) = setting(text, mentions) else {
        return;
    };
    let country = focus.country;
    let name = country_name(&country);
    let mut changed = vec![false; mentions.len()];
    let mut offset = 0;
    for sentence in mentions.chunk_by_mut(|a, b| a.sentence == b.sentence) {
        let start = sentences
            .get(sentence[0].sentence)
            .map_or(sentence[0].span.start, |s| s.span.start);
        let at = (start, focus.officials_only);
        for k in place_sentence(text, (&country, &name), at, sentence) {
            changed[offset + k] = true;
        }
        offset += sentence.len();
    }
    // "the authorities", "the government": the host state's when nothing offers another
    if !focus.officials_only {
        super::host::host_references(text, (&country, &name), mentions, &mut changed);
    }
    // "She", a later "Rama": the mentions linked to a placed one take its actor
    for i in 0..mentions.len() {
        let Some(p) = mentions[i].antecedent.filter(|&p| p < i && changed[p]) else {
            continue;
        };
        let open = mentions[i].actor.as_ref().is_none_or(agent_only);
        if open {
            mentions[i].actor = mentions[p].actor.clone();
            changed[i] = true;
        }
    }
    if focus.domestic {
        let added = all_parties(text, sentences, mentions, (&country, &name));
        mentions.extend(added);
    }
}

/// "all parties", "all sides" in the sentences that name no other country than `country`
/// and hold no mention there: new mentions of the country (the caller re-sorts).
fn all_parties(
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    (country, name): (&str, &str),
) -> Vec<Mention> {
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let own: Vec<&Mention> = mentions.iter().filter(|m| m.sentence == si).collect();
        if own
            .iter()
            .any(|m| country_of(m).is_some_and(|c| c != country))
        {
            continue;
        }
        let body = text.get(s.span.start..s.span.end).unwrap_or("");
        for (at, _) in body.match_indices("all ") {
            let start = s.span.start + at;
            let head = text[start + 4..]
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            let word_start = at == 0 || !body[..at].ends_with(char::is_alphanumeric);
            if !word_start || !words().all_collective.contains(head) {
                continue;
            }
            let span = Span::new(start, start + 4 + head.len());
            if own
                .iter()
                .any(|m| m.span.start < span.end && span.start < m.span.end)
            {
                continue;
            }
            out.push(Mention {
                span,
                entity_type: EntityType::Organisation,
                actor: Some(make_actor(country, name)),
                sentence: si,
                antecedent: None,
                geo: None,
            });
        }
    }
    out
}
