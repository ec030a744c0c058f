//! Command line: parses flags, layers them over the config, and dispatches.

use crate::config::{Config, Override};
use crate::nlp::Extractor;
use crate::runtime::embedded::EmbeddedPipeline;
use crate::runtime::health::WorkerStatus;
use crate::runtime::tools::{self, TailOptions};
use crate::runtime::worker::{Worker, WorkerSettings};
use crate::runtime::{http, Shutdown};
use crate::stages::alerts::{load_rules, AlertsStage};
use crate::stages::registry::{BuildError, Resources};
use crate::stages::{now_ms, Limits, Stage, StageKind};
use crate::telemetry;
use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod output;
mod parse;
mod workers;

use output::{report_dead_letter, write_events, write_json_lines};
use workers::{PipelineArgs, StageCommand, WorkerArgs};

#[derive(Debug, Parser)]
#[command(
    name = "demarche",
    version,
    about = "News articles in, diplomatic events out (CAMEO/PLOVER), over Kafka or in-process"
)]
pub struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
struct GlobalArgs {
    /// TOML configuration file (overridden by DEMARCHE_* variables, then by flags).
    #[arg(long, global = true, env = "DEMARCHE_CONFIG")]
    config: Option<PathBuf>,
    /// Kafka bootstrap servers.
    #[arg(long, global = true)]
    bootstrap_servers: Option<String>,
    /// librdkafka property passed to every client, e.g. -X security.protocol=SASL_SSL
    /// (repeatable; secrets are better read from files, see kafka.secret_files).
    #[arg(short = 'X', value_name = "KEY=VALUE", global = true)]
    property: Vec<String>,
    /// Log format: pretty or json (default: telemetry.log_format, pretty).
    #[arg(long, global = true)]
    log_format: Option<String>,
    /// Log filter: a level (trace, debug, info, warn, error, off), optionally per target.
    #[arg(long, global = true)]
    log_level: Option<String>,
    /// Extra PETRARCH/TABARI actor dictionary (repeatable).
    #[arg(long = "actors", global = true)]
    actors: Vec<PathBuf>,
    /// Extra PETRARCH/TABARI agent dictionary (repeatable).
    #[arg(long = "agents", global = true)]
    agents: Vec<PathBuf>,
    /// Extra PETRARCH/TABARI verb dictionary (repeatable).
    #[arg(long = "verbs", global = true)]
    verbs: Vec<PathBuf>,
    /// Use only the dictionaries given with --actors/--agents/--verbs.
    #[arg(long, global = true)]
    no_builtin_dictionaries: bool,
    /// Parser beam width: 1 parses greedily, more widens where the parser is unsure
    /// (default: nlp.parser_beam).
    #[arg(long, global = true, value_name = "WIDTH")]
    parser_beam: Option<usize>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Embedded mode: articles (JSON lines) in, diplomatic events out; no broker.
    Run(EmbeddedArgs),
    /// Embedded mode: one JSON line per article with all entities, events and stances.
    Annotate(EmbeddedArgs),
    /// One Kafka worker per stage of the registry (`entities`, `stance`, `events`, `alerts`).
    #[command(flatten)]
    Stage(StageCommand),
    /// The core stages (entities, stance, events) as Kafka workers in one process.
    Pipeline(PipelineArgs),
    /// One Kafka worker running the core stages on each article in one transaction.
    Fused(WorkerArgs),
    /// Tag and parse every sentence (CoNLL-U or JSON); articles as for `run`, or --text.
    Parse(parse::ParseArgs),
    /// Publish JSON/JSONL articles to a topic.
    Produce {
        #[arg(long, default_value = "articles.raw")]
        topic: String,
        /// Files, directories or `-` for stdin.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// How long to keep retrying a message (for example while the broker is down)
        /// before reporting it as not delivered; 0 retries until interrupted.
        #[arg(long, default_value_t = 300_000)]
        delivery_timeout_ms: u64,
    },
    /// Print a topic's committed messages as JSON lines.
    Tail {
        topic: String,
        #[arg(long)]
        from_beginning: bool,
        #[arg(long)]
        max_messages: Option<u64>,
        /// Exit after this many milliseconds without a message.
        #[arg(long)]
        idle_timeout_ms: Option<u64>,
    },
}

