//! "China, the North's main ally, urged …", "the alliance, the Russian-led bloc, said …": a
//! noun phrase set off by a comma after an actor is an apposition that describes that actor.
//! A state it names as a possessor ("the North's ally") or in a hyphenated modifier
//! ("Russian-led", "U.S.-backed") belongs to the description; it is no second member of a
//! list beside the head. `actor_groups` joins actors that only a comma separates ("A, B and
//! C"), so such a describing mention is split off into a group of its own: the head alone
//! acts, and the parse still reads the description for what it is.
//! A name right after the describing noun ("the bloc X formed with Y") is the subject of the
//! description's own clause and is split off the same way (branch hopes2).
use super::actors::split_groups;
use super::tokens::{Tok, COMMA, CONJ};
use super::{EntityAnalysis, Group};

/// Splits every group at a mention that describes the member before it.
pub(super) fn split_descriptions(
    text: &str,
    ents: &EntityAnalysis,
    toks: &[Tok],
    groups: &mut Vec<Group>,
) {
    split_groups(toks, groups, |between, ts, te, m| {
        let comma_only = between.iter().any(|t| t.is(COMMA)) && !between.iter().any(|t| t.is(CONJ));
        let described =
            comma_only && (possessor_of_noun(text, toks, te) || hyphen_modifier(text, ents, m));
        described || clause_in_description(ents, toks, between, ts, m)
    });
}

/// "the AES, the bloc Mali formed with Niger, …": a name right after a describing common
/// noun ("the bloc"), with no comma or conjunction between them, is the subject of a
/// relative clause that tells what the noun is, not a second member of a list (a list needs
/// a comma or "and"). Only when every word of the noun phrase is lower case (a description,
/// not a title before a name, "President X", nor a modifier, "the Russian-led") and the two
/// stand for different sides (a title and its holder's name stand for one: "the envoy Y").
fn clause_in_description(
    ents: &EntityAnalysis,
    toks: &[Tok],
    between: &[Tok],
    ts: usize,
    m: u32,
) -> bool {
    // the member before ends where this one starts (nothing between them)
    let Some(prev) = ts.checked_sub(1).and_then(|t| toks[t].mention) else {
        return false;
    };
    // a common noun phrase, every word lower case ("the bloc"; "the Australian-led" is a
    // modifier of the name after it)
    let lower_noun = (0..ts)
        .rev()
        .take_while(|&t| toks[t].mention == Some(prev))
        .all(|t| !toks[t].cap);
    let side = |i: u32| {
        ents.mentions
            .get(i as usize)
            .and_then(|x| x.actor.as_ref())
            .map(|a| a.side().to_string())
    };
    let (a, b) = (side(prev), side(m));
    between.is_empty() && lower_noun && a.is_some() && b.is_some() && a != b
}

/// "the North's main ally": the mention ends before a possessive whose noun is a common
/// word, not an actor of its own ("Germany's chancellor" names one, and is a member).
fn possessor_of_noun(text: &str, toks: &[Tok], te: usize) -> bool {
    let possessive = toks
        .get(te)
        .is_some_and(|t| matches!(t.span.slice(text), "'s" | "’s" | "'" | "’"));
    possessive
        && toks.get(te + 1).is_some_and(|t| {
            !t.cap && t.mention.is_none() && t.span.slice(text).chars().all(char::is_alphabetic)
        })
}

/// "Russian-led", "U.S.-backed": the mention ends inside its word, before a hyphen and a
/// lower-case participle, so it only modifies the noun that follows.
fn hyphen_modifier(text: &str, ents: &EntityAnalysis, m: u32) -> bool {
    let Some(mention) = ents.mentions.get(m as usize) else {
        return false;
    };
    let rest = text.get(mention.span.end..).unwrap_or("");
    let mut chars = rest.chars();
    chars.next() == Some('-') && chars.next().is_some_and(char::is_lowercase)
}
