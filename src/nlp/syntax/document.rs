//! From article text to analysed sentences, on the project's own tokens and sentences
//! (`nlp::text`), so every word keeps the offsets the rest of the pipeline uses.
//!
//! The project's tokeniser keeps some units UD splits ("don't", "it's", "al-Qaida");
//! those tokens are cut into UD-style words here, each keeping its own offsets.

use super::{SyntaxError, SyntaxModel};
use crate::nlp::text::{self, Token, TokenKind};
use std::borrow::Cow;

/// One syntactic word with its analysis and its place in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    /// 0 = root; words are numbered from 1 within the sentence.
    pub head: u32,
    pub deprel: String,
    /// Byte offsets in the text.
    pub start: usize,
    pub end: usize,
    /// Character offsets in the text (what `annotate` and CoNLL-U `TokenRange` use).
    pub start_char: usize,
    pub end_char: usize,
}

/// Word `i`'s head as an index into `words`: `None` at the root (and for a head outside the
/// sentence, which a hand-edited tree may hold).
pub fn head_of(words: &[Word], i: usize) -> Option<usize> {
    (words[i].head as usize)
        .checked_sub(1)
        .filter(|&h| h < words.len())
}

/// Each word's head as an index into `words`: `None` for the root and for a head outside
/// the sentence.
pub fn head_indices(words: &[Word]) -> Vec<Option<usize>> {
    let n = words.len();
    words
        .iter()
        .map(|w| (w.head as usize).checked_sub(1).filter(|&h| h < n))
        .collect()
}

/// Words from (form, xpos, upos, head, deprel) rows, heads numbered from 1: the
/// hand-built trees of the frame and event coders' tests.
#[cfg(test)]
pub fn test_words(rows: &[(&str, &str, &str, u32, &str)]) -> Vec<Word> {
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

/// Each word's dependents, in word order, from `head_indices`.
pub fn dependents(heads: &[Option<usize>]) -> Vec<Vec<usize>> {
    let mut children = vec![Vec::new(); heads.len()];
    for (i, h) in heads.iter().enumerate() {
        if let Some(h) = *h {
            children[h].push(i);
        }
    }
    children
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    pub text: String,
    /// Byte offsets of the sentence in the text.
    pub start: usize,
    pub end: usize,
    pub words: Vec<Word>,
}

/// Share of known words below which a text is refused as not English.
const MIN_KNOWN_PERCENT: u32 = 50;
/// Shorter texts are too small to judge; they are parsed.
const MIN_WORDS_TO_JUDGE: usize = 6;

const CLITICS: &[&str] = &["'s", "'re", "'ve", "'ll", "'d", "'m"];
/// Hyphenated words UD English keeps whole: a bound prefix before the hyphen.
const KEPT_PREFIXES: &[&str] = &[
    "non", "post", "pre", "anti", "pro", "co", "re", "ex", "self", "multi", "semi", "mid", "vice",
    "inter", "counter", "e",
];

/// UD-style word spans (byte offsets) of a sentence's tokens. The tokeniser cuts
/// "don't" into "don" "'" "t" and "we'll" into "we" "'" "ll"; UD wants "do" "n't" and
/// "we" "'ll", so an apostrophe glued to a clitic is rejoined first. `known` tells
/// whether a lower-case word is in the model's vocabulary (see `romanised_name`).
pub fn ud_spans(text: &str, tokens: &[Token], known: &dyn Fn(&str) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(tokens.len() + 4);
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if let (Some(apos), Some(next)) = (tokens.get(i + 1), tokens.get(i + 2)) {
            let glued = t.end == apos.start && apos.end == next.start;
            let clitic = next.text(text).to_lowercase();
            if glued
                && apos
                    .text(text)
                    .chars()
                    .all(|c| c == '\'' || c == '\u{2019}')
                && apos.text(text).chars().count() == 1
            {
                let word = t.text(text);
                if clitic == "t" && word.len() > 1 && word.ends_with(['n', 'N']) {
                    out.push((t.start, t.end - 1));
                    out.push((t.end - 1, next.end));
                    i += 3;
                    continue;
                }
                if ["s", "re", "ve", "ll", "d", "m"].contains(&clitic.as_str()) {
                    out.push((t.start, t.end));
                    out.push((apos.start, next.end));
                    i += 3;
                    continue;
                }
            }
        }
        split_token(text, t, known, &mut out);
        i += 1;
    }
    out
}

