//! Training and evaluation on a CoNLL-U treebank (used by `examples/train_syntax.rs`
//! and the accuracy test).
//!
//! Recipe: the tagger is trained on all of train; the parser is trained on train with
//! tags predicted by 4-fold jackknifing (each quarter tagged by a tagger trained on the
//! other three), so it learns to cope with the tagging errors it will meet. The
//! tagger's second pass is trained on the same jackknifed tags, for the same reason.

use super::conllu::GoldSentence;
use super::model::{Labeller, SyntaxModel};
use super::parser::{self, Gold, State};
use super::perceptron::{best, Model, Trainer};
use super::rng::Rng;
use super::tagger::{self, Tagger};
use super::{lemma, parse_input};
use std::collections::HashMap;

pub struct Settings {
    pub tagger_epochs: usize,
    /// Epochs of the tagger's second pass (0 = none); needs `folds` > 0.
    pub tagger_second_epochs: usize,
    /// Tagger with word-class features (`tagger::class_features`); off: the shipped
    /// recipe (see EVALUATION.md, branch `parser11`).
    pub tagger_classes: bool,
    pub parser_epochs: usize,
    /// Dynamic-oracle exploration: from parser epoch `explore_from` (0-based) on, the
    /// parser follows its own (possibly wrong) move with probability `explore`, times
    /// `explore_decay` for every later epoch.
    pub explore: f64,
    pub explore_from: usize,
    pub explore_decay: f64,
    /// Train the parser on jackknifed tags of both tagger passes (what it is given at
    /// run time) instead of first-pass tags. Off: on EWT dev it scored 0.002 lower
    /// (see EVALUATION.md, branch `parser5`).
    pub parser_on_two_pass_tags: bool,
    /// The greedy joint parser reads the class templates on top of every word template
    /// (`parser::Input::added`; slower to score) instead of in place of 11 of them.
    pub parser_classes_added: bool,
    /// Jackknife folds for the parser's training tags; 0 = gold tags.
    pub folds: usize,
    pub seed: u64,
    /// Averaged weights below this magnitude are dropped from the shipped model.
    pub prune: f32,
    /// A move classifier plus a label classifier instead of one joint classifier
    /// (faster to score, but on EWT dev it lost 0.003-0.005 LAS: off by default; see
    /// EVALUATION.md).
    pub two_stage: bool,
    /// Labels a two-stage parser's move classes name (the most frequent ones).
    pub named_labels: usize,
    /// Train on only the first this many sentences (0 = all): quick experiments.
    pub limit: usize,
    /// Beam width the joint parser is trained for (1 = greedy, the dynamic-oracle
    /// recipe above; wider: global max-violation training, see [`super::beam_train`]).
    /// A wider-trained parser's best epoch is chosen by decoding dev at this width.
    pub train_beam: usize,
    /// With `train_beam` > 1: the parser epochs before this one (0-based) are greedy
    /// dynamic-oracle epochs, the later ones global beam epochs on the same weights
    /// (beam fine-tuning of a greedy parser); 0 = beam from the start.
    pub beam_from: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            tagger_epochs: 10,
            tagger_second_epochs: 3,
            tagger_classes: false,
            parser_epochs: 12,
            explore: 0.9,
            explore_from: 1,
            explore_decay: 1.0,
            parser_on_two_pass_tags: false,
            parser_classes_added: false,
            folds: 4,
            seed: 7,
            prune: 0.0,
            two_stage: false,
            named_labels: 11,
            limit: 0,
            train_beam: 1,
            beam_from: 0,
        }
    }
}

