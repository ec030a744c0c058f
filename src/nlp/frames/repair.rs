//! Repairs of parse errors that the frames would otherwise read as a different sentence.
//!
//! A subject followed by a describing relative clause set off by commas ("Cuba and Norway,
//! which guarantee the talks, urged both sides …") is often parsed with the subject as the
//! root and the main verb as a `conj` of the relative clause's verb: the main verb then takes
//! the relative pronoun for its subject and its clause reads as a description. When that
//! verb follows a comma, has no conjunction and no subject of its own, and is finite, it is
//! the main clause: it becomes the root and the subject its `nsubj`. The parse may also hang
//! that verb deeper in the description, as an adverbial of the relative verb or a modifier
//! of a noun inside it ("A, which monitors the waters of ten states, praised …"): the same
//! verb after the description's closing comma is the main clause there too.
//!
//! These repairs serve the frames only: on UD English-EWT dev they make the trees no more
//! right, or less (`examples/repair_syntax.rs`). Those that make EWT more right run in the
//! syntax layer for every reader of the parse (`syntax::repair`).
mod active_agent;
mod active_subject;
mod adverbial;
mod appositive_list;
mod as_clause;
mod aside_subject;
mod clause_on_conjunct;
mod closing_participle;
mod conjunct_on_name;
mod content_on_day;
mod coordination;
mod counted_list;
mod described_name;
mod label_in_phrase;
mod list_conjunct;
mod mandative_on_day;
mod marked_complement;
mod measure;
mod neighbouring;
mod object_as_subject;
mod object_relative;
mod quoted_label;
mod relative;
mod relative_root;
mod relative_under_verb;
mod said_clause;
mod saying_subject;
mod semicolon;
mod statement_content;
mod subject_as_conjunct;
mod subordinate_subject;
mod summons_purpose;
#[cfg(test)]
mod tests_after2;
#[cfg(test)]
mod tests_after3;
#[cfg(test)]
mod tests_agentless2;
#[cfg(test)]
mod tests_agentmods;
#[cfg(test)]
mod tests_asides;
#[cfg(test)]
mod tests_conjsrc;
#[cfg(test)]
mod tests_groups3;
#[cfg(test)]
mod tests_leads2;
#[cfg(test)]
mod tests_rejects3;
mod that_list;
mod threat_infinitive;
mod verb_series;
mod verb_under_subject;
mod written_appeal;

pub(super) use crate::nlp::syntax::head_of;
use crate::nlp::syntax::Word;
use std::borrow::Cow;

/// Relative pronouns that open a describing clause after a comma.
const DESCRIBING: [&str; 3] = ["which", "who", "whom"];

/// Finite verb tags (past, present): a main clause, not a participle or infinitive.
const FINITE: [&str; 3] = ["VBD", "VBZ", "VBP"];

/// The sentence with a main verb hung under a describing relative clause re-attached;
/// borrowed unchanged when there is none.
pub fn main_verb_after_relative(words: &[Word]) -> Cow<'_, [Word]> {
    let Some((subject, verb)) = misattached_main_verb(words) else {
        return Cow::Borrowed(words);
    };
    let mut out = words.to_vec();
    let (s, v) = (subject + 1, verb + 1);
    // "…, held talks with Y" read as "held" modifying "talks": the noun is its object
    if words[verb].deprel == "amod" {
        out[verb + 1].head = v as u32;
        out[verb + 1].deprel = "obj".into();
    }
    out[verb].head = 0;
    out[verb].deprel = "root".into();
    out[subject].head = v as u32;
    out[subject].deprel = "nsubj".into();
    // what hung on the old root after the verb (the final full stop) moves to the verb
    for w in out.iter_mut().skip(verb + 1) {
        if w.head as usize == s {
            w.head = v as u32;
        }
    }
    Cow::Owned(out)
}

/// A repair that rebuilds the whole tree, or `None` when its error is not there.
type TreeRepair = fn(&[Word]) -> Option<Vec<Word>>;

