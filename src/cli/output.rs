//! What `run` writes: the events (JSON lines or length-delimited protobuf), the alerts and
//! statements beside them as JSON lines, and the dead letters.
use super::Format;
use crate::proto;
use crate::runtime::embedded::DeadLetter;
use prost::Message;
use std::io::Write;

pub(super) fn write_events(
    out: &mut dyn Write,
    events: &[proto::v1::DiplomaticEvent],
    format: Format,
) -> std::io::Result<()> {
    for event in events {
        match format {
            Format::Json => writeln!(out, "{}", proto::to_json(event))?,
            Format::Proto => out.write_all(&event.encode_length_delimited_to_vec())?,
        }
    }
    Ok(())
}

/// Messages as JSON lines (enums by name) to `out`, if it is given (`--alerts-output`,
/// `--statements-output`).
pub(super) fn write_json_lines<M: serde::Serialize>(
    out: Option<&mut Box<dyn Write>>,
    messages: &[M],
) -> std::io::Result<()> {
    if let Some(out) = out {
        for message in messages {
            writeln!(out, "{}", proto::to_json(message))?;
        }
    }
    Ok(())
}

pub(super) fn report_dead_letter(
    dead: &DeadLetter,
    raw: &[u8],
    index: u64,
    sink: Option<&mut Box<dyn Write>>,
) {
    tracing::warn!(article = index, stage = %dead.stage, error = %dead.error, "dead-lettered");
    if let Some(sink) = sink {
        let record = serde_json::json!({
            "demarche-error": dead.error.to_string(),
            "demarche-error-kind": dead.error.kind(),
            "demarche-stage": dead.stage.as_str(),
            "input-index": index,
            "payload": String::from_utf8_lossy(raw),
        });
        if let Err(e) = writeln!(sink, "{record}") {
            tracing::error!(error = %e, "cannot write the dead-letter file");
        }
    }
}
