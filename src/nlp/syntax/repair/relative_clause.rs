//! A ", which/who" relative clause hung on a verb. In "they agreed to tighten the border
//! with Ruritania, which they accuse of smuggling" a parser may make the relative verb a
//! `parataxis`, adverbial or relative clause of a verb, and even give it the pronoun and the
//! clause's own subject both as subjects, so the clause describes no one and the pronoun
//! stands for no one. A clause opened by "which", "who" or "whom" right after a noun and a
//! comma modifies that noun (the head of a name it ends): its verb is moved there as
//! `acl:relcl`, and a pronoun beside a second, later subject becomes the object.
use super::{ancestors, rehang};
use crate::nlp::syntax::Word;

/// A clause to move: the pronoun, the clause's verb, the noun it describes, and the verb
/// the noun is the subject of when the parser had hung the noun under the clause.
struct Found {
    pronoun: usize,
    verb: usize,
    noun: usize,
    subject_of: Option<usize>,
}

/// The repaired sentence, or `None` when every such clause hangs on its noun already.
pub(super) fn relative_clause(words: &[Word]) -> Option<Vec<Word>> {
    let found: Vec<Found> = (2..words.len())
        .filter_map(|i| misplaced(words, i))
        .collect();
    let moves: Vec<(usize, usize)> = found.iter().map(|f| (f.verb, f.noun)).collect();
    let mut out = rehang(words, &moves, "acl:relcl")?;
    for f in &found {
        if second_subject(words, f.pronoun, f.verb) {
            out[f.pronoun].deprel = "obj".into();
        }
        if let Some(main) = f.subject_of {
            out[f.noun].head = main as u32 + 1;
            out[f.noun].deprel = "nsubj".into();
        }
    }
    Some(out)
}

