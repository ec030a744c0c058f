//! A measure of time read as a second subject: "Hours later the minister accused …",
//! "Two days earlier the envoy met …". A noun right before a comparative adverb measures
//! how much later or earlier; when its verb has another subject after it, the noun is that
//! measure (`obl:npmod`), not who acts, and the frames must not take it as the source.
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no subject is such a measure.
pub(super) fn measure_subject(words: &[Word]) -> Option<Vec<Word>> {
    let n = (0..words.len()).find(|&n| is_measure_subject(words, n))?;
    let mut out = words.to_vec();
    out[n].deprel = "obl:npmod".into();
    Some(out)
}

fn is_measure_subject(words: &[Word], n: usize) -> bool {
    let w = &words[n];
    if w.deprel != "nsubj" || w.upos != "NOUN" {
        return false;
    }
    let comparative = words
        .get(n + 1)
        .is_some_and(|a| a.upos == "ADV" && a.xpos == "RBR");
    // another subject of the same verb after the adverb
    comparative
        && (n + 2..words.len()).any(|k| words[k].head == w.head && words[k].deprel == "nsubj")
}

/// "…, hours before A and B delegations sat down in Z": a unit of time (`measure_unit`)
/// read as the clause's subject, with the conjunction after it as the preposition of the
/// real subject (its `nmod`). The noun after the conjunction is the subject, the conjunction
/// the clause's mark and the unit how long before or after the act fell (`obl:npmod`); a
/// clause the parse hung as a parataxis, complement or conjunct of a verb is an adverbial
/// of it, and a participle with no auxiliary is its past tense.
pub(super) fn measure_before_clause(words: &[Word]) -> Option<Vec<Word>> {
    if let Some(fixed) = clause_on_unit(words) {
        return Some(fixed);
    }
    let (unit, c, subject, verb) = (0..words.len()).find_map(|n| unit_as_subject(words, n))?;
    let mut out = words.to_vec();
    let v = verb as u32 + 1;
    out[unit].deprel = "obl:npmod".into();
    out[subject].head = v;
    out[subject].deprel = "nsubj".into();
    out[c].head = v;
    out[c].deprel = "mark".into();
    out[c].upos = "SCONJ".into();
    let verbal_head = (words[verb].head as usize)
        .checked_sub(1)
        .is_some_and(|h| words[h].upos == "VERB");
    if verbal_head && matches!(words[verb].deprel.as_str(), "parataxis" | "ccomp" | "conj") {
        out[verb].deprel = "advcl".into();
    }
    if words[verb].xpos == "VBN" && !super::has_dependent(words, verb, "aux") {
        out[verb].xpos = "VBD".into();
    }
    Some(out)
}

/// "…, hours before the two delegations sat down": the parse may get the clause right (its
/// own subject and conjunction) but hang it on the unit as a noun's clause (`acl`), where
/// the frames read it as a description. A clause with a subject and a conjunction for mark
/// describes no noun: it is an adverbial of the verb above the unit, the unit its measure.
fn clause_on_unit(words: &[Word]) -> Option<Vec<Word>> {
    let verb = (0..words.len()).find(|&v| {
        let w = &words[v];
        let unit = (w.head as usize).checked_sub(1).map(|n| &words[n]);
        let marked = words.iter().any(|k| {
            k.head as usize == v + 1
                && k.deprel == "mark"
                && super::subordinate_subject::conjunction(k)
        });
        w.deprel.split(':').next() == Some("acl")
            && w.upos == "VERB"
            && unit.is_some_and(|u| u.upos == "NOUN" && units().contains(&u.form.to_lowercase()))
            && marked
            && super::has_dependent(words, v, "nsubj")
    })?;
    let unit = words[verb].head as usize - 1;
    let above = super::subordinate_subject::verbal_ancestor(words, unit)?;
    let mut out = words.to_vec();
    out[verb].head = above as u32 + 1;
    out[verb].deprel = "advcl".into();
    out[unit].head = verb as u32 + 1;
    out[unit].deprel = "obl:npmod".into();
    super::subordinate_subject::acyclic(&out).then_some(out)
}

/// (unit, conjunction, noun, verb), 0-based: a `measure_unit` subject of a verb with no
/// mark, the conjunction right after it as the `case` of a noun that hangs on the unit and
/// stands before the verb, with no punctuation or other verb between.
fn unit_as_subject(words: &[Word], n: usize) -> Option<(usize, usize, usize, usize)> {
    let w = &words[n];
    let form = w.form.to_lowercase();
    if w.deprel != "nsubj" || w.upos != "NOUN" || !units().contains(&form) {
        return None;
    }
    let verb = (w.head as usize).checked_sub(1)?;
    let c = n + 1;
    let conj = words.get(c)?;
    if !super::subordinate_subject::conjunction(conj) || conj.deprel != "case" {
        return None;
    }
    let noun = (conj.head as usize).checked_sub(1)?;
    let on_unit = words[noun].head as usize == n + 1;
    let nominal = matches!(words[noun].upos.as_str(), "NOUN" | "PROPN");
    let clear = words[c + 1..verb.max(c + 1)]
        .iter()
        .all(|k| !matches!(k.upos.as_str(), "PUNCT" | "VERB" | "AUX"));
    let ok = verb > noun
        && noun > c
        && on_unit
        && nominal
        && clear
        && words[verb].upos == "VERB"
        && !super::has_dependent(words, verb, "mark")
        && !super::has_dependent(words, verb, "aux");
    ok.then_some((n, c, noun, verb))
}

