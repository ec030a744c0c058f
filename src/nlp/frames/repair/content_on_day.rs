//! A speech verb's content clause hung on the day that dates the report: "X said on Friday
//! it had expelled …" or "X said Friday it had …" parsed with the content as a relative
//! clause of the day (the day read as an `obl`, or as a second subject of the speech verb).
//! A relative clause of a day opens with a relative word ("Friday, when …", "the day that
//! …"); one whose own subject follows the day at once, with no relative word and no
//! subordinator, is what was said, and becomes the speech verb's `ccomp`. The parse may
//! also take the clause as the content but hang its subject on the day ("it" as a modifier
//! of "Friday"): a content verb with no subject of its own takes that word back. The days are the
//! `news_day` list of `data/lexicon/frames.txt`, with a `time_span` after one ("on Friday
//! evening"); the speech verbs, the `speech` forms of `closed_words.tsv`.
use super::has_dependent;
use crate::nlp::lexicon::List;
use crate::nlp::syntax::Word;

/// Words that open a real relative clause or a clause of time after a day.
const RELATIVE: [&str; 6] = ["that", "which", "who", "when", "where", "whose"];

/// The repaired sentence, or `None` when no content clause hangs on a day.
pub(super) fn content_on_day(words: &[Word]) -> Option<Vec<Word>> {
    if let Some((clause, speech)) = (0..words.len()).find_map(|v| misread(words, v)) {
        return Some(super::reattached(words, clause, speech, "ccomp"));
    }
    let (subject, verb, day) = (0..words.len()).find_map(|v| subject_on_day(words, v))?;
    let mut out = words.to_vec();
    out[subject].head = verb as u32 + 1;
    out[subject].deprel = "nsubj".into();
    if out[day].head as usize == verb + 1 {
        // the day read as the content's subject dates the report
        out[day].head = words[verb].head;
        out[day].deprel = "obl:tmod".into();
    }
    Some(out)
}

/// (the subject, the content verb, the day) when content verb `v` of a speech verb has no
/// subject but the report's day and the word right after the day, hung on the day, stands
/// before it with only its auxiliaries between ("said on Friday it had expelled", "said
/// Friday it had expelled" with "Friday" read as the content's subject).
fn subject_on_day(words: &[Word], v: usize) -> Option<(usize, usize, usize)> {
    let w = &words[v];
    let speech = (w.head as usize).checked_sub(1).filter(|&s| s < v)?;
    if w.deprel != "ccomp" || !speech_form(&words[speech].form) || has_dependent(words, v, "mark") {
        return None;
    }
    let day = (speech + 1..v).find(|&d| {
        let on_speech = words[d].head as usize == speech + 1 && words[d].deprel.starts_with("obl");
        let as_subject = words[d].head as usize == v + 1 && words[d].deprel == "nsubj";
        (on_speech || as_subject) && dating(words, d)
    })?;
    let other_subject = (0..words.len()).any(|k| {
        k != day && words[k].head as usize == v + 1 && words[k].deprel.starts_with("nsubj")
    });
    let subject = day + 1;
    let loose = words[subject].head as usize == day + 1
        && matches!(words[subject].upos.as_str(), "PRON" | "PROPN" | "NOUN")
        && !RELATIVE.contains(&words[subject].form.to_lowercase().as_str());
    let only_aux = (subject + 1..v).all(|k| {
        words[k].head as usize == v + 1 && matches!(words[k].deprel.as_str(), "aux" | "advmod")
    });
    (loose && only_aux && !other_subject).then_some((subject, v, day))
}

/// (the clause's verb, the speech verb) when verb `v` is a content clause read as a
/// relative clause of the report's day.
fn misread(words: &[Word], v: usize) -> Option<(usize, usize)> {
    let w = &words[v];
    if w.deprel != "acl:relcl" || has_dependent(words, v, "mark") {
        return None;
    }
    let day = (w.head as usize).checked_sub(1).filter(|&d| d < v)?;
    if !dating(words, day) {
        return None;
    }
    let speech = (words[day].head as usize)
        .checked_sub(1)
        .filter(|&s| s < day)?;
    let rel = words[day].deprel.split(':').next().unwrap_or("");
    let second_subject = rel == "nsubj"
        && (0..speech).any(|k| words[k].head as usize == speech + 1 && words[k].deprel == "nsubj");
    if !(rel == "obl" || second_subject) || !speech_form(&words[speech].form) {
        return None;
    }
    // the clause's own subject right after the day, no relative word
    let subject = day + 1;
    let own = words[subject].head as usize == v + 1
        && words[subject].deprel.starts_with("nsubj")
        && !RELATIVE.contains(&words[subject].form.to_lowercase().as_str());
    own.then_some((v, speech))
}

