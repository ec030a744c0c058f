//! Coordinated verbs the parser hangs on the wrong word. English coordinates like with
//! like: "X welcomed the ruling and called on Y" joins two finite verbs, so a past-tense
//! conjunct cannot belong to a noun ("the ruling … and called") nor to an infinitive or
//! a progressive participle ("was punishing Y … and praised Z"). Hung there, the verb
//! inherits no subject or the wrong one (the reported clause's, not the speaker's).
use super::head_of as head;
use crate::nlp::syntax::Word;

/// Finite verb tags: a clause that can take a past-tense conjunct.
const FINITE: [&str; 4] = ["VBD", "VBZ", "VBP", "VBN"];

/// Heads walked up from a noun to the verb of its clause.
const MAX_HOPS: usize = 4;

/// (verb, new head), 0-based: a past-tense verb coordinated to a nominal, an adjective or
/// an adverb ("welcomed the decision as a victory … and called on Y": "called" hung on
/// "victory"; "rejected the claim as absurd and expelled …": on "absurd"; "said it would
/// visit "as soon as security allows" and called on Y": on "soon") joins the verb or
/// predicate of the clause the word sits in.
pub(super) fn past_conjunct_on_nominal(words: &[Word]) -> Option<(usize, usize)> {
    (0..words.len()).find_map(|v| {
        let h = bare_past_conjunct(words, v)?;
        if !matches!(
            words[h].upos.as_str(),
            "NOUN" | "PROPN" | "PRON" | "NUM" | "ADJ" | "ADV"
        ) {
            return None;
        }
        let g = climb(words, h, |g| {
            words[g].upos == "VERB" || has_kid(words, g, "cop")
        })?;
        let verb_like = words[g].upos == "VERB" || has_kid(words, g, "cop");
        // a participle conjunct ("called" tagged VBN) joins only a past verb, or a
        // predicate whose copula is past ("said it was concerned by the dispute and called
        // on them": the tagger's participle is the past tense of a second predicate)
        let agrees = words[v].xpos == "VBD"
            || matches!(words[g].xpos.as_str(), "VBD" | "VBN")
            || past_copula(words, g);
        (verb_like && agrees && g < h).then_some((v, g))
    })
}

/// Does the predicate at `g` have a past copula ("was", "were")?
fn past_copula(words: &[Word], g: usize) -> bool {
    words
        .iter()
        .any(|w| w.head as usize == g + 1 && rel(w) == "cop" && w.xpos == "VBD")
}

/// (verb, new head), 0-based: a past-tense verb coordinated to an infinitive or a
/// progressive participle that is the complement of a finite verb ("said the bloc was
/// punishing Y … and praised Z", "urged Y to stop and accused Z") joins that finite verb.
/// A participle modifying a noun ("a group seeking X and backed by Y") is left alone.
pub(super) fn past_conjunct_of_nonfinite(words: &[Word]) -> Option<(usize, usize)> {
    (0..words.len()).find_map(|v| {
        let h = bare_past_conjunct(words, v)?;
        if !matches!(words[h].xpos.as_str(), "VB" | "VBG") || words[h].upos != "VERB" {
            return None;
        }
        if !matches!(rel(&words[h]), "ccomp" | "xcomp" | "advcl") {
            return None;
        }
        let mut g = head(words, h)?;
        // "urged Y to stop" under "said": the nearest finite verb up the complements
        for _ in 0..2 {
            if FINITE.contains(&words[g].xpos.as_str()) {
                break;
            }
            // "accused Y of failing to stop Z and called …": up a gerund side clause too
            if !matches!(rel(&words[g]), "ccomp" | "xcomp" | "advcl") {
                return None;
            }
            g = head(words, g)?;
        }
        (FINITE.contains(&words[g].xpos.as_str()) && g < h).then_some((v, g))
    })
}

