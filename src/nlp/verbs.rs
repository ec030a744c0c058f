//! Verb dictionaries: CAMEO verb synsets and patterns, TABARI/PETRARCH style.
//!
//! Two input forms, one in-memory model:
//! * the project's compact form (`data/verbs/*.tsv`, compiled by `scripts/derive_verbs.py`
//!   from the PETRARCH2 CAMEO 2.0 verb file plus the project's additions, embedded), and
//! * the raw PETRARCH verb format, parsed at load time for user dictionaries
//!   (`NlpConfig::verb_dictionaries`).
//!
//! Every word is interned to a `u32` at load time; matching compares integers only.
use super::{NlpConfig, NlpError};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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

    // ------------------------------------------------------------------ compact

    fn add_compact(&mut self, path: &str, text: &str, priority: u8) -> Result<(), NlpError> {
        let err = |line: usize, message: String| NlpError::Dictionary {
            path: path.to_string(),
            line,
            message,
        };
        let mut scope = SynScope::new(self.syn_names.clone());
        let mut block: Option<u32> = None;
        let lines: Vec<&str> = text.lines().collect();
        // Synsets first so that patterns may refer to any of them.
        for (n, line) in lines.iter().enumerate() {
            if let Some(rest) = line.strip_prefix("S\t") {
                let (name, items) = rest
                    .split_once('\t')
                    .ok_or_else(|| err(n + 1, "synset record needs NAME<TAB>items".into()))?;
                let sid = self.new_synset(name, &mut scope);
                for item in items.split('|') {
                    self.push_synset_item(sid, item, &scope, 0)
                        .map_err(|m| err(n + 1, m))?;
                }
            }
        }
        for (n, line) in lines.iter().enumerate() {
            let line_no = n + 1;
            if line.starts_with('#') || line.trim().is_empty() || line.starts_with("S\t") {
                continue;
            }
            let mut f = line.splitn(3, '\t');
            let (kind, a, b) = (
                f.next().unwrap_or(""),
                f.next().unwrap_or(""),
                f.next().unwrap_or(""),
            );
            match kind {
                "B" => {
                    let code = EventCode::parse(b).map_err(|m| err(line_no, m))?;
                    block = Some(self.blocks.len() as u32);
                    self.blocks.push(Block {
                        name: a.into(),
                        code,
                        patterns: Vec::new(),
                        priority,
                    });
                }
                "V" => {
                    let bi = block.ok_or_else(|| err(line_no, "verb before any block".into()))?;
                    let code = if a.trim().is_empty() {
                        None
                    } else {
                        Some(EventCode::parse(a).map_err(|m| err(line_no, m))?)
                    };
                    for form in b.split('|') {
                        let ws: Vec<&str> = form.split_whitespace().collect();
                        let head = ws.iter().position(|w| w.starts_with('+')).unwrap_or(0);
                        let ws: Vec<&str> = ws.iter().map(|w| w.trim_start_matches('+')).collect();
                        if ws.is_empty() {
                            return Err(err(line_no, "empty verb form".into()));
                        }
                        self.add_form(&ws, head, bi, code.clone());
                    }
                }
                "P" => {
                    let bi =
                        block.ok_or_else(|| err(line_no, "pattern before any block".into()))?;
                    let code = EventCode::parse(a).map_err(|m| err(line_no, m))?;
                    let p = self
                        .parse_pattern(b, code, &scope)
                        .map_err(|m| err(line_no, m))?;
                    self.blocks[bi as usize].patterns.push(p);
                }
                _ => return Err(err(line_no, format!("unknown record type {kind:?}"))),
            }
        }
        self.syn_names.extend(scope.names);
        Ok(())
    }

    // ------------------------------------------------------------------ raw PETRARCH

    fn add_petrarch(&mut self, path: &str, text: &str, priority: u8) -> Result<(), NlpError> {
        let err = |line: usize, message: String| NlpError::Dictionary {
            path: path.to_string(),
            line,
            message,
        };
        let mut scope = SynScope::new(self.syn_names.clone());
        // Pass 1: synsets (they may be defined after their first use).
        let mut cur_syn: Option<u32> = None;
        let mut pending_items: Vec<(u32, String, usize)> = Vec::new();
        let mut in_comment = false;
        let mut cleaned: Vec<(usize, String)> = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            let line_no = n + 1;
            let mut line = raw.trim_end().to_string();
            if in_comment {
                if let Some(p) = line.find("-->") {
                    in_comment = false;
                    line = line[p + 3..].to_string();
                } else {
                    continue;
                }
            }
            if let Some(p) = line.find("<!--") {
                match line[p..].find("-->") {
                    Some(q) => line.replace_range(p..p + q + 3, ""),
                    None => {
                        in_comment = true;
                        line.truncate(p);
                    }
                }
            }
            if line.starts_with("####") && line.contains("TRANSFORMATIONS") {
                break;
            }
            let body = strip_comment(&line).trim().to_string();
            if body.is_empty() || body.starts_with('~') {
                continue;
            }
            if body.starts_with('&') {
                let name = body.split_whitespace().next().unwrap_or("&");
                let name = name[1..].trim_end_matches('_');
                if name.is_empty() {
                    return Err(err(line_no, "synset without a name".into()));
                }
                cur_syn = Some(self.new_synset(name, &mut scope));
                continue;
            }
            if let (Some(sid), Some(item)) = (cur_syn, body.strip_prefix('+')) {
                if !body.starts_with("+&") || !item.is_empty() {
                    pending_items.push((sid, item.to_string(), line_no));
                    continue;
                }
            }
            if body.starts_with("---") || !body.starts_with('+') {
                cur_syn = None;
            }
            cleaned.push((line_no, body));
        }
        for (sid, item, line_no) in pending_items {
            self.push_synset_item(sid, &item, &scope, 0)
                .map_err(|m| err(line_no, m))?;
        }
        // Pass 2: blocks, verbs, patterns.
        let mut block: Option<u32> = None;
        for (line_no, body) in cleaned {
            if body.starts_with("---") {
                let inner = body.trim_start_matches('-').trim();
                let (name, code) = match (inner.find('['), inner.find(']')) {
                    (Some(a), Some(b)) if a < b => (inner[..a].trim(), &inner[a + 1..b]),
                    _ => return Err(err(line_no, format!("malformed block header {body:?}"))),
                };
                let code = EventCode::parse(code).map_err(|m| err(line_no, m))?;
                block = Some(self.blocks.len() as u32);
                self.blocks.push(Block {
                    name: name.into(),
                    code,
                    patterns: Vec::new(),
                    priority,
                });
            } else if let Some(pat) = body.strip_prefix('-') {
                let bi =
                    block.ok_or_else(|| err(line_no, "pattern outside a verb block".into()))?;
                let (pat, code) = split_code(pat)
                    .ok_or_else(|| err(line_no, format!("pattern without [code]: {body:?}")))?;
                let code = EventCode::parse(code).map_err(|m| err(line_no, m))?;
                let p = self
                    .parse_pattern(pat, code, &scope)
                    .map_err(|m| err(line_no, m))?;
                self.blocks[bi as usize].patterns.push(p);
            } else {
                let bi =
                    block.ok_or_else(|| err(line_no, format!("verb outside a block: {body:?}")))?;
                let (spec, code) = match split_code(&body) {
                    Some((s, c)) => (
                        s.to_string(),
                        Some(EventCode::parse(c).map_err(|m| err(line_no, m))?),
                    ),
                    None => (body.clone(), None),
                };
                let (spec, irregular) = match (spec.find('{'), spec.find('}')) {
                    (Some(a), Some(b)) if a < b => (
                        format!("{} {}", &spec[..a], &spec[b + 1..]),
                        spec[a + 1..b]
                            .split(|c: char| c.is_whitespace() || c == ',')
                            .filter(|s| !s.is_empty())
                            .map(str::to_string)
                            .collect::<Vec<_>>(),
                    ),
                    (None, None) => (spec, Vec::new()),
                    _ => return Err(err(line_no, format!("unbalanced braces in {body:?}"))),
                };
                let Some(head_spec) = spec.split_whitespace().next() else {
                    continue;
                };
                for (words, head) in expand_verb(head_spec, &irregular) {
                    let ws: Vec<&str> = words.iter().map(String::as_str).collect();
                    self.add_form(&ws, head, bi, code.clone());
                }
            }
        }
        self.syn_names.extend(scope.names);
        Ok(())
    }

    // ------------------------------------------------------------------ shared parsing

    fn new_synset(&mut self, name: &str, scope: &mut SynScope) -> u32 {
        let key = name.trim_end_matches('_').to_ascii_lowercase();
        if let Some(&id) = scope.names.get(&key) {
            return id;
        }
        let id = self.synsets.len() as u32;
        self.synsets.push(Synset {
            name: key.as_str().into(),
            ..Synset::default()
        });
        scope.names.insert(key, id);
        id
    }

    fn push_synset_item(
        &mut self,
        sid: u32,
        item: &str,
        scope: &SynScope,
        depth: usize,
    ) -> Result<(), String> {
        let item = item.trim();
        if let Some(r) = item.strip_prefix('&') {
            // Embedded synset: copy its items (defined in this file or earlier).
            if depth > 8 {
                return Err("synsets nested too deeply".into());
            }
            let other = scope
                .lookup(r)
                .ok_or_else(|| format!("unknown synset &{r}"))?;
            let items = self.synsets[other as usize].items.clone();
            self.synsets[sid as usize].items.extend(items);
            return Ok(());
        }
        let ids: Box<[u32]> = item
            .split(|c: char| c.is_whitespace() || c == '_')
            .filter(|w| !w.is_empty())
            .map(|w| self.intern(&w.to_ascii_lowercase()))
            .collect();
        if !ids.is_empty() {
            self.synsets[sid as usize].items.push(ids);
        }
        Ok(())
    }

    fn parse_pattern(
        &mut self,
        pat: &str,
        code: EventCode,
        scope: &SynScope,
    ) -> Result<Pattern, String> {
        let mut elems: Vec<Elem> = Vec::new();
        let mut verb_at: Option<usize> = None;
        let mut verb_gap = Gap::Free;
        let mut in_brace = false;
        let mut brace_start = true;
        for chunk in pat.split_whitespace() {
            let mut c = chunk;
            let mut opens = false;
            while let Some(r) = c.strip_prefix(['(', '{']) {
                if c.starts_with('{') {
                    opens = true;
                }
                c = r;
            }
            let mut closes = false;
            while let Some(r) = c.strip_suffix([')', '}']) {
                if c.ends_with('}') {
                    closes = true;
                }
                c = r;
            }
            if opens {
                in_brace = true;
                brace_start = true;
            }
            let trailing_exact = c.ends_with('_') && c.len() > 1;
            // "*SCEPTICAL" / "WORD*": a verb glued to a word is the same as "*_SCEPTICAL".
            let mut pieces: Vec<&str> = Vec::new();
            for piece in c.split('_') {
                if piece.len() > 1 && piece.starts_with('*') {
                    pieces.extend(["*", &piece[1..]]);
                } else if piece.len() > 1 && piece.ends_with('*') {
                    pieces.extend([&piece[..piece.len() - 1], "*"]);
                } else {
                    pieces.push(piece);
                }
            }
            // Synset names may contain '_' too ("&DM_SANCTIONS"): join pieces greedily
            // while the joined name is a known synset.
            let mut merged: Vec<String> = Vec::with_capacity(pieces.len());
            let mut q = 0;
            while q < pieces.len() {
                let piece = pieces[q];
                if piece.starts_with('&') {
                    let mut best = q;
                    let mut name = piece.to_string();
                    let mut cand = name.clone();
                    for (r, more) in pieces.iter().enumerate().skip(q + 1) {
                        cand.push('_');
                        cand.push_str(more);
                        if scope.lookup(&cand[1..]).is_some() {
                            best = r;
                            name = cand.clone();
                        }
                    }
                    merged.push(name);
                    q = best + 1;
                } else {
                    merged.push(piece.to_string());
                    q += 1;
                }
            }
            let n_pieces = merged.len();
            for (k, piece) in merged.iter().map(String::as_str).enumerate() {
                if piece.is_empty() {
                    continue;
                }
                let gap = if k > 0 {
                    Gap::Adjacent
                } else if in_brace && !brace_start {
                    Gap::Near
                } else {
                    Gap::Free
                };
                brace_start = false;
                if piece == "*" {
                    if verb_at.is_some() {
                        return Err("pattern with two '*'".into());
                    }
                    verb_at = Some(elems.len());
                    verb_gap = gap;
                    continue;
                }
                let kind = match piece {
                    "$" => ElemKind::Source,
                    "+" => ElemKind::Target,
                    "%" => ElemKind::Compound,
                    "^" => continue,
                    p if p.starts_with('&') => {
                        // PETRARCH tolerates references to undefined synsets (the CAMEO
                        // file has a few): they never match.
                        let s = match scope.lookup(&p[1..]) {
                            Some(s) => s,
                            None => {
                                let id = self.synsets.len() as u32;
                                self.synsets.push(Synset {
                                    name: p[1..].to_ascii_lowercase().into(),
                                    ..Synset::default()
                                });
                                id
                            }
                        };
                        ElemKind::Synset(s)
                    }
                    p => {
                        let exact = trailing_exact && k + 2 == n_pieces;
                        let ids: Box<[u32]> = p
                            .split('/')
                            .filter(|w| !w.is_empty())
                            .map(|w| self.intern(&w.to_ascii_lowercase()))
                            .collect();
                        if ids.is_empty() {
                            continue;
                        }
                        ElemKind::Word { ids, exact }
                    }
                };
                elems.push(Elem { kind, gap });
            }
            if closes {
                in_brace = false;
            }
        }
        let v = verb_at.ok_or_else(|| format!("pattern without '*': {pat:?}"))?;
        let post = elems.split_off(v);
        let pre = elems;
        let specificity = pre
            .iter()
            .chain(post.iter())
            .map(|e| match e.kind {
                ElemKind::Word { .. } | ElemKind::Synset(_) => 2,
                _ => 1,
            })
            .sum();
        let anchor = pre
            .iter()
            .chain(post.iter())
            .find_map(|e| match &e.kind {
                ElemKind::Word { ids, .. } if ids.len() == 1 => Some(ids[0]),
                _ => None,
            })
            .unwrap_or(UNKNOWN);
        Ok(Pattern {
            code,
            pre,
            verb_gap,
            post,
            specificity,
            anchor,
        })
    }
}

