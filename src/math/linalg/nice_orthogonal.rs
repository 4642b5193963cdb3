//! Nice-number generators for orthogonal matrices and SVDs.
//!
//! - Rational orthogonal 2×2 matrices from Pythagorean triples: with `a² + b² = c²`, the rotation
//!   `(1/c)·[[a, −b], [b, a]]` and the reflection `(1/c)·[[a, b], [b, −a]]` are orthogonal.
//! - Rational orthogonal 3×3 matrices from integer quaternions (Euler–Rodrigues) or, equivalently,
//!   the Cayley transform `Q = (I − K)(I + K)⁻¹` of an integer skew-symmetric `K`.
//! - Matrices with chosen singular values: [`rational_svd_matrix`] multiplies out `U·Σ·Vᵀ`, and
//!   [`integer_svd_matrix`] builds small INTEGER matrices with distinct integer singular values.
//!
//! Randomness comes in through [`IntSource`], so this module does not depend on the engine.

use super::generators::IntSource;
use super::inverse;
use crate::math::{Matrix, Rational, Scalar};
use std::sync::LazyLock;

/// Primitive Pythagorean triples `(a, b, c)`, `a² + b² = c²`, by hypotenuse.
pub const PYTHAGOREAN_TRIPLES: [(i64, i64, i64); 6] = [
    (3, 4, 5),
    (5, 12, 13),
    (8, 15, 17),
    (7, 24, 25),
    (20, 21, 29),
    (12, 35, 37),
];

/// The orthogonal matrix of the triple `(a, b, c)`: the rotation `(1/c)·[[a, −b], [b, a]]`
/// (det 1, the rotation with `cos θ = a/c`, `sin θ = b/c`) or, with `reflect`, the reflection
/// `(1/c)·[[a, b], [b, −a]]` (det −1). `None` unless `a² + b² = c²` with `c ≠ 0`.
pub fn orthogonal_from_triple(a: i64, b: i64, c: i64, reflect: bool) -> Option<Matrix> {
    if c == 0 || a.checked_mul(a)? + b.checked_mul(b)? != c.checked_mul(c)? {
        return None;
    }
    let f = |n| Scalar::frac(n, c);
    let rows = if reflect {
        [[f(a), f(b)], [f(b), f(-a)]]
    } else {
        [[f(a), f(-b)], [f(b), f(a)]]
    };
    Matrix::from_rows(rows.iter().map(|r| r.to_vec()).collect())
}

/// A random rational orthogonal 2×2 matrix from one of the first `triples` entries of
/// [`PYTHAGOREAN_TRIPLES`] (at least one): the legs in either order, each with a random sign,
/// as a rotation or a reflection. Its entries are fractions over the triple's hypotenuse.
pub fn random_orthogonal_2x2<R: IntSource + ?Sized>(rng: &mut R, triples: usize) -> Matrix {
    let count = triples.clamp(1, PYTHAGOREAN_TRIPLES.len());
    let (a, b, c) = PYTHAGOREAN_TRIPLES[rng.int(0, count as i64 - 1) as usize];
    let (a, b) = if rng.int(0, 1) == 0 { (a, b) } else { (b, a) };
    let sign = |rng: &mut R| if rng.int(0, 1) == 0 { 1 } else { -1 };
    let (a, b) = (sign(rng) * a, sign(rng) * b);
    let reflect = rng.int(0, 1) == 1;
    orthogonal_from_triple(a, b, c, reflect).unwrap_or_else(|| Matrix::identity(2))
}

