//! The sentence of a judged event as words, and where its trigger is: the view every gate
//! rule reads (quotation state, commas, the auxiliaries before the trigger, a "since" date).
use super::quotes::Quotes;
use crate::nlp::Span;

/// A word of the sentence.
pub(super) struct Word<'t> {
    pub(super) text: &'t str,
    pub(super) lower: String,
    pub(super) span: Span,
    pub(super) quoted: bool,
    /// A comma, semicolon or dash follows before the next word.
    pub(super) comma_after: bool,
}

/// The trigger's sentence as words, and where the trigger is.
pub(super) struct Clause<'t> {
    pub(super) sentence: &'t str,
    pub(super) span: Span,
    pub(super) trigger: Span,
    pub(super) words: Vec<Word<'t>>,
    pub(super) text: &'t str,
    pub(super) quotes: &'t Quotes,
}

impl<'t> Clause<'t> {
    /// 'said the line "must be respected" and accused Y': a quoted word followed by an unquoted
    /// "and" / "or" closes a quotation before the trigger's own clause begins; the quoted
    /// modal belongs to the quoted words, not to the verb after the joiner (fresh24).
    fn closed_quote_before_joiner(words: &[Word<'_>]) -> bool {
        words.first().is_some_and(|w| w.quoted)
            && words[1..]
                .iter()
                .any(|w| !w.quoted && matches!(w.lower.as_str(), "and" | "or"))
    }

    #[cfg(test)]
    pub(super) fn new(text: &'t str, quotes: &'t Quotes, span: Span, trigger: Span) -> Self {
        Self::with_words(text, quotes, span, trigger, words(text, quotes, span))
    }

    /// The clause of a sentence whose [`words`] are already split (the events of one
    /// sentence share them).
    pub(super) fn with_words(
        text: &'t str,
        quotes: &'t Quotes,
        span: Span,
        trigger: Span,
        words: Vec<Word<'t>>,
    ) -> Self {
        Self {
            sentence: span.slice(text),
            span,
            trigger,
            words,
            text,
            quotes,
        }
    }

    /// Byte offset in the text where a "CITY (Agency) —" dateline of the sentence ends.
    pub(super) fn dateline_end(&self) -> Option<usize> {
        let lead = self.sentence.len() - self.sentence.trim_start().len();
        dateline_end(self.sentence.trim()).map(|end| self.span.start + lead + end)
    }

    pub(super) fn has_word(&self, w: &str) -> bool {
        self.words.iter().any(|x| x.lower == w)
    }

    pub(super) fn trigger_text(&self) -> &str {
        self.trigger.slice(self.text)
    }

    pub(super) fn trigger_quoted(&self) -> bool {
        self.quotes.at(self.trigger.start)
    }

    pub(super) fn before_trigger(&self) -> &[Word<'t>] {
        let n = self
            .words
            .iter()
            .take_while(|w| w.span.end <= self.trigger.start)
            .count();
        &self.words[..n]
    }

    /// The words right before the trigger with no punctuation between them: its auxiliaries
    /// and adverbs ("would not", "could soon", "has never").
    pub(super) fn aux_chain(&self) -> &[Word<'t>] {
        let before = self.before_trigger();
        let mut start = before.len();
        while start > 0
            && before.len() - start < 4
            && !before[start - 1].comma_after
            && !Self::closed_quote_before_joiner(&before[start - 1..])
        {
            start -= 1;
        }
        &before[start..]
    }

    /// "has deployed troops along the border since last year", "have sent advisers since
    /// 2022": a perfect whose clause (up to the next comma) runs on from a past date tells
    /// a standing state, not news. Read on the words: the parser often misplaces "since".
    pub(super) fn since_date(&self) -> Option<crate::nlp::frames::Dated> {
        use crate::nlp::frames::Dated;
        let perfect = |w: &Word| matches!(w.lower.as_str(), "has" | "have" | "had");
        // "have since imported", "has since laid": the adverb "since" right after the
        // perfect's auxiliary points back to an act the article told before; what followed
        // it up to now is that act's sequel, a standing state, not the day's news.
        let chain = self.aux_chain();
        if chain
            .windows(2)
            .any(|p| perfect(&p[0]) && p[1].lower == "since")
        {
            return Some(Dated::Before);
        }
        let at_trigger = self.words.iter().skip(self.before_trigger().len());
        if !self
            .aux_chain()
            .iter()
            .chain(at_trigger.clone().take(1))
            .any(perfect)
        {
            return None;
        }
        let mut clause = at_trigger
            .clone()
            .take_while(|w| !w.comma_after)
            .chain(at_trigger.skip_while(|w| !w.comma_after).take(1));
        clause.find(|w| w.lower == "since")?;
        let next: Vec<&Word> = clause.take(2).collect();
        match next.as_slice() {
            [l, y] if l.lower == "last" && y.lower == "year" => Some(Dated::Before),
            [y, ..] if y.lower.len() == 4 => y.lower.parse().ok().map(Dated::Year),
            _ => None,
        }
    }

    pub(super) fn aux_is_lower(&self, w: &str) -> bool {
        self.aux_chain().iter().any(|x| x.text == w)
    }
}

/// The words of the sentence `span` of `text`: lowercased, quotation state, a clause
/// break after each.
pub(super) fn words<'t>(text: &'t str, quotes: &Quotes, span: Span) -> Vec<Word<'t>> {
    let sentence = span.slice(text);
    let mut words: Vec<Word<'t>> = Vec::new();
    let mut start: Option<usize> = None;
    let push = |words: &mut Vec<Word<'t>>, s: usize, e: usize| {
        let w = &text[s..e];
        words.push(Word {
            text: w,
            lower: folded_lower(w),
            span: Span::new(s, e),
            quoted: quotes.at(s),
            comma_after: false,
        });
    };
    for (i, c) in sentence.char_indices() {
        let word_char = c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
        match (word_char, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(&mut words, span.start + s, span.start + i);
                start = None;
            }
            _ => {}
        }
        // A thousands separator ("5,000") is not a clause break.
        let in_number = c == ','
            && sentence[i + 1..].starts_with(|n: char| n.is_ascii_digit())
            && sentence[..i].ends_with(|p: char| p.is_ascii_digit());
        if !word_char && !in_number && matches!(c, ',' | ';' | '—' | '–' | ':') {
            if let Some(w) = words.last_mut() {
                w.comma_after = true;
            }
        }
    }
    if let Some(s) = start {
        push(&mut words, span.start + s, span.end);
    }
    words
}

