//! CoNLL-U: reading treebanks (training and evaluation) and writing analyses.

use super::{Analysis, SyntaxError};
use std::fmt::Write as _;

/// One syntactic word of a treebank sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldWord {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    /// 0 = root; words are numbered from 1.
    pub head: u32,
    pub deprel: String,
}

#[derive(Debug, Clone, Default)]
pub struct GoldSentence {
    pub id: String,
    pub text: String,
    pub words: Vec<GoldWord>,
}

/// File names of UD English-EWT's training and development portions in a UD directory.
pub const EWT_TRAIN: &str = "en_ewt-ud-train.conllu";
pub const EWT_DEV: &str = "en_ewt-ud-dev.conllu";

/// EWT train and dev from a UD directory (`../shared/data/ud`), for training and scoring.
pub fn read_ewt(
    ud: &std::path::Path,
) -> Result<(Vec<GoldSentence>, Vec<GoldSentence>), SyntaxError> {
    Ok((
        read_file(&ud.join(EWT_TRAIN))?,
        read_file(&ud.join(EWT_DEV))?,
    ))
}

/// Reads and parses the CoNLL-U file at `path` (a treebank of `../shared/data/ud`).
pub fn read_file(path: &std::path::Path) -> Result<Vec<GoldSentence>, SyntaxError> {
    let text = std::fs::read_to_string(path).map_err(|source| SyntaxError::Io {
        path: path.display().to_string(),
        source,
    })?;
    read(&text)
}

/// Parses CoNLL-U text. Multi-word token ranges and empty nodes are skipped: the
/// parser works on syntactic words.
pub fn read(text: &str) -> Result<Vec<GoldSentence>, SyntaxError> {
    let mut out = Vec::new();
    let mut current = GoldSentence::default();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            if !current.words.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            current = GoldSentence::default();
        } else if let Some(rest) = line.strip_prefix("# sent_id = ") {
            current.id = rest.to_string();
        } else if let Some(rest) = line.strip_prefix("# text = ") {
            current.text = rest.to_string();
        } else if !line.starts_with('#') {
            if let Some(word) = parse_word(line).map_err(|m| SyntaxError::Treebank {
                line: n + 1,
                message: m,
            })? {
                current.words.push(word);
            }
        }
    }
    if !current.words.is_empty() {
        out.push(current);
    }
    Ok(out)
}

fn parse_word(line: &str) -> Result<Option<GoldWord>, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 10 {
        return Err(format!("expected 10 columns, found {}", cols.len()));
    }
    if cols[0].contains('-') || cols[0].contains('.') {
        return Ok(None);
    }
    let head = cols[6]
        .parse::<u32>()
        .map_err(|_| format!("bad head {:?}", cols[6]))?;
    Ok(Some(GoldWord {
        form: cols[1].to_string(),
        lemma: cols[2].to_string(),
        upos: cols[3].to_string(),
        xpos: cols[4].to_string(),
        head,
        deprel: cols[7].to_string(),
    }))
}

/// CoNLL-U forbids spaces in FORM/LEMMA only in some tools; tabs and newlines would
/// break the format itself.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c == '\t' || c == '\n' || c == '\r' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Writes one analysed sentence as CoNLL-U, offsets (in characters of the source text)
/// in MISC as `TokenRange=start:end`.
pub fn write_sentence(out: &mut String, sent_id: &str, sentence: &Analysis) {
    let _ = writeln!(out, "# sent_id = {sent_id}");
    let _ = writeln!(out, "# text = {}", clean(&sentence.text).replace('\n', " "));
    for (i, w) in sentence.words.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\tTokenRange={}:{}",
            i + 1,
            clean(&w.form),
            clean(&w.lemma),
            w.upos,
            w.xpos,
            w.head,
            w.deprel,
            w.start_char,
            w.end_char
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_ranges_and_empty_nodes() {
        let text = "# sent_id = a\n# text = I don't\n1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n\
                    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n\
                    2.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n";
        let s = read(text).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].id, "a");
        let forms: Vec<&str> = s[0].words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(forms, ["I", "do", "n't"]);
        assert_eq!(s[0].words[2].head, 2);
    }

    #[test]
    fn rejects_a_short_line_with_its_number() {
        let err = read("1\tI\tI\n").unwrap_err().to_string();
        assert!(err.contains("line 1"), "{err}");
    }
}
