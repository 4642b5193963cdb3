//! Characteristic polynomials of 2×2 and 3×3 matrices; exact integer eigenvalues and eigenvectors of small matrices.
//!
//! Convention: [`char_poly`] gives the *monic* polynomial `p(λ) = det(λI − A)`, whose roots are the
//! eigenvalues. Hand computations often write `det(A − λI)` instead; the two agree up to the
//! sign `(−1)ⁿ`: `det(A − λI) = (−1)ⁿ·det(λI − A)`, so they are equal for 2×2 and opposite for 3×3.
//!
//! The coefficients come from the invariants of `A`, no expansion with a symbolic `λ` needed:
//! - 1×1: `λ − a`;
//! - 2×2: `λ² − tr(A)·λ + det A`;
//! - 3×3: `λ³ − tr(A)·λ² + (M₁₁ + M₂₂ + M₃₃)·λ − det A`, where `Mᵢᵢ` is the principal 2×2 minor
//!   left when row and column `i` are deleted.
//!
//! Integer eigenvalues are found exactly by the rational-root theorem: a monic polynomial with
//! integer coefficients has only integer rational roots, each dividing the constant term.
//! Eigenvectors are null-space vectors of `A − λI`, read off its reduced row echelon form.

use super::{determinant, rref};
use crate::math::{Matrix, Rational, Scalar};

/// The coefficients `[1, c₁, …, cₙ]` of `det(λI − A) = λⁿ + c₁λⁿ⁻¹ + … + cₙ`, highest power
/// first, for a square matrix with `n ∈ {1, 2, 3}` (see the module docs for the formulas).
/// Exact when `A` is exact. `None` for other shapes.
pub fn char_poly(a: &Matrix) -> Option<Vec<Scalar>> {
    if !a.is_square() {
        return None;
    }
    let tr = a.trace()?;
    match a.nrows() {
        1 => Some(vec![Scalar::ONE, -tr]),
        2 => Some(vec![Scalar::ONE, -tr, determinant(a)?]),
        3 => Some(vec![
            Scalar::ONE,
            -tr,
            principal_minor_sum(a)?,
            -determinant(a)?,
        ]),
        _ => None,
    }
}

/// The sum of the principal 2×2 minors `Σ_{i<j} (aᵢᵢ·aⱼⱼ − aᵢⱼ·aⱼᵢ)` of a square matrix (for a
/// 3×3 matrix: `M₁₁ + M₂₂ + M₃₃`, the coefficient of `λ` in `det(λI − A)`). `None` if not square.
pub fn principal_minor_sum(a: &Matrix) -> Option<Scalar> {
    if !a.is_square() {
        return None;
    }
    let n = a.nrows();
    let mut sum = Scalar::ZERO;
    for i in 0..n {
        for j in i + 1..n {
            sum = sum + a.get(i, i) * a.get(j, j) - a.get(i, j) * a.get(j, i);
        }
    }
    Some(sum)
}

/// The value of the polynomial with coefficients `coeffs` (highest power first) at `x`, by
/// Horner's rule; `None` on overflow.
fn horner(coeffs: &[i128], x: i128) -> Option<i128> {
    coeffs
        .iter()
        .try_fold(0i128, |acc, &c| acc.checked_mul(x)?.checked_add(c))
}

/// Divides the polynomial by `(λ − r)` (synthetic division), dropping the remainder.
fn deflate(coeffs: &[i128], r: i128) -> Option<Vec<i128>> {
    let mut out = Vec::with_capacity(coeffs.len().saturating_sub(1));
    let mut acc = 0i128;
    for &c in &coeffs[..coeffs.len().saturating_sub(1)] {
        acc = acc.checked_mul(r)?.checked_add(c)?;
        out.push(acc);
    }
    Some(out)
}

/// The divisors `d > 0` of `m > 0`, in increasing order.
fn divisors(m: i128) -> Vec<i128> {
    let (mut small, mut large) = (Vec::new(), Vec::new());
    let mut d = 1i128;
    while d * d <= m {
        if m % d == 0 {
            small.push(d);
            if d * d != m {
                large.push(m / d);
            }
        }
        d += 1;
    }
    small.extend(large.into_iter().rev());
    small
}

