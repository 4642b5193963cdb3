//! The quartile methods as the kinds state them and the worked steps that compute them, shared
//! by `stats.quartiles`, `stats.five_number_summary` and `stats.box_plot_fences`.
//!
//! numpy's default (`np.quantile(x, q)`, `method="linear"`, Hyndman–Fan type 7) puts the
//! q-quantile at the 1-based position 1 + (n − 1)·q of the sorted data and interpolates between
//! the values on either side. The textbook method takes the medians of the lower and upper
//! halves, the median left out of both when n is odd.

use super::summary::{halves, median, position7, quartiles_halves, quartiles7};
use super::text::shown;
use crate::engine::{DrillRng, GenError, Line};
use crate::exercises::common::chain;
use crate::exercises::common::ordinal;
use crate::exercises::common::{data_list, decimal, decimal_factor};
use crate::math::Scalar;

/// A quartile method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// numpy's default linear interpolation (type 7).
    Numpy,
    /// The medians of the lower and upper halves.
    Halves,
}

impl Method {
    /// `(Q₁, Q₃)` of sorted data.
    pub fn quartiles(self, sorted: &[Scalar]) -> (Scalar, Scalar) {
        match self {
            Method::Numpy => quartiles7(sorted),
            Method::Halves => quartiles_halves(sorted),
        }
    }

    /// The prompt's statement of the method.
    pub fn statement(self) -> &'static str {
        match self {
            Method::Numpy => {
                "Use numpy's default quartiles (np.quantile, linear interpolation: the \
                 q-quantile sits at position 1 + (n − 1)·q of the sorted data)."
            }
            Method::Halves => {
                "Use the textbook quartiles: the medians of the lower and upper halves of the \
                 sorted data, the median itself left out of both halves when n is odd."
            }
        }
    }

    /// The named mistake's message for a learner who used this method where the other was asked.
    pub fn used_instead(self) -> &'static str {
        match self {
            Method::Numpy => {
                "Those are numpy's default (linear, type 7) quartiles. The question asks for the \
                 textbook ones: the medians of the lower and upper halves."
            }
            Method::Halves => {
                "Those are the textbook quartiles (medians of the halves). The question asks for \
                 numpy's default: linear interpolation at position 1 + (n − 1)·q."
            }
        }
    }

    /// The worked lines for `Q₁` and `Q₃` of sorted data.
    pub fn lines(self, sorted: &[Scalar]) -> Vec<Line> {
        match self {
            Method::Numpy => vec![numpy_line(sorted, 1), numpy_line(sorted, 3)],
            Method::Halves => halves_lines(sorted),
        }
    }

    /// A hint that gives the last step before the quartiles: where each sits.
    pub fn last_hint(self, sorted: &[Scalar]) -> String {
        match self {
            Method::Numpy => {
                let at = |k: i64| {
                    let (i, f) = position7(sorted.len(), k, 4);
                    decimal(Scalar::int(i as i64 + 1) + f)
                };
                format!(
                    "Sorted: {}. Q₁ sits at position {} and Q₃ at position {}.",
                    data_list(sorted),
                    at(1),
                    at(3)
                )
            }
            Method::Halves => {
                let (lo, hi) = halves(sorted);
                format!(
                    "The lower half is {} and the upper half is {}: take the median of each.",
                    data_list(lo),
                    data_list(hi)
                )
            }
        }
    }
}

/// `Q₁ = …` (`k` = 1) or `Q₃ = …` (`k` = 3) with numpy's linear interpolation, in words and
/// numbers: the position, the neighbours, the interpolation.
fn numpy_line(sorted: &[Scalar], k: i64) -> Line {
    let n = sorted.len();
    let (i, f) = position7(n, k, 4);
    let q = if k == 1 { "Q₁" } else { "Q₃" };
    let pos = Scalar::int(i as i64 + 1) + f;
    let head = Line::text(format!("{q} sits at position "))
        .m(chain(
            &format!("1 + ({n} − 1)·{}", if k == 1 { "0.25" } else { "0.75" }),
            &[decimal(pos)],
        ))
        .t(": ");
    if f.is_zero() {
        return head
            .t(format!("the {} sorted value, ", ordinal(i + 1)))
            .m(format!("{q} = {}", shown(sorted[i])));
    }
    let (a, b) = (sorted[i], sorted[i + 1]);
    head.t(format!(
        "between the {} and {} values, so ",
        ordinal(i + 1),
        ordinal(i + 2)
    ))
    .m(chain(
        q,
        &[
            format!(
                "{} + {}·({} − {})",
                decimal(a),
                decimal(f),
                decimal(b),
                decimal_factor(a)
            ),
            shown(a + f * (b - a)),
        ],
    ))
}

/// The halves and their medians.
fn halves_lines(sorted: &[Scalar]) -> Vec<Line> {
    let (lo, hi) = halves(sorted);
    let left_out = if sorted.len() % 2 == 1 {
        " (the median left out)"
    } else {
        ""
    };
    vec![
        Line::text(format!("Lower half{left_out}: "))
            .m(data_list(lo))
            .t(", its median ")
            .m(format!("Q₁ = {}", shown(median(lo)))),
        Line::text(format!("Upper half{left_out}: "))
            .m(data_list(hi))
            .t(", its median ")
            .m(format!("Q₃ = {}", shown(median(hi)))),
    ]
}

/// `n` distinct integers drawn from `lo..=hi` (a partial Fisher–Yates over the range, in the
/// order drawn: unsorted).
pub fn distinct_ints(rng: &mut DrillRng, n: usize, lo: i64, hi: i64) -> Result<Vec<i64>, GenError> {
    let mut pool: Vec<i64> = (lo..=hi).collect();
    if pool.len() < n {
        return Err(GenError::Redraw("range too small"));
    }
    for i in 0..n {
        let j = i + rng.index(pool.len() - i);
        pool.swap(i, j);
    }
    pool.truncate(n);
    Ok(pool)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::scalars;

    #[test]
    fn the_methods_differ_where_they_should_and_ordinals_read() {
        let s = scalars(&[1, 2, 3, 4, 5, 6]);
        assert_eq!(
            Method::Numpy.quartiles(&s),
            (Scalar::frac(9, 4), Scalar::frac(19, 4))
        );
        assert_eq!(
            Method::Halves.quartiles(&s),
            (Scalar::int(2), Scalar::int(5))
        );
        assert_eq!(
            [1, 2, 3, 4, 11, 12, 21].map(ordinal),
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "21st"]
        );
        let mut rng = DrillRng::for_exercise("t", 1, 1);
        let d = distinct_ints(&mut rng, 9, 1, 12).unwrap();
        let mut u = d.clone();
        u.sort();
        u.dedup();
        assert_eq!(u.len(), 9);
        assert!(distinct_ints(&mut rng, 9, 1, 5).is_err());
    }
}
