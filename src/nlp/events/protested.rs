//! The act a protest is about, when a noun names it: "X lodged a protest with Y over the
//! deportation of 900 X nationals", "X protested to Y over the arrest of its citizens". The
//! protester complains to the act's author, so the protest's target did it, and the `of`
//! phrase names whom it fell on, which must be the protester's own people (a protest about a
//! third party's people is read no further). The nouns and their codes are data
//! (`data/lexicon/protested_acts.txt`).
use super::*;

const LIST: &str = include_str!("../../../data/lexicon/protested_acts.txt");

/// Path note of an act read from the noun of a protest.
pub(super) const PROTESTED: &str =
    "source: the protest's target; target: the act noun's `of` phrase (over the act)";

fn nouns() -> &'static FastMap<String, String> {
    static N: std::sync::OnceLock<FastMap<String, String>> = std::sync::OnceLock::new();
    N.get_or_init(|| {
        LIST.lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                Some((f.next()?.to_string(), f.next()?.to_string()))
            })
            .collect()
    })
}

/// Adds the act each protest (CAMEO 11, 14) with a target names "over the NOUN of …".
pub(super) fn protested_acts(text: &str, ents: &EntityAnalysis, out: &mut Vec<CodedEvent>) {
    let mut added = Vec::new();
    for e in out.iter() {
        if let Some(a) = protested_act(text, ents, e) {
            added.push(a);
        }
    }
    out.extend(added);
}

fn protested_act(text: &str, ents: &EntityAnalysis, e: &CodedEvent) -> Option<CodedEvent> {
    let protest = matches!(crate::nlp::cameo::root(&e.cameo), Some(11 | 14));
    let author = e.target.as_ref().filter(|t| reactions::placed(t))?;
    if !protest || !reactions::placed(&e.source) || author.actor.side() == e.source.actor.side() {
        return None;
    }
    let (noun, code, of_start, of_end) = over_noun(text, e.trigger.end)?;
    let (mi, patient) = ents
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.span.start >= of_start && m.span.end <= of_end)
        .find_map(|(i, _)| actor_of(ents, i).map(|a| (i, a)))?;
    if patient.side() != e.source.actor.side() {
        return None;
    }
    Some(CodedEvent {
        sentence: e.sentence,
        source: author.clone(),
        target: Some(Participant {
            actor: patient.clone(),
            mention: Some(mi),
            text: ents.mentions[mi].span.slice(text).to_string(),
        }),
        cameo: code,
        trigger: noun,
        modality: e.modality,
        speaker: None,
        location: None,
        confidence: e.confidence,
        path: PROTESTED.to_string(),
    })
}

/// "over the NOUN of PHRASE" in the clause after `from`: the noun's span, its code, and the
/// span of the `of` phrase (up to the next comma, semicolon or full stop).
fn over_noun(text: &str, from: usize) -> Option<(Span, String, usize, usize)> {
    let rest = text.get(from..)?;
    let clause_end = rest.find(['.', ';', '\n']).unwrap_or(rest.len());
    let clause = &rest[..clause_end];
    let at = clause.find(" over the ")? + " over the ".len();
    let after = &clause[at..];
    let word_end = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let code = nouns().get(&after[..word_end].to_lowercase())?.clone();
    let of = after[word_end..].strip_prefix(" of ")?;
    let of_start = from + clause_end - of.len();
    let of_len = of.find([',', ';']).unwrap_or(of.len());
    let noun = Span::new(from + at, from + at + word_end);
    Some((noun, code, of_start, of_start + of_len))
}
