//! A multi-word synset item before the verb, joined by `_` to the next element
//! (`PLAINLY_&HEDGE_AGAIN *`): read backward, the item must end right before that element,
//! wherever it starts, and a word between them still breaks the join.

use super::tests::{run_with_verbs, triples};
use super::*;
use EntityType::*;

/// Codes `text` with the built-in dictionaries plus one operator verb file `dict`.
fn code_with(dict: &str, name: &str, text: &str) -> Vec<(String, String, String)> {
    let actors = [("Peru", "PER", Location), ("Chile", "CHL", Location)];
    triples(&run_with_verbs(
        dict,
        &format!("syngap-{name}"),
        text,
        &actors,
    ))
}

/// A hedged refusal to quarrel: the longest chain codes 125, the looser one 124.
const QUARREL: &str = "&HEDGE\n+SURELY DID NOT\n+WILL NOT\n\n\
--- QUARREL [120] ---\nQUARREL\n\
- PLAINLY_&HEDGE_AGAIN * WITH +  [125]\n\
- &HEDGE AGAIN * WITH +  [124]\n\
- * WITH +  [121]\n";

fn coded(tr: &[(String, String, String)], code: &str) -> bool {
    tr.iter()
        .any(|x| x.0 == "PER" && x.1 == "CHL" && x.2 == code)
}

#[test]
fn a_two_word_item_joined_on_both_sides_codes_the_longest_pattern() {
    let tr = code_with(
        QUARREL,
        "two",
        "Peru plainly will not again quarrel with Chile.",
    );
    assert!(coded(&tr, "125"), "{tr:?}");
    assert!(!coded(&tr, "124"), "{tr:?}");
}

#[test]
fn a_three_word_item_joined_on_both_sides_codes_the_longest_pattern() {
    let tr = code_with(
        QUARREL,
        "three",
        "Peru plainly surely did not again quarrel with Chile.",
    );
    assert!(coded(&tr, "125"), "{tr:?}");
}

#[test]
fn a_word_between_the_item_and_the_next_element_breaks_the_join() {
    // "now" stands between the item and "again": the `_` join does not hold, whatever
    // else codes the phrase.
    let tr = code_with(
        QUARREL,
        "between",
        "Peru plainly will not now again quarrel with Chile.",
    );
    assert!(!coded(&tr, "125"), "{tr:?}");
}
