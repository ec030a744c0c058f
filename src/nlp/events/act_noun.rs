//! A reaction to an act named by its own verb's noun: "Ruritania's parliament ratified the
//! treaty with Sylvania. … Sylvania welcomed the ratification", "Freedonia condemned the
//! deployment", "rejected the accusation". The nouns of `data/lexicon/reaction_nouns.txt`
//! name acts by CAMEO root and stems; this pass serves the nouns no row lists, by their
//! word family alone: "ratification" is the noun of "ratified", "visit" of "visited",
//! "deployment" of "deployed". The noun takes up the earlier act of its family, whose
//! author is the reaction's target, when one side alone told such an act and that side is
//! not the reacting one. A noun with its own party ("the visit by X", "the Russian
//! deployment", "X's visit") is left to the coder's own reading of that party. A visit is
//! also made by its host: "received" or "welcomed" its guest (`host` in `act_noun.tsv`), and
//! by the visitor's arrival: "arrived in Y for a two-day visit" (`arrive`).
use super::*;
use crate::nlp::lexicon::kind_rows;
use std::sync::OnceLock;

/// Noun endings and what the verb's stem keeps of them: "ratification" → "ratif"
/// ("ratified"), "accusation" → "accus", "deployment" → "deploy", "approval" → "approv".
/// A noun with none of them ("visit", "launch") is its verb's own stem; a gerund names
/// its verb too ("the signing" → "signed"; "the meeting" is a row of the reaction table),
/// and "-ion" after a whole verb ("objection" → "objected", "rejection" → "rejected").
/// A final "-s" may be a plural ("the visits") or part of a singular noun whose verb lacks
/// it ("the summons" → "summoned").
const SUFFIXES: [(&str, &str); 11] = [
    ("ification", "if"),
    ("ation", ""),
    ("ition", ""),
    ("ment", ""),
    ("sion", ""),
    ("tion", ""),
    ("al", ""),
    ("ing", ""),
    ("ion", ""),
    ("s", ""),
    ("", ""),
];

/// The shortest stem the family is judged on: shorter ones ("act", "aid") begin too many
/// unrelated verbs.
const MIN_STEM: usize = 4;

/// What a verb form may add to the stem: an inflection ("visit-ed", "ratif-ied"), with the
/// stem's own final vowel or `is`/`iz` ("accus-ed", "recogn-ised").
const INFLECTIONS: [&str; 17] = [
    "", "s", "es", "d", "ed", "ing", "e", "ied", "ies", "y", "ying", "ised", "ized", "ises",
    "izes", "ising", "izing",
];

/// The word lists of the pass (`data/lexicon/act_noun.tsv`): determiners that point back to
/// an act already told, and words that close the noun phrase.
const WORDS: &str = include_str!("../../../data/lexicon/act_noun.tsv");

struct Words {
    back: Vec<&'static str>,
    closers: Vec<&'static str>,
    hosts: Vec<&'static str>,
    arrivals: Vec<&'static str>,
    causes: Vec<&'static str>,
    kin: Vec<Vec<&'static str>>,
}

fn lists() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Words {
            back: Vec::new(),
            closers: Vec::new(),
            hosts: Vec::new(),
            arrivals: Vec::new(),
            causes: Vec::new(),
            kin: Vec::new(),
        };
        for (kind, v) in kind_rows(WORDS) {
            match kind {
                "back" => w.back.push(v),
                "closer" => w.closers.push(v),
                "host" => w.hosts.push(v),
                "arrive" => w.arrivals.push(v),
                "cause" => w.causes.push(v),
                "kin" => w.kin.push(v.split(',').collect()),
                _ => {}
            }
        }
        w
    })
}

/// What a verb form may add after doubling the stem's final consonant ("patrol-led",
/// "patrol-ling").
const DOUBLED: [&str; 2] = ["ed", "ing"];

/// Is the verb form `word` of `noun`'s family ("ratified" of "ratification")?
pub(super) fn same_family(noun: &str, word: &str) -> bool {
    SUFFIXES.iter().any(|(suffix, keep)| {
        let Some(base) = noun.strip_suffix(suffix) else {
            return false;
        };
        let stem = format!("{base}{keep}");
        stem.len() >= MIN_STEM
            && word
                .strip_prefix(stem.as_str())
                .is_some_and(|rest| INFLECTIONS.contains(&rest) || doubled(&stem, rest))
    })
}

