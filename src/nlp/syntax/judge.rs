//! A trained judge of the tagger's unsure readings. Where the tagger's other reading of
//! a word (verb ↔ noun / adjective / auxiliary, `tagger::unsure`) lies within a small
//! gap, both readings are parsed greedily and a logistic-regression classifier decides
//! whether to take the other one. It reads what neither the tagger nor the parser
//! weighs alone: the tagger's gap, both trees' log-probabilities and their difference,
//! the reading pair, the word's suffix and shape, its neighbours' classes, and the
//! label and head side the word gets in each tree. The parser's score by itself is a
//! weak judge (EVALUATION.md, syntax9); the classifier learns how far to trust it per
//! reading pair. Trained only on EWT train readings by `examples/judge_tags.rs`; the
//! weights are `data/syntax/judge.tsv` (CC BY-SA 4.0, see `ATTRIBUTION.md`).

use super::beam::TEMPERATURE;
use super::parser::State;
use super::tagger::Unsure;
use super::{SyntaxError, SyntaxModel, MAX_PARSE_WORDS};
use std::collections::HashMap;

/// One named feature and its value (1 for an indicator).
pub type Feature = (String, f32);

/// The classifier and the readings it is asked about.
#[derive(Debug, Clone, Default)]
pub struct Judge {
    weights: HashMap<String, f32>,
    /// Largest tagger gap of a reading the judge is asked about, as a fraction of the
    /// sentence's median margin (`Tagger::median_margin`).
    pub max_gap: f32,
    /// Most readings judged per sentence (the closest ones).
    pub alternatives: usize,
}

/// One reading's tree: log-probability and the greedy parse.
struct Tree {
    log_prob: f64,
    state: State,
}

impl Judge {
    /// A judge with `weights`, asked about readings within `max_gap`.
    pub fn new(weights: HashMap<String, f32>, max_gap: f32, alternatives: usize) -> Self {
        Self {
            weights,
            max_gap,
            alternatives,
        }
    }

    /// Reads the weights file: `#max_gap G`, `#alternatives N`, then `feature<TAB>weight`.
    pub fn from_text(text: &str) -> Result<Self, SyntaxError> {
        let mut judge = Self::default();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let bad = || SyntaxError::Model(format!("judge weights: bad line {line:?}"));
            let (name, value) = line.rsplit_once('\t').ok_or_else(bad)?;
            match name {
                "#max_gap" => judge.max_gap = value.parse().map_err(|_| bad())?,
                "#alternatives" => judge.alternatives = value.parse().map_err(|_| bad())?,
                _ => {
                    judge
                        .weights
                        .insert(name.to_string(), value.parse().map_err(|_| bad())?);
                }
            }
        }
        Ok(judge)
    }

    /// The weights file [`Judge::from_text`] reads (features sorted by name).
    pub fn to_text(&self) -> String {
        let mut names: Vec<&String> = self.weights.keys().collect();
        names.sort();
        let mut out = format!(
            "#max_gap\t{}\n#alternatives\t{}\n",
            self.max_gap, self.alternatives
        );
        for n in names {
            out.push_str(&format!("{n}\t{:.4}\n", self.weights[n]));
        }
        out
    }

    /// Probability that the other reading is the right one.
    pub fn prob(&self, feats: &[Feature]) -> f64 {
        let z: f32 = feats
            .iter()
            .map(|(n, v)| self.weights.get(n).map_or(0.0, |w| w * v))
            .sum();
        1.0 / (1.0 + (-f64::from(z)).exp())
    }
}

/// A judged reading: the unsure word, the sentence's tags with its other reading put
/// in, and the judge's features.
pub struct Judged {
    pub unsure: Unsure,
    pub tags: Vec<u16>,
    pub features: Vec<Feature>,
}

