//! A clause whose verb the tagger read as something else. A left-to-right tagger that has
//! just read "after" as a preposition expects a noun phrase, so in "summoned the envoy
//! after a patrol shot a fisherman" it tags "shot" a noun, and in "after drones struck two
//! camps" it tags "struck" a participle; the parser then hangs the clause on the main verb
//! as a noun or a reduced relative and the lead event of a story is lost or turned round.
//! The same happens to the verb after a long subject that opens a sentence ("A, B and the
//! C states expressed/VBN solidarity with D") and to a present verb after a describing
//! "which" ("X, which borders/NNS Y").
//!
//! The test is English clause structure, not one sentence: a clause that an opener
//! ("after", "when", … or the start of the sentence) begins, whose subject noun phrase is
//! followed by a word that can be a simple past (an "-ed" word tagged as a participle or
//! adjective, or an irregular past of `data/syntax/past_forms.txt`) and then by what starts
//! its object, and that has no finite verb of its own before the next clause boundary
//! ("the troops deployed to the border have left": "have" is the verb, "deployed" a
//! participle). Such a word is fixed as a past verb and the sentence tagged again.
use std::collections::HashSet;
use std::sync::OnceLock;

const LIST: &str = include_str!("../../../../data/syntax/past_forms.txt");

/// Words that open a subordinate clause with its own subject and verb.
pub(super) const OPENERS: [&str; 12] = [
    "after", "before", "since", "until", "when", "while", "because", "once", "as", "where",
    "although", "though",
];

/// Tags a subject noun phrase is made of (the "of" of "tens of thousands", the commas and
/// "and" of a list of subjects are checked by word).
const PHRASE: [&str; 15] = [
    "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH", ",",
    "CC",
];

/// Prepositions a subject phrase may hold after a noun ("tens of thousands", "groups in
/// the south", "officials from both states").
const INSIDE: [&str; 4] = ["of", "in", "from", "at"];

/// Floating quantifiers: after a plural subject and before its verb ("A and B both
/// condemned Y", "the ministers all signed") they are adverbs, not the correlative "both"
/// of "both A and B", which the tagger takes them for; the verb after them is then read as
/// an adjective and the clause loses it.
const FLOATING: [&str; 3] = ["both", "all", "each"];

/// Tags that end a subject: the word before the verb.
const SUBJECT_END: [&str; 5] = ["NN", "NNS", "NNP", "NNPS", "PRP"];

/// Tags that start an object (or a second verb after "and").
const OBJECT_START: [&str; 10] = [
    "DT", "PDT", "CD", "PRP$", "PRP", "NNP", "NNPS", "JJ", "NNS", "NN",
];

/// Words after a participle that mark it as one (a passive agent) or make the object
/// test worthless (a time phrase follows a reduced relative as readily as a verb).
const NOT_OBJECT: [&str; 12] = [
    "by",
    "last",
    "this",
    "next",
    "earlier",
    "later",
    "yesterday",
    "today",
    "early",
    "late",
    "that",
    "these",
];

/// Finite verb tags: a clause that has one needs no other.
const FINITE: [&str; 4] = ["VBD", "VBZ", "VBP", "MD"];

/// A tag to give a word before tagging the sentence again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fix {
    /// A simple past verb.
    Past(usize),
    /// A present verb, third person singular.
    Present(usize),
    /// A present verb, third person singular, that the tagger read as a plural noun after
    /// a subject (only if the tag dictionary does not hold the word as a noun).
    MainPresent(usize),
    /// A subordinating conjunction (the opener of a clause found to have a verb).
    Opener(usize),
    /// A proper noun: the sentence's first word, whose capital says nothing of its class.
    Name(usize),
    /// An adverb: a floating quantifier between a subject and its verb ("both").
    Adverb(usize),
}

/// The irregular past forms of the list, lower case.
fn irregular() -> &'static HashSet<&'static str> {
    static FORMS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    FORMS.get_or_init(|| super::word_list(LIST))
}

