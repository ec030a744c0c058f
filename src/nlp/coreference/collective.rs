//! Collective descriptions of states named earlier, resolved by number and recency:
//! - "both governments", "the two leaders", "the three countries", "both sides" → the
//!   latest coordinated list of exactly that many states ("Armenia and Azerbaijan",
//!   "Mali, Burkina Faso and Niger") in the same sentence before it or the two before;
//!   failing that, the states of the latest earlier sentence that names any, when they are
//!   exactly that many (the current sentence's own states left out: "Washington hosted
//!   the two leaders" does not count the host; only states named as parties count, not an
//!   organisation or a place after "in"); failing both, for a pair, the pair the story is
//!   about (`story_pair`: the lead's opening pair, else `focus_dyad`), which also wins over
//!   a recent pair each named only once; a bare "the two" before a verb is "the two men";
//!
//! Not "the governments of A, B and C" as one mention per state: tried, it multiplied the
//! coder's wrong event types by the size of the list (more false events, no event found).
//!
//! The new mention covers the whole phrase and gets one multi-code actor ("ARMGOV/AZEGOV"),
//! which the event coder splits into one side per state, as it splits the dictionary's
//! multi-code actors; the names inside the phrase are nested in it and give way.

mod apart;
mod chain;
mod host;
mod persons;
mod story;
#[cfg(test)]
mod tests_containers;
mod their;

use crate::nlp::mentions::Ctx;
use crate::nlp::text::TokenKind;
use crate::nlp::{Actor, EntityType, Mention, Span};
use persons::{acted_on, persons};
use std::collections::HashSet;
use story::{helper_pair, list_or_story, same_group, story_pair};

/// What a collective head noun names: governments ("both governments"), people
/// ("the two leaders", "the two men": persons named just before, else the governments of
/// a list) or the states themselves ("the two countries", "both sides").
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Gov,
    Person,
    State,
}

/// Head nouns of `data/lexicon/mention_words.tsv`.
struct Heads {
    gov: HashSet<&'static str>,
    person: HashSet<&'static str>,
    state: HashSet<&'static str>,
    /// Heads that in a domestic story name its government and the armed group it fights.
    sides: HashSet<&'static str>,
    /// Words right before a phrase that make it the addressee of the sentence's subject.
    appeal: HashSet<&'static str>,
    /// Verbs after a bare "the two" that make it a subject ("the two agreed").
    verbs: HashSet<&'static str>,
    /// Words right before a phrase that open a clause it may be the subject of.
    clause_open: HashSet<&'static str>,
    /// Auxiliaries ("have", "were", "will"): a bare "both" after one is floated.
    auxiliary: HashSet<&'static str>,
}

fn heads() -> &'static Heads {
    use crate::nlp::lexicon::List;
    static H: std::sync::OnceLock<Heads> = std::sync::OnceLock::new();
    let set = |u: &str| -> HashSet<&'static str> { List::MentionWords.set(u) };
    H.get_or_init(|| Heads {
        gov: set("collective-gov"),
        person: set("collective-person"),
        state: set("collective-state"),
        sides: set("collective-sides"),
        appeal: set("appeal-before"),
        verbs: set("agent-verb"),
        clause_open: set("clause-open"),
        auxiliary: List::ClosedWords
            .words_of(&["modal", "be", "have", "do"])
            .into_iter()
            .collect(),
    })
}

fn head_kind(word: &str) -> Option<Kind> {
    let h = heads();
    if h.gov.contains(word) {
        Some(Kind::Gov)
    } else if h.person.contains(word) {
        Some(Kind::Person)
    } else if h.state.contains(word) {
        Some(Kind::State)
    } else {
        None
    }
}

/// "both X", "the two X", "all three X", "its two X": how many, and the token after the
/// number word. A possessive before the number ("China urged its two neighbours", "their
/// two governments") counts the same states as "the two": the owner is the speaker.
fn count_at(ctx: &Ctx, k: usize) -> Option<(usize, usize)> {
    if ctx.low(k) == "both" || called_parties(ctx, k) {
        return Some((2, k + 1));
    }
    if !matches!(ctx.low(k), "the" | "all" | "its" | "their") {
        return None;
    }
    Some((number_word(ctx.low(k + 1))?, k + 2))
}

