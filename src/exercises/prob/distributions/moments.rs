//! `prob.distribution_moments`: the mean and variance of Bernoulli, binomial, geometric,
//! Poisson, continuous uniform and exponential distributions, from their formulas.
//!
//! Level 1: the variance alone (a number) of a Bernoulli, binomial, Poisson or uniform X with
//! simple fractions or integers. Level 2: `[E(X), Var(X)]` for all six, exact (the exponential
//! given by its rate λ). Level 3: `[E(X), Var(X)]` with decimal parameters, the exponential given
//! as scipy gives it, `expon(scale = s)` with s = 1/λ.
//! Conventions stated in the prompt: the geometric X counts the trials up to and including the
//! first success (X = 1, 2, …, as numpy and scipy); the exponential's rate λ (mean 1/λ) or
//! scipy's scale (the mean itself).
//!
//! Named mistakes: the standard deviation given for the variance; a variance formula's factor
//! left out (n·p for a binomial, p for a Bernoulli, (1 − p)/p for a geometric, (b − a)²/2 for a
//! uniform, λ² for a Poisson); the geometric's other convention (failures before the first
//! success); the exponential's rate and scale confused.

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::tidy;
use crate::exercises::common::{Mistakes, chain, factor, math_line, num};
use crate::expr::Value;
use crate::math::Scalar;

pub struct DistributionMoments;

/// A distribution with its parameters (exact at levels 1–2, decimals at level 3).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Dist {
    Bernoulli(Scalar),
    Binomial(u32, Scalar),
    /// Trials up to and including the first success.
    Geometric(Scalar),
    Poisson(Scalar),
    /// Continuous uniform on [a, b].
    Uniform(Scalar, Scalar),
    /// By its rate λ.
    ExponentialRate(Scalar),
    /// By scipy's scale s = 1/λ.
    ExponentialScale(Scalar),
}

/// One problem: the distribution, and whether both moments are asked (else the variance).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub dist: Dist,
    pub both: bool,
}

fn frac(rng: &mut DrillRng, options: &[(i64, i64)]) -> Scalar {
    let (n, d) = *rng.pick(options);
    Scalar::frac(n, d)
}

fn decimal(rng: &mut DrillRng, options: &[f64]) -> Scalar {
    Scalar::Real(*rng.pick(options))
}

