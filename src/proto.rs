//! Generated protobuf types of `proto/demarche/v1/demarche.proto`, and their JSON views.

#[allow(clippy::all, missing_docs)]
pub mod v1 {
    include!(concat!(env!("OUT_DIR"), "/demarche.v1.rs"));
}

use serde_json::Value;

/// Header naming the payload's encoding on every record a stage writes.
pub const CONTENT_TYPE_HEADER: &str = "content-type";
pub const CONTENT_TYPE: &str = "application/x-protobuf";
/// Header naming the payload's full protobuf message name (`demarche.v1.DiplomaticEvent`),
/// so a consumer in any language picks the right decoder without knowing the topic.
pub const MESSAGE_TYPE_HEADER: &str = "demarche-message-type";
/// Header holding [`SCHEMA_VERSION`].
pub const SCHEMA_VERSION_HEADER: &str = "demarche-schema-version";
/// The wire format's major version, the `N` of the package `demarche.vN`. Fields are only
/// ever added within a version (old readers skip them), so it changes only with the package.
pub const SCHEMA_VERSION: u32 = 1;

/// The encoded `FileDescriptorSet` of `proto/` (with comments), for schema-aware tools.
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/demarche.fds"));

/// Full protobuf name of a generated message type (`demarche.v1.DiplomaticEvent`).
pub fn full_name<M: prost::Name>() -> String {
    M::full_name()
}

/// JSON of any message, with enum fields spelled by name (`"QUAD_CLASS_VERBAL_CONFLICT"`)
/// rather than by number, so people and `jq` can read it.
pub fn to_json<M: serde::Serialize>(message: &M) -> Value {
    let mut value = serde_json::to_value(message).unwrap_or(Value::Null);
    name_enums(&mut value);
    value
}

fn name_enums(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, field) in map.iter_mut() {
                if let Some(n) = field.as_i64().and_then(|n| i32::try_from(n).ok()) {
                    if let Some(name) = enum_name(key, n) {
                        *field = Value::String(name.to_string());
                        continue;
                    }
                }
                name_enums(field);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(name_enums),
        _ => {}
    }
}

fn enum_name(field: &str, n: i32) -> Option<&'static str> {
    match field {
        "quad_class" => v1::QuadClass::try_from(n).ok().map(|e| e.as_str_name()),
        "dyad_stance" | "stance" => v1::Stance::try_from(n).ok().map(|e| e.as_str_name()),
        "modality" => v1::Modality::try_from(n).ok().map(|e| e.as_str_name()),
        "type" => v1::EntityType::try_from(n).ok().map(|e| e.as_str_name()),
        "state" => v1::AlertState::try_from(n).ok().map(|e| e.as_str_name()),
        "severity" => v1::Severity::try_from(n).ok().map(|e| e.as_str_name()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_are_named_in_json() {
        let event = v1::DiplomaticEvent {
            quad_class: v1::QuadClass::VerbalConflict as i32,
            modality: v1::Modality::Threatened as i32,
            cameo_code: "138".into(),
            ..Default::default()
        };
        let json = to_json(&event);
        assert_eq!(json["quad_class"], "QUAD_CLASS_VERBAL_CONFLICT");
        assert_eq!(json["modality"], "MODALITY_THREATENED");
        assert_eq!(json["cameo_code"], "138");
    }
}