/// "called on the parties to respect the ceasefire", "urged the sides to talk": a bare
/// "the" before a sides head ("parties", "sides"), addressed by an appeal, names the two
/// parties in conflict, as "both sides" does. Only right after an appeal verb, or after
/// "on" following a verb of calling: "compliance depends on the parties" names no pair,
/// nor do "the parties of the coalition" or "the parties' leaders" (branch addressee2).
fn called_parties(ctx: &Ctx, k: usize) -> bool {
    let Some(before) = k.checked_sub(1) else {
        return false;
    };
    let head = k + 1;
    let appealed = match ctx.low(before) {
        "on" => before
            .checked_sub(1)
            .is_some_and(|v| ctx.low(v).starts_with("call")),
        w => heads().appeal.contains(w),
    };
    let owned = matches!(ctx.low(head + 1), "of" | "'" | "’" | "'s");
    ctx.low(k) == "the" && appealed && heads().sides.contains(ctx.low(head)) && !owned
}

fn number_word(word: &str) -> Option<usize> {
    match word {
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        _ => None,
    }
}

/// "two of its member states", "three of their neighbours": a number before "of" and a
/// possessive is the partitive of "its two member states" (a bloc's members, a state's
/// neighbours), and names the same states. Only states: "two of its diplomats" are the
/// owner's own people, and "two of the men" a part of a group named before.
fn partitive_phrase(ctx: &Ctx, k: usize, b: usize) -> Option<Phrase> {
    let n = number_word(ctx.low(k))?;
    let owner = k + 2;
    if owner >= b || ctx.low(k + 1) != "of" || !matches!(ctx.low(owner), "its" | "their") {
        return None;
    }
    let p = headed_phrase(ctx, k, owner + 1, b, n)?;
    (p.kind == Kind::State).then_some(p)
}

/// An actor named in the text: its mention, code and key (the country; for an
/// organisation without one, the first six letters of its code: `IGOUNO`).
#[derive(Clone)]
struct Named {
    mention: usize,
    code: String,
    key: String,
    person: bool,
    /// A place after "in" or "at" ("Russia's embassy in Stockholm"): where something
    /// stands, not a party the sentence names.
    place: bool,
    /// A state's people ("Ukrainian children", `CVL`, `PPL`, `REF`): a population a
    /// sentence tells of, not the state acting as a party.
    people: bool,
}

impl Named {
    /// The code a collective phrase of `kind` gives this actor.
    fn code_as(&self, kind: Kind) -> String {
        let state = self.key.len() == 3;
        match kind {
            Kind::Person => self.code.clone(),
            Kind::Gov if state => format!("{}GOV", self.key),
            Kind::State if state => self.key.clone(),
            _ => self.code.clone(),
        }
    }
}

/// The spans of the mentions with an actor, sorted by start, with the running maximum of
/// their ends: "is this span inside another actor's span?" in O(log n) instead of a scan of
/// every mention per mention, which made a long article's coreference quadratic.
struct Containers {
    spans: Vec<Span>,
    max_end: Vec<usize>,
}

impl Containers {
    fn new(mentions: &[Mention]) -> Self {
        Self::of_spans(
            mentions
                .iter()
                .filter(|o| o.actor.as_ref().is_some_and(|a| !a.code.is_empty()))
                .map(|o| o.span)
                .collect(),
        )
    }

    fn of_spans(mut spans: Vec<Span>) -> Self {
        spans.sort_by_key(|s| (s.start, s.end));
        let max_end = spans
            .iter()
            .scan(0, |m, s| {
                *m = (*m).max(s.end);
                Some(*m)
            })
            .collect();
        Self { spans, max_end }
    }

    /// Whether another (different) actor span contains `m`: one that starts before it and
    /// ends at or after its end, or one that starts with it and ends after it.
    fn holds(&self, m: Span) -> bool {
        let before = self.spans.partition_point(|s| s.start < m.start);
        let wider_before = before > 0 && self.max_end[before - 1] >= m.end;
        let same_start = self.spans[before..]
            .iter()
            .take_while(|s| s.start == m.start)
            .any(|s| s.end > m.end);
        wider_before || same_start
    }
}

