//! The numerically stable sigmoid, log-sigmoid, softplus, log-sum-exp and softmax.
//!
//! The naive formulas overflow: `1/(1 + e^{−x})` is fine for x ≥ 0 but `e^{−x}` overflows for
//! x < −709, and `ln Σ e^{zᵢ}` overflows once an entry passes 709. The stable forms never
//! exponentiate a positive number:
//! - σ(x) = 1/(1 + e^{−x}) for x ≥ 0 and e^{x}/(1 + e^{x}) for x < 0 (the same value);
//! - softplus(x) = ln(1 + eˣ) = max(x, 0) + ln(1 + e^{−|x|}), and ln σ(x) = −softplus(−x);
//! - LSE(z) = ln Σ e^{zᵢ} = m + ln Σ e^{zᵢ − m} with m = max zᵢ (the "max shift"): every
//!   exponent is ≤ 0 and the largest term is 1, so the sum is in [1, n];
//! - softmax(z)ᵢ = e^{zᵢ − m} / Σⱼ e^{zⱼ − m} (the shift cancels), as scipy.special.softmax.

use super::error::{MlResult, finite};

/// The logistic function σ(x) = 1/(1 + e^{−x}), two-branch so no exponential overflows.
/// σ(±∞) = 1 and 0; NaN gives NaN.
pub fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

/// softplus(x) = ln(1 + eˣ) = max(x, 0) + ln(1 + e^{−|x|}): exact to rounding for every x
/// (x for x ≫ 0, eˣ for x ≪ 0).
pub fn softplus(x: f64) -> f64 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}

/// ln σ(x) = −softplus(−x), finite for every finite x (about x for x ≪ 0, −e^{−x} for x ≫ 0),
/// where `sigmoid(x).ln()` gives −∞ below x ≈ −745.
pub fn log_sigmoid(x: f64) -> f64 {
    -softplus(-x)
}

/// LSE(z) = ln Σ e^{zᵢ} with the max shift: m + ln(1 + Σ_{i≠k} e^{zᵢ − m}) where zₖ = m is
/// the first maximum (`ln_1p` keeps the small remainder's digits). Stable for entries in the
/// thousands and at ±1e±150; `scipy.special.logsumexp`. Errors: empty or non-finite `z`.
pub fn logsumexp(z: &[f64]) -> MlResult<f64> {
    finite("the vector z", z)?;
    let (k, m) = argmax(z);
    let rest: f64 = z
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != k)
        .map(|(_, &zi)| (zi - m).exp())
        .sum();
    Ok(m + rest.ln_1p())
}

/// softmax(z)ᵢ = e^{zᵢ − m} / Σⱼ e^{zⱼ − m} with m = max z: entries in (0, 1] summing to 1
/// (to rounding), equal to `scipy.special.softmax`. Errors: empty or non-finite `z`.
pub fn softmax(z: &[f64]) -> MlResult<Vec<f64>> {
    finite("the vector z", z)?;
    let (_, m) = argmax(z);
    let e: Vec<f64> = z.iter().map(|&zi| (zi - m).exp()).collect();
    let total: f64 = e.iter().sum();
    Ok(e.into_iter().map(|x| x / total).collect())
}

/// log softmax(z)ᵢ = zᵢ − LSE(z): finite even where softmax underflows to 0.
pub fn log_softmax(z: &[f64]) -> MlResult<Vec<f64>> {
    let lse = logsumexp(z)?;
    Ok(z.iter().map(|&zi| zi - lse).collect())
}

/// The index and value of the first largest entry of a non-empty, finite slice.
fn argmax(z: &[f64]) -> (usize, f64) {
    z.iter().copied().enumerate().fold(
        (0, z[0]),
        |best, (i, v)| if v > best.1 { (i, v) } else { best },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sigmoid_branches_agree_with_the_textbook_formula_where_both_work() {
        for x in [-30.0, -2.5, -1e-9, 0.0, 1e-9, 0.7, 30.0] {
            let naive = 1.0 / (1.0 + f64::exp(-x));
            assert!((sigmoid(x) - naive).abs() <= 1e-15 * naive, "{x}");
            assert!((log_sigmoid(x) - naive.ln()).abs() <= 1e-14 * naive.ln().abs() + 1e-15);
        }
        assert_eq!(sigmoid(0.0), 0.5);
        assert_eq!(sigmoid(-1000.0), 0.0);
        assert!(sigmoid(-740.0) > 0.0 && sigmoid(-740.0) < 1e-320);
        assert_eq!(sigmoid(1000.0), 1.0);
        // ln σ(−1000) = −1000 − ln(1 + e^−1000) = −1000 exactly in f64.
        assert_eq!(log_sigmoid(-1000.0), -1000.0);
        // ln σ(40) = −ln(1 + e^−40) ≈ −e^−40.
        assert!((log_sigmoid(40.0) + f64::exp(-40.0)).abs() < 1e-30);
        assert!(sigmoid(f64::NAN).is_nan());
    }

    #[test]
    fn logsumexp_and_softmax_survive_large_entries() {
        // ln(e^1000 + e^1000) = 1000 + ln 2.
        let lse = logsumexp(&[1000.0, 1000.0]).unwrap();
        assert!((lse - (1000.0 + std::f64::consts::LN_2)).abs() < 1e-12);
        assert_eq!(softmax(&[1000.0, 1000.0]).unwrap(), [0.5, 0.5]);
        assert_eq!(softmax(&[-1e150, 1e150]).unwrap(), [0.0, 1.0]);
        assert_eq!(logsumexp(&[-1e150, 1e150]).unwrap(), 1e150);
        // softmax is unchanged by a shift; log_softmax is finite where softmax underflows.
        let a = softmax(&[1.0, 2.0, 3.0]).unwrap();
        let b = softmax(&[1001.0, 1002.0, 1003.0]).unwrap();
        assert!(a.iter().zip(&b).all(|(x, y)| (x - y).abs() < 1e-15));
        assert!((a.iter().sum::<f64>() - 1.0).abs() < 1e-15);
        assert_eq!(log_softmax(&[0.0, 2000.0]).unwrap(), [-2000.0, 0.0]);
        assert!(logsumexp(&[]).is_err());
        assert!(softmax(&[1.0, f64::NAN]).is_err());
        assert!(logsumexp(&[f64::INFINITY]).is_err());
    }
}