/// The repairs that rebuild a whole tree, in the order they run (a repair sees the trees of
/// those before it), each with its name. A new repair is one file plus one entry here.
const TREE_REPAIRS: &[(&str, TreeRepair)] = &[
    ("aside_subject", aside_subject::aside_subject),
    ("content_on_day", content_on_day::content_on_day),
    ("mandative_on_day", mandative_on_day::mandative_on_day),
    (
        "relative_under_verb",
        relative_under_verb::relative_under_verb,
    ),
    ("neighbouring", neighbouring::neighbouring),
    ("active_agent", active_agent::active_agent),
    ("active_subject", active_subject::active_subject),
    ("verb_under_subject", verb_under_subject::verb_under_subject),
    ("measure_subject", measure::measure_subject),
    (
        "description_as_subject",
        described_name::description_as_subject,
    ),
    ("object_as_subject", object_as_subject::object_as_subject),
    ("said_clause", said_clause::said_clause),
    ("saying_subject", saying_subject::saying_subject),
    ("statement_content", statement_content::statement_content),
    ("object_relative", object_relative::object_relative),
    (
        "clause_across_semicolon",
        semicolon::clause_across_semicolon,
    ),
    (
        "conjunct_across_semicolon",
        semicolon::conjunct_across_semicolon,
    ),
    ("clause_on_noun", adverbial::clause_on_noun),
    (
        "subordinate_subject",
        subordinate_subject::subordinate_subject,
    ),
    ("as_clause", as_clause::as_clause),
    ("marked_complement", marked_complement::marked_complement),
    ("list_conjunct", list_conjunct::list_conjunct),
    ("verb_series", verb_series::verb_series),
    ("conjunct_on_name", conjunct_on_name::conjunct_on_name),
    ("quoted_label", quoted_label::quoted_label),
    ("label_in_phrase", label_in_phrase::label_in_phrase),
    (
        "subject_as_conjunct",
        subject_as_conjunct::subject_as_conjunct,
    ),
    ("that_list", that_list::that_list),
    ("appositive_list", appositive_list::appositive_list),
    ("counted_list", counted_list::counted_list),
    ("written_appeal", written_appeal::written_appeal),
    ("summons_purpose", summons_purpose::summons_purpose),
    ("threat_infinitive", threat_infinitive::threat_infinitive),
    ("closing_participle", closing_participle::closing_participle),
    ("clause_on_conjunct", clause_on_conjunct::clause_on_conjunct),
];

/// Every repair's name, in the order [`repaired`] runs them (the first two are alternatives:
/// the second runs only when the first finds nothing). For measuring a repair on its own
/// ([`repaired_only`]).
pub fn repair_names() -> Vec<&'static str> {
    let mut names = vec!["relative_as_root", "main_verb_after_relative"];
    names.extend(TREE_REPAIRS.iter().map(|&(name, _)| name));
    names.extend([
        "relative_as_adverbial",
        "conjunct_under_gerund",
        "past_conjunct_on_nominal",
        "past_conjunct_of_nonfinite",
        "past_conjunct_of_present",
        "participle_conjunct_on_nominal",
    ]);
    names
}

/// The sentence with every repair of this module applied; borrowed when none applies.
pub fn repaired(words: &[Word]) -> Cow<'_, [Word]> {
    repaired_only(words, &|_| true)
}