/// The rotation of space of the integer quaternion `q = (w, x, y, z)` (Euler–Rodrigues), with
/// `n = w² + x² + y² + z²`:
///
/// `R = (1/n)·[[w²+x²−y²−z², 2(xy−wz), 2(xz+wy)], [2(xy+wz), w²−x²+y²−z², 2(yz−wx)],
/// [2(xz−wy), 2(yz+wx), w²−x²−y²+z²]]`.
///
/// `R` is orthogonal with det 1 and rational entries over `n`; it turns about the axis
/// `(x, y, z)` by `2·atan2(√(x²+y²+z²), w)`. `None` for `q = 0` (or overflow).
pub fn rotation_from_quaternion(q: [i64; 4]) -> Option<Matrix> {
    let [w, x, y, z] = q;
    let n = q
        .iter()
        .try_fold(0i64, |acc, &t| acc.checked_add(t.checked_mul(t)?))?;
    if n == 0 {
        return None;
    }
    let rows = [
        [
            w * w + x * x - y * y - z * z,
            2 * (x * y - w * z),
            2 * (x * z + w * y),
        ],
        [
            2 * (x * y + w * z),
            w * w - x * x + y * y - z * z,
            2 * (y * z - w * x),
        ],
        [
            2 * (x * z - w * y),
            2 * (y * z + w * x),
            w * w - x * x - y * y + z * z,
        ],
    ];
    Some(Matrix::from_fn(3, 3, |i, j| Scalar::frac(rows[i][j], n)))
}

/// The Cayley transform `Q = (I − K)(I + K)⁻¹` of a skew-symmetric `K` (`Kᵀ = −K`): an
/// orthogonal matrix with det 1, rational when `K` is. (`I + K` is always invertible, as the
/// eigenvalues of `K` are imaginary.) `None` if `K` is not square and skew-symmetric.
pub fn cayley(k: &Matrix) -> Option<Matrix> {
    let n = k.nrows();
    if !k.is_square() || k.transpose() != k.scale(-Scalar::ONE) {
        return None;
    }
    let i = Matrix::identity(n);
    let minus = i.zip_with(k, |a, b| a - b)?;
    let plus = i.zip_with(k, |a, b| a + b)?;
    minus.mul(&inverse(&plus)?)
}

/// A random rational orthogonal 3×3 matrix: the rotation of a random nonzero integer quaternion
/// with components in `−max_component..=max_component` ([`rotation_from_quaternion`]), times
/// `−1` with probability 1/2 (then det −1). Entries are fractions over `n = |q|²`.
/// `None` only if `max_component < 1`.
pub fn random_orthogonal_3x3<R: IntSource + ?Sized>(
    rng: &mut R,
    max_component: i64,
) -> Option<Matrix> {
    if max_component < 1 {
        return None;
    }
    for _ in 0..64 {
        let q = [0; 4].map(|_| rng.int(-max_component, max_component));
        if let Some(r) = rotation_from_quaternion(q) {
            let sign = if rng.int(0, 1) == 0 { 1 } else { -1 };
            return Some(r.scale(Scalar::int(sign)));
        }
    }
    Some(Matrix::identity(3))
}

/// `A = U·Σ·Vᵀ = Σₖ σₖ·uₖ·vₖᵀ`, where `uₖ`, `vₖ` are the k-th columns of `U` (m×p) and `V`
/// (n×q) and `r = sigma.len() ≤ min(p, q)`. With orthogonal `U`, `V` and
/// `σ₁ ≥ σ₂ ≥ … > 0` these are exactly the singular values of the m×n matrix `A`; with rational
/// `U`, `V` (from [`random_orthogonal_2x2`], [`random_orthogonal_3x3`]) `A` is rational.
/// `None` if `r` exceeds the columns of `U` or `V`.
pub fn rational_svd_matrix(u: &Matrix, sigma: &[Scalar], v: &Matrix) -> Option<Matrix> {
    let r = sigma.len();
    if r > u.ncols() || r > v.ncols() {
        return None;
    }
    Some(Matrix::from_fn(u.nrows(), v.nrows(), |i, j| {
        (0..r).fold(Scalar::ZERO, |acc, k| {
            acc + sigma[k] * u.get(i, k) * v.get(j, k)
        })
    }))
}

/// An integer matrix with distinct integer singular values, and the directions of its singular
/// vectors (see [`integer_svd_matrix`]).
#[derive(Clone, Debug, PartialEq)]
pub struct IntegerSvd {
    /// The m×n integer matrix.
    pub a: Matrix,
    /// Its nonzero singular values, in descending order (`min(m, n)` of them).
    pub sigma: Vec<i64>,
    /// Integer vectors `pₖ` with `uₖ = pₖ/‖pₖ‖` the left singular vectors.
    pub left: Vec<Vec<i64>>,
    /// Integer vectors `qₖ` with `vₖ = qₖ/‖qₖ‖` the right singular vectors.
    pub right: Vec<Vec<i64>>,
}

