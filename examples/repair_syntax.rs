//! Scores the event coder's parse repairs (`frames::repaired`) on UD English-EWT dev:
//!   cargo run --release --example repair_syntax -- UD_DIR
//! Each dev sentence is parsed as the pipeline parses (its default decoding, then the syntax
//! layer's repairs, `syntax::repair`); then the
//! UPOS / UAS / LAS of the parse are printed with no repair, with every repair, with each
//! repair alone and with all but each, plus per repair the sentences it changed and the
//! words it made right and wrong (alone). A measurement, so it lives outside the library.

use anyhow::{bail, Context, Result};
use demarche::nlp::frames::{repair_names, repaired_only};
use demarche::nlp::syntax::{self, builtin, conllu, pipeline_decoding, Word};
use std::path::PathBuf;

/// Counts over the dev set: words, right tags, right heads, right heads and labels.
#[derive(Default, Clone, Copy)]
struct Tally {
    words: usize,
    upos: usize,
    uas: usize,
    las: usize,
    /// sentences the repairs changed, words made right and made wrong (heads or labels)
    changed: usize,
    fixed: usize,
    broken: usize,
}

impl Tally {
    fn line(&self, name: &str) -> String {
        let r = |a: usize| a as f64 / self.words.max(1) as f64;
        format!(
            "{name:<28} UPOS {:.4} UAS {:.4} LAS {:.4}  sentences {:>4}  right +{:<3} wrong +{}",
            r(self.upos),
            r(self.uas),
            r(self.las),
            self.changed,
            self.fixed,
            self.broken
        )
    }
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [ud] = args.as_slice() else {
        bail!("usage: repair_syntax UD_DIR");
    };
    let path = PathBuf::from(ud).join("en_ewt-ud-dev.conllu");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let dev = conllu::read(&text)?;
    let model = builtin()?;
    let decoding = pipeline_decoding();
    let mut parsed = Vec::with_capacity(dev.len());
    for s in &dev {
        // what every reader of the parse sees: the syntax layer's own repairs applied
        let mut words = syntax::train::repaired_parse(model, s, &decoding);
        for w in &mut words {
            w.lemma = model.lemma(&w.form, &w.upos, &w.xpos);
        }
        parsed.push(words);
    }
    // REPAIR_DUMP=FILE writes the parse beside the gold tree (form, lemma, tag, head,
    // relation, gold head, gold relation) for looking for further errors with other tools
    if let Ok(dump) = std::env::var("REPAIR_DUMP") {
        let mut out = String::new();
        for (s, words) in dev.iter().zip(&parsed) {
            for (i, (g, p)) in s.words.iter().zip(words).enumerate() {
                out += &format!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                    i + 1,
                    p.form,
                    p.lemma,
                    p.upos,
                    p.xpos,
                    p.head,
                    p.deprel,
                    g.head,
                    g.deprel
                );
            }
            out.push('\n');
        }
        std::fs::write(&dump, out).with_context(|| format!("writing {dump}"))?;
    }
    let score = |runs: &dyn Fn(&str) -> bool| {
        let mut t = Tally::default();
        for (s, words) in dev.iter().zip(&parsed) {
            let fixed = repaired_only(words, runs);
            t.changed += usize::from(fixed.as_ref() != words.as_slice());
            for ((g, p), before) in s.words.iter().zip(fixed.iter()).zip(words) {
                let right = |w: &Word| w.head == g.head && w.deprel == g.deprel;
                t.words += 1;
                t.upos += usize::from(p.upos == g.upos);
                t.uas += usize::from(p.head == g.head);
                t.las += usize::from(right(p));
                t.fixed += usize::from(right(p) && !right(before));
                t.broken += usize::from(!right(p) && right(before));
            }
        }
        t
    };
    println!("{}", score(&|_| false).line("none"));
    println!("{}", score(&|_| true).line("all"));
    let names = repair_names();
    println!("-- each alone");
    for name in &names {
        println!("{}", score(&|n| n == *name).line(name));
    }
    // REPAIR_SHOW=NAME prints the sentences that repair changes alone, word by word
    if let Ok(show) = std::env::var("REPAIR_SHOW") {
        for (s, words) in dev.iter().zip(&parsed) {
            let fixed = repaired_only(words, &|n| n == show);
            if fixed.as_ref() == words.as_slice() {
                continue;
            }
            println!("# {}", s.text);
            for (i, ((g, p), b)) in s.words.iter().zip(fixed.iter()).zip(words).enumerate() {
                let mark = if (p.head, &p.deprel) != (b.head, &b.deprel) {
                    "*"
                } else {
                    " "
                };
                println!(
                    "{mark} {:>2} {:<14} gold {:>2} {:<10} before {:>2} {:<10} after {:>2} {}",
                    i + 1,
                    g.form,
                    g.head,
                    g.deprel,
                    b.head,
                    b.deprel,
                    p.head,
                    p.deprel
                );
            }
        }
    }
    println!("-- all but each");
    for name in &names {
        println!("{}", score(&|n| n != *name).line(&format!("-{name}")));
    }
    Ok(())
}
