//! Parser for PETRARCH / TABARI actor and agent dictionaries.
//!
//! Actor files: a block starts with a name line (`JOHN_KERRY_`), optional `+ALIAS` lines
//! (several may share a line), and one or more code lines `[CODE]`, `[CODE >YYMMDD]`,
//! `[CODE <YYMMDD]`, `[CODE YYMMDD-YYMMDD]` (6- or 8-digit dates), inline or indented.
//! A name block without codes lends its names to the next block. `#` starts a comment,
//! `<!-- ... -->` is a comment. `_` separates words; a trailing `_` means "whole word",
//! a name without it is a stem ("ARGENTIN" matches "Argentina").
//!
//! Agent files: `NAME [~CODE]` (suffix agent, "Russian troops" → RUSMIL) or `[CODE~]`
//! (prefix agent), `{PLURAL}` / `{}` plural markers (regular plurals are generated unless
//! `{}` or an explicit plural is given), `!SET! = A, B` substitution sets.

use super::NlpError;
use chrono::NaiveDate;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictName {
    /// Words separated by single spaces, as written (case kept).
    pub text: String,
    /// Prefix match on the last word.
    pub stem: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    pub code: String,
    /// Inclusive start.
    pub from: Option<NaiveDate>,
    /// Exclusive end.
    pub to: Option<NaiveDate>,
}

impl DatedCode {
    pub fn is_dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }
    pub fn covers(&self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d < t)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    pub names: Vec<DictName>,
    pub codes: Vec<DatedCode>,
}

impl ActorEntry {
    /// The code valid on `date`; without a date, the most recent role.
    pub fn code_on(&self, date: Option<NaiveDate>) -> Option<&str> {
        resolve_code(&self.codes, date)
    }
}

