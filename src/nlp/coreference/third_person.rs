//! "it", "they" and "him" that open a clause: the subject of the previous sentence, when
//! its number and kind fit.
//!
//! - "It accused Paris …" after "The ministry said …" is the ministry: "it" takes a single
//!   actor that is not a person (a state, organ, organisation), named in the previous
//!   sentence's subject;
//! - "They called on Belarus …" after "The four ministers said …" is the four governments:
//!   "they" takes a plural subject — a coordinated list ("A and B met …"), a collective
//!   mention ("the two countries"), or a plural noun whose actor is known ("Houthi rebels");
//!   a list becomes one multi-code actor, which the event coder splits into one side each;
//! - "Putin thanked him" after "Tokayev praised …" is Tokayev: "him" takes a person who
//!   was the previous sentence's subject, unless that person is the one acting on him.
//!
//! A subject pronoun counts only when no actor is named before it in its sentence ("On
//! Thursday it closed …" counts; "Ankara said it …" is the coder's reported-speech rule)
//! and the word after it is not one of `pronoun-expletive-next` ("It is unclear …"); an
//! actor named inside a fronted prepositional phrase does not count ("In a note handed to
//! the envoy, it demanded …": `fronted`). An organisation's body post-modified by a place
//! or a relative clause ("The UN office in the zone, which watches the two states, said")
//! is the organisation its own modifiers name.
//! The previous sentence is parsed only when such a pronoun is found. Anything that does
//! not fit leaves the pronoun unresolved: no mention is added.

use super::fronted::{dominated_by, subtree_span};
use crate::nlp::mentions::{make_actor, unplaced_code, Ctx};
use crate::nlp::syntax::{self, Analysis};
use crate::nlp::text::TokenKind;
use crate::nlp::{Actor, EntityType, Mention, Span};
use std::collections::HashSet;
use std::sync::OnceLock;

/// What a pronoun asks of its antecedent.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Want {
    /// "it": one actor, not a person.
    Thing,
    /// "they": several actors, or a plural noun.
    Plural,
    /// "him": one person.
    Person,
    /// "its" before a title or institution: one actor, not a person, whose agent it names.
    Owner,
    /// "His" / "Her" opening a sentence before an office (`holder`): one person.
    Holder,
}

impl Want {
    /// The type of the mention a resolved pronoun becomes.
    fn entity_type(self) -> EntityType {
        match self {
            Want::Person => EntityType::Person,
            _ => EntityType::Organisation,
        }
    }
}

fn want(word: &str) -> Option<Want> {
    match word {
        "it" => Some(Want::Thing),
        "they" => Some(Want::Plural),
        "him" => Some(Want::Person),
        "its" => Some(Want::Owner),
        _ => None,
    }
}

/// Words after "it" / "they" that make the pronoun empty or not an actor ("it is", "it seems").
fn expletive_next() -> &'static HashSet<&'static str> {
    use crate::nlp::lexicon::List;
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| List::MentionWords.set("pronoun-expletive-next"))
}

