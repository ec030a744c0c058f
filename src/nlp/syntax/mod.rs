//! The syntax layer: part-of-speech tags (UPOS and Penn XPOS), lemmas and Universal
//! Dependencies trees for news sentences, from a model trained on UD English-EWT
//! (`examples/train_syntax.rs`) and shipped in `data/syntax/model.bin`.
//!
//! - [`perceptron`]: averaged perceptron over hashed features (training and frozen).
//! - [`tagger`]: greedy tagger; [`parser`]: greedy arc-hybrid parser.
//! - [`document`]: the project's tokens and sentences turned into UD-style words with
//!   character offsets; the language check.
//! - [`conllu`]: treebank reading and CoNLL-U output; [`train`]: training, evaluation.

pub mod beam;
pub mod beam_train;
pub mod clusters;
pub mod conllu;
pub mod document;
pub mod joint;
pub mod judge;
mod kept;
pub mod lemma;
pub mod model;
pub mod parser;
pub mod perceptron;
pub mod repair;
mod rng;
pub mod roles;
pub mod tagger;
pub mod train;

pub use beam::Decoding;
#[cfg(test)]
pub use document::test_words;
pub use document::{dependents, head_indices, head_of, misread_names, Analysis, Word};
pub use kept::{keep_article, KeptArticle};
pub use model::{Labeller, SyntaxModel};

use super::config::NlpConfig;
use perceptron::{hash_str, mix};
use std::sync::OnceLock;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum SyntaxError {
    #[error("treebank line {line}: {message}")]
    Treebank { line: usize, message: String },
    #[error("syntax model: {0}")]
    Model(String),
    #[error("no words to parse")]
    Empty,
    #[error("reading {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("text does not look like English: {known_percent}% of {words} words are known English words (need {min_percent}%)")]
    NotEnglish {
        known_percent: u32,
        words: usize,
        min_percent: u32,
    },
}

/// `data/syntax/model.bin` inflated by `build.rs`: inflating ~12 MB of weakly
/// compressed bytes was a fifth of every process's start-up.
const BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/syntax_model.raw"));

/// The shipped model, decoded on first use and shared by the whole process.
pub fn builtin() -> Result<&'static SyntaxModel, SyntaxError> {
    static MODEL: OnceLock<Result<SyntaxModel, String>> = OnceLock::new();
    MODEL
        .get_or_init(|| SyntaxModel::from_inflated(BUILTIN).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| SyntaxError::Model(e.clone()))
}

/// The decoding of the pipeline's parses, when the configuration sets one.
static PIPELINE_DECODING: OnceLock<Decoding> = OnceLock::new();

/// What the pipeline parses with when the configuration says nothing (`nlp.parser_beam`):
/// the adaptive beam, because it raised every set the event rules were not written on
/// (held-out news, ConfliBERT, PETRARCH2, EWT) for about a third of the annotate speed.
pub const DEFAULT_DECODING: Decoding = Decoding::ADAPTIVE;

/// The parser decoding of [`SyntaxModel::analyse_text`] and
/// [`SyntaxModel::analyse_sentence`], which every stage of the pipeline parses with: the
/// one set for this process, else [`DEFAULT_DECODING`].
pub fn pipeline_decoding() -> Decoding {
    PIPELINE_DECODING.get().copied().unwrap_or(DEFAULT_DECODING)
}

/// Sets [`pipeline_decoding`] for this process, once: every analysis of one process
/// parses alike, so a second, different setting is refused.
pub fn set_pipeline_decoding(decoding: Decoding) -> Result<(), SyntaxError> {
    let set = *PIPELINE_DECODING.get_or_init(|| decoding);
    if set == decoding {
        Ok(())
    } else {
        Err(SyntaxError::Model(format!(
            "the parser decoding is already {set:?} in this process, cannot switch to {decoding:?}"
        )))
    }
}

