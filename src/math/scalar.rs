//! A number that stays exact while it can: either an exact [`Rational`] or an `f64`.
//!
//! Arithmetic on two exact operands is exact; if the exact result would overflow, or either operand
//! is real, the result is real. So `1/3 + 1/6` is exactly `1/2`, while `sqrt(2)/2` is a float.
//! Nothing here panics: division by zero is reported through [`Scalar::checked_div`].

use super::Rational;
use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Clone, Copy, Debug)]
pub enum Scalar {
    Exact(Rational),
    Real(f64),
}

impl Scalar {
    pub const ZERO: Scalar = Scalar::Exact(Rational::ZERO);
    pub const ONE: Scalar = Scalar::Exact(Rational::ONE);

    pub fn int(n: i64) -> Scalar {
        Scalar::Exact(Rational::int(n))
    }
    /// The fraction `n/d`; a real approximation if it cannot be represented (or `d = 0` gives NaN).
    pub fn frac(n: i64, d: i64) -> Scalar {
        Rational::new(n, d).map_or(Scalar::Real(n as f64 / d as f64), Scalar::Exact)
    }
    pub fn to_f64(&self) -> f64 {
        match self {
            Scalar::Exact(q) => q.to_f64(),
            Scalar::Real(x) => *x,
        }
    }
    pub fn exact(&self) -> Option<Rational> {
        match self {
            Scalar::Exact(q) => Some(*q),
            Scalar::Real(_) => None,
        }
    }
    /// The integer value, if this is an exact integer.
    pub fn as_integer(&self) -> Option<i64> {
        self.exact().filter(|q| q.is_integer()).map(|q| q.numer())
    }
    pub fn is_exact(&self) -> bool {
        matches!(self, Scalar::Exact(_))
    }
    pub fn is_zero(&self) -> bool {
        match self {
            Scalar::Exact(q) => q.is_zero(),
            Scalar::Real(x) => *x == 0.0,
        }
    }
    pub fn is_finite(&self) -> bool {
        match self {
            Scalar::Exact(_) => true,
            Scalar::Real(x) => x.is_finite(),
        }
    }

    fn combine(
        self,
        o: Scalar,
        exact: fn(Rational, Rational) -> Option<Rational>,
        real: fn(f64, f64) -> f64,
    ) -> Scalar {
        if let (Scalar::Exact(a), Scalar::Exact(b)) = (self, o)
            && let Some(r) = exact(a, b)
        {
            return Scalar::Exact(r);
        }
        Scalar::Real(real(self.to_f64(), o.to_f64()))
    }

    /// `self / o`, or `None` when `o` is zero.
    pub fn checked_div(self, o: Scalar) -> Option<Scalar> {
        if o.is_zero() {
            return None;
        }
        Some(self.combine(o, Rational::checked_div, |a, b| a / b))
    }
    pub fn recip(self) -> Option<Scalar> {
        Scalar::ONE.checked_div(self)
    }
    /// `self^k` for an integer `k`; `None` for `0^k` with `k < 0`.
    pub fn powi(self, k: i64) -> Option<Scalar> {
        if k < 0 && self.is_zero() {
            return None;
        }
        if let Scalar::Exact(q) = self
            && let Some(r) = q.checked_powi(k)
        {
            return Some(Scalar::Exact(r));
        }
        let k = i32::try_from(k).unwrap_or(if k < 0 { i32::MIN } else { i32::MAX });
        Some(Scalar::Real(self.to_f64().powi(k)))
    }
    pub fn abs(self) -> Scalar {
        match self {
            Scalar::Exact(q) => q
                .abs()
                .map_or(Scalar::Real(q.to_f64().abs()), Scalar::Exact),
            Scalar::Real(x) => Scalar::Real(x.abs()),
        }
    }
    /// Real square root; exact when the argument is the square of a rational.
    pub fn sqrt(self) -> Scalar {
        if let Scalar::Exact(q) = self
            && q.signum() >= 0
            && let (Some(n), Some(d)) = (isqrt(q.numer()), isqrt(q.denom()))
        {
            return Scalar::frac(n, d);
        }
        Scalar::Real(self.to_f64().sqrt())
    }
}

/// The integer square root of `n` if `n` is a perfect square.
fn isqrt(n: i64) -> Option<i64> {
    if n < 0 {
        return None;
    }
    let r = (n as f64).sqrt().round() as i64;
    (r.saturating_sub(1)..=r.saturating_add(1)).find(|&c| c.checked_mul(c) == Some(n))
}

