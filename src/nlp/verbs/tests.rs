//! Unit tests of the verb dictionary: the builtin tables load, the raw PETRARCH format
//! parses (synsets, forms, patterns) and its errors carry line numbers.

use super::*;

#[test]
fn builtin_dictionary_loads() {
    let d = VerbDictionary::load(&NlpConfig::default()).unwrap();
    assert!(d.forms.len() > 5000, "{} forms", d.forms.len());
    let met = d.word_id("met");
    assert!(!d.forms_starting_with(met).is_empty());
    let broke = d.word_id("broke");
    let down = d.word_id("down");
    assert!(d
        .forms_starting_with(broke)
        .iter()
        .any(|&f| d.forms[f as usize].words.as_ref() == [broke, down]));
}

#[test]
fn raw_format_parses_synsets_forms_and_patterns() {
    let text = "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n--- ABANDON [345] ---\nABANDON # c\n+WALK_AWAY {+WALKED_AWAY}\n- * &TIETYPES TIES [902]\n- * DIPLOMATIC_TIES (WITH +) [901]\n--- ARRIVE [032:033] ---\nARRIVE\n";
    let d = VerbDictionary::from_petrarch("t.verbs.txt", text).unwrap();
    assert_eq!(d.blocks.len(), 2);
    assert_eq!(d.blocks[0].patterns.len(), 2);
    assert_eq!(d.blocks[1].code.reverse.as_deref(), Some("033"));
    for w in ["abandons", "abandoned", "abandoning"] {
        assert!(!d.forms_starting_with(d.word_id(w)).is_empty(), "{w}");
    }
    assert!(!d.forms_starting_with(d.word_id("walked")).is_empty());
    let p = d.blocks[0]
        .patterns
        .iter()
        .find(|p| p.post.len() == 4)
        .unwrap();
    assert_eq!(p.post[1].gap, Gap::Adjacent);
    assert_eq!(p.post[3].kind, ElemKind::Target);
}

#[test]
fn raw_format_errors_carry_line_numbers() {
    let bad = "--- ABANDON [345] ---\nABANDON\n- * TIES 902\n";
    match VerbDictionary::from_petrarch("bad.txt", bad) {
        Err(NlpError::Dictionary { path, line, .. }) => {
            assert_eq!(path, "bad.txt");
            assert_eq!(line, 3);
        }
        other => panic!("expected a dictionary error, got {other:?}"),
    }
    let bad = "ABANDON\n";
    assert!(matches!(
        VerbDictionary::from_petrarch("bad.txt", bad),
        Err(NlpError::Dictionary { line: 1, .. })
    ));
    let bad = "--- X [01] ---\nX {XES\n";
    assert!(matches!(
        VerbDictionary::from_petrarch("bad.txt", bad),
        Err(NlpError::Dictionary { line: 2, .. })
    ));
}

#[test]
fn validation_dictionary_parses() {
    let p = "/work/shared/data/dev/petrarch2_unittest/petrarch2_PETR.Validate.verbs.txt";
    if let Ok(text) = std::fs::read_to_string(p) {
        let d = VerbDictionary::from_petrarch(p, &text).unwrap();
        assert!(d.blocks.len() > 100);
    }
}

#[test]
fn a_caret_is_a_skip_that_adds_no_specificity() {
    let with = "--- FEAST [040] ---\nFEAST\n- * IN ^ +  [045]\n";
    let without = "--- FEAST [040] ---\nFEAST\n- * IN +  [045]\n";
    let a = VerbDictionary::from_petrarch("a.txt", with).unwrap();
    let b = VerbDictionary::from_petrarch("b.txt", without).unwrap();
    let (pa, pb) = (&a.blocks[0].patterns[0], &b.blocks[0].patterns[0]);
    assert_eq!(pa.post.len(), 3);
    assert_eq!(pa.post[1].kind, ElemKind::Skip);
    assert_eq!(pa.specificity, pb.specificity);
}
