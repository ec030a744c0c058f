//! The raw-article input path: arbitrary bytes as an `articles.raw` message, through the
//! JSON contract (`parse_article`) and the entities stage exactly as a worker runs it.
#![no_main]

mod common;

use demarche::proto::v1::{Article, ArticleEntities};
use demarche::stages::article::{parse_article, publication_date};
use demarche::stages::{run_stage, StageKind};
use libfuzzer_sys::fuzz_target;
use prost::Message;

fuzz_target!(|data: &[u8]| {
    let parsed = parse_article(data, 7);
    let staged = run_stage(
        common::stage(StageKind::Entities),
        common::LIMITS,
        &common::record(data),
    );
    match parsed {
        Ok(article) => {
            assert!(!article.id.trim().is_empty() && !article.text.trim().is_empty());
            assert_eq!(article.ingested_at_ms, 7);
            let _ = publication_date(&article);
            let bytes = article.encode_to_vec();
            assert_eq!(
                Article::decode(bytes.as_slice()).ok().as_ref(),
                Some(&article)
            );
            // A valid article always makes exactly one ArticleEntities about itself.
            let outputs = staged.expect("a parsed article passes the entities stage");
            assert_eq!(outputs.len(), 1);
            let message = ArticleEntities::decode(outputs[0].payload.as_slice())
                .expect("the stage's own output decodes");
            let text = message
                .article
                .as_ref()
                .map(|a| a.text.as_str())
                .unwrap_or("");
            assert_eq!(text, article.text);
            for span in message.sentences.iter().filter_map(|s| s.span) {
                assert!(common::valid_range(
                    text,
                    span.start as usize,
                    span.end as usize
                ));
            }
        }
        Err(error) => {
            // The error must be the same one the stage dead-letters, with a reason.
            assert_eq!(staged.err().as_ref(), Some(&error));
            assert!(!error.to_string().is_empty() && !error.kind().is_empty());
        }
    }
});
