//! Acts told but not coded, and the labels of a wrong that name them ("X fired missiles into
//! the sea. … Y called the launches a violation"). A story often reports an act the
//! dictionary gives no event for (no target, or no pattern), and a reaction then names it by
//! a noun. The frame marks such a reaction a label of a wrong whose target is the act's
//! author; when the reaction rule finds no coded act for the noun, the author is the subject
//! of a predicate told just before whose verb (and object) the noun names: the pairs are data
//! (`data/lexicon/told_acts.txt`). One side only: acts of two sides leave it unknown.
use super::context::{SentenceCx, Told};
use super::*;

const LIST: &str = include_str!("../../../data/lexicon/told_acts.txt");

/// Determiners of a noun naming an act already told.
const BACK: [&str; 4] = ["the", "this", "these", "such"];

/// One line of the list: a noun, the verbs it names, the objects they must take (empty: any).
struct Pair {
    noun: String,
    verbs: Vec<String>,
    objects: Vec<String>,
    /// The noun names a court's act only (`court`).
    court: bool,
    /// The noun names a release a call may ask for (`release`).
    release: bool,
}

fn pairs() -> &'static [Pair] {
    static P: std::sync::OnceLock<Vec<Pair>> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let list = |s: &str| -> Vec<String> {
            s.split(',')
                .filter(|w| *w != "-" && !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        LIST.lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                let (noun, verbs) = (f.next()?.to_string(), list(f.next()?));
                let objects = list(f.next().unwrap_or("-"));
                let mark = f.next();
                Some(Pair {
                    noun,
                    verbs,
                    objects,
                    court: mark == Some("court"),
                    release: mark == Some("release"),
                })
            })
            .collect()
    })
}

/// Does a token of the sentence look like a regular form of a listed verb ("fired",
/// "lands", "launching")? Irregular forms ("sent", "gave") are recorded only when the
/// sentence is parsed for a dictionary verb. Asked of every sentence with no dictionary
/// verb, so the forms are made once.
pub(super) fn tells_listed_verb(text: &str, toks: &[Tok]) -> bool {
    static FORMS: std::sync::OnceLock<FastSet<String>> = std::sync::OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        pairs()
            .iter()
            .flat_map(|p| p.verbs.iter())
            .flat_map(|v| regular_forms(v))
            .collect()
    });
    toks.iter()
        .any(|t| forms.contains(&t.span.slice(text).to_lowercase()))
}

/// `verb`, and `verb` with -s, -es, -ed, -d (after "e") or -ing (a final "e" dropped).
fn regular_forms(verb: &str) -> [String; 7] {
    let stem = verb.strip_suffix('e').unwrap_or(verb);
    [
        verb.to_string(),
        format!("{stem}s"),
        format!("{stem}es"),
        format!("{stem}ed"),
        format!("{stem}ing"),
        format!("{verb}s"),
        format!("{verb}d"),
    ]
}

fn listed_verb(lemma: &str) -> bool {
    pairs().iter().any(|p| p.verbs.iter().any(|v| v == lemma))
}

/// Does `noun` name the act `t`: one of its verbs, with one of its objects when listed?
/// A court's noun names a court's act only.
fn names(noun: &str, t: &Told) -> bool {
    pairs().iter().any(|p| {
        p.noun == noun
            && p.verbs.contains(&t.verb)
            && (p.objects.is_empty() || t.objects.iter().any(|o| p.objects.contains(o)))
            && (!p.court || super::actors::court_code(&t.source.actor.code))
    })
}

/// The told acts of the sentence of `cx`: each verb of the list that is told as an act
/// (asserted or reported, not negated), with the actor of its subject; a pronoun subject of
/// a reported clause is the speaker ("the embassy said it had granted asylum").
pub(super) fn record(cx: &SentenceCx) -> Vec<Told> {
    let words = cx.words;
    let mut out = Vec::new();
    for (w, word) in words.iter().enumerate() {
        let lemma = word.lemma.to_lowercase();
        if word.upos != "VERB" || !listed_verb(&lemma) {
            continue;
        }
        let f = cx.sent.frame(w, None);
        let told = matches!(
            f.status,
            frames::Status::Asserted | frames::Status::Reported { .. }
        );
        if !told || f.negated || f.passive || f.dated.is_some() {
            continue;
        }
        let mut source = first_actor(cx, &f.source);
        if let (None, frames::Status::Reported { speech }) = (&source, f.status) {
            // "the embassy said it had granted asylum": the pronoun is the speaker
            if subject(words, w).is_some_and(|s| speaker_word(words, s)) {
                source = first_actor(cx, &cx.sent.frame(speech, None).source)
                    .or_else(|| subject(words, speech).and_then(|s| actor_at(cx, s)));
            }
        }
        let Some(p) = source else {
            continue;
        };
        out.push(Told {
            sentence: cx.si,
            start: word.start,
            verb: lemma,
            objects: objects_of(words, w),
            source: p,
        });
    }
    out
}