/// The outermost mentions with an actor, sorted by start.
fn named_mentions(text: &str, mentions: &[Mention]) -> Vec<Named> {
    let outer = Containers::new(mentions);
    let mut out: Vec<Named> = (0..mentions.len())
        .filter(|&i| !outer.holds(mentions[i].span))
        .filter(|&i| !super::former::after_past_word(text, mentions[i].span.start))
        .filter_map(|i| {
            let a = mentions[i].actor.as_ref()?;
            let key = if a.country.is_empty() {
                a.code.get(..6)?.to_string()
            } else {
                a.country.clone()
            };
            (!a.code.contains('/') && !a.code.starts_with("---")).then(|| Named {
                mention: i,
                code: a.code.clone(),
                key,
                person: mentions[i].entity_type == EntityType::Person
                    || counterpart_nationality(text, &mentions[i]),
                place: is_place(text, &mentions[i]),
                people: matches!(a.sector.as_str(), "CVL" | "PPL" | "REF"),
            })
        })
        .collect();
    out.sort_by_key(|s| mentions[s.mention].span.start);
    out
}

/// "his Bosnian counterpart": a nationality before a counterpart noun names a person, the
/// other state's official, even when the name after it is unknown to the dictionaries
/// ("telephoned his Bosnian counterpart, Jane Roe, and the two agreed").
fn counterpart_nationality(text: &str, m: &Mention) -> bool {
    static HEADS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let heads =
        HEADS.get_or_init(|| crate::nlp::lexicon::List::MentionWords.words("counterpart-head"));
    let next = text
        .get(m.span.end..)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty());
    m.entity_type == EntityType::Nationality && next.is_some_and(|w| heads.contains(&w))
}

/// A location mention right after a locative preposition ("the embassy in Stockholm").
fn is_place(text: &str, m: &Mention) -> bool {
    let before = text.get(..m.span.start).unwrap_or("");
    m.entity_type == EntityType::Location
        && matches!(before.split_whitespace().last(), Some("in" | "at"))
}

/// How two names are joined: by a conjunction ("A and B", "A, B or C"), by a comma alone
/// (inside a list, or an apposition), or not as a list.
#[derive(Clone, Copy, PartialEq)]
enum Joint {
    Conj,
    Comma,
    None,
}

fn joint(text: &str, between: Span) -> Joint {
    let Some(s) = text.get(between.start..between.end) else {
        return Joint::None;
    };
    let words = s.replace(',', " ");
    let listy = words.split_whitespace().all(|w| {
        matches!(
            w,
            "and" | "or" | "nor" | "the" | "both" | "neither" | "either"
        )
    });
    if !listy {
        Joint::None
    } else if words
        .split_whitespace()
        .any(|w| matches!(w, "and" | "or" | "nor"))
    {
        Joint::Conj
    } else if s.contains(',') {
        Joint::Comma
    } else {
        Joint::None
    }
}

/// Coordinated lists: runs of names joined by commas up to a conjunction ("A, B and C");
/// commas after the last conjunction are appositions, not list joints.
fn lists(text: &str, mentions: &[Mention], named: &[Named]) -> Vec<Vec<Named>> {
    let mut out: Vec<Vec<Named>> = Vec::new();
    let mut cur: Vec<Named> = Vec::new();
    let mut joints: Vec<Joint> = Vec::new();
    let mut flush = |cur: &mut Vec<Named>, joints: &mut Vec<Joint>| {
        let last_conj = joints.iter().rposition(|j| *j == Joint::Conj);
        if let Some(c) = last_conj {
            cur.truncate(c + 2);
            if distinct(cur).len() >= 2 {
                out.push(std::mem::take(cur));
            }
        }
        cur.clear();
        joints.clear();
    };
    for s in named {
        let j = cur.last().map_or(Joint::None, |p| {
            let (a, b) = (&mentions[p.mention], &mentions[s.mention]);
            if a.sentence == b.sentence && a.span.end <= b.span.start {
                joint(text, Span::new(a.span.end, b.span.start))
            } else {
                Joint::None
            }
        });
        if j == Joint::None {
            flush(&mut cur, &mut joints);
        } else {
            joints.push(j);
        }
        cur.push(s.clone());
    }
    flush(&mut cur, &mut joints);
    out
}

