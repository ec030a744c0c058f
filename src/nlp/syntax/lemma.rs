//! Lemmas: a lexicon learned from the treebank holds the forms the rules get wrong;
//! suffix rules keyed on the Penn tag cover the rest.

use super::conllu::GoldSentence;
use std::collections::HashMap;

/// Rule lemma of a word given its tags.
pub fn rule(form: &str, upos: &str, xpos: &str) -> String {
    if upos == "PROPN" {
        return form.to_string();
    }
    let lower = form.to_lowercase();
    let stem = |suffix: &str| stem_of(&lower, suffix);
    let out = match xpos {
        "NNS" | "VBZ" => plural(&lower),
        "VBD" | "VBN" => stem("ied")
            .map(|s| format!("{s}y"))
            .or_else(|| stem("ed").map(undouble)),
        "VBG" => stem("ing").map(undouble),
        "JJR" | "RBR" => stem("ier")
            .map(|s| format!("{s}y"))
            .or_else(|| stem("er").map(undouble)),
        "JJS" | "RBS" => stem("iest")
            .map(|s| format!("{s}y"))
            .or_else(|| stem("est").map(undouble)),
        _ => None,
    };
    out.unwrap_or_else(|| lower.clone())
}

fn stem_of<'a>(lower: &'a str, suffix: &str) -> Option<&'a str> {
    lower.strip_suffix(suffix).filter(|s| s.len() >= 2)
}

fn plural(lower: &str) -> Option<String> {
    let stem = |suffix: &str| stem_of(lower, suffix);
    if lower.ends_with("ss") || lower.ends_with("us") || lower.ends_with("is") {
        return None;
    }
    stem("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| {
            ["ches", "shes", "sses", "xes", "zes"]
                .iter()
                .find(|e| lower.ends_with(*e))
                .and_then(|_| stem("es").map(str::to_string))
        })
        .or_else(|| stem("s").map(str::to_string))
}

/// "stopp" -> "stop"; "plann" -> "plan" (but "fall", "pass" keep their pair).
fn undouble(stem: &str) -> String {
    let b = stem.as_bytes();
    let n = b.len();
    if n >= 3
        && b[n - 1] == b[n - 2]
        && !matches!(b[n - 1], b'l' | b's' | b'z' | b'f' | b'e' | b'o')
    {
        stem[..n - 1].to_string()
    } else {
        stem.to_string()
    }
}

/// (lowercase form, XPOS) -> lemma, for the treebank words whose most frequent lemma
/// the rules miss.
pub fn learn(sents: &[GoldSentence]) -> HashMap<(String, String), String> {
    let mut counts: HashMap<(String, String), HashMap<String, u32>> = HashMap::new();
    for w in sents.iter().flat_map(|s| &s.words) {
        if w.upos == "PROPN" || w.lemma == "_" {
            continue;
        }
        *counts
            .entry((w.form.to_lowercase(), w.xpos.clone()))
            .or_default()
            .entry(w.lemma.clone())
            .or_default() += 1;
    }
    let mut out = HashMap::new();
    for ((lower, xpos), lemmas) in counts {
        let mut sorted: Vec<(String, u32)> = lemmas.into_iter().collect();
        sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let lemma = sorted.swap_remove(0).0;
        if lemma != rule(&lower, "", &xpos) {
            out.insert((lower, xpos), lemma);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::rule;

    #[test]
    fn rules_cover_regular_inflection() {
        assert_eq!(rule("talks", "NOUN", "NNS"), "talk");
        assert_eq!(rule("countries", "NOUN", "NNS"), "country");
        assert_eq!(rule("stopped", "VERB", "VBD"), "stop");
        assert_eq!(rule("signing", "VERB", "VBG"), "sign");
        assert_eq!(rule("Moscow", "PROPN", "NNP"), "Moscow");
        assert_eq!(rule("Talks", "NOUN", "NN"), "talks");
    }
}