/// Synset names visible while parsing one file: its own, then earlier files'.
struct SynScope {
    names: HashMap<String, u32>,
    earlier: HashMap<String, u32>,
}

impl SynScope {
    fn new(earlier: HashMap<String, u32>) -> Self {
        Self {
            names: HashMap::new(),
            earlier,
        }
    }
    fn lookup(&self, name: &str) -> Option<u32> {
        let key = name.trim_end_matches('_').to_ascii_lowercase();
        self.names
            .get(&key)
            .or_else(|| self.earlier.get(&key))
            .copied()
    }
}

/// Text before a `#` comment; a `#` inside `[...]` is part of a code.
fn strip_comment(line: &str) -> &str {
    let mut depth = 0i32;
    for (i, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            '#' if depth <= 0 => return &line[..i],
            _ => {}
        }
    }
    line
}

fn split_code(s: &str) -> Option<(&str, &str)> {
    let a = s.find('[')?;
    let b = a + s[a..].find(']')?;
    Some((s[..a].trim(), &s[a + 1..b]))
}

const VOWELS: &[u8] = b"aeiou";

/// Regular inflections of a (lower-case) verb: base, 3sg, past, gerund. CVC doubling is
/// ambiguous in English (visited / admitted) so both spellings are produced.
pub fn regular_forms(w: &str) -> Vec<String> {
    let b = w.as_bytes();
    let mut out = vec![w.to_string()];
    let n = b.len();
    if n < 2 {
        return out;
    }
    let last = b[n - 1];
    let prev = b[n - 2];
    let stem = &w[..n - 1];
    if last == b'e' {
        out.extend([format!("{w}s"), format!("{w}d"), format!("{stem}ing")]);
        if matches!(prev, b'e' | b'y' | b'o') {
            out.push(format!("{w}ing"));
        }
    } else if last == b'y' && !VOWELS.contains(&prev) {
        out.extend([
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{w}ing"),
        ]);
    } else if w.ends_with('s')
        || w.ends_with("sh")
        || w.ends_with("ch")
        || w.ends_with('x')
        || w.ends_with('z')
    {
        out.extend([format!("{w}es"), format!("{w}ed"), format!("{w}ing")]);
    } else {
        out.extend([format!("{w}s"), format!("{w}ed"), format!("{w}ing")]);
        if n >= 3
            && !VOWELS.contains(&last)
            && !b"wxy".contains(&last)
            && VOWELS.contains(&prev)
            && !VOWELS.contains(&b[n - 3])
        {
            let c = last as char;
            out.extend([format!("{w}{c}ed"), format!("{w}{c}ing")]);
        }
        if last == b'c' {
            out.extend([format!("{w}ked"), format!("{w}king")]);
        }
    }
    out
}

