//! The degree sign in answers: `45°` parses as `deg(45)`, an angle in radians; the unit the
//! question asks decides how it is read.

use super::answer::Unit;
use crate::expr::{Degrees, Expr, Value, degrees, evaluate};
use crate::math::{Rational, Scalar, format_real};

/// How a typed degree sign is read: as degrees where degrees are asked (`45°` is 45), converted
/// to radians elsewhere, and then the verdict says so ("read 45° as π/4 radians"), unless the
/// degrees are inside an expression of a question that asks no angle (`cos(60°)`).
pub(super) fn read_degrees(
    expr: &Expr,
    value: Value,
    unit: Unit,
    input: &str,
) -> (Value, Option<String>) {
    match (degrees(expr), unit) {
        (Degrees::Absent, _) => (value, None),
        (Degrees::Whole(angle), Unit::Degrees) => (evaluate(angle).unwrap_or(value), None),
        (Degrees::Inside, Unit::Degrees) => match value {
            Value::Scalar(s) => (Value::Scalar(Scalar::Real(s.to_f64().to_degrees())), None),
            other => (other, None),
        },
        (Degrees::Whole(angle), Unit::Radians | Unit::None) => {
            let radians = match evaluate(angle) {
                Ok(Value::Scalar(Scalar::Exact(q))) => pi_multiple(q),
                _ => None,
            }
            .or_else(|| value.as_scalar().map(|s| format_real(s.to_f64(), 4)));
            let reading = radians.map(|r| format!("read {} as {r} radians", input.trim()));
            (value, reading)
        }
        (Degrees::Inside, Unit::Radians) => (
            value,
            Some("read the angles in degrees (°) as radians".into()),
        ),
        // `cos(60°)` where no angle is asked: a number like any other.
        (Degrees::Inside, Unit::None) => (value, None),
    }
}

/// An angle of `degrees` degrees as a multiple of π: `45` → `π/4`, `-270` → `−3π/2`.
fn pi_multiple(degrees: Rational) -> Option<String> {
    let q = Rational::new(degrees.numer(), degrees.denom().checked_mul(180)?)?;
    let (n, d) = (q.numer().unsigned_abs(), q.denom());
    let sign = if q.numer() < 0 { "−" } else { "" };
    Some(match (n, d) {
        (0, _) => "0".into(),
        (1, 1) => format!("{sign}π"),
        (1, d) => format!("{sign}π/{d}"),
        (n, 1) => format!("{sign}{n}π"),
        (n, d) => format!("{sign}{n}π/{d}"),
    })
}
