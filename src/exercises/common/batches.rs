//! A batch of values as the ML and cost-gradient prompts show it, `y = (3, 5, 2.5)`, a sum of
//! values as decimals, `0.25 + 4 + 1`, and a mean written as a chain,
//! `(0.25 + 4 + 1)/3 = 5.25/3 = 1.75`. The exact sum and mean are [`super::moments`]'s.

use super::moments::{mean, total};
use crate::engine::Line;
use crate::exercises::common::{
    MAX_PLACES, chain, data_list, decimal, num, short_decimal, signed_join,
};
use crate::math::Scalar;

/// A batch of values in parentheses, as decimals where they terminate: `(3, −0.5, 2)`.
pub fn batch(xs: &[Scalar]) -> String {
    format!("({})", data_list(xs))
}

/// A prompt line `label  symbol = (…)`: `targets  y = (3, 5, 2)`.
pub fn batch_line(label: &str, symbol: &str, xs: &[Scalar]) -> Line {
    Line::text(label).m(format!("{symbol} = {}", batch(xs)))
}

/// A sum with its signs folded in, each value as a decimal: `0.25 + 4 − 1.5`.
pub fn decimal_sum(xs: &[Scalar]) -> String {
    let terms: Vec<(bool, String)> = xs
        .iter()
        .map(|&x| (x.to_f64() < 0.0, decimal(x.abs())))
        .collect();
    signed_join(&terms)
}

/// A result as `solve` prints it: a short terminating decimal as that decimal, any other
/// exact value as a fraction (`189/256`), a real to 6 significant figures. The last step of a
/// solution writes the answer this way, so that it reads as the canonical answer.
pub fn shown(x: Scalar) -> String {
    num(short_decimal(x, MAX_PLACES))
}

/// `lhs = (a + b + c)/n = S/n = mean`: the mean of `xs` as a chain of equalities.
pub fn mean_chain(lhs: &str, xs: &[Scalar]) -> String {
    let n = xs.len();
    chain(
        lhs,
        &[
            format!("({})/{n}", decimal_sum(xs)),
            format!("{}/{n}", decimal(total(xs))),
            shown(mean(xs)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::scalars;

    #[test]
    fn batches_sums_and_means_are_written_as_decimals() {
        let xs = [Scalar::frac(1, 4), Scalar::int(4), Scalar::frac(-3, 2)];
        assert_eq!(batch(&xs), "(0.25, 4, −1.5)");
        assert_eq!(decimal_sum(&xs), "0.25 + 4 − 1.5");
        assert_eq!(mean(&xs), Scalar::frac(11, 12));
        assert_eq!(
            mean_chain("m", &scalars(&[1, 2, 6])),
            "m = (1 + 2 + 6)/3 = 9/3 = 3"
        );
    }
}
