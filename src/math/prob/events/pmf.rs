//! Discrete random variables given by their probability mass function: a finite list of values
//! with probabilities, and what follows from it (E[X], Var(X), E[g(X)], the cdf).

use super::EventsError;
use super::moments::Moments;
use super::number::{Number, SUM_TOLERANCE, sum};
use std::cmp::Ordering;

/// The most values a pmf may have (an input bound, also for the pmf of a combination).
pub const MAX_SUPPORT: usize = 1_000_000;

/// `P(X = xᵢ) = pᵢ` for distinct values `x₁ < … < xₖ`; every `pᵢ ≥ 0` and `Σ pᵢ = 1`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pmf<T> {
    values: Vec<T>,
    probs: Vec<T>,
}

impl<T: Number> Pmf<T> {
    /// A pmf from `(value, probability)` pairs in any order. Checks: at least one pair, values
    /// distinct and finite, probabilities in [0, 1] adding up to 1 (exactly for `Rational`,
    /// within 1e-9 for `f64`); else `Err`. Values of probability 0 are kept.
    pub fn new(pairs: Vec<(T, T)>) -> Result<Pmf<T>, EventsError> {
        if pairs.is_empty() {
            return Err(EventsError::Empty { what: "the pmf" });
        }
        if pairs.len() > MAX_SUPPORT {
            return Err(EventsError::TooLarge {
                what: "the pmf",
                size: pairs.len(),
                limit: MAX_SUPPORT,
            });
        }
        let mut pairs = pairs
            .into_iter()
            .map(|(x, p)| Ok((x.checked("a value of X")?, p.probability("P(X = x)")?)))
            .collect::<Result<Vec<(T, T)>, EventsError>>()?;
        pairs.sort_by(|a, b| a.0.compare(&b.0));
        if let Some(w) = pairs.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(EventsError::DuplicateValue {
                value: w[0].0.to_f64(),
            });
        }
        let total = sum(pairs.iter().map(|&(_, p)| p))?;
        if !total.same(T::one(), SUM_TOLERANCE) {
            return Err(EventsError::NotNormalized {
                what: "the probabilities of the pmf",
                sum: total.to_f64(),
            });
        }
        let (values, probs) = pairs.into_iter().unzip();
        Ok(Pmf { values, probs })
    }

    /// Each of the `k` distinct values with probability `1/k` (a fair die: 1..=6).
    pub fn uniform(values: Vec<T>) -> Result<Pmf<T>, EventsError> {
        let k = i64::try_from(values.len()).map_err(|_| EventsError::Overflow)?;
        let p = T::ratio(1, k.max(1))?;
        Pmf::new(values.into_iter().map(|x| (x, p)).collect())
    }

    /// The values, ascending.
    pub fn values(&self) -> &[T] {
        &self.values
    }
    /// The probabilities, in the order of [`Pmf::values`].
    pub fn probs(&self) -> &[T] {
        &self.probs
    }
    /// `(xᵢ, pᵢ)` pairs, ascending in x.
    pub fn iter(&self) -> impl Iterator<Item = (T, T)> + '_ {
        self.values.iter().copied().zip(self.probs.iter().copied())
    }

    /// `P(X = x)`: 0 for a value not in the list.
    pub fn prob(&self, x: T) -> T {
        self.iter()
            .find(|&(v, _)| v == x)
            .map_or(T::zero(), |(_, p)| p)
    }

    /// The cdf `F(x) = P(X ≤ x) = Σ_{xᵢ ≤ x} pᵢ`, a step function (right-continuous).
    pub fn cdf(&self, x: T) -> Result<T, EventsError> {
        sum(self
            .iter()
            .take_while(|(v, _)| v.compare(&x) != Ordering::Greater)
            .map(|(_, p)| p))
    }

    /// `E[g(X)] = Σ g(xᵢ)·pᵢ` (the law of the unconscious statistician: no need for the pmf of
    /// g(X)). `g` may fail (e.g. overflow), which is passed on.
    pub fn expect(&self, g: impl Fn(T) -> Result<T, EventsError>) -> Result<T, EventsError> {
        let terms = self
            .iter()
            .map(|(x, p)| g(x)?.times(p))
            .collect::<Result<Vec<T>, _>>()?;
        sum(terms)
    }

    /// The expected value `E[X] = μ = Σ xᵢ·pᵢ`.
    pub fn mean(&self) -> Result<T, EventsError> {
        self.expect(Ok)
    }

    /// The variance `Var(X) = E[(X − μ)²] = Σ (xᵢ − μ)²·pᵢ`, by the definition rather than the
    /// shortcut `E[X²] − μ²` (equal in exact arithmetic; the shortcut cancels in `f64` when μ is
    /// large compared with the spread).
    pub fn variance(&self) -> Result<T, EventsError> {
        let mu = self.mean()?;
        self.expect(|x| {
            let d = x.minus(mu)?;
            d.times(d)
        })
    }

    /// The standard deviation `√Var(X)` (a float: a square root is rarely a fraction).
    pub fn sd(&self) -> Result<f64, EventsError> {
        Ok(self.variance()?.to_f64().sqrt())
    }

    /// `E[X]` and `Var(X)` together.
    pub fn moments(&self) -> Result<Moments<T>, EventsError> {
        Ok(Moments {
            mean: self.mean()?,
            variance: self.variance()?,
        })
    }

    /// The pmf of `a₁X₁ + … + aₖXₖ + c` for **independent** `Xᵢ`, by listing every combination
    /// of values (the probability of a combination is the product of the pᵢ; equal sums are
    /// merged). For its mean and variance alone, [`Moments::linear_combination`] is the short way.
    /// More than [`MAX_SUPPORT`] combinations → `Err`.
    pub fn linear_combination(terms: &[(T, &Pmf<T>)], c: T) -> Result<Pmf<T>, EventsError> {
        let mut size = 1usize;
        for (_, x) in terms {
            size = size.saturating_mul(x.values.len());
        }
        if size > MAX_SUPPORT {
            return Err(EventsError::TooLarge {
                what: "the combination's list of outcomes",
                size,
                limit: MAX_SUPPORT,
            });
        }
        let mut outcomes = vec![(c.checked("the constant c")?, T::one())];
        for &(a, x) in terms {
            let mut next = Vec::with_capacity(outcomes.len() * x.values.len());
            for &(s, ps) in &outcomes {
                for (v, p) in x.iter() {
                    next.push((s.plus(a.times(v)?)?, ps.times(p)?));
                }
            }
            outcomes = next;
        }
        outcomes.sort_by(|a, b| a.0.compare(&b.0));
        let mut merged: Vec<(T, T)> = Vec::with_capacity(outcomes.len());
        for (v, p) in outcomes {
            match merged.last_mut() {
                Some(last) if last.0 == v => last.1 = last.1.plus(p)?,
                _ => merged.push((v, p)),
            }
        }
        Pmf::new(merged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::Rational;

    fn q(n: i64, d: i64) -> Rational {
        Rational::new(n, d).unwrap()
    }
    fn die() -> Pmf<Rational> {
        Pmf::uniform((1..=6).map(Rational::int).collect()).unwrap()
    }

    #[test]
    fn a_fair_die() {
        let d = die();
        assert_eq!(d.mean(), Ok(q(7, 2)));
        assert_eq!(d.variance(), Ok(q(35, 12)));
        assert_eq!(d.cdf(Rational::int(4)), Ok(q(2, 3)));
        assert_eq!(d.cdf(q(1, 2)), Ok(Rational::ZERO));
        assert_eq!(d.cdf(Rational::int(9)), Ok(Rational::ONE));
        assert_eq!(d.prob(Rational::int(7)), Rational::ZERO);
        // E[X²] = 91/6, and Var = E[X²] − μ² agrees with the definition.
        let ex2 = d.expect(|x| x.times(x)).unwrap();
        assert_eq!(ex2, q(91, 6));
        assert_eq!(ex2.minus(q(49, 4)), d.variance());
        assert!((d.sd().unwrap() - (35.0f64 / 12.0).sqrt()).abs() < 1e-15);
    }

    #[test]
    fn a_lottery_ticket() {
        // Win 100 with 1/1000, 10 with 1/100, else lose the 2 paid: E = 0.1 + 0.1 − 2·(989/1000).
        let t = Pmf::new(vec![
            (Rational::int(98), q(1, 1000)),
            (Rational::int(8), q(1, 100)),
            (Rational::int(-2), q(989, 1000)),
        ])
        .unwrap();
        assert_eq!(t.mean(), Ok(q(98 + 80 - 1978, 1000)));
        assert_eq!(
            t.values(),
            &[Rational::int(-2), Rational::int(8), Rational::int(98)]
        );
    }

    #[test]
    fn the_sum_of_two_dice_by_enumeration() {
        let (a, b) = (die(), die());
        let s =
            Pmf::linear_combination(&[(Rational::ONE, &a), (Rational::ONE, &b)], Rational::ZERO)
                .unwrap();
        assert_eq!(s.values().len(), 11);
        assert_eq!(s.prob(Rational::int(7)), q(1, 6));
        assert_eq!(s.mean(), Ok(Rational::int(7)));
        assert_eq!(s.variance(), Ok(q(35, 6)));
    }

    #[test]
    fn a_large_offset_does_not_cancel() {
        let x = Pmf::new(vec![(1e9 + 1.0, 0.5), (1e9 + 3.0, 0.5)]).unwrap();
        assert_eq!(x.variance(), Ok(1.0));
    }

    #[test]
    fn invalid_pmfs_are_errors() {
        assert!(Pmf::<f64>::new(vec![]).is_err());
        assert!(matches!(
            Pmf::new(vec![(1.0, 0.5), (2.0, 0.4)]),
            Err(EventsError::NotNormalized { .. })
        ));
        assert!(Pmf::new(vec![(1.0, 1.5), (2.0, -0.5)]).is_err());
        assert!(matches!(
            Pmf::new(vec![(1.0, 0.5), (1.0, 0.5)]),
            Err(EventsError::DuplicateValue { .. })
        ));
        assert!(Pmf::new(vec![(f64::NAN, 1.0)]).is_err());
        assert!(Pmf::<f64>::uniform(vec![]).is_err());
        // Exactly 1 is required of fractions; 1e-9 slack of floats.
        assert!(Pmf::new(vec![(Rational::ONE, q(999_999_999, 1_000_000_000))]).is_err());
        assert!(Pmf::new(vec![(1.0, 1.0 - 1e-12)]).is_ok());
        // Too many combinations is refused rather than attempted.
        let big = Pmf::uniform((0..1000).map(f64::from).collect()).unwrap();
        assert!(matches!(
            Pmf::linear_combination(&[(1.0, &big), (1.0, &big), (1.0, &big)], 0.0),
            Err(EventsError::TooLarge { .. })
        ));
    }
}