#[derive(Debug, Args)]
struct EmbeddedArgs {
    /// A JSONL file, a directory of .json/.jsonl files, or `-` for stdin.
    #[arg(long, short)]
    input: PathBuf,
    /// Output file, or `-` for stdout.
    #[arg(long, short, default_value = "-")]
    output: PathBuf,
    /// Output format of `run`.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Write what Kafka would dead-letter here as JSON lines (default: a warning only).
    #[arg(long)]
    dead_letter: Option<PathBuf>,
    /// `annotate` only: add `explain`, the precision gate's verdict on every coded event.
    #[arg(long)]
    explain: bool,
    /// `run` only: also run the alerts stage on the events, with these rules (TOML).
    #[arg(long, value_name = "RULES", requires = "alerts_output")]
    alerts: Option<PathBuf>,
    /// Where `--alerts` writes the alerts, as JSON lines (`-` for stdout).
    #[arg(long, value_name = "FILE", requires = "alerts")]
    alerts_output: Option<PathBuf>,
    /// `run` only: also write the coded statements (CAMEO 01x) the events stage keeps off
    /// the events, as the statements topic carries them, as JSON lines (`-` for stdout).
    #[arg(long, value_name = "FILE")]
    statements_output: Option<PathBuf>,
    /// Exit non-zero when more than this share (0–1) of the articles was dead-lettered.
    /// Default: fail only when every article was.
    #[arg(long, value_name = "RATIO", value_parser = parse_ratio)]
    max_dead_letter_ratio: Option<f64>,
}

fn parse_ratio(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(ratio) if (0.0..=1.0).contains(&ratio) => Ok(ratio),
        _ => Err(format!("expected a number from 0 to 1, got `{text}`")),
    }
}

