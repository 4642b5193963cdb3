//! The answer and calculator language: lexer, Pratt parser, values, evaluator, printers.

mod ast;
mod value;

pub use ast::{BinOp, Constant, Expr};
pub use value::Value;
