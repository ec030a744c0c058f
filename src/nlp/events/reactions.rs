//! Reactions to an earlier event named by a definite noun: in "Kyiv condemned the attack"
//! the coder finds no actor in the object, yet "the attack" is the one an earlier sentence
//! reported ("Russian forces fired missiles at the port"), and its source is the target of
//! the condemnation. Only praise (051), criticism (11x) and rejection (12x) without a
//! target of their own, and acceptance (03x) of an act addressed to the one accepting ("accepted
//! the offer"); the nouns and the event roots they name are data
//! (`data/lexicon/reaction_nouns.txt`). An act with co-authors ("A and B called on C") is
//! answered to each of them. A rejection or denial of an accusation that was never coded (given
//! only as the reason for an act) answers the one side that pressed the rejecting side.
//! The gate still judges the event as any other.
use super::*;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

const LIST: &str = include_str!("../../../data/lexicon/reaction_nouns.txt");
/// How many sentences back the earlier event may lie: a reaction often comes paragraphs
/// after the report of the event, with background between them.
const WINDOW: usize = 8;

/// An event noun's referents: the CAMEO roots of the events it names, and trigger stems
/// beyond its own ("the decision" names what was decided or approved).
struct Refers {
    roots: Vec<u8>,
    stems: Vec<String>,
    /// Its `of` complement names whom the act fell on ("the detention of X"), not its
    /// author ("the decision of the court").
    patient_of: bool,
    /// The act was put to the one reacting ("rejected the request", "accepted the offer"):
    /// see [`addressed_antecedent`].
    addressed: bool,
    /// A noun that can name any act ("the decision", "the move", "the letter"): when no act
    /// of its kind was told, the act is found as [`super::any_act::antecedent`] finds it.
    any: bool,
    /// An `any` noun that names a deed someone decided ("the decision", "the move"): praise
    /// and criticism of it may answer the lead's deed ([`super::any_act`]).
    deed: bool,
    /// A court's act ("the verdict", "the ruling"): only an act whose source is a court is
    /// the one named. A sentence told with its court misread ("X summoned Y's envoy after a
    /// court in Y sentenced X's citizen", the sentencing joined to the summons as its
    /// conjunct) would otherwise make the summoning side the author of the verdict.
    court: bool,
    /// Something said ("the statement", "that account"): when no act of its kind was found,
    /// the latest verbal act of another side just before ([`super::narration::said_act`]).
    said: bool,
}

/// An event noun of `data/lexicon/reaction_nouns.txt` ("move", "attack"), shared with
/// `summed`.
pub(super) fn event_noun(word: &str) -> bool {
    nouns().contains_key(word)
}

/// A noun whose `of` complement or possessor is whom the act fell on ("the detention of X",
/// "X's release"), shared with `owned_noun`.
pub(super) fn patient_noun(word: &str) -> bool {
    nouns().get(word).is_some_and(|r| r.patient_of)
}

/// A noun for an act put to the one reacting (`addressed` in the table: "the request", "the
/// charge", "the call"), shared with `summed`.
pub(super) fn addressed_noun(word: &str) -> bool {
    nouns().get(word).is_some_and(|r| r.addressed)
}

/// Noun -> the events it refers back to.
fn nouns() -> &'static FastMap<String, Refers> {
    static N: std::sync::OnceLock<FastMap<String, Refers>> = std::sync::OnceLock::new();
    N.get_or_init(|| {
        let mut m = FastMap::default();
        for line in LIST.lines().map(str::trim) {
            let mut f = line.split_whitespace();
            let (Some(noun), Some(roots)) = (f.next(), f.next()) else {
                continue;
            };
            if noun.starts_with('#') {
                continue;
            }
            let roots = roots.split(',').filter_map(|r| r.parse().ok()).collect();
            let stems = f
                .next()
                .filter(|s| *s != "-")
                .map(|s| s.split(',').map(str::to_string).collect())
                .unwrap_or_default();
            let flags: Vec<&str> = f.next().map(|s| s.split(',').collect()).unwrap_or_default();
            let flag = flags.first().copied();
            m.insert(
                noun.to_string(),
                Refers {
                    roots,
                    stems,
                    patient_of: flag == Some("patient-of"),
                    addressed: flag == Some("addressed"),
                    any: matches!(flag, Some("any" | "deed")),
                    deed: flag == Some("deed"),
                    court: flag == Some("court"),
                    said: flags.contains(&"said"),
                },
            );
        }
        m
    })
}

