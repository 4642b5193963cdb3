//! Categorical cross-entropy over K classes, on probabilities and on logits.
//!
//! For example i with target distribution yᵢ (a one-hot row, or soft labels summing to 1) and
//! predicted class probabilities pᵢ: CCE = −(1/n) Σᵢ Σₖ yᵢₖ ln pᵢₖ. With class indices cᵢ
//! this is −(1/n) Σᵢ ln pᵢ,cᵢ.
//!
//! On probabilities, p is clipped to [ε, 1 − ε] like [`super::bce`] (`sklearn.metrics.log_loss`)
//! and each row must sum to 1 (within √ε, sklearn's check).
//!
//! On logits zᵢ (pᵢ = softmax(zᵢ)), ln pᵢₖ = zᵢₖ − LSE(zᵢ), so
//! CCE = (1/n) Σᵢ [LSE(zᵢ) − Σₖ yᵢₖ zᵢₖ] through log-sum-exp (stable at any scale;
//! `torch.nn.CrossEntropyLoss`), with gradient ∂/∂zᵢₖ = (1/n)(softmax(zᵢ)ₖ − yᵢₖ).

use super::binary_cross_entropy::clip;
use crate::math::ml::activations::{logsumexp, softmax};
use crate::math::ml::error::{MlError, MlResult, finite, within};

/// The targets of a batch: a class index per example (0-based), or a row of K target
/// probabilities per example (one-hot rows, or soft labels).
#[derive(Debug, Clone, Copy)]
pub enum Targets<'a> {
    Indices(&'a [usize]),
    Rows(&'a [Vec<f64>]),
}

impl Targets<'_> {
    fn len(&self) -> usize {
        match self {
            Targets::Indices(c) => c.len(),
            Targets::Rows(r) => r.len(),
        }
    }

    /// Example i's target as a row of K probabilities (checked: K entries in [0, 1] summing to
    /// 1, or an index below K).
    fn row(&self, i: usize, k: usize) -> MlResult<Vec<f64>> {
        match self {
            Targets::Indices(c) => {
                if c[i] >= k {
                    return Err(MlError::OutOfRange {
                        what: "a class index",
                        expected: "below the number of classes (indices count from 0)",
                        got: c[i] as f64,
                    });
                }
                Ok((0..k).map(|j| if j == c[i] { 1.0 } else { 0.0 }).collect())
            }
            Targets::Rows(r) => {
                let row = &r[i];
                same_width(row.len(), k)?;
                distribution("a target row y", row)?;
                Ok(row.clone())
            }
        }
    }
}

fn same_width(a: usize, k: usize) -> MlResult<()> {
    if a == k {
        Ok(())
    } else {
        Err(MlError::LengthMismatch {
            what: "the classes of y and of the predictions",
            left: a,
            right: k,
        })
    }
}

/// A row of probabilities: entries in [0, 1] with sum 1 within √ε.
fn distribution(what: &'static str, row: &[f64]) -> MlResult<()> {
    finite(what, row)?;
    for &q in row {
        within(what, "made of probabilities in [0, 1]", q, 0.0, 1.0)?;
    }
    let total: f64 = row.iter().sum();
    within(
        what,
        "a row summing to 1",
        total,
        1.0 - f64::EPSILON.sqrt(),
        1.0 + f64::EPSILON.sqrt(),
    )
}

/// The batch's prediction rows, checked: as many as targets, all of one width K ≥ 1.
fn rows_match(targets: &Targets, rows: &[Vec<f64>]) -> MlResult<usize> {
    if rows.is_empty() {
        return Err(MlError::Empty {
            what: "the predictions",
        });
    }
    if targets.len() != rows.len() {
        return Err(MlError::LengthMismatch {
            what: "the examples of y and of the predictions",
            left: targets.len(),
            right: rows.len(),
        });
    }
    let k = rows[0].len();
    for r in rows {
        same_width(r.len(), k)?;
    }
    if k == 0 {
        return Err(MlError::Empty { what: "a row" });
    }
    Ok(k)
}

