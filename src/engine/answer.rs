//! Answer specifications: what kind of answer is expected and which equivalence decides it.

use super::tolerance::Tolerance;
use crate::expr::{Expr, Value};

/// How a typed answer is compared with the expected one.
#[derive(Clone, Debug, PartialEq)]
pub enum Equivalence {
    /// A number within the tolerance.
    Scalar(Tolerance),
    /// An integer, exactly.
    Integer,
    /// A vector or matrix, entry by entry; the score is the fraction of entries right.
    Entrywise(Tolerance),
    /// An unordered multiset of numbers (eigenvalues): same size, matched one to one.
    UnorderedSet(Tolerance),
    /// A nonzero multiple of the expected vector (eigenvectors).
    Direction(Tolerance),
    /// A basis of the same subspace as the expected set of vectors (null spaces): any basis is
    /// right. Typed as a set of vectors, `{[1, 0, 2], [0, 1, -1]}`, or one vector.
    Span(Tolerance),
    /// An interval `(lo, hi)`, endpoint by endpoint.
    Interval(Tolerance),
    /// A formula in the given variables, compared at seeded random points of the domain.
    Formula { vars: Vec<Domain>, tol: Tolerance },
    /// A formula equal to the expected one up to an additive constant (antiderivatives).
    Antiderivative { vars: Vec<Domain>, tol: Tolerance },
    /// A vector or matrix of formulas (a gradient `[2*x*y, x^2]`, a Jacobian or Hessian of
    /// formulas), entry by entry as [`Equivalence::Formula`] does each formula, at the same seeded
    /// points; the score is the fraction of entries right. The expected value is a
    /// [`Value::Formula`] of an `Expr::Vector` or `Expr::Matrix`. `names` names the entries in
    /// feedback (`∂f/∂y`), in order (row by row); entries without a name are named by position.
    Formulas {
        vars: Vec<Domain>,
        tol: Tolerance,
        names: Vec<String>,
    },
    /// yes/no or a letter choice: exact.
    Exact,
}

/// Whether a question with this expected answer has a single wrong answer (yes/no: the other
/// one). Such a question carries one named mistake, not two, and the drill gives no second try.
pub fn single_wrong_answer(expected: &Value) -> bool {
    matches!(expected, Value::Bool(_))
}

/// How many distinguishable named mistakes a draft must have: two, or one for a question with
/// a [`single_wrong_answer`].
pub fn mistakes_needed(expected: &Value) -> usize {
    if single_wrong_answer(expected) { 1 } else { 2 }
}

/// A variable of a formula and the interval its test points are drawn from.
#[derive(Clone, Debug, PartialEq)]
pub struct Domain {
    pub var: String,
    pub lo: f64,
    pub hi: f64,
}

impl Domain {
    /// A variable's test interval. The name is taken in its canonical spelling (`lambda` → `λ`),
    /// the one the parser gives typed names.
    pub fn new(var: &str, lo: f64, hi: f64) -> Domain {
        Domain {
            var: crate::expr::canonical_variable(var),
            lo,
            hi,
        }
    }
}

/// The unit an angle is asked in, which decides how a typed `45°` is read: as 45 where degrees
/// are asked, as π/4 where radians are (and the verdict says so), and as π/4 in a question that
/// asks no angle (as in the calculator).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Unit {
    #[default]
    None,
    Degrees,
    Radians,
}

/// The expected answer and how to compare with it.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerSpec {
    pub expected: Value,
    pub equivalence: Equivalence,
    /// The exact form of an answer whose value is real but has a closed form
    /// (`34/(5*sqrt(174))`, `-sqrt(3)/2`), in the answer language: what `solve` prints as the
    /// canonical answer. `None` where the value prints exactly by itself.
    pub exact: Option<String>,
    /// The unit of an angle answer ([`AnswerSpec::in_unit`]).
    pub unit: Unit,
    /// Whether the number of elements of a set answer is itself part of what is asked ("which
    /// of these tests are significant?"): then feedback on a wrong set never says how many
    /// elements the answer has, and gives no partial credit, whose fraction would tell
    /// ([`AnswerSpec::count_is_answer`]).
    pub count_is_answer: bool,
}