/// Is `rest` an inflection after the stem's final consonant written twice, as English
/// spells "patrolled" and "patrolling" from "patrol"?
fn doubled(stem: &str, rest: &str) -> bool {
    let Some(last) = stem.chars().last().filter(|c| !"aeiouwxy".contains(*c)) else {
        return false;
    };
    rest.strip_prefix(last)
        .is_some_and(|inflection| DOUBLED.contains(&inflection))
}

/// Are the singular nouns `a` and `b` of one `kin` row of `act_noun.tsv`, names of one kind
/// of act ("trip" and "visit", "accord" and "deal")?
pub(super) fn kin(a: &str, b: &str) -> bool {
    lists()
        .kin
        .iter()
        .any(|row| row.contains(&a) && row.contains(&b))
}

/// One word after the trigger, as written, and whether punctuation closes it
/// ("ratification,").
struct Word<'t> {
    text: &'t str,
    closed: bool,
}

fn tokens(text: &str, trigger: Span) -> Vec<Word<'_>> {
    let rest = text.get(trigger.end..).unwrap_or_default();
    rest.split_whitespace()
        .take(5)
        .map(|t| {
            let word = t.trim_end_matches(|c: char| !c.is_alphanumeric());
            Word {
                text: word,
                closed: word.len() < t.len(),
            }
        })
        .collect()
}

/// Does `w` close the noun phrase before it (punctuation after the noun, or a word of
/// the `closer` list)? `of` and `by` close it only when no party follows ("the ratification of
/// the treaty"), since "the visit of President X" / "the visit by X" names its own party.
fn closes(noun: &Word, next: Option<&Word>, after: &[Word]) -> bool {
    if noun.closed {
        return true;
    }
    let Some(next) = next else {
        return true;
    };
    match next.text {
        "by" => false,
        "of" => !names_party(after),
        w => lists().closers.contains(&w),
    }
}

/// Do the words after "of" name a party: a capitalised word, after "the" if there is one
/// ("of the Russian president", "of Sylvania")?
fn names_party(after: &[Word]) -> bool {
    let mut w = after.iter().map(|w| w.text);
    let first = w.next().filter(|f| *f != "the").or_else(|| w.next());
    first.is_some_and(|f| f.starts_with(char::is_uppercase))
}

/// Does `word` open the phrase naming what a reaction of feeling answers ("appalled by the
/// veto", "\"disappointed\" by the decision")? A `cause` word of `act_noun.tsv`.
pub(super) fn cause_word(word: &str) -> bool {
    lists().causes.contains(&word)
}

/// The noun of "the NOUN" or "the ADJ NOUN" right after the trigger, lowercased, when the
/// phrase ends there and has no party of its own (no capitalised or possessive word: "the
/// Russian deployment", "Sylvania's visit"). A closing quote and a `cause` word may come
/// first ("was \"appalled\" by the veto").
pub(super) fn family_noun(text: &str, trigger: Span) -> Option<String> {
    let mut words = tokens(text, trigger);
    let skip = words.iter().take_while(|w| w.text.is_empty()).count();
    let skip = skip + usize::from(words.get(skip).is_some_and(|w| cause_word(w.text)));
    let words = words.split_off(skip.min(words.len()));
    let det = words.first()?;
    if det.closed || !lists().back.contains(&det.text.to_lowercase().as_str()) {
        return None;
    }
    let own_party = |w: &Word| w.text.starts_with(char::is_uppercase) || w.text.contains('\'');
    for at in 1..=2 {
        let noun = words.get(at)?;
        if own_party(noun) {
            return None;
        }
        if closes(
            noun,
            words.get(at + 1),
            words.get(at + 2..).unwrap_or_default(),
        ) {
            return Some(noun.text.to_lowercase());
        }
        if noun.closed {
            return None;
        }
    }
    None
}

