//! Event nouns as predicates: a noun from `data/lexicon/event_nouns.txt` whose frame
//! (`frames::Sentence::noun_frame`) names a source codes one event. One event per
//! predicate: when the verb that governs the noun (or whose phrase contains it) already
//! coded an event with a target, that is the event ("imposed sanctions on Y"); when the
//! verb's event has no target and the noun has one ("Russian strikes on Kharkiv killed…"),
//! the noun's event replaces it. No second event for a pair of actors the sentence has.
use super::context::SentenceCx;
use super::*;
use crate::nlp::cameo;

const LIST: &str = include_str!("../../../data/lexicon/event_nouns.txt");

struct NounEntry {
    code: String,
    target_case: Vec<String>,
    adjunct: bool,
}

/// The event nouns, by lemma.
pub(super) struct EventNouns {
    by_lemma: FastMap<String, NounEntry>,
}

impl EventNouns {
    pub(super) fn builtin() -> Result<Self, NlpError> {
        Self::parse(LIST).map_err(|message| NlpError::BuiltinData {
            name: "data/lexicon/event_nouns.txt",
            message,
        })
    }

    fn parse(src: &str) -> Result<Self, String> {
        let mut by_lemma = FastMap::default();
        for (i, line) in src.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split_whitespace().collect();
            let bad = || format!("line {}: expected LEMMA CODE PREPOSITIONS [adjunct]", i + 1);
            if f.len() < 3 || f.len() > 4 || cameo::root(f[1]).is_none() {
                return Err(bad());
            }
            let adjunct = match f.get(3) {
                None => false,
                Some(&"adjunct") => true,
                Some(_) => return Err(bad()),
            };
            let entry = NounEntry {
                code: f[1].to_string(),
                target_case: f[2].split('|').map(str::to_string).collect(),
                adjunct,
            };
            by_lemma.insert(f[0].to_string(), entry);
        }
        Ok(Self { by_lemma })
    }
}

/// One event noun of a sentence with its sides.
struct NounEvent {
    word: usize,
    governor: Option<usize>,
    /// The verb the noun hangs on, even as an adjunct ("signed … after talks").
    clause: Option<usize>,
    code: String,
    src: Side,
    tgt: Side,
    reciprocal: bool,
    /// A meeting told before its clause's act ("agreed … after talks"): see `has_meeting`.
    earlier: bool,
    modality: Modality,
    speaker: Option<Side>,
    /// How the parse found the roles (`annotate --explain`).
    path: String,
}

impl EventCoder {
    /// Events of the sentence's event nouns (see the module doc).
    fn noun_events(
        &self,
        cx: &SentenceCx,
        toks: &[Tok],
        last_source: &Option<Vec<u32>>,
    ) -> Vec<NounEvent> {
        let mut out = Vec::new();
        for (n, w) in cx.words.iter().enumerate() {
            let Some(entry) = self.nouns.by_lemma.get(&w.lemma.to_lowercase()) else {
                continue;
            };
            let Some(f) = cx.sent.noun_frame(n, &entry.target_case, entry.adjunct) else {
                continue;
            };
            if f.unasserted || f.source.is_empty() && !f.reciprocal {
                continue;
            }
            let (modality, speaker) = match f.status {
                frames::Status::Asserted => (Modality::Asserted, None),
                frames::Status::Reported { speech } => {
                    let sf = cx.sent.frame(speech, None);
                    let sp = self.source_side(cx.sent, toks, cx.groups, &sf, last_source);
                    (Modality::Reported, Some(sp))
                }
                _ => continue,
            };
            out.push(NounEvent {
                word: n,
                governor: f.governor.filter(|_| !f.adjunct),
                clause: f.governor,
                code: entry.code.clone(),
                src: side_of(cx.groups, &f.source),
                tgt: side_of(cx.groups, &f.target),
                reciprocal: f.reciprocal,
                earlier: f.earlier,
                modality,
                speaker,
                path: f.path.clone(),
            });
        }
        out
    }

