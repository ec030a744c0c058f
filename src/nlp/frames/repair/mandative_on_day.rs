//! A mandative "that" clause after the day that dates a demand: "X demanded on Monday that Y
//! free the crew" parsed with "that" as a pronoun on the day ("Monday that …") and the
//! clause's bare verb read as a noun or an adjective ("release", "free"), so the demand loses
//! its clause and the party it is made of. After a day hung on a demand or appeal verb
//! (`appeal_verb` and `mandative_speech` of `data/lexicon/frames.txt`), "that" followed by a
//! name and a word that can be a bare verb (VB, or misread NN / JJ; no "-s" form, which
//! reports) opens the verb's mandative clause: the name is its subject, the one noun phrase
//! after it its object. A real relative clause of a day has a finite verb ("the day that Y
//! freed them") and is left as it is; so is any clause whose rest is not one noun phrase.
use super::content_on_day::dating;
use super::head_of as head;
use crate::nlp::syntax::Word;

/// Tags the parser gives a bare verb of a mandative clause: its own, or a noun's or an
/// adjective's when it misreads the clause.
const BARE: [&str; 4] = ["VB", "VBP", "NN", "JJ"];

/// Word classes that open the object's noun phrase.
const OBJECT_START: [&str; 6] = ["DET", "NUM", "PROPN", "NOUN", "PRON", "ADJ"];

/// Word classes of the object's head.
const OBJECT_HEAD: [&str; 4] = ["NOUN", "PROPN", "PRON", "NUM"];

/// The repaired sentence, or `None` when no mandative clause hangs on a day.
pub(super) fn mandative_on_day(words: &[Word]) -> Option<Vec<Word>> {
    (1..words.len()).find_map(|t| clause_after(words, t))
}

/// The rebuilt tree when "that" at `t` opens a mandative clause misread after a day.
fn clause_after(words: &[Word], t: usize) -> Option<Vec<Word>> {
    if words[t].form.to_lowercase() != "that" || words[t].deprel == "mark" {
        return None;
    }
    let day = t - 1;
    let verb = head(words, day).filter(|&v| v < day)?;
    if !words[day].deprel.starts_with("obl") || !dating(words, day) || !demand(&words[verb]) {
        return None;
    }
    // the name: capitalised words, whatever their tags ("Equatorial Guinea" with "Guinea" NN)
    let bare = (t + 1..words.len()).find(|&k| !capitalised(&words[k].form))?;
    let subject = bare.checked_sub(1).filter(|&s| s > t)?;
    let next = words.get(bare + 1)?;
    let w = &words[bare];
    let verb_like = BARE.contains(&w.xpos.as_str())
        && w.form.chars().all(|c| c.is_ascii_lowercase())
        && OBJECT_START.contains(&next.upos.as_str());
    if !verb_like {
        return None;
    }
    let (object, conjuncts) = one_object(words, bare)?;
    let mut out = rebuilt(words, (verb, t, subject, bare, object));
    for k in conjuncts {
        out[k].head = verb as u32 + 1;
    }
    Some(out)
}

/// The one noun phrase after the bare verb at `c`: the words after it whose head stands at
/// or before it are that phrase's head and, at most, the sentence's final punctuation and
/// verbs coordinated after it ("…, and summoned Y's envoy"), which are the demand verb's
/// conjuncts. (object, conjuncts)
fn one_object(words: &[Word], c: usize) -> Option<(usize, Vec<usize>)> {
    let last = words.len() - 1;
    let (conjuncts, tops): (Vec<usize>, Vec<usize>) = (c + 1..words.len())
        .filter(|&k| head(words, k).is_none_or(|h| h <= c))
        .filter(|&k| !(k == last && words[k].upos == "PUNCT"))
        .partition(|&k| words[k].upos == "VERB" && words[k].deprel == "conj");
    match tops.as_slice() {
        [o] if OBJECT_HEAD.contains(&words[*o].upos.as_str()) => Some((*o, conjuncts)),
        _ => None,
    }
}

