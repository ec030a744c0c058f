//! The elided act of another party: "X recalled its envoy, and so did Y and Z", "X condemned
//! the raid, as did Y", "Y later did the same", "Y followed suit". The second clause has no
//! verb of its own, so no verb phrase codes it; its subject did what the previous clause's
//! subject did. When a clause has resolved actor parties and only an elliptical predicate (an
//! inverter and a do-auxiliary before them, or a pro-predicate after them), the latest earlier
//! act of the sentence (for a pro-predicate opening its sentence: of the sentence before) is
//! copied once per party, keeping target, code, modality and location. A negated act is
//! repeated by "neither / nor did" only, and only a negated act is; a party that is the
//! act's target is no source of it. Cue words: `data/lexicon/ellipsis.tsv`.
use super::*;
use crate::nlp::lexicon::kind_rows;
use std::sync::OnceLock;

const WORDS: &str = include_str!("../../../data/lexicon/ellipsis.tsv");

/// How many words into its sentence a pro-predicate's subject may start and still take the
/// previous sentence's act ("But Y did the same").
const OPENING: usize = 2;

#[derive(Default)]
struct Words {
    inverters: Vec<&'static str>,
    negatives: Vec<&'static str>,
    auxiliaries: Vec<&'static str>,
    pros: Vec<Vec<&'static str>>,
    between: Vec<&'static str>,
    joiners: Vec<&'static str>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Words::default();
        for (kind, v) in kind_rows(WORDS) {
            match kind {
                "inverter" => w.inverters.push(v),
                "negative" => w.negatives.push(v),
                "auxiliary" => w.auxiliaries.push(v),
                "pro" => w.pros.push(v.split_whitespace().collect()),
                "between" => w.between.push(v),
                "joiner" => w.joiners.push(v),
                _ => {}
            }
        }
        w
    })
}

/// A word of a sentence: its span, lower-cased text and the actor mention it belongs to.
struct Word {
    span: Span,
    lower: String,
    /// Starts with a capital letter.
    capital: bool,
    mention: Option<usize>,
}

/// The words of a sentence (runs of letters, digits, hyphens and apostrophes; any other
/// non-space character is a word of its own), each marked with the longest actor mention
/// that covers it.
fn sentence_words(text: &str, ents: &EntityAnalysis, span: Span) -> Vec<Word> {
    let mut out = Vec::new();
    let Some(slice) = text.get(span.start..span.end) else {
        return out;
    };
    let mut start: Option<usize> = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '\'' || c == '\u{2019}';
    let push = |s: usize, e: usize, out: &mut Vec<Word>| {
        let (s, e) = (span.start + s, span.start + e);
        out.push(Word {
            span: Span::new(s, e),
            lower: text[s..e].to_lowercase(),
            capital: text[s..e].starts_with(char::is_uppercase),
            mention: None,
        });
    };
    for (i, c) in slice.char_indices() {
        if is_word(c) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            push(s, i, &mut out);
        }
        if !c.is_whitespace() {
            push(i, i + c.len_utf8(), &mut out);
        }
    }
    if let Some(s) = start {
        push(s, slice.len(), &mut out);
    }
    // Mentions are sorted by start: only those starting inside the sentence can cover a word.
    let ms = &ents.mentions;
    let first = ms.partition_point(|m| m.span.start < span.start);
    let last = ms.partition_point(|m| m.span.start < span.end);
    for w in &mut out {
        w.mention = (first..last)
            .map(|mi| (mi, &ms[mi]))
            .filter(|(mi, m)| m.span.contains(w.span) && actor_of(ents, *mi).is_some())
            .max_by_key(|(_, m)| m.span.end - m.span.start)
            .map(|(mi, _)| mi);
    }
    out
}

/// An elliptical clause: its parties, where the act to copy must end, whether it repeats a
/// negated act, and the cue's span.
struct Ellipsis {
    parties: Vec<usize>,
    limit: usize,
    negative: bool,
    cue: Span,
    /// A pro-predicate whose subject opens the sentence: the act may be the previous
    /// sentence's.
    opening: bool,
}

/// Adds a mention to the parties once; false when `m` may not join them (a party after the
/// first must be a proper name, so an apposition "…, its partners" is not taken for one).
fn add_party(out: &mut Vec<usize>, m: usize, capital: bool) -> bool {
    if !out.is_empty() && !capital {
        return false;
    }
    if !out.contains(&m) {
        out.push(m);
    }
    true
}

/// The parties starting at word `k`, read forwards through joiners ("Y, Z and W").
fn parties_after(ws: &[Word], mut k: usize) -> Vec<usize> {
    let mut out = Vec::new();
    while k < ws.len() {
        if let Some(m) = ws[k].mention {
            if !add_party(&mut out, m, ws[k].capital) {
                break;
            }
            while k < ws.len() && ws[k].mention == Some(m) {
                k += 1;
            }
        } else if words().joiners.contains(&ws[k].lower.as_str()) {
            k += 1;
        } else {
            break;
        }
    }
    out
}