/// The fixes a sentence of `words` with first tags `xpos` needs.
pub(super) fn fixes(words: &[&str], xpos: &[&str]) -> Vec<Fix> {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let mut out = Vec::new();
    // the first word as a name, where that gives the sentence its verb right after it
    let named = initial_name(words, &lower, xpos)
        .filter(|tags| clause_verb(&lower, tags, 0, true) == Some(1));
    let xpos = match &named {
        Some(tags) => {
            out.push(Fix::Name(0));
            tags.as_slice()
        }
        None => xpos,
    };
    for (start, opener) in clause_starts(&lower, xpos) {
        let Some(verb) = clause_verb(&lower, xpos, start, opener.is_none()) else {
            continue;
        };
        out.push(
            if matches!(xpos[verb], "NNS" | "NN") && !irregular().contains(lower[verb].as_str()) {
                Fix::MainPresent(verb)
            } else {
                Fix::Past(verb)
            },
        );
        // "rejects/NNS and condemns/NNS the …": the second present of the lead too
        let second = coordinated_present(&lower, xpos, verb).filter(|&c| xpos[c] != "VBZ");
        if let Some(c) = second.filter(|_| matches!(xpos[verb], "NNS" | "NN")) {
            out.push(Fix::MainPresent(c));
        }
        if floating(&lower, verb - 1) {
            out.push(Fix::Adverb(verb - 1));
        }
        if let Some(o) = opener.filter(|&o| xpos[o] == "IN") {
            out.push(Fix::Opener(o));
        }
    }
    out.extend(describing_present(&lower, xpos).map(Fix::Present));
    out
}

/// The tags with the first word read as a name, when the tagger read a capitalised first
/// word as a verb, adjective or adverb and a past form follows it: "Chile withdrew its
/// troops", "Finland cut ties", "Honduras accused Y" (a country's name at the start of a
/// sentence looks to the tagger like any capitalised word). The name is fixed only where
/// the clause test (`clause_verb`) then finds the verb right after it.
fn initial_name<'a>(words: &[&str], lower: &[String], xpos: &[&'a str]) -> Option<Vec<&'a str>> {
    let first = words.first()?;
    let capital = first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().skip(1).all(char::is_lowercase);
    // an adverb in "-ly" is one ("Highly recommended"); a name in "-ing" reads as a
    // gerund or "being" ("Beijing lodged a protest", "Kunming hosted the talks")
    let misread = matches!(xpos[0], "VB" | "VBZ" | "VBN" | "VBG" | "JJ")
        || (xpos[0] == "RB" && !lower[0].ends_with("ly"));
    let past = lower.get(1).is_some_and(|w| past_form(w)) && xpos[1] != "VBD";
    (capital && misread && past).then(|| {
        let mut tags = xpos.to_vec();
        tags[0] = "NNP";
        tags
    })
}

/// An "-ed" word that can be a past ("used", "agreed", "freed"; not "need", "speed",
/// "proceed") or an irregular past of the list.
fn past_form(w: &str) -> bool {
    let edged = w.len() >= 4
        && w.ends_with("ed")
        && (!w.ends_with("eed") || w == "freed" || (w.len() >= 6 && !w.ends_with("ceed")));
    edged || irregular().contains(w)
}

/// (first word of the subject, opener) of every clause that may start here: the sentence
/// (after an opening phrase with no verb and a comma, "On Tuesday, …"), and each opener.
fn clause_starts(lower: &[String], xpos: &[&str]) -> Vec<(usize, Option<usize>)> {
    let mut out = vec![(0, None)];
    // an opening adverbial ("On Tuesday, …"), not a name and its apposition
    let adverbial = xpos.first().is_some_and(|t| matches!(*t, "IN" | "RB"));
    if let Some(comma) = lower.iter().position(|w| w == ",").filter(|_| adverbial) {
        let verbless = xpos[..comma]
            .iter()
            .all(|t| !t.starts_with("VB") && *t != "MD");
        if verbless {
            out.push((comma + 1, None));
        }
    }
    for (i, w) in lower.iter().enumerate() {
        if OPENERS.contains(&w.as_str()) && matches!(xpos[i], "IN" | "WRB" | "RB") {
            out.push((i + 1, Some(i)));
        }
    }
    out
}

