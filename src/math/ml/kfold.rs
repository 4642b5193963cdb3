//! k-fold cross-validation bookkeeping, as sklearn's `KFold(n_splits=k)` without shuffling.
//!
//! The n rows are cut, in order, into k consecutive folds; the first n mod k folds get
//! ⌊n/k⌋ + 1 rows and the others ⌊n/k⌋. Fold i (0-based here; "fold 3" of a 1-based count is
//! index 2) validates on its own rows and trains on all the others, so k-fold CV takes k fits,
//! each training on n minus that fold's size.

use super::error::{MlError, MlResult};
use std::ops::Range;

/// One fold: the rows it validates on (consecutive) and the rows it trains on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fold {
    pub validation: Range<usize>,
    pub train: Vec<usize>,
}

/// The sizes of the k folds of n rows. Errors: k < 2 or k > n (as sklearn).
pub fn fold_sizes(n: usize, k: usize) -> MlResult<Vec<usize>> {
    if k < 2 {
        return Err(MlError::OutOfRange {
            what: "the number of folds k",
            expected: "at least 2",
            got: k as f64,
        });
    }
    if k > n {
        return Err(MlError::TooFewRows {
            what: "k-fold cross-validation (one row per fold at least)",
            need: k,
            got: n,
        });
    }
    Ok((0..k).map(|i| n / k + usize::from(i < n % k)).collect())
}

/// The k folds of n rows, in order.
pub fn kfold(n: usize, k: usize) -> MlResult<Vec<Fold>> {
    let sizes = fold_sizes(n, k)?;
    let mut start = 0;
    Ok(sizes
        .into_iter()
        .map(|size| {
            let validation = start..start + size;
            start += size;
            let train = (0..n).filter(|r| !validation.contains(r)).collect();
            Fold { validation, train }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_folds_take_the_extra_rows() {
        assert_eq!(fold_sizes(10, 3).unwrap(), [4, 3, 3]);
        assert_eq!(fold_sizes(150, 4).unwrap(), [38, 38, 37, 37]);
        let folds = kfold(10, 3).unwrap();
        assert_eq!(folds[0].validation, 0..4);
        assert_eq!(folds[2].validation, 7..10);
        assert_eq!(folds[1].train, [0, 1, 2, 3, 7, 8, 9]);
        // Every row validates exactly once.
        let mut seen = [0; 10];
        folds
            .iter()
            .flat_map(|f| f.validation.clone())
            .for_each(|r| seen[r] += 1);
        assert!(seen.iter().all(|&c| c == 1));
        assert!(kfold(10, 1).is_err() && kfold(3, 4).is_err());
        assert_eq!(kfold(3, 3).unwrap().len(), 3);
    }
}
