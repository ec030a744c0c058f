//! The worker subcommands: one per entry of the stage registry, and `pipeline`.

use crate::config::Override;
use crate::stages::{StageKind, STAGES};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub(super) struct WorkerArgs {
    /// Unique id of this worker among its stage's instances (default: host name).
    #[arg(long)]
    pub(super) instance_id: Option<String>,
    /// Address of /metrics, /health and /ready (port 0 picks a free port).
    #[arg(long)]
    metrics_listen: Option<String>,
    /// Alert rules file (TOML) of the alerts stage; overrides alerts.rules.
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(super) struct PipelineArgs {
    #[command(flatten)]
    pub(super) worker: WorkerArgs,
    /// Run the alerts stage too (needs alerts.rules or --rules).
    #[arg(long)]
    pub(super) with_alerts: bool,
}

/// `demarche <stage>`: one subcommand per entry of the stage registry.
#[derive(Debug)]
pub(super) struct StageCommand {
    pub(super) kind: StageKind,
    pub(super) args: WorkerArgs,
}

impl clap::FromArgMatches for StageCommand {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        use clap::error::ErrorKind;
        let (name, sub) = matches
            .subcommand()
            .ok_or_else(|| clap::Error::raw(ErrorKind::MissingSubcommand, "no stage given"))?;
        let kind = name
            .parse::<StageKind>()
            .map_err(|e| clap::Error::raw(ErrorKind::InvalidSubcommand, e))?;
        Ok(Self {
            kind,
            args: WorkerArgs::from_arg_matches(sub)?,
        })
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

impl clap::Subcommand for StageCommand {
    fn augment_subcommands(command: clap::Command) -> clap::Command {
        STAGES.iter().fold(command, |command, spec| {
            let stage = clap::Command::new(spec.name).about(spec.about);
            command.subcommand(WorkerArgs::augment_args(stage))
        })
    }

    fn augment_subcommands_for_update(command: clap::Command) -> clap::Command {
        Self::augment_subcommands(command)
    }

    fn has_subcommand(name: &str) -> bool {
        name.parse::<StageKind>().is_ok()
    }
}

impl WorkerArgs {
    pub(super) fn overrides(&self) -> Vec<Override> {
        let mut overrides = Vec::new();
        if let Some(id) = &self.instance_id {
            overrides.push(Override::key(
                "kafka",
                "instance_id",
                id.clone().into(),
                "--instance-id",
            ));
        }
        if let Some(listen) = &self.metrics_listen {
            overrides.push(Override::key(
                "telemetry",
                "listen",
                listen.clone().into(),
                "--metrics-listen",
            ));
        }
        if let Some(rules) = &self.rules {
            overrides.push(Override::key(
                "alerts",
                "rules",
                rules.display().to_string().into(),
                "--rules",
            ));
        }
        overrides
    }
}