/// Adds a mention with the antecedent's actor for each pronoun that resolves.
pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    let mut added: Vec<Mention> = Vec::new();
    // "Its security minister": (agent mention, its owner's agent)
    let mut owned: Vec<(usize, Option<Actor>)> = Vec::new();
    // "Its drones hit …": (sentence, "its" token, sentence end, the owner's armed force)
    let mut instruments: Vec<(usize, usize, usize, Actor)> = Vec::new();
    let mut parsed: Option<(usize, Analysis)> = None;
    // the mentions' starts, sorted once (`mentions` does not change in the loop): asked for
    // every pronoun, a scan of every mention each time grew with a long article's square
    let mut starts: Option<Vec<usize>> = None;
    for (si, &(a, b)) in ranges.iter().enumerate().skip(1) {
        for k in a..b {
            let Some(w) = want(ctx.low(k)) else {
                continue;
            };
            let start = ctx.tokens[k].start;
            // already resolved inside its own sentence (`bound`)
            let starts = starts.get_or_insert_with(|| {
                let mut v: Vec<usize> = mentions.iter().map(|m| m.span.start).collect();
                v.sort_unstable();
                v
            });
            if starts.binary_search(&start).is_ok() {
                continue;
            }
            // "It recalled its ambassador from Y": the resolved "It" is an actor named
            // before "its", which the coder reads within its own sentence, as after a name.
            if !fits_position(ctx, [mentions.as_slice(), &added], w, (si, a), k, b) {
                continue;
            }
            let Some(parse) = previous_parse(ctx, ranges, si, &mut parsed) else {
                return;
            };
            let pool: Vec<&Mention> = mentions.iter().chain(added.iter()).collect();
            let Some((actor, ante)) = antecedent(&pool, parse, si - 1, w) else {
                continue;
            };
            if w == Want::Person && acts_on_itself(&pool, si, start, &actor) {
                continue;
            }
            let ante = (ante < mentions.len()).then_some(ante);
            if w == Want::Owner {
                if let Some(i) = owned_agent(mentions, ctx.tokens[k].end) {
                    owned.push((i, owned_actor(&actor, mentions[i].actor.as_ref())));
                    continue;
                } else if let Some(force) = super::owned::armed_force_of(&actor, false) {
                    instruments.push((si, k, b, force));
                    continue;
                }
                // "Its secretary-general urged …" after a sentence about an organisation:
                // the office acts for the organisation, which "its" names (the coder gives
                // the act of an owned office to its possessor)
                if !(actor.organisation() && owns_office(ctx, k + 1, b)) {
                    continue;
                }
            }
            added.push(Mention {
                span: Span::new(start, ctx.tokens[k].end),
                entity_type: w.entity_type(),
                actor: Some(actor),
                sentence: si,
                antecedent: ante,
                geo: None,
            });
        }
    }
    for (i, actor) in owned {
        if let Some(a) = actor {
            // the dictionaries' own reading of the name stands
            let open = |j: &usize| {
                let m: &Mention = &mentions[*j];
                m.actor.as_ref().is_none_or(|a| a.country.is_empty())
            };
            if let Some(j) = apposed_name(ctx.text, mentions, i).filter(open) {
                mentions[j].actor = Some(a.clone());
            }
            mentions[i].actor = Some(a);
        }
    }
    mentions.extend(added);
    for (si, k, b, force) in instruments {
        super::owned::own(ctx, mentions, si, k, b, force);
    }
}

/// The person the sentence before `si` is about, for a "His" / "Her" that opens `si`
/// (`holder`): its subject when that is one person, else the one who reports its clause
/// ("…, President X said."); by mention index.
pub(super) fn previous_person(
    ctx: &Ctx,
    ranges: &[(usize, usize)],
    mentions: &[Mention],
    si: usize,
) -> Option<usize> {
    let parse = super::sentence_parse(ctx, ranges[si.checked_sub(1)?])?;
    let pool: Vec<&Mention> = mentions.iter().collect();
    antecedent(&pool, &parse, si - 1, Want::Holder).map(|(_, i)| i)
}

/// Words after "its" searched for an office ("its special envoy", "its secretary-general").
const OFFICE_WORDS: usize = 3;

/// An office of an organisation (`igo-office` in `data/lexicon/mention_words.tsv`) among
/// the lower-case words from token `k` ("its| secretary-general", "its| foreign ministers").
fn owns_office(ctx: &Ctx, k: usize, b: usize) -> bool {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let office = W.get_or_init(|| crate::nlp::lexicon::List::MentionWords.set("igo-office"));
    (k..b.min(k + OFFICE_WORDS))
        .take_while(|&t| {
            let tok = ctx.tokens[t];
            tok.kind == TokenKind::Word && !tok.cap && !tok.all_caps || ctx.low(t) == "-"
        })
        .any(|t| office.contains(ctx.low(t)))
}

/// The parse of the sentence before `si`, kept in `parsed` while that sentence's
/// successor is resolved (the analysis is the costly part); `None` if no model loads.
fn previous_parse<'p>(
    ctx: &Ctx,
    ranges: &[(usize, usize)],
    si: usize,
    parsed: &'p mut Option<(usize, Analysis)>,
) -> Option<&'p Analysis> {
    if parsed.as_ref().is_none_or(|(s, _)| *s != si - 1) {
        *parsed = Some((si - 1, super::sentence_parse(ctx, ranges[si - 1])?));
    }
    parsed.as_ref().map(|(_, a)| a)
}

