//! Domestic objects: an act that names no partner but whose object lies inside its source's
//! own state ("Chile revoked the licence of a local radio station", "police arrested
//! opposition leaders", "closed the state-run newspaper", "fined a Chilean firm") is a
//! domestic act, and no story-level guess (`sole_partner.rs`, `offered_partner.rs`) may give
//! it a foreign target, however many foreign states the story named before (branch
//! domestic2). The object is the noun phrase after the trigger, up to the clause's
//! punctuation or the first word that ends a noun phrase (`data/lexicon/
//! domestic_objects.txt`, `end`); it is domestic when a mention in it resolves to the
//! source's own side, or when a domestic modifier (`modifier`) stands in it before a noun or
//! after "the".
use super::*;

const LISTS: &str = include_str!("../../../data/lexicon/domestic_objects.txt");

/// How many words after the trigger the object phrase may run ("revoked the broadcasting
/// licence of a local radio station").
const OBJECT_WINDOW: usize = 8;

/// Characters that end the clause the object stands in.
const CLAUSE_END: [char; 6] = [',', ';', ':', '(', '"', '\u{2014}'];

/// The two lists of the lexicon file, read once.
struct Lists {
    modifiers: Vec<String>,
    ends: Vec<String>,
    sectors: Vec<String>,
    foreign: Vec<String>,
}

fn lists() -> &'static Lists {
    static READ: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    READ.get_or_init(|| {
        let line = |name| crate::nlp::lexicon::cue_line(LISTS, name).unwrap_or_default();
        Lists {
            modifiers: line("modifier"),
            ends: line("end"),
            sectors: line("sector"),
            foreign: line("foreign"),
        }
    })
}

fn listed(list: &[String], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The byte spans of the words of the object phrase after `e`'s trigger, inside `sentence`.
fn object_words(text: &str, sentence: Span, e: &CodedEvent) -> Vec<Span> {
    let start = e.trigger.end.min(sentence.end);
    let rest = text.get(start..sentence.end).unwrap_or_default();
    let clause = rest.split(CLAUSE_END).next().unwrap_or_default();
    let mut spans = Vec::new();
    let mut word_start = None;
    for (i, c) in clause.char_indices().chain([(clause.len(), ' ')]) {
        let in_word = c.is_alphanumeric() || c == '-' || c == '\'';
        match (in_word, word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(s)) => {
                spans.push(Span::new(start + s, start + i));
                word_start = None;
            }
            _ => {}
        }
    }
    let word = |s: &Span| text.get(s.start..s.end).unwrap_or_default();
    spans
        .into_iter()
        .take(OBJECT_WINDOW)
        .take_while(|s| !listed(&lists().ends, word(s)))
        .collect()
}

/// A domestic modifier that stands before another word of the phrase or after "the".
fn modified(text: &str, words: &[Span]) -> bool {
    let word = |s: &Span| text.get(s.start..s.end).unwrap_or_default();
    words.iter().enumerate().any(|(i, s)| {
        let before_noun = i + 1 < words.len();
        let after_the = i > 0 && word(&words[i - 1]).eq_ignore_ascii_case("the");
        listed(&lists().modifiers, word(s)) && (before_noun || after_the)
    })
}

/// A mention inside the phrase that resolves to the side of `e`'s source.
fn own_mention(ents: &EntityAnalysis, words: &[Span], e: &CodedEvent) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let own = e.source.actor.side();
    ents.mentions.iter().any(|m| {
        m.span.start >= first.start
            && m.span.end <= last.end
            && m.actor.as_ref().is_some_and(|a| a.side() == own)
    })
}

/// Is the object of `e` inside its source's own state?
pub(super) fn domestic_object(text: &str, ents: &EntityAnalysis, e: &CodedEvent) -> bool {
    let Some(sentence) = ents.sentences.get(e.sentence) else {
        return false;
    };
    let words = object_words(text, sentence.span, e);
    !e.source.actor.side().is_empty() && (modified(text, &words) || own_mention(ents, &words, e))
}

/// Is `sector` one of a society's own people (`sector` in the lexicon), which an act of a
/// placed state with no other country in view falls on inside that state?
pub(super) fn own_people_sector(sector: &str) -> bool {
    lists().sectors.iter().any(|s| s == sector)
}

/// Does a modifier placing people outside the acting state ("foreign journalists",
/// "international aid workers") stand in `e`'s object phrase or in its target's words?
pub(super) fn foreign_object(text: &str, ents: &EntityAnalysis, e: &CodedEvent) -> bool {
    let foreign = |w: &str| listed(&lists().foreign, w);
    let in_target = e.target.as_ref().is_some_and(|t| {
        t.text
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(foreign)
    });
    let Some(sentence) = ents.sentences.get(e.sentence) else {
        return in_target;
    };
    let words = object_words(text, sentence.span, e);
    in_target
        || words
            .iter()
            .any(|s| foreign(text.get(s.start..s.end).unwrap_or_default()))
}
