//! What the mention rules share: an article's tokens, the read-only context of a pass,
//! a mention under construction, and actor codes.

use super::gazetteer::NormText;
use crate::nlp::text::{self, Token, TokenKind};
use crate::nlp::{Actor, ArticleText, EntityType, Sentence, Span};
use chrono::NaiveDate;
use std::cell::OnceCell;
use std::collections::HashMap;

/// An article cut into tokens and sentences, with its normalised text: what the mention
/// finder and coreference read.
pub struct ArticleTokens<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Token ranges of the sentences.
    pub ranges: Vec<(usize, usize)>,
    pub norm: NormText,
    pub date: Option<NaiveDate>,
    /// Byte offsets of the quotation marks, found once: coreference asks whether a word is
    /// inside a quotation for many words, and counting from the start each time made long
    /// articles quadratic.
    pub quote_marks: Vec<usize>,
    /// Where a capitalised word is repeated alone (see [`SurnameSites`]), found when first
    /// asked.
    surname_sites: OnceCell<SurnameSites>,
}

impl<'a> ArticleTokens<'a> {
    pub fn new(article: &ArticleText<'a>) -> Self {
        let text = article.text;
        let tokens = text::tokenize(text);
        let ranges = text::sentence_ranges(text, &tokens);
        let norm = NormText::new(text, &tokens);
        Self {
            text,
            tokens,
            ranges,
            norm,
            date: article.published,
            quote_marks: quote_marks(text),
            surname_sites: OnceCell::new(),
        }
    }

    pub(crate) fn ctx(&self) -> Ctx<'_> {
        Ctx {
            text: self.text,
            tokens: &self.tokens,
            norm: &self.norm,
            date: self.date,
            quote_marks: &self.quote_marks,
            surname_sites: &self.surname_sites,
        }
    }

    /// The sentences' byte spans.
    pub fn sentences(&self) -> Vec<Sentence> {
        self.ranges
            .iter()
            .map(|&(a, b)| Sentence {
                span: Span::new(self.tokens[a].start, self.tokens[b - 1].end),
            })
            .collect()
    }
}

/// A mention under construction (token range).
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub start_tok: usize,
    pub end_tok: usize,
    pub etype: EntityType,
    pub actor: Option<Actor>,
    pub sentence: usize,
    /// Surname / name key for coreference.
    pub pronoun: bool,
    /// Produced by a weak rule (may be dropped when it clashes).
    pub weak: bool,
}

pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub norm: &'a NormText,
    pub date: Option<NaiveDate>,
    pub quote_marks: &'a [usize],
    pub surname_sites: &'a OnceCell<SurnameSites>,
}

/// The tokens where a capitalised word stands alone after a lower-case word ("sanctions on
/// Dodik"), by normalised form: the mention finder asks, for sentence-opening runs, whether
/// the run's last word is repeated so elsewhere, and reading every token of the article for
/// each run grew with a long article's square.
pub(crate) type SurnameSites = HashMap<String, Vec<usize>>;

impl Ctx<'_> {
    /// [`SurnameSites`] of the article, in token order, made once.
    pub fn surname_sites(&self) -> &SurnameSites {
        self.surname_sites.get_or_init(|| {
            let mut sites = SurnameSites::new();
            for k in 1..self.tokens.len() {
                if self.tokens[k].cap
                    && !self.is_cap_word(k + 1)
                    && self.tokens[k - 1].is_word()
                    && !self.tokens[k - 1].cap
                {
                    sites
                        .entry(self.norm.token(k).to_string())
                        .or_default()
                        .push(k);
                }
            }
            sites
        })
    }
}

/// Byte offsets of the quotation marks of `text` (straight and curly double quotes).
pub(crate) fn quote_marks(text: &str) -> Vec<usize> {
    text.char_indices()
        .filter(|&(_, c)| matches!(c, '"' | '\u{201C}' | '\u{201D}'))
        .map(|(i, _)| i)
        .collect()
}

