use std::process::ExitCode;

/// mimalloc for small blocks, the system allocator for large ones: see
/// [`demarche::runtime::allocator`].
#[global_allocator]
static GLOBAL: demarche::runtime::allocator::SplitAlloc = demarche::runtime::allocator::SplitAlloc;

fn main() -> ExitCode {
    match demarche::cli::run(demarche::cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // Each cause once, on one line (the default `Debug` report repeats causes that
            // an error's own message already includes).
            eprintln!("error: {}", demarche::cli::report(&error));
            ExitCode::FAILURE
        }
    }
}
