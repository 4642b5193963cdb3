//! [`Dense`]: an `rows × cols` matrix of `f64`s stored row after row in one `Vec`.
//!
//! Row-major and contiguous: entry `(i, j)` is `data[i·cols + j]`, so a row is one slice and the
//! kernels walk memory in the order it is laid out (the cache lines they load are used whole).

use nalgebra::DMatrix;
use std::ops::{Index, IndexMut};

/// A dense row-major `f64` matrix. An empty shape (0 rows or 0 columns) is allowed.
#[derive(Clone, Debug, PartialEq)]
pub struct Dense {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Dense {
    /// The `rows × cols` zero matrix.
    pub fn zeros(rows: usize, cols: usize) -> Dense {
        Dense {
            rows,
            cols,
            data: vec![0.0; rows * cols],
        }
    }
    /// The `n × n` identity.
    pub fn identity(n: usize) -> Dense {
        Dense::from_fn(n, n, |i, j| if i == j { 1.0 } else { 0.0 })
    }
    /// The matrix with entry `(i, j) = f(i, j)`, filled row by row.
    pub fn from_fn(rows: usize, cols: usize, mut f: impl FnMut(usize, usize) -> f64) -> Dense {
        let mut data = Vec::with_capacity(rows * cols);
        for i in 0..rows {
            for j in 0..cols {
                data.push(f(i, j));
            }
        }
        Dense { rows, cols, data }
    }
    /// The matrix whose rows, one after the other, are `data`; `None` unless
    /// `data.len() == rows·cols`.
    pub fn from_row_major(rows: usize, cols: usize, data: Vec<f64>) -> Option<Dense> {
        (rows.checked_mul(cols) == Some(data.len())).then_some(Dense { rows, cols, data })
    }
    /// A copy of a (column-major) nalgebra matrix.
    pub fn from_nalgebra(m: &DMatrix<f64>) -> Dense {
        Dense::from_fn(m.nrows(), m.ncols(), |i, j| m[(i, j)])
    }
    /// A copy as a (column-major) nalgebra matrix.
    pub fn to_nalgebra(&self) -> DMatrix<f64> {
        DMatrix::from_row_slice(self.rows, self.cols, &self.data)
    }
    pub fn nrows(&self) -> usize {
        self.rows
    }
    pub fn ncols(&self) -> usize {
        self.cols
    }
    pub fn shape(&self) -> (usize, usize) {
        (self.rows, self.cols)
    }
    pub fn is_square(&self) -> bool {
        self.rows == self.cols
    }
    /// Row `i` as a contiguous slice. Panics if `i ≥ rows`, like slice indexing.
    pub fn row(&self, i: usize) -> &[f64] {
        &self.data[i * self.cols..(i + 1) * self.cols]
    }
    /// Row `i`, mutable. Panics if `i ≥ rows`.
    pub fn row_mut(&mut self, i: usize) -> &mut [f64] {
        &mut self.data[i * self.cols..(i + 1) * self.cols]
    }
    /// Every entry, row after row.
    pub fn as_slice(&self) -> &[f64] {
        &self.data
    }
    /// Every entry, row after row, mutable.
    pub fn as_mut_slice(&mut self) -> &mut [f64] {
        &mut self.data
    }
    /// The entries, row after row, without a copy.
    pub fn into_vec(self) -> Vec<f64> {
        self.data
    }
    /// True when no entry is NaN or infinite.
    pub fn is_finite(&self) -> bool {
        self.data.iter().all(|x| x.is_finite())
    }
    /// Exchanges rows `i` and `j` in place (two contiguous slices, no allocation).
    pub fn swap_rows(&mut self, i: usize, j: usize) {
        if i == j {
            return;
        }
        let (lo, hi) = (i.min(j), i.max(j));
        let (head, tail) = self.data.split_at_mut(hi * self.cols);
        head[lo * self.cols..(lo + 1) * self.cols].swap_with_slice(&mut tail[..self.cols]);
    }
}

impl Index<(usize, usize)> for Dense {
    type Output = f64;
    /// Entry `(i, j)`. Panics when out of range.
    fn index(&self, (i, j): (usize, usize)) -> &f64 {
        assert!(j < self.cols, "column {j} of a {}-column matrix", self.cols);
        &self.data[i * self.cols + j]
    }
}

impl IndexMut<(usize, usize)> for Dense {
    fn index_mut(&mut self, (i, j): (usize, usize)) -> &mut f64 {
        assert!(j < self.cols, "column {j} of a {}-column matrix", self.cols);
        &mut self.data[i * self.cols + j]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_major_layout_and_nalgebra_round_trip() {
        let a = Dense::from_fn(2, 3, |i, j| (10 * i + j) as f64);
        assert_eq!(a.as_slice(), &[0.0, 1.0, 2.0, 10.0, 11.0, 12.0]);
        assert_eq!(a.row(1), &[10.0, 11.0, 12.0]);
        assert_eq!(a[(1, 2)], 12.0);
        let n = a.to_nalgebra();
        assert_eq!(n[(1, 2)], 12.0);
        assert_eq!(n[(0, 1)], 1.0);
        assert_eq!(Dense::from_nalgebra(&n), a);
        assert!(Dense::from_row_major(2, 2, vec![1.0; 3]).is_none());
        assert_eq!(Dense::identity(2).as_slice(), &[1.0, 0.0, 0.0, 1.0]);
    }

    #[test]
    fn swapping_rows_moves_whole_rows() {
        let mut a = Dense::from_fn(3, 2, |i, j| (10 * i + j) as f64);
        a.swap_rows(2, 0);
        assert_eq!(a.as_slice(), &[20.0, 21.0, 10.0, 11.0, 0.0, 1.0]);
        a.swap_rows(1, 1);
        assert_eq!(a.row(1), &[10.0, 11.0]);
    }

    #[test]
    #[should_panic(expected = "column 2")]
    fn a_column_out_of_range_is_not_read_from_the_next_row() {
        let _ = Dense::zeros(2, 2)[(0, 2)];
    }
}
