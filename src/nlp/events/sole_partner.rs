//! The sole partner of a source: an act that needs a partner but names none ("the ministers
//! discussed trade", "Tokyo lodged a protest", "prosecutors fined the captain") is done with
//! the one party the article has shown its source dealing with. When every earlier event the
//! source's side took part in (as source or target) had one and the same other side, that side
//! is the target. Two or more partners, or none, leave the act without a target.
//!
//! Only acts that always have a partner and whose partner news leaves implicit once the story
//! has named it: consultation (04), support or praise (05), investigation (09), disapproval
//! (11), reduced relations (16) and coercion (17). Appeals, intents, demands, rejections and
//! threats (02, 03, 10, 12, 13) are as often addressed to a third party or the public ("urged
//! restraint", "wanted good relations with all neighbours"), and cooperation or aid (06-08) to
//! a party first named later; measured on nd-001..103 each of them adds more false targets
//! than right ones. The act's own frame must have found no target at all (an object the actor
//! lists do not place, "accused Kiir", is no implicit partner), and earlier events count only
//! when the gate could pass them: not statements (01), not negated, conditional or dated.
//! An act that names its partner in a "with" / "against" phrase the actor lists do not place
//! ("coordinate its response with its allies") has that partner, not the story's.
//! A judgement (05, 11) of a definite thing ("criticised the weather", "condemned the
//! attack") is of that thing: its author, if the story told it, is the reaction rule's to
//! find (`reactions.rs`, which leaves an unknown author unknown), so no partner is guessed.
//! A demand or appeal for what only the one who acted can give ("demanded an explanation
//! and an apology", "asked for a written explanation"; `data/lexicon/account_demands.txt`)
//! is put to that party like a complaint, and takes the sole partner too.
//! A meeting whose `of` phrase names who met ("after a meeting of the security council")
//! has its participants, found or not by the noun's frame: no partner is guessed either.
//! Nor has a measure only labelled or told as a habit (`own_side::told_not_done`).
//! Nor has a gathering that is only the setting of another act and that the story has not
//! told ("adopted the measures at a meeting in Brussels", "told reporters after a cabinet
//! meeting"; [`untold_gathering`], branch dateline3).
//! Nor has an act on an object inside the source's own state ("revoked the licence of a
//! local radio station"; `domestic.rs`, branch domestic2).
use super::reactions::{counts, placed};
use super::*;

/// CAMEO roots whose target-less act takes the source's sole partner.
const PARTNERED: [u8; 6] = [4, 5, 9, 11, 16, 17];

/// Roots of demands (10) and appeals (02), which take the sole partner only when they ask
/// for an account ([`asks_account`]).
const CALLS: [u8; 2] = [2, 10];

/// The nouns of an account owed by the one who acted (`data/lexicon/account_demands.txt`).
const ACCOUNT: &str = include_str!("../../../data/lexicon/account_demands.txt");

/// How many words after the trigger the account noun may be ("demanding their immediate
/// release and a written explanation").
const ACCOUNT_WINDOW: usize = 8;

/// The object of call `e` asks for an account ("an explanation", "an apology"): one of the
/// list's nouns among the first words after the trigger, before the clause's punctuation.
fn asks_account(text: &str, e: &CodedEvent) -> bool {
    let rest = text.get(e.trigger.end..).unwrap_or_default();
    let clause = rest.split([',', ';', '.', ':']).next().unwrap_or_default();
    clause
        .split_whitespace()
        .take(ACCOUNT_WINDOW)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .any(|w| account_noun(&w))
}

/// Whether `word` is on the account list, read once into a set (not per word checked).
fn account_noun(word: &str) -> bool {
    static NOUNS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    NOUNS
        .get_or_init(|| crate::nlp::lexicon::line_set(ACCOUNT))
        .contains(word)
}

/// Roots of a judgement whose definite object is the thing judged.
const JUDGING: [u8; 2] = [5, 11];

/// Determiners of a definite object ("the attack", "this decision").
const DEFINITE: [&str; 4] = ["the", "this", "these", "such"];

