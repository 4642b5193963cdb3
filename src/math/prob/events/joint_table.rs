//! A two-way table of counts or probabilities for two categorical variables (rows R, columns C):
//! joint, marginal and conditional probabilities, and independence.

use super::EventsError;
use super::number::{Number, sum};

/// The most cells a table may have (an input bound).
pub const MAX_CELLS: usize = 1_000_000;

/// Non-negative weights `w[i][j]` (counts, or probabilities) of the events `Rᵢ ∩ Cⱼ`. Every
/// probability is a weight divided by the table's total, so a table of counts and the same table
/// divided by n give the same answers.
#[derive(Debug, Clone, PartialEq)]
pub struct JointTable<T> {
    cells: Vec<Vec<T>>,
    row_sums: Vec<T>,
    col_sums: Vec<T>,
    total: T,
}

impl<T: Number> JointTable<T> {
    /// A table from rows of weights: at least one cell, a rectangle, every weight ≥ 0 and finite,
    /// a positive total; else `Err`.
    pub fn new(cells: Vec<Vec<T>>) -> Result<JointTable<T>, EventsError> {
        let cols = cells.first().map_or(0, Vec::len);
        if cols == 0 {
            return Err(EventsError::Empty { what: "the table" });
        }
        if cells.len().saturating_mul(cols) > MAX_CELLS {
            return Err(EventsError::TooLarge {
                what: "the table",
                size: cells.len().saturating_mul(cols),
                limit: MAX_CELLS,
            });
        }
        for (row, r) in cells.iter().enumerate() {
            if r.len() != cols {
                return Err(EventsError::NotRectangular {
                    row,
                    got: r.len(),
                    expected: cols,
                });
            }
            for &w in r {
                if w.checked("a cell of the table")?.is_negative() {
                    return Err(EventsError::Negative {
                        what: "a cell of the table",
                        value: w.to_f64(),
                    });
                }
            }
        }
        let row_sums = cells
            .iter()
            .map(|r| sum(r.iter().copied()))
            .collect::<Result<Vec<T>, _>>()?;
        let col_sums = (0..cols)
            .map(|j| sum(cells.iter().map(|r| r[j])))
            .collect::<Result<Vec<T>, _>>()?;
        let total = sum(row_sums.iter().copied())?;
        if total.is_zero() {
            return Err(EventsError::ZeroProbability {
                what: "the whole table",
            });
        }
        Ok(JointTable {
            cells,
            row_sums,
            col_sums,
            total,
        })
    }

    /// A table of counts; the probabilities are then exact fractions `count/n` for `Rational`.
    pub fn from_counts(counts: &[Vec<u64>]) -> Result<JointTable<T>, EventsError> {
        let cells = counts
            .iter()
            .map(|r| {
                r.iter()
                    .map(|&c| T::ratio(i64::try_from(c).map_err(|_| EventsError::Overflow)?, 1))
                    .collect()
            })
            .collect::<Result<Vec<Vec<T>>, _>>()?;
        JointTable::new(cells)
    }

    pub fn rows(&self) -> usize {
        self.cells.len()
    }
    pub fn cols(&self) -> usize {
        self.col_sums.len()
    }
    /// The sum of all weights (n for a table of counts).
    pub fn total(&self) -> T {
        self.total
    }
    /// The weight in row i, column j.
    pub fn cell(&self, i: usize, j: usize) -> Result<T, EventsError> {
        self.check(i, j)?;
        Ok(self.cells[i][j])
    }
    /// The row total `Σⱼ w[i][j]`.
    pub fn row_sum(&self, i: usize) -> Result<T, EventsError> {
        self.check(i, 0)?;
        Ok(self.row_sums[i])
    }
    /// The column total `Σᵢ w[i][j]`.
    pub fn col_sum(&self, j: usize) -> Result<T, EventsError> {
        self.check(0, j)?;
        Ok(self.col_sums[j])
    }

    /// The joint probability `P(Rᵢ ∩ Cⱼ) = w[i][j] / total`.
    pub fn joint(&self, i: usize, j: usize) -> Result<T, EventsError> {
        self.cell(i, j)?.over(self.total)
    }
    /// The marginal probability `P(Rᵢ) = Σⱼ w[i][j] / total` (the row's share).
    pub fn row_marginal(&self, i: usize) -> Result<T, EventsError> {
        self.row_sum(i)?.over(self.total)
    }
    /// The marginal probability `P(Cⱼ) = Σᵢ w[i][j] / total` (the column's share).
    pub fn col_marginal(&self, j: usize) -> Result<T, EventsError> {
        self.col_sum(j)?.over(self.total)
    }
    /// `P(Rᵢ | Cⱼ) = w[i][j] / (column j's total)`: within column j, the share of row i.
    /// An empty column → `Err`.
    pub fn row_given_col(&self, i: usize, j: usize) -> Result<T, EventsError> {
        let c = self.col_sum(j)?;
        if c.is_zero() {
            return Err(EventsError::ZeroProbability { what: "the column" });
        }
        self.cell(i, j)?.over(c)
    }
    /// `P(Cⱼ | Rᵢ) = w[i][j] / (row i's total)`: within row i, the share of column j.
    /// An empty row → `Err`.
    pub fn col_given_row(&self, j: usize, i: usize) -> Result<T, EventsError> {
        let r = self.row_sum(i)?;
        if r.is_zero() {
            return Err(EventsError::ZeroProbability { what: "the row" });
        }
        self.cell(i, j)?.over(r)
    }

