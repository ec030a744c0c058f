//! The `train_quad` command: embeds the dev sentences once (cached), reports stratified
//! k-fold cross-validation of (a) the classifier alone, (b) the rule coder alone and
//! (c) rules + [`refine`](super::refine), with the L2 strength and the refine thresholds
//! chosen inside each training split (nested), then trains on all the data and saves
//! the weights. Also times embedding and rules ± refine.
//!
//! Nothing learned is ever scored on the sentences it was trained or tuned on.

use super::logreg::argmax;
use super::{
    phoenix_quad, refine_with, LearnedError, LogReg, QuadClassifier, QuadWeights, RefineOptions,
    SentenceEmbedder, TrainOptions, QUAD_CLASSES, WEIGHTS_FORMAT,
};
use crate::nlp::cameo::CameoTable;
use crate::nlp::{ArticleText, CodedEvent, EntityAnalysis, Extractor, NlpConfig};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

const L2_GRID: [f64; 5] = [3e-3, 1e-2, 3e-2, 1e-1, 3e-1];
/// Above 1 means "never".
const FILL_GRID: [f32; 8] = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
const OVERRIDE_GRID: [f32; 7] = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];

#[derive(Debug, Clone)]
pub struct Args {
    pub data: PathBuf,
    pub model_dir: PathBuf,
    pub out: PathBuf,
    pub emb_cache: Option<PathBuf>,
    pub folds: usize,
    pub inner_folds: usize,
    pub seed: u64,
    pub require_actor: bool,
    /// Lowest fill / override thresholds the search may pick (conservativeness floor).
    pub min_fill: f32,
    pub min_override: f32,
    pub bench: usize,
}

pub const USAGE: &str = "train_quad --data FILE.tsv --model-dir DIR --out WEIGHTS.json \
[--emb-cache FILE] [--folds 5] [--inner-folds 3] [--seed 17] [--require-actor true|false] \
[--min-fill 0.5] [--min-override 0.7] [--bench 200]";

impl Args {
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Self, String> {
        let mut a = Args {
            data: PathBuf::new(),
            model_dir: PathBuf::new(),
            out: PathBuf::new(),
            emb_cache: None,
            folds: 5,
            inner_folds: 3,
            seed: 17,
            require_actor: true,
            min_fill: 0.5,
            min_override: 0.7,
            bench: 200,
        };
        let mut it = args.into_iter();
        while let Some(flag) = it.next() {
            let mut val = || it.next().ok_or_else(|| format!("{flag} needs a value"));
            let num = |v: String| v.parse::<f64>().map_err(|e| format!("{flag} {v}: {e}"));
            match flag.as_str() {
                "--data" => a.data = val()?.into(),
                "--model-dir" => a.model_dir = val()?.into(),
                "--out" => a.out = val()?.into(),
                "--emb-cache" => a.emb_cache = Some(val()?.into()),
                "--folds" => a.folds = num(val()?)? as usize,
                "--inner-folds" => a.inner_folds = num(val()?)? as usize,
                "--seed" => a.seed = num(val()?)? as u64,
                "--require-actor" => a.require_actor = val()? == "true",
                "--min-fill" => a.min_fill = num(val()?)? as f32,
                "--min-override" => a.min_override = num(val()?)? as f32,
                "--bench" => a.bench = num(val()?)? as usize,
                "-h" | "--help" => return Err(USAGE.into()),
                other => return Err(format!("unknown argument {other}\n{USAGE}")),
            }
        }
        if a.data.as_os_str().is_empty()
            || a.model_dir.as_os_str().is_empty()
            || a.out.as_os_str().is_empty()
        {
            return Err(USAGE.into());
        }
        if a.folds < 2 || a.inner_folds < 2 {
            return Err("--folds and --inner-folds must be at least 2".into());
        }
        Ok(a)
    }
}