/// A reaction code that takes the earlier event's source as its target: support or praise
/// (05, "welcomed the decision", "defended the ruling"), criticism (11), rejection (12).
fn reaction(code: &str) -> bool {
    matches!(crate::nlp::cameo::root(code), Some(5 | 11 | 12))
}

/// A denial (016, "deny responsibility", a statement) of an accusation named by its noun
/// ("denied the charge") rejects the accusation: coded 120 once the accuser is found.
fn denial(code: &str, noun: &str) -> bool {
    code == DENY && accusation_noun(noun)
}

/// Acceptance (03) answers only an act that was put to the accepting side: "accepted the
/// offer", "agreed to the request"; "agreed to the attack" names no such act.
fn acceptance(code: &str, noun: &str) -> bool {
    crate::nlp::cameo::root(code) == Some(3) && nouns().get(noun).is_some_and(|r| r.addressed)
}

/// Criticism or rejection (11, 12) coded for a verb of praise: the dictionary reads "hailed the
/// arrest" or "praised the strike" as disapproval of whom the act fell on (CAMEO 110), not of
/// its author, so the author is not the target. The praise verbs are the tone-positive words
/// of `data/lexicon/stance_words.tsv` ("praised", "welcomed").
pub(super) fn praise_read_as_criticism(text: &str, e: &CodedEvent) -> bool {
    static PRAISE: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let words =
        PRAISE.get_or_init(|| crate::nlp::lexicon::List::StanceWords.words("tone-positive"));
    let trigger = text
        .get(e.trigger.start..e.trigger.end)
        .unwrap_or_default()
        .to_lowercase();
    matches!(crate::nlp::cameo::root(&e.cameo), Some(11 | 12))
        && trigger.split_whitespace().any(|w| words.contains(&w))
}

/// A threat (13) that answers an earlier act: "would respond in kind to the expulsions".
fn answering_threat(code: &str) -> bool {
    crate::nlp::cameo::root(code) == Some(13)
}

/// Determiners that point back to an act already told: "the request", "this claim", and
/// "any" in a denial ("denied any involvement" answers the accusation just reported).
/// Not "that", which opens a clause ("denied that the charges …"), but see [`pointing_that`].
const BACK: [&str; 5] = ["the", "this", "these", "such", "any"];

/// "that" points back to an act told ("rejected that account", "denied that claim") only
/// when a singular event noun of the table follows it at once: before a plural or any
/// other word it opens a clause ("denied that claims of abuse were true", "denied that
/// troops had crossed").
fn pointing_that(next: &str) -> bool {
    nouns().contains_key(next) && !next.ends_with('s')
}

/// The event noun right after the trigger (or after a `cause` word: "appalled by the
/// NOUN"): "the NOUN" or "the WORD NOUN" (or another
/// determiner of [`BACK`]); or after "to" within the trigger's next three words ("respond to
/// the …", "responded angrily to the …", "respond in kind to the …"), and then it is an
/// answer (`true`).
fn object_noun(text: &str, trigger: Span) -> Option<(&str, bool)> {
    let mut words = words_after(text, trigger).peekable();
    // "was appalled by the veto": what a feeling answers follows its cause word
    words.next_if(|w| super::act_noun::cause_word(w));
    let mut answer = false;
    for _ in 0..3 {
        if words
            .peek()
            .is_some_and(|w| BACK.contains(w) || *w == "that")
            || answer
        {
            break;
        }
        answer = words.next()? == "to";
    }
    let det = words.next()?;
    let table = nouns();
    let first = words.next()?;
    if det == "that" {
        return pointing_that(first).then_some((first, answer));
    }
    if !BACK.contains(&det) {
        return None;
    }
    if table.contains_key(first) {
        return Some((first, answer));
    }
    let second = words.next().filter(|w| table.contains_key(*w))?;
    Some((second, answer))
}

