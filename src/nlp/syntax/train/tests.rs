use super::*;

/// A two-stage model learns a tiny treebank, and its file (with the label model and
/// the named labels) reads back into a model that parses the same way.
#[test]
fn two_stage_model_learns_and_round_trips() {
    let sents = treebank(4);
    let settings = Settings {
        tagger_epochs: 3,
        parser_epochs: 4,
        folds: 0,
        two_stage: true,
        named_labels: 2,
        ..Settings::default()
    };
    let (model, vocab) = train(&sents, &settings);
    let labeller = model.labeller.as_ref().expect("a label model");
    assert_eq!(labeller.named.len(), 2);
    assert_eq!(model.parser.classes(), 1 + 2 * 3);
    let back = SyntaxModel::from_bytes(&model.to_bytes(&vocab)).expect("reads back");
    let back_labeller = back.labeller.as_ref().expect("label model read back");
    assert_eq!(back_labeller.named, labeller.named);
    let s = evaluate(&back, &sents);
    assert!(s.las > 0.99, "{s:?}");
}

/// A tagger second pass is trained on jackknifed tags, written in a version-2 file
/// that reads back with it and tags the same way; without it the file is version 1
/// (what older readers expect) and reads back without it.
#[test]
fn second_tagger_pass_round_trips_in_both_file_versions() {
    let rows = [
        "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_",
        "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_",
        "3\tthat\tthat\tSCONJ\tIN\t_\t5\tmark\t_\t_",
        "4\ttalks\ttalk\tNOUN\tNNS\t_\t5\tnsubj\t_\t_",
        "5\tfailed\tfail\tVERB\tVBD\t_\t2\tccomp\t_\t_",
        "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
    ];
    let sentence = format!("# sent_id = 1\n{}\n\n", rows.join("\n"));
    let sents = super::super::conllu::read(&sentence.repeat(6)).expect("treebank");
    let settings = Settings {
        tagger_epochs: 3,
        tagger_second_epochs: 2,
        parser_epochs: 3,
        folds: 2,
        ..Settings::default()
    };
    let (mut model, vocab) = train(&sents, &settings);
    assert!(model.tagger.second.is_some(), "second pass trained");
    let bytes = model.to_bytes(&vocab);
    let back = SyntaxModel::from_bytes(&bytes).expect("version 2 reads back");
    assert!(back.tagger.second.is_some(), "second pass read back");
    let words = forms(&sents[0]);
    assert_eq!(back.tagger.tag(&words), model.tagger.tag(&words));
    assert!(evaluate(&back, &sents).upos > 0.99);
    model.tagger.second = None;
    model.word_classes = false;
    let v1 = model.to_bytes(&vocab);
    let raw = miniz_oxide::inflate::decompress_to_vec(&v1).expect("inflates");
    assert!(raw.starts_with(b"DEMARCHE-SYNTAX-1\n"), "version 1 layout");
    let back = SyntaxModel::from_bytes(&v1).expect("version 1 reads back");
    assert!(back.tagger.second.is_none());
}

/// A trained model records that its parser reads word classes, the flag survives
/// the file and compaction, and a model written without it (an older model) reads
/// back without it, so it is parsed with the template set it was trained on.
#[test]
fn word_class_flag_round_trips_and_defaults_off() {
    let sents = treebank(4);
    let settings = Settings {
        tagger_epochs: 3,
        parser_epochs: 3,
        folds: 0,
        ..Settings::default()
    };
    let (mut model, vocab) = train(&sents, &settings);
    assert!(model.word_classes, "new models are trained with classes");
    let back = SyntaxModel::from_bytes(&model.to_bytes(&vocab)).expect("reads back");
    assert!(back.word_classes);
    assert!(back.compacted(1.0, 1.0, 1).word_classes);
    assert!(evaluate(&back, &sents).las > 0.99);
    model.word_classes = false;
    let old = SyntaxModel::from_bytes(&model.to_bytes(&vocab)).expect("reads back");
    assert!(!old.word_classes);
}

fn treebank(copies: usize) -> Vec<GoldSentence> {
    let rows = [
        "1\tEnvoys\tenvoy\tNOUN\tNNS\t_\t2\tnsubj\t_\t_",
        "2\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_",
        "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_",
        "4\ttruce\ttruce\tNOUN\tNN\t_\t2\tobj\t_\t_",
        "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_",
        "6\tOslo\tOslo\tPROPN\tNNP\t_\t2\tobl\t_\t_",
        "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
    ];
    let sentence = format!("# sent_id = 1\n{}\n\n", rows.join("\n"));
    super::super::conllu::read(&sentence.repeat(copies)).expect("treebank")
}

/// Two-pass jackknifed tags cover every sentence, and on a treebank of one repeated
/// sentence every fold's taggers have seen it, so both passes give the gold classes.
#[test]
fn two_pass_jackknife_tags_every_sentence() {
    let sents = treebank(6);
    let tags = tagger::tag_classes(&sents);
    let settings = Settings {
        tagger_epochs: 3,
        tagger_second_epochs: 2,
        folds: 2,
        ..Settings::default()
    };
    let (first, both) = jackknife_two_pass(&sents, &tags, &settings);
    let gold = gold_tags(&sents, &tags);
    assert_eq!(first, gold);
    assert_eq!(both, gold);
}

