//! Headers that name the schema of every record a stage writes (not the dead letters,
//! whose payload is the original input and whose headers say why it failed).

use crate::proto;
use rdkafka::message::{Header, OwnedHeaders};

/// `content-type`, `demarche-message-type` and `demarche-schema-version` for records
/// holding `message_type`; built once per worker and cloned onto each record.
pub fn output_headers(message_type: &str) -> OwnedHeaders {
    let version = proto::SCHEMA_VERSION.to_string();
    [
        (proto::CONTENT_TYPE_HEADER, proto::CONTENT_TYPE),
        (proto::MESSAGE_TYPE_HEADER, message_type),
        (proto::SCHEMA_VERSION_HEADER, version.as_str()),
    ]
    .into_iter()
    .fold(OwnedHeaders::new(), |headers, (key, value)| {
        headers.insert(Header {
            key,
            value: Some(value),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rdkafka::message::Headers;

    #[test]
    fn headers_name_the_encoding_the_message_and_the_version() {
        let headers = output_headers("demarche.v1.DiplomaticEvent");
        let pairs: Vec<(String, String)> = headers
            .iter()
            .map(|h| {
                let value = h.value.map(|v| String::from_utf8_lossy(v).into_owned());
                (h.key.to_string(), value.unwrap_or_default())
            })
            .collect();
        let expected = [
            ("content-type", "application/x-protobuf"),
            ("demarche-message-type", "demarche.v1.DiplomaticEvent"),
            ("demarche-schema-version", "1"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(pairs, expected);
    }
}