/// `Err` with a message when the dead-lettered share of `articles` is over the limit:
/// by default, when there was input and none of it got through.
fn check_dead_letters(articles: u64, failed: u64, max_ratio: Option<f64>) -> Result<()> {
    let ratio = failed as f64 / articles.max(1) as f64;
    let over = match max_ratio {
        Some(max) => ratio > max,
        None => articles > 0 && failed == articles,
    };
    if over {
        match max_ratio {
            Some(max) => anyhow::bail!(
                "{failed} of {articles} articles were dead-lettered, more than \
                 --max-dead-letter-ratio {max}"
            ),
            None => anyhow::bail!(
                "all {articles} articles were dead-lettered (--max-dead-letter-ratio sets \
                 the share that may be)"
            ),
        }
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One JSON object per line.
    Json,
    /// Length-delimited protobuf `DiplomaticEvent`s.
    Proto,
}

impl GlobalArgs {
    fn overrides(&self) -> Result<Vec<Override>> {
        let mut overrides = Vec::new();
        let flags = [
            (
                "kafka",
                "bootstrap_servers",
                &self.bootstrap_servers,
                "--bootstrap-servers",
            ),
            ("telemetry", "log_format", &self.log_format, "--log-format"),
            ("telemetry", "log_level", &self.log_level, "--log-level"),
        ];
        for (section, key, value, flag) in flags {
            if let Some(value) = value {
                overrides.push(Override::key(section, key, value.clone().into(), flag));
            }
        }
        if let Some(width) = self.parser_beam {
            let width = i64::try_from(width).context("--parser-beam")?;
            overrides.push(Override::key(
                "nlp",
                "parser_beam",
                width.into(),
                "--parser-beam",
            ));
        }
        for property in &self.property {
            let (key, value) = property
                .split_once('=')
                .filter(|(key, _)| !key.is_empty())
                .with_context(|| format!("-X expects KEY=VALUE, got `{property}`"))?;
            overrides.push(Override::property(key, value));
        }
        Ok(overrides)
    }

    fn load(&self, extra: Vec<Override>) -> Result<Config> {
        let mut overrides = self.overrides()?;
        overrides.extend(extra);
        let mut config = Config::load(self.config.as_deref(), std::env::vars(), &overrides)?;
        let nlp = &mut config.nlp;
        nlp.actor_dictionaries.extend(self.actors.iter().cloned());
        nlp.agent_dictionaries.extend(self.agents.iter().cloned());
        nlp.verb_dictionaries.extend(self.verbs.iter().cloned());
        if self.no_builtin_dictionaries {
            nlp.builtin_dictionaries = false;
        }
        Ok(config)
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let extra = match &cli.command {
        Command::Stage(stage) => stage.args.overrides(),
        Command::Pipeline(pipeline) => pipeline.worker.overrides(),
        Command::Fused(worker) => worker.overrides(),
        Command::Run(_)
        | Command::Annotate(_)
        | Command::Parse(_)
        | Command::Produce { .. }
        | Command::Tail { .. } => Vec::new(),
    };
    let config = cli.global.load(extra)?;
    telemetry::init_logging(&config.telemetry).map_err(anyhow::Error::msg)?;
    // Secret properties are redacted by `KafkaConfig`'s `Debug`.
    tracing::debug!(?config, "configuration loaded");
    match cli.command {
        Command::Run(args) => run_embedded(&config, &args, Mode::Events),
        Command::Annotate(args) => run_embedded(&config, &args, Mode::Annotate),
        Command::Stage(stage) => run_workers(config, &[stage.kind], false),
        Command::Pipeline(pipeline) => {
            let mut kinds: Vec<StageKind> = StageKind::core().collect();
            if pipeline.with_alerts {
                kinds.push(StageKind::Alerts);
            }
            run_workers(config, &kinds, false)
        }
        Command::Fused(_) => {
            let kinds: Vec<StageKind> = StageKind::core().collect();
            run_workers(config, &kinds, true)
        }
        Command::Parse(args) => parse::run(&args, &config),
        Command::Produce {
            topic,
            inputs,
            delivery_timeout_ms,
        } => run_produce(&config, &topic, &inputs, delivery_timeout_ms),
        Command::Tail {
            topic,
            from_beginning,
            max_messages,
            idle_timeout_ms,
        } => {
            let options = TailOptions {
                from_beginning,
                max_messages,
                idle_timeout: idle_timeout_ms.map(Duration::from_millis),
            };
            run_tail(&config, &topic, options)
        }
    }
}

/// `demarche produce`: send the input files' lines to a topic.
fn run_produce(config: &Config, topic: &str, inputs: &[PathBuf], timeout_ms: u64) -> Result<()> {
    let files = inputs
        .iter()
        .map(|i| tools::input_files(i))
        .collect::<Result<Vec<_>, _>>()?
        .concat();
    let options = tools::ProduceOptions {
        delivery_timeout: (timeout_ms > 0).then(|| Duration::from_millis(timeout_ms)),
    };
    let sent = with_signals(config, |shutdown| {
        tools::produce(config, topic, &files, options, shutdown)
    })?
    .map_err(with_auth_failure)?;
    eprintln!("produced {sent} messages to {topic}");
    Ok(())
}

/// `demarche tail`: print a topic's messages to stdout.
fn run_tail(config: &Config, topic: &str, options: TailOptions) -> Result<()> {
    let shutdown = Shutdown::new();
    tools::tail(config, topic, options, &shutdown, std::io::stdout().lock())
        .map_err(with_auth_failure)?;
    Ok(())
}

fn load_extractor(config: &Config) -> Result<Arc<Extractor>> {
    let started = Instant::now();
    let extractor = Extractor::new(&config.nlp).context("loading dictionaries")?;
    tracing::debug!(
        elapsed_ms = started.elapsed().as_millis() as u64,
        "dictionaries loaded"
    );
    Ok(Arc::new(extractor))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Events,
    Annotate,
}

fn open_output(path: &Path) -> Result<Box<dyn Write>> {
    Ok(if path == Path::new("-") {
        Box::new(std::io::BufWriter::new(std::io::stdout().lock()))
    } else {
        let file = std::fs::File::create(path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        Box::new(std::io::BufWriter::new(file))
    })
}

fn run_embedded(config: &Config, args: &EmbeddedArgs, mode: Mode) -> Result<()> {
    let pipeline = embedded_pipeline(config, args, mode)?;
    let mut alerts_out = args.alerts_output.as_deref().map(open_output).transpose()?;
    let mut statements_out = args
        .statements_output
        .as_deref()
        .map(open_output)
        .transpose()?;
    let mut out = open_output(&args.output)?;
    let mut dead_letters = args.dead_letter.as_deref().map(open_output).transpose()?;
    let progress = progress_bar();
    let started = Instant::now();
    let mut tally = Tally::default();
    let processed = process_inputs(&args.input, |raw| {
        tally.articles += 1;
        progress.inc(1);
        let result = match mode {
            Mode::Events => {
                pipeline
                    .events_and_statements(raw, now_ms())
                    .and_then(|(found, statements)| {
                        tally.events += found.len() as u64;
                        tally.statements += statements.len() as u64;
                        let (raised, too_late) = pipeline.alerts(&found, now_ms())?;
                        tally.alerts += raised.len() as u64;
                        tally.late += too_late;
                        Ok(write_events(&mut out, &found, args.format)
                            .and_then(|()| write_json_lines(alerts_out.as_mut(), &raised))
                            .and_then(|()| write_json_lines(statements_out.as_mut(), &statements)))
                    })
            }
            Mode::Annotate => pipeline.annotate(raw, now_ms(), args.explain).map(|value| {
                tally.events += value["events"].as_array().map_or(0, Vec::len) as u64;
                writeln!(out, "{value}")
            }),
        };
        match result {
            Ok(written) => written.map_err(|source| tools::ToolError::Write {
                path: args.output.display().to_string(),
                source,
            }),
            Err(dead) => {
                tally.failed += 1;
                report_dead_letter(&dead, raw, tally.articles, dead_letters.as_mut());
                Ok(())
            }
        }
    });
    match processed {
        // The reader went away (`demarche run … | head`): stop quietly, as Unix tools do.
        Err(tools::ToolError::Write { source, .. })
            if source.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            return Ok(())
        }
        other => other?,
    }
    out.flush()?;
    for sink in [
        dead_letters.as_mut(),
        alerts_out.as_mut(),
        statements_out.as_mut(),
    ]
    .into_iter()
    .flatten()
    {
        sink.flush()?;
    }
    progress.finish_and_clear();
    tally.report(started.elapsed().as_secs_f64(), args.alerts.is_some());
    if args.statements_output.is_some() {
        eprintln!("{} coded statements", tally.statements);
    }
    check_dead_letters(tally.articles, tally.failed, args.max_dead_letter_ratio)
}

/// The embedded pipeline `run` / `annotate` drive, with the alert rules when `--alerts` names them.
fn embedded_pipeline(config: &Config, args: &EmbeddedArgs, mode: Mode) -> Result<EmbeddedPipeline> {
    anyhow::ensure!(
        mode == Mode::Events || args.statements_output.is_none(),
        "--statements-output is an option of `run` (`annotate` shows them under `statements`)"
    );
    let extractor = load_extractor(config)?;
    let pipeline = EmbeddedPipeline::new(
        extractor,
        config.nlp.min_confidence,
        Limits {
            max_message_bytes: config.worker.max_message_bytes,
        },
    );
    let Some(rules) = &args.alerts else {
        return Ok(pipeline);
    };
    anyhow::ensure!(mode == Mode::Events, "--alerts is an option of `run`");
    Ok(pipeline.with_alerts(AlertsStage::new(load_rules(rules)?.0)))
}

/// What an embedded run did, for its closing line on stderr.
#[derive(Default)]
struct Tally {
    articles: u64,
    events: u64,
    failed: u64,
    alerts: u64,
    late: u64,
    statements: u64,
}

impl Tally {
    fn report(&self, secs: f64, with_alerts: bool) {
        eprintln!(
            "{} articles, {} events, {} dead-lettered in {secs:.2}s ({:.0} articles/s)",
            self.articles,
            self.events,
            self.failed,
            self.articles as f64 / secs.max(1e-9)
        );
        if with_alerts {
            eprintln!(
                "{} alerts; {} events later than the allowed lateness were not counted",
                self.alerts, self.late
            );
        }
    }
}

fn process_inputs(
    input: &Path,
    mut each: impl FnMut(&[u8]) -> Result<(), tools::ToolError>,
) -> Result<(), tools::ToolError> {
    for file in tools::input_files(input)? {
        tools::for_each_article(&file, &mut each)?;
    }
    Ok(())
}

fn progress_bar() -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} {pos} articles  {per_sec}  {elapsed}")
    {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

/// Builds the stages of `kinds` from the registry (dictionaries loaded once, if needed).
fn build_stages(config: &Config, kinds: &[StageKind]) -> Result<Vec<(StageKind, Box<dyn Stage>)>> {
    let resources = Resources::new(config);
    kinds
        .iter()
        .map(|&kind| {
            let stage = (kind.spec().build)(&resources)
                .map_err(|e: BuildError| anyhow::Error::new(e).context(format!("{kind} stage")))?;
            Ok((kind, stage))
        })
        .collect()
}

/// One worker per stage of `kinds`, or with `fused` one worker running them all in turn on
/// each input, in one transaction.
fn run_workers(config: Config, kinds: &[StageKind], fused: bool) -> Result<()> {
    let stages = build_stages(&config, kinds)?;
    let jobs: Vec<Vec<(StageKind, Box<dyn Stage>)>> = match fused {
        true => vec![stages],
        false => stages.into_iter().map(|stage| vec![stage]).collect(),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let result = runtime.block_on(async move {
        let prometheus = telemetry::prometheus().map_err(anyhow::Error::msg)?;
        let statuses: Vec<WorkerStatus> = jobs.iter().map(|_| WorkerStatus::default()).collect();
        http::serve(&config.telemetry.listen, prometheus, statuses.clone())
            .await
            .with_context(|| format!("cannot listen on {}", config.telemetry.listen))?;
        let shutdown = Shutdown::new();
        let grace = Duration::from_millis(config.worker.shutdown_timeout_ms);
        tokio::spawn(shutdown.clone().on_signals(grace));
        let config = Arc::new(config);
        let mut workers = Vec::new();
        for (job, status) in jobs.into_iter().zip(statuses) {
            let (config, shutdown) = (config.clone(), shutdown.clone());
            workers.push(tokio::task::spawn_blocking(move || {
                let kind = job[job.len() - 1].0;
                let result = match fused {
                    true => crate::runtime::fused::run(&job, &config, status, &shutdown),
                    false => {
                        let settings = WorkerSettings::from_config(kind, &config);
                        Worker::new(job[0].1.as_ref(), settings, &config, status)
                            .and_then(|worker| worker.run(&shutdown))
                    }
                };
                if result.is_err() {
                    // One stage down takes the process down, so the supervisor restarts it whole.
                    shutdown.request();
                }
                let name = if fused {
                    "fused".to_string()
                } else {
                    kind.to_string()
                };
                result.with_context(|| format!("{name} worker"))
            }));
        }
        let joined = tokio::spawn(join_workers(workers));
        tokio::select! {
            failure = joined => match failure? {
                Some(e) => Err(e),
                None => Ok(()),
            },
            // librdkafka retries a refused login forever: stop at once instead.
            message = auth_failed() => {
                shutdown.request();
                Err(anyhow::anyhow!(message))
            }
        }
    });
    // A worker blocked in a Kafka call must not keep a failed process alive.
    runtime.shutdown_timeout(Duration::from_secs(1));
    result
}

type WorkerHandle = tokio::task::JoinHandle<Result<()>>;

/// Waits for every worker; the first failure, if any.
async fn join_workers(workers: Vec<WorkerHandle>) -> Option<anyhow::Error> {
    let mut failure = None;
    for worker in workers {
        let result = worker.await.map_err(anyhow::Error::from).and_then(|r| r);
        if let Err(e) = result {
            tracing::error!(error = report(&e), "worker failed");
            failure.get_or_insert(e);
        }
    }
    failure
}

/// A tool's Kafka error, led by the refused login that caused it, if there was one.
/// Runs a blocking tool with Ctrl-C/SIGTERM turned into a [`Shutdown`] request.
fn with_signals<T>(config: &Config, tool: impl FnOnce(&Shutdown) -> T) -> Result<T> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    let shutdown = Shutdown::new();
    let grace = Duration::from_millis(config.worker.shutdown_timeout_ms);
    runtime.spawn(shutdown.clone().on_signals(grace));
    Ok(tool(&shutdown))
}

fn with_auth_failure(error: tools::ToolError) -> anyhow::Error {
    let error = anyhow::Error::from(error);
    match crate::runtime::clients::auth_failure() {
        Some(message) => error.context(message),
        None => error,
    }
}

/// Resolves once a Kafka client of this process failed to authenticate.
async fn auth_failed() -> &'static str {
    loop {
        if let Some(message) = crate::runtime::clients::auth_failure() {
            return message;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Parses the arguments of the process; here only so `main` stays a one-liner.
pub fn parse() -> Cli {
    Cli::parse()
}

/// An error and its causes on one line, each said once: many errors already include
/// their source in their own message (`cannot read x: No such file`), so a cause whose
/// text the line already holds is not repeated.
pub fn report(error: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in error.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::STAGES;

    #[derive(Debug, thiserror::Error)]
    #[error("cannot read {path}: {source}")]
    struct Echoing {
        path: &'static str,
        #[source]
        source: std::io::Error,
    }

    #[test]
    fn each_cause_is_reported_once() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "no such file");
        let error = anyhow::Error::new(Echoing {
            path: "a.toml",
            source: io,
        })
        .context("loading the configuration");
        let line = report(&error);
        assert_eq!(
            line,
            "loading the configuration: cannot read a.toml: no such file"
        );
        let plain = anyhow::anyhow!("inner").context("outer");
        assert_eq!(report(&plain), "outer: inner");
    }

    #[test]
    fn dead_letter_limit_defaults_to_all_inputs() {
        assert!(check_dead_letters(3, 3, None).is_err());
        assert!(check_dead_letters(3, 2, None).is_ok());
        assert!(check_dead_letters(0, 0, None).is_ok());
        assert!(check_dead_letters(10, 2, Some(0.1)).is_err());
        assert!(check_dead_letters(10, 1, Some(0.1)).is_ok());
        assert!(check_dead_letters(3, 3, Some(1.0)).is_ok());
        let message = check_dead_letters(4, 4, None).unwrap_err().to_string();
        assert!(message.contains("all 4 articles"), "{message}");
        let message = check_dead_letters(10, 5, Some(0.25))
            .unwrap_err()
            .to_string();
        assert!(message.contains("5 of 10"), "{message}");
    }

    #[test]
    fn ratio_flag_is_bounded() {
        assert_eq!(parse_ratio("0.25"), Ok(0.25));
        assert!(parse_ratio("1.5").is_err());
        assert!(parse_ratio("-0.1").is_err());
        assert!(parse_ratio("half").is_err());
    }

    #[test]
    fn dotted_x_flags_become_whole_property_names() {
        let cli = Cli::try_parse_from([
            "demarche",
            "-X",
            "security.protocol=SASL_SSL",
            "-X",
            "linger.ms=5",
            "tail",
            "t",
        ])
        .unwrap();
        let config = cli.global.load(Vec::new()).unwrap();
        assert_eq!(config.kafka.properties["security.protocol"], "SASL_SSL");
        assert_eq!(config.kafka.properties["linger.ms"], "5");
        let bad = Cli::try_parse_from(["demarche", "-X", "=x", "tail", "t"]).unwrap();
        assert!(bad.global.load(Vec::new()).is_err());
    }

    #[test]
    fn every_registered_stage_is_a_subcommand_taking_its_worker_flags() {
        for spec in &STAGES {
            let cli = Cli::try_parse_from([
                "demarche",
                spec.name,
                "--instance-id",
                "pod-7",
                "--rules",
                "r.toml",
            ])
            .unwrap_or_else(|e| panic!("{}: {e}", spec.name));
            let Command::Stage(stage) = &cli.command else {
                panic!("{} is not a stage command", spec.name);
            };
            assert_eq!(stage.kind, spec.kind);
            let config = cli.global.load(stage.args.overrides()).unwrap();
            assert_eq!(config.kafka.instance_id, "pod-7", "{}", spec.name);
            assert_eq!(config.alerts.rules, Some(PathBuf::from("r.toml")));
        }
        assert!(Cli::try_parse_from(["demarche", "stances"]).is_err());
    }

    #[test]
    fn alerts_in_run_need_an_output() {
        assert!(
            Cli::try_parse_from(["demarche", "run", "-i", "a.jsonl", "--alerts", "r.toml"])
                .is_err()
        );
        assert!(Cli::try_parse_from([
            "demarche",
            "run",
            "-i",
            "a.jsonl",
            "--alerts",
            "r.toml",
            "--alerts-output",
            "-"
        ])
        .is_ok());
    }
}
