//! The two summaries the benchmark table needs.
//!
//! Medians rather than means because a benchmark run is only ever slowed down by noise
//! (another process, a page fault storm), never sped up, so the distribution is skewed
//! and the mean chases outliers. Ratios are combined with the geometric mean because
//! it is the only mean for which "2x faster on one, 2x slower on another" averages to 1.

/// The middle value (the mean of the two middle ones for an even count); `None` when
/// there is nothing to summarise or a value is NaN, rather than panicking mid-report.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() || values.iter().any(|v| v.is_nan()) {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    })
}

/// exp(mean(ln x)); `None` when empty or when a value is not a positive finite number,
/// since such a ratio means a measurement went wrong and must not be averaged in.
pub fn geometric_mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() || values.iter().any(|&v| !(v.is_finite() && v > 0.0)) {
        return None;
    }
    let log_sum: f64 = values.iter().map(|v| v.ln()).sum();
    Some((log_sum / values.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12 * a.abs().max(b.abs()).max(1.0)
    }

    #[test]
    fn median_odd_even_unsorted() {
        assert_eq!(median(&[3.0]), Some(3.0));
        assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[10.0, 1.0, 1.0, 1.0, 1000.0]), Some(1.0));
    }

    #[test]
    fn median_degenerate() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[1.0, f64::NAN]), None);
    }

    #[test]
    fn geometric_mean_values() {
        assert!(close(geometric_mean(&[2.0, 8.0]).unwrap(), 4.0));
        assert!(close(geometric_mean(&[0.5, 2.0]).unwrap(), 1.0));
        assert!(close(geometric_mean(&[3.0]).unwrap(), 3.0));
        assert!(close(geometric_mean(&[1.0, 10.0, 100.0]).unwrap(), 10.0));
    }

    #[test]
    fn geometric_mean_degenerate() {
        assert_eq!(geometric_mean(&[]), None);
        assert_eq!(geometric_mean(&[1.0, 0.0]), None);
        assert_eq!(geometric_mean(&[1.0, -2.0]), None);
        assert_eq!(geometric_mean(&[f64::INFINITY]), None);
    }
}
