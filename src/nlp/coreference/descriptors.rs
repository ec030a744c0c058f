//! Descriptions that stand for an actor named nearby:
//!
//! * "the bloc", "the regional bloc", "the military alliance" → the international
//!   organisation in focus: the latest non-state actor named in the sentence or the three
//!   before, taken only when that actor is an IGO (a rebel "group" or "movement" in focus
//!   blocks the link, so the description is left unresolved rather than guessed; a UN
//!   agency, a court or a trade or finance body is passed over: it is never "the bloc");
//! * "the fund", "the bank", "the court", "the commission" (bare) → the latest organisation
//!   named before whose own name holds the word ("the International Monetary Fund"), however
//!   far back, when that organisation is an IGO; never the IGO merely in focus, and never
//!   with a modifier ("the central bank", "the West Bank" are not it). "The court's
//!   prosecutor" is the court's officer: the possessive takes the IGO too, and the IGO in
//!   focus when no name holds the word ("the mission's head" after "the UN mission");
//! * "his Indian counterpart", "their Swedish counterparts" → that country's government:
//!   a counterpart is an office-holder of the state the nationality names.
//!
//! Head words are data: `igo-anaphor`, `igo-name-anaphor` in `data/lexicon/org_words.tsv`,
//! `counterpart-head` in `data/lexicon/mention_words.tsv`.

use crate::nlp::lexicon::{words_in, List};
use crate::nlp::mentions::{make_actor, Ctx};
use crate::nlp::text::TokenKind;
use crate::nlp::{EntityType, Mention, Span};
use std::collections::HashSet;
use std::sync::OnceLock;

/// How many sentences before the description its organisation may be named in.
const IGO_WINDOW: usize = 3;
/// Lower-case modifiers allowed between "the" and the head ("the 15-member regional bloc").
const MAX_MODIFIERS: usize = 2;

struct Heads {
    igo: HashSet<&'static str>,
    /// Bare heads that stand only for an IGO whose name holds them ("the fund").
    by_name: HashSet<&'static str>,
    /// Heads that name a grouping of states ("bloc", "alliance"), never a UN agency or court.
    bloc: HashSet<&'static str>,
    counterpart: HashSet<&'static str>,
    /// Nouns after the head that make the phrase name a person ("the bloc chairman").
    person: HashSet<&'static str>,
    /// Capitalised modifiers of a bloc ("the Western alliance").
    cap_modifier: HashSet<&'static str>,
    /// Offices that act for their organisation ("the court's prosecutor").
    office: HashSet<&'static str>,
}

fn heads() -> &'static Heads {
    static H: OnceLock<Heads> = OnceLock::new();
    H.get_or_init(|| Heads {
        igo: List::OrgWords.set("igo-anaphor"),
        by_name: List::OrgWords.set("igo-name-anaphor"),
        bloc: List::OrgWords.set("bloc-head"),
        counterpart: List::MentionWords.set("counterpart-head"),
        person: words_in(&[List::Titles, List::MentionWords], "generic-person")
            .into_iter()
            .chain(words_in(&[List::Titles, List::MentionWords], "human-head"))
            .collect(),
        cap_modifier: List::OrgWords.set("bloc-modifier"),
        office: List::MentionWords.set("igo-office"),
    })
}

pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    counterparts(ctx, mentions);
    igo_descriptions(ctx, ranges, mentions);
}

/// "his Indian counterpart": the nationality mention stands for the government.
fn counterparts(ctx: &Ctx, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.entity_type != EntityType::Nationality {
            continue;
        }
        let Some(k) = token_at(ctx, m.span.start) else {
            continue;
        };
        let Some(end) = token_ending_at(ctx, m.span.end) else {
            continue;
        };
        let possessive = k > 0 && matches!(ctx.low(k - 1), "his" | "her" | "their" | "its");
        if !possessive || !heads().counterpart.contains(ctx.low(end + 1)) {
            continue;
        }
        let Some(a) = &m.actor else { continue };
        if a.country.is_empty() || !a.sector.is_empty() {
            continue;
        }
        m.actor = Some(make_actor(&format!("{}GOV", a.country), &a.name));
    }
}

