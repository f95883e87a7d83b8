//! A one-line description of the machine and the date, so a published table says
//! where and when its numbers were taken.

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

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day), by Howard
/// Hinnant's era-based algorithm (eras of 400 years repeat exactly).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(59), (1970, 3, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn cpu_model_fields() {
        let x86 = "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R)\n";
        assert_eq!(cpuinfo_model(x86).as_deref(), Some("Intel(R) Xeon(R)"));
        let arm = "processor\t: 0\nBogoMIPS\t: 50.00\n\nModel\t: Raspberry Pi 4\n";
        assert_eq!(cpuinfo_model(arm).as_deref(), Some("Raspberry Pi 4"));
        assert_eq!(cpuinfo_model("processor : 0\n"), None);
    }
}
