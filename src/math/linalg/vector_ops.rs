//! Vector operations: norms, unit vectors, angles, projections onto a line and onto a subspace, cosine similarity, the cross product.
//!
//! Vectors are slices of [`Scalar`]s, so everything stays exact while it can: `‖(3, 4)‖ = 5`
//! exactly, a projection `(u·v / v·v)·v` has exact fractional entries, and a cosine
//! `u·v / (‖u‖‖v‖)` is exact whenever `‖u‖²‖v‖²` is the square of a rational. Where a square root
//! is irrational the result is a real (`f64`) approximation. Operations on two vectors return
//! `None` when the lengths differ, and operations that divide by a norm return `None` for the
//! zero vector; nothing here panics.

use super::inverse;
use crate::math::{Matrix, Scalar};

/// `u + v`, entry by entry; `None` on a length mismatch.
pub fn add(u: &[Scalar], v: &[Scalar]) -> Option<Vec<Scalar>> {
    (u.len() == v.len()).then(|| u.iter().zip(v).map(|(&a, &b)| a + b).collect())
}

/// `u − v`, entry by entry; `None` on a length mismatch.
pub fn sub(u: &[Scalar], v: &[Scalar]) -> Option<Vec<Scalar>> {
    (u.len() == v.len()).then(|| u.iter().zip(v).map(|(&a, &b)| a - b).collect())
}

/// `k·u`: every entry multiplied by `k`.
pub fn scale(k: Scalar, u: &[Scalar]) -> Vec<Scalar> {
    u.iter().map(|&x| k * x).collect()
}

/// The dot product `u·v = Σᵢ uᵢvᵢ`; `None` on a length mismatch.
pub fn dot(u: &[Scalar], v: &[Scalar]) -> Option<Scalar> {
    (u.len() == v.len()).then(|| {
        u.iter()
            .zip(v)
            .fold(Scalar::ZERO, |acc, (&a, &b)| acc + a * b)
    })
}

/// The squared Euclidean norm `‖u‖² = u·u = Σᵢ uᵢ²` (always exact for exact entries).
pub fn norm_squared(u: &[Scalar]) -> Scalar {
    u.iter().fold(Scalar::ZERO, |acc, &a| acc + a * a)
}

/// The Euclidean (L2) norm `‖u‖ = √(Σᵢ uᵢ²)`: exact when `Σᵢ uᵢ²` is the square of a rational
/// (`‖(2, 3, 6)‖ = 7`), a real approximation otherwise (`‖(1, 1)‖ ≈ 1.41421`).
pub fn norm(u: &[Scalar]) -> Scalar {
    norm_squared(u).sqrt()
}

/// Whether every entry is zero (the empty vector counts as zero).
pub fn is_zero_vector(u: &[Scalar]) -> bool {
    u.iter().all(Scalar::is_zero)
}

/// The unit vector `u/‖u‖` pointing the same way as `u`; `None` for the zero vector.
pub fn unit_vector(u: &[Scalar]) -> Option<Vec<Scalar>> {
    if is_zero_vector(u) {
        return None;
    }
    let n = norm(u);
    u.iter().map(|&x| x.checked_div(n)).collect()
}

/// The cosine of the angle between `u` and `v`, `cos θ = u·v / (‖u‖‖v‖)`, a number in `[−1, 1]`.
///
/// Computed as `u·v / √(‖u‖²‖v‖²)`, so it is exact whenever the product of the squared norms is
/// the square of a rational, even if each norm alone is irrational (`‖(1, 1)‖·‖(2, 2)‖ = 4`).
/// `None` on a length mismatch or when either vector is zero (the angle is undefined).
pub fn cosine_similarity(u: &[Scalar], v: &[Scalar]) -> Option<Scalar> {
    let d = dot(u, v)?;
    if is_zero_vector(u) || is_zero_vector(v) {
        return None;
    }
    let norms = (norm_squared(u) * norm_squared(v)).sqrt();
    d.checked_div(norms)
}

/// The angle `θ = arccos(u·v / (‖u‖‖v‖))` between `u` and `v`, in radians in `[0, π]`.
///
/// The cosine is clamped to `[−1, 1]` first, so rounding in a real cosine of parallel vectors
/// cannot produce NaN. `None` on a length mismatch or a zero vector.
pub fn angle(u: &[Scalar], v: &[Scalar]) -> Option<f64> {
    let c = cosine_similarity(u, v)?.to_f64();
    Some(c.clamp(-1.0, 1.0).acos())
}

