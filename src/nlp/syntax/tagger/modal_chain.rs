//! A verb after an auxiliary and adverbs. A left-to-right tagger sees two words back, so
//! in "would ever again attack Y", "did not ever again quarrel with Y" or "has since
//! repeatedly criticised Y" the auxiliary has left its window when the verb comes: the
//! verb is read as a preposition or an adjective, or "since" as the opener of a clause,
//! and the parser then hangs the verb as a subordinate clause or finds none, losing the
//! clause's event. In English a modal, or "do" with its negation, followed only by adverbs
//! is followed by its verb's base form, and "since" between a form of "have" and its
//! participle is an adverb, so those words are fixed and the sentence tagged again.

use super::clause_verb::OPENERS;

/// Forms of "do" that, before a negation, are the auxiliary of a bare verb.
const DO_FORMS: [&str; 3] = ["do", "does", "did"];

/// Negations that make "do" an auxiliary ("did not", "didn't" tokenised "did" + "n't").
pub(super) const NEGATIONS: [&str; 3] = ["not", "n't", "never"];

/// Forms of "have" after which "since" is an adverb when a participle follows.
const HAVE_FORMS: [&str; 4] = ["has", "have", "had", "'ve"];

/// Positions of a word right after a modal (`MD`), or "do" and its negation, and two or
/// more adverbs (`RB`), that the tagger did not read as a verb; `xpos` are the first
/// tags of `words`.
pub(super) fn verbs(words: &[&str], xpos: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    for m in (0..xpos.len()).filter(|&m| opens_bare_verb(words, xpos, m)) {
        let adverbs = xpos[m + 1..].iter().take_while(|t| **t == "RB").count();
        let at = m + 1 + adverbs;
        let open = words.get(at).is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase) && !OPENERS.contains(w)
        });
        if adverbs >= 2 && open && !xpos[at].starts_with("VB") {
            out.push(at);
        } else if adverbs == 1 && verb_read_as_adverb(words, xpos, m + 1) {
            out.push(m + 1);
        }
    }
    out
}

