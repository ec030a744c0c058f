//! A counted group broken down by nationality in apposition: "police held five foreign
//! nationals, three Ruritanians and two Sylvanians, at a rally". The parser reads the
//! breakdown as a list joined to whatever is near (the first member as a conjunct of the
//! group noun, the last as a conjunct of the verb), so the group yields only the first
//! member's party. The shape is plain on the surface: a counted plural common noun, a comma,
//! then capitalised plural nouns each with its own count, the last after "and" / "or", and
//! the breakdown closed by a comma or the sentence's end. The repair hangs the first member
//! on the group noun as its `appos` and every later member on the first as a `conj`, so that
//! each member is a party of its own. A list of plain nouns ("five students, three women
//! and two men") or of capitalised groups with no common noun before them ("three
//! Ruritanians, two Sylvanians and four Freedonians") is not a breakdown and stays.
use super::appositive_list::under;
use crate::nlp::syntax::Word;

/// The repaired sentence, or `None` when no counted breakdown follows a counted group.
pub(super) fn counted_list(words: &[Word]) -> Option<Vec<Word>> {
    (0..words.len()).find_map(|n| {
        let members = breakdown(words, n)?;
        // re-hanging a member over the group noun inside its own subtree would loop
        if members.iter().any(|&m| under(words, n, m as u32 + 1)) {
            return None;
        }
        Some(rehung(words, n, &members))
    })
}

/// The members (0-based indices of their nouns) of a breakdown after group noun `n`.
fn breakdown(words: &[Word], n: usize) -> Option<Vec<usize>> {
    let group = &words[n];
    let lower_plural = group.upos == "NOUN" && group.xpos == "NNS" && !capitalised(group);
    if !lower_plural || !counted(words, n) || words.get(n + 1)?.form != "," {
        return None;
    }
    let mut members = Vec::new();
    let mut k = n + 2;
    let mut joined = false;
    while !joined {
        let noun = k + 1;
        let member = words.get(noun)?;
        if words[k].upos != "NUM" || !capitalised(member) || !plural(member) {
            return None;
        }
        members.push(noun);
        let form = |i: usize| words.get(i).map_or("", |w| w.form.as_str());
        k = match (form(noun + 1), form(noun + 2)) {
            (",", "and" | "or") => noun + 3,
            (",", _) => noun + 2,
            ("and" | "or", _) => noun + 2,
            _ => return None,
        };
        joined = matches!(form(k - 1), "and" | "or");
    }
    // the member after "and" / "or" closes the list
    let last = k + 1;
    let closes = words.get(k).is_some_and(|w| w.upos == "NUM")
        && words.get(last).is_some_and(|w| capitalised(w) && plural(w));
    if !closes {
        return None;
    }
    members.push(last);
    ends(words, &members).then_some(members)
}

/// The breakdown is closed by a comma or the sentence's end.
fn ends(words: &[Word], members: &[usize]) -> bool {
    let after = members[members.len() - 1] + 1;
    words
        .get(after)
        .is_none_or(|w| matches!(w.form.as_str(), "," | "." | ";"))
}

/// Word `n` has a number of its own ("five foreign nationals").
fn counted(words: &[Word], n: usize) -> bool {
    let me = n as u32 + 1;
    words[..n]
        .iter()
        .rev()
        .take(3)
        .any(|w| w.upos == "NUM" && w.head == me)
}

fn capitalised(w: &Word) -> bool {
    w.form.chars().next().is_some_and(char::is_uppercase)
}

fn plural(w: &Word) -> bool {
    matches!(w.xpos.as_str(), "NNS" | "NNPS")
}

/// The tree with the first member as the group's `appos`, the others as its conjuncts, and
/// each count, comma and conjunction on its own member.
fn rehung(words: &[Word], n: usize, members: &[usize]) -> Vec<Word> {
    let mut out = words.to_vec();
    let first = members[0] as u32 + 1;
    for (i, &m) in members.iter().enumerate() {
        let (head, rel) = if i == 0 {
            (n as u32 + 1, "appos")
        } else {
            (first, "conj")
        };
        out[m].head = head;
        out[m].deprel = rel.into();
        out[m - 1].head = m as u32 + 1;
        out[m - 1].deprel = "nummod".into();
        if i > 0 {
            for w in &mut out[members[i - 1] + 1..m - 1] {
                w.head = m as u32 + 1;
                w.deprel = if w.form == "," { "punct" } else { "cc" }.into();
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Police held five foreign nationals, three Ruritanians and two Sylvanians, at a rally."
    // as the parser reads it: the first member a conjunct of the group, the last of the verb.
    const HELD: [(&str, &str, &str, u32, &str); 16] = [
        ("Police", "NNS", "NOUN", 2, "nsubj"),
        ("held", "VBD", "VERB", 0, "root"),
        ("five", "CD", "NUM", 5, "nummod"),
        ("foreign", "JJ", "ADJ", 5, "amod"),
        ("nationals", "NNS", "NOUN", 2, "obj"),
        (",", ",", "PUNCT", 8, "punct"),
        ("three", "CD", "NUM", 8, "nummod"),
        ("Ruritanians", "NNS", "NOUN", 5, "conj"),
        ("and", "CC", "CCONJ", 11, "cc"),
        ("two", "CD", "NUM", 11, "nummod"),
        ("Sylvanians", "NNPS", "PROPN", 2, "conj"),
        (",", ",", "PUNCT", 15, "punct"),
        ("at", "IN", "ADP", 15, "case"),
        ("a", "DT", "DET", 15, "det"),
        ("rally", "NN", "NOUN", 2, "obl"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn each_counted_member_hangs_on_the_group() {
        let fixed = counted_list(&words(&HELD)).expect("repaired");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (5, "appos"));
        assert_eq!((fixed[10].head, fixed[10].deprel.as_str()), (8, "conj"));
        assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (11, "cc"));
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (11, "nummod"));
        assert_eq!(fixed[14].head, 2);
    }

    #[test]
    fn plain_nouns_or_a_list_of_peoples_are_no_breakdown() {
        // "Police held five students, three women and two men."
        let mut rows = HELD;
        rows[3] = ("young", "JJ", "ADJ", 5, "amod");
        rows[4] = ("students", "NNS", "NOUN", 2, "obj");
        rows[7] = ("women", "NNS", "NOUN", 5, "conj");
        rows[10] = ("men", "NNS", "NOUN", 2, "conj");
        assert!(counted_list(&words(&rows)).is_none());
        // "Police held five Freedonians, three Ruritanians and two Sylvanians": a list.
        let mut rows = HELD;
        rows[4] = ("Freedonians", "NNPS", "PROPN", 2, "obj");
        assert!(counted_list(&words(&rows)).is_none());
        // members with no count of their own: "nationals, Ruritanians and Sylvanians"
        let mut rows = HELD;
        rows[6] = ("all", "DT", "DET", 8, "det");
        assert!(counted_list(&words(&rows)).is_none());
    }
}
