//! A named official with no country who opens the sentence after their government's:
//! "Papua New Guinea summoned Indonesia's ambassador. Foreign Minister NAME said …",
//! "China's commerce ministry said … Ministry spokeswoman NAME told a briefing …",
//! "The foreign ministry summoned … Spokesman NAME accused …", "… A spokesman, NAME, warned".
//!
//! Wire copy names the government once, as the subject of a sentence, and lets its official
//! speak in the next one by title and name alone; a foreign official keeps a country word
//! ("Indonesia's ambassador"). `speaker_chain` does this for a bare "A spokesman"; a title
//! and a name the dictionaries do not know stayed open, and the dateline rule (`focus`)
//! gives them nothing when the sentence names the other party, as an event's sentence does.
//!
//! The speaker is a person the dictionaries do not place, opening its sentence, whose
//! title (capitalised, before the name) holds a home-government or spokesperson's title and
//! no military rank; or a name right after a sentence-opening "(Ministry) spokeswoman" or in
//! apposition to a bare spokesperson `speaker_chain` placed. It takes the government that
//! opens the sentence before as its subject (`speaker_chain::opening_state`); a minister or
//! president (not a spokesperson) only when the story's dateline is in that state, since
//! after "Kenya's president met Ghana's president." a "President NAME" is either's. Mentions
//! linked to it (a later surname, "he") follow.
use super::speaker_chain::opening_state;
use crate::nlp::lexicon::List;
use crate::nlp::mentions::{Cand, Ctx};
use crate::nlp::{Actor, EntityType, Mention};
use std::collections::HashSet;
use std::sync::OnceLock;

struct Words {
    title: HashSet<&'static str>,
    /// Titles that make the holder a government's ("minister", "spokesman").
    office: HashSet<&'static str>,
    military: HashSet<&'static str>,
    speaker: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| Words {
        title: List::Titles.set("title"),
        office: List::Titles
            .words_of(&["home-title", "speaker-title"])
            .into_iter()
            .collect(),
        military: List::Titles.set("military"),
        speaker: List::Titles.set("speaker-title"),
    })
}

fn open(m: &Mention) -> bool {
    m.actor.as_ref().is_none_or(|a| a.agent_only())
}

/// Does person candidate `c` open its sentence with a government title of its own
/// ("Foreign Minister NAME", "Spokeswoman NAME")? `Some(true)` when the title is a
/// spokesperson's, `Some(false)` for another home-government title.
fn titled_opening(ctx: &Ctx, c: &Cand, start: usize) -> Option<bool> {
    let w = words();
    let titles = (c.start_tok..c.end_tok)
        .take_while(|&k| ctx.tokens[k].cap && w.title.contains(ctx.low(k)))
        .count();
    let held = c.start_tok..c.start_tok + titles;
    let office = held.clone().any(|k| w.office.contains(ctx.low(k)));
    let rank = held.clone().any(|k| w.military.contains(ctx.low(k)));
    let speaker = held.clone().any(|k| w.speaker.contains(ctx.low(k)));
    let named = c.start_tok + titles < c.end_tok;
    (c.start_tok == start && titles > 0 && named && office && !rank).then_some(speaker)
}

/// Is person candidate `c` the name after a sentence-opening "Ministry spokeswoman" (up to
/// two capitalised body words before a spokesperson's title)?
fn after_opening_title(ctx: &Ctx, cands: &[Cand], c: &Cand, start: usize) -> bool {
    let Some(title) = c.start_tok.checked_sub(1) else {
        return false;
    };
    if title <= start || title - start > 2 || !words().speaker.contains(ctx.low(title)) {
        return false;
    }
    if !(start..title).all(|k| ctx.tokens[k].cap && ctx.tokens[k].is_word()) {
        return false;
    }
    // no placed party opens the sentence ("In Lima, Ministry spokeswoman …" is not here)
    !cands.iter().any(|o| {
        o.sentence == c.sentence
            && o.start_tok < c.start_tok
            && o.actor.as_ref().is_some_and(|a| !a.country.is_empty())
    })
}

/// The bare spokesperson ("A spokesman") the name of candidate `c` stands in apposition
/// to, when it opens the sentence and is placed: its index.
fn apposed_speaker(ctx: &Ctx, cands: &[Cand], mentions: &[Mention], c: &Cand) -> Option<usize> {
    let comma = c.start_tok.checked_sub(1)?;
    if ctx.raw(comma) != "," {
        return None;
    }
    (0..cands.len()).find(|&k| {
        cands[k].end_tok == comma
            && cands[k].sentence == c.sentence
            && matches!(ctx.low(cands[k].start_tok), "a" | "an")
            && mentions[k]
                .actor
                .as_ref()
                .is_some_and(|a| !a.country.is_empty())
    })
}

/// Gives `actor` to mention `i` and to the open person mentions linked to it, directly
/// or through one another (a later surname, "he").
fn follow_links(mentions: &mut [Mention], i: usize, actor: &Actor) {
    let mut chain = vec![i];
    mentions[i].actor = Some(actor.clone());
    for (j, m) in mentions.iter_mut().enumerate().skip(i + 1) {
        let linked = m.antecedent.is_some_and(|p| chain.contains(&p));
        if linked && open(m) && m.entity_type == EntityType::Person {
            m.actor = Some(actor.clone());
            chain.push(j);
        }
    }
}

/// Gives each such official the government of the sentence before (module comment).
pub(super) fn resolve(
    ctx: &Ctx,
    cands: &[Cand],
    mentions: &mut [Mention],
    ranges: &[(usize, usize)],
) {
    let dateline = super::focus::dateline_country(ctx.text, mentions).map(|(_, c)| c.to_string());
    for i in 0..cands.len() {
        let c = &cands[i];
        if c.etype != EntityType::Person || c.pronoun || !open(&mentions[i]) {
            continue;
        }
        let Some(&(start, _)) = ranges.get(c.sentence) else {
            continue;
        };
        if ctx.inside_quote(ctx.tokens[c.start_tok].start) {
            continue;
        }
        let actor = if let Some(k) = apposed_speaker(ctx, cands, mentions, c) {
            mentions[k].actor.clone()
        } else if let Some(speaker) = titled_opening(ctx, c, start) {
            // a minister or president of the sentence before's state only when the story is
            // filed from that state: with two states' leaders in view the title is either's
            let state = c.sentence.checked_sub(1);
            let state = state.and_then(|s| opening_state(ctx, cands, mentions, ranges, s));
            let filed = |a: &Actor| dateline.as_deref() == Some(a.country.as_str());
            state.filter(|a| speaker || filed(a))
        } else if after_opening_title(ctx, cands, c, start) {
            c.sentence
                .checked_sub(1)
                .and_then(|s| opening_state(ctx, cands, mentions, ranges, s))
        } else {
            None
        };
        if let Some(a) = actor {
            follow_links(mentions, i, &a);
        }
    }
}