/// The tree with the clause rebuilt: the bare verb the demand verb's `ccomp`, "that" its
/// mark, the name its subject (the name's other words on it), the noun phrase its object.
fn rebuilt(
    words: &[Word],
    (verb, t, subject, c, object): (usize, usize, usize, usize, usize),
) -> Vec<Word> {
    let mut out = words.to_vec();
    let on = |i: usize| i as u32 + 1;
    out[c].upos = "VERB".into();
    out[c].xpos = "VB".into();
    out[c].lemma = words[c].form.to_lowercase();
    out[c].head = on(verb);
    out[c].deprel = "ccomp".into();
    out[t].upos = "SCONJ".into();
    out[t].xpos = "IN".into();
    out[t].head = on(c);
    out[t].deprel = "mark".into();
    out[subject].head = on(c);
    out[subject].deprel = "nsubj".into();
    let outside = |k: usize| head(words, k).is_none_or(|h| h <= t || h > subject);
    for k in (t + 1..subject).filter(|&k| outside(k)) {
        out[k].head = on(subject);
        out[k].deprel = "compound".into();
    }
    out[object].head = on(c);
    out[object].deprel = "obj".into();
    out
}

fn capitalised(form: &str) -> bool {
    form.chars().next().is_some_and(char::is_uppercase)
}

/// A verb whose "that" clause with a bare verb is a demand: an appeal verb ("demanded",
/// "urged", "asked") or a mandative speech verb ("insisted").
fn demand(w: &Word) -> bool {
    static LEMMAS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let lemmas = LEMMAS.get_or_init(|| {
        let frames = include_str!("../../../../data/lexicon/frames.txt");
        let line = |name| crate::nlp::lexicon::cue_line(frames, name).unwrap_or_default();
        let mut all = line("appeal_verb");
        all.extend(line("mandative_speech"));
        all
    });
    w.upos == "VERB" && lemmas.contains(&w.lemma.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    type Row = (&'static str, &'static str, &'static str, u32, &'static str);

    // "Kenya demanded on Monday that Uganda release 12 fishermen." with the clause on the day
    const ON_DAY: [Row; 10] = [
        ("Kenya", "NNP", "PROPN", 2, "nsubj"),
        ("demanded", "VBD", "VERB", 0, "root"),
        ("on", "IN", "ADP", 4, "case"),
        ("Monday", "NNP", "PROPN", 2, "obl"),
        ("that", "WDT", "PRON", 4, "appos"),
        ("Uganda", "NNP", "PROPN", 7, "nsubj"),
        ("release", "NN", "NOUN", 5, "acl:relcl"),
        ("12", "CD", "NUM", 9, "nummod"),
        ("fishermen", "NNS", "NOUN", 7, "nmod"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    /// The rows as words, with the demand verb's lemma the parser gives.
    fn tree(rows: &[Row]) -> Vec<Word> {
        let mut ws = words(rows);
        if ws[1].form == "demanded" {
            ws[1].lemma = "demand".into();
        }
        ws
    }

    #[test]
    fn a_mandative_clause_on_the_day_goes_to_the_demand_verb() {
        let fixed = mandative_on_day(&tree(&ON_DAY)).expect("repaired");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "ccomp"));
        assert_eq!(fixed[6].xpos, "VB");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (7, "mark"));
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (7, "nsubj"));
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (7, "obj"));
    }

    #[test]
    fn a_finite_verb_or_a_report_verb_is_left_alone() {
        // "the day that Uganda freed them": a real relative clause
        let mut rows = ON_DAY.to_vec();
        rows[6] = ("freed", "VBD", "VERB", 5, "acl:relcl");
        assert!(mandative_on_day(&tree(&rows)).is_none());
        // "said on Monday that …": no demand
        let mut rows = ON_DAY.to_vec();
        rows[1] = ("said", "VBD", "VERB", 0, "root");
        assert!(mandative_on_day(&tree(&rows)).is_none());
    }
}
