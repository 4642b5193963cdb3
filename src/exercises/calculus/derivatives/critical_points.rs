//! `calc.critical_points`: the critical points of a cubic or quartic and what they are.
//!
//! Built backwards so the critical points are integers: `f'(x) = k·(x − a)(x − b)` with `k = 6m`
//! gives the cubic `f(x) = 2m·x³ − 3m(a + b)·x² + 6m·ab·x + c`, and `f'(x) = 12m·x(x − a)(x − b)`
//! the quartic `3m·x⁴ − 4m(a + b)·x³ + 6m·ab·x² + c`.
//!
//! Level 1: a cubic (`m = ±1`, `a < b` in −4..4); the x of the local minimum (a number).
//! Level 2: a quartic (`m = ±1`, `a ≠ b` nonzero in −3..3); the set of critical points.
//! Level 3: a cubic (`m = ±1`, `a < b` in −3..3) on a closed interval `[p, q]` that holds at
//! least one critical point (from 1 to 3 on either side of one); the global minimum value there (endpoints count). Redrawn when two
//! candidates tie for the minimum or the maximum (the x of the minimum would be ambiguous).
//!
//! Named mistakes: the maximum for the minimum, `f(x)` given for x (level 1) or x for `f(x)`
//! (level 3), the point where `f'' = 0`, the root `x = 0` lost by dividing by x, the roots' signs
//! flipped (level 2), and an endpoint forgotten (level 3).

use super::poly;
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::exercises::common::{Mistakes, num, poly_derivative, poly_value};
use crate::expr::Value;
use crate::math::Scalar;

pub struct CriticalPoints;

#[derive(Clone, Debug)]
pub struct Params {
    /// The sign and size of the leading factor: `f' = 6m(x − a)(x − b)` or `12m·x(x − a)(x − b)`.
    pub m: i64,
    /// The nonzero roots `a, b` of `f'` besides the quartic's `0` (`a < b` for a cubic).
    pub roots: [i64; 2],
    /// The constant term of `f`.
    pub c: i64,
    /// The closed interval of level 3.
    pub interval: Option<(i64, i64)>,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let m = rng.sign();
    let c = rng.int(-9, 9);
    let span = match level {
        1 => 4,
        2 | 3 => 3,
        l => return Err(GenError::Level(l)),
    };
    let (a, b) = (rng.int(-span, span), rng.int(-span, span));
    if a == b || (level == 2 && (a == 0 || b == 0)) {
        return Err(GenError::Redraw("repeated or zero root"));
    }
    let roots = if level == 2 {
        [a, b]
    } else {
        [a.min(b), a.max(b)]
    };
    let interval = if level == 3 {
        // Around one of the critical points, so that at least one lies inside.
        let r = roots[rng.index(2)];
        Some((r - rng.int(1, 3), r + rng.int(1, 3)))
    } else {
        None
    };
    Ok(Params {
        m,
        roots,
        c,
        interval,
    })
}

/// The coefficients of `f` (ascending powers) and the leading factor of `f'`.
pub fn coefficients(level: u8, q: &Params) -> (Vec<Scalar>, i64) {
    let (m, [a, b], c) = (q.m, q.roots, q.c);
    if level == 2 {
        let f = [c, 0, 6 * m * a * b, -4 * m * (a + b), 3 * m];
        (f.map(Scalar::int).to_vec(), 12 * m)
    } else {
        let f = [c, 6 * m * a * b, -3 * m * (a + b), 2 * m];
        (f.map(Scalar::int).to_vec(), 6 * m)
    }
}

/// The critical points, in increasing order.
fn critical(level: u8, q: &Params) -> Vec<i64> {
    let mut xs = q.roots.to_vec();
    if level == 2 {
        xs.push(0);
    }
    xs.sort_unstable();
    xs
}

fn set(xs: &[Scalar]) -> Value {
    Value::Set(xs.iter().map(|&x| Value::Scalar(x)).collect())
}

