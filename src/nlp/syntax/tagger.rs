//! Greedy left-to-right averaged-perceptron tagger. A class is a (UPOS, XPOS) pair, so
//! one decision yields both tag sets. Frequent unambiguous words are tagged from a tag
//! dictionary and skip the model.
//!
//! An optional second pass tags the sentence again, left to right, with the first pass's
//! classes of the words on both sides as extra features: a left-to-right tagger cannot
//! otherwise see what the next words turn out to be ("that" before a verb or a noun).
//! It is trained on jackknifed first-pass classes, so it learns how far to trust them.
//!
//! A tagger trained with word classes (`Tagger::classes`, recorded in the model file)
//! also reads the distributional classes of `clusters.rs` for the words around the
//! current one: a word the treebank saw rarely or never shares weights with the words
//! of its class ("Ukrainian" with the other nationality adjectives), where suffixes and
//! shape alone leave ADJ and NOUN, or PROPN and ADJ, apart only by context.

mod clause_verb;
mod compound_noun;
mod dash;
mod infinitive;
pub(super) use infinitive::forms as infinitive_verbs;
mod modal_chain;
mod named;
pub use named::misread_in_name;
mod noun_adjective;
mod plural_compound;
mod possessed;
mod preposition;
mod quoted_verb;
mod subjunctive;
mod training;
pub use training::{
    dictionary, same_classes, tag_classes, train, train_second, train_second_with, train_with,
};
mod unsure;
pub use unsure::Unsure;

use super::clusters;
use super::conllu::{GoldSentence, GoldWord};
use super::perceptron::{best, hash_str, key, mix, FeatMap, Model, Trainer};
use super::rng::Rng;
use super::SyntaxError;

/// The words of a word-list data file (whitespace-separated, `#` lines are comments), as
/// the context fixes of `clause_verb` and `infinitive` and the syntax repairs read them.
pub(super) fn word_list(list: &'static str) -> std::collections::HashSet<&'static str> {
    list.lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
}

/// Per-word hashes computed once per sentence.
#[derive(Clone, Copy)]
pub struct WordFeats {
    form: u64,
    lower: u64,
    shape: u64,
    prefix: [u64; 4],
    suffix: [u64; 4],
    flags: u64,
    /// Coarse and fine word class (0 when the tagger reads no classes).
    coarse: u64,
    fine: u64,
    /// A dash between phrases, which only a punctuation class may tag (`dash`).
    dash: bool,
}

const PAD_BEFORE: u64 = 0x5157_0001;
const PAD_AFTER: u64 = 0x5157_0002;

fn pad(h: u64) -> WordFeats {
    WordFeats {
        form: h,
        lower: h,
        shape: h,
        prefix: [h; 4],
        suffix: [h; 4],
        flags: h,
        coarse: h,
        fine: h,
        dash: false,
    }
}

/// Collapsed character shape: "Xx", "d.d", "X.X." and so on.
fn shape(word: &str) -> u64 {
    let mut h = 0x5a5a;
    let mut last = '\0';
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if s != last {
            h = mix(h, u64::from(s));
            last = s;
        }
    }
    h
}

fn flags(word: &str, first: bool) -> u64 {
    let mut f = 0u64;
    let mut chars = word.chars();
    let c0 = chars.next().unwrap_or(' ');
    f |= u64::from(c0.is_uppercase());
    f |=
        u64::from(word.chars().all(|c| !c.is_lowercase()) && word.chars().any(char::is_alphabetic))
            << 1;
    f |= u64::from(word.contains('-')) << 2;
    f |= u64::from(word.chars().any(|c| c.is_ascii_digit())) << 3;
    f |= u64::from(first) << 4;
    f |= u64::from(word.contains('.')) << 5;
    f |= u64::from(word.contains('\'') || word.contains('\u{2019}')) << 6;
    f
}

/// Hash of the first or last `n` characters (the whole word when shorter).
fn affix(lower: &str, n: usize, from_end: bool) -> u64 {
    // An ASCII word (nearly every one) is cut by bytes: the same characters without
    // counting and walking them (eight affixes per word of every tagged sentence).
    let s = if lower.is_ascii() {
        match (lower.len() <= n, from_end) {
            (true, _) => lower,
            (false, true) => &lower[lower.len() - n..],
            (false, false) => &lower[..n],
        }
    } else {
        affix_text(lower, n, from_end)
    };
    mix(hash_str(s), (n as u64) | if from_end { 16 } else { 0 })
}

