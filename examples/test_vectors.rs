//! Writes the shared client test vectors to `clients/testdata/`: for each vector the
//! binary protobuf (`NAME.binpb`) as demarche encodes it and its canonical protobuf JSON
//! (`NAME.json`), plus `vectors.json` listing every vector's name and message type. The
//! Python, Go and Java client tests decode each binary, compare it with the JSON and
//! re-encode it byte for byte.
//!
//! ```sh
//! cargo run --example test_vectors             # rewrites clients/testdata
//! cargo run --example test_vectors -- --check  # fails if clients/testdata is stale
//! ```
//!
//! The set must hold every message type of `proto/` and every enum value (checked against
//! the compiled schema before anything is written): a new message type is one line in
//! `vectors()`.

use anyhow::{bail, Context, Result};
use demarche::proto::{v1 as pb, FILE_DESCRIPTOR_SET};
use prost::{Message, Name};
use prost_reflect::{
    DescriptorPool, DynamicMessage, MessageDescriptor, ReflectMessage, SerializeOptions, Value,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One test vector: a message as demarche encodes it.
struct Vector {
    name: String,
    message_type: String,
    binary: Vec<u8>,
}

fn vector<M: Message + Name>(name: impl Into<String>, message: &M) -> Vector {
    Vector {
        name: name.into(),
        message_type: M::full_name(),
        binary: message.encode_to_vec(),
    }
}

/// Article text with accents, CJK and a character outside the Basic Multilingual Plane,
/// so code-point and UTF-8 byte offsets differ and every decoder's string handling shows.
/// Its sentences are characters 0..80 and 81..133, UTF-8 bytes 0..85 and 86..148; the
/// spans below (bytes in internal messages, characters in DiplomaticEvent) point into it.
const TEXT: &str = "Kyiv — Ukraine's foreign minister met his Polish counterpart in Łódź \
on Tuesday. «Nous avançons», said the envoy; 北京 stayed silent 🙂.";

/// Every vector, one line per message type, then one per enum value.
fn vectors() -> Vec<Vector> {
    let mut all = vec![
        vector("article", &article()),
        vector("article_minimal", &minimal_article()),
        vector("span", &span(0, 4)),
        vector("actor", &actor("UKRGOV", "Ukraine", "UKR", "GOV")),
        vector("actor_empty", &pb::Actor::default()),
        vector("geo_point", &lodz()),
        vector("entity_mention", &mention(pb::EntityType::Location, 66, 73)),
        vector(
            "sentence",
            &pb::Sentence {
                span: Some(span(0, 85)),
            },
        ),
        vector("article_entities", &entities()),
        vector("participant", &participant("UKRGOV", 1)),
        vector("interaction", &interaction(pb::Modality::Reported)),
        vector("dyad_stance", &dyad(pb::Stance::Cooperative)),
        vector("editorial_stance", &editorial()),
        vector("article_stance", &article_stance()),
        vector("diplomatic_event", &event(pb::QuadClass::VerbalCooperation)),
        vector("diplomatic_event_one_sided", &one_sided_event()),
        vector("diplomatic_event_empty", &pb::DiplomaticEvent::default()),
        vector("alert_evidence", &alert_evidence()),
        vector("alert_empty", &pb::Alert::default()),
    ];
    all.extend(each::<pb::EntityType>(|v, name| {
        vector(format!("entity_mention_{name}"), &mention(v, 0, 4))
    }));
    all.extend(each::<pb::Stance>(|v, name| {
        vector(format!("dyad_stance_{name}"), &dyad(v))
    }));
    all.extend(each::<pb::Modality>(|v, name| {
        vector(format!("interaction_{name}"), &interaction(v))
    }));
    all.extend(each::<pb::QuadClass>(|v, name| {
        vector(format!("diplomatic_event_{name}"), &event(v))
    }));
    all.extend(each::<pb::AlertState>(|v, name| {
        vector(format!("alert_{name}"), &alert(v, pb::Severity::Warning))
    }));
    all.extend(each::<pb::Severity>(|v, name| {
        vector(format!("alert_{name}"), &alert(pb::AlertState::Firing, v))
    }));
    all
}

/// One vector per value of an enum (values are numbered from 0 without gaps), named by
/// the value's proto name in lower case.
fn each<E: TryFrom<i32> + Copy + EnumName>(make: impl Fn(E, String) -> Vector) -> Vec<Vector> {
    (0..)
        .map_while(|n| E::try_from(n).ok())
        .map(|v| make(v, v.name().to_lowercase()))
        .collect()
}

trait EnumName {
    fn name(&self) -> &'static str;
}

macro_rules! enum_name {
    ($($t:ty),*) => {$(impl EnumName for $t {
        fn name(&self) -> &'static str {
            self.as_str_name()
        }
    })*};
}
enum_name!(
    pb::EntityType,
    pb::Stance,
    pb::Modality,
    pb::QuadClass,
    pb::AlertState,
    pb::Severity
);

