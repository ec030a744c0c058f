//! Stance and tone.
//!
//! * Dyad stances (actor → actor): aggregated from the events coder's output (Goldstein sign
//!   and size, weighted by event confidence) — the interactions and stance predicates the
//!   coder found ("A threatened B with sanctions", "A condemned B", "A praised B"), as the
//!   precision gate judged them (`expressed`: negated, conditional, hypothetical, questioned
//!   or unattributed ones say nothing of a stance; statements and threats do) — and from
//!   relational language between two actors in the same sentence ("X's ally Y", "tensions
//!   between X and Y").
//! * Editorial stances (the AUTHOR → actor): opinion and sarcasm markers ("predictably",
//!   "so-called", "one wonders", "apparently … forgot") outside quotes and outside
//!   attributed speech ("X said", "according to X"). They are never turned into an
//!   actor's statement.
//! * Tone: a small hand-written word list (written for this project, not copied from any
//!   published lexicon), scored over the text outside quotes and inside.
//!
//! The word lists are data: `data/lexicon/stance_words.tsv`.
mod expressed;

pub use expressed::{expresses_stance, stance_events};

use super::cameo::CameoTable;
use super::events::actor_of;
use super::gate::Judged;
use super::verbs::FastMap as HashMap;
use super::{
    Actor, ArticleText, CodedEvent, DyadStance, EditorialStance, EntityAnalysis, Span,
    StanceAnalysis, StanceLabel,
};
use std::sync::OnceLock;

/// The stance word lists of `data/lexicon/stance_words.tsv`, with their scores.
struct Lexicons {
    /// Tone words: +1 positive, −1 negative.
    tone: HashMap<&'static str, f32>,
    /// Relational words between two actors in one sentence (symmetric relations).
    rel: HashMap<&'static str, f32>,
    /// Author-voice markers (editorial): negative or positive.
    editorial: HashMap<&'static str, f32>,
    /// Words that attribute a sentence to a speaker: its opinions are not the author's.
    attribution: HashMap<&'static str, ()>,
    /// Multi-word author-voice phrases (negative), and their first words.
    phrases: Vec<&'static str>,
    phrase_first: HashMap<&'static str, ()>,
}

fn lexicons() -> &'static Lexicons {
    static LEX: OnceLock<Lexicons> = OnceLock::new();
    LEX.get_or_init(|| {
        use crate::nlp::lexicon::List::StanceWords as S;
        let scored = |uses: [(&str, f32); 2]| -> HashMap<&'static str, f32> {
            let mut map = HashMap::default();
            for (usage, score) in uses {
                for w in S.words(usage) {
                    map.insert(w, score);
                }
            }
            map
        };
        let phrases = S.words("editorial-phrase");
        let phrase_first = phrases
            .iter()
            .filter_map(|p| p.split(' ').next())
            .map(|w| (w, ()))
            .collect();
        Lexicons {
            tone: scored([("tone-positive", 1.0), ("tone-negative", -1.0)]),
            rel: scored([("rel-cooperative", 0.6), ("rel-hostile", -0.6)]),
            editorial: scored([("editorial-negative", -0.6), ("editorial-positive", 0.6)]),
            attribution: S
                .words("attribution")
                .into_iter()
                .map(|w| (w, ()))
                .collect(),
            phrases,
            phrase_first,
        }
    })
}

/// A word of the text: byte span, lower-case form (a range of the shared buffer),
/// inside quotes or not.
struct Word {
    span: Span,
    lower: (usize, usize),
    quoted: bool,
}

