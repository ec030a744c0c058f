//! Who pairs with whom in one verb phrase's events: each source with each target (and back
//! for a two-way code), co-subjects with each other, less own actors, venues and topics.
use super::*;

/// The most parties a signing is read pairwise for: a four-way declaration binds each
/// signatory to each other one; a longer list is a multilateral treaty, no dyad.
const MAX_SIGNATORIES: usize = 4;

/// The actors of a side, one per actor code (`[None]`: no actor).
fn parties<'m>(actors: &'m ActorMap, side: &Side) -> Vec<Party<'m>> {
    let mut v: Vec<Party<'m>> = Vec::new();
    for &m in &side.mentions {
        for a in actors.get(&m).map(|x| x.as_slice()).unwrap_or(&[]) {
            if !v.iter().any(|o| o.is_some_and(|(_, b)| b.code == a.code)) {
                v.push(Some((m, a)));
            }
        }
    }
    if v.is_empty() {
        v.push(None);
    }
    v
}

/// (source, target, code) of every event of the phrase, in emission order: each source
/// with each target (and back for a two-way code), or co-subjects with each other.
pub(super) fn actor_pairs<'c>(
    cx: &SentenceCx<'c>,
    c: &'c Coding,
) -> Vec<(Role<'c>, Role<'c>, &'c str)> {
    let srcs = parties(cx.actors, &c.src);
    let (mut tgts, only_venues) = targets(cx, c, &srcs);
    let topic = topic_only(c, &srcs, &tgts);
    if topic {
        tgts = vec![None];
    }
    let fwd = c.code.forward.as_deref();
    let mut out = Vec::new();
    let sides = one_per_side(srcs.clone());
    if reciprocal(c, &sides, &tgts, only_venues || topic) {
        for &s in &sides {
            for &t in sides
                .iter()
                .filter(|t| t.map(|x| &x.1.code) != s.map(|x| &x.1.code))
            {
                out.extend(fwd.map(|f| ((s, &c.src), (t, &c.src), f)));
            }
        }
        return out;
    }
    if fought_each_other(fwd, &sides, &tgts) {
        for (s, t) in [(sides[0], sides[1]), (sides[1], sides[0])] {
            out.extend(fwd.map(|f| ((s, &c.src), (t, &c.src), f)));
        }
        return out;
    }
    if agreed_with_partner(c, &sides, &tgts) {
        for (s, t) in [(sides[0], sides[1]), (sides[1], sides[0])] {
            out.extend(fwd.map(|f| ((s, &c.src), (t, &c.src), f)));
        }
    }
    let two_sided = distinct_sides(&srcs) >= 2;
    for &s in &srcs {
        // a demand whose only party named is the demander's own state or people
        let mut own_demand = false;
        let mut paired = false;
        for &t in &tgts {
            if let (Some(a), Some(b)) = (s, t) {
                let code = fwd.unwrap_or("");
                let own = own_state(a.1, b.1, code);
                // "A and B condemned the attack on A's soldiers": a co-subject of two
                // sides does not act on its own side, the other co-subject does
                if a.1.code == b.1.code
                    || two_sided && a.1.side() == b.1.side()
                    || home_place(cx.ents, a, b, code)
                    || people_consulting(cx.words, cx.ents, [a, b], code)
                    || own
                {
                    own_demand |= own && crate::nlp::cameo::root(code) == Some(10);
                    continue;
                }
            }
            paired = true;
            out.extend(fwd.map(|f| ((s, &c.src), (t, &c.tgt), f)));
            if let (Some(r), Some(_)) = (c.code.reverse.as_deref(), t) {
                out.push(((t, &c.tgt), (s, &c.src), r));
            }
        }
        // "summoned Y's envoy and demanded access to its citizens": the citizens are whom
        // the demand is for, not whom it is made of; the demand stays, its addressee open
        // for the passes that find one (the coordinated verb's, branch recall71)
        if own_demand && !paired {
            out.extend(fwd.map(|f| ((s, &c.src), (None, &c.tgt), f)));
        }
    }
    out
}