/// A small INTEGER m×n matrix (`m, n ∈ {2, 3}`, not both 3) with two distinct integer singular
/// values `σ₁ > σ₂ ≥ 1`, every entry within `max_entry` and `σ₁ ≤ max_sigma`.
///
/// Construction (backwards from the SVD `A = σ₁u₁v₁ᵀ + σ₂u₂v₂ᵀ`): on the 2-dimensional side
/// take `q₁ = (a, b)`, `q₂ = (−b, a)` (not along an axis); on the other side integer vectors
/// `p₁ ⊥ p₂`, and put `uₖ = pₖ/‖pₖ‖`, `vₖ = qₖ/‖qₖ‖`. Then
/// `A = Σₖ (σₖ/rₖ)·pₖqₖᵀ` with `rₖ = ‖pₖ‖·‖qₖ‖`, which is rational exactly when
/// `rₖ² = ‖pₖ‖²‖qₖ‖²` is a perfect square. Among the pairs `σ₁ > σ₂` up to `max_sigma` those
/// making every entry an integer within the bound are collected, and one is drawn. (When
/// `‖pₖ‖`, `‖qₖ‖` are themselves integers, `U` and `V` are rational: the Pythagorean case.)
/// Matrices whose `AᵀA` or `AAᵀ` is diagonal (orthogonal columns or rows), or with a zero row
/// or column, are never produced.
///
/// `None` for unsupported shapes, or if no such matrix was found in a bounded number of draws.
pub fn integer_svd_matrix<R: IntSource + ?Sized>(
    rng: &mut R,
    rows: usize,
    cols: usize,
    max_entry: i64,
    max_sigma: i64,
) -> Option<IntegerSvd> {
    match (rows, cols) {
        (2, 2) | (3, 2) => tall_integer_svd(rng, rows, max_entry, max_sigma),
        (2, 3) => tall_integer_svd(rng, 3, max_entry, max_sigma).map(|s| IntegerSvd {
            a: s.a.transpose(),
            sigma: s.sigma,
            left: s.right,
            right: s.left,
        }),
        _ => None,
    }
}

/// [`integer_svd_matrix`] for an m×2 matrix.
fn tall_integer_svd<R: IntSource + ?Sized>(
    rng: &mut R,
    m: usize,
    max_entry: i64,
    max_sigma: i64,
) -> Option<IntegerSvd> {
    let planar: &[Vec<i64>] = &PLANAR;
    let (spatial, partners): (&[Vec<i64>], &[Partners]) = if m == 2 {
        (&PLANAR, &PLANAR_PARTNERS)
    } else {
        (&SPATIAL, &SPATIAL_PARTNERS)
    };
    for _ in 0..100 {
        let q = rng.int(0, planar.len() as i64 - 1) as usize;
        let q1 = planar[q].clone();
        let q2 = vec![-q1[1], q1[0]];
        let nq = norm2(&q1);
        let Partners { first, second } = &partners[q];
        if first.is_empty() {
            continue;
        }
        let k = rng.int(0, first.len() as i64 - 1) as usize;
        let p1 = spatial[first[k]].clone();
        let second = &second[k];
        if second.is_empty() {
            continue;
        }
        let mut p2 = spatial[second[rng.int(0, second.len() as i64 - 1) as usize]].clone();
        if rng.int(0, 1) == 1 {
            p2.iter_mut().for_each(|x| *x = -*x);
        }
        let mut p1 = p1;
        if rng.int(0, 1) == 1 {
            p1.iter_mut().for_each(|x| *x = -*x);
        }
        let r1 = isqrt(norm2(&p1) * nq)?;
        let r2 = isqrt(norm2(&p2) * nq)?;
        let mut found = Vec::new();
        for s1 in 2..=max_sigma {
            for s2 in 1..s1 {
                let terms = [(s1, r1, &p1, &q1), (s2, r2, &p2, &q2)];
                if !integer_entries_within(&terms, max_entry) {
                    continue;
                }
                if let Some(a) = assemble(&terms, max_entry) {
                    found.push((s1, s2, a));
                }
            }
        }
        if found.is_empty() {
            continue;
        }
        let (s1, s2, a) = found.swap_remove(rng.int(0, found.len() as i64 - 1) as usize);
        return Some(IntegerSvd {
            a,
            sigma: vec![s1, s2],
            left: vec![p1, p2],
            right: vec![q1, q2],
        });
    }
    None
}

