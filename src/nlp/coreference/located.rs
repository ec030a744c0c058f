//! An institution named by where it sits: "the (military) authorities in <capital>",
//! "officials in <country>", "the government in <capital>", "<capital>'s authorities"; and
//! a spokesperson named by no body ("A spokeswoman in <capital> said"), who speaks for the
//! seat's government as "a foreign ministry spokeswoman in <capital>" does.
//!
//! News calls a state's institutions by its capital or its name when the reader already
//! knows the state from the place: the phrase carries the place's country, whatever state
//! speaks or is named around it. The mention is placed here, before the coreference rules
//! that would give a country-less institution the speaker's country ("Italy said it had
//! asked the authorities in <capital> …") or the story's host.
//!
//! Only a country name or a capital of the gazetteer places an institution: a city that
//! hosts an organisation is read as the organisation by its metonym ("officials in
//! Brussels" are the EU's), and other cities ("officials in Geneva") are often a venue, not
//! the state's seat. Only the sectors of a state's own institutions are placed; "rebels in
//! <capital>" are left to the sentence-place rule (`agents`).
use crate::nlp::lexicon::{words_in, List};
use crate::nlp::mentions::gazetteer::{Gazetteer, Hit, PlaceKind};
use crate::nlp::mentions::{make_actor, Cand, Ctx};
use crate::nlp::{Actor, Mention};
use std::sync::OnceLock;

/// Sectors of a state's own institutions (codes of `data/actors/agents*.txt`).
const INSTITUTION_SECTORS: &[&str] = &["GOV", "MIL", "COP", "LEG", "JUD", "SPY"];

/// A country-less agent of an institution sector ("MIL" for "the military authorities").
pub(super) fn institution(m: &Mention) -> Option<&Actor> {
    m.actor.as_ref().filter(|a| {
        a.agent_only() && a.country.is_empty() && INSTITUTION_SECTORS.contains(&a.code.as_str())
    })
}

/// The country of candidate `c` when it names a country or a capital of the gazetteer and
/// its mention reads as that country (not as an organisation by metonym: "Brussels").
pub(super) fn seat_country(ctx: &Ctx, gaz: &Gazetteer, c: &Cand, m: &Mention) -> Option<String> {
    let name = gaz.name_at(ctx.norm, c.start_tok, c.end_tok)?;
    if name.end != c.end_tok {
        return None;
    }
    let country = gaz.name_hits[name.pattern].iter().find_map(|h| match h {
        Hit::Place(id) => {
            let p = gaz.places.get(*id as usize)?;
            matches!(p.kind, PlaceKind::Country | PlaceKind::Capital).then(|| p.code.clone())
        }
        _ => None,
    })?;
    let read = m.actor.as_ref()?;
    (read.country == country && !read.code.starts_with("IGO")).then_some(country)
}

/// The candidate whose mention starts or ends exactly at byte `at` (`start`: starts).
fn cand_at(mentions: &[Mention], at: usize, start: bool) -> Option<usize> {
    mentions.iter().position(|m| {
        if start {
            m.span.start == at
        } else {
            m.span.end == at
        }
    })
}

/// Heads of an agent phrase naming the institution's people ("a foreign ministry
/// spokesman in <capital>"): the "human-head" words of the title, mention and organisation
/// lists.
fn is_human_head(word: &str) -> bool {
    static H: OnceLock<Vec<&'static str>> = OnceLock::new();
    let heads = H.get_or_init(|| {
        words_in(
            &[List::Titles, List::MentionWords, List::OrgWords],
            "human-head",
        )
    });
    heads.contains(&word.to_lowercase().as_str())
}

/// The text after the institution mention ending at `end`, past one human head that
/// completes the phrase ("the foreign ministry| spokesman in …").
fn after_phrase(text: &str, end: usize) -> (usize, &str) {
    let after = text.get(end..).unwrap_or("");
    let Some(rest) = after.strip_prefix(' ') else {
        return (end, after);
    };
    let word_len = rest.find(' ').unwrap_or(rest.len());
    if is_human_head(&rest[..word_len]) {
        let skip = 1 + word_len;
        return (end + skip, &after[skip..]);
    }
    (end, after)
}