/// Expand a PETRARCH verb spec (`MEET`, `+BREAK_DOWN`, `KLM_NOP_+RST`) and its listed
/// irregular forms into (lower-case words, index of the verb word).
fn expand_verb(spec: &str, irregular: &[String]) -> Vec<(Vec<String>, usize)> {
    let split = |s: &str| -> (Vec<String>, usize) {
        let mut head = 0;
        let mut ws = Vec::new();
        for p in s.split('_').filter(|p| !p.is_empty()) {
            if let Some(r) = p.strip_prefix('+') {
                head = ws.len();
                if !r.is_empty() {
                    ws.push(r.to_ascii_lowercase());
                }
            } else {
                ws.push(p.to_ascii_lowercase());
            }
        }
        let head = head.min(ws.len().saturating_sub(1));
        (ws, head)
    };
    let (words, head) = split(spec);
    if words.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<(Vec<String>, usize)> = Vec::new();
    for f in irregular {
        let (ws, h) = split(f);
        if !ws.is_empty() {
            out.push((ws, h));
        }
    }
    let heads = if irregular.is_empty() {
        regular_forms(&words[head])
    } else {
        vec![words[head].clone()]
    };
    for hf in heads {
        let mut ws = words.clone();
        ws[head] = hf;
        out.push((ws, head));
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_dictionary_loads() {
        let d = VerbDictionary::load(&NlpConfig::default()).unwrap();
        assert!(d.forms.len() > 5000, "{} forms", d.forms.len());
        let met = d.word_id("met");
        assert!(!d.forms_starting_with(met).is_empty());
        let broke = d.word_id("broke");
        let down = d.word_id("down");
        assert!(d
            .forms_starting_with(broke)
            .iter()
            .any(|&f| d.forms[f as usize].words.as_ref() == [broke, down]));
    }

    #[test]
    fn raw_format_parses_synsets_forms_and_patterns() {
        let text = "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n--- ABANDON [345] ---\nABANDON # c\n+WALK_AWAY {+WALKED_AWAY}\n- * &TIETYPES TIES [902]\n- * DIPLOMATIC_TIES (WITH +) [901]\n--- ARRIVE [032:033] ---\nARRIVE\n";
        let d = VerbDictionary::from_petrarch("t.verbs.txt", text).unwrap();
        assert_eq!(d.blocks.len(), 2);
        assert_eq!(d.blocks[0].patterns.len(), 2);
        assert_eq!(d.blocks[1].code.reverse.as_deref(), Some("033"));
        for w in ["abandons", "abandoned", "abandoning"] {
            assert!(!d.forms_starting_with(d.word_id(w)).is_empty(), "{w}");
        }
        assert!(!d.forms_starting_with(d.word_id("walked")).is_empty());
        let p = d.blocks[0]
            .patterns
            .iter()
            .find(|p| p.post.len() == 4)
            .unwrap();
        assert_eq!(p.post[1].gap, Gap::Adjacent);
        assert_eq!(p.post[3].kind, ElemKind::Target);
    }

    #[test]
    fn raw_format_errors_carry_line_numbers() {
        let bad = "--- ABANDON [345] ---\nABANDON\n- * TIES 902\n";
        match VerbDictionary::from_petrarch("bad.txt", bad) {
            Err(NlpError::Dictionary { path, line, .. }) => {
                assert_eq!(path, "bad.txt");
                assert_eq!(line, 3);
            }
            other => panic!("expected a dictionary error, got {other:?}"),
        }
        let bad = "ABANDON\n";
        assert!(matches!(
            VerbDictionary::from_petrarch("bad.txt", bad),
            Err(NlpError::Dictionary { line: 1, .. })
        ));
        let bad = "--- X [01] ---\nX {XES\n";
        assert!(matches!(
            VerbDictionary::from_petrarch("bad.txt", bad),
            Err(NlpError::Dictionary { line: 2, .. })
        ));
    }

    #[test]
    fn validation_dictionary_parses() {
        let p = "/work/shared/data/dev/petrarch2_unittest/petrarch2_PETR.Validate.verbs.txt";
        if let Ok(text) = std::fs::read_to_string(p) {
            let d = VerbDictionary::from_petrarch(p, &text).unwrap();
            assert!(d.blocks.len() > 100);
        }
    }
}
