//! Named-mistake bookkeeping: keeps every named mistake distinguishable from the answer and from
//! the others, also under the checker's own equivalence.

use crate::engine::{
    Equivalence, GenError, Mistake, TestPoints, Tolerance, Values, compare, formula_domain,
    formula_judged_same, values_for,
};
use crate::expr::Value;
use crate::math::Scalar;

/// Whether two values would be judged the same answer under the default tolerance (entry by entry
/// for vectors and matrices of the same shape, in both directions).
pub fn coincide(a: &Value, b: &Value) -> bool {
    let tol = Tolerance::default();
    let close = |x: &Scalar, y: &Scalar| tol.accepts(*x, *y) || tol.accepts(*y, *x);
    match (a, b) {
        (Value::Scalar(x), Value::Scalar(y)) => close(x, y),
        (Value::Vector(x), Value::Vector(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| close(p, q))
        }
        (Value::Matrix(x), Value::Matrix(y)) => {
            x.shape() == y.shape()
                && x.entries()
                    .iter()
                    .zip(y.entries())
                    .all(|(p, q)| close(p, q))
        }
        _ => a == b,
    }
}

/// Whether the checker would accept `got` for `expected` under `eq` (one way: `got` judged
/// against `expected`): `[2, 4]` for `[1, 2]` under a direction equivalence is judged the same.
pub fn judged_same(got: &Value, expected: &Value, eq: &Equivalence) -> bool {
    compare(got, expected, eq, 0).correct
}

/// Collects a draft's named mistakes so that each one is distinguishable: from the expected
/// answer (otherwise the checker could not tell a right answer from the mistake) and from the
/// mistakes collected before it (otherwise the feedback would be ambiguous).
pub struct Mistakes {
    expected: Value,
    /// Judge "the same answer" as the checker does under this equivalence (for answers coarser
    /// than entry by entry: directions, spans); `None` compares entry by entry.
    eq: Option<Equivalence>,
    /// Under a formula equivalence, the checker's test points (at seed 0, as [`judged_same`]
    /// uses) and each formula's values there, kept: the answer's and each mistake's (in `list`
    /// order) are evaluated once however many comparisons they enter.
    formulas: Option<FormulaValues>,
    list: Vec<Mistake>,
}

/// The test points of a formula equivalence and the values kept at them.
struct FormulaValues {
    points: TestPoints,
    expected: Vec<Values>,
    mistakes: Vec<Vec<Values>>,
}

impl Mistakes {
    pub fn new(expected: &Value) -> Mistakes {
        Mistakes {
            expected: expected.clone(),
            eq: None,
            formulas: None,
            list: Vec::new(),
        }
    }

    /// Like [`Mistakes::new`], but two answers count as the same when the checker would accept
    /// either for the other under `eq` (a multiple of an eigenvector, another basis of a span).
    /// Under a direction or span equivalence a zero vector is never a mistake: it is no
    /// direction, and the checker could not say what it is a multiple of.
    pub fn under(expected: &Value, eq: &Equivalence) -> Mistakes {
        let formulas = formula_domain(eq).map(|domain| FormulaValues {
            points: TestPoints::new(domain, 0),
            expected: values_for(eq, expected),
            mistakes: Vec::new(),
        });
        Mistakes {
            eq: Some(eq.clone()),
            formulas,
            ..Mistakes::new(expected)
        }
    }

    fn same(&self, a: &Value, b: &Value) -> bool {
        match &self.eq {
            Some(eq) => judged_same(a, b, eq) || judged_same(b, a, eq),
            None => coincide(a, b),
        }
    }

    /// [`Mistakes::same`] of `answer` (with its kept values) and the answer or a mistake, by
    /// the formula values kept (`None`: the answer; `Some(i)`: mistake `i`).
    fn same_formula(
        eq: &Equivalence,
        f: &mut FormulaValues,
        (answer, values): (&Value, &mut [Values]),
        other: Option<usize>,
        other_answer: &Value,
    ) -> bool {
        let other_values = match other {
            None => &mut f.expected,
            Some(i) => &mut f.mistakes[i],
        };
        let points = &f.points;
        formula_judged_same(eq, points, (answer, values), (other_answer, other_values))
            || formula_judged_same(eq, points, (other_answer, other_values), (answer, values))
    }

    /// A zero vector offered where directions are judged.
    fn is_zero_direction(&self, answer: &Value) -> bool {
        matches!(
            self.eq,
            Some(Equivalence::Direction(_) | Equivalence::Span(_))
        ) && matches!(answer, Value::Vector(v) if v.iter().all(Scalar::is_zero))
    }

