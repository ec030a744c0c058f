//! The bare verb of a mandative "that" clause. After "demanded that" English puts a subject
//! and a verb's base form ("demanded that the army take steps", "urged that Y release the
//! men"); a left-to-right tagger that has just read the subject's noun tags the bare verb
//! as another noun ("army take/NN"), and the parser then makes the clause a noun phrase
//! with no subject and no verb. When the word before "that" is one of
//! `data/syntax/mandative_verbs.txt`, the clause has no verb tagged yet before its next
//! boundary, and a lower-case word the tag dictionary allows as a verb follows a noun of
//! the subject and precedes what starts an object, that word is fixed as a base verb.
use std::collections::HashSet;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../../data/syntax/mandative_verbs.txt");

/// Tags that end a subject noun phrase: the word before the verb.
const SUBJECT_END: [&str; 4] = ["NN", "NNS", "NNP", "NNPS"];

/// Tags a subject noun phrase is made of.
const PHRASE: [&str; 11] = [
    "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD", "HYPH", "CC",
];

/// Tags that start an object (a quote mark opens a quoted one).
/// A noun counts too: the tagger reads the object's adjective as one ("take urgent/NN
/// steps"); the first word the dictionary allows as a verb is then taken. A quote mark is
/// tagged as either kind of quote.
const OBJECT_START: [&str; 12] = [
    "DT", "PDT", "CD", "PRP$", "PRP", "NNP", "NNPS", "JJ", "NN", "NNS", "``", "''",
];

/// Every form of the verbs of the list, lower case.
fn forms() -> &'static HashSet<&'static str> {
    static FORMS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    FORMS.get_or_init(|| super::word_list(LIST))
}

/// Positions of the bare verb of each mandative "that" clause the first tags `xpos` left
/// verbless; `may_be_verb(i)`: the tag dictionary allows word `i` as a verb. Of several
/// such words the first is taken ("take urgent/NN steps").
pub(super) fn verbs(
    words: &[&str],
    xpos: &[&str],
    may_be_verb: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let mut out = Vec::new();
    for t in (1..words.len()).filter(|&t| opens(words, xpos, t)) {
        let mut found = None;
        let mut k = t + 1;
        while k < words.len() && PHRASE.contains(&xpos[k]) {
            if found.is_none() && is_candidate(words, xpos, t, k) && may_be_verb(k) {
                found = Some(k);
            }
            k += 1;
        }
        // a verb the tagger did find in the clause (or a modal) makes the nouns nouns
        let verbed = xpos
            .get(k)
            .is_some_and(|x| x.starts_with("VB") || *x == "MD");
        if let Some(v) = found.filter(|_| !verbed) {
            out.push(v);
        }
    }
    out
}

/// Word `t` is a "that" (tagged as a subordinator) right after a mandative verb.
fn opens(words: &[&str], xpos: &[&str], t: usize) -> bool {
    words[t].eq_ignore_ascii_case("that")
        && xpos[t] == "IN"
        && forms().contains(words[t - 1].to_lowercase().as_str())
}

/// Word `k` of the clause opened at `t` may be its bare verb: a lower-case singular noun
/// right after a noun of the subject, with an object's start after it.
fn is_candidate(words: &[&str], xpos: &[&str], t: usize, k: usize) -> bool {
    let lower = words[k].chars().next().is_some_and(char::is_lowercase);
    k > t + 1
        && lower
        && xpos[k] == "NN"
        && SUBJECT_END.contains(&xpos[k - 1])
        && xpos.get(k + 1).is_some_and(|x| OBJECT_START.contains(x))
}

#[cfg(test)]
mod tests {
    use super::super::super::builtin;
    use super::*;

    fn xpos(words: &[&str]) -> Vec<String> {
        let model = builtin().expect("the shipped syntax model loads");
        let classes = model.tagger.tag(words);
        let tags = &model.tagger.tags;
        classes
            .iter()
            .map(|&c| tags[usize::from(c)].1.clone())
            .collect()
    }

    /// "take" after the subject of "demanded that" is the clause's verb, not a noun.
    #[test]
    fn a_bare_verb_after_a_demand_s_subject_is_tagged_as_a_verb() {
        let words = [
            "Ruritania",
            "demanded",
            "that",
            "Sylvania",
            "'s",
            "army",
            "take",
            "urgent",
            "steps",
            "to",
            "end",
            "the",
            "raids",
            ".",
        ];
        let tags = xpos(&words);
        assert_eq!(tags[6], "VB", "{tags:?}");
        assert_eq!(tags[5], "NN", "{tags:?}");
    }

    #[test]
    fn the_noun_read_bare_verb_of_a_demand_is_found() {
        let words = [
            "Ghana", "demanded", "that", "the", "army", "halt", "the", "raids",
        ];
        let xpos = ["NNP", "VBD", "IN", "DT", "NN", "NN", "DT", "NNS"];
        assert_eq!(verbs(&words, &xpos, |_| true), vec![5]);
        // a clause that has its verb already, or a verb of no demand, is left alone
        let xpos = ["NNP", "VBD", "IN", "DT", "NN", "VB", "DT", "NNS"];
        assert!(verbs(&words, &xpos, |_| true).is_empty());
        let words = [
            "Ghana", "said", "that", "the", "army", "halt", "the", "raids",
        ];
        let xpos = ["NNP", "VBD", "IN", "DT", "NN", "NN", "DT", "NNS"];
        assert!(verbs(&words, &xpos, |_| true).is_empty());
    }
}
