//! Distributional word classes for the parser (Koo, Carreras & Collins 2008): a word the
//! treebank saw rarely still shares a class with words it saw often, so attachment
//! weights learned for the class carry over.
//!
//! The table is `data/syntax/clusters.tsv` (`word<TAB>coarse<TAB>fine`, lower-case words,
//! fine ids nested in coarse ones), derived by `scripts/derive_clusters.py` from the
//! static word-piece embeddings of all-MiniLM-L6-v2. It is compiled in beside the model
//! that was trained with it: the parser's cluster features are keyed on these ids, so
//! the table and `model.bin` change together.

use std::sync::OnceLock;

use super::perceptron::{hash_str, FeatMap};

const TABLE: &str = include_str!("../../../data/syntax/clusters.tsv");

/// Class ids above every table id: the shape classes of words not in the table.
const SHAPE_BASE: u32 = 1 << 20;

/// The (coarse, fine) class of a word; `lower` is its lower-case form. A word the table
/// does not hold gets a shape class (digits, capitalised, hyphenated, other) at both
/// granularities, so unknown words of one shape still share weights.
pub fn classes(word: &str, lower: &str) -> (u32, u32) {
    match table().get(&hash_str(lower)) {
        Some(&pair) => pair,
        None => {
            let shape = SHAPE_BASE + shape(word);
            (shape, shape)
        }
    }
}

fn shape(word: &str) -> u32 {
    if word.chars().any(|c| c.is_ascii_digit()) {
        0
    } else if word.contains('-') {
        1
    } else if word.chars().next().is_some_and(char::is_uppercase) {
        2
    } else if word.chars().any(char::is_alphabetic) {
        3
    } else {
        4
    }
}

/// The table keyed by the hash of the lower-case word (already a hash, so the map does
/// not hash it again); malformed rows are skipped (the file is generated, and `tests`
/// check that it parses whole).
fn table() -> &'static FeatMap<(u32, u32)> {
    static TABLE_MAP: OnceLock<FeatMap<(u32, u32)>> = OnceLock::new();
    TABLE_MAP.get_or_init(|| TABLE.lines().filter_map(row).collect())
}

fn row(line: &str) -> Option<(u64, (u32, u32))> {
    let mut cols = line.split('\t');
    let word = cols.next()?;
    let coarse = cols.next()?.parse().ok()?;
    let fine = cols.next()?.parse().ok()?;
    Some((hash_str(word), (coarse, fine)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses_and_fine_ids_nest_in_coarse_ones() {
        let rows: Vec<_> = TABLE.lines().map(row).collect();
        assert!(rows.len() > 10_000);
        let nested = |(c, f): (u32, u32)| f / 4 == c;
        assert!(rows.iter().all(|r| r.is_some_and(|(_, p)| nested(p))));
    }

    #[test]
    fn weekdays_share_a_class_and_unknown_words_get_shapes() {
        assert_eq!(classes("Monday", "monday"), classes("tuesday", "tuesday"));
        assert_ne!(classes("monday", "monday"), classes("of", "of"));
        let unknown = |w: &str| classes(w, &w.to_lowercase());
        assert_eq!(unknown("Zqxvbrt"), unknown("Wqxvbrk"));
        assert_ne!(unknown("Zqxvbrt"), unknown("zqxvbrt"));
        assert_eq!(unknown("12,345x7"), unknown("9x9x9"));
    }
}