/// The word that is the clause's past verb though tagged otherwise, if any: it ends the
/// subject phrase that starts at `start`. `main`: the clause is the sentence itself, whose
/// verb may be intransitive ("the ministry replied within hours"); a subordinate clause
/// must show an object, the surest sign of a verb.
fn clause_verb(lower: &[String], xpos: &[&str], start: usize, main: bool) -> Option<usize> {
    let end = lower.len().min(start + if main { 24 } else { 16 });
    for j in start..end {
        if candidate(lower, xpos, start, j, main) {
            return no_finite_before_boundary(lower, xpos, j, main).then_some(j);
        }
        let after_noun = j > start && (SUBJECT_END.contains(&xpos[j - 1]) || xpos[j - 1] == "CD");
        if after_noun && floating(lower, j) {
            continue;
        }
        let in_phrase = PHRASE.contains(&xpos[j])
            || (after_noun && INSIDE.contains(&lower[j].as_str()))
            || (main && inside_main_subject(lower, xpos, start, j))
            || (j == start && xpos[j] == "PRP")
            || (j > start && xpos[j] == "RB")
            // "army-led", "peace-keeping": a compound modifier
            || (j > start && xpos[j - 1] == "HYPH" && matches!(xpos[j], "VBN" | "VBG"))
            || attributive_participle(xpos, start, j);
        // a finite verb or anything else ends the subject without a candidate
        if !in_phrase || (xpos[j] == "CC" && lower[j] != "and") {
            return None;
        }
    }
    None
}

/// Word `j` may sit inside the subject of a main clause though not of a subordinate one:
/// any preposition after a noun ("the ambassador to Y", "a court on Tuesday"), and the
/// brackets of an acronym ("the Office (GAO)"). A main clause's verb is checked against
/// every later finite verb (`no_finite_before_boundary`), so a longer subject costs no
/// sentence that has its verb; a subordinate clause keeps the short list (`INSIDE`).
fn inside_main_subject(lower: &[String], xpos: &[&str], start: usize, j: usize) -> bool {
    let w = lower[j].as_str();
    let preposition = xpos[j] == "IN"
        && !OPENERS.contains(&w)
        && !matches!(w, "that" | "if" | "whether" | "than");
    let after_noun = j > start && matches!(xpos[j - 1], "NN" | "NNS" | "NNP" | "NNPS" | "CD");
    (after_noun && preposition) || matches!(xpos[j], "-LRB-" | "-RRB-")
}

/// Word `j` is a participle before its noun, after a determiner, an adjective or an adverb
/// ("the internationally recognised government", "the elected council"): a modifier inside
/// the subject phrase, not its verb (after a noun it is the verb candidate instead).
fn attributive_participle(xpos: &[&str], start: usize, j: usize) -> bool {
    j > start
        && matches!(xpos[j], "VBN" | "VBG")
        && matches!(xpos[j - 1], "DT" | "JJ" | "RB" | "PRP$")
        && xpos
            .get(j + 1)
            .is_some_and(|t| matches!(*t, "NN" | "NNS" | "NNP" | "NNPS"))
}

/// Is word `j` a floating quantifier ("both", "all", "each")?
fn floating(lower: &[String], j: usize) -> bool {
    lower.get(j).is_some_and(|w| FLOATING.contains(&w.as_str()))
}

