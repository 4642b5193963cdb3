//! The problem model: one generated exercise, independent of how it is rendered.

use super::answer::AnswerSpec;
use super::kept_values::Kept;
use crate::expr::Value;

/// A piece of a line of prompt or solution.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    /// Prose.
    Text(String),
    /// Inline mathematics written with Unicode symbols (`det A = 3·2 − 5·1 = 1`, `A⁻¹`, `Aᵀ`);
    /// renderers translate the symbols (LaTeX: `\cdot`, `^{-1}`, `^\top`).
    Math(String),
    /// A value typeset as an object: a matrix gets brackets, a fraction stays a fraction.
    Value(Value),
}

/// One line of a prompt or worked solution: pieces laid side by side. Multi-line pieces
/// (matrices) are aligned on their middle row.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Line(pub Vec<Piece>);

impl Line {
    pub fn new() -> Line {
        Line(Vec::new())
    }
    pub fn text(s: impl Into<String>) -> Line {
        Line(vec![Piece::Text(s.into())])
    }
    pub fn math(s: impl Into<String>) -> Line {
        Line(vec![Piece::Math(s.into())])
    }
    /// Appends prose.
    pub fn t(mut self, s: impl Into<String>) -> Line {
        self.0.push(Piece::Text(s.into()));
        self
    }
    /// Appends inline math.
    pub fn m(mut self, s: impl Into<String>) -> Line {
        self.0.push(Piece::Math(s.into()));
        self
    }
    /// Appends a typeset value.
    pub fn v(mut self, v: impl Into<Value>) -> Line {
        self.0.push(Piece::Value(v.into()));
        self
    }
}

/// A wrong answer that a learner typically gives, computed from this problem's numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Mistake {
    /// A stable name (`transpose`, `ba_instead_of_ab`): reported in `check --json`.
    pub name: &'static str,
    /// The wrong answer this mistake produces here.
    pub answer: Value,
    /// What went wrong and how to fix it: "That is Aᵀ, the transpose. …".
    pub message: String,
}

impl Mistake {
    pub fn new(
        name: &'static str,
        answer: impl Into<Value>,
        message: impl Into<String>,
    ) -> Mistake {
        Mistake {
            name,
            answer: answer.into(),
            message: message.into(),
        }
    }
}

/// What an exercise's generator produces from its random draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub prompt: Vec<Line>,
    pub answer: AnswerSpec,
    /// Worked solution, computed from this problem's numbers.
    pub solution: Vec<Line>,
    /// Hints specific to this problem, shown after the kind's general hints from the catalog.
    pub hints: Vec<String>,
    pub mistakes: Vec<Mistake>,
}

/// One exercise: `(kind, level, seed)` and everything generated from it.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub kind: String,
    pub level: u8,
    pub seed: u64,
    pub prompt: Vec<Line>,
    pub answer: AnswerSpec,
    pub solution: Vec<Line>,
    /// All hints, general (catalog) first, then specific to this problem.
    pub hints: Vec<String>,
    pub mistakes: Vec<Mistake>,
    /// The formula checker's points and the answer's values there, kept between checks.
    pub kept: Kept,
}
