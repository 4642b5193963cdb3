//! The distribution values a learner reads from a table or the calculator (Φ(z), z from a
//! probability, the t distribution's cdf and quantiles), for the kinds' solutions: the library's
//! own ([`crate::math::prob::distributions::standard`]), the values `normcdf`, `norminv`, `tcdf`
//! and `tinv` compute in the calculator; and the z table as a learner reads it, with the
//! tolerance of answers built from its values.
//!
//! Notation: the prompts and solutions write P(Z ≤ z) for the standard normal cdf (often written
//! Φ(z)).

use super::{num, round_to};
use crate::engine::Tolerance;
use crate::math::Scalar;

pub use crate::math::prob::distributions::standard::{
    normal_cdf, normal_quantile, t_cdf, t_quantile,
};

/// P(Z ≤ z) as read from a z table: z to 2 decimals (the table's rows and columns), the value
/// to 4 decimals. Tables list z ≥ 0; for a negative z a learner reads 1 − P(Z ≤ |z|), which is
/// what this returns (it can differ in the last digit from P(Z ≤ z) rounded), so the solution
/// and the answer agree.
pub fn table_cdf(z: f64) -> f64 {
    let z = round_to(z, 2);
    if z < 0.0 {
        round_to(1.0 - round_to(normal_cdf(-z), 4), 4)
    } else {
        round_to(normal_cdf(z), 4)
    }
}

/// The table lookup as a solution writes it: `P(Z ≤ 1.25) = 0.8944`, and for a negative z
/// `P(Z ≤ −1) = 1 − P(Z ≤ 1) = 1 − 0.8413 = 0.1587`.
pub fn table_lookup(z: f64) -> String {
    let at = |z: f64| num(Scalar::Real(z));
    if z < 0.0 {
        format!(
            "P(Z ≤ {}) = 1 − P(Z ≤ {}) = 1 − {} = {}",
            at(z),
            at(-z),
            at(table_cdf(-z)),
            at(table_cdf(z))
        )
    } else {
        format!("P(Z ≤ {}) = {}", at(z), at(table_cdf(z)))
    }
}

/// The tolerance for an answer meant for the z table: `max(5e-4·|b|, 1.5e-4)`. A table gives
/// P(Z ≤ z) rounded to 4 decimals, so an answer made of one or two lookups (`1 − Φ(z)`,
/// `Φ(b) − Φ(a)`, `2·(1 − Φ(z))`) is within 1e-4 of the exact value; the exact value rounded to
/// 4 significant figures is within another 5e-5 (every answer is below 1). The kinds keep such
/// answers within [`MIN_TABLE_ANSWER`] of 0 and 1 ([`table_friendly`]), so an answer moved by 1%
/// (at least 3e-4) is still rejected.
pub const TABLE_TOLERANCE: Tolerance = Tolerance {
    rel: 5e-4,
    abs: 1.5e-4,
};

/// The smallest probability asked where [`TABLE_TOLERANCE`] applies (and the largest is
/// `1 − MIN_TABLE_ANSWER`).
pub const MIN_TABLE_ANSWER: f64 = 0.03;

/// Whether a probability answer is far enough from 0 and 1 for the table tolerance.
pub fn table_friendly(p: f64) -> bool {
    (MIN_TABLE_ANSWER..=1.0 - MIN_TABLE_ANSWER).contains(&p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use statrs::distribution::{ContinuousCDF, Normal};

    #[test]
    fn the_table_is_read_as_a_learner_reads_it() {
        let n = Normal::standard();
        // Values as printed in every z table.
        for (z, table) in [
            (0.0, 0.5),
            (1.0, 0.8413),
            (1.25, 0.8944),
            (1.96, 0.975),
            (-1.0, 0.1587),
            (2.33, 0.9901),
            (0.5, 0.6915),
            (-2.58, 0.0049),
        ] {
            assert_eq!(table_cdf(z), table, "P(Z ≤ {z})");
            assert!((table_cdf(z) - n.cdf(z)).abs() <= 5e-5 + 1e-12, "{z}");
        }
        // A negative z is read as 1 − P(Z ≤ |z|) over the whole table.
        for k in -399..0 {
            let z = k as f64 / 100.0;
            assert_eq!(table_cdf(z), round_to(1.0 - table_cdf(-z), 4), "{z}");
        }
        assert_eq!(
            table_lookup(-1.5),
            "P(Z ≤ −1.5) = 1 − P(Z ≤ 1.5) = 1 − 0.9332 = 0.0668"
        );
        assert_eq!(table_lookup(0.25), "P(Z ≤ 0.25) = 0.5987");
    }

    #[test]
    fn the_table_tolerance_accepts_table_and_calculator_but_not_one_percent() {
        let t = TABLE_TOLERANCE;
        let s = Scalar::Real;
        let z_two_sided = |z: f64| 2.0 * (1.0 - normal_cdf(z.abs()));
        for k in -300..=300 {
            let z = k as f64 / 100.0;
            let exact = 1.0 - normal_cdf(z);
            if !table_friendly(exact) {
                continue;
            }
            let table = round_to(1.0 - table_cdf(z), 4);
            let both = round_to(2.0 * (1.0 - table_cdf(z.abs())), 4);
            assert!(t.accepts(s(exact), s(table)), "z {z}");
            assert!(t.accepts(s(round_to(exact, 4)), s(table)), "z {z}");
            assert!(!t.accepts(s(table * 1.01), s(table)), "z {z}");
            assert!(!t.accepts(s(table * 0.99), s(table)), "z {z}");
            if table_friendly(both) {
                assert!(t.accepts(s(z_two_sided(z)), s(both)), "z {z}");
            }
        }
        // Between two lookups (P(a ≤ Z ≤ b)): table and calculator both accepted.
        for (a, b) in [(-1.5, 0.25), (0.1, 0.4), (-2.0, -1.0), (1.0, 2.5)] {
            let table = table_cdf(b) - table_cdf(a);
            let exact = normal_cdf(b) - normal_cdf(a);
            assert!(t.accepts(s(exact), s(table)), "{a} {b}");
            assert!(t.accepts(s(round_to(exact, 4)), s(table)), "{a} {b}");
            assert!(!t.accepts(s(table * 1.01), s(table)), "{a} {b}");
        }
        assert!(t.accepts(s(0.3413 + 1.5e-4), s(0.3413)));
        assert!(!t.accepts(s(MIN_TABLE_ANSWER * 1.01), s(MIN_TABLE_ANSWER)));
    }
}