/// CCE on probability rows p (each clipped to [ε, 1 − ε], each summing to 1).
pub fn cce(targets: Targets, p: &[Vec<f64>]) -> MlResult<f64> {
    let k = rows_match(&targets, p)?;
    let mut total = 0.0;
    for (i, row) in p.iter().enumerate() {
        distribution("a probability row p", row)?;
        let y = targets.row(i, k)?;
        total -= y
            .iter()
            .zip(row)
            .filter(|(t, _)| **t != 0.0)
            .map(|(t, q)| t * clip(*q).ln())
            .sum::<f64>();
    }
    Ok(total / p.len() as f64)
}

/// CCE on logit rows z: (1/n) Σᵢ [LSE(zᵢ) − Σₖ yᵢₖ zᵢₖ].
pub fn cce_with_logits(targets: Targets, z: &[Vec<f64>]) -> MlResult<f64> {
    let k = rows_match(&targets, z)?;
    let mut total = 0.0;
    for (i, row) in z.iter().enumerate() {
        let y = targets.row(i, k)?;
        let lse = logsumexp(row)?;
        total += y.iter().zip(row).map(|(t, zk)| t * (lse - zk)).sum::<f64>();
    }
    Ok(total / z.len() as f64)
}

/// ∂/∂zᵢₖ of [`cce_with_logits`]: (1/n)(softmax(zᵢ)ₖ − yᵢₖ), one row per example.
pub fn cce_with_logits_gradient(targets: Targets, z: &[Vec<f64>]) -> MlResult<Vec<Vec<f64>>> {
    let k = rows_match(&targets, z)?;
    let n = z.len() as f64;
    z.iter()
        .enumerate()
        .map(|(i, row)| {
            let y = targets.row(i, k)?;
            let s = softmax(row)?;
            Ok(s.iter().zip(&y).map(|(p, t)| (p - t) / n).collect())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_one_hot_probabilities_and_logits_agree() {
        let z = vec![vec![2.0, 1.0, 0.1], vec![0.5, 2.5, -1.0]];
        let p: Vec<Vec<f64>> = z.iter().map(|r| softmax(r).unwrap()).collect();
        let idx = [0, 2];
        let onehot = vec![vec![1.0, 0.0, 0.0], vec![0.0, 0.0, 1.0]];
        let direct = -(p[0][0].ln() + p[1][2].ln()) / 2.0;
        for t in [Targets::Indices(&idx), Targets::Rows(&onehot)] {
            assert!((cce(t, &p).unwrap() - direct).abs() < 1e-14);
            assert!((cce_with_logits(t, &z).unwrap() - direct).abs() < 1e-14);
        }
        // The gradient against central differences of the loss.
        let g = cce_with_logits_gradient(Targets::Indices(&idx), &z).unwrap();
        for i in 0..2 {
            for k in 0..3 {
                let h = 1e-6;
                let mut up = z.clone();
                let mut down = z.clone();
                up[i][k] += h;
                down[i][k] -= h;
                let t = Targets::Indices(&idx);
                let num = (cce_with_logits(t, &up).unwrap() - cce_with_logits(t, &down).unwrap())
                    / (2.0 * h);
                assert!((g[i][k] - num).abs() < 1e-8, "{i} {k}");
            }
        }
    }

    #[test]
    fn large_logits_and_bad_input() {
        // z = [1000, 0]: ln p₁ = −1000 exactly, p₁ itself underflows to 0.
        let z = vec![vec![1000.0, 0.0]];
        assert_eq!(cce_with_logits(Targets::Indices(&[1]), &z).unwrap(), 1000.0);
        assert_eq!(cce_with_logits(Targets::Indices(&[0]), &z).unwrap(), 0.0);
        let p = vec![vec![0.2, 0.3, 0.5]];
        assert!(cce(Targets::Indices(&[3]), &p).is_err());
        assert!(cce(Targets::Indices(&[0, 1]), &p).is_err());
        assert!(cce(Targets::Indices(&[0]), &[vec![0.2, 0.3, 0.6]]).is_err());
        assert!(cce(Targets::Indices(&[0]), &[vec![-0.2, 0.7, 0.5]]).is_err());
        assert!(cce(Targets::Rows(&[vec![1.0, 0.0]]), &p).is_err());
        assert!(cce(Targets::Indices(&[0]), &[vec![f64::NAN, 1.0]]).is_err());
    }
}
