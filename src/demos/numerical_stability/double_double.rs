//! The reference for the cancellation half: g(x) = (1 − cos x)/x² by its Taylor series
//! Σₖ (−1)ᵏ 2x²ᵏ/(2k + 2)! = 1/2 − x²/24 + x⁴/720 − …, summed in double-double arithmetic
//! (a pair hi + lo of doubles, about 32 significant digits) so that its own rounding is far
//! below the ε the demo measures. The series has no cancellation for |x| ≤ 1 (its terms fall
//! fast and the first is 1/2), and 16 terms leave a truncation error below 1e-35 there.

/// hi + lo with |lo| ≤ ulp(hi)/2: a number to about 106 bits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DoubleDouble {
    pub hi: f64,
    pub lo: f64,
}

/// a + b = s + e exactly (Knuth's two-sum).
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// a · b = p + e exactly (the fused multiply–add gives the rounding error of the product).
fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    (p, a.mul_add(b, -p))
}

impl DoubleDouble {
    pub fn from(x: f64) -> DoubleDouble {
        DoubleDouble { hi: x, lo: 0.0 }
    }

    /// s + e renormalised (|e| small against s).
    fn normal(s: f64, e: f64) -> DoubleDouble {
        let hi = s + e;
        DoubleDouble {
            hi,
            lo: e - (hi - s),
        }
    }

    pub fn plus(self, y: DoubleDouble) -> DoubleDouble {
        let (s, e) = two_sum(self.hi, y.hi);
        DoubleDouble::normal(s, e + self.lo + y.lo)
    }

    pub fn times(self, y: DoubleDouble) -> DoubleDouble {
        let (p, e) = two_prod(self.hi, y.hi);
        DoubleDouble::normal(p, e + self.hi * y.lo + self.lo * y.hi)
    }

    /// self / d for a double d ≠ 0.
    pub fn over(self, d: f64) -> DoubleDouble {
        let q1 = self.hi / d;
        let (p, e) = two_prod(q1, d);
        let q2 = ((self.hi - p) - e + self.lo) / d;
        DoubleDouble::normal(q1, q2)
    }
}

/// Terms of the series summed: for |x| ≤ 1 the first one left out is below 2/34! ≈ 7e-39.
const TERMS: usize = 16;

/// g(x) = (1 − cos x)/x² for the double x, 0 < |x| ≤ 1, to about 30 digits; None outside.
pub fn reference_g(x: f64) -> Option<DoubleDouble> {
    if !(x != 0.0 && x.abs() <= 1.0) {
        return None;
    }
    let (t_hi, t_lo) = two_prod(x, x);
    let t = DoubleDouble { hi: t_hi, lo: t_lo };
    // cₖ = (−1)ᵏ 2/(2k + 2)!: c₀ = 1/2, cₖ = −cₖ₋₁/((2k + 1)(2k + 2)).
    let mut coefficients = vec![DoubleDouble::from(0.5)];
    for k in 1..TERMS {
        let previous = coefficients[k - 1];
        let step = ((2 * k + 1) * (2 * k + 2)) as f64;
        coefficients.push(previous.over(-step));
    }
    // Horner in t = x².
    let mut acc = coefficients[TERMS - 1];
    for c in coefficients[..TERMS - 1].iter().rev() {
        acc = acc.times(t).plus(*c);
    }
    Some(acc)
}

/// |v − r|/|r|, the relative error of the double v against the double-double r (the
/// subtraction v − r.hi is exact when v and r.hi are close, Sterbenz's lemma).
pub fn relative_error(v: f64, r: DoubleDouble) -> f64 {
    ((v - r.hi) - r.lo).abs() / r.hi.abs()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value as Json;

    /// The series, rounded to a double, is the correctly rounded value of g at each x of
    /// tests/data/cancellation_reference.json (mpmath at 60 digits; the file's script).
    #[test]
    fn the_series_matches_mpmath_to_the_last_bit() {
        let data: Json = serde_json::from_str(include_str!(
            "../../../tests/data/cancellation_reference.json"
        ))
        .unwrap();
        let cases = data["cases"].as_array().unwrap();
        assert!(cases.len() >= 10);
        for case in cases {
            let x: f64 = case["x"].as_str().unwrap().parse().unwrap();
            let g: f64 = case["g"].as_str().unwrap().parse().unwrap();
            let r = reference_g(x).unwrap();
            assert_eq!(r.hi + r.lo, r.hi, "{x}: not normalised");
            assert_eq!(r.hi, g, "x = {x}: {r:?} against mpmath {g}");
        }
    }

    #[test]
    fn double_double_arithmetic_keeps_the_digits_a_double_drops() {
        // 1/3 + 1/3 + 1/3 is 1 to 32 digits; (1 + 2^-60) − 1 keeps the 2^-60.
        let third = DoubleDouble::from(1.0).over(3.0);
        let one = third.plus(third).plus(third);
        assert!((one.hi - 1.0).abs() + one.lo.abs() < 1e-31, "{one:?}");
        let tiny = 2f64.powi(-60);
        let sum = DoubleDouble::from(1.0).plus(DoubleDouble::from(tiny));
        assert_eq!((sum.hi, sum.lo), (1.0, tiny));
        // (1 + 2^-30)² = 1 + 2^-29 + 2^-60: the last term lives in lo.
        let a = DoubleDouble::from(1.0 + 2f64.powi(-30));
        let sq = a.times(a);
        assert_eq!((sq.hi, sq.lo), (1.0 + 2f64.powi(-29), tiny));
        // The relative error of a double against a double-double sees below one ulp.
        let r = DoubleDouble { hi: 0.5, lo: 1e-20 };
        assert!((relative_error(0.5, r) - 2e-20).abs() < 1e-30);
    }

    #[test]
    fn outside_its_range_there_is_no_reference() {
        for x in [0.0, 1.5, -2.0, f64::NAN, f64::INFINITY] {
            assert!(reference_g(x).is_none(), "{x}");
        }
        assert!(reference_g(-0.5).is_some());
    }
}