/// UD-style word spans (byte offsets) of one project token.
pub fn split_token(
    text: &str,
    tok: &Token,
    known: &dyn Fn(&str) -> bool,
    out: &mut Vec<(usize, usize)>,
) {
    let s = tok.text(text);
    if tok.kind != TokenKind::Word {
        out.push((tok.start, tok.end));
        return;
    }
    let folded = s.replace('\u{2019}', "'").to_lowercase();
    if folded.len() > 3 && folded.ends_with("n't") {
        let cut = tok.end - (s.len() - s.char_indices().rev().nth(2).map_or(0, |(i, _)| i));
        out.push((tok.start, cut));
        out.push((cut, tok.end));
        return;
    }
    if folded == "cannot" {
        out.push((tok.start, tok.start + 3));
        out.push((tok.start + 3, tok.end));
        return;
    }
    if let Some(c) = CLITICS
        .iter()
        .find(|c| folded.ends_with(*c) && folded.len() > c.len())
    {
        let clitic_chars = c.chars().count();
        let cut = s
            .char_indices()
            .rev()
            .nth(clitic_chars - 1)
            .map_or(0, |(i, _)| i);
        out.push((tok.start, tok.start + cut));
        out.push((tok.start + cut, tok.end));
        return;
    }
    split_hyphens(s, tok.start, known, out);
}

/// A romanised given name ("Jae-myung", "Jong-un") stays one word: split, its lower-case
/// syllable is tagged as an adjective and the clause around the name falls apart. Its
/// capitalised first part is not an English word; every later part is lower case and
/// either unknown or a one- or two-letter syllable. Halves the model knows still split
/// ("Kyiv-based", "Russia-backed").
fn romanised_name(s: &str, known: &dyn Fn(&str) -> bool) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    if !first.starts_with(char::is_uppercase) || known(&first.to_lowercase()) {
        return false;
    }
    parts.all(|p| !p.is_empty() && p.chars().all(char::is_lowercase) && (p.len() <= 2 || !known(p)))
}

fn split_hyphens(
    s: &str,
    base: usize,
    known: &dyn Fn(&str) -> bool,
    out: &mut Vec<(usize, usize)>,
) {
    let first = s.split('-').next().unwrap_or("");
    let keep = !s.contains('-')
        || s.starts_with('-')
        || s.ends_with('-')
        || KEPT_PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(first))
        || romanised_name(s, known);
    if keep {
        out.push((base, base + s.len()));
        return;
    }
    let mut start = 0;
    for (i, _) in s.match_indices('-') {
        if i > start {
            out.push((base + start, base + i));
        }
        out.push((base + i, base + i + 1));
        start = i + 1;
    }
    if start < s.len() {
        out.push((base + start, base + s.len()));
    }
}

/// Refuses text that is not English, cheaply: too few of its words are in the
/// training vocabulary.
pub fn check_english(model: &SyntaxModel, text: &str, tokens: &[Token]) -> Result<(), SyntaxError> {
    let mut words = 0usize;
    let mut known = 0usize;
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let s = t.text(text);
        if !s.chars().any(char::is_alphabetic) {
            continue;
        }
        words += 1;
        let lower = s.to_lowercase().replace('\u{2019}', "'");
        known +=
            usize::from(model.knows(&lower) || american(&lower).is_some_and(|w| model.knows(&w)));
    }
    if words == 0 {
        return Err(SyntaxError::Empty);
    }
    let foreign_script = latin_share(text) < 0.5;
    let percent = if foreign_script {
        0
    } else {
        (100 * known / words) as u32
    };
    if foreign_script || (words >= MIN_WORDS_TO_JUDGE && percent < MIN_KNOWN_PERCENT) {
        return Err(SyntaxError::NotEnglish {
            known_percent: percent,
            words,
            min_percent: MIN_KNOWN_PERCENT,
        });
    }
    Ok(())
}

