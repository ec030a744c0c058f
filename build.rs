//! Compiles `proto/` with the pure-Rust `protox`, so building needs no `protoc`, records
//! the git commit for the `demarche_build_info` metric, and inflates the shipped syntax
//! model once, so the binary starts without inflating it.

use std::process::Command;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let proto = "proto/demarche/v1/demarche.proto";
    println!("cargo:rerun-if-changed={proto}");
    let mut compiler = protox::Compiler::new(["proto"])?;
    compiler
        .include_source_info(true)
        .include_imports(true)
        .open_files([proto])?;
    // The encoded descriptor set, for tools that need the schema at run time (the test
    // vector writer's protobuf JSON mapping).
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR")?);
    std::fs::write(
        out_dir.join("demarche.fds"),
        compiler.encode_file_descriptor_set(),
    )?;
    let descriptors = compiler.file_descriptor_set();
    prost_build::Config::new()
        // `prost::Name`: the full message name for the `demarche-message-type` header.
        .enable_type_names()
        // JSON views for `run` and `tail`; enums serialise as numbers, see `proto::to_json`.
        .type_attribute(".demarche.v1", "#[derive(serde::Serialize)]")
        .compile_fds(descriptors)?;
    println!("cargo:rustc-env=DEMARCHE_GIT_SHA={}", git_sha());
    inflate_syntax_model(&out_dir)?;
    Ok(())
}

/// `data/syntax/model.bin` is one deflate stream that saves only ~13 % of its size, and
/// inflating it was a fifth of every process's start-up: the binary embeds the inflated
/// bytes instead (`syntax::builtin`), decoded by the same reader. The file is unchanged.
fn inflate_syntax_model(out_dir: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    let model = "data/syntax/model.bin";
    println!("cargo:rerun-if-changed={model}");
    let raw = miniz_oxide::inflate::decompress_to_vec(&std::fs::read(model)?)
        .map_err(|e| format!("cannot inflate {model}: {e:?}"))?;
    std::fs::write(out_dir.join("syntax_model.raw"), raw)?;
    Ok(())
}

/// `DEMARCHE_GIT_SHA` if set (image builds without `.git`), else `git rev-parse`, else
/// "unknown": a build never fails for want of git.
fn git_sha() -> String {
    println!("cargo:rerun-if-env-changed=DEMARCHE_GIT_SHA");
    if let Ok(sha) = std::env::var("DEMARCHE_GIT_SHA") {
        if !sha.trim().is_empty() {
            return sha.trim().to_string();
        }
    }
    // Rebuild when HEAD moves; only paths that exist (a missing one would rerun always).
    let branch = git(&["symbolic-ref", "-q", "HEAD"]);
    for path in ["HEAD", "packed-refs"].into_iter().chain(branch.as_deref()) {
        if let Some(file) = git(&["rev-parse", "--git-path", path]) {
            if std::path::Path::new(&file).exists() {
                println!("cargo:rerun-if-changed={file}");
            }
        }
    }
    git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".into())
}

fn git(args: &[&str]) -> Option<String> {
    let output = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    (output.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
}
