//! `la.rotation_trig`: trigonometry of rotations of the plane.
//!
//! Level 1: the matrix of the rotation by θ ∈ {30°, 45°, 60°, 120°, …, 330°} (the multiples of
//! 30° and 45° that are not multiples of 90°): entries such as √3/2, accepted as exact forms or
//! decimals. Level 2: the angle of a given rotation matrix, in degrees in [0°, 360°): either one
//! of those angles (the matrix written with square roots) or a Pythagorean angle such as
//! cos θ = 3/5, sin θ = −4/5 (answer to 4 significant figures). Level 3: the image of an
//! integer point under the rotation by one of those angles, with the exact form `p + q√k` in
//! the solution.

use super::super::common::{Mistakes, answer_text, factor, num};
use super::common::{exact_trig, inline_matrix, negate_text, nonzero_vector};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::format_real;
use crate::math::linalg::transform::{cos_deg, rotation, rotation_exact, sin_deg};
use crate::math::{Matrix, Scalar};

pub struct RotationTrig;

/// The angles whose cosine and sine have square-root forms, without the multiples of 90°.
const ANGLES: [i64; 12] = [30, 45, 60, 120, 135, 150, 210, 225, 240, 300, 315, 330];

/// A trig value as `p + q·√k`: exact (`q = 0`) or `±(1/2)·√k` with `k ∈ {2, 3}`.
fn surd(value: Scalar) -> (Scalar, Scalar, i64) {
    if value.is_exact() {
        return (value, Scalar::ZERO, 1);
    }
    let x = value.to_f64();
    let k = (4.0 * x * x).round() as i64;
    let half = if x < 0.0 {
        Scalar::frac(-1, 2)
    } else {
        Scalar::frac(1, 2)
    };
    (Scalar::ZERO, half, k)
}

/// `p + q√k` written out: `1 − 2√3`, `(5/2)√2`, `−3`.
fn surd_text(p: Scalar, q: Scalar, k: i64) -> String {
    let root = if q.is_zero() {
        None
    } else {
        let size = q.abs();
        let coefficient = if size == Scalar::ONE {
            String::new()
        } else if num(size).contains('/') {
            format!("({})", num(size))
        } else {
            num(size)
        };
        Some((q.to_f64() < 0.0, format!("{coefficient}√{k}")))
    };
    match (p.is_zero(), root) {
        (true, None) => "0".into(),
        (false, None) => num(p),
        (true, Some((neg, r))) => format!("{}{r}", if neg { "−" } else { "" }),
        (false, Some((neg, r))) => format!("{} {} {r}", num(p), if neg { "−" } else { "+" }),
    }
}

/// The value of `p + q√k`: exact when `q = 0`.
fn surd_value(p: Scalar, q: Scalar, k: i64) -> Scalar {
    if q.is_zero() {
        p
    } else {
        Scalar::Real(p.to_f64() + q.to_f64() * (k as f64).sqrt())
    }
}

/// A trig text as a factor: `(√3/2)`, `(−1/2)`, `1`.
fn trig_factor(text: &str) -> String {
    if text.contains('/') || text.starts_with('−') {
        format!("({text})")
    } else {
        text.to_string()
    }
}

/// The rotation by `radians` measured in radians (the calculator left in radian mode).
fn rotation_radians(angle: f64) -> Matrix {
    let (s, c) = angle.sin_cos();
    rotation_exact(Scalar::Real(c), Scalar::Real(s))
}

/// `[[c, s], [−s, c]]`-style variants of the rotation matrix from `cos θ`, `sin θ`.
fn variant(c: Scalar, s: Scalar, pattern: fn(Scalar, Scalar) -> [[Scalar; 2]; 2]) -> Matrix {
    let rows = pattern(c, s);
    Matrix::from_fn(2, 2, |i, j| rows[i][j])
}

/// The reference angle of θ (its angle with the x-axis, in 0°..90°).
fn reference_angle(theta: i64) -> i64 {
    let t = theta.rem_euclid(180);
    if t > 90 { 180 - t } else { t }
}

