//! Every protobuf message a stage or tool decodes, through the stages' own `decode`
//! helper, then the stage transform on whatever decodes. The first byte picks the
//! message; the rest is its payload.
#![no_main]

mod common;

use demarche::proto::{self, v1 as pb};
use demarche::stages::{decode, run_stage, Output, StageKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, payload)) = data.split_first() else {
        return;
    };
    match selector % 4 {
        0 => {
            // stance stage input; what it makes must pass the events stage
            if let Ok(outputs) = staged(StageKind::Stance, payload) {
                for out in outputs {
                    decode::<pb::ArticleStance>(&out.payload, "ArticleStance")
                        .expect("the stance stage's own output decodes");
                    events(&out.payload);
                }
            }
        }
        1 => events(payload),
        2 => {
            if let Ok(event) = decode::<pb::DiplomaticEvent>(payload, "DiplomaticEvent") {
                let _ = proto::to_json(&event);
            }
        }
        _ => {
            if let Ok(article) = decode::<pb::Article>(payload, "Article") {
                let _ = proto::to_json(&article);
            }
        }
    }
});

fn staged(kind: StageKind, payload: &[u8]) -> Result<Vec<Output>, demarche::stages::StageError> {
    run_stage(
        common::stage(kind),
        common::LIMITS,
        &common::record(payload),
    )
}

/// The events stage: every event and coded statement it emits decodes, with its offsets
/// in order; events carry their metrics' metadata, statements (a side output, not
/// counted as events) carry none.
fn events(payload: &[u8]) {
    let Ok(outputs) = staged(StageKind::Events, payload) else {
        return;
    };
    for out in outputs {
        let event = decode::<pb::DiplomaticEvent>(&out.payload, "DiplomaticEvent")
            .expect("the events stage's own output decodes");
        assert!(event.evidence_start <= event.evidence_end);
        match out.side {
            Some(_) => assert_eq!(out.event, None),
            None => assert_eq!(out.event.map(|m| m.quad_class), Some(event.quad_class)),
        }
    }
}