/// "the (regional) bloc" → the IGO in focus, as a mention of its own or on the generic
/// mention the recogniser already made for the phrase.
fn igo_descriptions(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for (si, &(a, b)) in ranges.iter().enumerate() {
        for k in a..b {
            let described = description_at(ctx, k, b).map(|e| (e, false));
            let Some((end, by_name)) =
                described.or_else(|| bare_name_head(ctx, k, b).map(|e| (e, true)))
            else {
                continue;
            };
            let span = Span::new(ctx.tokens[k].start, ctx.tokens[end - 1].end);
            let overlapping: Vec<usize> = (0..mentions.len())
                .filter(|&j| mentions[j].span.start < span.end && span.start < mentions[j].span.end)
                .collect();
            // "the NATO alliance": already named; but "military" before the head ("the
            // military alliance") says what kind of bloc it is, not whose ("the rebel
            // alliance" stays a non-state side's)
            let head_start = ctx.tokens[end - 1].start;
            let modifier = |m: &Mention| {
                m.span.end <= head_start && m.actor.as_ref().is_some_and(|a| a.code == "MIL")
            };
            // "the court's prosecutor": a bare "the court" has no name of its own, so an
            // actor on it was inferred (the dateline's state's judiciary); an office of it
            // is the named organisation's officer, and that organisation wins. A bare "the
            // court" alone keeps the inferred reading: it may be the state's own court
            // (branch labels2: overriding it too added a false event on the blind dev part).
            let officer = by_name && ctx.low(end) == "'s";
            let inferred =
                |m: &Mention| officer && m.span.start >= span.start && m.span.end <= span.end;
            if overlapping.iter().any(|&j| {
                mentions[j].actor.is_some() && !modifier(&mentions[j]) && !inferred(&mentions[j])
            }) {
                continue;
            }
            let lo = ranges[si.saturating_sub(IGO_WINDOW)].0;
            let bloc = heads().bloc.contains(ctx.low(end - 1));
            let head = ctx.low(end - 1);
            let focus = || igo_in_focus(mentions, ctx.tokens[lo].start, span.start, bloc);
            let in_focus = || {
                // "the fund" is short for a name, not for whatever body is in focus
                let by_name_only = heads().by_name.contains(head) && !heads().igo.contains(head);
                (!by_name_only).then(focus).flatten()
            };
            // "the mission's head" after "the UN peacekeeping mission": the office names an
            // organisation's officer, so the IGO in focus is its body even when no name of
            // it holds the word (an office of a bloc is not read: `description_at`)
            let Some(ante) = in_focus()
                .or_else(|| igo_by_name(ctx.text, mentions, span.start, head))
                .or_else(|| officer.then(focus).flatten())
            else {
                continue;
            };
            link_organisation(mentions, &overlapping, (span, si), ante, &mut added);
        }
    }
    mentions.extend(added);
}

/// Give the phrase `span` of sentence `si` the organisation of mention `ante`: on the first
/// mention it overlaps (widened to the phrase), else as a new mention pushed to `added`.
pub(super) fn link_organisation(
    mentions: &mut [Mention],
    overlapping: &[usize],
    (span, si): (Span, usize),
    ante: usize,
    added: &mut Vec<Mention>,
) {
    let actor = mentions[ante].actor.clone();
    if let Some(&j) = overlapping.first() {
        let m = &mut mentions[j];
        m.span = Span::new(m.span.start.min(span.start), m.span.end.max(span.end));
        m.entity_type = EntityType::Organisation;
        m.actor = actor;
        m.antecedent = Some(ante);
    } else {
        added.push(Mention {
            span,
            entity_type: EntityType::Organisation,
            actor,
            sentence: si,
            antecedent: Some(ante),
            geo: None,
        });
    }
}

/// "the [modifier …] HEAD" starting at token `k`: the end token of the phrase.
fn description_at(ctx: &Ctx, k: usize, b: usize) -> Option<usize> {
    if ctx.low(k) != "the" {
        return None;
    }
    let mut j = k + 1;
    while j < b && j <= k + 1 + MAX_MODIFIERS {
        let t = ctx.tokens[j];
        // a membership count ("the 15-member bloc", "the 27-nation union") is a modifier
        let count =
            ctx.low(j).starts_with(|c: char| c.is_ascii_digit()) && ctx.low(j).contains('-');
        let cap_modifier = t.cap && !t.all_caps && heads().cap_modifier.contains(ctx.low(j));
        if !(t.kind == TokenKind::Word || count) || (t.cap || t.all_caps) && !cap_modifier {
            return None;
        }
        if heads().igo.contains(ctx.low(j)) {
            // "the alliance leader", "the bloc's chairman": the person acts, and the
            // coder would give the act to the possessor (a rotating chair acts for his own
            // state; branch sources3 measured "the bloc's" + an office read as the bloc on
            // rd20: +1 event found, +4 false, reverted)
            let next = ctx.low(j + 1);
            return (next != "'s" && !heads().person.contains(next)).then_some(j + 1);
        }
        j += 1;
    }
    None
}

