//! Sentence tokenizer and closed-class word lexicon (`data/lexicon/closed_words.tsv`) used
//! by event coding and stance.
//!
//! Tokens are byte spans into the article text plus an interned dictionary word id and
//! a bit set of closed-class flags. One pass, no regex, one reusable lowercase buffer.
use crate::nlp::verbs::{FastMap, VerbDictionary, UNKNOWN};
use crate::nlp::Span;

pub const DET: u32 = 1;
pub const PREP: u32 = 1 << 1;
pub const LOCPREP: u32 = 1 << 2;
pub const BE: u32 = 1 << 3;
pub const HAVE: u32 = 1 << 4;
pub const DO: u32 = 1 << 5;
pub const MODAL: u32 = 1 << 6;
pub const NEG: u32 = 1 << 7;
pub const PRON: u32 = 1 << 8;
pub const CONJ: u32 = 1 << 9;
pub const COMPL: u32 = 1 << 10;
pub const PUNCT: u32 = 1 << 11;
pub const COMMA: u32 = 1 << 12;
pub const BOUNDARY: u32 = 1 << 13;
pub const SPEECH: u32 = 1 << 14;
pub const ADV: u32 = 1 << 15;
pub const TO: u32 = 1 << 16;
pub const BY: u32 = 1 << 17;
pub const QUOTE: u32 = 1 << 18;
pub const IRREG_PAST: u32 = 1 << 19;
pub const SUBORD: u32 = 1 << 20;
pub const ACCORDING: u32 = 1 << 21;
pub const NUM: u32 = 1 << 22;
/// A month or weekday name (`month-day` in data/lexicon/mention_words.tsv).
pub const TIME: u32 = 1 << 23;
/// A preposition of time only ("during", "amid").
pub const TIMEPREP: u32 = 1 << 24;
/// A modifier of a place noun ("the eastern town of", `generic-mod` in mention_words.tsv).
pub const PLACEMOD: u32 = 1 << 25;
/// A place noun before "of" naming the place ("the town of X", `place-of` in place_words.tsv).
pub const PLACEOF: u32 = 1 << 26;
/// A bare noun naming a place in conflict reporting ("positions", "building"; `nominal-place`
/// in place_words.tsv).
pub const PLACEHEAD: u32 = 1 << 27;
/// A modal of possibility ("could", "may", "might", "can"): a possible act, which under its
/// own condition is a threat of it (branch threats3).
pub const POSSIBLE: u32 = 1 << 28;

/// The flag of each use of `data/lexicon/closed_words.tsv`.
const USES: [(u32, &str); 21] = [
    (DET, "det"),
    (PREP, "prep"),
    (LOCPREP, "place-prep"),
    (BE, "be"),
    (HAVE, "have"),
    (DO, "do"),
    (MODAL, "modal"),
    (POSSIBLE, "possible-modal"),
    (NEG, "neg"),
    (PRON, "pron"),
    (CONJ, "conj"),
    (COMPL, "compl"),
    (SUBORD, "subord"),
    (SPEECH, "speech"),
    (ADV, "adv"),
    (TO, "to"),
    (NUM, "num"),
    (BY, "by"),
    (ACCORDING, "according"),
    (IRREG_PAST, "irregular-past"),
    (TIMEPREP, "time-prep"),
];

/// Closed-class flags of common words, built once.
pub struct Lexicon {
    flags: FastMap<&'static str, u32>,
    /// Words in "-ly" that are not adverbs ("supply", "family").
    not_ly_adverbs: FastMap<&'static str, ()>,
}

impl Lexicon {
    pub fn new() -> Self {
        let mut flags: FastMap<&'static str, u32> = FastMap::default();
        use crate::nlp::lexicon::List;
        for (f, usage) in USES {
            for w in List::ClosedWords.words(usage) {
                *flags.entry(w).or_insert(0) |= f;
            }
        }
        for w in List::MentionWords.words("month-day") {
            *flags.entry(w).or_insert(0) |= TIME;
        }
        for w in List::MentionWords.words("generic-mod") {
            *flags.entry(w).or_insert(0) |= PLACEMOD;
        }
        for w in List::PlaceWords.words("place-of") {
            *flags.entry(w).or_insert(0) |= PLACEOF;
        }
        for w in List::PlaceWords.words("nominal-place") {
            *flags.entry(w).or_insert(0) |= PLACEHEAD;
        }
        for p in [
            ",", ";", ":", "(", ")", "[", "]", "-", "--", "—", "–", "?", "!", ".",
        ] {
            let f = match p {
                "," => PUNCT | COMMA,
                // Brackets hold apposed names ("the Libyan National Army (LNA)").
                "-" | "(" | ")" | "[" | "]" => PUNCT,
                _ => PUNCT | BOUNDARY,
            };
            flags.insert(p, f);
        }
        for q in ["\"", "“", "”", "«", "»", "‘", "’", "'"] {
            flags.insert(q, PUNCT | QUOTE);
        }
        let not_ly_adverbs = List::ClosedWords
            .words("not-ly-adverb")
            .into_iter()
            .map(|w| (w, ()))
            .collect();
        Self {
            flags,
            not_ly_adverbs,
        }
    }

