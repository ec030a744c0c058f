//! `demarche parse`: CoNLL-U with 10 columns and character offsets that point back into
//! the article text; non-English articles refused with a message, the rest still parsed.

use std::io::Write;
use std::process::{Command, Stdio};

fn parse(input: &str, args: &[&str]) -> (String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_demarche"))
        .args(["parse", "--input", "-"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("demarche runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("output");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn conllu_offsets_point_into_the_article_text() {
    let text = "Café owners in Zürich said: the ministers didn't meet. Talks resume Monday.";
    let articles = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "a1", "text": text}),
        serde_json::json!({"id": "fr", "text": "Les ministres se sont rencontrés hier pour discuter de la situation dans la région."})
    );
    let (out, err) = parse(&articles, &[]);
    assert!(
        err.contains("fr: not parsed") && err.contains("English"),
        "{err}"
    );
    let chars: Vec<char> = text.chars().collect();
    let mut words = 0;
    for line in out.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 10, "{line}");
        let range = cols[9]
            .strip_prefix("TokenRange=")
            .expect("offsets in MISC");
        let (a, b) = range.split_once(':').expect("start:end");
        let (a, b): (usize, usize) = (a.parse().expect("start"), b.parse().expect("end"));
        assert_eq!(chars[a..b].iter().collect::<String>(), cols[1], "{line}");
        words += 1;
    }
    assert!(
        out.contains("# sent_id = a1-1") && out.contains("# sent_id = a1-2"),
        "{out}"
    );
    assert!(out.contains("\tdid\t") && out.contains("\tn't\t"), "{out}");
    assert!(words >= 15);
}

#[test]
fn plain_text_as_json() {
    let (out, _) = parse(
        "The envoy arrived in Paris.",
        &["--text", "--format", "json"],
    );
    let doc: serde_json::Value = serde_json::from_str(out.trim()).expect("one JSON document");
    let words = doc["sentences"][0]["words"].as_array().expect("words");
    assert_eq!(words.len(), 6);
    assert_eq!(words[1]["form"], "envoy");
    assert_eq!(words[1]["start"], 4);
}
