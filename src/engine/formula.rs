//! Comparing formulas numerically at random points of a declared domain (WeBWorK's method).
//!
//! Two formulas agree if their values agree within the tolerance at every one of [`POINTS`] test
//! points drawn uniformly from the domain. A point where the expected formula is undefined
//! (division by zero, `ln` of a negative) is skipped and another drawn, at most [`MAX_DRAWS`]
//! times in all. The formulas are judged different, with feedback that says the answer is
//! undefined where it should not be, if the answer is undefined at a point where the expected
//! formula is defined, or if fewer than [`MIN_POINTS`] points were usable.

use super::answer::Domain;
use super::rng::DrillRng;
use super::tolerance::Tolerance;
use crate::expr::{Compiled, Expr, eval_at};
use std::borrow::Cow;

pub const POINTS: usize = 8;
pub const MIN_POINTS: usize = 5;
pub const MAX_DRAWS: usize = 64;

/// The outcome of comparing two formulas.
#[derive(Debug, Clone, PartialEq)]
pub enum FormulaMatch {
    Equal,
    /// Differ by the same constant everywhere (for antiderivatives: that is fine).
    DifferByConstant(f64),
    /// Differ; where, when a point to show was found.
    Different(Option<Witness>),
    /// The answer could not be evaluated at enough points of the domain.
    Undefined,
}

/// A point where two formulas differ, to show in feedback: a simple one (`λ = 0`, `λ = 1`, …)
/// when the domain has one variable and one of them separates the formulas.
#[derive(Debug, Clone, PartialEq)]
pub struct Witness {
    pub point: Vec<(String, f64)>,
    pub got: f64,
    pub expected: f64,
}

impl Witness {
    /// `at λ = 0 it is 2, not the answer's value there`: the answer's own value at the point is
    /// not shown (at λ = 0 it is a coefficient of the answer).
    pub fn describe(&self) -> String {
        let at: Vec<String> = self
            .point
            .iter()
            .map(|(v, x)| format!("{v} = {}", shown(*x)))
            .collect();
        format!(
            "at {} it is {}, not the answer's value there",
            at.join(", "),
            shown(self.got)
        )
    }
}

/// A number in feedback: 4 significant digits, with a true minus sign.
fn shown(x: f64) -> String {
    crate::math::format_real(x, 4).replace('-', "−")
}

/// Simple points tried first for a one-variable witness, in this order.
const SIMPLE_POINTS: [f64; 7] = [0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0];

/// One test point (its index in [`TestPoints`]) and the two formulas' values.
struct Sample {
    point: usize,
    got: f64,
    expected: f64,
}

/// Whether two values of the formulas agree within the tolerance, at the expected value's scale.
fn agree(tol: Tolerance, got: f64, expected: f64) -> bool {
    tol.accepts_at_scale(got, expected, expected.abs())
}

/// A point where `got` and `expected` differ: the first simple point inside a one-variable
/// domain that separates them, or else the first random test point that did.
fn witness(
    got: &Expr,
    expected: &Expr,
    domain: &[Domain],
    tol: Tolerance,
    points: &TestPoints,
    samples: &[Sample],
) -> Option<Witness> {
    let make = |xs: &[f64], g: f64, e: f64| Witness {
        point: domain
            .iter()
            .zip(xs)
            .map(|(d, &x)| (d.var.clone(), x))
            .collect(),
        got: g,
        expected: e,
    };
    if let [d] = domain {
        for x in SIMPLE_POINTS.iter().filter(|&&x| d.lo <= x && x <= d.hi) {
            let at = [(d.var.as_str(), *x)];
            if let (Ok(e), Ok(g)) = (eval_at(expected, &at), eval_at(got, &at))
                && !agree(tol, g, e)
            {
                return Some(make(&[*x], g, e));
            }
        }
    }
    samples
        .iter()
        .find(|s| !agree(tol, s.got, s.expected))
        .map(|s| make(points.point(s.point), s.got, s.expected))
}