/// The country-less agent mention that starts right after byte `end` ("its| security
/// minister", "its| defence minister": GOVMIL), by index.
pub(super) fn owned_agent(mentions: &[Mention], end: usize) -> Option<usize> {
    let open = |a: &Actor| {
        a.country.is_empty()
            && unplaced_code(&a.code)
            && a.code.bytes().all(|b| b.is_ascii_uppercase())
    };
    mentions.iter().position(|m| {
        m.span.start > end && m.span.start <= end + 1 && m.actor.as_ref().is_some_and(open)
    })
}

/// "Its foreign minister, Jean Dupont,": the person named in apposition right after an
/// owned title is its bearer, and takes the title's actor when the dictionaries give the
/// name no country (the mention finder's apposition rule ran before "Its" was resolved).
pub(super) fn apposed_name(text: &str, mentions: &[Mention], i: usize) -> Option<usize> {
    let title = &mentions[i];
    if title.entity_type != EntityType::Person {
        return None;
    }
    mentions.iter().position(|m| {
        m.entity_type == EntityType::Person
            && m.span.start > title.span.end
            && text
                .get(title.span.end..m.span.start)
                .is_some_and(|g| g.trim() == ",")
            && is_name(m.span.slice(text))
    })
}

/// A capitalised name, not a pronoun opening an aside ("Its president, he said, …").
fn is_name(s: &str) -> bool {
    s.starts_with(char::is_uppercase)
        && !matches!(
            s.to_lowercase().as_str(),
            "he" | "she" | "they" | "it" | "we"
        )
}

/// The owner's country with the agent's sector ("Its security minister" after Burkina
/// Faso's government: BFAGOV); an organisation itself; nothing when any other owner has no
/// country.
pub(super) fn owned_actor(owner: &Actor, agent: Option<&Actor>) -> Option<Actor> {
    let agent = agent?;
    // "Its spokesman" of an organisation speaks for the organisation, which has no country
    // to carry a sector ("the UN refugee agency ... Its representative")
    if owner.organisation() {
        return Some(owner.clone());
    }
    (!owner.country.is_empty()).then(|| {
        make_actor(
            &format!("{}{}", owner.country, agent.code),
            &format!("{} {}", owner.name, agent.name),
        )
    })
}

/// A subject pronoun opens its clause: no actor named before it in the sentence, and a
/// lower-case word after it that is not an expletive's verb. "him" may stand anywhere.
/// `mentions` are the article's and those added so far; they are searched last, after the
/// tests of the next word.
fn fits_position(
    ctx: &Ctx,
    mentions: [&[Mention]; 2],
    w: Want,
    (si, a): (usize, usize),
    k: usize,
    b: usize,
) -> bool {
    if w == Want::Person {
        return true;
    }
    let start = ctx.tokens[k].start;
    let next = k + 1;
    let verbish = next < b && ctx.tokens[next].kind == TokenKind::Word && !ctx.is_cap_word(next);
    if !verbish || expletive_next().contains(ctx.low(next)) {
        return false;
    }
    let before: Vec<Span> = mentions
        .iter()
        .flat_map(|ms| ms.iter())
        .filter(|m| m.sentence == si && m.span.end <= start && m.actor.is_some())
        .map(|m| m.span)
        .collect();
    // "In a note handed to the envoy, it demanded …": what a fronted phrase names is no
    // antecedent (parsed only then: the comma before the pronoun is the cheap test)
    before.is_empty()
        || k > a
            && ctx.low(k - 1) == ","
            && super::sentence_parse(ctx, (a, b))
                .is_some_and(|p| super::fronted::only_in_fronted_phrases(&p, start, &before))
}

/// The main subject of the sentence `sentence` (parsed as `parse`) as "they" wants it: a
/// list, a collective or a plural noun with a known actor (`coordinated`).
pub(super) fn plural_antecedent(
    pool: &[&Mention],
    parse: &Analysis,
    sentence: usize,
) -> Option<(Actor, usize)> {
    antecedent(pool, parse, sentence, Want::Plural)
}