    /// Codes the sentence's event nouns into `out`; `first`: this sentence's first event.
    pub(super) fn code_nouns(&self, cx: &SentenceCx, first: usize, out: &mut Vec<CodedEvent>) {
        let SentenceCx {
            text,
            ents,
            si,
            toks,
            actors,
            locations,
            last_source,
            ..
        } = *cx;
        for ne in self.noun_events(cx, toks, last_source) {
            let w = &cx.words[ne.word];
            // The verb events of the same predicate: the governor's, or a phrase that
            // contains the noun ("held talks").
            let spans: Vec<(usize, usize)> = [Some(ne.word), ne.governor]
                .into_iter()
                .flatten()
                .map(|i| (cx.words[i].start, cx.words[i].end))
                .collect();
            let covers = |e: &CodedEvent| {
                spans
                    .iter()
                    .any(|&(s, t)| e.trigger.start <= s && t <= e.trigger.end)
            };
            let verb_coded = out[first..].iter().any(covers);
            // a verb event with no source ("talks between A and B resumed": "resumed" has
            // none) is no event of the predicate; the noun's replaces it
            let verb_targeted = out[first..]
                .iter()
                .filter(|e| covers(e) && !e.source.actor.code.is_empty())
                .any(|e| e.target.as_ref().is_some_and(|t| !t.actor.code.is_empty()));
            if verb_targeted || verb_coded && ne.tgt.mentions.is_empty() {
                continue;
            }
            let (srcs, mut tgts) = if ne.reciprocal {
                (expand(actors, &ne.tgt), expand(actors, &ne.tgt))
            } else {
                (expand(actors, &ne.src), expand(actors, &ne.tgt))
            };
            let pair = super::pair_talks::talks_of_a_pair(self.frame_lex, &w.lemma, &srcs, &tgts)
                && !super::pair_talks::clause_partner(cx.words, ne.clause, &out[first..], &srcs);
            if pair {
                tgts = srcs.clone();
            }
            let pairs = actor_pairs(ents, &srcs, &tgts, ne.reciprocal || pair, &ne.code);
            if verb_coded {
                if !pairs.iter().any(|p| p.1.is_some()) {
                    continue;
                }
                // The noun names the target the verb lacked: its event replaces the verb's.
                remove_from(out, first, covers);
            }
            let speaker = ne
                .speaker
                .as_ref()
                .and_then(|sp| expand(actors, sp).into_iter().next())
                .map(|(m, a)| participant(text, ents, toks, Some((m, &a)), &Side::default()));
            let location = self.location(ents, toks, locations, &ne.src, &ne.tgt);
            for (s, t) in pairs {
                let (s, t) = (&srcs[s], t.map(|t| &tgts[t]));
                let e = CodedEvent {
                    sentence: si,
                    source: participant(text, ents, toks, Some((s.0, &s.1)), &Side::default()),
                    target: t.map(|t| participant(text, ents, toks, Some((t.0, &t.1)), &ne.tgt)),
                    cameo: ne.code.clone(),
                    trigger: Span::new(w.start, w.end),
                    modality: ne.modality,
                    speaker: speaker.clone(),
                    location,
                    confidence: if t.is_some() { 0.7 } else { 0.6 },
                    path: ne.path.clone(),
                };
                if !has_pair(&out[first..], &e)
                    || ne.earlier && !has_meeting(&out[first..], &e)
                    || drop_means(cx.words, ne.governor, first, out, &e)
                {
                    out.push(e);
                }
            }
        }
    }
}

/// The actors of a side, one per actor code, with the mention that names each.
fn expand(actors: &ActorMap, side: &Side) -> Vec<(u32, Actor)> {
    let mut v: Vec<(u32, Actor)> = Vec::new();
    for &m in &side.mentions {
        for a in actors.get(&m).map(|x| x.as_slice()).unwrap_or(&[]) {
            if !v.iter().any(|(_, b)| b.code == a.code) {
                v.push((m, a.as_ref().clone()));
            }
        }
    }
    v
}