/// The target's actors less the source's own ("the US … through the State Department") and
/// the venues ("met in Vilnius"); `[None]` when none is left. Also: only venues or the
/// sources' own actors were left out.
fn targets<'c>(cx: &SentenceCx<'c>, c: &Coding, srcs: &[Party<'c>]) -> (Vec<Party<'c>>, bool) {
    let mut tgts = parties(cx.actors, &c.tgt);
    let fwd = c.code.forward.as_deref().unwrap_or("");
    // co-subjects of two states in a two-way act: a fallback name of one of their
    // own states ("the two agreed …, according to a Surinamese readout") is no third party.
    // Only the subject's own (or its control verb's) co-subjects: sources gathered through
    // another clause or before the verb are no pair.
    let subject_pair = ["source: nsubj;", "source: xcomp^ nsubj;"]
        .iter()
        .any(|p| c.path.starts_with(p));
    let co_states = subject_pair && reciprocal_code(fwd) && source_states(srcs) == 2;
    let own = |b: &Actor| {
        srcs.iter().any(|s| {
            s.is_some_and(|(_, a)| {
                a.code == b.code || co_states && !b.country.is_empty() && a.country == b.country
            })
        })
    };
    // "thanked our friends in Canberra": the capital names the friends, not a venue
    let relation_place = |m: u32| {
        cx.ents
            .mentions
            .get(m as usize)
            .is_some_and(|x| cx.sent.relation_place(x.span.end))
    };
    let is_venue = |m: u32| venue(cx.text, cx.ents, cx.toks, m, fwd) && !relation_place(m);
    // A venue in a source's own country ("A and B met in A's capital") is left out as a
    // venue: the act still had a place and no other party. So is an own subject's own
    // place or affair ("A and B agreed to resume talks on the airspace over A's south"):
    // no third party, the two act with each other. Subjects reached through another
    // clause may be no co-subjects at all.
    let own_subject = c.path.starts_with("source: nsubj;");
    let had_target = tgts
        .iter()
        .any(|t| t.is_some_and(|(m, b)| own_subject || co_states || !own(b) || is_venue(m)));
    tgts.retain(|t| t.is_none_or(|(_, b)| !own(b)));
    tgts.retain(|t| t.is_none_or(|(m, _)| !is_venue(m)));
    let only_venues = had_target && tgts.is_empty();
    if tgts.is_empty() {
        tgts.push(None);
    }
    (tgts, only_venues)
}

/// How many distinct states the sources belong to.
fn source_states(srcs: &[Party]) -> usize {
    distinct(srcs, |a| a.country.as_str())
}

/// Co-subjects who agree or cooperate on a third party's affairs ("A and B pledged closer
/// cooperation on Y's programmes", "agreed to seek a stronger Y presence"), or fail to agree
/// on them ("failed to reach a deal on Y's border"), act with each other, not on Y: the
/// topic is no target (two co-subjects then act on each other; more are no dyad and the
/// event goes without a target). A single subject keeps its target, and
/// so does a topic that names no state or organisation (nothing to take away).
fn topic_only(c: &Coding, srcs: &[Party], tgts: &[Party]) -> bool {
    let fwd = c.code.forward.as_deref().unwrap_or("");
    c.topic
        && srcs.iter().filter(|s| s.is_some()).count() >= 2
        && (reciprocal_code(fwd) || failed_together(c))
        && !no_state_target(tgts)
}

/// "A and B agreed / met": co-subjects of a cooperative verb without an object act on each
/// other; of any other verb ("A and B pressed…" with a misparsed object) they do not. Only
/// a pair: three or more meeting is no dyad, and every pair of them would be noise.
/// An object that names no state or organisation is no target of a signature (057) or of
/// a shared act of a reciprocal code ("A and B agreed to undertake joint drills",
/// `Coding::shared`): the two act on each other.
fn reciprocal(c: &Coding, srcs: &[Party], tgts: &[Party], only_venues: bool) -> bool {
    let fwd = c.code.forward.as_deref().unwrap_or("");
    let signed = fwd.starts_with("057");
    // A signature binds each signatory to each other one, so an agreement of three or four
    // parties is signed pairwise too ("the presidents of A, B and C signed an agreement",
    // "the four ministers signed a declaration"); longer lists (multilateral treaties)
    // name no dyad.
    let members = srcs.len() == 2
        || signed
            && (3..=MAX_SIGNATORIES).contains(&srcs.len())
            && distinct_sides(srcs) == srcs.len();
    // Givers give to a third party: "A and B provided the relief" is no A <-> B act.
    (!c.tgt.known() || only_venues || (signed || c.shared) && no_state_target(tgts))
        && !c.giving
        && members
        && (reciprocal_code(fwd) || c.joint || failed_together(c))
}