/// The previous sentence's subject as the pronoun wants it: (actor, mention index).
fn antecedent(
    pool: &[&Mention],
    parse: &Analysis,
    sentence: usize,
    w: Want,
) -> Option<(Actor, usize)> {
    let subj = main_subject(parse, true)?;
    let inside = match subject_actors(pool, sentence, &subj) {
        Some(inside) => inside,
        // "The loan will be paid at once, the Fund said. Its director …": an office is
        // owned by an actor, so when the reported clause's subject names none, the one
        // who reports it owns "its" / "his" office
        None if matches!(w, Want::Owner | Want::Holder) => {
            subject_actors(pool, sentence, &main_subject(parse, false)?)?
        }
        None => return None,
    };
    let mut codes: Vec<&str> = Vec::new();
    for &i in &inside {
        let c = pool[i].actor.as_ref().map_or("", |a| a.code.as_str());
        if !c.is_empty() && !codes.contains(&c) {
            codes.push(c);
        }
    }
    let &first = inside.first()?;
    let m = pool[first];
    let actor = m.actor.clone()?;
    let multi = codes.len() > 1 || actor.code.contains('/');
    let person = m.entity_type == EntityType::Person;
    let single = codes.len() == 1 && !multi;
    // a name whose head the parse took from inside it ("Human Rights Watch" with "Rights"
    // as the subject) is one body, whatever the number of that inner word
    let inner_head = inside.len() == 1 && subj.heads.first().is_some_and(|h| h.end < m.span.end);
    // a state's name the tagger reads as a plural noun ("Honduras", "the Bahamas") is one
    // state
    let state_name = inside.len() == 1 && m.entity_type != EntityType::Nationality && {
        !actor.country.is_empty() && actor.sector.is_empty() && !multi
    };
    let plural = subj.plural && !inner_head && !state_name;
    match w {
        Want::Thing | Want::Owner if single && !plural && !person => Some((actor, first)),
        Want::Person | Want::Holder if single && person => Some((actor, first)),
        Want::Plural if multi => Some((joined(&codes, &actor), first)),
        Want::Plural if single && plural && !person => Some((actor, first)),
        _ => None,
    }
}

/// The mentions the subject names: the one holding each head word (the subject's and its
/// conjuncts'); when a plural head holds none ("the ministers of A and B"), every actor
/// named inside the subject.
fn subject_actors(pool: &[&Mention], sentence: usize, subj: &Subject) -> Option<Vec<usize>> {
    let all = outermost_actors(pool, sentence, subj.span);
    let holding = |h: Span| all.iter().copied().find(|&i| pool[i].span.contains(h));
    let held: Vec<Option<usize>> = subj.heads.iter().map(|&h| holding(h)).collect();
    if held.iter().all(Option::is_some) {
        return Some(held.into_iter().flatten().collect());
    }
    // "The UN office in the zone, which watches the two states, said …": what the head's
    // own modifiers name, not its locative or relative clause
    let core = outermost_actors(
        pool,
        sentence,
        Span::new(
            subj.span.start,
            subj.heads.first().map_or(subj.span.end, |h| h.end),
        ),
    );
    if organisation_body(pool, subj, &core) {
        return Some(core);
    }
    (subj.plural && subj.heads.len() == 1 && all.len() > 1).then_some(all)
}

/// "The WHO team said …", "The Commonwealth mission said …": a singular body noun
/// (`collective-head` in `data/lexicon/org_words.tsv`) that no mention holds, in a subject
/// that names one organisation and nothing else, is that organisation's body, and "it" in
/// the next sentence is the organisation. A state's body is left alone ("the Brazilian
/// team" may be a sports side); so is a subject naming two actors.
fn organisation_body(pool: &[&Mention], subj: &Subject, all: &[usize]) -> bool {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let bodies = W.get_or_init(|| crate::nlp::lexicon::List::OrgWords.set("collective-head"));
    let [only] = all else {
        return false;
    };
    subj.heads.len() == 1
        && !subj.plural
        && bodies.contains(subj.head_word.as_str())
        && pool[*only].actor.as_ref().is_some_and(|a| a.organisation())
}