/// Source and target index pairs; a reciprocal noun pairs its actors with each other, a
/// source with no target other than itself is coded alone.
fn actor_pairs(
    ents: &EntityAnalysis,
    srcs: &[(u32, Actor)],
    tgts: &[(u32, Actor)],
    reciprocal: bool,
    code: &str,
) -> Vec<(usize, Option<usize>)> {
    let mut pairs = Vec::new();
    for (si, s) in srcs.iter().enumerate() {
        let others: Vec<usize> = (0..tgts.len())
            .filter(|&ti| tgts[ti].1.code != s.1.code)
            .collect();
        if others.is_empty() && !reciprocal {
            pairs.push((si, None));
        }
        for ti in others {
            let t = &tgts[ti];
            // "talks between A's president and B's premier" names A and A's president:
            // a state and its own government or army are one side, never a pair
            if super::actors::own_state(&s.1, &t.1, code) {
                continue;
            }
            if !home_place(ents, (s.0, &s.1), (t.0, &t.1), code) {
                pairs.push((si, Some(ti)));
            }
        }
    }
    pairs
}

/// "launched a campaign against Y by spreading rumours": the "by V-ing" clause of the
/// noun's light verb says how the noun's act was done, so the noun's event, with its own
/// target, is the act. When every event the sentence has for the pair is such a means
/// clause of `governor`, they are removed and the noun's event may stand (true).
fn drop_means(
    words: &[syntax::Word],
    governor: Option<usize>,
    first: usize,
    out: &mut Vec<CodedEvent>,
    e: &CodedEvent,
) -> bool {
    let Some(g) = governor else {
        return false;
    };
    if e.target.is_none() {
        return false;
    }
    let same = |o: &CodedEvent| has_pair(std::slice::from_ref(o), e);
    let all_means = out[first..]
        .iter()
        .filter(|o| same(o))
        .all(|o| means_clause(words, o, g));
    if !all_means {
        return false;
    }
    remove_from(out, first, same);
    true
}

/// Removes the events from index `first` on that `drop` picks, keeping the order of the rest.
fn remove_from(out: &mut Vec<CodedEvent>, first: usize, drop: impl Fn(&CodedEvent) -> bool) {
    let mut k = 0;
    out.retain(|e| {
        k += 1;
        k <= first || !drop(e)
    });
}

/// Is `o`'s trigger a clause of word `g` marked "by" ("… by spreading rumours")?
fn means_clause(words: &[syntax::Word], o: &CodedEvent, g: usize) -> bool {
    let Some(i) = words.iter().position(|w| w.start == o.trigger.start) else {
        return false;
    };
    let by = |c: &syntax::Word| {
        c.head as usize == i + 1 && c.deprel == "mark" && c.form.eq_ignore_ascii_case("by")
    };
    words[i].head as usize == g + 1 && words[i].deprel.starts_with("advcl") && words.iter().any(by)
}

/// Does the sentence already have a consultation (04x) for the pair? "A and B agreed …
/// after a meeting": the agreement is the clause's act, the meeting one before it, so an
/// earlier meeting (`NounEvent::earlier`) is coded beside the pair's other acts.
fn has_meeting(events: &[CodedEvent], e: &CodedEvent) -> bool {
    events
        .iter()
        .any(|o| o.cameo.starts_with("04") && has_pair(std::slice::from_ref(o), e))
}

/// Does the sentence already have an event for the pair? Statements (01x) do not count:
/// "said after talks with Y" still codes the talks.
fn has_pair(events: &[CodedEvent], e: &CodedEvent) -> bool {
    events.iter().any(|o| {
        !o.cameo.starts_with("01")
            && o.source.actor.code == e.source.actor.code
            && target_code(o) == target_code(e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_noun_list_parses() {
        let nouns = EventNouns::builtin().expect("event_nouns.txt parses");
        let talks = nouns.by_lemma.get("talks").expect("talks listed");
        assert_eq!(talks.code, "040");
        assert!(talks.adjunct && talks.target_case.iter().any(|c| c == "between"));
        assert!(!nouns.by_lemma.get("strike").expect("strike listed").adjunct);
    }

    #[test]
    fn a_malformed_line_is_an_error() {
        assert!(EventNouns::parse("talks 040\n").is_err());
        assert!(EventNouns::parse("talks xyz with\n").is_err());
        assert!(EventNouns::parse("talks 040 with often\n").is_err());
    }
}
