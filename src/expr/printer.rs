//! Expressions as text: `Display` with minimal parentheses and explicit `*` (the output parses
//! back to the same tree, up to the implicit-product flag), [`Expr::reading`] for echoing an
//! ambiguous input back, and [`Expr::free_vars`].

use super::ast::{BinOp, Constant, Expr};
use super::literal::{decimal_text, real_text};
use super::spans::children;
use crate::math::Scalar;
use std::collections::BTreeSet;
use std::fmt;

/// Binding strength of a printed node: 1 `+ -`, 2 `* /`, 3 prefix `-`, 4 `^`, 5 postfix, 6 atoms.
pub(crate) fn precedence(e: &Expr) -> u8 {
    match e {
        Expr::Binary { op, .. } => match op {
            BinOp::Add | BinOp::Sub => 1,
            BinOp::Mul | BinOp::Div => 2,
            BinOp::Pow => 4,
        },
        Expr::Neg(_) => 3,
        Expr::Percent(_) | Expr::Transpose(_) => 5,
        Expr::Num(s) => num_precedence(s),
        _ => 6,
    }
}

fn num_precedence(s: &Scalar) -> u8 {
    match s {
        Scalar::Exact(q) if decimal_text(*q).is_none() => 2,
        _ if s.to_f64() < 0.0 || s.to_f64().is_sign_negative() => 3,
        _ => 6,
    }
}

/// A number as it appears in an expression: integers and terminating decimals as literals
/// (`0.75`, which reads back as the exact 3/4), other fractions as `p/q`, reals in full precision.
pub(crate) fn num_text(s: &Scalar) -> String {
    match s {
        Scalar::Exact(q) => decimal_text(*q).unwrap_or_else(|| q.to_string()),
        Scalar::Real(x) => real_text(*x),
    }
}

struct Printer {
    out: String,
    /// Write implicit products as `·`, parenthesising a division before one: `(1/2)·x`.
    reading: bool,
}

impl Printer {
    fn child(&mut self, e: &Expr, min: u8) {
        if precedence(e) < min {
            self.out.push('(');
            self.node(e);
            self.out.push(')');
        } else {
            self.node(e);
        }
    }

    fn items<'a>(&mut self, items: impl IntoIterator<Item = &'a Expr>) {
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.node(item);
        }
    }

    fn node(&mut self, e: &Expr) {
        match e {
            Expr::Num(s) => self.out.push_str(&num_text(s)),
            Expr::Const(Constant::Pi) => self.out.push_str("pi"),
            Expr::Const(Constant::E) => self.out.push('e'),
            Expr::Var(v) => self.out.push_str(v),
            Expr::Bool(b) => self.out.push_str(if *b { "yes" } else { "no" }),
            Expr::Neg(a) => {
                self.out.push('-');
                self.child(a, 3);
            }
            Expr::Binary {
                op,
                lhs,
                rhs,
                implicit,
            } => self.binary(*op, lhs, rhs, *implicit),
            Expr::Percent(a) => {
                self.child(a, 5);
                self.out.push('%');
            }
            Expr::Transpose(a) => {
                self.child(a, 5);
                self.out.push('\'');
            }
            Expr::Call { name, args } => {
                self.out.push_str(name);
                self.out.push('(');
                self.items(args);
                self.out.push(')');
            }
            Expr::Vector(items) => {
                self.out.push('[');
                self.items(items);
                self.out.push(']');
            }
            Expr::Matrix(rows) => {
                self.out.push('[');
                for (i, row) in rows.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    self.out.push('[');
                    self.items(row);
                    self.out.push(']');
                }
                self.out.push(']');
            }
            Expr::Set(items) => {
                self.out.push('{');
                self.items(items);
                self.out.push('}');
            }
            Expr::Tuple(items) => {
                self.out.push('(');
                self.items(items);
                self.out.push(')');
            }
        }
    }

    fn binary(&mut self, op: BinOp, lhs: &Expr, rhs: &Expr, implicit: bool) {
        match op {
            BinOp::Add | BinOp::Sub => {
                self.child(lhs, 1);
                self.out
                    .push_str(if op == BinOp::Add { " + " } else { " - " });
                self.child(rhs, 2);
            }
            BinOp::Mul if self.reading && implicit => {
                let ambiguous = matches!(lhs, Expr::Binary { op: BinOp::Div, .. });
                self.child(lhs, if ambiguous { 3 } else { 2 });
                self.out.push('·');
                self.child(rhs, 3);
            }
            BinOp::Mul | BinOp::Div => {
                self.child(lhs, 2);
                self.out.push(if op == BinOp::Mul { '*' } else { '/' });
                self.child(rhs, 3);
            }
            BinOp::Pow => {
                self.child(lhs, 5);
                self.out.push('^');
                // A bare `T` exponent would read back as a transpose.
                if matches!(rhs, Expr::Var(v) if v == "T") {
                    self.out.push_str("(T)");
                } else {
                    self.child(rhs, 3);
                }
            }
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut p = Printer {
            out: String::new(),
            reading: false,
        };
        p.node(self);
        f.write_str(&p.out)
    }
}

/// True if some implicit product directly follows a division (`1/2x`, `1/2pi`).
fn has_ambiguous_product(e: &Expr) -> bool {
    if let Expr::Binary {
        op: BinOp::Mul,
        lhs,
        implicit: true,
        ..
    } = e
        && matches!(**lhs, Expr::Binary { op: BinOp::Div, .. })
    {
        return true;
    }
    children(e).any(has_ambiguous_product)
}

impl Expr {
    /// The names of the variables the expression uses (constants such as `pi` and `e` excluded).
    /// A calculus call binds the variables it names: `diff(x^2*y, x)` uses `y` alone, and the
    /// `inf` of `limit(f, x, inf)` is infinity, not a variable.
    pub fn free_vars(&self) -> BTreeSet<String> {
        let mut vars = BTreeSet::new();
        let mut stack = vec![self];
        while let Some(e) = stack.pop() {
            // A data-set column (`iris.petal_length`) is data, not a variable.
            if let Expr::Var(v) = e
                && !vars.contains(v)
                && !super::datasets::is_column_name(v)
            {
                vars.insert(v.clone());
            }
            if let Expr::Call { name, args } = e
                && super::calculus_functions::is_calculus(name)
            {
                let bound = super::calculus_functions::bound_names(args);
                if let Some(f) = args.first() {
                    vars.extend(
                        f.free_vars()
                            .into_iter()
                            .filter(|v| !bound.contains(&super::names::canonical_variable(v))),
                    );
                }
                stack.extend(
                    args.iter()
                        .skip(2)
                        .filter(|a| super::calculus_functions::infinity(a).is_none()),
                );
                continue;
            }
            super::spans::push_children(&mut stack, e);
        }
        vars
    }

    /// How the input was read, when it could have been read two ways: an implicit product right
    /// after a division, as in `1/2x`, which is read as `(1/2)·x`. `None` when unambiguous.
    pub fn reading(&self) -> Option<String> {
        if !has_ambiguous_product(self) {
            return None;
        }
        let mut p = Printer {
            out: String::new(),
            reading: true,
        };
        p.node(self);
        Some(p.out)
    }
}