/// A subject that is the speaker of its reported clause: a pronoun ("it had granted"), or
/// a noun a pronoun owns ("his team had proposed", "its navy had fired").
fn speaker_word(words: &[syntax::Word], s: usize) -> bool {
    words[s].upos == "PRON"
        || words[s].upos == "NOUN"
            && words
                .iter()
                .any(|k| k.head as usize == s + 1 && k.deprel == "nmod:poss" && k.upos == "PRON")
}

/// Word `w`'s subject word.
fn subject(words: &[syntax::Word], w: usize) -> Option<usize> {
    words
        .iter()
        .position(|c| c.head as usize == w + 1 && c.deprel == "nsubj")
}

/// The actor of the mention that holds word `w` ("the Mexican embassy in Lima" for
/// "embassy"), when the frame's groups gave none.
fn actor_at(cx: &SentenceCx, w: usize) -> Option<Participant> {
    let at = cx.words[w].start;
    let m = cx
        .groups
        .iter()
        .flat_map(|g| g.mentions.iter())
        .find(|&&m| {
            cx.ents
                .mentions
                .get(m as usize)
                .is_some_and(|mm| mm.span.start <= at && at < mm.span.end)
        })?;
    let a = cx.actors.get(m).and_then(|v| v.first())?;
    let p = participant(cx.text, cx.ents, cx.toks, Some((*m, a)), &Side::default());
    reactions::placed(&p).then_some(p)
}

/// How many words after the verb its object's head noun may lie ("fired several
/// short-range ballistic missiles").
const OBJECT_WORDS: usize = 6;

/// The lemmas of the nouns right after verb `w`, up to a preposition, a verb or a mark of
/// punctuation: the object's nouns, read from the word order, as the parse often hangs a
/// long object's head elsewhere (on a hyphenated modifier).
/// The parse's own `obj` of the verb is added: a quantity before the noun ("fired at least
/// three missiles") stops the word-order reading at its preposition.
fn objects_of(words: &[syntax::Word], w: usize) -> Vec<String> {
    let mut out: Vec<String> = words
        .iter()
        .skip(w + 1)
        .take(OBJECT_WORDS)
        .filter(|c| c.form != "-")
        .take_while(|c| !matches!(c.upos.as_str(), "ADP" | "VERB" | "AUX" | "PUNCT" | "SCONJ"))
        .filter(|c| matches!(c.upos.as_str(), "NOUN" | "PROPN"))
        .map(|c| c.lemma.to_lowercase())
        .collect();
    let parsed = words
        .iter()
        .filter(|c| c.head as usize == w + 1 && c.deprel == "obj")
        .map(|c| c.lemma.to_lowercase());
    for o in parsed {
        if !out.contains(&o) {
            out.push(o);
        }
    }
    out
}

/// The first actor of the first mention of the actor groups `ids` that has one.
fn first_actor(cx: &SentenceCx, ids: &[u32]) -> Option<Participant> {
    let side = side_of(cx.groups, ids);
    let (m, a) = side
        .mentions
        .iter()
        .find_map(|m| cx.actors.get(m).and_then(|v| v.first()).map(|a| (*m, a)))?;
    let p = participant(cx.text, cx.ents, cx.toks, Some((m, a)), &side);
    reactions::placed(&p).then_some(p)
}

/// Path note of a label answered from a told act.
pub(super) const TOLD: &str = "; target: the author of an act told before and not coded";

/// Labels of a wrong with no target ("called the launches a violation") whose act noun names
/// a told act: the target is that act's author, when the acts the noun names near the label
/// (in the lead, or just before it: `any_act::near_label`) come from one side other than
/// the labeller's.
pub(super) fn answer_labels(text: &str, told: &[Told], out: &mut [CodedEvent]) {
    for e in out.iter_mut() {
        if e.target.is_some() || !e.path.contains(frames::LABELLED) {
            continue;
        }
        answer(text, told, e, TOLD);
    }
}

/// Path note of a judgement answered from a told act.
pub(super) const JUDGED: &str = "; target: the author of the told act the judged noun names";

