//! An announced response: "Moscow would respond to the expulsion", "we will respond if …".
//! News reports a state's announced response to another party's act as a threat of
//! unstated means (CAMEO 130), as the dictionary already codes "would respond in kind". The
//! dictionaries give a bare "respond" no code, rightly for a past "responded to the letter";
//! so only the future ("will / would respond"), not negated, and not a response to a message
//! ("would respond to the request / to questions", the `message` list) is coded here. The
//! target is the frame's, the party of the condition (frames/warned.rs does the same for a
//! warning), or the author of the earlier act it answers ("to the expulsion", reactions.rs).
//! One more announced response no dictionary pattern names (branch recall44): a future
//! "take measures" is a threat (130) only when the measures answer someone, retaliatory by
//! their word ("mirror measures") or "against" a party. "will take measures to improve
//! roads" answers no one and stays out.
//! A future "take measures" under its own condition whose party the frame found ("will take
//! the necessary measures if Y …", branch threats5) answers that party too.
//! A third (branch threats3): an announced review of the source's ties ("would review all
//! cooperation with Y", "will reassess its aid to Y"), the lever a state holds over a
//! partner, is a threat (130) as the gold codes it; the dictionaries give "review" no code,
//! rightly for a past "reviewed bilateral cooperation" (a meeting's agenda) and for the
//! review of a request or a case, which are no ties (`review_verb`, `tie`).
//! A fourth (branch detained2): a case that may yet be taken to a forum ("would take the
//! case to the OAS if the farmers were not freed", "could take the dispute to the court")
//! threatens the other party (130), as the gold codes it; a past "took the case to" is not.
//! Lists: `data/lexicon/responses.txt`.
use super::context::SentenceCx;
use super::patterns::VpCode;
use super::*;

const LISTS: &str = include_str!("../../../data/lexicon/responses.txt");

struct Lists {
    verb: Vec<String>,
    message: Vec<String>,
    measure_verb: Vec<String>,
    measure: Vec<String>,
    referral: Vec<String>,
    forum_case: Vec<String>,
    reply: Vec<String>,
    review_verb: Vec<String>,
    tie: Vec<String>,
}

fn lists() -> Option<&'static Lists> {
    static L: std::sync::OnceLock<Option<Lists>> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        Some(Lists {
            verb: crate::nlp::lexicon::cue_line(LISTS, "verb")?,
            message: crate::nlp::lexicon::cue_line(LISTS, "message")?,
            measure_verb: crate::nlp::lexicon::cue_line(LISTS, "measure_verb")?,
            measure: crate::nlp::lexicon::cue_line(LISTS, "measure")?,
            referral: crate::nlp::lexicon::cue_line(LISTS, "referral")?,
            forum_case: crate::nlp::lexicon::cue_line(LISTS, "forum_case")?,
            reply: crate::nlp::lexicon::cue_line(LISTS, "reply")?,
            review_verb: crate::nlp::lexicon::cue_line(LISTS, "review_verb")?,
            tie: crate::nlp::lexicon::cue_line(LISTS, "tie")?,
        })
    })
    .as_ref()
}

/// Is the trigger of `e` a verb of response ("respond", "reacted"; the `verb` list)?
/// `own_side::release_holders` takes only such threats as answers to a detention.
/// A case taken to a forum ("would take the case to the OAS if the farmers were not freed",
/// the `measure_verb` list: "take") answers the holder as well.
pub(super) fn response_trigger(text: &str, e: &CodedEvent) -> bool {
    let trigger = e.trigger.slice(text).to_lowercase();
    let first = trigger.split_whitespace().next().unwrap_or_default();
    lists().is_some_and(|l| {
        let mut verbs = l.verb.iter().chain(&l.measure_verb);
        verbs.any(|v| first.starts_with(v.as_str()))
    })
}