/// One dev line with everything the CV needs, computed once.
struct Item {
    text: String,
    gold: usize,
    entities: EntityAnalysis,
    events: Vec<CodedEvent>,
    /// Texts of the sentences the splitter found in the line (what `refine` embeds).
    sub_texts: Vec<String>,
}

pub fn load_tsv(path: &Path) -> Result<Vec<(String, usize)>, LearnedError> {
    let raw = std::fs::read_to_string(path).map_err(|source| LearnedError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(&raw);
    let mut rows = Vec::new();
    for (no, line) in raw.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let (s, l) = line
            .rsplit_once('\t')
            .ok_or_else(|| LearnedError::Data(format!("{}:{}: no tab", path.display(), no + 1)))?;
        let label: usize = l
            .trim()
            .parse()
            .ok()
            .filter(|&c| c < QUAD_CLASSES)
            .ok_or_else(|| {
                LearnedError::Data(format!("{}:{}: label {l:?}", path.display(), no + 1))
            })?;
        rows.push((s.to_string(), label));
    }
    Ok(rows)
}

/// Deterministic splitmix64.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Stratified folds over `idx`: fold number per position of `idx`.
fn stratified_folds(idx: &[usize], gold: &[usize], k: usize, seed: u64) -> Vec<Vec<usize>> {
    let mut rng = Rng(seed);
    let mut folds = vec![Vec::new(); k];
    let mut next = 0;
    for c in 0..QUAD_CLASSES {
        let mut members: Vec<usize> = idx.iter().copied().filter(|&i| gold[i] == c).collect();
        rng.shuffle(&mut members);
        for i in members {
            folds[next % k].push(i);
            next += 1;
        }
    }
    folds.iter_mut().for_each(|f| f.sort_unstable());
    folds
}

#[derive(Debug, Clone, Copy)]
struct Score {
    accuracy: f64,
    macro_f1: f64,
}

/// Accuracy and macro-F1 over the five classes; `None` predictions are always wrong.
fn score(gold: &[usize], pred: &[Option<usize>]) -> Score {
    let n = gold.len().max(1) as f64;
    let correct = gold
        .iter()
        .zip(pred)
        .filter(|(g, p)| Some(**g) == **p)
        .count();
    let mut f1 = 0.0;
    for c in 0..QUAD_CLASSES {
        let tp = gold
            .iter()
            .zip(pred)
            .filter(|(g, p)| **g == c && **p == Some(c))
            .count() as f64;
        let fp = gold
            .iter()
            .zip(pred)
            .filter(|(g, p)| **g != c && **p == Some(c))
            .count() as f64;
        let fnn = gold
            .iter()
            .zip(pred)
            .filter(|(g, p)| **g == c && **p != Some(c))
            .count() as f64;
        let d = 2.0 * tp + fp + fnn;
        f1 += if d > 0.0 { 2.0 * tp / d } else { 0.0 };
    }
    Score {
        accuracy: correct as f64 / n,
        macro_f1: f1 / QUAD_CLASSES as f64,
    }
}

/// Quad class of the strongest (largest |Goldstein|, first on ties) event, as the
/// evaluator scores a sentence.
pub fn strongest_class(events: &[CodedEvent], cameo: &CameoTable) -> Option<usize> {
    let mut best: Option<(&CodedEvent, f32)> = None;
    for e in events {
        let g = cameo.goldstein(&e.cameo).unwrap_or(0.0).abs();
        if best.is_none_or(|(_, b)| g > b) {
            best = Some((e, g));
        }
    }
    best.and_then(|(e, _)| phoenix_quad(&e.cameo))
}

/// Probabilities from a trained head for each line (whole line) and each of its
/// sentences, for the lines in `idx`.
struct Probs {
    line: Vec<[f32; QUAD_CLASSES]>,
    subs: Vec<Vec<[f32; QUAD_CLASSES]>>,
}

fn to_arr(p: Vec<f32>) -> [f32; QUAD_CLASSES] {
    let mut a = [0.0; QUAD_CLASSES];
    for (o, v) in a.iter_mut().zip(p) {
        *o = v;
    }
    a
}

