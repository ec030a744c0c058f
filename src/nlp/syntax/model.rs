//! The trained model (tagger, parser, lemma lexicon, vocabulary) and its compact file
//! format: varint-coded sorted feature keys, zigzag-varint i16 weights, one deflate
//! stream over everything.
//!
//! Version 1 files end after the parser, or after an optional label model. Version 2
//! files (written only for a tagger with a second pass) have, after the parser, a
//! varint of flags saying which optional sections follow: the label model, then the
//! tagger's second pass. Both versions are read.

use super::perceptron::{best, hash_str, key, FeatMap, Model};
use super::tagger::Tagger;
use super::SyntaxError;
use std::collections::HashMap;

const MAGIC: &[u8] = b"DEMARCHE-SYNTAX-1\n";
const MAGIC_2: &[u8] = b"DEMARCHE-SYNTAX-2\n";
const HAS_LABELLER: u64 = 1;
const HAS_SECOND_TAGGER: u64 = 2;
/// The parser was trained with the word-class templates (`parser::features`).
const HAS_WORD_CLASSES: u64 = 4;
/// The tagger was trained with word-class features (`tagger::features`).
const HAS_TAGGER_CLASSES: u64 = 8;
/// With `HAS_WORD_CLASSES`: the parser reads the class templates on top of every word
/// template (`parser::Input::added`) instead of in place of some.
const HAS_ADDED_CLASSES: u64 = 16;
/// A corrupt file must not make us allocate without bound.
const MAX_INFLATED: usize = 256 << 20;

pub struct SyntaxModel {
    pub tagger: Tagger,
    /// The joint parser's model (a class per labelled move), or with a `labeller`, the
    /// move model of a two-stage parser (SHIFT, and LEFT and RIGHT per label group).
    pub parser: Model,
    /// The second stage of a two-stage parser.
    pub labeller: Option<Labeller>,
    pub labels: Vec<String>,
    /// (lowercase form, XPOS) -> lemma, where the rules are wrong.
    pub lemmas: HashMap<(String, String), String>,
    /// Lowercase forms seen in training at least twice: the language check.
    pub vocab: FeatMap<()>,
    /// Whether the parser reads word classes (and so the template set without the
    /// word templates they replaced); recorded in the file, false for older models.
    pub word_classes: bool,
    /// With `word_classes`: the class templates are added to the word templates rather
    /// than swapped for some (more look-ups per state); recorded in the file.
    pub classes_added: bool,
}

/// The second stage of a two-stage parser. Its move classes name the most frequent
/// labels themselves (group `g < named.len()` is label `named[g]`); the last group,
/// every other label, is resolved by a label classifier scored only for those arcs.
pub struct Labeller {
    /// A class per label (only those outside `named` are ever chosen).
    pub model: Model,
    pub named: Vec<u16>,
}

impl Labeller {
    /// Label groups: the named labels and the rest.
    pub fn groups(&self) -> usize {
        self.named.len() + 1
    }

    pub fn group_of(&self, label: u16) -> usize {
        self.named
            .iter()
            .position(|&l| l == label)
            .unwrap_or(self.named.len())
    }

    /// The best-scoring label outside the named ones.
    pub fn other<T: PartialOrd + Copy>(&self, scores: &[T]) -> u16 {
        best(scores, |l| !self.named.contains(&(l as u16))).unwrap_or(0) as u16
    }

    fn mapped(&self, f: impl Fn(&Model) -> Model) -> Labeller {
        Labeller {
            model: f(&self.model),
            named: self.named.clone(),
        }
    }
}

impl SyntaxModel {
    pub fn knows(&self, lower: &str) -> bool {
        self.vocab.contains_key(&key(hash_str(lower)))
    }

    pub fn lemma(&self, form: &str, upos: &str, xpos: &str) -> String {
        if upos != "PROPN" {
            if let Some(l) = self.lemmas.get(&(form.to_lowercase(), xpos.to_string())) {
                return l.clone();
            }
        }
        let rule = super::lemma::rule(form, upos, xpos);
        super::lemma::single_l(&rule, xpos, |w| self.knows(w)).unwrap_or(rule)
    }

