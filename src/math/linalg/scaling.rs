//! Scaling by powers of two, as LAPACK does before it computes: the real algorithms
//! (elimination, SVD, Jacobi, Schur) work on `2^-e·A`, whose largest entry lies in `[1, 2)`, and
//! the results are scaled back. Multiplying by a power of two is exact (no rounding, also for
//! subnormal entries), so scaling changes no digit of a result; it only keeps squares and products
//! from overflowing (`1e160²`) or underflowing (`1e-170²`) in between.
//!
//! Also here: [`frobenius`] and [`euclidean`] norms that cannot overflow or underflow, and
//! [`Magnitude`], a number kept as `mantissa·2^exponent` for products (determinants) whose value
//! may lie outside the range of `f64`.

use nalgebra::DMatrix;

/// `x·2^e`, exact unless the result overflows or is subnormal (like C's `ldexp`).
pub fn ldexp(x: f64, e: i32) -> f64 {
    let mut x = x;
    let mut e = e;
    // 2^±1000 are normal numbers; apply the power in steps that stay in range.
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

/// The exponent `e` with `2^e ≤ |x| < 2^(e+1)` for a finite nonzero `x`; 0 for 0 or non-finite.
pub fn exponent(x: f64) -> i32 {
    if x == 0.0 || !x.is_finite() {
        return 0;
    }
    let e = x.abs().log2().floor() as i32;
    // log2 may round across a power of two; correct by one step either way.
    if ldexp(x.abs(), -e) >= 2.0 {
        e + 1
    } else if ldexp(x.abs(), -e) < 1.0 {
        e - 1
    } else {
        e
    }
}

/// `(2^-e·a, e)` with `e` the [`exponent`] of the largest entry (so the scaled largest entry lies
/// in `[1, 2)`); `e = 0` for the zero matrix. Exact.
pub fn scaled(a: &DMatrix<f64>) -> (DMatrix<f64>, i32) {
    let e = exponent(a.amax());
    (a.map(|x| ldexp(x, -e)), e)
}

/// `√(Σ xᵢ²)` without overflow or underflow in the squares.
pub fn euclidean(xs: impl Iterator<Item = f64> + Clone) -> f64 {
    let big = xs.clone().fold(0.0f64, |m, x| m.max(x.abs()));
    if big == 0.0 || !big.is_finite() {
        return big;
    }
    let e = exponent(big);
    let sum: f64 = xs.map(|x| ldexp(x, -e).powi(2)).sum();
    ldexp(sum.sqrt(), e)
}

/// The Frobenius norm `√(Σ aᵢⱼ²)`, without overflow or underflow in the squares.
pub fn frobenius(a: &DMatrix<f64>) -> f64 {
    euclidean(a.iter().copied())
}

/// A real number `mantissa·2^exponent`, for products whose value may lie outside `f64`'s range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Magnitude {
    mantissa: f64,
    exponent: i64,
}

/// What [`Magnitude::to_f64`] reports when the value is outside `f64`'s range: its decimal
/// logarithm `log10|x|` and sign, so a message can say "about −1.2e400".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OutOfRange {
    pub log10: f64,
    pub negative: bool,
}

impl OutOfRange {
    /// `about 1.2e400` or `about -3e-500` (3 significant digits).
    pub fn approximate(&self) -> String {
        let mut e = self.log10.floor();
        let mut m = 10f64.powf(self.log10 - e);
        if m >= 9.995 {
            // Would print as 10 with 3 significant digits.
            m /= 10.0;
            e += 1.0;
        }
        let sign = if self.negative { "-" } else { "" };
        format!("{sign}{}e{}", crate::math::format_real(m, 3), e as i64)
    }
}

