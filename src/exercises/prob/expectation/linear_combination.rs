//! `prob.linear_combination`: the mean and the variance (level 3: the standard deviation) of
//! `W = aX + bY + c` for independent `X`, `Y` with given means and variances, answered as the
//! vector `[E[W], Var(W)]`.
//!
//! `E[W] = a·E[X] + b·E[Y] + c` always; `Var(W) = a²·Var(X) + b²·Var(Y)` for independent `X`
//! and `Y`: the coefficients come out squared, the variances add also for a difference, and the
//! constant does not spread `W`.
//!
//! Level 1: `W = aX + c` (a in ±2..5). Level 2: `W = aX + bY + c`, a difference half the time.
//! Level 3: the standard deviations are given and asked, with `|a|·SD(X)` and `|b|·SD(Y)` the
//! legs of a Pythagorean triple, so `SD(W)` is a whole number.
//!
//! Named mistakes: `Var(aX) = a·Var(X)`; the constant added to the variance; `Var(X − Y) =
//! Var(X) − Var(Y)`; the constant dropped from the mean; at level 3 standard deviations added,
//! and the variance given for the standard deviation.

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, factor, math_line, num, signed_join};
use crate::exercises::common::{chain, value_sum};
use crate::math::Scalar;

pub struct LinearCombination;

/// One variable of the combination: its coefficient, mean and spread (the variance at levels
/// 1–2, the standard deviation at level 3).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Term {
    pub name: char,
    pub coef: i64,
    pub mean: i64,
    pub spread: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    pub terms: Vec<Term>,
    pub c: i64,
    /// Whether the spreads are standard deviations (level 3) rather than variances.
    pub sd: bool,
}

/// Pythagorean triples `(p, q, r)`, `p² + q² = r²`.
const TRIPLES: [(i64, i64, i64); 6] = [
    (3, 4, 5),
    (6, 8, 10),
    (5, 12, 13),
    (9, 12, 15),
    (8, 15, 17),
    (12, 16, 20),
];

