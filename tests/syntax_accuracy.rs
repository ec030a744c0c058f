//! The shipped syntax model (data/syntax/model.bin) still reaches the dev-set figures it
//! was shipped with (UD English-EWT dev, predicted tags; see EVALUATION.md). Retrains
//! nothing. The floors sit just under the measured figures of the parse with the syntax
//! layer's repairs (`syntax::repair`, parser18; paired punctuation, syntax14; label
//! conventions, syntax16 and syntax18): UPOS 0.9518,
//! UAS 0.8461, LAS 0.8149 greedy; UAS 0.8609, LAS 0.8301 with the adaptive beam, the
//! pipeline's parse. Issue 7's UPOS, UAS and LAS targets (0.95 / 0.86 / 0.83) are met (LAS
//! by one word: 20,874 of the 20,873 it needs).
//! The treebank is read from $DEMARCHE_UD_DIR, default ../shared/data/ud (as in CI).

use demarche::nlp::syntax::{builtin, conllu, train, Decoding};

fn dev() -> Vec<conllu::GoldSentence> {
    let dir = std::env::var("DEMARCHE_UD_DIR").unwrap_or_else(|_| "../shared/data/ud".into());
    let path = format!("{dir}/en_ewt-ud-dev.conllu");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{path}: {e} (set DEMARCHE_UD_DIR to the UD English-EWT directory)")
    });
    let dev = conllu::read(&text).expect("dev treebank parses");
    assert!(
        dev.len() > 1500,
        "dev set looks truncated: {} sentences",
        dev.len()
    );
    dev
}

#[test]
fn shipped_model_reaches_the_dev_targets() {
    let dev = dev();
    let model = builtin().expect("shipped model loads");
    let s = train::evaluate(model, &dev);
    eprintln!("{s:#?}");
    assert!(s.upos >= 0.948, "UPOS {:.4} < 0.948", s.upos);
    assert!(s.uas >= 0.845, "UAS {:.4} < 0.845", s.uas);
    assert!(s.las >= 0.814, "LAS {:.4} < 0.814", s.las);
}

/// The beam where the parser is unsure (`Decoding::ADAPTIVE`) keeps its gain over greedy.
#[test]
fn adaptive_beam_reaches_its_dev_figures() {
    let dev = dev();
    let model = builtin().expect("shipped model loads");
    let s = train::evaluate_with(model, &dev, &Decoding::ADAPTIVE);
    eprintln!("{s:#?}");
    assert!(s.uas >= 0.860, "UAS {:.4} < 0.860", s.uas);
    assert!(s.las >= 0.830, "LAS {:.4} < 0.830", s.las);
}
