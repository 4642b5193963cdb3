//! Where each node of a parsed expression came from: a tree of character spans that mirrors the
//! expression's children, so evaluation errors can point at the part of the input at fault.

use super::ast::Expr;

/// The span of one node and the spans of its children, in the order [`children`] lists them.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Spans {
    pub span: (usize, usize),
    pub kids: Vec<Spans>,
}

impl Spans {
    pub fn leaf(span: (usize, usize)) -> Spans {
        Spans {
            span,
            kids: Vec::new(),
        }
    }
    pub fn node(span: (usize, usize), kids: Vec<Spans>) -> Spans {
        Spans { span, kids }
    }
}

/// An expression together with its spans.
#[derive(Clone, Debug)]
pub(crate) struct Parsed {
    pub expr: Expr,
    pub spans: Spans,
}

impl Parsed {
    pub fn span(&self) -> (usize, usize) {
        self.spans.span
    }
}

/// The span of child `i` of a node, if known.
pub(crate) fn kid(sp: Option<&Spans>, i: usize) -> Option<&Spans> {
    sp.and_then(|s| s.kids.get(i))
}

/// The children of a node, in a fixed order: operands left to right, call arguments, entries
/// (matrix entries row by row). An iterator, not a list: the tree walks that ask for them at
/// every node (the derivative's, the compiler's) allocate nothing for it.
pub(crate) fn children(e: &Expr) -> impl Iterator<Item = &Expr> {
    let none: [Option<&Expr>; 2] = [None, None];
    let (operands, items, rows): (_, &[Expr], &[Vec<Expr>]) = match e {
        Expr::Num(_) | Expr::Const(_) | Expr::Var(_) | Expr::Bool(_) => (none, &[], &[]),
        Expr::Neg(a) | Expr::Percent(a) | Expr::Transpose(a) => ([Some(&**a), None], &[], &[]),
        Expr::Binary { lhs, rhs, .. } => ([Some(&**lhs), Some(&**rhs)], &[], &[]),
        Expr::Call { args: items, .. }
        | Expr::Vector(items)
        | Expr::Set(items)
        | Expr::Tuple(items) => (none, items, &[]),
        Expr::Matrix(rows) => (none, &[], rows),
    };
    operands
        .into_iter()
        .flatten()
        .chain(items)
        .chain(rows.iter().flatten())
}

/// Pushes the children of `e` onto a walk's stack, in [`children`]'s order: the tree walks that
/// visit every node (the derivative's, the simplifier's) push them without an iterator to step.
pub(crate) fn push_children<'a>(stack: &mut Vec<&'a Expr>, e: &'a Expr) {
    match e {
        Expr::Num(_) | Expr::Const(_) | Expr::Var(_) | Expr::Bool(_) => {}
        Expr::Neg(a) | Expr::Percent(a) | Expr::Transpose(a) => stack.push(a),
        Expr::Binary { lhs, rhs, .. } => {
            stack.push(lhs);
            stack.push(rhs);
        }
        Expr::Call { args: items, .. }
        | Expr::Vector(items)
        | Expr::Set(items)
        | Expr::Tuple(items) => stack.extend(items),
        Expr::Matrix(rows) => {
            for row in rows {
                stack.extend(row);
            }
        }
    }
}

/// Whether some node of `e` (`e` itself included) satisfies `pred`, searched without recursion
/// so that it is safe on any tree.
pub(crate) fn any_node(e: &Expr, pred: impl Fn(&Expr) -> bool) -> bool {
    let mut stack = vec![e];
    while let Some(node) = stack.pop() {
        if pred(node) {
            return true;
        }
        push_children(&mut stack, node);
    }
    false
}

/// The height of the tree (a leaf has height 1), computed without recursion so that it is safe
/// on any tree.
pub(crate) fn height(e: &Expr) -> usize {
    let mut max = 0;
    let mut stack = vec![(e, 1usize)];
    let mut kids = Vec::new();
    while let Some((node, h)) = stack.pop() {
        max = max.max(h);
        kids.clear();
        push_children(&mut kids, node);
        stack.extend(kids.iter().map(|&c| (c, h + 1)));
    }
    max
}
