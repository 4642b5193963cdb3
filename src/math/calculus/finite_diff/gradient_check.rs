//! Gradient checking: does an analytic gradient (backprop's) agree with a numerical one?
//!
//! The comparison is by relative error, as CS231n's notes recommend,
//!
//! rel = |a − n| / max(|a|, |n|)   (0 when both are 0),
//!
//! because an absolute difference of 1e-4 is fine for a gradient of 1e3 and a disaster for one of
//! 1e-3. With central differences in f64, rel < 1e-7 is a pass, 1e-7 to 1e-4 suspicious (but
//! normal near kinks such as ReLU's), and rel > 1e-2 almost certainly a bug.

/// The relative error |a − n| / max(|a|, |n|) of an analytic value `a` against a numerical one
/// `n`; 0 when both are 0, NaN when either is NaN.
pub fn relative_error(a: f64, n: f64) -> f64 {
    let scale = a.abs().max(n.abs());
    if scale == 0.0 {
        0.0
    } else {
        (a - n).abs() / scale
    }
}

/// How a relative error reads, by CS231n's thresholds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// rel < 1e-7: the gradients agree.
    Pass,
    /// 1e-7 ≤ rel < 1e-2: look closer (acceptable near kinks, or with float32).
    Suspicious,
    /// rel ≥ 1e-2 (or NaN): the analytic gradient is almost surely wrong.
    Bug,
}

/// The verdict for a relative error.
pub fn verdict(rel: f64) -> Verdict {
    if rel < 1e-7 {
        Verdict::Pass
    } else if rel < 1e-2 {
        Verdict::Suspicious
    } else {
        Verdict::Bug
    }
}

/// Each coordinate's relative error between an analytic gradient and a numerical one (for
/// example [`super::gradient`]'s); `None` when their lengths differ.
pub fn check(analytic: &[f64], numerical: &[f64]) -> Option<Vec<f64>> {
    (analytic.len() == numerical.len()).then(|| {
        analytic
            .iter()
            .zip(numerical)
            .map(|(&a, &n)| relative_error(a, n))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::super::gradient;
    use super::*;

    #[test]
    fn relative_error_is_symmetric_and_scale_free() {
        assert_eq!(relative_error(0.0, 0.0), 0.0);
        assert_eq!(relative_error(2.0, 1.0), 0.5);
        assert_eq!(relative_error(1.0, 2.0), 0.5);
        for s in [1e-150, 1.0, 1e150] {
            assert!((relative_error(3.0 * s, 3.3 * s) - 0.3 / 3.3).abs() < 1e-12);
        }
        assert!(relative_error(f64::NAN, 1.0).is_nan());
        assert_eq!(verdict(f64::NAN), Verdict::Bug);
    }

    /// A softmax-regression-like loss whose hand-written gradient has a bug in one coordinate
    /// (a missing factor 2): the check flags that coordinate only.
    #[test]
    fn a_wrong_coordinate_is_flagged_and_the_others_pass() {
        let f = |w: &[f64]| w[0] * w[0] * w[1] + (w[1] * w[2]).exp() + w[2].powi(2);
        let w: [f64; 3] = [0.7, -0.4, 1.3];
        let right = [
            2.0 * w[0] * w[1],
            w[0] * w[0] + w[2] * (w[1] * w[2]).exp(),
            w[1] * (w[1] * w[2]).exp() + 2.0 * w[2],
        ];
        let mut buggy = right;
        buggy[2] = w[1] * (w[1] * w[2]).exp() + w[2]; // d(w₂²) written as w₂
        let numerical = gradient(&f, &w, 1e-5);
        let rel = check(&right, &numerical).unwrap();
        assert!(rel.iter().all(|&r| verdict(r) == Verdict::Pass), "{rel:?}");
        let rel = check(&buggy, &numerical).unwrap();
        let verdicts: Vec<Verdict> = rel.iter().map(|&r| verdict(r)).collect();
        assert_eq!(
            verdicts,
            [Verdict::Pass, Verdict::Pass, Verdict::Bug],
            "{rel:?}"
        );
        assert_eq!(check(&right, &numerical[..2]), None);
    }
}
