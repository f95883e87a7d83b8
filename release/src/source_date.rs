//! The one timestamp every entry of a release archive carries. It must not be "now", or
//! two builds of the same commit would differ: it is `SOURCE_DATE_EPOCH` when set (the
//! reproducible-builds.org convention that packagers use), else the commit's own time.

/// Seconds since the Unix epoch. `source_date_epoch` is the variable's value, if set;
/// `commit_time` is consulted only when it is not.
pub fn resolve(
    source_date_epoch: Option<&str>,
    commit_time: impl FnOnce() -> Result<u64, String>,
) -> Result<u64, String> {
    match source_date_epoch.map(str::trim) {
        Some(raw) if !raw.is_empty() => raw.parse().map_err(|_| {
            format!("SOURCE_DATE_EPOCH must be a whole number of seconds, got '{raw}'")
        }),
        _ => commit_time(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variable_wins_over_commit_time() {
        let commit = || Ok(1_700_000_000);
        assert_eq!(resolve(Some("1234"), commit), Ok(1234));
        assert_eq!(resolve(None, commit), Ok(1_700_000_000));
        assert_eq!(resolve(Some(""), commit), Ok(1_700_000_000));
        assert!(
            resolve(Some("yesterday"), commit)
                .unwrap_err()
                .contains("SOURCE_DATE_EPOCH")
        );
        assert!(resolve(None, || Err("no git".into())).is_err());
    }
}
