//! The equivalences: deciding whether a (coerced) answer equals the expected one, with a score
//! for partial credit and a short note on what differs.

use super::answer::{AnswerSpec, Equivalence};
use super::formula::{
    At, FormulaMatch, antiderivative_note, compare_formula_lists, compare_formulas_at,
    formula_entries,
};
use super::tolerance::Tolerance;
use crate::expr::Value;
use crate::math::Scalar;

/// The result of one comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub correct: bool,
    /// Partial credit in `[0, 1]`: the fraction of entries or elements right.
    pub score: f64,
    /// What differs, for feedback ("entries (1,2) and (2,1) are off").
    pub note: Option<String>,
}

impl Comparison {
    fn all_or_nothing(ok: bool) -> Comparison {
        Comparison {
            correct: ok,
            score: if ok { 1.0 } else { 0.0 },
            note: None,
        }
    }
    fn partial(right: usize, total: usize, note: Option<String>) -> Comparison {
        let score = if total == 0 {
            0.0
        } else {
            right as f64 / total as f64
        };
        Comparison {
            correct: right == total && total > 0,
            score,
            note,
        }
    }
}

/// Compares `got` (already read as the expected type) with the answer of `spec`, keeping the
/// count of a set answer secret where [`AnswerSpec::count_is_answer`] says it is asked.
pub fn compare_answer(got: &Value, spec: &AnswerSpec, seed: u64) -> Comparison {
    compare_answer_at(got, spec, At::Seed(seed))
}

/// [`compare_answer`], formulas compared at the points of `at`.
pub fn compare_answer_at(got: &Value, spec: &AnswerSpec, at: At) -> Comparison {
    match &spec.equivalence {
        Equivalence::UnorderedSet(tol) if spec.count_is_answer => {
            which_of(got, &spec.expected, *tol)
        }
        eq => compare_at(got, &spec.expected, eq, at),
    }
}

/// Compares `got` (already read as the expected type) with `expected`. `seed` fixes the test
/// points of formula comparisons.
pub fn compare(got: &Value, expected: &Value, eq: &Equivalence, seed: u64) -> Comparison {
    compare_at(got, expected, eq, At::Seed(seed))
}

/// [`compare`], formulas compared at the points of `at`.
pub fn compare_at(got: &Value, expected: &Value, eq: &Equivalence, at: At) -> Comparison {
    match eq {
        Equivalence::Scalar(tol) => scalars(got, expected, |g, e| tol.accepts(g, e)),
        Equivalence::Integer => scalars(got, expected, |g, e| g.exact().is_some() && g == e),
        Equivalence::Exact => Comparison::all_or_nothing(got == expected),
        Equivalence::Entrywise(tol) | Equivalence::Interval(tol) => entrywise(got, expected, *tol),
        Equivalence::UnorderedSet(tol) => unordered(got, expected, *tol),
        Equivalence::Direction(tol) => direction(got, expected, *tol),
        Equivalence::Span(tol) => super::span::compare_span(got, expected, *tol),
        Equivalence::Formulas { vars, tol, names } => {
            formula_list(got, expected, vars, *tol, names, at)
        }
        Equivalence::Formula { vars, tol } | Equivalence::Antiderivative { vars, tol } => {
            let (Value::Formula(g), Value::Formula(e)) = (got, expected) else {
                return Comparison::all_or_nothing(false);
            };
            match compare_formulas_at(g, e, vars, *tol, at) {
                FormulaMatch::Equal => Comparison::all_or_nothing(true),
                FormulaMatch::DifferByConstant(_)
                    if matches!(eq, Equivalence::Antiderivative { .. }) =>
                {
                    Comparison::all_or_nothing(true)
                }
                FormulaMatch::Different(_) if matches!(eq, Equivalence::Antiderivative { .. }) => {
                    Comparison {
                        correct: false,
                        score: 0.0,
                        note: antiderivative_note(g, e, vars, *tol),
                    }
                }
                other => Comparison {
                    correct: false,
                    score: 0.0,
                    note: formula_note(&other),
                },
            }
        }
    }
}

/// What differs between a formula and the expected one, for feedback; never the answer itself.
fn formula_note(m: &FormulaMatch) -> Option<String> {
    match m {
        FormulaMatch::Equal => None,
        // The constant is not named: subtracting it would hand the answer over.
        FormulaMatch::DifferByConstant(_) => Some("it differs from the answer by a constant".into()),
        FormulaMatch::Undefined => Some(
            "it is undefined at points where the answer is defined (a fractional power or a logarithm of a negative number, a division by zero)"
                .into(),
        ),
        FormulaMatch::Different(witness) => witness.as_ref().map(|w| w.describe()),
    }
}