    /// Whether `answer` differs from the answer and from every mistake kept; under a formula
    /// equivalence, also its values at the test points (kept with it if it is pushed).
    fn is_new(&mut self, answer: &Value) -> (bool, Vec<Values>) {
        let (Some(eq), Some(f)) = (&self.eq, &mut self.formulas) else {
            let new = !self.is_zero_direction(answer)
                && !self.same(answer, &self.expected)
                && !self.list.iter().any(|m| self.same(answer, &m.answer));
            return (new, Vec::new());
        };
        let mut values = values_for(eq, answer);
        let mine = (answer, values.as_mut_slice());
        let new = !Self::same_formula(eq, f, (mine.0, &mut *mine.1), None, &self.expected)
            && !self.list.iter().enumerate().any(|(i, m)| {
                Self::same_formula(eq, f, (mine.0, &mut *mine.1), Some(i), &m.answer)
            });
        (new, values)
    }

    fn push(&mut self, mistake: Mistake, values: Vec<Values>) {
        if let Some(f) = &mut self.formulas {
            f.mistakes.push(values);
        }
        self.list.push(mistake);
    }

    /// A mistake this kind is about: if it coincides with the answer or with an earlier
    /// mistake, the draw is rejected.
    pub fn require(
        &mut self,
        name: &'static str,
        answer: impl Into<Value>,
        message: impl Into<String>,
    ) -> Result<(), GenError> {
        let answer = answer.into();
        let (new, values) = self.is_new(&answer);
        if !new {
            return Err(GenError::Redraw("a named mistake is not distinguishable"));
        }
        self.push(Mistake::new(name, answer, message), values);
        Ok(())
    }

    /// A mistake kept only when it differs from the answer and from the mistakes before it.
    pub fn optional(
        &mut self,
        name: &'static str,
        answer: impl Into<Value>,
        message: impl Into<String>,
    ) {
        let answer = answer.into();
        if let (true, values) = self.is_new(&answer) {
            self.push(Mistake::new(name, answer, message), values);
        }
    }

    /// Of several wrong answers that one slip can produce (a sign flipped in one component or
    /// another), the first distinguishable one, kept under `name`.
    pub fn optional_first(
        &mut self,
        name: &'static str,
        answers: impl IntoIterator<Item = Value>,
        message: impl Into<String>,
    ) {
        for answer in answers {
            if let (true, values) = self.is_new(&answer) {
                self.push(Mistake::new(name, answer, message), values);
                return;
            }
        }
    }

    /// The mistakes, or a redraw if fewer than two are distinguishable (one, for a yes/no
    /// question: it has only one wrong answer).
    pub fn finish(self) -> Result<Vec<Mistake>, GenError> {
        let needed = crate::engine::mistakes_needed(&self.expected);
        if self.list.len() < needed {
            return Err(GenError::Redraw("fewer than two distinguishable mistakes"));
        }
        Ok(self.list)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::scalars;

    #[test]
    fn mistakes_are_kept_distinguishable() {
        let expected = Value::Scalar(Scalar::int(5));
        let mut ms = Mistakes::new(&expected);
        assert!(ms.require("same", Scalar::int(5), "m").is_err());
        ms.optional("close", Scalar::Real(5.000001), "m");
        ms.optional("a", Scalar::int(6), "m");
        ms.optional("dup", Scalar::int(6), "m");
        assert!(ms.require("again", Scalar::int(6), "m").is_err());
        assert!(ms.require("b", vec![Scalar::int(5)], "m").is_ok());
        ms.optional_first(
            "first",
            [Scalar::int(6), Scalar::int(7), Scalar::int(8)].map(Value::from),
            "m",
        );
        assert_eq!(ms.list.last().unwrap().answer, Value::from(Scalar::int(7)));
        let list = ms.finish().unwrap();
        assert_eq!(
            list.iter().map(|m| m.name).collect::<Vec<_>>(),
            ["a", "b", "first"]
        );
        assert!(Mistakes::new(&expected).finish().is_err());
    }

    #[test]
    fn direction_mistakes_are_distinct_up_to_multiples_and_never_zero() {
        let eq = Equivalence::Direction(Tolerance::default());
        let expected = Value::Vector(scalars(&[1, -2]));
        assert!(judged_same(
            &Value::Vector(scalars(&[-2, 4])),
            &expected,
            &eq
        ));
        let mut ms = Mistakes::under(&expected, &eq);
        assert!(ms.require("parallel", scalars(&[-2, 4]), "m").is_err());
        assert!(ms.require("zero", scalars(&[0, 0]), "m").is_err());
        ms.optional("a", scalars(&[2, 1]), "m");
        ms.optional("again", scalars(&[4, 2]), "m");
        assert!(ms.require("b", scalars(&[1, 1]), "m").is_ok());
        let names: Vec<_> = ms.finish().unwrap().iter().map(|m| m.name).collect();
        assert_eq!(names, ["a", "b"]);
        // Entry by entry, a zero vector is a mistake like any other.
        let mut plain = Mistakes::new(&expected);
        assert!(plain.require("zero", scalars(&[0, 0]), "m").is_ok());
    }
}
