//! A clause opened by "after", "before", "since", "until", "because" or "once" whose subject
//! carries a modifier ("after police in the town of X detained three citizens", "after
//! soldiers from Y's base in Z detained a man") is often parsed as a prepositional phrase
//! ("after police" on the main verb) followed by a subject-less adverbial verb. The frames
//! then give that verb the main clause's subject, so the act is coded as the complainant's
//! own ("Bulgaria detained Bulgarian citizens"). When a finite `advcl` has neither subject
//! nor mark and the nearest such word before it is a preposition whose noun stands between
//! the two, with no comma or other verb in the stretch, the word is the clause's mark and
//! its noun the clause's subject; a phrase of the stretch the parse hung outside (on the main
//! verb) goes back to that noun. The parse may also get the clause's subject right but keep
//! the word as that subject's preposition and the clause as a complement of a verb that takes
//! none ("summoned the ambassador after soldiers … detained a man"): the word then becomes
//! the mark and the clause an adverbial (branch recall59: 15 such trees on rd14).
//! The subject-less verb may also be hung as a conjunct or complement of a verb before it
//! ("summoned Y's envoy on Tuesday after a court in Z sentenced a citizen", "said it was
//! closing its embassy, a day after the parliament passed a law"): with no coordinator
//! before it, it is the same misread clause, and becomes an adverbial of the verb the
//! conjunction's phrase hung under (branch recall71).
//! The verb may also be hung as a reduced relative (`acl`) on the noun itself ("after a drone
//! strike killed seven miners"): a past form with a direct object is no passive participle, so
//! it is the same clause, with the noun for subject (branch agentless2).
//! A participle adjective in the subject ("after an Iraqi armed group threatened") is part of
//! the noun phrase, not a verb that ends the search for the conjunction. The participle
//! reading (branch after2) leaves out "before", which is also a preposition of place
//! ("appeared before a military court charged with treason": the participle is a passive on
//! the person; branch after3). "as" on such a subject ("as officials of both states met")
//! is the clause's mark too (branch pairs3).
use super::FINITE;
use crate::nlp::syntax::Word;

/// Conjunctions that also read as prepositions ("after the talks"); not "while" or "when",
/// which are no prepositions.
const CONJUNCTIONS: [&str; 6] = ["after", "before", "since", "until", "because", "once"];

/// Is `w` one of the `CONJUNCTIONS` (compared without allocating: this runs on every word
/// of every parsed sentence)?
fn conjunction(w: &Word) -> bool {
    CONJUNCTIONS.iter().any(|c| w.form.eq_ignore_ascii_case(c))
}

/// "as": a preposition of role ("as mediator") too, so the tagger may hang it on the
/// subject of an "as"-clause ("…, as officials of the two states met in Z"); only the
/// subject case below reads it as the clause's mark, never the subject-less search of
/// `misread` (branch pairs3).
fn as_word(w: &Word) -> bool {
    w.form.eq_ignore_ascii_case("as")
}

/// The repaired sentence, or `None` when no such clause is there.
pub(super) fn subordinate_subject(words: &[Word]) -> Option<Vec<Word>> {
    if let Some(fixed) = mark_on_subject(words) {
        return Some(fixed);
    }
    let (verb, mark, noun, strays) = (0..words.len()).find_map(|v| misread(words, v))?;
    let mut out = words.to_vec();
    let v = verb as u32 + 1;
    out[noun].head = v;
    out[noun].deprel = "nsubj".into();
    if passive(words, verb) {
        out[noun].deprel = "nsubj:pass".into();
        for k in out.iter_mut().filter(|k| k.head == v && k.deprel == "cop") {
            k.deprel = "aux:pass".into();
        }
    }
    out[mark].head = v;
    out[mark].deprel = "mark".into();
    out[mark].upos = "SCONJ".into();
    for k in strays {
        out[k].head = noun as u32 + 1;
        out[k].deprel = "nmod".into();
    }
    if words[verb].xpos == "VBN" {
        // the tagger's participle of a reduced relative is the clause's past tense
        out[verb].xpos = "VBD".into();
    }
    if words[verb].deprel != "advcl" {
        // a conjunct or complement: an adverbial of the verb the phrase hung under
        out[verb].head = verbal_ancestor(words, noun)? as u32 + 1;
        out[verb].deprel = "advcl".into();
    }
    acyclic(&out).then_some(out)
}

/// Verb `v` (0-based) is a passive: a past form after its own "be" ("were refused"), which
/// the parse may have read as a copula; that "be" becomes the passive auxiliary.
fn passive(words: &[Word], v: usize) -> bool {
    super::has_dependent(words, v, "aux:pass")
        || (matches!(words[v].xpos.as_str(), "VBD" | "VBN")
            && words
                .iter()
                .any(|k| k.head as usize == v + 1 && k.deprel == "cop" && k.lemma == "be"))
}

