//! The numbers probabilities are computed in: exact fractions ([`Rational`]) or `f64`.
//!
//! Everything in [`super`] is generic over [`Number`], so a drill computes `P(A|B) = 3/8` exactly
//! with `Rational` while a simulation uses `f64` with the same code. Arithmetic is checked: a
//! `Rational` overflow or an `f64` NaN/∞ is an error, never a panic or a silent wrong value.

use super::EventsError;
use crate::math::Rational;
use std::cmp::Ordering;
use std::fmt;

/// A number type for probabilities and values of random variables.
pub trait Number: Copy + PartialEq + fmt::Debug + fmt::Display {
    fn zero() -> Self;
    fn one() -> Self;
    /// `num/den` (`den ≠ 0`), exactly when the type is exact.
    fn ratio(num: i64, den: i64) -> Result<Self, EventsError>;
    fn plus(self, o: Self) -> Result<Self, EventsError>;
    fn minus(self, o: Self) -> Result<Self, EventsError>;
    fn times(self, o: Self) -> Result<Self, EventsError>;
    /// `self / o`; the caller makes sure `o ≠ 0`.
    fn over(self, o: Self) -> Result<Self, EventsError>;
    fn to_f64(self) -> f64;
    /// A total order (values of a random variable are sorted with it).
    fn compare(&self, o: &Self) -> Ordering;
    /// Equal for the purpose of a check: exactly for exact types (`tol` is ignored), within the
    /// absolute tolerance `tol` for `f64`.
    fn same(self, o: Self, tol: f64) -> bool;
    /// `Ok(self)` if it is a usable number (finite for `f64`), naming `what` in the error.
    fn checked(self, what: &'static str) -> Result<Self, EventsError>;

    fn is_zero(self) -> bool {
        self == Self::zero()
    }
    fn is_negative(self) -> bool {
        self.compare(&Self::zero()) == Ordering::Less
    }
    /// `Ok(self)` if `0 ≤ self ≤ 1`.
    fn probability(self, what: &'static str) -> Result<Self, EventsError> {
        let p = self.checked(what)?;
        if p.is_negative() || p.compare(&Self::one()) == Ordering::Greater {
            return Err(EventsError::NotAProbability {
                what,
                value: p.to_f64(),
            });
        }
        Ok(p)
    }
}

/// The absolute tolerance with which `f64` probabilities must add up to 1.
pub const SUM_TOLERANCE: f64 = 1e-9;

/// `Σ xs`, checked.
pub fn sum<T: Number>(xs: impl IntoIterator<Item = T>) -> Result<T, EventsError> {
    xs.into_iter().try_fold(T::zero(), T::plus)
}

impl Number for f64 {
    fn zero() -> Self {
        0.0
    }
    fn one() -> Self {
        1.0
    }
    fn ratio(num: i64, den: i64) -> Result<Self, EventsError> {
        (num as f64 / den as f64).checked("a ratio")
    }
    fn plus(self, o: Self) -> Result<Self, EventsError> {
        (self + o).checked("a sum")
    }
    fn minus(self, o: Self) -> Result<Self, EventsError> {
        (self - o).checked("a difference")
    }
    fn times(self, o: Self) -> Result<Self, EventsError> {
        (self * o).checked("a product")
    }
    fn over(self, o: Self) -> Result<Self, EventsError> {
        (self / o).checked("a quotient")
    }
    fn to_f64(self) -> f64 {
        self
    }
    fn compare(&self, o: &Self) -> Ordering {
        self.total_cmp(o)
    }
    fn same(self, o: Self, tol: f64) -> bool {
        (self - o).abs() <= tol
    }
    fn checked(self, what: &'static str) -> Result<Self, EventsError> {
        if self.is_finite() {
            // −0.0 would sort before 0.0 under the total order.
            Ok(if self == 0.0 { 0.0 } else { self })
        } else {
            Err(EventsError::NotFinite { what, value: self })
        }
    }
}

impl Number for Rational {
    fn zero() -> Self {
        Rational::ZERO
    }
    fn one() -> Self {
        Rational::ONE
    }
    fn ratio(num: i64, den: i64) -> Result<Self, EventsError> {
        Rational::new(num, den).ok_or(EventsError::Overflow)
    }
    fn plus(self, o: Self) -> Result<Self, EventsError> {
        self.checked_add(o).ok_or(EventsError::Overflow)
    }
    fn minus(self, o: Self) -> Result<Self, EventsError> {
        self.checked_sub(o).ok_or(EventsError::Overflow)
    }
    fn times(self, o: Self) -> Result<Self, EventsError> {
        self.checked_mul(o).ok_or(EventsError::Overflow)
    }
    fn over(self, o: Self) -> Result<Self, EventsError> {
        self.checked_div(o).ok_or(EventsError::Overflow)
    }
    fn to_f64(self) -> f64 {
        Rational::to_f64(&self)
    }
    fn compare(&self, o: &Self) -> Ordering {
        self.cmp(o)
    }
    fn same(self, o: Self, _tol: f64) -> bool {
        self == o
    }
    fn checked(self, _what: &'static str) -> Result<Self, EventsError> {
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checked_arithmetic_reports_instead_of_panicking() {
        let big = Rational::int(i64::MAX);
        assert_eq!(big.plus(Rational::ONE), Err(EventsError::Overflow));
        assert!(f64::MAX.times(2.0).is_err());
        assert!(1.0f64.over(0.0).is_err());
        assert!(f64::NAN.probability("p").is_err());
        assert!(Rational::ratio(3, 2).unwrap().probability("p").is_err());
        assert_eq!(
            sum([
                Rational::ratio(1, 3).unwrap(),
                Rational::ratio(1, 6).unwrap()
            ]),
            Rational::ratio(1, 2)
        );
        assert!(0.1f64.plus(0.2).unwrap().same(0.3, 1e-15));
        assert!(
            !Rational::ratio(1, 3).unwrap().same(
                Rational::ratio(1, 3)
                    .unwrap()
                    .plus(Rational::ratio(1, 1_000_000_000).unwrap())
                    .unwrap(),
                1.0
            )
        );
    }
}
