//! A charge rejected by describing it: "X described the accusations as baseless", "called
//! the allegations a fabrication", "termed the claims politically motivated". The dictionary
//! codes the verb a comment (01x), yet describing a charge as untrue is denying it, and the
//! news guideline codes such an answer as the denial of a named charge is coded: a rejection
//! (120) of the accuser; so is a statement that the charge is untrue ("said the claims were
//! baseless"). The comment becomes a denial (016) before the reaction rule runs, so
//! the accuser is found by the same rules as for "denied the charge", and with no accuser
//! it stays a statement. The words that dismiss a charge are data (`dismissive` in
//! `data/lexicon/frames.txt`); "described the talks as useful" is no denial.
use super::reactions::{placed, words};
use super::unanswered::DETERMINERS;
use super::*;

/// CAMEO root of comments and statements ("described", "termed").
const COMMENT: u8 = 1;
/// Words the charge noun's own modifiers and complements may take before "as" ("the
/// accusations by Y that it had armed the rebels as baseless").
const GAP: usize = 12;
/// Words that may stand between "as" and the dismissive word ("as a lie", "as utterly
/// baseless", "as pure fabrication"). Closed class and intensifiers, not a lexicon choice.
const FILLER: [&str; 6] = ["a", "an", "pure", "utter", "complete", "total"];
/// The finite copula of a content clause that judges the charge ("the claims were baseless").
/// Closed class, not a lexicon choice.
const COPULA: [&str; 4] = ["is", "are", "was", "were"];
/// How many words after "as" may hold the dismissive one: a noun may take one modifier ("as
/// a crude fabrication"). Straight after the noun only the first counts ("the claims
/// groundless"), as a later word may open a clause of the charge itself.
const AS_WORDS: usize = 2;

/// Recodes each comment on a charge that calls it untrue as a denial (016).
pub(super) fn described_charges(text: &str, lex: &FrameLexicon, out: &mut [CodedEvent]) {
    for e in out.iter_mut() {
        if crate::nlp::cameo::root(&e.cameo) != Some(COMMENT) || e.cameo == DENY {
            continue;
        }
        if !dismissed_charge(text, e.trigger, lex) {
            continue;
        }
        e.cameo = DENY.to_string();
        e.path
            .push_str("; a charge described as untrue: a denial (016)");
    }
}

/// A denial whose charge noun names its accuser, as the noun itself (the coreference of
/// "the accusations" with whoever made them) or in its "by" / "from" phrase ("the charges
/// by Y"): the rejection of that accuser (120), as the reaction rule codes a denial whose
/// accuser it found. Runs after the reaction rule, which leaves a targeted denial alone.
pub(super) fn targeted_denials(text: &str, lex: &FrameLexicon, out: &mut [CodedEvent]) {
    for e in out.iter_mut() {
        let Some(target) = e.target.as_ref() else {
            continue;
        };
        let other_side = target.actor.side() != e.source.actor.side();
        let answers = placed(target) && placed(&e.source) && other_side;
        if e.cameo != DENY || !answers {
            continue;
        }
        let rest = sentence_after(text, e.trigger).to_lowercase();
        let mut next = words(&rest).map(str::to_string);
        if charge_noun_at(&mut next, lex) && names_accuser(&rest, &target.text, lex) {
            e.cameo = REJECT.to_string();
            e.path
                .push_str("; a denial of a charge told with its accuser: rejection");
        }
    }
}

/// Is the target's mention the charge noun itself, or the object of "by" / "from" in the
/// rest of the sentence `rest` (lower case)?
fn names_accuser(rest: &str, target: &str, lex: &FrameLexicon) -> bool {
    let target = target.to_lowercase();
    if target.split_whitespace().any(|w| lex.is_charge_noun(w)) {
        return true;
    }
    let Some(at) = rest.find(&target).filter(|_| !target.is_empty()) else {
        return false;
    };
    let before = rest[..at].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    before.ends_with(" by") || before.ends_with(" from")
}

/// The text of the trigger's sentence after the trigger.
fn sentence_after(text: &str, trigger: Span) -> &str {
    let rest = text.get(trigger.end..).unwrap_or_default();
    let end = rest.find(['.', ';', '!', '?', '\n']).unwrap_or(rest.len());
    &rest[..end]
}

/// Is the trigger's object a charge noun followed by a dismissive word, after "as" ("the
/// accusations as baseless") or straight after the noun ("the claims groundless")? Read in
/// the trigger's sentence only.
fn dismissed_charge(text: &str, trigger: Span, lex: &FrameLexicon) -> bool {
    let mut next = words(sentence_after(text, trigger)).map(str::to_lowercase);
    if !charge_noun_at(&mut next, lex) {
        return false;
    }
    let after: Vec<String> = next.take(GAP + FILLER.len()).collect();
    if dismissive_at(&after, 1, lex) {
        return true;
    }
    // "said the allegations were propaganda": the charge judged by a copula straight after it
    if after.first().is_some_and(|w| COPULA.contains(&w.as_str())) {
        return dismissive_at(&after[1..], AS_WORDS, lex);
    }
    after
        .iter()
        .take(GAP)
        .position(|w| w == "as")
        .is_some_and(|i| dismissive_at(&after[i + 1..], AS_WORDS, lex))
}

/// Do the next words open with a charge noun, after at most one determiner and one
/// modifier ("the accusations", "the latest allegations", "claims")? Consumes them.
fn charge_noun_at(words: &mut impl Iterator<Item = String>, lex: &FrameLexicon) -> bool {
    let mut seen = 0;
    for w in words.by_ref().take(3) {
        if lex.is_charge_noun(&w) {
            return true;
        }
        if seen == 0 && DETERMINERS.contains(&w.as_str()) {
            seen = 1;
            continue;
        }
        if seen == 2 {
            return false;
        }
        seen = 2;
    }
    false
}

/// Is one of the first `n` words, past fillers and adverbs in "-ly" ("politically",
/// "utterly"), a dismissive word ("baseless", "a crude fabrication")?
fn dismissive_at(words: &[String], n: usize, lex: &FrameLexicon) -> bool {
    words
        .iter()
        .filter(|w| !FILLER.contains(&w.as_str()) && !w.ends_with("ly"))
        .take(n)
        .any(|w| lex.is_dismissive(w))
}