/// The actors of a list, one per key, in order.
fn distinct(list: &[Named]) -> Vec<Named> {
    let mut out: Vec<Named> = Vec::new();
    for s in list {
        if !out.iter().any(|o| o.key == s.key) {
            out.push(s.clone());
        }
    }
    out
}

/// The members a numbered phrase resolved to, and its sentence.
struct Group {
    sentence: usize,
    members: Vec<Named>,
}

impl Group {
    fn new(sentence: usize, members: &[Named]) -> Self {
        Self {
            sentence,
            members: members.to_vec(),
        }
    }
}

/// Where a collective phrase stands: sentence, first byte, how many it names.
#[derive(Clone, Copy)]
struct At {
    sentence: usize,
    start: usize,
    count: usize,
    /// "both sides", "the two parties": may name a government and its armed opponent.
    sides: bool,
    /// "urged both sides": the sentence's own list before it is the subject, not the
    /// antecedent ("A and B urged both sides" does not mean A and B).
    addressed: bool,
    /// "telephoned both leaders", "stood between the two leaders": a lower-case word that
    /// opens no clause stands right before the phrase, so someone acts on it.
    acted_on: bool,
    /// "the three governments", not a bare "all three": a head noun says what it counts.
    headed: bool,
}

/// The actors "the N …" refers to: the list of that many in focus (its members named most
/// often so far, then the latest) among the phrase's sentence and the three before; else
/// the actors of the latest earlier sentence naming any, when they are that many.
fn antecedents(
    text: &str,
    mentions: &[Mention],
    named: &[Named],
    lists: &[Vec<Named>],
    groups: &[Group],
    at: At,
) -> Option<Vec<Named>> {
    let earlier = |n: &Named| mentions[n.mention].span.end <= at.start;
    let recent = |n: &Named| earlier(n) && mentions[n.mention].sentence + 3 >= at.sentence;
    let salience = |l: &Vec<Named>| {
        let keys: Vec<&str> = l.iter().map(|n| n.key.as_str()).collect();
        let count = named
            .iter()
            .filter(|n| earlier(n) && keys.contains(&n.key.as_str()))
            .count();
        (count, l.last().map_or(0, |n| mentions[n.mention].span.end))
    };
    let sentence_of = |n: &Named| mentions[n.mention].sentence;
    let own_list = |l: &Vec<Named>| l.iter().all(|n| sentence_of(n) == at.sentence);
    let list = lists
        .iter()
        .filter(|l| l.iter().all(recent))
        .filter(|l| !(at.addressed && own_list(l)))
        .filter(|l| distinct(l).len() == at.count)
        .max_by_key(|l| salience(l));
    let own: Vec<Named> = named
        .iter()
        .filter(|n| sentence_of(n) == at.sentence && earlier(n))
        .cloned()
        .collect();
    let story = || story_pair(text, mentions, named, lists, &own, at, &earlier);
    if let Some(l) = list {
        return Some(list_or_story(text, mentions, named, l, at, &earlier, story));
    }
    if at.sides && at.count == 2 {
        if let Some(pair) = domestic_pair(named, &own, &earlier, &recent) {
            return Some(pair);
        }
    }
    let prev = named
        .iter()
        .map(sentence_of)
        .filter(|&s| s < at.sentence && s + 2 >= at.sentence)
        .max();
    if let Some(group) = chain::latest_group(groups, at, prev) {
        return Some(group);
    }
    let before: Vec<Named> = named
        .iter()
        .filter(|n| Some(sentence_of(n)) == prev && !own.iter().any(|o| o.key == n.key))
        // a pair of parties: states named as actors, not an organisation or a place
        .filter(|n| n.key.len() == 3 && !n.place)
        .cloned()
        .collect();
    let before = distinct(&before);
    if let Some(pair) = story::split_pair(text, mentions, &own, &before, at) {
        return Some(pair);
    }
    let near = (before.len() == at.count).then_some(before);
    // a pair of one side and the helper it thanked: the story's pair
    if let Some(pair) = near.as_ref().filter(|_| at.count == 2) {
        if let Some(sides) = story().filter(|s| {
            helper_pair(text, mentions, named, pair, s, &earlier)
                || apart::side_thread(named, pair, s, &earlier)
        }) {
            return Some(sides);
        }
    }
    // a pair with a state named there only by its people ("the deportation of Ukrainian
    // children"): a population the sentence tells of, not a party; the story's pair
    if near
        .as_ref()
        .is_some_and(|p| story::people_only(mentions, named, p))
    {
        if let Some(sides) = story() {
            return Some(sides);
        }
    }
    // only in a sentence with no earlier state named (the lead): elsewhere an own "pair" may
    // be a topic and a speaker's nationality ("spoke about Gaza, the Qatari agency said")
    let first = prev.is_none() && !named.iter().any(|n| sentence_of(n) < at.sentence);
    let joined = story::after_joined_clause(text, at.start)
        && own
            .iter()
            .any(|n| story::partner(text, mentions[n.mention].span.start));
    near.or_else(story)
        .or_else(|| (first || joined).then(|| own_parties(&own, at)).flatten())
}

