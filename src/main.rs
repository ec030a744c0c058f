use std::process::ExitCode;

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
