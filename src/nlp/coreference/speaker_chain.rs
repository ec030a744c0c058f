//! A spokesperson with no body named: "Canada summoned the envoy. A spokesman said …",
//! "… the spokesman added". Wire copy names the government once, as the subject of a
//! sentence, and lets its spokesperson speak in the next one with no country; a reader takes
//! the spokesperson for that state's, and "the spokesman" for the spokesperson already met.
//!
//! The speaker is "a" / "an" / "the" + a spokesperson's title (`speaker-title` in
//! `titles.tsv`), or "a ministry" / "a government" right before one (the body mention the
//! mention finder keeps, with a sector code and no country). It takes
//! - for "the spokesman": the actor of the latest earlier spokesperson placed in a state;
//! - else the state that opens the sentence before as its subject ("Ottawa summoned …"),
//!   when that subject is a state or its government standing alone: two coordinated states
//!   ("Canada and Iran agreed …"), a dateline, a military or another sector leave it open.
//!
//! A spokesperson "for" / "of" a named body, or "in" a place, is that body's or place's
//! (`located`); one inside a quotation is someone else's report, and stays open; one after a
//! state in its own sentence ("In Moscow, a spokeswoman") is placed by that sentence.
use super::state_government;
use crate::nlp::lexicon::List;
use crate::nlp::mentions::{Cand, Ctx};
use crate::nlp::{Actor, Mention};
use std::collections::HashSet;
use std::sync::OnceLock;

fn speaker_titles() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| List::Titles.set("speaker-title"))
}

/// Where the title of speaker candidate `c` stands (its last token, or the token right
/// after a sector-only body), and whether the article is definite.
fn bare_speaker(ctx: &Ctx, c: &Cand, m: &Mention) -> Option<(usize, bool)> {
    let open = m.actor.as_ref().is_none_or(|a| a.agent_only());
    let article = ctx.low(c.start_tok);
    let definite = article == "the";
    if !open || c.pronoun || !(definite || matches!(article, "a" | "an")) {
        return None;
    }
    let titles = speaker_titles();
    let last = c.end_tok.checked_sub(1)?;
    let title = if titles.contains(ctx.low(last)) && c.end_tok - c.start_tok == 2 {
        last
    } else {
        // "a (foreign) ministry spokeswoman": the body must be a government's
        let gov = m.actor.as_ref().is_some_and(|a| a.code == "GOV");
        let lower = (c.start_tok + 1..c.end_tok).all(|k| !ctx.tokens[k].cap);
        (gov && lower && !definite && titles.contains(ctx.low(c.end_tok))).then_some(c.end_tok)?
    };
    let named = matches!(ctx.low(title + 1), "for" | "of" | "in" | "at" | "from");
    let quoted = ctx.inside_quote(ctx.tokens[c.start_tok].start);
    (!named && !quoted).then_some((title, definite))
}

/// The state that opens sentence `s` as its lone subject (module comment): a state or its
/// government alone, "X's ministry" (a government body of state X), or "The (Belarusian)
/// foreign ministry" placed; after a dateline ("CITY (Agency) —") the sentence opens after
/// its dash.
pub(super) fn opening_state(
    ctx: &Ctx,
    cands: &[Cand],
    mentions: &[Mention],
    ranges: &[(usize, usize)],
    s: usize,
) -> Option<Actor> {
    let &(start, end) = ranges.get(s)?;
    let start = after_dateline(ctx, start, end);
    let start = if ctx.low(start) == "the" {
        start + 1
    } else {
        start
    };
    let first = (0..cands.len())
        .filter(|&k| cands[k].sentence == s && !cands[k].pronoun)
        .filter(|&k| cands[k].start_tok + 1 >= start && cands[k].start_tok <= start)
        .max_by_key(|&k| cands[k].end_tok)?;
    let c = &cands[first];
    let state = mentions[first].actor.as_ref().and_then(state_government);
    if matches!(ctx.low(c.end_tok), "'s" | "s") {
        // "China's commerce ministry said …": the state's own government body
        let body = (0..cands.len()).find(|&k| {
            cands[k].start_tok == c.end_tok + 1 && cands[k].sentence == s && !cands[k].pronoun
        })?;
        let gov = mentions[body].actor.as_ref().and_then(state_government)?;
        let own = mentions[body]
            .actor
            .as_ref()
            .is_some_and(|a| a.sector == "GOV");
        let same = state.is_some_and(|a| a.code == gov.code);
        return (own && same && alone(ctx, cands[body].end_tok)).then_some(gov);
    }
    alone(ctx, c.end_tok).then_some(state?)
}

/// Does the word at `k` end a lone subject (no coordination, no possessive)?
fn alone(ctx: &Ctx, k: usize) -> bool {
    ctx.tokens.get(k).is_some_and(|t| t.is_word())
        && !matches!(ctx.low(k), "and" | "or" | "'s" | "s")
}

/// The first token after a dateline's dash ("PORT LOUIS (Agency) — …") opening the
/// sentence `start..end`, else `start`.
fn after_dateline(ctx: &Ctx, start: usize, end: usize) -> usize {
    let dash = (start..end.min(start + 12)).find(|&k| matches!(ctx.raw(k), "—" | "–"));
    let upper = |k: usize| {
        let t = &ctx.tokens[k];
        !t.is_word() || t.all_caps || t.cap
    };
    match dash {
        Some(d) if d > start && ctx.tokens[start].all_caps && (start..d).all(upper) => d + 1,
        _ => start,
    }
}