impl Add for Scalar {
    type Output = Scalar;
    fn add(self, o: Scalar) -> Scalar {
        self.combine(o, Rational::checked_add, |a, b| a + b)
    }
}
impl Sub for Scalar {
    type Output = Scalar;
    fn sub(self, o: Scalar) -> Scalar {
        self.combine(o, Rational::checked_sub, |a, b| a - b)
    }
}
impl Mul for Scalar {
    type Output = Scalar;
    fn mul(self, o: Scalar) -> Scalar {
        self.combine(o, Rational::checked_mul, |a, b| a * b)
    }
}
impl Neg for Scalar {
    type Output = Scalar;
    fn neg(self) -> Scalar {
        match self {
            Scalar::Exact(q) => q
                .checked_neg()
                .map_or(Scalar::Real(-q.to_f64()), Scalar::Exact),
            Scalar::Real(x) => Scalar::Real(-x),
        }
    }
}

/// Equality by value: exact values compare exactly, otherwise the `f64` values are compared.
impl PartialEq for Scalar {
    fn eq(&self, o: &Scalar) -> bool {
        match (self, o) {
            (Scalar::Exact(a), Scalar::Exact(b)) => a == b,
            _ => self.to_f64() == o.to_f64(),
        }
    }
}

impl From<i64> for Scalar {
    fn from(n: i64) -> Self {
        Scalar::int(n)
    }
}
impl From<Rational> for Scalar {
    fn from(q: Rational) -> Self {
        Scalar::Exact(q)
    }
}
impl From<f64> for Scalar {
    fn from(x: f64) -> Self {
        Scalar::Real(x)
    }
}

/// Exact values print as `3` or `-1/2`; reals with up to 12 significant digits, trailing zeros trimmed.
impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scalar::Exact(q) => write!(f, "{q}"),
            Scalar::Real(x) => f.write_str(&format_real(*x, 12)),
        }
    }
}

/// Significant digits of every real number the calculator prints as text (a lone number, the
/// entries of a vector or matrix, eigenvalues and singular values alike), and of the reals in
/// exercises; `--json` gives full precision.
pub const DISPLAY_DIGITS: usize = 6;

/// `x` with at most `sig` significant digits, without trailing zeros; scientific notation for very
/// large or small magnitudes. `inf`, `-inf`, `NaN` as such.
pub fn format_real(x: f64, sig: usize) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "NaN".into()
        } else if x > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    if x == 0.0 {
        return "0".into();
    }
    let mag = x.abs().log10().floor() as i32;
    if !(-5..15).contains(&mag) {
        let s = format!("{:.*e}", sig.saturating_sub(1), x);
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let m = trim_zeros(m);
        return format!("{m}e{e}");
    }
    let decimals = (sig as i32 - 1 - mag).max(0) as usize;
    trim_zeros(&format!("{x:.decimals$}"))
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_stays_exact() {
        let s = Scalar::frac(1, 3) + Scalar::frac(1, 6);
        assert_eq!(s.exact(), Rational::new(1, 2));
        assert_eq!((Scalar::int(3) * Scalar::frac(1, 3)).as_integer(), Some(1));
        assert_eq!(
            Scalar::int(2).checked_div(Scalar::int(4)).unwrap().exact(),
            Rational::new(1, 2)
        );
        assert_eq!(Scalar::frac(9, 4).sqrt().exact(), Rational::new(3, 2));
    }

    #[test]
    fn overflow_falls_back_to_real() {
        let big = Scalar::int(i64::MAX);
        let s = big + big;
        assert!(!s.is_exact());
        assert_eq!(s.to_f64(), 2.0 * i64::MAX as f64);
        assert!(!(-Scalar::int(i64::MIN)).is_exact());
    }

    #[test]
    fn division_by_zero_is_none() {
        assert!(Scalar::ONE.checked_div(Scalar::ZERO).is_none());
        assert!(Scalar::Real(1.0).checked_div(Scalar::Real(0.0)).is_none());
        assert!(Scalar::ZERO.powi(-2).is_none());
    }

    #[test]
    fn mixed_is_real() {
        let s = Scalar::Real(0.5) + Scalar::int(1);
        assert!(!s.is_exact());
        assert_eq!(s.to_f64(), 1.5);
        assert!(!Scalar::int(2).sqrt().is_exact());
    }

    #[test]
    fn formats_reals_readably() {
        assert_eq!(format_real(0.1 + 0.2, 12), "0.3");
        assert_eq!(format_real(-2.5e-3, 12), "-0.0025");
        assert_eq!(format_real(1.0e20, 12), "1e20");
        assert_eq!(format_real(1.23456789e-7, 4), "1.235e-7");
        assert_eq!(format_real(f64::NEG_INFINITY, 12), "-inf");
        assert_eq!(Scalar::frac(-1, 2).to_string(), "-1/2");
    }
}
