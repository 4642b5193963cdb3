//! Binary cross-entropy (log loss), on probabilities and on logits.
//!
//! On probabilities p ∈ [0, 1] with targets y ∈ [0, 1] (0/1 labels, or soft labels):
//! BCE = −(1/n) Σ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)]. ln 0 = −∞, so p is first clipped to
//! [ε, 1 − ε] with ε = [`PROBABILITY_CLIP`] = 2.22e-16, the machine epsilon, as
//! `sklearn.metrics.log_loss` does for float64 (Keras clips at 1e-7, so the two differ only for
//! p within 1e-7 of 0 or 1: a confidently wrong p = 0 costs 36.04 here, 16.12 in Keras).
//!
//! On logits z (p = σ(z)), BCE = (1/n) Σ [softplus(zᵢ) − yᵢzᵢ]: the same value without
//! computing σ(z), so no clipping and no overflow (`torch.nn.BCEWithLogitsLoss`), and the
//! gradient is the simple (1/n)(σ(zᵢ) − yᵢ).

use super::{gradient_of, mean_of};
use crate::math::ml::activations::{sigmoid, softplus};
use crate::math::ml::error::{MlResult, within};

/// ε of the clip [ε, 1 − ε] applied to probabilities: `f64::EPSILON`, sklearn's `eps="auto"`.
pub const PROBABILITY_CLIP: f64 = f64::EPSILON;

/// p clipped to [ε, 1 − ε].
pub(crate) fn clip(p: f64) -> f64 {
    p.clamp(PROBABILITY_CLIP, 1.0 - PROBABILITY_CLIP)
}

/// Targets and probabilities both in [0, 1].
fn check(y: &[f64], p: &[f64]) -> MlResult<()> {
    for &t in y {
        within("a target y", "in [0, 1]", t, 0.0, 1.0)?;
    }
    for &q in p {
        within("a probability p", "in [0, 1]", q, 0.0, 1.0)?;
    }
    Ok(())
}

/// BCE on probabilities, p clipped to [ε, 1 − ε] (`sklearn.metrics.log_loss`).
pub fn bce(y: &[f64], p: &[f64]) -> MlResult<f64> {
    check(y, p)?;
    mean_of(y, p, |t, q| {
        let q = clip(q);
        -(t * q.ln() + (1.0 - t) * (-q).ln_1p())
    })
}

/// ∂BCE/∂pᵢ = (1/n)(pᵢ − yᵢ)/(pᵢ(1 − pᵢ)), at the clipped pᵢ.
pub fn bce_gradient(y: &[f64], p: &[f64]) -> MlResult<Vec<f64>> {
    check(y, p)?;
    gradient_of(y, p, |t, q| {
        let q = clip(q);
        (q - t) / (q * (1.0 - q))
    })
}

/// BCE on logits: (1/n) Σ [softplus(zᵢ) − yᵢzᵢ] = BCE(y, σ(z)) without clipping.
pub fn bce_with_logits(y: &[f64], z: &[f64]) -> MlResult<f64> {
    for &t in y {
        within("a target y", "in [0, 1]", t, 0.0, 1.0)?;
    }
    mean_of(y, z, |t, zi| softplus(zi) - t * zi)
}

/// ∂/∂zᵢ of [`bce_with_logits`]: (1/n)(σ(zᵢ) − yᵢ).
pub fn bce_with_logits_gradient(y: &[f64], z: &[f64]) -> MlResult<Vec<f64>> {
    for &t in y {
        within("a target y", "in [0, 1]", t, 0.0, 1.0)?;
    }
    gradient_of(y, z, |t, zi| sigmoid(zi) - t)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{close, numeric_gradient};
    use super::*;

    #[test]
    fn probabilities_and_logits_give_the_same_loss() {
        let y = [1.0, 0.0, 1.0, 0.0];
        let z = [2.0, -1.0, -0.5, 3.0];
        let p: Vec<f64> = z.iter().map(|&v| sigmoid(v)).collect();
        let direct: f64 = y
            .iter()
            .zip(&p)
            .map(|(t, q)| -(t * q.ln() + (1.0 - t) * (1.0 - q).ln()))
            .sum::<f64>()
            / 4.0;
        assert!((bce(&y, &p).unwrap() - direct).abs() < 1e-14);
        assert!((bce_with_logits(&y, &z).unwrap() - direct).abs() < 1e-14);
        let num = numeric_gradient(&z, |v| bce_with_logits(&y, v).unwrap());
        assert!(close(
            &bce_with_logits_gradient(&y, &z).unwrap(),
            &num,
            1e-8
        ));
        let num = numeric_gradient(&p, |q| bce(&y, q).unwrap());
        assert!(close(&bce_gradient(&y, &p).unwrap(), &num, 1e-6));
    }

    #[test]
    fn extremes_are_clipped_or_stable() {
        // A confident wrong answer costs −ln ε = 36.04 (per example), not ∞.
        let worst = bce(&[1.0], &[0.0]).unwrap();
        assert!((worst + f64::EPSILON.ln()).abs() < 1e-12);
        assert!((worst - 36.04365338911715).abs() < 1e-12);
        assert_eq!(bce(&[1.0], &[1.0]).unwrap(), -(1.0 - f64::EPSILON).ln());
        // Logits: softplus(−1000) − 0 ≈ 0 and softplus(1000) − 1000 = 0 (exact in f64).
        assert_eq!(bce_with_logits(&[0.0], &[-1000.0]).unwrap(), 0.0);
        assert_eq!(bce_with_logits(&[1.0], &[1000.0]).unwrap(), 0.0);
        assert_eq!(bce_with_logits(&[1.0], &[-1000.0]).unwrap(), 1000.0);
        assert!(bce(&[1.0], &[1.5]).is_err());
        assert!(bce(&[2.0], &[0.5]).is_err());
        assert!(bce(&[1.0], &[f64::NAN]).is_err());
        assert!(bce_with_logits(&[-1.0], &[0.0]).is_err());
    }
}
