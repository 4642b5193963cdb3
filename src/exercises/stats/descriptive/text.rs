//! Writing data and statistics as the prompts and worked solutions show them: decimals where the
//! data have them (`2.35`, not `47/20`), a data list `2, 5, 7`, a sum `2 + 5 − 3`, and the
//! answer's value as the checker expects it.

use crate::exercises::common::{decimal, num, short_decimal, signed_join};

/// The family's earlier names of the shared writers, kept for kinds written against them (the
/// Iris kinds); new code uses the shared names.
#[allow(unused_imports)]
pub use crate::exercises::common::{
    data_list as list, decimal as dec, decimal_factor as dec_factor,
};
use crate::math::Scalar;

/// A sum of values with their signs folded in: `2 + 5 − 1.5`.
pub fn sum(xs: &[Scalar]) -> String {
    let terms: Vec<(bool, String)> = xs
        .iter()
        .map(|&x| (x.to_f64() < 0.0, decimal(x.abs())))
        .collect();
    signed_join(&terms)
}

/// The answer's value as the checker holds it: an exact fraction with a short decimal form (at
/// most 6 places and 6 significant digits, [`short_decimal`]) becomes that decimal (so `solve`
/// prints `2.35`, not `47/20`); integers and other fractions (`17/3`) stay exact.
pub fn answer_value(x: Scalar) -> Scalar {
    short_decimal(x, 6)
}

/// The answer as the last step of a solution shows it: `num` of [`answer_value`], which is what
/// the soundness check looks for.
pub fn shown(x: Scalar) -> String {
    num(answer_value(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_fractions_and_sums_read_naturally() {
        let xs = [Scalar::int(2), Scalar::int(5), Scalar::frac(-3, 2)];
        assert_eq!(sum(&xs), "2 + 5 − 1.5");
        assert_eq!(answer_value(Scalar::frac(47, 20)), Scalar::Real(2.35));
        assert!(answer_value(Scalar::frac(17, 3)).is_exact());
        assert_eq!(shown(Scalar::frac(47, 20)), "2.35");
    }
}