/// The parties ending before word `k` (exclusive), read backwards through the words that may
/// stand between a subject and its pro-predicate, then through joiners; and the index of the
/// first word of the first party.
fn parties_before(ws: &[Word], k: usize) -> (Vec<usize>, usize) {
    let mut i = k;
    while i > 0 && words().between.contains(&ws[i - 1].lower.as_str()) {
        i -= 1;
    }
    let mut out = Vec::new();
    let mut first = i;
    while i > 0 {
        let w = &ws[i - 1];
        if let Some(m) = w.mention {
            let mut s = i - 1;
            while s > 0 && ws[s - 1].mention == Some(m) {
                s -= 1;
            }
            if !out.is_empty() && !ws[s].capital {
                break;
            }
            if !out.contains(&m) {
                out.push(m);
            }
            first = s;
            i = s;
        } else if !out.is_empty() && words().joiners.contains(&w.lower.as_str()) {
            i -= 1;
        } else {
            break;
        }
    }
    out.reverse();
    (out, first)
}

/// Words `k..` spell `phrase`.
fn spells(ws: &[Word], k: usize, phrase: &[&str]) -> bool {
    phrase.len() <= ws.len() - k && phrase.iter().zip(&ws[k..]).all(|(p, w)| w.lower == *p)
}

/// The elliptical clauses of a sentence.
fn ellipses(ws: &[Word]) -> Vec<Ellipsis> {
    let w = words();
    let mut out = Vec::new();
    for k in 0..ws.len() {
        let lower = ws[k].lower.as_str();
        let negative = w.negatives.contains(&lower);
        let inverted = (negative || w.inverters.contains(&lower))
            && ws
                .get(k + 1)
                .is_some_and(|a| w.auxiliaries.contains(&a.lower.as_str()));
        if inverted {
            let parties = parties_after(ws, k + 2);
            if !parties.is_empty() {
                out.push(Ellipsis {
                    parties,
                    limit: ws[k].span.start,
                    negative,
                    cue: Span::new(ws[k].span.start, ws[k + 1].span.end),
                    opening: false,
                });
            }
            continue;
        }
        let Some(pro) = w.pros.iter().find(|p| spells(ws, k, p)) else {
            continue;
        };
        let (parties, first) = parties_before(ws, k);
        if parties.is_empty() {
            continue;
        }
        out.push(Ellipsis {
            parties,
            limit: ws[first].span.start,
            negative: false,
            cue: Span::new(ws[k].span.start, ws[k + pro.len() - 1].span.end),
            opening: first <= OPENING,
        });
    }
    out
}

/// The events of the act an ellipsis repeats: those of the latest trigger of sentence `si`
/// ending before `limit`, with a known source.
fn antecedent(out: &[CodedEvent], si: usize, limit: usize) -> Vec<usize> {
    let eligible = |e: &CodedEvent| {
        e.sentence == si && e.trigger.end <= limit && !e.source.actor.code.is_empty()
    };
    let Some(last) = out
        .iter()
        .filter(|e| eligible(e))
        .map(|e| e.trigger.start)
        .max()
    else {
        return Vec::new();
    };
    (0..out.len())
        .filter(|&i| eligible(&out[i]) && out[i].trigger.start == last)
        .collect()
}

/// The copy of act `h` by party `m`, coded in sentence `si`; none when the party is the
/// act's target or source (by side), or the act's negation does not fit the cue.
fn copy_for(
    text: &str,
    ents: &EntityAnalysis,
    h: &CodedEvent,
    el: &Ellipsis,
    m: usize,
    si: usize,
) -> Option<CodedEvent> {
    let actor = actor_of(ents, m)?;
    let negated = h.modality == Modality::Negated;
    if negated != el.negative {
        return None;
    }
    let side = actor.side();
    if side.is_empty()
        || h.source.actor.side() == side
        || h.target.as_ref().is_some_and(|t| t.actor.side() == side)
    {
        return None;
    }
    let mut e = h.clone();
    e.source = Participant {
        actor: actor.clone(),
        mention: Some(m),
        text: ents.mentions[m].span.slice(text).to_string(),
    };
    if e.sentence != si {
        e.location = None;
    }
    e.sentence = si;
    e.trigger = el.cue;
    e.path
        .push_str("; source: the party of an elided predicate");
    Some(e)
}

/// Act `h` is aimed at the side of one of `parties`.
fn aimed_at_parties(ents: &EntityAnalysis, h: &CodedEvent, parties: &[usize]) -> bool {
    let Some(t) = &h.target else {
        return false;
    };
    parties
        .iter()
        .filter_map(|&m| actor_of(ents, m))
        .any(|a| a.side() == t.actor.side())
}

/// Adds, for each elliptical clause of the article, the act it repeats by each of its parties.
pub(super) fn elided_acts(text: &str, ents: &EntityAnalysis, out: &mut Vec<CodedEvent>) {
    let mut added: Vec<CodedEvent> = Vec::new();
    for (si, sentence) in ents.sentences.iter().enumerate() {
        let ws = sentence_words(text, ents, sentence.span);
        for el in ellipses(&ws) {
            let mut acts = antecedent(out, si, el.limit);
            if acts.is_empty() && el.opening && si > 0 {
                acts = antecedent(out, si - 1, usize::MAX);
            }
            // An act aimed at a party of the ellipsis took that party for an object; it is
            // not what the party did.
            acts.retain(|&h| !aimed_at_parties(ents, &out[h], &el.parties));
            for &h in &acts {
                for &m in &el.parties {
                    let Some(e) = copy_for(text, ents, &out[h], &el, m, si) else {
                        continue;
                    };
                    let dup = out.iter().chain(&added).any(|o| {
                        o.sentence == e.sentence
                            && o.cameo == e.cameo
                            && o.source.actor.code == e.source.actor.code
                            && target_code(o) == target_code(&e)
                    });
                    if !dup {
                        added.push(e);
                    }
                }
            }
        }
    }
    out.extend(added);
}
