//! A letter's appeal hung on its addressee: "A wrote to B's minister asking that the trucks
//! be released" is often parsed with "asking" as an `acl` of "minister", a reduced relative
//! ("the minister who is asking"), so the frames take the addressee for the one who asks and
//! the writer's request is lost. After "wrote to Y" a participle that reports content — a
//! clause ("demanding that …"), a prompted party's infinitive ("asking it to …", "urging him
//! to …") or "calling for / on …" — is what the letter says: it becomes an `advcl` of "wrote",
//! whose subject is then its source and Y its addressee (`written_addressee`). A participle
//! with no such content stays a description ("wrote to the families living near the border",
//! "wrote to the soldiers fighting to retake the town"). An appeal verb's participle with a
//! "for" / "on" oblique ("asking for clarification", "appealing for calm") reports content too.
//!
//! Two more misreadings of the same letter are mended here: the parse may take "to" for the
//! participle's mark and the addressee for its subject ("wrote [to the Forum asking] it to
//! …": a "to"-infinitive cannot be a participle), and it may hang a handed note on its
//! recipient ("handed [the Dutch minister a letter] asking …": a noun takes no object), so
//! that the letter's appeal finds neither its writer nor its addressee.
use super::has_dependent;
use crate::nlp::frames::FrameLexicon;
use crate::nlp::syntax::Word;

/// Forms of "write" (the lemma of a hand-built test tree is its lowercased form).
const WRITE: [&str; 5] = ["write", "writes", "wrote", "written", "writing"];

/// The repaired sentence, or `None` when no letter's appeal hangs on its addressee.
pub(super) fn written_appeal(words: &[Word]) -> Option<Vec<Word>> {
    if let Some((participle, verb)) = (0..words.len()).find_map(|p| misplaced(words, p)) {
        return Some(super::reattached(words, participle, verb, "advcl"));
    }
    if let Some(fixed) = (0..words.len()).find_map(|p| addressee_as_subject(words, p)) {
        return Some(fixed);
    }
    let (note, verb) = (0..words.len()).find_map(|n| note_on_recipient(words, n))?;
    Some(super::reattached(words, note, verb, "obj"))
}

/// Is `w` a form of "write"? (The lemma of a hand-built test tree is its lowercased form.)
fn writes(w: &Word) -> bool {
    let lemma =
        WRITE.contains(&w.lemma.as_str()) || WRITE.contains(&w.form.to_lowercase().as_str());
    lemma && w.upos == "VERB"
}

/// "wrote to the Forum asking it to …" parsed with "to" as the participle's `mark` and "the
/// Forum" as its subject: the noun becomes the "to" oblique of "write" (`to` its `case`),
/// which leaves the participle an `advcl` of "write", as [`misplaced`] makes it. Only for a
/// content participle (`reports_content`) right after its subject.
fn addressee_as_subject(words: &[Word], p: usize) -> Option<Vec<Word>> {
    let w = &words[p];
    if w.deprel != "advcl" || w.xpos != "VBG" || !reports_content(words, p) {
        return None;
    }
    let verb = (w.head as usize).checked_sub(1)?;
    let kid =
        |rel: &str| (0..p).find(|&k| words[k].head as usize == p + 1 && words[k].deprel == rel);
    let (to, subject) = (kid("mark")?, kid("nsubj")?);
    let nominal = matches!(words[subject].upos.as_str(), "NOUN" | "PROPN");
    if !words[to].form.eq_ignore_ascii_case("to") || !nominal || !writes(&words[verb]) {
        return None;
    }
    // the noun's own words lie between the two: "to [the Pacific Islands] Forum asking"
    let within = |k: usize| (to + 1..=subject).contains(&(words[k].head as usize).wrapping_sub(1));
    if !(to + 1..subject).all(within) || verb > to {
        return None;
    }
    let mut out = super::reattached(words, subject, verb, "obl");
    out[to].head = subject as u32 + 1;
    out[to].deprel = "case".into();
    Some(out)
}

