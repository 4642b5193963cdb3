//! `calc.continuity`: the constant c that makes a piecewise function continuous at a point.
//!
//! Level 1: `f(x) = x² + p₁x + p₀` for `x < a` and `cx + d` for `x ≥ a`: continuity at a needs
//! the two pieces to meet, `p(a) = c·a + d`, so `c = (p(a) − d)/a` (drawn so that c is whole).
//! Level 2: three pieces (a third, `mx + k`, from `x ≥ b`), continuity asked at a. Level 3: a
//! removable discontinuity, `f(x) = (x − r)(x − s)/(x − r)` (written expanded) for `x ≠ r` and
//! `f(r) = c`: c must be the limit `r − s`.
//!
//! Named mistakes: the derivative matched instead of the value (`c = p′(a)`); the constant d
//! dropped (`c = p(a)/a`); the middle piece matched with the wrong (far) piece; at level 3, 0/0
//! read as 0 and the kept factor's sign.

use super::common::{cancel_steps, removable_fraction, removable_mistakes};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{
    Mistakes, Term, chain, factor, num, poly, poly_at, poly_substituted, signed_join,
};
use crate::math::Scalar;

pub struct Continuity;

#[derive(Clone, Debug, PartialEq)]
pub enum Setup {
    /// `x² + p₁x + p₀` for x < a, `cx + d` from a on; with `far = Some((b, m, k))` a third
    /// piece `mx + k` from b on.
    Pieces {
        p: [i64; 2],
        a: i64,
        c: i64,
        d: i64,
        far: Option<(i64, i64, i64)>,
    },
    /// `(x − r)(x − s)/(x − r)` for x ≠ r, c at r.
    Removable { r: i64, s: i64 },
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Setup, GenError> {
    Ok(match level {
        1 | 2 => {
            let p = [rng.int(-4, 4), rng.int(-5, 5)];
            let a = rng.nonzero_int(-3, 3);
            let c = rng.nonzero_int(-6, 6);
            let pa = a * a + p[0] * a + p[1];
            let d = pa - c * a;
            let far =
                (level == 2).then(|| (a + rng.int(2, 4), rng.nonzero_int(-4, 4), rng.int(-6, 6)));
            Setup::Pieces { p, a, c, d, far }
        }
        3 => {
            let r = rng.nonzero_int(-5, 5);
            let s = rng.nonzero_int(-6, 6);
            if s == r {
                return Err(GenError::Redraw("a double root"));
            }
            Setup::Removable { r, s }
        }
        l => return Err(GenError::Level(l)),
    })
}

fn quadratic(p: [i64; 2]) -> Vec<Term> {
    vec![
        (Scalar::ONE, 2),
        (Scalar::int(p[0]), 1),
        (Scalar::int(p[1]), 0),
    ]
}

/// `cx + d` with c unknown.
fn unknown_line(d: i64) -> String {
    signed_join(&[(false, "cx".to_string()), (d < 0, d.abs().to_string())]).replace(" + 0", "")
}

pub fn build(_level: u8, setup: &Setup) -> Result<Draft, GenError> {
    match *setup {
        Setup::Pieces { p, a, c, d, far } => pieces(p, a, c, d, far),
        Setup::Removable { r, s } => removable(r, s),
    }
}

fn pieces(
    p: [i64; 2],
    a: i64,
    c: i64,
    d: i64,
    far: Option<(i64, i64, i64)>,
) -> Result<Draft, GenError> {
    let q = quadratic(p);
    let sa = Scalar::int(a);
    let pa = poly_at(&q, sa);
    let spec = AnswerSpec::scalar(Scalar::int(c));
    let mut ms = Mistakes::new(&spec.expected);
    if let Some((_, m, k)) = far {
        ms.require(
            "wrong_piece",
            Scalar::frac(m * a + k - d, a),
            "That matches the middle piece with the last one. At the point asked, the pieces \
             that meet are the one on its left and the one on its right: compare their values \
             there.",
        )?;
    }
    ms.require(
        "derivative",
        Scalar::int(2 * a + p[0]),
        "That matches the slopes (the derivatives) of the pieces. Continuity needs the values \
         to meet: the left piece's value at the point equals the right piece's.",
    )?;
    ms.optional(
        "forgot_constant",
        Scalar::frac(pa.to_f64() as i64, a),
        "The constant term of the right piece was dropped: its value at the point is c times \
         the point plus that constant.",
    );
    let an = num(sa);
    let line = unknown_line(d);
    let mut prompt = vec![Line::text("A function is defined piecewise:")];
    match far {
        None => {
            prompt.push(Line::math(format!("f(x) = {}   for x < {an}", poly(&q))));
            prompt.push(Line::math(format!("f(x) = {line}   for x ≥ {an}")));
        }
        Some((b, m, k)) => {
            let bn = num(Scalar::int(b));
            prompt.push(Line::math(format!("f(x) = {}   for x < {an}", poly(&q))));
            prompt.push(Line::math(format!("f(x) = {line}   for {an} ≤ x < {bn}")));
            prompt.push(Line::math(format!(
                "f(x) = {}   for x ≥ {bn}",
                poly(&[(Scalar::int(m), 1), (Scalar::int(k), 0)])
            )));
        }
    }
    prompt.push(
        Line::text("Find the constant ")
            .m("c")
            .t(" that makes ")
            .m("f")
            .t(" continuous at ")
            .m(format!("x = {an}"))
            .t("."),
    );
    let right_at = signed_join(&[
        (false, format!("c·{}", factor(sa))),
        (d < 0, d.abs().to_string()),
    ]);
    let solution = vec![
        Line::text("Continuity at ")
            .m(format!("x = {an}"))
            .t(": the left piece's limit equals the value of the piece that starts there."),
        Line::math(chain(
            &format!("lim f(x) as x → {an}⁻"),
            &[poly_substituted(&q, sa), num(pa)],
        )),
        Line::math(format!("f({an}) = {right_at}")),
        Line::math(format!("{right_at} = {}", num(pa))),
        Line::math(chain(
            "c",
            &[
                format!("({} − {})/{}", num(pa), factor(Scalar::int(d)), factor(sa)),
                num(Scalar::int(c)),
            ],
        )),
    ];
    let hints = vec![
        format!(
            "f is continuous at x = {an} when the two pieces that meet there have the same value \
             at x = {an}."
        ),
        format!(
            "The left piece gives {} at x = {an}; the right one gives {right_at}: set them equal \
             and solve for c.",
            num(pa)
        ),
    ];
    Ok(Draft {
        prompt,
        answer: spec,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

fn removable(r: i64, s: i64) -> Result<Draft, GenError> {
    let spec = AnswerSpec::scalar(Scalar::int(r - s));
    let mut ms = Mistakes::new(&spec.expected);
    removable_mistakes(&mut ms, r, s)?;
    let rn = num(Scalar::int(r));
    let prompt = vec![
        Line::text("A function is defined by"),
        Line::math(format!(
            "f(x) = {}   for x ≠ {rn}",
            removable_fraction(r, s)
        )),
        Line::math(format!("f({rn}) = c")),
        Line::text("Find the constant ")
            .m("c")
            .t(" that makes ")
            .m("f")
            .t(" continuous at ")
            .m(format!("x = {rn}"))
            .t("."),
    ];
    let (mut solution, mut hints) = cancel_steps(r, s);
    solution.insert(
        0,
        Line::text("The function is continuous at ")
            .m(format!("x = {rn}"))
            .t(" when ")
            .m(format!("c = lim f(x) as x → {rn}"))
            .t(":"),
    );
    hints.insert(
        0,
        format!(
            "Continuity at x = {rn} means f({rn}) = lim f(x) as x → {rn}: c must be that limit."
        ),
    );
    Ok(Draft {
        prompt,
        answer: spec,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

impl Exercise for Continuity {
    fn id(&self) -> &'static str {
        "calc.continuity"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, last_hint, soundness_with};
    use crate::math::calculus::limits::Side;
    use crate::math::calculus::limits::one_sided_limit;

    #[test]
    fn the_answer_closes_the_gap() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        soundness_with(
            &Continuity,
            &[1, 2, 3],
            draw,
            build,
            |level, setup, d, ctx| {
                let c = answer_f64(d);
                match *setup {
                    Setup::Pieces {
                        p, a, d: dd, far, ..
                    } => {
                        // With c, the left piece's numerical limit equals the right piece's value.
                        let (p1, p0, a) = (p[0] as f64, p[1] as f64, a as f64);
                        let left = |x: f64| x * x + p1 * x + p0;
                        let lim = one_sided_limit(&left, a, -1.0, Side::Left).unwrap().value;
                        assert!((lim - (c * a + dd as f64)).abs() < 1e-6, "{ctx}");
                        assert!(c.abs() <= 6.0 && c.fract() == 0.0, "{ctx}");
                        assert_eq!(far.is_some(), level == 2, "{ctx}");
                        assert!(last_hint(d).contains("solve for c"), "{ctx}");
                    }
                    Setup::Removable { r, s } => {
                        let (r, s) = (r as f64, s as f64);
                        let f = |x: f64| (x * x - (r + s) * x + r * s) / (x - r);
                        let lim = crate::math::calculus::limits::limit(&f, r).unwrap();
                        assert!((lim - c).abs() < 1e-6, "{ctx}: {lim} vs {c}");
                        assert!(last_hint(d).contains("cancel"), "{ctx}");
                    }
                }
                seen[level as usize - 1].note(d);
            },
        );
        seen[0].assert_exactly(&["derivative", "forgot_constant"]);
        seen[1].assert_exactly(&["wrong_piece", "derivative", "forgot_constant"]);
        seen[2].assert_exactly(&["direct_substitution", "factor_sign"]);
    }
}
