//! The article's mentions indexed once for the passes that ask, for each pronoun, about
//! the mentions of its sentence or about those covering it: a scan of every mention per
//! pronoun grew with a long article's square. Built while the mentions do not change (the
//! passes add their mentions after the loop).

use crate::nlp::{Mention, Span};

/// Mentions by sentence, in mention order, and spans by start with the largest end so far.
pub(super) struct MentionIndex {
    by_sentence: Vec<Vec<usize>>,
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl MentionIndex {
    pub(super) fn new(mentions: &[Mention], sentences: usize) -> Self {
        let mut by_sentence = vec![Vec::new(); sentences];
        for (j, m) in mentions.iter().enumerate() {
            if let Some(v) = by_sentence.get_mut(m.sentence) {
                v.push(j);
            }
        }
        let mut spans: Vec<Span> = mentions.iter().map(|m| m.span).collect();
        spans.sort_unstable_by_key(|s| s.start);
        let starts = spans.iter().map(|s| s.start).collect();
        let max_end = spans
            .iter()
            .scan(0, |top, s| {
                *top = s.end.max(*top);
                Some(*top)
            })
            .collect();
        Self {
            by_sentence,
            starts,
            max_end,
        }
    }

    /// The mentions of sentence `si`, by index, in mention order.
    pub(super) fn of(&self, si: usize) -> &[usize] {
        self.by_sentence.get(si).map_or(&[], Vec::as_slice)
    }

    /// Does any mention overlap `span`: one that starts before its end and ends after its
    /// start.
    pub(super) fn overlapped(&self, span: Span) -> bool {
        let n = self.starts.partition_point(|&s| s < span.end);
        n > 0 && self.max_end[n - 1] > span.start
    }

    /// Does any mention contain `span`: one that starts at or before its start and ends at
    /// or after its end.
    pub(super) fn covered(&self, span: Span) -> bool {
        let n = self.starts.partition_point(|&s| s <= span.start);
        n > 0 && self.max_end[n - 1] >= span.end
    }
}

#[cfg(test)]
mod tests {
    use super::MentionIndex;
    use crate::nlp::{EntityType, Mention, Span};

    fn mention(start: usize, end: usize, sentence: usize) -> Mention {
        Mention {
            span: Span::new(start, end),
            entity_type: EntityType::Organisation,
            actor: None,
            sentence,
            antecedent: None,
            geo: None,
        }
    }

    #[test]
    fn the_index_answers_as_the_scans() {
        // nested, overlapping and disjoint spans, out of order, some sentences empty
        let ms = vec![
            mention(40, 52, 2),
            mention(0, 9, 0),
            mention(3, 6, 0),
            mention(20, 31, 1),
            mention(25, 28, 1),
            mention(44, 47, 2),
            mention(60, 61, 5),
        ];
        let index = MentionIndex::new(&ms, 4);
        for si in 0..6 {
            let scan: Vec<usize> = (0..ms.len()).filter(|&j| ms[j].sentence == si).collect();
            let want: &[usize] = if si < 4 { &scan } else { &[] };
            assert_eq!(index.of(si), want, "sentence {si}");
        }
        for a in 0..65 {
            for b in a..66 {
                let span = Span::new(a, b);
                let over = ms.iter().any(|m| m.span.overlaps(span));
                let within = ms.iter().any(|m| m.span.contains(span));
                assert_eq!(index.overlapped(span), over, "{a}..{b}");
                assert_eq!(index.covered(span), within, "{a}..{b}");
            }
        }
        let empty = MentionIndex::new(&[], 0);
        assert!(!empty.overlapped(Span::new(0, 5)) && !empty.covered(Span::new(0, 0)));
    }
}