/// The first or last `n` characters of `lower` (all of it when shorter).
fn affix_text(lower: &str, n: usize, from_end: bool) -> &str {
    let count = lower.chars().count();
    if count <= n {
        lower
    } else if from_end {
        let cut = lower.char_indices().nth(count - n).map_or(0, |(i, _)| i);
        &lower[cut..]
    } else {
        let cut = lower.char_indices().nth(n).map_or(lower.len(), |(i, _)| i);
        &lower[..cut]
    }
}

/// Per-word hashes of a sentence; the class table is read only if `classes`.
pub fn word_feats(words: &[&str], classes: bool) -> Vec<WordFeats> {
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            let (coarse, fine) = if classes {
                let (c, f) = clusters::classes(w, &lower);
                (u64::from(c) | 1 << 40, u64::from(f) | 2 << 40)
            } else {
                (0, 0)
            };
            WordFeats {
                coarse,
                fine,
                form: hash_str(w),
                lower: hash_str(&lower),
                shape: shape(w),
                prefix: [1, 2, 3, 4].map(|n| affix(&lower, n, false)),
                suffix: [1, 2, 3, 4].map(|n| affix(&lower, n, true)),
                flags: flags(w, i == 0),
                dash: dash::is_phrase_dash(w),
            }
        })
        .collect()
}

#[inline]
fn f1(t: u64, a: u64) -> u64 {
    key(mix(mix(0x7A66, t), a))
}

#[inline]
fn f2(t: u64, a: u64, b: u64) -> u64 {
    key(mix(mix(mix(0x7A66, t), a), b))
}

/// The feature set of word `i`, given the two previous predicted classes; with
/// `classes`, the word-class templates too.
pub fn features(
    ws: &[WordFeats],
    i: usize,
    (p1, p2): (u64, u64),
    classes: bool,
    out: &mut Vec<u64>,
) {
    out.clear();
    let at = |d: isize| -> WordFeats {
        let j = i as isize + d;
        if j < 0 {
            pad(PAD_BEFORE + (-j) as u64)
        } else if j as usize >= ws.len() {
            pad(PAD_AFTER + j as u64 - ws.len() as u64)
        } else {
            ws[j as usize]
        }
    };
    let (w, l1, l2, r1, r2) = (at(0), at(-1), at(-2), at(1), at(2));
    out.extend_from_slice(&[
        f1(0, 0),
        f1(1, w.form),
        f1(2, w.lower),
        f1(3, w.shape),
        f1(4, w.flags),
    ]);
    for n in 0..4 {
        out.push(f1(5 + n as u64, w.prefix[n]));
        out.push(f1(9 + n as u64, w.suffix[n]));
    }
    out.extend_from_slice(&[
        f1(13, p1),
        f1(14, p2),
        f2(15, p1, p2),
        f2(16, p1, w.lower),
        f1(17, l1.lower),
        f1(18, l1.suffix[2]),
        f1(19, l2.lower),
        f1(20, r1.lower),
        f1(21, r1.suffix[2]),
        f1(22, r2.lower),
        f2(23, l1.lower, w.lower),
        f2(24, w.lower, r1.lower),
        f2(25, p1, r1.lower),
        f1(26, l1.shape),
        f1(27, r1.shape),
        f2(28, w.shape, r1.shape),
        f2(29, p1, w.suffix[2]),
        f2(30, w.flags, w.suffix[1]),
        f1(31, r1.suffix[1]),
        f2(32, l1.lower, r1.lower),
        f1(33, r2.suffix[2]),
        f2(34, p1, w.shape),
        f2(35, w.prefix[0], w.flags),
        f2(36, r1.lower, r2.lower),
    ]);
    if classes {
        class_features(&[l2, l1, w, r1, r2], p1, out);
    }
}

/// Word-class templates (`window` is w-2 .. w+2): the classes of the window alone, the
/// current word's class crossed with its suffixes (a class mixes parts of speech that a
/// suffix splits), with its capitalisation, and with the neighbours' classes and the
/// previous tag.
fn class_features(window: &[WordFeats; 5], p1: u64, out: &mut Vec<u64>) {
    let [_, l1, w, r1, _] = *window;
    out.extend_from_slice(&[
        f1(60, w.fine),
        f1(61, w.coarse),
        f2(62, w.fine, w.suffix[2]),
        f2(64, w.fine, w.flags),
        f1(67, l1.coarse),
        f1(68, r1.coarse),
        f2(71, p1, w.fine),
        f2(72, w.fine, r1.coarse),
    ]);
}

