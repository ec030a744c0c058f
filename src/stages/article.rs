//! The raw article JSON accepted on `articles.raw`.

use super::StageError;
use crate::nlp::ArticleText;
use crate::proto::v1::{Article, ArticleEntities};
use chrono::{DateTime, NaiveDate};
use serde::Deserialize;

/// Input contract: `id` and `text` are required, everything else optional.
#[derive(Debug, Deserialize)]
pub struct RawArticle {
    pub id: Option<serde_json::Value>,
    pub text: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// RFC 3339, e.g. "2014-03-02T10:00:00Z"; a bare date "2014-03-02" is accepted too.
    pub published_at: Option<String>,
    pub source: Option<String>,
    pub language: Option<String>,
}

/// Parses and validates one raw article.
pub fn parse_article(payload: &[u8], ingested_at_ms: i64) -> Result<Article, StageError> {
    let raw: RawArticle =
        serde_json::from_slice(payload).map_err(|e| StageError::InvalidJson(e.to_string()))?;
    let id = match raw.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(serde_json::Value::String(_)) | Some(serde_json::Value::Null) | None => {
            return Err(StageError::MissingField("id"))
        }
        Some(other) => {
            return Err(StageError::InvalidField {
                field: "id",
                reason: format!("expected a string or number, got {other}"),
            })
        }
    };
    let text = raw
        .text
        .filter(|t| !t.trim().is_empty())
        .ok_or(StageError::MissingField("text"))?;
    let published_at_ms = match raw.published_at.as_deref().map(str::trim) {
        None | Some("") => 0,
        Some(s) => parse_timestamp_ms(s).ok_or_else(|| StageError::InvalidField {
            field: "published_at",
            reason: format!("`{s}` is not RFC 3339 (e.g. 2014-03-02T10:00:00Z)"),
        })?,
    };
    Ok(Article {
        id,
        url: raw.url.unwrap_or_default(),
        title: raw.title.unwrap_or_default(),
        text,
        published_at_ms,
        source: raw.source.unwrap_or_default(),
        language: raw.language.unwrap_or_default(),
        ingested_at_ms,
    })
}

fn parse_timestamp_ms(s: &str) -> Option<i64> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.timestamp_millis());
    }
    let date = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
    Some(date.and_hms_opt(0, 0, 0)?.and_utc().timestamp_millis())
}

/// The borrowed view the extractor works on: id, text and publication date.
pub fn article_text(article: &Article) -> ArticleText<'_> {
    ArticleText {
        id: &article.id,
        text: &article.text,
        published: publication_date(article),
    }
}

/// The article inside an `ArticleEntities`, which every later stage needs.
pub fn article_of(entities: &ArticleEntities) -> Result<&Article, StageError> {
    entities
        .article
        .as_ref()
        .ok_or(StageError::MissingField("article"))
}

/// The publication date used to resolve dated roles, if known.
pub fn publication_date(article: &Article) -> Option<NaiveDate> {
    (article.published_at_ms != 0)
        .then(|| DateTime::from_timestamp_millis(article.published_at_ms))
        .flatten()
        .map(|t| t.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_minimal_article_and_numeric_id() {
        let a = parse_article(br#"{"id": 42, "text": "Hello."}"#, 7).unwrap();
        assert_eq!(a.id, "42");
        assert_eq!(a.text, "Hello.");
        assert_eq!(a.published_at_ms, 0);
        assert_eq!(a.ingested_at_ms, 7);
    }

    #[test]
    fn parses_rfc3339_and_bare_dates() {
        let a = parse_article(
            br#"{"id":"a","text":"t","published_at":"2014-03-02T10:00:00+01:00"}"#,
            0,
        )
        .unwrap();
        assert_eq!(a.published_at_ms, 1_393_750_800_000);
        assert_eq!(publication_date(&a), NaiveDate::from_ymd_opt(2014, 3, 2));
        let b = parse_article(br#"{"id":"b","text":"t","published_at":"2010-01-05"}"#, 0).unwrap();
        assert_eq!(publication_date(&b), NaiveDate::from_ymd_opt(2010, 1, 5));
    }

    #[test]
    fn rejects_bad_input_with_a_reason() {
        assert!(matches!(
            parse_article(b"{not json", 0),
            Err(StageError::InvalidJson(_))
        ));
        assert_eq!(
            parse_article(br#"{"id":"a"}"#, 0),
            Err(StageError::MissingField("text"))
        );
        assert_eq!(
            parse_article(br#"{"id":"  ","text":"x"}"#, 0),
            Err(StageError::MissingField("id"))
        );
        assert_eq!(
            parse_article(br#"{"text":"x"}"#, 0),
            Err(StageError::MissingField("id"))
        );
        assert!(matches!(
            parse_article(br#"{"id":"a","text":"x","published_at":"yesterday"}"#, 0),
            Err(StageError::InvalidField {
                field: "published_at",
                ..
            })
        ));
        assert!(matches!(
            parse_article(br#"{"id":[1],"text":"x"}"#, 0),
            Err(StageError::InvalidField { field: "id", .. })
        ));
    }
}
