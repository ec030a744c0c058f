//! Tokenisation, sentence segmentation and cheap case helpers.
//!
//! Everything works on UTF-8 byte offsets into the original text. The tokeniser keeps
//! abbreviations ("U.S.", "Mr.", "Gen."), initials ("F."), decimals ("3.5", "18,000"),
//! hyphenated words ("al-Qaida", "Ban Ki-moon") and inner apostrophes ("Sa'ar") together,
//! and splits the possessive "'s" off as its own token.

use super::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// First character is upper case.
    pub cap: bool,
    /// Every letter is upper case (and there are at least two letters, or one letter
    /// followed by a period as in initials).
    pub all_caps: bool,
    /// A paragraph break (blank line) precedes this token.
    pub para_before: bool,
    /// A line break precedes this token.
    pub newline_before: bool,
}

impl Token {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// The text layer's words of `data/lexicon/text_words.tsv`, read once.
struct TextWords {
    title_abbrevs: Vec<&'static str>,
    other_abbrevs: Vec<&'static str>,
    split_prefixes: Vec<&'static str>,
    split_suffixes: Vec<&'static str>,
    sentence_starters: std::collections::HashSet<&'static str>,
}

fn words() -> &'static TextWords {
    use super::lexicon::List::TextWords as W;
    static WORDS: std::sync::OnceLock<TextWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| TextWords {
        title_abbrevs: W.words("title-abbrev"),
        other_abbrevs: W.words("other-abbrev"),
        split_prefixes: W.words("split-prefix"),
        split_suffixes: W.words("split-suffix"),
        sentence_starters: W.words("sentence-starter").into_iter().collect(),
    })
}

/// An abbreviation taking a period that never ends a sentence by itself (a title and
/// other forms always followed by something).
fn is_title_abbrev(word: &str) -> bool {
    words()
        .title_abbrevs
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
}

/// An abbreviation taking a period that may end a sentence.
fn is_other_abbrev(word: &str) -> bool {
    words()
        .other_abbrevs
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
}

fn is_split_prefix(part: &str) -> bool {
    words()
        .split_prefixes
        .iter()
        .any(|x| x.eq_ignore_ascii_case(part))
}

/// Second part of a hyphenated modifier split off so the name before it can match
/// ("ISIL-held" → "ISIL" "-" "held").
fn is_split_suffix(part: &str) -> bool {
    words()
        .split_suffixes
        .iter()
        .any(|x| x.eq_ignore_ascii_case(part))
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}' || c == '\u{2018}'
}

fn is_dash_joiner(c: char) -> bool {
    c == '-' || c == '\u{2011}'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{00AD}'
}

/// Splits `text` into tokens with byte offsets.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 4);
    let mut i = 0usize;
    let mut newlines = 0usize;
    let n = text.len();
    while i < n {
        let c = match text[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        if c.is_whitespace() {
            if c == '\n' {
                newlines += 1;
            }
            i += c.len_utf8();
            continue;
        }
        let (end, kind) = token_at(text, i, c);
        tokens.push(make_token(text, i, end, kind, newlines >= 2, newlines >= 1));
        newlines = 0;
        i = end;
    }
    tokens
}