/// An act of a partnered root whose frame found no target, and not a judgement of a
/// definite thing nor an untold gathering.
fn wants_partner(text: &str, ents: &EntityAnalysis, e: &CodedEvent) -> bool {
    let sentences = ents.sentences.as_slice();
    let Some(root) = crate::nlp::cameo::root(&e.cameo) else {
        return false;
    };
    if pledged_sum(text, e) {
        return placed(&e.source) && !e.target.as_ref().is_some_and(placed);
    }
    e.target.is_none()
        && placed(&e.source)
        && e.path.contains("target: none")
        && (PARTNERED.contains(&root) || CALLS.contains(&root) && asks_account(text, e))
        && !e.path.contains(crate::nlp::frames::UNPLACED_PARTNER)
        && !e.path.contains(super::own_side::NOT_DONE)
        && !(JUDGING.contains(&root) && judges_definite_thing(text, e))
        && !(root == MEETING && members_named(text, e))
        && !(root == MEETING && untold_gathering(text, sentences, e))
        && !super::domestic::domestic_object(text, ents, e)
}

/// Visits (042, 043): a visit always has its host, even one the story first names.
const VISITS: [&str; 2] = ["042", "043"];

/// Words before a meeting noun that may hold its determiner ("after a cabinet meeting",
/// "at every GCC summit"); "of" ends the noun phrase ("after two hours of talks").
const DETERMINER_REACH: usize = 3;

/// The determiners that introduce what the story has not told (`data/lexicon/
/// phrase_words.txt`, `untold_determiner`).
fn untold_determiner(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            crate::nlp::lexicon::cue_line(super::phrase_words::LISTS, "untold_determiner")
                .unwrap_or_default()
        })
        .iter()
        .any(|d| d.eq_ignore_ascii_case(word))
}

/// A meeting noun (not a visit) that is only an adjunct of another clause and that an
/// indefinite or universal determiner introduces: "EU ministers adopted the measures at a
/// meeting in Brussels", "Fico told reporters after a cabinet meeting", "has raised the
/// issue at every GCC summit". Such a gathering is one the story has not told, most often
/// the source's own body's; the meeting the story told with the source's partner is taken
/// up definitely ("after the meeting", "after their talks"). A sentence that names a partner
/// with "with" ("during a meeting in Beirut with the envoy", "raised the case with his
/// counterpart in a telephone call") keeps the guess: the meeting has a partner there.
fn untold_gathering(text: &str, sentences: &[crate::nlp::Sentence], e: &CodedEvent) -> bool {
    if VISITS.iter().any(|v| e.cameo.starts_with(v)) || !e.path.contains(ADJUNCT_NOUN) {
        return false;
    }
    let Some(span) = sentences.get(e.sentence).map(|s| s.span) else {
        return false;
    };
    let before = text.get(span.start..e.trigger.start).unwrap_or_default();
    let words: Vec<&str> = super::reactions::words(before).collect();
    let indefinite = words
        .iter()
        .rev()
        .take(DETERMINER_REACH)
        .take_while(|w| !w.eq_ignore_ascii_case("of"))
        .any(|w| untold_determiner(w));
    let sentence = text.get(span.start..span.end).unwrap_or_default();
    let partner_named = super::reactions::words(sentence).any(|w| w.eq_ignore_ascii_case("with"));
    indefinite && !partner_named
}

/// The path note of an event noun that is an adjunct of another clause (`frames/nouns.rs`).
const ADJUNCT_NOUN: &str = "noun: adjunct of a clause";

/// The CAMEO root of consultation, whose event nouns name their members after "of".
const MEETING: u8 = 4;

/// The trigger is followed by "of" ("a meeting of the national security council").
fn members_named(text: &str, e: &CodedEvent) -> bool {
    super::reactions::words_after(text, e.trigger)
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("of"))
}

/// How many words after the trigger a pledged sum may start ("pledged a further 1.2
/// billion kronor").
pub(super) const SUM_WINDOW: usize = 4;

/// A pledge or grant of a sum ("pledged 130 million yuan in grants", "pledged $120 million
/// in military aid"): a promise of material aid (0331-0334) or aid (07) whose object starts
/// with a number. Unlike aid in general, a sum given with no recipient is for the party the
/// story has shown the donor dealing with; a recipient the actor lists cannot place ("in
/// military aid" read as a military) is no recipient.
fn pledged_sum(text: &str, e: &CodedEvent) -> bool {
    let material = e.cameo.starts_with("033") && e.cameo.len() == 4;
    let aid = crate::nlp::cameo::root(&e.cameo) == Some(7);
    (material || aid) && sum_follows(text, e.trigger)
}