/// "after soldiers from Y's base detained a man" parsed with the clause's subject right
/// but "after" as that subject's preposition, and the clause as a complement or conjunct
/// of the main verb ("summoned the ambassador" takes no clause): the word becomes the
/// clause's mark and the clause an adverbial of the verb it hangs on.
fn mark_on_subject(words: &[Word]) -> Option<Vec<Word>> {
    let (c, v) = (0..words.len()).find_map(|c| {
        if !(conjunction(&words[c]) || as_word(&words[c])) || words[c].deprel != "case" {
            return None;
        }
        let noun = (words[c].head as usize).checked_sub(1)?;
        let v = (words.get(noun)?.head as usize).checked_sub(1)?;
        // a noun, not a relative pronoun ("until which …" is the relative repairs' case)
        let subject = words[noun].deprel.split(':').next() == Some("nsubj")
            && matches!(words[noun].upos.as_str(), "NOUN" | "PROPN");
        let clause = words.get(v)?;
        let marked = words
            .iter()
            .any(|k| k.head as usize == v + 1 && k.deprel == "mark");
        // a relative clause on a noun is the relative repairs' case
        let hung = matches!(
            clause.deprel.as_str(),
            "ccomp" | "parataxis" | "conj" | "advcl"
        );
        (subject && hung && noun > c && v > noun && !marked && clause.upos == "VERB")
            .then_some((c, v))
    })?;
    let mut out = words.to_vec();
    out[c].head = v as u32 + 1;
    out[c].deprel = "mark".into();
    out[c].upos = "SCONJ".into();
    let head = (words[v].head as usize).checked_sub(1);
    let verbal_head = head.is_some_and(|h| words[h].upos == "VERB");
    if verbal_head && matches!(words[v].deprel.as_str(), "ccomp" | "parataxis" | "conj") {
        out[v].deprel = "advcl".into();
    }
    Some(out)
}

/// (verb, conjunction, its noun, phrases of the stretch hung outside it), 0-based.
fn misread(words: &[Word], v: usize) -> Option<(usize, usize, usize, Vec<usize>)> {
    let w = &words[v];
    let hung = matches!(w.deprel.as_str(), "conj" | "ccomp" | "parataxis");
    let has_kid = |rel: &str| {
        words
            .iter()
            .any(|k| k.head as usize == v + 1 && k.deprel.split(':').next() == Some(rel))
    };
    // "after a drone strike killed seven miners" read as a reduced relative on the noun: a
    // past form with a direct object is no passive participle, so it is the clause's verb
    let on_noun = w.deprel == "acl" && reduced_clause(words, v);
    let form_ok = FINITE.contains(&w.xpos.as_str()) || (on_noun && w.xpos == "VBN");
    if !(w.deprel == "advcl" || hung || on_noun) || !form_ok {
        return None;
    }
    if has_kid("nsubj") || has_kid("mark") || has_kid("csubj") || has_kid("expl") {
        return None;
    }
    // a coordinated verb ("met Y after the talks and signed") is a true conjunct
    if hung && has_kid("cc") {
        return None;
    }
    // the nearest conjunction before the verb, read as a preposition; a participle that
    // modifies a noun ("an armed group") is part of the subject, no clause of its own
    // the verb's own auxiliary ("after travellers were refused") is inside the clause
    let own_auxiliary = |i: usize| {
        words[i].head as usize == v + 1
            && matches!(words[i].deprel.as_str(), "aux" | "aux:pass" | "cop")
    };
    let c = (0..v).rev().find(|&i| {
        !own_auxiliary(i)
            && (conjunction(&words[i])
                || matches!(words[i].upos.as_str(), "AUX" | "PUNCT")
                || (words[i].upos == "VERB"
                    && !matches!(words[i].deprel.as_str(), "amod" | "compound")))
    })?;
    if !conjunction(&words[c]) || words[c].deprel != "case" {
        return None;
    }
    if on_noun && !past_with_object(words, v) && !opens_participle(words, c) {
        return None;
    }
    let noun = (words[c].head as usize).checked_sub(1)?;
    if noun <= c || noun >= v || !matches!(words[noun].upos.as_str(), "NOUN" | "PROPN") {
        return None;
    }
    if on_noun && !on_phrase(words, w, noun, c) {
        return None;
    }
    if hung && words[c + 1..v].iter().any(|k| k.upos == "CCONJ") {
        return None;
    }
    let inside = |h: u32| (c + 2..=v).contains(&(h as usize));
    let mut strays = Vec::new();
    for k in c + 1..v {
        if k == noun || inside(words[k].head) || own_auxiliary(k) {
            continue;
        }
        // only a prepositional phrase may have strayed ("from Y's base" on the main verb)
        let marked = words
            .iter()
            .any(|x| x.head as usize == k + 1 && x.deprel == "case");
        if !marked || !matches!(words[k].upos.as_str(), "NOUN" | "PROPN") {
            return None;
        }
        strays.push(k);
    }
    Some((v, c, noun, strays))
}