const SIMPLE_P: &[(i64, i64)] = &[(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (1, 5), (2, 5)];

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let dist = match level {
        1 => match rng.index(4) {
            0 => Dist::Bernoulli(frac(rng, SIMPLE_P)),
            1 => Dist::Binomial(rng.int(4, 20) as u32, frac(rng, SIMPLE_P)),
            2 => Dist::Poisson(Scalar::int(rng.int(2, 9))),
            _ => {
                let a = rng.int(0, 10);
                Dist::Uniform(
                    Scalar::int(a),
                    Scalar::int(a + *rng.pick(&[2, 3, 4, 6, 12])),
                )
            }
        },
        2 => match rng.index(6) {
            0 => Dist::Bernoulli(frac(rng, SIMPLE_P)),
            1 => Dist::Binomial(rng.int(10, 50) as u32, frac(rng, SIMPLE_P)),
            2 => Dist::Geometric(frac(
                rng,
                &[(1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (2, 3), (2, 5)],
            )),
            3 => Dist::Poisson(Scalar::int(rng.int(2, 12))),
            4 => {
                let a = rng.int(-10, 10);
                Dist::Uniform(Scalar::int(a), Scalar::int(a + rng.int(1, 20)))
            }
            _ => Dist::ExponentialRate(frac(
                rng,
                &[
                    (2, 1),
                    (3, 1),
                    (4, 1),
                    (5, 1),
                    (1, 2),
                    (1, 3),
                    (1, 4),
                    (1, 5),
                ],
            )),
        },
        3 => match rng.index(5) {
            0 => Dist::Binomial(
                rng.int(20, 200) as u32,
                decimal(
                    rng,
                    &[0.05, 0.1, 0.15, 0.2, 0.3, 0.35, 0.4, 0.6, 0.75, 0.8, 0.9],
                ),
            ),
            1 => Dist::Geometric(decimal(rng, &[0.05, 0.1, 0.2, 0.25, 0.4, 0.6, 0.8])),
            2 => Dist::Poisson(Scalar::Real(rng.int(5, 95) as f64 / 10.0)),
            3 => {
                let a = rng.int(-50, 50);
                let b = a + rng.int(5, 80);
                Dist::Uniform(Scalar::Real(a as f64 / 10.0), Scalar::Real(b as f64 / 10.0))
            }
            _ => Dist::ExponentialScale(decimal(rng, &[0.2, 0.5, 2.0, 2.5, 4.0, 5.0, 10.0])),
        },
        l => return Err(GenError::Level(l)),
    };
    Ok(Params {
        dist,
        both: level >= 2,
    })
}

/// A moment's formula, substituted, and value: `n·p`, `12·(1/3)`, `4`.
struct Step {
    formula: &'static str,
    substituted: String,
    value: Scalar,
}

/// A wrong pair (mean, variance) a learner computes, with its name and message.
struct Wrong {
    name: &'static str,
    mean: Scalar,
    variance: Scalar,
    message: String,
}

/// What a distribution needs: its description, its two moments, its typical wrong answers.
struct Spec {
    named: &'static str,
    setting: String,
    mean: Step,
    variance: Step,
    wrong: Vec<Wrong>,
}

fn step(formula: &'static str, substituted: String, value: Scalar) -> Step {
    Step {
        formula,
        substituted,
        value,
    }
}

fn wrong(name: &'static str, mean: Scalar, variance: Scalar, message: &str) -> Wrong {
    Wrong {
        name,
        mean,
        variance,
        message: message.to_string(),
    }
}

fn spec(dist: Dist) -> Spec {
    let one = Scalar::ONE;
    match dist {
        Dist::Bernoulli(p) => {
            let v = p * (one - p);
            Spec {
                named: "a Bernoulli",
                setting: format!(
                    "X is Bernoulli with success probability p = {}: X = 1 with probability p, \
                     else X = 0.",
                    num(p)
                ),
                mean: step("p", num(p), p),
                variance: step("p·(1 − p)", format!("{}·{}", factor(p), factor(one - p)), v),
                wrong: vec![wrong(
                    "variance_without_q",
                    p,
                    p,
                    "The variance of a Bernoulli X is p·(1 − p), not p: p is its mean.",
                )],
            }
        }
        Dist::Binomial(n, p) => {
            let nn = Scalar::int(n as i64);
            Spec {
                named: "a binomial",
                setting: format!(
                    "X is binomial with n = {n} trials and success probability p = {}.",
                    num(p)
                ),
                mean: step("n·p", format!("{n}·{}", factor(p)), nn * p),
                variance: step(
                    "n·p·(1 − p)",
                    format!("{n}·{}·{}", factor(p), factor(one - p)),
                    nn * p * (one - p),
                ),
                wrong: vec![wrong(
                    "variance_np",
                    nn * p,
                    nn * p,
                    "That is n·p, the mean. The variance of a binomial X is n·p·(1 − p): \
                     multiply by the failure probability too.",
                )],
            }
        }
        Dist::Geometric(p) => {
            let q = one - p;
            let m = one.checked_div(p).unwrap_or(Scalar::Real(f64::NAN));
            let v = q.checked_div(p * p).unwrap_or(Scalar::Real(f64::NAN));
            Spec {
                named: "a geometric",
                setting: format!(
                    "X is geometric with success probability p = {}: X counts the trials up to \
                     and including the first success (X = 1, 2, 3, …, as in numpy and scipy).",
                    num(p)
                ),
                mean: step("1/p", format!("1/{}", factor(p)), m),
                variance: step("(1 − p)/p²", format!("{}/{}²", factor(q), factor(p)), v),
                wrong: vec![
                    wrong(
                        "failures_convention",
                        m - one,
                        v,
                        "That mean counts the failures before the first success, the other \
                         convention (E = (1 − p)/p). Here X counts the trials including the \
                         success: one more.",
                    ),
                    wrong(
                        "variance_over_p",
                        m,
                        q.checked_div(p).unwrap_or(Scalar::Real(f64::NAN)),
                        "The geometric variance divides by p², not p: Var(X) = (1 − p)/p².",
                    ),
                ],
            }
        }
        Dist::Poisson(l) => Spec {
            named: "a Poisson",
            setting: format!("X is Poisson with mean rate λ = {}.", num(l)),
            mean: step("λ", num(l), l),
            variance: step("λ", num(l), l),
            wrong: vec![wrong(
                "variance_squared",
                l,
                l * l,
                "That is λ². A Poisson X has variance equal to its mean: Var(X) = λ.",
            )],
        },
        Dist::Uniform(a, b) => {
            let w = b - a;
            let twelve = Scalar::int(12);
            Spec {
                named: "a continuous uniform",
                setting: format!(
                    "X is continuous uniform between a = {} and b = {} (every value in between \
                     equally likely).",
                    num(a),
                    num(b)
                ),
                mean: step(
                    "(a + b)/2",
                    format!("({} + {})/2", num(a), factor(b)),
                    (a + b) * Scalar::frac(1, 2),
                ),
                variance: step(
                    "(b − a)²/12",
                    format!("({} − {})²/12", num(b), factor(a)),
                    (w * w)
                        .checked_div(twelve)
                        .unwrap_or(Scalar::Real(f64::NAN)),
                ),
                wrong: vec![
                    wrong(
                        "uniform_over_2",
                        (a + b) * Scalar::frac(1, 2),
                        w * w * Scalar::frac(1, 2),
                        "The variance of a uniform X divides the squared width (b − a)² by \
                         twelve, not by two.",
                    ),
                    wrong(
                        "half_width_mean",
                        w * Scalar::frac(1, 2),
                        (w * w)
                            .checked_div(twelve)
                            .unwrap_or(Scalar::Real(f64::NAN)),
                        "That mean is half the width, (b − a)/2. The mean is the midpoint of \
                         the interval: (a + b)/2.",
                    ),
                ],
            }
        }
        Dist::ExponentialRate(l) => {
            let m = one.checked_div(l).unwrap_or(Scalar::Real(f64::NAN));
            Spec {
                named: "an exponential",
                setting: format!(
                    "X is exponential with rate λ = {} (density λ·exp(−λx) for x ≥ 0).",
                    num(l)
                ),
                mean: step("1/λ", format!("1/{}", factor(l)), m),
                variance: step("1/λ²", format!("1/{}²", factor(l)), m * m),
                wrong: vec![wrong(
                    "rate_as_mean",
                    l,
                    l * l,
                    "That uses the rate λ as the mean. An exponential X with rate λ has mean \
                     1/λ and variance 1/λ².",
                )],
            }
        }
        Dist::ExponentialScale(s) => {
            let r = one.checked_div(s).unwrap_or(Scalar::Real(f64::NAN));
            Spec {
                named: "an exponential",
                setting: format!(
                    "X is exponential, given as scipy.stats.expon(scale = {}): scipy's scale \
                     is 1/λ for the rate λ.",
                    num(s)
                ),
                mean: step("1/λ", num(s), s),
                variance: step("1/λ²", format!("{}²", factor(s)), s * s),
                wrong: vec![wrong(
                    "scale_as_rate",
                    r,
                    r * r,
                    "That reads scipy's scale as the rate λ. The scale is 1/λ, so the mean is \
                     the scale itself and the variance its square.",
                )],
            }
        }
    }
}

pub fn build(&Params { dist, both }: &Params) -> Result<Draft, GenError> {
    let s = spec(dist);
    let (m, v) = (s.mean.value, s.variance.value);
    if !(m.is_finite() && v.is_finite()) {
        return Err(GenError::Redraw("an undefined moment"));
    }
    let (m, v) = (tidy(m), tidy(v));
    let pair = |a: Scalar, b: Scalar| -> Value {
        if both {
            Value::Vector(vec![a, b])
        } else {
            Value::Scalar(b)
        }
    };
    let answer = if both {
        AnswerSpec::entrywise(pair(m, v))
    } else {
        AnswerSpec::scalar(v)
    };
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.optional(
        "sd_for_variance",
        pair(m, v.sqrt()),
        "That variance is the standard deviation, its square root. Var(X) is the squared \
         spread: leave out the square root.",
    );
    for w in &s.wrong {
        if both || w.variance != v {
            mistakes.optional(w.name, pair(w.mean, w.variance), w.message.clone());
        }
    }

    let question = if both {
        "Find the mean and the variance: answer [E(X), Var(X)]."
    } else {
        "Find the variance Var(X)."
    };
    let exactness = if m.is_exact() && v.is_exact() {
        " Give exact values (fractions where needed)."
    } else {
        " Give 4 significant figures."
    };
    let prompt = vec![
        Line::text(s.setting.clone()),
        Line::text(format!("{question}{exactness}")),
    ];
    let chain_of = |name: &str, st: &Step| {
        math_line(&chain(
            name,
            &[
                st.formula.to_string(),
                st.substituted.clone(),
                num(tidy(st.value)),
            ],
        ))
    };
    let mut solution = vec![Line::text(format!(
        "For {} X: E(X) = {} and Var(X) = {}.",
        s.named, s.mean.formula, s.variance.formula
    ))];
    if let Dist::ExponentialScale(sc) = dist {
        solution.push(Line::text(format!(
            "scipy's scale is 1/λ, so 1/λ = {}.",
            num(sc)
        )));
    }
    if both {
        solution.push(chain_of("E(X)", &s.mean));
    }
    solution.push(chain_of("Var(X)", &s.variance));
    if both {
        solution.push(Line::text("Answer: ").v(answer.expected.clone()));
    }
    let hints = vec![
        format!(
            "For {} X: E(X) = {} and Var(X) = {}.",
            s.named, s.mean.formula, s.variance.formula
        ),
        if both {
            format!(
                "E(X) = {} and Var(X) = {}: work out both.",
                s.mean.substituted, s.variance.substituted
            )
        } else {
            format!("Var(X) = {}: work it out.", s.variance.substituted)
        },
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for DistributionMoments {
    fn id(&self) -> &'static str {
        "prob.distribution_moments"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::Seen;
    use crate::exercises::common::testing::soundness_with;
    use statrs::distribution::{Bernoulli, Binomial, Exp, Geometric, Poisson, Uniform};
    use statrs::statistics::Distribution;
    use std::collections::BTreeSet;

    /// Mean and variance from statrs (its geometric counts trials, support 1, 2, …).
    fn reference(d: Dist) -> (f64, f64) {
        let f = |s: Scalar| s.to_f64();
        let mv = |m: Option<f64>, v: Option<f64>| (m.unwrap(), v.unwrap());
        match d {
            Dist::Bernoulli(p) => {
                let b = Bernoulli::new(f(p)).unwrap();
                mv(b.mean(), b.variance())
            }
            Dist::Binomial(n, p) => {
                let b = Binomial::new(f(p), n as u64).unwrap();
                mv(b.mean(), b.variance())
            }
            Dist::Geometric(p) => {
                let g = Geometric::new(f(p)).unwrap();
                mv(g.mean(), g.variance())
            }
            Dist::Poisson(l) => {
                let p = Poisson::new(f(l)).unwrap();
                mv(p.mean(), p.variance())
            }
            Dist::Uniform(a, b) => {
                let u = Uniform::new(f(a), f(b)).unwrap();
                mv(u.mean(), u.variance())
            }
            Dist::ExponentialRate(l) => {
                let e = Exp::new(f(l)).unwrap();
                mv(e.mean(), e.variance())
            }
            Dist::ExponentialScale(s) => {
                let e = Exp::new(1.0 / f(s)).unwrap();
                mv(e.mean(), e.variance())
            }
        }
    }

    #[test]
    fn moments_match_statrs() {
        let mut named = Seen::default();
        let mut kinds = BTreeSet::new();
        soundness_with(
            &DistributionMoments,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, p, d, ctx| {
                let (m, v) = reference(p.dist);
                let close = |got: f64, want: f64| (got - want).abs() <= 1e-9 * want.abs().max(1.0);
                match &d.answer.expected {
                    Value::Scalar(got) => {
                        assert_eq!(level, 1, "{ctx}");
                        assert!(close(got.to_f64(), v), "{ctx}");
                    }
                    Value::Vector(got) => {
                        assert!(level >= 2 && got.len() == 2, "{ctx}");
                        assert!(
                            close(got[0].to_f64(), m) && close(got[1].to_f64(), v),
                            "{ctx}"
                        );
                    }
                    other => panic!("{ctx}: {other:?}"),
                }
                // Exact at levels 1–2, decimals at level 3.
                let exact = match &d.answer.expected {
                    Value::Scalar(x) => x.is_exact(),
                    Value::Vector(xs) => xs.iter().all(Scalar::is_exact),
                    _ => false,
                };
                assert_eq!(exact, level < 3, "{ctx}");
                let last = d.hints.last().unwrap();
                assert!(last.contains("Var(X) = ") && last.ends_with('.'), "{ctx}");
                kinds.insert(format!(
                    "{level} {}",
                    format!("{:?}", p.dist).split('(').next().unwrap()
                ));
                named.note(d);
            },
        );
        assert_eq!(kinds.len(), 4 + 6 + 5, "{kinds:?}");
        named.assert_exactly(&[
            "failures_convention",
            "half_width_mean",
            "rate_as_mean",
            "scale_as_rate",
            "sd_for_variance",
            "uniform_over_2",
            "variance_np",
            "variance_over_p",
            "variance_squared",
            "variance_without_q",
        ]);
    }
}