/// Lifts non-projective arcs to the grandparent until the tree is projective.
pub fn projectivise(head: &mut [u32]) {
    let n = head.len();
    for _ in 0..n * 2 {
        let mut changed = false;
        for d in 1..n {
            let h = head[d] as usize;
            if h != 0 && !projective_arc(head, h, d) {
                head[d] = head[h];
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

fn projective_arc(head: &[u32], h: usize, d: usize) -> bool {
    let (lo, hi) = if h < d { (h, d) } else { (d, h) };
    (lo + 1..hi).all(|k| dominated(head, k, h))
}

fn dominated(head: &[u32], mut k: usize, h: usize) -> bool {
    for _ in 0..head.len() {
        if k == h {
            return true;
        }
        if k == 0 {
            return false;
        }
        k = head[k] as usize;
    }
    false
}

/// A training sentence for the parser: predicted tag classes and the projective gold tree.
struct ParserExample {
    words: Vec<String>,
    tags: Vec<u16>,
    head: Vec<u32>,
    label: Vec<u16>,
}

fn label_index(sents: &[GoldSentence]) -> Vec<String> {
    let mut labels: Vec<String> = sents
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.deprel.clone()))
        .collect();
    labels.sort();
    labels.dedup();
    labels
}

fn forms(s: &GoldSentence) -> Vec<&str> {
    s.words.iter().map(|w| w.form.as_str()).collect()
}

/// The gold tag classes (`folds: 0`: a quicker, less robust recipe for experiments).
fn gold_tags(sents: &[GoldSentence], tags: &[(String, String)]) -> Vec<Vec<u16>> {
    let class_of: HashMap<(&str, &str), u16> = tags
        .iter()
        .enumerate()
        .map(|(i, (u, x))| ((u.as_str(), x.as_str()), i as u16))
        .collect();
    sents
        .iter()
        .map(|s| {
            s.words
                .iter()
                .map(|w| class_of[&(w.upos.as_str(), w.xpos.as_str())])
                .collect()
        })
        .collect()
}

/// The fold of training sentence `i` in a `k`-fold jackknife.
fn fold_of(i: usize, k: usize) -> usize {
    i % k
}

/// The sentences outside fold `f`, with their indices.
fn outside_fold(sents: &[GoldSentence], f: usize, k: usize) -> Vec<(usize, GoldSentence)> {
    sents
        .iter()
        .enumerate()
        .filter(|(i, _)| fold_of(*i, k) != f)
        .map(|(i, s)| (i, s.clone()))
        .collect()
}

/// One first-pass tagger per fold, each trained on the other folds.
fn fold_taggers(sents: &[GoldSentence], tags: &[(String, String)], st: &Settings) -> Vec<Tagger> {
    let k = st.folds.max(2);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..k)
            .map(|f| {
                let train: Vec<GoldSentence> = outside_fold(sents, f, k)
                    .into_iter()
                    .map(|(_, s)| s)
                    .collect();
                let (run, classes) = ((st.tagger_epochs, st.seed + f as u64), st.tagger_classes);
                scope.spawn(move || tagger::train(&train, tags, run, classes))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("tagger thread"))
            .collect()
    })
}

/// Writes the tag classes of every sentence to `path`, one sentence a line: the cache of
/// jackknifed tags the training examples keep between runs ([`read_tags`]).
pub fn write_tags(path: &std::path::Path, tags: &[Vec<u16>]) -> Result<(), super::SyntaxError> {
    let lines: Vec<String> = tags
        .iter()
        .map(|s| s.iter().map(u16::to_string).collect::<Vec<_>>().join(" "))
        .collect();
    std::fs::write(path, lines.join("\n")).map_err(|source| super::SyntaxError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// Reads [`write_tags`]' file back; `None` if it is missing, malformed or not of
/// `sentences` lines (then the caller recomputes the tags).
pub fn read_tags(path: &std::path::Path, sentences: usize) -> Option<Vec<Vec<u16>>> {
    let text = std::fs::read_to_string(path).ok()?;
    let tags: Vec<Vec<u16>> = text
        .lines()
        .map(|l| l.split_whitespace().map(str::parse).collect())
        .collect::<Result<_, _>>()
        .ok()?;
    (tags.len() == sentences).then_some(tags)
}

/// Tags every sentence with a tagger that never saw it (k-fold).
pub fn jackknife(
    sents: &[GoldSentence],
    tags: &[(String, String)],
    st: &Settings,
) -> Vec<Vec<u16>> {
    let taggers = fold_taggers(sents, tags, st);
    let k = taggers.len();
    sents
        .iter()
        .enumerate()
        .map(|(i, s)| taggers[fold_of(i, k)].tag(&forms(s)))
        .collect()
}

/// Jackknifed tags of both tagger passes: (first pass only, first + second pass).
///
/// The parser meets second-pass tags at run time, so it must be trained on them. Each
/// fold's first-pass tagger (trained on the other folds) gets a second pass trained on
/// the other folds' jackknifed first-pass tags, and tags its own fold with both passes:
/// no tagger that tags a sentence was trained on that sentence's gold tags.
pub fn jackknife_two_pass(
    sents: &[GoldSentence],
    tags: &[(String, String)],
    st: &Settings,
) -> (Vec<Vec<u16>>, Vec<Vec<u16>>) {
    let mut taggers = fold_taggers(sents, tags, st);
    let k = taggers.len();
    let first: Vec<Vec<u16>> = sents
        .iter()
        .enumerate()
        .map(|(i, s)| taggers[fold_of(i, k)].tag(&forms(s)))
        .collect();
    let seconds: Vec<Model> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..k)
            .map(|f| {
                let (idx, train): (Vec<usize>, Vec<GoldSentence>) =
                    outside_fold(sents, f, k).into_iter().unzip();
                let predicted: Vec<Vec<u16>> = idx.iter().map(|&i| first[i].clone()).collect();
                let run = (st.tagger_second_epochs, st.seed + f as u64);
                scope.spawn(move || tagger::train_second(&train, &predicted, tags, run))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("second-pass thread"))
            .collect()
    });
    for (t, second) in taggers.iter_mut().zip(seconds) {
        t.second = Some(second);
    }
    let both = sents
        .iter()
        .enumerate()
        .map(|(i, s)| taggers[fold_of(i, k)].tag(&forms(s)))
        .collect();
    (first, both)
}