/// The earlier act reaction `e` names by `noun`: the first act told (`told`: before `e`,
/// an act the gate could pass) whose trigger is of the noun's family. A
/// label ("calling the raid a hostile act") is no act of its verb's family: "the call"
/// names a telephone call or an appeal. Every such act must come from one side (two
/// authors of separate acts leave the noun unknown), of a country (`placed`), and not the
/// reacting side's own ("Freedonia visited Sylvania. … Freedonia's minister defended the
/// visit"). The co-authors of the first act itself, coded from its one trigger ("A and B
/// exchanged prisoners", "A and B signed an accord"), are one act: the reaction answers
/// each of them (branch recall75).
pub(super) fn family_act<'a>(
    text: &str,
    earlier: &'a [CodedEvent],
    e: &CodedEvent,
    noun: &str,
    told: impl Fn(&CodedEvent) -> bool,
    placed: impl Fn(&CodedEvent) -> bool,
) -> Option<&'a CodedEvent> {
    let of_family = |a: &CodedEvent| {
        let trigger = a.trigger.slice(text).to_lowercase();
        trigger.split_whitespace().any(|w| same_family(noun, w))
            || same_family(noun, "visited") && (hosting(a, &trigger) || arriving(a, &trigger))
    };
    let acts: Vec<&CodedEvent> = earlier
        .iter()
        .filter(|a| !a.path.contains(OTHER_SIDE) && !a.path.contains(frames::LABELLED))
        .filter(|a| told(a) && of_family(a))
        .collect();
    let first = *acts.first()?;
    let side = first.source.actor.side();
    let one = acts
        .iter()
        .all(|a| a.trigger == first.trigger || a.source.actor.side() == side);
    (one && placed(first) && side != e.source.actor.side()).then_some(first)
}

/// A visitor's arrival that makes a visit: a visit (CAMEO 042) coded from a verb of the
/// `arrive` list, with a placed host ("arrived in Tuvalu for the first visit by …": the news
/// tells the visit by the arrival and names it "the visit" afterwards).
fn arriving(a: &CodedEvent, trigger: &str) -> bool {
    let arrives = trigger
        .split_whitespace()
        .next()
        .is_some_and(|w| lists().arrivals.contains(&w));
    let host = a.target.as_ref().is_some_and(|t| {
        !t.actor.code.is_empty() && !crate::nlp::mentions::unplaced_code(&t.actor.code)
    });
    arrives && host && a.cameo == "042"
}

/// A host's act that makes a visit: a meeting or welcome (CAMEO 04, 05) by a verb of the
/// `host` list that names its guest, a placed party ("received the Sylvanian minister"), not
/// praise of a thing ("welcomed the ceasefire").
fn hosting(a: &CodedEvent, trigger: &str) -> bool {
    let host = trigger
        .split_whitespace()
        .next()
        .is_some_and(|w| lists().hosts.contains(&w));
    let guest = a.target.as_ref().is_some_and(|t| {
        !t.actor.code.is_empty() && !crate::nlp::mentions::unplaced_code(&t.actor.code)
    });
    host && guest && matches!(crate::nlp::cameo::root(&a.cameo), Some(4 | 5))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_find_their_verbs() {
        assert!(same_family("ratification", "ratified"));
        assert!(same_family("visit", "visited"));
        assert!(same_family("deployment", "deploying"));
        assert!(same_family("accusation", "accused"));
        assert!(same_family("approval", "approves"));
        assert!(same_family("signing", "signed"));
        assert!(same_family("objection", "objected"));
        // a doubled final consonant, a singular or plural noun in "-s" (branch reactions4)
        assert!(same_family("patrol", "patrolled"));
        assert!(same_family("patrol", "patrolling"));
        assert!(same_family("summons", "summoned"));
        assert!(same_family("visits", "visited"));
        assert!(!same_family("patrol", "patrolls"));
        assert!(!same_family("meeting", "met"));
        assert!(!same_family("president", "presented"));
        assert!(!same_family("visit", "visa"));
        assert!(!same_family("state", "statesman"));
    }

    fn noun_after(text: &str) -> Option<String> {
        let at = text.find("welcomed").unwrap_or_default();
        family_noun(text, Span::new(at, at + "welcomed".len()))
    }

    #[test]
    fn the_noun_phrase_and_its_own_party() {
        assert_eq!(
            noun_after("X welcomed the ratification and said").as_deref(),
            Some("ratification")
        );
        assert_eq!(
            noun_after("X welcomed the latest visit.").as_deref(),
            Some("visit")
        );
        assert_eq!(
            noun_after("X welcomed the ratification of the pact.").as_deref(),
            Some("ratification")
        );
        // the head is "boats", not the participle before it
        assert_eq!(
            noun_after("X welcomed the seized boats.").as_deref(),
            Some("boats")
        );
        assert_eq!(
            noun_after("X welcomed the visit by Sylvania's envoy."),
            None
        );
        assert_eq!(
            noun_after("X welcomed the visit of the Sylvanian envoy."),
            None
        );
        assert_eq!(noun_after("X welcomed the Sylvanian visit."), None);
        assert_eq!(noun_after("X welcomed Sylvania's visit."), None);
    }
}
