//! A chain of stages applied to one input message: each output of a stage is an input
//! of the next, and each stage's outputs go to its topic or only on to the next stage.
//! A staged worker runs a chain of one stage, the fused worker (`fused.rs`) one of three.

use super::typed;
use crate::config::Topics;
use crate::stages::{run_stage_tallied, EventMeta, Limits, Output, Record, Stage};
use crate::stages::{StageError, StageKind};
use rdkafka::message::OwnedHeaders;

/// Stages applied in turn to one input; each output of a stage is an input of the next.
pub struct Chain<'a> {
    links: Vec<Link<'a>>,
}

struct Link<'a> {
    kind: StageKind,
    stage: &'a dyn Stage,
    /// Where this stage's outputs are written; `None`: only passed on to the next stage.
    topic: Option<String>,
    /// The schema headers of this stage's output records (`typed::output_headers`).
    headers: OwnedHeaders,
    /// Where this stage's side outputs are written (`Output::side`), with their headers;
    /// `None`: they are not written.
    side: Option<(String, OwnedHeaders)>,
}

impl<'a> Link<'a> {
    fn new(kind: StageKind, stage: &'a dyn Stage, topic: Option<String>) -> Self {
        let headers = typed::output_headers(kind.spec().output.full_name());
        Self {
            kind,
            stage,
            topic,
            headers,
            side: None,
        }
    }
}

/// A stage of the chain refused its input.
#[derive(Debug)]
pub struct ChainFailure {
    pub stage: StageKind,
    pub error: StageError,
}

/// Everything one input produced, stage by stage.
pub struct ChainRun {
    levels: Vec<Vec<Output>>,
    /// The precision gate's reasons, one per coded event not emitted.
    pub dropped: Vec<&'static str>,
}

impl<'a> Chain<'a> {
    /// One stage writing to one topic: the staged worker.
    pub fn single(kind: StageKind, stage: &'a dyn Stage, topic: &str) -> Self {
        Self {
            links: vec![Link::new(kind, stage, Some(topic.to_string()))],
        }
    }

    /// Stages in pipeline order with their output topics; only the last stage's topic is
    /// always written, the others when `intermediate` is true.
    pub fn fused(stages: Vec<(StageKind, &'a dyn Stage, String)>, intermediate: bool) -> Self {
        let last = stages.len().saturating_sub(1);
        let links = stages
            .into_iter()
            .enumerate()
            .map(|(i, (kind, stage, topic))| {
                Link::new(kind, stage, (intermediate || i == last).then_some(topic))
            })
            .collect();
        Self { links }
    }

    /// Writes each stage's side outputs to its side topic under `topics` (the registry's
    /// `StageSpec::side`); without this, or with the topic empty, they are not written.
    pub fn with_side_topics(mut self, topics: &Topics) -> Self {
        for link in &mut self.links {
            let spec = link.kind.spec();
            link.side = spec
                .side
                .as_ref()
                .zip(spec.side_topic(topics))
                .map(|(side, topic)| (topic, typed::output_headers(side.output.full_name())));
        }
        self
    }

    /// The stage whose state the worker restores, writes to the changelog and commits or
    /// rolls back: the last one (a stateful stage such as alerts only runs alone; the
    /// fused chain's stages are stateless, their hooks no-ops).
    pub fn state_stage(&self) -> &'a dyn Stage {
        self.links
            .last()
            .map(|link| link.stage)
            .expect("a chain has at least one stage")
    }

    /// Runs `record` through every stage, enforcing `limits` at each.
    pub fn run(&self, limits: Limits, record: &Record<'_>) -> Result<ChainRun, ChainFailure> {
        let mut levels: Vec<Vec<Output>> = Vec::with_capacity(self.links.len());
        let mut dropped = Vec::new();
        for link in &self.links {
            let mut outputs = Vec::new();
            let failed = |error| ChainFailure {
                stage: link.kind,
                error,
            };
            match levels.last() {
                None => {
                    let (out, gone) =
                        run_stage_tallied(link.stage, limits, record).map_err(failed)?;
                    outputs.extend(out);
                    dropped.extend(gone);
                }
                Some(inputs) => {
                    // A side output is a stream of its own, not the next stage's input.
                    for input in inputs.iter().filter(|o| o.side.is_none()) {
                        let next = Record {
                            key: Some(&input.key),
                            payload: &input.payload,
                            timestamp_ms: record.timestamp_ms,
                            partition: record.partition,
                        };
                        let (out, gone) =
                            run_stage_tallied(link.stage, limits, &next).map_err(failed)?;
                        outputs.extend(out);
                        dropped.extend(gone);
                    }
                }
            }
            levels.push(outputs);
        }
        Ok(ChainRun { levels, dropped })
    }

    /// The outputs of `run` that are written, each with its topic, in stage order: a
    /// stage's outputs to its topic (when written), its side outputs to its side topic.
    pub fn written<'r>(
        &'r self,
        run: &'r ChainRun,
    ) -> impl Iterator<Item = (&'r str, &'r OwnedHeaders, &'r Output)> {
        self.links
            .iter()
            .zip(&run.levels)
            .flat_map(|(link, outputs)| outputs.iter().map(move |o| (link, o)))
            .filter_map(|(link, o)| {
                let (topic, headers) = match (&o.side, &link.side) {
                    (None, _) => (link.topic.as_deref()?, &link.headers),
                    (Some(_), Some((topic, headers))) => (topic.as_str(), headers),
                    (Some(_), None) => return None,
                };
                Some((topic, headers, o))
            })
    }
}