/// The root's subject: its whole span, the spans of its head word and coordinated heads,
/// and whether the head noun is plural.
struct Subject {
    span: Span,
    heads: Vec<Span>,
    plural: bool,
    /// The head word, lower-cased.
    head_word: String,
}

/// One actor for a list: the codes joined by '/', as collective descriptions do.
pub(super) fn joined(codes: &[&str], first: &Actor) -> Actor {
    if codes.len() == 1 {
        return first.clone();
    }
    Actor {
        code: codes.join("/"),
        name: first.name.clone(),
        country: String::new(),
        sector: String::new(),
    }
}

/// The root's nominal subject; when the root has none (a parse that hangs the clause off a
/// modifier), the subject of the first verb that has one, or the noun a relative pronoun
/// subject stands for ("X, which borders Y, criticised …" parsed as a root "X"). With
/// `postposed`, a reporting root's subject set after its clause gives way to the clause's.
fn main_subject(parse: &Analysis, postposed: bool) -> Option<Subject> {
    let words = &parse.words;
    let subject_of = |h: usize| {
        words.iter().position(|w| {
            w.head as usize == h + 1 && matches!(w.deprel.as_str(), "nsubj" | "nsubj:pass")
        })
    };
    let root = words.iter().position(|w| w.head == 0)?;
    let subj = subject_of(root)
        .map(|s| {
            postposed
                .then(|| postposed_report(parse, root, s))
                .flatten()
                .unwrap_or(s)
        })
        .or_else(|| {
            (0..words.len())
                .filter(|&v| words[v].xpos.starts_with("VB"))
                .find_map(subject_of)
                .map(|s| relative_antecedent(parse, s).unwrap_or(s))
        })?;
    let span = subtree_span(parse, subj);
    let span_of = |w: &syntax::Word| Span::new(w.start, w.end);
    let mut heads = vec![span_of(&words[subj])];
    heads.extend(
        words
            .iter()
            .filter(|w| w.head as usize == subj + 1 && w.deprel == "conj")
            .map(span_of),
    );
    Some(Subject {
        span,
        plural: matches!(words[subj].xpos.as_str(), "NNS" | "NNPS"),
        heads,
        head_word: words[subj].form.to_lowercase(),
    })
}

/// "Y held talks with Z, his office said": a reporting root whose subject is set off by a
/// comma after a clause with its own subject, and which has no complement after it, only
/// attributes that clause; the clause's subject is what the sentence tells of, so a
/// pronoun in the next sentence looks there. A clause opened by a marker ("When the troops
/// arrived, the minister said.") is an adjunct and keeps the root's subject.
fn postposed_report(parse: &Analysis, root: usize, subj: usize) -> Option<usize> {
    let words = &parse.words;
    if !super::dateline::speech_verb(&words[root].form.to_lowercase()) {
        return None;
    }
    let child = |h: usize, rels: &[&str]| {
        words
            .iter()
            .any(|w| w.head as usize == h + 1 && rels.contains(&w.deprel.as_str()))
    };
    let complement_after = words.iter().enumerate().any(|(i, w)| {
        i > root && w.head as usize == root + 1 && matches!(w.deprel.as_str(), "ccomp" | "obj")
    });
    let comma_before = subj > 0
        && (0..subj)
            .rev()
            .find(|&i| !dominated_by(parse, i, subj))
            .is_some_and(|i| words[i].form == ",");
    if complement_after || !comma_before {
        return None;
    }
    (0..subj).find(|&i| {
        let h = words[i].head as usize;
        matches!(words[i].deprel.as_str(), "nsubj" | "nsubj:pass")
            && h > 0
            && h - 1 < subj
            && words[h - 1].xpos.starts_with("VB")
            && !child(h - 1, &["mark"])
    })
}

/// The noun that relative pronoun `s` ("which", "who") stands for: the head of its
/// relative clause.
fn relative_antecedent(parse: &Analysis, s: usize) -> Option<usize> {
    let words = &parse.words;
    let verb = (words[s].head as usize).checked_sub(1)?;
    let relative = matches!(words[s].xpos.as_str(), "WDT" | "WP");
    (relative && words[verb].deprel == "acl:relcl")
        .then(|| (words[verb].head as usize).checked_sub(1))
        .flatten()
}

