//! Which verb phrases the parse reads as attributes of a noun, so that they end no
//! pattern window.
//!
//! A dictionary pattern's elements after the verb are read up to the next verb phrase
//! (`clause_bounds`). A participle or adjective before its noun ("transferred 12 suspected
//! traffickers", "closed its three remaining crossings") is no clause of its own but a part
//! of the object, and the window passes it. A participle after its noun or one that starts
//! a clause is left to the rules that were there (`Vp::modifier`, the clause bounds).
//! Likewise a subordinator word that the parse reads as a preposition before a noun phrase
//! ("held villagers as human shields", "described the raid as an act of war") starts no
//! clause, and the dictionaries' "* (AS …)" patterns read past it.
use super::*;

/// How far an attribute may stand before its noun ("its three remaining border crossings").
const MAX_ATTR_SPAN: usize = 4;

/// Per verb phrase of `vps`: the parse reads it as an attribute of a noun after it.
pub(super) fn attributive_phrases(words: &[syntax::Word], toks: &[Tok], vps: &[Vp]) -> Vec<bool> {
    let heads = syntax::head_indices(words);
    vps.iter()
        .map(|vp| {
            single_word(vp)
                && words
                    .iter()
                    .position(|w| w.start == toks[vp.start].span.start)
                    .is_some_and(|w| attributive(words, &heads, w))
        })
        .collect()
}

/// The `stative_participle` list of `data/lexicon/frames.txt`.
fn stative_participles() -> &'static [String] {
    static LIST: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        crate::nlp::lexicon::cue_line(
            include_str!("../../../data/lexicon/frames.txt"),
            "stative_participle",
        )
        .unwrap_or_default()
    })
}

/// Per verb phrase of `vps`: an attribute (`attributive`) that names a state, no act ("an
/// armed group", "the disputed border"); it is no predicate and codes no event.
pub(super) fn stative_attributes(
    words: &[syntax::Word],
    toks: &[Tok],
    vps: &[Vp],
    attributive: &[bool],
) -> Vec<bool> {
    let list = stative_participles();
    vps.iter()
        .zip(attributive)
        .map(|(vp, &attr)| {
            attr && words
                .iter()
                .find(|w| w.start == toks[vp.start].span.start)
                .is_some_and(|w| list.iter().any(|l| w.form.eq_ignore_ascii_case(l)))
        })
        .collect()
}

/// Per token of `toks`: a word the parse reads as a preposition (`case`) before a noun
/// phrase, though the word list makes it a subordinator ("as"): it ends no window.
pub(super) fn prepositional_subordinators(words: &[syntax::Word], toks: &[Tok]) -> Vec<bool> {
    toks.iter()
        .map(|t| {
            t.is(SUBORD)
                && words
                    .iter()
                    .find(|w| w.start == t.span.start)
                    .is_some_and(|w| base_rel(w) == "case")
        })
        .collect()
}

/// A phrase of one bare word: no auxiliary, no control verb, no particle.
fn single_word(vp: &Vp) -> bool {
    vp.end == vp.start + 1 && vp.aux_start == vp.start && vp.control.is_none()
}

fn base_rel(w: &syntax::Word) -> &str {
    w.deprel.split(':').next().unwrap_or(&w.deprel)
}

/// Word `w` is a participle or adjective that modifies a noun after it, and every word
/// between them belongs to that noun ("three remaining border crossings"). The parse hangs
/// a gerund inside a compound noun on its head as a `compound` ("a data sharing
/// agreement"): it is as much a part of the noun.
fn attributive(words: &[syntax::Word], heads: &[Option<usize>], w: usize) -> bool {
    let tagged = matches!(words[w].xpos.as_str(), "VBN" | "VBG" | "JJ");
    let Some(noun) = heads[w].filter(|&h| h > w && h - w <= MAX_ATTR_SPAN) else {
        return false;
    };
    tagged
        && matches!(base_rel(&words[w]), "amod" | "compound")
        && matches!(words[noun].upos.as_str(), "NOUN" | "PROPN")
        && (w + 1..noun).all(|k| heads[k] == Some(noun))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A parse from (form, xpos, head, deprel) rows, heads numbered from 1.
    fn parse(rows: &[(&str, &str, u32, &str)]) -> Vec<syntax::Word> {
        let rows: Vec<_> = rows
            .iter()
            .map(|&(form, xpos, head, deprel)| {
                let upos = match xpos {
                    "NN" | "NNS" => "NOUN",
                    "VBD" | "VBN" | "VBG" | "VB" => "VERB",
                    "JJ" => "ADJ",
                    _ => "X",
                };
                (form, xpos, upos, head, deprel)
            })
            .collect();
        syntax::test_words(&rows)
    }

    #[test]
    fn a_participle_before_its_noun_is_an_attribute() {
        // "closed its three remaining border crossings"
        let w = parse(&[
            ("closed", "VBD", 0, "root"),
            ("its", "PRP$", 6, "nmod:poss"),
            ("three", "CD", 6, "nummod"),
            ("remaining", "VBG", 6, "amod"),
            ("border", "NN", 6, "compound"),
            ("crossings", "NNS", 1, "obj"),
        ]);
        assert!(attributive(&w, &syntax::head_indices(&w), 3));
    }

    #[test]
    fn a_gerund_in_a_compound_noun_is_an_attribute() {
        // "signed a data sharing agreement"
        let w = parse(&[
            ("signed", "VBD", 0, "root"),
            ("a", "DT", 5, "det"),
            ("data", "NN", 4, "compound"),
            ("sharing", "VBG", 5, "compound"),
            ("agreement", "NN", 1, "obj"),
        ]);
        assert!(attributive(&w, &syntax::head_indices(&w), 3));
    }

    #[test]
    fn a_participle_after_its_noun_starts_a_clause() {
        // "expelled diplomats accused of spying"
        let w = parse(&[
            ("expelled", "VBD", 0, "root"),
            ("diplomats", "NNS", 1, "obj"),
            ("accused", "VBN", 2, "acl"),
            ("of", "IN", 4, "mark"),
            ("spying", "VBG", 3, "advcl"),
        ]);
        assert!(!attributive(&w, &syntax::head_indices(&w), 2));
    }
}