/// All roots of a monic integer polynomial (coefficients highest power first, `coeffs[0] = 1`)
/// when every root is an integer, with multiplicity, in increasing order; `None` otherwise (or
/// if the coefficients are too large to search, `|cₙ| > 10¹²`).
///
/// Rational-root theorem: an integer root `r` divides the constant term `cₙ` (if `cₙ = 0`, `0` is
/// a root). Each root found is divided out (`p(λ) = (λ − r)·q(λ)`) and the search goes on in `q`.
pub fn integer_roots(coeffs: &[i64]) -> Option<Vec<i64>> {
    if coeffs.first() != Some(&1) {
        return None;
    }
    let mut p: Vec<i128> = coeffs.iter().map(|&c| i128::from(c)).collect();
    let mut roots = Vec::new();
    while p.len() > 1 {
        let c = *p.last()?;
        let r = if c == 0 {
            0
        } else {
            if c.abs() > 1_000_000_000_000 {
                return None;
            }
            divisors(c.abs())
                .into_iter()
                .flat_map(|d| [d, -d])
                .find(|&d| horner(&p, d) == Some(0))?
        };
        roots.push(i64::try_from(r).ok()?);
        p = deflate(&p, r)?;
    }
    roots.sort_unstable();
    Some(roots)
}

/// All eigenvalues of a 1×1, 2×2 or 3×3 matrix with exact integer characteristic polynomial,
/// when they are all integers: the roots of `det(λI − A)` found by [`integer_roots`], with
/// multiplicity, in increasing order. `None` if some eigenvalue is not an integer (or complex).
pub fn integer_eigenvalues(a: &Matrix) -> Option<Vec<i64>> {
    let coeffs: Vec<i64> = char_poly(a)?
        .iter()
        .map(Scalar::as_integer)
        .collect::<Option<_>>()?;
    integer_roots(&coeffs)
}

fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// The integer multiple of an exact rational vector with coprime entries (gcd 1) whose first
/// nonzero entry is positive: `(1/2, −1/3)` becomes `(3, −2)`. `None` for the zero vector, a
/// vector with a real (inexact) entry, or on overflow.
pub fn primitive_integer(v: &[Scalar]) -> Option<Vec<Scalar>> {
    let qs: Vec<Rational> = v.iter().map(Scalar::exact).collect::<Option<_>>()?;
    let lcm = qs.iter().try_fold(1i128, |l, q| {
        let d = i128::from(q.denom());
        (l / gcd(l, d)).checked_mul(d)
    })?;
    let ints: Vec<i128> = qs
        .iter()
        .map(|q| (lcm / i128::from(q.denom())).checked_mul(i128::from(q.numer())))
        .collect::<Option<_>>()?;
    let g = ints.iter().fold(0i128, |g, &x| gcd(g, x));
    let first = *ints.iter().find(|&&x| x != 0)?;
    let k = if first < 0 { -g } else { g };
    ints.iter()
        .map(|&x| i64::try_from(x / k).ok().map(Scalar::int))
        .collect()
}

/// A basis of the eigenspace of `λ`: the null space of `A − λI`, one vector per free column of
/// its RREF (that variable set to 1, the other free ones to 0, each pivot variable `xₚ = −rₚ,f`).
/// Exact vectors are scaled by [`primitive_integer`]. Empty when `λ` is not an eigenvalue or `A`
/// is not square.
pub fn eigenspace(a: &Matrix, lambda: Scalar) -> Vec<Vec<Scalar>> {
    if !a.is_square() {
        return Vec::new();
    }
    let n = a.nrows();
    let shifted = Matrix::from_fn(n, n, |i, j| {
        if i == j {
            a.get(i, j) - lambda
        } else {
            a.get(i, j)
        }
    });
    let e = rref(&shifted);
    (0..n)
        .filter(|c| !e.pivots.contains(c))
        .map(|free| {
            let mut v = vec![Scalar::ZERO; n];
            v[free] = Scalar::ONE;
            for (row, &p) in e.pivots.iter().enumerate() {
                v[p] = -e.rref.get(row, free);
            }
            primitive_integer(&v).unwrap_or(v)
        })
        .collect()
}

/// An eigenvector of `A` for the eigenvalue `λ`: the first vector of [`eigenspace`] (for a simple
/// eigenvalue, the eigenvector up to a multiple), with integer entries of gcd 1 and first nonzero
/// entry positive when `A` and `λ` are exact. `None` if `λ` is not an eigenvalue.
pub fn eigenvector_for(a: &Matrix, lambda: Scalar) -> Option<Vec<Scalar>> {
    eigenspace(a, lambda).into_iter().next()
}

