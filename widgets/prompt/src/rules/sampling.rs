//! Deterministic sampling: the same visitor is always in, or always out, of a prompt's sample,
//! without storing the draw. The visitor's id and the prompt's id are hashed together, so each
//! prompt samples its own slice of visitors.

/// Whether the visitor falls in the first `percent` of 10,000 buckets for this prompt.
pub fn in_sample(visitor: &str, prompt: &str, percent: u8) -> bool {
    bucket(visitor, prompt) < u32::from(percent.min(100)) * 100
}

/// A bucket from 0 to 9,999: FNV-1a over `visitor`, a separator and `prompt`, then a final
/// avalanche so ids that differ in one character spread over every bucket.
fn bucket(visitor: &str, prompt: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in visitor.bytes().chain([0]).chain(prompt.bytes()) {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h ^= h >> 16;
    h = h.wrapping_mul(0x7feb_352d);
    h ^= h >> 15;
    h = h.wrapping_mul(0x846c_a68b);
    h ^= h >> 16;
    h % 10_000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_visitor_gets_the_same_answer() {
        for v in ["u1", "3f2b-visitor", ""] {
            let first = in_sample(v, "nps", 30);
            assert!((0..5).all(|_| in_sample(v, "nps", 30) == first));
        }
    }

    #[test]
    fn the_share_in_the_sample_follows_the_percentage() {
        let share = |percent| {
            (0..10_000)
                .filter(|i| in_sample(&format!("visitor-{i}"), "nps", percent))
                .count()
        };
        assert_eq!(share(0), 0);
        assert_eq!(share(100), 10_000);
        for percent in [10, 30, 50] {
            let expected = usize::from(percent) * 100;
            let got = share(percent);
            assert!(got.abs_diff(expected) < 250, "{percent}%: {got} of 10000");
        }
    }

    #[test]
    fn a_larger_sample_keeps_everyone_the_smaller_one_had() {
        for i in 0..2_000 {
            let v = format!("v{i}");
            if in_sample(&v, "csat", 20) {
                assert!(in_sample(&v, "csat", 60));
            }
        }
    }

    #[test]
    fn prompts_sample_independently() {
        let both = (0..10_000)
            .filter(|i| {
                let v = format!("visitor-{i}");
                in_sample(&v, "nps", 50) && in_sample(&v, "csat", 50)
            })
            .count();
        assert!(both.abs_diff(2_500) < 250, "{both}");
    }
}
