//! What the cost-gradient kinds share: a batch written as the prompts show it,
//! `x = (1, −2, 3)`, and (tests) reading it back. The same writer as the `ml.*` losses family's
//! (`src/exercises/ml/losses/common.rs`): one of them is for hoisting into
//! `src/exercises/common`.

use crate::engine::Line;
use crate::exercises::common::data_list;
use crate::math::Scalar;

/// A batch of values in parentheses, as decimals where they terminate: `(3, −0.5, 2)`.
pub fn batch(xs: &[Scalar]) -> String {
    format!("({})", data_list(xs))
}

/// A prompt line `label  symbol = (…)`.
pub fn batch_line(label: &str, symbol: &str, xs: &[Scalar]) -> Line {
    Line::text(label).m(format!("{symbol} = {}", batch(xs)))
}

/// The sum of `xs`, exact.
pub fn total(xs: &[Scalar]) -> Scalar {
    xs.iter().fold(Scalar::ZERO, |s, &x| s + x)
}

/// The integers as exact scalars.
pub fn ints(xs: &[i64]) -> Vec<Scalar> {
    xs.iter().map(|&x| Scalar::int(x)).collect()
}

#[cfg(test)]
pub mod reading {
    //! Reading a batch back from the prompt, for the kinds' tests.
    use crate::engine::Draft;
    use crate::exercises::common::testing::{parse_list, prompt_text};

    /// The numbers the prompt writes as `symbol = (…)`, `symbol` standing as a whole name.
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
