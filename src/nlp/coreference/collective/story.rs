//! The pair a collective phrase names when a recent list or the story's lead decides it:
//! a list of one side's targets gives way to the story's pair, and the lead's own states
//! or opening pair name "both governments" (split from `collective`, which resolves the
//! phrases).
use super::{distinct, focus_dyad, At, Group, Kind, Named, Phrase};
use crate::nlp::Mention;

/// A recent list of the phrase's size, unless it is a pair each named for the first time
/// ("while A and B have already accepted") in a story about another pair: then "both
/// governments" goes on with the story's pair, as a reader takes it. Likewise when the list
/// is what the story's other state acted on and adds a bystander (`bystander_list`), or the
/// helpers a side thanked (`thanked_list`).
pub(super) fn list_or_story(
    text: &str,
    mentions: &[Mention],
    named: &[Named],
    list: &[Named],
    at: At,
    earlier: &dyn Fn(&Named) -> bool,
    story: impl FnOnce() -> Option<Vec<Named>>,
) -> Vec<Named> {
    let list = distinct(list);
    if at.count != 2 {
        return list;
    }
    let times = |k: &str| named.iter().filter(|n| earlier(n) && n.key == k).count();
    let Some(story) = story() else {
        return list;
    };
    let shared = |n: &Named| story.iter().any(|m| m.key == n.key);
    let apart = !list.iter().any(shared);
    let passing = list.iter().all(|n| times(&n.key) == 1) && apart;
    let helpers = apart && thanked_list(text, mentions, &list);
    let side = super::apart::side_thread(named, &list, &story, earlier);
    if passing || helpers || side || bystander_list(mentions, named, &list, &story, &times) {
        story
    } else {
        list
    }
}

/// "A and B signed … A's president thanked C and D for their help. … both governments": a
/// list right after a verb of thanks (`thanked-before`) names the helpers one side thanked,
/// not two sides, however often they are named again.
fn thanked_list(text: &str, mentions: &[Mention], list: &[Named]) -> bool {
    list.first().is_some_and(|n| {
        word_before(text, mentions[n.mention].span.start)
            .is_some_and(|w| thanked_words().contains(w.to_lowercase().as_str()))
    })
}

/// "A recalled its envoys to B and C. The bloc urged both countries …": the list shares one
/// state with the story's pair (A, B), the other story state acts in the list's own sentence
/// before it, and the list's third state is named less than half as often as either state of
/// the pair: the list is A's targets, and "both countries" are still the two sides.
fn bystander_list(
    mentions: &[Mention],
    named: &[Named],
    list: &[Named],
    story: &[Named],
    times: &dyn Fn(&str) -> usize,
) -> bool {
    let in_story = |n: &Named| story.iter().any(|m| m.key == n.key);
    let (inside, outside): (Vec<&Named>, Vec<&Named>) = list.iter().partition(|n| in_story(n));
    let ([member], [bystander]) = (inside.as_slice(), outside.as_slice()) else {
        return false;
    };
    let Some(other) = story.iter().find(|m| m.key != member.key) else {
        return false;
    };
    let first = &mentions[list[0].mention];
    let actor_before = named.iter().any(|n| {
        let m = &mentions[n.mention];
        n.key == other.key
            && !n.place
            && m.sentence == first.sentence
            && m.span.end <= first.span.start
    });
    let least = story.iter().map(|m| times(&m.key)).min().unwrap_or(0);
    actor_before && 2 * times(&bystander.key) <= least
}

/// "B's foreign ministry thanked C … The bloc praised both governments": the latest
/// sentence's pair shares one state (B) with the story's pair (A, B), and its other state is
/// one a party thanked (`thanked-before` in `data/lexicon/mention_words.tsv` right before
/// its name: a helper or mediator, not a side) named less often than either state of the
/// story's pair. "Both governments" are then still the two sides.
pub(super) fn helper_pair(
    text: &str,
    mentions: &[Mention],
    named: &[Named],
    pair: &[Named],
    story: &[Named],
    earlier: &dyn Fn(&Named) -> bool,
) -> bool {
    let times = |k: &str| named.iter().filter(|n| earlier(n) && n.key == k).count();
    let in_story = |n: &Named| story.iter().any(|m| m.key == n.key);
    let (inside, outside): (Vec<&Named>, Vec<&Named>) = pair.iter().partition(|n| in_story(n));
    let ([_], [helper]) = (inside.as_slice(), outside.as_slice()) else {
        return false;
    };
    let sentence = mentions[helper.mention].sentence;
    let thanked = named.iter().any(|n| {
        n.key == helper.key
            && mentions[n.mention].sentence == sentence
            && word_before(text, mentions[n.mention].span.start)
                .is_some_and(|w| thanked_words().contains(w.to_lowercase().as_str()))
    });
    let least = story.iter().map(|m| times(&m.key)).min().unwrap_or(0);
    // a state named at most half as often as either side is a go-between or a bystander
    // even unthanked ("B's envoy met C's president and asked him to help open talks with
    // A. The bloc called on both countries …"): the sides are still the story's pair
    thanked && times(&helper.key) < least || 2 * times(&helper.key) <= least
}

