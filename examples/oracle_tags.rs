//! How much of the parse's error on UD English-EWT dev follows from tagging errors:
//!   cargo run --release --example oracle_tags -- UD_DIR
//! Each dev sentence is tagged by the shipped tagger, then parsed as the pipeline parses
//! (its default decoding and the syntax layer's repairs) with the tagger's tags replaced
//! by the gold ones for one kind of tagging error at a time (`FIXES`: a group of tags,
//! one confusion, or every error). UPOS / UAS / LAS are printed per kind, so the LAS a better tagger of that group could buy is
//! known before anyone trains one. A measurement, so it lives outside the library.

use anyhow::{bail, Context, Result};
use demarche::nlp::syntax::conllu::{self, GoldSentence};
use demarche::nlp::syntax::{builtin, pipeline_decoding, repair, SyntaxModel};
use std::path::PathBuf;

/// Which tagging errors the oracle corrects (a gold class the model lacks stays wrong).
#[derive(Clone, Copy)]
enum Fix {
    /// Every word's.
    All,
    /// Those where the gold or the predicted UPOS is in the set (an empty set: none).
    Either(&'static [&'static str]),
    /// Confusions inside the set: the gold and the predicted UPOS both in it.
    Between(&'static [&'static str]),
    /// Those with the right UPOS and a wrong XPOS ("VBD" for "VBN", "NNS" for "NN").
    XposOnly,
}

impl Fix {
    fn corrects(self, gold: &str, predicted: &str) -> bool {
        match self {
            Fix::All => true,
            Fix::Either(set) => set.contains(&gold) || set.contains(&predicted),
            Fix::Between(set) => set.contains(&gold) && set.contains(&predicted),
            Fix::XposOnly => gold == predicted,
        }
    }
}

/// The oracles measured, each with its name.
const FIXES: [(&str, Fix); 16] = [
    ("none (the shipped tagger)", Fix::Either(&[])),
    ("ADJ / NOUN / PROPN", Fix::Either(&["ADJ", "NOUN", "PROPN"])),
    ("VERB / AUX", Fix::Either(&["VERB", "AUX"])),
    (
        "ADP / SCONJ / PART / ADV",
        Fix::Either(&["ADP", "SCONJ", "PART", "ADV"]),
    ),
    ("PRON / DET / NUM", Fix::Either(&["PRON", "DET", "NUM"])),
    (
        "X / SYM / INTJ / PUNCT / CCONJ",
        Fix::Either(&["X", "SYM", "INTJ", "PUNCT", "CCONJ"]),
    ),
    ("ADJ <-> NOUN", Fix::Between(&["ADJ", "NOUN"])),
    ("NOUN <-> PROPN", Fix::Between(&["NOUN", "PROPN"])),
    ("ADJ <-> PROPN", Fix::Between(&["ADJ", "PROPN"])),
    ("VERB <-> NOUN", Fix::Between(&["VERB", "NOUN"])),
    ("VERB <-> ADJ", Fix::Between(&["VERB", "ADJ"])),
    ("VERB <-> AUX", Fix::Between(&["VERB", "AUX"])),
    ("ADP <-> SCONJ", Fix::Between(&["ADP", "SCONJ"])),
    ("ADP / ADV / PART", Fix::Between(&["ADP", "ADV", "PART"])),
    ("XPOS only (UPOS right)", Fix::XposOnly),
    ("every tag", Fix::All),
];

/// The tag ids of sentence `s`: the tagger's, with the gold class put in where `fix` says.
fn tags_for(model: &SyntaxModel, s: &GoldSentence, fix: Fix) -> Vec<u16> {
    let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
    let mut tags = model.tagger.tag(&forms);
    for (tag, g) in tags.iter_mut().zip(&s.words) {
        let predicted = &model.tagger.tags[usize::from(*tag)].0;
        let gold = model
            .tagger
            .tags
            .iter()
            .position(|(u, x)| *u == g.upos && *x == g.xpos);
        if let (true, Some(gold)) = (fix.corrects(&g.upos, predicted), gold) {
            *tag = gold as u16;
        }
    }
    tags
}

/// UPOS, UAS and LAS of the dev set parsed with the tags `fix` corrects.
fn score(model: &SyntaxModel, dev: &[GoldSentence], fix: Fix) -> [f64; 3] {
    let decoding = pipeline_decoding();
    let mut c = [0usize; 4];
    for s in dev {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let parsed = model.parse_tagged(&forms, tags_for(model, s, fix), &decoding);
        let words: Vec<_> = (0..forms.len())
            .map(|i| model.word_of(&parsed, i, forms[i]))
            .collect();
        for (g, p) in s.words.iter().zip(repair::repaired(&words).iter()) {
            c[0] += 1;
            c[1] += usize::from(p.upos == g.upos);
            c[2] += usize::from(p.head == g.head);
            c[3] += usize::from(p.head == g.head && p.deprel == g.deprel);
        }
    }
    let r = |a: usize| a as f64 / c[0].max(1) as f64;
    [r(c[1]), r(c[2]), r(c[3])]
}

fn main() -> Result<()> {
    let Some(ud) = std::env::args().nth(1) else {
        bail!("usage: oracle_tags UD_DIR");
    };
    let path = PathBuf::from(ud).join("en_ewt-ud-dev.conllu");
    let dev = conllu::read_file(&path).with_context(|| format!("reading {}", path.display()))?;
    let model = builtin()?;
    for (name, fix) in FIXES {
        let [upos, uas, las] = score(model, &dev, fix);
        println!("gold tags for {name:<30} UPOS {upos:.4} UAS {uas:.4} LAS {las:.4}");
    }
    Ok(())
}