/// The seat of institution mention `i`: a place right after it (or after its human head),
/// joined by " in ", unless a possessor stands before it, or a place right before it,
/// joined by "'s " / "’s ".
fn seat_of(
    ctx: &Ctx,
    gaz: &Gazetteer,
    cands: &[Cand],
    mentions: &[Mention],
    i: usize,
) -> Option<String> {
    let span = mentions[i].span;
    let (end, after) = after_phrase(ctx.text, span.end);
    let before = ctx.text.get(..span.start).unwrap_or("");
    let possessed = super::possessors::possessor_end(before);
    let place = if let Some(rest) = after.strip_prefix(" in ") {
        // "the European Union's delegation in <capital>", "Its ambassador in <capital>": a
        // possessed institution is its possessor's, wherever it sits
        if possessed.is_some() || owned_by_pronoun(before) {
            return None;
        }
        cand_at(mentions, end + (after.len() - rest.len()), true)
    } else {
        cand_at(mentions, possessed?, false)
    }?;
    let m = &mentions[place];
    (m.sentence == mentions[i].sentence).then_some(())?;
    seat_country(ctx, gaz, cands.get(place)?, m)
}

/// The text before a mention ends with "its", the possessive of one owning state or
/// organisation ("Its envoy in Kyiv"). "Their governments in <capital>" may be several
/// states meeting at one seat, and "his" and "her" own people, not institutions.
fn owned_by_pronoun(before: &str) -> bool {
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    let word = head
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.eq_ignore_ascii_case("its")
}

/// "Bamako's military leadership": another country-less agent right after the mention
/// makes one phrase with it, which the event coder composes as a whole.
/// The gap must be one space, so the agent starts one byte after the mention, after a
/// space byte (an ASCII byte is always a character boundary): tested first, and only the
/// mentions starting there are read, from `starts` ((start, index) sorted: the spans do
/// not change in this pass, the actors do, so each is read as it is now).
fn agent_follows(text: &str, mentions: &[Mention], starts: &[(usize, usize)], i: usize) -> bool {
    let end = mentions[i].span.end;
    if text.as_bytes().get(end) != Some(&b' ') {
        return false;
    }
    let from = starts.partition_point(|&(s, _)| s < end + 1);
    starts[from..]
        .iter()
        .take_while(|&&(s, _)| s == end + 1)
        .any(|&(_, j)| mentions[j].actor.as_ref().is_some_and(|a| a.agent_only()))
}

/// "A spokeswoman", "the spokesman": a determiner and a spokesperson's title, no body and
/// no actor. Such a speaker in a state's seat speaks for its government.
fn bare_spokesperson(text: &str, m: &Mention) -> bool {
    static T: OnceLock<Vec<&'static str>> = OnceLock::new();
    let titles = T.get_or_init(|| List::Titles.words("speaker-title"));
    if m.actor.is_some() {
        return false;
    }
    let words: Vec<String> = text
        .get(m.span.start..m.span.end)
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    matches!(words.as_slice(), [det, title]
            if (det == "a" || det == "the") && titles.contains(&title.as_str()))
}

/// Gives each institution named by its seat the seat's country (see the module comment).
/// `cands[i]` is the candidate of `mentions[i]`.
pub(super) fn resolve(ctx: &Ctx, gaz: &Gazetteer, cands: &[Cand], mentions: &mut [Mention]) {
    let mut starts: Vec<(usize, usize)> = mentions
        .iter()
        .enumerate()
        .map(|(j, m)| (m.span.start, j))
        .collect();
    starts.sort_unstable();
    for i in 0..mentions.len() {
        let agent = match institution(&mentions[i]) {
            Some(a) => a.clone(),
            None if bare_spokesperson(ctx.text, &mentions[i]) => make_actor("GOV", "spokesperson"),
            None => continue,
        };
        if cands.get(i).is_some_and(|c| c.pronoun) || agent_follows(ctx.text, mentions, &starts, i)
        {
            continue;
        }
        let Some(country) = seat_of(ctx, gaz, cands, mentions, i) else {
            continue;
        };
        let name = format!("{} {}", gaz.country_name(&country), agent.name);
        mentions[i].actor = Some(make_actor(&format!("{country}{}", agent.code), &name));
    }
}
