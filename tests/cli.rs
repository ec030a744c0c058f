//! The binary as a user runs it: exit codes and error messages (no broker needed).

use std::path::Path;
use std::process::{Command, Output, Stdio};

fn demarche(args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_demarche"))
        .args(args)
        .envs(env.iter().copied())
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .output()
        .expect("run demarche")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.to_string_lossy().into_owned()
}

const GOOD: &str = r#"{"id":"g1","text":"The foreign minister of France met the Chinese president in Beijing on Monday."}"#;
const NO_TEXT: &str = r#"{"id":"b1"}"#;
const NOT_JSON: &str = "this line is not an article";

#[test]
fn run_fails_when_every_article_is_dead_lettered() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.jsonl", &format!("{NO_TEXT}\n{NOT_JSON}\n"));
    let output = demarche(&["run", "--input", &bad], &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let last = stderr(&output)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    assert_eq!(
        last,
        "error: all 2 articles were dead-lettered (--max-dead-letter-ratio sets the share that may be)"
    );

    let allowed = demarche(
        &["run", "--input", &bad, "--max-dead-letter-ratio", "1"],
        &[],
    );
    assert!(allowed.status.success(), "{}", stderr(&allowed));
}

#[test]
fn dead_letter_ratio_sets_the_threshold() {
    let dir = tempfile::tempdir().unwrap();
    let mixed = write(dir.path(), "mixed.jsonl", &format!("{GOOD}\n{NO_TEXT}\n"));
    let default = demarche(&["run", "--input", &mixed], &[]);
    assert!(default.status.success(), "{}", stderr(&default));
    let strict = demarche(
        &["run", "--input", &mixed, "--max-dead-letter-ratio", "0.25"],
        &[],
    );
    assert_eq!(strict.status.code(), Some(1));
    assert!(
        stderr(&strict).contains("1 of 2 articles were dead-lettered"),
        "{}",
        stderr(&strict)
    );
}

#[test]
fn config_errors_name_their_source_and_each_cause_once() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "in.jsonl", GOOD);

    let output = demarche(
        &["run", "--input", &input],
        &[("DEMARCHE_WORKER_MAX_MESSAGE_BYTES", "big")],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with(
            "error: invalid configuration from environment variable \
             DEMARCHE_WORKER_MAX_MESSAGE_BYTES: invalid type: string \"big\", expected usize"
        ),
        "{}",
        stderr(&output)
    );

    let config = write(
        dir.path(),
        "bad.toml",
        "[telemetry]\nlog_format = \"xml\"\n",
    );
    let output = demarche(&["--config", &config, "run", "--input", &input], &[]);
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(
        text.contains(&format!("config file {config}")) && text.contains("`pretty` or `json`"),
        "{text}"
    );

    let missing = dir.path().join("missing.toml");
    let missing = missing.to_string_lossy();
    let output = demarche(&["--config", &missing, "run", "--input", &input], &[]);
    let text = stderr(&output);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains(&*missing), "{text}");
    assert_eq!(
        text.matches("No such file or directory").count(),
        1,
        "{text}"
    );
}

#[test]
fn unknown_log_level_is_refused_and_dotted_properties_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "in.jsonl", GOOD);
    let output = demarche(&["--log-level", "verbose", "run", "--input", &input], &[]);
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(
        text.contains("flag --log-level") && text.contains("trace, debug, info, warn, error, off"),
        "{text}"
    );

    let output = demarche(
        &[
            "-X",
            "security.protocol=SASL_SSL",
            "-X",
            "linger.ms=5",
            "run",
            "--input",
            &input,
        ],
        &[],
    );
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn run_writes_the_statements_apart_from_the_events() {
    let dir = tempfile::tempdir().unwrap();
    let text = r#"{"id":"s1","text":"The Norwegian foreign minister expressed deep concern over the Finnish decision. The foreign minister of France met the Chinese president in Beijing on Monday."}"#;
    let input = write(dir.path(), "in.jsonl", &format!("{text}\n"));
    let said = dir.path().join("said.jsonl").to_string_lossy().into_owned();
    let output = demarche(
        &["run", "--input", &input, "--statements-output", &said],
        &[],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let codes = |bytes: &[u8]| -> Vec<String> {
        String::from_utf8_lossy(bytes)
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
                v["cameo_code"].as_str().unwrap_or_default().to_string()
            })
            .collect()
    };
    let events = codes(&output.stdout);
    assert!(!events.is_empty() && events.iter().all(|c| !c.starts_with("01")));
    assert_eq!(codes(&std::fs::read(&said).unwrap()), ["012"]);
    assert!(stderr(&output).contains("1 coded statements"));
    // `annotate` has them under `statements`; the option is `run`'s.
    let refused = demarche(
        &["annotate", "--input", &input, "--statements-output", &said],
        &[],
    );
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("--statements-output is an option of `run`"));
}