/// Does an event noun of the table follow the trigger ("denied the charge")? Then the
/// reaction rule reads the act it names (`denied_claim.rs` leaves such a denial to it).
pub(super) fn reaction_noun_after(text: &str, trigger: Span) -> bool {
    object_noun(text, trigger).is_some()
}

/// Path note of an act whose dictionary pattern names only its source, set by `vp_events`:
/// the subject is the target ("X drew a protest from Y"), and a subject event noun ("the
/// arrests drew …") names the act answered ([`subject_noun`]).
pub(super) const SUBJECT_ADDRESSED: &str = "; target: the subject (the pattern names the source)";

/// How many words a sentence-initial subject noun phrase may have ("the arrests", "the
/// new arrests").
const SUBJECT_WORDS: usize = 3;

/// The event noun that opens the sentence of an act addressed to its subject ("The arrests
/// … drew a protest from Y": what Y protests is the earlier arrests, so their author is the
/// target): "the NOUN" or "the WORD NOUN" (a determiner of [`BACK`]) at the sentence start.
fn subject_noun<'t>(text: &'t str, e: &CodedEvent) -> Option<(&'t str, bool)> {
    if !e.path.contains(SUBJECT_ADDRESSED) {
        return None;
    }
    let before = text.get(..e.trigger.start)?;
    let start = before.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let mut words = before[start..]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let first = words.next()?.to_lowercase();
    if !BACK.contains(&first.as_str()) {
        return None;
    }
    let table = nouns();
    words
        .take(SUBJECT_WORDS - 1)
        .find(|w| table.contains_key(*w))
        .map(|w| (w, false))
}

/// The words of `text` after `trigger` (hyphenated words kept whole), for the reads of
/// the trigger's object that the post-passes make on the text.
pub(super) fn words_after(text: &str, trigger: Span) -> impl Iterator<Item = &str> {
    words(text.get(trigger.end..).unwrap_or_default())
}

/// The words of `s`: runs of letters, digits and hyphens.
pub(super) fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
}

/// Was the target of `e` found inside the event noun's `of` complement ("criticised the
/// exclusion of the opposition", "condemned the arrest of Y's nationals")? That party is
/// the one the act fell on; the reaction is addressed to the act's author.
fn patient_target(text: &str, e: &CodedEvent, noun: &str) -> bool {
    let patient_of = nouns().get(noun).is_some_and(|r| r.patient_of);
    // "condemned the expulsion of X by Y": the frames already took the act's author
    let author = e.path.contains("target: obj>agent");
    if !patient_of || !e.path.contains("target: obj") || author {
        return false;
    }
    let Some(rest) = text.get(e.trigger.end..) else {
        return false;
    };
    let Some(at) = rest.find(noun) else {
        return false;
    };
    let after = rest[at + noun.len()..].trim_start();
    after.starts_with("of ")
}

/// Is `e` an act "the NOUN" can name: of one of its roots or stems, and a court's when the
/// noun is (`court`).
fn refers_to(noun: &str, e: &CodedEvent, text: &str) -> bool {
    let Some(r) = nouns().get(noun) else {
        return false;
    };
    if r.court && !super::actors::court_code(&e.source.actor.code) {
        return false;
    }
    let by_root = crate::nlp::cameo::root(&e.cameo).is_some_and(|x| r.roots.contains(&x));
    let trigger = e.trigger.slice(text).to_lowercase();
    // "A and B voted against": the dissenters of a vote are not its authors; "called the
    // vote a stunt" answers the body that carried it (branch recall57)
    if trigger.starts_with("vot") && words_after(text, e.trigger).next() == Some("against") {
        return false;
    }
    let stem: String = noun.chars().take(5).collect();
    by_root || trigger.starts_with(&stem) || r.stems.iter().any(|s| trigger.starts_with(s))
}

/// Is the source of `a` coded: a placed actor, not a sector with no country ("militants",
/// `UAF` or `---UAF`)?
fn coded_source(a: &CodedEvent) -> bool {
    placed(&a.source)
}

