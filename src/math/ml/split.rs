//! Train / validation / test splits of n examples, as row indices.
//!
//! CONVENTION (sklearn's `train_test_split` rounding): the test set gets ⌈test·n⌉ rows, the
//! validation set ⌈validation·n⌉, the training set the rest. Without a seed the rows are taken in
//! order (train first, then validation, then test); with one they are shuffled first by
//! Fisher–Yates with the simulations' generator ([`crate::math::sim::sim_rng`]), so the same
//! seed gives the same split. The test set is for the one final estimate, after every choice has
//! been made on the validation set.

use super::error::{MlError, MlResult, within};
use crate::math::sim::sim_rng;
use rand::RngExt;

/// Disjoint row indices covering 0 … n − 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    pub train: Vec<usize>,
    pub validation: Vec<usize>,
    pub test: Vec<usize>,
}

/// Splits n rows with the given validation and test fractions (each in [0, 1)). Errors: a
/// fraction outside [0, 1) or NaN, or fractions leaving no training row.
pub fn train_validation_test(
    n: usize,
    validation: f64,
    test: f64,
    shuffle_seed: Option<u64>,
) -> MlResult<Split> {
    within(
        "the validation fraction",
        "in [0, 1)",
        validation,
        0.0,
        1.0 - f64::EPSILON,
    )?;
    within(
        "the test fraction",
        "in [0, 1)",
        test,
        0.0,
        1.0 - f64::EPSILON,
    )?;
    let n_test = (test * n as f64).ceil() as usize;
    let n_val = (validation * n as f64).ceil() as usize;
    if n_test + n_val >= n {
        return Err(MlError::TooFewRows {
            what: "a split leaving at least one training row",
            need: n_test + n_val + 1,
            got: n,
        });
    }
    let mut rows: Vec<usize> = (0..n).collect();
    if let Some(seed) = shuffle_seed {
        let mut rng = sim_rng(seed);
        for i in (1..n).rev() {
            rows.swap(i, rng.random_range(0..=i));
        }
    }
    let n_train = n - n_test - n_val;
    Ok(Split {
        train: rows[..n_train].to_vec(),
        validation: rows[n_train..n_train + n_val].to_vec(),
        test: rows[n_train + n_val..].to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_round_like_sklearn_and_rows_are_a_partition() {
        // 150 rows, 15% validation, 20% test: ⌈22.5⌉ = 23, 30, and 97 to train.
        let s = train_validation_test(150, 0.15, 0.2, None).unwrap();
        assert_eq!(
            (s.train.len(), s.validation.len(), s.test.len()),
            (97, 23, 30)
        );
        assert_eq!(s.train[..3], [0, 1, 2]);
        assert_eq!(s.test.last(), Some(&149));
        let shuffled = train_validation_test(150, 0.15, 0.2, Some(7)).unwrap();
        let mut all: Vec<usize> = [&shuffled.train, &shuffled.validation, &shuffled.test]
            .into_iter()
            .flatten()
            .copied()
            .collect();
        assert_ne!(all, (0..150).collect::<Vec<_>>());
        all.sort();
        assert_eq!(all, (0..150).collect::<Vec<_>>());
        assert_eq!(
            shuffled,
            train_validation_test(150, 0.15, 0.2, Some(7)).unwrap()
        );
        assert!(train_validation_test(10, 0.5, 0.5, None).is_err());
        assert!(train_validation_test(10, f64::NAN, 0.2, None).is_err());
        assert!(train_validation_test(10, 0.2, 1.0, None).is_err());
        assert!(train_validation_test(0, 0.0, 0.0, None).is_err());
    }
}
