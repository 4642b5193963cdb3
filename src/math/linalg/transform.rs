//! Transformation matrices of the plane and space: rotation, scaling, shear, reflection,
//! projection; composition.
//!
//! Conventions (the usual column-vector ones):
//! - a matrix acts on a column vector, `x ↦ A·x`, so the columns of `A` are the images of the
//!   standard basis vectors `e₁, e₂(, e₃)`;
//! - angles are in degrees and positive angles turn counter-clockwise (from the positive x-axis
//!   towards the positive y-axis); in space, a rotation about an axis turns by the right-hand
//!   rule (thumb along the positive axis);
//! - every constructor is exact when its entries are rational; `cos`/`sin` values such as `√3/2`
//!   are reals (`Scalar::Real`).

use crate::math::{Matrix, Scalar};

/// `√2/2` and `√3/2` as the closest `f64`s.
const HALF_SQRT2: f64 = std::f64::consts::FRAC_1_SQRT_2;
const HALF_SQRT3: f64 = 0.866_025_403_784_438_6;

/// `cos θ` for `θ` in degrees: exact for the angles whose cosine is rational (multiples of 90°,
/// and 60°, 120°, … where it is `±1/2`); `±√2/2` and `±√3/2` as the nearest reals at the other
/// multiples of 30° and 45°; the `f64` cosine at any other angle.
pub fn cos_deg(angle_deg: i64) -> Scalar {
    let d = angle_deg.rem_euclid(360);
    let exact = match d {
        0 => Some(Scalar::ONE),
        90 | 270 => Some(Scalar::ZERO),
        180 => Some(-Scalar::ONE),
        60 | 300 => Some(Scalar::frac(1, 2)),
        120 | 240 => Some(Scalar::frac(-1, 2)),
        45 | 315 => Some(Scalar::Real(HALF_SQRT2)),
        135 | 225 => Some(Scalar::Real(-HALF_SQRT2)),
        30 | 330 => Some(Scalar::Real(HALF_SQRT3)),
        150 | 210 => Some(Scalar::Real(-HALF_SQRT3)),
        _ => None,
    };
    exact.unwrap_or_else(|| Scalar::Real((d as f64).to_radians().cos()))
}

/// `sin θ` for `θ` in degrees, exact where [`cos_deg`] is: `sin θ = cos(90° − θ)`.
pub fn sin_deg(angle_deg: i64) -> Scalar {
    cos_deg(90 - angle_deg.rem_euclid(360))
}

/// The rotation of the plane by `θ` degrees counter-clockwise:
/// `R(θ) = [[cos θ, −sin θ], [sin θ, cos θ]]`. Exact for multiples of 90° (and rational for
/// entries `±1/2`); `R(−θ) = R(θ)ᵀ` is the clockwise rotation.
pub fn rotation(angle_deg: i64) -> Matrix {
    rotation_exact(cos_deg(angle_deg), sin_deg(angle_deg))
}

/// The rotation with the given `cos θ` and `sin θ`, `[[c, −s], [s, c]]`; for a Pythagorean angle
/// such as `cos θ = 3/5, sin θ = 4/5` it is exact. The caller keeps `c² + s² = 1`.
pub fn rotation_exact(cos: Scalar, sin: Scalar) -> Matrix {
    from_2x2(cos, -sin, sin, cos)
}

/// Scaling by `sx` along the x-axis and `sy` along the y-axis: `diag(sx, sy)`.
pub fn scaling(sx: impl Into<Scalar>, sy: impl Into<Scalar>) -> Matrix {
    from_2x2(sx.into(), Scalar::ZERO, Scalar::ZERO, sy.into())
}

/// The horizontal shear `(x, y) ↦ (x + k·y, y)`: `[[1, k], [0, 1]]`.
pub fn shear_x(k: impl Into<Scalar>) -> Matrix {
    from_2x2(Scalar::ONE, k.into(), Scalar::ZERO, Scalar::ONE)
}

/// The vertical shear `(x, y) ↦ (x, y + k·x)`: `[[1, 0], [k, 1]]` (the transpose of
/// [`shear_x`]).
pub fn shear_y(k: impl Into<Scalar>) -> Matrix {
    from_2x2(Scalar::ONE, Scalar::ZERO, k.into(), Scalar::ONE)
}

