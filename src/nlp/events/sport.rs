//! Sport is not diplomacy: "Nigeria beat Senegal 71-66" is a game, not an assault. A
//! sentence with a sport word, or with a score and a contest verb, codes no event. Word
//! lists in `data/lexicon/sport.txt`.
use super::NlpError;
use crate::nlp::lexicon;

const LISTS: &str = include_str!("../../../data/lexicon/sport.txt");

/// The lists of `data/lexicon/sport.txt`, lower-case word forms.
#[derive(Debug, Clone)]
pub(super) struct SportCues {
    context: Vec<String>,
    contest_verb: Vec<String>,
}

impl SportCues {
    pub(super) fn builtin() -> Result<Self, NlpError> {
        let set = |name: &str| {
            lexicon::cue_line(LISTS, name).ok_or_else(|| NlpError::BuiltinData {
                name: "data/lexicon/sport.txt",
                message: format!("no `{name}:` line"),
            })
        };
        Ok(Self {
            context: set("context")?,
            contest_verb: set("contest_verb")?,
        })
    }

    /// Does `sentence` report a game (a sport word, or a contest verb with a score)?
    pub(super) fn is_sport(&self, sentence: &str) -> bool {
        let lower = sentence.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '–'))
            .filter(|w| !w.is_empty())
            .collect();
        let has = |set: &[String], w: &str| set.iter().any(|x| x == w);
        if words.iter().any(|w| has(&self.context, w)) {
            return true;
        }
        words.iter().any(|w| is_score(w)) && words.iter().any(|w| has(&self.contest_verb, w))
    }
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
