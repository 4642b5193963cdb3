//! What the optimizer kinds share: the bowl-shaped losses L(θ) = Σ aᵢ(θᵢ − cᵢ)² they step on
//! (written as a prompt and a solution show them, with their exact gradients), learning rates,
//! and writing a step `θ − η·g` with this problem's numbers.

use crate::engine::{DrillRng, Line};
use crate::exercises::common::{factor, num, short_decimal, sub};
use crate::expr::Value;
use crate::math::Scalar;

/// The learning rates the kinds use: 0.1, 0.05, 0.2, 0.25 (short decimals, exact).
pub const RATES: [(i64, i64); 4] = [(1, 10), (1, 20), (1, 5), (1, 4)];

/// A learning rate drawn from the first `k` of [`RATES`].
pub fn draw_rate(rng: &mut DrillRng, k: usize) -> Scalar {
    let (n, d) = RATES[rng.index(k.min(RATES.len()))];
    Scalar::frac(n, d)
}

/// A value as the kinds print and accept it: a terminating decimal of at most 6 significant
/// digits as that decimal (`1.8`, not `9/5`), any other fraction as a fraction.
pub fn shown(x: Scalar) -> Scalar {
    short_decimal(x, 6)
}

/// [`shown`] of every entry.
pub fn shown_all(v: &[Scalar]) -> Vec<Scalar> {
    v.iter().map(|&x| shown(x)).collect()
}

/// The answer value of a parameter vector, [`shown`]: a number for one parameter, else a
/// vector.
pub fn answer_value(theta: &[Scalar]) -> Value {
    let v = shown_all(theta);
    if v.len() == 1 {
        Value::Scalar(v[0])
    } else {
        Value::Vector(v)
    }
}

/// The parameter's name: `θ` for one parameter, `x`, `y` for two (so that θ₀, θ₁ … name the
/// iterates, never a coordinate).
pub fn param(i: usize, n: usize) -> String {
    match (n, i) {
        (1, _) => "θ".into(),
        (_, 0) => "x".into(),
        (_, 1) => "y".into(),
        _ => format!("θ{}", sub(i + 1)),
    }
}

/// `θ − 3`, `θ + 2` or `θ` (for c = 0).
fn shifted(var: &str, c: i64) -> String {
    match c {
        0 => var.to_string(),
        c if c > 0 => format!("{var} − {c}"),
        c => format!("{var} + {}", -c),
    }
}

/// k times a shifted variable: `4(θ − 3)`, `(θ + 1)`, `2θ`, `θ`, with `²` after a square.
fn times_shifted(k: i64, var: &str, c: i64, square: bool) -> String {
    let sq = if square { "²" } else { "" };
    let body = if c == 0 {
        format!("{var}{sq}")
    } else {
        format!("({}){sq}", shifted(var, c))
    };
    if k == 1 { body } else { format!("{k}{body}") }
}

/// A bowl L(θ) = Σ aᵢ(θᵢ − cᵢ)² with integer aᵢ ≥ 1 and cᵢ: its minimum is θ = c, its gradient
/// ∂L/∂θᵢ = 2aᵢ(θᵢ − cᵢ).
#[derive(Debug, Clone, PartialEq)]
pub struct Bowl {
    pub a: Vec<i64>,
    pub c: Vec<i64>,
}

impl Bowl {
    /// A bowl in `n` parameters: aᵢ in 1..=`a_max`, cᵢ in −4..4.
    pub fn draw(rng: &mut DrillRng, n: usize, a_max: i64) -> Bowl {
        Bowl {
            a: (0..n).map(|_| rng.int(1, a_max)).collect(),
            c: (0..n).map(|_| rng.int(-4, 4)).collect(),
        }
    }

    pub fn dim(&self) -> usize {
        self.a.len()
    }