/// The quadrant's name alone: `quadrant IV`.
fn quadrant_name(theta: i64) -> &'static str {
    quadrant_words(theta).split(':').next().unwrap_or_default()
}

fn quadrant_words(theta: i64) -> &'static str {
    match theta.rem_euclid(360) {
        0..90 => "quadrant I: cos θ > 0, sin θ > 0",
        90..180 => "quadrant II: cos θ < 0, sin θ > 0",
        180..270 => "quadrant III: cos θ < 0, sin θ < 0",
        _ => "quadrant IV: cos θ > 0, sin θ < 0",
    }
}

impl Exercise for RotationTrig {
    fn id(&self) -> &'static str {
        "la.rotation_trig"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        match level {
            1 => matrix_of_angle(rng),
            2 => angle_of_matrix(rng),
            3 => image_of_point(rng),
            l => Err(GenError::Level(l)),
        }
    }
}

/// The exact texts of `cos θ`, `sin θ` for one of [`ANGLES`].
fn texts(theta: i64) -> Result<(String, String), GenError> {
    exact_trig(theta).ok_or(GenError::Redraw("no exact form"))
}

const CLOCKWISE_MATRIX: &str = "That is the clockwise rotation, R(−θ) = R(θ)ᵀ: either the minus \
     sign is on the wrong entry (counter-clockwise, R(θ) = [[cos θ, −sin θ], [sin θ, cos θ]], it \
     belongs to the top-right one), or sin θ has the wrong sign for the quadrant of θ.";
/// A slip in the sign of cos θ: the quadrant of θ decides it, the reference angle only the size.
const COS_SIGN: &str = "cos θ has the wrong sign here. The quadrant of θ decides the signs of \
     cos θ and sin θ; the reference angle gives only their sizes.";
const RADIANS_MESSAGE: &str = "Those are the cosine and sine of θ read as RADIANS (a calculator \
     in radian mode). θ is in degrees: convert with θ·π/180 or use exact values.";