/// Tags that open a noun phrase (a participle as its adjective: "improved ties"): after a
/// modal's one "adverb" they show it was the verb.
const PHRASE_OPENERS: [&str; 9] = ["DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "VBN"];

/// "will abandon/RB full ties": the one word after a modal read as an adverb, with a noun
/// phrase right after it. An adverb between a modal and a noun phrase leaves the modal
/// verbless ("will also the talks"), so the word is the verb. Words in "-ly" and the
/// negations stay adverbs; the caller also leaves a word the tag dictionary holds as one.
fn verb_read_as_adverb(words: &[&str], xpos: &[&str], at: usize) -> bool {
    let w = words[at];
    let plain = w.chars().all(|c| c.is_ascii_lowercase()) && !w.ends_with("ly");
    plain && !NEGATIONS.contains(&w) && xpos.get(at + 1).is_some_and(|t| PHRASE_OPENERS.contains(t))
}

/// Whether the word at `m` asks for a bare verb after it: a modal, or "do" followed by
/// its negation (plain "did" may be the main verb: "did very well in the talks").
fn opens_bare_verb(words: &[&str], xpos: &[&str], m: usize) -> bool {
    let is = |i: usize, list: &[&str]| {
        words
            .get(i)
            .is_some_and(|w| list.iter().any(|x| x.eq_ignore_ascii_case(w)))
    };
    xpos[m] == "MD" || (is(m, &DO_FORMS) && is(m + 1, &NEGATIONS))
}

/// "have", the adverb "since" and the participle of a perfect.
pub(super) struct Perfect {
    pub have: usize,
    pub since: usize,
    pub participle: usize,
}

/// Where "since" follows a form of "have" and only adverbs part it from a word read as
/// a past form ("has since repeatedly criticised", "had since then accused"), the tagger
/// read it as a preposition or the opener of a clause; the positions of the three words.
pub(super) fn perfect_since(words: &[&str], xpos: &[&str]) -> Vec<Perfect> {
    let mut out = Vec::new();
    for s in 1..words.len() {
        let have = HAVE_FORMS
            .iter()
            .any(|h| h.eq_ignore_ascii_case(words[s - 1]));
        if !have || !words[s].eq_ignore_ascii_case("since") || xpos[s] == "RB" {
            continue;
        }
        let adverbs = xpos[s + 1..].iter().take_while(|t| **t == "RB").count();
        let at = s + 1 + adverbs;
        if xpos.get(at).is_some_and(|t| *t == "VBN" || *t == "VBD") {
            out.push(Perfect {
                have: s - 1,
                since: s,
                participle: at,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::super::builtin;
    use super::*;

    #[test]
    fn the_word_after_a_modal_and_adverbs_is_its_verb() {
        let words = ["A", "would", "ever", "again", "attack", "B", "."];
        let xpos = ["NNP", "MD", "RB", "RB", "IN", "NNP", "."];
        assert_eq!(verbs(&words, &xpos), vec![4]);
        // one adverb is inside the tagger's window: left to the model
        let one = ["A", "would", "again", "attack", "B", "."];
        assert!(verbs(&one, &["NNP", "MD", "RB", "IN", "NNP", "."]).is_empty());
        // a verb already read as one, a name, or the end of the sentence: nothing to fix
        let xpos = ["NNP", "MD", "RB", "RB", "VB", "NNP", "."];
        assert!(verbs(&words, &xpos).is_empty());
        let words = ["A", "will", "never", "again", "Bob", "."];
        assert!(verbs(&words, &["NNP", "MD", "RB", "RB", "NNP", "."]).is_empty());
        assert!(verbs(&["A", "will", "not", "ever"], &["NNP", "MD", "RB", "RB"]).is_empty());
    }

    #[test]
    fn one_adverb_between_a_modal_and_a_noun_phrase_is_the_verb() {
        let words = ["A", "will", "forsake", "all", "ties", "with", "B"];
        let xpos = ["NNP", "MD", "RB", "DT", "NNS", "IN", "NNP"];
        assert_eq!(verbs(&words, &xpos), vec![2]);
        let words = ["A", "will", "forsake", "improved", "ties"];
        assert_eq!(verbs(&words, &["NNP", "MD", "RB", "VBN", "NNS"]), vec![2]);
        // an adverb in "-ly", a negation, or one before the verb: left alone
        let words = ["A", "will", "probably", "the", "talks"];
        assert!(verbs(&words, &["NNP", "MD", "RB", "DT", "NNS"]).is_empty());
        let words = ["A", "will", "not", "B", "."];
        assert!(verbs(&words, &["NNP", "MD", "RB", "NNP", "."]).is_empty());
        let words = ["A", "will", "soon", "quit", "the", "talks"];
        assert!(verbs(&words, &["NNP", "MD", "RB", "VB", "DT", "NNS"]).is_empty());
    }

    #[test]
    fn do_with_its_negation_asks_for_a_bare_verb_as_a_modal_does() {
        let words = ["A", "did", "not", "ever", "again", "quarrel", "with", "B"];
        let xpos = ["NNP", "VBD", "RB", "RB", "RB", "JJ", "IN", "NNP"];
        assert_eq!(verbs(&words, &xpos), vec![5]);
        // "did" with no negation may be the main verb: "did very well in the talks"
        let words = ["A", "did", "very", "well", "in", "the", "talks"];
        assert!(verbs(&words, &["NNP", "VBD", "RB", "RB", "IN", "DT", "NNS"]).is_empty());
        // an ellipsis: the word after the adverbs opens a clause
        let words = ["A", "did", "n't", "either", "until", "B", "asked"];
        let xpos = ["NNP", "VBD", "RB", "RB", "IN", "NNP", "VBD"];
        assert!(verbs(&words, &xpos).is_empty());
    }

    #[test]
    fn since_between_have_and_a_past_form_is_an_adverb() {
        let words = ["A", "has", "since", "repeatedly", "criticised", "B"];
        let xpos = ["NNP", "VBZ", "IN", "RB", "VBD", "NNP"];
        let found = perfect_since(&words, &xpos);
        assert_eq!(found.len(), 1);
        let p = &found[0];
        assert_eq!((p.have, p.since, p.participle), (1, 2, 4));
        // "since" before a year or a clause: a preposition or an opener, left alone
        let words = ["A", "has", "since", "2019", "refused", "talks"];
        let xpos = ["NNP", "VBZ", "IN", "CD", "VBD", "NNS"];
        assert!(perfect_since(&words, &xpos).is_empty());
        let words = ["A", "had", "talks", "since", "B", "asked"];
        let xpos = ["NNP", "VBD", "NNS", "IN", "NNP", "VBD"];
        assert!(perfect_since(&words, &xpos).is_empty());
    }

    /// Without the fix the shipped tagger reads "since" as a clause opener and the
    /// participle as the verb of an adverbial clause of "has".
    #[test]
    fn the_shipped_tagger_reads_since_after_has_as_an_adverb() {
        let model = builtin().expect("the shipped syntax model loads");
        let words = [
            "Ruritania",
            "has",
            "since",
            "repeatedly",
            "criticised",
            "Sylvania",
            ".",
        ];
        let tags: Vec<&str> = model
            .tagger
            .tag(&words)
            .iter()
            .map(|&c| model.tagger.tags[usize::from(c)].1.as_str())
            .collect();
        assert_eq!(&tags[1..5], &["VBZ", "RB", "RB", "VBN"]);
        let upos = &model.tagger.tags[usize::from(model.tagger.tag(&words)[1])].0;
        assert_eq!(upos, "AUX");
    }

    /// The shipped tagger reads "attack" after "would ever again" as a preposition unless
    /// the fix is applied: the sentence's verb comes out as a base verb.
    #[test]
    fn the_shipped_tagger_reads_the_verb_after_a_modal_and_two_adverbs() {
        let model = builtin().expect("the shipped syntax model loads");
        for verb in ["attack", "quarrel"] {
            for chain in [
                &["would", "ever", "again"][..],
                &["did", "not", "ever", "again"],
            ] {
                let mut words = vec!["Ruritania"];
                words.extend_from_slice(chain);
                words.extend([verb, "with", "Sylvania", "."]);
                let classes = model.tagger.tag(&words);
                let tag = &model.tagger.tags[usize::from(classes[chain.len() + 1])].1;
                assert_eq!(tag, "VB", "{verb} after {chain:?}");
            }
        }
    }
}
