//! The bare verb of a mandative "that" clause. After "demanded that" English puts a subject
//! and a verb's base form ("demanded that the army take steps", "urged that Y release the
//! men"); a left-to-right tagger that has just read the subject's noun tags the bare verb
//! as another noun ("army take/NN"), and the parser then makes the clause a noun phrase
//! with no subject and no verb. When the word before "that" is one of
//! `data/syntax/mandative_verbs.txt`, the clause has no verb tagged yet before its next
//! boundary, and a lower-case word the tag dictionary allows as a verb follows a noun of
//! the subject and precedes what starts an object, that word is fixed as a base verb.
//! A time phrase may stand between the verb and "that" ("demanded on Wednesday that Y
//! free …", see `time_gap`); the tagger then may read "that" as a relative pronoun (WDT)
//! and the bare verb as an adjective ("free/JJ"): the "that" is fixed as the subordinator
//! and an adjective the tag dictionary allows as a verb, or one of
//! `data/syntax/adjective_verbs.txt` ("free", which the dictionary holds as an adjective),
//! is a candidate too.
use std::collections::HashSet;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../../data/syntax/mandative_verbs.txt");

/// Adjectives that are also verbs taking an object ("free", "open").
const ADJECTIVE_VERBS: &str = include_str!("../../../../data/syntax/adjective_verbs.txt");

/// Tags that end a subject noun phrase: the word before the verb.
const SUBJECT_END: [&str; 4] = ["NN", "NNS", "NNP", "NNPS"];

/// Tags a subject noun phrase is made of.
const PHRASE: [&str; 11] = [
    "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD", "HYPH", "CC",
];

/// Tags that start an object (a quote mark opens a quoted one).
/// A noun counts too: the tagger reads the object's adjective as one ("take urgent/NN
/// steps"); the first word the dictionary allows as a verb is then taken. A quote mark is
/// tagged as either kind of quote.
const OBJECT_START: [&str; 12] = [
    "DT", "PDT", "CD", "PRP$", "PRP", "NNP", "NNPS", "JJ", "NN", "NNS", "``", "''",
];

/// The words of `ADJECTIVE_VERBS`.
fn adjective_verbs() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| super::word_list(ADJECTIVE_VERBS))
}

/// The longest time phrase between the mandative verb and "that" ("on Wednesday",
/// "last week", "on 3 May").
const MAX_GAP: usize = 3;

/// Prepositions that open a time phrase before "that".
const TIME_PREPOSITIONS: [&str; 3] = ["on", "at", "in"];

/// Words that open a time phrase of two words ("last week").
const TIME_DETERMINERS: [&str; 3] = ["last", "this", "next"];

/// Particles of phrasal verbs ("hand over", "pull out"): tagged as prepositions, and never
/// a clause's verb themselves.
const PARTICLES: [&str; 12] = [
    "over", "up", "out", "off", "down", "back", "away", "in", "on", "about", "around", "aside",
];

/// Tags that open the object of a joined bare verb.
const DETERMINERS: [&str; 4] = ["DT", "PDT", "PRP$", "CD"];

/// Every form of the verbs of the list, lower case.
fn forms() -> &'static HashSet<&'static str> {
    static FORMS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    FORMS.get_or_init(|| super::word_list(LIST))
}

/// One mandative clause the first tags left verbless: its "that" and its bare verb.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Clause {
    pub that: usize,
    pub verb: usize,
    /// A second bare verb joined by "and" after the first one's object ("free the men
    /// and hold/JJ elections").
    pub conjunct: Option<usize>,
}