/// The token starting with `c` at byte `i`: its end and kind.
fn token_at(text: &str, i: usize, c: char) -> (usize, TokenKind) {
    let clen = c.len_utf8();
    if let Some(len) = prefixed_currency_len(text, i) {
        return (i + len, TokenKind::Punct);
    }
    if is_word_char(c) {
        // Dotted abbreviation / initials: single letters separated by periods ("U.S.", "F.").
        if c.is_alphabetic() {
            if let Some(end) = dotted_abbrev(text, i) {
                return (end, TokenKind::Word);
            }
        }
        let numeric_start = c.is_ascii_digit();
        let j = word_end(text, i, clen, numeric_start);
        // title / known abbreviations swallow their period
        let word = &text[i..j];
        let mut end = j;
        if text.as_bytes().get(j) == Some(&b'.') && (is_title_abbrev(word) || is_other_abbrev(word))
        {
            end = j + 1;
        }
        let kind = if numeric_start {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        return (end, kind);
    }
    // possessive / contraction after a word
    if is_apostrophe(c) {
        let mut it = text[i + clen..].chars();
        let a = it.next();
        let b = it.next();
        if a.is_some_and(|x| x == 's' || x == 'S') && !b.is_some_and(is_word_char) {
            return (i + clen + 1, TokenKind::Punct);
        }
    }
    // ellipsis
    if c == '.' && text[i..].starts_with("...") {
        return (i + 3, TokenKind::Punct);
    }
    (i + clen, TokenKind::Punct)
}

/// Most letters a currency's prefix to "$" has ("NZ$", "A$", "HK$", "US$").
const MAX_CURRENCY_PREFIX: usize = 3;

/// The byte length of a currency sign with a country prefix at `i` ("NZ$18.2 million"):
/// one to three capitals glued to a "$" that a digit follows. One token, as UD writes
/// "US$": split, the prefix reads as a name ("NZ" as New Zealand, an object or a target)
/// and breaks the parse of the amount.
fn prefixed_currency_len(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?.as_bytes();
    let letters = rest.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let glued = (1..=MAX_CURRENCY_PREFIX).contains(&letters)
        && rest.get(letters) == Some(&b'$')
        && rest.get(letters + 1).is_some_and(u8::is_ascii_digit);
    glued.then_some(letters + 1)
}

/// A currency sign with a country prefix ("NZ$"), which the parser reads as "$".
pub fn is_prefixed_currency(word: &str) -> bool {
    word.len() > 1 && word.ends_with('$') && prefixed_currency_len(&format!("{word}0"), 0).is_some()
}

/// The end of the word starting at `start` (its first character `clen` bytes long): word
/// characters and the inner joiners that keep it together.
fn word_end(text: &str, start: usize, clen: usize, numeric_start: bool) -> usize {
    let mut j = start + clen;
    while let Some(d) = text[j..].chars().next() {
        if is_word_char(d) {
            j += d.len_utf8();
            continue;
        }
        match joiner_len(text, start, j, d, numeric_start) {
            Some(len) => j += len,
            None => break,
        }
    }
    j
}

/// Whether the non-word character `d` at byte `j` joins the word started at `start` to
/// what follows (its length if so): a hyphen or apostrophe between word characters, or
/// (for numbers) '.' ',' between digits.
fn joiner_len(text: &str, start: usize, j: usize, d: char, numeric_start: bool) -> Option<usize> {
    let after = &text[j + d.len_utf8()..];
    let next = after.chars().next();
    let next_is_word = next.is_some_and(is_word_char);
    if is_dash_joiner(d) && next_is_word {
        return dash_joins(&text[start..j], after, numeric_start).then_some(d.len_utf8());
    }
    if is_apostrophe(d) && next_is_word {
        return (!splits_at_apostrophe(after)).then_some(d.len_utf8());
    }
    if numeric_start && (d == '.' || d == ',') && next.is_some_and(|x| x.is_ascii_digit()) {
        return Some(1);
    }
    None
}

/// A hyphen between `before` and `after` keeps the word together, except before a
/// participle ("ISIL-held", "U.S.-led") and after a prefix before a name ("anti-Assad").
fn dash_joins(before: &str, after: &str, numeric_start: bool) -> bool {
    let part_end = after
        .find(|c: char| !is_word_char(c))
        .unwrap_or(after.len());
    if !numeric_start && is_split_suffix(&after[..part_end]) {
        return false;
    }
    !(is_split_prefix(before) && after.starts_with(|c: char| c.is_uppercase()))
}

/// An apostrophe before `after` starts a possessive 's / s' or a contraction ("n't",
/// "'ll", "'re", "'ve") that is split off; O'Brien, Sa'ar stay one word.
fn splits_at_apostrophe(after: &str) -> bool {
    let mut it = after.chars();
    let next = it.next();
    let then = it.next();
    let is_poss = next.is_some_and(|x| x == 's' || x == 'S') && !then.is_some_and(is_word_char);
    let is_contraction = matches!(next, Some('t' | 'T' | 'd' | 'D' | 'm' | 'M'))
        && !then.is_some_and(is_word_char)
        || matches!(next, Some('l' | 'L' | 'r' | 'R' | 'v' | 'V'))
            && then.is_some_and(|x| x == 'l' || x == 'e' || x == 'L' || x == 'E')
            && !after.chars().nth(2).is_some_and(is_word_char);
    is_poss || is_contraction
}

/// "U.S.", "U.N.", "F.", "D.C." starting at `i`: returns the end byte, including the
/// final period.
fn dotted_abbrev(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut j = i;
    let mut letters = 0;
    loop {
        let c = text[j..].chars().next()?;
        if !c.is_alphabetic() {
            break;
        }
        let cl = c.len_utf8();
        if b.get(j + cl) != Some(&b'.') {
            break;
        }
        // next char after '.' must not be a letter continuing a word unless it is another
        // single letter followed by '.'
        letters += 1;
        j += cl + 1;
        let next = text[j..].chars().next();
        match next {
            Some(n) if n.is_alphabetic() => {
                let nl = n.len_utf8();
                if b.get(j + nl) == Some(&b'.') {
                    continue;
                }
                // "U.S.A" without final period is rare: stop here
                break;
            }
            _ => break,
        }
    }
    if letters == 0 {
        return None;
    }
    // a single letter must be preceded by a word boundary (checked by caller) and be
    // upper case to count as an initial, or be part of multi-letter dotted abbreviation
    let first = text[i..].chars().next()?;
    if letters == 1 && !first.is_uppercase() {
        return None;
    }
    Some(j)
}

fn make_token(
    text: &str,
    start: usize,
    end: usize,
    kind: TokenKind,
    para_before: bool,
    newline_before: bool,
) -> Token {
    let s = &text[start..end];
    let cap = s.chars().next().is_some_and(|c| c.is_uppercase());
    let mut letters = 0;
    let mut upper = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            }
        }
    }
    let all_caps = letters > 0 && upper == letters && (letters >= 2 || s.ends_with('.'));
    Token {
        start,
        end,
        kind,
        cap,
        all_caps,
        para_before,
        newline_before,
    }
}

