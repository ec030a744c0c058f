//! Standard Prometheus process metrics (`process_resident_memory_bytes`,
//! `process_cpu_seconds_total`, `process_open_fds`), read from `/proc/self` at scrape time:
//! three small reads per scrape, nothing in the background. Rendered as text because the
//! CPU time is fractional seconds, which the recorder's integer counters cannot hold.
//! Empty where there is no `/proc` (not Linux).

use crate::telemetry::Metric;
use std::fmt::Write as _;

/// Clock ticks per second of `/proc/<pid>/stat` times: USER_HZ, fixed at 100 by the Linux
/// ABI for userspace on every architecture the project builds for.
const USER_HZ: f64 = 100.0;

pub fn render() -> String {
    let mut text = String::new();
    let status = std::fs::read_to_string("/proc/self/status").ok();
    if let Some(rss) = status.as_deref().and_then(resident_bytes) {
        sample(&mut text, Metric::ProcessResidentMemory, rss as f64);
    }
    let stat = std::fs::read_to_string("/proc/self/stat").ok();
    if let Some(cpu) = stat.as_deref().and_then(cpu_seconds) {
        sample(&mut text, Metric::ProcessCpuSeconds, cpu);
    }
    if let Ok(fds) = std::fs::read_dir("/proc/self/fd") {
        sample(&mut text, Metric::ProcessOpenFds, fds.count() as f64);
    }
    text
}

fn sample(text: &mut String, metric: Metric, value: f64) {
    text.push_str(&metric.header());
    let _ = writeln!(text, "{} {value}", metric.name());
}

/// `VmRSS:   43210 kB` of /proc/self/status, in bytes.
fn resident_bytes(status: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// utime + stime (fields 14 and 15) of /proc/self/stat, in seconds. The command name
/// (field 2) may hold spaces, so fields are counted after its closing parenthesis.
fn cpu_seconds(stat: &str) -> Option<f64> {
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // `rest` starts at field 3 (state): utime is field 14, index 11 here.
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) as f64 / USER_HZ)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_proc_formats() {
        let status = "Name:\tdemarche\nVmPeak:\t  9000 kB\nVmRSS:\t   43210 kB\n";
        assert_eq!(resident_bytes(status), Some(43_210 * 1024));
        let stat = "4242 (a (b) c) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 9 0 1 2 3";
        assert_eq!(cpu_seconds(stat), Some(3.25));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn renders_this_process() {
        let text = render();
        for metric in [
            Metric::ProcessResidentMemory,
            Metric::ProcessCpuSeconds,
            Metric::ProcessOpenFds,
        ] {
            let line = text
                .lines()
                .find(|l| l.starts_with(&format!("{} ", metric.name())))
                .unwrap_or_else(|| panic!("{} missing in\n{text}", metric.name()));
            let value: f64 = line.rsplit(' ').next().unwrap().parse().unwrap();
            assert!(value >= 0.0, "{line}");
        }
    }
}
