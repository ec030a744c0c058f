//! `/metrics` (Prometheus), `/health` (liveness) and `/ready` (assigned and producing).

use super::worker::Readiness;
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
    readiness: Arc<Vec<Readiness>>,
}

/// Binds `listen` and serves in the background; returns the bound address (port 0 picks one).
pub async fn serve(
    listen: &str,
    prometheus: &'static PrometheusHandle,
    readiness: Vec<Readiness>,
) -> std::io::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind(listen).await?;
    let address = listener.local_addr()?;
    let probes = Probes {
        prometheus,
        readiness: Arc::new(readiness),
    };
    let app = Router::new()
        .route("/metrics", get(metrics))
        .route("/health", get(|| async { "ok\n" }))
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
    probes.prometheus.render()
}

async fn ready(State(probes): State<Probes>) -> (StatusCode, &'static str) {
    if probes.readiness.iter().all(Readiness::is_ready) {
        (StatusCode::OK, "ready\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "not ready\n")
    }
}