/// The reflection about the x-axis, `(x, y) ↦ (x, −y)`: `diag(1, −1)`.
pub fn reflection_x() -> Matrix {
    scaling(1, -1)
}

/// The reflection about the y-axis, `(x, y) ↦ (−x, y)`: `diag(−1, 1)`.
pub fn reflection_y() -> Matrix {
    scaling(-1, 1)
}

/// The reflection about the line through the origin with direction `(a, b)`:
/// `H = 2P − I = (1/(a² + b²))·[[a² − b², 2ab], [2ab, b² − a²]]`, with `P` the projection of
/// [`projection_line`]. Exact for rational `a, b`; `None` for the zero direction.
/// `(1, 1)` gives the reflection about `y = x`, `[[0, 1], [1, 0]]`.
pub fn reflection_line(a: impl Into<Scalar>, b: impl Into<Scalar>) -> Option<Matrix> {
    let (a, b) = (a.into(), b.into());
    let n = a * a + b * b;
    let k = Scalar::ONE.checked_div(n)?;
    Some(
        from_2x2(
            a * a - b * b,
            Scalar::int(2) * a * b,
            Scalar::int(2) * a * b,
            b * b - a * a,
        )
        .scale(k),
    )
}

/// The orthogonal projection onto the line through the origin with direction `u = (a, b)`:
/// `P = u·uᵀ/(uᵀu) = (1/(a² + b²))·[[a², ab], [ab, b²]]`. Exact for rational `a, b`; `None` for
/// the zero direction.
pub fn projection_line(a: impl Into<Scalar>, b: impl Into<Scalar>) -> Option<Matrix> {
    let (a, b) = (a.into(), b.into());
    let n = a * a + b * b;
    let k = Scalar::ONE.checked_div(n)?;
    Some(from_2x2(a * a, a * b, a * b, b * b).scale(k))
}

/// The single matrix of "apply `steps[0]` first, then `steps[1]`, …": since matrices act on
/// column vectors, the first step must stand rightmost, so this is the product in REVERSE order,
/// `Mₖ ⋯ M₂·M₁`. `None` for no steps or mismatched shapes.
pub fn compose(steps: &[Matrix]) -> Option<Matrix> {
    let (first, rest) = steps.split_first()?;
    rest.iter()
        .try_fold(first.clone(), |acc, next| next.mul(&acc))
}

/// A coordinate axis of space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axis {
    X,
    Y,
    Z,
}

/// The rotation of space by `θ` degrees about a coordinate axis, by the right-hand rule:
/// - about x: `[[1, 0, 0], [0, c, −s], [0, s, c]]` (turns y towards z),
/// - about y: `[[c, 0, s], [0, 1, 0], [−s, 0, c]]` (turns z towards x),
/// - about z: `[[c, −s, 0], [s, c, 0], [0, 0, 1]]` (turns x towards y),
///
/// with `c = cos θ`, `s = sin θ` from [`cos_deg`]/[`sin_deg`]: exact at multiples of 90°.
pub fn rotation_3d(axis: Axis, angle_deg: i64) -> Matrix {
    let (c, s) = (cos_deg(angle_deg), sin_deg(angle_deg));
    // The two axes that turn, (i, j), with e_i turning towards e_j.
    let (i, j) = match axis {
        Axis::X => (1, 2),
        Axis::Y => (2, 0),
        Axis::Z => (0, 1),
    };
    let mut m = Matrix::identity(3);
    m.set(i, i, c);
    m.set(j, j, c);
    m.set(j, i, s);
    m.set(i, j, -s);
    m
}

/// The reflection of space in the coordinate plane perpendicular to `axis` (for `Axis::Z`, the
/// xy-plane): the identity with `−1` at that axis.
pub fn reflection_plane_3d(axis: Axis) -> Matrix {
    let mut m = Matrix::identity(3);
    let k = axis_index(axis);
    m.set(k, k, -Scalar::ONE);
    m
}

/// The orthogonal projection of space onto the coordinate plane perpendicular to `axis`: the
/// identity with `0` at that axis.
pub fn projection_plane_3d(axis: Axis) -> Matrix {
    let mut m = Matrix::identity(3);
    let k = axis_index(axis);
    m.set(k, k, Scalar::ZERO);
    m
}

