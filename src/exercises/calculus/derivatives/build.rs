//! Building the formulas of the derivative kinds: a formula from answer text, the operations
//! that put the rules' pieces together into named mistakes (`u'·v'`, `(u·v' − u'·v)/v²`), and
//! substituting an inner function for a variable (the outer derivative `cos(u)` at `u = x²`).

use crate::engine::GenError;
use crate::expr::{Expr, parse};

/// A formula from answer text (`x^2*sin(x)`); a redraw if it does not read (it always should).
pub fn formula(text: &str) -> Result<Expr, GenError> {
    parse(text).map_err(|_| GenError::Redraw("a formula does not read"))
}

// The symbolic module's builders take their operands by value; the kinds combine the same
// pieces into several mistakes, so these take references.
use crate::math::calculus::symbolic::build as b;

pub fn add(x: &Expr, y: &Expr) -> Expr {
    b::add(x.clone(), y.clone())
}
pub fn sub(x: &Expr, y: &Expr) -> Expr {
    b::sub(x.clone(), y.clone())
}
pub fn mul(x: &Expr, y: &Expr) -> Expr {
    b::mul(x.clone(), y.clone())
}
pub fn div(x: &Expr, y: &Expr) -> Expr {
    b::div(x.clone(), y.clone())
}
/// `x²`.
pub fn square(x: &Expr) -> Expr {
    b::pow(x.clone(), b::num(2))
}

/// `e` with every occurrence of the variable `var` replaced by `with`.
pub fn substitute(e: &Expr, var: &str, with: &Expr) -> Expr {
    let go = |x: &Expr| Box::new(substitute(x, var, with));
    match e {
        Expr::Var(v) if v == var => with.clone(),
        Expr::Neg(a) => Expr::Neg(go(a)),
        Expr::Binary {
            op,
            lhs,
            rhs,
            implicit,
        } => Expr::Binary {
            op: *op,
            lhs: go(lhs),
            rhs: go(rhs),
            implicit: *implicit,
        },
        Expr::Call { name, args } => Expr::Call {
            name: name.clone(),
            args: args.iter().map(|a| substitute(a, var, with)).collect(),
        },
        Expr::Percent(a) => Expr::Percent(go(a)),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::eval_at;

    #[test]
    fn substitution_and_operations_evaluate_as_written() {
        let outer = formula("cos(u)*3").unwrap();
        let inner = formula("x^2 + 1").unwrap();
        let e = substitute(&outer, "u", &inner);
        let at = |e: &Expr, x: f64| eval_at(e, &[("x", x)]).unwrap();
        assert!((at(&e, 0.5) - 3.0 * 1.25f64.cos()).abs() < 1e-12);
        let (u, v) = (formula("x").unwrap(), formula("x + 1").unwrap());
        assert!((at(&div(&sub(&mul(&u, &v), &u), &square(&v)), 2.0) - 4.0 / 9.0).abs() < 1e-12);
        assert!((at(&add(&u, &v), 2.0) - 5.0).abs() < 1e-12);
        assert!(formula("x +").is_err());
    }
}
