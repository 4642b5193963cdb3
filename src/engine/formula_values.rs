//! Formula answers judged from values kept at the checker's test points: a caller comparing
//! one formula with several others (the named mistakes with the answer and with each other)
//! evaluates each formula once per point, with the verdict of [`compare`] itself.

use super::answer::{Domain, Equivalence};
use super::equivalence::compare;
use super::formula::{FormulaMatch, TestPoints, Values, formula_entries, verdict};
use crate::expr::{Expr, Value};

/// The domain of a formula equivalence; `None` for any other.
pub fn formula_domain(eq: &Equivalence) -> Option<&[Domain]> {
    match eq {
        Equivalence::Formula { vars, .. }
        | Equivalence::Antiderivative { vars, .. }
        | Equivalence::Formulas { vars, .. } => Some(vars),
        _ => None,
    }
}

/// Empty kept values for an answer under a formula equivalence: one per entry of a vector or
/// matrix of formulas under [`Equivalence::Formulas`], else one.
pub fn values_for(eq: &Equivalence, v: &Value) -> Vec<Values> {
    let n = match (eq, v) {
        (Equivalence::Formulas { .. }, Value::Formula(e)) => {
            formula_entries(e).map_or(0, |(entries, _)| entries.len())
        }
        _ => 1,
    };
    vec![Values::default(); n]
}

/// Whether the checker accepts `got` for `expected` under a formula equivalence `eq`, judged
/// from kept values at `points` (those of the checker's seed): the same verdict as
/// [`compare`]'s, by the same [`verdict`], without its feedback note; [`compare`] itself for
/// any other equivalence.
pub fn formula_judged_same(
    eq: &Equivalence,
    points: &TestPoints,
    (got, got_values): (&Value, &mut [Values]),
    (expected, expected_values): (&Value, &mut [Values]),
) -> bool {
    let (Value::Formula(g), Value::Formula(e)) = (got, expected) else {
        return false;
    };
    let judge = |g: &Expr, gv: &mut Values, e: &Expr, ev: &mut Values, tol| {
        verdict((g, gv), (e, ev), points, tol)
    };
    match eq {
        Equivalence::Formula { tol, .. } => {
            judge(g, &mut got_values[0], e, &mut expected_values[0], *tol) == FormulaMatch::Equal
        }
        Equivalence::Antiderivative { tol, .. } => matches!(
            judge(g, &mut got_values[0], e, &mut expected_values[0], *tol),
            FormulaMatch::Equal | FormulaMatch::DifferByConstant(_)
        ),
        Equivalence::Formulas { tol, .. } => {
            let (Some((g, _)), Some((e, _))) = (formula_entries(g), formula_entries(e)) else {
                return false;
            };
            g.len() == e.len()
                && !e.is_empty()
                && g.iter()
                    .zip(&e)
                    .zip(got_values.iter_mut().zip(expected_values.iter_mut()))
                    .all(|((g, e), (gv, ev))| judge(g, gv, e, ev, *tol) == FormulaMatch::Equal)
        }
        _ => compare(got, expected, eq, 0).correct,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Tolerance;
    use crate::expr::parse;

    fn f(s: &str) -> Value {
        Value::Formula(parse(s).unwrap())
    }

    /// The kept-values verdict is the checker's, for every pair both ways and every seed tried.
    #[test]
    fn kept_values_judge_as_compare_does() {
        let one = vec![Domain::new("x", -2.0, 2.0)];
        let two = vec![Domain::new("x", -2.0, 2.0), Domain::new("y", 0.5, 3.0)];
        let tol = Tolerance::default();
        let cases = [
            (
                Equivalence::Formula {
                    vars: one.clone(),
                    tol,
                },
                vec![
                    "(x+1)^2",
                    "x^2 + 2x + 1",
                    "x^2 + 2x + 2",
                    "ln(x)",
                    "x^3.03",
                    "1/x",
                ],
            ),
            (
                Equivalence::Antiderivative { vars: one, tol },
                vec!["x^3/3", "x^3/3 + 5", "x^3", "sqrt(x)", "1/(x-1)"],
            ),
            (
                Equivalence::Formulas {
                    vars: two,
                    tol,
                    names: vec![],
                },
                vec![
                    "[2x*y, x^2]",
                    "[2y*x, x^2 + 0]",
                    "[2x*y, x^2 + 1]",
                    "[ln(y), x]",
                    "[x]",
                ],
            ),
        ];
        for (eq, forms) in cases {
            let domain = formula_domain(&eq).unwrap();
            for seed in [0, 1, 7] {
                let points = TestPoints::new(domain, seed);
                let mut kept: Vec<Vec<Values>> =
                    forms.iter().map(|s| values_for(&eq, &f(s))).collect();
                for (i, a) in forms.iter().enumerate() {
                    for (j, b) in forms.iter().enumerate() {
                        let (a, b) = (f(a), f(b));
                        let expected = compare(&a, &b, &eq, seed).correct;
                        let mut va = kept[i].clone();
                        let got =
                            formula_judged_same(&eq, &points, (&a, &mut va), (&b, &mut kept[j]));
                        assert_eq!(got, expected, "{a:?} for {b:?}, seed {seed}");
                    }
                }
                // Some pairs are accepted and some are not: the test tells them apart.
                assert!(compare(&f(forms[0]), &f(forms[1]), &eq, seed).correct);
                assert!(!compare(&f(forms[2]), &f(forms[0]), &eq, seed).correct);
            }
        }
    }
}