/// The `measure_unit` list of `data/lexicon/frames.txt`.
fn units() -> &'static [String] {
    static UNITS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    UNITS.get_or_init(|| {
        let frames = include_str!("../../../../data/lexicon/frames.txt");
        crate::nlp::lexicon::cue_line(frames, "measure_unit").unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Days later the envoy accused Freedonia."
    const LATER: [(&str, &str, &str, u32, &str); 7] = [
        ("Days", "NNS", "NOUN", 5, "nsubj"),
        ("later", "RBR", "ADV", 1, "advmod"),
        ("the", "DT", "DET", 4, "det"),
        ("envoy", "NN", "NOUN", 5, "nsubj"),
        ("accused", "VBD", "VERB", 0, "root"),
        ("Freedonia", "NNP", "PROPN", 5, "obj"),
        (".", ".", "PUNCT", 5, "punct"),
    ];

    #[test]
    fn a_time_measure_before_a_comparative_is_no_subject() {
        let fixed = measure_subject(&words(&LATER)).expect("repaired");
        assert_eq!(fixed[0].deprel, "obl:npmod");
        assert_eq!(fixed[3].deprel, "nsubj");
    }

    // "Rebels shelled Bor, hours before Freedonian and Sylvanian envoys sat down in Z." with
    // "hours" the subject of "sat" and "before" the preposition of "Freedonian"
    const BEFORE: [(&str, &str, &str, u32, &str); 15] = [
        ("Rebels", "NNS", "NOUN", 2, "nsubj"),
        ("shelled", "VBD", "VERB", 0, "root"),
        ("Bor", "NNP", "PROPN", 2, "obj"),
        (",", ",", "PUNCT", 5, "punct"),
        ("hours", "NNS", "NOUN", 11, "nsubj"),
        ("before", "IN", "ADP", 7, "case"),
        ("Freedonian", "NNP", "PROPN", 5, "nmod"),
        ("and", "CC", "CCONJ", 10, "cc"),
        ("Sylvanian", "JJ", "ADJ", 10, "amod"),
        ("envoys", "NNS", "NOUN", 7, "conj"),
        ("sat", "VBD", "VERB", 2, "parataxis"),
        ("down", "RP", "ADP", 11, "compound:prt"),
        ("in", "IN", "ADP", 14, "case"),
        ("Zenda", "NNP", "PROPN", 11, "obl"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_unit_before_a_conjunction_measures_the_clause() {
        let fixed = measure_before_clause(&words(&BEFORE)).expect("repaired");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (11, "obl:npmod"));
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (11, "mark"));
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (11, "nsubj"));
        assert_eq!((fixed[10].head, fixed[10].deprel.as_str()), (2, "advcl"));
    }

    #[test]
    fn a_clause_hung_on_the_unit_is_an_adverbial() {
        // "… shelled Bor, hours before Freedonian envoys sat down." with the clause as the
        // unit's `acl`
        let rows = [
            ("Rebels", "NNS", "NOUN", 2, "nsubj"),
            ("shelled", "VBD", "VERB", 0, "root"),
            ("Bor", "NNP", "PROPN", 2, "obj"),
            (",", ",", "PUNCT", 5, "punct"),
            ("hours", "NNS", "NOUN", 3, "appos"),
            ("before", "IN", "ADP", 9, "mark"),
            ("Freedonian", "JJ", "ADJ", 8, "amod"),
            ("envoys", "NNS", "NOUN", 9, "nsubj"),
            ("sat", "VBD", "VERB", 5, "acl"),
            ("down", "RP", "ADP", 9, "compound:prt"),
            (".", ".", "PUNCT", 2, "punct"),
        ];
        let fixed = measure_before_clause(&words(&rows)).expect("repaired");
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (2, "advcl"));
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (9, "obl:npmod"));
        // a clause with no conjunction describes the noun ("hours envoys spent") and stays
        let mut rows = rows.to_vec();
        rows[5] = ("the", "DT", "DET", 8, "det");
        assert!(measure_before_clause(&words(&rows)).is_none());
    }

    #[test]
    fn a_subject_that_is_no_unit_stays() {
        // "officials before the war …": a party, not a measure of time
        let mut rows = BEFORE.to_vec();
        rows[4].0 = "officials";
        assert!(measure_before_clause(&words(&rows)).is_none());
        // a comma between the conjunction's noun and the verb
        let mut rows = BEFORE.to_vec();
        rows[8] = (",", ",", "PUNCT", 10, "punct");
        assert!(measure_before_clause(&words(&rows)).is_none());
    }

    #[test]
    fn a_lone_subject_stays() {
        // "Prices later rose": no second subject, the noun is the subject
        let mut rows = LATER.to_vec();
        rows[3].4 = "obj";
        assert!(measure_subject(&words(&rows)).is_none());
    }
}
