//! Sport is not diplomacy: "Nigeria beat Senegal 71-66" is a game, not an assault. A
//! sentence with a score and a contest verb codes no event; one with a sport word keeps only
//! a government's diplomatic act on another party (sport diplomacy: "the ministry accused Y
//! of politicising football"). Word lists in `data/lexicon/sport.txt`.
use super::NlpError;
use crate::nlp::{cameo, lexicon, CodedEvent};

const LISTS: &str = include_str!("../../../data/lexicon/sport.txt");

/// The lists of `data/lexicon/sport.txt`, lower-case word forms.
#[derive(Debug, Clone)]
pub(super) struct SportCues {
    context: Vec<String>,
    contest_verb: Vec<String>,
    government_sector: Vec<String>,
    diplomatic_root: Vec<u8>,
}

impl SportCues {
    pub(super) fn builtin() -> Result<Self, NlpError> {
        let set = |name: &str| {
            lexicon::cue_line(LISTS, name).ok_or_else(|| NlpError::BuiltinData {
                name: "data/lexicon/sport.txt",
                message: format!("no `{name}:` line"),
            })
        };
        let roots = set("diplomatic_root")?
            .iter()
            .map(|r| r.parse::<u8>())
            .collect::<Result<Vec<u8>, _>>()
            .map_err(|e| NlpError::BuiltinData {
                name: "data/lexicon/sport.txt",
                message: format!("diplomatic_root: {e}"),
            })?;
        Ok(Self {
            context: set("context")?,
            contest_verb: set("contest_verb")?,
            government_sector: set("government_sector")?,
            diplomatic_root: roots,
        })
    }

    /// Does `sentence` report a game (a sport word, or a contest verb with a score)?
    #[cfg(test)]
    pub(super) fn is_sport(&self, sentence: &str) -> bool {
        self.is_game(sentence) || self.names_sport(sentence)
    }

    /// A contest verb with a score: a match result, whoever the subject is.
    pub(super) fn is_game(&self, sentence: &str) -> bool {
        let words = lower_words(sentence);
        words.iter().any(|w| is_score(w)) && words.iter().any(|w| has(&self.contest_verb, w))
    }

    /// A sport word: the sentence is about sport, not necessarily a game.
    pub(super) fn names_sport(&self, sentence: &str) -> bool {
        lower_words(sentence).iter().any(|w| has(&self.context, w))
    }

    /// An event that stays in a sentence about sport: a government's diplomatic act (demand,
    /// accusation, rejection, threat, cut in relations) on another party.
    pub(super) fn diplomatic(&self, e: &CodedEvent) -> bool {
        let government = |code: &str| {
            self.government_sector
                .iter()
                .any(|g| code.get(3..).is_some_and(|s| s.contains(g.as_str())))
        };
        let target = e.target.as_ref().map_or("", |t| t.actor.code.as_str());
        government(&e.source.actor.code)
            && !target.is_empty()
            && cameo::root(&e.cameo).is_some_and(|r| self.diplomatic_root.contains(&r))
    }
}

fn has(set: &[String], w: &str) -> bool {
    set.iter().any(|x| x == w)
}

/// The sentence's words, lower-cased, split at anything but letters, digits and dashes.
fn lower_words(sentence: &str) -> Vec<String> {
    sentence
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '–'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// "2-1", "71-66": two numbers of at most three digits joined by a hyphen or dash (a
/// year range such as "2019-2020" has longer numbers).
fn is_score(word: &str) -> bool {
    let mut parts = word.split(['-', '–']);
    let short_number = |p: Option<&str>| {
        p.is_some_and(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit()))
    };
    short_number(parts.next()) && short_number(parts.next()) && parts.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues() -> SportCues {
        SportCues::builtin().expect("sport.txt parses")
    }

    #[test]
    fn a_score_with_a_contest_verb_is_a_game() {
        assert!(cues().is_sport("Tanzania beat Uganda 3-1 in Dar es Salaam on Saturday."));
        assert!(cues().is_sport("Peru edged Chile 88–85 after extra time."));
    }

    #[test]
    fn a_sport_word_is_a_game() {
        assert!(cues().is_sport("Norway and Sweden meet in the tournament's opening round."));
        // Cricket results give wickets, not a score.
        assert!(cues().is_sport("Kenya beat Nepal by five wickets in Nairobi."));
    }

    #[test]
    fn diplomacy_with_numbers_is_not_a_game() {
        let c = cues();
        assert!(!c.is_sport("The Arab League condemned the strike on Tuesday."));
        assert!(!c.is_sport("The Security Council voted 13-2 to renew the mission."));
        assert!(!c.is_sport("Russia attacked Kharkiv with 40 drones during 2023-2024."));
        assert!(!c.is_sport("Chile beat back a challenge to its fishing rights at the court."));
    }
}