fn examples(
    sents: &[GoldSentence],
    predicted: Vec<Vec<u16>>,
    labels: &[String],
) -> Vec<ParserExample> {
    let label_of: HashMap<&str, u16> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i as u16))
        .collect();
    sents
        .iter()
        .zip(predicted)
        .map(|(s, tags)| {
            let mut head = vec![parser::NONE];
            head.extend(s.words.iter().map(|w| w.head));
            projectivise(&mut head);
            let mut label = vec![0];
            label.extend(s.words.iter().map(|w| label_of[w.deprel.as_str()]));
            ParserExample {
                words: s.words.iter().map(|w| w.form.clone()).collect(),
                tags,
                head,
                label,
            }
        })
        .collect()
}

/// One pass of dynamic-oracle training with exploration.
fn parser_epoch(
    trainer: &mut Trainer,
    data: &[ParserExample],
    (order, added): (&[usize], bool),
    explore: f64,
    rng: &mut Rng,
) {
    let classes = trainer.classes();
    let (mut feats, mut scores, mut cost) = (Vec::new(), Vec::new(), Vec::new());
    for &i in order {
        let ex = &data[i];
        let words: Vec<&str> = ex.words.iter().map(String::as_str).collect();
        let mut inp = parse_input(&words, &ex.tags, true);
        inp.added = added;
        let gold = Gold {
            head: &ex.head,
            label: &ex.label,
        };
        let mut st = State::new(words.len());
        while !st.terminal() {
            parser::features(&st, &inp, &mut feats);
            trainer.score(&feats, &mut scores);
            parser::costs(&st, &gold, classes, &mut cost);
            let guess = parser::best_legal_f32(&st, &scores);
            let min = cost.iter().copied().min().unwrap_or(0);
            let truth = best(&scores, |c| cost[c] == min).unwrap_or(guess);
            trainer.update(&feats, truth, guess);
            trainer.tick();
            let follow = if explore > 0.0 && rng.unit() < explore {
                guess
            } else {
                truth
            };
            st.apply(follow);
        }
    }
}

/// One pass of global beam training (max-violation updates).
fn beam_epoch(trainer: &mut Trainer, data: &[ParserExample], order: &[usize], width: usize) {
    let mut updates = 0usize;
    for &i in order {
        let ex = &data[i];
        let words: Vec<&str> = ex.words.iter().map(String::as_str).collect();
        let example = super::beam_train::Example {
            words: &words,
            tags: &ex.tags,
            gold: Gold {
                head: &ex.head,
                label: &ex.label,
            },
        };
        updates += usize::from(super::beam_train::train_sentence(trainer, &example, width));
        // One tick per transition, as in a greedy epoch, so that greedy and beam epochs
        // weigh alike in the average when one follows the other.
        for _ in 0..2 * words.len() {
            trainer.tick();
        }
    }
    eprintln!(
        "  beam {width}: {updates} of {} sentences updated",
        order.len()
    );
}

/// The two trainers of a two-stage parser: moves (with label groups), and the labels
/// outside the named ones.
struct TwoStage {
    moves: Trainer,
    labels: Trainer,
    /// Only its `named` list is used while training.
    groups: Labeller,
}