/// A retrained parser reports one dev score per epoch and keeps the best epoch's
/// weights, not the last one's.
#[test]
fn retrained_parser_keeps_its_best_epoch() {
    let sents = treebank(4);
    let settings = Settings {
        tagger_epochs: 3,
        parser_epochs: 5,
        folds: 0,
        ..Settings::default()
    };
    let (mut model, _) = train(&sents, &settings);
    let tags = gold_tags(&sents, &model.tagger.tags);
    let history = retrain_parser(&mut model, &sents, tags, &sents[..1], &settings);
    assert_eq!(history.len(), 5);
    let best = history.iter().map(|s| s.las).fold(0.0, f64::max);
    assert_eq!(evaluate(&model, &sents[..1]).las, best);
    assert!(best > 0.99, "{history:?}");
}

#[test]
fn lifts_a_crossing_arc() {
    // 1 -> 3, 2 -> 4, 3 -> 0, 4 -> 1: the arc 4 -> 2 crosses 1 -> 3.
    let mut head = vec![parser::NONE, 3, 4, 0, 1];
    projectivise(&mut head);
    for d in 1..head.len() {
        assert!(projective_arc(&head, head[d] as usize, d), "{head:?}");
    }
}

/// A tagger trained with word classes and a parser with the class templates added
/// record both in the file; the flags survive compaction, and a model written without
/// them (every older model) reads back without them.
#[test]
fn tagger_class_and_added_template_flags_round_trip_and_default_off() {
    let sents = treebank(4);
    let settings = Settings {
        tagger_epochs: 3,
        parser_epochs: 3,
        folds: 0,
        tagger_classes: true,
        parser_classes_added: true,
        ..Settings::default()
    };
    let (mut model, vocab) = train(&sents, &settings);
    assert!(model.tagger.classes && model.classes_added);
    let back = SyntaxModel::from_bytes(&model.to_bytes(&vocab)).expect("reads back");
    assert!(back.tagger.classes && back.classes_added);
    let compact = back.compacted(1.0, 1.0, 1);
    assert!(compact.tagger.classes && compact.classes_added);
    let s = evaluate(&back, &sents);
    assert!(s.upos > 0.99 && s.las > 0.99, "{s:?}");
    model.tagger.classes = false;
    model.classes_added = false;
    let old = SyntaxModel::from_bytes(&model.to_bytes(&vocab)).expect("reads back");
    assert!(!old.tagger.classes && !old.classes_added);
}

/// With the class templates added, a state reads every word template of a model
/// without classes and 15 class templates besides; swapped, as many as without.
#[test]
fn added_class_templates_keep_every_word_template() {
    let words = ["they", "met", "on", "Monday", "in", "Oslo"];
    let tags = [1, 2, 3, 4, 3, 5];
    let mut st = State::new(words.len());
    st.apply(parser::SHIFT);
    st.apply(parser::SHIFT);
    let feats = |classes: bool, added: bool| {
        let mut inp = parse_input(&words, &tags, classes);
        inp.added = added;
        let mut out = Vec::new();
        parser::features(&st, &inp, &mut out);
        out
    };
    let (old, swapped, added) = (feats(false, false), feats(true, false), feats(true, true));
    assert_eq!(swapped.len(), old.len());
    assert_eq!(added.len(), old.len() + 15);
    assert!(old.iter().all(|f| added.contains(f)));
    assert!(swapped.iter().all(|f| added.contains(f)));
}

/// A spliced model takes its tagger (class flag included) from one file and its parser
/// (added class templates included) from the other, and reads back whole; two models
/// whose tag classes differ are refused, since the parser reads tag ids.
#[test]
fn splice_joins_one_models_tagger_to_anothers_parser() {
    let sents = treebank(4);
    let small = |tagger_classes, parser_classes_added| Settings {
        tagger_epochs: 3,
        parser_epochs: 3,
        folds: 0,
        tagger_classes,
        parser_classes_added,
        ..Settings::default()
    };
    let (tagger_from, _) = train(&sents, &small(true, false));
    let (parser_from, vocab) = train(&sents, &small(false, true));
    assert!(tagger_from.tagger.classes && !parser_from.tagger.classes);
    let words = forms(&sents[0]);
    let tagged = tagger_from.tagger.tag(&words);
    let joined = splice(tagger_from, parser_from).expect("same tag classes");
    assert!(joined.tagger.classes && joined.classes_added);
    let back = SyntaxModel::from_bytes(&joined.to_bytes(&vocab)).expect("reads back");
    assert!(back.tagger.classes && back.classes_added);
    assert_eq!(back.tagger.tag(&words), tagged);
    assert!(evaluate(&back, &sents).las > 0.99);
    let other = super::super::conllu::read(
        "# sent_id = 1\n1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n",
    )
    .expect("treebank");
    let (foreign, _) = train(&other, &small(false, false));
    let (parser_from, _) = train(&sents, &small(false, true));
    assert!(splice(foreign, parser_from).is_err());
}