/// A coefficient `±k` (k ≤ 5) dividing `leg` with `leg/k` ≤ 12, and that quotient.
fn split_leg(rng: &mut DrillRng, leg: i64) -> (i64, i64) {
    let divisors: Vec<i64> = (1..=5).filter(|k| leg % k == 0 && leg / k <= 12).collect();
    let k = *rng.pick(&divisors);
    (k * rng.sign(), leg / k)
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Drawn, GenError> {
    let c = rng.nonzero_int(-10, 10);
    let term = |rng: &mut DrillRng, name, coef| Term {
        name,
        coef,
        mean: rng.int(-5, 10),
        spread: rng.int(1, 9),
    };
    Ok(match level {
        1 => {
            let a = rng.int(2, 5) * rng.sign();
            Drawn {
                terms: vec![term(rng, 'X', a)],
                c,
                sd: false,
            }
        }
        2 => {
            let a = rng.nonzero_int(-4, 4);
            let b = rng.nonzero_int(-4, 4);
            if a.abs() == 1 && b.abs() == 1 {
                return Err(GenError::Redraw("both coefficients ±1"));
            }
            Drawn {
                terms: vec![term(rng, 'X', a), term(rng, 'Y', b)],
                c,
                sd: false,
            }
        }
        3 => {
            let (mut p, mut q, _) = *rng.pick(&TRIPLES);
            if rng.chance(1, 2) {
                std::mem::swap(&mut p, &mut q);
            }
            let (a, sx) = split_leg(rng, p);
            let (b, sy) = split_leg(rng, q);
            Drawn {
                terms: vec![
                    Term {
                        name: 'X',
                        coef: a,
                        mean: rng.int(-5, 10),
                        spread: sx,
                    },
                    Term {
                        name: 'Y',
                        coef: b,
                        mean: rng.int(-5, 10),
                        spread: sy,
                    },
                ],
                c,
                sd: true,
            }
        }
        l => return Err(GenError::Level(l)),
    })
}

/// `2X − 3Y + 5`, `−X + 4`: the combination as the prompt writes it.
fn combination_text(d: &Drawn) -> String {
    let mut terms: Vec<(bool, String)> = d
        .terms
        .iter()
        .map(|t| {
            let k = t.coef.abs();
            let shown = if k == 1 {
                t.name.to_string()
            } else {
                format!("{k}{}", t.name)
            };
            (t.coef < 0, shown)
        })
        .collect();
    terms.push((d.c < 0, d.c.abs().to_string()));
    signed_join(&terms)
}

/// `E[W]`, `Var(W)` and the solution's steps for each.
struct Worked {
    mean: Scalar,
    var: Scalar,
    mean_steps: Vec<String>,
    var_steps: Vec<String>,
}

fn work(d: &Drawn) -> Worked {
    let s = Scalar::int;
    let c = s(d.c);
    let symbolic_mean: Vec<(bool, String)> = d
        .terms
        .iter()
        .map(|t| match t.coef.abs() {
            1 => (t.coef < 0, format!("E[{}]", t.name)),
            k => (t.coef < 0, format!("{k}·E[{}]", t.name)),
        })
        .chain([(d.c < 0, d.c.abs().to_string())])
        .collect();
    // The means substituted, a coefficient ±1 written as a sign only: `−6 + 0 − 7`, not
    // `−1·6 + 1·0 − 7`.
    let substituted_mean: Vec<(bool, String)> = d
        .terms
        .iter()
        .map(|t| match t.coef.abs() {
            1 => (t.coef < 0, factor(s(t.mean))),
            k => (t.coef < 0, format!("{k}·{}", factor(s(t.mean)))),
        })
        .chain([(d.c < 0, d.c.abs().to_string())])
        .collect();
    let parts: Vec<Scalar> = d
        .terms
        .iter()
        .map(|t| s(t.coef * t.mean))
        .chain([c])
        .collect();
    let mean = parts.iter().fold(Scalar::ZERO, |acc, &x| acc + x);
    let mean_steps = vec![
        signed_join(&symbolic_mean),
        signed_join(&substituted_mean),
        value_sum(&parts),
        num(mean),
    ];

    let variance = |t: &Term| if d.sd { t.spread * t.spread } else { t.spread };
    let var_name = |t: &Term| {
        if d.sd {
            format!("{}²", factor(s(t.spread)))
        } else {
            num(s(t.spread))
        }
    };
    let var_parts: Vec<Scalar> = d
        .terms
        .iter()
        .map(|t| s(t.coef * t.coef * variance(t)))
        .collect();
    let var = var_parts.iter().fold(Scalar::ZERO, |acc, &x| acc + x);
    let symbolic_var: Vec<String> = d
        .terms
        .iter()
        .map(|t| format!("{}Var({})", squared_coef(t.coef), t.name))
        .collect();
    let substituted: Vec<String> = d
        .terms
        .iter()
        .map(|t| format!("{}{}", squared_coef(t.coef), var_name(t)))
        .collect();
    let var_steps = vec![
        symbolic_var.join(" + "),
        substituted.join(" + "),
        value_sum(&var_parts),
        num(var),
    ];
    Worked {
        mean,
        var,
        mean_steps,
        var_steps,
    }
}

/// The squared coefficient before a variance: `4²·`, `(−1)²·` (the sign a square removes is
/// shown), and nothing for 1.
fn squared_coef(a: i64) -> String {
    if a == 1 {
        String::new()
    } else {
        format!("{}²·", factor(Scalar::int(a)))
    }
}

fn build(d: &Drawn) -> Result<Draft, GenError> {
    let w = work(d);
    let s = Scalar::int;
    let c = s(d.c);
    let two = d.terms.len() == 2;
    let sd_w = w.var.sqrt();
    if d.sd && !sd_w.is_exact() {
        return Err(GenError::Redraw("SD(W) is not whole"));
    }
    let second = if d.sd { sd_w } else { w.var };
    let answer = AnswerSpec::entrywise(vec![w.mean, second]);
    let pair = |x: Scalar| vec![w.mean, x];

    let mut mistakes = Mistakes::new(&answer.expected);
    let linear_var = d.terms.iter().fold(Scalar::ZERO, |acc, t| {
        let v = if d.sd { t.spread * t.spread } else { t.spread };
        acc + s(t.coef * v)
    });
    let difference = two && d.terms[1].coef < 0;
    // The rule with one of this problem's coefficients: `Var(2X) = 4·Var(X)`.
    let first = d
        .terms
        .iter()
        .find(|t| t.coef.abs() >= 2)
        .unwrap_or(&d.terms[0]);
    let squared_rule = format!(
        "A coefficient comes out of a variance squared: Var({}{n}) = {}·Var({n}), because the \
         variance is in squared units",
        num(s(first.coef)),
        first.coef * first.coef,
        n = first.name
    );
    let subtracted_var = {
        let v = |t: &Term| if d.sd { t.spread * t.spread } else { t.spread };
        let (x, y) = (&d.terms[0], d.terms.last().unwrap_or(&d.terms[0]));
        s(x.coef * x.coef * v(x) - y.coef * y.coef * v(y))
    };
    if d.sd {
        let added: i64 = d.terms.iter().map(|t| t.coef.abs() * t.spread).sum();
        mistakes.require(
            "sds_added",
            pair(s(added)),
            "Standard deviations do not add; for independent X and Y the variances do, each \
             times its coefficient squared, and SD(W) is the square root of that sum.",
        )?;
        mistakes.require(
            "variance_not_sd",
            pair(w.var),
            "The second entry is Var(W), the variance: SD(W) is its square root.",
        )?;
        if linear_var.to_f64() > 0.0 {
            mistakes.optional(
                "variance_not_squared",
                pair(linear_var.sqrt()),
                format!("{squared_rule}."),
            );
        }
    } else {
        mistakes.require(
            "variance_not_squared",
            pair(linear_var),
            format!("{squared_rule} (and it is never negative)."),
        )?;
        mistakes.require(
            "constant_in_variance",
            pair(w.var + c),
            "Adding a constant shifts W without spreading it: the constant changes E[W] but \
             not Var(W).",
        )?;
    }
    if difference {
        let value = if d.sd {
            (subtracted_var.to_f64() > 0.0).then(|| subtracted_var.sqrt())
        } else {
            Some(subtracted_var)
        };
        if let Some(v) = value {
            mistakes.optional(
                "variances_subtracted",
                pair(v),
                "For independent X and Y the variances add, also for a difference: \
                 Var(X − Y) = Var(X) + Var(Y). Subtracting Y adds its spread to W; it does not \
                 cancel it.",
            );
        }
    }
    mistakes.optional(
        "constant_dropped",
        vec![w.mean - c, second],
        "The first entry leaves out the constant: E[W] includes it, E[X + c] = E[X] + c.",
    );

    let combo = combination_text(d);
    let given: Vec<String> = d
        .terms
        .iter()
        .map(|t| {
            let spread = if d.sd {
                format!("SD({}) = {}", t.name, t.spread)
            } else {
                format!("Var({}) = {}", t.name, t.spread)
            };
            format!("E[{}] = {},  {spread}", t.name, num(s(t.mean)))
        })
        .collect();
    let asked = if d.sd { "SD(W)" } else { "Var(W)" };
    let mut prompt = vec![if two {
        Line::text("X and Y are independent random variables with")
    } else {
        Line::text("A random variable X has")
    }];
    prompt.push(math_line(&given.join(";   ")));
    prompt.push(Line::text("Let ").m(format!("W = {combo}")).t("."));
    prompt.push(
        Line::text(format!(
            "Find the mean and the {} of W, as the vector ",
            if d.sd {
                "standard deviation"
            } else {
                "variance"
            }
        ))
        .m(format!("[E[W], {asked}]"))
        .t("."),
    );

    let constant_line = format!(
        "The constant {} shifts W without spreading it, so it leaves the variance alone",
        num(c)
    );
    let mut solution = vec![
        Line::text("The mean is linear: coefficients and the constant carry through."),
        math_line(&chain("E[W]", &w.mean_steps)),
        Line::text(if two {
            format!(
                "X and Y are independent, so their variances add, each times its coefficient \
                 squared (also for a difference). {constant_line}:"
            )
        } else {
            format!("A coefficient comes out of a variance squared. {constant_line}:")
        }),
        math_line(&chain("Var(W)", &w.var_steps)),
    ];
    let mut hints = vec![
        format!(
            "The mean is linear: E[W] = {} = {}.",
            w.mean_steps[0],
            num(w.mean)
        ),
        format!(
            "Var(W) = {}, and the constant does not enter it.",
            w.var_steps[1]
        ),
    ];
    if d.sd {
        solution.push(math_line(&chain(
            "SD(W)",
            &["√Var(W)".to_string(), format!("√{}", num(w.var)), num(sd_w)],
        )));
        hints.push(format!(
            "Var(W) = {} = {}; SD(W) = √Var(W) = √{}.",
            w.var_steps[1],
            num(w.var),
            num(w.var)
        ));
    }
    solution.push(Line::text("Answer: ").v(answer.expected.clone()));

    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for LinearCombination {
    fn id(&self) -> &'static str {
        "prob.linear_combination"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::Seen;
    use crate::exercises::common::testing::soundness;
    use crate::exercises::common::testing::{near, replay};
    use crate::expr::Value;

    /// E[W] and Var(W) from the definition: each variable as the two-point distribution
    /// `mean ± sd` (probability ½ each), the joint outcomes of independent variables enumerated.
    fn by_enumeration(d: &Drawn) -> (f64, f64) {
        let mut outcomes = vec![(d.c as f64, 1.0)];
        for t in &d.terms {
            let sd = if d.sd {
                t.spread as f64
            } else {
                (t.spread as f64).sqrt()
            };
            let mut next = Vec::new();
            for &(w, p) in &outcomes {
                for x in [t.mean as f64 - sd, t.mean as f64 + sd] {
                    next.push((w + t.coef as f64 * x, p * 0.5));
                }
            }
            outcomes = next;
        }
        let mean: f64 = outcomes.iter().map(|(w, p)| w * p).sum();
        let var: f64 = outcomes.iter().map(|(w, p)| (w - mean).powi(2) * p).sum();
        (mean, var)
    }

    #[test]
    fn mean_and_spread_match_enumeration_and_mistakes_appear() {
        let mut names = Seen::default();
        let mut differences = 0;
        soundness(&LinearCombination, &[1, 2, 3], |level, draft, ctx| {
            let (d, again) = replay(LinearCombination.id(), level, ctx.seed, draw, |_, p| {
                build(p)
            });
            assert_eq!(&again, draft, "{ctx}");
            let (mean, var) = by_enumeration(&d);
            let Value::Vector(v) = &draft.answer.expected else {
                panic!("{ctx}: not a vector");
            };
            let spread = if level == 3 { var.sqrt() } else { var };
            assert!(near(v[0].to_f64(), mean), "{ctx}: mean {v:?} vs {mean}");
            assert!(
                near(v[1].to_f64(), spread),
                "{ctx}: spread {v:?} vs {spread}"
            );
            assert!(v.iter().all(|x| x.as_integer().is_some()), "{ctx}: whole");
            assert_eq!(d.terms.len(), if level == 1 { 1 } else { 2 }, "{ctx}");
            assert!((1..=10).contains(&d.c.abs()), "{ctx}");
            for t in &d.terms {
                assert!((1..=5).contains(&t.coef.abs()), "{ctx}");
                assert!((-5..=10).contains(&t.mean), "{ctx}");
                assert!((1..=12).contains(&t.spread), "{ctx}");
            }
            differences += usize::from(d.terms.len() == 2 && d.terms[1].coef < 0);
            // The last hint is the last step: the variance (level 3: its square root) with
            // this problem's numbers.
            let last = draft.hints.last().unwrap();
            let want = if level == 3 {
                format!("SD(W) = √Var(W) = √{}.", num(Scalar::Real(var)))
            } else {
                let terms: Vec<String> = d
                    .terms
                    .iter()
                    .map(|t| match t.coef {
                        1 => t.spread.to_string(),
                        a => format!("{}²·{}", factor(Scalar::int(a)), t.spread),
                    })
                    .collect();
                format!("Var(W) = {},", terms.join(" + "))
            };
            assert!(last.contains(&want), "{ctx}: {last} lacks {want}");
            // No coefficient 1 written out: `−6 + 0`, not `−1·6 + 1·0`; `Var(Y)`, not
            // `1²·Var(Y)`.
            let text = format!("{:?} {:?}", draft.solution, draft.hints);
            for one in [" 1·", "−1·", "(1·", " 1²·", "\"1²·"] {
                assert!(!text.contains(one), "{ctx}: {one} in {text}");
            }
            names.note(draft);
        });
        assert!(differences > 300, "{differences} differences");
        names.assert_all(&[
            "variance_not_squared",
            "constant_in_variance",
            "variances_subtracted",
            "constant_dropped",
            "sds_added",
            "variance_not_sd",
        ]);
    }

    #[test]
    fn a_worked_example() {
        let d = Drawn {
            terms: vec![
                Term {
                    name: 'X',
                    coef: 2,
                    mean: 3,
                    spread: 4,
                },
                Term {
                    name: 'Y',
                    coef: -3,
                    mean: -1,
                    spread: 9,
                },
            ],
            c: 5,
            sd: false,
        };
        assert_eq!(combination_text(&d), "2X − 3Y + 5");
        let draft = build(&d).unwrap();
        assert_eq!(draft.answer.canonical_text(), "[14, 97]");
        assert_eq!(
            draft.solution[1],
            math_line("E[W] = 2·E[X] − 3·E[Y] + 5 = 2·3 − 3·(−1) + 5 = 6 + 3 + 5 = 14")
        );
        assert_eq!(
            draft.solution[3],
            math_line("Var(W) = 2²·Var(X) + (−3)²·Var(Y) = 2²·4 + (−3)²·9 = 16 + 81 = 97")
        );
        // Coefficients ±1 (prob.linear_combination seed 9577 level 3 wrote −1·6 + 1·0 − 7).
        let d = Drawn {
            terms: vec![
                Term {
                    name: 'X',
                    coef: -1,
                    mean: 6,
                    spread: 12,
                },
                Term {
                    name: 'Y',
                    coef: 1,
                    mean: 0,
                    spread: 5,
                },
            ],
            c: -7,
            sd: true,
        };
        let draft = build(&d).unwrap();
        assert_eq!(
            draft.solution[1],
            math_line("E[W] = −E[X] + E[Y] − 7 = −6 + 0 − 7 = −13")
        );
        assert_eq!(
            draft.solution[3],
            math_line("Var(W) = (−1)²·Var(X) + Var(Y) = (−1)²·12² + 5² = 144 + 25 = 169")
        );
    }
}
