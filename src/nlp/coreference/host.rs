//! The story's host state for a definite government reference with no country: "the
//! authorities", "the government", "the interior ministry", "the president-elect".
//!
//! A story filed from a country and about it (the country in focus, `focus.rs`) calls that
//! country's own institutions "the government" and "the authorities", with no country word:
//! the reader knows whose they are. The mention is taken as the host state's when nothing in
//! sight offers another reading:
//! - its sentence names no country other than the host, and neither does the sentence before
//!   (a foreign state just named could be the one meant); or
//! - every other state its sentence names stands before it, and it is the object of that
//!   actor's act ("China's embassy asked the authorities …", "France congratulated the
//!   president-elect"): a state addressing "the authorities" does not address its own. Not
//!   when it opens a reported clause ("Moscow said the government would …", where the
//!   government may be the speaker's), nor when a state is named after it in its clause.
//!
//! Only the government and police sectors are placed: "the army" or "the rebels" are as
//! likely the other side's in a story of a conflict.
use crate::nlp::lexicon::List;
use crate::nlp::mentions::make_actor;
use crate::nlp::Mention;
use std::collections::HashSet;

/// Sectors of a host state's own institutions (codes of `data/actors/agents*.txt`).
const HOST_SECTORS: &[&str] = &["GOV", "COP"];

struct Words {
    /// Words after which a noun phrase opens a reported clause ("said", "that").
    reported: HashSet<&'static str>,
    /// Words after which the mention is a clause's subject ("would", "has", "said").
    verbal: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let of = |uses: &[&str]| List::ClosedWords.words_of(uses).into_iter().collect();
        Words {
            reported: of(&["speech", "compl"]),
            verbal: of(&["speech", "be", "have", "do", "modal"]),
        }
    })
}

fn country_of(m: &Mention) -> Option<&str> {
    m.actor
        .as_ref()
        .map(|a| a.country.as_str())
        .filter(|c| !c.is_empty())
}

/// The lower-case word right before byte `at`, or right after byte `at` when `after`.
fn word_at(text: &str, at: usize, after: bool) -> String {
    let word = if after {
        text.get(at..)
            .unwrap_or("")
            .split_whitespace()
            .next()
            .unwrap_or("")
    } else {
        text.get(..at)
            .unwrap_or("")
            .split_whitespace()
            .next_back()
            .unwrap_or("")
    };
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// "the authorities": a government or police agent with no country, written with "the".
pub(super) fn definite_institution(text: &str, m: &Mention) -> Option<usize> {
    let a = m.actor.as_ref().filter(|a| a.agent_only())?;
    if !HOST_SECTORS.contains(&a.code.as_str()) {
        return None;
    }
    let own = text.get(m.span.start..m.span.end)?;
    let first = own.split_whitespace().next()?.to_lowercase();
    if first == "the" {
        return Some(m.span.start);
    }
    let before = text.get(..m.span.start)?.trim_end();
    let the = before.len().checked_sub(3)?;
    // `get`: the three bytes before the mention may cut a character ("Trudeau’s")
    let word_start = before.get(..the)?.ends_with(|c: char| !c.is_alphanumeric()) || the == 0;
    (before.get(the..)?.eq_ignore_ascii_case("the") && word_start).then_some(the)
}

/// Whether the mention is the object of an earlier actor's act, not a clause's subject.
fn object_position(text: &str, start: usize, m: &Mention) -> bool {
    let before = word_at(text, start, false);
    let after = word_at(text, m.span.end, true);
    !before.is_empty()
        && !words().reported.contains(before.as_str())
        && !words().verbal.contains(after.as_str())
}

/// Whether mention `i` (at `start`, its "the") is the host's by its sentence and the one
/// before (see the module comment). `mentions` are sorted by start.
fn host_reading(text: &str, host: &str, mentions: &[Mention], i: usize, start: usize) -> bool {
    let m = &mentions[i];
    let foreign = |s: usize| {
        mentions
            .iter()
            .enumerate()
            .filter(move |(_, o)| o.sentence == s && country_of(o).is_some_and(|c| c != host))
    };
    let mut here = foreign(m.sentence).peekable();
    if here.peek().is_none() {
        return m.sentence == 0 || foreign(m.sentence - 1).next().is_none();
    }
    let end = m.span.end;
    here.all(|(j, o)| j < i || clause_break(text, end, o.span.start))
        && object_position(text, start, m)
}

/// A comma or semicolon between two byte offsets: a state named after it belongs to
/// another clause ("congratulated the president-elect, and Nigeria's president …").
fn clause_break(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|g| g.contains([',', ';']))
}

/// Gives the host state `(country, name)` to the definite government references that take it
/// (see the module comment); marks each one changed.
pub(super) fn host_references(
    text: &str,
    (country, name): (&str, &str),
    mentions: &mut [Mention],
    changed: &mut [bool],
) {
    for i in 0..mentions.len() {
        let Some(start) = definite_institution(text, &mentions[i]) else {
            continue;
        };
        if !host_reading(text, country, mentions, i, start) {
            continue;
        }
        if let Some(a) = mentions[i].actor.as_mut() {
            let code = format!("{country}{}", a.code);
            *a = make_actor(&code, &format!("{name} {}", a.name));
            changed[i] = true;
        }
    }
}
