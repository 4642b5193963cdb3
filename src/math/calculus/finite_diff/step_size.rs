//! The error of a difference scheme as a function of the step h, and the step that minimises it.
//!
//! Two errors compete. Truncation, from the Taylor terms the formula drops, falls like hᵖ (p the
//! scheme's order). Rounding grows like ε/h: f(x ± h) are each computed with a relative error of
//! about ε = 2⁻⁵² ≈ 2.2e-16, and the formula divides their difference by h. Plotted against h on
//! log–log axes the total error is a V; its bottom is where the two are equal:
//!
//! - forward: |f″|h/2 + 2ε|f|/h, least at h* = 2√(ε|f|/|f″|), ≈ √ε ≈ 1.5e-8 when f and f″ are
//!   of order 1, with an error of order √ε ≈ 1e-8;
//! - central: |f‴|h²/6 + ε|f|/h, least at h* = ∛(3ε|f|/|f‴|), ≈ ∛ε ≈ 6e-6, with an error of
//!   order ε^(2/3) ≈ 4e-11.
//!
//! In general h* ≈ ε^(1/(p+1)) times the scale of x, the rule of thumb [`rule_of_thumb`] uses.

use super::Scheme;

/// The unit roundoff of f64 used throughout: the distance from 1 to the next double, 2⁻⁵².
pub const EPS: f64 = f64::EPSILON;

/// The rule-of-thumb step ε^(1/(p+1))·max(1, |x|) for a scheme of order p at x: √ε·max(1, |x|)
/// for forward and backward differences, ∛ε·max(1, |x|) for central ones.
pub fn rule_of_thumb(scheme: Scheme, x: f64) -> f64 {
    EPS.powf(1.0 / (scheme.order() as f64 + 1.0)) * x.abs().max(1.0)
}

/// The modelled error of `scheme` at step h: truncation |c|·hᵖ with c = f″/2 (forward,
/// backward), f‴/6 (central) or f⁽⁵⁾/30 (five-point), given as `derivative` (that derivative of
/// f at x), plus rounding. The rounding term is ε|f(x)|/h times the sum of the absolute stencil
/// weights over the denominator's factor: 2 (forward), 1 (central), 3/2 (five-point: 18/12).
pub fn model_error(scheme: Scheme, h: f64, derivative: f64, fx: f64) -> f64 {
    let (c, rounding) = match scheme {
        Scheme::Forward | Scheme::Backward => (derivative / 2.0, 2.0),
        Scheme::Central => (derivative / 6.0, 1.0),
        Scheme::FivePoint => (derivative / 30.0, 1.5),
    };
    c.abs() * h.powi(scheme.order() as i32) + rounding * EPS * fx.abs() / h
}

/// The step minimising [`model_error`]: where d/dh (|c|hᵖ + r·ε|f|/h) = 0, that is
/// h* = (r·ε|f|/(p·|c|))^(1/(p+1)). `None` when the truncation coefficient is 0 (the scheme is
/// exact for this f, so a larger h is always better).
pub fn optimal_step(scheme: Scheme, derivative: f64, fx: f64) -> Option<f64> {
    let p = scheme.order() as f64;
    let (c, r) = match scheme {
        Scheme::Forward | Scheme::Backward => (derivative / 2.0, 2.0),
        Scheme::Central => (derivative / 6.0, 1.0),
        Scheme::FivePoint => (derivative / 30.0, 1.5),
    };
    if c == 0.0 || !c.is_finite() || !fx.is_finite() {
        return None;
    }
    Some((r * EPS * fx.abs().max(f64::MIN_POSITIVE) / (p * c.abs())).powf(1.0 / (p + 1.0)))
}

/// Steps 10^a, …, 10^b with `per_decade` points per factor of 10 (a > b allowed: descending).
pub fn log_spaced(a: i32, b: i32, per_decade: u32) -> Vec<f64> {
    let n = (a - b).unsigned_abs() * per_decade.max(1);
    let sign = if b >= a { 1.0 } else { -1.0 };
    (0..=n)
        .map(|i| 10f64.powf(a as f64 + sign * i as f64 / per_decade.max(1) as f64))
        .collect()
}

