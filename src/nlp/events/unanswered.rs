//! A rejection of a charge that answers no one ("X rejected accusations that it had armed
//! the rebels", "rejected any allegations of abuse"): the dictionary codes rejecting an
//! accusation 120 because it answers the accuser (the news guideline), and the reaction rule
//! and the other article passes look for that accuser. When none of them found one, the
//! rejection is addressed to nobody the text names: what remains is the speaker denying a
//! wrong, CAMEO's "deny responsibility" (016), a statement. The gate dropped the untargeted
//! rejection already; as a denial it is dropped the same way from the events and goes to the
//! statements output, so no event changes. Runs after every pass that may give a target.
use super::reactions::{placed, words_after};
use super::*;

/// Words that may stand between the verb and the charge noun: "rejected the / any / an
/// allegation", "described these claims". Closed-class determiners, not a lexicon choice.
pub(super) const DETERMINERS: [&str; 10] = [
    "the", "any", "all", "an", "a", "these", "those", "such", "this", "that",
];

/// Recodes each rejection of a charge noun left without a placed target as a denial.
pub(super) fn deny_unanswered(text: &str, lex: &FrameLexicon, out: &mut [CodedEvent]) {
    for e in out.iter_mut() {
        let untargeted = e.target.as_ref().is_none_or(|t| !placed(t));
        if crate::nlp::cameo::root(&e.cameo) != Some(REJECTION) || !untargeted {
            continue;
        }
        if !charge_after(text, e.trigger, lex) {
            continue;
        }
        e.cameo = DENY.to_string();
        e.path
            .push_str("; a rejected charge with no accuser found: a denial (016)");
    }
}

/// Is the trigger's object a charge noun ("accusations", "the allegation")?
fn charge_after(text: &str, trigger: Span, lex: &FrameLexicon) -> bool {
    let mut words = words_after(text, trigger).map(str::to_lowercase);
    let Some(first) = words.next() else {
        return false;
    };
    let noun = if DETERMINERS.contains(&first.as_str()) {
        words.next().unwrap_or_default()
    } else {
        first
    };
    lex.is_charge_noun(&noun)
}