/// Word `j` can be the verb: a past form not tagged as a finite verb, right after the
/// subject's last noun (an adverb may come between), and followed by an object.
fn candidate(lower: &[String], xpos: &[&str], start: usize, j: usize, main: bool) -> bool {
    if main && present_candidate(lower, xpos, start, j) {
        return true;
    }
    let w = lower[j].as_str();
    let form = match xpos[j] {
        "VBN" | "JJ" => past_form(w),
        // an irregular past is never a noun or a preposition ("Chile withdrew/IN its …")
        "NN" | "NNS" | "IN" => irregular().contains(w),
        _ => false,
    };
    if !form || j == start {
        return false;
    }
    let skip = xpos[j - 1] == "RB" || floating(lower, j - 1);
    let before = if skip && j - 1 > start { j - 2 } else { j - 1 };
    let subject_ends =
        SUBJECT_END.contains(&xpos[before]) || (main && closes_inset(xpos, start, before));
    if !subject_ends {
        return false;
    }
    let Some(next) = lower.get(j + 1) else {
        return false;
    };
    if NOT_OBJECT.contains(&next.as_str()) {
        return false;
    }
    let noun = matches!(xpos[j], "NN" | "NNS");
    match xpos[j + 1] {
        "NN" | "NNS" => !noun,
        "CC" => next == "and" && lower.get(j + 2).is_some_and(|v| v.ends_with("ed")),
        // a quoted object, a free relative ("struck what the army called …")
        "``" | "WP" => true,
        "IN" | "RB" | "RP" | "TO" => main && !noun,
        t => OBJECT_START.contains(&t),
    }
}

/// Word `at` closes an inset of a main clause's subject: the bracket of an acronym ("the
/// Office (GAO) expressed …"), or the second comma of an apposition or a time phrase
/// ("X, a spokesman, claimed …", "the groups, on Tuesday, condemned …"); a lone comma
/// after the first noun phrase is a list or an opening phrase, not an inset.
fn closes_inset(xpos: &[&str], start: usize, at: usize) -> bool {
    match xpos[at] {
        "-RRB-" => true,
        "," => at > start + 1 && xpos[start..at - 1].contains(&","),
        _ => false,
    }
}

/// Word `j` of a main clause is its present verb read as a plural noun: an "-s" word right
/// after a singular subject noun and before what can only start an object ("Ruritania
/// accepts more …", "the council reaffirms that all …", "the bank lifts a …"). A noun
/// compound has no determiner or number after its plural ("the border talks ended"), and
/// "that" before a finite verb opens a relative clause on the noun, not an object.
fn present_candidate(lower: &[String], xpos: &[&str], start: usize, j: usize) -> bool {
    let w = lower[j].as_str();
    let form = w.len() >= 4 && w.ends_with('s') && !w.ends_with("ss");
    if !form || j == start {
        return false;
    }
    let after_noun = xpos[j] == "NNS" && matches!(xpos[j - 1], "NN" | "NNP");
    let object = match (lower.get(j + 1).map(String::as_str), xpos.get(j + 1)) {
        (Some("that"), _) => xpos
            .get(j + 2)
            .is_some_and(|t| !FINITE.contains(t) && !t.starts_with("VB")),
        (_, Some(t)) => matches!(*t, "DT" | "PDT" | "CD" | "PRP$" | "JJR"),
        _ => false,
    };
    (after_noun && object) || lead_present(lower, xpos, j)
}

/// Prepositions that follow a present verb of a lead or a headline more often than they
/// follow a plural noun ending a subject ("calls for", "warns over", "calls on", "warns
/// against", "sends to").
const LEAD_PREPOSITIONS: [&str; 5] = ["for", "over", "on", "against", "to"];

/// Word `j` of a main clause is the present of a lead ("Ruritania thanks Sylvania for …",
/// "Osterlich warns Ruritania over …", "the League calls for calm"): an "-s" word read as
/// a noun right after the subject's last noun, before a name or one of
/// `LEAD_PREPOSITIONS`. "-us" and "-is" words are nouns ("status", "crisis"); a word the
/// tag dictionary holds as a noun ("talks") is kept one by the caller, and a later
/// finite verb without its own subject ("US calls for restraint grew") by
/// `no_finite_before_boundary`.
fn lead_present(lower: &[String], xpos: &[&str], j: usize) -> bool {
    let w = lower[j].as_str();
    let form = matches!(xpos[j], "NNS" | "NN") && !w.ends_with("us") && !w.ends_with("is");
    let after_subject = matches!(xpos[j - 1], "NN" | "NNP" | "NNPS");
    let next = match (lower.get(j + 1).map(String::as_str), xpos.get(j + 1)) {
        (Some(n), Some(t)) => matches!(*t, "NNP" | "NNPS") || LEAD_PREPOSITIONS.contains(&n),
        _ => false,
    };
    form && after_subject && (next || coordinated_present(lower, xpos, j).is_some())
}

