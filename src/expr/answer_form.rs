//! What an answer may contain. The calculator and the answer language share one parser, but an
//! answer is a value, not a computation: numbers, constants, variables, arithmetic on numbers and
//! the elementary functions ([`ELEMENTARY`](super::names::ELEMENTARY)); a vector, matrix or set is
//! typed entry by entry (each entry may be an expression: `[1/3, sqrt(2)]`). A call of any other
//! function (`det`, `inv`, `eig`) or an operation on a vector, matrix or set (`[1 2; 3 4]^-1`,
//! `A'`, `2*[1, 2]`, `[1, 2] + [3, 4]`) computes a result, which is `mathdrill calc`'s job: an
//! answer that does is refused before anything is evaluated.

use super::ast::{BinOp, Expr};
use super::error::ExprError;
use super::eval::evaluate_parsed;
use super::names::is_elementary;
use super::parser::parse_spanned;
use super::spans::{Parsed, Spans, children};
use super::value::Value;
use crate::math::Scalar;

/// Why an input is not an answer.
#[derive(Clone, Debug, PartialEq)]
pub enum AnswerError {
    /// The input does not follow the grammar (or exceeds a bound).
    Unreadable(ExprError),
    /// The input computes its result: `headline` says why that is refused, `error` marks the
    /// function or operation.
    Computation {
        headline: &'static str,
        error: ExprError,
    },
}

const FUNCTION_HEADLINE: &str =
    "functions that compute results are for `mathdrill calc`; type the result";
const OPERATION_HEADLINE: &str =
    "operations on vectors and matrices are for `mathdrill calc`; type the entries of the result";

/// Parses `input` as an answer: an error if it does not parse or if it computes its result.
pub fn parse_answer(input: &str) -> Result<Expr, AnswerError> {
    parse_checked(input).map(|parsed| parsed.expr)
}

/// Parses `input` as an answer (as [`parse_answer`]) and evaluates it from the same parse: the
/// tree and its value, or the evaluation error, which points into `input` (the position of a
/// division by zero), exactly as [`parse_value`](super::parse_value) of `input` would give.
pub fn parse_answer_valued(input: &str) -> Result<(Expr, Result<Value, ExprError>), AnswerError> {
    let parsed = parse_checked(input)?;
    let value = evaluate_parsed(&parsed);
    Ok((parsed.expr, value))
}

fn parse_checked(input: &str) -> Result<Parsed, AnswerError> {
    let parsed = parse_spanned(input).map_err(AnswerError::Unreadable)?;
    match computation(&parsed.expr, &parsed.spans) {
        Some(e) => Err(e),
        None => Ok(parsed),
    }
}

fn is_compound(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Vector(_) | Expr::Matrix(_) | Expr::Set(_) | Expr::Tuple(_)
    )
}

/// What an operation on a vector, matrix or set does, in words.
fn operation(e: &Expr) -> Option<&'static str> {
    match e {
        Expr::Transpose(_) => Some("a transpose"),
        Expr::Neg(a) if is_compound(a) => Some("a negation of a vector or matrix"),
        Expr::Percent(a) if is_compound(a) => Some("a percentage of a vector or matrix"),
        Expr::Binary { op, lhs, rhs, .. } if is_compound(lhs) || is_compound(rhs) => {
            Some(match op {
                BinOp::Pow if matches!(&**rhs, Expr::Neg(one) if **one == Expr::Num(Scalar::int(1))) => {
                    "an inverse"
                }
                BinOp::Pow => "a power of a matrix",
                BinOp::Mul => "a product with a vector or matrix",
                BinOp::Div => "a division of a vector or matrix",
                BinOp::Add => "a sum of vectors or matrices",
                BinOp::Sub => "a difference of vectors or matrices",
            })
        }
        _ => None,
    }
}

/// The first (outermost, leftmost) computation in `e`.
fn computation(e: &Expr, sp: &Spans) -> Option<AnswerError> {
    let refused = |headline, span, message: String| AnswerError::Computation {
        headline,
        error: ExprError::syntax(span, message),
    };
    if let Expr::Call { name, .. } = e
        && !is_elementary(name)
    {
        let span = (sp.span.0, sp.span.0 + name.chars().count());
        return Some(refused(
            FUNCTION_HEADLINE,
            span,
            format!("{name} computes a result"),
        ));
    }
    if let Expr::Var(name) = e
        && super::datasets::is_column_name(name)
    {
        return Some(refused(
            FUNCTION_HEADLINE,
            sp.span,
            format!("{name} is a data set's column, for the calculator"),
        ));
    }
    if let Some(what) = operation(e) {
        return Some(refused(
            OPERATION_HEADLINE,
            sp.span,
            format!("{what} computes a result"),
        ));
    }
    children(e)
        .zip(&sp.kids)
        .find_map(|(c, s)| computation(c, s))
}

/// Where the variable `name` (in its canonical spelling) is first used in `input`, as the whole
/// run of letters it was typed in (`lamda`, read as l·a·m·d·a, for `l`): its span and its text.
pub fn variable_use(input: &str, name: &str) -> Option<((usize, usize), String)> {
    fn find<'a>(e: &Expr, sp: &'a Spans, name: &str) -> Option<&'a Spans> {
        if matches!(e, Expr::Var(v) if v == name) {
            return Some(sp);
        }
        children(e)
            .zip(&sp.kids)
            .find_map(|(c, s)| find(c, s, name))
    }
    let parsed = parse_spanned(input).ok()?;
    let (start, end) = find(&parsed.expr, &parsed.spans, name)?.span;
    let chars: Vec<char> = input.chars().collect();
    let letter = |c: &&char| c.is_alphabetic() || **c == '_';
    let start = start - chars[..start].iter().rev().take_while(letter).count();
    let end = end
        + chars[end..]
            .iter()
            .take_while(|c| letter(c) || c.is_ascii_digit())
            .count();
    Some(((start, end), chars[start..end].iter().collect()))
}

