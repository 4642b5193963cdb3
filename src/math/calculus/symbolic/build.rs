//! Building expression trees in code: `num(2)`, `mul(a, b)`, `call("cos", a)`. The nodes are
//! explicit (no implicit-product flag), so built trees compare equal however they were typed.

use crate::expr::{BinOp, Constant, Expr};
use crate::math::Scalar;

pub fn num(n: i64) -> Expr {
    Expr::Num(Scalar::int(n))
}

pub fn scalar(s: Scalar) -> Expr {
    Expr::Num(s)
}

pub fn var(name: &str) -> Expr {
    Expr::Var(name.to_string())
}

pub fn e() -> Expr {
    Expr::Const(Constant::E)
}

pub fn binary(op: BinOp, lhs: Expr, rhs: Expr) -> Expr {
    Expr::Binary {
        op,
        lhs: Box::new(lhs),
        rhs: Box::new(rhs),
        implicit: false,
    }
}

pub fn add(a: Expr, b: Expr) -> Expr {
    binary(BinOp::Add, a, b)
}

pub fn sub(a: Expr, b: Expr) -> Expr {
    binary(BinOp::Sub, a, b)
}

pub fn mul(a: Expr, b: Expr) -> Expr {
    binary(BinOp::Mul, a, b)
}

pub fn div(a: Expr, b: Expr) -> Expr {
    binary(BinOp::Div, a, b)
}

pub fn pow(a: Expr, b: Expr) -> Expr {
    binary(BinOp::Pow, a, b)
}

pub fn neg(a: Expr) -> Expr {
    Expr::Neg(Box::new(a))
}

pub fn call(name: &str, arg: Expr) -> Expr {
    Expr::Call {
        name: name.to_string(),
        args: vec![arg],
    }
}