/// Lowercase with the typographic apostrophe made straight (one allocation when there
/// is none to replace: this runs for every word of every judged event's sentence).
fn folded_lower(w: &str) -> String {
    let lower = w.to_lowercase();
    if lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower
    }
}

/// Does the cue phrase (one or more words; "n't" matches a contracted ending) start at word i?
#[inline]
pub(super) fn phrase_at(words: &[Word<'_>], i: usize, phrase: &str) -> bool {
    // The rules try every cue at every word, and nearly every try fails on the first word:
    // test that word before splitting the phrase (which costs a search for each space),
    // inlined at each rule (~270 k tries per 47 articles).
    first_word_fits(words.get(i), phrase) && rest_fits(words, i, phrase)
}

/// Every word of the phrase at word i (the first one having passed [`first_word_fits`]).
#[inline(never)]
fn rest_fits(words: &[Word<'_>], i: usize, phrase: &str) -> bool {
    phrase.split(' ').enumerate().all(|(k, part)| {
        words.get(i + k).is_some_and(|w| {
            if part == "n't" {
                w.lower.ends_with("n't")
            } else {
                w.lower == part
            }
        })
    })
}

/// Can the phrase's first word match `w`? Exact on a first word other than "n't" (which
/// matches a contracted ending); true for "n't", left to the full test.
#[inline]
fn first_word_fits(w: Option<&Word<'_>>, phrase: &str) -> bool {
    let Some(w) = w else {
        return false;
    };
    let (p, lower) = (phrase.as_bytes(), w.lower.as_bytes());
    if p.starts_with(b"n't") {
        return true;
    }
    // Most tries differ in the first byte: no call to compare the rest.
    if lower.first().is_some_and(|c| p.first() != Some(c)) {
        return false;
    }
    let rest = p.strip_prefix(lower);
    rest.is_some_and(|r| r.is_empty() || r[0] == b' ')
}

/// "KYIV (Agency) — …": the byte length of the dateline prefix, dash included.
fn dateline_end(sentence: &str) -> Option<usize> {
    let head = sentence.get(..sentence.len().min(80))?;
    let dash = head
        .find(" — ")
        .or_else(|| head.find(" – "))
        .or_else(|| head.find(" -- "))?;
    let place = head[..dash].split(" (").next()?;
    let upper = place
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase());
    (upper && place.chars().any(char::is_alphabetic)).then(|| {
        let rest = &head[dash + 1..];
        dash + 1 + rest.find(' ').map_or(rest.len(), |p| p + 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two events of one sentence: the second's clause, built on the first's words,
    /// reads the same words as one split afresh, with its own trigger.
    #[test]
    fn a_clause_on_reused_words_is_the_fresh_one() {
        let text =
            "Kestrel Bay said, quietly, that the envoys met; \u{2018}they\u{2019}ll talk\u{2019}.";
        let quotes = Quotes::new(text);
        let span = Span::new(0, text.len());
        let first = Clause::new(text, &quotes, span, Span::new(12, 16));
        let second = Clause::with_words(text, &quotes, span, Span::new(44, 47), first.words);
        let fresh = Clause::new(text, &quotes, span, Span::new(44, 47));
        let view = |c: &Clause<'_>| -> Vec<(String, Span, bool, bool)> {
            c.words
                .iter()
                .map(|w| (w.lower.clone(), w.span, w.quoted, w.comma_after))
                .collect()
        };
        assert_eq!(view(&second), view(&fresh));
        assert_eq!(second.trigger_text(), fresh.trigger_text());
        assert!(view(&fresh).iter().any(|w| w.0 == "they'll"));
        assert!(view(&fresh).iter().any(|w| w.0 == "said" && w.3));
    }

    #[test]
    fn a_cue_matches_whole_words_from_the_word_it_starts_at() {
        let text = "They didn't know whether the talks would go ahead.";
        let quotes = Quotes::new(text);
        let clause = Clause::new(text, &quotes, Span::new(0, text.len()), Span::new(0, 4));
        let w = &clause.words;
        assert!(phrase_at(w, 1, "n't know"));
        assert!(phrase_at(w, 4, "the talks"));
        assert!(phrase_at(w, 8, "ahead"));
        // Whole words only: neither a shorter nor a longer first or later word.
        assert!(!phrase_at(w, 4, "th talks"));
        assert!(!phrase_at(w, 4, "theme talks"));
        assert!(!phrase_at(w, 4, "the talk"));
        assert!(!phrase_at(w, 5, "talk"));
        // Not past the sentence's last word.
        assert!(!phrase_at(w, 7, "go ahead now"));
        assert!(!phrase_at(w, 9, "ahead"));
    }
}
