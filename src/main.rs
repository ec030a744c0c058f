fn main() -> anyhow::Result<()> {
    demarche::cli::run(demarche::cli::parse())
}