struct Cv<'a> {
    items: &'a [Item],
    gold: Vec<usize>,
    emb: &'a HashMap<String, Vec<f32>>,
    cameo: &'a CameoTable,
    args: &'a Args,
}

impl Cv<'_> {
    fn x(&self, i: usize) -> &[f32] {
        self.emb
            .get(&self.items[i].text)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    fn fit(&self, idx: &[usize], l2: f64) -> Result<LogReg, LearnedError> {
        let x: Vec<Vec<f32>> = idx.iter().map(|&i| self.x(i).to_vec()).collect();
        let y: Vec<usize> = idx.iter().map(|&i| self.gold[i]).collect();
        let opts = TrainOptions {
            l2,
            ..Default::default()
        };
        LogReg::train(&x, &y, QUAD_CLASSES, &opts).map_err(LearnedError::Data)
    }

    fn predict(&self, head: &LogReg, i: usize, probs: &mut Probs) {
        probs.line[i] = to_arr(head.predict_proba(self.x(i)));
        probs.subs[i] = self.items[i]
            .sub_texts
            .iter()
            .map(|t| {
                let x = self.emb.get(t).map(Vec::as_slice).unwrap_or(&[]);
                to_arr(head.predict_proba(x))
            })
            .collect();
    }

    fn empty_probs(&self) -> Probs {
        Probs {
            line: vec![[0.0; QUAD_CLASSES]; self.items.len()],
            subs: vec![Vec::new(); self.items.len()],
        }
    }

    /// Out-of-fold probabilities over `idx` for each L2 value; returns the best L2 (by
    /// macro-F1 of the argmax, larger L2 on ties) and its out-of-fold probabilities.
    fn tune_l2(&self, idx: &[usize], k: usize, seed: u64) -> Result<(f64, Probs), LearnedError> {
        let folds = stratified_folds(idx, &self.gold, k, seed);
        let mut best: Option<(f64, f64, Probs)> = None;
        for &l2 in L2_GRID.iter().rev() {
            let mut probs = self.empty_probs();
            for f in 0..k {
                let train: Vec<usize> = (0..k)
                    .filter(|&g| g != f)
                    .flat_map(|g| folds[g].iter().copied())
                    .collect();
                let head = self.fit(&train, l2)?;
                for &i in &folds[f] {
                    self.predict(&head, i, &mut probs);
                }
            }
            let gold: Vec<usize> = idx.iter().map(|&i| self.gold[i]).collect();
            let pred: Vec<Option<usize>> =
                idx.iter().map(|&i| Some(argmax(&probs.line[i]))).collect();
            let f1 = score(&gold, &pred).macro_f1;
            if best.as_ref().is_none_or(|(_, b, _)| f1 > *b) {
                best = Some((l2, f1, probs));
            }
        }
        let (l2, _, probs) = best.ok_or_else(|| LearnedError::Data("empty L2 grid".into()))?;
        Ok((l2, probs))
    }

    /// Rules + refine prediction for line `i` with the given sentence probabilities.
    fn combined(
        &self,
        i: usize,
        subs: &[[f32; QUAD_CLASSES]],
        opts: &RefineOptions,
    ) -> Option<usize> {
        let it = &self.items[i];
        let mut events = it.events.clone();
        let article = ArticleText {
            id: "cv",
            text: &it.text,
            published: None,
        };
        refine_with(
            &article,
            &it.entities,
            &mut events,
            opts,
            self.cameo,
            |si, _| subs.get(si).copied(),
        );
        strongest_class(&events, self.cameo)
    }

    fn rules(&self, i: usize) -> Option<usize> {
        strongest_class(&self.items[i].events, self.cameo)
    }

    /// The refine thresholds maximising macro-F1 of rules + refine over `idx`.
    fn tune_thresholds(&self, idx: &[usize], probs: &Probs) -> (RefineOptions, f64) {
        let gold: Vec<usize> = idx.iter().map(|&i| self.gold[i]).collect();
        let mut best: Option<(RefineOptions, f64)> = None;
        for &fill in FILL_GRID.iter().rev().filter(|&&t| t >= self.args.min_fill) {
            for &ovr in OVERRIDE_GRID
                .iter()
                .rev()
                .filter(|&&t| t >= self.args.min_override)
            {
                let opts = RefineOptions {
                    fill_threshold: fill,
                    override_threshold: ovr,
                    require_actor: self.args.require_actor,
                    ..Default::default()
                };
                let pred: Vec<Option<usize>> = idx
                    .iter()
                    .map(|&i| self.combined(i, &probs.subs[i], &opts))
                    .collect();
                let f1 = score(&gold, &pred).macro_f1;
                // Strictly better only: on ties the more conservative (higher) thresholds,
                // visited first, are kept.
                if best.as_ref().is_none_or(|(_, b)| f1 > *b + 1e-9) {
                    best = Some((opts, f1));
                }
            }
        }
        best.unwrap_or((RefineOptions::default(), 0.0))
    }
}

