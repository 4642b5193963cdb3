//! Softmax and log-sum-exp under a shift of every logit by a.
//!
//! softmax(z + a) = softmax(z) and LSE(z + a) = LSE(z) + a in real arithmetic. The naive forms
//! exponentiate first: Σ e^(zᵢ+a) overflows to ∞ once LSE(z) + a > ln(largest double) ≈
//! 709.78 (softmax is then ∞/∞ = NaN), and every term underflows to 0 once max z + a < −745.13
//! (softmax 0/0 = NaN); between about −745 and −708 the terms are subnormal and keep only a few
//! digits. The library's versions ([`crate::math::ml::activations`]) subtract the maximum
//! first, so every exponent is ≤ 0 and the sum lies in [1, n].

use crate::demos::seeded::Seeded;
use crate::demos::text::wrap;
use crate::demos::{Claim, DemoError};
use crate::math::ml::activations::{log_sigmoid, log_softmax, logsumexp, softmax};
use std::fmt::Write;

/// ln of the largest double: e^t overflows above it.
pub fn overflow_exponent() -> f64 {
    f64::MAX.ln()
}

/// e^t rounds to 0 below this: ln of half the smallest subnormal, 2⁻¹⁰⁷⁵.
pub fn underflow_exponent() -> f64 {
    -1075.0 * std::f64::consts::LN_2
}

/// Σ e^(zᵢ), exponentiating first.
pub fn naive_sum(z: &[f64]) -> f64 {
    z.iter().map(|v| v.exp()).sum()
}

/// e^(zᵢ) / Σⱼ e^(zⱼ), the textbook softmax.
pub fn naive_softmax(z: &[f64]) -> Vec<f64> {
    let total = naive_sum(z);
    z.iter().map(|v| v.exp() / total).collect()
}

/// ln Σ e^(zᵢ), the textbook log-sum-exp.
pub fn naive_logsumexp(z: &[f64]) -> f64 {
    naive_sum(z).ln()
}

/// One shift: what the naive and the stable forms give for z + a.
#[derive(Debug, Clone)]
pub struct Shift {
    pub a: f64,
    pub naive_sum: f64,
    pub naive: Vec<f64>,
    pub stable: Vec<f64>,
    /// LSE(z + a) − a, naive and stable.
    pub naive_lse: f64,
    pub stable_lse: f64,
}

impl Shift {
    fn naive_finite(&self) -> bool {
        self.naive.iter().all(|p| p.is_finite())
    }

    /// max |naive − reference| over the entries (∞ when an entry is not finite).
    fn naive_error(&self, reference: &[f64]) -> f64 {
        max_gap(&self.naive, reference)
    }
}

fn max_gap(a: &[f64], b: &[f64]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| {
            if x.is_finite() {
                (x - y).abs()
            } else {
                f64::INFINITY
            }
        })
        .fold(0.0, f64::max)
}

/// The softmax measurements of one run.
#[derive(Debug, Clone)]
pub struct Measured {
    /// The seeded logits (one decimal, in [−3, 3]).
    pub z: Vec<f64>,
    pub reference: Vec<f64>,
    pub lse: f64,
    /// From a = −1000 to 1000.
    pub shifts: Vec<Shift>,
    /// The rows of the terminal table.
    pub table: Vec<Shift>,
    /// A gap d in the logits [0, −d] and d for ln σ(−d).
    pub gap: f64,
    /// ln of the naive softmax's second entry, and log_softmax's.
    pub log_of_softmax: f64,
    pub log_softmax: f64,
    /// ln σ(−d) naively (ln(1/(1 + e^d))), and log_sigmoid(−d).
    pub naive_log_sigmoid: f64,
    pub log_sigmoid: f64,
}

/// The shifts shown in the table: both failures, the subnormal band and the working middle.
pub const TABLE_SHIFTS: [f64; 8] = [-1000.0, -750.0, -740.0, -720.0, 0.0, 700.0, 720.0, 1000.0];