/// Words of `text[span]` into `out`, lower-case forms appended to `buf`; quote state is
/// tracked across the span. Returns the quote state at the end.
fn words(
    text: &str,
    span: Span,
    quoted_start: bool,
    buf: &mut String,
    out: &mut Vec<Word>,
) -> bool {
    let s = span.slice(text);
    let mut quoted = quoted_start;
    let mut start: Option<usize> = None;
    let mut flush = |a: usize, b: usize, quoted: bool, out: &mut Vec<Word>| {
        let w = &s[a..b];
        let from = buf.len();
        for c in w.chars() {
            match c {
                '’' => buf.push('\''),
                c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
                c => buf.extend(c.to_lowercase()),
            }
        }
        if buf[from..].ends_with("'s") {
            buf.truncate(buf.len() - 2);
        }
        out.push(Word {
            span: Span::new(span.start + a, span.start + b),
            lower: (from, buf.len()),
            quoted,
        });
    };
    for (i, c) in s.char_indices() {
        let in_word = c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
        if in_word {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(a) = start.take() {
            flush(a, i, quoted, out);
        }
        match c {
            '"' => quoted = !quoted,
            '“' | '«' => quoted = true,
            '”' | '»' => quoted = false,
            _ => {}
        }
    }
    if let Some(a) = start {
        flush(a, s.len(), quoted, out);
    }
    quoted
}

fn label_of(score: f32) -> StanceLabel {
    if score > 0.15 {
        StanceLabel::Cooperative
    } else if score < -0.15 {
        StanceLabel::Hostile
    } else {
        StanceLabel::Neutral
    }
}

fn usable(a: &Actor) -> bool {
    !a.code.is_empty() && !a.code.starts_with("---")
}

#[derive(Default)]
struct Acc {
    holder: Actor,
    target: Actor,
    sum: f32,
    weight: f32,
    evidence: Vec<Span>,
}

impl Acc {
    fn add(&mut self, score: f32, weight: f32, ev: Span) {
        self.sum += score * weight;
        self.weight += weight;
        if self.evidence.len() < 8 && !self.evidence.contains(&ev) {
            self.evidence.push(ev);
        }
    }
    fn score(&self) -> f32 {
        if self.weight <= 0.0 {
            0.0
        } else {
            (self.sum / self.weight).clamp(-1.0, 1.0)
        }
    }
}

/// Accumulators keyed by actor codes, kept in first-seen order: that order is the output's.
struct Keyed<K> {
    accs: Vec<Acc>,
    index: HashMap<K, usize>,
}

impl<K: std::hash::Hash + Eq> Keyed<K> {
    fn new() -> Self {
        Self {
            accs: Vec::new(),
            index: HashMap::default(),
        }
    }

    /// The accumulator of `key`, made by `make` the first time.
    fn get(&mut self, key: K, make: impl FnOnce() -> Acc) -> &mut Acc {
        let i = *self.index.entry(key).or_insert_with(|| {
            self.accs.push(make());
            self.accs.len() - 1
        });
        &mut self.accs[i]
    }
}

/// The words of one sentence and the buffer holding their lower-case forms.
#[derive(Default)]
struct SentenceWords {
    ws: Vec<Word>,
    buf: String,
}

impl SentenceWords {
    fn low(&self, w: &Word) -> &str {
        &self.buf[w.lower.0..w.lower.1]
    }
}

/// What `analyse` accumulates over an article: dyad and editorial stances, tone word
/// counts, and the last actor seen (the target of an editorial marker with no actor in
/// its own sentence).
struct Tally<'a> {
    dyads: Keyed<(String, String)>,
    editorial: Keyed<String>,
    tone_pos: f32,
    tone_neg: f32,
    last_actor: Option<&'a Actor>,
}

/// Stances of one article from its entities and the gate's verdicts on its coded events.
pub fn analyse(
    article: &ArticleText,
    entities: &EntityAnalysis,
    judged: &[Judged],
    cameo: &CameoTable,
) -> StanceAnalysis {
    let events: Vec<&CodedEvent> = judged.iter().map(|j| &j.event).collect();
    let mut tally = Tally::new();
    // 1. Events that express their source's stance: Goldstein / 10, weighted by confidence.
    for e in stance_events(judged) {
        let Some(t) = e.target.as_ref() else { continue };
        let Some(g) = cameo.goldstein(&e.cameo) else {
            continue;
        };
        let w = e.confidence.max(0.1);
        tally.add_dyad(&e.source.actor, &t.actor, g / 10.0, w, e.trigger);
    }
    // 2. Relational language and editorial markers, per sentence.
    tally.read_sentences(article.text, entities, &events);
    tally.finish()
}

