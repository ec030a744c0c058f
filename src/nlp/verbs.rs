//! Verb dictionaries: CAMEO verb synsets and patterns, TABARI/PETRARCH style.
//!
//! Two input forms, one in-memory model:
//! * the project's compact form (`data/verbs/*.tsv`, compiled by `scripts/derive_verbs.py`
//!   from the PETRARCH2 CAMEO 2.0 verb file plus the project's additions, embedded), and
//! * the raw PETRARCH verb format, parsed at load time for user dictionaries
//!   (`NlpConfig::verb_dictionaries`).
//!
//! Every word is interned to a `u32` at load time; matching compares integers only.
//!
//! Layout: this file holds the in-memory model and its accessors; `compact` and `raw` read
//! the two input forms, `pattern` the synset and pattern syntax they share, `forms` the verb
//! inflections.
use super::{NlpConfig, NlpError};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

mod compact;
mod forms;
mod pattern;
mod raw;

pub use forms::regular_forms;

/// A small, fast, non-cryptographic hasher (FxHash) for the coder's read-only tables:
/// keys are dictionary words and ids, not attacker-controlled.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

const BUILTIN_VERBS: &str = include_str!("../../data/verbs/cameo_verbs.tsv");
const BUILTIN_ADDITIONS: &str = include_str!("../../data/verbs/additions.tsv");

/// Word id for tokens absent from every dictionary.
pub const UNKNOWN: u32 = u32::MAX;

/// The event code(s) of a verb or pattern. `[ccc]` codes source→target; `[ccc:ddd]`
/// additionally target→source; `[:ddd]` only target→source; `[---]` blocks coding.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventCode {
    pub forward: Option<Box<str>>,
    pub reverse: Option<Box<str>>,
}

impl EventCode {
    pub fn is_null(&self) -> bool {
        self.forward.is_none() && self.reverse.is_none()
    }

    fn parse(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let one = |c: &str| -> Result<Option<Box<str>>, String> {
            let c = c.trim();
            if c.is_empty() || c == "---" {
                Ok(None)
            } else if c.chars().all(|ch| ch.is_ascii_graphic()) {
                Ok(Some(c.into()))
            } else {
                Err(format!("bad event code {c:?}"))
            }
        };
        match s.split_once(':') {
            Some((a, b)) => Ok(Self {
                forward: one(a)?,
                reverse: one(b)?,
            }),
            None => Ok(Self {
                forward: one(s)?,
                reverse: None,
            }),
        }
    }
}

