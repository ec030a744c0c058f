//! A definite office with no country ("the foreign minister", "the ministry") is the office
//! the story named earlier with its state: "Tunisia's foreign ministry said … The foreign
//! minister spoke by phone …", "Chile's defence ministry said … The ministry added …".
//!
//! A spokesperson is such an office: "China's foreign ministry spokesman said … the
//! spokesman added" is the body's spokesperson, introduced with the body's mention.
//!
//! A reader takes the bare office for the one of that kind already in the story. The link
//! crosses the person / body line that `titled` (person bearers) and the sector rule
//! (`countryless_agents`, same type, any office of the sector) do not: a minister is the
//! minister of the ministry named before, and "the ministry" is a ministry, not the latest
//! government mention ("the authorities in Tripoli"). Office words are data
//! (`office-anaphor` in `data/lexicon/titles.tsv` and `org_words.tsv`); a person word and a
//! body word are one office when they share their stem ("minister" / "ministry").
//!
//! The anaphor's modifiers must be in the antecedent ("the defence minister" is not the
//! foreign ministry), and every earlier mention of the office must be of one state: two
//! states' foreign ministries leave "the foreign ministry" unresolved. Runs after `titled`
//! and before `countryless_agents`, which then sees the mention placed.

use super::spokesperson;
use super::titled::{bare_after, bare_definite};
use crate::nlp::lexicon::{words_in, List};
use crate::nlp::mentions::{Cand, Ctx};
use crate::nlp::{EntityType, Mention};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

/// Letters two office words share when they name one office ("minist-er", "minist-ry").
const STEM: usize = 6;

fn office_words() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| {
        words_in(&[List::Titles, List::OrgWords], "office-anaphor")
            .into_iter()
            .collect()
    })
}

/// One office: the same word, or a person and body word of one stem.
fn same_office(a: &str, b: &str) -> bool {
    a == b || (a.len() >= STEM && b.len() >= STEM && a.get(..STEM) == b.get(..STEM))
}

/// "the (MOD …) OFFICE" with no country: (office word, modifiers). With `spoken`, also
/// "a (MOD …) OFFICE" before a spokesperson's title ("a ministry spokeswoman said"): the
/// article is the person's, and the office is the one in the story.
fn definite_office<'a>(
    ctx: &'a Ctx,
    c: &Cand,
    m: &Mention,
    spoken: bool,
) -> Option<(&'a str, Vec<&'a str>)> {
    let words = bare_definite(ctx, c, m)
        .or_else(|| ranked_indefinite(ctx, c, m))
        .or_else(|| {
            spoken
                .then(|| spokesperson::indefinite_body(ctx, c, m))
                .flatten()
        })?;
    let (head, mut mods) = head_in(ctx, words, office_words())?;
    // a rank names a post inside the office ("the deputy foreign minister" serves in the
    // foreign ministry named before), not another office
    mods.retain(|w| !rank_words().contains(w));
    Some((head, mods))
}

/// `office-rank` words of `data/lexicon/titles.tsv` ("deputy", "vice").
fn rank_words() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| List::Titles.set("office-rank"))
}

/// "a RANK PORTFOLIO OFFICE" with no country ("a deputy foreign minister"): one of the staff
/// of a portfolio's office, which a story names only once it has named that office with its
/// state. A bare "a minister" or "a deputy minister" names no portfolio and stays generic.
fn ranked_indefinite(ctx: &Ctx, c: &Cand, m: &Mention) -> Option<Range<usize>> {
    let words = bare_after(ctx, c, m, &["a", "an"])?;
    let ranked = rank_words().contains(ctx.low(words.start));
    (ranked && words.len() >= 3).then_some(words)
}

/// The phrase's last word when it is one of `heads`, with the words before it: (office
/// word, modifiers).
fn head_in<'a>(
    ctx: &'a Ctx,
    words: Range<usize>,
    heads: &HashSet<&str>,
) -> Option<(&'a str, Vec<&'a str>)> {
    let last = words.end - 1;
    let head = ctx.low(last);
    heads
        .contains(head)
        .then(|| (head, (words.start..last).map(|k| ctx.low(k)).collect()))
}

/// Candidate `j` names the office (`head` and every modifier) with a state: its country.
fn office_country<'a>(
    ctx: &Ctx,
    cands: &[Cand],
    mentions: &'a [Mention],
    j: usize,
    head: &str,
    mods: &[&str],
) -> Option<&'a str> {
    let a = mentions[j].actor.as_ref()?;
    if a.country.is_empty() || a.code.contains('/') {
        return None;
    }
    let words: Vec<&str> = (cands[j].start_tok..cands[j].end_tok)
        .map(|k| ctx.low(k))
        .collect();
    // a home title outside the anaphor list ("president") names only its own word
    let named = words
        .iter()
        .any(|w| *w == head || (office_words().contains(w) && same_office(w, head)))
        || spokesperson_of(ctx, &cands[j], head);
    (named && mods.iter().all(|m| words.contains(m))).then_some(a.country.as_str())
}

/// Body candidate `c` is followed by its spokesperson's title, of the office `head` names:
/// "a ministry spokesman said …" introduces the person "the spokesman" later stands for,
/// though the mention finder kept the title out of the body's mention.
fn spokesperson_of(ctx: &Ctx, c: &Cand, head: &str) -> bool {
    spokesperson::speaks_for_body(ctx, c) && same_office(ctx.low(c.end_tok), head)
}

