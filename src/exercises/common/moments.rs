//! The mean, the sum of squared deviations, the variance and the standard deviation of a data
//! set, computed exactly with [`Scalar`] (exact fractions while they fit, so a mean of 17/3
//! stays 17/3). Conventions, as the prompts state them: the sample variance divides by n − 1
//! (pandas' `var()`, `np.var(ddof=1)`), the population variance by n (numpy's default,
//! `np.var(x)`). The f64 versions for the library and the calculator are in
//! [`crate::math::stats::descriptive`]; the kinds' tests use those as the reference.

use crate::math::Scalar;

/// `Σ xᵢ`.
pub fn total(xs: &[Scalar]) -> Scalar {
    xs.iter().fold(Scalar::ZERO, |s, &x| s + x)
}

/// `x / n` for a count `n > 0` (a count of zero gives NaN, never a panic).
pub fn per(x: Scalar, n: usize) -> Scalar {
    x.checked_div(Scalar::int(n as i64))
        .unwrap_or(Scalar::Real(f64::NAN))
}

/// The mean `Σ xᵢ / n`.
pub fn mean(xs: &[Scalar]) -> Scalar {
    per(total(xs), xs.len())
}

/// `Σ (xᵢ − m)²`.
pub fn sum_sq_dev(xs: &[Scalar], m: Scalar) -> Scalar {
    xs.iter().fold(Scalar::ZERO, |s, &x| s + (x - m) * (x - m))
}

/// `Σ (xᵢ − mx)(yᵢ − my)`.
pub fn sum_cross_dev(xs: &[Scalar], ys: &[Scalar]) -> Scalar {
    let (mx, my) = (mean(xs), mean(ys));
    xs.iter()
        .zip(ys)
        .fold(Scalar::ZERO, |s, (&x, &y)| s + (x - mx) * (y - my))
}

/// Which variance: the sample one divides by n − 1, the population one by n.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Convention {
    /// Divide by n − 1: pandas' `var()`/`std()`, `np.var(x, ddof=1)`, `np.cov`.
    Sample,
    /// Divide by n: numpy's default `np.var(x)`/`np.std(x)` (ddof = 0).
    Population,
}

impl Convention {
    /// The divisor for n values: n − 1 or n.
    pub fn divisor(self, n: usize) -> usize {
        match self {
            Convention::Sample => n.saturating_sub(1),
            Convention::Population => n,
        }
    }
    pub fn other(self) -> Convention {
        match self {
            Convention::Sample => Convention::Population,
            Convention::Population => Convention::Sample,
        }
    }
}

/// The variance of `xs` under `conv`: `Σ (xᵢ − mean)² / (n − 1)` or `/ n`.
pub fn variance(xs: &[Scalar], conv: Convention) -> Scalar {
    Moments::of(xs).variance(conv)
}

/// A data set's count, mean and sum of squared deviations from the mean, exact.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Moments {
    pub n: usize,
    pub mean: Scalar,
    /// `SS = Σ (xᵢ − mean)²`.
    pub ss: Scalar,
}

impl Moments {
    pub fn of(xs: &[Scalar]) -> Moments {
        let mean = mean(xs);
        Moments {
            n: xs.len(),
            mean,
            ss: sum_sq_dev(xs, mean),
        }
    }
    /// `SS / (n − 1)` or `SS / n`, exact.
    pub fn variance(&self, conv: Convention) -> Scalar {
        per(self.ss, conv.divisor(self.n))
    }
    /// The standard deviation `√(SS / (n − 1))` or `√(SS / n)`, in f64 (a root is rarely exact).
    pub fn sd(&self, conv: Convention) -> f64 {
        self.variance(conv).to_f64().sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::scalars;
    use crate::math::stats::descriptive::{population_sd, sample_sd, sample_variance};

    #[test]
    fn variances_divide_by_n_minus_1_or_n() {
        // numpy.var([2, 4, 4, 4, 5, 5, 7, 9]) = 4; ddof=1 gives 32/7
        let xs = scalars(&[2, 4, 4, 4, 5, 5, 7, 9]);
        assert_eq!(variance(&xs, Convention::Population), Scalar::int(4));
        assert_eq!(variance(&xs, Convention::Sample), Scalar::frac(32, 7));
        let m = Moments::of(&xs);
        assert_eq!((m.n, m.mean, m.ss), (8, Scalar::int(5), Scalar::int(32)));
        assert_eq!(m.sd(Convention::Population), 2.0);
        assert_eq!(
            sum_cross_dev(&scalars(&[1, 2, 3]), &scalars(&[2, 4, 7])),
            Scalar::int(5)
        );
        assert!(variance(&[], Convention::Sample).to_f64().is_nan());
        assert!(
            variance(&scalars(&[3]), Convention::Sample)
                .to_f64()
                .is_nan()
        );
        assert_eq!(Convention::Sample.other(), Convention::Population);
    }

    #[test]
    fn exact_moments_match_the_f64_library_at_small_and_huge_scales() {
        // Fractions that stay exact, and integers near 1e15 where a naive f64 sum of squares
        // would lose digits: the exact value rounded once agrees with the library's.
        let cases: [Vec<Scalar>; 3] = [
            vec![
                Scalar::frac(1, 3),
                Scalar::frac(5, 7),
                Scalar::frac(-2, 9),
                Scalar::int(4),
            ],
            scalars(&[
                1_000_000_000_000_001,
                1_000_000_000_000_003,
                1_000_000_000_000_008,
            ]),
            scalars(&[-7, 0, 0, 3, 11, 12, 12, 40]),
        ];
        for xs in cases {
            let f: Vec<f64> = xs.iter().map(|x| x.to_f64()).collect();
            let m = Moments::of(&xs);
            let (sv, ss, ps) = (
                sample_variance(&f).unwrap(),
                sample_sd(&f).unwrap(),
                population_sd(&f).unwrap(),
            );
            let rel = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1e-300);
            assert!(rel(m.variance(Convention::Sample).to_f64(), sv), "{xs:?}");
            assert!(rel(m.sd(Convention::Sample), ss), "{xs:?}");
            assert!(rel(m.sd(Convention::Population), ps), "{xs:?}");
        }
    }
}
