//! The one-variable difference formulas for f′(x) and f″(x).

/// A finite-difference formula for the first derivative f′(x) with step h.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// (f(x + h) − f(x))/h: error f″(x)·h/2 + O(h²), first order.
    Forward,
    /// (f(x) − f(x − h))/h: error −f″(x)·h/2 + O(h²), first order.
    Backward,
    /// (f(x + h) − f(x − h))/(2h): error f‴(x)·h²/6 + O(h⁴), second order (the even terms of
    /// the Taylor series cancel).
    Central,
    /// (−f(x + 2h) + 8f(x + h) − 8f(x − h) + f(x − 2h))/(12h): error −f⁽⁵⁾(x)·h⁴/30 + O(h⁶),
    /// fourth order.
    FivePoint,
}

impl Scheme {
    /// All schemes, in order of accuracy.
    pub const ALL: [Scheme; 4] = [
        Scheme::Forward,
        Scheme::Backward,
        Scheme::Central,
        Scheme::FivePoint,
    ];

    /// The estimate of f′(x) with step h > 0.
    pub fn estimate(self, f: &dyn Fn(f64) -> f64, x: f64, h: f64) -> f64 {
        match self {
            Scheme::Forward => (f(x + h) - f(x)) / h,
            Scheme::Backward => (f(x) - f(x - h)) / h,
            Scheme::Central => (f(x + h) - f(x - h)) / (2.0 * h),
            Scheme::FivePoint => {
                (-f(x + 2.0 * h) + 8.0 * f(x + h) - 8.0 * f(x - h) + f(x - 2.0 * h)) / (12.0 * h)
            }
        }
    }

    /// The order p of the truncation error: halving h divides it by about 2ᵖ.
    pub fn order(self) -> u32 {
        match self {
            Scheme::Forward | Scheme::Backward => 1,
            Scheme::Central => 2,
            Scheme::FivePoint => 4,
        }
    }

    /// The formula, as a learner writes it.
    pub fn formula(self) -> &'static str {
        match self {
            Scheme::Forward => "(f(x + h) − f(x))/h",
            Scheme::Backward => "(f(x) − f(x − h))/h",
            Scheme::Central => "(f(x + h) − f(x − h))/(2h)",
            Scheme::FivePoint => "(−f(x + 2h) + 8f(x + h) − 8f(x − h) + f(x − 2h))/(12h)",
        }
    }

    /// The scheme's name in prose.
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Forward => "forward difference",
            Scheme::Backward => "backward difference",
            Scheme::Central => "central difference",
            Scheme::FivePoint => "five-point stencil",
        }
    }
}

/// The central second difference (f(x + h) − 2f(x) + f(x − h))/h² for f″(x): error
/// f⁽⁴⁾(x)·h²/12 + O(h⁴). Its rounding error grows like ε/h², so its best step is ≈ ε^(1/4).
pub fn second_difference(f: &dyn Fn(f64) -> f64, x: f64, h: f64) -> f64 {
    (f(x + h) - 2.0 * f(x) + f(x - h)) / (h * h)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error of each scheme on sin at 1 against the exact cos(1), at two steps: the ratio
    /// err(h)/err(h/2) is 2ᵖ for the scheme's order p (h large enough that rounding is negligible).
    #[test]
    fn halving_h_divides_the_error_by_two_to_the_order() {
        let f = |x: f64| x.sin();
        let exact = 1f64.cos();
        for s in Scheme::ALL {
            let h = if s == Scheme::FivePoint { 0.05 } else { 1e-3 };
            let e1 = (s.estimate(&f, 1.0, h) - exact).abs();
            let e2 = (s.estimate(&f, 1.0, h / 2.0) - exact).abs();
            let ratio = e1 / e2;
            let want = 2f64.powi(s.order() as i32);
            assert!(
                (ratio / want - 1.0).abs() < 0.02,
                "{s:?}: {ratio} vs {want}"
            );
        }
    }

    /// The leading error terms the doc comments state: f″h/2 for forward, −f″h/2 for backward,
    /// f‴h²/6 for central, on exp at 0 (every derivative 1).
    #[test]
    fn the_leading_error_terms_are_the_documented_ones() {
        let f = |x: f64| x.exp();
        let h = 1e-3;
        let err = |s: Scheme| s.estimate(&f, 0.0, h) - 1.0;
        assert!((err(Scheme::Forward) / (h / 2.0) - 1.0).abs() < 1e-3);
        assert!((err(Scheme::Backward) / (-h / 2.0) - 1.0).abs() < 1e-3);
        assert!((err(Scheme::Central) / (h * h / 6.0) - 1.0).abs() < 1e-3);
        let h = 0.1;
        let e5 = Scheme::FivePoint.estimate(&f, 0.0, h) - 1.0;
        assert!((e5 / (-h.powi(4) / 30.0) - 1.0).abs() < 0.01, "{e5}");
    }

    /// Polynomials of degree ≤ the order are differentiated exactly (up to rounding).
    #[test]
    fn exact_on_low_degree_polynomials() {
        let cubic = |x: f64| 2.0 * x * x * x - x * x + 3.0 * x - 5.0;
        let d = |x: f64| 6.0 * x * x - 2.0 * x + 3.0;
        let quartic = |x: f64| x.powi(4) - 3.0 * x.powi(3);
        let dq = |x: f64| 4.0 * x.powi(3) - 9.0 * x * x;
        let line = |x: f64| 4.0 * x - 1.0;
        for x in [-2.0, 0.5, 3.0] {
            assert!((Scheme::Forward.estimate(&line, x, 0.25) - 4.0).abs() < 1e-12);
            let quad = |x: f64| x * x;
            assert!((Scheme::Central.estimate(&quad, x, 0.25) - 2.0 * x).abs() < 1e-12);
            assert!((Scheme::FivePoint.estimate(&cubic, x, 0.25) - d(x)).abs() < 1e-11);
            assert!((Scheme::FivePoint.estimate(&quartic, x, 0.25) - dq(x)).abs() < 1e-10);
        }
    }

    #[test]
    fn second_difference_of_a_cubic_and_of_exp() {
        let cubic = |x: f64| x * x * x;
        assert!((second_difference(&cubic, 2.0, 0.5) - 12.0).abs() < 1e-12);
        let e = second_difference(&|x: f64| x.exp(), 0.0, 1e-2) - 1.0;
        assert!((e / (1e-4 / 12.0) - 1.0).abs() < 0.01, "{e}");
    }

    /// At extreme scales the relative error stays small when h scales with x.
    #[test]
    fn scale_free_when_the_step_scales_with_x() {
        for x in [1e-150, 1e150] {
            let f = |t: f64| t * t;
            let h = x * 1e-5;
            let got = Scheme::Central.estimate(&f, x, h);
            assert!((got / (2.0 * x) - 1.0).abs() < 1e-9, "{x}: {got}");
        }
    }
}