    /// The loss: `L(θ) = 2(θ − 3)²` or `L(θ₁, θ₂) = (θ₁ + 1)² + 3θ₂²`.
    pub fn text(&self) -> String {
        let n = self.dim();
        let args: Vec<String> = (0..n).map(|i| param(i, n)).collect();
        let terms: Vec<String> = (0..n)
            .map(|i| times_shifted(self.a[i], &param(i, n), self.c[i], true))
            .collect();
        format!("L({}) = {}", args.join(", "), terms.join(" + "))
    }

    /// The gradient g of L as a formula: `g(θ) = 4(θ − 3)` or `g(x, y) = (2(x + 1), 6y)`.
    pub fn gradient_text(&self) -> String {
        let n = self.dim();
        let parts: Vec<String> = (0..n)
            .map(|i| times_shifted(2 * self.a[i], &param(i, n), self.c[i], false))
            .collect();
        if n == 1 {
            format!("g(θ) = {}", parts[0])
        } else {
            let args: Vec<String> = (0..n).map(|i| param(i, n)).collect();
            format!("g({}) = ({})", args.join(", "), parts.join(", "))
        }
    }

    /// The solution's first line: each term differentiated, then [`Bowl::gradient_text`].
    pub fn differentiation_line(&self) -> Line {
        Line::text("Differentiate each term, d/dθ a(θ − c)² = 2a(θ − c): ").m(self.gradient_text())
    }

    /// The gradient at `theta`, exactly.
    pub fn gradient(&self, theta: &[Scalar]) -> Vec<Scalar> {
        (0..self.dim())
            .map(|i| Scalar::int(2 * self.a[i]) * (theta[i] - Scalar::int(self.c[i])))
            .collect()
    }

    /// The gradient's entries with `theta` substituted: `4·(1 − 3)`, `6·(−2)`.
    pub fn substituted(&self, theta: &[Scalar]) -> Vec<String> {
        (0..self.dim())
            .map(|i| {
                let k = 2 * self.a[i];
                let inner = match self.c[i] {
                    0 => factor(shown(theta[i])),
                    c if c > 0 => format!("({} − {c})", num(shown(theta[i]))),
                    c => format!("({} + {})", num(shown(theta[i])), -c),
                };
                format!("{k}·{inner}")
            })
            .collect()
    }
}

/// `θ − η·g` substituted entry by entry: `1 − 0.1·(−8)` (one entry) or
/// `(1 − 0.1·(−8), 2 − 0.1·4)`.
pub fn step_text(theta: &[Scalar], eta: Scalar, g: &[Scalar]) -> String {
    let parts: Vec<String> = theta
        .iter()
        .zip(g)
        .map(|(&t, &gi)| {
            format!(
                "{} − {}·{}",
                num(shown(t)),
                num(shown(eta)),
                factor(shown(gi))
            )
        })
        .collect();
    tuple(&parts)
}

/// One entry as itself, several as `(a, b)`.
pub fn tuple(parts: &[String]) -> String {
    if parts.len() == 1 {
        parts[0].clone()
    } else {
        format!("({})", parts.join(", "))
    }
}

/// A data point `(2, −3)` with true minus signs.
pub fn point(x: i64, y: i64) -> String {
    format!("({}, {})", num(Scalar::int(x)), num(Scalar::int(y)))
}

/// An exact value as its decimal when that terminates (`0.074925025`), else as a fraction:
/// moment estimates are written in full.
pub fn exact_decimal(x: Scalar) -> String {
    crate::exercises::common::decimal(x)
}

/// Values as [`tuple`] writes them, each with [`num`] of its [`shown`] form.
pub fn values(v: &[Scalar]) -> String {
    tuple(&v.iter().map(|&x| num(shown(x))).collect::<Vec<_>>())
}

/// The residuals w·xᵢ + c − yᵢ of the line ŷ = w·x + c, θ = (w, c), at every point.
pub fn residuals(xs: &[i64], ys: &[i64], theta: &[Scalar]) -> Vec<Scalar> {
    xs.iter()
        .zip(ys)
        .map(|(&x, &y)| theta[0] * Scalar::int(x) + theta[1] - Scalar::int(y))
        .collect()
}