/// One pass of two-stage training: the move classifier learns from the dynamic oracle
/// as in [`parser_epoch`], over label groups instead of labels; the label classifier
/// learns the gold label of every arc made with the right head and an unnamed label.
fn two_stage_epoch(
    t: &mut TwoStage,
    data: &[ParserExample],
    order: &[usize],
    explore: bool,
    rng: &mut Rng,
) {
    let classes = t.moves.classes();
    let (mut feats, mut lfeats, mut scores, mut lscores, mut cost) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for &i in order {
        let ex = &data[i];
        let words: Vec<&str> = ex.words.iter().map(String::as_str).collect();
        let inp = parse_input(&words, &ex.tags, true);
        let group: Vec<u16> = ex
            .label
            .iter()
            .map(|&l| t.groups.group_of(l) as u16)
            .collect();
        let gold = Gold {
            head: &ex.head,
            label: &group,
        };
        let mut st = State::new(words.len());
        while !st.terminal() {
            parser::features(&st, &inp, &mut feats);
            t.moves.score(&feats, &mut scores);
            parser::costs(&st, &gold, classes, &mut cost);
            let guess = parser::best_legal_f32(&st, &scores);
            let min = cost.iter().copied().min().unwrap_or(0);
            let truth = best(&scores, |c| cost[c] == min).unwrap_or(guess);
            t.moves.update(&feats, truth, guess);
            t.moves.tick();
            let explored = explore && rng.unit() < 0.9;
            let (mv, g) = parser::move_of(if explored { guess } else { truth });
            let label = match t.groups.named.get(g) {
                _ if mv == parser::SHIFT => 0,
                Some(&l) => l,
                None => {
                    parser::label_features(&st, &inp, mv, &mut lfeats);
                    t.labels.score(&lfeats, &mut lscores);
                    let predicted = t.groups.other(&lscores);
                    let (h, d) = st.arc_of(mv);
                    let gl = ex.label[d as usize];
                    if gold.head[d as usize] == h && t.groups.group_of(gl) == g {
                        t.labels
                            .update(&lfeats, usize::from(gl), usize::from(predicted));
                        t.labels.tick();
                        if explored {
                            predicted
                        } else {
                            gl
                        }
                    } else {
                        predicted
                    }
                }
            };
            st.apply_move(mv, usize::from(label));
        }
    }
}

/// The `k` most frequent labels of the training data, most frequent first.
fn frequent_labels(data: &[ParserExample], labels: usize, k: usize) -> Vec<u16> {
    let mut counts = vec![0usize; labels];
    for ex in data {
        for &l in &ex.label[1..] {
            counts[usize::from(l)] += 1;
        }
    }
    let mut order: Vec<u16> = (0..labels as u16).collect();
    order.sort_by_key(|&l| (std::cmp::Reverse(counts[usize::from(l)]), l));
    order.truncate(k);
    order
}

/// Trains a two-stage parser: (move model, labeller).
fn train_two_stage(data: &[ParserExample], labels: usize, st: &Settings) -> (Model, Labeller) {
    let named = frequent_labels(data, labels, st.named_labels);
    let mut t = TwoStage {
        moves: Trainer::new(1 + 2 * (named.len() + 1)),
        labels: Trainer::new(labels),
        groups: Labeller {
            model: Trainer::new(labels).finish(0.0),
            named,
        },
    };
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(st.seed ^ 0xABCD);
    for epoch in 0..st.parser_epochs {
        rng.shuffle(&mut order);
        two_stage_epoch(&mut t, data, &order, epoch >= 1, &mut rng);
        eprintln!("  parser epoch {} done", epoch + 1);
    }
    let labeller = Labeller {
        model: t.labels.finish(st.prune),
        named: t.groups.named,
    };
    (t.moves.finish(st.prune), labeller)
}

/// Trains the joint parser; `report(epoch, trainer)` sees the trainer after each epoch.
fn train_parser(
    data: &[ParserExample],
    labels: usize,
    st: &Settings,
    mut report: impl FnMut(usize, &Trainer),
) {
    let mut trainer = Trainer::new(1 + 2 * labels);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(st.seed ^ 0xABCD);
    for epoch in 0..st.parser_epochs {
        rng.shuffle(&mut order);
        let explore = match epoch.checked_sub(st.explore_from) {
            Some(later) => st.explore * st.explore_decay.powi(later as i32),
            None => 0.0,
        };
        if st.train_beam > 1 && epoch >= st.beam_from {
            beam_epoch(&mut trainer, data, &order, st.train_beam);
        } else {
            let order = (order.as_slice(), st.parser_classes_added);
            parser_epoch(&mut trainer, data, order, explore, &mut rng);
        }
        report(epoch + 1, &trainer);
    }
}

