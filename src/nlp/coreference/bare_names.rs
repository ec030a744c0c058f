//! A bare name two states share that the dictionary codes as neither ("Korea").
//!
//! Wire copy that says "Korea" alone means South Korea; a story that also names the North
//! (North Korea, Pyongyang, the North Korean army) may mean either, and the bare name is
//! then left without an actor. The names live in `data/actors/bare_names.tsv`. A bare name
//! inside a longer name ("South Korea", "Republic of Korea") is covered by that name's
//! mention; one followed by another capitalised word ("Korea Telecom") is the start of a
//! name the dictionary does not know, and is left alone too.

use crate::nlp::lexicon::triple_rows;
use crate::nlp::mentions::make_actor;
use crate::nlp::{EntityType, Mention, Span};
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../data/actors/bare_names.tsv");

/// A bare name, the state it names and the state whose mention leaves it open.
struct Bare {
    name: &'static str,
    state: &'static str,
    other: &'static str,
}

fn bare_names() -> &'static [Bare] {
    static LISTED: OnceLock<Vec<Bare>> = OnceLock::new();
    LISTED.get_or_init(|| {
        triple_rows(LIST)
            .map(|(name, state, other)| Bare { name, state, other })
            .collect()
    })
}

/// Gives each bare name the state it names where the article names nothing of the other
/// state; `sentences` are the article's sentence spans.
pub(crate) fn resolve(text: &str, sentences: &[Span], mentions: &mut Vec<Mention>) {
    for bare in bare_names() {
        let other_named = mentions.iter().any(|m| {
            m.actor
                .as_ref()
                .is_some_and(|a| a.country == bare.other || a.code.starts_with(bare.other))
        });
        if other_named {
            continue;
        }
        for span in occurrences(text, bare.name) {
            name_state(bare, span, sentences, mentions);
        }
    }
}

/// The bare name at `span`: a mention without an actor that spans just it takes the state;
/// with no mention over it, one is added; one inside a longer mention is that name's.
fn name_state(bare: &Bare, span: Span, sentences: &[Span], mentions: &mut Vec<Mention>) {
    let actor = make_actor(bare.state, bare.name);
    let overlapping = mentions
        .iter()
        .position(|m| m.span.start < span.end && span.start < m.span.end);
    match overlapping {
        Some(i) if mentions[i].span == span && mentions[i].actor.is_none() => {
            mentions[i].actor = Some(actor);
            mentions[i].entity_type = EntityType::Location;
        }
        Some(_) => {}
        None => mentions.push(Mention {
            span,
            entity_type: EntityType::Location,
            actor: Some(actor),
            sentence: sentences
                .iter()
                .position(|s| s.start <= span.start && span.start < s.end)
                .unwrap_or(0),
            antecedent: None,
            geo: None,
        }),
    }
}

/// The byte spans of `name` as a whole word, not followed by another capitalised word.
fn occurrences(text: &str, name: &str) -> Vec<Span> {
    let word_char = |c: char| c.is_alphanumeric() || c == '-';
    text.match_indices(name)
        .filter_map(|(at, _)| {
            let end = at + name.len();
            let before = text[..at].chars().next_back();
            let rest = &text[end..];
            let after = rest.chars().next();
            let next_word = rest.strip_prefix(' ').and_then(|r| r.chars().next());
            let whole = !before.is_some_and(word_char) && !after.is_some_and(word_char);
            let named_on = next_word.is_some_and(char::is_uppercase);
            (whole && !named_on).then(|| Span::new(at, end))
        })
        .collect()
}