/// The parser decoding `config` asks for: `parser_beam` 1 is greedy, a wider beam is
/// [`Decoding::ADAPTIVE`] of that width; margin and temperature as set, else the
/// defaults' own.
pub fn configured_decoding(config: &NlpConfig) -> Decoding {
    let base = match config.parser_beam {
        None => DEFAULT_DECODING,
        Some(width) if width <= 1 => Decoding::GREEDY,
        Some(width) => Decoding {
            width,
            ..Decoding::ADAPTIVE
        },
    };
    Decoding {
        margin: config.parser_beam_margin.unwrap_or(base.margin),
        temperature: config.parser_beam_temperature.unwrap_or(base.temperature),
        ..base
    }
}

/// Tags, heads and labels of one sentence's words (heads: 0 = root, words from 1).
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub tags: Vec<u16>,
    pub head: Vec<u32>,
    pub label: Vec<u16>,
}

/// Longest span parsed as one unit; longer sentences are parsed in pieces (at a
/// punctuation mark where possible) whose roots attach to the first piece's root, so
/// the cost stays linear whatever the input.
pub const MAX_PARSE_WORDS: usize = 120;

const ROOT_WORD: u64 = 0x2007;
const ROOT_TAG: u64 = 0x2008;
const TAG_BASE: u64 = 16;

/// What the parser reads of a sentence (index 0 = root): word and tag ids, suffix ids,
/// word-class ids (coarse and fine, only if `classes`: a model trained with them) and
/// running punctuation counts.
pub fn parse_input(words: &[&str], tags: &[u16], classes: bool) -> parser::Input {
    let n = words.len() + 1;
    let with_classes = classes;
    let classes = if classes { n } else { 0 };
    let mut inp = parser::Input {
        words: Vec::with_capacity(n),
        tags: Vec::with_capacity(n),
        suffix: Vec::with_capacity(n),
        coarse: Vec::with_capacity(classes),
        fine: Vec::with_capacity(classes),
        added: false,
        punct: Vec::with_capacity(n),
    };
    inp.words.push(ROOT_WORD);
    inp.tags.push(ROOT_TAG);
    inp.suffix.push(ROOT_WORD);
    if with_classes {
        inp.coarse.push(ROOT_WORD);
        inp.fine.push(ROOT_WORD);
    }
    inp.punct.push(0);
    let mut punct = 0;
    for (word, tag) in words.iter().zip(tags) {
        let lower = word.to_lowercase();
        inp.words.push(mix(hash_str(&lower), 3));
        inp.tags.push(TAG_BASE + u64::from(*tag));
        let cut = lower.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
        inp.suffix.push(mix(hash_str(&lower[cut..]), 5));
        if with_classes {
            let (coarse, fine) = clusters::classes(word, &lower);
            inp.coarse.push(u64::from(coarse));
            inp.fine.push(u64::from(fine));
        }
        punct += u32::from(!word.chars().any(char::is_alphanumeric));
        inp.punct.push(punct);
    }
    inp
}

impl SyntaxModel {
    /// Tags and parses one sentence given as words.
    pub fn analyse_words(&self, words: &[&str]) -> Parsed {
        self.analyse_words_with(words, &Decoding::GREEDY)
    }

    /// Word `i` of `parsed` as a [`Word`] spelt `form`, with no lemma and no place in a
    /// text (each caller fills what it knows).
    pub fn word_of(&self, parsed: &Parsed, i: usize, form: &str) -> Word {
        let (upos, xpos) = &self.tagger.tags[usize::from(parsed.tags[i])];
        Word {
            form: form.to_string(),
            lemma: String::new(),
            upos: upos.clone(),
            xpos: xpos.clone(),
            head: parsed.head[i],
            deprel: self.labels[usize::from(parsed.label[i])].clone(),
            start: 0,
            end: 0,
            start_char: 0,
            end_char: 0,
        }
    }

    /// As [`Self::analyse_words`], parsing as `decoding` says (see [`beam`]).
    pub fn analyse_words_with(&self, words: &[&str], decoding: &Decoding) -> Parsed {
        self.parse_tagged(words, self.tagger.tag(words), decoding)
    }

