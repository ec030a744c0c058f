//! A verb right after an opening quotation mark. News quotes a speaker's own verb ("said it
//! \"condemns\" the attack", "would \"not tolerate\" any attempt", "said they \"strongly
//! object\" to the law"); the left-to-right tagger then has the quote mark where it looks for
//! the subject or the modal, and reads the verb as a plural noun or an adjective ("condemns"
//! NNS, "tolerate" JJ, "object" JJ). The clause is left verbless and its act is lost.
//!
//! English structure decides it, not the word: after a modal, the quote and any adverbs
//! can only be followed by the modal's bare verb; after a nominative pronoun ("they",
//! "he") the quote and adverbs can only be followed by its finite verb. "it" and "you" are
//! also objects ("called it \"lies\""), so they count as subjects only at the start of a
//! clause: after "that", a verb that takes a bare clause (`data/syntax/bare_clause_verbs.txt`)
//! or the sentence start. The tense comes from the word's ending and the pronoun's person.

use super::compound_noun::clause_verbs;
use super::modal_chain::NEGATIONS;

/// The tag a quoted word is fixed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tense {
    /// A bare verb after a modal (VB).
    Base,
    /// A present verb after "he", "she", "it" (VBZ).
    Third,
    /// A present verb after "they", "we", "I", "you" (VBP).
    Plain,
    /// A simple past after any subject pronoun (VBD).
    Past,
}

impl Tense {
    /// The fine tag of the tense.
    pub(super) fn xpos(self) -> &'static str {
        match self {
            Tense::Base => "VB",
            Tense::Third => "VBZ",
            Tense::Plain => "VBP",
            Tense::Past => "VBD",
        }
    }
}

/// Pronouns that can only be subjects.
const NOMINATIVE: [&str; 5] = ["i", "we", "they", "he", "she"];

/// Pronouns that are subjects or objects.
const EITHER: [&str; 2] = ["it", "you"];

/// Tags a verb read as something else after a quote takes ("condemns" NNS, "tolerate" JJ,
/// "apologise" RB, "hand" NN); a preposition or a conjunction is never the verb.
const MISREAD: [&str; 4] = ["NN", "NNS", "JJ", "RB"];

/// Positions of words right after an opening quote (and negations or "-ly" adverbs) that
/// are the verb of a modal or a subject pronoun before the quote but were not read as
/// verbs; `xpos` are the first tags of `words`. Other adverbs are not skipped: the tagger
/// reads the misplaced verb itself as one ("never apologise/RB for").
pub(super) fn verbs(words: &[&str], xpos: &[&str]) -> Vec<(usize, Tense)> {
    let mut out = Vec::new();
    for q in (1..xpos.len()).filter(|&q| xpos[q] == "``") {
        let adverb = |w: &str| NEGATIONS.contains(&w) || w.ends_with("ly");
        let skipped = (q + 1..xpos.len())
            .take_while(|&k| xpos[k] == "RB" && adverb(words[k]))
            .count();
        let at = q + 1 + skipped;
        let (Some(word), Some(tag)) = (words.get(at), xpos.get(at)) else {
            continue;
        };
        let plain = word.chars().all(|c| c.is_ascii_lowercase());
        if !plain || !MISREAD.contains(tag) || adverb(word) {
            continue;
        }
        if xpos[q - 1] == "MD" {
            out.push((at, Tense::Base));
        } else if let Some(tense) = subject_tense(words, q - 1, word) {
            out.push((at, tense));
        }
    }
    out
}