/// How an element is placed relative to the previous one (in text order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Anywhere later in the clause.
    Free,
    /// Within a few words (same noun phrase, `{…}`).
    Near,
    /// Immediately next (`_` connector).
    Adjacent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ElemKind {
    /// A literal word (or `/`-separated alternatives). `exact` forbids plural matching.
    Word { ids: Box<[u32]>, exact: bool },
    /// `&NAME`: any of the synset's items.
    Synset(u32),
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `%`: a compound actor.
    Compound,
    /// `^`: skips the next noun phrase, whose actor (if any) plays no role: "IFTAR IN ^ +"
    /// takes the target after the place, not the place.
    Skip,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Elem {
    pub kind: ElemKind,
    pub gap: Gap,
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub code: EventCode,
    /// Elements before the verb, in text order.
    pub pre: Vec<Elem>,
    /// Whether the verb must immediately follow the last `pre` element.
    pub verb_gap: Gap,
    /// Elements after the verb, in text order.
    pub post: Vec<Elem>,
    /// Number of literal elements: more specific patterns win.
    pub specificity: u16,
    /// A word the sentence must contain for the pattern to match (`UNKNOWN` = none):
    /// lets the coder skip most patterns with one bit test.
    pub anchor: u32,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub name: Box<str>,
    pub code: EventCode,
    pub patterns: Vec<Pattern>,
    /// Higher wins ties between dictionaries (user > additions > built-in).
    pub priority: u8,
}

/// One surface form of a verb: its word ids and which one is the verb proper.
#[derive(Debug, Clone)]
pub struct VerbForm {
    pub words: Box<[u32]>,
    pub head: usize,
    pub block: u32,
    /// Verb-specific code overriding the block default.
    pub code: Option<EventCode>,
}

/// A synonym set: each item is a sequence of word ids.
#[derive(Debug, Clone, Default)]
pub struct Synset {
    pub name: Box<str>,
    pub items: Vec<Box<[u32]>>,
    /// First word id → indices into `items` (built by `finish`).
    pub by_first: FastMap<u32, Vec<u32>>,
}

#[derive(Debug, Default)]
pub struct VerbDictionary {
    vocab: FastMap<Box<str>, u32>,
    words: Vec<Box<str>>,
    pub synsets: Vec<Synset>,
    pub blocks: Vec<Block>,
    pub forms: Vec<VerbForm>,
    /// First word id of a form → indices into `forms`.
    by_first: FastMap<u32, Vec<u32>>,
    /// Synset names of every file loaded so far (later files shadow earlier ones).
    syn_names: HashMap<String, u32>,
}

impl VerbDictionary {
    /// Starts a new block named `name` with default code `code` (both file formats);
    /// returns its index, which later verbs and patterns attach to.
    fn open_block(&mut self, name: &str, code: &str, priority: u8) -> Result<u32, String> {
        let code = EventCode::parse(code)?;
        self.blocks.push(Block {
            name: name.into(),
            code,
            patterns: Vec::new(),
            priority,
        });
        Ok(self.blocks.len() as u32 - 1)
    }

    /// Built-in dictionaries (unless disabled) plus every user file.
    pub fn load(config: &NlpConfig) -> Result<Self, NlpError> {
        let mut d = Self::default();
        if config.builtin_dictionaries {
            d.add_compact("data/verbs/cameo_verbs.tsv", BUILTIN_VERBS, 0)?;
            d.add_compact("data/verbs/additions.tsv", BUILTIN_ADDITIONS, 1)?;
        }
        for path in &config.verb_dictionaries {
            let shown = path.display().to_string();
            let text = std::fs::read(path).map_err(|source| NlpError::Io {
                path: shown.clone(),
                source,
            })?;
            let text = String::from_utf8_lossy(&text);
            d.add_petrarch(&shown, &text, 2)?;
        }
        d.finish();
        Ok(d)
    }

    /// Most specific patterns first (stable: file order breaks ties), so the coder can
    /// stop at the first match that nothing later can beat.
    fn finish(&mut self) {
        for b in &mut self.blocks {
            b.patterns.sort_by_key(|p| std::cmp::Reverse(p.specificity));
        }
        for s in &mut self.synsets {
            s.by_first.clear();
            for (i, item) in s.items.iter().enumerate() {
                if let Some(&f) = item.first() {
                    s.by_first.entry(f).or_default().push(i as u32);
                }
            }
        }
    }

    /// Parse raw PETRARCH text only (tests, tools).
    pub fn from_petrarch(path: &str, text: &str) -> Result<Self, NlpError> {
        let mut d = Self::default();
        d.add_petrarch(path, text, 2)?;
        d.finish();
        Ok(d)
    }

    pub fn word_id(&self, word: &str) -> u32 {
        self.vocab.get(word).copied().unwrap_or(UNKNOWN)
    }

    pub fn word(&self, id: u32) -> &str {
        self.words.get(id as usize).map(|w| &**w).unwrap_or("")
    }

    pub fn forms_starting_with(&self, id: u32) -> &[u32] {
        self.by_first.get(&id).map(|v| v.as_slice()).unwrap_or(&[])
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Give a word an id (for closed-class words the coder needs to recognise).
    pub fn intern_word(&mut self, word: &str) -> u32 {
        self.intern(word)
    }

    fn intern(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.vocab.get(w) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(w.into());
        self.vocab.insert(w.into(), id);
        id
    }

    fn add_form(&mut self, words: &[&str], head: usize, block: u32, code: Option<EventCode>) {
        let ids: Box<[u32]> = words.iter().map(|w| self.intern(w)).collect();
        let Some(&first) = ids.first() else { return };
        let idx = self.forms.len() as u32;
        self.forms.push(VerbForm {
            words: ids,
            head,
            block,
            code,
        });
        self.by_first.entry(first).or_default().push(idx);
    }
}

/// A dictionary error at `line` of `path`.
fn dict_err(path: &str, line: usize, message: String) -> NlpError {
    NlpError::Dictionary {
        path: path.to_string(),
        line,
        message,
    }
}

#[cfg(test)]
#[path = "verbs/tests.rs"]
mod tests;
