//! The state a story's lead presents as the sufferer: "Leaders meeting in A agreed to form a
//! police unit for B. The summit was dominated by the crisis in B, where gangs …"; "floods
//! in C"; "C's worst dengue outbreak". Aid or relief promised with no recipient in such a story
//! is for that state, even when the story is filed from another (the summit's host, a
//! neighbour that shelters the refugees): the dateline's state, which `aid_recipient` would
//! otherwise give it, yields to the sufferer (branch recipient3).
//!
//! The lead is the first two paragraphs. A state is a sufferer when it is named right after
//! "in" that follows a word of `data/lexicon/sufferer_words.txt` ("the war in X"), or as the
//! owner of such a word ("X's floods", "X's worst drought"). Two states so named leave no
//! sufferer: the rule refuses when candidates compete.
use super::reactions::words;
use super::*;
use crate::nlp::Mention;

const LIST: &str = include_str!("../../../data/lexicon/sufferer_words.txt");

/// How many paragraphs the lead holds.
const LEAD_PARAGRAPHS: usize = 2;

/// How many words after an owner's "'s" the disaster word may come ("X's worst dengue
/// outbreak").
const OWNED_REACH: usize = 3;

fn sufferer_word(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| crate::nlp::lexicon::line_set(LIST))
        .contains(word.to_lowercase().as_str())
}

/// Where the lead ends: after its last paragraph's text.
fn lead_end(text: &str) -> usize {
    let mut end = 0;
    for _ in 0..LEAD_PARAGRAPHS {
        match text[end..].find("\n\n") {
            Some(i) => end += i + 2,
            None => return text.len(),
        }
    }
    end
}

/// "the crisis in X": the two words before the mention are a sufferer word and "in".
fn named_in(text: &str, m: &Mention) -> bool {
    let before: Vec<&str> = words(text.get(..m.span.start).unwrap_or_default()).collect();
    match before.as_slice() {
        [.., word, prep] => prep.eq_ignore_ascii_case("in") && sufferer_word(word),
        _ => false,
    }
}

/// "X's floods", "X's worst dengue outbreak": the mention owns a sufferer word.
fn owner_of(text: &str, m: &Mention) -> bool {
    let after = text.get(m.span.end..).unwrap_or_default();
    let owned = after.starts_with("'s ") || after.starts_with("\u{2019}s ");
    owned && words(&after[2..]).take(OWNED_REACH).any(sufferer_word)
}

/// The one state the lead names as a sufferer, as a participant.
pub(super) fn lead_sufferer(text: &str, entities: &EntityAnalysis) -> Option<Participant> {
    let end = lead_end(text);
    let mut found: Option<Participant> = None;
    for (mi, m) in entities.mentions.iter().enumerate() {
        if m.span.end > end {
            break;
        }
        let Some(actor) = m.actor.as_ref().filter(|a| !a.country.is_empty()) else {
            continue;
        };
        if !(named_in(text, m) || owner_of(text, m)) {
            continue;
        }
        match &found {
            Some(f) if f.actor.side() != actor.side() => return None,
            Some(_) => {}
            None => {
                found = Some(Participant {
                    actor: actor.clone(),
                    mention: Some(mi),
                    text: text
                        .get(m.span.start..m.span.end)
                        .unwrap_or_default()
                        .to_string(),
                })
            }
        }
    }
    found
}
