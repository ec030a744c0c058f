//! The host of the story's talks: a state named as the agent of an arranging participle on a
//! plural talks noun ("after four days of talks hosted by Z", "negotiations hosted by Z";
//! `host_verb` and the plural `joint_noun` words of `data/lexicon/frames.txt`) held the talks
//! between others, so it is no side of them: a pair "both sides", "the two parties" resolved
//! to keeps its other state alone (the other side, an armed group, may have no code: the
//! coded side is still addressed). Not "a summit hosted by Z"
//! or "a summit in Ankara hosted by Z's president": a host of a meeting may be one of its
//! two parties (branch precision15).
use super::Named;
use crate::nlp::Mention;

/// The keys of the states named as hosts of talks.
pub(super) fn host_keys(text: &str, mentions: &[Mention], named: &[Named]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for n in named.iter().filter(|n| n.key.len() == 3) {
        if !keys.contains(&n.key) && hosted_by(text, mentions[n.mention].span.start) {
            keys.push(n.key.clone());
        }
    }
    keys
}

/// The members of a collective phrase that did not host the talks.
pub(super) fn without_hosts(members: Vec<Named>, hosts: &[String]) -> Vec<Named> {
    members
        .into_iter()
        .filter(|n| !hosts.contains(&n.key))
        .collect()
}

/// Is the mention at byte `start` the agent of "<talks> <hosted> by [the]"?
fn hosted_by(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let mut words = before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .rev()
        .map(str::to_lowercase);
    let mut by = words.next();
    if by.as_deref() == Some("the") {
        by = words.next();
    }
    if by.as_deref() != Some("by") {
        return false;
    }
    let (Some(participle), Some(noun)) = (words.next(), words.next()) else {
        return false;
    };
    let lists = lists();
    lists
        .host
        .iter()
        .any(|v| participle.starts_with(v.as_str()))
        && participle.ends_with("ed")
        && noun.ends_with('s')
        && lists.talks.contains(&noun)
}

struct Lists {
    /// Stems of arranging verbs (`host_verb`).
    host: Vec<String>,
    /// Nouns of talks and their outcomes (`joint_noun`).
    talks: Vec<String>,
}

fn lists() -> &'static Lists {
    static L: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    const FRAMES: &str = include_str!("../../../../data/lexicon/frames.txt");
    L.get_or_init(|| {
        let line = |name| crate::nlp::lexicon::cue_line(FRAMES, name).unwrap_or_default();
        Lists {
            host: line("host_verb"),
            talks: line("joint_noun"),
        }
    })
}