/// The latest spokesperson before token `before` placed in a state: its actor.
fn last_speaker(ctx: &Ctx, cands: &[Cand], mentions: &[Mention], before: usize) -> Option<Actor> {
    let titles = speaker_titles();
    (0..cands.len())
        .filter(|&k| cands[k].end_tok <= before)
        .filter(|&k| {
            let c = &cands[k];
            titles.contains(ctx.low(c.end_tok)) || titles.contains(ctx.low(c.end_tok - 1))
        })
        .max_by_key(|&k| cands[k].start_tok)
        .and_then(|k| mentions[k].actor.as_ref().and_then(state_government))
}

/// A mention with a country opens the speaker's own sentence before it ("In Moscow, a
/// ministry spokeswoman …"): that sentence places the speaker, not the one before.
fn placed_before(cands: &[Cand], mentions: &[Mention], i: usize) -> bool {
    (0..cands.len()).any(|k| {
        cands[k].sentence == cands[i].sentence
            && cands[k].start_tok < cands[i].start_tok
            && mentions[k]
                .actor
                .as_ref()
                .is_some_and(|a| !a.country.is_empty())
    })
}

/// Gives each bare spokesperson its state (module comment).
pub(super) fn resolve(
    ctx: &Ctx,
    cands: &[Cand],
    mentions: &mut [Mention],
    ranges: &[(usize, usize)],
) {
    for i in 0..cands.len() {
        let Some((_, definite)) = bare_speaker(ctx, &cands[i], &mentions[i]) else {
            continue;
        };
        let c = &cands[i];
        if placed_before(cands, mentions, i) {
            continue;
        }
        let chained = definite
            .then(|| last_speaker(ctx, cands, mentions, c.start_tok))
            .flatten();
        let before = c.sentence.checked_sub(1);
        let actor =
            chained.or_else(|| before.and_then(|s| opening_state(ctx, cands, mentions, ranges, s)));
        if let Some(a) = actor {
            mentions[i].actor = Some(a);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor_of_nth, events};

    const LEAD: &str = "Norway summoned the Chilean ambassador on Friday over the seizure \
                        of a trawler.";

    #[test]
    fn a_bare_spokesman_speaks_for_the_state_that_opened_the_sentence_before() {
        let text = format!("{LEAD} A spokesman condemned Chile for the seizure.");
        assert_eq!(
            actor_of_nth(&text, "A spokesman", 0).as_deref(),
            Some("NORGOV")
        );
        let evs = events(&text);
        assert!(
            evs.iter()
                .any(|(s, t, c)| s == "NORGOV" && t.starts_with("CHL") && c.starts_with("11")),
            "{evs:?}"
        );
    }

    #[test]
    fn a_ministry_spokeswoman_speaks_for_that_state_too() {
        let text = format!("{LEAD} A foreign ministry spokeswoman condemned Chile.");
        assert_eq!(
            actor_of_nth(&text, "A foreign ministry", 0).as_deref(),
            Some("NORGOV")
        );
    }

    #[test]
    fn the_spokesman_repeats_the_last_spokespersons_state() {
        let text = "Peru's foreign ministry spokesman said the crew was safe. Chile \
                    rejected the account on Friday. The spokesman condemned Chile.";
        assert_eq!(
            actor_of_nth(text, "The spokesman", 0).as_deref(),
            Some("PERGOV")
        );
    }

    #[test]
    fn two_states_opening_the_sentence_before_leave_the_speaker_open() {
        let text = "Norway and Chile agreed on Friday to resume fishing talks. A spokesman \
                    condemned Chile for the seizure.";
        assert_eq!(actor_of_nth(text, "A spokesman", 0), None);
    }

    #[test]
    fn a_spokesman_for_a_named_body_is_not_the_states() {
        let text = format!("{LEAD} A spokesman for the fishermen's union condemned Chile.");
        assert_ne!(
            actor_of_nth(&text, "A spokesman", 0).as_deref(),
            Some("NORGOV")
        );
    }

    #[test]
    fn a_spokesman_inside_a_quotation_stays_open() {
        let text = format!(
            "{LEAD} \"A spokesman condemned Chile, but nobody listened,\" the \
             captain said."
        );
        assert_eq!(actor_of_nth(&text, "A spokesman", 0), None);
    }

    #[test]
    fn a_dateline_is_no_subject() {
        let text = "OSLO (Wire) — Fishermen protested on Friday. A spokesman condemned \
                    Chile.";
        assert_ne!(
            actor_of_nth(text, "A spokesman", 0).as_deref(),
            Some("NORGOV")
        );
    }

    #[test]
    fn a_place_opening_the_speakers_sentence_wins_over_the_sentence_before() {
        let text = format!("{LEAD} In Santiago, a foreign ministry spokesman condemned Norway.");
        assert_ne!(
            actor_of_nth(&text, "a foreign ministry", 0).as_deref(),
            Some("NORGOV")
        );
    }
}
