//! The syntax layer on what news text contains: datelines, bylines, headlines in
//! capitals, quotes, dashes, parentheses, lists, very long sentences, and text it must
//! refuse (empty, not English). Uses the shipped model.

use demarche::nlp::syntax::{builtin, Analysis, SyntaxError};

fn analyse(text: &str) -> Vec<Analysis> {
    builtin()
        .expect("model")
        .analyse_text(text)
        .expect("parsed")
}

/// Every sentence is a tree: one root, heads in range, no cycles; offsets point at the form.
fn assert_well_formed(text: &str, sentences: &[Analysis]) {
    let chars: Vec<char> = text.chars().collect();
    for s in sentences {
        let n = s.words.len() as u32;
        assert_eq!(
            s.words.iter().filter(|w| w.head == 0).count(),
            1,
            "one root: {s:?}"
        );
        for (i, w) in s.words.iter().enumerate() {
            assert!(w.head <= n && w.head != i as u32 + 1, "head of {w:?}");
            assert_eq!(&text[w.start..w.end], w.form);
            let by_chars: String = chars[w.start_char..w.end_char].iter().collect();
            assert_eq!(by_chars, w.form);
            let mut k = i as u32 + 1;
            for _ in 0..=n {
                if k == 0 {
                    break;
                }
                k = s.words[k as usize - 1].head;
            }
            assert_eq!(k, 0, "cycle through {w:?}");
        }
    }
}

fn word<'a>(s: &'a Analysis, form: &str) -> &'a demarche::nlp::syntax::Word {
    s.words
        .iter()
        .find(|w| w.form == form)
        .unwrap_or_else(|| panic!("no {form} in {s:?}"))
}

fn head_of<'a>(s: &'a Analysis, form: &str) -> &'a str {
    let h = word(s, form).head as usize;
    if h == 0 {
        "ROOT"
    } else {
        &s.words[h - 1].form
    }
}

#[test]
fn subject_object_and_negation_of_a_plain_sentence() {
    let s = &analyse("The minister did not sign the agreement on Tuesday.")[0];
    assert_eq!(head_of(s, "minister"), "sign");
    assert_eq!(word(s, "minister").deprel, "nsubj");
    assert_eq!(head_of(s, "agreement"), "sign");
    assert_eq!(word(s, "agreement").deprel, "obj");
    assert_eq!(head_of(s, "not"), "sign");
    assert_eq!(word(s, "not").deprel, "advmod");
    assert_eq!(word(s, "sign").lemma, "sign");
    assert_eq!(word(s, "sign").upos, "VERB");
}

#[test]
fn dateline_byline_and_quotes_parse_with_offsets() {
    let text = "By Ana Ferreira and Tom Walsh\n\nLONDON (Reuters) - The envoys \u{201c}will not accept\u{201d} the offer, \
                an aide said \u{2014} adding that talks (due on Friday) would go on. \"We won't leave,\" she said.";
    let sentences = analyse(text);
    assert!(sentences.len() >= 3, "{sentences:#?}");
    assert_well_formed(text, &sentences);
    let forms: Vec<&str> = sentences
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.form.as_str()))
        .collect();
    assert!(forms.windows(2).any(|w| w == ["wo", "n't"]), "{forms:?}");
}

#[test]
fn headline_in_capitals_and_a_list() {
    let text = "RUSSIA WARNS UKRAINE OVER GAS DEAL\n\nThe demands were: (1) a ceasefire; (2) the release of prisoners; \
                and (3) new talks in Geneva.";
    let sentences = analyse(text);
    assert_well_formed(text, &sentences);
    let headline = &sentences[0];
    assert_eq!(headline.words.len(), 6);
    assert_eq!(word(headline, "WARNS").upos, "VERB", "{headline:?}");
}

#[test]
fn a_very_long_sentence_is_parsed_in_linear_pieces() {
    let clause = "the delegates from the northern provinces met the envoy in the capital";
    let text = format!("{}.", vec![clause; 150].join(", and "));
    let sentences = analyse(&text);
    assert_eq!(sentences.len(), 1);
    assert!(sentences[0].words.len() > 2000);
    assert_well_formed(&text, &sentences);
}

#[test]
fn refuses_empty_and_non_english_text() {
    let model = builtin().expect("model");
    assert!(matches!(model.analyse_text(""), Err(SyntaxError::Empty)));
    assert!(matches!(
        model.analyse_text("  \n\n ... -- "),
        Err(SyntaxError::Empty)
    ));
    let french =
        "Le ministre des affaires étrangères a rencontré son homologue hier soir pour discuter \
                  des négociations sur le cessez-le-feu dans la région.";
    let err = model.analyse_text(french).expect_err("French is refused");
    assert!(matches!(err, SyntaxError::NotEnglish { .. }), "{err}");
    assert!(err.to_string().contains("English"));
    // names and British spellings do not make a short English sentence foreign
    for english in [
        "Serbia has not yet formally recognised Kosovo.",
        "Ruritania's defence minister criticised the Sylvanian labour minister.",
    ] {
        assert!(model.analyse_text(english).is_ok(), "{english}");
    }
    let german = "Die Regierung hat heute den Vertrag mit Frankreich endgültig unterzeichnet.";
    assert!(matches!(
        model.analyse_text(german),
        Err(SyntaxError::NotEnglish { .. })
    ));
    let chinese =
        "外交部长周一在北京会见了来访的代表团，双方就地区局势交换了意见。双方同意继续保持沟通。";
    assert!(matches!(
        model.analyse_text(chinese),
        Err(SyntaxError::NotEnglish { .. }) | Err(SyntaxError::Empty)
    ));
}
