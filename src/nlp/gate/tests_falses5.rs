//! A domestic voice's verdict on its own state's dealings (branch falses5): coded events
//! built by hand on invented sentences, judged together as one article.
use super::tests::{article, event, judge_all};
use super::{CodedEvent, DropReason};

const TEXT: &str = "Ruritania and Freedonia signed a fisheries agreement on Monday. \
                    The Ruritanian opposition criticised the deal.";

/// The lead's signing and the reaction, with the path the coder writes when the target came
/// from the story ("target: none" in the clause, then the story's note).
fn story(signer: &str, voice: &str, target: &str, code: &str, path: &str) -> Vec<CodedEvent> {
    let ents = article(TEXT, &[]);
    let signing = event(TEXT, &ents, "signed", signer, "FREGOV", "057");
    let mut verdict = event(TEXT, &ents, "criticised", voice, target, code);
    verdict.path = path.into();
    vec![signing, verdict]
}

const FROM_STORY: &str =
    "source: nsubj; target: none; clause: main; target: source of the earlier 'deal'";

fn reason(events: Vec<CodedEvent>) -> Option<DropReason> {
    let ents = article(TEXT, &[]);
    judge_all(TEXT, &ents, events)[1].reason()
}

#[test]
fn an_opposition_criticising_its_own_states_deal_does_not_attack_the_partner() {
    for voice in ["RUROPP", "RURLEG", "RURPTY", "RURLAB"] {
        let evs = story("RURGOV", voice, "FREGOV", "111", FROM_STORY);
        assert_eq!(reason(evs), Some(DropReason::TargetUnresolved), "{voice}");
    }
    // praise of the deal alike
    let evs = story("RUR", "RUROPP", "FREGOV", "051", FROM_STORY);
    assert_eq!(reason(evs), Some(DropReason::TargetUnresolved));
}

#[test]
fn a_target_the_clause_names_or_a_state_voice_stays() {
    // "the opposition accused Freedonia of …": the clause gave the target
    let named = "source: nsubj; target: obj; clause: main";
    assert_eq!(
        reason(story("RURGOV", "RUROPP", "FREGOV", "112", named)),
        None
    );
    // the government's own verdict is a state's act toward the partner
    assert_eq!(
        reason(story("RURGOV", "RURGOV", "FREGOV", "111", FROM_STORY)),
        None
    );
}

#[test]
fn a_verdict_on_a_deal_the_own_state_had_no_part_in_stays() {
    // a third state signed with Freedonia: the Ruritanian opposition's verdict is on them
    let evs = story("SYLGOV", "RUROPP", "FREGOV", "111", FROM_STORY);
    assert_eq!(reason(evs), None);
    // a refusal (12) is an act toward the partner, not a verdict on the government
    let evs = story("RURGOV", "RURLEG", "FREGOV", "125", FROM_STORY);
    assert_eq!(reason(evs), None);
}

#[test]
fn a_promised_release_answers_the_party_its_sentence_names() {
    // the promise of a release (0353) is one-sided only where no other side is named, as the
    // release itself (084)
    let text = "Ruritania said it would release the sailors it seized from Freedonia.";
    let ents = article(text, &[("Ruritania", "RUR"), ("Freedonia", "FRE")]);
    let e = event(text, &ents, "release", "RUR", "", "0353");
    let judged = judge_all(text, &ents, vec![e]);
    assert_eq!(judged[0].reason(), Some(DropReason::TargetUnresolved));
    let text = "Ruritania said it would release the protesters arrested in the capital.";
    let ents = article(text, &[("Ruritania", "RUR")]);
    let e = event(text, &ents, "release", "RUR", "", "0353");
    assert_eq!(judge_all(text, &ents, vec![e])[0].reason(), None);
}