/// The bare verb (and its "that") of each mandative "that" clause the first tags `xpos`
/// left verbless; `may_be_verb(i)`: the tag dictionary allows word `i` as a verb. Of
/// several such words the first is taken ("take urgent/NN steps").
pub(super) fn clauses(
    words: &[&str],
    xpos: &[&str],
    may_be_verb: impl Fn(usize) -> bool,
) -> Vec<Clause> {
    let verb_like = |k: usize| {
        may_be_verb(k)
            || (xpos[k] == "JJ" && adjective_verbs().contains(words[k].to_lowercase().as_str()))
    };
    let mut out = Vec::new();
    for t in (1..words.len()).filter(|&t| opens(words, xpos, t)) {
        let mut found = None;
        let mut k = t + 1;
        while k < words.len() && PHRASE.contains(&xpos[k]) {
            if found.is_none() && is_candidate(words, xpos, t, k) && verb_like(k) {
                found = Some(k);
            }
            k += 1;
        }
        if found.is_none() && xpos.get(k) == Some(&"IN") {
            found = preposition_read_verb(words, xpos, t, k, &may_be_verb);
        }
        // a verb the tagger did find in the clause (or a modal) makes the nouns nouns; one
        // right after "and" is a second verb, joined to a first one the tagger missed
        let verbed = xpos
            .get(k)
            .is_some_and(|x| x.starts_with("VB") || *x == "MD")
            && xpos[k - 1] != "CC";
        if let Some(verb) = found.filter(|_| !verbed) {
            let conjunct = conjunct(words, xpos, verb, &verb_like);
            out.push(Clause {
                that: t,
                verb,
                conjunct,
            });
        }
    }
    out
}

/// The bare verb of the clause opened at `t` where the subject's phrase stops at a word
/// `k` tagged as a preposition: "that Peru withdraw/IN its ambassador" (a word the
/// dictionary does not hold as a preposition is the verb). Not a particle ("that Hamas
/// hand/NN over/IN its weapons"): fixing the noun-read verb before it was measured to move
/// the clause under a later "…, an official said" (branch quad25), so that shape is left.
fn preposition_read_verb(
    words: &[&str],
    xpos: &[&str],
    t: usize,
    k: usize,
    may_be_verb: &impl Fn(usize) -> bool,
) -> Option<usize> {
    let particle = PARTICLES.contains(&words[k].to_lowercase().as_str());
    (!particle && is_candidate(words, xpos, t, k) && may_be_verb(k)).then_some(k)
}

/// A bare verb joined to `verb` by "and" after its object: a lower-case noun or adjective
/// allowed as a verb, right after "and", with a determiner after it (a noun or adjective
/// there would as often make the word a modifier: "the envoy and embassy staff"). The object of
/// `verb` is scanned as a noun phrase; anything else ends the search.
fn conjunct(
    words: &[&str],
    xpos: &[&str],
    verb: usize,
    verb_like: &impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut k = verb + 1;
    while k + 2 < words.len() && PHRASE.contains(&xpos[k]) {
        let w = k + 1;
        let lower = words[w].chars().next().is_some_and(char::is_lowercase);
        if words[k] == "and"
            && k > verb + 1
            && lower
            && matches!(xpos[w], "NN" | "JJ")
            && DETERMINERS.contains(&xpos[w + 1])
            && verb_like(w)
        {
            return Some(w);
        }
        k += 1;
    }
    None
}

/// Word `t` is a "that" (tagged as a subordinator, or as a relative pronoun after a time
/// phrase) right after a mandative verb or after its time phrase.
fn opens(words: &[&str], xpos: &[&str], t: usize) -> bool {
    let mandative = |i: usize| forms().contains(words[i].to_lowercase().as_str());
    if !words[t].eq_ignore_ascii_case("that") {
        return false;
    }
    if xpos[t] == "IN" && mandative(t - 1) {
        return true;
    }
    // "repeated its demand that Y withdraw": after a demand noun the tagger may read
    // "that" as a relative pronoun; the bare verb after it (see `is_candidate`) tells
    if xpos[t] == "WDT" && matches!(xpos[t - 1], "NN" | "NNS") && mandative(t - 1) {
        return true;
    }
    matches!(xpos[t], "IN" | "WDT")
        && (2..=(MAX_GAP + 1).min(t))
            .rev()
            .any(|n| time_gap(words, xpos, t - n + 1, t) && mandative(t - n))
}

/// Words `from..to` are a time phrase: a preposition of `TIME_PREPOSITIONS` and one or
/// two names or numbers ("on Wednesday", "on 3 May"), or a word of `TIME_DETERMINERS`
/// and a noun or name ("last week", "last Friday").
fn time_gap(words: &[&str], xpos: &[&str], from: usize, to: usize) -> bool {
    let first = words[from].to_lowercase();
    let rest = &xpos[from + 1..to];
    let dated = |x: &&str| matches!(*x, "NNP" | "CD");
    match rest.len() {
        1 | 2 if TIME_PREPOSITIONS.contains(&first.as_str()) => rest.iter().all(dated),
        1 if TIME_DETERMINERS.contains(&first.as_str()) => matches!(rest[0], "NN" | "NNP"),
        _ => false,
    }
}