/// Picks the code for a date: a dated code covering it, else an undated code, else (no
/// date given) the dated code that started last. A dated role that does not cover the
/// date is never used: with a date outside every role the answer is `None` (the caller
/// may fall back to the person's country, see `gazetteer::ActorRec::code_on`).
pub fn resolve_code(codes: &[DatedCode], date: Option<NaiveDate>) -> Option<&str> {
    if let Some(d) = date {
        if let Some(c) = codes.iter().rev().find(|c| c.is_dated() && c.covers(d)) {
            return Some(&c.code);
        }
        return codes
            .iter()
            .find(|c| !c.is_dated())
            .map(|c| c.code.as_str());
    }
    let open = codes
        .iter()
        .filter(|c| c.is_dated() && c.to.is_none())
        .max_by_key(|c| c.from);
    if let Some(c) = open {
        return Some(&c.code);
    }
    if let Some(c) = codes.iter().find(|c| !c.is_dated()) {
        return Some(&c.code);
    }
    codes
        .iter()
        .max_by_key(|c| (c.to, c.from))
        .map(|c| c.code.as_str())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentEntry {
    /// Singular and plural surface forms.
    pub names: Vec<DictName>,
    /// Agent code without the `~` ("MIL", "GOVFRM").
    pub code: String,
    /// `[NGO~]`: the code goes before the country code instead of after it.
    pub prefix: bool,
    /// Index into `names` from which the forms are plurals.
    pub plural_from: usize,
}

fn err(path: &str, line: usize, message: impl Into<String>) -> NlpError {
    NlpError::Dictionary {
        path: path.to_string(),
        line,
        message: message.into(),
    }
}

fn read(path: &Path) -> Result<String, NlpError> {
    let bytes = std::fs::read(path).map_err(|source| NlpError::Io {
        path: path.display().to_string(),
        source,
    })?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

pub fn load_actor_file(path: &Path) -> Result<Vec<ActorEntry>, NlpError> {
    let src = read(path)?;
    parse_actors(&src, &path.display().to_string())
}

pub fn load_agent_file(path: &Path) -> Result<Vec<AgentEntry>, NlpError> {
    let src = read(path)?;
    parse_agents(&src, &path.display().to_string())
}

/// Strips `#` comments and `<!-- -->` comments; yields (line number, content).
fn content_lines(src: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut in_xml = false;
    for (i, raw) in src.lines().enumerate() {
        let mut line = raw.trim_start_matches('\u{feff}');
        if in_xml {
            match line.find("-->") {
                Some(p) => {
                    in_xml = false;
                    line = &line[p + 3..];
                }
                None => continue,
            }
        }
        if let Some(p) = line.find("<!--") {
            match line[p..].find("-->") {
                Some(_) => line = &line[..p],
                None => {
                    in_xml = true;
                    line = &line[..p];
                }
            }
        }
        let line = match line.find('#') {
            Some(p) => &line[..p],
            None => line,
        };
        let line = line.trim_end();
        if !line.trim().is_empty() {
            out.push((i + 1, line));
        }
    }
    out
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let full = match s.len() {
        6 => {
            let yy: u32 = s[..2].parse().ok()?;
            format!("{}{}", if yy >= 30 { "19" } else { "20" }, s)
        }
        8 => s.to_string(),
        _ => return None,
    };
    NaiveDate::parse_from_str(&full, "%Y%m%d").ok()
}

/// Parses the inside of `[...]`. `Ok(None)` for the "no code" markers `---` / `+++`.
fn parse_code(inner: &str) -> Result<Option<DatedCode>, String> {
    let inner = inner.trim();
    let split = inner
        .find(|c: char| c.is_whitespace() || c == '<' || c == '>')
        .unwrap_or(inner.len());
    // "[950601-990815]" (no code) keeps the digits on the date side
    let split = if inner[..split].starts_with(|c: char| c.is_ascii_digit()) {
        0
    } else {
        split
    };
    // codes may contain digits (rare): take leading alphanumerics that are letters first
    let (code, rest) = inner.split_at(split);
    let code = code.trim().to_ascii_uppercase();
    let rest = rest.trim();
    if code.is_empty() && rest.is_empty() {
        return Err("empty code".into());
    }
    if code.chars().all(|c| c == '-' || c == '+') && !code.is_empty() {
        return Ok(None);
    }
    if !code
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '~' || c == '/')
    {
        return Err(format!("invalid actor code {code:?}"));
    }
    if code.is_empty() {
        return Err(format!("date restriction without a code: [{inner}]"));
    }
    let (from, to) = if rest.is_empty() {
        (None, None)
    } else if let Some(d) = rest.strip_prefix('>') {
        (Some(parse_date(d).ok_or(format!("bad date {d:?}"))?), None)
    } else if let Some(d) = rest.strip_prefix('<') {
        (None, Some(parse_date(d).ok_or(format!("bad date {d:?}"))?))
    } else if let Some((a, b)) = rest.split_once('-') {
        let a = parse_date(a).ok_or(format!("bad date {a:?}"))?;
        let b = parse_date(b).ok_or(format!("bad date {b:?}"))?;
        (Some(a), Some(b))
    } else if let Some(d) = parse_date(rest) {
        // a bare date is read as "from"
        (Some(d), None)
    } else {
        return Err(format!("bad date restriction {rest:?}"));
    };
    Ok(Some(DatedCode { code, from, to }))
}

fn dict_name(raw: &str) -> Option<DictName> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let stem = !raw.ends_with('_');
    let words: Vec<&str> = raw
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    let text = words.join(" ");
    let short = text.chars().filter(|c| c.is_alphanumeric()).count() < 4;
    Some(DictName {
        text,
        stem: stem && !short,
    })
}

/// Extracts `[...]` groups; returns the text outside them.
fn split_brackets<'a>(
    line: &'a str,
    path: &str,
    ln: usize,
    codes: &mut Vec<&'a str>,
) -> Result<String, NlpError> {
    let mut rest = String::new();
    let mut s = line;
    while let Some(p) = s.find('[') {
        rest.push_str(&s[..p]);
        rest.push(' ');
        let after = &s[p + 1..];
        // "[~ENV}" occurs in the published agents file: accept '}' as a closer
        let q = after
            .find(']')
            .or_else(|| after.find('}').filter(|&q| !after[..q].contains('{')))
            .ok_or_else(|| err(path, ln, "unterminated '[' in code"))?;
        codes.push(&after[..q]);
        s = &after[q + 1..];
    }
    // a stray ']' inside a name ("+FAEROYENE]_" in the Phoenix file) is dropped
    if s.contains(']') && s.trim_start().starts_with(']') {
        return Err(err(path, ln, "unmatched ']'"));
    }
    rest.push_str(&s.replace(']', ""));
    Ok(rest)
}

