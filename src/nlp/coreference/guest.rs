//! The parties of a visit told by titles: "his guest", "her host", "the visitors", "the
//! visiting president", "the hosts" (branch refs2).
//!
//! A host's "his guest" and a visitor's "her host" name the owner's partner in the visit:
//! the owner is the latest person placed before the phrase in its sentence or the one
//! before, and the partner is the other state of the story's pair, the state named most
//! often before the phrase apart from the owner's, at least twice and more often than any
//! third state (with two candidates named alike, nobody).
//!
//! Without an owner ("the guest", "the visitors", "the visiting president", "the host",
//! "the hosts") the roles need a visit told before the phrase (a `visit-cue` word) and a
//! story filed from one of the two states: the dateline's state, named as a party at least
//! twice, is the host, the other the guest. A dateline in a third state (talks held there
//! between two others) names no host, and a possessive ("the host's obligations") or a
//! phrase already holding an actor is left alone.
//!
//! The phrase becomes a person (a plural one an organisation) of the state's government.
use crate::nlp::lexicon::List;
use crate::nlp::mentions::{make_actor, Ctx};
use crate::nlp::{EntityType, Mention, Span};
use std::collections::{HashMap, HashSet};

/// Which party of the visit a phrase names.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    Guest,
    Host,
}

/// A phrase found: its role, its tokens `start..end`, and whether a possessive owns it.
struct Phrase {
    role: Role,
    start: usize,
    end: usize,
    owned: bool,
}

struct Words {
    guest: HashSet<&'static str>,
    host: HashSet<&'static str>,
    /// "visiting": before a title, the guest ("the visiting president").
    visiting: HashSet<&'static str>,
    title: HashSet<&'static str>,
    /// Words that tell of a visit ("visit", "visited", "hosted").
    visit: HashSet<&'static str>,
}

fn words() -> &'static Words {
    static W: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    W.get_or_init(|| Words {
        guest: List::MentionWords.set("guest-head"),
        host: List::MentionWords.set("host-head"),
        visiting: List::MentionWords.set("guest-title"),
        title: List::Titles.set("title"),
        visit: List::MentionWords.set("visit-cue"),
    })
}

/// The phrase opening at token `k` (sentence tokens end before `b`), if any.
fn phrase_at(ctx: &Ctx, k: usize, b: usize) -> Option<Phrase> {
    let owned = matches!(ctx.low(k), "his" | "her");
    if !owned && ctx.low(k) != "the" {
        return None;
    }
    let w = words();
    let head = k + 1;
    let (role, end) = if w.visiting.contains(ctx.low(head)) {
        // "the visiting president"; "his visiting counterpart" is left to `descriptors`
        let titled = !owned && w.title.contains(ctx.low(head + 1));
        (Role::Guest, titled.then_some(head + 2)?)
    } else if w.guest.contains(ctx.low(head)) {
        (Role::Guest, head + 1)
    } else if w.host.contains(ctx.low(head)) {
        (Role::Host, head + 1)
    } else {
        return None;
    };
    // "the host's obligations": a possessive is no party acting
    let possessive = matches!(ctx.low(end), "'s" | "'" | "’s" | "’");
    (end <= b && !possessive).then_some(Phrase {
        role,
        start: k,
        end,
        owned,
    })
}

fn country_of(m: &Mention) -> Option<&str> {
    let a = m.actor.as_ref()?;
    let whole = !a.country.is_empty() && !a.code.contains('/');
    whole.then_some(a.country.as_str())
}

/// How often each state is named before byte `at` (places left out: a venue is no party).
fn tally(mentions: &[Mention], at: usize) -> HashMap<&str, usize> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for m in mentions.iter().filter(|m| m.span.end <= at) {
        if m.entity_type == EntityType::Location {
            continue;
        }
        if let Some(c) = country_of(m) {
            *counts.entry(c).or_default() += 1;
        }
    }
    counts
}

/// The state named most often apart from `own`: at least twice, and more often than any
/// other (see the module comment).
fn partner<'a>(counts: &HashMap<&'a str, usize>, own: &str) -> Option<&'a str> {
    let mut others: Vec<(&str, usize)> = counts
        .iter()
        .filter(|(c, _)| **c != own)
        .map(|(c, n)| (*c, *n))
        .collect();
    others.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let (first, n) = *others.first()?;
    let clear = others.get(1).is_none_or(|o| o.1 < n);
    (n >= 2 && clear).then_some(first)
}

/// The owner of "his guest": the latest person with a state before byte `at`, in sentence
/// `si` or the one before.
fn owner(mentions: &[Mention], si: usize, at: usize) -> Option<&str> {
    mentions
        .iter()
        .filter(|m| m.span.end <= at && m.sentence + 1 >= si && m.sentence <= si)
        .filter(|m| m.entity_type == EntityType::Person)
        .filter_map(|m| country_of(m).map(|c| (m.span.start, c)))
        .max_by_key(|(start, _)| *start)
        .map(|(_, c)| c)
}

/// Whether a word telling of a visit stands before token `k`.
fn visit_told(ctx: &Ctx, k: usize) -> bool {
    (0..k).any(|j| words().visit.contains(ctx.low(j)))
}

/// The state phrase `p` of sentence `si` names (see the module comment).
fn state_of<'a>(ctx: &Ctx, mentions: &'a [Mention], si: usize, p: &Phrase) -> Option<&'a str> {
    let at = ctx.tokens[p.start].start;
    let counts = tally(mentions, at);
    if p.owned {
        let own = owner(mentions, si, at)?;
        return partner(&counts, own);
    }
    let (_, host) = super::focus::dateline_country(ctx.text, mentions)?;
    // the dateline's state a party, not only the venue of others' talks
    if !visit_told(ctx, p.start) || counts.get(host).is_none_or(|&n| n < 2) {
        return None;
    }
    let guest = partner(&counts, host)?;
    Some(if p.role == Role::Host { host } else { guest })
}

/// Adds a government mention for each guest or host phrase that resolves.
pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for (si, &(a, b)) in ranges.iter().enumerate() {
        for k in a..b {
            let Some(p) = phrase_at(ctx, k, b) else {
                continue;
            };
            let span = Span::new(ctx.tokens[p.start].start, ctx.tokens[p.end - 1].end);
            let taken = mentions
                .iter()
                .any(|m| m.actor.is_some() && m.span.start < span.end && span.start < m.span.end);
            if taken {
                continue;
            }
            let Some(state) = state_of(ctx, mentions, si, &p) else {
                continue;
            };
            let plural = ctx.low(p.end - 1).ends_with('s');
            added.push(Mention {
                span,
                entity_type: if plural {
                    EntityType::Organisation
                } else {
                    EntityType::Person
                },
                actor: Some(make_actor(&format!("{state}GOV"), span.slice(ctx.text))),
                sentence: si,
                antecedent: None,
                geo: None,
            });
        }
    }
    mentions.extend(added);
}
