//! The work budget: every evaluation may do a bounded amount of computation, so that any input
//! within the length limit finishes quickly (far under 100 ms in a release build), however it
//! combines costly operations (`eye(50)^9999` typed 140 times, `det` of a power inside a formula
//! evaluated at many points).
//!
//! Work is counted in abstract units of about a nanosecond of release-build CPU time each
//! (measured on the operations below): a value costs [`ENTRY`] units per entry to produce, a
//! real `m×k` by `k×n` product [`REAL_MULADD`] per multiply-add (`m·k·n` of them), an exact one
//! [`EXACT_MULADD`] per multiply-add it computes (the nonzero entries of the left factor times
//! the columns of the right: rational arithmetic is slower), and each matrix function its
//! operation count (see [`cost`]). Subnormal numbers (below about 2.2e-308) make the processor
//! slow: operations on them cost [`SUBNORMAL`] units. Past [`LIMIT`] units the evaluation stops
//! with an error that says so.
//!
//! One budget covers one evaluation: [`with_budget`] opens it, and calls nested inside share it,
//! so a caller that evaluates a formula at many points (the formula comparison) wraps them all in
//! one budget.

use super::error::ExprError;
use crate::math::Scalar;
use std::cell::Cell;

/// Units one evaluation may spend (about 60 ms of CPU).
pub const LIMIT: u64 = 60_000_000;
/// Units per multiply-add of two `f64` (through [`Scalar`]).
pub const REAL_MULADD: u64 = 8;
/// Units per multiply-add of exact rationals.
pub const EXACT_MULADD: u64 = 250;
/// Units per entry of a value produced: real, and exact (rational arithmetic is slower). The
/// charge also covers the one pass over the value that whoever uses it makes.
pub const ENTRY: u64 = 16;
pub const EXACT_ENTRY: u64 = 32;
/// Units per operation on a subnormal number.
pub const SUBNORMAL: u64 = 128;

/// Whether `x` is a subnormal `f64` (slow to compute with).
pub(crate) fn is_subnormal(x: &Scalar) -> bool {
    matches!(x, Scalar::Real(r) if r.is_subnormal())
}

/// Whether products of entries of `a` and `b` may be subnormal (or are): then a product of the
/// two is charged at [`SUBNORMAL`] per multiply-add.
pub(crate) fn may_be_subnormal(a: &[Scalar], b: &[Scalar]) -> bool {
    let smallest = |xs: &[Scalar]| {
        xs.iter()
            .map(|x| x.to_f64().abs())
            .filter(|&x| x > 0.0)
            .fold(f64::INFINITY, f64::min)
    };
    smallest(a) * smallest(b) < 1e-290
}

thread_local! {
    /// Units left in the open budget; `None` when no budget is open.
    static REMAINING: Cell<Option<u64>> = const { Cell::new(None) };
}

/// Closes the budget it opened when dropped (also on unwinding).
struct Scope {
    opened: bool,
}

impl Drop for Scope {
    fn drop(&mut self) {
        if self.opened {
            REMAINING.with(|r| r.set(None));
        }
    }
}

/// Runs `f` within a budget of [`LIMIT`] units, or within the budget already open.
pub fn with_budget<T>(f: impl FnOnce() -> T) -> T {
    let opened = REMAINING.with(|r| {
        if r.get().is_none() {
            r.set(Some(LIMIT));
            true
        } else {
            false
        }
    });
    let _scope = Scope { opened };
    f()
}

/// Spends `units` of the open budget, or fails with an error that names the operation (`what`),
/// e.g. "a matrix product". Without an open budget (a direct call outside an evaluation) only
/// the limit of a single operation applies.
pub(crate) fn charge(units: u64, what: &str) -> Result<(), ExprError> {
    let left = REMAINING.with(|r| {
        let left = r.get().unwrap_or(LIMIT);
        let after = left.checked_sub(units);
        if r.get().is_some() {
            r.set(Some(after.unwrap_or(0)));
        }
        after
    });
    match left {
        Some(_) => Ok(()),
        None => Err(ExprError::too_big(format!(
            "this needs more computation than one expression may use (the work budget ran out \
             at {what}): compute it in smaller steps"
        ))),
    }
}

/// Units left in the open budget (`None` when none is open); for tests.
pub fn remaining() -> Option<u64> {
    REMAINING.with(Cell::get)
}

/// Operation counts of the matrix functions on an `m×n` matrix, in units.
pub(crate) mod cost {
    use super::{EXACT_MULADD, REAL_MULADD};

    fn cube(m: usize, n: usize) -> u64 {
        let k = m.min(n) as u64;
        (m as u64) * (n as u64) * k.max(1)
    }
    /// Elimination (det, inv, rank, rref, solve, null) of `A` or `[A | I]`: at most
    /// `2·m·n·min(m, n)` multiply-adds (exact ones: half of them act on the zeros and ones of
    /// `I`, which are cheap); real ones also compute the singular values.
    pub fn elimination(m: usize, n: usize, exact: bool) -> u64 {
        if exact {
            EXACT_MULADD * cube(m, n)
        } else {
            2 * REAL_MULADD * cube(m, n) + svd(m, n)
        }
    }
    /// One-sided Jacobi SVD (measured: about 32·n³ ns for 50×50), with a margin of 2.
    pub fn svd(m: usize, n: usize) -> u64 {
        64 * cube(m.max(n), m.min(n))
    }
    /// Eigenvalues (Jacobi or Schur), with the exact check of `tr(Aᵏ)` (`n` products) for exact
    /// matrices of size at most `exact_max`. The Schur iteration may run to its cap (30
    /// iterations per row, two tries, each iteration `O(n²)`): measured about 8 ms at 50×50
    /// per try, so `160·n³`.
    pub fn eigen(n: usize, exact: bool, exact_max: usize) -> u64 {
        let check = if exact && n <= exact_max {
            EXACT_MULADD * (n as u64) * cube(n, n)
        } else {
            0
        };
        160 * cube(n, n) + check
    }
    /// The exact singular values of an exact `m×n` matrix: the product `AᵀA` or `AAᵀ` (`k×k`,
    /// `k = min(m, n)`) and the exact check of its eigenvalues.
    pub fn gram(m: usize, n: usize) -> u64 {
        let k = m.min(n);
        EXACT_MULADD * (cube(m.max(n), k) + (k as u64) * cube(k, k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_budget_is_shared_by_nested_calls_and_closed_after() {
        assert_eq!(remaining(), None);
        with_budget(|| {
            charge(10, "x").unwrap();
            with_budget(|| charge(5, "y").unwrap());
            assert_eq!(remaining(), Some(LIMIT - 15));
            let e = charge(LIMIT, "a matrix product").unwrap_err();
            assert!(
                e.message()
                    .contains("work budget ran out at a matrix product")
            );
            assert!(
                charge(1, "z").is_err(),
                "an exhausted budget stays exhausted"
            );
        });
        assert_eq!(remaining(), None);
    }
}
