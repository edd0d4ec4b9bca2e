//! When to retry, and how long to wait.

/// What a response (or its absence) means for a queued submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// 2xx: the backend has it.
    Delivered,
    /// Network failure, 408, 429, 5xx: try again later.
    Retry,
    /// Any other status (4xx, odd 3xx): sending it again cannot help. Raises `vox:error`.
    Final,
}

/// Classifies an HTTP status; `None` means the request never got a response.
pub fn classify(status: Option<u16>) -> Verdict {
    match status {
        None => Verdict::Retry,
        Some(200..=299) => Verdict::Delivered,
        Some(408 | 429) | Some(500..=599) => Verdict::Retry,
        Some(_) => Verdict::Final,
    }
}

const BASE_MS: f64 = 1_000.0;
const CAP_MS: f64 = 5.0 * 60_000.0;

/// Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries
/// from many visitors after an outage spread out but still come back reasonably soon.
/// `attempts` is the number of failed tries so far; `random` is uniform in [0, 1).
pub fn backoff_ms(attempts: u32, random: f64) -> f64 {
    let ceiling = (BASE_MS * 2f64.powi(attempts.saturating_sub(1).min(30) as i32)).min(CAP_MS);
    ceiling / 2.0 + ceiling / 2.0 * random.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        assert_eq!(classify(Some(201)), Verdict::Delivered);
        assert_eq!(classify(None), Verdict::Retry);
        for s in [408, 429, 500, 503] {
            assert_eq!(classify(Some(s)), Verdict::Retry, "{s}");
        }
        for s in [400, 401, 404, 413, 422, 302] {
            assert_eq!(classify(Some(s)), Verdict::Final, "{s}");
        }
    }

    #[test]
    fn backoff_doubles_with_jitter_and_caps() {
        assert_eq!(backoff_ms(1, 0.0), 500.0);
        assert_eq!(backoff_ms(1, 1.0), 1_000.0);
        assert_eq!(backoff_ms(2, 0.0), 1_000.0);
        assert_eq!(backoff_ms(4, 0.5), 6_000.0);
        assert_eq!(backoff_ms(40, 1.0), CAP_MS);
        assert!((backoff_ms(40, 0.0) - CAP_MS / 2.0).abs() < 1e-9);
    }
}