/// Actor mentions of sentence `sspan` (outermost only); `cursor` walks the article's
/// mentions forward from sentence to sentence.
fn sentence_actors<'a>(
    entities: &'a EntityAnalysis,
    cursor: &mut usize,
    sspan: Span,
) -> Vec<(Span, &'a Actor)> {
    let mentions = &entities.mentions;
    while *cursor < mentions.len() && mentions[*cursor].span.end <= sspan.start {
        *cursor += 1;
    }
    let mut actors: Vec<(Span, &Actor)> = Vec::new();
    let mut k = *cursor;
    while k < mentions.len() && mentions[k].span.start < sspan.end {
        let m = &mentions[k];
        if let Some(a) = actor_of(entities, k).filter(|a| usable(a)) {
            if !actors.iter().any(|(s, _)| s.contains(m.span)) {
                actors.retain(|(s, _)| !m.span.contains(*s));
                actors.push((m.span, a));
            }
        }
        k += 1;
    }
    actors
}

/// The two actors a relational word at `at` relates: the nearest before and after it, or
/// the two after it ("tensions between X and Y").
fn relational_pair<'a>(actors: &[(Span, &'a Actor)], at: Span) -> Option<(&'a Actor, &'a Actor)> {
    let before = actors.iter().rev().find(|(s, _)| s.end <= at.start);
    let after = actors.iter().find(|(s, _)| s.start >= at.end);
    let pair = match (before, after) {
        (Some(b), Some(a)) => Some((b, a)),
        (None, Some(a)) => actors
            .iter()
            .find(|(s, _)| s.start > a.0.end)
            .map(|b| (a, b)),
        _ => None,
    };
    pair.map(|((_, x), (_, y))| (*x, *y))
}

/// The editorial score of word `wi`: a marker word, or the first word of a marker phrase
/// the next words complete (negative).
fn editorial_score(sw: &SentenceWords, wi: usize) -> Option<f32> {
    let lex = lexicons();
    let first = sw.low(&sw.ws[wi]);
    if let Some(&v) = lex.editorial.get(first) {
        return Some(v);
    }
    if !lex.phrase_first.contains_key(first) {
        return None;
    }
    lex.phrases.iter().find_map(|p| {
        let mut parts = p.split(' ');
        let completes = parts.next() == Some(first)
            && parts
                .enumerate()
                .all(|(o, part)| sw.ws.get(wi + 1 + o).is_some_and(|x| sw.low(x) == part));
        completes.then_some(-0.5)
    })
}

/// The actor mention nearest to `at` (by the gap between the spans).
fn nearest_actor<'a>(actors: &[(Span, &'a Actor)], at: Span) -> Option<&'a Actor> {
    actors
        .iter()
        .min_by_key(|(s, _)| {
            if s.start >= at.end {
                s.start - at.end
            } else {
                at.start.saturating_sub(s.end)
            }
        })
        .map(|(_, a)| *a)
}

impl<'a> Tally<'a> {
    fn new() -> Self {
        Self {
            dyads: Keyed::new(),
            editorial: Keyed::new(),
            tone_pos: 0.0,
            tone_neg: 0.0,
            last_actor: None,
        }
    }

    /// One piece of evidence of `h`'s stance toward `t`; unknown actors and self-dyads say
    /// nothing.
    fn add_dyad(&mut self, h: &Actor, t: &Actor, score: f32, weight: f32, ev: Span) {
        if !usable(h) || !usable(t) || h.code == t.code {
            return;
        }
        let key = (h.code.clone(), t.code.clone());
        let acc = self.dyads.get(key, || Acc {
            holder: h.clone(),
            target: t.clone(),
            ..Acc::default()
        });
        acc.add(score, weight, ev);
    }

