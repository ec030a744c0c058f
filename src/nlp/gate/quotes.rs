//! Where an article's quotations are, found once per article.
//!
//! The gate asks "is byte `at` inside a quotation of its paragraph?" for every word of every
//! judged event's sentence. Answered by scanning from the paragraph's start each time, that
//! costs the paragraph's length per word: quadratic in a one-paragraph article. Here the
//! paragraph breaks and quotation marks are listed once, and each question is two binary
//! searches and a walk over the quotation marks between the paragraph's start and `at`.

/// Paragraph breaks and quotation marks of one text, by byte offset.
pub(super) struct Quotes {
    /// Every `p` where "\n\n" starts (overlapping runs included).
    breaks: Vec<usize>,
    /// Every quotation mark: its offset and the mark.
    marks: Vec<(usize, char)>,
    len: usize,
}

impl Quotes {
    pub(super) fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let breaks = (0..bytes.len().saturating_sub(1))
            .filter(|&p| bytes[p] == b'\n' && bytes[p + 1] == b'\n')
            .collect();
        let marks = text
            .char_indices()
            .filter(|(_, c)| matches!(c, '"' | '“' | '”'))
            .collect();
        Self {
            breaks,
            marks,
            len: text.len(),
        }
    }

    /// Is byte `at` inside a quotation of its paragraph? Straight quotes toggle; curly ones
    /// open and close. A quotation mark that never closes in the paragraph is a stray, not a
    /// quote. (`at` is a character boundary of the text.)
    pub(super) fn at(&self, at: usize) -> bool {
        // The paragraph starts after the last break that ends at or before `at`, and ends
        // at the first break that starts at or after it.
        let ended = self.breaks.partition_point(|&p| p + 2 <= at);
        let para_start = ended.checked_sub(1).map_or(0, |i| self.breaks[i] + 2);
        let next = self.breaks.partition_point(|&p| p < at);
        let para_end = self.breaks.get(next).copied().unwrap_or(self.len);
        let first = self.marks.partition_point(|&(p, _)| p < para_start);
        let upto = first + self.marks[first..].partition_point(|&(p, _)| p < at);
        let mut inside = false;
        for &(_, c) in &self.marks[first..upto] {
            match c {
                '"' => inside = !inside,
                '“' => inside = true,
                _ => inside = false,
            }
        }
        inside
            && self.marks[upto..]
                .iter()
                .take_while(|(p, _)| *p < para_end)
                .any(|(_, c)| matches!(c, '"' | '”'))
    }
}

#[cfg(test)]
mod tests {
    use super::Quotes;

    /// The definition, scanning the paragraph for each question.
    fn scanned(text: &str, at: usize) -> bool {
        let para_start = text[..at].rfind("\n\n").map_or(0, |p| p + 2);
        let para_end = text[at..].find("\n\n").map_or(text.len(), |p| at + p);
        let mut inside = false;
        for c in text[para_start..at].chars() {
            match c {
                '"' => inside = !inside,
                '“' => inside = true,
                '”' => inside = false,
                _ => {}
            }
        }
        inside && text[at..para_end].contains(['"', '”'])
    }

    /// At every character of texts with straight and curly quotes, strays, paragraph
    /// breaks (runs of two and three newlines) and quotes spanning a break, the index
    /// gives the scan's answer.
    #[test]
    fn agrees_with_scanning_the_paragraph_everywhere() {
        let texts = [
            "The envoy said \"we will not sign\" and left.",
            "“Talks resume Monday,” a spokesman said. He declined \"further comment.",
            "First \"paragraph\n\nsecond\" one with a stray \" mark",
            "A\n\n\n“quoted” words \"\n\n\"here\" and “never closed",
            "\"\"\n\n”“\n\n\n\n“x”",
            "",
        ];
        for text in texts {
            let q = Quotes::new(text);
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(q.at(at), scanned(text, at), "{text:?} at {at}");
            }
        }
        let q = Quotes::new(texts[0]);
        assert!(q.at(texts[0].find("will").unwrap_or(0)));
        assert!(!q.at(texts[0].find("left").unwrap_or(0)));
    }
}
