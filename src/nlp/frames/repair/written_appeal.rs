//! A letter's appeal hung on its addressee: "A wrote to B's minister asking that the trucks
//! be released" is often parsed with "asking" as an `acl` of "minister", a reduced relative
//! ("the minister who is asking"), so the frames take the addressee for the one who asks and
//! the writer's request is lost. After "wrote to Y" a participle that reports content — a
//! clause ("demanding that …"), a prompted party's infinitive ("asking it to …", "urging him
//! to …") or "calling for / on …" — is what the letter says: it becomes an `advcl` of "wrote",
//! whose subject is then its source and Y its addressee (`written_addressee`). A participle
//! with no such content stays a description ("wrote to the families living near the border",
//! "wrote to the soldiers fighting to retake the town").
use super::has_dependent;
use crate::nlp::syntax::Word;

/// Forms of "write" (the lemma of a hand-built test tree is its lowercased form).
const WRITE: [&str; 5] = ["write", "writes", "wrote", "written", "writing"];

/// The repaired sentence, or `None` when no letter's appeal hangs on its addressee.
pub(super) fn written_appeal(words: &[Word]) -> Option<Vec<Word>> {
    let (participle, verb) = (0..words.len()).find_map(|p| misplaced(words, p))?;
    Some(super::reattached(words, participle, verb, "advcl"))
}

/// (participle, "write" verb), 0-based, when `p` is a content participle on the verb's "to"
/// addressee.
fn misplaced(words: &[Word], p: usize) -> Option<(usize, usize)> {
    let w = &words[p];
    if w.deprel != "acl" || w.xpos != "VBG" || !reports_content(words, p) {
        return None;
    }
    let addressee = (w.head as usize).checked_sub(1)?;
    let a = &words[addressee];
    let to = words.iter().any(|k| {
        k.head as usize == addressee + 1 && k.deprel == "case" && k.form.eq_ignore_ascii_case("to")
    });
    if !to || !matches!(a.deprel.as_str(), "obl" | "nmod") || p < addressee {
        return None;
    }
    let verb = (a.head as usize).checked_sub(1)?;
    let v = &words[verb];
    let writes =
        WRITE.contains(&v.lemma.as_str()) || WRITE.contains(&v.form.to_lowercase().as_str());
    (writes && v.upos == "VERB").then_some((p, verb))
}

/// A clause of content ("demanding that …"), a prompted party with its infinitive ("asking
/// it to …"), or "calling for …" / "calling on …".
fn reports_content(words: &[Word], p: usize) -> bool {
    let prompted = (has_dependent(words, p, "obj") || has_dependent(words, p, "obl"))
        && has_dependent(words, p, "xcomp");
    let call = words[p].form.eq_ignore_ascii_case("calling")
        && words.iter().enumerate().any(|(i, k)| {
            k.head as usize == p + 1
                && k.deprel.starts_with("obl")
                && words.iter().any(|c| {
                    c.head as usize == i + 1
                        && c.deprel == "case"
                        && ["for", "on"].iter().any(|m| c.form.eq_ignore_ascii_case(m))
                })
        });
    has_dependent(words, p, "ccomp") || prompted || call
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Freedonia wrote to the minister asking him to act." with "asking" on "minister"
    const ON_ADDRESSEE: [(&str, &str, &str, u32, &str); 10] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("wrote", "VBD", "VERB", 0, "root"),
        ("to", "IN", "ADP", 5, "case"),
        ("the", "DT", "DET", 5, "det"),
        ("minister", "NN", "NOUN", 2, "obl"),
        ("asking", "VBG", "VERB", 5, "acl"),
        ("him", "PRP", "PRON", 6, "obj"),
        ("to", "TO", "PART", 9, "mark"),
        ("act", "VB", "VERB", 6, "xcomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_letters_appeal_on_its_addressee_modifies_the_verb() {
        let fixed = written_appeal(&words(&ON_ADDRESSEE)).expect("repaired");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "advcl"));
    }

    #[test]
    fn a_participle_without_content_stays_a_description() {
        // "… wrote to the minister living abroad": no prompted party's infinitive
        let mut rows = ON_ADDRESSEE.to_vec();
        rows[5].0 = "living";
        rows[6] = ("abroad", "RB", "ADV", 6, "advmod");
        rows[8].4 = "dep";
        rows[8].3 = 7;
        assert!(written_appeal(&words(&rows)).is_none());
    }

    #[test]
    fn another_verb_keeps_the_participle() {
        // "Freedonia spoke to the minister asking him to act": not a letter
        let mut rows = ON_ADDRESSEE.to_vec();
        rows[1].0 = "spoke";
        assert!(written_appeal(&words(&rows)).is_none());
    }
}