/// nalgebra as the independent oracle of the tests (here and in the kinds' tests).
#[cfg(test)]
pub(crate) mod reference {
    use nalgebra::DMatrix;

    /// nalgebra's eigenvalues `(re, im)`, or `None` if its Schur iteration does not converge
    /// ([`crate::math::linalg::schur_eigenvalues`] with a generous cap).
    pub(crate) fn eigenvalues(m: &DMatrix<f64>) -> Option<Vec<(f64, f64)>> {
        crate::math::linalg::schur_eigenvalues(m, 1000)
    }
}

#[cfg(test)]
mod tests {
    use super::reference::eigenvalues as reference_eigenvalues;
    use super::*;
    use crate::engine::DrillRng;
    use crate::math::linalg::random_int_matrix;
    use nalgebra::DMatrix;

    fn ints(v: &[i64]) -> Vec<Scalar> {
        v.iter().map(|&x| Scalar::int(x)).collect()
    }

    /// The real eigenvalues of a matrix by nalgebra, if all are real (and nalgebra converged),
    /// in increasing order.
    fn nalgebra_real_eigenvalues(m: &DMatrix<f64>) -> Option<Vec<f64>> {
        let ev = reference_eigenvalues(m)?;
        if ev.iter().any(|z| z.1.abs() > 1e-3) {
            return None;
        }
        let mut re: Vec<f64> = ev.iter().map(|z| z.0).collect();
        re.sort_by(f64::total_cmp);
        Some(re)
    }

    #[test]
    fn two_by_two_and_three_by_three_formulas() {
        let a = Matrix::from_ints(&[[4, 1], [2, 3]]);
        assert_eq!(char_poly(&a), Some(ints(&[1, -7, 10])));
        let b = Matrix::from_ints(&[[2, 0, 0], [1, 3, 0], [4, 5, 1]]);
        // (λ − 2)(λ − 3)(λ − 1) = λ³ − 6λ² + 11λ − 6
        assert_eq!(char_poly(&b), Some(ints(&[1, -6, 11, -6])));
        assert_eq!(principal_minor_sum(&b), Some(Scalar::int(11)));
        assert_eq!(char_poly(&Matrix::from_ints(&[[5]])), Some(ints(&[1, -5])));
        assert_eq!(char_poly(&Matrix::identity(4)), None);
        assert_eq!(char_poly(&Matrix::zeros(2, 3)), None);
    }

    #[test]
    fn char_poly_vanishes_at_nalgebra_eigenvalues() {
        let mut rng = DrillRng::from_seed_u64(5);
        for _ in 0..500 {
            for n in [2, 3] {
                let a = random_int_matrix(&mut rng, n, n, -6, 6);
                let c: Vec<f64> = char_poly(&a).unwrap().iter().map(|x| x.to_f64()).collect();
                let Some(ev) = reference_eigenvalues(&a.to_nalgebra()) else {
                    continue;
                };
                for &(re, im) in &ev {
                    let z = nalgebra::Complex::new(re, im);
                    let p = c
                        .iter()
                        .fold(nalgebra::Complex::new(0.0, 0.0), |acc, &k| acc * z + k);
                    assert!(p.norm() < 1e-6 * (1.0 + z.norm().powi(n as i32)), "{a:?}");
                }
            }
        }
    }

    #[test]
    fn integer_roots_with_multiplicity() {
        assert_eq!(integer_roots(&[1, -6, 11, -6]), Some(vec![1, 2, 3]));
        assert_eq!(integer_roots(&[1, -4, 4]), Some(vec![2, 2]));
        assert_eq!(integer_roots(&[1, 0, 0]), Some(vec![0, 0]));
        assert_eq!(integer_roots(&[1, 1, -6, 0]), Some(vec![-3, 0, 2]));
        assert_eq!(integer_roots(&[1, 0, -2]), None);
        assert_eq!(integer_roots(&[1, 0, 1]), None);
        assert_eq!(integer_roots(&[2, 1]), None);
        assert_eq!(integer_roots(&[1, -5]), Some(vec![5]));
    }