/// The orthogonal projection of `u` onto the line spanned by `v`:
/// `proj_v u = (u·v / v·v)·v`, exact for exact entries (no square root is involved).
/// `None` on a length mismatch or when `v` is the zero vector (there is no line).
pub fn project_onto_line(u: &[Scalar], v: &[Scalar]) -> Option<Vec<Scalar>> {
    let coefficient = dot(u, v)?.checked_div(norm_squared(v))?;
    Some(scale(coefficient, v))
}

/// The orthogonal projection of `u` onto the subspace spanned by the vectors of `basis`:
/// `p = A(AᵀA)⁻¹Aᵀu`, where the basis vectors are the columns of `A`.
///
/// Solved through the normal equations `AᵀA·c = Aᵀu` with the exact inverse of the Gram matrix
/// `AᵀA` (Gauss–Jordan on rationals), then `p = A·c`; exact for exact entries. `None` if the basis
/// is empty, a basis vector's length differs from `u`'s, or the basis vectors are linearly
/// dependent (then `AᵀA` is singular).
pub fn project_onto_subspace(u: &[Scalar], basis: &[Vec<Scalar>]) -> Option<Vec<Scalar>> {
    if basis.is_empty() || basis.iter().any(|b| b.len() != u.len()) {
        return None;
    }
    // Aᵀ has the basis vectors as its rows.
    let a_t = Matrix::from_rows(basis.to_vec())?;
    let a = a_t.transpose();
    let gram = a_t.mul(&a)?;
    let coefficients = inverse(&gram)?.mul_vec(&a_t.mul_vec(u)?)?;
    a.mul_vec(&coefficients)
}