/// Words that open the amount of a thing given: "a credit line of 50 million dollars", "a
/// package worth 40 million euros", "grants totalling 30 million".
const AMOUNT_WORDS: [&str; 4] = ["of", "worth", "totalling", "totaling"];

/// A sum starts within `SUM_WINDOW` words after the trigger, or right after a word of amount
/// within them: the object is a sum, or a thing of a stated sum (branch recipient3).
pub(super) fn sum_follows(text: &str, trigger: Span) -> bool {
    let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let mut words = super::reactions::words_after(text, trigger).peekable();
    for _ in 0..SUM_WINDOW {
        let Some(w) = words.next() else {
            return false;
        };
        let amount = AMOUNT_WORDS.iter().any(|a| w.eq_ignore_ascii_case(a));
        if number(w) || amount && words.peek().is_some_and(|n| number(n)) {
            return true;
        }
    }
    false
}

/// The trigger is followed by a definite object ("condemned the attack", "criticised \"the
/// weather\"").
fn judges_definite_thing(text: &str, e: &CodedEvent) -> bool {
    let rest = text.get(e.trigger.end..).unwrap_or_default();
    let first = rest
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or_default()
        .to_lowercase();
    DEFINITE.contains(&first.as_str())
}

/// The other party of `a` when `a` involves side `s` and another placed side.
pub(super) fn other_party<'a>(a: &'a CodedEvent, s: &str) -> Option<&'a Participant> {
    let t = a.target.as_ref().filter(|t| placed(t))?;
    if !placed(&a.source) {
        return None;
    }
    match (a.source.actor.side() == s, t.actor.side() == s) {
        (true, false) => Some(t),
        (false, true) => Some(&a.source),
        _ => None,
    }
}

/// The one other side every earlier counted event of `e`'s source side had, if exactly one.
fn sole_partner(earlier: &[CodedEvent], e: &CodedEvent) -> Option<Participant> {
    let s = e.source.actor.side();
    one_side(
        earlier
            .iter()
            .filter(|a| a.sentence < e.sentence && counts(a))
            .filter_map(|a| other_party(a, s)),
    )
}

/// The first of `parties` when all are on one side; `None` when they are none or several.
pub(super) fn one_side<'a>(
    mut parties: impl Iterator<Item = &'a Participant>,
) -> Option<Participant> {
    let first = parties.next()?;
    parties
        .all(|p| p.actor.side() == first.actor.side())
        .then(|| first.clone())
}

/// Gives each event that `wants` a target the party `find` picks among the events before
/// it, and says so in its path (`note`).
pub(super) fn fill_targets(
    out: &mut [CodedEvent],
    wants: impl Fn(&CodedEvent) -> bool,
    find: impl Fn(&[CodedEvent], &CodedEvent) -> Option<Participant>,
    note: &str,
) {
    // The sentence names a third side: the story's party is not this act's.
    let third_side =
        |out: &[CodedEvent], i: usize, t: &Participant| super::offered::contradicts(&out[i], t);
    fill_targets_unless(out, wants, find, third_side, note);
}

/// `fill_targets` with the test that rejects the found party (`blocked`, given the events,
/// the index of the act and the party) chosen by the caller.
pub(super) fn fill_targets_unless(
    out: &mut [CodedEvent],
    wants: impl Fn(&CodedEvent) -> bool,
    find: impl Fn(&[CodedEvent], &CodedEvent) -> Option<Participant>,
    blocked: impl Fn(&[CodedEvent], usize, &Participant) -> bool,
    note: &str,
) {
    for i in 0..out.len() {
        if !wants(&out[i]) {
            continue;
        }
        let Some(t) = find(&out[..i], &out[i]) else {
            continue;
        };
        if blocked(out, i, &t) {
            continue;
        }
        out[i].path.push_str(note);
        out[i].target = Some(t);
    }
}

/// Gives each target-less partnered act its source's sole partner.
pub(super) fn fill_sole_partners(text: &str, ents: &EntityAnalysis, out: &mut [CodedEvent]) {
    fill_targets(
        out,
        |e| wants_partner(text, ents, e),
        sole_partner,
        "; target: the source's sole partner so far",
    );
}