pub fn build(level: u8, q: &Params) -> Result<Draft, GenError> {
    let (f, k) = coefficients(level, q);
    let d1 = poly_derivative(&f);
    let d2 = poly_derivative(&d1);
    let crit = critical(level, q);
    let s = Scalar::int;
    let fx = |x: i64| poly_value(&f, s(x));
    let f2 = |x: i64| poly_value(&d2, s(x));
    let factor_roots: Vec<Scalar> = if level == 2 {
        vec![s(0), s(q.roots[0]), s(q.roots[1])]
    } else {
        vec![s(q.roots[0]), s(q.roots[1])]
    };
    let crit_text: Vec<String> = crit.iter().map(|&x| format!("x = {}", num(s(x)))).collect();
    let crit_list = join_and(&crit_text);

    let mut solution = vec![
        Line::math(format!(
            "f'(x) = {} = {}",
            poly::pretty(&d1),
            poly::factored(s(k), &factor_roots)
        )),
        Line::text("so ")
            .m("f'(x) = 0")
            .t(" at ")
            .m(crit_list.clone())
            .t("."),
    ];
    let second: Vec<String> = crit
        .iter()
        .filter(|&&x| level != 3 || inside(q, x))
        .map(|&x| {
            let v = f2(x);
            let what = if v.to_f64() > 0.0 {
                "> 0, a local minimum"
            } else {
                "< 0, a local maximum"
            };
            format!("f''({}) = {} {what}", num(s(x)), num(v))
        })
        .collect();

    let (answer, mistakes, hints) = match level {
        1 => {
            // f' = 6m(x − a)(x − b): f'' = 6m(2x − a − b), positive at b when m > 0.
            let (min_x, max_x) = if q.m > 0 {
                (q.roots[1], q.roots[0])
            } else {
                (q.roots[0], q.roots[1])
            };
            solution.push(Line::math(format!("f''(x) = {}:", poly::pretty(&d2))));
            for line in &second {
                solution.push(Line::math(line.clone()));
            }
            solution
                .push(Line::text("The local minimum is at ").m(format!("x = {}", num(s(min_x)))));
            let answer = AnswerSpec::scalar(s(min_x));
            let mut ms = Mistakes::new(&answer.expected);
            ms.require(
                "maximum_for_minimum",
                s(max_x),
                "That critical point is the local maximum: f'' is negative there, so f bends \
                 down. The minimum is where f'' > 0.",
            )?;
            ms.require(
                "value_instead_of_x",
                fx(min_x),
                "That is the value f(x) at the minimum. The question asks for x, the point \
                 where the minimum is.",
            )?;
            let mid = Scalar::frac(q.roots[0] + q.roots[1], 2);
            ms.optional(
                "inflection_point",
                mid,
                "That solves f''(x) = 0: the inflection point, where f changes its bending. The \
                 extrema are where f'(x) = 0.",
            );
            let hints = vec![
                format!(
                    "Here f'(x) = {}: factor it and solve f'(x) = 0.",
                    poly::pretty(&d1)
                ),
                format!(
                    "f'(x) = {} is 0 at {crit_list}: the minimum is the one where f''(x) = {} \
                     is positive.",
                    poly::factored(s(k), &factor_roots),
                    poly::pretty(&d2)
                ),
            ];
            (answer, ms.finish()?, hints)
        }
        2 => {
            solution.push(
                Line::text("The critical points are ")
                    .v(set(&crit.iter().map(|&x| s(x)).collect::<Vec<_>>())),
            );
            let eq = Equivalence::UnorderedSet(Tolerance::default());
            let expected = set(&crit.iter().map(|&x| s(x)).collect::<Vec<_>>());
            let answer = AnswerSpec::with(expected.clone(), eq.clone());
            let mut ms = Mistakes::under(&expected, &eq);
            ms.require(
                "divided_by_x",
                set(&[s(q.roots[0]), s(q.roots[1])]),
                "A critical point is missing: f'(x) has the factor x, and dividing f'(x) = 0 \
                 by x loses the solution x = 0.",
            )?;
            ms.require(
                "values_instead_of_points",
                set(&crit.iter().map(|&x| fx(x)).collect::<Vec<_>>()),
                "Those are the values f(x) at the critical points. The critical points are the \
                 x where f'(x) = 0.",
            )?;
            ms.optional(
                "root_signs",
                set(&[s(0), s(-q.roots[0]), s(-q.roots[1])]),
                "Check the signs: the factor (x − r) is zero at x = r, and (x + r) at x = −r.",
            );
            let hints = vec![
                format!(
                    "Here f'(x) = {}: take out the common factor, then factor what is left.",
                    poly::pretty(&d1)
                ),
                format!(
                    "f'(x) = {}: each factor that can be zero gives one critical point.",
                    poly::factored(s(k), &factor_roots)
                ),
            ];
            (answer, ms.finish()?, hints)
        }
        _ => return interval_minimum(q, &f, solution, second, &crit_list),
    };
    let mut prompt = vec![
        Line::math(format!("f(x) = {}", poly::pretty(&f))),
        Line::text(if level == 1 {
            "Find the x at which f has its local minimum."
        } else {
            "Find all critical points of f, the x where f'(x) = 0."
        }),
    ];
    if level == 2 {
        prompt.push(Line::text(
            "Give them as a set in braces, for example {−1, 4}.",
        ));
    }
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes,
    })
}