/// Is the reduced relative at `v` (0-based) a clause's verb? A past form with a direct
/// object is ("a drone strike killed seven miners"); so is a participle that governs a
/// phrase of its own but no "by" agent ("a vessel fired on a boat", "a group threatened to
/// attack", "gunmen crossed into the valley"): a passive participle on a noun after
/// "after" names the noun's patient with "by" or nothing, and an entity the noun names is
/// no point in time for "after" to open unless it acts (branch after2).
fn reduced_clause(words: &[Word], v: usize) -> bool {
    let kids = || {
        words
            .iter()
            .enumerate()
            .filter(|(_, k)| k.head as usize == v + 1)
    };
    let rel = |k: &Word| k.deprel.split(':').next().unwrap_or("").to_string();
    let agent = kids().any(|(i, k)| {
        k.deprel == "obl:agent"
            || (rel(k) == "obl"
                && words
                    .iter()
                    .any(|c| c.head as usize == i + 1 && c.form.eq_ignore_ascii_case("by")))
    });
    let governs = kids().any(|(_, k)| matches!(rel(k).as_str(), "obj" | "obl" | "xcomp"));
    let party = (words[v].head as usize)
        .checked_sub(1)
        .is_some_and(|n| names_a_party(words, n, 2));
    match words[v].xpos.as_str() {
        "VBD" => kids().any(|(_, k)| rel(k) == "obj") || (!agent && governs && party),
        "VBN" => !agent && governs && party,
        _ => false,
    }
}

/// Is the verb at `v` (0-based) a past form with a direct object (no participle reading)?
fn past_with_object(words: &[Word], v: usize) -> bool {
    words[v].xpos == "VBD"
        && words
            .iter()
            .any(|k| k.head as usize == v + 1 && k.deprel.split(':').next() == Some("obj"))
}

/// May the conjunction at `c` open a clause whose verb the parse read as a participle?
/// "before" is also a preposition of place ("appeared before a court charged with
/// treason", "testified before a committee"), where the participle is a passive on the
/// person; the other conjunctions are no prepositions of place.
fn opens_participle(words: &[Word], c: usize) -> bool {
    !words[c].form.eq_ignore_ascii_case("before")
}

/// Does the noun phrase at `n` (0-based) carry a capitalised modifier, within `depth`
/// levels ("a Libyan coast guard vessel", "gunmen from a Mexican cartel")? Such a phrase
/// names a party that can act; the participle's reading as its act wants that much.
fn names_a_party(words: &[Word], n: usize, depth: usize) -> bool {
    words.iter().enumerate().any(|(i, k)| {
        let modifier = matches!(
            k.deprel.as_str(),
            "amod" | "compound" | "nmod" | "nmod:poss"
        );
        let capital = k.form.chars().next().is_some_and(char::is_uppercase);
        k.head as usize == n + 1
            && modifier
            && (capital && i > 0 || depth > 1 && names_a_party(words, i, depth - 1))
    })
}

/// Does the reduced relative `w` hang on the conjunction's `noun`, or on the noun before the
/// conjunction that the phrase itself hangs on ("sent a note after soldiers detained eleven
/// farmers" read with "after soldiers" and "detained …" both on "note")?
fn on_phrase(words: &[Word], w: &Word, noun: usize, c: usize) -> bool {
    let h = w.head as usize;
    h == noun + 1 || (h == words[noun].head as usize && h >= 1 && h - 1 < c)
}

/// The nearest verb above word `w` (0-based), if any.
pub(super) fn verbal_ancestor(words: &[Word], w: usize) -> Option<usize> {
    let mut h = (words[w].head as usize).checked_sub(1)?;
    for _ in 0..words.len() {
        if words[h].upos == "VERB" {
            return Some(h);
        }
        h = (words[h].head as usize).checked_sub(1)?;
    }
    None
}