fn mean_sd(v: &[f64]) -> (f64, f64) {
    let n = v.len().max(1) as f64;
    let m = v.iter().sum::<f64>() / n;
    let var = v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (n - 1.0).max(1.0);
    (m, var.sqrt())
}

/// A key for the embedding cache: the model files' sizes and the start of the weights.
fn model_key(dir: &Path) -> Result<u64, LearnedError> {
    let mut h = Fnv::default();
    for name in ["config.json", "tokenizer.json", "model.safetensors"] {
        let path = dir.join(name);
        let mut f = std::fs::File::open(&path).map_err(|source| LearnedError::Io {
            path: path.clone(),
            source,
        })?;
        let mut buf = vec![0u8; 1 << 16];
        let n = f
            .read(&mut buf)
            .map_err(|source| LearnedError::Io { path, source })?;
        h.write(&buf[..n]);
        h.write(name.as_bytes());
    }
    Ok(h.0)
}

struct Fnv(u64);
impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}
impl Fnv {
    fn write(&mut self, b: &[u8]) {
        for &x in b {
            self.0 ^= x as u64;
            self.0 = self.0.wrapping_mul(0x100_0000_01b3);
        }
    }
}

const CACHE_MAGIC: &[u8; 8] = b"DQEMB001";

struct Reader<'a>(&'a [u8]);
impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Some(a)
    }
    fn u64(&mut self) -> Option<u64> {
        self.take(8)?.try_into().ok().map(u64::from_le_bytes)
    }
}

/// The cached embeddings, or an empty map when the cache is missing, stale or corrupt.
fn load_cache(path: &Path, key: u64) -> HashMap<String, Vec<f32>> {
    let Ok(bytes) = std::fs::read(path) else {
        return HashMap::new();
    };
    let parse = || -> Option<HashMap<String, Vec<f32>>> {
        let mut r = Reader(&bytes);
        if r.take(8)? != CACHE_MAGIC.as_slice() || r.u64()? != key {
            return None;
        }
        let (n, dim) = (r.u64()?, r.u64()? as usize);
        let mut out = HashMap::new();
        for _ in 0..n {
            let len = r.u64()? as usize;
            let text = std::str::from_utf8(r.take(len)?).ok()?.to_string();
            let v = r
                .take(dim * 4)?
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            out.insert(text, v);
        }
        Some(out)
    };
    parse().unwrap_or_default()
}

