//! Several variables: partial derivatives, the gradient, the Jacobian and the Hessian, each
//! entry simplified.

use super::derive::derivative_result;
use super::error::CalculusError;
use crate::expr::{Expr, canonical_variable};

/// `∂f/∂var`: the derivative with every other variable held constant.
pub fn partial(f: &Expr, var: &str) -> Result<Expr, CalculusError> {
    derivative_result(f, var)
}

/// Checks a list of variables: at least one, no name twice (`theta` and `θ` are one name).
fn check_vars(vars: &[&str]) -> Result<(), CalculusError> {
    if vars.is_empty() {
        return Err(CalculusError::BadVariables(
            "name at least one variable, as in [x, y]".into(),
        ));
    }
    let names: Vec<String> = vars.iter().map(|v| canonical_variable(v)).collect();
    if let Some((i, v)) = names
        .iter()
        .enumerate()
        .find(|(i, v)| names[..*i].contains(v))
    {
        return Err(CalculusError::BadVariables(format!(
            "the variable {v} is named twice (variable {} repeats an earlier one)",
            i + 1
        )));
    }
    Ok(())
}

/// `∇f = (∂f/∂v₁, …, ∂f/∂vₙ)` for `vars = [v₁, …, vₙ]`.
pub fn gradient(f: &Expr, vars: &[&str]) -> Result<Vec<Expr>, CalculusError> {
    check_vars(vars)?;
    vars.iter().map(|v| partial(f, v)).collect()
}

/// The Jacobian of `fs = [f₁, …, fₘ]`: row `i` is the gradient of `fᵢ` (`m×n` for `n` variables).
pub fn jacobian(fs: &[Expr], vars: &[&str]) -> Result<Vec<Vec<Expr>>, CalculusError> {
    if fs.is_empty() {
        return Err(CalculusError::BadVariables(
            "a Jacobian needs at least one function, as in [x*y, x + y]".into(),
        ));
    }
    fs.iter().map(|f| gradient(f, vars)).collect()
}

/// The Hessian: entry `(i, j)` is `∂²f/∂vᵢ∂vⱼ`, the derivative by `vⱼ` of `∂f/∂vᵢ` (symmetric for
/// the smooth functions of the language).
pub fn hessian(f: &Expr, vars: &[&str]) -> Result<Vec<Vec<Expr>>, CalculusError> {
    jacobian(&gradient(f, vars)?, vars)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::parse;

    fn texts(v: &[Expr]) -> Vec<String> {
        v.iter().map(|e| e.to_string()).collect()
    }

    #[test]
    fn gradient_jacobian_hessian() {
        let f = parse("x^2*y + sin(y)").unwrap();
        assert_eq!(
            texts(&gradient(&f, &["x", "y"]).unwrap()),
            ["2*x*y", "x^2 + cos(y)"]
        );
        let h = hessian(&f, &["x", "y"]).unwrap();
        assert_eq!(texts(&h[0]), ["2*y", "2*x"]);
        assert_eq!(texts(&h[1]), ["2*x", "-sin(y)"]);
        let j = jacobian(
            &[parse("x*y").unwrap(), parse("x + y").unwrap()],
            &["x", "y"],
        )
        .unwrap();
        assert_eq!(texts(&j[0]), ["y", "x"]);
        assert_eq!(texts(&j[1]), ["1", "1"]);
        assert!(gradient(&f, &[]).is_err());
        assert!(
            gradient(&f, &["x", "x"])
                .unwrap_err()
                .message()
                .contains("twice")
        );
    }
}
