//! `/metrics` (Prometheus), `/health` (liveness: not wedged, no fatal error) and `/ready`
//! (partitions assigned and the transactional producer initialised).

use super::health::WorkerStatus;
use super::{lag, process};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::PrometheusHandle;
use std::net::SocketAddr;
use std::sync::Arc;

#[derive(Clone)]
struct Probes {
    prometheus: &'static PrometheusHandle,
    workers: Arc<Vec<WorkerStatus>>,
}

/// Binds `listen` and serves in the background; returns the bound address (port 0 picks one).
pub async fn serve(
    listen: &str,
    prometheus: &'static PrometheusHandle,
    workers: Vec<WorkerStatus>,
) -> std::io::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind(listen).await?;
    let address = listener.local_addr()?;
    let probes = Probes {
        prometheus,
        workers: Arc::new(workers),
    };
    let app = Router::new()
        .route("/metrics", get(metrics))
        .route("/health", get(health))
        .route("/ready", get(ready))
        .with_state(probes);
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            tracing::error!(error = %e, "metrics server stopped");
        }
    });
    tracing::info!(%address, "serving /metrics, /health, /ready");
    Ok(address)
}

async fn metrics(State(probes): State<Probes>) -> String {
    let mut text = probes.prometheus.render();
    if !text.is_empty() && !text.ends_with("\n\n") {
        text.push('\n');
    }
    text.push_str(&lag::render(&probes.workers));
    text.push_str(&process::render());
    text
}

async fn health(State(probes): State<Probes>) -> (StatusCode, String) {
    let problems: Vec<String> = probes
        .workers
        .iter()
        .filter_map(|w| {
            let problem = w.health().err()?;
            let stage = w.stage().unwrap_or("worker");
            Some(format!("{stage}: {problem}"))
        })
        .collect();
    if problems.is_empty() {
        (StatusCode::OK, "ok\n".into())
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("{}\n", problems.join("\n")),
        )
    }
}

async fn ready(State(probes): State<Probes>) -> (StatusCode, &'static str) {
    if probes.workers.iter().all(WorkerStatus::is_ready) {
        (StatusCode::OK, "ready\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "not ready\n")
    }
}