/// The first pass's class of word `i + d`, or a padding value outside the sentence.
fn first_at(first: &[u16], i: usize, d: isize) -> u64 {
    let j = i as isize + d;
    if j < 0 {
        950 + (-j) as u64
    } else if j as usize >= first.len() {
        960 + j as u64 - first.len() as u64
    } else {
        u64::from(first[j as usize])
    }
}

/// The second pass's feature set: the first pass's (without word classes: the first
/// pass's tags carry what they tell), plus the first-pass classes of the words around
/// `i` (and of `i` itself) alone and with the word and the previous class.
pub fn features_second(
    ws: &[WordFeats],
    first: &[u16],
    i: usize,
    (p1, p2): (u64, u64),
    out: &mut Vec<u64>,
) {
    features(ws, i, (p1, p2), false, out);
    let w = ws[i];
    let t = |d: isize| first_at(first, i, d);
    let (l2, l1, t0, r1, r2) = (t(-2), t(-1), t(0), t(1), t(2));
    out.extend_from_slice(&[
        f1(40, r1),
        f1(41, r2),
        f2(42, r1, r2),
        f2(43, p1, r1),
        f2(44, r1, w.lower),
        f2(45, r1, w.suffix[2]),
        f2(46, l1, r1),
        f1(47, t0),
        f2(48, t0, w.lower),
        f2(49, t0, r1),
        f2(50, l1, t0),
        f2(51, l2, l1),
        f2(52, mix(p1, t0), r1),
        f2(53, r1, w.shape),
    ]);
}

const START: [u64; 2] = [900, 901];

/// What a pass is told about one position instead of asking the dictionary.
#[derive(Clone, Copy)]
enum Given {
    /// This class.
    Class(u16),
    /// Whatever the model scores, even for a word the dictionary holds.
    Model,
}

/// The trained tagger: model, class names and tag dictionary.
pub struct Tagger {
    pub model: Model,
    /// (UPOS, XPOS) of each class.
    pub tags: Vec<(String, String)>,
    /// form hash -> class, for frequent words seen with one class.
    pub dict: FeatMap<u16>,
    /// The second pass over the first pass's classes (see the module comment).
    pub second: Option<Model>,
    /// Whether the first pass reads word classes (a model trained with them).
    pub classes: bool,
}

impl Tagger {
    /// Class of every word of a sentence.
    pub fn tag(&self, words: &[&str]) -> Vec<u16> {
        self.tag_given(words, Vec::new())
    }

    /// [`Tagger::tag`] with the classes of `fixed` positions given before any rule.
    fn tag_given(&self, words: &[&str], mut fixed: Vec<(usize, Given)>) -> Vec<u16> {
        let ws = word_feats(words, self.classes);
        let mut out = self.tag_fixed(&ws, &fixed);
        let Some(marker) = self.class_of("PART", "TO") else {
            return out;
        };
        // "agreed to resume talks" read as "agreed to/IN resume/NN" (see `infinitive`):
        // "to" fixed as the marker, the next word left to the model, not the dictionary
        for i in infinitive::marks(words) {
            if out[i] == marker {
                continue;
            }
            fixed.extend([(i, Given::Class(marker)), (i + 1, Given::Model)]);
            let again = self.tag_fixed(&ws, &fixed);
            if self.tags[usize::from(again[i + 1])].1 == "VB" {
                out = again;
            } else {
                fixed.truncate(fixed.len() - 2);
            }
        }
        self.fix_clause_verbs(words, &ws, &mut fixed, out)
    }