/// `0, 1, 2` for x, y, z.
pub fn axis_index(axis: Axis) -> usize {
    match axis {
        Axis::X => 0,
        Axis::Y => 1,
        Axis::Z => 2,
    }
}

fn from_2x2(a: Scalar, b: Scalar, c: Scalar, d: Scalar) -> Matrix {
    Matrix::from_fn(2, 2, |i, j| [[a, b], [c, d]][i][j])
}

#[cfg(test)]
mod tests {
    use super::*;
    use nalgebra::{Rotation2, Rotation3, Vector3};

    fn close(m: &Matrix, n: &nalgebra::DMatrix<f64>) -> bool {
        m.shape() == n.shape() && (m.to_nalgebra() - n).abs().max() < 1e-12
    }

    #[test]
    fn plane_rotations_match_nalgebra_and_are_exact_at_right_angles() {
        for deg in (-720..=720).step_by(15) {
            let r = rotation(deg);
            let reference = Rotation2::new((deg as f64).to_radians());
            let reference =
                nalgebra::DMatrix::from_iterator(2, 2, reference.matrix().iter().copied());
            assert!(close(&r, &reference), "{deg}°");
            if deg % 90 == 0 {
                assert!(r.is_exact(), "{deg}°");
            }
            if deg % 30 == 0 && deg % 90 != 0 {
                // one of cos, sin is ±1/2 exactly
                assert!(
                    r.entries().iter().filter(|x| x.is_exact()).count() == 2,
                    "{deg}°"
                );
            }
            assert!(
                close(&rotation(-deg), &r.transpose().to_nalgebra()),
                "{deg}°"
            );
            if deg % 30 == 0 || deg % 45 == 0 {
                assert_eq!(rotation(-deg), r.transpose(), "{deg}°: R(−θ) = R(θ)ᵀ");
            }
        }
        assert_eq!(rotation(90), Matrix::from_ints(&[[0, -1], [1, 0]]));
        assert_eq!(rotation(270), Matrix::from_ints(&[[0, 1], [-1, 0]]));
        assert_eq!(rotation(180), Matrix::from_ints(&[[-1, 0], [0, -1]]));
        assert_eq!(cos_deg(60), Scalar::frac(1, 2));
        assert_eq!(sin_deg(210), Scalar::frac(-1, 2));
        assert!((cos_deg(17).to_f64() - 17f64.to_radians().cos()).abs() < 1e-15);
        let pyth = rotation_exact(Scalar::frac(3, 5), Scalar::frac(4, 5));
        assert!(pyth.is_exact());
        assert_eq!(pyth.mul(&pyth.transpose()), Some(Matrix::identity(2)));
        let angle = 4f64.atan2(3.0);
        let reference = Rotation2::new(angle);
        let reference = nalgebra::DMatrix::from_iterator(2, 2, reference.matrix().iter().copied());
        assert!(close(&pyth, &reference));
    }

    #[test]
    fn scaling_shear_reflection_by_hand() {
        assert_eq!(scaling(3, 2), Matrix::from_ints(&[[3, 0], [0, 2]]));
        assert_eq!(shear_x(2), Matrix::from_ints(&[[1, 2], [0, 1]]));
        assert_eq!(shear_y(-3), Matrix::from_ints(&[[1, 0], [-3, 1]]));
        assert_eq!(shear_y(5), shear_x(5).transpose());
        assert_eq!(reflection_x(), Matrix::from_ints(&[[1, 0], [0, -1]]));
        assert_eq!(reflection_y(), Matrix::from_ints(&[[-1, 0], [0, 1]]));
        assert_eq!(
            reflection_line(1, 1),
            Some(Matrix::from_ints(&[[0, 1], [1, 0]]))
        );
        assert_eq!(reflection_line(1, 0), Some(reflection_x()));
        assert_eq!(reflection_line(0, 3), Some(reflection_y()));
        assert_eq!(
            reflection_line(1, 2),
            Some(Matrix::from_ints(&[[-3, 4], [4, 3]]).scale(Scalar::frac(1, 5)))
        );
        assert_eq!(
            projection_line(1, 2),
            Some(Matrix::from_ints(&[[1, 2], [2, 4]]).scale(Scalar::frac(1, 5)))
        );
        assert_eq!(reflection_line(0, 0), None);
        assert_eq!(projection_line(0, 0), None);
    }

