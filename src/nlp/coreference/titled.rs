//! A definite title with no name ("the envoy", "the emir", "the defence minister") refers to
//! the person the story introduced earlier with that title: "a U.S. special envoy arrived …
//! the envoy met …", "Qatar's emir, Sheikh Tamim, … The emir accepted …".
//!
//! A title introduces its bearer when its words are in the person's mention ("Kenyan
//! President X") or right before it ("Qatar's emir, X": up to `MAX_LEAD` tokens of the same
//! sentence, not crossing another person). The anaphor's modifiers must be there too ("the
//! defence minister" is not the foreign minister). A reader takes the title for the one bearer
//! in sight, so the link is made only when every earlier bearer of the title is of one state
//! (two presidents of two states leave "the president" unresolved). A name the dictionaries
//! do not know under such a title ("President Rodrigo Paz") is linked the same way. Runs
//! before the looser
//! sector rule (`countryless_agents`), which then sees the mention resolved.

use crate::nlp::lexicon::{words_in, List};
use crate::nlp::mentions::{unplaced_code, Cand, Ctx};
use crate::nlp::text::TokenKind;
use crate::nlp::{EntityType, Mention};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

/// Tokens before a person mention that may hold its title ("Qatar 's emir ,").
const MAX_LEAD: usize = 4;
/// Lower-case modifiers allowed between "the" and the title ("the U.N. special envoy" is
/// not definite-only; "the special envoy", "the foreign minister").
const MAX_MODIFIERS: usize = 2;

/// Title heads a definite description can consist of: the `core` and `generic-person`
/// titles of `data/lexicon/titles.tsv`, without abbreviations.
fn heads() -> &'static HashSet<&'static str> {
    static H: OnceLock<HashSet<&'static str>> = OnceLock::new();
    H.get_or_init(|| {
        let l = [List::Titles];
        words_in(&l, "core")
            .into_iter()
            .chain(words_in(&l, "generic-person"))
            .filter(|w| !w.ends_with('.'))
            .collect()
    })
}

/// The words of a bare definite description "the (MOD …) HEAD" that has no country, in
/// lower case (a capitalised "the Foreign Ministry of X" is a name, not an anaphor) and with
/// at most `MAX_MODIFIERS` words before its head; the caller checks the head. Shared with
/// `offices`.
pub(super) fn bare_definite(ctx: &Ctx, c: &Cand, m: &Mention) -> Option<Range<usize>> {
    bare_after(ctx, c, m, &["the"])
}

/// The words after one of `articles` of a description with no country, lower case and with
/// at most `MAX_MODIFIERS` words before its head (`bare_definite`'s test, for any article).
pub(super) fn bare_after(
    ctx: &Ctx,
    c: &Cand,
    m: &Mention,
    articles: &[&str],
) -> Option<Range<usize>> {
    if c.pronoun {
        return None;
    }
    let open = m
        .actor
        .as_ref()
        .is_none_or(|a| a.agent_only() || (a.country.is_empty() && unplaced_code(&a.code)));
    let start = if articles.contains(&ctx.low(c.start_tok)) {
        c.start_tok + 1
    } else if c.start_tok > 0 && articles.contains(&ctx.low(c.start_tok - 1)) {
        c.start_tok
    } else {
        return None;
    };
    let words = start..c.end_tok;
    let lower = words.clone().all(|k| {
        let t = ctx.tokens[k];
        t.kind == TokenKind::Word && !t.cap && !t.all_caps
    });
    (open && lower && !words.is_empty() && words.len() <= MAX_MODIFIERS + 1).then_some(words)
}

/// The title words of a definite description "the (MOD …) TITLE" that has no country:
/// (head, modifiers).
fn definite_title<'a>(ctx: &'a Ctx, c: &Cand, m: &Mention) -> Option<(&'a str, Vec<&'a str>)> {
    if c.etype != EntityType::Person {
        return None;
    }
    let words = bare_definite(ctx, c, m)?;
    let start = words.start;
    let head = ctx.low(c.end_tok - 1);
    heads().contains(head).then(|| {
        (
            head,
            words
                .take(c.end_tok - 1 - start)
                .map(|k| ctx.low(k))
                .collect(),
        )
    })
}

/// Title words that may open a person's mention ("Foreign Minister X"): the `title` words of
/// `data/lexicon/titles.tsv`.
fn title_words_all() -> &'static HashSet<&'static str> {
    static H: OnceLock<HashSet<&'static str>> = OnceLock::new();
    H.get_or_init(|| words_in(&[List::Titles], "title").into_iter().collect())
}

/// "President Rodrigo Paz" that the dictionaries do not know: the capitalised title words
/// opening the mention, before a name, as (head, modifiers). A reader takes a new name
/// under a title the story gave one state's office ("Bolivia's president … President
/// Rodrigo Paz told …") for that office's holder (branch fresh5).
fn named_title<'a>(ctx: &'a Ctx, c: &Cand, m: &Mention) -> Option<(&'a str, Vec<&'a str>)> {
    if c.etype != EntityType::Person || c.pronoun || m.actor.is_some() {
        return None;
    }
    let titled = |k: usize| {
        let t = ctx.tokens[k];
        t.kind == TokenKind::Word && t.cap && title_words_all().contains(ctx.low(k))
    };
    let end = (c.start_tok..c.end_tok).find(|&k| !titled(k))?;
    let head = ctx.low(end.checked_sub(1).filter(|&h| h >= c.start_tok)?);
    let named = ctx.tokens[end].kind == TokenKind::Word && ctx.tokens[end].cap;
    (named && heads().contains(head))
        .then(|| (head, (c.start_tok..end - 1).map(|k| ctx.low(k)).collect()))
}

