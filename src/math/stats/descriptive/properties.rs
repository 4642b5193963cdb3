//! Property tests: no input makes a statistic panic, and the identities every statistic obeys
//! hold on random data (shift and scale invariance, order, counts).

use super::*;
use proptest::prelude::*;

/// 256 cases each; set `PROPTEST_CASES` to search harder.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(256),
        // No regression files written into the source tree: a failure prints its input.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Any f64 at all: NaN, ±∞, subnormals, ±f64::MAX.
fn any_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::MAX),
        Just(-f64::MAX),
        Just(5e-324),
        -1e6..1e6f64,
    ]
}

fn data() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(-1e3..1e3f64, 2..40)
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()).max(1e-300)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn nothing_panics(xs in prop::collection::vec(any_f64(), 0..12),
                      ys in prop::collection::vec(any_f64(), 0..12),
                      q in any_f64(), k in 0usize..30) {
        let _ = mean(&xs);
        let _ = median(&xs);
        let _ = modes(&xs);
        let _ = variance(&xs, Divisor::Sample);
        let _ = std_dev(&xs, Divisor::Population);
        let _ = quantile(&xs, q);
        let _ = quartiles(&xs, QuartileMethod::MedianOfHalves);
        let _ = fences(&xs, QuartileMethod::Linear);
        let _ = five_numbers(&xs, QuartileMethod::MedianOfHalves);
        let _ = histogram(&xs, k);
        let _ = covariance(&xs, &ys, Divisor::Sample);
        let _ = correlation(&xs, &ys);
        let _ = least_squares(&xs, &ys);
        let _ = z_score(q, &xs, Divisor::Sample);
        let _ = z_scores(&xs, Divisor::Population);
        // Finite input gives finite (or, for a variance beyond f64::MAX, infinite) output.
        if let Ok(m) = mean(&xs) { prop_assert!(m.is_finite()); }
        if let Ok(s) = std_dev(&xs, Divisor::Sample) {
            prop_assert!(s >= 0.0);
            // Only a true sd beyond f64::MAX may overflow (e.g. of [MAX, −MAX]: √2·MAX).
            prop_assert!(s.is_finite() || xs.iter().any(|x| x.abs() > 1e300));
        }
        if let Ok(r) = correlation(&xs, &ys) { prop_assert!((-1.0..=1.0).contains(&r)); }
    }

    #[test]
    fn centre_and_spread_identities(xs in data(), shift in -1e6..1e6f64, e in -60i32..60) {
        let (lo, hi) = xs.iter().fold((f64::MAX, f64::MIN), |(l, h), &x| (l.min(x), h.max(x)));
        let m = mean(&xs).unwrap();
        prop_assert!(lo <= m && m <= hi);
        let med = median(&xs).unwrap();
        prop_assert!(lo <= med && med <= hi);
        // Shifting moves the mean and leaves the spread (to the rounding of the shifted data).
        let moved: Vec<f64> = xs.iter().map(|x| x + shift).collect();
        let v = variance(&xs, Divisor::Sample).unwrap();
        let vm = variance(&moved, Divisor::Sample).unwrap();
        prop_assert!((vm - v).abs() <= 1e-9 * (v + shift.abs() * 1e-3 + 1.0), "{v} {vm}");
        // Scaling by a power of two is exact, so the sd scales exactly.
        let k = 2f64.powi(e);
        let scaled: Vec<f64> = xs.iter().map(|x| x * k).collect();
        prop_assert_eq!(std_dev(&scaled, Divisor::Population).unwrap(),
                        std_dev(&xs, Divisor::Population).unwrap() * k);
        // n − 1 and n differ by the factor n/(n − 1).
        let n = xs.len() as f64;
        let vp = variance(&xs, Divisor::Population).unwrap();
        prop_assert!(close(v * (n - 1.0) / n, vp, 1e-12));
        // z-scores have mean 0 and sd 1.
        if v > 0.0 {
            let z = z_scores(&xs, Divisor::Sample).unwrap();
            prop_assert!(mean(&z).unwrap().abs() < 1e-9);
            prop_assert!(close(std_dev(&z, Divisor::Sample).unwrap(), 1.0, 1e-9));
        }
    }

    #[test]
    fn order_statistics(xs in data(), q1 in 0.0..=1.0f64, q2 in 0.0..=1.0f64, k in 1usize..20) {
        let (a, b) = (q1.min(q2), q1.max(q2));
        prop_assert!(quantile(&xs, a).unwrap() <= quantile(&xs, b).unwrap());
        // The same value, computed two ways (numpy's lerp and the midpoint): equal to rounding.
        let largest = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
        let gap = (quantile(&xs, 0.5).unwrap() - median(&xs).unwrap()).abs();
        prop_assert!(gap <= 1e-15 * largest);
        for method in [QuartileMethod::Linear, QuartileMethod::MedianOfHalves] {
            let f = five_numbers(&xs, method).unwrap().to_array();
            prop_assert!(f.windows(2).all(|w| w[0] <= w[1]), "{f:?}");
            let fe = fences(&xs, method).unwrap();
            prop_assert!(fe.outliers.iter().all(|&x| x < fe.lower || x > fe.upper));
        }
        let h = histogram(&xs, k).unwrap();
        prop_assert_eq!(h.counts.iter().sum::<usize>(), xs.len());
        prop_assert_eq!(h.edges.len(), k + 1);
        let m = modes(&xs).unwrap();
        for v in &m.values {
            prop_assert_eq!(xs.iter().filter(|&x| x == v).count(), m.count);
        }
    }

    #[test]
    fn two_variable_identities(xs in data(), noise in prop::collection::vec(-1.0..1.0f64, 40),
                               a in -10.0..10.0f64, b in -5.0..5.0f64) {
        let ys: Vec<f64> = xs.iter().zip(&noise).map(|(x, e)| a + b * x + e).collect();
        let cov = covariance(&xs, &ys, Divisor::Sample).unwrap();
        prop_assert!(close(covariance(&ys, &xs, Divisor::Sample).unwrap(), cov, 1e-12));
        prop_assert!(close(covariance(&xs, &xs, Divisor::Sample).unwrap(),
                           variance(&xs, Divisor::Sample).unwrap(), 1e-12));
        if let Ok(line) = least_squares(&xs, &ys) {
            // The normal equations: residuals add up to 0 and are uncorrelated with x.
            let res: Vec<f64> = xs.iter().zip(&ys).map(|(x, y)| y - line.predict(*x)).collect();
            let scale = ys.iter().fold(1.0f64, |m, y| m.max(y.abs()));
            prop_assert!(compensated_sum(res.iter().copied()).abs() < 1e-9 * scale * xs.len() as f64);
            let sx: f64 = compensated_sum(xs.iter().zip(&res).map(|(x, r)| x * r));
            prop_assert!(sx.abs() < 1e-8 * scale * 1e3 * xs.len() as f64);
            prop_assert!(close(line.r, correlation(&xs, &ys).unwrap(), 1e-12));
        }
    }
}