fn span(start: u32, end: u32) -> pb::Span {
    pb::Span { start, end }
}

fn actor(code: &str, name: &str, country: &str, sector: &str) -> pb::Actor {
    pb::Actor {
        code: code.into(),
        name: name.into(),
        country: country.into(),
        sector: sector.into(),
    }
}

fn lodz() -> pb::GeoPoint {
    pb::GeoPoint {
        latitude: 51.75,
        longitude: 19.4560546875,
    }
}

fn article() -> pb::Article {
    pb::Article {
        id: "vector-1".into(),
        url: "https://news.example/2026/kyiv-lodz".into(),
        title: "Ministers meet in Łódź".into(),
        text: TEXT.into(),
        // 64-bit values beyond 2^53 check that JSON carries them as strings.
        published_at_ms: 1_795_000_000_000,
        source: "Example Wire".into(),
        language: "en".into(),
        ingested_at_ms: 9_007_199_254_740_993,
    }
}

fn minimal_article() -> pb::Article {
    pb::Article {
        id: "vector-2".into(),
        text: "Nothing happened.".into(),
        ..Default::default()
    }
}

fn mention(kind: pb::EntityType, start: u32, end: u32) -> pb::EntityMention {
    pb::EntityMention {
        span: Some(span(start, end)),
        r#type: kind as i32,
        actor: Some(actor("POL", "Poland", "POL", "")),
        sentence: 0,
        antecedent: 2,
        geo: (kind == pb::EntityType::Location).then(lodz),
    }
}

fn entities() -> pb::ArticleEntities {
    pb::ArticleEntities {
        article: Some(article()),
        sentences: vec![
            pb::Sentence {
                span: Some(span(0, 85)),
            },
            pb::Sentence {
                span: Some(span(86, 148)),
            },
        ],
        mentions: vec![
            mention(pb::EntityType::Nationality, 44, 50),
            pb::EntityMention {
                span: Some(span(9, 35)),
                r#type: pb::EntityType::Person as i32,
                actor: None,
                sentence: 0,
                antecedent: 1,
                geo: None,
            },
        ],
    }
}

fn participant(code: &str, mention: u32) -> pb::Participant {
    pb::Participant {
        actor: Some(actor(code, "Ukraine", "UKR", "GOV")),
        mention_text: "Ukraine's foreign minister".into(),
        mention,
    }
}

fn interaction(modality: pb::Modality) -> pb::Interaction {
    pb::Interaction {
        sentence: 1,
        source: Some(participant("UKRGOV", 1)),
        target: Some(pb::Participant::default()),
        cameo: "036".into(),
        trigger: Some(span(36, 39)),
        modality: modality as i32,
        speaker: None,
        location_mention: 3,
        confidence: 0.75,
        path: "source: nsubj; target: obl; clause: reported by say".into(),
    }
}

fn dyad(stance: pb::Stance) -> pb::DyadStance {
    pb::DyadStance {
        holder: Some(actor("UKRGOV", "Ukraine", "UKR", "GOV")),
        target: Some(actor("POLGOV", "Poland", "POL", "GOV")),
        stance: stance as i32,
        score: 0.5,
        evidence: vec![span(0, 85), span(86, 148)],
    }
}

fn editorial() -> pb::EditorialStance {
    pb::EditorialStance {
        target: Some(actor("CHN", "China", "CHN", "")),
        stance: pb::Stance::Neutral as i32,
        score: -0.125,
        evidence: vec![],
    }
}

fn article_stance() -> pb::ArticleStance {
    pb::ArticleStance {
        entities: Some(entities()),
        interactions: vec![interaction(pb::Modality::Asserted)],
        dyads: vec![dyad(pb::Stance::Hostile)],
        editorial: vec![editorial()],
        tone: -0.25,
    }
}