/// Word `k` of the clause opened at `t` may be its bare verb: a lower-case singular noun,
/// adjective ("free/JJ the men") or preposition ("withdraw/IN its envoy", see
/// `preposition_read_verb`) right after a noun of the subject, with an object's start
/// after it.
fn is_candidate(words: &[&str], xpos: &[&str], t: usize, k: usize) -> bool {
    let lower = words[k].chars().next().is_some_and(char::is_lowercase);
    k > t + 1
        && lower
        && matches!(xpos[k], "NN" | "JJ" | "IN")
        && SUBJECT_END.contains(&xpos[k - 1])
        && xpos.get(k + 1).is_some_and(|x| OBJECT_START.contains(x))
}

#[cfg(test)]
mod tests {
    use super::super::super::builtin;
    use super::*;

    fn xpos(words: &[&str]) -> Vec<String> {
        let model = builtin().expect("the shipped syntax model loads");
        let classes = model.tagger.tag(words);
        let tags = &model.tagger.tags;
        classes
            .iter()
            .map(|&c| tags[usize::from(c)].1.clone())
            .collect()
    }

    /// "take" after the subject of "demanded that" is the clause's verb, not a noun.
    #[test]
    fn a_bare_verb_after_a_demand_s_subject_is_tagged_as_a_verb() {
        let words = [
            "Ruritania",
            "demanded",
            "that",
            "Sylvania",
            "'s",
            "army",
            "take",
            "urgent",
            "steps",
            "to",
            "end",
            "the",
            "raids",
            ".",
        ];
        let tags = xpos(&words);
        assert_eq!(tags[6], "VB", "{tags:?}");
        assert_eq!(tags[5], "NN", "{tags:?}");
    }

    /// The verb positions `clauses` finds, every word allowed as a verb.
    fn verbs(words: &[&str], xpos: &[&str]) -> Vec<usize> {
        clauses(words, xpos, |_| true)
            .iter()
            .map(|c| c.verb)
            .collect()
    }

    #[test]
    fn the_noun_read_bare_verb_of_a_demand_is_found() {
        let words = [
            "Ghana", "demanded", "that", "the", "army", "halt", "the", "raids",
        ];
        let xpos = ["NNP", "VBD", "IN", "DT", "NN", "NN", "DT", "NNS"];
        assert_eq!(verbs(&words, &xpos), vec![5]);
        // a clause that has its verb already, or a verb of no demand, is left alone
        let xpos = ["NNP", "VBD", "IN", "DT", "NN", "VB", "DT", "NNS"];
        assert!(verbs(&words, &xpos).is_empty());
        let words = [
            "Ghana", "said", "that", "the", "army", "halt", "the", "raids",
        ];
        let xpos = ["NNP", "VBD", "IN", "DT", "NN", "NN", "DT", "NNS"];
        assert!(verbs(&words, &xpos).is_empty());
    }

    /// A time phrase between the demand and "that" leaves the clause's verb to be found;
    /// "free", an adjective to the dictionary, is fixed as the verb and "that" as the
    /// subordinator.
    #[test]
    fn a_bare_verb_after_a_demand_and_its_time_phrase_is_tagged_as_a_verb() {
        let words = [
            "Ruritania",
            "demanded",
            "on",
            "Wednesday",
            "that",
            "Sylvania",
            "free",
            "the",
            "three",
            "detained",
            "sailors",
            ".",
        ];
        let tags = xpos(&words);
        assert_eq!(
            (tags[4].as_str(), tags[6].as_str()),
            ("IN", "VB"),
            "{tags:?}"
        );
        let words = [
            "The",
            "union",
            "demanded",
            "last",
            "week",
            "that",
            "the",
            "ministry",
            "free",
            "the",
            "prisoners",
            ".",
        ];
        let tags = xpos(&words);
        assert_eq!(tags[8], "VB", "{tags:?}");
    }