/// A place of a state other than `country` opens the anaphor's sentence before it ("In
/// Brasilia, the foreign ministry said …"): the office is that state's, not the one named
/// before.
pub(super) fn placed_elsewhere(
    cands: &[Cand],
    mentions: &[Mention],
    ci: usize,
    country: Option<&str>,
) -> bool {
    (0..cands.len()).any(|k| {
        cands[k].etype == EntityType::Location
            && cands[k].sentence == cands[ci].sentence
            && cands[k].start_tok < cands[ci].start_tok
            && mentions[k]
                .actor
                .as_ref()
                .is_some_and(|a| !a.country.is_empty() && Some(a.country.as_str()) != country)
    })
}

/// A definite office this rule left open (two states' offices, or none named) is no
/// official of another office: the sector rule (`countryless_agents`) must not give "the
/// foreign minister" the state of the latest chargé d'affaires or spokeswoman.
pub(super) fn is_definite_office(ctx: &Ctx, c: &Cand, m: &Mention) -> bool {
    definite_office(ctx, c, m, false).is_some()
}

/// Heads of a state's own offices ("the prime minister", "the foreign ministry"): the
/// `home-title` titles and the `office-anaphor` words that are also `home-body` bodies. An
/// embassy is not one: a state's embassy sits abroad, so a bare "the embassy" in a story
/// from a state's capital is usually another state's.
fn home_office_words() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| {
        let bodies = List::OrgWords.set("home-body");
        let mut words = List::Titles.set("home-title");
        words.extend(office_words().iter().filter(|w| bodies.contains(*w)));
        words
    })
}

/// "the (MOD …) OFFICE" with no country, OFFICE a state's own office (`home_office_words`):
/// (office word, modifiers).
pub(super) fn home_office<'a>(
    ctx: &'a Ctx,
    c: &Cand,
    m: &Mention,
) -> Option<(&'a str, Vec<&'a str>)> {
    head_in(ctx, bare_definite(ctx, c, m)?, home_office_words())
}

/// A mention before candidate `ci` names the office (`head`, `mods`) with a state other
/// than `country`: two states hold an office of that kind in the story.
pub(super) fn held_elsewhere(
    ctx: &Ctx,
    cands: &[Cand],
    mentions: &[Mention],
    ci: usize,
    (head, mods): (&str, &[&str]),
    country: &str,
) -> bool {
    (0..cands.len()).any(|j| {
        cands[j].start_tok < cands[ci].start_tok
            && office_country(ctx, cands, mentions, j, head, mods).is_some_and(|c| c != country)
    })
}

/// Links each definite office to the earlier mention of the same office (module comment).
pub(super) fn resolve(ctx: &Ctx, cands: &[Cand], mentions: &mut [Mention]) {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| cands[i].start_tok);
    for (n, &ci) in order.iter().enumerate() {
        let Some((head, mods)) = definite_office(ctx, &cands[ci], &mentions[ci], true) else {
            continue;
        };
        let mut best: Option<usize> = None;
        let mut countries = HashSet::new();
        for &j in &order[..n] {
            if cands[j].start_tok >= cands[ci].start_tok {
                continue;
            }
            if let Some(country) = office_country(ctx, cands, mentions, j, head, &mods) {
                countries.insert(country.to_string());
                best = Some(j);
            }
        }
        if let (Some(j), 1) = (best, countries.len()) {
            let country = mentions[j].actor.as_ref().map(|a| a.country.as_str());
            if placed_elsewhere(cands, mentions, ci, country) {
                continue;
            }
            mentions[ci].antecedent = Some(j);
            mentions[ci].actor = mentions[j].actor.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor_of_nth, events};

    #[test]
    fn a_bare_minister_is_the_ministry_named_before() {
        let text = "Chile's foreign ministry said on Friday that a fishing crew had been \
                    held at sea. The foreign minister spoke by phone with Peru's foreign \
                    minister about the crew.";
        assert_eq!(
            actor_of_nth(text, "The foreign minister", 0).as_deref(),
            Some("CHLGOV")
        );
        let evs = events(text);
        assert!(
            evs.iter()
                .any(|(s, t, c)| s == "CHLGOV" && t.starts_with("PER") && c.starts_with("04")),
            "{evs:?}"
        );
    }

    #[test]
    fn a_bare_ministry_is_the_ministry_not_the_latest_government() {
        let text = "Ghana's interior ministry said it had asked the authorities in Lome \
                    to return two trucks. The ministry said the drivers were safe.";
        assert_eq!(
            actor_of_nth(text, "The ministry", 0).as_deref(),
            Some("GHAGOV")
        );
    }

    #[test]
    fn two_states_or_another_office_leave_it_open() {
        // two foreign ministries: no guess
        let text = "Chile's foreign ministry and Bolivia's foreign ministry traded notes. \
                    The foreign minister said talks would resume.";
        assert_ne!(
            actor_of_nth(text, "The foreign minister", 0).as_deref(),
            Some("CHLGOV")
        );
        assert_ne!(
            actor_of_nth(text, "The foreign minister", 0).as_deref(),
            Some("BOLGOV")
        );
        // the modifiers differ: the defence minister is not the foreign ministry's
        let text = "Chile's foreign ministry said a crew was held. \
                    The defence minister said the navy was ready.";
        assert_ne!(
            actor_of_nth(text, "The defence minister", 0).as_deref(),
            Some("CHLGOV")
        );
    }
}