    /// The classes again with the verbs of clauses the first tags left verbless (see
    /// `clause_verb`, `modal_chain`, `quoted_verb`) and the nouns of possessives read as adjectives
    /// (`possessed`) fixed;
    /// `out` unchanged when there is none.
    fn fix_clause_verbs(
        &self,
        words: &[&str],
        ws: &[WordFeats],
        fixed: &mut Vec<(usize, Given)>,
        out: Vec<u16>,
    ) -> Vec<u16> {
        let xpos: Vec<&str> = out
            .iter()
            .map(|&c| self.tags[usize::from(c)].1.as_str())
            .collect();
        let before = fixed.len();
        for fix in clause_verb::fixes(words, &xpos) {
            let (at, class) = match fix {
                clause_verb::Fix::Past(i) => (i, self.class_of("VERB", "VBD")),
                clause_verb::Fix::Present(i) => (i, self.class_of("VERB", "VBZ")),
                // only a word the tag dictionary does not hold as a noun ("talks")
                clause_verb::Fix::MainPresent(i) if !self.may_be_verb(&ws[i]) => continue,
                clause_verb::Fix::MainPresent(i) => (i, self.class_of("VERB", "VBZ")),
                clause_verb::Fix::Opener(i) => (i, self.class_of("SCONJ", "IN")),
                clause_verb::Fix::Name(i) => (i, self.class_of("PROPN", "NNP")),
                clause_verb::Fix::Adverb(i) => (i, self.class_of("ADV", "RB")),
            };
            if let Some(c) = class {
                fixed.push((at, Given::Class(c)));
            }
        }
        for at in possessed::possessed_nouns(&xpos) {
            if let Some(c) = self.class_of("NOUN", "NN") {
                fixed.push((at, Given::Class(c)));
            }
        }
        for at in noun_adjective::nouns(words, &xpos) {
            if let Some(c) = self.class_of("NOUN", "NN") {
                fixed.push((at, Given::Class(c)));
            }
        }
        for at in preposition::mistagged(words, &xpos) {
            if let Some(c) = self.class_of("ADP", "IN") {
                fixed.push((at, Given::Class(c)));
            }
        }
        for at in compound_noun::nouns(words, &xpos) {
            if let Some(c) = self.class_of("NOUN", "NN") {
                fixed.push((at, Given::Class(c)));
            }
        }
        for at in plural_compound::heads(words, &xpos) {
            if let Some(c) = self.class_of("NOUN", "NNS") {
                fixed.push((at, Given::Class(c)));
            }
        }
        // "demanded that the army take/NN steps": the clause's bare verb (see `subjunctive`)
        let may_be_verb = |i: usize| self.may_be_verb(&ws[i]);
        for clause in subjunctive::clauses(words, &xpos, may_be_verb) {
            let (sconj, vb) = (self.class_of("SCONJ", "IN"), self.class_of("VERB", "VB"));
            if let (Some(sconj), Some(vb)) = (sconj, vb) {
                fixed.push((clause.that, Given::Class(sconj)));
                fixed.push((clause.verb, Given::Class(vb)));
                fixed.extend(clause.conjunct.map(|c| (c, Given::Class(vb))));
            }
        }
        for at in modal_chain::verbs(words, &xpos) {
            if let (Some(c), true) = (self.class_of("VERB", "VB"), self.may_be_verb(&ws[at])) {
                fixed.push((at, Given::Class(c)));
            }
        }
        // "said it \"condemns\"", "would \"not tolerate\"": the verb after a quote
        for (at, tense) in quoted_verb::verbs(words, &xpos) {
            let class = self.class_of("VERB", tense.xpos());
            if let (Some(c), true) = (class, self.may_be_verb(&ws[at])) {
                fixed.push((at, Given::Class(c)));
            }
        }
        for p in modal_chain::perfect_since(words, &xpos) {
            let aux = self.class_of("AUX", xpos[p.have]);
            let (adv, vbn) = (self.class_of("ADV", "RB"), self.class_of("VERB", "VBN"));
            if let (Some(aux), Some(adv), Some(vbn)) = (aux, adv, vbn) {
                fixed.extend([
                    (p.have, Given::Class(aux)),
                    (p.since, Given::Class(adv)),
                    (p.participle, Given::Class(vbn)),
                ]);
            }
        }
        if fixed.len() == before {
            return out;
        }
        self.tag_fixed(ws, fixed)
    }

    /// Both passes, with the classes of `fixed` positions given.
    fn tag_fixed(&self, ws: &[WordFeats], fixed: &[(usize, Given)]) -> Vec<u16> {
        let first = self.pass(ws, &self.model, None, fixed);
        match &self.second {
            Some(second) => self.pass(ws, second, Some(&first), fixed),
            None => first,
        }
    }

    /// Whether a word may be a verb: the tag dictionary, where it holds the word, gives
    /// it one class ("until" after "didn't either" stays a preposition).
    fn may_be_verb(&self, w: &WordFeats) -> bool {
        self.dict
            .get(&key(w.form))
            .is_none_or(|&c| self.tags[usize::from(c)].1.starts_with("VB"))
    }

    /// The class with these tags.
    fn class_of(&self, upos: &str, xpos: &str) -> Option<u16> {
        let c = self.tags.iter().position(|(u, x)| u == upos && x == xpos)?;
        u16::try_from(c).ok()
    }