/// Why an antiderivative is wrong, told by its derivative (its values prove nothing: any
/// constant may be added): `differentiated, it does not give back the integrand: at x = 1 its
/// derivative is 0.5, the integrand there is −1.083`. The first simple point of a one-variable
/// domain where the two derivatives (by dual numbers) differ, else a few evenly spread points;
/// `None` when none separates them or the domain has several variables. The integrand is in the
/// prompt, so its value gives nothing away.
pub fn antiderivative_note(
    got: &Expr,
    expected: &Expr,
    domain: &[Domain],
    tol: Tolerance,
) -> Option<String> {
    let [d] = domain else {
        return None;
    };
    let spread = (1..8).map(|i| d.lo + (d.hi - d.lo) * f64::from(i) / 8.0);
    let points = SIMPLE_POINTS
        .iter()
        .copied()
        .filter(|&x| d.lo <= x && x <= d.hi)
        .chain(spread);
    crate::expr::with_budget(|| {
        for x in points {
            let at = [(d.var.as_str(), x)];
            let derivative = |f: &Expr| crate::math::calculus::dual::derivative_at(f, &d.var, &at);
            if let (Ok(e), Ok(g)) = (derivative(expected), derivative(got))
                && e.is_finite()
                && g.is_finite()
                && !agree(tol, g, e)
            {
                return Some(format!(
                    "differentiated, it does not give back the integrand: at {} = {} its \
                     derivative is {}, the integrand there is {}",
                    d.var,
                    shown(x),
                    shown(g),
                    shown(e)
                ));
            }
        }
        None
    })
}

/// Where formulas are compared: at the test points of a seed, drawn for the comparison, or at
/// points kept with the expected formula's values there (one [`Values`] per entry of a list of
/// formulas): a problem keeps its checker's points and its answer's values between checks.
pub enum At<'a> {
    Seed(u64),
    Kept(&'a TestPoints, &'a mut [Values]),
}

impl At<'_> {
    /// The points (a seed's drawn now for `domain`, or the kept ones), and the kept values of
    /// the expected formulas if there are any.
    fn parts(&mut self, domain: &[Domain]) -> (Cow<'_, TestPoints>, Option<&mut [Values]>) {
        match self {
            At::Seed(seed) => (Cow::Owned(TestPoints::new(domain, *seed)), None),
            At::Kept(points, values) => (Cow::Borrowed(*points), Some(&mut **values)),
        }
    }
}

/// Compares `got` with `expected` at seeded random points of `domain`, all within one work
/// budget ([`crate::expr::with_budget`]): a costly answer cannot multiply its cost by the number
/// of points.
pub fn compare_formulas(
    got: &Expr,
    expected: &Expr,
    domain: &[Domain],
    tol: Tolerance,
    seed: u64,
) -> FormulaMatch {
    compare_formulas_at(got, expected, domain, tol, At::Seed(seed))
}

/// [`compare_formulas`] at the points of `at`.
pub fn compare_formulas_at(
    got: &Expr,
    expected: &Expr,
    domain: &[Domain],
    tol: Tolerance,
    mut at: At,
) -> FormulaMatch {
    let (points, kept) = at.parts(domain);
    let mut fresh = Values::default();
    let expected_values = match kept {
        Some([one]) => one,
        _ => &mut fresh,
    };
    crate::expr::with_budget(|| compare_at(got, expected, domain, tol, &points, expected_values))
}

/// The entries of a vector or matrix of formulas, row by row, and the number of columns of a
/// matrix (to name an entry by its row and column); `None` for any other expression, and for a
/// matrix whose rows differ in length.
pub fn formula_entries(e: &Expr) -> Option<(Vec<&Expr>, Option<usize>)> {
    match e {
        Expr::Vector(items) => Some((items.iter().collect(), None)),
        Expr::Matrix(rows) => {
            let cols = rows.first()?.len();
            rows.iter()
                .all(|r| r.len() == cols)
                .then(|| (rows.iter().flatten().collect(), Some(cols)))
        }
        _ => None,
    }
}

/// Compares two lists of formulas entry by entry (as [`compare_formulas`] does each pair, at the
/// same test points), all within one work budget: the verdict on each entry, in order.
/// `got` and `expected` must have the same length (extra entries of either are ignored).
pub fn compare_formula_lists(
    got: &[&Expr],
    expected: &[&Expr],
    domain: &[Domain],
    tol: Tolerance,
    mut at: At,
) -> Vec<FormulaMatch> {
    let (points, kept) = at.parts(domain);
    let mut fresh = Vec::new();
    let values = match kept {
        Some(values) if values.len() == expected.len() => values,
        _ => {
            fresh.resize_with(expected.len(), Values::default);
            &mut fresh[..]
        }
    };
    crate::expr::with_budget(|| {
        got.iter()
            .zip(expected)
            .zip(values.iter_mut())
            .map(|((g, e), ev)| compare_at(g, e, domain, tol, &points, ev))
            .collect()
    })
}

