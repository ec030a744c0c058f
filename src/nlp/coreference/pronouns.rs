//! "he" / "she": which person a personal pronoun refers to.
//!
//! Recency first: the latest person before the pronoun in its own sentence. A pronoun
//! opening a sentence usually continues the previous sentence's subject ("Foreign Minister
//! X said Y had promised more aid. He thanked …" is X): when the previous sentence names
//! people with different actors, it is parsed and its subject wins. Only those sentences
//! are parsed, so the annotate path stays fast.

use super::strip_article;
use crate::nlp::mentions::{Cand, Ctx};
use crate::nlp::syntax::{self, Analysis};
use crate::nlp::text::TokenKind;
use crate::nlp::Mention;
use std::collections::HashMap;

/// What coreference has seen before a pronoun.
pub(super) struct Seen<'a> {
    /// Person candidates, in order of start.
    pub persons: &'a [usize],
    /// Surname keys of the persons named so far → their candidate.
    pub surnames: &'a HashMap<String, usize>,
}

/// The antecedent of the pronoun candidate `ci`.
pub(super) fn antecedent(
    ctx: &Ctx,
    ranges: &[(usize, usize)],
    cands: &[Cand],
    mentions: &[Mention],
    seen: Seen,
    ci: usize,
) -> Option<usize> {
    let &latest = seen.persons.last()?;
    let here = cands[ci].sentence;
    let there = mentions[latest].sentence;
    if let Some((p, k)) = surname_before(ctx, ranges[here], cands, &seen, ci) {
        // "X visited <surname> and praised what he called …": the main subject wins (a
        // general same-sentence subject preference lost held-out events: recency stays)
        if here == there {
            let found = Named {
                persons: seen.persons,
                surname: Some((p, k)),
            };
            return Some(same_sentence(ctx, ranges[here], cands, mentions, found, ci));
        }
        return Some(p);
    }
    // a quotation standing alone between them is still the person's: it names nobody new,
    // when the pronoun opens its sentence (anyone named before it in its sentence may be meant)
    let opens = super::quoted::first_word(ctx, ranges[here]) == Some(cands[ci].start_tok)
        || super::quoted::attributes_run_on(ctx, ranges[here], cands[ci].start_tok);
    if let Some(p) = surname_opening_previous(ctx, ranges, cands, &seen, ci, there) {
        return Some(p);
    }
    let told = (there + 1..here).any(|s| !super::quoted::wholly_quoted(ctx, ranges[s]));
    if here > there + 1 && (told || !opens) {
        return None;
    }
    if here == there {
        let rivals = same_sentence_persons(mentions, seen.persons, here);
        let speaker = names_several_actors(mentions, &rivals)
            .then(|| speaker_of_pronoun(ctx, ranges[here], cands, &rivals, ci))
            .flatten();
        return Some(speaker.unwrap_or(latest));
    }
    let persons = seen.persons;
    let rivals: Vec<usize> = persons
        .iter()
        .rev()
        .take_while(|&&p| mentions[p].sentence == there)
        .copied()
        .collect();
    if !names_several_actors(mentions, &rivals) {
        return Some(latest);
    }
    Some(subject_among(ctx, ranges[there], cands, &rivals).unwrap_or(latest))
}

/// The persons named in sentence `si` so far, latest first.
fn same_sentence_persons(mentions: &[Mention], persons: &[usize], si: usize) -> Vec<usize> {
    persons
        .iter()
        .rev()
        .take_while(|&&p| mentions[p].sentence == si)
        .copied()
        .collect()
}

