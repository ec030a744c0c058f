//! The plural head of a fixed compound read as a present verb: in "urged both member states
//! to resolve the matter" the tagger, which never met "member states" in its treebank, reads
//! "member" as a subject and "states" as its verb, and the parser makes a clause of them, so
//! the appeal has no addressee. A head of `data/syntax/plural_compounds.txt` right after its
//! modifier is a plural noun, whatever the context.
use std::collections::HashSet;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../../data/syntax/plural_compounds.txt");

/// The compounds, as (modifier, head) in lower case.
fn compounds() -> &'static HashSet<(&'static str, &'static str)> {
    static SET: OnceLock<HashSet<(&'static str, &'static str)>> = OnceLock::new();
    SET.get_or_init(|| {
        LIST.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut w = l.split_whitespace();
                Some((w.next()?, w.next()?))
            })
            .collect()
    })
}

/// Positions of listed compound heads tagged as verbs right after their modifier.
pub(super) fn heads(words: &[&str], xpos: &[&str]) -> Vec<usize> {
    (1..xpos.len().min(words.len()))
        // the tag first: it rules out almost every word before any lower-casing
        .filter(|&i| xpos[i].starts_with("VB"))
        .filter(|&i| {
            let pair = (words[i - 1].to_lowercase(), words[i].to_lowercase());
            compounds().contains(&(pair.0.as_str(), pair.1.as_str()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heads_of(text: &str, tags: &str) -> Vec<usize> {
        let words: Vec<&str> = text.split(' ').collect();
        let xpos: Vec<&str> = tags.split(' ').collect();
        heads(&words, &xpos)
    }

    #[test]
    fn a_listed_head_after_its_modifier_is_a_noun() {
        assert_eq!(
            heads_of(
                "The union urged both member states to talk .",
                "DT NN VBD DT NN VBZ TO VB ."
            ),
            vec![5]
        );
        // the verb elsewhere stays a verb
        assert!(heads_of("The report states that", "DT NN VBZ IN").is_empty());
        // already a noun: nothing to fix
        assert!(heads_of("Both member states agreed", "DT NN NNS VBD").is_empty());
    }

    /// Through the tagger: "urged both member states to" keeps "states" a plural noun.
    #[test]
    fn the_tagger_reads_the_head_as_a_plural_noun() {
        let model = super::super::super::builtin().expect("the shipped syntax model loads");
        let words = [
            "The", "bloc", "urged", "both", "member", "states", "to", "talk", ".",
        ];
        let classes = model.tagger.tag(&words);
        assert_eq!(model.tagger.tags[usize::from(classes[5])].1, "NNS");
    }
}