/// Word `d` names a news day ("Friday", "on Friday evening": the span with a day on it).
pub(super) fn dating(words: &[Word], d: usize) -> bool {
    let (days, spans, _) = lists();
    let lower = words[d].form.to_lowercase();
    if days.contains(&lower) {
        return true;
    }
    spans.contains(&lower)
        && (0..d).any(|k| {
            words[k].head as usize == d + 1 && days.contains(&words[k].form.to_lowercase())
        })
}

fn speech_form(form: &str) -> bool {
    lists().2.contains(&form.to_lowercase().as_str())
}

/// The `news_day` and `time_span` lists and the speech verb forms.
fn lists() -> &'static (Vec<String>, Vec<String>, Vec<&'static str>) {
    type Lists = (Vec<String>, Vec<String>, Vec<&'static str>);
    static LISTS: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        let frames = include_str!("../../../../data/lexicon/frames.txt");
        let line = |name| crate::nlp::lexicon::cue_line(frames, name).unwrap_or_default();
        (
            line("news_day"),
            line("time_span"),
            List::ClosedWords.words("speech"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Freedonia said on Friday it had expelled two envoys." with the content on the day
    const ON_DAY: [(&str, &str, &str, u32, &str); 10] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("said", "VBD", "VERB", 0, "root"),
        ("on", "IN", "ADP", 4, "case"),
        ("Friday", "NNP", "PROPN", 2, "obl"),
        ("it", "PRP", "PRON", 7, "nsubj"),
        ("had", "VBD", "AUX", 7, "aux"),
        ("expelled", "VBN", "VERB", 4, "acl:relcl"),
        ("two", "CD", "NUM", 9, "nummod"),
        ("envoys", "NNS", "NOUN", 7, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_content_clause_on_the_day_of_the_report_goes_to_the_speech_verb() {
        let fixed = content_on_day(&words(&ON_DAY)).expect("repaired");
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "ccomp"));
        // "said Friday it had …" with the day read as a second subject
        let mut rows = ON_DAY.to_vec();
        rows.remove(2);
        rows = rows
            .into_iter()
            .map(|(f, x, u, h, r)| (f, x, u, if h > 2 { h - 1 } else { h }, r))
            .collect();
        rows[2].4 = "nsubj";
        let fixed = content_on_day(&words(&rows)).expect("repaired");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "ccomp"));
    }

    #[test]
    fn a_content_subject_hung_on_the_day_goes_back_to_its_verb() {
        let mut rows = ON_DAY.to_vec();
        rows[4].3 = 4;
        rows[4].4 = "nmod:unmarked";
        rows[6].3 = 2;
        rows[6].4 = "ccomp";
        let fixed = content_on_day(&words(&rows)).expect("repaired");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (7, "nsubj"));
        // "said Friday it had …" with the day read as the content's subject
        let mut bare = rows.clone();
        bare[3].3 = 7;
        bare[3].4 = "nsubj";
        let fixed = content_on_day(&words(&bare)).expect("repaired");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (7, "nsubj"));
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (2, "obl:tmod"));
        // a content verb with a subject of its own keeps it
        rows.insert(6, ("Freedonia", "NNP", "PROPN", 8, "nsubj"));
        let rows: Vec<_> = rows
            .into_iter()
            .enumerate()
            .map(|(i, (f, x, u, h, r))| (f, x, u, if i != 6 && h > 6 { h + 1 } else { h }, r))
            .collect();
        assert!(content_on_day(&words(&rows)).is_none());
    }

    #[test]
    fn a_real_clause_of_the_day_stays() {
        // "… said on Friday, when it had expelled …": a relative word opens it
        let mut rows = ON_DAY.to_vec();
        rows[4].0 = "when";
        rows[4].4 = "advmod";
        assert!(content_on_day(&words(&rows)).is_none());
        // a verb of no speech: "met on Friday it had …" is left to the parse
        let mut rows = ON_DAY.to_vec();
        rows[1].0 = "met";
        assert!(content_on_day(&words(&rows)).is_none());
        // a day that is no news day
        let mut rows = ON_DAY.to_vec();
        rows[3].0 = "Paris";
        assert!(content_on_day(&words(&rows)).is_none());
    }
}
