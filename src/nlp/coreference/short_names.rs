//! "The Commission said …" after "the European Commission": a body named again by the
//! last word of its name is the body named before.
//!
//! News names an organisation in full once and then by its capitalised head alone ("the
//! Commission", "the Council", "the Bank"). The recogniser finds the short form as an
//! organisation of no actor, so its acts lost their source. The short form takes the
//! actor of the earlier organisation whose name ends in the same word, only when every
//! earlier such name has that one actor ("the European Commission … the African Union
//! Commission … the Commission" stays open).

use crate::nlp::{EntityType, Mention};

/// Adds the full name's actor to each short form that names one body.
pub(super) fn resolve(text: &str, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let Some(word) = short_form(text, &mentions[i]) else {
            continue;
        };
        let start = mentions[i].span.start;
        let mut found: Option<usize> = None;
        let mut codes: Vec<&str> = Vec::new();
        for (j, m) in mentions.iter().enumerate() {
            let Some(a) = m.actor.as_ref().filter(|a| !a.code.is_empty()) else {
                continue;
            };
            let name = m.span.slice(text);
            let ends = name.rsplit(' ').next() == Some(word) && name.contains(' ');
            if m.span.end <= start && m.entity_type == EntityType::Organisation && ends {
                if !codes.contains(&a.code.as_str()) {
                    codes.push(a.code.as_str());
                }
                found = Some(j);
            }
        }
        if let (Some(j), 1) = (found, codes.len()) {
            mentions[i].actor = mentions[j].actor.clone();
            mentions[i].antecedent = Some(j);
        }
    }
}

/// The word of an organisation mention of no actor that is one capitalised word after
/// "the" ("the Commission"), or after "a" before one of the body's offices ("a Commission
/// spokesman": the body's own spokesman, `igo-office` in `data/lexicon/mention_words.tsv`).
fn short_form<'t>(text: &'t str, m: &Mention) -> Option<&'t str> {
    if m.entity_type != EntityType::Organisation || m.actor.is_some() {
        return None;
    }
    let word = m.span.slice(text);
    let capitalised = word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase);
    let before = text.get(..m.span.start)?.trim_end();
    let article = before.ends_with(" the") || before.ends_with("The") || before == "the";
    let office = indefinite(before) && before_office(text, m);
    (capitalised && word.len() > 2 && (article || office)).then_some(word)
}

/// "a" or "an" ends the text before a mention, as a word of its own.
fn indefinite(before: &str) -> bool {
    let last = before.rsplit(|c: char| !c.is_alphabetic()).next();
    matches!(last, Some("a" | "A" | "an" | "An"))
}

/// The word right after the mention is an office of an organisation ("spokesman").
fn before_office(text: &str, m: &Mention) -> bool {
    static OFFICES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let offices =
        OFFICES.get_or_init(|| crate::nlp::lexicon::List::MentionWords.words("igo-office"));
    let next = text
        .get(m.span.end..)
        .unwrap_or("")
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .find(|w| !w.is_empty());
    next.is_some_and(|w| offices.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor_of_nth, events};

    #[test]
    fn the_head_of_a_named_body_is_that_body() {
        let text = "The European Commission said the new levies broke trade rules. \
                    The Commission asked Japan to lift them within a month.";
        assert_eq!(
            actor_of_nth(text, "Commission", 0).as_deref(),
            Some("IGOEUREEC")
        );
        let evs = events(text);
        assert!(
            evs.iter()
                .any(|(s, t, c)| s == "IGOEUREEC" && t.starts_with("JPN") && c.starts_with("02")),
            "{evs:?}"
        );
    }

    #[test]
    fn two_bodies_with_that_head_or_none_leave_it_open() {
        let text = "The European Commission and the African Union Commission met in Accra. \
                    The Commission asked Japan to lift the levies.";
        assert_eq!(actor_of_nth(text, "Commission", 0), None);
        let text = "The Commission asked Japan to lift the levies.";
        assert_eq!(actor_of_nth(text, "Commission", 0), None);
    }
}