/// k·(Σ rᵢxᵢ, Σ rᵢ) over the points `rows`: the squared error's gradient in (w, c) is this with
/// k = 2/|rows| (the mean); other k give the usual slips (the sum: k = 2; ½·MSE: k = 1/|rows|).
pub fn line_gradient(
    xs: &[i64],
    ys: &[i64],
    theta: &[Scalar],
    rows: &[usize],
    k: Scalar,
) -> Vec<Scalar> {
    let r = residuals(xs, ys, theta);
    let rx = rows
        .iter()
        .fold(Scalar::ZERO, |s, &i| s + r[i] * Scalar::int(xs[i]));
    let rs = rows.iter().fold(Scalar::ZERO, |s, &i| s + r[i]);
    vec![k * rx, k * rs]
}

/// θ − k·g entry by entry.
pub fn minus(theta: &[Scalar], k: Scalar, g: &[Scalar]) -> Vec<Scalar> {
    theta.iter().zip(g).map(|(&t, &gi)| t - k * gi).collect()
}

/// For tests: a loss given by its f64 formula, with a central-difference gradient (step 1e-4),
/// so that a kind's exact step is checked through [`crate::math::optim`]'s driver on a path
/// that shares nothing with the kind's own arithmetic.
#[cfg(test)]
pub struct Fd<F: Fn(&[f64]) -> f64>(pub usize, pub F);

#[cfg(test)]
impl<F: Fn(&[f64]) -> f64> crate::math::optim::Problem for Fd<F> {
    fn dim(&self) -> usize {
        self.0
    }
    fn cost(&self, x: &[f64]) -> f64 {
        (self.1)(x)
    }
    fn gradient(&self, x: &[f64], g: &mut [f64]) {
        let h = 1e-4;
        for i in 0..x.len() {
            let (mut up, mut down) = (x.to_vec(), x.to_vec());
            up[i] += h;
            down[i] -= h;
            g[i] = ((self.1)(&up) - (self.1)(&down)) / (2.0 * h);
        }
    }
}

/// For tests: the numbers of an answer that is a number or a vector (anything else fails).
#[cfg(test)]
pub fn floats(v: &crate::expr::Value) -> Vec<f64> {
    use crate::expr::Value;
    match v {
        Value::Scalar(x) => vec![x.to_f64()],
        Value::Vector(xs) => xs.iter().map(Scalar::to_f64).collect(),
        other => panic!("{other:?}"),
    }
}

/// For tests: exact values as f64s.
#[cfg(test)]
pub fn f64s(v: &[Scalar]) -> Vec<f64> {
    v.iter().map(Scalar::to_f64).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::scalars;

    #[test]
    fn bowls_read_as_a_teacher_writes_them() {
        let b = Bowl {
            a: vec![1, 3],
            c: vec![-1, 0],
        };
        assert_eq!(b.text(), "L(x, y) = (x + 1)² + 3y²");
        assert_eq!(b.gradient_text(), "g(x, y) = (2(x + 1), 6y)");
        let at = scalars(&[2, -2]);
        assert_eq!(b.gradient(&at), scalars(&[6, -12]));
        assert_eq!(b.substituted(&at), ["2·(2 + 1)", "6·(−2)"]);
        let one = Bowl {
            a: vec![2],
            c: vec![3],
        };
        assert_eq!(one.text(), "L(θ) = 2(θ − 3)²");
        assert_eq!(one.gradient_text(), "g(θ) = 4(θ − 3)");
        let g = one.gradient(&scalars(&[1]));
        assert_eq!(g, scalars(&[-8]));
        assert_eq!(
            step_text(&scalars(&[1]), Scalar::frac(1, 10), &g),
            "1 − 0.1·(−8)"
        );
        assert_eq!(
            values(&[Scalar::frac(9, 5), Scalar::frac(1, 3)]),
            "(1.8, 1/3)"
        );
    }
}
