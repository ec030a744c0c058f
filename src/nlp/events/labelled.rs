//! An act labelled a wrong ("called the raids a violation", "described the embargo as a
//! threat": `frames/labelled.rs`) is a criticism of its author, CAMEO 111; a claim so labelled
//! ("called the accusations absurd") is rejected, 120, as the verb dictionary's DM_CALL codes
//! "called the accusations unfounded". The dictionaries give "call" no code for it and
//! "describe" a statement (010); a verb they already code as more than a statement or an
//! appeal ("denounced … as", 111; "rejected … as", 12x) keeps its code. Only an asserted, finite
//! labelling: not negated, not an infinitive ("refused to call it a violation"), not an
//! announcement, not a participle modifying a noun.
use super::context::SentenceCx;
use super::patterns::VpCode;
use super::*;

/// Criticise or denounce.
const CRITICISE: &str = "111";

/// A plain statement.
const STATEMENT: &str = "010";

/// The code of phrase `vp` whose frame labels its object a wrong, given what the
/// dictionaries coded (`coded`).
pub(super) fn labelled_code(
    cx: &SentenceCx,
    frame: &frames::Frame,
    vp: &Vp,
    coded: Option<VpCode>,
) -> Option<VpCode> {
    // An appeal read from "call" ("called Y's envoy to Z a liar" matches "call * + (TO)")
    // yields to the label as a statement does: an appeal labels nothing.
    // So does a cooperative act (03–09) a pattern read from the object's word ("called the
    // election illegitimate" matches "call * ELECTION", 0831): the verb labels, it does not act.
    let statement = coded.as_ref().is_none_or(|c| {
        matches!(
            c.code.forward.as_deref().and_then(crate::nlp::cameo::root),
            Some(1..=9)
        )
    });
    if frame.commented_act {
        return coded.map(commented);
    }
    if frame.judged_object {
        return coded.map(judged);
    }
    let finite = !(vp.negated || vp.infinitive || vp.intended || vp.future || vp.modifier);
    let Some(act) = frame
        .labelled_act
        .filter(|_| finite && vp.control.is_none())
    else {
        return coded;
    };
    let noun = cx.words.get(act).map(|w| w.form.to_lowercase());
    let claim = noun.is_some_and(|n| super::reactions::accusation_noun(&n));
    if claim && wrong_label_code(coded.as_ref()) {
        return Some(VpCode::asserted(REJECT));
    }
    if !statement {
        return coded;
    }
    Some(VpCode::asserted(if claim { REJECT } else { CRITICISE }))
}

/// "called the accusations a provocation": the label's own word coded the naming verb an
/// accusation (112, "call * {A PROVOCATION}"), which is right for an act so named; a charge
/// so named is answered, not made, and is rejected as "called the accusations absurd" is.
/// Only a pattern's code (the label's word): a verb that criticises by itself ("denounced the
/// claims as …", its default code) keeps it.
fn wrong_label_code(coded: Option<&VpCode>) -> bool {
    coded.is_some_and(|c| {
        c.specificity > 0 && c.code.forward.as_deref().and_then(crate::nlp::cameo::root) == Some(11)
    })
}

/// A statement whose content judges an act it names ("said the release was a gesture",
/// `frames::Frame::commented_act`): a pattern word of the content ("say * RELEASE") named
/// an act told before, not a new one, so the statement is only a statement. The verb's own
/// code (no pattern word: "warned", "praised") stays.
fn commented(coded: VpCode) -> VpCode {
    if coded.specificity == 0 {
        return coded;
    }
    VpCode {
        modality: coded.modality,
        ..VpCode::asserted(STATEMENT)
    }
}

/// A naming verb's object judged by a label that charges no wrong ("called the election
/// competitive", `frames::Frame::judged_object`): a pattern the label's own word codes as a
/// comment, a disapproval or a rejection ("call * UNTRUE", 126) stays; any other pattern
/// read the object's word as an act done ("call * ELECTION", 0831) and yields to a statement.
fn judged(coded: VpCode) -> VpCode {
    let root = coded
        .code
        .forward
        .as_deref()
        .and_then(crate::nlp::cameo::root);
    if matches!(root, Some(1) | Some(11) | Some(12)) {
        return coded;
    }
    commented(coded)
}
