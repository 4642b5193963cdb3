//! The work budget: every evaluation may do a bounded amount of computation, so that any input
//! within the length limit finishes quickly (far under 100 ms in a release build), however it
//! combines costly operations (`eye(50)^9999` typed 140 times, `det` of a power inside a formula
//! evaluated at many points).
//!
//! Work is counted in abstract units, about one `f64` multiply-add each: a value with `k` entries
//! costs `k` to produce, an `m×k` by `k×n` product `m·k·n` (exact products count only the nonzero
//! entries of the left factor, which are all they compute, at [`EXACT_WEIGHT`] each since rational
//! arithmetic is slower), and each matrix function its operation count (see [`cost`]). Past
//! [`LIMIT`] units the evaluation stops with an error that says so.
//!
//! One budget covers one evaluation: [`with_budget`] opens it, and calls nested inside share it,
//! so a caller that evaluates a formula at many points (the formula comparison) wraps them all in
//! one budget.

use super::error::ExprError;
use std::cell::Cell;

/// Units one evaluation may spend.
pub const LIMIT: u64 = 40_000_000;
/// Units per multiply-add of exact rationals (measured: 20–40 times an `f64` one).
pub const EXACT_WEIGHT: u64 = 32;

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
            "this is too much computation for one expression ({what} is where it ran out): \
             the calculator allows about {} million multiply-adds per evaluation",
            LIMIT / 1_000_000
        ))),
    }
}

/// Units left in the open budget (`None` when none is open); for tests.
pub fn remaining() -> Option<u64> {
    REMAINING.with(Cell::get)
}

/// Operation counts of the matrix functions on an `m×n` matrix, in units.
pub(crate) mod cost {
    use super::EXACT_WEIGHT;

    fn cube(m: usize, n: usize) -> u64 {
        let k = m.min(n) as u64;
        (m as u64) * (n as u64) * k.max(1)
    }
    /// Elimination (det, inv, rank, rref, solve, null): about `m·n·min(m, n)` multiply-adds,
    /// exact ones weighted; real ones also compute the singular values.
    pub fn elimination(m: usize, n: usize, exact: bool) -> u64 {
        if exact {
            EXACT_WEIGHT * cube(m, n)
        } else {
            cube(m, n) + svd(m, n)
        }
    }
    /// One-sided Jacobi SVD: up to about 12 sweeps of `n²/2` rotations of two columns.
    pub fn svd(m: usize, n: usize) -> u64 {
        12 * 4 * cube(m.max(n), m.min(n))
    }
    /// Eigenvalues (Jacobi or Schur), with the exact check of `tr(Aᵏ)` (`n` products) for exact
    /// matrices of size at most `exact_max`.
    pub fn eigen(n: usize, exact: bool, exact_max: usize) -> u64 {
        let check = if exact && n <= exact_max {
            EXACT_WEIGHT * (n as u64) * cube(n, n)
        } else {
            0
        };
        svd(n, n) + check
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
            assert!(e.message().contains("a matrix product"), "{}", e.message());
            assert!(
                charge(1, "z").is_err(),
                "an exhausted budget stays exhausted"
            );
        });
        assert_eq!(remaining(), None);
    }
}
