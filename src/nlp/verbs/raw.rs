//! The raw PETRARCH verb format, read at load time for user dictionaries: `&NAME` synsets
//! with `+item` lines, `--- NAME [code] ---` blocks, verb lines (`MEET`, `+BREAK_DOWN
//! {+BROKE_DOWN}`, with an optional `[code]`) and `- pattern [code]` lines; `#` and
//! `<!-- -->` comments. Read in two passes: synsets first (a synset may be defined after
//! its first use), then blocks, verbs and patterns.

use super::forms::expand_verb;
use super::pattern::SynScope;
use super::{dict_err, EventCode, VerbDictionary};
use crate::nlp::NlpError;

/// A `<!-- … -->` comment state across lines.
struct Comments {
    open: bool,
}

impl Comments {
    /// `line` without its XML comments (`None`: wholly inside one).
    fn strip(&mut self, raw: &str) -> Option<String> {
        let mut line = raw.trim_end().to_string();
        if self.open {
            let p = line.find("-->")?;
            self.open = false;
            line = line[p + 3..].to_string();
        }
        if let Some(p) = line.find("<!--") {
            match line[p..].find("-->") {
                Some(q) => line.replace_range(p..p + q + 3, ""),
                None => {
                    self.open = true;
                    line.truncate(p);
                }
            }
        }
        Some(line)
    }
}

impl VerbDictionary {
    pub(super) fn add_petrarch(
        &mut self,
        path: &str,
        text: &str,
        priority: u8,
    ) -> Result<(), NlpError> {
        let mut scope = SynScope::new(self.syn_names.clone());
        let cleaned = self
            .raw_synsets(text, &mut scope)
            .map_err(|(line, m)| dict_err(path, line, m))?;
        let mut block: Option<u32> = None;
        for (line_no, body) in cleaned {
            self.raw_record(&body, &mut block, priority, &scope)
                .map_err(|m| dict_err(path, line_no, m))?;
        }
        self.syn_names.extend(scope.names);
        Ok(())
    }

    /// Pass 1: the synsets and their items; returns the other lines (numbered, without
    /// comments) for pass 2. Stops at the TRANSFORMATIONS section.
    fn raw_synsets(
        &mut self,
        text: &str,
        scope: &mut SynScope,
    ) -> Result<Vec<(usize, String)>, (usize, String)> {
        let mut cur_syn: Option<u32> = None;
        let mut pending_items: Vec<(u32, String, usize)> = Vec::new();
        let mut comments = Comments { open: false };
        let mut cleaned: Vec<(usize, String)> = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            let line_no = n + 1;
            let Some(line) = comments.strip(raw) else {
                continue;
            };
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
                    return Err((line_no, "synset without a name".into()));
                }
                cur_syn = Some(self.new_synset(name, scope));
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
            self.push_synset_item(sid, &item, scope, 0)
                .map_err(|m| (line_no, m))?;
        }
        Ok(cleaned)
    }

    /// Pass 2, one line: a block header, a pattern or a verb; `block` is the current block.
    fn raw_record(
        &mut self,
        body: &str,
        block: &mut Option<u32>,
        priority: u8,
        scope: &SynScope,
    ) -> Result<(), String> {
        if body.starts_with("---") {
            let inner = body.trim_start_matches('-').trim();
            let (name, code) = match (inner.find('['), inner.find(']')) {
                (Some(a), Some(b)) if a < b => (inner[..a].trim(), &inner[a + 1..b]),
                _ => return Err(format!("malformed block header {body:?}")),
            };
            *block = Some(self.open_block(name, code, priority)?);
        } else if let Some(pat) = body.strip_prefix('-') {
            let bi = block.ok_or_else(|| "pattern outside a verb block".to_string())?;
            let (pat, code) =
                split_code(pat).ok_or_else(|| format!("pattern without [code]: {body:?}"))?;
            let code = EventCode::parse(code)?;
            let p = self.parse_pattern(pat, code, scope)?;
            self.blocks[bi as usize].patterns.push(p);
        } else {
            let bi = block.ok_or_else(|| format!("verb outside a block: {body:?}"))?;
            self.raw_verb(body, bi)?;
        }
        Ok(())
    }

    /// A verb line of block `bi`: its forms (regular, or the listed irregular ones) under an
    /// optional verb-specific code.
    fn raw_verb(&mut self, body: &str, bi: u32) -> Result<(), String> {
        let (spec, code) = match split_code(body) {
            Some((s, c)) => (s.to_string(), Some(EventCode::parse(c)?)),
            None => (body.to_string(), None),
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
            _ => return Err(format!("unbalanced braces in {body:?}")),
        };
        let Some(head_spec) = spec.split_whitespace().next() else {
            return Ok(());
        };
        for (words, head) in expand_verb(head_spec, &irregular) {
            let ws: Vec<&str> = words.iter().map(String::as_str).collect();
            self.add_form(&ws, head, bi, code.clone());
        }
        Ok(())
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

/// `text [code]`: the text before the brackets (trimmed) and the code.
fn split_code(s: &str) -> Option<(&str, &str)> {
    let a = s.find('[')?;
    let b = a + s[a..].find(']')?;
    Some((s[..a].trim(), &s[a + 1..b]))
}