fn save_cache(path: &Path, key: u64, emb: &HashMap<String, Vec<f32>>) -> Result<(), LearnedError> {
    let werr = |source| LearnedError::Write {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(werr)?;
    }
    let dim = emb.values().next().map_or(0, Vec::len);
    let mut keys: Vec<&String> = emb.keys().collect();
    keys.sort();
    let mut buf = Vec::with_capacity(32 + keys.len() * (dim * 4 + 160));
    buf.extend_from_slice(CACHE_MAGIC);
    buf.extend_from_slice(&key.to_le_bytes());
    buf.extend_from_slice(&(keys.len() as u64).to_le_bytes());
    buf.extend_from_slice(&(dim as u64).to_le_bytes());
    for k in keys {
        buf.extend_from_slice(&(k.len() as u64).to_le_bytes());
        buf.extend_from_slice(k.as_bytes());
        for v in &emb[k] {
            buf.extend_from_slice(&v.to_le_bytes());
        }
    }
    std::fs::write(path, buf).map_err(werr)
}

/// Embeds the texts missing from `emb`, shortest first in batches of 16.
fn embed_missing(
    embedder: &SentenceEmbedder,
    texts: &[&str],
    emb: &mut HashMap<String, Vec<f32>>,
) -> Result<(usize, f64), LearnedError> {
    let mut todo: Vec<&str> = texts
        .iter()
        .copied()
        .filter(|t| !emb.contains_key(*t))
        .collect();
    todo.sort_by_key(|t| (t.len(), *t));
    todo.dedup();
    let t0 = Instant::now();
    for chunk in todo.chunks(16) {
        let vs = embedder.embed_batch(chunk)?;
        for (t, v) in chunk.iter().zip(vs) {
            emb.insert((*t).to_string(), v);
        }
    }
    Ok((todo.len(), t0.elapsed().as_secs_f64()))
}

fn fmt_score(s: &Score) -> String {
    format!("acc {:.3}  macro-F1 {:.3}", s.accuracy, s.macro_f1)
}

/// Runs the whole command; prints the report on stdout.
pub fn run(args: &Args) -> Result<(), LearnedError> {
    let rows = load_tsv(&args.data)?;
    println!(
        "data: {} sentences from {}",
        rows.len(),
        args.data.display()
    );
    let extractor = Extractor::new(&NlpConfig::default())?;
    let cameo = CameoTable::builtin()?;
    let items = code_rows(&extractor, rows);
    let n = items.len();
    let embedder = SentenceEmbedder::load(&args.model_dir)?;
    let emb = embeddings(&embedder, &items, args)?;
    let cv = Cv {
        items: &items,
        gold: items.iter().map(|it| it.gold).collect(),
        emb: &emb,
        cameo: &cameo,
        args,
    };
    cross_validate(&cv, args)?;
    let weights = final_model(&cv, args, n)?;
    // Speed: one sentence at a time, as refine runs.
    let bench = args.bench.min(n);
    if bench > 0 {
        time_sentences(&extractor, embedder, weights, &items[..bench])?;
    }
    Ok(())
}

/// The rule coder over every line, once (timed): the items the CV reads.
fn code_rows(extractor: &Extractor, rows: Vec<(String, usize)>) -> Vec<Item> {
    let t0 = Instant::now();
    let mut items = Vec::with_capacity(rows.len());
    for (text, gold) in rows {
        let article = ArticleText {
            id: "dev",
            text: &text,
            published: None,
        };
        let entities = extractor.entities(&article);
        let events = extractor.events(&article, &entities);
        let sub_texts = entities
            .sentences
            .iter()
            .map(|s| s.span.slice(&text).to_string())
            .collect();
        items.push(Item {
            text: text.clone(),
            gold,
            entities,
            events,
            sub_texts,
        });
    }
    let rules_secs = t0.elapsed().as_secs_f64();
    let n = items.len();
    println!(
        "rules: {n} sentences in {rules_secs:.2}s ({:.0} sentences/s)",
        n as f64 / rules_secs
    );
    items
}