/// A placed participant: a code with a country or an international body's code. Shared with
/// `sole_partner`.
pub(super) fn placed(p: &Participant) -> bool {
    placed_actor(&p.actor)
}

/// A code with a country or an international body's code (`placed` of a bare actor).
pub(super) fn placed_actor(a: &Actor) -> bool {
    !a.code.is_empty() && !crate::nlp::mentions::unplaced_code(&a.code)
}

/// An earlier event the gate could pass: asserted, reported, intended or threatened; not a
/// statement; not dated before the article. Shared with the article passes that look back
/// (`sole_partner`, `threat_partner`, `neighbour`, `aid_recipient`).
pub(super) fn counts(a: &CodedEvent) -> bool {
    matches!(
        a.modality,
        Modality::Asserted | Modality::Reported | Modality::Intended | Modality::Threatened
    ) && crate::nlp::cameo::root(&a.cameo).is_some_and(|r| r != 1)
        && crate::nlp::frames::dated_in_path(&a.path).is_none()
}

/// The earlier event "the NOUN" of reaction `e` names. The article's first act of the kind
/// is the one a definite noun takes up, however far back (the lead reports the story's act;
/// later ones are its sequels: return fire, a second strike); when its author is unknown
/// there is no target, rather than the author of a sequel. When the first is the reacting
/// side's own act, the latest act of another side is taken ("X struck; Y hit back; X
/// condemned the attack").
fn antecedent<'a>(
    earlier: &'a [CodedEvent],
    e: &CodedEvent,
    noun: &str,
    text: &str,
    lower: &Lowered,
) -> Option<&'a CodedEvent> {
    if nouns().get(noun).is_some_and(|r| r.addressed) {
        return addressed_antecedent(earlier, e, noun, text);
    }
    // "the statement" is what was said last, not the article's first act of a stem
    if nouns().get(noun).is_some_and(|r| r.said) {
        return None;
    }
    let named_at = e
        .trigger
        .start
        .min(first_definite_mention(text, lower, noun));
    let mut kind = earlier
        .iter()
        .filter(|a| a.trigger.end <= named_at && refers_to(noun, a, text));
    let Some(first) = kind.next() else {
        let refers = nouns().get(noun);
        let any = refers.is_some_and(|r| r.any) && definite(text, e, noun);
        let deed = refers.is_some_and(|r| r.deed);
        let aimed = |a: &CodedEvent| {
            told_before_by_other_side(a, e) && counts(a) && aimed_at_reactor(a, e) == Some(true)
        };
        if any && deed {
            if let Some(a) = super::any_act::lead_deed(text, earlier, e, counts, coded_source) {
                return Some(a);
            }
        }
        return any
            .then(|| super::any_act::antecedent(text, earlier, e, aimed))
            .flatten();
    };
    if !coded_source(first) {
        return None;
    }
    if first.source.actor.side() != e.source.actor.side() {
        return Some(first);
    }
    earlier
        .iter()
        .rev()
        .find(|a| told_before_by_other_side(a, e) && refers_to(noun, a, text))
}

/// Where the article first names "the NOUN" ("this NOUN"): the act the noun takes up was
/// told before that, not after ("Y said it understood the decision and had ordered raids":
/// the order is no decision the later reactions answer). `usize::MAX` when never. `lower`
/// holds the text lowercased, made once per article (not once per reaction).
fn first_definite_mention(text: &str, lower: &Lowered, noun: &str) -> usize {
    if let Some(&at) = lower.first.borrow().get(noun) {
        return at;
    }
    let at = search_definite(text, &lower.text, noun);
    lower.first.borrow_mut().insert(noun.to_string(), at);
    at
}

/// The text lowercased, made once per article, and the answers of
/// [`first_definite_mention`] by noun: the same nouns recur in an article's reactions, and
/// each search reads the whole text.
#[derive(Default)]
struct Lowered {
    text: OnceCell<String>,
    first: RefCell<HashMap<String, usize>>,
}

