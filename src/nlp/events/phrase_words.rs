//! The word lists the verb-phrase coder reads around a dictionary verb
//! (`data/lexicon/phrase_words.txt`), interned in the verb dictionary's word ids.
use super::Control;
use crate::nlp::lexicon::cue_line;
use crate::nlp::verbs::{FastMap, VerbDictionary};
use crate::nlp::NlpError;

pub(super) const LISTS: &str = include_str!("../../../data/lexicon/phrase_words.txt");

/// The lists of control verbs, in the order a word in two of them is decided (the later).
const CONTROL_LISTS: [(&str, Control); 7] = [
    ("refuse", Control::Refuse),
    ("fail", Control::Fail),
    ("threaten", Control::Threaten),
    ("commit", Control::Commit),
    ("intend", Control::Intend),
    ("decide", Control::Decide),
    ("aspect", Control::Aspect),
];

fn list(name: &str) -> Result<Vec<String>, NlpError> {
    cue_line(LISTS, name).ok_or_else(|| NlpError::BuiltinData {
        name: "data/lexicon/phrase_words.txt",
        message: format!("no `{name}:` line"),
    })
}

/// Every form of every control verb, by word id: "lemma/irregular/…" items give the
/// lemma's regular forms and the irregular ones.
pub(super) fn control_verbs(dict: &mut VerbDictionary) -> Result<FastMap<u32, Control>, NlpError> {
    let mut control = FastMap::default();
    for (name, kind) in CONTROL_LISTS {
        for item in list(name)? {
            let mut parts = item.split('/');
            let lemma = parts.next().unwrap_or_default();
            let mut forms = crate::nlp::verbs::regular_forms(lemma);
            forms.extend(parts.map(str::to_string));
            for f in forms {
                control.insert(dict.intern_word(&f), kind);
            }
        }
    }
    Ok(control)
}

/// Every form of every verb of list `name` ("lemma/irregular/…" items, as the control lists).
pub(super) fn verb_form_ids(dict: &mut VerbDictionary, name: &str) -> Result<Vec<u32>, NlpError> {
    let mut out = Vec::new();
    for item in list(name)? {
        let mut parts = item.split('/');
        let lemma = parts.next().unwrap_or_default();
        let mut forms = crate::nlp::verbs::regular_forms(lemma);
        forms.extend(parts.map(str::to_string));
        out.extend(forms.iter().map(|f| dict.intern_word(f)));
    }
    Ok(out)
}

/// The word ids of one plain list.
pub(super) fn word_ids(dict: &mut VerbDictionary, name: &str) -> Result<Vec<u32>, NlpError> {
    Ok(list(name)?.iter().map(|w| dict.intern_word(w)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_verbs_cover_regular_and_irregular_forms() {
        let mut dict = VerbDictionary::from_petrarch("t.verbs.txt", "").unwrap();
        let control = control_verbs(&mut dict).unwrap();
        let kind = |w: &str| control.get(&dict.word_id(w)).copied();
        assert_eq!(kind("refusing"), Some(Control::Refuse));
        assert_eq!(kind("began"), Some(Control::Aspect));
        assert_eq!(kind("sought"), Some(Control::Intend));
        assert_eq!(kind("decided"), Some(Control::Decide));
        assert_eq!(kind("undertook"), Some(Control::Commit));
        assert_eq!(kind("said"), None);
        assert!(!word_ids(&mut dict, "force").unwrap().is_empty());
        let cancel = verb_form_ids(&mut dict, "cancel").unwrap();
        for w in ["suspended", "cancelled", "postponing", "halts"] {
            assert!(cancel.contains(&dict.word_id(w)), "{w}");
        }
        assert!(!cancel.contains(&dict.word_id("concluded")));
        assert!(word_ids(&mut dict, "no_such_list").is_err());
    }
}
