//! A closing participle hung inside a description: "A began returning migrants who had
//! crossed from B, prompting B to summon A's consul" is often parsed with "prompting" as an
//! adverbial of "crossed", the relative clause's verb, so the frames read the migrants as
//! what prompted B and the main clause loses its second act. A participle clause after a
//! comma, at the end of a sentence, tells what the main clause's subject did next or what
//! the main act caused ("…, accusing …", "…, rejecting …", "…, prompting …"); a description
//! of a noun (a relative clause whose subject is its pronoun, "who had crossed", or a
//! participle modifier, "a man convicted of trafficking") has no room for a second act of
//! its own. The participle is re-attached as an `advcl` of the verb above the described
//! noun (a main-clause verb, or a finite one), where the frames give it that verb's subject
//! (`Sentence::subject`).
//!
//! The parse may also read such a participle modifier as a complement of the verb above
//! ("hanged a man convicted of …" with "convicted" its `xcomp`, or a `ccomp` with the noun
//! for subject): a bare "-ed" participle right after its noun is the same description.
//!
//! A relative clause with a subject of its own ("an accord that B's government tore up,
//! accusing …") stays: its subject is as likely the participle's.
use super::head_of as head;
use super::FINITE;
use crate::nlp::syntax::Word;

/// Relative pronouns that are the subject of a describing clause.
const RELATIVE_SUBJECT: [&str; 3] = ["who", "which", "that"];

/// Clausal relations inside a description between the participle's head and the describing
/// clause ("a decision to allow warships to call at the port, prompting …": "call" is an
/// `xcomp` of "allow", the relative clause's verb).
const INNER: [&str; 3] = ["xcomp", "advcl", "ccomp"];

/// Relations by which a described noun hangs on what is above it, on the way up to its
/// verb: nominal ones only. A clause between the noun and a higher verb ("to protest after
/// shells fired …") may be a misread phrase, and the participle is then not the higher
/// verb's either.
const UPWARD: [&str; 8] = [
    "obj",
    "iobj",
    "obl",
    "nmod",
    "nsubj",
    "nsubj:pass",
    "appos",
    "conj",
];

/// How many heads up the search walks (a description is short; a longer path is a parse the
/// repair should not guess at).
const MAX_STEPS: usize = 8;

/// The repaired sentence, or `None` when no closing participle hangs in a description.
pub(super) fn closing_participle(words: &[Word]) -> Option<Vec<Word>> {
    let (participle, verb) = (1..words.len()).find_map(|p| misplaced(words, p))?;
    Some(super::reattached(words, participle, verb, "advcl"))
}

/// (participle, main verb), 0-based, when word `p` is a comma-opened present participle
/// hung on a verb inside a description of a noun that a main verb before it governs.
fn misplaced(words: &[Word], p: usize) -> Option<(usize, usize)> {
    let w = &words[p];
    let opens = w.xpos == "VBG" && w.deprel == "advcl" && words[p - 1].form == ",";
    let h = head(words, p).filter(|&h| opens && h < p)?;
    let clause = describing_clause(words, h)?;
    let verb = main_verb_above(words, clause)?;
    (verb < p && closes_sentence(words, p)).then_some((p, verb))
}

/// The describing clause that word `h` heads or lies in, through clausal complements only.
fn describing_clause(words: &[Word], mut h: usize) -> Option<usize> {
    for _ in 0..MAX_STEPS {
        if describes(words, h) {
            return Some(h);
        }
        if !INNER.contains(&words[h].deprel.as_str()) {
            return None;
        }
        h = head(words, h)?;
    }
    None
}