    /// Sentence by sentence: the quote state runs across sentences, the actors are the
    /// sentence's own, and attributed sentences carry no author voice.
    fn read_sentences(&mut self, text: &str, entities: &'a EntityAnalysis, events: &[&CodedEvent]) {
        let sentences: Vec<Span> = if entities.sentences.is_empty() {
            vec![Span::new(0, text.len())]
        } else {
            entities.sentences.iter().map(|s| s.span).collect()
        };
        let lex = lexicons();
        let mut quoted = false;
        let mut sw = SentenceWords::default();
        let mut m_cursor = 0usize;
        for (si, sspan) in sentences.iter().enumerate() {
            sw.ws.clear();
            sw.buf.clear();
            quoted = words(text, *sspan, quoted, &mut sw.buf, &mut sw.ws);
            let actors = sentence_actors(entities, &mut m_cursor, *sspan);
            let attributed = sw
                .ws
                .iter()
                .any(|w| !w.quoted && lex.attribution.contains_key(sw.low(w)))
                || events
                    .iter()
                    .any(|e| e.sentence == si && e.speaker.is_some());
            for wi in 0..sw.ws.len() {
                self.read_word(&sw, wi, &actors, attributed);
            }
            if let Some((_, a)) = actors.last() {
                self.last_actor = Some(*a);
            }
        }
    }