/// British spellings and the suffixes the treebank's vocabulary (American web text) lacks
/// most often, as the form it may hold: "recognised" -> "recognized", "defence" ->
/// "defense", "centre" -> "center", "labour" -> "labor", "formally" -> "formal".
/// A short news sentence full of names and British spellings was refused as not English.
fn american(lower: &str) -> Option<String> {
    const ENDINGS: [(&str, &str); 12] = [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("ise", "ize"),
        ("our", "or"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("ence", "ense"),
        ("tre", "ter"),
        ("ly", ""),
    ];
    ENDINGS.iter().find_map(|(gb, us)| {
        let stem = lower.strip_suffix(gb)?;
        (stem.len() >= 3).then(|| format!("{stem}{us}"))
    })
}

/// Share of letters in Latin script (the tokeniser may leave a whole line of a script
/// without spaces as one word, so words alone cannot judge it).
fn latin_share(text: &str) -> f64 {
    let (mut letters, mut latin) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        latin += usize::from(c <= '\u{024F}');
    }
    latin as f64 / letters.max(1) as f64
}

/// Whether a word inside one of `names` (byte spans of known place names) has a tag no
/// name word takes (`tagger::misread_in_name`): the sentence is worth
/// [`SyntaxModel::analyse_sentence_naming`].
pub fn misread_names(words: &[Word], names: &[(usize, usize)]) -> bool {
    names.iter().any(|&(a, b)| {
        let inside: Vec<usize> = (0..words.len())
            .filter(|&i| words[i].start >= a && words[i].end <= b)
            .collect();
        inside.iter().enumerate().any(|(k, &i)| {
            let next = words.get(i + 1).map(|w| w.upos.as_str());
            let (w, last) = (&words[i], k + 1 == inside.len());
            super::tagger::misread_in_name(&w.form, &w.upos, last, next)
        })
    })
}

/// The word ranges of the byte spans `names`, over words at byte spans `spans` (a name
/// covers the words wholly inside it; one that covers none is left out).
fn word_ranges(spans: &[(usize, usize)], names: &[(usize, usize)]) -> Vec<std::ops::Range<usize>> {
    names
        .iter()
        .filter_map(|&(a, b)| {
            let first = spans.iter().position(|&(s, e)| s >= a && e <= b)?;
            let n = spans[first..]
                .iter()
                .take_while(|&&(s, e)| s >= a && e <= b)
                .count();
            Some(first..first + n)
        })
        .collect()
}

/// Byte -> character offsets for increasing byte offsets, in one pass.
struct CharCursor<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
    /// A span between two asked offsets was no `str` slice (not counted): `chars` may not
    /// be the count before `byte`, so it is not carried to another sentence.
    lost: bool,
}

impl CharCursor<'_> {
    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        match self.text.get(self.byte..byte) {
            Some(s) => self.chars += s.chars().count(),
            None => self.lost = true,
        }
        self.byte = byte;
        self.chars
    }
}

impl SyntaxModel {
    /// Splits `text` into sentences and analyses each one.
    pub fn analyse_text(&self, text: &str) -> Result<Vec<Analysis>, SyntaxError> {
        let tokens = text::tokenize(text);
        check_english(self, text, &tokens)?;
        let mut cursor = CharCursor {
            text,
            byte: 0,
            chars: 0,
            lost: false,
        };
        Ok(text::sentence_ranges(text, &tokens)
            .into_iter()
            .map(|(a, b)| self.analyse_tokens(text, &tokens[a..b], &mut cursor))
            .collect())
    }

    /// Analyses one sentence given as the project's tokens.
    pub fn analyse_sentence(&self, text: &str, tokens: &[Token]) -> Analysis {
        self.analyse_sentence_at(text, tokens, &mut (0, 0))
    }

    /// As [`Self::analyse_sentence`], counting the text's characters on from `at`, a byte
    /// offset and the number of characters before it (updated to where the count stopped):
    /// the sentences of one article are parsed in order, so each counts only its own span
    /// instead of the text from its start (quadratic in a long article's length).
    pub(super) fn analyse_sentence_at(
        &self,
        text: &str,
        tokens: &[Token],
        at: &mut (usize, usize),
    ) -> Analysis {
        let mut cursor = CharCursor {
            text,
            byte: at.0,
            chars: at.1,
            lost: false,
        };
        let analysis = self.analyse_tokens(text, tokens, &mut cursor);
        if cursor.lost && *at != (0, 0) {
            // An offset off a character boundary: counted from the text's start, as always.
            *at = (0, 0);
            return self.analyse_sentence_at(text, tokens, at);
        }
        *at = if cursor.lost {
            (0, 0)
        } else {
            (cursor.byte, cursor.chars)
        };
        analysis
    }