/// Verb `c` describes its noun: a relative clause whose subject is the relative pronoun, or
/// a participle modifier with no subject.
fn describes(words: &[Word], c: usize) -> bool {
    let kids = |rels: &[&str]| {
        words
            .iter()
            .filter(move |k| k.head as usize == c + 1 && rels.contains(&k.deprel.as_str()))
            .collect::<Vec<_>>()
    };
    let subjects = kids(&["nsubj", "nsubj:pass"]);
    let noun_above =
        head(words, c).is_some_and(|n| matches!(words[n].upos.as_str(), "NOUN" | "PROPN" | "PRON"));
    match words[c].deprel.as_str() {
        "acl:relcl" => {
            noun_above
                && subjects.len() == 1
                && RELATIVE_SUBJECT.contains(&subjects[0].form.to_lowercase().as_str())
        }
        "acl" => {
            noun_above && subjects.is_empty() && matches!(words[c].xpos.as_str(), "VBN" | "VBG")
        }
        "xcomp" | "ccomp" => reduced_relative(words, c, &subjects),
        _ => false,
    }
}

/// A participle modifier misread as a complement of the verb above: "hanged a man convicted
/// of trafficking" parsed with "convicted" as an `xcomp` of "hanged" (its noun the verb's
/// object), or as a `ccomp` whose subject is the noun (the verb then has no object). The
/// participle ("-ed", no auxiliary, no object of its own) follows its noun at once; a `ccomp`
/// under a speech verb is a said clause ("said the minister resigned"), not a description.
fn reduced_relative(words: &[Word], c: usize, subjects: &[&Word]) -> bool {
    let Some(v) = head(words, c) else {
        return false;
    };
    let noun = c.checked_sub(1).filter(|&n| words[n].upos == "NOUN");
    let child = |of: usize, rels: &[&str]| {
        words
            .iter()
            .any(|k| k.head as usize == of + 1 && rels.contains(&k.deprel.as_str()))
    };
    let participle = matches!(words[c].xpos.as_str(), "VBN" | "VBD")
        && words[c].form.ends_with("ed")
        && !child(c, &["aux", "aux:pass", "obj", "mark"]);
    let Some(n) = noun.filter(|_| participle) else {
        return false;
    };
    match words[c].deprel.as_str() {
        "xcomp" => subjects.is_empty() && words[n].head as usize == v + 1,
        _ => {
            subjects.len() == 1
                && words[n].head as usize == c + 1
                && !child(v, &["obj"])
                && !speech_form(&words[v].form)
        }
    }
}

/// A form of a speech verb (`speech` in `data/lexicon/closed_words.tsv`).
fn speech_form(form: &str) -> bool {
    static FORMS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    FORMS
        .get_or_init(|| crate::nlp::lexicon::List::ClosedWords.words("speech"))
        .contains(&form.to_lowercase().as_str())
}

/// The verb above the describing clause at `c`, reached through the noun and the nouns it
/// hangs on: a main-clause verb, or a finite verb of a subordinate clause, which keeps the
/// participle ("… after shells fired during fighting landed in a village, killing a woman":
/// the shells killed). Any other verb on the way (an infinitive, a participle) leaves the
/// participle where the parse put it.
fn main_verb_above(words: &[Word], c: usize) -> Option<usize> {
    let mut k = head(words, c)?;
    for _ in 0..MAX_STEPS {
        if words[k].upos == "VERB" {
            let finite = FINITE.contains(&words[k].xpos.as_str());
            return (finite || main(words, k)).then_some(k);
        }
        if !UPWARD.contains(&words[k].deprel.as_str()) {
            return None;
        }
        k = head(words, k)?;
    }
    None
}

/// Verb `v` is the main clause's: the root or a `conj` / `parataxis` of it.
fn main(words: &[Word], v: usize) -> bool {
    match words[v].deprel.as_str() {
        "root" => true,
        "conj" | "parataxis" => head(words, v).is_some_and(|h| words[h].deprel == "root"),
        _ => false,
    }
}

/// Nothing after the participle's clause but its own words and the closing punctuation: no
/// later word hangs outside the participle's subtree except a punctuation mark.
fn closes_sentence(words: &[Word], p: usize) -> bool {
    let below = |mut k: usize| {
        for _ in 0..words.len() {
            if k == p {
                return true;
            }
            match head(words, k) {
                Some(h) => k = h,
                None => return false,
            }
        }
        false
    };
    (p + 1..words.len()).all(|k| words[k].upos == "PUNCT" || below(k))
}
