//! Run-time controls read from the environment and the command line.

/// Which tiers execute code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitMode {
    /// Tier 1 only.
    Off,
    /// Tier 2 in the uop interpreter.
    Uops,
    /// Tier 2 as machine code.
    On,
}

#[derive(Clone, Debug)]
pub struct Settings {
    pub jit: JitMode,
    pub jit_threshold: u32,
    pub jit_max_memory: usize,
    pub jit_stats: bool,
    pub jit_dump: bool,
    pub stats: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            // Release binaries (built with the JIT) run it by default.
            jit: if crate::jit::available() {
                JitMode::On
            } else {
                JitMode::Off
            },
            jit_threshold: 16,
            jit_max_memory: 64 << 20,
            jit_stats: false,
            jit_dump: false,
            stats: false,
        }
    }
}

pub fn parse_jit_mode(s: &str) -> Option<JitMode> {
    match s {
        "off" | "0" => Some(JitMode::Off),
        "uops" => Some(JitMode::Uops),
        "on" | "1" => Some(JitMode::On),
        _ => None,
    }
}

/// `64M`, `512K`, `1G` or a plain number of bytes.
pub fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mult) = match s.chars().last()? {
        'K' | 'k' => (&s[..s.len() - 1], 1usize << 10),
        'M' | 'm' => (&s[..s.len() - 1], 1 << 20),
        'G' | 'g' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<usize>().ok()?.checked_mul(mult)
}

impl Settings {
    /// Reads the `TESSERA_*` environment variables; returns warnings for bad values.
    pub fn from_env() -> (Settings, Vec<String>) {
        let mut s = Settings::default();
        let mut warnings = Vec::new();
        if let Ok(v) = std::env::var("TESSERA_JIT") {
            match parse_jit_mode(&v) {
                Some(m) => s.jit = m,
                None => warnings.push(format!(
                    "ignoring TESSERA_JIT={v}: expected off, uops or on"
                )),
            }
        }
        if let Ok(v) = std::env::var("TESSERA_JIT_THRESHOLD") {
            match v.parse::<u32>() {
                Ok(n) if n >= 1 => s.jit_threshold = n,
                _ => warnings.push(format!(
                    "ignoring TESSERA_JIT_THRESHOLD={v}: expected a positive integer"
                )),
            }
        }
        if let Ok(v) = std::env::var("TESSERA_JIT_MAX_MEMORY") {
            match parse_size(&v) {
                Some(n) => s.jit_max_memory = n,
                None => warnings.push(format!(
                    "ignoring TESSERA_JIT_MAX_MEMORY={v}: expected a size like 64M"
                )),
            }
        }
        s.jit_stats = std::env::var("TESSERA_JIT_STATS").is_ok_and(|v| v == "1");
        s.jit_dump = std::env::var("TESSERA_JIT_DUMP").is_ok_and(|v| v == "1");
        s.stats = std::env::var("TESSERA_STATS").is_ok_and(|v| v == "1");
        (s, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64M"), Some(64 << 20));
        assert_eq!(parse_size("512k"), Some(512 << 10));
        assert_eq!(parse_size("100"), Some(100));
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size(""), None);
    }
}