/// "the fund", "the bank" at token `k`: a bare lower-case head, with no modifier (a
/// modified one — "the central bank", "the trust fund" — names another body) and no person
/// noun after it ("the bank governor" is a title). A possessive is kept before an office
/// of the body (`igo-office`): "the court's prosecutor" acts for the court, but "the court's
/// decision" is no party to what is said of it. The end token of the phrase.
fn bare_name_head(ctx: &Ctx, k: usize, b: usize) -> Option<usize> {
    let j = k + 1;
    let t = ctx.tokens.get(j)?;
    let bare = ctx.low(k) == "the" && j < b && t.kind == TokenKind::Word && !t.cap && !t.all_caps;
    let next = ctx.low(j + 1);
    let owner = next == "'s" && !heads().office.contains(ctx.low(j + 2));
    let titled = heads().person.contains(next);
    (bare && heads().by_name.contains(ctx.low(j)) && !owner && !titled).then_some(j + 1)
}

/// The latest organisation named before `before` anywhere in the article whose own name
/// holds the description's head, capitalised ("the forum" after "the Pacific Islands Forum"
/// ten sentences back), when it is an IGO: the name says which body the word is short for,
/// however far back it was named. A state's body named later with the word ("the Supreme
/// Court" after "the International Criminal Court") is the one meant, so it blocks the IGO.
fn igo_by_name(text: &str, mentions: &[Mention], before: usize, head: &str) -> Option<usize> {
    let latest = (0..mentions.len())
        .filter(|&j| mentions[j].span.end <= before)
        .filter(|&j| {
            let m = &mentions[j];
            text.get(m.span.start..m.span.end).is_some_and(|name| {
                name.split(|c: char| !c.is_alphanumeric()).any(|w| {
                    w.eq_ignore_ascii_case(head) && w.starts_with(|c: char| c.is_uppercase())
                })
            })
        })
        .max_by_key(|&j| mentions[j].span.start)?;
    let igo = mentions[latest].actor.as_ref()?.code.starts_with("IGO");
    igo.then_some(latest)
}

/// Organisations of the UN system, courts, and single-purpose bodies of states
/// (finance, trade, police): never "the bloc" or "the alliance" of a story, so a mention
/// of one ("took the dispute to the WTO") neither answers nor blocks a `bloc` head.
const NOT_BLOCS: &[&str] = &["IGOUNO", "IGOJUD", "IGOBUSIMF", "IGOBUSWTO", "IGOCOPITP"];

/// The latest non-state actor named in `[lo, before)`, when it is an IGO (for a `bloc`
/// head, the bodies of `NOT_BLOCS` are passed over).
fn igo_in_focus(mentions: &[Mention], lo: usize, before: usize, bloc: bool) -> Option<usize> {
    let latest = (0..mentions.len())
        .filter(|&j| mentions[j].span.start >= lo && mentions[j].span.end <= before)
        .filter(|&j| {
            mentions[j].actor.as_ref().is_some_and(|a| {
                // a pair of states named collectively ("the parties": `MAR/ESH`) is no
                // non-state actor in focus for "the mission's head"; for a bloc head it still
                // blocks (measured on dev: letting it through gave "across the bloc" as the
                // target of two members' support, branch addressee2)
                a.country.is_empty()
                    && a.code.len() > 3
                    && (bloc || !a.code.contains('/'))
                    && !(bloc && NOT_BLOCS.iter().any(|p| a.code.starts_with(p)))
            })
        })
        .max_by_key(|&j| mentions[j].span.start)?;
    let code = &mentions[latest].actor.as_ref()?.code;
    code.starts_with("IGO").then_some(latest)
}

/// The token starting at byte `start`. Tokens follow one another without overlap, so their
/// starts and ends both rise: a binary search, not a scan per nationality mention.
pub(super) fn token_at(ctx: &Ctx, start: usize) -> Option<usize> {
    let k = ctx.tokens.partition_point(|t| t.start < start);
    ctx.tokens.get(k).filter(|t| t.start == start).map(|_| k)
}