/// Word `i` is a relative pronoun after a noun and a comma, and the verb of its clause
/// hangs on another verb under a relation a relative clause would not have.
fn misplaced(words: &[Word], i: usize) -> Option<Found> {
    let form = words[i].form.to_lowercase();
    let pronoun = matches!(words[i].xpos.as_str(), "WDT" | "WP")
        && matches!(form.as_str(), "which" | "who" | "whom");
    if !pronoun || words[i - 1].form != "," {
        return None;
    }
    let noun = name_head(words, i - 2);
    if !matches!(words[noun].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let verb = (words[i].head as usize).checked_sub(1)?;
    let w = &words[verb];
    let verbal = matches!(w.upos.as_str(), "VERB" | "AUX" | "ADJ");
    // a relative clause under a verb describes no noun, whatever its label
    let wrong = matches!(
        w.deprel.as_str(),
        "advcl" | "ccomp" | "parataxis" | "conj" | "acl:relcl" | "acl"
    );
    let head = (w.head as usize).checked_sub(1)?;
    let under_verb = matches!(words[head].upos.as_str(), "VERB" | "AUX");
    let own = matches!(
        words[i].deprel.as_str(),
        "nsubj" | "nsubj:pass" | "obj" | "obl"
    );
    if !(own && verbal && wrong && under_verb && verb > i) {
        return None;
    }
    // only the two shapes no reading of the sentence allows are moved: the noun hung
    // under its own clause, or the pronoun beside the clause's own subject. A pronoun
    // that is the clause's subject elsewhere may stand for the clause before it ("…,
    // which drew protests") or for a noun further back ("his counterpart in X, who …").
    let subject_of = if dominates(words, verb, noun) {
        Some(lost_subject(words, noun, verb, head)?)
    } else if second_subject(words, i, verb) {
        None
    } else {
        return None;
    };
    Some(Found {
        pronoun: i,
        verb,
        noun,
        subject_of,
    })
}

/// "The adviser, who led the talks, said …" read with "adviser" under "led" and "led"
/// under "said": the noun (directly under the clause's verb) is the subject of the verb
/// after the clause, when that verb has none. Any other noun under the clause: no repair.
fn lost_subject(words: &[Word], noun: usize, verb: usize, main: usize) -> Option<usize> {
    let direct = words[noun].head as usize == verb + 1;
    let after = main > verb;
    let bare = !words
        .iter()
        .any(|w| w.head as usize == main + 1 && w.deprel.starts_with("nsubj"));
    (direct && after && bare && matches!(words[main].upos.as_str(), "VERB" | "AUX")).then_some(main)
}

/// The word a name's last word belongs to: "Maria Malmer Stenergard" is one name headed
/// by its first word (`flat`), and the clause describes the whole name.
fn name_head(words: &[Word], last: usize) -> usize {
    let w = &words[last];
    match (w.deprel.as_str(), (w.head as usize).checked_sub(1)) {
        ("flat", Some(h)) if h < last && words[h].upos == "PROPN" => h,
        _ => last,
    }
}

/// The pronoun is a subject of `verb` beside another subject after it ("which they
/// accuse"): only one can be the subject, and it is the later one.
fn second_subject(words: &[Word], pronoun: usize, verb: usize) -> bool {
    let subject = |w: &Word| w.deprel.split(':').next() == Some("nsubj");
    subject(&words[pronoun])
        && words
            .iter()
            .enumerate()
            .any(|(k, w)| k > pronoun && w.head as usize == verb + 1 && subject(w))
}

/// Word `top` is `w` or one of its ancestors (moving `top` under `w` would close a cycle).
fn dominates(words: &[Word], top: usize, w: usize) -> bool {
    w == top || ancestors(words, w).any(|at| at == top)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::syntax::test_words as words;

    // "They agreed to close the border with Ruritania , which they accuse of smuggling ."
    // with the relative verb a parataxis of "agreed" and two subjects
    const BORDER: [(&str, &str, &str, u32, &str); 15] = [
        ("They", "PRP", "PRON", 2, "nsubj"),
        ("agreed", "VBD", "VERB", 0, "root"),
        ("to", "TO", "PART", 4, "mark"),
        ("close", "VB", "VERB", 2, "xcomp"),
        ("the", "DT", "DET", 6, "det"),
        ("border", "NN", "NOUN", 4, "obj"),
        ("with", "IN", "ADP", 8, "case"),
        ("Ruritania", "NNP", "PROPN", 6, "nmod"),
        (",", ",", "PUNCT", 12, "punct"),
        ("which", "WDT", "PRON", 12, "nsubj"),
        ("they", "PRP", "PRON", 12, "nsubj"),
        ("accuse", "VBP", "VERB", 2, "parataxis"),
        ("of", "IN", "SCONJ", 14, "mark"),
        ("smuggling", "VBG", "VERB", 12, "advcl"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_relative_clause_hung_on_the_main_verb_moves_to_its_noun() {
        let fixed = relative_clause(&words(&BORDER)).expect("repaired");
        assert_eq!(
            (fixed[11].head, fixed[11].deprel.as_str()),
            (8, "acl:relcl")
        );
        assert_eq!(fixed[9].deprel, "obj", "the pronoun beside a subject");
        assert_eq!(fixed[10].deprel, "nsubj");
        // a pronoun that is the clause's only subject may stand for the clause before it
        // or a noun further back: left
        let mut rows = BORDER.to_vec();
        rows[10] = ("often", "RB", "ADV", 12, "advmod");
        assert!(relative_clause(&words(&rows)).is_none());
        rows[9] = ("who", "WP", "PRON", 12, "nsubj");
        assert!(relative_clause(&words(&rows)).is_none());
    }

    #[test]
    fn a_relative_clause_of_a_verb_moves_to_its_noun() {
        let mut rows = BORDER.to_vec();
        rows[11] = ("accuse", "VBP", "VERB", 4, "acl:relcl");
        let fixed = relative_clause(&words(&rows)).expect("repaired");
        assert_eq!(fixed[11].head, 8);
    }

    // "The envoy , who led the talks , said it ended ." with "envoy" read as an oblique of
    // "led" and "led" as a parataxis of "said"
    const ENVOY: [(&str, &str, &str, u32, &str); 12] = [
        ("The", "DT", "DET", 2, "det"),
        ("envoy", "NN", "NOUN", 5, "obl"),
        (",", ",", "PUNCT", 5, "punct"),
        ("who", "WP", "PRON", 5, "nsubj"),
        ("led", "VBD", "VERB", 9, "parataxis"),
        ("the", "DT", "DET", 7, "det"),
        ("talks", "NNS", "NOUN", 5, "obj"),
        (",", ",", "PUNCT", 5, "punct"),
        ("said", "VBD", "VERB", 0, "root"),
        ("it", "PRP", "PRON", 11, "nsubj"),
        ("ended", "VBD", "VERB", 9, "ccomp"),
        (".", ".", "PUNCT", 9, "punct"),
    ];

    #[test]
    fn a_subject_read_under_its_relative_clause_becomes_the_subject_again() {
        let fixed = relative_clause(&words(&ENVOY)).expect("repaired");
        assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (9, "nsubj"));
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "acl:relcl"));
        // the verb after the clause has a subject of its own: no repair
        let mut rows = ENVOY.to_vec();
        rows[7] = ("she", "PRP", "PRON", 9, "nsubj");
        assert!(relative_clause(&words(&rows)).is_none());
        // the noun deeper under the clause (an object's modifier): no repair
        let mut rows = ENVOY.to_vec();
        rows[1] = ("envoy", "NN", "NOUN", 7, "nmod");
        assert!(relative_clause(&words(&rows)).is_none());
    }

    #[test]
    fn the_clause_goes_to_the_head_of_a_name() {
        // "... the border with Ruritania 's Nina Vale , who they accuse ..."
        let mut rows = BORDER.to_vec();
        rows[7] = ("Nina", "NNP", "PROPN", 6, "nmod");
        rows.insert(8, ("Vale", "NNP", "PROPN", 8, "flat"));
        for r in rows.iter_mut().skip(9) {
            if r.3 >= 9 {
                r.3 += 1;
            }
        }
        rows[10].0 = "who";
        rows[10].1 = "WP";
        let fixed = relative_clause(&words(&rows)).expect("repaired");
        assert_eq!(
            (fixed[12].head, fixed[12].deprel.as_str()),
            (8, "acl:relcl")
        );
    }

    #[test]
    fn a_right_clause_a_clause_over_its_noun_or_no_comma_is_left() {
        let mut rows = BORDER.to_vec();
        rows[11] = ("accuse", "VBP", "VERB", 8, "acl:relcl");
        assert!(relative_clause(&words(&rows)).is_none());
        // the noun under the clause's verb, which hangs on a verb before it
        let mut rows = BORDER.to_vec();
        rows[7] = ("Ruritania", "NNP", "PROPN", 12, "obl");
        assert!(relative_clause(&words(&rows)).is_none());
        // no comma before the pronoun
        let mut rows = BORDER.to_vec();
        rows[8] = ("now", "RB", "ADV", 12, "advmod");
        assert!(relative_clause(&words(&rows)).is_none());
        // a pronoun after no noun
        let mut rows = BORDER.to_vec();
        rows[7] = ("there", "RB", "ADV", 4, "advmod");
        assert!(relative_clause(&words(&rows)).is_none());
    }
}
