//! Mean and variance of a random variable, and of a linear combination of independent ones.

use super::EventsError;
use super::number::Number;

/// `E[X]` and `Var(X)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Moments<T> {
    pub mean: T,
    pub variance: T,
}

impl<T: Number> Moments<T> {
    /// `E` and `Var` of `a₁X₁ + … + aₖXₖ + c` for **independent** `Xᵢ` with the given moments:
    /// - `E = a₁E[X₁] + … + aₖE[Xₖ] + c` (linearity: holds with or without independence);
    /// - `Var = a₁²Var(X₁) + … + aₖ²Var(Xₖ)` (the constant adds no spread; a coefficient counts
    ///   squared, so `Var(X − Y) = Var(X) + Var(Y)`; without independence a covariance term
    ///   `2aᵢaⱼCov(Xᵢ, Xⱼ)` would join).
    pub fn linear_combination(terms: &[(T, Moments<T>)], c: T) -> Result<Moments<T>, EventsError> {
        let mut mean = c.checked("the constant c")?;
        let mut variance = T::zero();
        for &(a, m) in terms {
            if m.variance.is_negative() {
                return Err(EventsError::Negative {
                    what: "a variance",
                    value: m.variance.to_f64(),
                });
            }
            mean = mean.plus(a.times(m.mean)?)?;
            variance = variance.plus(a.times(a)?.times(m.variance)?)?;
        }
        Ok(Moments { mean, variance })
    }
}

#[cfg(test)]
mod tests {
    use super::super::Pmf;
    use super::*;
    use crate::math::Rational;

    fn q(n: i64, d: i64) -> Rational {
        Rational::new(n, d).unwrap()
    }

    /// The formula against the pmf of the combination built by enumeration (an independent path).
    #[test]
    fn formula_agrees_with_enumeration() {
        let x = Pmf::new(vec![
            (Rational::int(0), q(1, 4)),
            (Rational::int(2), q(3, 4)),
        ])
        .unwrap();
        let y = Pmf::new(vec![
            (Rational::int(-1), q(1, 3)),
            (Rational::int(1), q(1, 6)),
            (Rational::int(5), q(1, 2)),
        ])
        .unwrap();
        for (a, b, c) in [(1, 1, 0), (3, -2, 7), (-1, 4, -5), (0, 2, 1)] {
            let (a, b, c) = (Rational::int(a), Rational::int(b), Rational::int(c));
            let by_formula = Moments::linear_combination(
                &[(a, x.moments().unwrap()), (b, y.moments().unwrap())],
                c,
            )
            .unwrap();
            let by_pmf = Pmf::linear_combination(&[(a, &x), (b, &y)], c)
                .unwrap()
                .moments()
                .unwrap();
            assert_eq!(by_formula, by_pmf, "{a} {b} {c}");
        }
    }

    #[test]
    fn difference_adds_variances() {
        let m = Moments {
            mean: 10.0,
            variance: 4.0,
        };
        let d = Moments::linear_combination(&[(1.0, m), (-1.0, m)], 0.0).unwrap();
        assert_eq!(
            d,
            Moments {
                mean: 0.0,
                variance: 8.0
            }
        );
        let bad = Moments {
            mean: 0.0,
            variance: -1.0,
        };
        assert!(Moments::linear_combination(&[(1.0, bad)], 0.0).is_err());
        assert!(Moments::linear_combination(&[(f64::MAX, m)], 0.0).is_err());
    }
}
