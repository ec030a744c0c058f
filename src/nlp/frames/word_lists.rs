//! The word lists of `data/lexicon/frames.txt`, parsed once per process; the frame
//! modules read them as fields.

use super::has;
use crate::nlp::lexicon;
use crate::nlp::NlpError;
use std::sync::OnceLock;

const LISTS: &str = include_str!("../../../data/lexicon/frames.txt");
/// The announced-response lists the event coder reads too (one copy, `responses.txt`).
const RESPONSES: &str = include_str!("../../../data/lexicon/responses.txt");

/// The word lists of `data/lexicon/frames.txt`.
#[derive(Debug)]
pub struct FrameLexicon {
    pub(super) speech: Vec<String>,
    pub(super) factive: Vec<String>,
    pub(super) cessative: Vec<String>,
    pub(super) mandative_speech: Vec<String>,
    pub(super) causative: Vec<String>,
    pub(super) declaring_verb: Vec<String>,
    pub(super) declaring_adjective: Vec<String>,
    pub(super) appeal_verb: Vec<String>,
    pub(super) subject_control: Vec<String>,
    pub(super) conditional: Vec<String>,
    pub(super) concessive: Vec<String>,
    pub(super) unasserted_mark: Vec<String>,
    pub(super) question_mark: Vec<String>,
    pub(super) target_case: Vec<String>,
    pub(super) owner_case: Vec<String>,
    pub(super) place_case: Vec<String>,
    pub(super) partner_case: Vec<String>,
    pub(super) comitative_case: Vec<String>,
    pub(super) charge_case: Vec<String>,
    pub(super) people_pronoun: Vec<String>,
    pub(super) judgement: Vec<String>,
    pub(super) negator: Vec<String>,
    pub(super) relative: Vec<String>,
    pub(super) describing_relative: Vec<String>,
    pub(super) pronoun: Vec<String>,
    pub(super) singular_pronoun: Vec<String>,
    pub(super) light_verb: Vec<String>,
    pub(super) adjunct_case: Vec<String>,
    pub(super) time_case: Vec<String>,
    pub(super) attribution_case: Vec<String>,
    pub(super) travel_verb: Vec<String>,
    pub(super) purpose_case: Vec<String>,
    pub(super) absolute_mark: Vec<String>,
    pub(super) arrival_case: Vec<String>,
    pub(super) origin_case: Vec<String>,
    pub(super) remote_speech_verb: Vec<String>,
    pub(super) referral_verb: Vec<String>,
    pub(super) referral_case: Vec<String>,
    pub(super) complaint_noun: Vec<String>,
    pub(super) raising_verb: Vec<String>,
    pub(super) raising_case: Vec<String>,
    pub(super) forum_noun: Vec<String>,
    pub(super) remedy_verb: Vec<String>,
    pub(super) remedy_noun: Vec<String>,
    pub(super) dispute_noun: Vec<String>,
    pub(super) complaint_case: Vec<String>,
    pub(super) venue_noun: Vec<String>,
    pub(super) venue_case: Vec<String>,
    pub(super) sea_feature_noun: Vec<String>,
    pub(super) sea_feature_case: Vec<String>,
    pub(super) offshore_case: Vec<String>,
    pub(super) meeting_verb: Vec<String>,
    pub(super) meeting_place_case: Vec<String>,
    pub(super) pair_subject: Vec<String>,
    pub(super) journey_noun: Vec<String>,
    pub(super) summon_verb: Vec<String>,
    pub(super) envoy_noun: Vec<String>,
    pub(super) summons_demand: Vec<String>,
    pub(super) summons_request: Vec<String>,
    pub(super) journey_case: Vec<String>,
    pub(super) reciprocal_case: Vec<String>,
    pub(super) unrealised_aux: Vec<String>,
    pub(super) threat: Vec<String>,
    pub(super) threat_case: Vec<String>,
    pub(super) date_case: Vec<String>,
    pub(super) period_case: Vec<String>,
    pub(super) participle_date_case: Vec<String>,
    pub(super) date_place_case: Vec<String>,
    pub(super) month: Vec<String>,
    pub(super) past_relative: Vec<String>,
    pub(super) sequel_adverb: Vec<String>,
    pub(super) anaphoric_modifier: Vec<String>,
    pub(super) anaphoric_after: Vec<String>,
    pub(super) anaphoric_moment: Vec<String>,
    pub(super) anaphoric_moment_case: Vec<String>,
    pub(super) anaphoric_moment_det: Vec<String>,
    pub(super) sequel_case: Vec<String>,
    pub(super) sequel_span: Vec<String>,
    pub(super) dated_clause_link: Vec<String>,
    pub(super) story_adverb: Vec<String>,
    pub(super) news_day: Vec<String>,
    pub(super) time_span: Vec<String>,
    pub(super) pledge: Vec<String>,
    pub(super) demand_modal: Vec<String>,
    pub(super) obligation_verb: Vec<String>,
    pub(super) call_verb: Vec<String>,
    pub(super) call_purpose: Vec<String>,
    pub(super) call_content: Vec<String>,
    pub(super) naming_verb: Vec<String>,
    pub(super) wrong_label: Vec<String>,
    pub(super) light_label: Vec<String>,
    pub(super) title_participle: Vec<String>,
    pub(super) joint_noun: Vec<String>,
    pub(super) joint_possessive: Vec<String>,
    pub(super) joint_modifier: Vec<String>,
    pub(super) exchange_verb: Vec<String>,
    pub(super) host_verb: Vec<String>,
    pub(super) joint_determiner: Vec<String>,
    pub(super) object_pronoun: Vec<String>,
    pub(super) distributive: Vec<String>,
    pub(super) reciprocal_object: Vec<String>,
    pub(super) presupposing_case: Vec<String>,
    pub(super) judged_act_verb: Vec<String>,
    pub(super) judged_act_case: Vec<String>,
    pub(super) judged_patient_case: Vec<String>,
    pub(super) meeting_case: Vec<String>,
    pub(super) third_party_noun: Vec<String>,
    pub(super) onlooker_verb: Vec<String>,
    /// `data/lexicon/border_words.txt` (see `border::across_border`).
    pub(super) border_word: Vec<String>,
    pub(super) benefit_verb: Vec<String>,
    pub(super) giving_verb: Vec<String>,
    pub(super) transfer_verb: Vec<String>,
    pub(super) hosting_verb: Vec<String>,
    pub(super) desire_verb: Vec<String>,
    pub(super) failed_event_verb: Vec<String>,
    pub(super) topic_case: Vec<String>,
    pub(super) accusing_verb: Vec<String>,
    pub(super) accusing_manner: Vec<String>,
    pub(super) denying_speech: Vec<String>,
    pub(super) attempt_verb: Vec<String>,
    pub(super) attempted_wrong: Vec<String>,
    pub(super) accusing_without: Vec<String>,
    pub(super) averting_verb: Vec<String>,
    pub(super) blame_predicate: Vec<String>,
    pub(super) blame_noun: Vec<String>,
    pub(super) blame_adjective: Vec<String>,
    pub(super) blame_copula: Vec<String>,
    pub(super) right_noun: Vec<String>,
    pub(super) right_holder: Vec<String>,
    pub(super) right_adjective: Vec<String>,
    pub(super) right_denial: Vec<String>,
    pub(super) charged_wrong: Vec<String>,
    pub(super) charge_noun: Vec<String>,
    pub(super) dismissive: Vec<String>,
    pub(super) awaited_mark: Vec<String>,
    pub(super) nonstate_head: Vec<String>,
    pub(super) thing_head: Vec<String>,
    pub(super) relational_head: Vec<String>,
    pub(super) relational_place_case: Vec<String>,
    pub(super) origin_participle: Vec<String>,
    pub(super) employer_participle: Vec<String>,
    pub(super) employer_case: Vec<String>,
    pub(super) cost_warning: Vec<String>,
    pub(super) cost_noun: Vec<String>,
    pub(super) cost_case: Vec<String>,
    pub(super) cost_bearing_verb: Vec<String>,
    pub(super) speaker_possessive: Vec<String>,
    pub(super) own_state_noun: Vec<String>,
    pub(super) own_state_possessive: Vec<String>,
    pub(super) consequence_aux: Vec<String>,
    pub(super) response_verb: Vec<String>,
    pub(super) hostile_act: Vec<String>,
    pub(super) response_noun: Vec<String>,
    pub(super) answering_verb: Vec<String>,
    pub(super) measure_verb: Vec<String>,
    pub(super) tightening_verb: Vec<String>,
    pub(super) hostile_measure: Vec<String>,
    pub(super) threat_condition: Vec<String>,
    pub(super) message_noun: Vec<String>,
    pub(super) handing_verb: Vec<String>,
    pub(super) note_complaint: Vec<String>,
    pub(super) recipient_pronoun: Vec<String>,
    pub(super) call_noun: Vec<String>,
    pub(super) call_case: Vec<String>,
    pub(super) call_object_verb: Vec<String>,
    pub(super) culpable_predicate: Vec<String>,
    pub(super) removal_verb: Vec<String>,
    pub(super) release_verb: Vec<String>,
    pub(super) detention_verb: Vec<String>,
    /// Verbs that hand people over, and the case of their receiver.
    pub(super) handover_verb: Vec<String>,
    pub(super) handover_case: Vec<String>,
    pub(super) past_aux: Vec<String>,
    /// (threats5) Inverted condition auxiliaries, and the verb and nouns of taking measures
    /// (`responses.txt`: `measure_verb`, `measure`).
    pub(super) inverted_condition_aux: Vec<String>,
    pub(super) measure_taking_verb: Vec<String>,
    pub(super) taken_measure: Vec<String>,
}