/// Every word reaches the root (a moved word must not end up under itself).
pub(super) fn acyclic(words: &[Word]) -> bool {
    (0..words.len()).all(|i| {
        let mut h = words[i].head as usize;
        for _ in 0..=words.len() {
            if h == 0 {
                return true;
            }
            h = match words.get(h - 1) {
                Some(w) => w.head as usize,
                None => return false,
            };
        }
        false
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::frames::repair::test_words as words;

    // "Ruritania protested after guards from Freedonia's post detained a herder." with
    // "after guards" on the main verb and "from … post" on it too
    const MISREAD: [(&str, &str, &str, u32, &str); 12] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("protested", "VBD", "VERB", 0, "root"),
        ("after", "IN", "ADP", 4, "case"),
        ("guards", "NNS", "NOUN", 2, "obl"),
        ("from", "IN", "ADP", 8, "case"),
        ("Freedonia", "NNP", "PROPN", 8, "nmod:poss"),
        ("'s", "POS", "PART", 6, "case"),
        ("post", "NN", "NOUN", 2, "obl"),
        ("detained", "VBD", "VERB", 2, "advcl"),
        ("a", "DT", "DET", 11, "det"),
        ("herder", "NN", "NOUN", 9, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    fn rows() -> Vec<Word> {
        words(&MISREAD)
    }

    #[test]
    fn the_noun_after_the_conjunction_is_the_clause_subject() {
        let fixed = subordinate_subject(&rows()).expect("repaired");
        assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (9, "nsubj"));
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (9, "mark"));
        // the strayed phrase goes back to the subject
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (4, "nmod"));
    }

    #[test]
    fn a_clause_with_its_own_subject_stays() {
        let mut r = rows();
        r[10].deprel = "nsubj".into();
        assert!(subordinate_subject(&r).is_none());
    }

    #[test]
    fn a_comma_between_phrase_and_verb_keeps_the_phrase() {
        // "protested after the talks, detained …": the phrase dates the main verb
        let mut r = rows();
        r[6].upos = "PUNCT".into();
        r[6].form = ",".into();
        assert!(subordinate_subject(&r).is_none());
    }

    // "Ruritania protested after guards detained a herder." with "after" on "guards" and
    // the clause a complement of "protested"
    const ON_SUBJECT: [(&str, &str, &str, u32, &str); 8] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("protested", "VBD", "VERB", 0, "root"),
        ("after", "IN", "ADP", 4, "case"),
        ("guards", "NNS", "NOUN", 5, "nsubj"),
        ("detained", "VBD", "VERB", 2, "ccomp"),
        ("a", "DT", "DET", 7, "det"),
        ("herder", "NN", "NOUN", 5, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_conjunction_on_the_subject_marks_the_clause() {
        let fixed = subordinate_subject(&words(&ON_SUBJECT)).expect("repaired");
        assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (5, "mark"));
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "advcl"));
    }

    #[test]
    fn a_preposition_on_an_object_stays() {
        // "… detained guards after the talks" has no clause to mark
        let mut rows = ON_SUBJECT.to_vec();
        rows[3].4 = "obj";
        assert!(subordinate_subject(&words(&rows)).is_none());
    }

    #[test]
    fn a_participle_is_no_clause() {
        let mut r = rows();
        r[8].xpos = "VBN".into();
        assert!(subordinate_subject(&r).is_none());
    }
    // "Ruritania summoned the envoy on Monday after guards from Freedonia detained a herder."
    // with "after guards" on the day and "detained" a conjunct of "summoned"
    const CONJUNCT: [(&str, &str, &str, u32, &str); 14] = [
        ("Ruritania", "NNP", "PROPN", 2, "nsubj"),
        ("summoned", "VBD", "VERB", 0, "root"),
        ("the", "DT", "DET", 4, "det"),
        ("envoy", "NN", "NOUN", 2, "obj"),
        ("on", "IN", "ADP", 6, "case"),
        ("Monday", "NNP", "PROPN", 2, "obl"),
        ("after", "IN", "ADP", 8, "case"),
        ("guards", "NNS", "NOUN", 6, "nmod"),
        ("from", "IN", "ADP", 10, "case"),
        ("Freedonia", "NNP", "PROPN", 8, "nmod"),
        ("detained", "VBD", "VERB", 2, "conj"),
        ("a", "DT", "DET", 13, "det"),
        ("herder", "NN", "NOUN", 11, "obj"),
        (".", ".", "PUNCT", 2, "punct"),
    ];

    #[test]
    fn a_subject_less_conjunct_after_the_conjunction_is_its_clause() {
        let fixed = subordinate_subject(&words(&CONJUNCT)).expect("repaired");
        assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (11, "nsubj"));
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (11, "mark"));
        assert_eq!((fixed[10].head, fixed[10].deprel.as_str()), (2, "advcl"));
    }

    #[test]
    fn a_coordinated_conjunct_stays() {
        // "… after the talks and detained a herder": "and" makes it a true conjunct
        let mut rows = CONJUNCT.to_vec();
        rows[8] = ("and", "CC", "CCONJ", 11, "cc");
        rows[9] = ("then", "RB", "ADV", 11, "advmod");
        assert!(subordinate_subject(&words(&rows)).is_none());
    }
}