    fn analyse_tokens(&self, text: &str, tokens: &[Token], cursor: &mut CharCursor) -> Analysis {
        self.analyse_naming(text, tokens, cursor, &[])
    }

    /// As [`Self::analyse_sentence`], telling the tagger where the known place names are
    /// (byte spans of `text`; see `tagger::misread_in_name`), when the caller has a
    /// gazetteer and the plain parse misread one ([`misread_names`]).
    pub fn analyse_sentence_naming(
        &self,
        text: &str,
        tokens: &[Token],
        names: &[(usize, usize)],
    ) -> Analysis {
        let mut cursor = CharCursor {
            text,
            byte: 0,
            chars: 0,
            lost: false,
        };
        self.analyse_naming(text, tokens, &mut cursor, names)
    }

    fn analyse_naming(
        &self,
        text: &str,
        tokens: &[Token],
        cursor: &mut CharCursor,
        names: &[(usize, usize)],
    ) -> Analysis {
        let spans = ud_spans(text, tokens, &|w| self.knows(w));
        let forms: Vec<&str> = spans
            .iter()
            .map(|&(a, b)| text.get(a..b).unwrap_or(""))
            .collect();
        // the models saw "NZ$" at most as "$": an unknown capitalised form is read as a name
        let model_forms: Vec<&str> = forms
            .iter()
            .map(|&f| {
                if text::is_prefixed_currency(f) {
                    "$"
                } else {
                    f
                }
            })
            .collect();
        let decoding = super::pipeline_decoding();
        let parsed = if names.is_empty() {
            self.analyse_words_with(&model_forms, &decoding)
        } else {
            let tags = self
                .tagger
                .tag_naming(&model_forms, &word_ranges(&spans, names));
            self.parse_tagged(&model_forms, tags, &decoding)
        };
        let mut words: Vec<Word> = spans
            .iter()
            .enumerate()
            .map(|(i, &(start, end))| {
                let mut w = self.word_of(&parsed, i, forms[i]);
                w.lemma = self.lemma(model_forms[i], &w.upos, &w.xpos);
                (w.start, w.end) = (start, end);
                (w.start_char, w.end_char) = (cursor.at(start), cursor.at(end));
                w
            })
            .collect();
        if let Cow::Owned(fixed) = super::repair::repaired(&words) {
            words = fixed;
        }
        let (start, end) = match (spans.first(), spans.last()) {
            (Some(f), Some(l)) => (f.0, l.1),
            _ => (0, 0),
        };
        Analysis {
            text: text.get(start..end).unwrap_or("").to_string(),
            start,
            end,
            words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in vocabulary: the English words these tests use.
    fn known(w: &str) -> bool {
        [
            "kyiv", "based", "russia", "backed", "in", "qaida", "binding",
        ]
        .contains(&w)
    }

    fn words(text: &str) -> Vec<&str> {
        ud_spans(text, &text::tokenize(text), &known)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn splits_clitics_and_hyphens_like_ud() {
        assert_eq!(words("They don't know"), ["They", "do", "n't", "know"]);
        assert_eq!(words("we\u{2019}ll see"), ["we", "\u{2019}ll", "see"]);
        assert_eq!(words("the state's army"), ["the", "state", "'s", "army"]);
        assert_eq!(words("It\u{2019}s late"), ["It", "\u{2019}s", "late"]);
        assert_eq!(words("al-Qaida cannot"), ["al", "-", "Qaida", "can", "not"]);
        assert_eq!(words("a non-binding vote"), ["a", "non-binding", "vote"]);
        assert_eq!(words("the U.S. said"), ["the", "U.S.", "said"]);
    }

    #[test]
    fn keeps_romanised_given_names_whole() {
        assert_eq!(words("Lee Jae-myung met"), ["Lee", "Jae-myung", "met"]);
        assert_eq!(words("Moon Jae-in said"), ["Moon", "Jae-in", "said"]);
        assert_eq!(
            words("a Kyiv-based group"),
            ["a", "Kyiv", "-", "based", "group"]
        );
        assert_eq!(
            words("Russia-backed units"),
            ["Russia", "-", "backed", "units"]
        );
        assert_eq!(words("Al-Qaida cells"), ["Al", "-", "Qaida", "cells"]);
    }
}