/// The directions of [`tall_integer_svd`], listed once: planar ones with entries up to 3 and
/// spatial ones up to 4 (the same lists, in the same order, as `directions` gives each time).
static PLANAR: LazyLock<Vec<Vec<i64>>> = LazyLock::new(|| directions(2, 3));
static SPATIAL: LazyLock<Vec<Vec<i64>>> = LazyLock::new(|| directions(3, 4));

/// The left singular directions that go with one right direction `q₁` (a planar direction) in
/// [`tall_integer_svd`], as indices into the list of left directions: `first`, the directions
/// `p` with `|p|·|q₁|` a whole number; and for the `k`-th of those, `second[k]`, the ones
/// orthogonal to it. The same lists, in the same order, as filtering the directions for each
/// problem gave: the draws, and so the problems, are the same, without the scans.
struct Partners {
    first: Vec<usize>,
    second: Vec<Vec<usize>>,
}

/// [`Partners`] of each planar direction, the left directions planar (2×2 matrices) …
static PLANAR_PARTNERS: LazyLock<Vec<Partners>> = LazyLock::new(|| partners(&PLANAR));
/// … or spatial (3×2).
static SPATIAL_PARTNERS: LazyLock<Vec<Partners>> = LazyLock::new(|| partners(&SPATIAL));

fn partners(left: &[Vec<i64>]) -> Vec<Partners> {
    PLANAR
        .iter()
        .map(|q1| {
            let nq = norm2(q1);
            let fits = |p: &[i64]| is_square(norm2(p) * nq);
            let first: Vec<usize> = (0..left.len()).filter(|&i| fits(&left[i])).collect();
            // The partners of the k-th are among the first ones, in the same order.
            let second = first
                .iter()
                .map(|&i| {
                    first
                        .iter()
                        .copied()
                        .filter(|&j| dot(&left[j], &left[i]) == 0)
                        .collect()
                })
                .collect();
            Partners { first, second }
        })
        .collect()
}

/// Whether every entry of `Σₖ (σₖ/rₖ)·pₖqₖᵀ` can be an integer within `max_entry`, decided in
/// `i64` over the common denominator `Π rₖ` before [`assemble`] builds the fractions: the same
/// condition as its first test, so a `false` here is a `None` there. On overflow it answers
/// `true` and leaves the decision to [`assemble`].
fn integer_entries_within(terms: &[(i64, i64, &Vec<i64>, &Vec<i64>)], max_entry: i64) -> bool {
    let Some(den) = terms.iter().try_fold(1i64, |d, t| d.checked_mul(t.1)) else {
        return true;
    };
    if den <= 0 {
        return true;
    }
    let (m, n) = (terms[0].2.len(), terms[0].3.len());
    (0..m).all(|i| {
        (0..n).all(|j| {
            let numer = terms.iter().try_fold(0i64, |acc, &(s, r, p, q)| {
                s.checked_mul(p[i])?
                    .checked_mul(q[j])?
                    .checked_mul(den / r)
                    .and_then(|x| acc.checked_add(x))
            });
            numer.is_none_or(|x| x % den == 0 && (x / den).abs() <= max_entry)
        })
    })
}