/// The tense of `word` as the verb of the pronoun at `p`, if `p` is a subject pronoun.
fn subject_tense(words: &[&str], p: usize, word: &str) -> Option<Tense> {
    let pronoun = words[p].to_lowercase();
    let third = matches!(pronoun.as_str(), "he" | "she" | "it");
    if !NOMINATIVE.contains(&pronoun.as_str()) {
        let opens = p == 0
            || words[p - 1].eq_ignore_ascii_case("that")
            || clause_verbs().contains(words[p - 1].to_lowercase().as_str());
        if !EITHER.contains(&pronoun.as_str()) || !opens {
            return None;
        }
    }
    if word.ends_with("ed") {
        Some(Tense::Past)
    } else if third && word.ends_with('s') && !word.ends_with("ss") {
        Some(Tense::Third)
    } else if !third && !word.ends_with('s') {
        Some(Tense::Plain)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(words: &str, tags: &str) -> Vec<(usize, Tense)> {
        let w: Vec<&str> = words.split(' ').collect();
        let xpos: Vec<&str> = tags.split(' ').collect();
        verbs(&w, &xpos)
    }

    #[test]
    fn a_word_after_a_modal_and_a_quote_is_the_bare_verb() {
        let got = found("A would `` not abide '' B .", "NNP MD `` RB JJ '' NNP .");
        assert_eq!(got, vec![(4, Tense::Base)]);
        let got = found("A will `` never forgive '' B", "NNP MD `` RB RB '' NNP");
        assert_eq!(got, vec![(4, Tense::Base)]);
        // already a verb, a name, or a negation with nothing after it: left alone
        assert!(found("A would `` abide by '' B", "NNP MD `` VB IN '' NNP").is_empty());
        assert!(found("A would `` Bob '' .", "NNP MD `` NNP '' .").is_empty());
        assert!(found("A would `` not ''", "NNP MD `` RB ''").is_empty());
        // the misread verb is itself tagged an adverb: it is the verb, not the word after it
        let got = found("A would `` never yield for years", "NNP MD `` RB RB IN NNS");
        assert_eq!(got, vec![(4, Tense::Base)]);
        // a conjunction after the quote is no verb ("would \"neither yield nor bow\"")
        assert!(found("A would `` neither yield nor", "NNP MD `` CC JJ CC").is_empty());
    }

    #[test]
    fn a_word_after_a_subject_pronoun_and_a_quote_is_its_finite_verb() {
        let got = found("A said it `` deplores '' B", "NNP VBD PRP `` NNS '' NNP");
        assert_eq!(got, vec![(4, Tense::Third)]);
        let got = found("they `` firmly reject '' B", "PRP `` RB JJ '' NNP");
        assert_eq!(got, vec![(3, Tense::Plain)]);
        let got = found(
            "A said that he `` regretted '' B",
            "NNP VBD IN PRP `` JJ '' NNP",
        );
        assert_eq!(got, vec![(5, Tense::Past)]);
        // a plural pronoun with an "-s" word, or "it" with a bare word: no verb reading
        assert!(found("they `` talks '' B", "PRP `` NNS '' NNP").is_empty());
        assert!(found("A said it `` deplore '' B", "NNP VBD PRP `` NN '' NNP").is_empty());
    }

    #[test]
    fn it_after_a_verb_that_takes_no_clause_is_an_object() {
        assert!(found("A called it `` lies '' .", "NNP VBD PRP `` NNS '' .").is_empty());
        assert!(found("A , calling it `` unfair ''", "NNP , VBG PRP `` JJ ''").is_empty());
        // an object "them" is never a subject
        assert!(found("A told them `` leave ''", "NNP VBD PRP `` NN ''").is_empty());
    }

    /// Through the shipped tagger: the quoted verb comes out as a verb.
    #[test]
    fn the_shipped_tagger_reads_the_quoted_verb_as_a_verb() {
        let model = super::super::super::builtin().expect("the shipped syntax model loads");
        let cases: [(&[&str], usize, &str); 3] = [
            (
                &[
                    "Ruritania",
                    "said",
                    "it",
                    "\"",
                    "condemns",
                    "\"",
                    "the",
                    "raid",
                    ".",
                ],
                4,
                "VBZ",
            ),
            (
                &[
                    "Ruritania",
                    "would",
                    "\"",
                    "not",
                    "tolerate",
                    "\"",
                    "the",
                    "raid",
                    ".",
                ],
                4,
                "VB",
            ),
            (
                &[
                    "They", "said", "they", "\"", "strongly", "object", "\"", "to", "it", ".",
                ],
                5,
                "VBP",
            ),
        ];
        for (words, at, want) in cases {
            let classes = model.tagger.tag(words);
            let tag = &model.tagger.tags[usize::from(classes[at])].1;
            assert_eq!(tag, want, "{words:?}");
        }
    }
}
