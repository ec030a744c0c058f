//! Talks of a pair (branch recall34, class E): "the two governments said … after talks in
//! Y", "A and B, after talks on Monday, said …". A shared event noun ("talks", "a
//! meeting": `joint_noun`) whose only parties are the two sides of its clause's subject,
//! with no other party named, was held by the two with each other. A subject of one side
//! or of three and more names no dyad, and a named partner keeps its place.
//! Nor are the two each other's partners when the noun's clause did its joint act with a
//! third party ("A and B signed a pact with C after years of negotiations", "A and B met C
//! after talks"): the talks led to that act and were held with that party (branch
//! collective2).
use super::{Actor, CodedEvent};
use crate::nlp::frames::FrameLexicon;
use crate::nlp::syntax::Word;

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

/// CAMEO roots of acts done together with a partner: consultation (04) and material
/// cooperation (06); with a signature (057), below.
const JOINT_ROOTS: [u8; 2] = [4, 6];

/// The code of a signature (057), an act done with the co-signatory.
const SIGNED: &str = "057";

/// Did the verb `clause` (the noun's governor) code, among `events`, a joint act of one of
/// `srcs` with a party of another side? Then that party, not the other source, is the
/// partner of the talks that led to it.
pub(super) fn clause_partner(
    words: &[Word],
    clause: Option<usize>,
    events: &[CodedEvent],
    srcs: &[(u32, Actor)],
) -> bool {
    let Some(v) = clause.and_then(|v| words.get(v)) else {
        return false;
    };
    let joint = |code: &str| {
        code.starts_with(SIGNED)
            || crate::nlp::cameo::root(code).is_some_and(|r| JOINT_ROOTS.contains(&r))
    };
    let ours = |a: &Actor| srcs.iter().any(|(_, s)| s.side() == a.side());
    events.iter().any(|e| {
        e.trigger.start <= v.start
            && v.end <= e.trigger.end
            && joint(&e.cameo)
            && ours(&e.source.actor)
            && e.target
                .as_ref()
                .is_some_and(|t| !t.actor.code.is_empty() && !ours(&t.actor))
    })
}
