//! The syntax tree of the answer and calculator language.

use crate::math::Scalar;

/// Named constants.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Constant {
    Pi,
    E,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

/// An expression. Literals are exact where the input is (`0.25` is the rational 1/4).
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Num(Scalar),
    Const(Constant),
    Var(String),
    Bool(bool),
    Neg(Box<Expr>),
    /// `implicit` marks a product written without `*` (`2x`, `2(x+1)`), echoed back to the user.
    Binary {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
        implicit: bool,
    },
    /// `12.5%` = 0.125
    Percent(Box<Expr>),
    /// `A'` or `A^T`
    Transpose(Box<Expr>),
    Call {
        name: String,
        args: Vec<Expr>,
    },
    /// `[1, 2, 3]`
    Vector(Vec<Expr>),
    /// `[[1,2],[3,4]]` or `[1 2; 3 4]`
    Matrix(Vec<Vec<Expr>>),
    /// `{1, 3}`
    Set(Vec<Expr>),
    /// `(a, b)` with two or more items: a vector or an interval, as the expected answer decides.
    Tuple(Vec<Expr>),
}
