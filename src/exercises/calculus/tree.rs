//! Building answer-language trees directly, the way the parser reads the text the generators
//! print: `-3*x^2*y` is `((−3)·x²)·y` (a leading sign binds to the first factor, products and
//! sums associate to the left), so a generator need not print a formula and parse it back.
//! Each user tests its trees against `parse` of its own text.

use crate::expr::{BinOp, Expr};
use crate::math::Rational;
pub use crate::math::calculus::symbolic::build::{binary, call, neg, num as int, var};

/// `n` as the parser reads its text: `-3` is `−(3)`. `None` for `i64::MIN` (no positive
/// counterpart), which a caller writes and parses instead.
pub fn signed_int(n: i64) -> Option<Expr> {
    let magnitude = int(n.checked_abs()?);
    Some(if n < 0 { neg(magnitude) } else { magnitude })
}

/// A rational as the parser reads its `Display` text: `-3/2` is `(−3)/2`, `4` is `4`.
pub fn rational(q: Rational) -> Option<Expr> {
    let n = signed_int(q.numer())?;
    Some(if q.denom() == 1 {
        n
    } else {
        binary(BinOp::Div, n, int(q.denom()))
    })
}

/// `a*b*c` as the parser reads it, `(a·b)·c`; with `negative`, `-a*b*c`, the sign on `a`.
/// `None` for no factors.
pub fn product(factors: impl IntoIterator<Item = Expr>, negative: bool) -> Option<Expr> {
    let mut it = factors.into_iter();
    let first = it.next()?;
    let first = if negative { neg(first) } else { first };
    Some(it.fold(first, |acc, f| binary(BinOp::Mul, acc, f)))
}