/// The sentence with the repairs that `runs` accepts by name (see [`repair_names`]) applied,
/// in their usual order; borrowed when none applies.
pub fn repaired_only<'a>(words: &'a [Word], runs: &dyn Fn(&str) -> bool) -> Cow<'a, [Word]> {
    let root = runs("relative_as_root")
        .then(|| relative_root::relative_as_root(words))
        .flatten();
    let mut out = match root {
        Some(fixed) => Cow::Owned(fixed),
        None if runs("main_verb_after_relative") => main_verb_after_relative(words),
        None => Cow::Borrowed(words),
    };
    for (name, repair) in TREE_REPAIRS {
        if !runs(name) {
            continue;
        }
        if let Some(fixed) = repair(&out) {
            out = Cow::Owned(fixed);
        }
    }
    let adverbial = runs("relative_as_adverbial")
        .then(|| relative::relative_as_adverbial(&out))
        .flatten();
    if let Some((clause, noun)) = adverbial {
        let mut owned = out.into_owned();
        owned[clause].head = noun as u32 + 1;
        owned[clause].deprel = "acl:relcl".into();
        out = Cow::Owned(owned);
    }
    // each rule moves one conjunct; a sentence rarely has more than two
    for _ in 0..4 {
        let gerund = || {
            runs("conjunct_under_gerund")
                .then(|| conjunct_under_gerund(&out))
                .flatten()
        };
        let nominal = || {
            runs("past_conjunct_on_nominal")
                .then(|| coordination::past_conjunct_on_nominal(&out))
                .flatten()
        };
        let nonfinite = || {
            runs("past_conjunct_of_nonfinite")
                .then(|| coordination::past_conjunct_of_nonfinite(&out))
                .flatten()
        };
        let present = || {
            runs("past_conjunct_of_present")
                .then(|| coordination::past_conjunct_of_present(&out))
                .flatten()
        };
        let participle = || {
            runs("participle_conjunct_on_nominal")
                .then(|| coordination::participle_conjunct_on_nominal(&out))
                .flatten()
        };
        let Some((verb, head)) = gerund()
            .or_else(nominal)
            .or_else(nonfinite)
            .or_else(present)
            .or_else(participle)
        else {
            break;
        };
        let mut owned = out.into_owned();
        owned[verb].head = head as u32 + 1;
        out = Cow::Owned(owned);
    }
    out
}

/// (verb, new head), 0-based. A past-tense verb joined by "and" to a gerund that a
/// preposition opens ("accused X of harbouring rebels and called on them to …") cannot be a
/// second gerund: English coordinates like forms, so it is a conjunct of the finite verb
/// that governs the gerund (within three heads up). Not when it has a subject or an
/// auxiliary of its own (a new clause the parse already reads right).
fn conjunct_under_gerund(words: &[Word]) -> Option<(usize, usize)> {
    let head = |w: usize| (words[w].head as usize).checked_sub(1);
    let has_kid = |h: usize, rel: &str| has_dependent(words, h, rel);
    (0..words.len()).find_map(|v| {
        let w = &words[v];
        if w.deprel != "conj" || !matches!(w.xpos.as_str(), "VBD" | "VBN") {
            return None;
        }
        // "of failing to stop X and called …": up the infinitive to its gerund
        let mut g = head(v)?;
        for _ in 0..2 {
            if words[g].deprel == "xcomp" && words[g].xpos == "VB" {
                g = head(g)?;
            }
        }
        let opened = has_kid(g, "mark") || has_kid(g, "case");
        if words[g].xpos != "VBG" || !opened || !has_kid(v, "cc") {
            return None;
        }
        if has_kid(v, "nsubj") || has_kid(v, "aux") {
            return None;
        }
        let mut h = head(g)?;
        for _ in 0..3 {
            if FINITE.contains(&words[h].xpos.as_str()) {
                return (h < g).then_some((v, h));
            }
            h = head(h)?;
        }
        None
    })
}