/// "A thanked B and said he had spoken with …": a pronoun that is the subject of what a
/// speech verb reports is its speaker, the subject of that verb or, when the verb is the
/// second of a coordination with none of its own, of the first verb; a person named between
/// them as an object (B) is not who speaks. The candidate among `persons` holding that
/// subject; `None` when the pronoun is not a reported clause's subject (recency decides).
fn speaker_of_pronoun(
    ctx: &Ctx,
    (a, b): (usize, usize),
    cands: &[Cand],
    persons: &[usize],
    ci: usize,
) -> Option<usize> {
    let parse = super::sentence_parse(ctx, (a, b))?;
    let words = &parse.words;
    let start = ctx.tokens[cands[ci].start_tok].start;
    let pron = words.iter().position(|w| w.start == start)?;
    let head = |i: usize| (words[i].head as usize).checked_sub(1);
    let clause = head(pron).filter(|_| words[pron].deprel == "nsubj")?;
    let verb = head(clause).filter(|_| words[clause].deprel == "ccomp")?;
    if !super::dateline::speech_verb(&words[verb].form.to_lowercase()) {
        return None;
    }
    let subject_of = |v: usize| {
        words
            .iter()
            .position(|w| w.head as usize == v + 1 && w.deprel == "nsubj")
    };
    let first = head(verb).filter(|_| words[verb].deprel == "conj");
    let subj = subject_of(verb).or_else(|| first.and_then(subject_of))?;
    let (s, e) = (words[subj].start, words[subj].end);
    persons.iter().copied().find(|&p| {
        let c = &cands[p];
        ctx.tokens[c.start_tok].start <= s && e <= ctx.tokens[c.end_tok - 1].end
    })
}

/// The persons a pronoun after a bare surname in its own sentence chooses from: those seen
/// so far (the tail in its sentence counts) and the surname's bearer, the latest.
struct Named<'a> {
    persons: &'a [usize],
    /// The earlier bearer's candidate and the bare surname's token.
    surname: Option<(usize, usize)>,
}

/// The antecedent of pronoun `ci` among the persons named before it in its own sentence,
/// the latest a bare surname: the latest, unless they carry different actors and one of
/// them is the subject of the sentence's main (or reporting) verb: "X visited <surname> and
/// praised what he called …" is X. A relative clause on the surname ("<surname>, who said
/// he …") keeps it.
fn same_sentence(
    ctx: &Ctx,
    range: (usize, usize),
    cands: &[Cand],
    mentions: &[Mention],
    found: Named,
    ci: usize,
) -> usize {
    let here = cands[ci].sentence;
    let rivals: Vec<usize> = found
        .surname
        .map(|(p, _)| p)
        .into_iter()
        .chain(
            found
                .persons
                .iter()
                .rev()
                .take_while(|&&p| mentions[p].sentence == here)
                .copied(),
        )
        .collect();
    let Some(&latest) = rivals.first() else {
        return found.persons.last().copied().unwrap_or(ci);
    };
    // an all-caps dateline ("BANJA LUKA, Bosnia — …") opens the sentence but names no one
    let rivals: Vec<usize> = rivals
        .into_iter()
        .filter(|&p| !ctx.tokens[cands[p].start_tok].all_caps)
        .collect();
    if rivals.is_empty() {
        return latest;
    }
    let latest_end = found.surname.map_or(cands[latest].end_tok, |(_, k)| k + 1);
    let after_latest = &ctx.tokens[latest_end..cands[ci].start_tok];
    let relative = after_latest
        .iter()
        .take(2)
        .any(|t| matches!(t.text(ctx.text), "who" | "whom" | "whose"));
    if relative || !names_several_actors(mentions, &rivals) {
        return latest;
    }
    subject_among(ctx, range, cands, &rivals).unwrap_or(latest)
}

/// A bare surname of a person named earlier ("Orban, who …, but he …"), between the
/// pronoun and the last person candidate of its sentence: the latest person there.
fn surname_before(
    ctx: &Ctx,
    (a, _): (usize, usize),
    cands: &[Cand],
    seen: &Seen,
    ci: usize,
) -> Option<(usize, usize)> {
    let floor = seen
        .persons
        .last()
        .map(|&p| cands[p].end_tok)
        .unwrap_or(a)
        .max(a);
    (floor..cands[ci].start_tok).rev().find_map(|k| {
        let t = ctx.tokens[k];
        if t.kind != TokenKind::Word || !t.cap {
            return None;
        }
        seen.surnames
            .get(strip_article(ctx.norm.token(k)))
            .copied()
            .filter(|&p| cands[p].end_tok <= k)
            .map(|p| (p, k))
    })
}

/// Do these mentions carry more than one distinct actor (or some none)?
fn names_several_actors(mentions: &[Mention], persons: &[usize]) -> bool {
    let mut codes = persons
        .iter()
        .map(|&p| mentions[p].actor.as_ref().map(|a| a.code.as_str()));
    let Some(first) = codes.next() else {
        return false;
    };
    codes.any(|c| c != first)
}

