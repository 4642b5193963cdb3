//! The tolerance policy, in one place.
//!
//! Default: `|a − b| ≤ max(5e-4·|b|, 1e-9)`, where `b` is the expected value. This accepts every
//! answer correct to 4 significant figures and every exact form (`1/3`, `0.3333`), and rejects an
//! answer moved by 1%. A kind may tighten or loosen it, saying why where it does.

use crate::math::Scalar;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tolerance {
    pub rel: f64,
    pub abs: f64,
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance {
            rel: 5e-4,
            abs: 1e-9,
        }
    }
}

impl Tolerance {
    /// Whether `|got − expected| ≤ max(rel·|expected|, abs)`. Exact and decimal forms are treated
    /// alike: `1/3`, `0.3333` and `3333/10000` are all within tolerance of 1/3.
    pub fn accepts(&self, got: Scalar, expected: Scalar) -> bool {
        let (g, e) = (got.to_f64(), expected.to_f64());
        if !g.is_finite() || !e.is_finite() {
            return g == e;
        }
        (g - e).abs() <= (self.rel * e.abs()).max(self.abs)
    }
    /// Like [`Tolerance::accepts`], with the scale taken from `scale` instead of the expected
    /// value: used where an entry's size should be judged against the whole object (a vector's
    /// zero entry is compared at the vector's scale).
    pub fn accepts_at_scale(&self, got: f64, expected: f64, scale: f64) -> bool {
        got.is_finite() && (got - expected).abs() <= (self.rel * scale.abs()).max(self.abs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_significant_figures_pass_one_percent_fails() {
        let t = Tolerance::default();
        let third = Scalar::frac(1, 3);
        assert!(t.accepts(Scalar::Real(0.3333), third));
        assert!(t.accepts(third, third));
        assert!(!t.accepts(Scalar::Real(0.3333 * 1.01), third));
        assert!(t.accepts(Scalar::Real(1234.0), Scalar::Real(1234.4)));
        assert!(!t.accepts(Scalar::Real(1.0e-3), Scalar::ZERO));
        assert!(t.accepts(Scalar::Real(1.0e-10), Scalar::ZERO));
        assert!(!t.accepts(Scalar::Real(f64::NAN), Scalar::ONE));
    }
}