/// (verb, new head), 0-based: a past-tense verb coordinated to a present-tense verb of a
/// clause with a subject of its own inside the content of a past verb ("said the funding
/// would not resume until Y takes steps, and accused Z": "accused" hung on "takes") joins
/// that past verb, the nearest up the heads. The present clause is another party's; a
/// past conjunct with no subject is the act of the verb that frames it. A relative
/// pronoun subject ("A, which oversees B, said …") is left to the relative repairs.
pub(super) fn past_conjunct_of_present(words: &[Word]) -> Option<(usize, usize)> {
    (0..words.len()).find_map(|v| {
        let h = bare_past_conjunct(words, v).filter(|_| words[v].xpos == "VBD")?;
        let present = words[h].upos == "VERB" && matches!(words[h].xpos.as_str(), "VBZ" | "VBP");
        if !present || !matches!(rel(&words[h]), "ccomp" | "advcl" | "acl") {
            return None;
        }
        let own_subject = words.iter().any(|k| {
            k.head as usize == h + 1
                && rel(k) == "nsubj"
                && !RELATIVE.contains(&k.form.to_lowercase().as_str())
        });
        if !own_subject {
            return None;
        }
        let g = climb(words, h, |g| {
            words[g].upos == "VERB" && words[g].xpos == "VBD"
        })?;
        (words[g].upos == "VERB" && words[g].xpos == "VBD" && g < h).then_some((v, g))
    })
}

/// (verb, new head), 0-based: a participle coordinated to a nominal or an adjective
/// (", calling the raid \"a hostile act\" and demanding redress": "demanding" hung on
/// "act") joins the nearest participle up the heads, the side clause it continues; its
/// subject is that clause's. English coordinates like forms, so a participle does not
/// continue a noun, and the nearest verb up must be a participle itself (not "charged
/// with fishing and entering …", a gerund of the noun's own). A nominal with a subject or a
/// copula of its own is a clause ("said the rebels were active and attacking villages",
/// a progressive on the copula) and is left alone.
pub(super) fn participle_conjunct_on_nominal(words: &[Word]) -> Option<(usize, usize)> {
    (0..words.len()).find_map(|v| {
        let h = bare_conjunct(words, v, &["VBG"])?;
        let nominal = matches!(
            words[h].upos.as_str(),
            "NOUN" | "PROPN" | "PRON" | "NUM" | "ADJ"
        );
        if !nominal || has_kid(words, h, "cop") || has_kid(words, h, "nsubj") {
            return None;
        }
        let g = climb(words, h, |g| words[g].upos == "VERB")?;
        let participle = words[g].upos == "VERB" && words[g].xpos == "VBG";
        (participle && g < h).then_some((v, g))
    })
}

/// Relative pronouns: the subject of a describing clause, not a clause of its own.
const RELATIVE: [&str; 4] = ["who", "which", "that", "whom"];

/// The head of `v` when `v` is a past-tense verb joined by a conjunction, with no subject
/// or auxiliary of its own (a conjunct that has one is a new clause the parse reads right)
/// and no passive agent ("… and backed by Y" describes).
fn bare_past_conjunct(words: &[Word], v: usize) -> Option<usize> {
    bare_conjunct(words, v, &["VBD", "VBN"])
}

/// [`bare_past_conjunct`] for a verb of one of `tags`.
fn bare_conjunct(words: &[Word], v: usize, tags: &[&str]) -> Option<usize> {
    let w = &words[v];
    if w.deprel != "conj" || w.upos != "VERB" || !tags.contains(&w.xpos.as_str()) {
        return None;
    }
    if !has_kid(words, v, "cc") {
        return None;
    }
    let own = ["nsubj", "aux", "obl:agent", "mark", "cop"];
    if words
        .iter()
        .any(|k| k.head as usize == v + 1 && own.iter().any(|r| k.deprel.starts_with(r)))
    {
        return None;
    }
    head(words, v).filter(|&h| h < v)
}

/// The first head up from `h` (at most [`MAX_HOPS`] + 1 steps) where `stop` holds, or the
/// last one reached; `None` past the root. Callers check the word they get.
fn climb(words: &[Word], h: usize, stop: impl Fn(usize) -> bool) -> Option<usize> {
    let mut g = head(words, h)?;
    for _ in 0..MAX_HOPS {
        if stop(g) {
            break;
        }
        g = head(words, g)?;
    }
    Some(g)
}

fn rel(w: &Word) -> &str {
    w.deprel.split(':').next().unwrap_or("")
}

fn has_kid(words: &[Word], h: usize, r: &str) -> bool {
    words
        .iter()
        .any(|w| w.head as usize == h + 1 && rel(w) == r)
}

#[cfg(test)]
mod tests {
    use crate::nlp::frames::repair::repaired;
    use crate::nlp::frames::repair::test_words as words;
    use std::borrow::Cow;