/// (note, handing verb), 0-based: a message noun with an appeal or other clause of its own
/// (`acl`), parsed as the `obj` or `appos` of the handing verb's nominal object ("handed the
/// Dutch minister a letter asking …"). A noun has no object, and an indefinite document
/// does not rename a person: the note is the verb's second object.
fn note_on_recipient(words: &[Word], n: usize) -> Option<(usize, usize)> {
    let lex = FrameLexicon::builtin().ok()?;
    let (messages, handing) = (&lex.message_noun, &lex.handing_verb);
    let w = &words[n];
    let message = messages.iter().any(|m| w.lemma.eq_ignore_ascii_case(m));
    // the parse also reads it as an apposition of the recipient ("the envoy, a letter")
    let on_noun = matches!(w.deprel.as_str(), "obj" | "appos");
    if !on_noun || !message || !has_dependent(words, n, "acl") {
        return None;
    }
    let recipient = (w.head as usize).checked_sub(1)?;
    let r = &words[recipient];
    let nominal = matches!(r.upos.as_str(), "NOUN" | "PROPN");
    if !nominal || !matches!(r.deprel.as_str(), "obj" | "iobj") || recipient > n {
        return None;
    }
    let verb = (r.head as usize).checked_sub(1)?;
    let v = &words[verb];
    let hands = handing.iter().any(|h| v.lemma.eq_ignore_ascii_case(h));
    (hands && v.upos == "VERB").then_some((n, verb))
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
    writes(&words[verb]).then_some((p, verb))
}

/// A clause of content ("demanding that …"), a prompted party with its infinitive ("asking
/// it to …"), or an appeal verb's "for …" / "on …" ("calling for talks", "asking for
/// clarification").
fn reports_content(words: &[Word], p: usize) -> bool {
    let prompted = (has_dependent(words, p, "obj") || has_dependent(words, p, "obl"))
        && has_dependent(words, p, "xcomp");
    let appeals = FrameLexicon::builtin().map_or(&[][..], |l| &l.appeal_verb[..]);
    let appeal = words[p].form.eq_ignore_ascii_case("calling")
        || appeals
            .iter()
            .any(|a| words[p].lemma.eq_ignore_ascii_case(a));
    let call = appeal
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

    // "Freedonia wrote to the Forum asking it to act ." with "to" as the participle's mark
    const TO_AS_MARK: [(&str, &str, &str, u32, &str); 10] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("wrote", "VBD", "VERB", 0, "root"),
        ("to", "IN", "ADP", 6, "mark"),
        ("the", "DT", "DET", 5, "det"),
        ("Forum", "NNP", "PROPN", 6, "nsubj"),
        ("asking", "VBG", "VERB", 2, "advcl"),
        ("it", "PRP", "PRON", 6, "obj"),
        ("to", "TO", "PART", 9, "mark"),
        ("act", "VB", "VERB", 6, "xcomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn an_addressee_read_as_the_participle_s_subject_is_the_to_oblique() {
        let fixed = written_appeal(&words(&TO_AS_MARK)).expect("repaired");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "obl"));
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (5, "case"));
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "advcl"));
    }

    #[test]
    fn a_subject_of_another_verb_stays() {
        // "Freedonia spoke to the Forum asking it to act": not a letter
        let mut rows = TO_AS_MARK.to_vec();
        rows[1].0 = "spoke";
        assert!(written_appeal(&words(&rows)).is_none());
    }

    // "Freedonia handed the envoy a letter asking him to act ." with the letter on "envoy"
    const NOTE_ON_RECIPIENT: [(&str, &str, &str, u32, &str); 11] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("handed", "VBD", "VERB", 0, "root"),
        ("the", "DT", "DET", 4, "det"),
        ("envoy", "NN", "NOUN", 2, "obj"),
        ("a", "DT", "DET", 6, "det"),
        ("letter", "NN", "NOUN", 4, "obj"),
        ("asking", "VBG", "VERB", 6, "acl"),
        ("him", "PRP", "PRON", 7, "obj"),
        ("to", "TO", "PART", 10, "mark"),
        ("act", "VB", "VERB", 7, "xcomp"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_note_hung_on_its_recipient_is_the_second_object() {
        let mut rows = words(&NOTE_ON_RECIPIENT);
        rows[1].lemma = "hand".into();
        let fixed = written_appeal(&rows).expect("repaired");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "obj"));
    }

    #[test]
    fn a_note_read_as_its_recipient_s_apposition_is_the_second_object() {
        let mut rows = words(&NOTE_ON_RECIPIENT);
        rows[1].lemma = "hand".into();
        rows[5].deprel = "appos".into();
        let fixed = written_appeal(&rows).expect("repaired");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "obj"));
    }

    #[test]
    fn a_noun_that_is_no_message_stays() {
        // "… handed the envoy a rifle asking …": not a document
        let mut rows = words(&NOTE_ON_RECIPIENT);
        rows[1].lemma = "hand".into();
        rows[5].lemma = "rifle".into();
        assert!(written_appeal(&rows).is_none());
    }
}
