//! The ROC curve of a scoring classifier and the area under it.

use super::labels::{Label, same_length, to_bools};
use crate::math::Rational;
use crate::math::stats::StatsError;

/// One point of the ROC curve: predicting positive when `score ≥ threshold` gives these rates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RocPoint {
    pub threshold: f64,
    /// False-positive rate `FP / N` = 1 − specificity.
    pub fpr: f64,
    /// True-positive rate `TP / P` = sensitivity.
    pub tpr: f64,
}

/// Labels as bools and finite scores, with both classes present.
fn check<L: Label>(
    y_true: &[L],
    scores: &[f64],
    what: &'static str,
) -> Result<Vec<bool>, StatsError> {
    same_length(y_true.len(), scores.len())?;
    let actual = to_bools(y_true)?;
    if let Some(index) = scores.iter().position(|s| !s.is_finite()) {
        return Err(StatsError::NotFinite {
            index,
            value: scores[index],
        });
    }
    if actual.iter().all(|&a| a == actual[0]) {
        return Err(StatsError::OneClass {
            what,
            label: u8::from(actual[0]),
        });
    }
    Ok(actual)
}

/// The ROC points for every distinct score as a threshold, highest first, starting from
/// `(threshold +∞, fpr 0, tpr 0)` and ending at `(lowest score, 1, 1)`: sklearn's
/// `roc_curve(y, scores, drop_intermediate=False)`. Tied scores move together (a diagonal step).
/// Needs both classes; NaN scores, labels other than 0/1 → `Err`.
pub fn roc_points<L: Label>(y_true: &[L], scores: &[f64]) -> Result<Vec<RocPoint>, StatsError> {
    let actual = check(y_true, scores, "a ROC curve")?;
    let positives = actual.iter().filter(|&&a| a).count() as f64;
    let negatives = actual.len() as f64 - positives;
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&i, &j| scores[j].total_cmp(&scores[i]));
    let mut points = vec![RocPoint {
        threshold: f64::INFINITY,
        fpr: 0.0,
        tpr: 0.0,
    }];
    let (mut tp, mut fp) = (0.0, 0.0);
    let mut k = 0;
    while k < order.len() {
        let threshold = scores[order[k]];
        while k < order.len() && scores[order[k]] == threshold {
            if actual[order[k]] {
                tp += 1.0;
            } else {
                fp += 1.0;
            }
            k += 1;
        }
        points.push(RocPoint {
            threshold,
            fpr: fp / negatives,
            tpr: tp / positives,
        });
    }
    Ok(points)
}

/// The area under the ROC curve as an exact fraction: the share of (positive, negative) pairs in
/// which the positive scores higher, a tie counting ½ (the Mann–Whitney U statistic over P·N;
/// sklearn's `roc_auc_score`).
///
/// Computed from ranks: sort all scores, give tied scores their average rank, add the ranks of
/// the positives into `R`; then `U = R − P(P+1)/2` and `AUC = U/(P·N)`. (Ranks are doubled to
/// stay integers.) Needs both classes; NaN scores, labels other than 0/1 → `Err`.
pub fn roc_auc_exact<L: Label>(y_true: &[L], scores: &[f64]) -> Result<Rational, StatsError> {
    let (twice_u, pairs) = auc_counts(y_true, scores)?;
    Rational::from_i128(
        i128::try_from(twice_u).map_err(|_| too_many())?,
        i128::try_from(2 * pairs).map_err(|_| too_many())?,
    )
    .ok_or_else(too_many)
}

/// The area under the ROC curve as a float (see [`roc_auc_exact`]; sklearn's `roc_auc_score`).
pub fn roc_auc<L: Label>(y_true: &[L], scores: &[f64]) -> Result<f64, StatsError> {
    let (twice_u, pairs) = auc_counts(y_true, scores)?;
    Ok(twice_u as f64 / (2 * pairs) as f64)
}

fn too_many() -> StatsError {
    StatsError::OutOfRange {
        what: "the number of scores for an exact AUC",
        expected: "small enough for a 64-bit fraction",
        got: f64::INFINITY,
    }
}

