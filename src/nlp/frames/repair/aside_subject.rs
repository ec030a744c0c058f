//! A subject parted from its verb by an aside set off by commas: "The envoy, who arrived on
//! Monday, met …", "The ministers, meeting in the capital, called on …", "The bloc, in a
//! statement, condemned …", "Mr X, a former diplomat, said …". The parser often hangs the
//! main verb inside the aside (a conjunct of the relative verb, a modifier of the aside's
//! last noun) or gives it a word of the aside for subject, so the act has no source and
//! its "and"-joined verbs lose it too.
//!
//! The shape is read on the words, not on the parse: a sentence opens with a nominal phrase
//! (no verb), a comma, one or two asides each closed by a comma (a describing relative
//! clause, a participle phrase, a prepositional phrase or an apposition with no finite verb),
//! then a finite verb with no subject outside the aside. That verb is the main clause: the
//! opening phrase's head becomes its subject, each aside hangs on that head (or, for a
//! prepositional one, on the verb), and whatever after the verb hung on the subject or the
//! aside moves to the verb. The aside keeps its own inner structure, so a relative clause's
//! own subject ("…, to which both states belong, …") never becomes the main subject.
//! Not across a quotation mark, and not when the verb has a subject of its own after it.
use super::subordinate_subject::acyclic;
use super::FINITE;
use crate::nlp::syntax::Word;

/// A relative word that opens a describing clause: the pronouns the other repairs share
/// (`DESCRIBING`), and "whose" (a preposition before one of them opens it too).
fn relative(word: &str) -> bool {
    super::DESCRIBING.contains(&word) || word == "whose"
}

/// How many asides may stand between the subject and its verb ("X, 54, a former envoy, said").
const MAX_ASIDES: usize = 2;

/// One aside: its first word, its closing comma and its kind.
type Span = (usize, usize, Aside);

/// What kind of aside a comma-delimited span is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Aside {
    Relative,
    Participle,
    Prepositional,
    Apposition,
}

/// The repaired sentence, or `None` when the sentence has no such shape or the parse
/// already gives the verb its subject.
pub(super) fn aside_subject(words: &[Word]) -> Option<Vec<Word>> {
    let start = opening(words);
    let c1 = (start..words.len()).find(|&k| words[k].form == ",")?;
    let n = subject_head(words, start, c1)?;
    let (asides, close) = asides(words, c1)?;
    let v = main_verb(words, close)?;
    // the parse already gives the verb its subject in the opening phrase ("A and B, …, met")
    let subject_of_v =
        |k: usize| words[k].head as usize == v + 1 && words[k].deprel.starts_with("nsubj");
    if (start..c1).any(subject_of_v) {
        return None;
    }
    let out = rebuilt(words, (start, n, close, v), &asides);
    acyclic(&out).then_some(out)
}

/// Where the sentence's own words begin: after a dateline's dash, if any, in the first words.
fn opening(words: &[Word]) -> usize {
    let dash = words
        .iter()
        .take(12)
        .position(|w| matches!(w.form.as_str(), "—" | "--" | "–"));
    dash.map_or(0, |d| d + 1)
}

/// The head noun of the opening phrase `start..c1`: no verb in it, and its rightmost noun,
/// proper noun or pronoun that is no part of a name or compound and does not sit in a
/// prepositional or possessive phrase ("the foreign ministers of the bloc": "ministers").
fn subject_head(words: &[Word], start: usize, c1: usize) -> Option<usize> {
    let span = start..c1;
    if span.is_empty() || c1 - start > 12 {
        return None;
    }
    let verbal = span
        .clone()
        .any(|k| matches!(words[k].upos.as_str(), "VERB" | "AUX") || is_quote(&words[k]));
    if verbal {
        return None;
    }
    span.clone().rev().find(|&k| {
        let w = &words[k];
        matches!(w.upos.as_str(), "NOUN" | "PROPN" | "PRON")
            // a coordination's later member is not its head ("A and B, …")
            && !matches!(w.deprel.as_str(), "flat" | "compound" | "fixed" | "conj")
            && !in_phrase(words, k, &span)
    })
}