/// "A turned back B's aircraft …, before the two governments announced a deal": with no
/// earlier sentence or story pair to name them, the phrase's own sentence's states named
/// before it as parties, when they are exactly as many. Outside the lead only for a phrase
/// that opens a clause joined by ", and" to one that names a partner ("X held talks with Y,
/// and the two sides signed"; not "spoke about Gaza, the Qatari agency said, and …").
fn own_parties(own: &[Named], at: At) -> Option<Vec<Named>> {
    let parties: Vec<Named> = own
        .iter()
        .filter(|n| n.key.len() == 3 && !n.place)
        .cloned()
        .collect();
    let parties = distinct(&parties);
    (!at.addressed && parties.len() == at.count).then_some(parties)
}

/// "both governments" with no list or pair near it: the dyad the article is about, the two
/// states named most often before the phrase (at least twice each, and a third state named
/// less often than the second), the phrase's own sentence's actors left out ("the UN
/// urged both governments": not the UN).
fn focus_dyad(
    named: &[Named],
    own: &[Named],
    earlier: &dyn Fn(&Named) -> bool,
) -> Option<Vec<Named>> {
    // a pair: `story_pair`, the one caller, has already checked that `at.count` is 2
    let tally = state_tally(named, own, earlier);
    let second = tally.get(1)?.0;
    let third = tally.get(2).map_or(0, |t| t.0);
    (second >= 2 && third < second).then(|| tally.into_iter().take(2).map(|t| t.1).collect())
}

/// The states named before the phrase, outside its own sentence's actors: (count, latest
/// mention) per state key, most named first; ties keep the order of first mention.
fn state_tally(
    named: &[Named],
    own: &[Named],
    earlier: &dyn Fn(&Named) -> bool,
) -> Vec<(usize, Named)> {
    let mut tally: Vec<(usize, Named)> = Vec::new();
    let states = named.iter().filter(|n| n.key.len() == 3 && earlier(n));
    for n in states.filter(|n| !own.iter().any(|o| o.key == n.key)) {
        match tally.iter_mut().find(|(_, t)| t.key == n.key) {
            Some((c, t)) => {
                *c += 1;
                *t = n.clone();
            }
            None => tally.push((1, n.clone())),
        }
    }
    tally.sort_by_key(|t| std::cmp::Reverse(t.0));
    tally
}

/// Sectors of a government's side in an internal conflict, in order of preference.
const GOVERNMENT_SECTORS: [&str; 2] = ["GOV", "MIL"];
/// Sectors of the armed or political side that opposes it.
const OPPONENT_SECTORS: [&str; 4] = ["REB", "INS", "SEP", "OPP"];

/// "both sides" in a domestic story (one state named at least three times as often as any
/// other, the phrase's own sentence left out: "Cuba and Norway urged both sides"): that
/// state's government and the rebel or opposition group of it named in the last sentences
/// ("Colombia's president … the ELN … both sides"). The collective rule by country sees
/// one state there and finds no pair.
fn domestic_pair(
    named: &[Named],
    own: &[Named],
    earlier: &dyn Fn(&Named) -> bool,
    recent: &dyn Fn(&Named) -> bool,
) -> Option<Vec<Named>> {
    let tally = state_tally(named, own, earlier);
    let (top, key) = tally.first().map(|(c, n)| (*c, n.key.as_str()))?;
    let second = tally.get(1).map_or(0, |t| t.0);
    if top < 3 || top < 3 * second {
        return None;
    }
    let sector = |n: &Named| n.code.get(3..6).map(str::to_string);
    let ours = |n: &&Named| n.key == key && earlier(n);
    let opponent =
        named.iter().rev().filter(ours).find(|n| {
            recent(n) && sector(n).is_some_and(|s| OPPONENT_SECTORS.contains(&s.as_str()))
        })?;
    let government = GOVERNMENT_SECTORS.iter().find_map(|g| {
        named
            .iter()
            .rev()
            .filter(ours)
            .find(|n| sector(n).as_deref() == Some(*g))
    })?;
    // the side is the government, not the minister named for it ("COLGOVMIL" → "COLGOV")
    let mut government = government.clone();
    government.code.truncate(6);
    Some(vec![government, opponent.clone()])
}