    /// A copy with small weights dropped from both models.
    pub fn pruned(&self, min_abs: f32) -> SyntaxModel {
        SyntaxModel {
            tagger: Tagger {
                model: self.tagger.model.pruned(min_abs),
                tags: self.tagger.tags.clone(),
                dict: self.tagger.dict.clone(),
                second: self.tagger.second.as_ref().map(|m| m.pruned(min_abs)),
                classes: self.tagger.classes,
            },
            parser: self.parser.pruned(min_abs),
            labeller: self
                .labeller
                .as_ref()
                .map(|l| l.mapped(|m| m.pruned(min_abs))),
            labels: self.labels.clone(),
            lemmas: self.lemmas.clone(),
            vocab: self.vocab.clone(),
            word_classes: self.word_classes,
            classes_added: self.classes_added,
        }
    }

    /// A copy compacted after training: in each of the tagger and the parser, the
    /// weights below the given quantile of their own |weight| distribution are dropped
    /// (`keep` = fraction of weights kept), and the survivors are requantised onto a
    /// grid `step` times coarser (1 = unchanged), which shortens their varints.
    pub fn compacted(&self, keep_tagger: f64, keep_parser: f64, step: i32) -> SyntaxModel {
        self.compacted_steps((keep_tagger, step), (keep_parser, step))
    }

    /// [`SyntaxModel::compacted`] with a grid step of its own for the tagger and for
    /// the parser, each given as (keep, step): a model whose tagger is already compacted
    /// and whose parser was retrained compacts with the tagger's (1, 1), which leaves it
    /// unchanged (requantising twice would coarsen it twice).
    pub fn compacted_steps(&self, tagger: (f64, i32), parser: (f64, i32)) -> SyntaxModel {
        let compact = |m: &Model, (keep, step): (f64, i32)| {
            m.pruned_q(m.magnitude_quantile(1.0 - keep))
                .requantised(step)
        };
        SyntaxModel {
            tagger: Tagger {
                model: compact(&self.tagger.model, tagger),
                tags: self.tagger.tags.clone(),
                dict: self.tagger.dict.clone(),
                second: self.tagger.second.as_ref().map(|m| compact(m, tagger)),
                classes: self.tagger.classes,
            },
            parser: compact(&self.parser, parser),
            labeller: self
                .labeller
                .as_ref()
                .map(|l| l.mapped(|m| compact(m, parser))),
            labels: self.labels.clone(),
            lemmas: self.lemmas.clone(),
            vocab: self.vocab.clone(),
            word_classes: self.word_classes,
            classes_added: self.classes_added,
        }
    }