/// Embeddings of every line and of its sentences, from the cache (next to the weights
/// unless `--emb-cache`) plus the missing ones, which are then saved to it.
fn embeddings(
    embedder: &SentenceEmbedder,
    items: &[Item],
    args: &Args,
) -> Result<HashMap<String, Vec<f32>>, LearnedError> {
    let key = model_key(&args.model_dir)?;
    let cache_path = args.emb_cache.clone().unwrap_or_else(|| {
        args.out
            .parent()
            .unwrap_or(Path::new("."))
            .join("conflibert_embeddings.bin")
    });
    let mut emb = load_cache(&cache_path, key);
    let mut texts: Vec<&str> = items.iter().map(|it| it.text.as_str()).collect();
    texts.extend(
        items
            .iter()
            .flat_map(|it| it.sub_texts.iter().map(String::as_str)),
    );
    let (embedded, secs) = embed_missing(embedder, &texts, &mut emb)?;
    if embedded > 0 {
        println!(
            "embedded {embedded} texts in {secs:.1}s, batches of 16 ({:.1} sentences/s); cache {}",
            embedded as f64 / secs,
            cache_path.display()
        );
        save_cache(&cache_path, key, &emb)?;
    } else {
        println!(
            "embeddings: all {} from cache {}",
            emb.len(),
            cache_path.display()
        );
    }
    Ok(emb)
}

/// Gold and the three systems' predictions over the test folds, and each fold's scores.
#[derive(Default)]
struct Pooled {
    gold: Vec<usize>,
    /// Classifier alone, rules alone, rules + classifier.
    preds: [Vec<Option<usize>>; 3],
    scores: [Vec<Score>; 3],
}

/// Stratified k-fold CV of the three systems, L2 and thresholds tuned inside each training
/// split; prints each fold and the summary.
fn cross_validate(cv: &Cv, args: &Args) -> Result<(), LearnedError> {
    let all: Vec<usize> = (0..cv.items.len()).collect();
    let folds = stratified_folds(&all, &cv.gold, args.folds, args.seed);
    println!(
        "\n{}-fold stratified CV (seed {}); L2 and refine thresholds tuned by inner {}-fold CV \
         on each training split; require_actor={}, fill ≥ {}, override ≥ {}",
        args.folds,
        args.seed,
        args.inner_folds,
        args.require_actor,
        args.min_fill,
        args.min_override
    );
    let mut pooled = Pooled::default();
    for (f, test) in folds.iter().enumerate() {
        let train: Vec<usize> = folds
            .iter()
            .enumerate()
            .filter(|(g, _)| *g != f)
            .flat_map(|(_, v)| v.iter().copied())
            .collect();
        test_fold(cv, args, f, &train, test, &mut pooled)?;
    }
    let names = ["classifier alone", "rules alone", "rules+classifier"];
    for ((name, s), p) in names.iter().zip(&pooled.scores).zip(&pooled.preds) {
        let acc: Vec<f64> = s.iter().map(|s| s.accuracy).collect();
        let f1: Vec<f64> = s.iter().map(|s| s.macro_f1).collect();
        let ((am, asd), (fm, fsd)) = (mean_sd(&acc), mean_sd(&f1));
        let pooled_score = score(&pooled.gold, p);
        let coverage = p.iter().filter(|p| p.is_some()).count() as f64 / p.len().max(1) as f64;
        println!(
            "{name:<17} accuracy {am:.3} ± {asd:.3}   macro-F1 {fm:.3} ± {fsd:.3}   \
             (pooled: {}; coverage {coverage:.3})",
            fmt_score(&pooled_score)
        );
    }
    Ok(())
}