impl SyntaxModel {
    /// The tagger's classes of `words`, with the unsure reading the judge gives the
    /// highest probability (above one half) put in.
    pub fn tag_judged(&self, words: &[&str], judge: &Judge) -> Vec<u16> {
        let tags = self.tagger.tag(words);
        let readings = self.judge_readings(words, &tags, judge.max_gap, judge.alternatives);
        readings
            .into_iter()
            .map(|r| (judge.prob(&r.features), r.tags))
            .filter(|(p, _)| *p > 0.5)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map_or(tags, |(_, t)| t)
    }

    /// The unsure readings of `words` (tagged `tags`) within `max_gap` (a fraction of
    /// the sentence's median margin; the readings' gaps are given so), at most
    /// `alternatives`, closest first, each with the judge's features.
    pub fn judge_readings(
        &self,
        words: &[&str],
        tags: &[u16],
        max_gap: f32,
        alternatives: usize,
    ) -> Vec<Judged> {
        if alternatives == 0 || words.len() > MAX_PARSE_WORDS {
            return Vec::new();
        }
        // Gaps are measured against the sentence's median margin, so that a judge
        // trained with one model's scores reads another's (score sizes grow with the
        // amount of training text).
        let margin = self.tagger.median_margin(words, tags);
        let unsure = self.tagger.unsure(words, tags, max_gap * margin);
        if unsure.is_empty() {
            return Vec::new();
        }
        let base = self.tree(words, tags);
        unsure
            .into_iter()
            .take(alternatives)
            .map(|u| {
                let other = self.tagger.tag_with(words, u.at, u.class);
                let alt = self.tree(words, &other);
                let rel = Unsure {
                    gap: u.gap / margin,
                    ..u
                };
                let features = self.judge_features(words, (tags, &other), &rel, (&base, &alt));
                Judged {
                    unsure: rel,
                    tags: other,
                    features,
                }
            })
            .collect()
    }

    fn tree(&self, words: &[&str], tags: &[u16]) -> Tree {
        let (log_prob, state) = self.scored_tree_at(words, tags, TEMPERATURE);
        Tree { log_prob, state }
    }

    fn upos(&self, tag: u16) -> &str {
        self.tagger.tags[usize::from(tag)].0.as_str()
    }

    /// The judge's features of reading `u` (see the module comment). Most are crossed
    /// with the reading pair ("NOUN>VERB"): what a tree gain means differs by pair.
    fn judge_features(
        &self,
        words: &[&str],
        (tags, other): (&[u16], &[u16]),
        u: &Unsure,
        (base, alt): (&Tree, &Tree),
    ) -> Vec<Feature> {
        let i = u.at;
        let pair = format!("{}>{}", self.upos(tags[i]), self.upos(u.class));
        let gain = (alt.log_prob - base.log_prob).clamp(-12.0, 12.0) as f32 / 4.0;
        let per_word = |t: &Tree| (t.log_prob / words.len() as f64).max(-4.0) as f32;
        let lower = words[i].to_lowercase();
        let neighbour =
            |j: Option<usize>| j.and_then(|j| tags.get(j)).map_or("-", |&t| self.upos(t));
        let mut out: Vec<Feature> = vec![("bias".into(), 1.0)];
        let mut num = |name: &str, v: f32| {
            out.push((name.to_string(), v));
            out.push((format!("{name}|{pair}"), v));
        };
        num("gap", u.gap);
        num("gain", gain);
        num("base", per_word(base));
        num("other", per_word(alt));
        num("moved", heads_moved(&base.state, &alt.state) as f32 / 4.0);
        num("retagged", retagged(tags, other) as f32);
        let cat = [
            ("pair", String::new()),
            ("suf3", suffix(&lower, 3)),
            ("suf2", suffix(&lower, 2)),
            ("shape", shape(words[i])),
            ("prev", neighbour(i.checked_sub(1)).to_string()),
            ("next", neighbour(Some(i + 1)).to_string()),
            (
                "prevword",
                i.checked_sub(1)
                    .map_or("-".into(), |j| words[j].to_lowercase()),
            ),
            ("lab", self.role(&base.state, i)),
            ("lab2", self.role(&alt.state, i)),
        ];
        for (name, value) in cat {
            out.push((format!("{name}={value}|{pair}"), 1.0));
        }
        out
    }

