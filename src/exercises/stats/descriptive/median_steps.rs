//! The median's worked steps and hint, shared by the kinds that ask for a median of drawn data.

use super::summary::{median, sorted};
use super::text::{dec, list, shown};
use crate::engine::Line;
use crate::exercises::common::chain;
use crate::exercises::common::ordinal;
use crate::math::Scalar;

/// The worked lines of the median: the sorted values, then the middle one or the mean of the
/// two middle ones.
pub(super) fn median_lines(xs: &[Scalar]) -> Vec<Line> {
    let s = sorted(xs);
    let n = s.len();
    let m = median(&s);
    let last = if n % 2 == 1 {
        Line::text(format!(
            "n = {n} is odd: the median is the {} value, ",
            ordinal(n / 2 + 1)
        ))
        .m(format!("median = {}", shown(m)))
    } else {
        Line::text(format!(
            "n = {n} is even: the median is the mean of the {} and {} values, ",
            ordinal(n / 2),
            ordinal(n / 2 + 1)
        ))
        .m(chain(
            &format!("({} + {})/2", dec(s[n / 2 - 1]), dec(s[n / 2])),
            &[shown(m)],
        ))
    };
    vec![Line::text("Sorted: ").m(list(&s)), last]
}

/// Where the median sits, as a hint: the middle value, or the two middle values to average.
pub(super) fn median_hint(xs: &[Scalar]) -> String {
    let s = sorted(xs);
    let n = s.len();
    if n % 2 == 1 {
        format!(
            "Sorted: {}. Take the {} value.",
            list(&s),
            ordinal(n / 2 + 1)
        )
    } else {
        format!(
            "Sorted: {}. The two middle values are {} and {}: take their mean.",
            list(&s),
            dec(s[n / 2 - 1]),
            dec(s[n / 2])
        )
    }
}
