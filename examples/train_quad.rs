//! Cross-validates and trains the learned quad classifier (src/nlp/learned) on dev data:
//!
//! ```sh
//! scripts/fetch_model.sh
//! cargo run --release --features learned --example train_quad -- \
//!   --data /work/shared/data/dev/ConfliBERT_cameo_class_train.tsv \
//!   --model-dir ~/.cache/demarche/models/all-minilm-l6-v2 \
//!   --out ~/.cache/demarche/quad.weights.json
//! ```
//!
//! Without the `learned` feature it only says how to build it.

#[cfg(feature = "learned")]
fn main() {
    use demarche::nlp::learned::train;
    let args = match train::Args::parse(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    if let Err(e) = train::run(&args) {
        eprintln!("train_quad: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(feature = "learned"))]
fn main() {
    eprintln!("train_quad needs the `learned` feature: cargo run --release --features learned --example train_quad -- --help");
    std::process::exit(2);
}