    /// `P(Rᵢ ∩ Cⱼ) − P(Rᵢ)·P(Cⱼ)`: zero for every cell exactly when R and C are independent.
    pub fn independence_gap(&self, i: usize, j: usize) -> Result<T, EventsError> {
        self.joint(i, j)?
            .minus(self.row_marginal(i)?.times(self.col_marginal(j)?)?)
    }

    /// Whether the two variables are independent: `P(Rᵢ ∩ Cⱼ) = P(Rᵢ)·P(Cⱼ)` in every cell.
    /// Exactly for `Rational` (`tol` is ignored); within the absolute tolerance `tol` for `f64`
    /// (a table of sample counts is almost never exactly independent: this checks a model, it
    /// is not a χ² test).
    pub fn is_independent(&self, tol: f64) -> Result<bool, EventsError> {
        for i in 0..self.rows() {
            for j in 0..self.cols() {
                if !self.independence_gap(i, j)?.same(T::zero(), tol) {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    fn check(&self, i: usize, j: usize) -> Result<(), EventsError> {
        if i >= self.rows() {
            return Err(EventsError::NoSuchIndex {
                what: "row",
                index: i,
                len: self.rows(),
            });
        }
        if j >= self.cols() {
            return Err(EventsError::NoSuchIndex {
                what: "column",
                index: j,
                len: self.cols(),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::Rational;

    fn q(n: i64, d: i64) -> Rational {
        Rational::new(n, d).unwrap()
    }

    #[test]
    fn counts_give_exact_probabilities() {
        // Smokers (rows: yes, no) by disease (cols: yes, no), n = 200.
        let t = JointTable::<Rational>::from_counts(&[vec![30, 20], vec![30, 120]]).unwrap();
        assert_eq!(t.total(), Rational::int(200));
        assert_eq!(t.joint(0, 0), Ok(q(3, 20)));
        assert_eq!(t.row_marginal(0), Ok(q(1, 4)));
        assert_eq!(t.col_marginal(0), Ok(q(3, 10)));
        assert_eq!(t.col_given_row(0, 0), Ok(q(3, 5)));
        assert_eq!(t.row_given_col(0, 0), Ok(q(1, 2)));
        assert_eq!(t.independence_gap(0, 0), Ok(q(3, 40)));
        assert_eq!(t.is_independent(0.0), Ok(false));
    }

    #[test]
    fn an_outer_product_is_independent() {
        // P(R) = (1/3, 2/3), P(C) = (1/4, 3/4) → counts 1·3 : 3·3 : 2·3 : 6·3 over 36.
        let t = JointTable::<Rational>::from_counts(&[vec![3, 9], vec![6, 18]]).unwrap();
        assert_eq!(t.is_independent(0.0), Ok(true));
        let f = JointTable::new(vec![vec![0.1 / 3.0, 0.3 / 3.0], vec![0.2 / 3.0 + 0.2, 0.6]]);
        assert_eq!(f.unwrap().is_independent(1e-12), Ok(false));
        let g = JointTable::new(vec![vec![0.05, 0.15], vec![0.2, 0.6]]).unwrap();
        assert_eq!(g.is_independent(1e-12), Ok(true));
        // Same table one count off: exactly dependent, though only just.
        let h = JointTable::<Rational>::from_counts(&[vec![3, 9], vec![6, 19]]).unwrap();
        assert_eq!(h.is_independent(1.0), Ok(false));
    }

    #[test]
    fn invalid_tables_are_errors() {
        assert!(JointTable::<f64>::new(vec![]).is_err());
        assert!(JointTable::<f64>::new(vec![vec![]]).is_err());
        assert!(matches!(
            JointTable::new(vec![vec![1.0, 2.0], vec![3.0]]),
            Err(EventsError::NotRectangular { row: 1, .. })
        ));
        assert!(JointTable::new(vec![vec![1.0, -2.0]]).is_err());
        assert!(JointTable::new(vec![vec![0.0, 0.0]]).is_err());
        assert!(JointTable::new(vec![vec![f64::NAN]]).is_err());
        assert!(JointTable::<Rational>::from_counts(&[vec![u64::MAX]]).is_err());
        let t = JointTable::new(vec![vec![1.0, 0.0], vec![1.0, 0.0]]).unwrap();
        assert!(t.joint(2, 0).is_err());
        assert!(t.row_given_col(0, 1).is_err());
    }
}