/// Judgements (praise 05, criticism 11, rejection 12) of "the NOUN" that no pass has given a
/// target ("welcomed the letter", "rejected the proposal", "condemned the launch"): a
/// reaction names an act by its noun as a label does, and the act's author is the target
/// on the same terms (branch recall71). Runs after the coded-act and owned-noun passes, so
/// an act coded or a noun owned in the text keeps precedence.
pub(super) fn answer_judgements(text: &str, told: &[Told], out: &mut [CodedEvent]) {
    for e in out.iter_mut() {
        let open = e.target.as_ref().is_none_or(|t| !reactions::placed(t));
        let judged = matches!(crate::nlp::cameo::root(&e.cameo), Some(5 | 11 | 12));
        if !open || !judged || reactions::praise_read_as_criticism(text, e) {
            continue;
        }
        answer(text, told, e, JUDGED);
    }
}

/// Gives `e` the author of the told act its noun names, when the acts so named near it come
/// from one side other than its source's.
fn answer(text: &str, told: &[Told], e: &mut CodedEvent, note: &str) {
    if let Some(noun) = act_noun(text, e.trigger) {
        answer_noun(text, told, e, &noun, note);
    }
}

/// Gives `e` the author of the told act `noun` names, on the terms of [`answer`].
fn answer_noun(text: &str, told: &[Told], e: &mut CodedEvent, noun: &str, note: &str) {
    if let Some(author) = told_author(text, told, e, noun) {
        e.target = Some(author);
        e.path.push_str(note);
    }
}

/// The author of the told act `noun` names, when the acts so named near `e` come from one
/// side other than its source's.
fn told_author(text: &str, told: &[Told], e: &CodedEvent, noun: &str) -> Option<Participant> {
    if !reactions::placed(&e.source) {
        return None;
    }
    let near: Vec<&Told> = told
        .iter()
        .filter(|t| t.start < e.trigger.start && names(noun, t))
        .filter(|t| super::any_act::near_label(text, e.sentence, t.sentence, t.start))
        .collect();
    let last = near.last()?;
    let side = last.source.actor.side();
    if side == e.source.actor.side() || near.iter().any(|t| t.source.actor.side() != side) {
        return None;
    }
    Some(last.source.clone())
}

/// Path note of a call for a release answered from a told detention.
pub(super) const HELD: &str = "; target: the author of the told detention the release call names";

/// Words after a demand or appeal within which the release it asks for is named ("demanded
/// the immediate release of", "called for the journalist's release", "demanded that he be
/// freed").
const RELEASE_WORDS: usize = 5;

/// Demands and appeals (10x, 02x) for a release that no pass has given a target ("X
/// detained two Y fishermen … Y demanded the immediate release of the fishermen", "a court
/// in X sentenced a Z journalist … Z demanded that he be freed"): the call is addressed to
/// whoever holds the people, the author of the detention told before it. The list's rows
/// for "release" name the acts that take people (detain, arrest, sentence, …); the terms
/// are a label's (in the lead or just before; one side only, not the caller's). Runs after
/// `own_side::release_holders` and `release_judged`, which keep precedence (issue 8).
pub(super) fn answer_release_calls(text: &str, told: &[Told], out: &mut [CodedEvent]) {
    for e in out.iter_mut() {
        let open = e.target.as_ref().is_none_or(|t| !reactions::placed(t));
        let call = matches!(crate::nlp::cameo::root(&e.cameo), Some(2 | 10));
        if !open || !call {
            continue;
        }
        let Some(noun) = released_noun(text, e.trigger) else {
            continue;
        };
        // a call whose clause names another party ("demanded his release and sanctions on
        // Z's judges") may be addressed to it: the holder told before is no safe guess
        let Some(holder) = told_author(text, told, e, &noun) else {
            continue;
        };
        if !super::offered::contradicts(e, &holder) {
            e.target = Some(holder);
            e.path.push_str(HELD);
        }
    }
}

/// The word naming a release among the first words after a call's verb, up to a comma or the
/// end of the sentence: a listed noun whose acts take people (the rows marked `release`).
fn released_noun(text: &str, trigger: Span) -> Option<String> {
    let rest = text.get(trigger.end..).unwrap_or_default();
    let clause = rest
        .split([',', ';', '.', ':', '"'])
        .next()
        .unwrap_or_default();
    reactions::words(clause)
        .take(RELEASE_WORDS)
        .map(str::to_lowercase)
        .find(|w| pairs().iter().any(|p| p.release && &p.noun == w))
}

/// The noun of the list after a label's verb: "the NOUN" or "the WORD NOUN".
fn act_noun(text: &str, trigger: Span) -> Option<String> {
    let mut words = reactions::words_after(text, trigger).map(str::to_lowercase);
    if !BACK.contains(&words.next()?.as_str()) {
        return None;
    }
    words.take(2).find(|w| pairs().iter().any(|p| &p.noun == w))
}