/// `(2U, P·N)`: twice the Mann–Whitney U (ties ½) and the number of pairs.
fn auc_counts<L: Label>(y_true: &[L], scores: &[f64]) -> Result<(u128, u128), StatsError> {
    let actual = check(y_true, scores, "ROC AUC")?;
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&i, &j| scores[i].total_cmp(&scores[j]));
    // Sum of doubled ranks of the positives. A run of tied scores at (1-based) ranks a+1..=b
    // has the average rank (a+1+b)/2, so its doubled rank is a+1+b.
    let mut twice_rank_sum: u128 = 0;
    let mut a = 0;
    while a < order.len() {
        let b = a + order[a..]
            .iter()
            .take_while(|&&i| scores[i] == scores[order[a]])
            .count();
        let positives_in_run = order[a..b].iter().filter(|&&i| actual[i]).count() as u128;
        twice_rank_sum += positives_in_run * (a + 1 + b) as u128;
        a = b;
    }
    let p = actual.iter().filter(|&&x| x).count() as u128;
    let n = actual.len() as u128 - p;
    Ok((twice_rank_sum - p * (p + 1), p * n))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition, pair by pair: an independent path for the rank formula.
    fn auc_by_pairs(y: &[u8], s: &[f64]) -> f64 {
        let mut won = 0.0;
        let mut pairs = 0.0;
        for i in (0..y.len()).filter(|&i| y[i] == 1) {
            for j in (0..y.len()).filter(|&j| y[j] == 0) {
                pairs += 1.0;
                won += if s[i] > s[j] {
                    1.0
                } else if s[i] == s[j] {
                    0.5
                } else {
                    0.0
                };
            }
        }
        won / pairs
    }

    fn trapezoid(points: &[RocPoint]) -> f64 {
        points
            .windows(2)
            .map(|w| (w[1].fpr - w[0].fpr) * (w[0].tpr + w[1].tpr) / 2.0)
            .sum()
    }

    #[test]
    fn a_handful_of_scores_by_hand() {
        // Positives 0.8, 0.4; negatives 0.6, 0.2, 0.4: pairs won 1+1+0+1+½ = 4.5 of 6 → 3/4.
        let y = [1, 0, 1, 0, 0];
        let s = [0.8, 0.6, 0.4, 0.2, 0.4];
        assert_eq!(roc_auc_exact(&y, &s), Ok(Rational::new(3, 4).unwrap()));
        assert_eq!(roc_auc(&y, &s), Ok(0.75));
        let pts = roc_points(&y, &s).unwrap();
        let as_tuples: Vec<_> = pts.iter().map(|p| (p.threshold, p.fpr, p.tpr)).collect();
        assert_eq!(
            as_tuples,
            vec![
                (f64::INFINITY, 0.0, 0.0),
                (0.8, 0.0, 0.5),
                (0.6, 1.0 / 3.0, 0.5),
                (0.4, 2.0 / 3.0, 1.0),
                (0.2, 1.0, 1.0)
            ]
        );
    }

    #[test]
    fn ranks_pairs_and_trapezoids_agree() {
        let mut x: u64 = 12345;
        let mut next = || {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            x >> 33
        };
        for case in 0..200 {
            let n = 2 + case % 40;
            let y: Vec<u8> = (0..n)
                .map(|i| {
                    if i == 0 {
                        1
                    } else if i == 1 {
                        0
                    } else {
                        (next() % 2) as u8
                    }
                })
                .collect();
            // Few distinct scores, so ties are common.
            let s: Vec<f64> = (0..n).map(|_| (next() % 7) as f64 / 7.0).collect();
            let auc = roc_auc(&y, &s).unwrap();
            assert!((auc - auc_by_pairs(&y, &s)).abs() < 1e-14, "{case}");
            assert!(
                (auc - trapezoid(&roc_points(&y, &s).unwrap())).abs() < 1e-14,
                "{case}"
            );
        }
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(matches!(
            roc_auc(&[1, 1], &[0.1, 0.2]),
            Err(StatsError::OneClass { label: 1, .. })
        ));
        assert!(roc_auc(&[1, 0], &[0.1, f64::NAN]).is_err());
        assert!(roc_auc(&[1, 0], &[0.1]).is_err());
        assert!(roc_points(&[1, 3], &[0.1, 0.2]).is_err());
        assert!(roc_auc::<u8>(&[], &[]).is_err());
    }
}
