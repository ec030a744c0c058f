//! Writes the seed corpora of the fuzz targets (fuzz/corpus/<target>/) from
//! examples/articles.jsonl and a few hand-made edge cases, each file named by the
//! SHA-256 of its content:
//!
//!     cargo run --example fuzz_seeds
//!
//! Seeds for `proto_decode` are real stage messages (the stages' own encodings of the
//! example articles) behind the target's selector byte.

use demarche::nlp::{Extractor, NlpConfig};
use demarche::proto::v1 as pb;
use demarche::stages::{self, decode, Record, StageKind};
use prost::Message;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::Arc;

/// Odd texts for segmentation and extraction: abbreviations, initials, quotes,
/// multi-byte letters, bare punctuation, line and paragraph breaks.
const EDGE_TEXTS: &[&str] = &[
    "",
    " ",
    ".",
    "...",
    "?!?!",
    "Mr.",
    "U.S.",
    "\u{2026}\u{2026}",
    "The U.S. envoy met Gen. Ana B. Ortiz in St. Louis on Jan. 3. They talked.",
    "\"We will not yield,\" the minister said. 'Never.' (He left.)",
    "Zelenskyy\u{2019}s envoy met \u{160}koda officials in Ko\u{161}ice.\n\nThe talks ended.",
    "Line one without stop\nline two\r\nLine three.",
    "al-Qaida fighters attacked. Ban Ki-moon condemned it; 3.5 million fled, 18,000 stayed.",
    "\u{00AD}\u{00AD}soft\u{00AD}hyphen\u{2011}joined words.",
    "ALL CAPS HEADLINE. Next Sentence follows!",
    "\u{0645}\u{0635}\u{0631} \u{0648}\u{0625}\u{064A}\u{0631}\u{0627}\u{0646}. \u{4E2D}\u{56FD}\u{548C}\u{65E5}\u{672C}\u{3002}",
    "Russia's Lavrov said: Washington's 'sanctions' won't work.",
    "e.g. this, i.e. that, etc. And more.",
    "A.B.C.D.E.F.G.H.",
    "Iran agreed to allow inspectors. The United States and Iran signed the agreement in Vienna.",
];

/// Raw-article JSON shapes, valid and not.
const EDGE_ARTICLES: &[&str] = &[
    r#"{"id": 42, "text": "NATO pledged aid to Ukraine."}"#,
    r#"{"id": "b", "text": "China protested to Japan.", "published_at": "2022-12-17"}"#,
    r#"{"id": "c", "text": "x", "published_at": "2014-02-30T00:00:00Z"}"#,
    r#"{"id": "d"}"#,
    r#"{"text": "no id"}"#,
    r#"{"id": "", "text": "empty id"}"#,
    r#"{"id": ["a"], "text": "t"}"#,
    r#"{"id": "e", "text": 5}"#,
    r#"{"id": "f", "text": "t", "url": null, "title": null, "source": null}"#,
    r#"{"id": "g", "text": "\ud800"}"#,
    r#"{"id": "h", "text": "t", "id": "again"}"#,
    r#"["i", "Turkey shelled positions in Syria."]"#,
    r#"{"id": 1e400, "text": "t"}"#,
    r#"{"id": "j", "text": "t", "published_at": "+275760-09-13T00:00:00Z"}"#,
    r#"{"id": "k", "text": "t", "extra": {"nested": [[[[{}]]]]}}"#,
    "{\"id\": \"l\", \"text\": \"Kerry met Lavrov.\"} trailing",
    "",
    "null",
    "[]",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("fuzz/corpus");
    let examples = std::fs::read_to_string(root.join("examples/articles.jsonl"))?;
    let articles: Vec<&str> = examples.lines().filter(|l| !l.trim().is_empty()).collect();
    let texts: Vec<String> = articles
        .iter()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();

    let all_texts = texts
        .iter()
        .map(String::as_str)
        .chain(EDGE_TEXTS.iter().copied());
    for text in all_texts {
        write(&corpus.join("text_segment"), text.as_bytes())?;
        write(&corpus.join("annotate"), text.as_bytes())?;
    }
    for article in articles.iter().chain(EDGE_ARTICLES) {
        write(&corpus.join("article_json"), article.as_bytes())?;
    }
    write_proto_seeds(&corpus.join("proto_decode"), &articles)?;
    Ok(())
}

/// Selector byte (0 = ArticleEntities, 1 = ArticleStance, 2 = DiplomaticEvent,
/// 3 = Article) + the message as the stages encode it.
fn write_proto_seeds(dir: &Path, articles: &[&str]) -> Result<(), Box<dyn std::error::Error>> {
    let extractor = Arc::new(Extractor::new(&NlpConfig::default())?);
    let config = demarche::config::Config::default();
    let resources = demarche::stages::registry::Resources::with_extractor(&config, extractor);
    let stage = |kind: StageKind| (kind.spec().build)(&resources);
    let (entities, stance, events) = (
        stage(StageKind::Entities)?,
        stage(StageKind::Stance)?,
        stage(StageKind::Events)?,
    );
    let run = |s: &dyn stages::Stage, payload: &[u8]| {
        s.process(&Record {
            key: None,
            payload,
            timestamp_ms: Some(1_700_000_000_000),
            partition: 0,
        })
        .unwrap_or_default()
    };
    for article in articles {
        for e in run(entities.as_ref(), article.as_bytes()) {
            write(dir, &[&[0u8][..], &e.payload].concat())?;
            let message: pb::ArticleEntities = decode(&e.payload, "ArticleEntities")?;
            if let Some(a) = message.article {
                write(dir, &[&[3u8][..], &a.encode_to_vec()].concat())?;
            }
            for s in run(stance.as_ref(), &e.payload) {
                write(dir, &[&[1u8][..], &s.payload].concat())?;
                for ev in run(events.as_ref(), &s.payload).into_iter().take(3) {
                    write(dir, &[&[2u8][..], &ev.payload].concat())?;
                }
            }
        }
    }
    // Empty and near-empty messages of each kind.
    for selector in 0u8..4 {
        write(dir, &[selector])?;
    }
    Ok(())
}

fn write(dir: &Path, content: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let name: String = Sha256::digest(content)
        .iter()
        .take(20)
        .map(|b| format!("{b:02x}"))
        .collect();
    std::fs::write(dir.join(name), content)
}