    /// Word `wi` of a sentence: a tone word, a relational word between two actors, an
    /// editorial marker in the author's voice.
    fn read_word(
        &mut self,
        sw: &SentenceWords,
        wi: usize,
        actors: &[(Span, &'a Actor)],
        attributed: bool,
    ) {
        let lex = lexicons();
        let w = &sw.ws[wi];
        let low = sw.low(w);
        if let Some(&v) = lex.tone.get(low) {
            if v > 0.0 {
                self.tone_pos += 1.0;
            } else {
                self.tone_neg += 1.0;
            }
        }
        if let Some(&v) = lex.rel.get(low) {
            if let Some((x, y)) = relational_pair(actors, w.span) {
                self.add_dyad(x, y, v, 0.5, w.span);
                self.add_dyad(y, x, v, 0.5, w.span);
            }
        }
        // Editorial markers: author voice only.
        if w.quoted || attributed {
            return;
        }
        let Some(score) = editorial_score(sw, wi) else {
            return;
        };
        if let Some(a) = nearest_actor(actors, w.span).or(self.last_actor) {
            let acc = self.editorial.get(a.code.clone(), || Acc {
                target: a.clone(),
                ..Acc::default()
            });
            acc.add(score, 1.0, w.span);
        }
    }

    /// The accumulated stances, labelled, and the tone.
    fn finish(self) -> StanceAnalysis {
        let tone = if self.tone_pos + self.tone_neg > 0.0 {
            (self.tone_pos - self.tone_neg) / (self.tone_pos + self.tone_neg + 2.0)
        } else {
            0.0
        };
        StanceAnalysis {
            dyads: self
                .dyads
                .accs
                .into_iter()
                .map(|d| {
                    let score = d.score();
                    DyadStance {
                        holder: d.holder,
                        target: d.target,
                        label: label_of(score),
                        score,
                        evidence: d.evidence,
                    }
                })
                .collect(),
            editorial: self
                .editorial
                .accs
                .into_iter()
                .map(|d| {
                    let score = d.score();
                    EditorialStance {
                        target: d.target,
                        label: label_of(score),
                        score,
                        evidence: d.evidence,
                    }
                })
                .collect(),
            tone: tone.clamp(-1.0, 1.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::gate::DropReason;
    use crate::nlp::{EntityType, Mention, Modality, Participant, Sentence};

    /// An event as the gate judged it: `failed` empty = emitted.
    fn judged(event: CodedEvent, failed: &[DropReason]) -> Judged {
        Judged {
            event,
            failed: failed.to_vec(),
            why: String::new(),
            named_source: false,
            attribution: false,
        }
    }

    fn event(source: &str, target: &str, cameo: &str, trigger: Span) -> CodedEvent {
        let side = |code: &str| Participant {
            actor: actor(code),
            mention: None,
            text: code.into(),
        };
        CodedEvent {
            sentence: 0,
            source: side(source),
            target: Some(side(target)),
            cameo: cameo.into(),
            trigger,
            modality: Modality::Asserted,
            speaker: None,
            location: None,
            confidence: 0.8,
            path: String::new(),
        }
    }

    fn actor(code: &str) -> Actor {
        Actor {
            code: code.into(),
            name: code.into(),
            country: code.get(..3).unwrap_or("").into(),
            sector: code.get(3..).unwrap_or("").into(),
        }
    }

    fn analysis(text: &str, sents: &[&str], ments: &[(&str, &str)]) -> EntityAnalysis {
        let sentences = sents
            .iter()
            .map(|s| {
                let a = text.find(s).unwrap();
                Sentence {
                    span: Span::new(a, a + s.len()),
                }
            })
            .collect::<Vec<_>>();
        let mut mentions = Vec::new();
        for (surface, code) in ments {
            for (i, _) in text.match_indices(surface) {
                let span = Span::new(i, i + surface.len());
                mentions.push(Mention {
                    span,
                    entity_type: EntityType::Organisation,
                    actor: Some(actor(code)),
                    sentence: sentences
                        .iter()
                        .position(|s| s.span.contains(span))
                        .unwrap(),
                    antecedent: None,
                    geo: None,
                });
            }
        }
        mentions.sort_by_key(|m| m.span.start);
        EntityAnalysis {
            sentences,
            mentions,
        }
    }

    #[test]
    fn editorial_sarcasm_is_not_an_actor_statement() {
        let text = "The minister said France would support Germany. Apparently the minister forgot that part. One wonders whether anyone in the room was surprised.";
        let ents = analysis(
            text,
            &[
                "The minister said France would support Germany.",
                "Apparently the minister forgot that part.",
                "One wonders whether anyone in the room was surprised.",
            ],
            &[
                ("the minister", "FRAGOV"),
                ("France", "FRA"),
                ("Germany", "DEU"),
            ],
        );
        let ev = CodedEvent {
            sentence: 0,
            source: Participant {
                actor: actor("FRA"),
                mention: None,
                text: "France".into(),
            },
            target: Some(Participant {
                actor: actor("DEU"),
                mention: None,
                text: "Germany".into(),
            }),
            cameo: "051".into(),
            trigger: Span::new(30, 37),
            modality: Modality::Reported,
            speaker: None,
            location: None,
            confidence: 0.8,
            path: String::new(),
        };
        let cameo = CameoTable::builtin().unwrap();
        let art = ArticleText {
            id: "x",
            text,
            published: None,
        };
        let st = analyse(&art, &ents, &[judged(ev, &[])], &cameo);
        // The only dyad is the coded support; the sarcasm adds no actor → actor stance.
        assert_eq!(st.dyads.len(), 1);
        assert_eq!(st.dyads[0].holder.code, "FRA");
        assert_eq!(st.dyads[0].label, StanceLabel::Cooperative);
        // The author's sarcasm is an editorial stance toward the minister's side.
        assert_eq!(st.editorial.len(), 1, "{:?}", st.editorial);
        assert_eq!(st.editorial[0].target.code, "FRAGOV");
        assert_eq!(st.editorial[0].label, StanceLabel::Hostile);
        assert!(st.editorial[0]
            .evidence
            .iter()
            .any(|s| s.slice(text) == "Apparently"));
    }

    #[test]
    fn quoted_and_attributed_opinions_are_not_editorial() {
        let text =
            "\"Predictably, Russia lied,\" Germany said. Russia's so-called peacekeepers arrived.";
        let ents = analysis(
            text,
            &[
                "\"Predictably, Russia lied,\" Germany said.",
                "Russia's so-called peacekeepers arrived.",
            ],
            &[("Russia", "RUS"), ("Germany", "DEU")],
        );
        let cameo = CameoTable::builtin().unwrap();
        let art = ArticleText {
            id: "x",
            text,
            published: None,
        };
        let st = analyse(&art, &ents, &[], &cameo);
        assert_eq!(st.editorial.len(), 1);
        assert_eq!(st.editorial[0].target.code, "RUS");
        assert_eq!(st.editorial[0].evidence.len(), 1);
        assert_eq!(st.editorial[0].evidence[0].slice(text), "so-called");
    }

    #[test]
    fn relational_language_and_tone() {
        let text = "Tensions between India and Pakistan rose after the attack.";
        let ents = analysis(text, &[text], &[("India", "IND"), ("Pakistan", "PAK")]);
        let cameo = CameoTable::builtin().unwrap();
        let art = ArticleText {
            id: "x",
            text,
            published: None,
        };
        let st = analyse(&art, &ents, &[], &cameo);
        assert_eq!(st.dyads.len(), 2);
        assert!(st.dyads.iter().all(|d| d.label == StanceLabel::Hostile));
        assert!(st.tone < 0.0);
    }

    /// A threat and a condemnation (statements and threats are held back from
    /// `events.diplomatic` but show a stance) make the source hostile; praise cooperative;
    /// a negated, conditional, hypothetical or questioned event shows nothing.
    #[test]
    fn stance_predicates_count_unless_they_did_not_happen() {
        let text = "Chile threatened Peru. Chile condemned Peru. Chile praised Bolivia. \
                    Chile did not attack Ecuador. Chile may attack Ecuador.";
        let ents = analysis(text, &[text], &[]);
        let at = |w: &str| {
            let a = text.find(w).unwrap();
            Span::new(a, a + w.len())
        };
        let st = analyse(
            &ArticleText {
                id: "x",
                text,
                published: None,
            },
            &ents,
            &[
                judged(
                    event("CHL", "PER", "130", at("threatened")),
                    &[DropReason::Threatened],
                ),
                judged(event("CHL", "PER", "111", at("condemned")), &[]),
                judged(
                    event("CHL", "BOL", "051", at("praised")),
                    &[DropReason::Statement],
                ),
                judged(
                    event("CHL", "ECU", "190", at("attack")),
                    &[DropReason::Negated],
                ),
                judged(
                    event("CHL", "ECU", "190", at("may")),
                    &[DropReason::Hypothetical],
                ),
                judged(
                    event("CHL", "ECU", "190", at("Ecuador")),
                    &[DropReason::Question],
                ),
                // "threatened Peru with sanctions unless…": still a threat
                judged(
                    event("CHL", "PER", "1312", at("Peru")),
                    &[DropReason::Conditional],
                ),
                // "if Chile sends aid to Bolivia…": nothing happened
                judged(
                    event("CHL", "BOL", "070", at("Bolivia")),
                    &[DropReason::Conditional],
                ),
            ],
            &CameoTable::builtin().unwrap(),
        );
        let label = |t: &str| {
            st.dyads
                .iter()
                .find(|d| d.holder.code == "CHL" && d.target.code == t)
                .map(|d| (d.label, d.evidence.len()))
        };
        assert_eq!(label("PER"), Some((StanceLabel::Hostile, 3)));
        assert_eq!(label("BOL"), Some((StanceLabel::Cooperative, 1)));
        assert_eq!(label("ECU"), None, "{:?}", st.dyads);
    }
}

/// Whole sentences through the entities, coder and gate (`tests.rs`: the checker of layer
/// imports skips test files).
#[cfg(test)]
#[path = "stance/tests.rs"]
mod sentences;
