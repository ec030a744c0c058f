//! Word lists of the whole library, one copy of each word, in `data/lexicon/*.tsv`
//! (`WORD<TAB>USES`, uses comma-separated). Each file names the uses its words serve; a
//! caller asks for the words of one use, once (callers keep the answer in a `OnceLock`).
//! The bottom layer: it imports nothing from the library.

use std::collections::HashSet;

const ORG_WORDS: &str = include_str!("../../data/lexicon/org_words.tsv");
const TITLES: &str = include_str!("../../data/lexicon/titles.tsv");
const PLACE_WORDS: &str = include_str!("../../data/lexicon/place_words.tsv");
const MENTION_WORDS: &str = include_str!("../../data/lexicon/mention_words.tsv");
const TEXT_WORDS: &str = include_str!("../../data/lexicon/text_words.tsv");
const CLOSED_WORDS: &str = include_str!("../../data/lexicon/closed_words.tsv");
const STANCE_WORDS: &str = include_str!("../../data/lexicon/stance_words.tsv");
const BORDER_WORDS: &str = include_str!("../../data/lexicon/border_words.txt");

/// The items of the `name: a | b | c` line of a cue file (`data/lexicon/gate_cues.txt`,
/// `frames.txt`), trimmed, empty ones dropped; `None` when the file has no such line.
pub fn cue_line(src: &str, name: &str) -> Option<Vec<String>> {
    src.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
        .map(cue_items)
}

/// Every `name: a | b | c` line of a cue file, as (name, items), for a file whose names are
/// not known to the caller (`claimed_acts.txt`: one line per act family); comments and blank
/// lines skipped.
pub fn cue_lines(src: &str) -> impl Iterator<Item = (&str, Vec<String>)> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .map(|(name, items)| (name.trim(), cue_items(items)))
}

/// The `|`-separated items of a cue line, trimmed, empty ones dropped.
fn cue_items(items: &str) -> Vec<String> {
    items
        .split('|')
        .map(|i| i.trim().to_string())
        .filter(|i| !i.is_empty())
        .collect()
}

/// The `KIND<TAB>VALUE` rows of a word file whose first column names each word's kind
/// (`deployment_words.tsv`, `labour_strike.tsv`), trimmed; comments and blank lines skipped.
pub fn kind_rows(src: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(kind, value)| (kind, value.trim()))
}

/// The first three tab-separated columns of each row of a table whose rows name a word and
/// two codes (`data/actors/twin_names.tsv`, `bare_names.tsv`, `elliptical_states.tsv`),
/// trimmed; comments, blank lines and shorter rows skipped.
pub fn triple_rows(
    src: &'static str,
) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    src.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t').map(str::trim);
            Some((cols.next()?, cols.next()?, cols.next()?))
        })
}

/// The entries of a one-a-line word file (`sufferer_words.txt`, `account_demands.txt`),
/// trimmed; comments and blank lines skipped.
pub fn line_set(src: &'static str) -> HashSet<&'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Words that name a border between states (`data/lexicon/border_words.txt`, one a line).
pub fn border_words() -> Vec<&'static str> {
    BORDER_WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// A word list of `data/lexicon/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    OrgWords,
    Titles,
    PlaceWords,
    /// Function and cue words of the mention finder.
    MentionWords,
    /// Abbreviations and sentence starters of the text layer.
    TextWords,
    /// Closed-class words of the event coder's tokenizer.
    ClosedWords,
    /// Tone, relational, editorial and attribution words of the stance layer.
    StanceWords,
}

impl List {
    fn source(self) -> &'static str {
        match self {
            List::OrgWords => ORG_WORDS,
            List::Titles => TITLES,
            List::PlaceWords => PLACE_WORDS,
            List::MentionWords => MENTION_WORDS,
            List::TextWords => TEXT_WORDS,
            List::ClosedWords => CLOSED_WORDS,
            List::StanceWords => STANCE_WORDS,
        }
    }

    /// The words of this list that serve `usage` ("name-tail", "entry-type", "core"…).
    pub fn words(self, usage: &str) -> Vec<&'static str> {
        self.source()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, uses)| uses.split(',').any(|u| u.trim() == usage))
            .map(|(w, _)| w)
            .collect()
    }

    /// The words serving `usage` as a set, for the membership tests most passes make.
    pub fn set(self, usage: &str) -> HashSet<&'static str> {
        self.words(usage).into_iter().collect()
    }

    /// The words of this list that serve any of `usages`.
    pub fn words_of(self, usages: &[&str]) -> Vec<&'static str> {
        usages.iter().flat_map(|u| self.words(u)).collect()
    }
}

/// The words serving `usage` in any of `lists` (a use such as "human-head" spans the
/// title, organisation and mention files: each word sits in the file of its kind).
pub fn words_in(lists: &[List], usage: &str) -> Vec<&'static str> {
    lists.iter().flat_map(|l| l.words(usage)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_by_use() {
        let tail = List::OrgWords.words("name-tail");
        assert!(tail.contains(&"ministry") && tail.contains(&"operations"));
        // "kingdom" types a dictionary entry but never ends an organisation name
        assert!(!tail.contains(&"kingdom"));
        assert!(List::OrgWords.words("entry-type").contains(&"kingdom"));
        assert!(List::Titles.words("core").contains(&"president"));
        assert!(List::PlaceWords.words("name-tail").contains(&"strip"));
        assert!(List::MentionWords.words("not-acronym").contains(&"GDP"));
        assert!(List::TextWords.words("sentence-starter").contains(&"The"));
    }

    const ALL: [List; 7] = [
        List::OrgWords,
        List::Titles,
        List::PlaceWords,
        List::MentionWords,
        List::TextWords,
        List::ClosedWords,
        List::StanceWords,
    ];

    #[test]
    fn every_row_has_a_use_declared_in_its_header() {
        for list in ALL {
            let header: String = list
                .source()
                .lines()
                .filter(|l| l.starts_with('#'))
                .collect();
            for line in list
                .source()
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
            {
                let (word, uses) = line.split_once('\t').expect("WORD<TAB>USES");
                for u in uses.split(',') {
                    assert!(
                        header.contains(&format!(" {u} ")),
                        "{list:?}: {word}: undeclared use {u}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_word_has_one_row_per_file() {
        for list in ALL {
            let mut seen = std::collections::HashSet::new();
            for line in list
                .source()
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
            {
                let word = line.split('\t').next().unwrap_or("");
                assert!(seen.insert(word), "{list:?}: {word} twice");
            }
        }
    }
}