fn is_closing(s: &str) -> bool {
    matches!(
        s,
        "\"" | "'" | ")" | "]" | "}" | "\u{201D}" | "\u{2019}" | "\u{00BB}"
    )
}

/// Splits tokens into sentences. Returns, for each sentence, `(first_token, end_token)`
/// (half-open token range).
pub fn sentence_ranges(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let n = tokens.len();
    let mut i = 0usize;
    while i < n {
        // paragraph break before token i closes the running sentence
        if i > start && tokens[i].para_before {
            out.push((start, i));
            start = i;
        }
        if let Some(end) = sentence_end(text, tokens, i) {
            out.push((start, end));
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    if start < n {
        out.push((start, n));
    }
    out
}

/// Where the sentence ends when token `i` closes it: after the terminal punctuation, the
/// repeated marks and closing quotes that follow it; `None` when `i` is no boundary or the
/// next word starts in lower case.
fn sentence_end(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    if !is_boundary(text, tokens, i) {
        return None;
    }
    let n = tokens.len();
    let mut end = i + 1;
    while end < n
        && !tokens[end].para_before
        && tokens[end].kind == TokenKind::Punct
        && (is_closing(tokens[end].text(text)) || matches!(tokens[end].text(text), "." | "!" | "?"))
    {
        end += 1;
    }
    let starts_sentence = tokens.get(end).is_none_or(|nx| {
        let c = nx.text(text).chars().next().unwrap_or(' ');
        !c.is_lowercase() || nx.para_before
    });
    starts_sentence.then_some(end)
}

/// Token `i` is terminal punctuation, or a word ending in '.' that is no title or initial and
/// stands before an obvious sentence start (or the end of the text).
fn is_boundary(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    let s = t.text(text);
    if t.kind == TokenKind::Punct {
        return matches!(s, "." | "!" | "?" | "..." | "\u{2026}");
    }
    if t.kind != TokenKind::Word || !s.ends_with('.') || s.len() <= 1 {
        return false;
    }
    let stem = &s[..s.len() - 1];
    if is_title_abbrev(stem) || stem.chars().count() == 1 {
        return false;
    }
    tokens
        .get(i + 1)
        .is_none_or(|next| next.para_before || words().sentence_starters.contains(next.text(text)))
}

/// Tokens of a "CITY (Agency) —" dateline opening the sentence: not part of its clause
/// (the event coder parses the sentence without them, and so does coreference: the
/// dateline's place is no subject a later pronoun can take).
pub fn dateline_len(text: &str, toks: &[Token]) -> usize {
    if !toks.first().is_some_and(|t| t.all_caps) {
        return 0;
    }
    let dash = toks.iter().take(12).position(|t| {
        matches!(t.text(text), "\u{2014}" | "\u{2013}" | "--" | "-") && t.kind == TokenKind::Punct
    });
    dash.map_or(0, |d| d + 1)
}

/// Sentence spans (byte offsets) of a text.
pub fn sentences(text: &str) -> Vec<Span> {
    let toks = tokenize(text);
    sentence_ranges(text, &toks)
        .into_iter()
        .map(|(a, b)| Span::new(toks[a].start, toks[b - 1].end))
        .collect()
}

/// Appends the matching form of `s` to `out`: lower case, diacritics removed, curly
/// quotes folded, hyphen variants folded to '-'.
pub fn push_normalised(s: &str, out: &mut String) {
    if s.is_ascii() {
        for b in s.bytes() {
            out.push(b.to_ascii_lowercase() as char);
        }
        return;
    }
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    for c in s.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '`' | '\u{00B4}' => out.push('\''),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => out.push('-'),
            '\u{00AD}' => {}
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => {
                decompose_canonical(c, |d| {
                    if !is_combining_mark(d) {
                        for l in d.to_lowercase() {
                            out.push(l);
                        }
                    }
                });
            }
        }
    }
}

