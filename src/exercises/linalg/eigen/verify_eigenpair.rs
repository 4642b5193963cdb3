//! `la.verify_eigenpair`: `v` is an eigenvector of `A`; find its eigenvalue `λ` (`A·v = λ·v`).
//!
//! Design: every draw is a true eigenpair and the answer is the integer `λ`, so the exercise
//! practises the definition (compute `A·v`, compare it with `v`) with a checkable number; the
//! mistakes are the typical slips of that comparison — reporting an entry of `A·v` instead of the
//! ratio, dividing the wrong way (`1/λ`), or giving another eigenvalue of `A`.
//!
//! Level 1: 2×2 `P·D·P⁻¹`, `v` a multiple (×1, −1 or 2) of a column of `P`. Level 2: 3×3 with
//! distinct nonzero eigenvalues, `v` a multiple (×±1, ±2) of a column. Level 3: 3×3 with a double
//! eigenvalue `μ`, `v = s·p + t·q` a combination of its two eigenvectors (not a column of `P`:
//! every nonzero vector of the eigenspace is an eigenvector). `λ ≠ 0`, entries of `v` within ±6.

use super::super::common::{Mistakes, chain, math_line, num, vector_text};
use super::super::text::mat_vec_work;
use super::common::{nonzero_spectrum, spectral_draw, spectral_max_entry};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::{Matrix, Scalar};

pub struct VerifyEigenpair;

/// Largest |entry| of `v`.
const MAX_V: f64 = 6.0;

/// The matrix, the vector, its eigenvalue and another eigenvalue of `A`.
fn draw(level: u8, rng: &mut DrillRng) -> Result<(Matrix, Vec<Scalar>, i64, i64), GenError> {
    let scale = |rng: &mut DrillRng, col: Vec<Scalar>, ks: &[i64]| {
        let k = Scalar::int(*rng.pick(ks));
        col.into_iter().map(|x| k * x).collect::<Vec<_>>()
    };
    let eigs = nonzero_spectrum(level, rng)?;
    let (a, p, _) = spectral_draw(rng, &eigs, spectral_max_entry(level))?;
    let (v, lambda, other) = match level {
        1 | 2 => {
            let j = rng.index(eigs.len());
            let ks: &[i64] = if level == 1 {
                &[1, -1, 2]
            } else {
                &[1, -1, 2, -2]
            };
            let v = scale(rng, p.col(j), ks);
            let others: Vec<i64> = eigs.iter().copied().filter(|&x| x != eigs[j]).collect();
            (v, eigs[j], *rng.pick(&others))
        }
        _ => {
            // the double eigenvalue μ and the single one ν
            let mu = if eigs[0] == eigs[1] || eigs[0] == eigs[2] {
                eigs[0]
            } else {
                eigs[1]
            };
            let nu = eigs.iter().copied().find(|&x| x != mu).unwrap_or(mu);
            let cols: Vec<usize> = (0..3).filter(|&j| eigs[j] == mu).collect();
            let (s, t) = (
                Scalar::int(rng.nonzero_int(-2, 2)),
                Scalar::int(rng.nonzero_int(-2, 2)),
            );
            let (pc, qc) = (p.col(cols[0]), p.col(cols[1]));
            let v: Vec<Scalar> = pc.iter().zip(&qc).map(|(&x, &y)| s * x + t * y).collect();
            (v, mu, nu)
        }
    };
    if lambda == 0 {
        return Err(GenError::Redraw("λ = 0"));
    }
    if v.iter().any(|x| x.to_f64().abs() > MAX_V) || v.iter().filter(|x| !x.is_zero()).count() < 2 {
        return Err(GenError::Redraw("v too large or trivial"));
    }
    Ok((a, v, lambda, other))
}