fn event(quad: pb::QuadClass) -> pb::DiplomaticEvent {
    pb::DiplomaticEvent {
        event_id: "0f1e2d3c4b5a69788796a5b4c3d2e1f0".into(),
        article_id: "vector-1".into(),
        article_url: "https://news.example/2026/kyiv-lodz".into(),
        published_at_ms: 1_795_000_000_000,
        source: Some(actor("UKRGOV", "Ukraine", "UKR", "GOV")),
        target: Some(actor("POLGOV", "Poland", "POL", "GOV")),
        source_text: "Ukraine's foreign minister".into(),
        target_text: "his Polish counterpart".into(),
        cameo_code: "0431".into(),
        cameo_root: "04".into(),
        plover_type: "CONSULT".into(),
        quad_class: quad as i32,
        goldstein: 1.5,
        location: "Łódź".into(),
        dyad_stance: pb::Stance::Cooperative as i32,
        tone: 0.25,
        evidence_text: TEXT.chars().take(80).collect(),
        evidence_start: 0,
        evidence_end: 80,
        trigger_start: 34,
        trigger_end: 37,
        modality: pb::Modality::Asserted as i32,
        confidence: 0.875,
        location_country: "POL".into(),
        emitted_at_ms: 1_795_000_000_250,
        article_source: "Example Wire".into(),
        location_geo: Some(lodz()),
        story_key: "3b1f0c9a7d2e4b6f8a0c1e3d5f7b9a1c3e5d7f9b1a3c5e7d9f1b3a5c7e9d1f3b".into(),
    }
}

fn alert_evidence() -> pb::AlertEvidence {
    pb::AlertEvidence {
        event_id: "0f1e2d3c4b5a69788796a5b4c3d2e1f0".into(),
        article_id: "vector-1".into(),
        article_source: "Example Wire".into(),
        story_key: "3b1f0c9a7d2e4b6f8a0c1e3d5f7b9a1c3e5d7f9b1a3c5e7d9f1b3a5c7e9d1f3b".into(),
        cameo_code: "1382".into(),
        goldstein: -7.0,
        event_time_ms: 1_795_000_000_000,
        evidence_text: TEXT.chars().take(80).collect(),
    }
}

/// An alert about a dyad; `state` and `severity` vary over every enum value below.
fn alert(state: pb::AlertState, severity: pb::Severity) -> pb::Alert {
    pb::Alert {
        alert_id: "talks-collapse/UKR|RUS/1795000000000".into(),
        rule_id: "talks-collapse".into(),
        rule_name: "Talks break down — négociations rompues".into(),
        severity: severity as i32,
        state: state as i32,
        group: "UKRGOV|RUSGOV".into(),
        window_start_ms: 1_794_913_600_000,
        window_end_ms: 1_795_000_000_000,
        first_seen_ms: 1_794_990_000_000,
        last_seen_ms: 1_795_000_000_000,
        event_ids: vec!["0f1e2d3c4b5a69788796a5b4c3d2e1f0".into(), "a1".into()],
        evidence: vec![alert_evidence()],
        event_count: 2,
        article_count: 2,
        source_count: 1,
        story_count: 1,
        goldstein_sum: -14.0,
        goldstein_mean: -7.0,
        baseline: 0.5,
        reason: "2 events in 24 h, Goldstein mean -7.0 below -5.0".into(),
        sequence: 3,
    }
}

/// A one-sided code: the target is the empty actor, there is no place, and the evidence
/// (unicode) starts mid-article.
fn one_sided_event() -> pb::DiplomaticEvent {
    pb::DiplomaticEvent {
        target: Some(pb::Actor::default()),
        target_text: String::new(),
        cameo_code: "141".into(),
        cameo_root: "14".into(),
        plover_type: "PROTEST".into(),
        quad_class: pb::QuadClass::MaterialConflict as i32,
        goldstein: -6.5,
        location: String::new(),
        location_country: String::new(),
        location_geo: None,
        dyad_stance: pb::Stance::Unspecified as i32,
        evidence_text: TEXT.chars().skip(81).collect(),
        evidence_start: 81,
        evidence_end: TEXT.chars().count() as u32,
        modality: pb::Modality::Reported as i32,
        ..event(pb::QuadClass::MaterialConflict)
    }
}

/// Checks the set against the compiled schema: every message type is some vector's type
/// and every enum value appears in some vector.
fn check_coverage(pool: &DescriptorPool, vectors: &[Vector]) -> Result<()> {
    let mut types = BTreeSet::new();
    let mut values = BTreeSet::new();
    for v in vectors {
        let message = decode(pool, v)?;
        types.insert(v.message_type.clone());
        collect_enum_values(&message, &mut values);
    }
    let mut missing: Vec<String> = pool
        .all_messages()
        .map(|m| m.full_name().to_string())
        .filter(|m| !types.contains(m))
        .map(|m| format!("message {m}"))
        .collect();
    for e in pool.all_enums() {
        for value in e.values() {
            if !values.contains(&(e.full_name().to_string(), value.number())) {
                missing.push(format!("enum value {}", value.full_name()));
            }
        }
    }
    if !missing.is_empty() {
        bail!("no test vector for: {}", missing.join(", "));
    }
    Ok(())
}