    /// Parses `words` with the tag ids `tags` (the tagger's, or another source's for a
    /// measurement such as a gold-tag oracle) as `decoding` says.
    pub fn parse_tagged(&self, words: &[&str], tags: Vec<u16>, decoding: &Decoding) -> Parsed {
        let mut out = Parsed {
            tags,
            head: Vec::with_capacity(words.len()),
            label: Vec::with_capacity(words.len()),
        };
        let mut first_root = 0u32;
        for (start, end) in pieces(words) {
            let (head, label) =
                self.parse_piece(&words[start..end], &out.tags[start..end], decoding);
            for (h, l) in head.into_iter().zip(label) {
                let h = if h == 0 { 0 } else { h + start as u32 };
                if h == 0 && first_root != 0 {
                    out.head.push(first_root);
                    out.label.push(self.label_id("parataxis"));
                } else {
                    out.head.push(h);
                    out.label.push(l);
                }
            }
            if first_root == 0 {
                first_root = out
                    .head
                    .iter()
                    .position(|&h| h == 0)
                    .map_or(0, |i| i as u32 + 1);
            }
        }
        out
    }

    /// Parses one piece.
    fn parse_piece(
        &self,
        words: &[&str],
        tags: &[u16],
        decoding: &Decoding,
    ) -> (Vec<u32>, Vec<u16>) {
        let inp = self.input(words, tags);
        if !decoding.is_greedy() && self.labeller.is_none() {
            let st = beam::parse(&self.parser, words.len(), &inp, decoding);
            return (st.head[1..].to_vec(), st.label[1..].to_vec());
        }
        let (mut lfeats, mut lscores) = (Vec::with_capacity(64), Vec::new());
        let st = self.greedy_walk(words.len(), &inp, |st, scores| match &self.labeller {
            None => st.apply(parser::best_legal(st, scores)),
            Some(labeller) => {
                let (mv, group) = parser::move_of(parser::best_legal(st, scores));
                let label = match labeller.named.get(group) {
                    _ if mv == parser::SHIFT => 0,
                    Some(&l) => l,
                    None => {
                        parser::label_features(st, &inp, mv, &mut lfeats);
                        labeller.model.score(&lfeats, &mut lscores);
                        labeller.other(&lscores)
                    }
                };
                st.apply_move(mv, usize::from(label));
            }
        });
        (st.head[1..].to_vec(), st.label[1..].to_vec())
    }

    /// The parser's input for `words` tagged `tags`, as this model reads it.
    fn input(&self, words: &[&str], tags: &[u16]) -> parser::Input {
        let mut inp = parse_input(words, tags, self.word_classes);
        inp.added = self.word_classes && self.classes_added;
        inp
    }

    /// Walks the greedy parser over a sentence of `n` words: at each state with a
    /// choice, `step` gets the move scores (the roles' sums included) and applies a move.
    fn greedy_walk(
        &self,
        n: usize,
        inp: &parser::Input,
        mut step: impl FnMut(&mut parser::State, &[i32]),
    ) -> parser::State {
        let roles = roles::RoleScores::new(&self.parser, inp);
        let mut st = parser::State::new(n);
        let mut feats = Vec::with_capacity(128);
        let mut scores = Vec::with_capacity(self.parser.classes());
        while !st.terminal() {
            if st.only_shift() {
                st.apply_move(parser::SHIFT, 0);
                continue;
            }
            parser::state_features(&st, inp, &mut feats);
            self.parser.score(&feats, &mut scores);
            roles.add_to(&self.parser, &st, &mut scores);
            step(&mut st, &scores);
        }
        st
    }

    fn label_id(&self, name: &str) -> u16 {
        self.labels.iter().position(|l| l == name).unwrap_or(0) as u16
    }
}

/// Splits a word sequence into pieces of at most [`MAX_PARSE_WORDS`].
fn pieces(words: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    while words.len() - start > MAX_PARSE_WORDS {
        let limit = start + MAX_PARSE_WORDS;
        let cut = (start + MAX_PARSE_WORDS / 2..limit)
            .rev()
            .find(|&i| matches!(words[i], ";" | ":" | "," | "-" | "--" | "\u{2014}"))
            .map_or(limit, |i| i + 1);
        out.push((start, cut));
        start = cut;
    }
    out.push((start, words.len()));
    out
}
