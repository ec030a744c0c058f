//! A summons' purpose hung on the envoy: "X summoned Y's ambassador to demand an apology" is
//! often parsed with "to demand" as an `acl` of "ambassador", a noun's infinitive ("a plan
//! to demand"), so the frames read no clause of "summoned" and the demand is lost. An
//! infinitive on the object of a summons is the summons' purpose (or, "to explain", what
//! the envoy is called to do): it becomes an `advcl` of the summons verb, where the frames
//! decide whose act it is (`Sentence::summons_purpose`). "called in Y's envoy to …" reads
//! the same, also with "in" taken for the envoy's preposition.
use crate::nlp::syntax::Word;

/// Forms of "summon" (the lemma of a hand-built test tree is its lowercased form).
const SUMMON: [&str; 4] = ["summon", "summons", "summoned", "summoning"];

/// Forms of "call", which summons with "in".
const CALL: [&str; 4] = ["call", "calls", "called", "calling"];

/// The repaired sentence, or `None` when no summons' infinitive hangs on its envoy.
pub(super) fn summons_purpose(words: &[Word]) -> Option<Vec<Word>> {
    let (infinitive, verb) = (0..words.len()).find_map(|p| misplaced(words, p))?;
    Some(super::reattached(words, infinitive, verb, "advcl"))
}

/// (infinitive, summons verb), 0-based, when `p` is a "to" infinitive after the summoned
/// noun and hung on it.
fn misplaced(words: &[Word], p: usize) -> Option<(usize, usize)> {
    let w = &words[p];
    if w.deprel != "acl" || w.upos != "VERB" || !marked_to(words, p) {
        return None;
    }
    let noun = (w.head as usize).checked_sub(1).filter(|&n| n < p)?;
    let verb = (words[noun].head as usize).checked_sub(1)?;
    let v = &words[verb];
    let form = |list: &[&str]| {
        list.contains(&v.lemma.as_str()) || list.contains(&v.form.to_lowercase().as_str())
    };
    let summoned = match words[noun].deprel.as_str() {
        "obj" => form(&SUMMON) || form(&CALL) && called_in(words, verb, noun),
        "obl" => form(&CALL) && called_in(words, verb, noun),
        _ => false,
    };
    (summoned && v.upos == "VERB" && verb < noun).then_some((p, verb))
}

/// "to" marks `p`.
fn marked_to(words: &[Word], p: usize) -> bool {
    words.iter().any(|k| {
        k.head as usize == p + 1 && k.deprel == "mark" && k.form.eq_ignore_ascii_case("to")
    })
}

/// "called in": "in" is the verb's particle or, misread, the preposition of its noun.
fn called_in(words: &[Word], verb: usize, noun: usize) -> bool {
    let is_in = |k: &Word| k.form.eq_ignore_ascii_case("in");
    let particle = words
        .iter()
        .any(|k| k.head as usize == verb + 1 && k.deprel == "compound:prt" && is_in(k));
    let case = words
        .get(verb + 1)
        .is_some_and(|k| is_in(k) && k.head as usize == noun + 1 && k.deprel == "case");
    particle || case
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Freedonia summoned the ambassador to demand an apology." with "to demand" on the envoy
    const ON_ENVOY: [(&str, &str, &str, u32, &str); 9] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("summoned", "VBD", "VERB", 0, "root"),
        ("the", "DT", "DET", 4, "det"),
        ("ambassador", "NN", "NOUN", 2, "obj"),
        ("to", "TO", "PART", 6, "mark"),
        ("demand", "VB", "VERB", 4, "acl"),
        ("an", "DT", "DET", 8, "det"),
        ("apology", "NN", "NOUN", 6, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_summons_infinitive_on_the_envoy_modifies_the_verb() {
        let fixed = summons_purpose(&words(&ON_ENVOY)).expect("repaired");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "advcl"));
    }

    #[test]
    fn called_in_with_in_as_the_envoy_s_preposition_is_a_summons() {
        // "Freedonia called in the ambassador to demand an apology."
        let mut rows = ON_ENVOY.to_vec();
        rows[1].0 = "called";
        for r in rows.iter_mut() {
            r.3 += u32::from(r.3 > 2);
        }
        rows.insert(2, ("in", "IN", "ADP", 5, "case"));
        rows[4].4 = "obl";
        let fixed = summons_purpose(&words(&rows)).expect("repaired");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "advcl"));
    }

    #[test]
    fn another_verb_or_a_plain_call_keeps_the_noun_s_infinitive() {
        // "Freedonia backed the plan to demand an apology": a noun's infinitive
        let mut rows = ON_ENVOY;
        rows[1].0 = "backed";
        rows[3].0 = "plan";
        assert!(summons_purpose(&words(&rows)).is_none());
        // "Freedonia called the ambassador to demand …" with no "in": no summons
        let mut rows = ON_ENVOY;
        rows[1].0 = "called";
        assert!(summons_purpose(&words(&rows)).is_none());
    }
}
