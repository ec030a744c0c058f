//! Coordinated verbs the parser hangs on the wrong word. English coordinates like with
//! like: "X welcomed the ruling and called on Y" joins two finite verbs, so a past-tense
//! conjunct cannot belong to a noun ("the ruling … and called"). Hung there, the verb
//! inherits no subject, or a target from the wrong phrase.
use crate::nlp::syntax::Word;

/// Heads walked up from a noun to the verb of its clause.
const MAX_HOPS: usize = 4;

/// (verb, new head), 0-based: a past-tense verb coordinated to a nominal ("welcomed the
/// decision as a victory … and called on Y": "called" hung on "victory") joins the verb or
/// predicate of the clause the nominal sits in.
pub(super) fn past_conjunct_on_nominal(words: &[Word]) -> Option<(usize, usize)> {
    (0..words.len()).find_map(|v| {
        let h = bare_past_conjunct(words, v)?;
        if !matches!(words[h].upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM") {
            return None;
        }
        let mut g = head(words, h)?;
        for _ in 0..MAX_HOPS {
            if words[g].upos == "VERB" || has_kid(words, g, "cop") {
                break;
            }
            g = head(words, g)?;
        }
        let verb_like = words[g].upos == "VERB" || has_kid(words, g, "cop");
        // a participle conjunct ("called" tagged VBN) joins only a past verb
        let agrees = words[v].xpos == "VBD" || matches!(words[g].xpos.as_str(), "VBD" | "VBN");
        (verb_like && agrees && g < h).then_some((v, g))
    })
}

/// The head of `v` when `v` is a past-tense verb joined by a conjunction, with no subject
/// or auxiliary of its own (a conjunct that has one is a new clause the parse reads right)
/// and no passive agent ("… and backed by Y" describes).
fn bare_past_conjunct(words: &[Word], v: usize) -> Option<usize> {
    let w = &words[v];
    if w.deprel != "conj" || w.upos != "VERB" || !matches!(w.xpos.as_str(), "VBD" | "VBN") {
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

fn head(words: &[Word], w: usize) -> Option<usize> {
    (words[w].head as usize).checked_sub(1)
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
    use super::*;
    use crate::nlp::frames::repair::repaired;
    use std::borrow::Cow;

    fn words(rows: &[(&str, &str, &str, u32, &str)]) -> Vec<Word> {
        rows.iter()
            .map(|&(form, xpos, upos, head, deprel)| Word {
                form: form.into(),
                lemma: form.to_lowercase(),
                upos: upos.into(),
                xpos: xpos.into(),
                head,
                deprel: deprel.into(),
                start: 0,
                end: 0,
                start_char: 0,
                end_char: 0,
            })
            .collect()
    }

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
    }
}
