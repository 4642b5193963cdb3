//! Many tests at once: the family-wise error rate and the Bonferroni and Holm corrections.
//!
//! Adjusted p-values are those of statsmodels' `multipletests(p, alpha, method="bonferroni")`
//! and `method="holm"`: compare an adjusted p-value with `α` itself.

use super::error::{InferenceError, check, check_alpha};

/// The adjusted p-values (capped at 1) and which hypotheses are rejected at level `α`, in the
/// order the p-values were given.
#[derive(Debug, Clone, PartialEq)]
pub struct Adjusted {
    pub adjusted: Vec<f64>,
    pub reject: Vec<bool>,
}

fn check_p_values(p_values: &[f64]) -> Result<(), InferenceError> {
    for &p in p_values {
        check("a p-value", p, "between 0 and 1", |p| {
            (0.0..=1.0).contains(&p)
        })?;
    }
    Ok(())
}

/// The family-wise error rate of `m` independent tests each at level `α`: the probability of at
/// least one false rejection when every null hypothesis is true, `1 − (1 − α)^m` (computed as
/// `−expm1(m·ln1p(−α))`, so `m = 1` gives `α` exactly and small rates keep their digits).
pub fn family_wise_error_rate(alpha: f64, m: u64) -> Result<f64, InferenceError> {
    let alpha = check_alpha(alpha)?;
    Ok(-(m as f64 * (-alpha).ln_1p()).exp_m1())
}

/// The Bonferroni threshold `α/m`: each of `m` tests at level `α/m` keeps the family-wise error
/// rate at most `α` (by the union bound, independent or not). *Divide* α by m; multiplying is
/// the classic mistake.
pub fn bonferroni_threshold(alpha: f64, m: u64) -> Result<f64, InferenceError> {
    let alpha = check_alpha(alpha)?;
    if m == 0 {
        return Err(InferenceError::TooFewValues {
            what: "a Bonferroni threshold",
            needed: 1,
            got: 0,
        });
    }
    Ok(alpha / m as f64)
}

/// Bonferroni: adjusted `pᵢ' = min(1, m·pᵢ)`; reject `Hᵢ` when `pᵢ ≤ α/m` (statsmodels' rule,
/// the same as `pᵢ' ≤ α` up to rounding).
pub fn bonferroni(p_values: &[f64], alpha: f64) -> Result<Adjusted, InferenceError> {
    let alpha = check_alpha(alpha)?;
    check_p_values(p_values)?;
    let m = p_values.len() as f64;
    Ok(Adjusted {
        adjusted: p_values.iter().map(|p| (p * m).min(1.0)).collect(),
        reject: p_values.iter().map(|&p| p <= alpha / m).collect(),
    })
}

/// Holm's step-down method: sort the p-values, `p₍₁₎ ≤ … ≤ p₍ₘ₎`; reject `H₍₁₎, …, H₍ₖ₎` up to
/// the first `p₍ᵢ₎ > α/(m − i + 1)` and none after. Adjusted `p₍ᵢ₎' = max_{j≤i} min(1,
/// (m − j + 1)·p₍ⱼ₎)`. It controls the family-wise error rate like Bonferroni and rejects at
/// least as many.
pub fn holm(p_values: &[f64], alpha: f64) -> Result<Adjusted, InferenceError> {
    let alpha = check_alpha(alpha)?;
    check_p_values(p_values)?;
    let m = p_values.len();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&i, &j| p_values[i].total_cmp(&p_values[j]));
    let mut adjusted = vec![0.0; m];
    let mut reject = vec![false; m];
    let (mut running_max, mut still_rejecting) = (0.0f64, true);
    for (rank, &i) in order.iter().enumerate() {
        let factor = (m - rank) as f64;
        running_max = running_max.max(factor * p_values[i]);
        adjusted[i] = running_max.min(1.0);
        still_rejecting = still_rejecting && p_values[i] <= alpha / factor;
        reject[i] = still_rejecting;
    }
    Ok(Adjusted { adjusted, reject })
}
