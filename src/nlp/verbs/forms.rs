//! Verb inflection: the regular forms of a verb (base, 3sg, past, gerund) and the
//! expansion of a raw PETRARCH verb spec with its listed irregular forms into the word
//! sequences the dictionary indexes.

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
pub(super) fn expand_verb(spec: &str, irregular: &[String]) -> Vec<(Vec<String>, usize)> {
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