fn search_definite(text: &str, lower: &OnceCell<String>, noun: &str) -> usize {
    let lower = lower.get_or_init(|| text.to_lowercase());
    if lower.len() != text.len() {
        return usize::MAX;
    }
    ["the ", "this "]
        .iter()
        .filter_map(|det| {
            let phrase = format!("{det}{noun}");
            lower.match_indices(&phrase).map(|(i, _)| i).find(|&i| {
                let before = lower[..i].chars().next_back();
                let after = lower[i + phrase.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
        .min()
        .unwrap_or(usize::MAX)
}

/// The noun after the trigger of `e` is definite ("the move", "this decision"), not "any
/// step", which names no act already told.
fn definite(text: &str, e: &CodedEvent, noun: &str) -> bool {
    !words_after(text, e.trigger)
        .take_while(|w| *w != noun)
        .any(|w| w == "any")
}

/// Where `a` was aimed relative to the reacting `e`: at `e`'s side (`Some(true)`), at no placed
/// actor ("offered to mediate": `None`), or elsewhere (`Some(false)`).
pub(super) fn aimed_at_reactor(a: &CodedEvent, e: &CodedEvent) -> Option<bool> {
    match &a.target {
        Some(t) if !crate::nlp::mentions::unplaced_code(&t.actor.code) => {
            Some(t.actor.side() == e.source.actor.side())
        }
        _ => None,
    }
}

/// The act a noun of the `addressed` kind names: a request, complaint or offer is answered by
/// the one it was put to, and usually soon, so the latest act of the kind within the window
/// by another side and aimed at the reacting side, not the article's first ("X urged
/// restraint; Y called on Z to withdraw; Z rejected the request": Y's). Only when none was
/// aimed at it, the latest aimed at no one named ("Y offered to mediate").
fn addressed_antecedent<'a>(
    earlier: &'a [CodedEvent],
    e: &CodedEvent,
    noun: &str,
    text: &str,
) -> Option<&'a CodedEvent> {
    let candidates = || {
        earlier
            .iter()
            .rev()
            .filter(|a| told_before_by_other_side(a, e) && refers_to(noun, a, text))
    };
    candidates()
        .find(|a| aimed_at_reactor(a, e) == Some(true))
        .or_else(|| candidates().find(|a| aimed_at_reactor(a, e).is_none()))
}

/// Does the noun name an accusation ("the accusations", "the charge", "any involvement")?
pub(super) fn accusation_noun(noun: &str) -> bool {
    nouns().get(noun).is_some_and(|r| r.roots.contains(&11))
}

/// A hostile or demanding act (demand 10 to force 20, or an appeal 02): what an accuser
/// does to the accused besides accusing ("expelled X's diplomats, saying they had …").
/// Not an invitation to meet (026): it presses no one ("invited X's officials to visit").
fn pressing(code: &str) -> bool {
    matches!(crate::nlp::cameo::root(code), Some(2 | 10..=20)) && !code.starts_with("026")
}

/// The accuser when the accusation itself was not coded: news reports an accusation as the
/// reason given for an act ("ordered X's diplomats to leave, saying they had …", "called on
/// X, which they accuse of …", "police said they had evidence …"), and the coder keeps the
/// act but not the reason. A rejection or denial of "the accusations" then answers the side
/// that pressed the reacting side in the window, provided that side is the only one that
/// did (co-authors of one act count as one); otherwise no target.
fn uncoded_accuser<'a>(
    earlier: &'a [CodedEvent],
    e: &CodedEvent,
    noun: &str,
) -> Option<&'a CodedEvent> {
    let rejects = matches!(crate::nlp::cameo::root(&e.cameo), Some(12)) || e.cameo == DENY;
    if !rejects || !accusation_noun(noun) || earlier.iter().any(|a| accusation_near(a, e)) {
        return None;
    }
    let mut pressed = earlier.iter().filter(|a| {
        told_before_by_other_side(a, e)
            && aimed_at_reactor(a, e) == Some(true)
            && pressing(&a.cameo)
    });
    let first = pressed.next()?;
    let unique = pressed.all(|b| b.trigger == first.trigger || same_side(b, first));
    unique.then_some(first)
}

fn same_side(a: &CodedEvent, b: &CodedEvent) -> bool {
    a.source.actor.side() == b.source.actor.side()
}

/// A coded accusation (11) in the window before `e`: then the noun's own antecedent search
/// has spoken, and an unresolved one stays unresolved.
fn accusation_near(a: &CodedEvent, e: &CodedEvent) -> bool {
    told_before(a, e) && crate::nlp::cameo::root(&a.cameo) == Some(11)
}

/// `a` was told before the reaction `e`, within the window a reaction looks back over.
pub(super) fn told_before(a: &CodedEvent, e: &CodedEvent) -> bool {
    a.sentence + WINDOW >= e.sentence && a.trigger.end <= e.trigger.start
}

/// `a` was told before `e` within the window, by a coded side other than `e`'s: an act `e`
/// can answer.
fn told_before_by_other_side(a: &CodedEvent, e: &CodedEvent) -> bool {
    told_before(a, e) && coded_source(a) && a.source.actor.side() != e.source.actor.side()
}

/// The authors of the act `a` with its co-authors: the events coded from the same trigger
/// ("Cambodia and Vietnam called on Laos" is two), each of a side other than the reacting
/// `e`'s, once per actor, in text order. Shared with `summed`.
pub(super) fn co_authors(
    earlier: &[CodedEvent],
    a: &CodedEvent,
    e: &CodedEvent,
) -> Vec<Participant> {
    let mut out: Vec<Participant> = Vec::new();
    for b in same_act(earlier, a) {
        let other = b.source.actor.side() != e.source.actor.side();
        let seen = out.iter().any(|p| p.actor.code == b.source.actor.code);
        if coded_source(b) && other && !seen {
            out.push(b.source.clone());
        }
    }
    out
}

/// The events of `earlier` coded from the trigger and code of `a`: the act with its
/// co-authors.
fn same_act<'a>(
    earlier: &'a [CodedEvent],
    a: &'a CodedEvent,
) -> impl Iterator<Item = &'a CodedEvent> + 'a {
    earlier
        .iter()
        .filter(move |b| b.trigger == a.trigger && b.cameo == a.cameo)
}