    #[test]
    fn a_time_phrase_and_a_relative_that_open_a_mandative_clause() {
        let words = [
            "Ghana", "urged", "on", "Monday", "that", "Togo", "free", "the", "men",
        ];
        let xpos = ["NNP", "VBD", "IN", "NNP", "WDT", "NNP", "JJ", "DT", "NNS"];
        let found = clauses(&words, &xpos, |_| false);
        let want = Clause {
            that: 4,
            verb: 6,
            conjunct: None,
        };
        assert_eq!(found, vec![want]);
        // a phrase that is no time phrase, or a verb of no demand, opens nothing
        let words = [
            "Ghana", "urged", "on", "the", "border", "that", "Togo", "free", "the", "men",
        ];
        let xpos = [
            "NNP", "VBD", "IN", "DT", "NN", "WDT", "NNP", "JJ", "DT", "NNS",
        ];
        assert!(verbs(&words, &xpos).is_empty());
        let words = [
            "Ghana", "said", "on", "Monday", "that", "Togo", "free", "the", "men",
        ];
        let xpos = ["NNP", "VBD", "IN", "NNP", "IN", "NNP", "JJ", "DT", "NNS"];
        assert!(verbs(&words, &xpos).is_empty());
        // an adjective of no verb stays an adjective
        let words = [
            "Ghana", "urged", "on", "Monday", "that", "Togo", "green", "the", "men",
        ];
        let xpos = ["NNP", "VBD", "IN", "NNP", "IN", "NNP", "JJ", "DT", "NNS"];
        assert!(clauses(&words, &xpos, |_| false).is_empty());
    }

    #[test]
    fn a_second_bare_verb_after_and_is_joined_only_before_a_determiner() {
        let words = [
            "Ghana", "demanded", "that", "Togo", "free", "the", "men", "and", "hold", "the", "vote",
        ];
        let xpos = [
            "NNP", "VBD", "IN", "NNP", "JJ", "DT", "NNS", "CC", "JJ", "DT", "NN",
        ];
        let found = clauses(&words, &xpos, |i| i != 8);
        assert_eq!(found[0].conjunct, None, "the dictionary holds no verb");
        let found = clauses(&words, &xpos, |_| true);
        assert_eq!(found[0].conjunct, Some(8));
        // "the envoy and embassy staff": a noun after the word makes it a modifier
        let words = [
            "Ghana", "demanded", "that", "Togo", "free", "the", "envoy", "and", "embassy", "staff",
        ];
        let xpos = [
            "NNP", "VBD", "IN", "NNP", "JJ", "DT", "NN", "CC", "NN", "NN",
        ];
        let found = clauses(&words, &xpos, |_| true);
        assert_eq!((found[0].verb, found[0].conjunct), (4, None));
    }

    /// "withdraw" read as a preposition after the subject's name is the clause's verb; a
    /// particle ("over") is not, nor a word the dictionary holds as a preposition.
    #[test]
    fn a_preposition_read_bare_verb_is_found_but_not_a_particle() {
        let words = [
            "Chile", "demanded", "that", "Peru", "withdraw", "its", "envoy",
        ];
        let xpos = ["NNP", "VBD", "IN", "NNP", "IN", "PRP$", "NN"];
        assert_eq!(verbs(&words, &xpos), vec![4]);
        assert!(clauses(&words, &xpos, |i| i != 4).is_empty());
        let words = [
            "Chile", "insisted", "that", "Peru", "hand", "over", "its", "envoy",
        ];
        let xpos = ["NNP", "VBD", "IN", "NNP", "NN", "IN", "PRP$", "NN"];
        assert!(verbs(&words, &xpos).is_empty());
    }

    /// After a demand noun the tagger may read "that" as a relative pronoun; the clause
    /// is still mandative. After a noun of no demand it stays a relative clause.
    #[test]
    fn a_demand_noun_s_that_opens_a_mandative_clause() {
        let words = ["its", "demand", "that", "Japan", "ease", "the", "sanctions"];
        let xpos = ["PRP$", "NN", "WDT", "NNP", "NN", "DT", "NNS"];
        assert_eq!(verbs(&words, &xpos), vec![4]);
        let words = ["its", "report", "that", "Japan", "ease", "the", "sanctions"];
        assert!(verbs(&words, &xpos).is_empty());
    }
}