/// `Σₖ (σₖ/rₖ)·pₖqₖᵀ` if every entry is an integer within `max_entry`, neither `AᵀA` nor
/// `AAᵀ` is diagonal, and no row or column is zero.
fn assemble(terms: &[(i64, i64, &Vec<i64>, &Vec<i64>)], max_entry: i64) -> Option<Matrix> {
    let (m, n) = (terms[0].2.len(), terms[0].3.len());
    let mut a = Matrix::zeros(m, n);
    for i in 0..m {
        for j in 0..n {
            let x = terms
                .iter()
                .try_fold(Rational::ZERO, |acc, &(s, r, p, q)| {
                    acc.checked_add(Rational::new(s * p[i] * q[j], r)?)
                })?;
            if !x.is_integer() || x.numer().abs() > max_entry {
                return None;
            }
            a.set(i, j, Scalar::Exact(x));
        }
    }
    let off_diagonal = |g: &Matrix| {
        (0..g.nrows()).any(|i| (0..g.ncols()).any(|j| i != j && !g.get(i, j).is_zero()))
    };
    let ata = a.transpose().mul(&a)?;
    let aat = a.mul(&a.transpose())?;
    // A zero row or column is a smaller problem in disguise: its diagonal Gram entry is 0.
    let full = |g: &Matrix| (0..g.nrows()).all(|i| !g.get(i, i).is_zero());
    (off_diagonal(&ata) && off_diagonal(&aat) && full(&ata) && full(&aat)).then_some(a)
}

/// Primitive integer vectors of length `dim` with entries in `−max..=max`, one of each `±` pair
/// (first nonzero entry positive), not along a coordinate axis.
fn directions(dim: usize, max: i64) -> Vec<Vec<i64>> {
    let side = 2 * max + 1;
    let total = side.pow(dim as u32);
    (0..total)
        .map(|mut code| {
            (0..dim)
                .map(|_| {
                    let x = code % side - max;
                    code /= side;
                    x
                })
                .collect::<Vec<i64>>()
        })
        .filter(|v| {
            let nonzero = v.iter().filter(|&&x| x != 0).count();
            let first_positive = v.iter().find(|&&x| x != 0).is_some_and(|&x| x > 0);
            let g = v.iter().fold(0, |g, &x| gcd(g, x.abs()));
            nonzero >= 2 && first_positive && g == 1
        })
        .collect()
}

fn norm2(v: &[i64]) -> i64 {
    v.iter().map(|x| x * x).sum()
}