/// Whether the critical point `x` lies strictly inside the interval of level 3.
fn inside(q: &Params, x: i64) -> bool {
    q.interval.is_some_and(|(p, r)| p < x && x < r)
}

/// `x = −1 and x = 2`, `x = −1, x = 0 and x = 2`.
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Level 3: the minimum value on `[p, q]` among the critical points inside and the endpoints.
fn interval_minimum(
    q: &Params,
    f: &[Scalar],
    mut solution: Vec<Line>,
    second: Vec<String>,
    crit_list: &str,
) -> Result<Draft, GenError> {
    let (p, r) = q.interval.ok_or(GenError::Redraw("no interval"))?;
    let s = Scalar::int;
    let interior: Vec<i64> = q.roots.iter().copied().filter(|&x| inside(q, x)).collect();
    let mut candidates = vec![p];
    candidates.extend(&interior);
    candidates.push(r);
    let values: Vec<Scalar> = candidates.iter().map(|&x| poly_value(f, s(x))).collect();
    let by = |pick: fn(f64, f64) -> bool| {
        let mut best = 0;
        for k in 1..values.len() {
            if pick(values[k].to_f64(), values[best].to_f64()) {
                best = k;
            }
        }
        best
    };
    let (lo, hi) = (by(|a, b| a < b), by(|a, b| a > b));
    let ties = |k: usize| values.iter().filter(|&&v| v == values[k]).count() > 1;
    if ties(lo) || ties(hi) {
        return Err(GenError::Redraw("two candidates tie"));
    }
    let min = values[lo];
    let answer = AnswerSpec::scalar(min);
    let mut ms = Mistakes::new(&answer.expected);
    ms.require(
        "maximum_for_minimum",
        values[hi],
        "That is the largest of the candidate values, the maximum on the interval. The minimum \
         is the smallest of them.",
    )?;
    ms.require(
        "x_instead_of_value",
        s(candidates[lo]),
        "That is the x where the minimum is taken. The question asks for the minimum value, \
         f at that x.",
    )?;
    let interior_min =
        (1..candidates.len() - 1)
            .map(|k| values[k])
            .fold(None, |m: Option<Scalar>, v| match m {
                Some(m) if m.to_f64() <= v.to_f64() => Some(m),
                _ => Some(v),
            });
    if let Some(v) = interior_min {
        ms.optional(
            "forgot_endpoint",
            v,
            "That compares only the critical points inside the interval. On a closed \
             interval the endpoints are candidates too: evaluate f there as well.",
        );
    }

    let inside_text = if interior.len() == 1 {
        format!("only x = {} lies in", num(s(interior[0])))
    } else {
        "both lie in".to_string()
    };
    solution.push(
        Line::text(format!("Of these, {inside_text} "))
            .m(format!("[{}, {}]", num(s(p)), num(s(r))))
            .t(" (f'' says what each is: ")
            .m(second.join(", "))
            .t(")."),
    );
    solution.push(Line::text("Compare f there and at both endpoints:"));
    for &x in &candidates {
        solution.push(Line::math(format!(
            "f({}) = {}",
            num(s(x)),
            poly::at_steps(f, s(x))
        )));
    }
    solution.push(
        Line::text("The smallest, the minimum on the interval, is ").m(format!(
            "f({}) = {}",
            num(s(candidates[lo])),
            num(min)
        )),
    );
    let listed: Vec<String> = candidates
        .iter()
        .map(|&x| format!("x = {}", num(s(x))))
        .collect();
    let hints = vec![
        format!(
            "Here f'(x) = {} is 0 at {crit_list}; keep those inside [{}, {}].",
            poly::pretty(&poly_derivative(f)),
            num(s(p)),
            num(s(r))
        ),
        format!(
            "Evaluate f at {}: the smallest of these values is the minimum.",
            join_and(&listed)
        ),
    ];
    let prompt = vec![
        Line::math(format!("f(x) = {}", poly::pretty(f))),
        Line::text("Find the minimum value of f on the closed interval ")
            .m(format!("[{}, {}]", num(s(p)), num(s(r))))
            .t(": the smallest value f(x) takes there, not the x where it does."),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

impl Exercise for CriticalPoints {
    fn id(&self) -> &'static str {
        "calc.critical_points"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, last_hint, soundness_with};

    /// `f` evaluated directly from the printed prompt's coefficients, in f64.
    fn f_at(c: &[Scalar], x: f64) -> f64 {
        c.iter()
            .enumerate()
            .map(|(k, a)| a.to_f64() * x.powi(k as i32))
            .sum()
    }

    /// f' by a central difference (independent of the construction from roots).
    fn slope(c: &[Scalar], x: f64) -> f64 {
        let h = 1e-5;
        (f_at(c, x + h) - f_at(c, x - h)) / (2.0 * h)
    }

    #[test]
    fn critical_points_are_where_a_finite_difference_vanishes() {
        let mut seen = Seen::default();
        soundness_with(
            &CriticalPoints,
            &[1, 2, 3],
            draw,
            build,
            |level, q, d, ctx| {
                let (f, _) = coefficients(level, q);
                let scale = f.iter().map(|a| a.to_f64().abs()).fold(1.0, f64::max);
                assert!(scale <= [200.0, 300.0, 120.0][level as usize - 1], "{ctx}");
                assert!(f.iter().all(|a| a.as_integer().is_some()), "{ctx}");
                match level {
                    1 => {
                        let x = answer_f64(d);
                        assert!(slope(&f, x).abs() < 1e-4 * scale, "{ctx}");
                        // a local minimum: f is larger on both sides
                        assert!(f_at(&f, x - 0.1) > f_at(&f, x), "{ctx}");
                        assert!(f_at(&f, x + 0.1) > f_at(&f, x), "{ctx}");
                        assert!(last_hint(d).contains("positive"), "{ctx}");
                    }
                    2 => {
                        let Value::Set(items) = &d.answer.expected else {
                            panic!("{ctx}: not a set")
                        };
                        let xs: Vec<f64> = items
                            .iter()
                            .map(|v| v.as_scalar().unwrap().to_f64())
                            .collect();
                        assert_eq!(xs.len(), 3, "{ctx}");
                        for &x in &xs {
                            assert!(slope(&f, x).abs() < 1e-4 * scale, "{ctx}: at {x}");
                        }
                        // and no other: f' changes sign only at those points on a fine grid
                        let mut changes = 0;
                        let mut last = slope(&f, -6.0);
                        for i in 1..=1200 {
                            let now = slope(&f, -6.0 + i as f64 * 0.01 + 0.003);
                            changes += usize::from(now.signum() != last.signum());
                            last = now;
                        }
                        assert_eq!(changes, 3, "{ctx}");
                        assert!(last_hint(d).contains("each factor"), "{ctx}");
                    }
                    _ => {
                        // the minimum over a fine grid of the closed interval, endpoints included
                        let (p, r) = q.interval.unwrap();
                        let n = 60_000;
                        let grid = (0..=n)
                            .map(|i| f_at(&f, p as f64 + (r - p) as f64 * i as f64 / n as f64))
                            .fold(f64::INFINITY, f64::min);
                        let got = answer_f64(d);
                        assert!(got <= grid + 1e-9, "{ctx}: {got} above the grid's {grid}");
                        assert!(grid - got < 1e-5 * scale, "{ctx}: {got} vs {grid}");
                        assert!(last_hint(d).starts_with("Evaluate f at"), "{ctx}");
                    }
                }
                seen.note(d);
            },
        );
        seen.assert_exactly(&[
            "maximum_for_minimum",
            "value_instead_of_x",
            "inflection_point",
            "divided_by_x",
            "values_instead_of_points",
            "root_signs",
            "x_instead_of_value",
            "forgot_endpoint",
        ]);
    }
}