/// The candidate among `persons` holding the subject of the sentence `[a, b)`: of its
/// root, else of a reporting verb ("…, X said").
fn subject_among(
    ctx: &Ctx,
    (a, b): (usize, usize),
    cands: &[Cand],
    persons: &[usize],
) -> Option<usize> {
    let parse = super::sentence_parse(ctx, (a, b))?;
    let subjects = subjects(&parse);
    subjects.iter().find_map(|&(start, end)| {
        persons.iter().copied().find(|&p| {
            let c = &cands[p];
            ctx.tokens[c.start_tok].start <= start && end <= ctx.tokens[c.end_tok - 1].end
        })
    })
}

/// Byte spans of the subjects of the root, then of reporting verbs, in that order. A
/// subject's apposition follows it: "X's foreign ministry spokesman, NAME, said" names its
/// person in the apposition, the title itself being no person mention.
fn subjects(parse: &Analysis) -> Vec<(usize, usize)> {
    let words = &parse.words;
    let root = words.iter().position(|w| w.head == 0);
    let is_subject = |w: &syntax::Word| w.deprel == "nsubj" || w.deprel == "nsubj:pass";
    let apposed = move |s: usize| {
        words
            .iter()
            .filter(move |w| w.deprel == "appos" && w.head as usize == s + 1)
            .map(|w| (w.start, w.end))
    };
    let of_head = |h: usize| {
        words
            .iter()
            .enumerate()
            .filter(move |(_, w)| is_subject(w) && w.head as usize == h + 1)
            .flat_map(move |(s, w)| std::iter::once((w.start, w.end)).chain(apposed(s)))
    };
    let mut out: Vec<(usize, usize)> = root.into_iter().flat_map(of_head).collect();
    for (h, w) in words.iter().enumerate() {
        if Some(h) != root && matches!(w.lemma.as_str(), "say" | "tell" | "add" | "announce") {
            out.extend(of_head(h));
        }
    }
    out
}

/// "Bello urged Niger to reopen the border. He also asked Benin …": a pronoun opening its
/// sentence continues a bare surname (no person candidate of its own) that opens the
/// previous sentence, when nobody else is named there or since: the bearer of the surname
/// (branch refs3). Before, the pronoun looked past the surname to the full name sentences
/// up and, too far, stayed unresolved.
fn surname_opening_previous(
    ctx: &Ctx,
    ranges: &[(usize, usize)],
    cands: &[Cand],
    seen: &Seen,
    ci: usize,
    there: usize,
) -> Option<usize> {
    let here = cands[ci].sentence;
    let previous = here.checked_sub(1).filter(|&s| s > there)?;
    if super::quoted::first_word(ctx, ranges[here]) != Some(cands[ci].start_tok) {
        return None;
    }
    let k = super::quoted::first_word(ctx, ranges[previous])?;
    if !ctx.tokens[k].cap {
        return None;
    }
    seen.surnames
        .get(strip_article(ctx.norm.token(k)))
        .copied()
        .filter(|&p| cands[p].end_tok <= k)
}

#[cfg(test)]
mod tests {
    use super::super::tests::actor_of_nth;

    #[test]
    fn a_pronoun_continues_the_person_of_the_previous_sentences_pronoun() {
        let text = "Kenyan President William Ruto visited a market on Monday. He did not speak. \
                    He later met traders.";
        assert_eq!(actor_of_nth(text, "He", 1).as_deref(), Some("KENGOV"));
        // three sentences away with no pronoun in between: still left alone
        let text = "Kenyan President William Ruto visited a market. Rain fell. Prices rose. \
                    He later met traders.";
        assert_eq!(actor_of_nth(text, "He", 0), None);
    }

    #[test]
    fn a_pronoun_after_a_bare_surname_prefers_the_main_subject() {
        let text = "Ghanaian President Kofi Mensah opened the summit. Kenyan Foreign Minister \
                    Amani Oduya visited Mensah and praised what he called a bold plan.";
        assert_eq!(actor_of_nth(text, "he", 0).as_deref(), Some("KENGOV"));
        // a relative clause on the surname keeps it
        let text = "Ghanaian President Kofi Mensah opened the summit. Kenyan Foreign Minister \
                    Amani Oduya visited Mensah, who said he wanted a bold plan.";
        assert_eq!(actor_of_nth(text, "he", 0).as_deref(), Some("GHAGOV"));
    }
}