impl Exercise for VerifyEigenpair {
    fn id(&self) -> &'static str {
        "la.verify_eigenpair"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (a, v, lambda, other) = draw(level, rng)?;
        let l = Scalar::int(lambda);
        let av = a.mul_vec(&v).ok_or(GenError::Redraw("shape"))?;
        if av.iter().zip(&v).any(|(&x, &y)| x != l * y) {
            return Err(GenError::Redraw("not an eigenpair"));
        }
        let answer = AnswerSpec::integer(lambda);
        let k = v
            .iter()
            .position(|x| !x.is_zero())
            .ok_or(GenError::Redraw("v = 0"))?;
        let i = super::super::common::sub(k + 1);

        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "other_eigenvalue",
            Scalar::int(other),
            format!(
                "{} is an eigenvalue of A, but not the one of this v: A·v is not {}·v. Compute \
                 A·v and compare it with v.",
                num(Scalar::int(other)),
                num(Scalar::int(other))
            ),
        )?;
        mistakes.optional(
            "entry_of_av",
            av[k],
            format!(
                "That is the entry (A·v){i} itself. λ is the factor between A·v and v: \
                 λ = (A·v){i}/v{i}."
            ),
        );
        if let Some(inv) = v[k].checked_div(av[k]) {
            mistakes.optional(
                "inverted_ratio",
                inv,
                format!(
                    "That is v{i}/(A·v){i} = 1/λ, the ratio the wrong way up. A·v = λ·v, so \
                     λ = (A·v){i}/v{i}."
                ),
            );
        }
        mistakes.optional(
            "sign_slip",
            -l,
            "The sign is wrong: compare the signs of A·v and v component by component.",
        );

        let prompt = vec![
            Line::new().m("A = ").v(a.clone()).m(",  v = ").v(v.clone()),
            Line::text(
                "v is an eigenvector of A. Find its eigenvalue λ, the number with A·v = λ·v. Give \
                 an integer.",
            ),
        ];
        let mut solution = vec![math_line(&format!(
            "A·v = {} = {}",
            mat_vec_work(&a, &v),
            vector_text(&av)
        ))];
        // Each distinct ratio once: (−10)/(−2) = 10/2 = 5, not 10/2 = 10/2.
        let ratios: Vec<String> = (0..v.len())
            .filter(|&j| !v[j].is_zero())
            .map(|j| {
                format!(
                    "{}/{}",
                    super::super::common::factor(av[j]),
                    super::super::common::factor(v[j])
                )
            })
            .fold(Vec::new(), |mut seen, r| {
                if !seen.contains(&r) {
                    seen.push(r);
                }
                seen
            });
        solution.push(
            Line::text("Each nonzero component of A·v is the same multiple of v's: ")
                .m(chain(&ratios[0], &[&ratios[1..], &[num(l)][..]].concat())),
        );
        if level == 3 {
            solution.push(Line::text(
                "(v is a combination of two eigenvectors of the same eigenvalue, so it is an \
                 eigenvector itself.)",
            ));
        }
        solution.push(
            Line::math(format!(
                "A·v = {}·{}",
                super::super::common::factor(l),
                vector_text(&v)
            ))
            .t(", so ")
            .m(format!("λ = {}", num(l))),
        );
        let hints = vec![
            format!("A·v = {}.", mat_vec_work(&a, &v)),
            format!(
                "A·v = {} and v = {}: λ = (A·v){i}/v{i} = {}/{}.",
                vector_text(&av),
                vector_text(&v),
                super::super::common::factor(av[k]),
                super::super::common::factor(v[k])
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
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{
        f64_vector, max_int, prompt_matrices, prompt_vectors, soundness,
    };
    use super::*;
    use crate::math::linalg::charpoly::reference::eigenvalues as reference_eigenvalues;

    #[test]
    fn the_eigenvalue_is_the_ratio_and_an_eigenvalue_of_a() {
        soundness(&VerifyEigenpair, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            let v = &prompt_vectors(d)[0];
            let n = a.nrows();
            assert_eq!(n, if level == 1 { 2 } else { 3 }, "{ctx}");
            assert!(max_int(a) <= [9, 10, 10][level as usize - 1], "{ctx}");
            let lambda = d.answer.expected.as_scalar().unwrap().as_integer().unwrap();
            assert_ne!(lambda, 0, "{ctx}");
            // A·v = λ·v in f64 with nalgebra
            let nv = f64_vector(v);
            let r = a.to_nalgebra() * &nv - &nv * lambda as f64;
            assert!(r.norm() < 1e-9 && nv.norm() > 0.5, "{ctx}");
            assert!(nv.amax() <= MAX_V, "{ctx}");
            let ev = reference_eigenvalues(&a.to_nalgebra()).expect("nalgebra converges");
            let hits = ev
                .iter()
                .filter(|z| (z.0 - lambda as f64).abs() < 1e-4)
                .count();
            assert_eq!(hits, if level == 3 { 2 } else { 1 }, "{ctx}");
            assert!(
                d.mistakes.iter().any(|m| m.name == "other_eigenvalue"),
                "{ctx}"
            );
        });
    }
}