/// A vector or matrix of formulas, entry by entry: partial credit, and a note naming the wrong
/// entries (by the kind's names where it gives them) and, where only one is wrong, what differs.
fn formula_list(
    got: &Value,
    expected: &Value,
    vars: &[super::answer::Domain],
    tol: Tolerance,
    names: &[String],
    at: At,
) -> Comparison {
    let (Value::Formula(g), Value::Formula(e)) = (got, expected) else {
        return Comparison::all_or_nothing(false);
    };
    let (Some((g, _)), Some((e, cols))) = (formula_entries(g), formula_entries(e)) else {
        return Comparison::all_or_nothing(false);
    };
    if g.len() != e.len() {
        return length_mismatch(g.len(), e.len());
    }
    let verdicts = compare_formula_lists(&g, &e, vars, tol, at);
    let wrong: Vec<usize> = (0..e.len())
        .filter(|&i| verdicts[i] != FormulaMatch::Equal)
        .collect();
    let right = e.len() - wrong.len();
    let name = |i: usize| entry_name(i, cols, names.get(i).map(String::as_str));
    let are = if right == 1 { "is" } else { "are" };
    let note = match wrong.as_slice() {
        [] => None,
        [only] if e.len() == 1 => formula_note(&verdicts[*only]),
        [only] => Some(match formula_note(&verdicts[*only]) {
            Some(what) => format!(
                "{right} of {} entries {are} right; {} is not: {what}",
                e.len(),
                name(*only)
            ),
            None => format!(
                "{right} of {} entries {are} right; {} is not",
                e.len(),
                name(*only)
            ),
        }),
        _ if right > 0 => {
            let listed: Vec<String> = wrong.iter().take(4).map(|&i| name(i)).collect();
            let more = if wrong.len() > 4 { ", …" } else { "" };
            Some(format!(
                "{right} of {} entries {are} right; check {}{more}",
                e.len(),
                and_list(&listed)
            ))
        }
        _ => None,
    };
    Comparison::partial(right, e.len(), note)
}

/// An entry of a vector or matrix of formulas as feedback names it: `the second entry, ∂f/∂y,`
/// or `the second entry` in a vector; `entry (1,2), ∂g/∂x,` in a matrix.
fn entry_name(i: usize, cols: Option<usize>, name: Option<&str>) -> String {
    let position = match cols {
        Some(c) => format!("entry ({},{})", i / c + 1, i % c + 1),
        None => position(i, "entry"),
    };
    match name {
        Some(n) if !n.is_empty() => format!("{position}, {n},"),
        _ => position,
    }
}