    /// One greedy pass: the first (`first` is `None`) or the second.
    fn pass(
        &self,
        ws: &[WordFeats],
        model: &Model,
        first: Option<&[u16]>,
        fixed: &[(usize, Given)],
    ) -> Vec<u16> {
        let mut out = Vec::with_capacity(ws.len());
        let (mut feats, mut scores) = (Vec::with_capacity(72), Vec::new());
        let (mut p1, mut p2) = (START[0], START[1]);
        for (i, w) in ws.iter().enumerate() {
            let given = fixed.iter().find(|&&(at, _)| at == i).map(|&(_, g)| g);
            let known = match given {
                Some(Given::Class(c)) => Some(c),
                Some(Given::Model) => None,
                None => self.dict.get(&key(w.form)).copied(),
            };
            let class = match known {
                Some(c) => c,
                None => {
                    let prev = (p1, p2);
                    match first {
                        Some(first) => features_second(ws, first, i, prev, &mut feats),
                        None => features(ws, i, prev, self.classes, &mut feats),
                    }
                    model.score(&feats, &mut scores);
                    let punct = |c: usize| self.tags.get(c).is_some_and(|t| t.0 == "PUNCT");
                    best(&scores, |c| !w.dash || punct(c))
                        .or_else(|| best(&scores, |_| true))
                        .unwrap_or(0) as u16
                }
            };
            out.push(class);
            p2 = p1;
            p1 = u64::from(class);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::builtin;
    use super::*;

    /// The byte cut of an ASCII word takes the characters the character walk takes.
    #[test]
    fn ascii_affixes_are_the_character_affixes() {
        for w in [
            "",
            "a",
            "ab",
            "talks",
            "ceasefire",
            "x-ray",
            "o'neill",
            "café",
            "żółw",
            "naïve",
        ] {
            for n in 1..=4 {
                for from_end in [false, true] {
                    let walked = mix(
                        hash_str(affix_text(w, n, from_end)),
                        (n as u64) | if from_end { 16 } else { 0 },
                    );
                    assert_eq!(affix(w, n, from_end), walked, "{w} {n} {from_end}");
                }
            }
        }
        assert_eq!(affix_text("talks", 3, true), "lks");
        assert_eq!(affix_text("café", 3, true), "afé");
    }

    /// UPOS of word `i` of `words` under the shipped model.
    fn upos(words: &[&str], i: usize) -> String {
        let model = builtin().expect("the shipped syntax model loads");
        let classes = model.tagger.tag(words);
        model.tagger.tags[usize::from(classes[i])].0.clone()
    }

    /// A word the treebank always tags one way ("spoke": 14 times, every time a verb) is
    /// tagged from the dictionary, not re-guessed from an unusual context after it.
    #[test]
    fn unambiguous_treebank_words_keep_their_tag_in_odd_contexts() {
        let words = [
            "The",
            "mediator",
            "spoke",
            "by",
            "telephone",
            "with",
            "both",
            "sides",
            ".",
        ];
        assert_eq!(upos(&words, 2), "VERB");
        let words = [
            "Their", "envoy", "spoke", "by", "phone", "to", "the", "premier", ".",
        ];
        assert_eq!(upos(&words, 2), "VERB");
    }

    fn feats(words: &[&str], i: usize, classes: bool) -> Vec<u64> {
        let ws = word_feats(words, classes);
        let mut out = Vec::new();
        features(&ws, i, (START[0], START[1]), classes, &mut out);
        out
    }

    /// With classes, two weekdays (one class) share the class features their word and
    /// suffix features do not, so what the tagger learned for a frequent one carries to
    /// a rare one; without classes the feature set is the old one, no class feature.
    #[test]
    fn class_mates_share_class_features_and_old_taggers_read_none() {
        let monday = feats(&["met", "on", "Monday", "night"], 2, true);
        let friday = feats(&["met", "on", "Friday", "night"], 2, true);
        let (only_monday, shared): (Vec<u64>, Vec<u64>) =
            monday.iter().partition(|f| !friday.contains(f));
        assert!(!only_monday.is_empty());
        let old = feats(&["met", "on", "Monday", "night"], 2, false);
        assert!(old.iter().all(|f| monday.contains(f)));
        let class_only: Vec<&u64> = shared.iter().filter(|f| !old.contains(f)).collect();
        assert!(class_only.len() >= 3, "{}", class_only.len());
        assert_eq!(monday.len(), old.len() + 8);
    }
}
