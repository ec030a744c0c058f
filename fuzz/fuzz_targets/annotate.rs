//! The whole annotate path (`demarche annotate`: the three stages in-process) on an
//! article whose text is arbitrary, plus the events path (`demarche run`).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let raw = json!({"id": "fuzz", "text": text, "published_at": "2014-03-02T10:00:00Z"})
        .to_string()
        .into_bytes();
    let pipeline = common::pipeline();
    let chars: Vec<char> = text.chars().collect();
    match pipeline.annotate(&raw, 0, false) {
        Ok(annotation) => check_entities(&annotation, &chars),
        // The only refusal for a well-formed article is a blank text.
        Err(dead) => assert!(text.trim().is_empty(), "{:?}", dead.error),
    }
    if let Ok(events) = pipeline.events(&raw, 0) {
        for event in events {
            let (start, end) = (event.evidence_start as usize, event.evidence_end as usize);
            assert!(
                start <= end && end <= chars.len(),
                "evidence [{start}, {end})"
            );
            let evidence: String = chars[start..end].iter().collect();
            assert_eq!(evidence, event.evidence_text);
        }
    }
});

/// Entity offsets are character offsets whose slice is the entity's text.
fn check_entities(annotation: &Value, chars: &[char]) {
    let entities = annotation["entities"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    for entity in entities {
        let start = entity["start"].as_u64().unwrap_or(u64::MAX) as usize;
        let end = entity["end"].as_u64().unwrap_or(u64::MAX) as usize;
        assert!(start <= end && end <= chars.len(), "entity {entity}");
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(
            Some(slice.as_str()),
            entity["text"].as_str(),
            "entity {entity}"
        );
    }
}