pub fn parse_actors(src: &str, path: &str) -> Result<Vec<ActorEntry>, NlpError> {
    let mut out = Vec::new();
    let mut names: Vec<DictName> = Vec::new();
    let mut codes: Vec<DatedCode> = Vec::new();
    let mut saw_code = false;
    for (ln, line) in content_lines(src) {
        let mut raw_codes = Vec::new();
        let rest = split_brackets(line, path, ln, &mut raw_codes)?;
        let rest = rest.trim();
        if !rest.is_empty() && !rest.starts_with('+') && saw_code {
            // a new block starts
            out.push(ActorEntry {
                names: std::mem::take(&mut names),
                codes: std::mem::take(&mut codes),
            });
            saw_code = false;
        }
        if !rest.is_empty() {
            for part in rest.split('+') {
                if let Some(n) = dict_name(part) {
                    names.push(n);
                }
            }
        }
        for rc in raw_codes {
            match parse_code(rc) {
                Ok(Some(c)) => codes.push(c),
                Ok(None) => {}
                // all-digit dates of the wrong length occur in the published dictionaries
                // (e.g. "9008223"): the code is skipped rather than failing the whole file
                Err(m)
                    if m.starts_with("bad date")
                        && m.bytes().filter(u8::is_ascii_digit).count() >= 5 => {}
                Err(m) => return Err(err(path, ln, m)),
            }
            saw_code = true;
        }
        if names.is_empty() && saw_code {
            return Err(err(path, ln, "code line before any actor name"));
        }
    }
    if saw_code && !names.is_empty() {
        out.push(ActorEntry { names, codes });
    }
    out.retain(|e| !e.codes.is_empty());
    Ok(out)
}

fn regular_plural(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    let upper = word.chars().any(|c| c.is_uppercase());
    let suffix = if lower.ends_with('s')
        || lower.ends_with('x')
        || lower.ends_with("ch")
        || lower.ends_with("sh")
        || lower.ends_with('z')
    {
        "es".to_string()
    } else if lower.ends_with('y')
        && !lower.ends_with("ay")
        && !lower.ends_with("ey")
        && !lower.ends_with("oy")
    {
        return format!(
            "{}{}",
            &word[..word.len() - 1],
            if upper { "IES" } else { "ies" }
        );
    } else if lower.ends_with("man") {
        return format!(
            "{}{}",
            &word[..word.len() - 3],
            if upper { "MEN" } else { "men" }
        );
    } else {
        "s".to_string()
    };
    if upper {
        format!("{word}{}", suffix.to_ascii_uppercase())
    } else {
        format!("{word}{suffix}")
    }
}

/// A substitution set line `!NAME! = A, B, C` (`None`: not one).
fn substitution_set(
    t: &str,
    path: &str,
    ln: usize,
) -> Result<Option<(String, Vec<String>)>, NlpError> {
    if !t.starts_with('!') {
        return Ok(None);
    }
    let Some((lhs, rhs)) = t.split_once('=') else {
        return Ok(None);
    };
    let key = lhs.trim().to_string();
    if !(key.len() > 2 && key.ends_with('!')) {
        return Err(err(path, ln, "bad substitution set name"));
    }
    let vals = rhs
        .split(',')
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .collect();
    Ok(Some((key, vals)))
}

/// An agent code `~CODE` (after the country: "USAGOV") or `CODE~` (before it, `prefix`).
fn agent_code(code_raw: &str, path: &str, ln: usize) -> Result<(String, bool), NlpError> {
    let (code, prefix) = if let Some(c) = code_raw.strip_prefix('~') {
        (c.trim().to_ascii_uppercase(), false)
    } else if let Some(c) = code_raw.strip_suffix('~') {
        (c.trim().to_ascii_uppercase(), true)
    } else {
        return Err(err(path, ln, format!("agent code {code_raw:?} lacks '~'")));
    };
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(err(path, ln, format!("invalid agent code {code_raw:?}")));
    }
    Ok((code, prefix))
}