    /// Word `i`'s label in `st` and the side of its head ("<" left, ">" right, "0" root).
    fn role(&self, st: &State, i: usize) -> String {
        let (w, h) = (i + 1, st.head[i + 1] as usize);
        let side = if h == 0 {
            "0"
        } else if h < w {
            "<"
        } else {
            ">"
        };
        let label = self
            .labels
            .get(usize::from(st.label[w]))
            .map_or("?", String::as_str);
        format!("{label}{side}")
    }
}

/// Words whose head differs between two parses of one sentence.
fn heads_moved(a: &State, b: &State) -> usize {
    a.head.iter().zip(&b.head).filter(|(x, y)| x != y).count()
}

/// Words other than the judged one whose class the other reading changed too.
fn retagged(a: &[u16], b: &[u16]) -> usize {
    a.iter()
        .zip(b)
        .filter(|(x, y)| x != y)
        .count()
        .saturating_sub(1)
}

/// The last `n` characters of `lower`.
fn suffix(lower: &str, n: usize) -> String {
    let cut = lower.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    lower[cut..].to_string()
}

/// The word's shape: capitalised, all capitals, with a digit or hyphen, or lower case.
fn shape(word: &str) -> String {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let kind = match () {
        _ if word.chars().any(|c| c.is_ascii_digit()) => "digit",
        _ if word.contains('-') => "hyphen",
        _ if upper > 1 && upper == word.chars().filter(|c| c.is_alphabetic()).count() => "caps",
        _ if word.chars().next().is_some_and(char::is_uppercase) => "cap",
        _ => "lower",
    };
    kind.to_string()
}

#[cfg(test)]
mod tests {
    use super::super::builtin;
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split_whitespace().collect()
    }

    fn judge(bias: f32) -> Judge {
        Judge::new(HashMap::from([("bias".to_string(), bias)]), 4.0, 3)
    }

    /// The weights file reads back as written, and a line without a weight is refused.
    #[test]
    fn weights_file_round_trips() {
        let j = Judge::new(
            HashMap::from([("gain|NOUN>VERB".to_string(), 0.25)]),
            0.5,
            2,
        );
        let back = Judge::from_text(&j.to_text()).expect("reads back");
        assert_eq!((back.max_gap, back.alternatives), (0.5, 2));
        assert_eq!(back.weights, j.weights);
        assert!(Judge::from_text("gain 0.3\n").is_err());
    }

    /// A judge leaning wholly one way takes the closest unsure reading or keeps the
    /// tagger's tags; the readings carry the pair-crossed features.
    #[test]
    fn judge_takes_or_keeps_the_unsure_reading() {
        let model = builtin().expect("the shipped syntax model loads");
        let ws = words("Residents say the ferry docks near the old mill every morning .");
        let tags = model.tagger.tag(&ws);
        let readings = model.judge_readings(&ws, &tags, 4.0, 3);
        assert!(!readings.is_empty(), "no unsure word in the test sentence");
        let first = &readings[0];
        assert!(first.features.iter().any(|(n, _)| n.starts_with("gain|")));
        assert!(first.features.iter().any(|(n, _)| n.starts_with("lab2=")));
        let prob = judge(0.0).prob(&first.features);
        assert!((prob - 0.5).abs() < 1e-9, "{prob}");
        // Contrast: a judge that never takes another reading leaves the tags alone.
        assert_eq!(model.tag_judged(&ws, &judge(-50.0)), tags);
        let taken = model.tag_judged(&ws, &judge(50.0));
        assert_ne!(taken, tags);
        assert!(readings.iter().any(|r| r.tags == taken));
    }
}
