//! CAMEO code tables: Goldstein scores, PLOVER types, QuadClass.
//!
//! Data: `data/cameo/cameo.tsv`, derived by `scripts/derive_verbs.py` from the CAMEO.SCALE
//! Goldstein values (Parus Analytics, via phoenix_pipeline, MIT) and the CAMEO→PLOVER 2021
//! mapping (Open Event Data Alliance, CC BY-SA 4.0). Embedded in the binary.
use super::NlpError;
use std::collections::HashMap;

const CAMEO_TSV: &str = include_str!("../../data/cameo/cameo.tsv");

#[derive(Debug, Clone, Default)]
struct CodeInfo {
    goldstein: Option<f32>,
    plover: Option<&'static str>,
    description: &'static str,
}

/// Lookup table for CAMEO codes. Lookups fall back to the nearest parent code
/// ("0431" → "043" → "04") so that dictionary codes absent from the scale still score.
pub struct CameoTable {
    codes: HashMap<&'static str, CodeInfo>,
}

impl CameoTable {
    pub fn builtin() -> Result<Self, NlpError> {
        Self::parse(CAMEO_TSV)
    }

    fn parse(text: &'static str) -> Result<Self, NlpError> {
        let mut codes = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let code = f.next().unwrap_or("");
            if code.len() < 2 || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(NlpError::BuiltinData {
                    name: "data/cameo/cameo.tsv",
                    message: format!("line {}: bad CAMEO code {code:?}", n + 1),
                });
            }
            let goldstein = match f.next().unwrap_or("") {
                "" => None,
                g => Some(g.parse::<f32>().map_err(|e| NlpError::BuiltinData {
                    name: "data/cameo/cameo.tsv",
                    message: format!("line {}: bad Goldstein value {g:?}: {e}", n + 1),
                })?),
            };
            let plover = f.next().filter(|p| !p.is_empty());
            let _mode = f.next();
            let _context = f.next();
            let description = f.next().unwrap_or("");
            codes.insert(
                code,
                CodeInfo {
                    goldstein,
                    plover,
                    description,
                },
            );
        }
        if codes.is_empty() {
            return Err(NlpError::BuiltinData {
                name: "data/cameo/cameo.tsv",
                message: "no codes".into(),
            });
        }
        Ok(Self { codes })
    }

    /// The code itself or its nearest ancestor with the wanted field.
    fn find<T>(&self, code: &str, get: impl Fn(&CodeInfo) -> Option<T>) -> Option<T> {
        let mut c = code.trim();
        while c.len() >= 2 {
            if let Some(v) = self.codes.get(c).and_then(&get) {
                return Some(v);
            }
            c = c.get(..c.len() - 1)?;
        }
        None
    }

    pub fn goldstein(&self, code: &str) -> Option<f32> {
        self.find(code, |i| i.goldstein)
    }

    pub fn plover(&self, code: &str) -> Option<&str> {
        self.find(code, |i| i.plover)
    }

    /// Short English description (from the PLOVER table), when known.
    pub fn description(&self, code: &str) -> Option<&str> {
        self.find(code, |i| Some(i.description).filter(|d| !d.is_empty()))
    }

    /// GDELT QuadClass 1..=4 from the CAMEO root.
    pub fn quad_class(&self, code: &str) -> Option<u8> {
        quad_class(code)
    }
}

/// CAMEO codes of a call for the release of people (0253 appeal, 1053 demand): the people
/// to be freed are what the call is about, not the party asked.
pub const RELEASE_CALLS: [&str; 2] = ["0253", "1053"];

/// The two-digit CAMEO root of a code ("0431" → 4), if it is a valid CAMEO code.
pub fn root(code: &str) -> Option<u8> {
    let r = code.get(..2)?;
    let n: u8 = r.parse().ok()?;
    (1..=20).contains(&n).then_some(n)
}

/// GDELT QuadClass: 1 verbal cooperation (01–05), 2 material cooperation (06–08),
/// 3 verbal conflict (09–13), 4 material conflict (14–20).
pub fn quad_class(code: &str) -> Option<u8> {
    Some(match root(code)? {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        _ => 4,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_and_falls_back_to_parents() {
        let t = CameoTable::builtin().unwrap();
        assert_eq!(t.goldstein("190"), Some(-10.0));
        assert_eq!(t.goldstein("0431"), t.goldstein("043"));
        assert_eq!(t.plover("190"), Some("ASSAULT"));
        assert_eq!(t.plover("036"), Some("AGREE"));
        assert_eq!(t.quad_class("0431"), Some(1));
        assert_eq!(t.quad_class("073"), Some(2));
        assert_eq!(t.quad_class("1312"), Some(3));
        assert_eq!(t.quad_class("154"), Some(4));
        assert_eq!(t.quad_class("x"), None);
        assert_eq!(t.goldstein("99"), None);
    }
}