    /// Serialises and compresses; `vocab_words` are the words behind `vocab`.
    pub fn to_bytes(&self, vocab_words: &[String]) -> Vec<u8> {
        let mut w = Vec::with_capacity(1 << 20);
        let second = self.tagger.second.as_ref();
        // Version 1 has no flags, so a model with classes is always written as version 2.
        let v2 = second.is_some() || self.word_classes || self.tagger.classes;
        w.extend_from_slice(if v2 { MAGIC_2 } else { MAGIC });
        let tags: Vec<String> = self
            .tagger
            .tags
            .iter()
            .map(|(u, x)| format!("{u}\t{x}"))
            .collect();
        put_lines(&mut w, &tags);
        put_lines(&mut w, &self.labels);
        let mut dict: Vec<(u64, u16)> = self.tagger.dict.iter().map(|(k, v)| (*k, *v)).collect();
        dict.sort_unstable();
        put_varint(&mut w, dict.len() as u64);
        let mut prev = 0;
        for (k, c) in dict {
            put_varint(&mut w, k - prev);
            put_varint(&mut w, u64::from(c));
            prev = k;
        }
        let mut lemmas: Vec<String> = self
            .lemmas
            .iter()
            .map(|((f, x), l)| format!("{f}\t{x}\t{l}"))
            .collect();
        lemmas.sort();
        put_lines(&mut w, &lemmas);
        put_lines(&mut w, vocab_words);
        put_model(&mut w, &self.tagger.model);
        put_model(&mut w, &self.parser);
        if v2 {
            let flag = |on: bool, bit: u64| if on { bit } else { 0 };
            let flags = flag(second.is_some(), HAS_SECOND_TAGGER)
                | flag(self.labeller.is_some(), HAS_LABELLER)
                | flag(self.word_classes, HAS_WORD_CLASSES)
                | flag(self.tagger.classes, HAS_TAGGER_CLASSES)
                | flag(self.classes_added, HAS_ADDED_CLASSES);
            put_varint(&mut w, flags);
        }
        // Optional section: version 1 files of joint parsers end before it.
        if let Some(l) = &self.labeller {
            put_model(&mut w, &l.model);
            let named: Vec<String> = l
                .named
                .iter()
                .map(|&i| self.labels[usize::from(i)].clone())
                .collect();
            put_lines(&mut w, &named);
        }
        if let Some(second) = second {
            put_model(&mut w, second);
        }
        miniz_oxide::deflate::compress_to_vec(&w, 9)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<SyntaxModel, SyntaxError> {
        Self::from_bytes_with_vocab(bytes).map(|(m, _)| m)
    }

    /// [`Self::from_bytes_with_vocab`] of the model file at `path`: what the training tools
    /// start from when they rework one part of a model.
    pub fn read_with_vocab(
        path: &std::path::Path,
    ) -> Result<(SyntaxModel, Vec<String>), SyntaxError> {
        let bytes = std::fs::read(path).map_err(|source| SyntaxError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Self::from_bytes_with_vocab(&bytes)
    }
    /// Decodes a model and also returns its vocabulary words, which the decoded model
    /// keeps only as hashes: re-serialising a model (e.g. after pruning) needs them.
    pub fn from_bytes_with_vocab(bytes: &[u8]) -> Result<(SyntaxModel, Vec<String>), SyntaxError> {
        let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, MAX_INFLATED)
            .map_err(|e| SyntaxError::Model(format!("cannot inflate: {e:?}")))?;
        Self::from_inflated_with_vocab(&raw)
    }

    /// [`Self::from_bytes`] of a model file's inflated bytes (the shipped model is
    /// inflated at build time).
    pub fn from_inflated(raw: &[u8]) -> Result<SyntaxModel, SyntaxError> {
        Self::from_inflated_with_vocab(raw).map(|(m, _)| m)
    }

    fn from_inflated_with_vocab(raw: &[u8]) -> Result<(SyntaxModel, Vec<String>), SyntaxError> {
        let mut r = Reader { buf: raw, pos: 0 };
        let version = match r.take(MAGIC.len())? {
            m if m == MAGIC => 1,
            m if m == MAGIC_2 => 2,
            _ => return Err(SyntaxError::Model("not a demarche syntax model".into())),
        };
        let tags = r
            .lines()?
            .into_iter()
            .map(|l| match l.split_once('\t') {
                Some((u, x)) => Ok((u.to_string(), x.to_string())),
                None => Err(SyntaxError::Model(format!("bad tag line {l:?}"))),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let labels = r.lines()?;
        let mut dict = FeatMap::default();
        let mut prev = 0u64;
        for _ in 0..r.varint()? {
            prev += r.varint()?;
            dict.insert(prev, r.varint()? as u16);
        }
        let lemmas = r
            .lines()?
            .into_iter()
            .filter_map(|l| {
                let mut p = l.splitn(3, '\t');
                Some((
                    (p.next()?.to_string(), p.next()?.to_string()),
                    p.next()?.to_string(),
                ))
            })
            .collect();
        let vocab_words = r.lines()?;
        let vocab = vocab_words.iter().map(|w| (key(hash_str(w)), ())).collect();
        let tagger_model = r.model()?;
        let parser = r.model()?;
        let flags = match version {
            1 if r.pos < r.buf.len() => HAS_LABELLER,
            1 => 0,
            _ => r.varint()?,
        };
        let known = HAS_LABELLER
            | HAS_SECOND_TAGGER
            | HAS_WORD_CLASSES
            | HAS_TAGGER_CLASSES
            | HAS_ADDED_CLASSES;
        if flags & !known != 0 {
            return Err(SyntaxError::Model(format!(
                "unknown model flags {flags:#x}"
            )));
        }
        let labeller = if flags & HAS_LABELLER != 0 {
            Some(r.labeller(&labels)?)
        } else {
            None
        };
        let second = if flags & HAS_SECOND_TAGGER != 0 {
            Some(r.model()?)
        } else {
            None
        };
        let parser_ok = match &labeller {
            None => parser.classes() == 1 + 2 * labels.len(),
            Some(l) => parser.classes() == 1 + 2 * l.groups() && l.model.classes() == labels.len(),
        };
        let second_ok = second.as_ref().is_none_or(|m| m.classes() == tags.len());
        if tagger_model.classes() != tags.len() || !parser_ok || !second_ok {
            return Err(SyntaxError::Model(
                "class counts disagree with the tag/label lists".into(),
            ));
        }
        let model = SyntaxModel {
            tagger: Tagger {
                model: tagger_model,
                tags,
                dict,
                second,
                classes: flags & HAS_TAGGER_CLASSES != 0,
            },
            parser,
            labeller,
            labels,
            lemmas,
            vocab,
            word_classes: flags & HAS_WORD_CLASSES != 0,
            classes_added: flags & HAS_ADDED_CLASSES != 0,
        };
        Ok((model, vocab_words))
    }
}

fn put_varint(w: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        w.push((v as u8) | 0x80);
        v >>= 7;
    }
    w.push(v as u8);
}

fn put_lines(w: &mut Vec<u8>, lines: &[String]) {
    let text = lines.join("\n");
    put_varint(w, text.len() as u64);
    w.extend_from_slice(text.as_bytes());
}

fn put_model(w: &mut Vec<u8>, m: &Model) {
    put_varint(w, m.classes() as u64);
    w.extend_from_slice(&m.scale().to_le_bytes());
    let rows = m.rows();
    put_varint(w, rows.len() as u64);
    let mut prev = 0;
    for (k, classes, weights) in rows {
        put_varint(w, k - prev);
        prev = k;
        put_varint(w, classes.len() as u64);
        for (c, x) in classes.iter().zip(&weights) {
            w.push(*c);
            let zz = ((i32::from(*x) << 1) ^ (i32::from(*x) >> 31)) as u64;
            put_varint(w, zz);
        }
    }
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], SyntaxError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len());
        let end = end.ok_or_else(|| SyntaxError::Model("truncated model".into()))?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn byte(&mut self) -> Result<u8, SyntaxError> {
        let b = *self
            .buf
            .get(self.pos)
            .ok_or_else(|| SyntaxError::Model("truncated model".into()))?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, SyntaxError> {
        // Most of a model's varints (deltas of sorted keys aside) are one byte.
        if let Some(&b) = self.buf.get(self.pos).filter(|&&b| b < 0x80) {
            self.pos += 1;
            return Ok(u64::from(b));
        }
        // Away from the end, a varint's longest form (10 bytes) is read without a bounds
        // test per byte: the model's millions of varints were a tenth of start-up.
        if let Some(bytes) = self.buf.get(self.pos..).and_then(|b| b.get(..10)) {
            let mut v = 0u64;
            for (i, &b) in bytes.iter().enumerate() {
                v |= u64::from(b & 0x7f) << (7 * i);
                if b < 0x80 {
                    self.pos += i + 1;
                    return Ok(v);
                }
            }
            return Err(SyntaxError::Model("varint too long".into()));
        }
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(SyntaxError::Model("varint too long".into()))
    }

    fn lines(&mut self) -> Result<Vec<String>, SyntaxError> {
        let n = self.varint()? as usize;
        let text = std::str::from_utf8(self.take(n)?)
            .map_err(|_| SyntaxError::Model("text section is not UTF-8".into()))?;
        Ok(if text.is_empty() {
            Vec::new()
        } else {
            text.split('\n').map(str::to_string).collect()
        })
    }

    fn labeller(&mut self, labels: &[String]) -> Result<Labeller, SyntaxError> {
        let model = self.model()?;
        let named = self
            .lines()?
            .iter()
            .map(|n| match labels.iter().position(|l| l == n) {
                Some(i) => Ok(i as u16),
                None => Err(SyntaxError::Model(format!("unknown named label {n:?}"))),
            })
            .collect::<Result<Vec<u16>, _>>()?;
        Ok(Labeller { model, named })
    }

    fn model(&mut self) -> Result<Model, SyntaxError> {
        let classes = self.varint()? as usize;
        let scale_bytes: [u8; 4] = self.take(4)?.try_into().unwrap_or([0; 4]);
        let rows = self.varint()? as usize;
        // A corrupt count must not reserve without bound: each row takes ≥ 2 bytes.
        let capacity = rows.min(self.buf.len() / 2);
        let mut m = Model::with_capacity(classes, f32::from_le_bytes(scale_bytes), capacity);
        // Rows are decoded `AHEAD` before they are inserted, their home slots prefetched
        // meanwhile, so the table's cache misses overlap; the insertion order is the file's.
        const AHEAD: usize = 16;
        let mut ring: Vec<(u64, Vec<(u8, i16)>)> = vec![(0, Vec::new()); AHEAD];
        let mut prev = 0u64;
        for n in 0..rows + AHEAD {
            let (key, row) = &mut ring[n % AHEAD];
            if n >= AHEAD {
                m.push_row(*key, row)?;
            }
            if n < rows {
                prev += self.varint()?;
                *key = prev;
                self.row(classes, row)?;
                m.prefetch_home(prev);
            }
        }
        Ok(m.sealed())
    }

    /// One row's (class, weight) pairs into `row` (cleared first).
    fn row(&mut self, classes: usize, row: &mut Vec<(u8, i16)>) -> Result<(), SyntaxError> {
        row.clear();
        for _ in 0..self.varint()? {
            let c = self.byte()?;
            let zz = self.varint()? as u32;
            let x = ((zz >> 1) as i32) ^ -((zz & 1) as i32);
            if usize::from(c) >= classes {
                return Err(SyntaxError::Model("weight for an unknown class".into()));
            }
            row.push((c, x as i16));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The varint reader's fast paths (one byte; ten bytes away from the end) read what
    /// the byte-by-byte path reads, and fail where it fails.
    #[test]
    fn varints_read_alike_near_and_far_from_the_end() {
        let values = [
            0,
            1,
            127,
            128,
            300,
            1 << 14,
            (1 << 21) - 1,
            u64::from(u32::MAX),
            u64::MAX,
        ];
        for &v in &values {
            let mut w = Vec::new();
            put_varint(&mut w, v);
            let len = w.len();
            // At the end of the buffer (the checked path), then with room after it.
            for pad in [0, 16] {
                let mut buf = w.clone();
                buf.resize(len + pad, 0xff);
                let mut r = Reader { buf: &buf, pos: 0 };
                assert_eq!(r.varint().ok(), Some(v), "{v} pad {pad}");
                assert_eq!(r.pos, len);
            }
        }
        for pad in [0, 16] {
            let mut long = vec![0x80u8; 11];
            long.resize(11 + pad, 0);
            assert!(Reader { buf: &long, pos: 0 }.varint().is_err());
        }
        assert!(Reader {
            buf: &[0x80],
            pos: 0
        }
        .varint()
        .is_err());
        assert!(Reader { buf: &[], pos: 0 }.byte().is_err());
    }

    /// The binary carries the shipped model file inflated by `build.rs`.
    #[test]
    fn the_builtin_bytes_are_the_model_file_inflated() {
        let file = include_bytes!("../../../data/syntax/model.bin");
        let inflated = miniz_oxide::inflate::decompress_to_vec(file).expect("inflates");
        assert!(inflated == super::super::BUILTIN);
    }
}