/// The act a noun for something said names ([`super::narration::said_act`]), unless its
/// phrase names its own party ("the Kuwaiti account": the owner's, `owned_noun`); a group
/// adjective ("the European statement") names a joint act of several other sides
/// ([`super::narration::joint_said_act`]).
fn said_act<'a>(
    text: &str,
    earlier: &'a [CodedEvent],
    e: &CodedEvent,
    noun: &str,
) -> Option<&'a CodedEvent> {
    if !nouns().get(noun).is_some_and(|r| r.said) {
        return None;
    }
    let capitals: Vec<&str> = words_after(text, e.trigger)
        .take_while(|w| *w != noun)
        .filter(|w| w.starts_with(char::is_uppercase))
        .collect();
    let told = |a: &CodedEvent| told_before(a, e);
    if capitals.is_empty() {
        return super::narration::said_act(earlier, e, told, placed);
    }
    if !super::narration::group_adjectives(&capitals) {
        return None;
    }
    super::narration::joint_said_act(earlier, e, told, |a| {
        same_act(earlier, a).filter(|b| coded_source(b)).collect()
    })
}

/// Gives `out[i]` the first of `targets` (with `note` on its path) and a copy of it for each
/// of the others, inserted right after it; returns how many copies were inserted. Shared by
/// the passes that answer every co-author or co-target of one act.
pub(super) fn fan_out(
    out: &mut Vec<CodedEvent>,
    i: usize,
    targets: Vec<Participant>,
    note: &str,
) -> usize {
    let extra = targets.len().saturating_sub(1);
    for (k, t) in targets.into_iter().enumerate() {
        if k == 0 {
            out[i].path.push_str(note);
            out[i].target = Some(t);
        } else {
            let mut copy = out[i].clone();
            copy.target = Some(t);
            out.insert(i + k, copy);
        }
    }
    extra
}