/// Better on dev: higher LAS, then higher UAS.
fn better(a: &Scores, b: &Scores) -> bool {
    (a.las, a.uas) > (b.las, b.uas)
}

/// Replaces `model`'s joint parser by one trained on `sents` with the tag classes
/// `predicted` (jackknifed, see [`jackknife_two_pass`]), keeping the tagger, lemmas and
/// vocabulary. With a non-empty `dev`, the averaged weights of each epoch are scored
/// on it and the best epoch's are kept (the perceptron's last epoch is not always its
/// best); otherwise the last epoch's. Returns each epoch's dev scores.
pub fn retrain_parser(
    model: &mut SyntaxModel,
    sents: &[GoldSentence],
    predicted: Vec<Vec<u16>>,
    dev: &[GoldSentence],
    st: &Settings,
) -> Vec<Scores> {
    let data = examples(sents, predicted, &model.labels);
    let mut history = Vec::new();
    let mut best: Option<(Scores, Model)> = None;
    let epochs = st.parser_epochs;
    model.labeller = None;
    // The parser is trained on the class templates (a new model always has them).
    model.word_classes = true;
    model.classes_added = st.parser_classes_added;
    train_parser(&data, model.labels.len(), st, |epoch, trainer| {
        if dev.is_empty() && epoch < epochs {
            eprintln!("  parser epoch {epoch} done");
            return;
        }
        model.parser = trainer.finish(st.prune);
        let s = match st.train_beam {
            1 => evaluate(model, dev),
            w => evaluate_with(model, dev, &super::Decoding::beam(w, 0.0)),
        };
        eprintln!("  parser epoch {epoch}: UAS {:.4} LAS {:.4}", s.uas, s.las);
        history.push(s);
        if best.as_ref().is_none_or(|(b, _)| better(&s, b)) {
            let parser = std::mem::replace(&mut model.parser, Trainer::new(1).finish(0.0));
            best = Some((s, parser));
        }
    });
    if let Some((_, parser)) = best {
        model.parser = parser;
    }
    history
}

/// `parser_from` with the tagger (both passes, tag dictionary, class flag) of
/// `tagger_from`: how a class tagger retrained by `examples/train_tagger` and a parser
/// retrained by `train_syntax` (SYNTAX_PARSER_ONLY), two files grown from one base
/// model, become one model without retraining either. The parser reads tag ids, so the
/// two must number the tag classes alike; lemmas, vocabulary and labels stay
/// `parser_from`'s.
pub fn splice(
    tagger_from: SyntaxModel,
    mut parser_from: SyntaxModel,
) -> Result<SyntaxModel, super::SyntaxError> {
    if tagger_from.tagger.tags != parser_from.tagger.tags {
        return Err(super::SyntaxError::Model(
            "the tagger and the parser number their tag classes differently".into(),
        ));
    }
    parser_from.tagger = tagger_from.tagger;
    Ok(parser_from)
}

/// Lowercase forms seen at least twice in training.
fn vocabulary(sents: &[GoldSentence]) -> Vec<String> {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for w in sents.iter().flat_map(|s| &s.words) {
        *counts.entry(w.form.to_lowercase()).or_default() += 1;
    }
    let mut words: Vec<String> = counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(w, _)| w)
        .collect();
    words.sort();
    words
}

/// Trains the whole model; returns it with its vocabulary words (for serialisation).
pub fn train(sents: &[GoldSentence], st: &Settings) -> (SyntaxModel, Vec<String>) {
    train_with_dev(sents, &[], st)
}

