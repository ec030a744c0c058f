//! Reactions to an earlier event named by a definite noun: in "Kyiv condemned the attack"
//! the coder finds no actor in the object, yet "the attack" is the one an earlier sentence
//! reported ("Russian forces fired missiles at the port"), and its source is the target of
//! the condemnation. Only praise (051), criticism (11x) and rejection (12x) without a
//! target of their own; the nouns and the event roots they name are data
//! (`data/lexicon/reaction_nouns.txt`). The gate still judges the event as any other.
use super::*;

const LIST: &str = include_str!("../../../data/lexicon/reaction_nouns.txt");
/// How many sentences back the earlier event may lie: a reaction often comes paragraphs
/// after the report of the event, with background between them.
const WINDOW: usize = 8;

/// Noun -> CAMEO roots of the events it refers back to (empty: by stem only).
fn nouns() -> &'static FastMap<String, Vec<u8>> {
    static N: std::sync::OnceLock<FastMap<String, Vec<u8>>> = std::sync::OnceLock::new();
    N.get_or_init(|| {
        let mut m = FastMap::default();
        for line in LIST.lines().map(str::trim) {
            let mut f = line.split_whitespace();
            let (Some(noun), Some(roots)) = (f.next(), f.next()) else {
                continue;
            };
            if noun.starts_with('#') {
                continue;
            }
            let roots = roots.split(',').filter_map(|r| r.parse().ok()).collect();
            m.insert(noun.to_string(), roots);
        }
        m
    })
}

/// A reaction code that takes the earlier event's source as its target.
fn reaction(code: &str) -> bool {
    code.starts_with("051") || matches!(crate::nlp::cameo::root(code), Some(11 | 12))
}

/// A threat (13) that answers an earlier act: "would respond in kind to the expulsions".
fn answering_threat(code: &str) -> bool {
    crate::nlp::cameo::root(code) == Some(13)
}

/// The event noun right after the trigger: "the NOUN" or "the WORD NOUN"; or after "to"
/// within the trigger's next three words ("respond to the …", "responded angrily to the …",
/// "respond in kind to the …"), and then it is an answer (`true`).
fn object_noun(text: &str, trigger: Span) -> Option<(&str, bool)> {
    let rest = text.get(trigger.end..)?;
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .peekable();
    let mut answer = false;
    for _ in 0..3 {
        if words.peek() == Some(&"the") || answer {
            break;
        }
        answer = words.next()? == "to";
    }
    if words.next()? != "the" {
        return None;
    }
    let table = nouns();
    let first = words.next()?;
    if table.contains_key(first) {
        return Some((first, answer));
    }
    let second = words.next().filter(|w| table.contains_key(*w))?;
    Some((second, answer))
}

/// The side an actor stands for: its country, or the whole code of an international one.
fn side(a: &Actor) -> &str {
    if a.country.is_empty() {
        &a.code
    } else {
        &a.country
    }
}

fn refers_to(noun: &str, e: &CodedEvent, text: &str) -> bool {
    let by_root = nouns()
        .get(noun)
        .is_some_and(|roots| crate::nlp::cameo::root(&e.cameo).is_some_and(|r| roots.contains(&r)));
    let stem: String = noun.chars().take(5).collect();
    by_root || e.trigger.slice(text).to_lowercase().starts_with(&stem)
}

/// Fills the target of each reaction to "the NOUN" from the latest earlier event the
/// noun refers to, when that event's source is known and of another side.
pub(super) fn resolve_reactions(text: &str, out: &mut [CodedEvent]) {
    for i in 0..out.len() {
        let e = &out[i];
        let unresolved = e.target.as_ref().is_none_or(|t| t.actor.code.is_empty());
        if !unresolved || e.source.actor.code.is_empty() {
            continue;
        }
        let Some((noun, answer)) = object_noun(text, e.trigger) else {
            continue;
        };
        if !(reaction(&e.cameo) || answer && answering_threat(&e.cameo)) {
            continue;
        }
        let earlier = out[..i].iter().rev().find(|a| {
            a.sentence + WINDOW >= e.sentence
                && a.trigger.end <= e.trigger.start
                && !a.source.actor.code.is_empty()
                && !a.source.actor.code.starts_with("---")
                && side(&a.source.actor) != side(&e.source.actor)
                && refers_to(noun, a, text)
        });
        if let Some(a) = earlier {
            let target = a.source.clone();
            let e = &mut out[i];
            e.path
                .push_str(&format!("; target: source of the earlier '{noun}'"));
            e.target = Some(target);
        }
    }
}