/// Word `k` or one of its heads inside `span` opens a prepositional or possessive phrase.
fn in_phrase(words: &[Word], k: usize, span: &std::ops::Range<usize>) -> bool {
    let mut h = k;
    for _ in 0..span.len() {
        if super::has_dependent(words, h, "case") {
            return true;
        }
        match (words[h].head as usize).checked_sub(1) {
            Some(up) if span.contains(&up) => h = up,
            _ => return false,
        }
    }
    false
}

/// The asides after the comma at `c1`, each as (first word, closing comma, kind), and the
/// last closing comma; `None` unless one or two asides of a known kind close with a comma.
fn asides(words: &[Word], c1: usize) -> Option<(Vec<Span>, usize)> {
    let mut found = Vec::new();
    let mut open = c1;
    while found.len() < MAX_ASIDES {
        let close = (open + 1..words.len()).find(|&k| words[k].form == ",")?;
        let kind = aside_kind(words, open + 1, close)?;
        found.push((open + 1, close, kind));
        open = close;
        if starts_main_verb(words, close) {
            return Some((found, close));
        }
    }
    None
}

/// The kind of the aside `from..close`, or `None` when it is none of the four (or holds a
/// quotation mark, or a finite verb outside a relative clause: "…, officials said, …").
fn aside_kind(words: &[Word], from: usize, close: usize) -> Option<Aside> {
    if from >= close || close - from > 20 || (from..close).any(|k| is_quote(&words[k])) {
        return None;
    }
    let first = &words[from];
    let lower = first.form.to_lowercase();
    let relative_after_preposition = first.xpos == "IN"
        && words
            .get(from + 1)
            .is_some_and(|w| relative(&w.form.to_lowercase()));
    if relative(&lower) || relative_after_preposition {
        return Some(Aside::Relative);
    }
    let finite =
        (from..close).any(|k| FINITE.contains(&words[k].xpos.as_str()) || words[k].xpos == "MD");
    if finite {
        return None;
    }
    // "A, B and C, …": a list of names, not an apposition
    let list = (from..close).any(|k| words[k].upos == "CCONJ");
    match first.xpos.as_str() {
        _ if list && first.xpos.starts_with("NNP") => None,
        "VBG" | "VBN" => Some(Aside::Participle),
        "IN" => Some(Aside::Prepositional),
        "DT" | "PRP$" | "NNP" | "NNPS" | "NN" | "NNS" | "CD" | "JJ" => Some(Aside::Apposition),
        _ => None,
    }
}

/// A finite verb (or its auxiliary or adverb) follows the comma at `close`.
fn starts_main_verb(words: &[Word], close: usize) -> bool {
    main_verb(words, close).is_some()
}

/// The main verb right after the closing comma at `close` (past an adverb such as "also" and
/// auxiliaries): a finite form, a perfect or modal's verb, or a past form the tagger read as
/// a participle when no "by" follows it (a second aside, "…, backed by Y, …", is no verb);
/// `None` when it already has a subject of its own or none is there.
fn main_verb(words: &[Word], close: usize) -> Option<usize> {
    let mut k = close + 1;
    let mut auxiliary = false;
    while words
        .get(k)
        .is_some_and(|w| w.xpos == "RB" || w.upos == "AUX" || w.xpos == "MD")
    {
        auxiliary |= words[k].upos == "AUX" || words[k].xpos == "MD";
        k += 1;
    }
    let w = words.get(k)?;
    if w.upos != "VERB" {
        return None;
    }
    let finite = FINITE.contains(&w.xpos.as_str())
        || (auxiliary && matches!(w.xpos.as_str(), "VBN" | "VB"))
        || (w.xpos == "VBN" && past_form(words, k));
    (finite && !own_subject(words, k, close)).then_some(k)
}

/// A "-ed" form read as a participle is the main verb's past tense when no agent follows it
/// and no later finite verb without a subject or coordinator could be the main verb instead.
fn past_form(words: &[Word], v: usize) -> bool {
    let agent = words
        .get(v + 1)
        .is_some_and(|w| w.form.eq_ignore_ascii_case("by"));
    let later_main = (v + 1..words.len()).any(|k| {
        FINITE.contains(&words[k].xpos.as_str())
            && words[k].upos == "VERB"
            && words[k - 1].upos != "CCONJ"
            && !super::has_dependent(words, k, "nsubj")
    });
    words[v].form.ends_with("ed") && !agent && !later_main
}