fn collective_actor(members: &[Named], kind: Kind, name: &str) -> Actor {
    let codes: Vec<String> = members.iter().map(|n| n.code_as(kind)).collect();
    // one side left (`host::without_hosts`): a plain actor of its state, whose code later
    // stages must not read as a sector of another country
    let (country, sector) = match members {
        [one] if one.key.len() == 3 => {
            let code = &codes[0];
            (
                one.key.clone(),
                code.get(3..).unwrap_or_default().to_string(),
            )
        }
        _ => (String::new(), String::new()),
    };
    Actor {
        code: codes.join("/"),
        name: name.to_string(),
        country,
        sector,
    }
}

/// A collective phrase found in the text: its token range, kind and how many actors it
/// names.
struct Phrase {
    start_tok: usize,
    end_tok: usize,
    kind: Kind,
    count: usize,
    /// The head is a "sides" word (`collective-sides`).
    sides: bool,
}

impl Phrase {
    /// "their governments": no number; the list "their" goes back to decides it.
    fn possessive(&self) -> bool {
        self.count == 0
    }
}

/// "both governments", "the two leaders", "the three neighbouring countries".
fn numbered_phrase(ctx: &Ctx, k: usize, b: usize) -> Option<Phrase> {
    if let Some(p) = each_phrase(ctx, k, b) {
        return Some(p);
    }
    if let Some(p) = partitive_phrase(ctx, k, b) {
        return Some(p);
    }
    let (n, j) = count_at(ctx, k)?;
    let headed = [j, j + 1]
        .into_iter()
        .any(|h| h < b && head_kind(ctx.low(h)).is_some());
    if !headed {
        return bare_phrase(ctx, k, j, b, n);
    }
    headed_phrase(ctx, k, j, b, n)
}

/// The phrase from token `k` whose head noun is at `j` or, after one modifier, `j + 1`.
fn headed_phrase(ctx: &Ctx, k: usize, j: usize, b: usize, n: usize) -> Option<Phrase> {
    let found = [j, j + 1]
        .into_iter()
        .filter(|&h| h < b)
        .find_map(|h| head_kind(ctx.low(h)).map(|s| (h, s)));
    let (head, kind) = found?;
    // one modifier at most, in lower case ("the two warring sides")
    if head > j && ctx.tokens[j].cap {
        return None;
    }
    Some(Phrase {
        start_tok: k,
        end_tok: head + 1,
        kind,
        count: n,
        sides: heads().sides.contains(ctx.low(head)),
    })
}

/// "each side blamed the other", "each government accuses the other": a singular head after
/// "each", with "the other" later in the sentence, names the two parties of a reciprocal
/// act, resolved as "both sides" / "both governments" are.
fn each_phrase(ctx: &Ctx, k: usize, b: usize) -> Option<Phrase> {
    let head = k + 1;
    if ctx.low(k) != "each" || head >= b {
        return None;
    }
    let single = ctx.low(head);
    let plural = match single.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{single}s"),
    };
    let kind = head_kind(&plural)?;
    let other =
        (head + 1..b.saturating_sub(1)).any(|i| ctx.low(i) == "the" && ctx.low(i + 1) == "other");
    other.then(|| Phrase {
        start_tok: k,
        end_tok: head + 1,
        kind,
        count: 2,
        sides: heads().sides.contains(plural.as_str()),
    })
}

