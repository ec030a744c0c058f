//! The project's compact dictionary form (`data/verbs/*.tsv`, compiled by
//! `scripts/derive_verbs.py`): tab-separated records `S` synset, `B` block, `V` verb forms
//! (`+` marks the verb word) and `P` pattern. Synsets are read first so that patterns may
//! refer to any of them.

use super::pattern::SynScope;
use super::{dict_err, EventCode, VerbDictionary};
use crate::nlp::NlpError;

impl VerbDictionary {
    pub(super) fn add_compact(
        &mut self,
        path: &str,
        text: &str,
        priority: u8,
    ) -> Result<(), NlpError> {
        let mut scope = SynScope::new(self.syn_names.clone());
        let mut block: Option<u32> = None;
        let lines: Vec<&str> = text.lines().collect();
        self.add_compact_synsets(path, &lines, &mut scope)?;
        for (n, line) in lines.iter().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() || line.starts_with("S\t") {
                continue;
            }
            let mut f = line.splitn(3, '\t');
            let (kind, a, b) = (
                f.next().unwrap_or(""),
                f.next().unwrap_or(""),
                f.next().unwrap_or(""),
            );
            self.add_compact_record(kind, a, b, &mut block, priority, &scope)
                .map_err(|m| dict_err(path, n + 1, m))?;
        }
        self.syn_names.extend(scope.names);
        Ok(())
    }

    /// `S<TAB>NAME<TAB>item|item…` records.
    fn add_compact_synsets(
        &mut self,
        path: &str,
        lines: &[&str],
        scope: &mut SynScope,
    ) -> Result<(), NlpError> {
        for (n, line) in lines.iter().enumerate() {
            if let Some(rest) = line.strip_prefix("S\t") {
                let (name, items) = rest.split_once('\t').ok_or_else(|| {
                    dict_err(path, n + 1, "synset record needs NAME<TAB>items".into())
                })?;
                let sid = self.new_synset(name, scope);
                for item in items.split('|') {
                    self.push_synset_item(sid, item, scope, 0)
                        .map_err(|m| dict_err(path, n + 1, m))?;
                }
            }
        }
        Ok(())
    }

    /// One `B`, `V` or `P` record with fields `a` and `b`; `block` is the current block.
    fn add_compact_record(
        &mut self,
        kind: &str,
        a: &str,
        b: &str,
        block: &mut Option<u32>,
        priority: u8,
        scope: &SynScope,
    ) -> Result<(), String> {
        match kind {
            "B" => *block = Some(self.open_block(a, b, priority)?),
            "V" => {
                let bi = block.ok_or_else(|| "verb before any block".to_string())?;
                let code = if a.trim().is_empty() {
                    None
                } else {
                    Some(EventCode::parse(a)?)
                };
                for form in b.split('|') {
                    let ws: Vec<&str> = form.split_whitespace().collect();
                    let head = ws.iter().position(|w| w.starts_with('+')).unwrap_or(0);
                    let ws: Vec<&str> = ws.iter().map(|w| w.trim_start_matches('+')).collect();
                    if ws.is_empty() {
                        return Err("empty verb form".into());
                    }
                    self.add_form(&ws, head, bi, code.clone());
                }
            }
            "P" => {
                let bi = block.ok_or_else(|| "pattern before any block".to_string())?;
                let code = EventCode::parse(a)?;
                let p = self.parse_pattern(b, code, scope)?;
                self.blocks[bi as usize].patterns.push(p);
            }
            _ => return Err(format!("unknown record type {kind:?}")),
        }
        Ok(())
    }
}