/// Every enum value a message holds, unset (zero) proto3 fields included.
fn collect_enum_values(message: &DynamicMessage, out: &mut BTreeSet<(String, i32)>) {
    for field in message.descriptor().fields() {
        let value = message.get_field(&field);
        let enum_name = field.kind().as_enum().map(|e| e.full_name().to_string());
        let items: Vec<&Value> = match value.as_ref() {
            Value::List(items) => items.iter().collect(),
            other => vec![other],
        };
        for item in items {
            match (item, &enum_name) {
                (Value::EnumNumber(n), Some(name)) => {
                    out.insert((name.clone(), *n));
                }
                (Value::Message(inner), _) if message.has_field(&field) => {
                    collect_enum_values(inner, out)
                }
                _ => {}
            }
        }
    }
}

fn descriptor(pool: &DescriptorPool, name: &str) -> Result<MessageDescriptor> {
    pool.get_message_by_name(name)
        .with_context(|| format!("{name} is not in the schema"))
}

fn decode(pool: &DescriptorPool, v: &Vector) -> Result<DynamicMessage> {
    let descriptor = descriptor(pool, &v.message_type)?;
    DynamicMessage::decode(descriptor, v.binary.as_slice())
        .with_context(|| format!("vector {} does not decode", v.name))
}

/// Canonical protobuf JSON (lowerCamelCase names, enum names, 64-bit integers as strings,
/// default values left out), pretty-printed with a final newline.
fn canonical_json(message: &DynamicMessage) -> Result<String> {
    let options = SerializeOptions::new();
    let value = message.serialize_with_options(serde_json::value::Serializer, &options)?;
    Ok(serde_json::to_string_pretty(&value)? + "\n")
}

/// Every file the set consists of, by name.
fn files(pool: &DescriptorPool, vectors: &[Vector]) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut files = BTreeMap::new();
    let mut manifest = Vec::new();
    for v in vectors {
        let json = canonical_json(&decode(pool, v)?)?;
        files.insert(format!("{}.binpb", v.name), v.binary.clone());
        files.insert(format!("{}.json", v.name), json.into_bytes());
        manifest.push(serde_json::json!({"name": v.name, "type": v.message_type}));
    }
    let manifest = serde_json::to_string_pretty(&manifest)? + "\n";
    files.insert("vectors.json".into(), manifest.into_bytes());
    Ok(files)
}

/// Names of the files now in `dir` (none if it does not exist).
fn existing(dir: &Path) -> Result<BTreeSet<String>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(BTreeSet::new());
    };
    let mut names = BTreeSet::new();
    for entry in entries {
        names.insert(entry?.file_name().to_string_lossy().into_owned());
    }
    Ok(names)
}

fn check(dir: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<()> {
    let mut stale: Vec<String> = existing(dir)?
        .into_iter()
        .filter(|name| !files.contains_key(name) && name != "README.md")
        .map(|name| format!("{name} (not a vector)"))
        .collect();
    for (name, content) in files {
        if std::fs::read(dir.join(name)).ok().as_ref() != Some(content) {
            stale.push(name.clone());
        }
    }
    if !stale.is_empty() {
        bail!(
            "{} is stale ({}); run `cargo run --example test_vectors`",
            dir.display(),
            stale.join(", ")
        );
    }
    Ok(())
}

fn write(dir: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    for name in existing(dir)? {
        if name.ends_with(".binpb") || (name.ends_with(".json") && !files.contains_key(&name)) {
            std::fs::remove_file(dir.join(&name))?;
        }
    }
    for (name, content) in files {
        std::fs::write(dir.join(name), content)?;
    }
    Ok(())
}

fn main() -> Result<()> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("clients/testdata");
    let pool = DescriptorPool::decode(FILE_DESCRIPTOR_SET)?;
    let vectors = vectors();
    check_coverage(&pool, &vectors)?;
    let files = files(&pool, &vectors)?;
    if std::env::args().any(|a| a == "--check") {
        check(&dir, &files)?;
        println!("{}: {} vectors up to date", dir.display(), vectors.len());
    } else {
        write(&dir, &files)?;
        println!("{}: wrote {} vectors", dir.display(), vectors.len());
    }
    Ok(())
}
