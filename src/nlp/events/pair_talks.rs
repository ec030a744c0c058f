//! Talks of a pair (branch recall34, class E): "the two governments said … after talks in
//! Y", "A and B, after talks on Monday, said …". A shared event noun ("talks", "a
//! meeting": `joint_noun`) whose only parties are the two sides of its clause's subject,
//! with no other party named, was held by the two with each other. A subject of one side
//! or of three and more names no dyad, and a named partner keeps its place.
use super::Actor;
use crate::nlp::frames::FrameLexicon;

/// Are `srcs` the two sides of a shared event noun `lemma` that names no other party
/// (`tgts` empty)? Then each is the other's partner.
pub(super) fn talks_of_a_pair(
    lex: &FrameLexicon,
    lemma: &str,
    srcs: &[(u32, Actor)],
    tgts: &[(u32, Actor)],
) -> bool {
    if !tgts.is_empty() || srcs.len() != 2 || !lex.is_joint_noun(&lemma.to_lowercase()) {
        return false;
    }
    let (a, b) = (&srcs[0].1, &srcs[1].1);
    !a.country.is_empty() && !b.country.is_empty() && a.country != b.country
}