impl FrameLexicon {
    /// The built-in lists, parsed once per process.
    pub fn builtin() -> Result<&'static FrameLexicon, NlpError> {
        static LEX: OnceLock<Result<FrameLexicon, String>> = OnceLock::new();
        LEX.get_or_init(|| Self::parse(LISTS))
            .as_ref()
            .map_err(|message| NlpError::BuiltinData {
                name: "data/lexicon/frames.txt",
                message: message.clone(),
            })
    }

    fn parse(src: &str) -> Result<Self, String> {
        let set = |name: &str| -> Result<Vec<String>, String> {
            lexicon::cue_line(src, name).ok_or(format!("no `{name}:` line"))
        };
        let response_set = |name: &str| -> Result<Vec<String>, String> {
            lexicon::cue_line(RESPONSES, name).ok_or(format!("no `{name}:` line in responses.txt"))
        };
        Ok(Self {
            speech: set("speech")?,
            factive: set("factive")?,
            cessative: set("cessative")?,
            mandative_speech: set("mandative_speech")?,
            causative: set("causative")?,
            declaring_verb: set("declaring_verb")?,
            declaring_adjective: set("declaring_adjective")?,
            appeal_verb: set("appeal_verb")?,
            subject_control: set("subject_control")?,
            conditional: set("conditional")?,
            concessive: set("concessive")?,
            unasserted_mark: set("unasserted_mark")?,
            question_mark: set("question_mark")?,
            target_case: set("target_case")?,
            owner_case: set("owner_case")?,
            place_case: set("place_case")?,
            partner_case: set("partner_case")?,
            comitative_case: set("comitative_case")?,
            charge_case: set("charge_case")?,
            people_pronoun: set("people_pronoun")?,
            judgement: set("judgement")?,
            negator: set("negator")?,
            relative: set("relative")?,
            describing_relative: set("describing_relative")?,
            pronoun: set("pronoun")?,
            singular_pronoun: set("singular_pronoun")?,
            light_verb: set("light_verb")?,
            adjunct_case: set("adjunct_case")?,
            time_case: set("time_case")?,
            attribution_case: set("attribution_case")?,
            travel_verb: set("travel_verb")?,
            purpose_case: set("purpose_case")?,
            absolute_mark: set("absolute_mark")?,
            arrival_case: set("arrival_case")?,
            origin_case: set("origin_case")?,
            remote_speech_verb: set("remote_speech_verb")?,
            referral_verb: set("referral_verb")?,
            referral_case: set("referral_case")?,
            complaint_noun: set("complaint_noun")?,
            raising_verb: set("raising_verb")?,
            raising_case: set("raising_case")?,
            forum_noun: set("forum_noun")?,
            remedy_verb: set("remedy_verb")?,
            remedy_noun: set("remedy_noun")?,
            dispute_noun: response_set("referral")?,
            complaint_case: set("complaint_case")?,
            venue_noun: set("venue_noun")?,
            venue_case: set("venue_case")?,
            sea_feature_noun: set("sea_feature_noun")?,
            sea_feature_case: set("sea_feature_case")?,
            offshore_case: set("offshore_case")?,
            meeting_verb: set("meeting_verb")?,
            meeting_place_case: set("meeting_place_case")?,
            pair_subject: set("pair_subject")?,
            journey_noun: set("journey_noun")?,
            summon_verb: set("summon_verb")?,
            envoy_noun: set("envoy_noun")?,
            summons_demand: set("summons_demand")?,
            summons_request: set("summons_request")?,
            journey_case: set("journey_case")?,
            reciprocal_case: set("reciprocal_case")?,
            unrealised_aux: set("unrealised_aux")?,
            threat: set("threat")?,
            threat_case: set("threat_case")?,
            date_case: set("date_case")?,
            period_case: set("period_case")?,
            participle_date_case: set("participle_date_case")?,
            date_place_case: set("date_place_case")?,
            month: set("month")?,
            past_relative: set("past_relative")?,
            sequel_adverb: set("sequel_adverb")?,
            anaphoric_modifier: set("anaphoric_modifier")?,
            anaphoric_after: set("anaphoric_after")?,
            anaphoric_moment: set("anaphoric_moment")?,
            anaphoric_moment_case: set("anaphoric_moment_case")?,
            anaphoric_moment_det: set("anaphoric_moment_det")?,
            sequel_case: set("sequel_case")?,
            sequel_span: set("sequel_span")?,
            dated_clause_link: set("dated_clause_link")?,
            story_adverb: set("story_adverb")?,
            news_day: set("news_day")?,
            time_span: set("time_span")?,
            pledge: set("pledge")?,
            demand_modal: set("demand_modal")?,
            obligation_verb: set("obligation_verb")?,
            call_verb: set("call_verb")?,
            call_purpose: set("call_purpose")?,
            call_content: set("call_content")?,
            naming_verb: set("naming_verb")?,
            wrong_label: set("wrong_label")?,
            light_label: set("light_label")?,
            title_participle: set("title_participle")?,
            joint_noun: set("joint_noun")?,
            joint_possessive: set("joint_possessive")?,
            joint_modifier: set("joint_modifier")?,
            exchange_verb: set("exchange_verb")?,
            host_verb: set("host_verb")?,
            joint_determiner: set("joint_determiner")?,
            object_pronoun: set("object_pronoun")?,
            distributive: set("distributive")?,
            reciprocal_object: set("reciprocal_object")?,
            presupposing_case: set("presupposing_case")?,
            judged_act_verb: set("judged_act_verb")?,
            judged_act_case: set("judged_act_case")?,
            judged_patient_case: set("judged_patient_case")?,
            meeting_case: set("meeting_case")?,
            third_party_noun: set("third_party_noun")?,
            onlooker_verb: set("onlooker_verb")?,
            border_word: lexicon::border_words()
                .into_iter()
                .map(String::from)
                .collect(),
            benefit_verb: set("benefit_verb")?,
            giving_verb: set("giving_verb")?,
            transfer_verb: set("transfer_verb")?,
            hosting_verb: set("hosting_verb")?,
            desire_verb: set("desire_verb")?,
            failed_event_verb: set("failed_event_verb")?,
            topic_case: set("topic_case")?,
            accusing_verb: set("accusing_verb")?,
            accusing_manner: set("accusing_manner")?,
            denying_speech: set("denying_speech")?,
            attempt_verb: set("attempt_verb")?,
            attempted_wrong: set("attempted_wrong")?,
            accusing_without: set("accusing_without")?,
            averting_verb: set("averting_verb")?,
            blame_predicate: set("blame_predicate")?,
            blame_noun: set("blame_noun")?,
            blame_adjective: set("blame_adjective")?,
            blame_copula: set("blame_copula")?,
            right_noun: set("right_noun")?,
            right_holder: set("right_holder")?,
            right_adjective: set("right_adjective")?,
            right_denial: set("right_denial")?,
            charged_wrong: set("charged_wrong")?,
            charge_noun: set("charge_noun")?,
            dismissive: set("dismissive")?,
            awaited_mark: set("awaited_mark")?,
            nonstate_head: set("nonstate_head")?,
            thing_head: set("thing_head")?,
            relational_head: set("relational_head")?,
            relational_place_case: set("relational_place_case")?,
            origin_participle: set("origin_participle")?,
            employer_participle: set("employer_participle")?,
            employer_case: set("employer_case")?,
            cost_warning: set("cost_warning")?,
            cost_noun: set("cost_noun")?,
            cost_case: set("cost_case")?,
            cost_bearing_verb: set("cost_bearing_verb")?,
            speaker_possessive: set("speaker_possessive")?,
            own_state_noun: set("own_state_noun")?,
            own_state_possessive: set("own_state_possessive")?,
            consequence_aux: set("consequence_aux")?,
            response_verb: set("response_verb")?,
            hostile_act: set("hostile_act")?,
            response_noun: set("response_noun")?,
            answering_verb: set("answering_verb")?,
            measure_verb: set("measure_verb")?,
            tightening_verb: set("tightening_verb")?,
            hostile_measure: set("hostile_measure")?,
            threat_condition: set("threat_condition")?,
            message_noun: set("message_noun")?,
            handing_verb: set("handing_verb")?,
            note_complaint: set("note_complaint")?,
            recipient_pronoun: set("recipient_pronoun")?,
            call_noun: set("call_noun")?,
            call_case: set("call_case")?,
            call_object_verb: set("call_object_verb")?,
            culpable_predicate: set("culpable_predicate")?,
            removal_verb: set("removal_verb")?,
            release_verb: set("release_verb")?,
            detention_verb: set("detention_verb")?,
            handover_verb: set("handover_verb")?,
            handover_case: set("handover_case")?,
            past_aux: set("past_aux")?,
            inverted_condition_aux: set("inverted_condition_aux")?,
            measure_taking_verb: response_set("measure_verb")?,
            taken_measure: response_set("measure")?,
        })
    }

    /// Does `word` name a meeting or a deal two parties share ("talks", "agreement")?
    pub fn is_joint_noun(&self, word: &str) -> bool {
        has(&self.joint_noun, word)
    }

    /// Does `word` name a charge made against someone ("accusations", "allegation")?
    pub fn is_charge_noun(&self, word: &str) -> bool {
        has(&self.charge_noun, word)
    }

    /// Does `word` call a charge untrue or made in bad faith ("baseless", "fabrication")?
    pub fn is_dismissive(&self, word: &str) -> bool {
        has(&self.dismissive, word)
    }

    /// Is `lemma` a speech verb ("say", "tell", "announce")?
    pub fn is_speech(&self, lemma: &str) -> bool {
        has(&self.speech, lemma)
    }

    /// The predicate adjectives that blame their subject for a gerund ("guilty of").
    pub fn culpable_predicates(&self) -> &[String] {
        &self.culpable_predicate
    }

    /// Is `lemma` a verb of wanting ("want", "seek", "hope")?
    pub fn is_desire(&self, lemma: &str) -> bool {
        has(&self.desire_verb, lemma)
    }

    /// Is `lemma` a verb of summoning an envoy ("summon")?
    pub fn is_summon(&self, lemma: &str) -> bool {
        has(&self.summon_verb, lemma)
    }

    /// Is `word` (lower case) a noun of an envoy ("ambassador", "envoy")?
    pub fn is_envoy(&self, word: &str) -> bool {
        has(&self.envoy_noun, word)
    }

    /// Is `lemma` a verb of appeal ("urge", "demand", "call")?
    pub fn is_appeal(&self, lemma: &str) -> bool {
        has(&self.appeal_verb, lemma)
    }

    /// Is `lemma` a verb of taking or holding people ("detain", "hold", "jail")?
    pub fn is_detention(&self, lemma: &str) -> bool {
        has(&self.detention_verb, lemma)
    }

    /// Is `word` (lower case) a relative pronoun ("who", "which", "that")?
    pub fn is_relative(&self, word: &str) -> bool {
        has(&self.relative, word)
    }
}