/// The name of an agent line and its optional `{plural}`.
fn name_and_plural(
    rest: &str,
    path: &str,
    ln: usize,
) -> Result<(String, Option<String>), NlpError> {
    let (name_part, plural) = match rest.find('{') {
        Some(p) => {
            let q = rest[p..]
                .find('}')
                .ok_or_else(|| err(path, ln, "unterminated '{'"))?;
            (&rest[..p], Some(rest[p + 1..p + q].trim().to_string()))
        }
        None => (rest, None),
    };
    let name_part = name_part.trim();
    if name_part.is_empty() {
        return Err(err(path, ln, "agent without a name"));
    }
    Ok((name_part.to_string(), plural))
}

/// Every form with each substitution set it uses replaced by each of the set's values.
fn expand_sets(mut forms: Vec<String>, sets: &[(String, Vec<String>)]) -> Vec<String> {
    for (key, vals) in sets {
        if forms.iter().any(|f| f.contains(key.as_str())) {
            forms = forms
                .iter()
                .flat_map(|f| vals.iter().map(move |v| f.replace(key.as_str(), v)))
                .collect();
        }
    }
    forms
}

/// The singular names of `forms` then the plural ones: the `{plural}` given (`{}`: none),
/// else the regular plural of each singular's last word. Returns the names and where the
/// plurals start.
fn agent_names(forms: &[String], plural: Option<&str>) -> (Vec<DictName>, usize) {
    let mut names: Vec<DictName> = forms.iter().filter_map(|f| dict_name(f)).collect();
    let plural_from = names.len();
    match plural {
        Some("") => {}
        Some(p) => names.extend(dict_name(p)),
        None => {
            let singulars: Vec<DictName> = names.clone();
            for n in singulars {
                let mut words: Vec<String> = n.text.split(' ').map(str::to_string).collect();
                if let Some(last) = words.last_mut() {
                    *last = regular_plural(last);
                }
                names.push(DictName {
                    text: words.join(" "),
                    stem: false,
                });
            }
        }
    }
    (names, plural_from)
}