    #[test]
    fn integer_eigenvalues_match_nalgebra() {
        let mut rng = DrillRng::from_seed_u64(11);
        let (mut found, mut symmetric) = (0, 0);
        for _ in 0..4000 {
            for n in [2, 3] {
                let a = random_int_matrix(&mut rng, n, n, -3, 3);
                let na = a.to_nalgebra();
                let reference = nalgebra_real_eigenvalues(&na);
                match integer_eigenvalues(&a) {
                    Some(ev) => {
                        found += 1;
                        let Some(reference) = reference else {
                            // integer spectrum: nalgebra must converge with real eigenvalues
                            panic!("{a:?}: nalgebra finds no real spectrum");
                        };
                        for (x, r) in ev.iter().zip(&reference) {
                            // a triple eigenvalue is found to about ∛ε in floating point
                            assert!((*x as f64 - r).abs() < 1e-3, "{a:?}: {ev:?} {reference:?}");
                        }
                        assert_eq!(ev.len(), n);
                    }
                    None => {
                        // then some eigenvalue is not an integer
                        if let Some(r) = reference {
                            assert!(r.iter().any(|x| (x - x.round()).abs() > 1e-3), "{a:?}");
                        }
                    }
                }
                // symmetric: compare with SymmetricEigen
                let s = Matrix::from_fn(n, n, |i, j| a.get(i.min(j), i.max(j)));
                if let Some(ev) = integer_eigenvalues(&s) {
                    symmetric += 1;
                    let mut r: Vec<f64> = s
                        .to_nalgebra()
                        .symmetric_eigen()
                        .eigenvalues
                        .iter()
                        .copied()
                        .collect();
                    r.sort_by(f64::total_cmp);
                    for (x, r) in ev.iter().zip(&r) {
                        assert!((*x as f64 - r).abs() < 1e-6, "{s:?}");
                    }
                }
            }
        }
        assert!(found > 500 && symmetric > 500, "{found} {symmetric}");
    }

    #[test]
    fn eigenvectors_satisfy_av_equals_lambda_v() {
        let mut rng = DrillRng::from_seed_u64(3);
        let mut checked = 0;
        for _ in 0..3000 {
            for n in [2, 3] {
                let a = random_int_matrix(&mut rng, n, n, -4, 4);
                let Some(ev) = integer_eigenvalues(&a) else {
                    continue;
                };
                for &l in &ev {
                    let l = Scalar::int(l);
                    let basis = eigenspace(&a, l);
                    assert!(!basis.is_empty());
                    let v = eigenvector_for(&a, l).unwrap();
                    assert_eq!(v, basis[0]);
                    // integers, gcd 1, first nonzero positive
                    let xs: Vec<i64> = v.iter().map(|x| x.as_integer().unwrap()).collect();
                    assert!(xs.iter().find(|&&x| x != 0).unwrap() > &0);
                    assert_eq!(xs.iter().fold(0, |g, &x| gcd(g, x as i128)), 1);
                    for b in &basis {
                        let av = a.mul_vec(b).unwrap();
                        let lv: Vec<Scalar> = b.iter().map(|&x| l * x).collect();
                        assert_eq!(av, lv);
                        // and with nalgebra's arithmetic
                        let nb = nalgebra::DVector::from_iterator(n, b.iter().map(|x| x.to_f64()));
                        let r = a.to_nalgebra() * &nb - nb * l.to_f64();
                        assert!(r.norm() < 1e-9);
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
        // not an eigenvalue
        let a = Matrix::from_ints(&[[2, 1], [1, 2]]);
        assert_eq!(eigenvector_for(&a, Scalar::int(2)), None);
        assert_eq!(eigenvector_for(&a, Scalar::int(3)), Some(ints(&[1, 1])));
        assert_eq!(eigenvector_for(&a, Scalar::int(1)), Some(ints(&[1, -1])));
        assert_eq!(eigenspace(&Matrix::identity(3), Scalar::ONE).len(), 3);
    }

    #[test]
    fn primitive_integer_vectors() {
        let v = [Scalar::frac(-1, 2), Scalar::frac(1, 3), Scalar::ZERO];
        assert_eq!(primitive_integer(&v), Some(ints(&[3, -2, 0])));
        assert_eq!(
            primitive_integer(&ints(&[0, -4, 6])),
            Some(ints(&[0, 2, -3]))
        );
        assert_eq!(primitive_integer(&ints(&[0, 0])), None);
        assert_eq!(primitive_integer(&[Scalar::Real(0.5)]), None);
    }
}