impl ChainRun {
    /// The diplomatic events among all outputs, for the metrics once committed.
    pub fn events(&self) -> impl Iterator<Item = EventMeta> + '_ {
        self.levels.iter().flatten().filter_map(|o| o.event)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Emits its input with `tag` appended, and fails on an empty payload.
    struct Append(&'static [u8]);

    impl Stage for Append {
        fn process(&self, record: &Record<'_>) -> Result<Vec<Output>, StageError> {
            if record.payload.is_empty() {
                return Err(StageError::MissingField("text"));
            }
            let payload = [record.payload, self.0].concat();
            Ok(vec![Output {
                key: record.key.unwrap_or_default().to_vec(),
                payload,
                event: None,
                side: None,
            }])
        }
    }

    const LIMITS: Limits = Limits {
        max_message_bytes: 100,
    };

    fn record(payload: &[u8]) -> Record<'_> {
        Record {
            key: Some(b"k"),
            payload,
            timestamp_ms: None,
            partition: 0,
        }
    }

    fn stages() -> [Append; 3] {
        [Append(b"+e"), Append(b"+s"), Append(b"+v")]
    }

    fn fused<'a>(stages: &'a [Append; 3], intermediate: bool) -> Chain<'a> {
        let [a, b, c] = stages;
        Chain::fused(
            vec![
                (StageKind::Entities, a as &dyn Stage, "e".into()),
                (StageKind::Stance, b, "s".into()),
                (StageKind::Events, c, "v".into()),
            ],
            intermediate,
        )
    }

    fn written(chain: &Chain<'_>, run: &ChainRun) -> Vec<(String, Vec<u8>)> {
        chain
            .written(run)
            .map(|(t, _, o)| (t.to_string(), o.payload.clone()))
            .collect()
    }

    #[test]
    fn each_stage_feeds_the_next_and_every_topic_is_written() {
        let stages = stages();
        let chain = fused(&stages, true);
        let run = chain.run(LIMITS, &record(b"x")).unwrap();
        assert_eq!(
            written(&chain, &run),
            vec![
                ("e".to_string(), b"x+e".to_vec()),
                ("s".to_string(), b"x+e+s".to_vec()),
                ("v".to_string(), b"x+e+s+v".to_vec()),
            ]
        );
    }

    #[test]
    fn skipped_intermediate_topics_leave_only_the_last_stage_written() {
        let stages = stages();
        let chain = fused(&stages, false);
        let run = chain.run(LIMITS, &record(b"x")).unwrap();
        assert_eq!(
            written(&chain, &run),
            vec![("v".to_string(), b"x+e+s+v".to_vec())]
        );
    }

    /// Emits its input with `+m`, and beside it a side output `+side`.
    struct WithSide;

    impl Stage for WithSide {
        fn process(&self, record: &Record<'_>) -> Result<Vec<Output>, StageError> {
            let out = |tag: &[u8], side| Output {
                key: Vec::new(),
                payload: [record.payload, tag].concat(),
                event: None,
                side,
            };
            Ok(vec![out(b"+m", None), out(b"+side", Some("012"))])
        }
    }

    #[test]
    fn side_outputs_go_to_their_own_topic_and_never_to_the_next_stage() {
        let (first, last) = (WithSide, Append(b"+v"));
        let chain = Chain::fused(
            vec![
                (StageKind::Stance, &first as &dyn Stage, "s".into()),
                (StageKind::Events, &last, "v".into()),
            ],
            true,
        );
        // No side topic: the side output is not written anywhere.
        let run = chain.run(LIMITS, &record(b"x")).unwrap();
        assert_eq!(
            written(&chain, &run),
            vec![
                ("s".to_string(), b"x+m".to_vec()),
                ("v".to_string(), b"x+m+v".to_vec()),
            ]
        );
        let mut chain = chain;
        chain.links[0].side = Some(("said".into(), typed::output_headers("demarche.v1.X")));
        let run = chain.run(LIMITS, &record(b"x")).unwrap();
        assert_eq!(
            written(&chain, &run),
            vec![
                ("s".to_string(), b"x+m".to_vec()),
                ("said".to_string(), b"x+side".to_vec()),
                ("v".to_string(), b"x+m+v".to_vec()),
            ]
        );
    }

    #[test]
    fn the_events_stage_writes_its_statements_unless_the_topic_is_empty() {
        let stages = stages();
        let mut topics = Topics::default();
        let on = fused(&stages, false).with_side_topics(&topics);
        let sides: Vec<_> = on
            .links
            .iter()
            .map(|l| l.side.as_ref().map(|s| &s.0))
            .collect();
        assert_eq!(sides, [None, None, Some(&"events.statements".to_string())]);
        topics.statements.clear();
        let off = fused(&stages, false).with_side_topics(&topics);
        assert!(off.links.iter().all(|l| l.side.is_none()));
    }

    #[test]
    fn a_failure_names_the_stage_that_refused() {
        let stages = stages();
        let chain = fused(&stages, true);
        let failure = chain.run(LIMITS, &record(b"")).err().unwrap();
        assert_eq!(failure.stage, StageKind::Entities);
        // Limits apply at every stage: the input fits, the second stage's input does not.
        let failure = chain.run(LIMITS, &record(&[b'y'; 99])).err().unwrap();
        assert_eq!(failure.stage, StageKind::Stance);
        assert!(matches!(failure.error, StageError::Oversized { .. }));
    }
}
