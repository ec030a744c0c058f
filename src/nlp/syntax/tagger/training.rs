//! Training the tagger: the class list and tag dictionary of a treebank, the first pass and
//! the second pass on jackknifed first-pass classes (see the parent module).
use super::*;

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

/// Checks that a model's tag classes are those of the treebank it is to be retrained on.
pub fn same_classes(sents: &[GoldSentence], tags: &[(String, String)]) -> Result<(), SyntaxError> {
    if tag_classes(sents) == tags {
        Ok(())
    } else {
        Err(SyntaxError::Model(
            "the model's tag classes are not those of this treebank".into(),
        ))
    }
}

/// The tag dictionary the trainer builds: words seen at least this often with one class.
pub const DICT_MIN_COUNT: u32 = 5;

/// The tag dictionary of a treebank whose classes are `tags`: words seen at least
/// `min_count` times, with one class at least 99.5 % of the time.
pub fn dictionary(
    sents: &[GoldSentence],
    tags: &[(String, String)],
    min_count: u32,
) -> FeatMap<u16> {
    build_dict(sents, &class_index(tags), min_count)
}

/// Words seen at least `min_count` times with one class at least 99.5 % of the time.
fn build_dict(sents: &[GoldSentence], class_of: &FeatMap<u16>, min_count: u32) -> FeatMap<u16> {
    let mut counts: FeatMap<FeatMap<u32>> = FeatMap::default();
    for w in sents.iter().flat_map(|s| &s.words) {
        let c = gold_class(class_of, w);
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

/// Trains a tagger on `sents` for `epochs` passes in a seeded random order, with
/// word-class features if `classes`.
pub fn train(
    sents: &[GoldSentence],
    tags: &[(String, String)],
    (epochs, seed): (usize, u64),
    classes: bool,
) -> Tagger {
    let epochs = epochs.max(1);
    let mut last = None;
    train_with(sents, tags, (epochs, seed), classes, |e, t| {
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
    (epochs, seed): (usize, u64),
    classes: bool,
    mut report: impl FnMut(usize, &dyn Fn() -> Tagger),
) {
    let class_of = class_index(tags);
    let feats = |ws: &[WordFeats], _si: usize, i: usize, prev, out: &mut Vec<u64>| {
        features(ws, i, prev, classes, out)
    };
    let run = Run {
        epochs,
        seed,
        classes,
    };
    train_passes(sents, tags, &run, feats, |epoch, trainer| {
        report(epoch, &|| Tagger {
            model: trainer.finish(0.0),
            tags: tags.to_vec(),
            dict: build_dict(sents, &class_of, DICT_MIN_COUNT),
            second: None,
            classes,
        })
    });
}

/// Epochs, seed and feature set of one training run.
struct Run {
    epochs: usize,
    seed: u64,
    classes: bool,
}

/// The class of a gold word's (UPOS, XPOS) pair.
fn gold_class(class_of: &FeatMap<u16>, w: &GoldWord) -> u16 {
    class_of[&key(mix(hash_str(&w.upos), hash_str(&w.xpos)))]
}

/// (UPOS, XPOS) hash -> class number.
fn class_index(tags: &[(String, String)]) -> FeatMap<u16> {
    tags.iter()
        .enumerate()
        .map(|(i, (u, x))| (key(mix(hash_str(u), hash_str(x))), i as u16))
        .collect()
}

/// Trains the second pass on `sents` whose first-pass classes are `first` (from taggers
/// that never saw the sentence); after each epoch `report(epoch, snapshot)` may take the
/// averaged model so far.
pub fn train_second_with(
    sents: &[GoldSentence],
    first: &[Vec<u16>],
    tags: &[(String, String)],
    (epochs, seed): (usize, u64),
    mut report: impl FnMut(usize, &dyn Fn() -> Model),
) {
    let feats = |ws: &[WordFeats], si: usize, i: usize, prev, out: &mut Vec<u64>| {
        features_second(ws, &first[si], i, prev, out)
    };
    let run = Run {
        epochs,
        seed: seed ^ 0x5EC0,
        classes: false,
    };
    train_passes(sents, tags, &run, feats, |epoch, trainer| {
        report(epoch, &|| trainer.finish(0.0))
    });
}

/// The perceptron loop both passes share: greedy left to right over each sentence in a
/// seeded random order, the model's own previous two guesses as context; `feats(words,
/// sentence, position, prev, prev2, out)` gives a position's features and `report(epoch,
/// trainer)` sees the trainer after each epoch.
fn train_passes(
    sents: &[GoldSentence],
    tags: &[(String, String)],
    run: &Run,
    feats: impl Fn(&[WordFeats], usize, usize, (u64, u64), &mut Vec<u64>),
    mut report: impl FnMut(usize, &Trainer),
) {
    let class_of = class_index(tags);
    let mut trainer = Trainer::new(tags.len());
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let mut rng = Rng::new(run.seed);
    let (mut fs, mut scores) = (Vec::new(), Vec::new());
    for epoch in 0..run.epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let s = &sents[si];
            let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let ws = word_feats(&words, run.classes);
            let (mut p1, mut p2) = (START[0], START[1]);
            for (i, w) in s.words.iter().enumerate() {
                let gold = usize::from(gold_class(&class_of, w));
                feats(&ws, si, i, (p1, p2), &mut fs);
                trainer.score(&fs, &mut scores);
                let guess = best(&scores, |_| true).unwrap_or(0);
                trainer.update(&fs, gold, guess);
                trainer.tick();
                p2 = p1;
                p1 = guess as u64;
            }
        }
        report(epoch + 1, &trainer);
    }
}

/// [`train_second_with`] for a fixed number of epochs.
pub fn train_second(
    sents: &[GoldSentence],
    first: &[Vec<u16>],
    tags: &[(String, String)],
    (epochs, seed): (usize, u64),
) -> Model {
    let epochs = epochs.max(1);
    let mut last = None;
    train_second_with(sents, first, tags, (epochs, seed), |e, m| {
        if e == epochs {
            last = Some(m());
        }
    });
    last.unwrap_or_else(|| unreachable!("the last epoch always reports"))
}