impl Magnitude {
    pub const ONE: Magnitude = Magnitude {
        mantissa: 1.0,
        exponent: 0,
    };
    /// `x·2^e`.
    pub fn new(x: f64, e: i64) -> Magnitude {
        Magnitude::ONE.times(x).times_pow2(e)
    }
    /// `self·x` for a finite `x`, renormalised so the mantissa stays in `[1, 2)` (or is 0).
    pub fn times(self, x: f64) -> Magnitude {
        if x == 0.0 || self.is_zero() {
            return Magnitude {
                mantissa: 0.0,
                exponent: 0,
            };
        }
        let e = exponent(x);
        // Both factors' mantissas lie in [1, 2): their product cannot overflow.
        Magnitude {
            mantissa: self.mantissa * ldexp(x, -e),
            exponent: self.exponent.saturating_add(i64::from(e)),
        }
        .normalised()
    }
    /// `self·2^e`.
    pub fn times_pow2(self, e: i64) -> Magnitude {
        Magnitude {
            mantissa: self.mantissa,
            exponent: self.exponent.saturating_add(e),
        }
    }
    fn normalised(self) -> Magnitude {
        let e = exponent(self.mantissa);
        Magnitude {
            mantissa: ldexp(self.mantissa, -e),
            exponent: self.exponent.saturating_add(i64::from(e)),
        }
    }
    pub fn is_zero(&self) -> bool {
        self.mantissa == 0.0
    }
    /// The value as an `f64`, or its size when it overflows `f64` or underflows to 0 while
    /// being nonzero (a subnormal result is returned as such).
    pub fn to_f64(&self) -> Result<f64, OutOfRange> {
        if self.is_zero() {
            return Ok(0.0);
        }
        let out = || OutOfRange {
            log10: (self.mantissa.abs().log2() + self.exponent as f64) * std::f64::consts::LOG10_2,
            negative: self.mantissa < 0.0,
        };
        if self.exponent > 1023 || self.exponent < -1100 {
            return Err(out());
        }
        let x = ldexp(self.mantissa, self.exponent as i32);
        if x == 0.0 || !x.is_finite() {
            return Err(out());
        }
        Ok(x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_of_two_are_exact_at_the_extremes() {
        assert_eq!(ldexp(1.0, 1023), 2f64.powi(1023));
        assert_eq!(ldexp(1.0, -1074), f64::from_bits(1));
        assert_eq!(ldexp(ldexp(5e-320, 1100), -1100), 5e-320);
        assert_eq!(exponent(1.0), 0);
        assert_eq!(exponent(0.75), -1);
        assert_eq!(exponent(f64::MAX), 1023);
        assert_eq!(exponent(f64::from_bits(1)), -1074);
        let a = DMatrix::from_row_slice(2, 2, &[3e-170, 1e-171, -4e-170, 0.0]);
        let (s, e) = scaled(&a);
        assert!((1.0..2.0).contains(&s.amax()));
        assert_eq!(s.map(|x| ldexp(x, e)), a);
    }

    #[test]
    fn norms_do_not_overflow_or_underflow() {
        assert_eq!(euclidean([3e-170, 4e-170].into_iter()), 5e-170);
        assert!((euclidean([3e200, -4e200].into_iter()) - 5e200).abs() <= 1e-15 * 5e200);
        assert_eq!(euclidean([0.0, 0.0].into_iter()), 0.0);
        let a = DMatrix::from_row_slice(1, 2, &[3e160, 4e160]);
        assert!((frobenius(&a) - 5e160).abs() <= 1e-15 * 5e160);
    }

    #[test]
    fn magnitudes_hold_products_outside_the_range() {
        let huge = (0..4).fold(Magnitude::ONE, |m, _| m.times(1e100));
        let err = huge.to_f64().unwrap_err();
        assert!((err.log10 - 400.0).abs() < 1e-9 && !err.negative);
        assert_eq!(err.approximate(), "1e400");
        let tiny = Magnitude::ONE.times(-1e-200).times(1e-200);
        assert_eq!(tiny.to_f64().unwrap_err().approximate(), "-1e-400");
        let back = huge.times(1e-300).times(1e-100);
        assert!((back.to_f64().unwrap() - 1.0).abs() < 1e-12);
        assert_eq!(Magnitude::new(3.0, 2).to_f64(), Ok(12.0));
        assert!(Magnitude::ONE.times(0.0).is_zero());
        assert_eq!(Magnitude::new(1.0, -1074).to_f64(), Ok(f64::from_bits(1)));
    }
}