    pub fn flags(&self, w: &str) -> u32 {
        self.flags.get(w).copied().unwrap_or(0)
    }

    /// The flags of token `low` (lower case): its listed classes, a number when it starts
    /// with a digit, and an adverb when an unlisted word ends in "-ly" and is no known
    /// "-ly" noun, verb or name ("supply", "family", "Italy").
    fn token_flags(&self, low: &str) -> u32 {
        let mut flags = self.flags(low);
        if low.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            flags |= NUM;
        }
        if flags == 0
            && low.len() >= 5
            && low.ends_with("ly")
            && !self.not_ly_adverbs.contains_key(low)
        {
            flags = ADV;
        }
        flags
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub span: Span,
    /// Dictionary word id of the lower-cased token.
    pub id: u32,
    /// Word id of the singular (token minus "s"/"es"), for plural-tolerant matching.
    pub alt: u32,
    pub flags: u32,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Index into `EntityAnalysis::mentions` of an actor-bearing mention covering it.
    pub mention: Option<u32>,
    /// Covered by a named PERSON/ORGANISATION mention that has no actor code.
    pub named: bool,
}

impl Tok {
    pub fn is(&self, f: u32) -> bool {
        self.flags & f != 0
    }
}

/// Tokenize `text[span]` into `out`, lower-casing into `buf`: words (clitics split off)
/// and single other characters, each with its dictionary word ids and closed-class flags.
pub fn tokenize(
    text: &str,
    span: Span,
    dict: &VerbDictionary,
    lex: &Lexicon,
    buf: &mut String,
    out: &mut Vec<Tok>,
) {
    let s = span.slice(text);
    let pusher = Pusher {
        s,
        base: span.start,
        dict,
        lex,
    };
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        let cl = c.len_utf8();
        if c.is_whitespace() {
            i += cl;
            continue;
        }
        if c.is_alphanumeric() {
            let j = word_end(s, i, i + cl);
            match clitic_at(&s[i..j]) {
                Some(k) if k > 0 => {
                    pusher.push(i, i + k, out, buf);
                    pusher.push(i + k, j, out, buf);
                }
                _ => pusher.push(i, j, out, buf),
            }
            // A trailing possessive apostrophe ("soldiers'") becomes its own token.
            i = j;
            continue;
        }
        pusher.push(i, i + cl, out, buf);
        if possessive_apostrophe(s, i) {
            if let Some(t) = out.last_mut() {
                t.flags = lex.flags("'s");
            }
        }
        i += cl;
    }
}

/// A plural possessive's apostrophe ("the officers' release"): right after a word ending in
/// "s", before a space, with no opening single quote earlier in the span. It marks a
/// possessive like "'s", not the end of a quotation, so it must not close a clause.
fn possessive_apostrophe(s: &str, i: usize) -> bool {
    let Some(c) = s[i..].chars().next() else {
        return false;
    };
    let after = &s[i + c.len_utf8()..];
    matches!(c, '\'' | '’')
        && s[..i].ends_with(['s', 'S'])
        && after.starts_with(char::is_whitespace)
        && !opens_single_quote(&s[..i])
}

/// Does `s` hold an opening single quote: ‘ , or ' after a space or the start and before a
/// letter?
fn opens_single_quote(s: &str) -> bool {
    s.contains('‘')
        || s.match_indices('\'').any(|(k, _)| {
            let before = s[..k].chars().next_back();
            let next = s[k + 1..].chars().next();
            before.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphanumeric)
        })
}

/// The end of the word starting at `start` (its first character ends at `j`): letters and
/// digits with internal . - ' & / kept ("U.S.", "anti-war").
fn word_end(s: &str, start: usize, mut j: usize) -> usize {
    while let Some(d) = s[j..].chars().next() {
        if d.is_alphanumeric() {
            j += d.len_utf8();
            continue;
        }
        if matches!(d, '.' | '-' | '\'' | '’' | 'ʼ' | '&' | '/') {
            let k = j + d.len_utf8();
            let next_alnum = s[k..].chars().next().is_some_and(|e| e.is_alphanumeric());
            if next_alnum {
                j = k;
                continue;
            }
            // "U.S." keeps its final dot when it has an inner one.
            if d == '.' && s[start..j].contains('.') {
                j = k;
            }
        }
        break;
    }
    j
}

