//! Word lists shared by the gazetteer and the entity recogniser, one copy each, in
//! `data/lexicon/*.tsv` (`WORD<TAB>USES`, uses comma-separated). Each list names the uses
//! its words serve; a caller asks for the words of one use.

const ORG_WORDS: &str = include_str!("../../data/lexicon/org_words.tsv");
const TITLES: &str = include_str!("../../data/lexicon/titles.tsv");
const PLACE_WORDS: &str = include_str!("../../data/lexicon/place_words.tsv");

/// A word list of `data/lexicon/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    OrgWords,
    Titles,
    PlaceWords,
}

impl List {
    fn source(self) -> &'static str {
        match self {
            List::OrgWords => ORG_WORDS,
            List::Titles => TITLES,
            List::PlaceWords => PLACE_WORDS,
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
    }
}