    #[test]
    fn projections_and_reflections_have_their_defining_properties() {
        for (a, b) in [(1, 2), (3, -1), (2, 5), (-4, 3), (1, 0)] {
            let p = projection_line(a, b).unwrap();
            let h = reflection_line(a, b).unwrap();
            let i = Matrix::identity(2);
            assert_eq!(p.mul(&p), Some(p.clone()), "P² = P");
            assert_eq!(h.mul(&h), Some(i.clone()), "H² = I");
            assert_eq!(
                h,
                p.scale(Scalar::int(2)).zip_with(&i, |x, y| x - y).unwrap()
            );
            let u = [Scalar::int(a), Scalar::int(b)];
            assert_eq!(p.mul_vec(&u), Some(u.to_vec()), "the line is fixed");
            assert_eq!(h.mul_vec(&u), Some(u.to_vec()));
            let n = [Scalar::int(-b), Scalar::int(a)];
            assert_eq!(
                p.mul_vec(&n),
                Some(vec![Scalar::ZERO; 2]),
                "the normal is killed"
            );
            assert_eq!(h.mul_vec(&n), Some(vec![Scalar::int(b), Scalar::int(-a)]));
            // nalgebra: P = u uᵀ / uᵀu
            let v = nalgebra::DVector::from_vec(vec![a as f64, b as f64]);
            let reference = &v * v.transpose() / v.norm_squared();
            assert!(close(&p, &reference));
        }
    }

    #[test]
    fn composition_applies_the_first_listed_first() {
        let r = rotation(90);
        let f = reflection_x();
        let first_r_then_f = compose(&[r.clone(), f.clone()]).unwrap();
        assert_eq!(first_r_then_f, f.mul(&r).unwrap());
        assert_eq!(first_r_then_f, Matrix::from_ints(&[[0, -1], [-1, 0]]));
        // e₁ → (0, 1) by the rotation → (0, −1) by the reflection.
        assert_eq!(
            first_r_then_f.mul_vec(&[Scalar::ONE, Scalar::ZERO]),
            Some(vec![Scalar::ZERO, -Scalar::ONE])
        );
        let three = compose(&[shear_x(2), r.clone(), f.clone()]).unwrap();
        assert_eq!(three, f.mul(&r).unwrap().mul(&shear_x(2)).unwrap());
        assert_eq!(compose(std::slice::from_ref(&r)), Some(r.clone()));
        assert_eq!(compose(&[]), None);
        assert_eq!(compose(&[r, Matrix::identity(3)]), None);
        let r90 = compose(&[rotation(30), rotation(60)]).unwrap();
        assert!(close(&r90, &rotation(90).to_nalgebra()));
    }

    #[test]
    fn space_rotations_match_nalgebra() {
        for deg in (-360..=360).step_by(30) {
            for (axis, v) in [
                (Axis::X, Vector3::x()),
                (Axis::Y, Vector3::y()),
                (Axis::Z, Vector3::z()),
            ] {
                let r = rotation_3d(axis, deg);
                let reference = Rotation3::from_axis_angle(
                    &nalgebra::Unit::new_normalize(v),
                    (deg as f64).to_radians(),
                );
                let reference =
                    nalgebra::DMatrix::from_iterator(3, 3, reference.matrix().iter().copied());
                assert!(close(&r, &reference), "{axis:?} {deg}°");
                if deg % 90 == 0 {
                    assert!(r.is_exact());
                }
            }
        }
        assert_eq!(
            rotation_3d(Axis::Z, 90),
            Matrix::from_ints(&[[0, -1, 0], [1, 0, 0], [0, 0, 1]])
        );
        assert_eq!(
            rotation_3d(Axis::X, 90),
            Matrix::from_ints(&[[1, 0, 0], [0, 0, -1], [0, 1, 0]])
        );
        assert_eq!(
            rotation_3d(Axis::Y, 90),
            Matrix::from_ints(&[[0, 0, 1], [0, 1, 0], [-1, 0, 0]])
        );
        assert_eq!(
            reflection_plane_3d(Axis::Z),
            Matrix::from_ints(&[[1, 0, 0], [0, 1, 0], [0, 0, -1]])
        );
        assert_eq!(
            projection_plane_3d(Axis::X),
            Matrix::from_ints(&[[0, 0, 0], [0, 1, 0], [0, 0, 1]])
        );
    }
}