fn matrix_of_angle(rng: &mut DrillRng) -> Result<Draft, GenError> {
    let theta = *rng.pick(&ANGLES);
    let (ct, st) = texts(theta)?;
    let (c, s) = (cos_deg(theta), sin_deg(theta));
    let r = rotation(theta);
    let exact_rows = vec![
        vec![ct.clone(), negate_text(&st)],
        vec![st.clone(), ct.clone()],
    ];
    let answer =
        AnswerSpec::entrywise(r.clone()).exact_as(answer_text(&inline_matrix(&exact_rows)));
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require("clockwise", r.transpose(), CLOCKWISE_MATRIX)?;
    mistakes.require("cos_sign", rotation(180 - theta), COS_SIGN)?;
    mistakes.optional(
        "sin_cos_swapped",
        variant(c, s, |c, s| [[s, -c], [c, s]]),
        "sin θ and cos θ are swapped: cos θ goes on the diagonal, sin θ off it. Check with \
         e₁ = (1, 0), whose image (cos θ, sin θ) is the first column.",
    );
    mistakes.optional(
        "missing_minus",
        variant(c, s, |c, s| [[c, s], [s, c]]),
        "The minus sign is missing: R(θ) = [[cos θ, −sin θ], [sin θ, cos θ]]. Without it the \
         matrix is not a rotation (its determinant is not 1).",
    );
    let reference = reference_angle(theta);
    if reference != theta {
        mistakes.optional(
            "reference_angle",
            rotation(reference),
            format!(
                "That is the rotation by the reference angle {reference}°. At {theta}° the signs \
                 of cos and sin follow the quadrant ({}).",
                quadrant_words(theta)
            ),
        );
    }
    mistakes.optional(
        "radians_mode",
        rotation_radians(theta as f64),
        RADIANS_MESSAGE,
    );
    let prompt = vec![Line::text(format!(
        "Find the matrix of the rotation of the plane by {theta}° counter-clockwise about the \
         origin. Exact values such as sqrt(3)/2 are accepted, as are decimals to 4 significant \
         figures; type it as [[a, b], [c, d]]."
    ))];
    let solution = vec![
        Line::math(
            "R(θ) = [[cos θ, −sin θ], [sin θ, cos θ]]: its columns are the images of e₁ and e₂.",
        ),
        Line::math(format!(
            "{theta}° has reference angle {reference}° and lies in {}, so cos {theta}° = {ct} and sin {theta}° = {st}.",
            quadrant_words(theta)
        )),
        Line::new()
            .m(format!("R({theta}°) = {} = ", inline_matrix(&exact_rows)))
            .v(r),
    ];
    let hints = vec![
        format!(
            "{theta}° lies in {} and has reference angle {reference}°.",
            quadrant_name(theta)
        ),
        format!(
            "cos {theta}° = {ct} and sin {theta}° = {st}; the top-right entry is −sin {theta}° = {}.",
            negate_text(&st)
        ),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

fn angle_of_matrix(rng: &mut DrillRng) -> Result<Draft, GenError> {
    let special = rng.chance(1, 2);
    let (theta, c, s, shown, cos_text, sin_text) = if special {
        let theta = *rng.pick(&ANGLES);
        let (ct, st) = texts(theta)?;
        let rows = vec![
            vec![ct.clone(), negate_text(&st)],
            vec![st.clone(), ct.clone()],
        ];
        let shown = Line::new().m(format!("R = {}", inline_matrix(&rows)));
        (
            Scalar::int(theta),
            cos_deg(theta),
            sin_deg(theta),
            shown,
            ct,
            st,
        )
    } else {
        let (p, q) = *rng.pick(&[(3, 4), (4, 3), (5, 12), (12, 5)]);
        let hyp = if p + q == 7 { 5 } else { 13 };
        let (a, b) = (rng.sign() * p, rng.sign() * q);
        let (c, s) = (Scalar::frac(a, hyp), Scalar::frac(b, hyp));
        let degrees = (b as f64).atan2(a as f64).to_degrees().rem_euclid(360.0);
        let shown = Line::new().m("R = ").v(rotation_exact(c, s));
        (Scalar::Real(degrees), c, s, shown, num(c), num(s))
    };
    let deg = theta.to_f64();
    let answer = AnswerSpec::scalar(theta).in_unit(crate::engine::Unit::Degrees);
    // θ = arccos(cos θ) in the upper half plane, 360° − arccos(cos θ) in the lower one.
    let answer = match (special, s.to_f64() < 0.0) {
        (true, _) => answer,
        (false, false) => answer.exact_as(format!("180*acos({})/pi", answer_text(&cos_text))),
        (false, true) => answer.exact_as(format!("360 - 180*acos({})/pi", answer_text(&cos_text))),
    };
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "radians",
        Scalar::Real(deg.to_radians()),
        "That is the angle in radians. The question asks for degrees: multiply by 180/π.",
    )?;
    mistakes.require(
        "clockwise",
        Scalar::Real(360.0 - deg),
        format!(
            "That angle turns the other way. sin θ is the BOTTOM-LEFT entry, R₂₁ = {sin_text}, \
             not the top-right one (which is −sin θ)."
        ),
    )?;
    mistakes.optional(
        "cos_sign",
        Scalar::Real((180.0 - deg).rem_euclid(360.0)),
        "That angle lies in the wrong quadrant: its cosine has the other sign. The signs of \
         cos θ = R₁₁ and sin θ = R₂₁ together decide the quadrant.",
    );
    let arctan = (s.to_f64() / c.to_f64()).atan().to_degrees();
    mistakes.optional(
        "arctan_quadrant",
        Scalar::Real(arctan),
        "tan⁻¹(sin θ/cos θ) only gives angles between −90° and 90°, so it can land in the wrong \
         quadrant. Use the signs of cos θ and sin θ to find the quadrant, and give θ in \
         [0°, 360°).",
    );
    let quadrant = quadrant_words(deg.floor() as i64);
    let reference = (s.to_f64() / c.to_f64()).abs().atan().to_degrees();
    mistakes.optional(
        "reference_angle",
        Scalar::Real(reference),
        "That is the reference angle, the acute angle with the x-axis. Place it in the quadrant \
         that the signs of cos θ and sin θ give.",
    );
    let reference_text = if special {
        format!("{}", reference.round())
    } else {
        format_real(reference, 6)
    };
    let prompt = vec![
        Line::text("The matrix"),
        shown,
        Line::text(
            "rotates the plane counter-clockwise by an angle θ. Find θ in degrees, with \
             0 ≤ θ < 360 (to 4 significant figures if it is not a whole number).",
        ),
    ];
    let solution = vec![
        Line::math(format!(
            "R = [[cos θ, −sin θ], [sin θ, cos θ]], so cos θ = R₁₁ = {cos_text} and sin θ = R₂₁ = {sin_text}."
        )),
        Line::math(format!(
            "The signs put θ in {quadrant}; its reference angle is tan⁻¹|sin θ/cos θ| = {reference_text}°."
        )),
        {
            // In quadrant I the angle is the reference angle itself: say it once.
            let placed = place_in_quadrant(deg, &reference_text);
            let steps = if placed == format!("{reference_text}°") {
                format!("θ = {}", num(theta))
            } else {
                format!("θ = {placed} = {}", num(theta))
            };
            Line::new().m(steps).t(" degrees")
        },
    ];
    let hints = vec![
        format!(
            "cos θ = R₁₁ = {cos_text} and sin θ = R₂₁ = {sin_text} (the top-right entry is \
             −sin θ): which quadrant is that?"
        ),
        format!(
            "The reference angle is tan⁻¹|sin θ/cos θ| = {reference_text}°; place it in {}.",
            quadrant_name(deg.floor() as i64)
        ),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

/// The angle from its reference angle: `180° − 30°` in quadrant II, and so on.
fn place_in_quadrant(theta: f64, reference: &str) -> String {
    match theta {
        t if t < 90.0 => format!("{reference}°"),
        t if t < 180.0 => format!("180° − {reference}°"),
        t if t < 270.0 => format!("180° + {reference}°"),
        _ => format!("360° − {reference}°"),
    }
}

fn image_of_point(rng: &mut DrillRng) -> Result<Draft, GenError> {
    let theta = *rng.pick(&ANGLES);
    let (ct, st) = texts(theta)?;
    let (c, s) = (cos_deg(theta), sin_deg(theta));
    let point = nonzero_vector(rng, 2, 5);
    let (x, y) = (point[0], point[1]);
    let ((cp, cq, ck), (sp, sq, sk)) = (surd(c), surd(s));
    let k = ck.max(sk);
    // x' = c·x − s·y, y' = s·x + c·y, each as p + q√k.
    let xp = (cp * x - sp * y, cq * x - sq * y);
    let yp = (sp * x + cp * y, sq * x + cq * y);
    let image = vec![surd_value(xp.0, xp.1, k), surd_value(yp.0, yp.1, k)];
    let answer = AnswerSpec::entrywise(image.clone());
    let answer = if image.iter().all(Scalar::is_exact) {
        answer
    } else {
        answer.exact_as(format!(
            "[{}, {}]",
            answer_text(&surd_text(xp.0, xp.1, k)),
            answer_text(&surd_text(yp.0, yp.1, k))
        ))
    };
    let r = rotation(theta);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "clockwise",
        r.transpose().mul_vec(&point).unwrap_or_default(),
        CLOCKWISE_MATRIX,
    )?;
    mistakes.optional(
        "sin_cos_swapped",
        variant(c, s, |c, s| [[s, -c], [c, s]])
            .mul_vec(&point)
            .unwrap_or_default(),
        "sin θ and cos θ are swapped: x' = cos θ·x − sin θ·y and y' = sin θ·x + cos θ·y.",
    );
    mistakes.optional(
        "cos_sign",
        rotation(180 - theta).mul_vec(&point).unwrap_or_default(),
        COS_SIGN,
    );
    let reference = reference_angle(theta);
    if reference != theta {
        mistakes.optional(
            "reference_angle",
            rotation(reference).mul_vec(&point).unwrap_or_default(),
            format!(
                "That rotates by the reference angle {reference}°. At {theta}° the signs of cos θ \
                 and sin θ follow the quadrant ({}).",
                quadrant_words(theta)
            ),
        );
    }
    mistakes.optional(
        "radians_mode",
        rotation_radians(theta as f64)
            .mul_vec(&point)
            .unwrap_or_default(),
        RADIANS_MESSAGE,
    );
    let (fx, fy) = (factor(x), factor(y));
    let (cf, sf) = (trig_factor(&ct), trig_factor(&st));
    let approx = |v: Scalar| {
        if v.is_exact() {
            String::new()
        } else {
            format!(" ≈ {}", format_real(v.to_f64(), 6).replace('-', "−"))
        }
    };
    let prompt = vec![
        Line::text(format!(
            "Rotate the point p about the origin by {theta}° counter-clockwise:"
        ))
        .m(" p = ")
        .v(point.clone()),
        Line::text(
            "Find the image R·p. Type it as a vector; exact forms such as 1 - 2*sqrt(3) and \
             decimals to 4 significant figures are accepted.",
        ),
    ];
    let solution = vec![
        Line::math(format!(
            "cos {theta}° = {ct}, sin {theta}° = {st}; R·p = (cos θ·x − sin θ·y, sin θ·x + cos θ·y)."
        )),
        Line::math(format!(
            "x' = {cf}·{fx} − {sf}·{fy} = {}{}",
            surd_text(xp.0, xp.1, k),
            approx(image[0])
        )),
        Line::math(format!(
            "y' = {sf}·{fx} + {cf}·{fy} = {}{}",
            surd_text(yp.0, yp.1, k),
            approx(image[1])
        )),
        Line::new().m("R·p = ").v(image),
    ];
    let hints = vec![
        format!("cos {theta}° = {ct} and sin {theta}° = {st}."),
        format!("x' = {cf}·{fx} − {sf}·{fy} and y' = {sf}·{fx} + {cf}·{fy}."),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{
        expected_matrix, f64_vector, prompt_debug_text, prompt_matrices, prompt_vectors, soundness,
    };
    use super::*;
    use crate::engine::Piece;
    use crate::expr::Value;
    use nalgebra::Rotation2;

    fn na_rotation(deg: f64) -> nalgebra::DMatrix<f64> {
        let r = Rotation2::new(deg.to_radians());
        nalgebra::DMatrix::from_iterator(2, 2, r.matrix().iter().copied())
    }

    /// The angle in the first prompt line that names one.
    fn prompt_angle(d: &Draft) -> Option<f64> {
        d.prompt.iter().flat_map(|l| &l.0).find_map(|p| match p {
            Piece::Text(t) if t.contains("° counter-clockwise") => {
                let before = t.split('°').next()?;
                before.rsplit(' ').next()?.parse().ok()
            }
            _ => None,
        })
    }

    #[test]
    fn rotations_and_angles_are_right() {
        let mut pythagorean = 0;
        soundness(&RotationTrig, &[1, 2, 3], |level, d, ctx| match level {
            1 => {
                let deg = prompt_angle(d).expect("angle");
                let r = expected_matrix(d);
                assert!(
                    (r.to_nalgebra() - na_rotation(deg)).abs().max() < 1e-12,
                    "{ctx}"
                );
                assert!(ANGLES.contains(&(deg as i64)));
            }
            2 => {
                let theta = d.answer.expected.as_scalar().unwrap().to_f64();
                assert!((0.0..360.0).contains(&theta), "{ctx}");
                // The matrix of the answer angle is the one shown (typeset or written out).
                let reference = na_rotation(theta);
                if let Some(m) = prompt_matrices(d).first() {
                    pythagorean += 1;
                    assert!((m.to_nalgebra() - reference).abs().max() < 1e-12, "{ctx}");
                } else {
                    assert_eq!(theta.fract(), 0.0, "{ctx}");
                    let (ct, _) = exact_trig(theta as i64).unwrap();
                    let shown = prompt_debug_text(d);
                    assert!(shown.contains(&format!("R = [[{ct}, ")), "{ctx}: {shown}");
                }
            }
            _ => {
                let deg = prompt_angle(d).expect("angle");
                let p = &prompt_vectors(d)[0];
                let pv = f64_vector(p);
                let reference = na_rotation(deg) * pv;
                let Value::Vector(got) = &d.answer.expected else {
                    panic!("{ctx}")
                };
                for (g, r) in got.iter().zip(reference.iter()) {
                    assert!((g.to_f64() - r).abs() < 1e-12, "{ctx}");
                }
            }
        });
        assert!(pythagorean > 100, "{pythagorean}");
    }

    #[test]
    fn quadrant_sign_slips_are_named_and_answers_exact() {
        soundness(&RotationTrig, &[1, 2, 3], |level, d, ctx| {
            let named = |name: &str| d.mistakes.iter().find(|m| m.name == name);
            match level {
                1 | 3 => {
                    let deg = prompt_angle(d).expect("angle");
                    // cos θ with the wrong sign is the rotation by 180° − θ.
                    let slip = na_rotation(180.0 - deg);
                    let m = named("cos_sign").unwrap_or_else(|| panic!("{ctx}: no cos_sign"));
                    let error = match &m.answer {
                        Value::Matrix(m) => (m.to_nalgebra() - slip).abs().max(),
                        Value::Vector(v) => {
                            let p = f64_vector(&prompt_vectors(d)[0]);
                            (f64_vector(v) - slip * p).abs().max()
                        }
                        other => panic!("{ctx}: {other:?}"),
                    };
                    assert!(error < 1e-9, "{ctx}");
                    // Level 1 is never exact by itself (√2/2, √3/2 entries): its exact form is
                    // the canonical answer.
                    assert!(level == 3 || d.answer.exact.is_some(), "{ctx}");
                }
                _ => {
                    let theta = d.answer.expected.as_scalar().unwrap().to_f64();
                    assert_eq!(d.answer.exact.is_some(), theta.fract() != 0.0, "{ctx}");
                    if theta.rem_euclid(90.0) != 0.0 && theta > 90.0 {
                        let reference = named("reference_angle")
                            .or_else(|| named("arctan_quadrant"))
                            .unwrap_or_else(|| panic!("{ctx}: no reference angle slip"));
                        let r = reference.answer.as_scalar().unwrap().to_f64().abs();
                        let want = [180.0 - theta, theta - 180.0, 360.0 - theta];
                        assert!(want.iter().any(|w| (w - r).abs() < 1e-9), "{ctx}");
                    }
                }
            }
        });
    }

    #[test]
    fn surds_are_written_exactly() {
        let h = Scalar::frac(1, 2);
        assert_eq!(surd(cos_deg(30)), (Scalar::ZERO, h, 3));
        assert_eq!(surd(cos_deg(135)), (Scalar::ZERO, -h, 2));
        assert_eq!(surd(sin_deg(210)), (-h, Scalar::ZERO, 1));
        assert_eq!(surd_text(Scalar::ONE, Scalar::int(-2), 3), "1 − 2√3");
        assert_eq!(surd_text(Scalar::ZERO, Scalar::frac(5, 2), 2), "(5/2)√2");
        assert_eq!(surd_text(Scalar::int(-3), Scalar::ZERO, 2), "−3");
        assert_eq!(surd_text(Scalar::ZERO, -Scalar::ONE, 3), "−√3");
        assert_eq!(reference_angle(150), 30);
        assert_eq!(reference_angle(225), 45);
        assert_eq!(reference_angle(300), 60);
    }
}