/// An agents file: `NAME {PLURAL} [~CODE]` lines, codeless names sharing the next entry's
/// code, and `!SET! = A, B` substitution sets used in later names.
pub fn parse_agents(src: &str, path: &str) -> Result<Vec<AgentEntry>, NlpError> {
    let mut sets: Vec<(String, Vec<String>)> = Vec::new();
    let mut out = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    for (ln, line) in content_lines(src) {
        let t = line.trim();
        if let Some(set) = substitution_set(t, path, ln)? {
            sets.push(set);
            continue;
        }
        let mut raw_codes = Vec::new();
        let rest = split_brackets(t, path, ln, &mut raw_codes)?;
        if raw_codes.is_empty() {
            // a codeless name shares the code of the next entry (as in actor files)
            let r = rest.trim();
            if r.is_empty() || r.contains('{') || r.contains('}') || r.contains('~') {
                return Err(err(path, ln, "agent without a [~CODE]"));
            }
            pending.push(r.to_string());
            continue;
        }
        let (code, prefix) = agent_code(raw_codes[0].trim(), path, ln)?;
        let (name_part, plural) = name_and_plural(&rest, path, ln)?;
        let mut forms = vec![name_part];
        forms.append(&mut pending);
        let forms = expand_sets(forms, &sets);
        let (names, plural_from) = agent_names(&forms, plural.as_deref());
        out.push(AgentEntry {
            names,
            code,
            prefix,
            plural_from,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_blocks_aliases_and_dated_codes() {
        let src = "# c\nJOHN_KERRY_ # x\n+SECRETARY_KERRY_ +MR_KERRY\n\t[USAGOVLEG 850103-130201]\n\t[USAGOV >130201]\n\nNATO_\n+NORTH_ATLANTIC_TREATY_ORGANIZATION_\n\t[IGOWSTNAT]\nARGENTIN  [ARG]\n";
        let a = parse_actors(src, "t").unwrap();
        assert_eq!(a.len(), 3);
        assert_eq!(a[0].names.len(), 3);
        assert_eq!(a[0].names[0].text, "JOHN KERRY");
        assert!(!a[0].names[0].stem);
        assert!(a[2].names[0].stem);
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        assert_eq!(a[0].code_on(d("2014-05-01")), Some("USAGOV"));
        assert_eq!(a[0].code_on(d("2010-05-01")), Some("USAGOVLEG"));
        // before the first role: a later role is never used
        assert_eq!(a[0].code_on(d("1980-05-01")), None);
        assert_eq!(a[0].code_on(None), Some("USAGOV"));
        assert_eq!(a[1].code_on(None), Some("IGOWSTNAT"));
    }

    #[test]
    fn codeless_name_joins_next_block_and_xml_comments() {
        let src = "<!-- header\n more -->\nU.N._\nUN_ [IGOUNO]\nGOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n";
        let a = parse_actors(src, "t").unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].names.len(), 2);
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        assert_eq!(a[1].code_on(d("1990-01-01")), Some("HOB"));
        assert_eq!(a[1].code_on(d("1997-01-01")), Some("HOBGOV"));
        assert_eq!(a[1].code_on(d("2005-01-01")), Some("HOBREB"));
        // in the gap between two roles: no role at all
        assert_eq!(a[1].code_on(d("1999-08-15")), None);
    }

    #[test]
    fn malformed_lines_are_reported_with_line_numbers() {
        let e = parse_actors("FOO_ [USA\n", "x.txt").unwrap_err();
        assert!(matches!(e, NlpError::Dictionary { line: 1, .. }));
        let e = parse_actors("FOO_\n[USAGOV >13x]\n", "x.txt").unwrap_err();
        assert!(matches!(e, NlpError::Dictionary { line: 2, .. }));
        let e = parse_agents("TROOPS {} MIL\n", "a.txt").unwrap_err();
        assert!(matches!(e, NlpError::Dictionary { line: 1, .. }));
        let e = parse_agents("TROOPS {} [MIL]\n", "a.txt").unwrap_err();
        assert!(matches!(e, NlpError::Dictionary { line: 1, .. }));
    }

    #[test]
    fn agents_plurals_and_substitution_sets() {
        let src = "!PERSON! = MAN, MEN, WOMAN\nTROOPS {} [~MIL]\nSOLDIER [~MIL]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nCONGRESS!PERSON! [~LEG]\nMSF {} [NGO~]\nPARTY [~PTY]\n";
        let a = parse_agents(src, "t").unwrap();
        assert_eq!(a[0].names.len(), 1);
        assert!(a[1].names.iter().any(|n| n.text == "SOLDIERS"));
        assert!(a[2].names.iter().any(|n| n.text == "ATTORNEYS GENERAL"));
        assert!(a[3].names.iter().any(|n| n.text == "CONGRESSWOMAN"));
        assert!(a[4].prefix);
        assert!(a[5].names.iter().any(|n| n.text == "PARTIES"));
    }

    #[test]
    fn real_dictionaries_parse() {
        for p in [
            "/work/shared/data/dicts/petrarch2_Phoenix.Countries.actors.txt",
            "/work/shared/data/dicts/petrarch2_Phoenix.International.actors.txt",
            "/work/shared/data/dev/petrarch2_unittest/petrarch2_PETR.Validate.actors.txt",
        ] {
            if Path::new(p).exists() {
                let a = load_actor_file(Path::new(p)).unwrap();
                assert!(a.len() > 10, "{p}");
            }
        }
        for p in [
            "/work/shared/data/dicts/petrarch2_Phoenix.agents.txt",
            "/work/shared/data/dev/petrarch2_unittest/petrarch2_PETR.Validate.agents.txt",
        ] {
            if Path::new(p).exists() {
                let a = load_agent_file(Path::new(p)).unwrap();
                assert!(a.len() > 10, "{p}");
            }
        }
    }
}
