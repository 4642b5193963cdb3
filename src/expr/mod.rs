//! The answer and calculator language: lexer, Pratt parser, values, evaluator, printers.
//!
//! ```
//! use mathdrill::expr::{parse_value, Value};
//! use mathdrill::math::Scalar;
//! assert_eq!(parse_value("1/3 + 1/6").unwrap(), Value::Scalar(Scalar::frac(1, 2)));
//! assert_eq!(parse_value("det([1 2; 3 4])").unwrap().to_text(), "-2");
//! ```

mod answer_form;
mod ast;
mod brackets;
pub mod budget;
mod calculus_functions;
mod calculus_numeric;
mod datasets;
mod error;
mod eval;
mod eval_compiled;
mod eval_scalar;
mod functions;
mod latex;
mod lexer;
pub mod limits;
mod literal;
mod matrix_functions;
mod ml_functions;
mod names;
mod ops;
mod parser;
mod printer;
mod spans;
mod stat_functions;
mod symbols;
mod text;
mod value;

#[cfg(test)]
mod eval_tests;
#[cfg(test)]
mod parser_tests;

pub use answer_form::{
    AnswerError, Degrees, degrees, parse_answer, parse_answer_valued, variable_use,
};
pub use ast::{BinOp, Constant, Expr};
pub use budget::with_budget;
pub use error::ExprError;
pub use eval::{eval_at, evaluate, parse_value};
pub use eval_compiled::Compiled;
pub(crate) use names::is_function;
pub use names::{canonical_variable, greek_name, spells};
pub use parser::parse;
pub(crate) use spans::{any_node, height, push_children};
pub use value::{Value, complex_text};
