//! A dense row-major matrix of [`Scalar`]s: exact when its entries are, real otherwise.
//!
//! This is the teaching type the exercises and the calculator compute with. Conversions to and
//! from `nalgebra::DMatrix<f64>` let tests use nalgebra as an independent oracle.

use super::Scalar;
use super::dense::{self, Dense};
use nalgebra::DMatrix;

#[derive(Clone, Debug, PartialEq)]
pub struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<Scalar>,
}

impl Matrix {
    /// A matrix from its rows; `None` if there are no rows, an empty row, or ragged rows.
    pub fn from_rows(rows: Vec<Vec<Scalar>>) -> Option<Matrix> {
        let cols = rows.first()?.len();
        if cols == 0 || rows.iter().any(|r| r.len() != cols) {
            return None;
        }
        Some(Matrix {
            rows: rows.len(),
            cols,
            data: rows.into_iter().flatten().collect(),
        })
    }
    /// A matrix with the given vectors as its columns; `None` as for [`Matrix::from_rows`].
    pub fn from_columns(columns: &[Vec<Scalar>]) -> Option<Matrix> {
        Matrix::from_rows(columns.to_vec()).map(|m| m.transpose())
    }
    /// A matrix of integers. Panics on ragged input: for literals in code and tests.
    pub fn from_ints<R: AsRef<[i64]>>(rows: &[R]) -> Matrix {
        Matrix::from_rows(
            rows.iter()
                .map(|r| r.as_ref().iter().map(|&x| Scalar::int(x)).collect())
                .collect(),
        )
        .expect("rectangular integer matrix")
    }
    pub fn from_fn(rows: usize, cols: usize, mut f: impl FnMut(usize, usize) -> Scalar) -> Matrix {
        let mut data = Vec::with_capacity(rows * cols);
        for i in 0..rows {
            for j in 0..cols {
                data.push(f(i, j));
            }
        }
        Matrix { rows, cols, data }
    }
    pub fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix::from_fn(rows, cols, |_, _| Scalar::ZERO)
    }
    pub fn identity(n: usize) -> Matrix {
        Matrix::from_fn(n, n, |i, j| if i == j { Scalar::ONE } else { Scalar::ZERO })
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
    pub fn get(&self, i: usize, j: usize) -> Scalar {
        self.data[i * self.cols + j]
    }
    pub fn set(&mut self, i: usize, j: usize, v: Scalar) {
        self.data[i * self.cols + j] = v;
    }
    pub fn row(&self, i: usize) -> &[Scalar] {
        &self.data[i * self.cols..(i + 1) * self.cols]
    }
    pub fn rows(&self) -> impl Iterator<Item = &[Scalar]> {
        self.data.chunks(self.cols)
    }
    pub fn to_rows(&self) -> Vec<Vec<Scalar>> {
        self.rows().map(<[Scalar]>::to_vec).collect()
    }
    pub fn col(&self, j: usize) -> Vec<Scalar> {
        (0..self.rows).map(|i| self.get(i, j)).collect()
    }
    pub fn entries(&self) -> &[Scalar] {
        &self.data
    }
    pub fn is_exact(&self) -> bool {
        self.data.iter().all(Scalar::is_exact)
    }
    /// Applies `f` to every entry.
    pub fn map(&self, f: impl Fn(Scalar) -> Scalar) -> Matrix {
        Matrix {
            rows: self.rows,
            cols: self.cols,
            data: self.data.iter().map(|&x| f(x)).collect(),
        }
    }
    /// Combines two same-shape matrices entry by entry; `None` if the shapes differ.
    pub fn zip_with(&self, o: &Matrix, f: impl Fn(Scalar, Scalar) -> Scalar) -> Option<Matrix> {
        (self.shape() == o.shape()).then(|| Matrix {
            rows: self.rows,
            cols: self.cols,
            data: self
                .data
                .iter()
                .zip(&o.data)
                .map(|(&a, &b)| f(a, b))
                .collect(),
        })
    }
    /// `[A | B]`: the columns of `B` appended to those of `A`; `None` unless the row counts match.
    pub fn hstack(&self, b: &Matrix) -> Option<Matrix> {
        (self.rows == b.rows).then(|| {
            Matrix::from_fn(self.rows, self.cols + b.cols, |i, j| {
                if j < self.cols {
                    self.get(i, j)
                } else {
                    b.get(i, j - self.cols)
                }
            })
        })
    }
    /// `Aᵀ`: `(Aᵀ)ᵢⱼ = Aⱼᵢ`.
    pub fn transpose(&self) -> Matrix {
        Matrix::from_fn(self.cols, self.rows, |i, j| self.get(j, i))
    }
    /// The matrix product `(AB)ᵢⱼ = Σₖ AᵢₖBₖⱼ`; `None` unless `A` has as many columns as `B` has rows.
    ///
    /// For exact matrices the terms with `Aᵢₖ = 0` or `Bₖⱼ = 0` are skipped (they add exactly 0),
    /// so a product costs at most `nonzeros(A)·ncols(B)` rational multiply-adds: powers of the
    /// identity or of a diagonal matrix are cheap.
    ///
    /// When every entry of `A` or every entry of `B` is real, every term `AᵢₖBₖⱼ` is a real
    /// product, so every entry of `AB` is real: the product runs on `f64`s through the fast kernels
    /// ([`dense::matmul::product`]), which add the terms in the same order `k = 0, 1, …` as the
    /// `Scalar` sum (the result is the same to the bit). Otherwise (exact entries on both sides)
    /// the sum is taken over [`Scalar`]s, exact where the terms are.
    pub fn mul(&self, b: &Matrix) -> Option<Matrix> {
        if self.cols != b.rows {
            return None;
        }
        if self.is_exact() && b.is_exact() {
            let mut out = Matrix::zeros(self.rows, b.cols);
            for i in 0..self.rows {
                for (k, &a) in self.row(i).iter().enumerate() {
                    if a.is_zero() {
                        continue;
                    }
                    for (j, &x) in b.row(k).iter().enumerate() {
                        if x.is_zero() {
                            continue;
                        }
                        let c = &mut out.data[i * b.cols + j];
                        *c = *c + a * x;
                    }
                }
            }
            return Some(out);
        }
        if self.is_all_real() || b.is_all_real() {
            let p = dense::matmul::product(&self.to_dense(), &b.to_dense())?;
            return Some(Matrix {
                rows: p.nrows(),
                cols: p.ncols(),
                data: p.into_vec().into_iter().map(Scalar::Real).collect(),
            });
        }
        Some(Matrix::from_fn(self.rows, b.cols, |i, j| {
            (0..self.cols).fold(Scalar::ZERO, |acc, k| acc + self.get(i, k) * b.get(k, j))
        }))
    }
    /// True when every entry is a [`Scalar::Real`].
    fn is_all_real(&self) -> bool {
        self.data.iter().all(|x| !x.is_exact())
    }
    /// The entries as `f64`s in the row-major buffer of the fast kernels.
    pub fn to_dense(&self) -> Dense {
        Dense::from_fn(self.rows, self.cols, |i, j| self.get(i, j).to_f64())
    }
    /// `A·v` for a column vector `v`.
    pub fn mul_vec(&self, v: &[Scalar]) -> Option<Vec<Scalar>> {
        (self.cols == v.len()).then(|| {
            self.rows()
                .map(|r| {
                    r.iter()
                        .zip(v)
                        .fold(Scalar::ZERO, |acc, (&a, &b)| acc + a * b)
                })
                .collect()
        })
    }
    pub fn scale(&self, k: Scalar) -> Matrix {
        self.map(|x| k * x)
    }
    /// The trace `Σᵢ Aᵢᵢ` of a square matrix.
    pub fn trace(&self) -> Option<Scalar> {
        self.is_square()
            .then(|| (0..self.rows).fold(Scalar::ZERO, |acc, i| acc + self.get(i, i)))
    }
    /// The matrix without row `r` and column `c` (used for minors and cofactors).
    pub fn minor_matrix(&self, r: usize, c: usize) -> Matrix {
        let data = (0..self.rows)
            .filter(|&i| i != r)
            .flat_map(|i| (0..self.cols).filter(move |&j| j != c).map(move |j| (i, j)))
            .map(|(i, j)| self.get(i, j))
            .collect();
        Matrix {
            rows: self.rows - 1,
            cols: self.cols - 1,
            data,
        }
    }
    /// The same matrix with every entry as an `f64` ([`Scalar::Real`]).
    pub fn to_real(&self) -> Matrix {
        self.map(|x| Scalar::Real(x.to_f64()))
    }
    /// The number of entries that are not zero.
    pub fn nonzeros(&self) -> usize {
        self.data.iter().filter(|x| !x.is_zero()).count()
    }
    pub fn max_abs(&self) -> f64 {
        self.data
            .iter()
            .map(|x| x.to_f64().abs())
            .fold(0.0, f64::max)
    }
    pub fn to_nalgebra(&self) -> DMatrix<f64> {
        DMatrix::from_row_iterator(self.rows, self.cols, self.data.iter().map(Scalar::to_f64))
    }
    pub fn from_nalgebra(m: &DMatrix<f64>) -> Matrix {
        Matrix::from_fn(m.nrows(), m.ncols(), |i, j| Scalar::Real(m[(i, j)]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn product_matches_nalgebra() {
        let a = Matrix::from_ints(&[[1, 2, 3], [4, 5, 6]]);
        let b = Matrix::from_ints(&[[7, 8], [9, 10], [11, 12]]);
        let ab = a.mul(&b).unwrap();
        assert_eq!(ab, Matrix::from_ints(&[[58, 64], [139, 154]]));
        assert_eq!(ab.to_nalgebra(), a.to_nalgebra() * b.to_nalgebra());
        assert!(a.mul(&a).is_none());
        assert!(ab.is_exact());
    }

    #[test]
    fn a_real_product_takes_the_fast_kernel_and_rounds_as_the_scalar_sum() {
        // Mixed: A real, B exact; the Scalar sum over the same terms is the reference, to the bit.
        let a = Matrix::from_fn(9, 7, |i, j| {
            Scalar::Real(((i * 7 + j * 3) % 11) as f64 / 3.0 - 1.1)
        });
        let b = Matrix::from_fn(7, 10, |i, j| Scalar::int((i * j % 5) as i64 - 2));
        let scalar_sum = Matrix::from_fn(9, 10, |i, j| {
            (0..7).fold(Scalar::ZERO, |acc, k| acc + a.get(i, k) * b.get(k, j))
        });
        let p = a.mul(&b).unwrap();
        assert!(p.entries().iter().all(|e| !e.is_exact()));
        let bits = |m: &Matrix| {
            m.entries()
                .iter()
                .map(|e| e.to_f64().to_bits())
                .collect::<Vec<_>>()
        };
        assert_eq!(bits(&p), bits(&scalar_sum));
        let bt = b.transpose().to_real();
        let at = a.transpose();
        assert_eq!(bt.mul(&at), Some(scalar_sum.transpose()));
        // Exact on both sides with one real entry in A: rows of exact terms stay exact.
        let mut m = Matrix::from_ints(&[[1, 2], [3, 4]]);
        m.set(1, 0, Scalar::Real(0.5));
        let p = m.mul(&Matrix::from_ints(&[[1, 0], [0, 1]])).unwrap();
        assert_eq!(p.get(0, 1), Scalar::int(2));
        assert!(p.get(0, 1).is_exact() && !p.get(1, 0).is_exact());
    }

    #[test]
    fn transpose_trace_minor() {
        let a = Matrix::from_ints(&[[1, 2, 3], [4, 5, 6], [7, 8, 10]]);
        assert_eq!(a.transpose().to_nalgebra(), a.to_nalgebra().transpose());
        assert_eq!(a.trace(), Some(Scalar::int(16)));
        assert_eq!(
            Matrix::from_ints(&[[1], [2]]).hstack(&Matrix::identity(2)),
            Some(Matrix::from_ints(&[[1, 1, 0], [2, 0, 1]]))
        );
        assert!(a.hstack(&Matrix::identity(2)).is_none());
        assert_eq!(a.minor_matrix(1, 0), Matrix::from_ints(&[[2, 3], [8, 10]]));
        assert_eq!(
            a.mul_vec(&[Scalar::ONE, Scalar::ZERO, Scalar::ONE]),
            Some(vec![4.into(), 10.into(), 17.into()])
        );
    }

    #[test]
    fn rejects_ragged_rows() {
        assert!(Matrix::from_rows(vec![vec![Scalar::ONE], vec![]]).is_none());
        assert!(Matrix::from_rows(vec![]).is_none());
    }
}
