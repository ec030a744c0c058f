//! "the two men", "the two leaders": the persons a collective phrase of people names, and
//! the person who acts on a phrase in object position (split from `collective`, which
//! resolves the phrases).
use super::{heads, At, Named};
use crate::nlp::mentions::Ctx;
use crate::nlp::text::TokenKind;
use crate::nlp::{EntityType, Mention};

/// Does a lower-case word that opens no clause stand right before token `k` (sentence
/// start `a`)? Then the phrase at `k` is an object, acted on by its clause's subject.
pub(super) fn acted_on(ctx: &Ctx, k: usize, a: usize) -> bool {
    if k <= a {
        return false;
    }
    let t = &ctx.tokens[k - 1];
    t.kind == TokenKind::Word && !t.cap && !heads().clause_open.contains(ctx.low(k - 1))
}

/// The person who acts on a phrase in object position: the first person named in its
/// sentence ("Tanzania's president, who chairs the bloc, telephoned both leaders").
fn acting_person(mentions: &[Mention], named: &[Named], at: At) -> Vec<Named> {
    let first = named.iter().find(|n| {
        let m = &mentions[n.mention];
        n.person && m.sentence == at.sentence && m.span.end <= at.start
    });
    first.filter(|_| at.acted_on).cloned().into_iter().collect()
}

/// "the two men": the persons named last, in the phrase's own sentence when it names
/// that many before it, else in the one or two before (its own persons left out:
/// "Anwar stood between the two leaders"). A person acting on the phrase is never one
/// of its members (a collective object does not include its own subject).
pub(super) fn persons(
    text: &str,
    mentions: &[Mention],
    named: &[Named],
    at: At,
) -> Option<Vec<Named>> {
    let before = |n: &&Named, s: usize| {
        let m = &mentions[n.mention];
        n.person && m.sentence == s && m.span.end <= at.start
    };
    let latest = |s: usize, skip: &[Named]| -> Vec<Named> {
        let mut v: Vec<Named> = Vec::new();
        for n in named.iter().rev().filter(|n| before(n, s)) {
            if !v.iter().chain(skip).any(|o| o.key == n.key) {
                v.push(n.clone());
            }
        }
        v
    };
    let acting = acting_person(mentions, named, at);
    let own = latest(at.sentence, &acting);
    if own.len() >= at.count {
        return Some(own.into_iter().take(at.count).rev().collect());
    }
    // that many people named before it, some unknown to the dictionaries: the phrase is
    // theirs, and resolves to nothing
    if named_people(text, mentions, at).saturating_sub(acting.len()) >= at.count {
        return Some(Vec::new());
    }
    let own: Vec<Named> = own.into_iter().chain(acting).collect();
    for back in 1..=2 {
        let Some(s) = at.sentence.checked_sub(back) else {
            break;
        };
        let found = latest(s, &own);
        if !found.is_empty() {
            return (found.len() == at.count).then(|| found.into_iter().rev().collect());
        }
    }
    None
}

/// Distinct people named before the phrase in its sentence, known or not: one per actor
/// key ("U.S. President" and "Donald Trump" are one), one per unknown name.
fn named_people(text: &str, mentions: &[Mention], at: At) -> usize {
    let named = |m: &Mention| {
        let s = m.span.slice(text);
        s.starts_with(char::is_uppercase)
            && !matches!(
                s.to_lowercase().as_str(),
                "he" | "she" | "him" | "her" | "his"
            )
    };
    let people: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.entity_type == EntityType::Person && m.sentence == at.sentence)
        .filter(|m| m.span.end <= at.start && named(m))
        .collect();
    let outer = people.iter().filter(|m| {
        !people
            .iter()
            .any(|o| o.span != m.span && o.span.contains(m.span))
    });
    let mut keys: Vec<String> = Vec::new();
    let mut unknown = 0;
    for m in outer {
        match m.actor.as_ref().filter(|a| !a.code.is_empty()) {
            Some(a) => {
                let k = if a.country.is_empty() {
                    a.code.clone()
                } else {
                    a.country.clone()
                };
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
            None => unknown += 1,
        }
    }
    keys.len() + unknown
}