/// Where a clitic starts in `word`: n't, 's, 're, 've, 'll, 'd (ASCII or typographic
/// apostrophe); "n't" wins over the others.
fn clitic_at(word: &str) -> Option<usize> {
    let lw = word.len();
    let ends = |suf: &str| {
        word.len() > suf.len()
            && word.is_char_boundary(lw - suf.len())
            && word[lw - suf.len()..].eq_ignore_ascii_case(suf)
    };
    let mut split_at = None;
    for suf in ["n't", "n’t"] {
        if ends(suf) {
            split_at = Some(lw - suf.len());
        }
    }
    if split_at.is_none() {
        for suf in [
            "'s", "’s", "ʼs", "'re", "'ve", "'ll", "'d", "’re", "’ve", "’ll",
        ] {
            if ends(suf) {
                split_at = Some(lw - suf.len());
                break;
            }
        }
    }
    split_at
}

/// What every token of one span needs: the span's text and offset, the dictionary for
/// word ids and the lexicon for flags.
struct Pusher<'a> {
    s: &'a str,
    base: usize,
    dict: &'a VerbDictionary,
    lex: &'a Lexicon,
}

impl Pusher<'_> {
    /// The token `s[a..b]` (nothing when empty), its lower-case form left in `buf`.
    fn push(&self, a: usize, b: usize, out: &mut Vec<Tok>, buf: &mut String) {
        if a >= b {
            return;
        }
        let w = &self.s[a..b];
        buf.clear();
        for c in w.chars() {
            match c {
                '’' | 'ʼ' | '`' | '´' => buf.push('\''),
                c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
                c => buf.extend(c.to_lowercase()),
            }
        }
        let cap = w.chars().next().is_some_and(|c| c.is_uppercase());
        out.push(Tok {
            span: Span::new(self.base + a, self.base + b),
            id: self.dict.word_id(buf),
            alt: singular_id(self.dict, buf),
            flags: self.lex.token_flags(buf),
            cap,
            mention: None,
            named: false,
        });
    }
}

/// The word id of the singular of `low` ("talks" → "talk", "taxes" → "tax"), for
/// plural-tolerant matching; `UNKNOWN` when neither form is a dictionary word.
fn singular_id(dict: &VerbDictionary, low: &str) -> u32 {
    if low.len() > 3 && low.ends_with('s') && !low.ends_with("ss") {
        let a1 = dict.word_id(&low[..low.len() - 1]);
        if a1 != UNKNOWN {
            a1
        } else if let Some(stem) = low.strip_suffix("es") {
            dict.word_id(stem)
        } else {
            UNKNOWN
        }
    } else {
        UNKNOWN
    }
}

/// Singular/plural tolerant comparison of a token with a dictionary word id.
pub fn word_matches(t: &Tok, id: u32, exact: bool) -> bool {
    t.id == id || (!exact && t.alt == id && id != UNKNOWN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::NlpConfig;

    #[test]
    fn clitics_and_abbreviations() {
        let d = VerbDictionary::load(&NlpConfig::default()).unwrap();
        let lex = Lexicon::new();
        let text = "The U.S. didn't attack Russia's army, officials said.";
        let mut out = Vec::new();
        let mut buf = String::new();
        tokenize(text, Span::new(0, text.len()), &d, &lex, &mut buf, &mut out);
        let words: Vec<&str> = out.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(
            words,
            [
                "The",
                "U.S.",
                "did",
                "n't",
                "attack",
                "Russia",
                "'s",
                "army",
                ",",
                "officials",
                "said",
                "."
            ]
        );
        assert!(out[3].is(NEG));
        assert!(out[6].is(DET));
        assert!(out[10].is(SPEECH));
    }

    /// The apostrophe of a plural possessive reads as a determiner, not as a quote; a
    /// single-quoted phrase keeps its closing quote.
    #[test]
    fn plural_possessive_apostrophe_is_no_quote() {
        let d = VerbDictionary::load(&NlpConfig::default()).unwrap();
        let lex = Lexicon::new();
        let flags_of = |text: &str, word: usize| {
            let (mut out, mut buf) = (Vec::new(), String::new());
            tokenize(text, Span::new(0, text.len()), &d, &lex, &mut buf, &mut out);
            out[word].flags
        };
        let poss = flags_of("Accra demanded the officers' release.", 4);
        assert!(poss & DET != 0 && poss & QUOTE == 0);
        let quoted = flags_of("Accra called it 'a breach of the accords' today.", 9);
        assert!(quoted & QUOTE != 0);
    }
}