/// Verb `v` has a subject after the comma at `close` (its own clause, "…, an official said").
fn own_subject(words: &[Word], v: usize, close: usize) -> bool {
    (close + 1..words.len())
        .any(|k| words[k].head as usize == v + 1 && words[k].deprel.starts_with("nsubj"))
}

fn is_quote(w: &Word) -> bool {
    matches!(w.form.as_str(), "\"" | "“" | "”" | "``" | "''")
}

/// The tree with verb `v` as the main clause and `n` its subject; `start..close` is the
/// subject's phrase and its asides.
fn rebuilt(
    words: &[Word],
    (start, n, close, v): (usize, usize, usize, usize),
    asides: &[Span],
) -> Vec<Word> {
    let mut out = words.to_vec();
    let lead = start..close;
    let root = words.iter().position(|w| w.head == 0);
    let to = |out: &mut Vec<Word>, k: usize, h: usize, rel: &str| {
        out[k].head = h as u32 + 1;
        out[k].deprel = rel.into();
    };
    // the verb takes the place of a root that lay in the subject or an aside
    let subject_of_root = root.is_some_and(|r| words[n].head as usize == r + 1);
    if root.is_none_or(|r| lead.contains(&r) || r == v)
        || lead.contains(&head0(words, v))
        || subject_of_root
    {
        out[v].head = 0;
        out[v].deprel = "root".into();
        if let Some(r) = root.filter(|&r| r != v && !lead.contains(&r)) {
            // a root after the verb ("…, and said …") joins it
            let rel = if super::has_dependent(words, r, "cc") {
                "conj"
            } else {
                "parataxis"
            };
            to(&mut out, r, v, rel);
        }
    }
    let passive = super::has_dependent(words, v, "aux:pass");
    to(&mut out, n, v, if passive { "nsubj:pass" } else { "nsubj" });
    for &(from, end, kind) in asides {
        let aside = from..end;
        // the aside's own head: its first word whose head lies outside it
        let Some(a) = aside
            .clone()
            .find(|&k| !aside.contains(&head0(words, k)) && words[k].upos != "PUNCT")
        else {
            continue;
        };
        match kind {
            Aside::Relative => to(&mut out, a, n, "acl:relcl"),
            Aside::Participle => to(&mut out, a, n, "acl"),
            Aside::Apposition => to(&mut out, a, n, "appos"),
            Aside::Prepositional => to(&mut out, a, v, "obl"),
        }
        // other words of the aside that hung outside it hang on its head
        for k in aside.clone().filter(|&k| k != a) {
            let h = head0(words, k);
            if !aside.contains(&h) && (h >= end || h == v) {
                let rel = if out[k].deprel.starts_with("nsubj") && k > a {
                    "obj"
                } else {
                    "dep"
                };
                let rel = if words[k].upos == "PUNCT" {
                    "punct"
                } else {
                    rel
                };
                to(&mut out, k, a, rel);
            }
        }
    }
    // the opening phrase's other loose words hang on its head
    for k in lead.clone().take_while(|&k| k < n) {
        if k != n && words[k].head == 0 {
            to(&mut out, k, n, "amod");
        }
    }
    // what after the verb hung on the subject or an aside belongs to the verb
    for k in v + 1..words.len() {
        if lead.contains(&head0(&out, k)) && out[k].head != 0 {
            out[k].head = v as u32 + 1;
        }
    }
    // "…, held talks with Y" read as "held" modifying "talks": the noun is its object
    if words[v].deprel == "amod" && words[v].head as usize == v + 2 {
        to(&mut out, v + 1, v, "obj");
    }
    out
}

/// The 0-based head of word `k`; `usize::MAX` for the root.
fn head0(words: &[Word], k: usize) -> usize {
    (words[k].head as usize)
        .checked_sub(1)
        .unwrap_or(usize::MAX)
}