/// How an answer uses the degree sign (`45°` parses as `deg(45)`, a value in radians).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Degrees<'a> {
    /// No degrees.
    Absent,
    /// The whole answer is an angle in degrees: `45°` (the expression before the `°`).
    Whole(&'a Expr),
    /// Degrees inside a larger expression (`90° - 30°`).
    Inside,
}

/// Where `e` uses degrees.
pub fn degrees(e: &Expr) -> Degrees<'_> {
    fn uses(e: &Expr) -> bool {
        matches!(e, Expr::Call { name, .. } if name == "deg") || children(e).any(uses)
    }
    match e {
        Expr::Call { name, args } if name == "deg" && args.len() == 1 => Degrees::Whole(&args[0]),
        _ if uses(e) => Degrees::Inside,
        _ => Degrees::Absent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(input: &str) -> (&'static str, String, (usize, usize)) {
        match parse_answer(input) {
            Err(AnswerError::Computation { headline, error }) => {
                (headline, error.message().to_string(), error.span())
            }
            other => panic!("{input}: {other:?}"),
        }
    }

    #[test]
    fn calculator_functions_are_refused_with_their_position() {
        let (h, m, span) = refused("inv([-7 -4; 5 3])");
        assert_eq!(h, FUNCTION_HEADLINE);
        assert_eq!(m, "inv computes a result");
        assert_eq!(span, (0, 3));
        assert_eq!(refused("lambda + 0*det(eye(50)^9999)").2, (11, 14));
        for input in [
            "eig([1 2; 3 4])",
            "{max(1, 2)}",
            "[round(2.5), 1]",
            "sigmoid(0)",
            "diff(x^2, x)",
            "2*grad(x*y, [x, y], [1, 2])",
        ] {
            assert_eq!(refused(input).0, FUNCTION_HEADLINE, "{input}");
        }
    }

    #[test]
    fn operations_on_vectors_and_matrices_are_refused() {
        for (input, what) in [
            ("[1 2; 3 4]^-1", "an inverse computes a result"),
            ("[1 2; 3 4]^2", "a power of a matrix computes a result"),
            ("[1 2; 3 4]'", "a transpose computes a result"),
            ("[1 2; 3 4]ᵀ", "a transpose computes a result"),
            ("[1 2; 3 4]^T", "a transpose computes a result"),
            (
                "2*[1, 2]",
                "a product with a vector or matrix computes a result",
            ),
            (
                "[1, 2]/2",
                "a division of a vector or matrix computes a result",
            ),
            (
                "[1, 2] + [3, 4]",
                "a sum of vectors or matrices computes a result",
            ),
            (
                "-[1, 2]",
                "a negation of a vector or matrix computes a result",
            ),
            (
                "{1, 2 * (3, 4)}",
                "a product with a vector or matrix computes a result",
            ),
        ] {
            let (h, m, _) = refused(input);
            assert_eq!((h, m.as_str()), (OPERATION_HEADLINE, what), "{input}");
        }
    }

    #[test]
    fn values_written_with_elementary_functions_are_answers() {
        for input in [
            "sqrt(2)/2",
            "[1/3, -sqrt(2); abs(-1), ln(2)]",
            "{2^-1, e^2, acos(1/3)}",
            "√2 + cos(45°) + floor(7/2)",
            "λ² - 3λ + 2",
            "{[1, 0, 2], [0, 1, -1]}",
            "yes",
        ] {
            assert!(parse_answer(input).is_ok(), "{input}");
        }
        assert!(matches!(
            parse_answer("[1, 2"),
            Err(AnswerError::Unreadable(_))
        ));
    }

    #[test]
    fn the_value_from_the_same_parse_is_parse_value() {
        for input in [
            "1/0 + 2",
            "[1, 2/0]",
            "sqrt(2)/2",
            "x^2 + 1/(3-3)",
            "{1, 2}",
            "45°",
            "yes",
        ] {
            let (expr, value) = parse_answer_valued(input).unwrap();
            assert_eq!(expr, parse_answer(input).unwrap(), "{input}");
            assert_eq!(value, super::super::parse_value(input), "{input}");
        }
        // The error keeps the position of the division by zero in the input.
        let (_, value) = parse_answer_valued("2 + 1/0").unwrap();
        assert_eq!(value.unwrap_err().span(), (4, 7));
        assert!(matches!(
            parse_answer_valued("det([1 2; 3 4])"),
            Err(AnswerError::Computation { .. })
        ));
    }

    #[test]
    fn a_variable_is_found_as_typed() {
        assert_eq!(
            variable_use("lamda^2 + 1", "l"),
            Some(((0, 5), "lamda".to_string()))
        );
        assert_eq!(variable_use("2x + y", "y"), Some(((5, 6), "y".to_string())));
        assert_eq!(
            variable_use("lambda + 1", "λ"),
            Some(((0, 6), "lambda".to_string()))
        );
        assert_eq!(variable_use("x + 1", "t"), None);
    }

    #[test]
    fn degrees_are_found() {
        let e = parse_answer("45°").unwrap();
        assert_eq!(degrees(&e), Degrees::Whole(&Expr::Num(Scalar::int(45))));
        assert_eq!(
            degrees(&parse_answer("90° - 30°").unwrap()),
            Degrees::Inside
        );
        assert_eq!(degrees(&parse_answer("pi/4").unwrap()), Degrees::Absent);
    }
}
