//! Tokenisation and sentence segmentation (src/nlp/text.rs) on arbitrary text: every
//! offset lies on a char boundary within the text, tokens and sentences are non-empty,
//! sorted and disjoint, and the sentences cover the tokens in order.
#![no_main]

mod common;

use demarche::nlp::text::{normalise_phrase, sentence_ranges, sentences, tokenize};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    let tokens = tokenize(text);
    let mut previous_end = 0;
    for token in &tokens {
        assert!(token.start < token.end, "empty token {token:?}");
        assert!(
            common::valid_range(text, token.start, token.end),
            "{token:?}"
        );
        assert!(
            token.start >= previous_end,
            "overlapping tokens at {token:?}"
        );
        previous_end = token.end;
        let _ = normalise_phrase(token.text(text));
    }

    let ranges = sentence_ranges(text, &tokens);
    let mut next = 0;
    for &(first, end) in &ranges {
        assert_eq!(first, next, "sentences skip or repeat tokens: {ranges:?}");
        assert!(first < end, "empty sentence {ranges:?}");
        next = end;
    }
    assert_eq!(next, tokens.len(), "sentences do not cover every token");

    let spans = sentences(text);
    assert_eq!(spans.len(), ranges.len());
    let mut previous_end = 0;
    for span in &spans {
        assert!(span.start < span.end);
        assert!(common::valid_range(text, span.start, span.end), "{span:?}");
        assert!(
            span.start >= previous_end,
            "overlapping sentences at {span:?}"
        );
        previous_end = span.end;
    }
});