/// The checker's test points for a domain and a seed: the [`MAX_DRAWS`] points of the domain,
/// drawn uniformly in this order from the seeded stream, from which a comparison takes the first
/// [`POINTS`] where the expected formula is defined.
#[derive(Clone, Debug)]
pub struct TestPoints {
    vars: Vec<String>,
    /// The points one after another, each the variables' values in the domain's order.
    coords: Vec<f64>,
}

impl TestPoints {
    pub fn new(domain: &[Domain], seed: u64) -> TestPoints {
        let mut rng = DrillRng::from_seed_u64(seed);
        let coords = (0..MAX_DRAWS)
            .flat_map(|_| domain.iter())
            .map(|d| d.lo + (d.hi - d.lo) * rng.unit())
            .collect();
        TestPoints {
            vars: domain.iter().map(|d| d.var.clone()).collect(),
            coords,
        }
    }

    /// Point `i`: the variables' values in the domain's order.
    fn point(&self, i: usize) -> &[f64] {
        let n = self.vars.len();
        &self.coords[i * n..(i + 1) * n]
    }

    /// The value of `f` at point `i`; `None` where it is undefined.
    fn eval(&self, f: &Expr, i: usize) -> Option<f64> {
        let at: Vec<(&str, f64)> = self
            .vars
            .iter()
            .map(String::as_str)
            .zip(self.point(i).iter().copied())
            .collect();
        eval_at(f, &at).ok()
    }
}

/// One formula's values at the test points, each evaluated the first time it is asked for and
/// kept: a formula compared with many others (a named mistake with the answer and with the
/// other mistakes) is evaluated once per point.
///
/// The formula is compiled for the points' variables the first time ([`Compiled`]): its
/// values are `eval_at`'s, bit for bit, without walking the tree at every point.
#[derive(Debug, Clone, Default)]
pub struct Values {
    known: Vec<Option<f64>>,
    /// `None` until the first value is asked for; then the program, if the formula compiles.
    compiled: Option<Option<Compiled>>,
}

impl Values {
    /// The value of `f` (the formula these values are of) at point `i` of `points`.
    pub fn at(&mut self, f: &Expr, points: &TestPoints, i: usize) -> Option<f64> {
        let compiled = self
            .compiled
            .get_or_insert_with(|| Compiled::new(f, &points.vars));
        while self.known.len() <= i {
            let j = self.known.len();
            let fast = compiled.as_ref().and_then(|c| c.eval(points.point(j)));
            self.known.push(fast.or_else(|| points.eval(f, j)));
        }
        self.known[i]
    }
}

/// The verdict of comparing `got` with `expected` from their values at `points`, without a
/// witness (a [`FormulaMatch::Different`] carries `None`): [`compare_formulas`] adds one. The one
/// implementation of the comparison; see the module documentation.
pub fn verdict(
    got: (&Expr, &mut Values),
    expected: (&Expr, &mut Values),
    points: &TestPoints,
    tol: Tolerance,
) -> FormulaMatch {
    sampled_verdict(got, expected, points, tol).0
}

/// [`verdict`], and the samples it was judged on.
fn sampled_verdict(
    (got, got_values): (&Expr, &mut Values),
    (expected, expected_values): (&Expr, &mut Values),
    points: &TestPoints,
    tol: Tolerance,
) -> (FormulaMatch, Vec<Sample>) {
    let same = got == expected;
    let mut samples = Vec::with_capacity(POINTS);
    let mut scale: f64 = 0.0;
    let mut answer_undefined = 0;
    for i in 0..MAX_DRAWS {
        if samples.len() == POINTS {
            break;
        }
        // A point where the expected formula is undefined tells nothing; one where only the
        // answer is undefined tells that the answer is another function (`-λ^3.03` for
        // `-λ^3` agrees at positive λ within the tolerance, but is undefined at negative λ).
        let Some(e) = expected_values.at(expected, points, i) else {
            continue;
        };
        // The same formula has the same values: the answer typed as the solution writes it.
        let got_value = if same {
            Some(e)
        } else {
            got_values.at(got, points, i)
        };
        let Some(g) = got_value else {
            answer_undefined += 1;
            continue;
        };
        scale = scale.max(e.abs());
        samples.push(Sample {
            point: i,
            got: g,
            expected: e,
        });
    }
    let judged = if answer_undefined > 0 || samples.len() < MIN_POINTS {
        FormulaMatch::Undefined
    } else if samples.iter().all(|s| agree(tol, s.got, s.expected)) {
        FormulaMatch::Equal
    } else {
        let c = samples[0].got - samples[0].expected;
        let constant = samples
            .iter()
            .all(|s| tol.accepts_at_scale(s.got - s.expected, c, scale.max(c.abs())));
        if constant {
            FormulaMatch::DifferByConstant(c)
        } else {
            FormulaMatch::Different(None)
        }
    };
    (judged, samples)
}

