//! What both dictionary formats share: synset names in scope while a file is read, synset
//! items, and the pattern syntax (`- * &TIETYPES TIES (WITH +)`), read chunk by chunk into
//! the elements before and after the verb.

use super::{Elem, ElemKind, EventCode, Gap, Pattern, Synset, VerbDictionary, UNKNOWN};
use std::collections::HashMap;

/// Synset names visible while parsing one file: its own, then earlier files'.
pub(super) struct SynScope {
    pub(super) names: HashMap<String, u32>,
    earlier: HashMap<String, u32>,
}

impl SynScope {
    pub(super) fn new(earlier: HashMap<String, u32>) -> Self {
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

/// A pattern being read: the elements so far, where the verb (`*`) stands, and whether
/// the reader is inside `{…}` (elements there are near each other).
struct PatternReader {
    elems: Vec<Elem>,
    verb_at: Option<usize>,
    verb_gap: Gap,
    in_brace: bool,
    brace_start: bool,
}

impl PatternReader {
    /// The gap before piece `k` of a chunk: pieces joined by `_` are adjacent, chunks
    /// inside braces near, others free.
    fn gap_of(&mut self, k: usize) -> Gap {
        let gap = if k > 0 {
            Gap::Adjacent
        } else if self.in_brace && !self.brace_start {
            Gap::Near
        } else {
            Gap::Free
        };
        self.brace_start = false;
        gap
    }

    /// The verb stands here; a pattern has one.
    fn set_verb(&mut self, gap: Gap) -> Result<(), String> {
        if self.verb_at.is_some() {
            return Err("pattern with two '*'".into());
        }
        self.verb_at = Some(self.elems.len());
        self.verb_gap = gap;
        Ok(())
    }

    /// The pattern: elements split at the verb, specificity (literal elements count
    /// double) and an anchor word.
    fn finish(mut self, code: EventCode, pat: &str) -> Result<Pattern, String> {
        let v = self
            .verb_at
            .ok_or_else(|| format!("pattern without '*': {pat:?}"))?;
        let post = self.elems.split_off(v);
        let pre = self.elems;
        let specificity = pre
            .iter()
            .chain(post.iter())
            .map(|e| match e.kind {
                ElemKind::Word { .. } | ElemKind::Synset(_) => 2,
                // A skip adds no evidence: the pattern without it must not lose a tie.
                ElemKind::Skip => 0,
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
            verb_gap: self.verb_gap,
            post,
            specificity,
            anchor,
        })
    }
}

/// A chunk without its brackets, and whether it opened or closed a `{…}` group.
fn strip_brackets(chunk: &str) -> (&str, bool, bool) {
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
    (c, opens, closes)
}

/// The `_`-joined pieces of a chunk. "*SCEPTICAL" / "WORD*": a verb glued to a word is the
/// same as "*_SCEPTICAL". Synset names may contain '_' too ("&DM_SANCTIONS"): pieces are
/// joined greedily while the joined name is a known synset.
fn chunk_pieces(c: &str, scope: &SynScope) -> Vec<String> {
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
    merged
}

impl VerbDictionary {
    /// The synset `name` of this file, created on first sight.
    pub(super) fn new_synset(&mut self, name: &str, scope: &mut SynScope) -> u32 {
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

    /// One item of synset `sid`: a word sequence, or `&OTHER` (the other synset's items).
    pub(super) fn push_synset_item(
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
            .map(|w| self.intern(&w.to_lowercase()))
            .collect();
        if !ids.is_empty() {
            self.synsets[sid as usize].items.push(ids);
        }
        Ok(())
    }

    /// A pattern: `$` source, `+` target, `%` compound, `^` a skipped noun phrase, `*` the
    /// verb, `&NAME` a synset, other pieces literal words (`A/B` alternatives; a trailing
    /// `_` forbids plurals).
    pub(super) fn parse_pattern(
        &mut self,
        pat: &str,
        code: EventCode,
        scope: &SynScope,
    ) -> Result<Pattern, String> {
        let mut r = PatternReader {
            elems: Vec::new(),
            verb_at: None,
            verb_gap: Gap::Free,
            in_brace: false,
            brace_start: true,
        };
        for chunk in pat.split_whitespace() {
            let (c, opens, closes) = strip_brackets(chunk);
            if opens {
                r.in_brace = true;
                r.brace_start = true;
            }
            let trailing_exact = c.ends_with('_') && c.len() > 1;
            let merged = chunk_pieces(c, scope);
            let n_pieces = merged.len();
            for (k, piece) in merged.iter().map(String::as_str).enumerate() {
                if piece.is_empty() {
                    continue;
                }
                let gap = r.gap_of(k);
                if piece == "*" {
                    r.set_verb(gap)?;
                    continue;
                }
                let exact = trailing_exact && k + 2 == n_pieces;
                if let Some(kind) = self.elem_kind(piece, exact, scope) {
                    r.elems.push(Elem { kind, gap });
                }
            }
            if closes {
                r.in_brace = false;
            }
        }
        r.finish(code, pat)
    }

    /// The element a pattern piece stands for (`None`: empty words).
    fn elem_kind(&mut self, piece: &str, exact: bool, scope: &SynScope) -> Option<ElemKind> {
        let kind = match piece {
            "$" => ElemKind::Source,
            "+" => ElemKind::Target,
            "%" => ElemKind::Compound,
            "^" => ElemKind::Skip,
            p if p.starts_with('&') => {
                // PETRARCH tolerates references to undefined synsets (the CAMEO file has a
                // few): they never match.
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
                let ids: Box<[u32]> = p
                    .split('/')
                    .filter(|w| !w.is_empty())
                    .map(|w| self.intern(&w.to_lowercase()))
                    .collect();
                if ids.is_empty() {
                    return None;
                }
                ElemKind::Word { ids, exact }
            }
        };
        Some(kind)
    }
}