impl Ctx<'_> {
    /// How many quotation marks stand before byte `at`.
    pub fn quotes_before(&self, at: usize) -> usize {
        self.quote_marks.partition_point(|&i| i < at)
    }

    /// Is byte `at` inside a quotation: an odd number of quotation marks before it?
    pub fn inside_quote(&self, at: usize) -> bool {
        self.quotes_before(at) % 2 == 1
    }
}

impl Ctx<'_> {
    pub(crate) fn low(&self, i: usize) -> &str {
        if i < self.tokens.len() {
            self.norm.token(i)
        } else {
            ""
        }
    }
    pub(crate) fn raw(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }
    pub(crate) fn is_cap_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && (t.cap || t.all_caps))
    }
}

pub fn make_actor(code: &str, name: &str) -> Actor {
    let (country, sector) = split_code(code);
    Actor {
        code: code.to_string(),
        name: name.to_string(),
        country,
        sector,
    }
}

/// Code heads of groups that stand without a country (organisations, transnational groups).
const NO_COUNTRY_GROUPS: &[&str] = &["IGO", "NGO", "IMG", "MNC", "NGM", "UAF"];

/// Code heads of sectors, which need a country to name an actor. The agent dictionary's
/// "MUS" (Muslim) is not here: it is also Mauritius's country code, and a code built from
/// the country or actor dictionaries ("MUS", "MUSGOV") names the country; an agent that
/// found no country is built by `make_agent` instead.
const SECTORS: &[&str] = &[
    "REB", "MIL", "GOV", "OPP", "CVL", "COP", "JUD", "LEG", "MED", "BUS", "REF", "EDU", "HLH",
    "HRI", "LAB", "AGR", "ENV", "CRM", "ELI", "SPY", "PTY", "REL", "CHR", "PPL", "SET", "RAD",
    "UIS",
];

/// Agent codes that start like a country's code ("MUS", "MUSRAD": Muslim, not Mauritius).
const COUNTRY_LIKE_AGENTS: &[&str] = &["MUS"];

/// An agent of the agent dictionary with no country: never a country, even when its code
/// starts like one ("MUS"). A longer code of that kind ("MUSRAD") gets PETRARCH's "---"
/// prefix at once, since `unplaced_code` reads codes alone and would take it for Mauritius.
pub fn make_agent(code: &str, name: &str) -> Actor {
    let country_like = code.len() > 3
        && code
            .get(..3)
            .is_some_and(|h| COUNTRY_LIKE_AGENTS.contains(&h));
    Actor {
        code: if country_like {
            format!("---{code}")
        } else {
            code.to_string()
        },
        name: name.to_string(),
        country: String::new(),
        sector: code.to_string(),
    }
}

/// A code no country was found for: PETRARCH's "---MIL", or one that starts with a sector
/// ("MIL", "GOVMIL" for "the head of the military government"). Organisations and
/// transnational groups ("IGOUNO", "IMGMUSISI") are placed without a country.
pub fn unplaced_code(code: &str) -> bool {
    code.starts_with("---") || code.get(..3).is_some_and(|h| SECTORS.contains(&h))
}

/// Splits a CAMEO code into country and sector: `USAGOV` → (`USA`, `GOV`); `IGOWSTNAT`,
/// `IMGMUSISI` → ("", code); bare agent codes (`MIL`) → ("", `MIL`).
pub fn split_code(code: &str) -> (String, String) {
    if code.len() >= 3 && code.is_char_boundary(3) {
        let head = &code[..3];
        if NO_COUNTRY_GROUPS.contains(&head) || SECTORS.contains(&head) {
            return (String::new(), code.to_string());
        }
        if head.bytes().all(|b| b.is_ascii_uppercase()) {
            return (head.to_string(), code[3..].to_string());
        }
    }
    (String::new(), code.to_string())
}