/// [`train`], keeping the parser epoch that scores best on `dev` (the last if empty).
pub fn train_with_dev(
    sents: &[GoldSentence],
    dev: &[GoldSentence],
    st: &Settings,
) -> (SyntaxModel, Vec<String>) {
    let sents = if st.limit > 0 {
        &sents[..st.limit.min(sents.len())]
    } else {
        sents
    };
    let tags = tagger::tag_classes(sents);
    let labels = label_index(sents);
    let t0 = std::time::Instant::now();
    let second = st.folds > 0 && st.tagger_second_epochs > 0;
    let (first, both) = if st.folds == 0 {
        (gold_tags(sents, &tags), None)
    } else if second && st.parser_on_two_pass_tags {
        let (first, both) = jackknife_two_pass(sents, &tags, st);
        (first, Some(both))
    } else {
        (jackknife(sents, &tags, st), None)
    };
    eprintln!("jackknifed tags in {:.1?}", t0.elapsed());
    let classes = st.tagger_classes;
    let mut tagger = tagger::train(sents, &tags, (st.tagger_epochs, st.seed), classes);
    if second {
        let run = (st.tagger_second_epochs, st.seed);
        let model = tagger::train_second(sents, &first, &tags, run);
        tagger.second = Some(model);
    }
    eprintln!("tagger trained at {:.1?}", t0.elapsed());
    let vocab_words = vocabulary(sents);
    let mut model = SyntaxModel {
        tagger,
        parser: Trainer::new(1).finish(0.0),
        labeller: None,
        labels,
        lemmas: lemma::learn(sents),
        vocab: vocab_words
            .iter()
            .map(|w| (super::perceptron::key(super::perceptron::hash_str(w)), ()))
            .collect(),
        word_classes: true,
        classes_added: st.parser_classes_added,
    };
    let predicted = both.unwrap_or(first);
    if st.two_stage {
        let data = examples(sents, predicted, &model.labels);
        let (moves, labeller) = train_two_stage(&data, model.labels.len(), st);
        model.parser = moves;
        model.labeller = Some(labeller);
    } else {
        retrain_parser(&mut model, sents, predicted, dev, st);
    }
    eprintln!("parser trained at {:.1?}", t0.elapsed());
    (model, vocab_words)
}

/// Dev-set figures.
#[derive(Debug, Default, Clone, Copy)]
pub struct Scores {
    pub words: usize,
    pub upos: f64,
    pub xpos: f64,
    pub lemma: f64,
    pub uas: f64,
    pub las: f64,
    pub uas_no_punct: f64,
    pub las_no_punct: f64,
}

/// Tags and parses each gold sentence's words, repairs the tree as the pipeline does
/// ([`super::repair`]) and scores against the gold annotation.
pub fn evaluate(model: &SyntaxModel, sents: &[GoldSentence]) -> Scores {
    evaluate_with(model, sents, &super::Decoding::GREEDY)
}

/// [`evaluate`] with the parser decoding as `decoding` says (see [`super::beam`]).
pub fn evaluate_with(
    model: &SyntaxModel,
    sents: &[GoldSentence],
    decoding: &super::Decoding,
) -> Scores {
    let mut c = [0usize; 9];
    for s in sents {
        let words = repaired_parse(model, s, decoding);
        for (g, p) in s.words.iter().zip(&words) {
            let (upos, xpos) = (&p.upos, &p.xpos);
            let head_ok = p.head == g.head;
            let label_ok = head_ok && p.deprel == g.deprel;
            let punct = g.upos == "PUNCT";
            c[0] += 1;
            c[1] += usize::from(*upos == g.upos);
            c[2] += usize::from(*xpos == g.xpos);
            c[3] += usize::from(model.lemma(&g.form, upos, xpos) == g.lemma);
            c[4] += usize::from(head_ok);
            c[5] += usize::from(label_ok);
            c[6] += usize::from(!punct);
            c[7] += usize::from(!punct && head_ok);
            c[8] += usize::from(!punct && label_ok);
        }
    }
    let r = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    Scores {
        words: c[0],
        upos: r(c[1], c[0]),
        xpos: r(c[2], c[0]),
        lemma: r(c[3], c[0]),
        uas: r(c[4], c[0]),
        las: r(c[5], c[0]),
        uas_no_punct: r(c[7], c[6]),
        las_no_punct: r(c[8], c[6]),
    }
}

/// The sentence's words as the pipeline reads them: tagged, parsed as `decoding` says and
/// repaired ([`super::repair`]). Each word gets its lemma before the repairs, as in the
/// pipeline (`document.rs`), since some repairs key on a verb's lemma.
pub fn repaired_parse(
    model: &SyntaxModel,
    s: &GoldSentence,
    decoding: &super::Decoding,
) -> Vec<super::Word> {
    let p = model.analyse_words_with(&forms(s), decoding);
    let words: Vec<super::Word> = s
        .words
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let mut w = model.word_of(&p, i, &g.form);
            w.lemma = model.lemma(&w.form, &w.upos, &w.xpos);
            w
        })
        .collect();
    super::repair::repaired(&words).into_owned()
}

#[cfg(test)]
mod tests;