/// The code of an announced response at predicate word `p` of the phrase `vp`, when the
/// dictionary coded none. `conditioned`: the frame found the party the response's own
/// condition asks to act (`frames/conditioned_response.rs`: "will take the necessary
/// measures if Y …"), which the measures answer as an "against" phrase would.
pub(super) fn announced_response(
    cx: &SentenceCx,
    vp: &Vp,
    p: usize,
    conditioned: bool,
) -> Option<VpCode> {
    let l = lists()?;
    let lemma = cx.words.get(p)?.lemma.to_lowercase();
    if vp.negated || vp.control.is_some() {
        return None;
    }
    // a case taken to a forum threatens when it may yet be taken ("could take the dispute to")
    let referring = (vp.future || vp.possible)
        && l.measure_verb.contains(&lemma)
        && referred_case(cx.words, l, p);
    if referring {
        return Some(VpCode::asserted("130"));
    }
    if !vp.future {
        return None;
    }
    let responds = l.verb.contains(&lemma) && !answers_message(cx.words, p, &l.message);
    let answering = l.measure_verb.contains(&lemma)
        && (answering_measures(cx.words, l, p) || conditioned && taken_measures(cx.words, l, p));
    let reviewing = l.review_verb.contains(&lemma) && reviewed_ties(cx.words, l, p);
    (responds || answering || reviewing).then(|| VpCode::asserted("130"))
}

/// Is the object of the review at `p` a tie, itself or along its `nmod`s ("all
/// cooperation", "all areas of cooperation", "all aspects of its relations with Y")?
fn reviewed_ties(words: &[syntax::Word], l: &Lists, p: usize) -> bool {
    let mut head = dependent(words, p, "obj", &[]);
    for _ in 0..3 {
        let Some(o) = head else {
            return false;
        };
        let lemma = words[o].lemma.to_lowercase();
        let singular = lemma.strip_suffix('s').unwrap_or(&lemma);
        if l.tie.iter().any(|t| t == &lemma || t == singular) {
            return true;
        }
        head = dependent(words, o, "nmod", &[]);
    }
    false
}

/// "take mirror measures", "take steps against Y": measures that answer a party, by their
/// own word or an "against" phrase. (A bare "take measures if Y …" finds no target: the
/// condition's party is read for answering verbs only, `frames/warned.rs`.)
fn answering_measures(words: &[syntax::Word], l: &Lists, p: usize) -> bool {
    let Some(o) = dependent(words, p, "obj", &l.measure) else {
        return false;
    };
    dependent(words, o, "amod", &l.reply).is_some()
        || dependent(words, o, "compound", &l.reply).is_some()
        || dependent(words, o, "nmod", &[])
            .or_else(|| dependent(words, p, "obl", &[]))
            .is_some_and(|n| dependent(words, n, "case", &["against".into()]).is_some())
}

/// "take the case / the matter to the OAS": the object is a case, with a "to" or "before"
/// phrase under the verb or the object naming where it goes.
fn referred_case(words: &[syntax::Word], l: &Lists, p: usize) -> bool {
    let Some(o) = dependent(words, p, "obj", &l.referral) else {
        return false;
    };
    // a forum with a possessor ("to Mercosur's tribunal") is coded too (threats6): the frame
    // does not take an organisation that owns the forum for the party threatened
    let forum = |n: usize| dependent(words, n, "case", &l.forum_case).is_some();
    let to_forum = |h: usize, rel: &str| {
        words
            .iter()
            .enumerate()
            .any(|(n, w)| w.head as usize == h + 1 && w.deprel.starts_with(rel) && forum(n))
    };
    to_forum(p, "obl") || to_forum(o, "nmod")
}

/// "take (the necessary) measures": the object is a measure.
fn taken_measures(words: &[syntax::Word], l: &Lists, p: usize) -> bool {
    dependent(words, p, "obj", &l.measure).is_some()
}

/// The first dependent of word `h` (0-based) whose relation starts with `rel` and, when
/// `lemmas` is not empty, whose lemma (or its singular) is one of them.
fn dependent(words: &[syntax::Word], h: usize, rel: &str, lemmas: &[String]) -> Option<usize> {
    words.iter().position(|w| {
        let lemma = w.lemma.to_lowercase();
        let singular = lemma.strip_suffix('s').unwrap_or(&lemma);
        w.head as usize == h + 1
            && w.deprel.starts_with(rel)
            && (lemmas.is_empty() || lemmas.iter().any(|m| m == &lemma || m == singular))
    })
}

/// Does the response at `p` answer a message ("respond to the request / to questions")?
fn answers_message(words: &[syntax::Word], p: usize, message: &[String]) -> bool {
    dependent(words, p, "obl", message).is_some()
}