/// The actual error |D(h) − f′(x)| of `scheme` for each step in `steps`, against the exact
/// derivative `exact`: the data of the V plot.
pub fn error_curve(
    f: &dyn Fn(f64) -> f64,
    exact: f64,
    x: f64,
    scheme: Scheme,
    steps: &[f64],
) -> Vec<(f64, f64)> {
    steps
        .iter()
        .map(|&h| (h, (scheme.estimate(f, x, h) - exact).abs()))
        .collect()
}

/// The point of a curve with the smallest error (a curve of NaNs gives `None`).
pub fn best_step(curve: &[(f64, f64)]) -> Option<(f64, f64)> {
    curve
        .iter()
        .copied()
        .filter(|(_, e)| e.is_finite())
        .min_by(|a, b| a.1.total_cmp(&b.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_of_thumb_are_root_epsilon_and_cube_root_epsilon() {
        assert!((rule_of_thumb(Scheme::Forward, 0.5) / 1.49e-8 - 1.0).abs() < 0.01);
        assert!((rule_of_thumb(Scheme::Central, 0.5) / 6.06e-6 - 1.0).abs() < 0.01);
        assert!((rule_of_thumb(Scheme::Central, -200.0) / (200.0 * 6.06e-6) - 1.0).abs() < 0.01);
    }

    /// On exp at 1 (f = f″ = f‴ = e) the measured V has its bottom within a factor of 10 of the
    /// predicted h*. The model's rounding term is a worst case (each rounding error at its
    /// largest, with opposite signs); actual rounding errors are random and typically 3–10 times
    /// smaller, so on the rounding side the model is checked as an upper estimate on average,
    /// and at the bottom the measured error lies below the model's minimum but not by more than
    /// a factor of 100. On the truncation side the model is accurate within a factor of 3.
    #[test]
    fn the_measured_v_has_its_bottom_where_the_model_puts_it() {
        let f = |x: f64| x.exp();
        let e = 1f64.exp();
        let steps = log_spaced(-1, -13, 8);
        for s in [Scheme::Forward, Scheme::Central] {
            let curve = error_curve(&f, e, 1.0, s, &steps);
            let (h_best, err_best) = best_step(&curve).unwrap();
            let h_star = optimal_step(s, e, e).unwrap();
            assert!(
                h_best / h_star < 10.0 && h_star / h_best < 10.0,
                "{s:?}: {h_best} {h_star}"
            );
            let model_min = model_error(s, h_star, e, e);
            assert!(
                err_best <= model_min && err_best > model_min / 100.0,
                "{s:?}: {err_best}"
            );
            // Truncation side: at h = 1e-2 rounding is negligible for both schemes.
            let h = 1e-2;
            let measured = (s.estimate(&f, 1.0, h) - e).abs();
            let modelled = model_error(s, h, e, e);
            assert!(
                measured / modelled > 1.0 / 3.0 && measured / modelled < 3.0,
                "{s:?}"
            );
            // Rounding side: the geometric mean of the errors at the 17 smallest steps lies
            // below the model's, by less than a factor of 30.
            let tail = &curve[curve.len() - 17..];
            let log_mean = |g: &dyn Fn(f64, f64) -> f64| {
                tail.iter()
                    .map(|&(h, e)| g(h, e).max(1e-300).ln())
                    .sum::<f64>()
                    / 17.0
            };
            let got = log_mean(&|_, err| err);
            let want = log_mean(&|h, _| model_error(s, h, e, e));
            assert!(got < want && got > want - 30f64.ln(), "{s:?}: {got} {want}");
        }
    }

    /// Central differences at their best beat forward differences at theirs by orders of
    /// magnitude: ε^(2/3) against √ε.
    #[test]
    fn central_at_its_best_beats_forward_at_its_best() {
        let f = |x: f64| x.sin();
        let exact = 0.7f64.cos();
        let steps = log_spaced(-1, -13, 8);
        let best = |s| {
            best_step(&error_curve(&f, exact, 0.7, s, &steps))
                .unwrap()
                .1
        };
        assert!(best(Scheme::Central) < best(Scheme::Forward) / 100.0);
    }

    #[test]
    fn log_spacing_and_degenerate_cases() {
        let s = log_spaced(-1, -3, 2);
        assert_eq!(s.len(), 5);
        assert!((s[0] - 0.1).abs() < 1e-15 && (s[4] - 1e-3).abs() < 1e-17);
        assert_eq!(optimal_step(Scheme::Central, 0.0, 1.0), None);
        assert_eq!(best_step(&[(1.0, f64::NAN)]), None);
    }
}