/// Which tokens lie inside a person candidate: read by [`title_words`] for the tokens
/// before a mention, which no other candidate's scan should cost (a long article's
/// candidates times their titles).
fn person_tokens(tokens: usize, cands: &[Cand]) -> Vec<bool> {
    let mut inside = vec![false; tokens];
    for o in cands.iter().filter(|o| o.etype == EntityType::Person) {
        if let Some(span) = inside.get_mut(o.start_tok..o.end_tok.min(tokens)) {
            span.fill(true);
        }
    }
    inside
}

/// The lower-case words of person mention `j` and of the title right before it. The lead
/// stops at a token of another person (`in_person`, from [`person_tokens`]: the lead's
/// tokens come before `j`'s own, so `j` never contains one).
fn title_words<'a>(
    ctx: &'a Ctx,
    ranges: &[(usize, usize)],
    cands: &[Cand],
    in_person: &[bool],
    j: usize,
) -> Vec<&'a str> {
    let c = &cands[j];
    let sentence_start = ranges.get(c.sentence).map_or(0, |r| r.0);
    let mut from = c.start_tok;
    while from > sentence_start && c.start_tok - from < MAX_LEAD {
        let k = from - 1;
        if in_person.get(k).copied().unwrap_or(false) {
            break;
        }
        from = k;
    }
    (from..c.end_tok).map(|k| ctx.low(k)).collect()
}

/// Links each definite title to its one earlier bearer (see the module comment).
pub(super) fn resolve(
    ctx: &Ctx,
    ranges: &[(usize, usize)],
    cands: &[Cand],
    mentions: &mut [Mention],
) {
    // Each person's title words are read once: reading them again for every later title
    // scanned every candidate each time, cubic in a long article's mentions.
    let mut words_of: Vec<Option<Vec<&str>>> = vec![None; cands.len()];
    let mut in_person: Option<Vec<bool>> = None;
    for ci in 0..cands.len() {
        let found = definite_title(ctx, &cands[ci], &mentions[ci])
            .or_else(|| named_title(ctx, &cands[ci], &mentions[ci]));
        let Some((head, mods)) = found else {
            continue;
        };
        let mut best: Option<usize> = None;
        let mut countries = HashSet::new();
        for j in 0..cands.len() {
            let o = &cands[j];
            if o.start_tok >= cands[ci].start_tok || o.pronoun || o.etype != EntityType::Person {
                continue;
            }
            // the bearer's state, or its organisation ("IGOUNO" has no country)
            let Some(a) = mentions[j]
                .actor
                .as_ref()
                .filter(|a| !unplaced_code(&a.code))
            else {
                continue;
            };
            let key = a.side();
            let words = words_of[j].get_or_insert_with(|| {
                let inside =
                    in_person.get_or_insert_with(|| person_tokens(ctx.tokens.len(), cands));
                title_words(ctx, ranges, cands, inside, j)
            });
            if !words.contains(&head) || !mods.iter().all(|m| words.contains(m)) {
                continue;
            }
            countries.insert(key.to_string());
            if best.is_none_or(|b| cands[b].start_tok < o.start_tok) {
                best = Some(j);
            }
        }
        if let (Some(j), 1) = (best, countries.len()) {
            mentions[ci].antecedent = Some(j);
            mentions[ci].actor = mentions[j].actor.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor_of_nth, events};

    #[test]
    fn a_definite_title_is_its_one_earlier_bearer() {
        // the title inside the mention, then "the envoy" two sentences on
        let text = "A Chilean special envoy landed in Lima on Sunday. Talks were planned. \
                    The envoy met Peruvian President Dina Boluarte.";
        assert_eq!(
            actor_of_nth(text, "The envoy", 0).as_deref(),
            Some("CHLGOV")
        );
        let evs = events(text);
        assert!(
            evs.iter()
                .any(|(s, t, c)| s == "CHLGOV" && t == "PERGOV" && c.starts_with("04")),
            "{evs:?}"
        );
        // the title right before the name ("Oman's sultan, Haitham bin Tariq,")
        let text = "Oman's sultan, Haitham bin Tariq, received the Iranian president. \
                    The sultan praised Iran.";
        assert_eq!(
            actor_of_nth(text, "The sultan", 0).as_deref(),
            Some("OMNGOV")
        );
        // the modifiers must match: the defence minister is not the foreign minister
        let text = "Kenyan Foreign Minister Musalia Mudavadi flew to Addis Ababa. \
                    The defence minister stayed home.";
        assert_ne!(
            actor_of_nth(text, "The defence minister", 0).as_deref(),
            Some("KENGOV")
        );
    }

    #[test]
    fn bearers_of_two_states_leave_the_title_unresolved() {
        let text = "Kenyan President William Ruto met Ghanaian President John Mahama. \
                    The president said trade would grow.";
        assert_eq!(actor_of_nth(text, "The president", 0), None);
    }
}