/// "the two agreed", "both had signed": a number without a head noun, standing as the
/// subject of a verb, names the people (else the states) just named, like "the two men".
fn bare_phrase(ctx: &Ctx, k: usize, j: usize, b: usize, n: usize) -> Option<Phrase> {
    let next = ctx.low(j);
    let verb = j < b && next != "and" && heads().verbs.contains(next);
    (verb && !floated(ctx, k)).then_some(Phrase {
        start_tok: k,
        end_tok: j,
        kind: Kind::Person,
        count: n,
        sides: false,
    })
}

/// "A and B have both criticised the deal", "A and B both signed": a bare "both" right
/// after an auxiliary or a capitalised name is floated off the subject before it, not a
/// subject of its own; as one it would make A and B each other's target (branch fresh13).
fn floated(ctx: &Ctx, k: usize) -> bool {
    let after_name = k > 0 && ctx.tokens[k - 1].cap && ctx.tokens[k - 1].kind == TokenKind::Word;
    ctx.low(k) == "both" && k > 0 && (heads().auxiliary.contains(ctx.low(k - 1)) || after_name)
}

/// The members of a numbered phrase: persons first for "the two men / leaders".
fn members(
    text: &str,
    mentions: &[Mention],
    named: &[Named],
    lists: &[Vec<Named>],
    groups: &[Group],
    p: &Phrase,
    at: At,
) -> Option<Vec<Named>> {
    let people = (p.kind == Kind::Person)
        .then(|| persons(text, mentions, named, at))
        .flatten();
    match people {
        Some(v) if v.is_empty() => None,
        Some(v) => Some(v),
        None => antecedents(text, mentions, named, lists, groups, at),
    }
}

/// Adds a mention with a multi-code actor for each collective phrase that resolves.
pub(super) fn resolve(ctx: &Ctx, ranges: &[(usize, usize)], mentions: &mut Vec<Mention>) {
    let named = named_mentions(ctx.text, mentions);
    let lists = lists(ctx.text, mentions, &named);
    let hosts = host::host_keys(ctx.text, mentions, &named);
    let mut added: Vec<Mention> = Vec::new();
    // the members of each numbered phrase resolved so far, in text order
    let mut groups: Vec<Group> = Vec::new();
    for (si, &(a, b)) in ranges.iter().enumerate() {
        let mut k = a;
        while k < b {
            let found = numbered_phrase(ctx, k, b).or_else(|| their::phrase(ctx, k, b));
            let Some(p) = found else {
                k += 1;
                continue;
            };
            let span = Span::new(ctx.tokens[p.start_tok].start, ctx.tokens[p.end_tok - 1].end);
            let at = At {
                sentence: si,
                start: span.start,
                count: p.count,
                sides: p.sides,
                addressed: p.start_tok > a && heads().appeal.contains(ctx.low(p.start_tok - 1)),
                acted_on: acted_on(ctx, p.start_tok, a),
                headed: head_kind(ctx.low(p.end_tok - 1)).is_some(),
            };
            if p.possessive() {
                let name = span.slice(ctx.text);
                let found = their::actor(ctx, mentions, &named, &lists, &added, at, name);
                added.extend(found.map(|actor| collective_mention(span, si, actor)));
            } else if let Some(m) = members(ctx.text, mentions, &named, &lists, &groups, &p, at)
                .or_else(|| same_group(&groups, &p))
                .inspect(|m| groups.push(Group::new(si, m)))
                .map(|m| host::without_hosts(m, &hosts))
                .filter(|m| !m.is_empty())
            {
                // a person phrase of persons is a person; of states, their governments
                let one_state = m.iter().all(|n| n.key == m[0].key);
                let kind = if one_state {
                    // a government and its opponent: their own codes
                    Kind::Person
                } else if p.kind == Kind::Person && !m.iter().all(|n| n.person) {
                    Kind::Gov
                } else {
                    p.kind
                };
                let actor = collective_actor(&m, kind, span.slice(ctx.text));
                added.push(collective_mention(span, si, actor));
            }
            k = p.end_tok;
        }
    }
    mentions.extend(added);
}

/// The mention a resolved collective phrase (or a plural pronoun, `coordinated`) adds: an
/// organisation of several states.
pub(super) fn collective_mention(span: Span, sentence: usize, actor: Actor) -> Mention {
    Mention {
        span,
        entity_type: EntityType::Organisation,
        actor: Some(actor),
        sentence,
        antecedent: None,
        geo: None,
    }
}
