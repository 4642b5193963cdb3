//! Comparing formulas numerically at random points of a declared domain (WeBWorK's method).
//!
//! Two formulas agree if their values agree within the tolerance at every one of [`POINTS`] test
//! points drawn uniformly from the domain. A point where either formula is undefined (division by
//! zero, `ln` of a negative) is skipped and another drawn, at most [`MAX_DRAWS`] times in all; if
//! fewer than [`MIN_POINTS`] points were usable the formulas are judged different and the
//! feedback says the answer is undefined on most of the domain.

use super::answer::Domain;
use super::rng::DrillRng;
use super::tolerance::Tolerance;
use crate::expr::{Expr, eval_at};

pub const POINTS: usize = 8;
pub const MIN_POINTS: usize = 5;
pub const MAX_DRAWS: usize = 64;

/// The outcome of comparing two formulas.
#[derive(Debug, Clone, PartialEq)]
pub enum FormulaMatch {
    Equal,
    /// Differ by the same constant everywhere (for antiderivatives: that is fine).
    DifferByConstant(f64),
    Different,
    /// The answer could not be evaluated at enough points of the domain.
    Undefined,
}

/// Compares `got` with `expected` at seeded random points of `domain`.
pub fn compare_formulas(
    got: &Expr,
    expected: &Expr,
    domain: &[Domain],
    tol: Tolerance,
    seed: u64,
) -> FormulaMatch {
    let mut rng = DrillRng::from_seed_u64(seed);
    let mut diffs = Vec::with_capacity(POINTS);
    let mut scale: f64 = 0.0;
    for _ in 0..MAX_DRAWS {
        if diffs.len() == POINTS {
            break;
        }
        let point: Vec<(&str, f64)> = domain
            .iter()
            .map(|d| (d.var.as_str(), d.lo + (d.hi - d.lo) * rng.unit()))
            .collect();
        let (Ok(e), Ok(g)) = (eval_at(expected, &point), eval_at(got, &point)) else {
            continue;
        };
        scale = scale.max(e.abs());
        diffs.push((g, e));
    }
    if diffs.len() < MIN_POINTS {
        return FormulaMatch::Undefined;
    }
    if diffs
        .iter()
        .all(|&(g, e)| tol.accepts_at_scale(g, e, e.abs()))
    {
        return FormulaMatch::Equal;
    }
    let c = diffs[0].0 - diffs[0].1;
    let constant = diffs
        .iter()
        .all(|&(g, e)| tol.accepts_at_scale(g - e, c, scale.max(c.abs())));
    if constant {
        FormulaMatch::DifferByConstant(c)
    } else {
        FormulaMatch::Different
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::parse;

    fn cmp(a: &str, b: &str) -> FormulaMatch {
        let d = [Domain::new("x", 0.5, 2.0)];
        compare_formulas(
            &parse(a).unwrap(),
            &parse(b).unwrap(),
            &d,
            Tolerance::default(),
            1,
        )
    }

    #[test]
    fn equal_forms_agree() {
        assert_eq!(cmp("2*x*cos(x^2)", "2x cos(x^2)"), FormulaMatch::Equal);
        assert_eq!(cmp("(x+1)^2", "x^2 + 2x + 1"), FormulaMatch::Equal);
        assert_eq!(cmp("ln(x^2)", "2 ln(x)"), FormulaMatch::Equal);
    }

    #[test]
    fn different_forms_do_not() {
        assert_eq!(cmp("x^2", "x^3"), FormulaMatch::Different);
        assert_eq!(cmp("1.01*x^2", "x^2"), FormulaMatch::Different);
    }

    #[test]
    fn constants_are_detected_for_antiderivatives() {
        match cmp("x^2 + 3", "x^2") {
            FormulaMatch::DifferByConstant(c) => assert!((c - 3.0).abs() < 1e-12),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn undefined_answers_are_reported() {
        assert_eq!(cmp("ln(-x)", "x"), FormulaMatch::Undefined);
    }
}