/// Fold `f`: tune and fit on `train`, score the three systems on `test`, print the fold
/// and add it to `pooled`.
fn test_fold(
    cv: &Cv,
    args: &Args,
    f: usize,
    train: &[usize],
    test: &[usize],
    pooled: &mut Pooled,
) -> Result<(), LearnedError> {
    let (l2, oof) = cv.tune_l2(train, args.inner_folds, args.seed ^ (f as u64 + 1))?;
    let (opts, inner_f1) = cv.tune_thresholds(train, &oof);
    let head = cv.fit(train, l2)?;
    let mut probs = cv.empty_probs();
    for &i in test {
        cv.predict(&head, i, &mut probs);
    }
    let g: Vec<usize> = test.iter().map(|&i| cv.gold[i]).collect();
    let pa: Vec<Option<usize>> = test.iter().map(|&i| Some(argmax(&probs.line[i]))).collect();
    let pr: Vec<Option<usize>> = test.iter().map(|&i| cv.rules(i)).collect();
    let pc: Vec<Option<usize>> = test
        .iter()
        .map(|&i| cv.combined(i, &probs.subs[i], &opts))
        .collect();
    let (sa, sr, sc) = (score(&g, &pa), score(&g, &pr), score(&g, &pc));
    println!(
        "fold {f}: n={:4} l2={l2:<6} fill={:.2} override={:.2} (inner F1 {inner_f1:.3}) | \
         classifier {} | rules {} | rules+classifier {}",
        test.len(),
        opts.fill_threshold,
        opts.override_threshold,
        fmt_score(&sa),
        fmt_score(&sr),
        fmt_score(&sc)
    );
    for (k, (s, p)) in [(sa, pa), (sr, pr), (sc, pc)].into_iter().enumerate() {
        pooled.scores[k].push(s);
        pooled.preds[k].extend(p);
    }
    pooled.gold.extend(g);
    Ok(())
}

/// The final model: L2 and thresholds by CV over all the data, then fit on all of it;
/// saved to `--out`.
fn final_model(cv: &Cv, args: &Args, n: usize) -> Result<QuadWeights, LearnedError> {
    let all: Vec<usize> = (0..n).collect();
    let (l2, oof) = cv.tune_l2(&all, args.folds, args.seed)?;
    let (options, cv_f1) = cv.tune_thresholds(&all, &oof);
    let head = cv.fit(&all, l2)?;
    let weights = QuadWeights {
        format: WEIGHTS_FORMAT.to_string(),
        head,
        options,
        notes: format!(
            "trained on {} ({n} sentences); l2={l2}; thresholds chosen by {}-fold CV \
             (rules+classifier OOF macro-F1 {cv_f1:.3}, optimistic: thresholds tuned on it)",
            args.data.display(),
            args.folds
        ),
    };
    weights.save(&args.out)?;
    println!(
        "\nfinal: l2={l2} fill={:.2} override={:.2} require_actor={}; weights → {}",
        options.fill_threshold,
        options.override_threshold,
        options.require_actor,
        args.out.display()
    );
    Ok(weights)
}

/// Speed of embedding one sentence at a time, and of the rules with and without refine,
/// over `items`.
fn time_sentences(
    extractor: &Extractor,
    embedder: SentenceEmbedder,
    weights: QuadWeights,
    items: &[Item],
) -> Result<(), LearnedError> {
    let bench = items.len();
    let t0 = Instant::now();
    let mut tokens = 0;
    for it in items {
        tokens += embedder.token_count(&it.text)?;
        embedder.embed(&it.text)?;
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "\nspeed ({} threads): embedding one sentence at a time: {:.1} sentences/s \
         ({:.1} ms each, mean {:.1} word pieces)",
        candle_core::utils::get_num_threads(),
        bench as f64 / secs,
        1e3 * secs / bench as f64,
        tokens as f64 / bench as f64
    );
    let classifier = QuadClassifier::from_parts(embedder, weights)?;
    let mut time_rules = 0.0;
    let mut time_both = 0.0;
    for it in items {
        let article = ArticleText {
            id: "bench",
            text: &it.text,
            published: None,
        };
        let t = Instant::now();
        let ents = extractor.entities(&article);
        let mut events = extractor.events(&article, &ents);
        time_rules += t.elapsed().as_secs_f64();
        super::refine(&article, &ents, &mut events, &classifier);
        time_both += t.elapsed().as_secs_f64();
    }
    println!(
        "speed: rules alone {:.0} sentences/s; rules + refine {:.1} sentences/s",
        bench as f64 / time_rules,
        bench as f64 / time_both
    );
    Ok(())
}
