//! A `by` phrase read as the agent of an active perfect. In "he had spoken by telephone with
//! the minister" the parser may hang "telephone" under the participle as `obl:agent` (a
//! passive's agent) and the "with" phrase under the telephone: the frames then read the
//! clause as a passive, the phone as the speaker and the subject as the other side, and the
//! call loses both its parties. An English passive needs "be" or "get"; a participle whose
//! auxiliaries are only perfect ones ("has", "had") and which has an active subject is
//! active, so its `by` phrase is an adverbial of means (`obl`). A "with" or "to" phrase that
//! the parse hung on that common noun ("by phone with Y") is the verb's partner, so it moves
//! to the verb. A past verb with no auxiliary at all in a statement's content ("said it
//! stood by Y", the tagger's participle) is active too: a reported clause is finite.
use crate::nlp::syntax::Word;

/// The forms of "have" as a perfect auxiliary (lemmas are not set when repairs run).
const HAVE: [&str; 5] = ["has", "have", "had", "'ve", "having"];

/// Auxiliaries of a passive ("had been seized by", "got arrested by").
const PASSIVE: [&str; 8] = ["be", "been", "being", "is", "was", "were", "get", "got"];

/// Prepositions of a partner that a means noun does not take ("by phone with / to Y").
const PARTNER: [&str; 2] = ["with", "to"];

/// The repaired sentence, or `None` when no agent hangs on an active perfect.
pub(super) fn active_agent(words: &[Word]) -> Option<Vec<Word>> {
    let agent = (0..words.len()).find(|&a| misread(words, a))?;
    let verb = words[agent].head;
    let mut out = words.to_vec();
    out[agent].deprel = "obl".into();
    if words[agent].upos == "NOUN" {
        for k in 0..words.len() {
            if words[k].head as usize == agent + 1 && words[k].deprel == "nmod" && partner(words, k)
            {
                out[k].head = verb;
                out[k].deprel = "obl".into();
            }
        }
    }
    Some(out)
}

/// Word `a` is an `obl:agent` of a participle with a perfect auxiliary, no passive one and
/// an active subject; or of a past verb with no auxiliary at all and an active subject that
/// is a statement's content ("said it stood by Y": a reported clause is finite, so a bare
/// participle there is the simple past, and its "by" phrase is no agent).
fn misread(words: &[Word], a: usize) -> bool {
    if words[a].deprel != "obl:agent" {
        return false;
    }
    let Some(v) = (words[a].head as usize).checked_sub(1) else {
        return false;
    };
    if !matches!(words[v].xpos.as_str(), "VBN" | "VBD") {
        return false;
    }
    let kids = || (0..words.len()).filter(move |&k| words[k].head as usize == v + 1);
    let bare_content =
        words[v].deprel == "ccomp" && !kids().any(|k| words[k].deprel.starts_with("aux"));
    let aux_in = |list: &[&str]| {
        kids().any(|k| {
            words[k].deprel.starts_with("aux")
                && list.contains(&words[k].form.to_lowercase().as_str())
        })
    };
    let active_subject = kids().any(|k| words[k].deprel == "nsubj");
    (aux_in(&HAVE) && words[v].xpos == "VBN" || bare_content)
        && !aux_in(&PASSIVE)
        && active_subject
        && !kids().any(|k| words[k].deprel == "aux:pass")
}

/// Word `k` opens with "with" or "to".
fn partner(words: &[Word], k: usize) -> bool {
    words.iter().any(|w| {
        w.head as usize == k + 1
            && w.deprel == "case"
            && PARTNER.iter().any(|p| w.form.eq_ignore_ascii_case(p))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Ruritania had spoken by telephone with Sylvania ." with the phone as the agent and
    // the partner hung on it
    const SPOKEN: [(&str, &str, &str, u32, &str); 8] = [
        ("Ruritania", "NNP", "PROPN", 3, "nsubj"),
        ("had", "VBD", "AUX", 3, "aux"),
        ("spoken", "VBN", "VERB", 0, "root"),
        ("by", "IN", "ADP", 5, "case"),
        ("telephone", "NN", "NOUN", 3, "obl:agent"),
        ("with", "IN", "ADP", 7, "case"),
        ("Sylvania", "NNP", "PROPN", 5, "nmod"),
        (".", ".", "PUNCT", 3, "punct"),
    ];

    #[test]
    fn a_by_phrase_of_an_active_perfect_is_no_agent() {
        let fixed = active_agent(&words(&SPOKEN)).expect("repaired");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (3, "obl"));
        assert_eq!(
            (fixed[6].head, fixed[6].deprel.as_str()),
            (3, "obl"),
            "the partner goes to the verb"
        );
    }

    #[test]
    fn a_passive_keeps_its_agent() {
        // "Ruritania had been attacked by Sylvania ."
        let rows = [
            ("Ruritania", "NNP", "PROPN", 4, "nsubj:pass"),
            ("had", "VBD", "AUX", 4, "aux"),
            ("been", "VBN", "AUX", 4, "aux:pass"),
            ("attacked", "VBN", "VERB", 0, "root"),
            ("by", "IN", "ADP", 6, "case"),
            ("Sylvania", "NNP", "PROPN", 4, "obl:agent"),
            (".", ".", "PUNCT", 4, "punct"),
        ];
        assert!(active_agent(&words(&rows)).is_none());
        // the same with "been" labelled a plain auxiliary and an active-looking subject
        let mut plain = rows;
        plain[0].4 = "nsubj";
        plain[2].4 = "aux";
        assert!(active_agent(&words(&plain)).is_none());
    }

    #[test]
    fn a_named_agent_keeps_its_own_phrases() {
        // "Ruritania had spoken by Sylvania with …" is no means noun: only the label changes
        let mut rows = SPOKEN;
        rows[4] = ("Sylvania", "NNP", "PROPN", 3, "obl:agent");
        let fixed = active_agent(&words(&rows)).expect("repaired");
        assert_eq!(fixed[4].deprel, "obl");
        assert_eq!(fixed[6].head, 5, "a name's phrase stays");
    }
}
