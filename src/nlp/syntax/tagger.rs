//! Greedy left-to-right averaged-perceptron tagger. A class is a (UPOS, XPOS) pair, so
//! one decision yields both tag sets. Frequent unambiguous words are tagged from a tag
//! dictionary and skip the model.

use super::conllu::GoldSentence;
use super::perceptron::{best, hash_str, key, mix, FeatMap, Model, Trainer};
use super::rng::Rng;

/// Per-word hashes computed once per sentence.
#[derive(Clone, Copy)]
pub struct WordFeats {
    form: u64,
    lower: u64,
    shape: u64,
    prefix: [u64; 4],
    suffix: [u64; 4],
    flags: u64,
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
    let count = lower.chars().count();
    let s = if count <= n {
        lower
    } else if from_end {
        let cut = lower.char_indices().nth(count - n).map_or(0, |(i, _)| i);
        &lower[cut..]
    } else {
        let cut = lower.char_indices().nth(n).map_or(lower.len(), |(i, _)| i);
        &lower[..cut]
    };
    mix(hash_str(s), (n as u64) | if from_end { 16 } else { 0 })
}

pub fn word_feats(words: &[&str]) -> Vec<WordFeats> {
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            WordFeats {
                form: hash_str(w),
                lower: hash_str(&lower),
                shape: shape(w),
                prefix: [1, 2, 3, 4].map(|n| affix(&lower, n, false)),
                suffix: [1, 2, 3, 4].map(|n| affix(&lower, n, true)),
                flags: flags(w, i == 0),
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

/// The feature set of word `i`, given the two previous predicted classes.
pub fn features(ws: &[WordFeats], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
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
}

const START: [u64; 2] = [900, 901];

/// The trained tagger: model, class names and tag dictionary.
pub struct Tagger {
    pub model: Model,
    /// (UPOS, XPOS) of each class.
    pub tags: Vec<(String, String)>,
    /// form hash -> class, for frequent words seen with one class.
    pub dict: FeatMap<u16>,
}

impl Tagger {
    /// Class of every word of a sentence.
    pub fn tag(&self, words: &[&str]) -> Vec<u16> {
        let ws = word_feats(words);
        let mut out = Vec::with_capacity(words.len());
        let (mut feats, mut scores) = (Vec::with_capacity(40), Vec::new());
        let (mut p1, mut p2) = (START[0], START[1]);
        for (i, w) in ws.iter().enumerate() {
            let class = match self.dict.get(&key(w.form)) {
                Some(&c) => c,
                None => {
                    features(&ws, i, p1, p2, &mut feats);
                    self.model.score(&feats, &mut scores);
                    best(&scores, |_| true).unwrap_or(0) as u16
                }
            };
            out.push(class);
            p2 = p1;
            p1 = u64::from(class);
        }
        out
    }
}

/// Builds the class list of a treebank (sorted, so training is reproducible).
pub fn tag_classes(sents: &[GoldSentence]) -> Vec<(String, String)> {
    let mut tags: Vec<(String, String)> = sents
        .iter()
        .flat_map(|s| s.words.iter().map(|w| (w.upos.clone(), w.xpos.clone())))
        .collect();
    tags.sort();
    tags.dedup();
    tags
}

/// Words seen at least `min_count` times with one class at least `share` of the time.
fn build_dict(sents: &[GoldSentence], class_of: &FeatMap<u16>, min_count: u32) -> FeatMap<u16> {
    let mut counts: FeatMap<FeatMap<u32>> = FeatMap::default();
    for w in sents.iter().flat_map(|s| &s.words) {
        let c = class_of[&key(mix(hash_str(&w.upos), hash_str(&w.xpos)))];
        *counts
            .entry(key(hash_str(&w.form)))
            .or_default()
            .entry(u64::from(c))
            .or_default() += 1;
    }
    let mut dict = FeatMap::default();
    for (form, by_class) in counts {
        let total: u32 = by_class.values().sum();
        let (class, n) = by_class
            .iter()
            .max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))
            .map_or((0, 0), |(c, n)| (*c, *n));
        if total >= min_count && f64::from(n) >= 0.995 * f64::from(total) {
            dict.insert(form, class as u16);
        }
    }
    dict
}

/// Trains a tagger on `sents` for `epochs` passes in a seeded random order.
pub fn train(
    sents: &[GoldSentence],
    tags: &[(String, String)],
    epochs: usize,
    seed: u64,
) -> Tagger {
    let epochs = epochs.max(1);
    let mut last = None;
    train_with(sents, tags, epochs, seed, |e, t| {
        if e == epochs {
            last = Some(t());
        }
    });
    last.unwrap_or_else(|| unreachable!("the last epoch always reports"))
}

/// Trains as [`train`] does; after each epoch `report(epoch, snapshot)` may take the
/// averaged tagger so far (built only when `snapshot` is called).
pub fn train_with(
    sents: &[GoldSentence],
    tags: &[(String, String)],
    epochs: usize,
    seed: u64,
    mut report: impl FnMut(usize, &dyn Fn() -> Tagger),
) {
    let class_of: FeatMap<u16> = tags
        .iter()
        .enumerate()
        .map(|(i, (u, x))| (key(mix(hash_str(u), hash_str(x))), i as u16))
        .collect();
    let mut trainer = Trainer::new(tags.len());
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let mut rng = Rng::new(seed);
    let (mut feats, mut scores) = (Vec::new(), Vec::new());
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let s = &sents[si];
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let ws = word_feats(&words);
            let (mut p1, mut p2) = (START[0], START[1]);
            for (i, w) in s.words.iter().enumerate() {
                let gold = usize::from(class_of[&key(mix(hash_str(&w.upos), hash_str(&w.xpos)))]);
                features(&ws, i, p1, p2, &mut feats);
                trainer.score(&feats, &mut scores);
                let guess = best(&scores, |_| true).unwrap_or(0);
                trainer.update(&feats, gold, guess);
                trainer.tick();
                p2 = p1;
                p1 = guess as u64;
            }
        }
        report(epoch + 1, &|| Tagger {
            model: trainer.finish(0.0),
            tags: tags.to_vec(),
            dict: build_dict(sents, &class_of, 20),
        });
    }
}
