//! Dashes between phrases. Wire copy opens with a dateline and a long dash ("TOWN (Agency)
//! — The ministers met …"); a tagger that reads word classes may score that dash as a
//! preposition, and the parser then hangs the sentence's subject on the town name. In UD
//! English-EWT a long dash, an en dash or a run of hyphens is always punctuation, so the
//! tagger gives such a token only a punctuation class. A single hyphen-minus stays open:
//! in ranges ("5-6") the treebank tags it as a symbol.

/// The dash characters: hyphen-minus, hyphen, non-breaking hyphen, figure, en, em and
/// horizontal bar.
const DASHES: [char; 7] = [
    '-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}',
];

/// Is `word` a dash between phrases: only dash characters, and not a lone hyphen-minus?
pub(super) fn is_phrase_dash(word: &str) -> bool {
    word != "-" && !word.is_empty() && word.chars().all(|c| DASHES.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dashes_and_runs_of_hyphens_are_phrase_dashes() {
        for w in ["\u{2014}", "\u{2013}", "--", "---", "\u{2015}"] {
            assert!(is_phrase_dash(w), "{w}");
        }
    }

    #[test]
    fn a_lone_hyphen_words_and_other_marks_are_not() {
        for w in ["-", "", "well-known", "—and", ":", ",", "to"] {
            assert!(!is_phrase_dash(w), "{w}");
        }
    }
}