    // "A welcomed the ruling as a win and called on B …", "called" hung on "win"
    const ON_NOUN: [(&str, &str, &str, u32, &str); 10] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("welcomed", "VBD", "VERB", 0, "root"),
        ("the", "DT", "DET", 4, "det"),
        ("ruling", "NN", "NOUN", 2, "obj"),
        ("as", "IN", "ADP", 6, "case"),
        ("win", "NN", "NOUN", 2, "obl"),
        ("and", "CC", "CCONJ", 8, "cc"),
        ("called", "VBN", "VERB", 6, "conj"),
        ("on", "IN", "ADP", 10, "case"),
        ("Sylvania", "NNP", "PROPN", 8, "obl"),
    ];

    #[test]
    fn a_past_verb_hung_on_a_noun_joins_the_clause_verb() {
        let w = words(&ON_NOUN);
        let fixed = repaired(&w);
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "conj"));
        // a conjunct with its own subject is a new clause and stays
        let mut rows = ON_NOUN.to_vec();
        rows[8] = ("it", "PRP", "PRON", 8, "nsubj");
        assert!(matches!(repaired(&words(&rows)), Cow::Borrowed(_)));
        // a participle ("… and called") does not join a present-tense verb
        let mut rows = ON_NOUN.to_vec();
        rows[1] = ("welcomes", "VBZ", "VERB", 0, "root");
        assert!(matches!(repaired(&words(&rows)), Cow::Borrowed(_)));
        // "A rejected the ruling as absurd and expelled B", "expelled" hung on the adjective
        let mut rows = ON_NOUN.to_vec();
        rows[5] = ("absurd", "JJ", "ADJ", 2, "advcl");
        rows[7] = ("expelled", "VBD", "VERB", 6, "conj");
        rows[8] = ("the", "DT", "DET", 10, "det");
        rows[9] = ("envoys", "NNS", "NOUN", 8, "obj");
        let w = words(&rows);
        let fixed = repaired(&w);
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "conj"));
    }

    // "A accused B of failing to stop C and urged D", "urged" hung on "stop" and the main
    // verb tagged as a participle (so `conjunct_under_gerund`, which wants a finite tag there,
    // leaves it)
    const UNDER_GERUND: [(&str, &str, &str, u32, &str); 11] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("accused", "VBN", "VERB", 0, "root"),
        ("Sylvania", "NNP", "PROPN", 2, "obj"),
        ("of", "IN", "SCONJ", 5, "mark"),
        ("failing", "VBG", "VERB", 2, "advcl"),
        ("to", "TO", "PART", 7, "mark"),
        ("stop", "VB", "VERB", 5, "xcomp"),
        ("raids", "NNS", "NOUN", 7, "obj"),
        ("and", "CC", "CCONJ", 10, "cc"),
        ("urged", "VBD", "VERB", 7, "conj"),
        ("Ruritania", "NNP", "PROPN", 10, "obj"),
    ];

    #[test]
    fn a_past_verb_under_an_infinitive_of_a_gerund_side_clause_joins_the_main_verb() {
        let w = words(&UNDER_GERUND);
        let fixed = repaired(&w);
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (2, "conj"));
    }

    // "A said B was punishing C and praised D", "praised" hung under "punishing"
    const UNDER_PROGRESSIVE: [(&str, &str, &str, u32, &str); 9] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("said", "VBD", "VERB", 0, "root"),
        ("Sylvania", "NNP", "PROPN", 5, "nsubj"),
        ("was", "VBD", "AUX", 5, "aux"),
        ("punishing", "VBG", "VERB", 2, "ccomp"),
        ("farmers", "NNS", "NOUN", 5, "obj"),
        ("and", "CC", "CCONJ", 8, "cc"),
        ("praised", "VBN", "VERB", 5, "conj"),
        ("Ruritania", "NNP", "PROPN", 8, "obj"),
    ];

    #[test]
    fn a_past_verb_under_a_progressive_complement_joins_the_speech_verb() {
        let w = words(&UNDER_PROGRESSIVE);
        let fixed = repaired(&w);
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "conj"));
        // "… was punishing farmers and had praised D": its own auxiliary, a new clause
        let mut rows = UNDER_PROGRESSIVE.to_vec();
        rows.insert(7, ("had", "VBD", "AUX", 9, "aux"));
        rows[8] = ("praised", "VBN", "VERB", 5, "conj");
        rows[9] = ("Ruritania", "NNP", "PROPN", 9, "obj");
        rows[6] = ("and", "CC", "CCONJ", 9, "cc");
        assert!(matches!(repaired(&words(&rows)), Cow::Borrowed(_)));
        // a participle on a noun ("a group seeking X and backed by Y") is a description
        let mut rows = UNDER_PROGRESSIVE.to_vec();
        rows[4] = ("seeking", "VBG", "VERB", 3, "acl");
        assert!(matches!(repaired(&words(&rows)), Cow::Borrowed(_)));
    }

    // "A said aid would stop until B takes steps and accused C", "accused" hung on "takes"
    const ON_PRESENT: [(&str, &str, &str, u32, &str); 14] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("said", "VBD", "VERB", 0, "root"),
        ("aid", "NN", "NOUN", 5, "nsubj"),
        ("would", "MD", "AUX", 5, "aux"),
        ("stop", "VB", "VERB", 2, "ccomp"),
        ("until", "IN", "ADP", 7, "case"),
        ("Ruritania", "NNP", "PROPN", 8, "nsubj"),
        ("takes", "VBZ", "VERB", 5, "acl:relcl"),
        ("steps", "NNS", "NOUN", 8, "obj"),
        ("and", "CC", "CCONJ", 11, "cc"),
        ("accused", "VBD", "VERB", 8, "conj"),
        ("Sylvania", "NNP", "PROPN", 11, "obj"),
        ("of", "IN", "SCONJ", 14, "mark"),
        ("lying", "VBG", "VERB", 11, "advcl"),
    ];

    #[test]
    fn a_past_verb_hung_on_a_present_clause_joins_the_past_verb_above() {
        let w = words(&ON_PRESENT);
        let fixed = repaired(&w);
        assert_eq!((fixed[10].head, fixed[10].deprel.as_str()), (2, "conj"));
        // a present clause whose subject is a relative pronoun is left to the relative
        // repairs ("…, which oversees B, said …")
        let mut rows = ON_PRESENT.to_vec();
        rows[6] = ("which", "WDT", "PRON", 8, "nsubj");
        assert!(matches!(repaired(&words(&rows)), Cow::Borrowed(_)));
        // a conjunct in the present ("… and accuses C") is the present clause's own
        let mut rows = ON_PRESENT.to_vec();
        rows[10] = ("accuses", "VBZ", "VERB", 8, "conj");
        assert!(matches!(repaired(&words(&rows)), Cow::Borrowed(_)));
    }

    // "A condemned the raid, calling it a hostile act and demanding redress", "demanding"
    // hung on "act"
    const PARTICIPLE_ON_NOUN: [(&str, &str, &str, u32, &str); 13] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("condemned", "VBD", "VERB", 0, "root"),
        ("the", "DT", "DET", 4, "det"),
        ("raid", "NN", "NOUN", 2, "obj"),
        (",", ",", "PUNCT", 6, "punct"),
        ("calling", "VBG", "VERB", 2, "advcl"),
        ("it", "PRP", "PRON", 6, "obj"),
        ("a", "DT", "DET", 10, "det"),
        ("hostile", "JJ", "ADJ", 10, "amod"),
        ("act", "NN", "NOUN", 7, "appos"),
        ("and", "CC", "CCONJ", 12, "cc"),
        ("demanding", "VBG", "VERB", 10, "conj"),
        ("redress", "NN", "NOUN", 12, "obj"),
    ];

    #[test]
    fn a_participle_hung_on_a_noun_joins_the_participle_above() {
        let w = words(&PARTICIPLE_ON_NOUN);
        let fixed = repaired(&w);
        assert_eq!((fixed[11].head, fixed[11].deprel.as_str()), (6, "conj"));
        // the nearest verb up is no participle ("charged with fishing and entering …")
        let mut rows = PARTICIPLE_ON_NOUN.to_vec();
        rows[5] = ("charged", "VBN", "VERB", 2, "conj");
        assert_eq!(repaired(&words(&rows))[11].head, 10);
        // a nominal with a subject of its own is a clause ("… the rebels active and
        // attacking villages"): left alone
        let mut rows = PARTICIPLE_ON_NOUN.to_vec();
        rows[6] = ("it", "PRP", "PRON", 10, "nsubj");
        rows[9] = ("act", "NN", "NOUN", 6, "xcomp");
        assert_eq!(repaired(&words(&rows))[11].head, 10);
        // a participle with a subject of its own is a new clause
        let mut rows = PARTICIPLE_ON_NOUN.to_vec();
        rows[7] = ("they", "PRP", "PRON", 12, "nsubj");
        assert_eq!(repaired(&words(&rows))[11].head, 10);
    }
}