/// The normalised form of a phrase: tokens lower-cased and joined by single spaces.
pub fn normalise_phrase(s: &str) -> String {
    if s.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
        return normalise_letters(s);
    }
    normalise_tokens(s)
}

/// `normalise_phrase` by the tokeniser, for any text.
fn normalise_tokens(s: &str) -> String {
    let toks = tokenize(s);
    let mut out = String::with_capacity(s.len() + 1);
    for (k, t) in toks.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        push_normalised(t.text(s), &mut out);
    }
    out
}

/// `normalise_phrase` of ASCII letters and spaces, without tokenising: such a text's
/// tokens are its runs of letters (no joiner, period, digit or currency sign can make
/// or split one). Most of the ~87 k names the gazetteer normalises at start-up are,
/// and tokenising them was a tenth of start-up.
fn normalise_letters(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 1);
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    }
    out
}

/// True when every letter is lower case (and there is at least one letter).
pub fn is_lower(s: &str) -> bool {
    let mut any = false;
    for c in s.chars() {
        if c.is_alphabetic() {
            if !c.is_lowercase() {
                return false;
            }
            any = true;
        }
    }
    any
}

/// True when the first character is upper case.
pub fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_normalise_as_their_tokens_do() {
        // Every text of up to 7 characters over letters (upper and lower case, a title's
        // and an initial's shapes) and spaces, and a few longer names.
        let alphabet = ['M', 'r', 'S', 't', 'A', ' '];
        let mut texts: Vec<String> = vec![String::new()];
        let mut last = texts.clone();
        for _ in 0..7 {
            last = last
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(last.iter().cloned());
        }
        texts.extend(
            [
                "  NEW  ZEALAND ",
                "Mr Smith",
                "NZ",
                "UNITED NATIONS SECURITY COUNCIL",
            ]
            .map(String::from),
        );
        for t in &texts {
            assert_eq!(normalise_letters(t), normalise_tokens(t), "{t:?}");
            assert_eq!(normalise_phrase(t), normalise_tokens(t), "{t:?}");
        }
        assert_eq!(normalise_phrase("  NEW  ZEALAND "), "new zealand");
        // Not letters only: the tokeniser's reading ("U.S." is one token).
        assert_eq!(normalise_phrase("U.S. Army"), "u.s. army");
    }

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    fn sents(s: &str) -> Vec<&str> {
        sentences(s).iter().map(|sp| sp.slice(s)).collect()
    }

    #[test]
    fn abbreviations_and_titles_stay_whole() {
        assert_eq!(
            toks("Mr. Lavrov met U.S. Sen. John F. Kennedy."),
            vec!["Mr.", "Lavrov", "met", "U.S.", "Sen.", "John", "F.", "Kennedy", "."]
        );
    }

    #[test]
    fn possessive_hyphen_and_numbers() {
        assert_eq!(
            toks("Russia's al-Qaida-linked rebels took 18,000 km at 3.5%"),
            vec![
                "Russia", "'s", "al-Qaida", "-", "linked", "rebels", "took", "18,000", "km", "at",
                "3.5", "%"
            ]
        );
        assert_eq!(toks("Sa'ar’s plan"), vec!["Sa'ar", "’s", "plan"]);
    }

    #[test]
    fn prefixed_currency_signs_stay_whole() {
        assert_eq!(
            toks("paid NZ$4.5 million and HK$300 to ZX, not US$"),
            vec![
                "paid", "NZ$", "4.5", "million", "and", "HK$", "300", "to", "ZX", ",", "not", "US",
                "$"
            ]
        );
        assert!(is_prefixed_currency("NZ$") && !is_prefixed_currency("$"));
    }

    #[test]
    fn hyphenated_participles_split() {
        assert_eq!(toks("ISIL-held town"), vec!["ISIL", "-", "held", "town"]);
        assert_eq!(toks("Ban Ki-moon"), vec!["Ban", "Ki-moon"]);
        // A flag or a registry names the vessel's state ("a Thai-flagged trawler").
        assert_eq!(
            toks("Thai-flagged boat"),
            vec!["Thai", "-", "flagged", "boat"]
        );
    }

    #[test]
    fn sentences_survive_titles_initials_decimals() {
        let s = "Gen. Joseph Votel said the U.S. would send 3.5 tons. John F. Kennedy agreed. Mr. Smith left.";
        assert_eq!(
            sents(s),
            vec![
                "Gen. Joseph Votel said the U.S. would send 3.5 tons.",
                "John F. Kennedy agreed.",
                "Mr. Smith left."
            ]
        );
    }

    #[test]
    fn sentences_end_after_closing_quotes_and_brackets() {
        let s = "He said \"we will win.\" Then he left (quietly.) The end";
        assert_eq!(
            sents(s),
            vec![
                "He said \"we will win.\"",
                "Then he left (quietly.)",
                "The end"
            ]
        );
    }

    #[test]
    fn abbreviation_at_sentence_end() {
        let s = "Troops returned to the U.S. The war ended.";
        assert_eq!(
            sents(s),
            vec!["Troops returned to the U.S.", "The war ended."]
        );
        let s2 = "The U.S. Army said so.";
        assert_eq!(sents(s2), vec!["The U.S. Army said so."]);
    }

    /// A dotted country abbreviation or a title abbreviation before a capitalised title or
    /// name continues the noun phrase; only a sentence opener after it starts a new sentence.
    #[test]
    fn abbreviation_before_title_or_name_keeps_the_sentence() {
        let s = "Yesterday the U.K. Home Secretary Ada Quill said talks would resume. E.U. Envoy Bo Lind agreed.";
        assert_eq!(
            sents(s),
            vec![
                "Yesterday the U.K. Home Secretary Ada Quill said talks would resume.",
                "E.U. Envoy Bo Lind agreed."
            ]
        );
        let s2 = "Aid reached the U.N. Relief Agency on Monday. Lt. Col. Ivo Brand and Dr. Mira Holt met at St. Anne's.";
        assert_eq!(sents(s2).len(), 2);
        // negatives: a real opener after a sentence-final abbreviation still breaks
        let s3 = "The talks were held in the U.S. He said they went well. She flew to the U.K. It rained.";
        assert_eq!(
            sents(s3),
            vec![
                "The talks were held in the U.S.",
                "He said they went well.",
                "She flew to the U.K.",
                "It rained."
            ]
        );
    }

    #[test]
    fn paragraphs_split_sentences() {
        let s = "Headline without stop\n\nBody text here.";
        assert_eq!(sents(s), vec!["Headline without stop", "Body text here."]);
    }

    #[test]
    fn normalisation_folds_case_and_diacritics() {
        assert_eq!(
            normalise_phrase("Recep Tayyip Erdoğan’s"),
            "recep tayyip erdogan 's"
        );
        assert_eq!(normalise_phrase("BAN KI-MOON"), "ban ki-moon");
    }
}