/// The cross product of two 3-vectors,
/// `u × v = (u₂v₃ − u₃v₂, u₃v₁ − u₁v₃, u₁v₂ − u₂v₁)`,
/// perpendicular to both with length `‖u‖‖v‖ sin θ` (right-hand rule; `v × u = −(u × v)`).
/// `None` unless both vectors have length 3.
pub fn cross(u: &[Scalar], v: &[Scalar]) -> Option<Vec<Scalar>> {
    let [u1, u2, u3] = <[Scalar; 3]>::try_from(u).ok()?;
    let [v1, v2, v3] = <[Scalar; 3]>::try_from(v).ok()?;
    Some(vec![
        u2 * v3 - u3 * v2,
        u3 * v1 - u1 * v3,
        u1 * v2 - u2 * v1,
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use nalgebra::{DMatrix, DVector, Vector3};

    fn ints(xs: &[i64]) -> Vec<Scalar> {
        xs.iter().map(|&x| Scalar::int(x)).collect()
    }
    fn f64s(xs: &[Scalar]) -> DVector<f64> {
        DVector::from_iterator(xs.len(), xs.iter().map(Scalar::to_f64))
    }
    fn close(a: &[Scalar], b: &DVector<f64>) -> bool {
        a.len() == b.len() && (f64s(a) - b).abs().max() < 1e-9
    }

    /// A small deterministic pseudo-random integer stream for the property tests.
    fn stream(seed: u64) -> impl FnMut(i64, i64) -> i64 {
        let mut s = seed;
        move |lo, hi| {
            s = s
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            lo + ((s >> 33) % (hi - lo + 1) as u64) as i64
        }
    }

    #[test]
    fn dot_and_norm_are_exact() {
        assert_eq!(
            dot(&ints(&[1, -2, 3]), &ints(&[4, 5, -6])),
            Some(Scalar::int(-24))
        );
        assert_eq!(dot(&ints(&[1, 2]), &ints(&[1, 2, 3])), None);
        assert_eq!(norm(&ints(&[3, 4])).exact(), Scalar::int(5).exact());
        assert_eq!(norm(&ints(&[2, -3, 6])).as_integer(), Some(7));
        assert_eq!(norm(&ints(&[2, 6, 9])).as_integer(), Some(11));
        let half = [
            Scalar::frac(1, 2),
            Scalar::frac(1, 2),
            Scalar::frac(-1, 2),
            Scalar::frac(1, 2),
        ];
        assert_eq!(norm(&half), Scalar::ONE);
        let root2 = norm(&ints(&[1, 1]));
        assert!(!root2.is_exact());
        assert!((root2.to_f64() - 2f64.sqrt()).abs() < 1e-15);
        assert_eq!(norm(&[]), Scalar::ZERO);
    }

    #[test]
    fn unit_vectors() {
        assert_eq!(
            unit_vector(&ints(&[2, -3, 6])),
            Some(vec![
                Scalar::frac(2, 7),
                Scalar::frac(-3, 7),
                Scalar::frac(6, 7)
            ])
        );
        assert_eq!(unit_vector(&ints(&[0, 0])), None);
        assert_eq!(unit_vector(&[]), None);
        let u = unit_vector(&ints(&[1, 2, 3])).unwrap();
        assert!((norm(&u).to_f64() - 1.0).abs() < 1e-12);
        assert!(close(&u, &f64s(&ints(&[1, 2, 3])).normalize()));
    }

    #[test]
    fn cosines_and_angles() {
        // ‖u‖ and ‖v‖ are irrational, their product is not.
        let c = cosine_similarity(&ints(&[1, 1, 0]), &ints(&[2, 0, 2])).unwrap();
        assert_eq!(c, Scalar::frac(1, 2));
        assert!(c.is_exact());
        let a = angle(&ints(&[1, 1, 0]), &ints(&[2, 0, 2])).unwrap();
        assert!((a - std::f64::consts::FRAC_PI_3).abs() < 1e-12);
        assert_eq!(
            angle(&ints(&[1, 0]), &ints(&[-3, 0])),
            Some(std::f64::consts::PI)
        );
        assert_eq!(angle(&ints(&[2, 5]), &ints(&[4, 10])), Some(0.0));
        assert!(
            !cosine_similarity(&ints(&[1, 2]), &ints(&[3, 1]))
                .unwrap()
                .is_exact()
        );
        assert_eq!(cosine_similarity(&ints(&[0, 0]), &ints(&[1, 2])), None);
        assert_eq!(cosine_similarity(&ints(&[1]), &ints(&[1, 2])), None);
        assert_eq!(angle(&ints(&[1, 2]), &ints(&[0, 0])), None);
        // Parallel real vectors whose rounded cosine exceeds 1 still give an angle.
        let r = [Scalar::Real(0.1), Scalar::Real(0.7)];
        let r3 = [Scalar::Real(0.3), Scalar::Real(2.1)];
        assert!(angle(&r, &r3).unwrap().abs() < 1e-7);
    }

    #[test]
    fn cosines_and_angles_match_nalgebra() {
        let mut next = stream(11);
        for _ in 0..500 {
            let n = next(2, 5) as usize;
            let u: Vec<Scalar> = (0..n).map(|_| Scalar::int(next(-9, 9))).collect();
            let v: Vec<Scalar> = (0..n).map(|_| Scalar::int(next(-9, 9))).collect();
            let (fu, fv) = (f64s(&u), f64s(&v));
            assert!((dot(&u, &v).unwrap().to_f64() - fu.dot(&fv)).abs() < 1e-9);
            assert!((norm(&u).to_f64() - fu.norm()).abs() < 1e-9);
            match cosine_similarity(&u, &v) {
                None => assert!(fu.norm() == 0.0 || fv.norm() == 0.0),
                Some(c) => {
                    let reference = fu.dot(&fv) / (fu.norm() * fv.norm());
                    assert!((c.to_f64() - reference).abs() < 1e-9);
                    let a = angle(&u, &v).unwrap();
                    assert!((a - fu.angle(&fv)).abs() < 1e-6, "{a} {}", fu.angle(&fv));
                }
            }
        }
    }

    #[test]
    fn projection_onto_a_line() {
        let p = project_onto_line(&ints(&[3, 1]), &ints(&[1, 2])).unwrap();
        assert_eq!(p, vec![Scalar::ONE, Scalar::int(2)]);
        let p = project_onto_line(&ints(&[1, 0, 0]), &ints(&[1, 1, 1])).unwrap();
        assert_eq!(p, vec![Scalar::frac(1, 3); 3]);
        assert_eq!(project_onto_line(&ints(&[1, 2]), &ints(&[0, 0])), None);
        assert_eq!(project_onto_line(&ints(&[1, 2]), &ints(&[1])), None);
        let mut next = stream(5);
        for _ in 0..300 {
            let n = next(2, 4) as usize;
            let u: Vec<Scalar> = (0..n).map(|_| Scalar::int(next(-9, 9))).collect();
            let v: Vec<Scalar> = (0..n).map(|_| Scalar::int(next(-9, 9))).collect();
            let (fu, fv) = (f64s(&u), f64s(&v));
            match project_onto_line(&u, &v) {
                None => assert_eq!(fv.norm(), 0.0),
                Some(p) => {
                    assert!(p.iter().all(Scalar::is_exact));
                    assert!(close(&p, &(&fv * (fu.dot(&fv) / fv.dot(&fv)))));
                    // The residual is orthogonal to v.
                    assert!(dot(&sub(&u, &p).unwrap(), &v).unwrap().is_zero());
                }
            }
        }
    }

    #[test]
    fn projection_onto_a_subspace_matches_least_squares() {
        let u = ints(&[1, 2, 3]);
        // The xy-plane keeps the first two coordinates.
        let plane = vec![ints(&[1, 1, 0]), ints(&[1, -1, 0])];
        assert_eq!(project_onto_subspace(&u, &plane), Some(ints(&[1, 2, 0])));
        assert_eq!(project_onto_subspace(&u, &[]), None);
        assert_eq!(
            project_onto_subspace(&u, &[ints(&[1, 1, 0]), ints(&[2, 2, 0])]),
            None
        );
        assert_eq!(project_onto_subspace(&u, &[ints(&[1, 1])]), None);
        // One basis vector: the same as the projection onto its line.
        assert_eq!(
            project_onto_subspace(&u, &[ints(&[1, 1, 1])]),
            project_onto_line(&u, &ints(&[1, 1, 1]))
        );
        let mut next = stream(3);
        let mut checked = 0;
        for _ in 0..200 {
            let n = next(3, 5) as usize;
            let k = next(1, n as i64 - 1) as usize;
            let u: Vec<Scalar> = (0..n).map(|_| Scalar::int(next(-6, 6))).collect();
            let basis: Vec<Vec<Scalar>> = (0..k)
                .map(|_| (0..n).map(|_| Scalar::int(next(-4, 4))).collect())
                .collect();
            let a = DMatrix::from_fn(n, k, |i, j| basis[j][i].to_f64());
            let full_rank = a.rank(1e-9) == k;
            match project_onto_subspace(&u, &basis) {
                None => assert!(!full_rank),
                Some(p) => {
                    assert!(full_rank);
                    assert!(p.iter().all(Scalar::is_exact));
                    let ata = a.transpose() * &a;
                    let reference = &a * ata.try_inverse().unwrap() * a.transpose() * f64s(&u);
                    assert!(close(&p, &reference));
                    checked += 1;
                }
            }
        }
        assert!(checked > 150, "{checked}");
    }

    #[test]
    fn cross_products() {
        let (i, j, k) = (ints(&[1, 0, 0]), ints(&[0, 1, 0]), ints(&[0, 0, 1]));
        assert_eq!(cross(&i, &j), Some(k.clone()));
        assert_eq!(cross(&j, &i), Some(ints(&[0, 0, -1])));
        assert_eq!(cross(&ints(&[1, 2]), &ints(&[3, 4])), None);
        assert_eq!(cross(&ints(&[1, 2, 3]), &ints(&[3, 4])), None);
        let mut next = stream(7);
        for _ in 0..300 {
            let u: Vec<Scalar> = (0..3).map(|_| Scalar::int(next(-9, 9))).collect();
            let v: Vec<Scalar> = (0..3).map(|_| Scalar::int(next(-9, 9))).collect();
            let c = cross(&u, &v).unwrap();
            let fu = Vector3::new(u[0].to_f64(), u[1].to_f64(), u[2].to_f64());
            let fv = Vector3::new(v[0].to_f64(), v[1].to_f64(), v[2].to_f64());
            let reference = fu.cross(&fv);
            assert!(close(&c, &DVector::from_column_slice(reference.as_slice())));
            assert!(dot(&c, &u).unwrap().is_zero() && dot(&c, &v).unwrap().is_zero());
        }
    }

    #[test]
    fn arithmetic() {
        let (u, v) = (ints(&[1, -2]), ints(&[3, 5]));
        assert_eq!(add(&u, &v), Some(ints(&[4, 3])));
        assert_eq!(sub(&u, &v), Some(ints(&[-2, -7])));
        assert_eq!(scale(Scalar::int(-3), &u), ints(&[-3, 6]));
        assert_eq!(add(&u, &ints(&[1])), None);
        assert!(is_zero_vector(&ints(&[0, 0])) && !is_zero_vector(&u));
    }
}