impl AnswerSpec {
    pub fn scalar(expected: impl Into<Value>) -> AnswerSpec {
        AnswerSpec {
            expected: expected.into(),
            equivalence: Equivalence::Scalar(Tolerance::default()),
            exact: None,
            unit: Unit::None,
            count_is_answer: false,
        }
    }
    pub fn integer(n: i64) -> AnswerSpec {
        AnswerSpec {
            expected: Value::Scalar(crate::math::Scalar::int(n)),
            equivalence: Equivalence::Integer,
            exact: None,
            unit: Unit::None,
            count_is_answer: false,
        }
    }
    pub fn entrywise(expected: impl Into<Value>) -> AnswerSpec {
        AnswerSpec {
            expected: expected.into(),
            equivalence: Equivalence::Entrywise(Tolerance::default()),
            exact: None,
            unit: Unit::None,
            count_is_answer: false,
        }
    }
    /// The answer's type in the catalog's words ([`crate::engine::catalog::ANSWER_TYPES`]), from
    /// its equivalence and the expected value's shape.
    pub fn type_name(&self) -> &'static str {
        match (&self.equivalence, &self.expected) {
            (Equivalence::Integer, _) => "integer",
            (Equivalence::UnorderedSet(_), _) => "set",
            (Equivalence::Direction(_), _) => "direction",
            (Equivalence::Span(_), _) => "basis",
            (Equivalence::Interval(_), _) => "interval",
            (Equivalence::Formula { .. } | Equivalence::Antiderivative { .. }, _) => "formula",
            (Equivalence::Formulas { .. }, _) => "formulas",
            (_, Value::Bool(_)) => "yesno",
            (_, Value::Choice(_)) => "choice",
            (_, Value::Vector(_)) => "vector",
            (_, Value::Matrix(_)) => "matrix",
            (_, Value::Set(_)) => "set",
            _ => "number",
        }
    }

    /// A vector of formulas in `vars` (a gradient), checked entry by entry at seeded random points
    /// of the variables' domains ([`Equivalence::Formulas`]), with the default tolerance. `solve`
    /// prints it as `[2*x*y, x^2]`, which `check` reads back; `(2xy, x²)` is accepted too.
    pub fn formula_vector(exprs: Vec<Expr>, vars: Vec<Domain>) -> AnswerSpec {
        AnswerSpec::formulas(Expr::Vector(exprs), vars)
    }

    /// A matrix of formulas in `vars` (a Jacobian or Hessian), row by row, checked entry by
    /// entry as [`AnswerSpec::formula_vector`] is; typed `[[2*y, 2*x], [1, 0]]` or `[2y 2x; 1 0]`.
    pub fn formula_matrix(rows: Vec<Vec<Expr>>, vars: Vec<Domain>) -> AnswerSpec {
        AnswerSpec::formulas(Expr::Matrix(rows), vars)
    }

    fn formulas(expected: Expr, vars: Vec<Domain>) -> AnswerSpec {
        AnswerSpec::with(
            Value::Formula(expected),
            Equivalence::Formulas {
                vars,
                tol: Tolerance::default(),
                names: Vec::new(),
            },
        )
    }

    /// Names the entries of a vector or matrix of formulas for feedback, in order (row by row):
    /// `["∂f/∂x", "∂f/∂y"]` gives "the second entry, ∂f/∂y, …". Use only symbols the prompt
    /// defines. No effect on other answers.
    pub fn named_entries(mut self, entry_names: Vec<String>) -> AnswerSpec {
        if let Equivalence::Formulas { names, .. } = &mut self.equivalence {
            *names = entry_names;
        }
        self
    }

    pub fn with(expected: impl Into<Value>, equivalence: Equivalence) -> AnswerSpec {
        AnswerSpec {
            expected: expected.into(),
            equivalence,
            exact: None,
            unit: Unit::None,
            count_is_answer: false,
        }
    }

    /// Gives the answer's exact form in the answer language (`-sqrt(3)/2`); the soundness test
    /// checks that it is accepted.
    pub fn exact_as(mut self, text: impl Into<String>) -> AnswerSpec {
        self.exact = Some(text.into());
        self
    }

    /// Declares that how many elements the (set) answer has is part of the answer: which of
    /// the p-values are significant, which values are outliers, which are the modes. Feedback
    /// then says a set is wrong without telling the count. Where the count is known from the
    /// question (the eigenvalues of an n×n matrix), leave it unset: "you gave 2 values; the
    /// answer has 3" helps there.
    pub fn count_is_answer(mut self) -> AnswerSpec {
        self.count_is_answer = true;
        self
    }

    /// Declares the unit an angle answer is asked in.
    pub fn in_unit(mut self, unit: Unit) -> AnswerSpec {
        self.unit = unit;
        self
    }

    /// The canonical answer as `solve` prints it: the exact form where one is given, else the
    /// value's own text. `check` accepts it.
    pub fn canonical_text(&self) -> String {
        self.exact
            .clone()
            .unwrap_or_else(|| self.expected.to_text())
    }
}