/// "the two sides agreed to set up a joint mechanism with C": a pair agreeing (03x) on a
/// shared act with a partner (`Coding::joint_partner`) agrees with each other as well as
/// with the partner; the pair's events come before those with the partner. Only two sides:
/// a longer list is no dyad. A place or an opponent of the shared act is no partner, so
/// "A and B agreed to hold joint drills near C" does not come here.
fn agreed_with_partner(c: &Coding, sides: &[Party], tgts: &[Party]) -> bool {
    let fwd = c.code.forward.as_deref().unwrap_or("");
    c.joint_partner
        && !c.giving
        && sides.len() == 2
        && distinct_sides(sides) == 2
        && crate::nlp::cameo::root(fwd) == Some(3)
        && reciprocal_code(fwd)
        && !no_state_target(tgts)
}

/// How many different sides (states, or organisations by code) the parties name.
fn distinct_sides(parties: &[Party]) -> usize {
    distinct(parties, |a| a.side())
}

/// How many different non-empty keys the parties' actors have.
fn distinct<'a>(parties: &'a [Party], key: impl Fn(&'a Actor) -> &'a str) -> usize {
    let mut keys: Vec<&str> = parties
        .iter()
        .flatten()
        .map(|(_, a)| key(a))
        .filter(|k| !k.is_empty())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys.len()
}

/// "A and B soldiers fought in A's border area", "A and B troops clashed, killing A and B
/// villagers": two co-subjects of two sides in an act of violence (CAMEO 18-20) whose every
/// target is one of their own sides fought each other. The place or the victims name the
/// sides, not a third party; pairing each subject with them gave each side an attack on
/// itself.
fn fought_each_other(fwd: Option<&str>, sides: &[Party], tgts: &[Party]) -> bool {
    let violent = fwd
        .and_then(crate::nlp::cameo::root)
        .is_some_and(|r| r >= 18);
    let own: Vec<&str> = sides.iter().flatten().map(|(_, a)| a.side()).collect();
    violent
        && sides.len() == 2
        && distinct_sides(sides) == 2
        && own.len() == 2
        && tgts
            .iter()
            .all(|t| t.is_some_and(|(_, b)| own.contains(&b.side())))
}

/// Co-subjects that name two sides with more than two actors ("A's president and his B
/// counterpart, X": A's government, B and X's B government; "the ministers of A and B, X and
/// Y") are two people: one party per side, the most specific (a government over its bare
/// state), so that a reciprocal act pairs the two sides. So are the signatories of up to
/// [`MAX_SIGNATORIES`] sides ("the four ministers" found as A, A's government, B's, C's and
/// D's): one signatory per side. Other lists are kept as they are.
fn one_per_side(srcs: Vec<Party>) -> Vec<Party> {
    let side = |p: &Party| p.map(|(_, a)| a.side().to_string());
    if srcs.len() <= 2 || srcs.iter().any(Option::is_none) {
        return srcs;
    }
    let mut sides: Vec<String> = srcs.iter().filter_map(side).collect();
    sides.sort_unstable();
    sides.dedup();
    if !(2..=MAX_SIGNATORIES).contains(&sides.len()) {
        return srcs;
    }
    let mut out: Vec<Party> = Vec::new();
    for p in srcs {
        match out.iter_mut().find(|q| side(q) == side(&p)) {
            Some(q) if specificity(&p) > specificity(q) => *q = p,
            Some(_) => {}
            None => out.push(p),
        }
    }
    out
}

/// How specific a party's code is: a sector after the country ("FREGOV") over the bare state.
fn specificity(p: &Party) -> usize {
    p.map_or(0, |(_, a)| a.code.len())
}

/// No target names a state or an organisation: the object's mentions are unresolved or
/// only a sector ("A and B signed a memorandum on military training" finds "military",
/// `---MIL`). Then co-subjects who sign (057) signed with each other: the object is the
/// document, not a party.
fn no_state_target(tgts: &[Party]) -> bool {
    tgts.iter()
        .all(|t| t.is_none_or(|(_, a)| a.code.is_empty() || a.code.starts_with("---")))
}