/// Fills the target of each reaction to "the NOUN" from the earlier event the noun refers
/// to ([`antecedent`]), when that event's source is known and of another side.
pub(super) fn resolve_reactions(text: &str, out: &mut Vec<CodedEvent>) {
    let lower = Lowered::default();
    let mut i = 0;
    while i < out.len() {
        let authors = reaction_targets(text, &lower, out, i);
        let extra = authors.len().saturating_sub(1);
        for (k, author) in authors.into_iter().enumerate().skip(1) {
            let mut copy = out[i].clone();
            copy.target = Some(author);
            out.insert(i + k, copy);
        }
        i += 1 + extra;
    }
}

/// Sets the target of `out[i]` if it is a reaction to "the NOUN" ([`antecedent`]); returns
/// every author the reaction answers (the target set first), empty when nothing changed.
fn reaction_targets(
    text: &str,
    lower: &Lowered,
    out: &mut [CodedEvent],
    i: usize,
) -> Vec<Participant> {
    let e = &out[i];
    if e.source.actor.code.is_empty() {
        return Vec::new();
    }
    let Some((noun, answer)) = object_noun(text, e.trigger).or_else(|| subject_noun(text, e))
    else {
        return family_targets(text, out, i);
    };
    let reacts = reaction(&e.cameo) || acceptance(&e.cameo, noun) || denial(&e.cameo, noun);
    if !(reacts || answer && answering_threat(&e.cameo)) || praise_read_as_criticism(text, e) {
        return Vec::new();
    }
    let unresolved = e.target.as_ref().is_none_or(|t| t.actor.code.is_empty());
    let patient = !unresolved && patient_target(text, e, noun);
    // A target of no state ("rejected the criticism as interference in the work of an
    // independent court": `---JUD`) is no party the reaction answers; the noun's act is.
    let stateless = e.target.as_ref().is_some_and(|t| !placed(t));
    if !unresolved && !patient && !stateless {
        return Vec::new();
    }
    let authors = antecedent(&out[..i], e, noun, text, lower)
        .or_else(|| uncoded_accuser(&out[..i], e, noun))
        .or_else(|| said_act(text, &out[..i], e, noun))
        .map(|a| co_authors(&out[..i], a, e))
        .or_else(|| {
            let told = |a: &CodedEvent| told_before(a, e);
            super::blamed_for::blamed_party(text, &out[..i], e, noun, told, placed).map(|p| vec![p])
        })
        .unwrap_or_default();
    let e = &mut out[i];
    if let Some(first) = authors.first() {
        e.path
            .push_str(&format!("; target: source of the earlier '{noun}'"));
        e.target = Some(first.clone());
        if e.cameo == DENY {
            e.path.push_str("; a denial of the accusation: rejection");
            e.cameo = REJECT.to_string();
        }
    } else if patient {
        e.path.push_str(&format!(
            "; target: the one the '{noun}' fell on, not its author"
        ));
        e.target = None;
    }
    authors
}

/// "Sylvania welcomed the ratification": praise, criticism or rejection of an act named by
/// a noun no row of the table lists, found by the noun's word family
/// ([`super::act_noun::family_act`]); the act's author and co-authors are the targets.
fn family_targets(text: &str, out: &mut [CodedEvent], i: usize) -> Vec<Participant> {
    let e = &out[i];
    let open = e.target.as_ref().is_none_or(|t| !placed(t));
    if !open || !reaction(&e.cameo) || !placed(&e.source) || praise_read_as_criticism(text, e) {
        return Vec::new();
    }
    let Some(noun) = super::act_noun::family_noun(text, e.trigger) else {
        return Vec::new();
    };
    // however far back, as the table's nouns take up the article's first act of their kind
    let told = |a: &CodedEvent| a.trigger.end <= e.trigger.start && counts(a);
    let authors = super::act_noun::family_act(text, &out[..i], e, &noun, told, coded_source)
        .map(|a| co_authors(&out[..i], a, e))
        .unwrap_or_default();
    if let Some(first) = authors.first() {
        let e = &mut out[i];
        e.path.push_str(&format!(
            "; target: author of the earlier act the '{noun}' names"
        ));
        e.target = Some(first.clone());
    }
    authors
}
