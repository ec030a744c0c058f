//! Compiles `proto/` with the pure-Rust `protox`, so building needs no `protoc`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let proto = "proto/demarche/v1/demarche.proto";
    println!("cargo:rerun-if-changed={proto}");
    let descriptors = protox::compile([proto], ["proto"])?;
    prost_build::Config::new()
        // JSON views for `run` and `tail`; enums serialise as numbers, see `proto::to_json`.
        .type_attribute(".demarche.v1", "#[derive(serde::Serialize)]")
        .compile_fds(descriptors)?;
    Ok(())
}