fn dot(u: &[i64], v: &[i64]) -> i64 {
    u.iter().zip(v).map(|(a, b)| a * b).sum()
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn isqrt(n: i64) -> Option<i64> {
    if n < 0 {
        return None;
    }
    let r = (n as f64).sqrt().round() as i64;
    (r.saturating_sub(1)..=r + 1).find(|&c| c * c == n)
}

fn is_square(n: i64) -> bool {
    isqrt(n).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::DrillRng;
    use crate::math::linalg::determinant;

    fn rng(seed: u64) -> DrillRng {
        DrillRng::from_seed_u64(seed)
    }

    fn assert_orthogonal(q: &Matrix) {
        let n = q.nrows();
        assert!(q.is_exact(), "{q:?}");
        assert_eq!(q.transpose().mul(q), Some(Matrix::identity(n)), "QᵀQ = I");
        assert_eq!(q.mul(&q.transpose()), Some(Matrix::identity(n)), "QQᵀ = I");
        let d = determinant(q).unwrap();
        assert!(d == Scalar::ONE || d == -Scalar::ONE);
    }

    /// Singular values by nalgebra, descending.
    fn nalgebra_singular_values(a: &Matrix) -> Vec<f64> {
        let mut s: Vec<f64> = a.to_nalgebra().singular_values().iter().copied().collect();
        s.sort_by(|x, y| y.total_cmp(x));
        s
    }

    #[test]
    fn triples_give_exactly_orthogonal_matrices() {
        for &(a, b, c) in &PYTHAGOREAN_TRIPLES {
            for reflect in [false, true] {
                let q = orthogonal_from_triple(a, b, c, reflect).unwrap();
                assert_orthogonal(&q);
                let det = determinant(&q).unwrap();
                assert_eq!(det, if reflect { -Scalar::ONE } else { Scalar::ONE });
            }
        }
        assert_eq!(
            orthogonal_from_triple(3, 4, 5, false),
            Some(Matrix::from_ints(&[[3, -4], [4, 3]]).scale(Scalar::frac(1, 5)))
        );
        assert_eq!(orthogonal_from_triple(3, 4, 6, false), None);
        let mut dets = [0; 2];
        for seed in 0..500 {
            let q = random_orthogonal_2x2(&mut rng(seed), 3);
            assert_orthogonal(&q);
            dets[usize::from(determinant(&q).unwrap() == Scalar::ONE)] += 1;
            assert!([5, 13, 17].contains(&q.get(0, 0).exact().unwrap().denom()));
        }
        assert!(dets[0] > 150 && dets[1] > 150, "{dets:?}");
    }

    #[test]
    fn quaternions_and_cayley_give_exactly_orthogonal_matrices() {
        // (1, 1, 1, 0)/… : n = 3; (0, 1, 2, 2): n = 9, the classic (1/9)·[[−7, 4, 4], …].
        let r = rotation_from_quaternion([1, 1, 1, 0]).unwrap();
        assert_orthogonal(&r);
        assert_eq!(
            rotation_from_quaternion([0, 1, 2, 2]).unwrap(),
            Matrix::from_ints(&[[-7, 4, 4], [4, -1, 8], [4, 8, -1]]).scale(Scalar::frac(1, 9))
        );
        assert_eq!(rotation_from_quaternion([0; 4]), None);
        for seed in 0..500 {
            let q = random_orthogonal_3x3(&mut rng(seed), 2).unwrap();
            assert_orthogonal(&q);
            // nalgebra: orthogonal to rounding, and its SVD has all singular values 1.
            let nq = q.to_nalgebra();
            assert!(
                (nq.transpose() * &nq - nalgebra::DMatrix::identity(3, 3))
                    .abs()
                    .max()
                    < 1e-12
            );
            assert!(
                nalgebra_singular_values(&q)
                    .iter()
                    .all(|s| (s - 1.0).abs() < 1e-12)
            );
        }
        let k = Matrix::from_ints(&[[0, -1, 2], [1, 0, -3], [-2, 3, 0]]);
        let c = cayley(&k).unwrap();
        assert_orthogonal(&c);
        assert_eq!(determinant(&c), Some(Scalar::ONE));
        assert_eq!(cayley(&Matrix::from_ints(&[[1, 2], [3, 4]])), None);
        // The Cayley transform of K with axial vector (a, b, c) is the quaternion (1, −a, −b, −c).
        assert_eq!(c, rotation_from_quaternion([1, -3, -2, -1]).unwrap());
    }

    #[test]
    fn rational_svd_has_the_chosen_singular_values() {
        for seed in 0..300 {
            let mut r = rng(seed);
            let u = random_orthogonal_3x3(&mut r, 2).unwrap();
            let v = random_orthogonal_2x2(&mut r, 2);
            let sigma = [Scalar::int(7), Scalar::int(3)];
            let a = rational_svd_matrix(&u, &sigma, &v).unwrap();
            assert_eq!(a.shape(), (3, 2));
            assert!(a.is_exact());
            let s = nalgebra_singular_values(&a);
            assert!(
                (s[0] - 7.0).abs() < 1e-9 && (s[1] - 3.0).abs() < 1e-9,
                "{s:?}"
            );
            let v3 = random_orthogonal_3x3(&mut r, 1).unwrap();
            let sigma3 = [5, 4, 2].map(Scalar::int);
            let b = rational_svd_matrix(&u, &sigma3, &v3).unwrap();
            let s = nalgebra_singular_values(&b);
            assert!(
                s.iter()
                    .zip([5.0, 4.0, 2.0])
                    .all(|(x, y)| (x - y).abs() < 1e-9)
            );
        }
        let i = Matrix::identity(2);
        assert_eq!(
            rational_svd_matrix(&i, &[Scalar::int(3), Scalar::ONE], &i),
            Some(Matrix::from_ints(&[[3, 0], [0, 1]]))
        );
        assert_eq!(rational_svd_matrix(&i, &[Scalar::ONE; 3], &i), None);
    }

    #[test]
    fn integer_svd_matrices_are_integer_bounded_and_right() {
        for (rows, cols, bound, max_sigma) in
            [(2, 2, 6, 10), (2, 2, 9, 15), (3, 2, 6, 12), (2, 3, 6, 12)]
        {
            let mut misses = 0;
            for seed in 0..500 {
                let Some(s) = integer_svd_matrix(&mut rng(seed), rows, cols, bound, max_sigma)
                else {
                    misses += 1;
                    continue;
                };
                assert_eq!(s.a.shape(), (rows, cols));
                assert!(
                    s.a.entries()
                        .iter()
                        .all(|x| x.as_integer().is_some_and(|x| x.abs() <= bound))
                );
                assert!(s.sigma[0] > s.sigma[1] && s.sigma[1] >= 1 && s.sigma[0] <= max_sigma);
                let reference = nalgebra_singular_values(&s.a);
                for (k, &sk) in s.sigma.iter().enumerate() {
                    assert!(
                        (reference[k] - sk as f64).abs() < 1e-9,
                        "{s:?} vs {reference:?}"
                    );
                }
                // A·qₖ = σₖ·(‖qₖ‖/‖pₖ‖)·pₖ: the directions are the singular vectors.
                for k in 0..2 {
                    let q: Vec<Scalar> = s.right[k].iter().map(|&x| Scalar::int(x)).collect();
                    let aq = s.a.mul_vec(&q).unwrap();
                    let p = &s.left[k];
                    let ratio = (norm2(&s.right[k]) as f64).sqrt() / (norm2(p) as f64).sqrt();
                    for (x, &pi) in aq.iter().zip(p) {
                        assert!((x.to_f64() - s.sigma[k] as f64 * ratio * pi as f64).abs() < 1e-9);
                    }
                }
                // The 2×2 Gram matrix (AᵀA or AAᵀ) is not diagonal.
                let at = s.a.transpose();
                let gram = if rows >= cols {
                    at.mul(&s.a)
                } else {
                    s.a.mul(&at)
                }
                .unwrap();
                assert!(!gram.get(0, 1).is_zero());
            }
            assert!(misses < 5, "{rows}×{cols}: {misses} misses");
        }
        assert_eq!(integer_svd_matrix(&mut rng(0), 3, 3, 9, 9), None);
    }

    #[test]
    fn the_integer_pre_check_never_rejects_what_assemble_accepts() {
        // Every planar q₁ with every spatial p₁ ⟂ p₂ of the right norms and every σ₁ > σ₂ ≤ 12:
        // when the i64 test says no, assemble (exact fractions) must say no as well; and some
        // pairs pass both, so the check is not vacuous.
        let (mut rejected, mut accepted) = (0, 0);
        for q1 in PLANAR.iter().take(12) {
            let q2 = vec![-q1[1], q1[0]];
            let nq = norm2(q1);
            let fits: Vec<&Vec<i64>> = SPATIAL
                .iter()
                .filter(|p| is_square(norm2(p) * nq))
                .collect();
            for p1 in fits.iter().take(6) {
                for p2 in fits.iter().filter(|p| dot(p, p1) == 0).take(3) {
                    let r1 = isqrt(norm2(p1) * nq).unwrap();
                    let r2 = isqrt(norm2(p2) * nq).unwrap();
                    for s1 in 2..=12 {
                        for s2 in 1..s1 {
                            let terms = [(s1, r1, *p1, q1), (s2, r2, *p2, &q2)];
                            let quick = integer_entries_within(&terms, 9);
                            let exact = assemble(&terms, 9).is_some();
                            assert!(quick || !exact, "{p1:?} {p2:?} {q1:?} σ = {s1}, {s2}");
                            rejected += usize::from(!quick);
                            accepted += usize::from(exact);
                        }
                    }
                }
            }
        }
        assert!(
            rejected > 0 && accepted > 0,
            "{rejected} rejected, {accepted} accepted"
        );
    }

    #[test]
    fn direction_lists() {
        let d = directions(2, 1);
        assert_eq!(d, vec![vec![1, -1], vec![1, 1]]);
        assert!(
            directions(3, 2)
                .iter()
                .all(|v| v.iter().fold(0, |g, &x| gcd(g, x.abs())) == 1)
        );
    }
}