/// Determiners that open a time phrase ("this year"), not an object.
const TIME_DETERMINERS: [&str; 5] = ["this", "last", "next", "each", "every"];

/// The second of two lead presents joined by "and" after word `j` ("Ruritania rejects and
/// condemns the raid"): an "-s" word read as a noun or a present right after "and", before
/// what can only start an object (a determiner, a number, a possessive, a name), not a
/// time phrase ("exports and imports this year").
fn coordinated_present(lower: &[String], xpos: &[&str], j: usize) -> Option<usize> {
    let second = j + 2;
    let w = lower.get(second)?.as_str();
    let form = w.len() >= 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    let tagged = matches!(xpos[second], "NNS" | "NN" | "VBZ") && !w.ends_with("is");
    let object = xpos.get(second + 1).is_some_and(|t| {
        matches!(*t, "DT" | "PDT" | "CD" | "PRP$" | "NNP" | "NNPS")
            && !TIME_DETERMINERS.contains(&lower[second + 1].as_str())
    });
    (lower[j + 1] == "and" && form && tagged && object).then_some(second)
}

/// No finite verb after `j` lacks a subject of its own: a finite verb before the next
/// boundary (a comma, a relative or subordinating word), or, in a main clause, after one
/// with no noun between ("a people wedged between A and B, has had …"), makes `j` a
/// participle on the subject of that verb. A relative word is a subject of its own.
fn no_finite_before_boundary(lower: &[String], xpos: &[&str], j: usize, main: bool) -> bool {
    let mut subject = true;
    let mut crossed = false;
    for k in j + 1..lower.len() {
        let w = lower[k].as_str();
        if matches!(xpos[k], "WDT" | "WP") || w == "that" || OPENERS.contains(&w) {
            (crossed, subject) = (true, true);
        } else if matches!(xpos[k], "," | ":" | "``" | "''") || w == ";" {
            // a subordinate clause ends at its comma; what follows is the outer clause's
            if !main {
                return true;
            }
            (crossed, subject) = (true, false);
        } else if SUBJECT_END.contains(&xpos[k]) {
            subject = true;
        } else if xpos[k - 1] == "CC" && (FINITE.contains(&xpos[k]) || xpos[k] == "VBN") {
            // "shot and wounded", "called on X and said …": a second verb of the same
            // clause, which makes `j` a verb too
            return true;
        } else if FINITE.contains(&xpos[k]) && (!crossed || !subject) {
            return false;
        }
    }
    true
}

/// Positions of a plural-looking noun right after ", which" or ", who" and before a name or
/// a determiner: a describing clause's present verb ("X, which borders Y"). After adverbs
/// ("X, which rarely comments on Y") no noun can follow the pronoun, so the word is the verb
/// whatever comes next.
fn describing_present<'a>(
    lower: &'a [String],
    xpos: &'a [&str],
) -> impl Iterator<Item = usize> + 'a {
    (2..lower.len().saturating_sub(1)).filter_map(move |w| {
        let opens = lower[w - 1] == "," && matches!(lower[w].as_str(), "which" | "who");
        let adverbs = xpos[w + 1..].iter().take_while(|t| **t == "RB").count();
        let i = w + 1 + adverbs;
        let object = || {
            xpos.get(i + 1)
                .is_some_and(|t| matches!(*t, "NNP" | "NNPS" | "DT" | "CD" | "PRP$"))
        };
        let verb = xpos.get(i) == Some(&"NNS") && lower[i].ends_with('s');
        (opens && verb && (adverbs > 0 || object())).then_some(i)
    })
}

#[cfg(test)]
#[path = "tests_clause_verb.rs"]
mod tests;