/// Mentions with an actor overlapping `span` (a parse may leave a title outside the subject) of sentence `s`, outermost only, in text order.
fn outermost_actors(pool: &[&Mention], s: usize, span: Span) -> Vec<usize> {
    let with_actor = |m: &Mention| m.actor.as_ref().is_some_and(|a| !a.code.is_empty());
    let mut out: Vec<usize> = (0..pool.len())
        .filter(|&i| pool[i].sentence == s && overlaps(pool[i].span, span) && with_actor(pool[i]))
        .filter(|&i| {
            !pool
                .iter()
                .any(|o| o.span != pool[i].span && o.span.contains(pool[i].span) && with_actor(o))
        })
        .collect();
    out.sort_by_key(|&i| pool[i].span.start);
    out.dedup_by_key(|i| pool[*i].span);
    out
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// "Putin thanked him": a person named before "him" in its sentence with the same actor
/// is the one acting, so "him" is someone else.
fn acts_on_itself(pool: &[&Mention], si: usize, start: usize, actor: &Actor) -> bool {
    pool.iter().any(|m| {
        m.sentence == si
            && m.span.end <= start
            && m.entity_type == EntityType::Person
            && m.actor.as_ref().is_some_and(|a| a.code == actor.code)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor_of_nth, events};

    #[test]
    fn it_is_the_previous_subject_when_that_is_one_actor_not_a_person() {
        let text = "Algeria's foreign ministry summoned the Spanish envoy on Monday. \
                    It accused Spain of meddling in its affairs.";
        assert_eq!(actor_of_nth(text, "It", 0).as_deref(), Some("DZAGOV"));
        let evs = events(text);
        assert!(
            evs.iter()
                .any(|(s, t, c)| s == "DZAGOV" && t.starts_with("ESP") && c.starts_with("11")),
            "{evs:?}"
        );
        // after an opening phrase, still the clause's subject
        let text = "Pakistan denied the charge. On Friday it closed its border with India.";
        assert_eq!(actor_of_nth(text, "it", 0).as_deref(), Some("PAK"));
    }

    #[test]
    fn it_is_left_alone_after_a_person_a_list_an_expletive_or_a_named_subject() {
        let text = "French President Emmanuel Macron criticised Iran. It accused Spain of lying.";
        assert_eq!(actor_of_nth(text, "It", 0), None);
        let text = "Chile and Peru criticised Bolivia. It accused Spain of lying.";
        assert_eq!(actor_of_nth(text, "It", 0), None);
        let text = "Algeria criticised Spain. It is unclear what Madrid will do.";
        assert_eq!(actor_of_nth(text, "It", 0), None);
        // an actor named before the pronoun: the coder's reported-speech rule decides
        let text = "Algeria criticised Spain. Morocco said it would stay neutral.";
        assert_eq!(actor_of_nth(text, "it", 0), None);
    }

    #[test]
    fn they_is_the_previous_coordinated_or_plural_subject() {
        let text = "Chile and Peru met in Lima on Tuesday. \
                    They called on Bolivia to reopen the border.";
        assert_eq!(actor_of_nth(text, "They", 0).as_deref(), Some("CHL/PER"));
        let evs = events(text);
        for src in ["CHL", "PER"] {
            assert!(
                evs.iter().any(|(s, t, c)| s.starts_with(src)
                    && t.starts_with("BOL")
                    && c.starts_with("02")),
                "{src}: {evs:?}"
            );
        }
        // one state is not "they"
        let text = "Chile met Peru in Lima. They called on Bolivia to reopen the border.";
        assert_eq!(actor_of_nth(text, "They", 0), None);
    }

    #[test]
    fn him_is_the_previous_subject_person_but_not_the_one_acting_on_him() {
        let text = "Indian Prime Minister Narendra Modi praised Japan's help. \
                    Japanese Prime Minister Shigeru Ishiba thanked him for the visit.";
        assert_eq!(actor_of_nth(text, "him", 0).as_deref(), Some("INDGOV"));
        let text = "Indian Prime Minister Narendra Modi praised Japan's help. \
                    Later Modi thanked him for the visit.";
        assert_eq!(actor_of_nth(text, "him", 0), None);
    }
}