/// The `i`-th (0-based) item of a list as feedback names it: `the second component`, or
/// `component 12` past the tenth.
fn position(i: usize, noun: &str) -> String {
    const ORDINALS: [&str; 10] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    match ORDINALS.get(i) {
        Some(ord) => format!("the {ord} {noun}"),
        None => format!("{noun} {}", i + 1),
    }
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn scalars(got: &Value, expected: &Value, ok: impl Fn(Scalar, Scalar) -> bool) -> Comparison {
    match (got.as_scalar(), expected.as_scalar()) {
        (Some(g), Some(e)) => Comparison::all_or_nothing(ok(g, e)),
        _ => Comparison::all_or_nothing(false),
    }
}

/// Flat entries and, for matrices, the number of columns (to name wrong entries as (row, col)).
fn entries(v: &Value) -> Option<(Vec<Scalar>, Option<usize>)> {
    match v {
        Value::Matrix(m) => Some((m.entries().to_vec(), Some(m.ncols()))),
        Value::Vector(xs) => Some((xs.clone(), None)),
        Value::Tuple(items) => Some((
            items.iter().map(Value::as_scalar).collect::<Option<_>>()?,
            None,
        )),
        _ => None,
    }
}

fn entrywise(got: &Value, expected: &Value, tol: Tolerance) -> Comparison {
    let (Some((g, cols)), Some((e, _))) = (entries(got), entries(expected)) else {
        return Comparison::all_or_nothing(false);
    };
    if g.len() != e.len() {
        return length_mismatch(g.len(), e.len());
    }
    let wrong: Vec<usize> = (0..e.len()).filter(|&i| !tol.accepts(g[i], e[i])).collect();
    let note = (!wrong.is_empty() && wrong.len() < e.len()).then(|| {
        let names: Vec<String> = wrong
            .iter()
            .take(4)
            .map(|&i| match cols {
                Some(c) => format!("({},{})", i / c + 1, i % c + 1),
                None => position(i, "component"),
            })
            .collect();
        let more = if wrong.len() > 4 { ", …" } else { "" };
        let what = if cols.is_some() {
            "entries"
        } else {
            "components"
        };
        let right = e.len() - wrong.len();
        format!(
            "{right} of {} {what} {} right; check {}{more}",
            e.len(),
            if right == 1 { "is" } else { "are" },
            and_list(&names)
        )
    });
    Comparison::partial(e.len() - wrong.len(), e.len(), note)
}

/// A vector (or list) of the wrong length: wrong, and the note says the lengths.
fn length_mismatch(got: usize, expected: usize) -> Comparison {
    Comparison {
        correct: false,
        score: 0.0,
        note: Some(format!(
            "the answer has {expected} components, you gave {got}"
        )),
    }
}

/// Multiset match: each expected element is matched with a distinct typed element within tolerance.
fn unordered(got: &Value, expected: &Value, tol: Tolerance) -> Comparison {
    let (Value::Set(g), Value::Set(e)) = (got, expected) else {
        return Comparison::all_or_nothing(false);
    };
    let mut used = vec![false; g.len()];
    let mut matched = 0;
    for ev in e {
        let Some(es) = ev.as_scalar() else { continue };
        let hit = (0..g.len())
            .find(|&i| !used[i] && g[i].as_scalar().is_some_and(|gs| tol.accepts(gs, es)));
        if let Some(i) = hit {
            used[i] = true;
            matched += 1;
        }
    }
    let note = if g.len() != e.len() {
        Some(count_note(g.len(), e))
    } else if matched < e.len() && matched > 0 {
        Some(format!(
            "{matched} of {} values {} right",
            e.len(),
            if matched == 1 { "is" } else { "are" }
        ))
    } else {
        None
    };
    let mut c = Comparison::partial(matched, e.len().max(g.len()), note);
    c.correct = matched == e.len() && g.len() == e.len();
    c
}

/// A set answer whose size is part of the question ("which of these …"): right or wrong, no
/// partial credit (`2 of 3 right` would tell the size), and a note that says whether values
/// typed are not in the answer or the answer has others, never how many it has.
fn which_of(got: &Value, expected: &Value, tol: Tolerance) -> Comparison {
    let (Value::Set(g), Value::Set(e)) = (got, expected) else {
        return Comparison::all_or_nothing(false);
    };
    let full = unordered(got, expected, tol);
    if full.correct {
        return full;
    }
    // Which typed values are matched by some answer element, one to one.
    let mut used = vec![false; e.len()];
    let stray = g
        .iter()
        .filter(|gv| {
            let hit = gv.as_scalar().and_then(|gs| {
                (0..e.len())
                    .find(|&i| !used[i] && e[i].as_scalar().is_some_and(|es| tol.accepts(gs, es)))
            });
            if let Some(i) = hit {
                used[i] = true;
            }
            hit.is_none()
        })
        .count();
    let note = if stray > 0 {
        "some of the values you gave are not in the answer"
    } else {
        "every value you gave is in the answer, but it is not complete"
    };
    Comparison {
        correct: false,
        score: 0.0,
        note: Some(note.into()),
    }
}

/// A set answer with the wrong number of values: the counts, and where values repeat in the
/// answer and fewer were typed, that a repeated value is listed as often as it repeats.
fn count_note(got: usize, expected: &[Value]) -> String {
    let plural = |n: usize| if n == 1 { "value" } else { "values" };
    let n = expected.len();
    let repeats = expected
        .iter()
        .enumerate()
        .any(|(i, a)| expected[..i].contains(a));
    let advice = if got < n && repeats {
        " (list a repeated value as often as it repeats)"
    } else {
        ""
    };
    format!(
        "you gave {got} {}; the answer has {n} {}{advice}",
        plural(got),
        plural(n)
    )
}

/// `got = k·expected` for some `k ≠ 0`, judged at the scale of `got`.
fn direction(got: &Value, expected: &Value, tol: Tolerance) -> Comparison {
    let (Some((g, _)), Some((e, _))) = (entries(got), entries(expected)) else {
        return Comparison::all_or_nothing(false);
    };
    if g.len() != e.len() {
        return length_mismatch(g.len(), e.len());
    }
    let g: Vec<f64> = g.iter().map(Scalar::to_f64).collect();
    let e: Vec<f64> = e.iter().map(Scalar::to_f64).collect();
    let gmax = g.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if gmax == 0.0 || !gmax.is_finite() {
        return Comparison {
            correct: false,
            score: 0.0,
            note: Some("the zero vector has no direction".into()),
        };
    }
    // The ratio k from the largest expected component; then every component must fit g = k·e.
    let (i, _) = e.iter().enumerate().fold((0, 0.0f64), |(bi, bm), (i, x)| {
        if x.abs() > bm { (i, x.abs()) } else { (bi, bm) }
    });
    let k = g[i] / e[i];
    let ok = k != 0.0
        && g.iter()
            .zip(&e)
            .all(|(&gi, &ei)| tol.accepts_at_scale(gi, k * ei, gmax));
    Comparison::all_or_nothing(ok)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::Matrix;

    fn v(xs: &[i64]) -> Value {
        Value::Vector(xs.iter().map(|&x| Scalar::int(x)).collect())
    }
    fn set(xs: &[f64]) -> Value {
        Value::Set(xs.iter().map(|&x| Value::Scalar(Scalar::Real(x))).collect())
    }
    const T: Tolerance = Tolerance {
        rel: 5e-4,
        abs: 1e-9,
    };

    #[test]
    fn matrices_get_partial_credit_and_named_entries() {
        let e = Value::Matrix(Matrix::from_ints(&[[1, 2], [3, 4]]));
        let g = Value::Matrix(Matrix::from_ints(&[[1, 2], [3, 5]]));
        let c = compare(&g, &e, &Equivalence::Entrywise(T), 0);
        assert!(!c.correct);
        assert_eq!(c.score, 0.75);
        assert_eq!(
            c.note.as_deref(),
            Some("3 of 4 entries are right; check (2,2)")
        );
        assert!(compare(&e, &e, &Equivalence::Entrywise(T), 0).correct);
        // Vector components by their position in words, as formula entries are.
        let c = compare(
            &v(&[1, 5, 3, 9]),
            &v(&[1, 2, 3, 4]),
            &Equivalence::Entrywise(T),
            0,
        );
        assert_eq!(
            c.note.as_deref(),
            Some(
                "2 of 4 components are right; check the second component and the fourth component"
            )
        );
    }

    #[test]
    fn a_wrong_length_is_named() {
        let c = compare(&v(&[3, 2, 1]), &v(&[7, 6]), &Equivalence::Entrywise(T), 0);
        assert!(!c.correct);
        assert_eq!(
            c.note.as_deref(),
            Some("the answer has 2 components, you gave 3")
        );
        let d = compare(&v(&[1]), &v(&[1, 2]), &Equivalence::Direction(T), 0);
        assert!(!d.correct && d.note.unwrap().contains("2 components"));
    }

    #[test]
    fn integers_must_be_exact() {
        let e = Value::Scalar(Scalar::int(7));
        assert!(compare(&Value::Scalar(Scalar::int(7)), &e, &Equivalence::Integer, 0).correct);
        assert!(
            !compare(
                &Value::Scalar(Scalar::Real(7.0001)),
                &e,
                &Equivalence::Integer,
                0
            )
            .correct
        );
        assert!(
            !compare(
                &Value::Scalar(Scalar::frac(15, 2)),
                &e,
                &Equivalence::Integer,
                0
            )
            .correct
        );
    }

    #[test]
    fn sets_ignore_order_but_respect_multiplicity() {
        let eq = Equivalence::UnorderedSet(T);
        assert!(compare(&set(&[3.0, -1.0]), &set(&[-1.0, 3.0]), &eq, 0).correct);
        assert!(!compare(&set(&[3.0, 3.0]), &set(&[3.0, -1.0]), &eq, 0).correct);
        assert!(!compare(&set(&[3.0, -1.0, 2.0]), &set(&[-1.0, 3.0]), &eq, 0).correct);
        assert!(compare(&set(&[2.0, 2.0]), &set(&[2.0, 2.0]), &eq, 0).correct);
        assert_eq!(
            compare(&set(&[3.0, 5.0]), &set(&[3.0, -1.0]), &eq, 0).score,
            0.5
        );
    }

    #[test]
    fn a_wrong_count_of_values_is_said_as_counts() {
        let eq = Equivalence::UnorderedSet(T);
        let c = compare(&set(&[3.0, -1.0, 2.0]), &set(&[-1.0, 3.0]), &eq, 0);
        assert!(!c.correct && c.score < 1.0);
        assert_eq!(
            c.note.as_deref(),
            Some("you gave 3 values; the answer has 2 values")
        );
        let c = compare(&set(&[2.0]), &set(&[2.0, 2.0]), &eq, 0);
        assert_eq!(
            c.note.as_deref(),
            Some(
                "you gave 1 value; the answer has 2 values (list a repeated value as often as \
                 it repeats)"
            )
        );
    }

    #[test]
    fn directions_accept_any_nonzero_multiple() {
        let eq = Equivalence::Direction(T);
        assert!(compare(&v(&[-2, 4, 0]), &v(&[1, -2, 0]), &eq, 0).correct);
        assert!(compare(&v(&[1, -2, 0]), &v(&[1, -2, 0]), &eq, 0).correct);
        assert!(!compare(&v(&[0, 0, 0]), &v(&[1, -2, 0]), &eq, 0).correct);
        assert!(!compare(&v(&[1, 2, 0]), &v(&[1, -2, 0]), &eq, 0).correct);
        assert!(!compare(&v(&[1, -2, 1]), &v(&[1, -2, 0]), &eq, 0).correct);
    }
}
