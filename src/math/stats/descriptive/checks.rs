//! Input checks shared by every statistic: data must be non-empty and finite, pairs equally long.

use crate::math::stats::StatsError;

/// `Ok` when `xs` has at least one value and every value is finite (no NaN, no ±∞).
pub(crate) fn finite_data(xs: &[f64]) -> Result<(), StatsError> {
    if xs.is_empty() {
        return Err(StatsError::Empty);
    }
    match xs.iter().position(|x| !x.is_finite()) {
        Some(index) => Err(StatsError::NotFinite {
            index,
            value: xs[index],
        }),
        None => Ok(()),
    }
}

/// `Ok` when `xs` and `ys` are equally long, non-empty and finite.
pub(crate) fn finite_pairs(xs: &[f64], ys: &[f64]) -> Result<(), StatsError> {
    if xs.len() != ys.len() {
        return Err(StatsError::LengthMismatch {
            left: xs.len(),
            right: ys.len(),
        });
    }
    finite_data(xs)?;
    finite_data(ys)
}

/// A sorted copy of finite data (ascending; `-0.0` and `0.0` are equal and stay together).
pub(crate) fn sorted(xs: &[f64]) -> Result<Vec<f64>, StatsError> {
    finite_data(xs)?;
    let mut s = xs.to_vec();
    s.sort_by(f64::total_cmp);
    Ok(s)
}