fn shift(z: &[f64], a: f64) -> Result<Shift, DemoError> {
    let zs: Vec<f64> = z.iter().map(|v| v + a).collect();
    let bad = |e: crate::math::ml::MlError| DemoError::Example(e.to_string());
    Ok(Shift {
        a,
        naive_sum: naive_sum(&zs),
        naive: naive_softmax(&zs),
        stable: softmax(&zs).map_err(bad)?,
        naive_lse: naive_logsumexp(&zs) - a,
        stable_lse: logsumexp(&zs).map_err(bad)? - a,
    })
}

/// Seeded logits and shifts from −1000 to 1000 in steps of `step`.
pub fn measure(rng: &mut Seeded, step: f64) -> Result<Measured, DemoError> {
    let n = rng.pick(&[3, 4, 5]);
    let z: Vec<f64> = (0..n)
        .map(|_| (rng.uniform(-3.0, 3.0) * 10.0).round() / 10.0)
        .collect();
    let bad = |e: crate::math::ml::MlError| DemoError::Example(e.to_string());
    let reference = softmax(&z).map_err(bad)?;
    let lse = logsumexp(&z).map_err(bad)?;
    let count = (2000.0 / step).round() as usize;
    let shifts = (0..=count)
        .map(|k| shift(&z, -1000.0 + k as f64 * step))
        .collect::<Result<Vec<_>, _>>()?;
    let table = TABLE_SHIFTS
        .iter()
        .map(|&a| shift(&z, a))
        .collect::<Result<Vec<_>, _>>()?;
    let gap = (rng.uniform(750.0, 950.0)).round();
    let pair = [0.0, -gap];
    let naive_pair = naive_softmax(&pair);
    Ok(Measured {
        log_of_softmax: naive_pair[1].ln(),
        log_softmax: log_softmax(&pair).map_err(bad)?[1],
        naive_log_sigmoid: (1.0 / (1.0 + gap.exp())).ln(),
        log_sigmoid: log_sigmoid(-gap),
        z,
        reference,
        lse,
        shifts,
        table,
        gap,
    })
}

