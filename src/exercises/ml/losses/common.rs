//! What the losses family's kinds share: a batch written as the prompts show it,
//! `y = (3, 5, 2.5)`, a sum of values as decimals, `0.25 + 4 + 1`, and a mean written as a chain,
//! `(0.25 + 4 + 1)/3 = 5.25/3 = 1.75`. (Tests: reading a batch back from the prompt.)

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

/// The sum of `xs`, exact.
pub fn total(xs: &[Scalar]) -> Scalar {
    xs.iter().fold(Scalar::ZERO, |s, &x| s + x)
}

/// `total / n`, exact (`n > 0` by construction of every batch).
pub fn mean(xs: &[Scalar]) -> Scalar {
    total(xs)
        .checked_div(Scalar::int(xs.len() as i64))
        .unwrap_or(Scalar::Real(f64::NAN))
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
pub mod reading {
    //! Reading a batch back from the prompt, for the kinds' tests.
    use crate::engine::Draft;
    use crate::exercises::common::testing::{parse_list, prompt_text};

    /// The numbers of the batch the prompt writes as `symbol = (…)`, where `symbol` stands as a
    /// whole name (`y` is not read inside `ŷ`).
    pub fn read_batch(d: &Draft, symbol: &str) -> Vec<f64> {
        let text = prompt_text(d);
        let key = format!("{symbol} = (");
        let (at, _) = text
            .match_indices(&key)
            .find(|(i, _)| {
                text[..*i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
            })
            .unwrap_or_else(|| panic!("no {key:?} in {text}"));
        let rest = &text[at + key.len()..];
        let end = rest.find(')').expect("a closing parenthesis");
        parse_list(&rest[..end])
    }
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