/// Is a state of a nearby pair named in the pair's sentence only by its people ("over the
/// deportation of Ukrainian children")? Then that sentence tells of a population, and its
/// states are no pair of parties for "the two leaders" later.
pub(super) fn people_only(mentions: &[Mention], named: &[Named], pair: &[Named]) -> bool {
    pair.iter().any(|p| {
        let sentence = mentions[p.mention].sentence;
        named
            .iter()
            .filter(|n| n.key == p.key && mentions[n.mention].sentence == sentence)
            .all(|n| n.people)
    })
}

/// The word right before byte `at` of `text`.
fn word_before(text: &str, at: usize) -> Option<&str> {
    text.get(..at)?
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .rfind(|w| !w.is_empty())
}

fn thanked_words() -> &'static std::collections::HashSet<&'static str> {
    static W: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    W.get_or_init(|| crate::nlp::lexicon::List::MentionWords.set("thanked-before"))
}

/// The pair a story is about: the two states its lead sentence opens with ("A and B
/// accused C"), else its acting state and the first other it names ("A suspended a deal
/// with B", `lead_dyad`), else the two it names most often (`focus_dyad`). For three or
/// more ("accused the three governments" paragraphs after "The leaders of A, B and C
/// signed …"), only the lead's opening list of exactly that many states, and only for a
/// phrase with a head noun: a count the lead does not match names nothing, and a bare "all
/// three" far from the lead may count anything (tried: it coded a background act of the
/// lead's three states as news).
pub(super) fn story_pair(
    text: &str,
    mentions: &[Mention],
    named: &[Named],
    lists: &[Vec<Named>],
    own: &[Named],
    at: At,
    earlier: &dyn Fn(&Named) -> bool,
) -> Option<Vec<Named>> {
    if at.count != 2 {
        return (at.sentence > 0 && at.headed)
            .then(|| lead_list(mentions, named, lists, dateline_end(text), at.count))
            .flatten()
            .filter(|lead| !rival_list(lists, lead, at.count, earlier));
    }
    // the lead's own list is no story pair for a phrase inside the lead ("A and B urged
    // both sides")
    let lead = if at.sentence > 0 {
        lead_list(mentions, named, lists, dateline_end(text), 2)
            .or_else(|| lead_dyad(text, mentions, named, lists))
    } else {
        None
    };
    lead.or_else(|| focus_dyad(named, own, earlier))
}

/// Another list of as many states named before the phrase ("A, B and C signed … D, E and F
/// signed …"): the number could count either group, so the lead's names neither.
fn rival_list(
    lists: &[Vec<Named>],
    lead: &[Named],
    count: usize,
    earlier: &dyn Fn(&Named) -> bool,
) -> bool {
    lists
        .iter()
        .filter(|l| l.iter().all(earlier))
        .map(|l| distinct(l))
        .any(|l| l.len() == count && !l.iter().all(|n| lead.iter().any(|m| m.key == n.key)))
}

/// The list of `count` states that is the lead sentence's first party ("A and B blamed C",
/// a dateline of one of them before it): a list after another state ("C accused A and
/// B") is one side of a story of three. A name in the dateline's credit ("(Indian Ocean
/// Report) —") is no state before the list.
fn lead_list(
    mentions: &[Mention],
    named: &[Named],
    lists: &[Vec<Named>],
    news_start: usize,
    count: usize,
) -> Option<Vec<Named>> {
    let in_lead = |n: &Named| mentions[n.mention].sentence == 0;
    let list = lists.iter().find(|l| l.iter().all(in_lead))?;
    let pair = distinct(list);
    if pair.len() != count || pair.iter().any(|n| n.key.len() != 3) {
        return None;
    }
    let first = mentions[list[0].mention].span.start;
    let other_before = named
        .iter()
        .filter(|n| in_lead(n))
        .filter(|n| mentions[n.mention].span.start >= news_start)
        .any(|n| mentions[n.mention].span.start < first && !pair.iter().any(|p| p.key == n.key));
    (!other_before).then_some(pair)
}