/// The comparison at test points drawn already, with the expected formula's values there
/// (kept from earlier comparisons, or filled in now).
fn compare_at(
    got: &Expr,
    expected: &Expr,
    domain: &[Domain],
    tol: Tolerance,
    points: &TestPoints,
    expected_values: &mut Values,
) -> FormulaMatch {
    let (judged, samples) = sampled_verdict(
        (got, &mut Values::default()),
        (expected, expected_values),
        points,
        tol,
    );
    match judged {
        FormulaMatch::Different(_) => {
            FormulaMatch::Different(witness(got, expected, domain, tol, points, &samples))
        }
        other => other,
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
        assert!(matches!(cmp("x^2", "x^3"), FormulaMatch::Different(_)));
        assert!(matches!(cmp("1.01*x^2", "x^2"), FormulaMatch::Different(_)));
    }

    #[test]
    fn a_difference_is_shown_at_a_simple_point() {
        // The domain [0.5, 2] holds 1, 2 and 0.5: x² and x³ first differ at 2.
        let FormulaMatch::Different(Some(w)) = cmp("x^2", "x^3") else {
            panic!("no witness")
        };
        assert_eq!(
            w.describe(),
            "at x = 2 it is 4, not the answer's value there"
        );
        assert!((w.expected - 8.0).abs() < 1e-12);
        // Outside the domain's simple points, the first random point that differs.
        let d = [Domain::new("λ", 5.0, 6.0)];
        let got = compare_formulas(
            &parse("λ^2").unwrap(),
            &parse("λ^2 - λ").unwrap(),
            &d,
            Tolerance::default(),
            1,
        );
        let FormulaMatch::Different(Some(w)) = got else {
            panic!("{got:?}")
        };
        let (_, x) = w.point[0];
        assert!((5.0..=6.0).contains(&x) && (w.got - x * x).abs() < 1e-9);
        assert!((w.expected - (x * x - x)).abs() < 1e-9);
    }

    #[test]
    fn constants_are_detected_for_antiderivatives() {
        match cmp("x^2 + 3", "x^2") {
            FormulaMatch::DifferByConstant(c) => assert!((c - 3.0).abs() < 1e-12),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_answer_undefined_where_the_expected_formula_is_defined_is_wrong() {
        // Within the tolerance at positive x, undefined at negative x.
        let d = [Domain::new("x", -1.0, 1.0)];
        let got = parse("-x^3.03 + 4x^2 + 26x - 108").unwrap();
        let expected = parse("-x^3 + 4x^2 + 26x - 108").unwrap();
        let verdict = compare_formulas(&got, &expected, &d, Tolerance::default(), 1);
        assert_eq!(verdict, FormulaMatch::Undefined);
    }

    #[test]
    fn lists_of_formulas_are_compared_entry_by_entry() {
        let d = [Domain::new("x", -2.0, 2.0), Domain::new("y", -2.0, 2.0)];
        let got = parse("[2y*x, x^2 + 1, y]").unwrap();
        let expected = parse("[2x*y, x^2, y]").unwrap();
        let (g, None) = formula_entries(&got).unwrap() else {
            panic!("a vector has no columns")
        };
        let (e, _) = formula_entries(&expected).unwrap();
        let verdicts = compare_formula_lists(&g, &e, &d, Tolerance::default(), At::Seed(3));
        assert_eq!(verdicts[0], FormulaMatch::Equal);
        assert!(
            matches!(verdicts[1], FormulaMatch::DifferByConstant(c) if (c - 1.0).abs() < 1e-12)
        );
        assert_eq!(verdicts[2], FormulaMatch::Equal);
        let m = parse("[[x, 1], [2, y]]").unwrap();
        let (entries, cols) = formula_entries(&m).unwrap();
        assert_eq!((entries.len(), cols), (4, Some(2)));
        assert!(formula_entries(&parse("x + y").unwrap()).is_none());
    }

    #[test]
    fn undefined_answers_are_reported() {
        assert_eq!(cmp("ln(-x)", "x"), FormulaMatch::Undefined);
    }
}