/// (subject, verb), 0-based: the root is a nominal with a relative clause opened by a
/// comma and a describing pronoun, whose `conj` verb after a comma is finite and has no
/// subject and no coordinating conjunction.
fn misattached_main_verb(words: &[Word]) -> Option<(usize, usize)> {
    let root = words.iter().position(|w| w.head == 0)?;
    if !matches!(words[root].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    let head_is = |w: &Word, h: usize| w.head as usize == h + 1;
    let clause = (0..words.len()).find(|&c| {
        // a describing clause the parse set beside the noun ("A, who chaired the talks,
        // praised …" with "chaired" as `parataxis`) is a relative clause all the same
        head_is(&words[c], root)
            && (words[c].deprel.ends_with("relcl") || words[c].deprel == "parataxis")
            && c > root
            && opens_describing(words, c)
    })?;
    let verb = (clause + 1..words.len()).find(|&v| {
        let w = &words[v];
        // a past tense the tagger read as a participle ("…, telephoned both leaders")
        hangs_in_description(words, v, (root, clause))
            && (FINITE.contains(&w.xpos.as_str()) || w.xpos == "VBN")
            && after_comma(words, v).is_some()
    })?;
    let own = |rel: &str| {
        words
            .iter()
            .any(|w| head_is(w, verb) && w.deprel.split(':').next() == Some(rel))
    };
    // a participle with no object describes ("…, backed by Y"); one with an auxiliary
    // has it between the comma and the verb. An oblique with an infinitive of its own is
    // an object-control act ("…, called on Y to exercise restraint"), no description.
    // (the parse hangs the infinitive as `xcomp` or as a purpose `advcl`, or on the
    // oblique's noun as its modifier: "called on both governments [to show restraint]")
    let controls = own("obl") && (own("xcomp") || own("advcl") || oblique_infinitive(words, verb));
    // "…, had offered to …": a perfect is finite by its auxiliary
    let perfect = after_comma(words, verb).is_some_and(|c| {
        (c + 1..verb).any(|k| matches!(words[k].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD"))
    });
    let modifier = words[verb].deprel == "amod";
    let participle = words[verb].xpos == "VBN"
        && !perfect
        && !modifier
        && !own("obj")
        && !controls
        && !prepositional_act(words, verb);
    (!own("nsubj") && !own("cc") && !own("mark") && !participle).then_some((root, verb))
}

/// An oblique of `verb` that carries an infinitive clause of its own as a modifier (`acl`
/// marked "to"): the parse's reading of object control, "called on Y to show restraint".
fn oblique_infinitive(words: &[Word], verb: usize) -> bool {
    let head_is = |w: &Word, h: usize| w.head as usize == h + 1;
    (0..words.len())
        .filter(|&o| head_is(&words[o], verb) && words[o].deprel == "obl")
        .flat_map(|o| (0..words.len()).filter(move |&c| head_is(&words[c], o)))
        .filter(|&c| words[c].deprel == "acl" && words[c].xpos == "VB")
        .any(|c| {
            (0..c).any(|m| {
                head_is(&words[m], c)
                    && words[m].deprel == "mark"
                    && words[m].form.eq_ignore_ascii_case("to")
            })
        })
}

/// "X, which suspended Y after the coup, called on the soldiers to …" with "called" read
/// as a participle and its infinitive hung elsewhere (or tagged an adjective): a past form
/// whose oblique opens right after it ("called on", "appealed to") is the main verb when
/// nothing after it can be one (no finite verb outside its phrase): a sentence whose root
/// is a noun has no main clause otherwise. A describing participle has its agent
/// ("…, backed by Y") or leaves the main verb to come ("…, based in Y, urged …").
fn prepositional_act(words: &[Word], verb: usize) -> bool {
    let Some(case) = words.get(verb + 1).filter(|w| w.deprel == "case") else {
        return false;
    };
    let opens_oblique = (case.head as usize)
        .checked_sub(1)
        .is_some_and(|o| words[o].deprel == "obl" && words[o].head as usize == verb + 1);
    let agent = case.form.eq_ignore_ascii_case("by");
    let below = |k: usize| {
        std::iter::successors(Some(k), |&at| (words[at].head as usize).checked_sub(1))
            .take(words.len())
            .any(|a| a == verb)
    };
    let later_main =
        (verb + 1..words.len()).any(|k| FINITE.contains(&words[k].xpos.as_str()) && !below(k));
    opens_oblique && !agent && !later_main
}

/// The comma a verb follows, with at most two auxiliaries or adverbs between ("…, had
/// offered", "…, also issued"); `None` when anything else stands there, a passive's "was"
/// too ("…, was invited to …" would need a passive subject).
fn after_comma(words: &[Word], v: usize) -> Option<usize> {
    let lead = |k: usize| {
        let w = &words[k];
        let be = matches!(
            w.lemma.as_str(),
            "be" | "was" | "were" | "is" | "are" | "been"
        );
        w.xpos.starts_with("RB") || w.xpos == "MD" || (w.upos == "AUX" && !be)
    };
    let mut k = v.checked_sub(1)?;
    while lead(k) && k + 3 > v {
        k = k.checked_sub(1)?;
    }
    (words[k].form == ",").then_some(k)
}

/// Word `v` hangs in the relative clause headed at `clause`: a `conj` of its verb, or an
/// `advcl` / `acl` on the verb or on a word below it (the tree the parse built when it kept
/// the description open past its closing comma); or a past form read as the modifier of
/// the noun after it ("…, held talks with Y") when that noun hangs there, or hangs on the
/// described `subject` itself as a loose apposition ("A and B, which …, expressed support
/// for C" read as "A and B, …, [expressed support]").
fn hangs_in_description(words: &[Word], v: usize, (subject, clause): (usize, usize)) -> bool {
    let w = &words[v];
    // a main verb after the closing comma read as a second clause of the description
    if w.deprel == "conj" || w.deprel == "parataxis" {
        return w.head as usize == clause + 1;
    }
    let modifier = w.deprel == "amod" && w.xpos == "VBN" && w.head as usize == v + 2;
    if modifier {
        let noun = &words[v + 1];
        let on_subject = noun.head as usize == subject + 1
            && matches!(noun.deprel.as_str(), "appos" | "dep" | "parataxis")
            && v > clause;
        return matches!(noun.upos.as_str(), "NOUN" | "PROPN")
            && (on_subject || under_clause(words, noun.head as usize, clause));
    }
    matches!(w.deprel.as_str(), "advcl" | "acl") && under_clause(words, w.head as usize, clause)
}

/// The word numbered `h` (1-based) is the relative clause's verb at `clause` or lies below
/// it, a few heads up at most.
fn under_clause(words: &[Word], mut h: usize, clause: usize) -> bool {
    // a relative clause is short: a few heads up at most
    for _ in 0..6 {
        if h == clause + 1 {
            return true;
        }
        match h.checked_sub(1) {
            Some(i) if i > clause => h = words[i].head as usize,
            _ => return false,
        }
    }
    false
}

/// The relative clause headed at `c` opens with a comma and a describing word: a pronoun
/// subject ("…, which lost …") or object ("…, which Y hopes to join …"), or "whose" on the
/// clause's subject ("…, whose border with Y became …").
fn opens_describing(words: &[Word], c: usize) -> bool {
    (0..c).any(|p| words[p].head as usize == c + 1 && describing_opener(words, p).is_some())
}

/// How far before its noun "whose" may stand ("whose foreign minister").
const WHOSE_GAP: usize = 3;

/// The comma-opened describing word that dependent `p` of a relative verb starts its clause
/// with: `p` itself when it is a describing pronoun (subject or object) right after a comma,
/// or the "whose" right after a comma that `p`, a subject, is possessed by.
pub(super) fn describing_opener(words: &[Word], p: usize) -> Option<usize> {
    let after_comma = |k: usize| k > 0 && words[k - 1].form == ",";
    let rel = words[p].deprel.as_str();
    let subject = matches!(rel, "nsubj" | "nsubj:pass");
    let form = words[p].form.to_lowercase();
    if (subject || rel == "obj") && DESCRIBING.contains(&form.as_str()) && after_comma(p) {
        return Some(p);
    }
    if !subject {
        return None;
    }
    (p.saturating_sub(WHOSE_GAP)..p).find(|&w| {
        words[w].form.eq_ignore_ascii_case("whose")
            && words[w].head as usize == p + 1
            && after_comma(w)
    })
}

/// `words` with word `dep` re-attached under `head` (both 0-based) as `rel`: the whole
/// change of a repair that moves one misplaced word or clause.
pub(super) fn reattached(words: &[Word], dep: usize, head: usize, rel: &str) -> Vec<Word> {
    let mut out = words.to_vec();
    out[dep].head = head as u32 + 1;
    out[dep].deprel = rel.into();
    out
}

/// The hand-built trees of this module's and its repairs' tests.
#[cfg(test)]
pub(super) use crate::nlp::syntax::test_words;

/// Does word `v` (0-based) have a dependent whose relation, subtype aside, is `rel`?
pub(super) use crate::nlp::syntax::repair::has_dependent;

#[cfg(test)]
mod tests {
    use super::*;

    use super::test_words as words;

    // "A, which borders B, urged C." parsed with A as the root
    const MISPARSED: [(&str, &str, &str, u32, &str); 8] = [
        ("Freedonia", "NNP", "PROPN", 0, "root"),
        (",", ",", "PUNCT", 3, "punct"),
        ("which", "WDT", "PRON", 4, "nsubj"),
        ("borders", "VBZ", "VERB", 1, "acl:relcl"),
        ("Sylvania", "NNP", "PROPN", 4, "obj"),
        (",", ",", "PUNCT", 7, "punct"),
        ("urged", "VBD", "VERB", 4, "conj"),
        ("Ruritania", "NNP", "PROPN", 7, "obj"),
    ];

    fn unchanged(rows: &[(&str, &str, &str, u32, &str)]) -> bool {
        let w = words(rows);
        matches!(main_verb_after_relative(&w), Cow::Borrowed(_))
    }

    #[test]
    fn the_main_verb_becomes_the_root_with_the_subject() {
        let w = words(&MISPARSED);
        let fixed = main_verb_after_relative(&w);
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (7, "nsubj"));
        assert_eq!(fixed[3].head, 1, "the relative clause stays on its noun");
    }

    #[test]
    fn a_past_tense_tagged_as_participle_is_the_main_verb_too() {
        // "A, which borders B, telephoned C.", the past tense read as VBN
        let mut rows = MISPARSED;
        rows[6] = ("telephoned", "VBN", "VERB", 4, "conj");
        let w = words(&rows);
        assert_eq!(main_verb_after_relative(&w)[6].deprel, "root");
        // a participle with no object ("…, backed by C") is no main verb
        rows[7] = ("C", "NNP", "PROPN", 7, "obl");
        assert!(unchanged(&rows));
    }

    #[test]
    fn a_participle_calling_on_a_party_to_act_is_the_main_verb() {
        // "A, which borders B, called on C to talk.", the past tense read as VBN on "B"
        let rows: [(&str, &str, &str, u32, &str); 10] = [
            ("Freedonia", "NNP", "PROPN", 0, "root"),
            (",", ",", "PUNCT", 4, "punct"),
            ("which", "WDT", "PRON", 4, "nsubj"),
            ("borders", "VBZ", "VERB", 1, "acl:relcl"),
            ("Sylvania", "NNP", "PROPN", 4, "obj"),
            (",", ",", "PUNCT", 7, "punct"),
            ("called", "VBN", "VERB", 5, "acl"),
            ("on", "IN", "ADP", 9, "case"),
            ("Ruritania", "NNP", "PROPN", 7, "obl"),
            ("talk", "VB", "VERB", 7, "xcomp"),
        ];
        let w = words(&rows);
        let fixed = main_verb_after_relative(&w);
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (7, "nsubj"));
    }

    // "A accused B of sheltering rebels and called on it …", "called" hung under the gerund
    const UNDER_GERUND: [(&str, &str, &str, u32, &str); 10] = [
        ("Freedonia", "NNP", "PROPN", 2, "nsubj"),
        ("accused", "VBD", "VERB", 0, "root"),
        ("Ruritania", "NNP", "PROPN", 2, "obj"),
        ("of", "IN", "SCONJ", 5, "mark"),
        ("sheltering", "VBG", "VERB", 3, "acl"),
        ("rebels", "NNS", "NOUN", 5, "obj"),
        ("and", "CC", "CCONJ", 8, "cc"),
        ("called", "VBN", "VERB", 5, "conj"),
        ("on", "IN", "ADP", 10, "case"),
        ("it", "PRP", "PRON", 8, "obl"),
    ];

    #[test]
    fn a_past_verb_coordinated_to_a_gerund_joins_the_finite_verb() {
        let w = words(&UNDER_GERUND);
        let fixed = repaired(&w);
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "conj"));
        // a second gerund ("of sheltering rebels and arming them") stays
        let mut rows = UNDER_GERUND.to_vec();
        rows[7] = ("arming", "VBG", "VERB", 5, "conj");
        assert!(matches!(repaired(&words(&rows)), Cow::Borrowed(_)));
        // so does a conjunct with a subject of its own
        let mut rows = UNDER_GERUND.to_vec();
        rows[8] = ("it", "PRP", "PRON", 8, "nsubj");
        assert!(matches!(repaired(&words(&rows)), Cow::Borrowed(_)));
    }

    // "A, which watches the waters of B, praised C.": "praised" read as a participle on "B"
    const DEEP_ACL: [(&str, &str, &str, u32, &str); 11] = [
        ("Freedonia", "NNP", "PROPN", 0, "root"),
        (",", ",", "PUNCT", 4, "punct"),
        ("which", "WDT", "PRON", 4, "nsubj"),
        ("watches", "VBZ", "VERB", 1, "acl:relcl"),
        ("the", "DT", "DET", 6, "det"),
        ("waters", "NNS", "NOUN", 4, "obj"),
        ("of", "IN", "ADP", 8, "case"),
        ("Sylvania", "NNP", "PROPN", 6, "nmod"),
        (",", ",", "PUNCT", 10, "punct"),
        ("praised", "VBN", "VERB", 8, "acl"),
        ("Ruritania", "NNP", "PROPN", 10, "obj"),
    ];

    #[test]
    fn a_main_verb_hung_deep_in_the_description_becomes_the_root() {
        let w = words(&DEEP_ACL);
        let fixed = main_verb_after_relative(&w);
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (10, "nsubj"));
        assert_eq!(fixed[3].head, 1, "the relative clause stays on its noun");
        // the same verb read as an adverbial of the relative verb ("A, which seeks B, accused C")
        let mut rows = DEEP_ACL;
        rows[9] = ("accused", "VBD", "VERB", 4, "advcl");
        assert_eq!(main_verb_after_relative(&words(&rows))[9].deprel, "root");
    }

    #[test]
    fn a_deep_participle_or_a_marked_clause_stays() {
        // "…, backed by C": a participle with no object describes
        let mut rows = DEEP_ACL;
        rows[10] = ("Ruritania", "NNP", "PROPN", 10, "obl");
        assert!(unchanged(&rows));
        // "…, as agreed …": a clause with its own conjunction is an adverbial
        let mut rows = DEEP_ACL.to_vec();
        rows[8] = ("as", "IN", "SCONJ", 10, "mark");
        assert!(unchanged(&rows));
        // no comma before the verb: the modifier belongs to the noun
        let mut rows = DEEP_ACL.to_vec();
        rows[8] = ("the", "DT", "DET", 8, "det");
        assert!(unchanged(&rows));
    }

    #[test]
    fn a_conjunct_joined_by_and_or_without_comma_stays() {
        // "which borders B and urged C": the conjunct is part of the description
        let mut rows = MISPARSED.to_vec();
        rows[5] = ("and", "CC", "CCONJ", 7, "cc");
        assert!(unchanged(&rows));
        // a participle ("…, urging C") is not a main clause
        let mut rows = MISPARSED.to_vec();
        rows[6] = ("urging", "VBG", "VERB", 4, "conj");
        assert!(unchanged(&rows));
        // a restrictive clause (no comma before "which") is not a description
        let mut rows = MISPARSED.to_vec();
        rows[1] = ("the", "DT", "DET", 1, "det");
        assert!(unchanged(&rows));
    }

    // "F's envoy, who was accompanied by aides, held talks with S.": "held" read as a
    // modifier of "talks", the object of the relative clause's verb
    const HELD_TALKS: [(&str, &str, &str, u32, &str); 15] = [
        ("Freedonia", "NNP", "PROPN", 3, "nmod:poss"),
        ("'s", "POS", "PART", 1, "case"),
        ("envoy", "NN", "NOUN", 0, "root"),
        (",", ",", "PUNCT", 7, "punct"),
        ("who", "WP", "PRON", 7, "nsubj:pass"),
        ("was", "VBD", "AUX", 7, "aux:pass"),
        ("accompanied", "VBN", "VERB", 3, "acl:relcl"),
        ("by", "IN", "ADP", 9, "case"),
        ("aides", "NNS", "NOUN", 7, "obl:agent"),
        (",", ",", "PUNCT", 11, "punct"),
        ("held", "VBN", "VERB", 12, "amod"),
        ("talks", "NNS", "NOUN", 7, "obj"),
        ("with", "IN", "ADP", 14, "case"),
        ("Sylvania", "NNP", "PROPN", 12, "nmod"),
        (".", ".", "PUNCT", 3, "punct"),
    ];

    #[test]
    fn a_past_form_read_as_its_objects_modifier_after_the_description_is_the_main_verb() {
        let w = words(&HELD_TALKS);
        let fixed = main_verb_after_relative(&w);
        assert_eq!((fixed[10].head, fixed[10].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (11, "nsubj"));
        assert_eq!((fixed[11].head, fixed[11].deprel.as_str()), (11, "obj"));
        assert_eq!(fixed[6].head, 3, "the relative clause stays on its noun");
    }

    #[test]
    fn a_modifier_not_after_the_closing_comma_stays() {
        // "…, who was accompanied by aides and held talks …": no closing comma. (A noun
        // hung on the subject as an apposition after the closing comma is repaired since
        // branch agentmods: `tests_agentmods.rs`.)
        let mut rows = HELD_TALKS;
        rows[9] = ("and", "CC", "CCONJ", 11, "cc");
        assert!(unchanged(&rows));
    }

    #[test]
    fn a_perfect_after_the_description_is_the_main_verb_and_a_passive_stays() {
        // "A, which borders B, had offered talks."
        let rows: [(&str, &str, &str, u32, &str); 9] = [
            ("Freedonia", "NNP", "PROPN", 0, "root"),
            (",", ",", "PUNCT", 4, "punct"),
            ("which", "WDT", "PRON", 4, "nsubj"),
            ("borders", "VBZ", "VERB", 1, "acl:relcl"),
            ("Sylvania", "NNP", "PROPN", 4, "obj"),
            (",", ",", "PUNCT", 8, "punct"),
            ("had", "VBD", "AUX", 8, "aux"),
            ("offered", "VBN", "VERB", 4, "conj"),
            ("talks", "NNS", "NOUN", 8, "obj"),
        ];
        let w = words(&rows);
        let fixed = main_verb_after_relative(&w);
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (8, "nsubj"));
        // "A, which borders B, was invited to talks": A is no subject of an active verb
        let mut passive = rows;
        passive[6] = ("was", "VBD", "AUX", 8, "aux:pass");
        passive[7] = ("invited", "VBN", "VERB", 4, "conj");
        passive[8] = ("talks", "NNS", "NOUN", 8, "obl");
        assert!(unchanged(&passive));
    }

    // "A, which suspended B after the coup, called on the soldiers to free the president."
    // with "called" read as a participle on "coup" and "to free" as a preposition and an
    // adjective
    const CALLED_ON: [(&str, &str, &str, u32, &str); 18] = [
        ("Freedonia", "NNP", "PROPN", 0, "root"),
        (",", ",", "PUNCT", 4, "punct"),
        ("which", "WDT", "PRON", 4, "nsubj"),
        ("suspended", "VBD", "VERB", 1, "acl:relcl"),
        ("Sylvania", "NNP", "PROPN", 4, "obj"),
        ("after", "IN", "ADP", 8, "case"),
        ("the", "DT", "DET", 8, "det"),
        ("coup", "NN", "NOUN", 4, "obl"),
        (",", ",", "PUNCT", 10, "punct"),
        ("called", "VBN", "VERB", 8, "acl"),
        ("on", "IN", "ADP", 13, "case"),
        ("the", "DT", "DET", 13, "det"),
        ("soldiers", "NNS", "NOUN", 10, "obl"),
        ("to", "IN", "ADP", 15, "case"),
        ("free", "JJ", "ADJ", 10, "obl"),
        ("the", "DT", "DET", 17, "det"),
        ("president", "NN", "NOUN", 15, "obj"),
        (".", ".", "PUNCT", 1, "punct"),
    ];

    #[test]
    fn a_past_form_with_its_preposition_and_no_later_verb_is_the_main_verb() {
        let w = words(&CALLED_ON);
        let fixed = main_verb_after_relative(&w);
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (0, "root"));
        assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (10, "nsubj"));
    }

    #[test]
    fn a_participle_with_its_agent_or_before_a_main_verb_still_describes() {
        // "…, backed by the soldiers …"
        let mut rows = CALLED_ON;
        rows[9] = ("backed", "VBN", "VERB", 8, "acl");
        rows[10] = ("by", "IN", "ADP", 13, "case");
        assert!(unchanged(&rows));
        // "…, based in the capital, urged the president …": the main verb comes later
        let mut rows = CALLED_ON;
        rows[9] = ("based", "VBN", "VERB", 8, "acl");
        rows[10] = ("in", "IN", "ADP", 13, "case");
        rows[14] = ("urged", "VBD", "VERB", 1, "parataxis");
        let w = words(&rows);
        let fixed = main_verb_after_relative(&w);
        assert_ne!(fixed[9].deprel, "root", "the participle is no main verb");
    }
}
