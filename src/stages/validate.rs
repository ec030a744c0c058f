//! Spans and indexes arrive from another process (the previous stage's topic): reject any
//! that do not fit the text or the analysis, as a dead letter, rather than let the
//! extractor slice out of bounds or inside a character.

use super::StageError;
use crate::nlp::{CodedEvent, EntityAnalysis, Span};

/// Every sentence and mention span lies inside `text`, on character boundaries, and every
/// mention names an existing sentence and antecedent.
pub fn check_analysis(analysis: &EntityAnalysis, text: &str) -> Result<(), StageError> {
    let spans = analysis
        .sentences
        .iter()
        .map(|s| s.span)
        .chain(analysis.mentions.iter().map(|m| m.span));
    for span in spans {
        check_span("span", span, text)?;
    }
    let sentences = analysis.sentences.len();
    if let Some(m) = analysis.mentions.iter().find(|m| m.sentence >= sentences) {
        return Err(out_of_range("mention.sentence", m.sentence, sentences));
    }
    let mentions = analysis.mentions.len();
    let antecedents = analysis.mentions.iter().filter_map(|m| m.antecedent);
    if let Some(index) = antecedents.into_iter().find(|&i| i >= mentions) {
        return Err(out_of_range("mention.antecedent", index, mentions));
    }
    Ok(())
}

/// Every interaction's trigger fits the text, and its sentence, location and participant
/// mentions exist in the analysis.
pub fn check_interactions(
    events: &[CodedEvent],
    analysis: &EntityAnalysis,
    text: &str,
) -> Result<(), StageError> {
    let (sentences, mentions) = (analysis.sentences.len(), analysis.mentions.len());
    for event in events {
        check_span("interaction.trigger", event.trigger, text)?;
        if event.sentence >= sentences {
            return Err(out_of_range(
                "interaction.sentence",
                event.sentence,
                sentences,
            ));
        }
        let participants = [
            Some(&event.source),
            event.target.as_ref(),
            event.speaker.as_ref(),
        ];
        let indexes = participants
            .into_iter()
            .flatten()
            .filter_map(|p| p.mention)
            .chain(event.location);
        if let Some(index) = indexes.into_iter().find(|&i| i >= mentions) {
            return Err(out_of_range("interaction.mention", index, mentions));
        }
    }
    Ok(())
}

fn check_span(field: &'static str, span: Span, text: &str) -> Result<(), StageError> {
    let fits = span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end);
    if fits {
        return Ok(());
    }
    Err(StageError::InvalidField {
        field,
        reason: format!(
            "[{}, {}) is not a character range of the text of {} bytes",
            span.start,
            span.end,
            text.len()
        ),
    })
}

fn out_of_range(field: &'static str, index: usize, len: usize) -> StageError {
    StageError::InvalidField {
        field,
        reason: format!("index {index} of {len}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::{EntityType, Mention, Sentence};

    fn analysis(text: &str) -> EntityAnalysis {
        EntityAnalysis {
            sentences: vec![Sentence {
                span: Span::new(0, text.len()),
            }],
            mentions: Vec::new(),
        }
    }

    #[test]
    fn a_span_inside_a_character_is_refused() {
        let text = "Kyiv — Moscow";
        let mut bad = analysis(text);
        bad.sentences[0].span = Span::new(0, 6); // inside the three-byte dash
        assert!(check_analysis(&bad, text).is_err());
        assert!(check_analysis(&analysis(text), text).is_ok());
    }

    #[test]
    fn a_mention_of_a_missing_sentence_is_refused() {
        let text = "Paris spoke.";
        let mut bad = analysis(text);
        bad.mentions.push(Mention {
            span: Span::new(0, 5),
            entity_type: EntityType::Location,
            actor: None,
            sentence: 3,
            antecedent: None,
            geo: None,
        });
        assert!(check_analysis(&bad, text).is_err());
    }
}