/// The lead's first two states, one party each ("A suspended a deal with B, a day after
/// C …"): the state the news opens with and the first other state it acts on. A dateline
/// in capitals stands before and is not counted; a state inside a list ("C accused A and
/// B") leaves the lead to `lead_pair`, and a place after "in"/"at" is no party.
fn lead_dyad(
    text: &str,
    mentions: &[Mention],
    named: &[Named],
    lists: &[Vec<Named>],
) -> Option<Vec<Named>> {
    let news_start = dateline_end(text);
    let dateline = |n: &Named| {
        let m = &mentions[n.mention];
        let s = m.span.slice(text);
        let caps = s.chars().filter(|c| c.is_alphabetic()).count() >= 4
            && !s.chars().any(char::is_lowercase);
        caps || m.span.start < news_start
    };
    let in_list = |n: &Named| {
        lists
            .iter()
            .any(|l| l.iter().any(|m| m.mention == n.mention))
    };
    let states: Vec<Named> = named
        .iter()
        .filter(|n| mentions[n.mention].sentence == 0 && n.key.len() == 3)
        .filter(|n| !n.place && !dateline(n))
        .cloned()
        .collect();
    let first = states.first()?;
    let second = states.iter().find(|n| n.key != first.key)?;
    (!in_list(first) && !in_list(second)).then(|| vec![first.clone(), second.clone()])
}

/// Where the news starts after a dateline and its credit ("CITY (Agency) — "): the byte
/// after a dash among the text's first 120 bytes; 0 without one.
fn dateline_end(text: &str) -> usize {
    let head: String = text.chars().take(120).collect();
    [" — ", " – ", " - "]
        .iter()
        .filter_map(|d| head.find(d).map(|i| i + d.len()))
        .min()
        .unwrap_or(0)
}

/// Does the phrase at byte `start` open a clause joined to the one before by ", and" ("X
/// held talks with Y, and the two sides signed …")? Then the parties of that clause are the
/// pair it names; a comma alone may end a quotation or an apposition.
pub(super) fn after_joined_clause(text: &str, start: usize) -> bool {
    text.get(..start)
        .is_some_and(|before| before.trim_end().ends_with(", and"))
}

/// Is the mention at byte `start` a partner, right after "with" ("talks with Y", "met with
/// the Y president")?
pub(super) fn partner(text: &str, start: usize) -> bool {
    text.get(..start).is_some_and(|before| {
        let before = before.trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        before.ends_with(" with")
    })
}

/// "officials in all three countries said …" in the lead, and paragraphs later "urged the
/// three governments": a numbered phrase with no list or sentence of that many parties near
/// it names the group an earlier phrase of the same number named, when every earlier
/// phrase of that number named the same states. Not for people ("the two men" may be
/// others than "the two leaders"), and not for two: a pair has the story's pair.
pub(super) fn same_group(groups: &[Group], p: &Phrase) -> Option<Vec<Named>> {
    if p.kind == Kind::Person || p.count < 3 {
        return None;
    }
    let keys = |g: &Vec<Named>| {
        let mut k: Vec<String> = g.iter().map(|n| n.key.clone()).collect();
        k.sort();
        k
    };
    let mut same = groups
        .iter()
        .map(|g| &g.members)
        .filter(|g| distinct(g).len() == p.count);
    let first = same.next()?;
    let all_same = same.clone().all(|g| keys(g) == keys(first));
    let latest = same.next_back().unwrap_or(first);
    all_same.then(|| latest.clone())
}

/// "A pledged X. B announced Y, and the leaders thanked both governments": a pair acted on
/// in a clause joined by ", and" to an earlier clause of its sentence that names one state,
/// when the sentence before names one other: the two latest parties, not the story's pair.
/// The new clause has its own subject (not a state of the sentence), which acts on both.
pub(super) fn split_pair(
    text: &str,
    mentions: &[Mention],
    own: &[Named],
    before: &[Named],
    at: At,
) -> Option<Vec<Named>> {
    if at.count != 2 || !at.acted_on || before.len() != 1 {
        return None;
    }
    let parties: Vec<Named> = own
        .iter()
        .filter(|n| n.key.len() == 3 && !n.place)
        .cloned()
        .collect();
    let [one] = distinct(&parties).try_into().ok()?;
    let last_end = parties.iter().map(|n| mentions[n.mention].span.end).max()?;
    let between = text.get(last_end..at.start)?;
    let joined = between.rfind(", and ")?;
    // the joined clause's subject is no state of its own ("…, and Chile urged both")
    let subject = own
        .iter()
        .any(|n| n.key.len() == 3 && mentions[n.mention].span.start >= last_end + joined);
    (!subject && before[0].key != one.key).then(|| vec![before[0].clone(), one])
}
