//! Exact rational numbers `p/q` with `i64` parts.
//!
//! Invariants: the denominator is positive and `gcd(|p|, q) = 1`, so equal values have equal
//! representations. Every operation is *checked*: it returns `None` when the exact result does not
//! fit in `i64` (or on division by zero) instead of panicking or wrapping. Callers such as
//! [`crate::math::Scalar`] then fall back to floating point, so arithmetic never panics.

use std::cmp::Ordering;
use std::fmt;

/// An exact fraction `num/den` in lowest terms with `den > 0`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Rational {
    num: i64,
    den: i64,
}

/// `gcd(a, b)` of two magnitudes (`gcd(0, 0) = 0`). It is computed on magnitudes because the
/// gcd of two `i128`s need not be an `i128`: `gcd(i128::MIN, 0) = 2¹²⁷`.
pub(crate) fn gcd(a: u128, b: u128) -> u128 {
    if let (Ok(a), Ok(b)) = (u64::try_from(a), u64::try_from(b)) {
        // The common case, in 64 bits and without division (128-bit division is slow).
        return u128::from(binary_gcd(a, b));
    }
    let (mut a, mut b) = (a, b);
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// `n/d` in lowest terms, for magnitudes with `d > 0` (in 64 bits when both fit).
fn reduce(n: u128, d: u128) -> (u128, u128) {
    if let (Ok(n), Ok(d)) = (u64::try_from(n), u64::try_from(d)) {
        let g = binary_gcd(n, d).max(1);
        return (u128::from(n / g), u128::from(d / g));
    }
    let g = gcd(n, d).max(1);
    (n / g, d / g)
}

/// Stein's binary GCD.
fn binary_gcd(mut a: u64, mut b: u64) -> u64 {
    if a == 0 || b == 0 {
        return a | b;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

impl Rational {
    pub const ZERO: Rational = Rational { num: 0, den: 1 };
    pub const ONE: Rational = Rational { num: 1, den: 1 };

    /// The integer `n` as a fraction `n/1`.
    pub const fn int(n: i64) -> Rational {
        Rational { num: n, den: 1 }
    }

    /// `num/den` reduced to lowest terms; `None` if `den = 0` or the reduced parts overflow `i64`.
    pub fn new(num: i64, den: i64) -> Option<Rational> {
        Self::from_i128(num as i128, den as i128)
    }

    /// Reduces an `i128` fraction and narrows it to `i64` parts when it fits (any `i128`s,
    /// `i128::MIN` included: the sign and the magnitudes are reduced separately).
    pub fn from_i128(num: i128, den: i128) -> Option<Rational> {
        if den == 0 {
            return None;
        }
        let (n, d) = reduce(num.unsigned_abs(), den.unsigned_abs());
        let magnitude = i128::try_from(n).ok()?;
        let signed = if (num < 0) != (den < 0) {
            -magnitude
        } else {
            magnitude
        };
        Some(Rational {
            num: i64::try_from(signed).ok()?,
            den: i64::try_from(d).ok()?,
        })
    }

    pub fn numer(&self) -> i64 {
        self.num
    }
    pub fn denom(&self) -> i64 {
        self.den
    }
    pub fn is_integer(&self) -> bool {
        self.den == 1
    }
    pub fn is_zero(&self) -> bool {
        self.num == 0
    }
    pub fn to_f64(&self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// The exact value of a finite `f64` that is a "short" decimal, e.g. `0.25 -> 1/4`.
    /// Returns `None` for values that are not exactly `p/q` with small `q` (q ≤ 10⁶).
    pub fn from_f64_exact(x: f64) -> Option<Rational> {
        if !x.is_finite() {
            return None;
        }
        let mut den: i64 = 1;
        while den <= 1_000_000 {
            let n = x * den as f64;
            if n.abs() < 9.0e15 && n.fract() == 0.0 {
                return Rational::new(n as i64, den);
            }
            den *= 2;
            if den > 1_000_000 {
                break;
            }
        }
        None
    }

    pub fn checked_add(self, o: Rational) -> Option<Rational> {
        if self.den == 1 && o.den == 1 {
            return Some(Rational::int(self.num.checked_add(o.num)?));
        }
        let (a, b, c, d) = (
            self.num as i128,
            self.den as i128,
            o.num as i128,
            o.den as i128,
        );
        Self::from_i128(
            a.checked_mul(d)?.checked_add(c.checked_mul(b)?)?,
            b.checked_mul(d)?,
        )
    }
    pub fn checked_sub(self, o: Rational) -> Option<Rational> {
        self.checked_add(o.checked_neg()?)
    }
    pub fn checked_mul(self, o: Rational) -> Option<Rational> {
        if self.den == 1 && o.den == 1 {
            return Some(Rational::int(self.num.checked_mul(o.num)?));
        }
        // Cross-cancel first so the products stay small.
        let common =
            |a: i64, b: i64| i128::from(binary_gcd(a.unsigned_abs(), b.unsigned_abs()).max(1));
        let (g1, g2) = (common(self.num, o.den), common(o.num, self.den));
        let n = (self.num as i128 / g1).checked_mul(o.num as i128 / g2)?;
        let d = (self.den as i128 / g2).checked_mul(o.den as i128 / g1)?;
        Self::from_i128(n, d)
    }
    pub fn checked_div(self, o: Rational) -> Option<Rational> {
        self.checked_mul(o.checked_recip()?)
    }
    pub fn checked_neg(self) -> Option<Rational> {
        Some(Rational {
            num: self.num.checked_neg()?,
            den: self.den,
        })
    }
    pub fn checked_recip(self) -> Option<Rational> {
        Self::from_i128(self.den as i128, self.num as i128)
    }
    /// `self^k` for an integer exponent (negative exponents invert); `None` on overflow or `0^-k`.
    pub fn checked_powi(self, k: i64) -> Option<Rational> {
        let base = if k < 0 { self.checked_recip()? } else { self };
        let mut e = k.unsigned_abs();
        let (mut acc, mut b) = (Rational::ONE, base);
        while e > 0 {
            if e & 1 == 1 {
                acc = acc.checked_mul(b)?;
            }
            e >>= 1;
            if e > 0 {
                b = b.checked_mul(b)?;
            }
        }
        Some(acc)
    }
    pub fn abs(self) -> Option<Rational> {
        if self.num < 0 {
            self.checked_neg()
        } else {
            Some(self)
        }
    }
    pub fn signum(&self) -> i64 {
        self.num.signum()
    }
}

impl PartialOrd for Rational {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Rational {
    fn cmp(&self, o: &Self) -> Ordering {
        (self.num as i128 * o.den as i128).cmp(&(o.num as i128 * self.den as i128))
    }
}

impl From<i64> for Rational {
    fn from(n: i64) -> Self {
        Rational::int(n)
    }
}

/// `3`, `-1/2`: integers without a denominator.
impl fmt::Display for Rational {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: i64, d: i64) -> Rational {
        Rational::new(n, d).unwrap()
    }

    #[test]
    fn reduces_and_normalises_sign() {
        assert_eq!(q(6, -4), q(-3, 2));
        assert_eq!(q(6, -4).numer(), -3);
        assert_eq!(q(6, -4).denom(), 2);
        assert_eq!(q(0, -7), Rational::ZERO);
        assert!(Rational::new(1, 0).is_none());
    }

    #[test]
    fn arithmetic_is_exact() {
        assert_eq!(q(1, 2).checked_add(q(1, 3)), Some(q(5, 6)));
        assert_eq!(q(1, 2).checked_sub(q(1, 3)), Some(q(1, 6)));
        assert_eq!(q(2, 3).checked_mul(q(9, 4)), Some(q(3, 2)));
        assert_eq!(q(2, 3).checked_div(q(4, 9)), Some(q(3, 2)));
        assert_eq!(q(2, 3).checked_powi(-3), Some(q(27, 8)));
        assert_eq!(q(2, 3).checked_div(Rational::ZERO), None);
        assert_eq!(Rational::ZERO.checked_powi(-1), None);
    }

    #[test]
    fn overflow_is_reported_not_panicking() {
        let big = Rational::int(i64::MAX);
        assert_eq!(big.checked_add(Rational::ONE), None);
        assert_eq!(big.checked_mul(Rational::int(2)), None);
        assert_eq!(Rational::int(i64::MIN).checked_neg(), None);
        assert_eq!(Rational::int(3).checked_powi(100), None);
    }

    #[test]
    fn the_fast_gcd_agrees_with_euclid() {
        fn euclid(mut a: u128, mut b: u128) -> u128 {
            while b != 0 {
                (a, b) = (b, a % b);
            }
            a
        }
        let mut x: u64 = 7;
        let mut next = || {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            x
        };
        for i in 0..5000u32 {
            // Magnitudes below 2⁶⁴ (the binary path) and up to 2¹²⁰ (the 128-bit path), with
            // common factors 6 and 2⁴⁰ so the gcd is often more than 1. No product overflows.
            let a = u128::from(next() >> (i % 60)) * if i % 5 == 0 { 1 << 56 } else { 1 };
            let b = u128::from(next() >> (i % 50)) * if i % 7 == 0 { 1 << 40 } else { 1 };
            assert_eq!(gcd(a, b), euclid(a, b), "{a} {b}");
            assert_eq!(gcd(a * 12, b * 18), euclid(a * 12, b * 18), "{a} {b}");
        }
        assert_eq!(gcd(0, 0), 0);
        assert_eq!(gcd(0, 5), 5);
        assert_eq!(gcd(1 << 127, 0), 1 << 127);
        assert_eq!(gcd(1 << 127, 6 << 100), 1 << 101);
        assert_eq!(gcd(u128::MAX, u128::MAX), u128::MAX);
    }

    #[test]
    fn from_i128_handles_the_extremes_of_i128() {
        // The gcd of these is 2¹²⁷, which is no i128: it used to wrap to i128::MIN.
        assert_eq!(Rational::from_i128(0, i128::MIN), Some(Rational::ZERO));
        assert_eq!(
            Rational::from_i128(i128::MIN, i128::MIN),
            Some(Rational::ONE)
        );
        assert_eq!(Rational::from_i128(i128::MIN, -(1 << 126)), Some(q(2, 1)));
        assert_eq!(Rational::from_i128(i128::MIN, 3), None);
        assert_eq!(
            Rational::from_i128(i128::MAX, i128::MAX),
            Some(Rational::ONE)
        );
        assert_eq!(
            Rational::from_i128(i128::from(i64::MIN) * 3, 3),
            Some(Rational::int(i64::MIN))
        );
        assert_eq!(Rational::from_i128(i128::from(i64::MIN) * -3, 3), None);
        assert_eq!(Rational::from_i128(6, -4), Some(q(-3, 2)));
        assert_eq!(Rational::from_i128(1, 0), None);
    }

    #[test]
    fn orders_by_value() {
        assert!(q(1, 3) < q(1, 2));
        assert!(q(-1, 2) < q(-1, 3));
    }

    #[test]
    fn recovers_short_decimals() {
        assert_eq!(Rational::from_f64_exact(0.25), Some(q(1, 4)));
        assert_eq!(Rational::from_f64_exact(-3.0), Some(q(-3, 1)));
        assert_eq!(Rational::from_f64_exact(0.1), None); // not a dyadic fraction
        assert_eq!(Rational::from_f64_exact(f64::NAN), None);
    }
}
