//! The purpose infinitive of a summons: "X summoned Y's ambassador to demand that Y hand
//! him over", "… to seek an explanation". The parser hangs the infinitive on the envoy (a
//! noun's `acl`, as in "a plan to demand") or reads it as a purpose clause, and a purpose is
//! never coded on its own; yet the summons was the occasion of the demand, made of the
//! envoy's state as a coordinated "and demanded" is (`conjuncts.rs`). So a coded summons
//! followed in its clause by "to" and a listed appeal verb, with only the envoy's phrase
//! between (no comma or clause word), gets that appeal as a second event: the same source,
//! target and modality, the appeal's code (`data/lexicon/summons_purpose.tsv`).
use super::*;

const LIST: &str = include_str!("../../../data/lexicon/summons_purpose.tsv");

/// How many words may stand between the summons verb and "to" (the envoy's phrase, a day).
const REACH: usize = 12;

fn rows(kind: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    LIST.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(move |l| {
            let mut f = l.split('\t');
            (f.next()? == kind).then_some(())?;
            Some((f.next()?, f.next()?))
        })
}

/// The code of the appeal `verb` makes as a summons' purpose.
fn purpose_code(verb: &str) -> Option<&'static str> {
    rows("purpose").find(|(w, _)| *w == verb).map(|(_, c)| c)
}

/// Adds the appeal a summons was made for after each coded summons that has a target.
pub(super) fn summons_purposes(text: &str, ents: &EntityAnalysis, out: &mut Vec<CodedEvent>) {
    let mut i = 0;
    while i < out.len() {
        if let Some(purpose) = purpose_of(text, ents, &out[i], out) {
            out.insert(i + 1, purpose);
            i += 1;
        }
        i += 1;
    }
}

/// The appeal event the summons `e` was made for, if its clause tells one.
fn purpose_of(
    text: &str,
    ents: &EntityAnalysis,
    e: &CodedEvent,
    all: &[CodedEvent],
) -> Option<CodedEvent> {
    if !e.cameo.starts_with("11") || !e.target.as_ref().is_some_and(super::reactions::placed) {
        return None;
    }
    let first = e
        .trigger
        .slice(text)
        .split_whitespace()
        .next()?
        .to_lowercase();
    if !rows("summons").any(|(w, _)| w == first) {
        return None;
    }
    let end = ents
        .sentences
        .get(e.sentence)
        .map_or(text.len(), |s| s.span.end);
    let (span, code) = purpose_after(text, e.trigger.end, end)?;
    if all.iter().any(|o| o.trigger.start == span.start) {
        return None;
    }
    let mut p = e.clone();
    p.cameo = code.to_string();
    p.trigger = span;
    p.path
        .push_str("; the purpose of a summons: its target's state");
    Some(p)
}

/// The span and code of "to VERB" after `from` in the clause (up to `end`).
fn purpose_after(text: &str, from: usize, end: usize) -> Option<(Span, &'static str)> {
    let rest = text.get(from..end)?;
    let mut words = word_spans(rest).take(REACH + 2).peekable();
    let mut prev = 0;
    while let Some((s, e)) = words.next() {
        // a comma, semicolon or colon before the word closes the summons' clause
        if rest[prev..s].contains([',', ';', ':']) {
            return None;
        }
        prev = e;
        let lower = rest[s..e].to_ascii_lowercase();
        if rows("stop").any(|(w, _)| w == lower) {
            return None;
        }
        if lower == "to" {
            let (vs, ve) = *words.peek()?;
            let code = purpose_code(&rest[vs..ve].to_ascii_lowercase())?;
            return Some((Span::new(from + vs, from + ve), code));
        }
    }
    None
}

/// Byte spans of the words of `s` (letters, digits, apostrophes and hyphens), with a
/// comma or other punctuation between two words left in the gap.
fn word_spans(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let word = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-');
    s.char_indices()
        .filter(move |&(i, c)| word(c) && !s[..i].chars().next_back().is_some_and(word))
        .map(move |(i, _)| {
            let len = s[i..].find(|c: char| !word(c)).unwrap_or(s.len() - i);
            (i, i + len)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Option<&'static str> {
        purpose_after(s, 0, s.len()).map(|(_, c)| c)
    }

    #[test]
    fn the_envoy_s_phrase_may_stand_before_the_purpose() {
        assert_eq!(
            found(" the Peruvian ambassador on Monday to demand an apology"),
            Some("100")
        );
        assert_eq!(
            found(" Peru's chargé d'affaires to seek an explanation"),
            Some("020")
        );
    }

    #[test]
    fn a_new_clause_or_an_unlisted_verb_is_no_purpose() {
        assert_eq!(found(" the ambassador, and Lima began to demand"), None);
        assert_eq!(found(" the ambassador after talks failed to demand"), None);
        assert_eq!(found(" the ambassador to protest"), None);
    }
}