/// What the shifts show, as claims.
pub fn claims(m: &Measured) -> Vec<Claim> {
    let over = overflow_exponent() - m.lse;
    let max_z = m.z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let under = underflow_exponent() - max_z;
    let margin = 1e-9;
    // Overflow: the naive sum is ∞ (softmax NaN) exactly above `over`.
    let overflow = m.shifts.iter().all(|s| {
        if s.a > over + margin {
            s.naive_sum == f64::INFINITY && s.naive_error(&m.reference) > 0.1
        } else if s.a < over - margin {
            s.naive_sum.is_finite()
        } else {
            true
        }
    });
    let underflow = m.shifts.iter().all(|s| {
        if s.a < under - margin {
            s.naive_sum == 0.0 && s.naive.iter().all(|p| p.is_nan())
        } else if s.a > under + margin {
            s.naive_sum > 0.0
        } else {
            true
        }
    });
    let subnormal = m
        .shifts
        .iter()
        .filter(|s| s.a > under + margin && s.a + max_z < f64::MIN_POSITIVE.ln())
        .map(|s| s.naive_error(&m.reference))
        .fold(0.0, f64::max);
    let middle = m
        .shifts
        .iter()
        .filter(|s| s.a.abs() <= 700.0)
        .map(|s| s.naive_error(&m.reference))
        .fold(0.0, f64::max);
    let stable_sum = m
        .shifts
        .iter()
        .map(|s| (s.stable.iter().sum::<f64>() - 1.0).abs())
        .fold(0.0, f64::max);
    let stable_gap = m
        .shifts
        .iter()
        .map(|s| max_gap(&s.stable, &m.reference))
        .fold(0.0, f64::max);
    let lse_gap = m
        .shifts
        .iter()
        .map(|s| (s.stable_lse - m.lse).abs())
        .fold(0.0, f64::max);
    let last = m.shifts.last().expect("shifts");
    vec![
        Claim::new(
            overflow && !last.naive_finite(),
            format!(
                "naive softmax overflows (Σ e^(zᵢ+a) = ∞, so every p is 0, or NaN once a term \
                 is ∞) for every shift a above ln(1.8e308) − LSE(z) = {over:.2}, and only \
                 there; at a = {} it is [{}]",
                last.a,
                last.naive
                    .iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
        Claim::new(
            underflow && subnormal > 1e-6,
            format!(
                "below a = −745.13 − max z = {} every e^(zᵢ+a) underflows to 0 \
                 (softmax 0/0 = NaN); just above, in the subnormals, it is finite but off by up \
                 to {subnormal:.1e}",
                signed(format!("{under:.2}"))
            ),
        ),
        Claim::new(
            middle < 1e-12,
            format!(
                "for |a| ≤ 700 the naive softmax is right (within {middle:.1e}): the formula \
                 is fine, its range is not"
            ),
        ),
        Claim::new(
            stable_sum < 1e-15 && stable_gap < 1e-12,
            format!(
                "the stable softmax sums to 1 within {stable_sum:.1e} and equals softmax(z) \
                 within {stable_gap:.1e} at all {} shifts (it is shift-invariant)",
                m.shifts.len()
            ),
        ),
        Claim::new(
            lse_gap < 1e-12 && !last.naive_lse.is_finite(),
            format!(
                "the stable LSE(z + a) − a equals LSE(z) within {lse_gap:.1e} at every shift \
                 (the rounding of z + a alone is up to 5.7e-14 per entry); the naive one is {} at \
                 a = {}",
                last.naive_lse, last.a
            ),
        ),
        Claim::new(
            m.log_of_softmax == f64::NEG_INFINITY
                && (m.log_softmax + m.gap).abs() <= 1e-12 * m.gap
                && m.naive_log_sigmoid == f64::NEG_INFINITY
                && (m.log_sigmoid + m.gap).abs() <= 1e-12 * m.gap,
            format!(
                "logits [0, −{d}]: ln(softmax)₂ = {} but log_softmax₂ = {}; ln σ(−{d}) is {} \
                 naively, log_sigmoid(−{d}) = {}",
                signed(m.log_of_softmax.to_string()),
                signed(m.log_softmax.to_string()),
                signed(m.naive_log_sigmoid.to_string()),
                signed(m.log_sigmoid.to_string()),
                d = m.gap
            ),
        ),
    ]
}

/// A value as the table shows it: 9 decimals, or inf/NaN as they are.
fn short(v: f64) -> String {
    if v.is_finite() {
        signed(format!("{v:.9}"))
    } else {
        signed(format!("{v}"))
    }
}

/// A leading minus sign written as − (the exponent of e-notation keeps its hyphen).
fn signed(s: String) -> String {
    match s.strip_prefix('-') {
        Some(rest) => format!("−{rest}"),
        None => s,
    }
}

/// The table of a few shifts and the log-space lines.
pub fn table(m: &Measured, seed: u64) -> String {
    let z: Vec<String> = m.z.iter().map(|v| signed(format!("{v}"))).collect();
    let mut t = wrap(
        &format!(
            "Naive vs stable softmax and log-sum-exp (seed {seed}). The logits z = [{}] are \
             shifted by a: softmax(z + a) = softmax(z) and LSE(z + a) − a = LSE(z) = {}. p₁ \
             is the first probability, {}.",
            z.join(", "),
            short(m.lse),
            short(m.reference[0])
        ),
        80,
        0,
    );
    let _ = writeln!(
        t,
        "\n{:>6}  {:>11}  {:>12}  {:>12}  {:>12}  {:>12}",
        "a", "Σ e^(zᵢ+a)", "naive p₁", "stable p₁", "naive LSE−a", "stable"
    );
    for s in &m.table {
        let _ = writeln!(
            t,
            "{:>6}  {:>11}  {:>12}  {:>12}  {:>12}  {:>12}",
            signed(format!("{}", s.a)),
            format!("{:.3e}", s.naive_sum),
            short(s.naive[0]),
            short(s.stable[0]),
            short(s.naive_lse),
            short(s.stable_lse)
        );
    }
    let d = m.gap;
    t.push('\n');
    t.push_str(&wrap(
        "Above a ≈ 709 − LSE(z) the sum overflows; below a ≈ −745 − max z every term \
         underflows to 0, and a little above that the terms are subnormal and keep few \
         digits. Subtracting max z first makes every exponent ≤ 0 and the sum lie in \
         [1,\u{a0}n]: the stable columns never change.",
        80,
        0,
    ));
    t.push('\n');
    t.push_str(&wrap(
        &format!(
            "In log space nothing overflows. For the logits [0, −{d}] the second probability \
             e^−{d}/(1 + e^−{d}) underflows to 0, so ln(softmax)₂ = {} and its cross-entropy \
             is ∞; log_softmax(z)₂ = z₂ − LSE(z) = {}. Likewise ln(1/(1 + e^{d})) = {} but \
             log_sigmoid(−{d}) = {}. That is why frameworks ship log_softmax, cross-entropy \
             from logits and BCEWithLogitsLoss: never exponentiate first.",
            signed(m.log_of_softmax.to_string()),
            signed(m.log_softmax.to_string()),
            signed(m.naive_log_sigmoid.to_string()),
            signed(m.log_sigmoid.to_string()),
        ),
        80,
        0,
    ));
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_edges_are_where_exp_overflows_and_underflows() {
        let (o, u) = (overflow_exponent(), underflow_exponent());
        assert!((o - 709.782_712_893_384).abs() < 1e-9);
        assert!((u - (-745.133_219_101_941_1)).abs() < 1e-9);
        assert!((o - 1e-9).exp().is_finite() && (o + 1e-9).exp().is_infinite());
        assert!((u + 1e-9).exp() > 0.0 && (u - 1e-9).exp() == 0.0);
        // The naive forms agree with the library in the middle and fail past the edges.
        let z = [1.0, 2.0, 3.0];
        let p = softmax(&z).unwrap();
        assert!(max_gap(&naive_softmax(&z), &p) < 1e-15);
        assert!((naive_logsumexp(&z) - logsumexp(&z).unwrap()).abs() < 1e-15);
        assert!(naive_softmax(&[800.0, 1.0]).iter().any(|v| v.is_nan()));
        assert!(naive_softmax(&[-800.0, -801.0]).iter().all(|v| v.is_nan()));
    }

    #[test]
    fn the_claims_hold_across_seeds_and_fail_without_the_effect() {
        for seed in 0..30 {
            for step in [1.0, 5.0] {
                let m = measure(&mut Seeded::new(seed), step).unwrap();
                let failed: Vec<Claim> = claims(&m).into_iter().filter(|c| !c.holds).collect();
                assert!(failed.is_empty(), "seed {seed}/{step}: {failed:#?}");
            }
        }
        let m = measure(&mut Seeded::new(3), 5.0).unwrap();
        assert_ne!(m.z, measure(&mut Seeded::new(4), 5.0).unwrap().z);
        // A naive softmax that never overflowed, and a stable one that drifted, are caught.
        let mut bad = m.clone();
        for s in &mut bad.shifts {
            s.naive = s.stable.clone();
            s.naive_sum = 1.0;
        }
        bad.shifts[10].stable[0] += 1e-9;
        let failed = claims(&bad).iter().filter(|c| !c.holds).count();
        assert_eq!(failed, 3, "{:#?}", claims(&bad));
    }
}
