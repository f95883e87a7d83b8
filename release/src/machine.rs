//! A one-line description of the machine and the date, so a published table says
//! where and when its numbers were taken.

use crate::calendar::civil_from_days;
use std::time::{SystemTime, UNIX_EPOCH};

pub fn describe() -> String {
    let cores = std::thread::available_parallelism()
        .map(|n| n.get().to_string())
        .unwrap_or_else(|_| "?".into());
    format!("{}, {cores} cores, {}", cpu_model(), os_name())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| cpuinfo_model(&text))
        .unwrap_or_else(|| std::env::consts::ARCH.to_owned())
}

/// x86 calls the field "model name"; some ARM kernels only have "Hardware" or "Model".
fn cpuinfo_model(text: &str) -> Option<String> {
    ["model name", "Hardware", "Model", "cpu model"]
        .iter()
        .find_map(|key| {
            text.lines().find_map(|line| {
                let (k, v) = line.split_once(':')?;
                (k.trim() == *key && !v.trim().is_empty()).then(|| v.trim().to_owned())
            })
        })
}

fn os_name() -> String {
    let distro = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|text| {
            text.lines().find_map(|l| {
                l.strip_prefix("PRETTY_NAME=")
                    .map(|v| v.trim_matches('"').to_owned())
            })
        });
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .ok()
        .map(|v| v.trim().to_owned());
    match (distro, kernel) {
        (Some(d), Some(k)) => format!("{d}, Linux {k}"),
        (Some(d), None) => d,
        (None, Some(k)) => format!("Linux {k}"),
        (None, None) => std::env::consts::OS.to_owned(),
    }
}

/// Today's date in UTC as YYYY-MM-DD, without pulling in a date crate.
pub fn today_utc() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_model_fields() {
        let x86 = "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R)\n";
        assert_eq!(cpuinfo_model(x86).as_deref(), Some("Intel(R) Xeon(R)"));
        let arm = "processor\t: 0\nBogoMIPS\t: 50.00\n\nModel\t: Raspberry Pi 4\n";
        assert_eq!(cpuinfo_model(arm).as_deref(), Some("Raspberry Pi 4"));
        assert_eq!(cpuinfo_model("processor : 0\n"), None);
    }
}