pub(super) fn token_ending_at(ctx: &Ctx, end: usize) -> Option<usize> {
    let k = ctx.tokens.partition_point(|t| t.end < end);
    ctx.tokens.get(k).filter(|t| t.end == end).map(|_| k)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor_of_nth, events};

    fn actor_of(text: &str, surface: &str) -> Option<String> {
        actor_of_nth(text, surface, 0)
    }

    #[test]
    fn the_bloc_is_the_organisation_in_focus() {
        let text = "Chad attended a summit of the African Union in Addis Ababa. \
                    Officials in N'Djamena later criticised the regional bloc for its silence.";
        assert_eq!(
            actor_of(text, "the regional bloc").as_deref(),
            Some("IGOAFRAU")
        );
        let text = "Ministers of the North Atlantic Treaty Organization met in Oslo. \
                    Norway urged the alliance to keep its promises.";
        let evs = events(text);
        assert!(
            evs.iter()
                .any(|(s, t, c)| s.starts_with("NOR") && t == "IGOWSTNAT" && c.starts_with("02")),
            "{evs:?}"
        );
    }

    #[test]
    fn military_before_the_head_is_a_modifier_of_the_alliance() {
        let text = "Defence ministers of NATO met in Brussels. \
                    Moscow warned the military alliance against new deployments.";
        assert_eq!(
            actor_of(text, "the military alliance").as_deref(),
            Some("IGOWSTNAT")
        );
        // the military alone is no description of the bloc
        let text = "Defence ministers of NATO met in Brussels. \
                    Moscow warned the military against new deployments.";
        assert_ne!(actor_of(text, "the military").as_deref(), Some("IGOWSTNAT"));
    }

    #[test]
    fn the_western_alliance_is_the_bloc_in_focus() {
        let text = "Defence ministers of NATO met in Brussels. \
                    Moscow warned the Western military alliance against new deployments.";
        assert_eq!(
            actor_of(text, "the Western military alliance").as_deref(),
            Some("IGOWSTNAT")
        );
    }

    #[test]
    fn a_membership_count_is_a_modifier_of_the_bloc() {
        let text = "Leaders of the Economic Community of West African States met in Abuja. \
                    Mali accused the 15-member bloc of serving foreign interests.";
        assert_eq!(
            actor_of(text, "the 15-member bloc").as_deref(),
            Some("IGOWAFBUSWAS")
        );
    }

    #[test]
    fn the_forum_is_the_organisation_in_focus() {
        let text = "Leaders of the Pacific Islands Forum met in Nuku'alofa. \
                    Fiji urged the regional forum to reject foreign bases.";
        assert_eq!(
            actor_of(text, "the regional forum").as_deref(),
            Some("IGOPAC")
        );
    }

    #[test]
    fn a_un_agency_or_court_named_after_the_bloc_is_passed_over() {
        // the trade body is where the dispute goes, not the bloc that answers
        let text = "The European Union raised tariffs on Chinese steel. \
                    China said it would take the dispute to the World Trade Organization, \
                    and the bloc said it would defend its duties.";
        assert_eq!(actor_of(text, "the bloc").as_deref(), Some("IGOEUREEC"));
        let text = "Ministers of the African Union met in Addis Ababa. The UN Security \
                    Council discussed Sudan. Chad urged the alliance to send troops.";
        assert_eq!(actor_of(text, "the alliance").as_deref(), Some("IGOAFRAU"));
    }

    #[test]
    fn another_non_state_actor_in_focus_or_no_organisation_leaves_the_bloc_unresolved() {
        // ISIS was named after the African Union: the alliance is not the Union
        let text = "The African Union met in Addis Ababa. Nigeria said ISIS had attacked a town. \
                    Chad accused the alliance of abducting children.";
        assert_eq!(actor_of(text, "the alliance"), None);
        let text = "Kenya and Uganda argued over fishing rights. Kenya said the bloc had failed.";
        assert_eq!(actor_of(text, "the bloc"), None);
    }

    #[test]
    fn a_counterpart_is_the_government_of_its_nationality() {
        let text =
            "Finnish Foreign Minister Aino Laaksonen met her Estonian counterpart in Tallinn.";
        assert_eq!(actor_of(text, "Estonian").as_deref(), Some("ESTGOV"));
        let evs = events(text);
        assert!(
            evs.iter()
                .any(|(s, t, c)| s == "FINGOV" && t == "ESTGOV" && c.starts_with("04")),
            "{evs:?}"
        );
        // a nationality without the possessive and "counterpart" stays the country
        let text = "Finnish Foreign Minister Aino Laaksonen criticised Estonian fishermen.";
        assert_eq!(actor_of(text, "Estonian").as_deref(), Some("EST"));
    }
}
