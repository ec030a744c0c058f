//! A relative clause on the last conjunct of a list of actors: in "a war between A and a
//! B-led coalition that backs the government" the clause describes the coalition only.
//! The word lists join A and B into one group (`actor_groups`), so the clause's pronoun
//! subject, which the parse resolves to the coalition, would stand for A as well. When the
//! parse hangs such a clause on a later conjunct, the group splits before that conjunct's
//! actor. A clause whose verb agrees with a plural ("A and B, which back …") may describe
//! the whole list, and the group stays as it is.
use super::{FrameLexicon, Group, Tok};
use crate::nlp::syntax::Word;

/// Relations that keep a word inside the noun phrase it modifies ("Saudi" in "a Saudi-led
/// coalition", "B's" in "B's forces").
const MODIFIER: [&str; 6] = [
    "amod",
    "compound",
    "nmod:poss",
    "flat",
    "nmod:desc",
    "fixed",
];

/// Plural present-tense tag: such a verb agrees with the whole list.
const PLURAL_VERB: &str = "VBP";

/// Splits each group before an actor whose noun phrase is a later conjunct that carries
/// its own relative clause.
pub(super) fn split_at_relative_conjuncts(
    words: &[Word],
    toks: &[Tok],
    lex: &FrameLexicon,
    groups: &mut Vec<Group>,
) {
    let mut out = Vec::with_capacity(groups.len());
    for g in groups.drain(..) {
        let cut = g.mentions.iter().skip(1).position(|&m| {
            mention_word(words, toks, &g, m).is_some_and(|w| describes_conjunct(words, lex, w))
        });
        let Some(k) = cut.map(|k| k + 1) else {
            out.push(g);
            continue;
        };
        let split = (g.start..g.end)
            .find(|&t| toks[t].mention == Some(g.mentions[k]))
            .unwrap_or(g.end);
        out.push(Group {
            start: g.start,
            end: split,
            mentions: g.mentions[..k].to_vec(),
        });
        out.push(Group {
            start: split,
            end: g.end,
            mentions: g.mentions[k..].to_vec(),
        });
    }
    *groups = out;
}

/// The first word of mention `m`'s tokens in the parse (0-based).
fn mention_word(words: &[Word], toks: &[Tok], g: &Group, m: u32) -> Option<usize> {
    let t = (g.start..g.end).find(|&t| toks[t].mention == Some(m))?;
    let start = toks[t].span.start;
    words.iter().position(|w| w.start <= start && start < w.end)
}

/// Word `w` heads, or modifies the head of, a `conj` noun that has a relative clause with
/// a relative pronoun of its own and a verb that does not agree with a plural.
fn describes_conjunct(words: &[Word], lex: &FrameLexicon, w: usize) -> bool {
    let head = |i: usize| (words[i].head as usize).checked_sub(1);
    let mut n = w;
    for _ in 0..4 {
        if !MODIFIER.contains(&words[n].deprel.as_str()) {
            break;
        }
        match head(n) {
            Some(h) => n = h,
            None => return false,
        }
    }
    words[n].deprel == "conj"
        && (0..words.len()).any(|v| {
            head(v) == Some(n) && words[v].deprel == "acl:relcl" && singular_clause(words, lex, v)
        })
}

/// The relative clause `v` opens with its own relative pronoun and its verb (or auxiliary)
/// is not a plural present ("that backs", "which has"; not "that back").
fn singular_clause(words: &[Word], lex: &FrameLexicon, v: usize) -> bool {
    let under = |k: usize| words[k].head as usize == v + 1;
    let pronoun = (0..v).any(|k| under(k) && lex.is_relative(&words[k].form.to_lowercase()));
    let plural = words[v].xpos == PLURAL_VERB
        || (0..v).any(|k| {
            under(k) && words[k].deprel.starts_with("aux") && words[k].xpos == PLURAL_VERB
        });
    pronoun && !plural
}
