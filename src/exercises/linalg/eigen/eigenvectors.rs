//! `la.eigenvectors`: given `A` and one of its eigenvalues `λ`, an eigenvector (any nonzero
//! multiple is right).
//!
//! Level 1: 2×2 `P·D·P⁻¹` (distinct eigenvalues, entries within ±9). Level 2: 3×3 `P·D·P⁻¹` with
//! distinct eigenvalues in −4..5 (entries within ±10). Level 3: a symmetric 3×3 matrix with
//! integer eigenvalues found by search (entries within ±3), λ a simple eigenvalue. The asked
//! eigenvalue is always simple, so its eigenvectors are the multiples of one vector: the null
//! space of `A − λI`, found by row reduction.

use super::super::common::{Mistakes, elimination_lines, math_line, num, sub, vector_text};
use super::super::text::{linear_combination, mat_vec_work};
use super::common::{
    distinct_ints, scaled_text, shift_name, shifted, shifted_times, spectral_draw, two_eigenvalues,
};
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
use crate::expr::Value;
use crate::math::linalg::charpoly::{eigenspace, eigenvector_for};
use crate::math::linalg::nice_spectral::symmetric_integer_spectrum;
use crate::math::linalg::rref;
use crate::math::{Matrix, Scalar};

pub struct Eigenvectors;

/// The matrix, its eigenvalues (with multiplicity), and the index of the one asked about.
fn draw(level: u8, rng: &mut DrillRng) -> Result<(Matrix, Vec<i64>, usize), GenError> {
    let (a, eigs) = match level {
        1 => {
            let eigs = two_eigenvalues(rng);
            (spectral_draw(rng, &eigs, 9)?.0, eigs)
        }
        2 => {
            let eigs = distinct_ints(rng, 3, -4, 5, false);
            (spectral_draw(rng, &eigs, 10)?.0, eigs)
        }
        3 => symmetric_integer_spectrum(rng, 3, 3).ok_or(GenError::Redraw(
            "no symmetric matrix with integer spectrum",
        ))?,
        l => return Err(GenError::Level(l)),
    };
    let simple: Vec<usize> = (0..eigs.len())
        .filter(|&i| eigs.iter().filter(|&&x| x == eigs[i]).count() == 1)
        .collect();
    if simple.is_empty() {
        return Err(GenError::Redraw("no simple eigenvalue"));
    }
    let k = *rng.pick(&simple);
    Ok((a, eigs, k))
}

impl Exercise for Eigenvectors {
    fn id(&self) -> &'static str {
        "la.eigenvectors"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (a, eigs, k) = draw(level, rng)?;
        let n = a.nrows();
        let lambda = Scalar::int(eigs[k]);
        let v = eigenvector_for(&a, lambda).ok_or(GenError::Redraw("not an eigenvalue"))?;
        if eigenspace(&a, lambda).len() != 1 {
            return Err(GenError::Redraw("eigenspace is not a line"));
        }
        if v.iter().filter(|x| !x.is_zero()).count() < 2 {
            return Err(GenError::Redraw("trivial eigenvector"));
        }
        let answer = AnswerSpec::with(v.clone(), Equivalence::Direction(Tolerance::default()));
        let m = shifted(&a, lambda);

        let mut mistakes = Mistakes::under(&answer.expected, &answer.equivalence);
        let mut others: Vec<i64> = eigs.iter().copied().filter(|&x| x != eigs[k]).collect();
        others.dedup();
        if others.is_empty() {
            return Err(GenError::Redraw("one eigenvalue"));
        }
        // An eigenvector of each other eigenvalue: the first is required, the rest kept when
        // distinguishable.
        for (t, &other) in others.iter().enumerate() {
            let other_v = eigenvector_for(&a, Scalar::int(other))
                .ok_or(GenError::Redraw("no other vector"))?;
            let message = format!(
                "That is an eigenvector for another eigenvalue of A, {}. For λ = {} solve \
                 {} = 0.",
                num(Scalar::int(other)),
                num(lambda),
                shifted_times(lambda, "v")
            );
            if t == 0 {
                mistakes.require("other_eigenvalue", other_v, message)?;
            } else {
                mistakes.optional("another_eigenvalue", other_v, message);
            }
        }
        // One component's sign flipped: the slip of moving a term across the equals sign.
        let flips = (0..n).rev().filter(|&i| !v[i].is_zero()).map(|i| {
            let mut flipped = v.clone();
            flipped[i] = -flipped[i];
            Value::Vector(flipped)
        });
        mistakes.optional_first(
            "sign_slip",
            flips,
            format!(
                "A sign slipped in one component (moving a term across the equals sign changes \
                 its sign). Substitute back: {} must be the zero vector.",
                shifted_times(lambda, "v")
            ),
        );
        if let Some(row) = (0..n)
            .map(|i| m.row(i).to_vec())
            .find(|r| r.iter().any(|x| !x.is_zero()))
        {
            mistakes.optional(
                "row_of_shifted",
                row,
                "That is a row of A − λI, not a solution of (A − λI)·v = 0. The eigenvector is \
                 orthogonal to every row of A − λI: row-reduce and solve for the null space.",
            );
        }
        let mut swapped = v.clone();
        swapped.swap(0, 1);
        mistakes.optional(
            "swapped_components",
            swapped,
            "The first two components are swapped. Substitute back: (A − λI)·v must be the \
             zero vector.",
        );

        let prompt = vec![
            Line::new()
                .m(format!("λ = {} is an eigenvalue of ", num(lambda)))
                .m("A = ")
                .v(a.clone()),
            Line::text(format!(
                "Find an eigenvector for λ = {} (any nonzero multiple is accepted), as a vector \
                 such as {}.",
                num(lambda),
                if n == 2 { "[1, -2]" } else { "[1, -2, 3]" }
            )),
        ];
        let e = rref(&m);
        let mut solution = vec![
            Line::text("An eigenvector solves (A − λI)·v = 0:"),
            Line::new()
                .m(format!("{} = ", shift_name(lambda)))
                .v(m.clone()),
        ];
        solution.extend(elimination_lines(&m, &e.ops));
        let free = (0..n)
            .find(|c| !e.pivots.contains(c))
            .ok_or(GenError::Redraw("no free variable"))?;
        let mut raw = vec![Scalar::ZERO; n];
        raw[free] = Scalar::ONE;
        let mut parts = Vec::new();
        for (row, &p) in e.pivots.iter().enumerate() {
            raw[p] = -e.rref.get(row, free);
            parts.push(format!("x{} = {}", sub(p + 1), num(raw[p])));
        }
        let x_free = format!("x{}", sub(free + 1));
        solution.push(
            Line::math(&x_free)
                .t(" is free; with ")
                .m(format!("{x_free} = 1"))
                .t(" the rows give ")
                .m(parts.join(", "))
                .t(", so ")
                .m(format!("v = {}", vector_text(&raw)))
                .t("."),
        );
        if raw != v {
            solution.push(Line::text(
                "Scaled to integers (any nonzero multiple is an eigenvector):",
            ));
        }
        solution.push(Line::new().m("v = ").v(v.clone()));
        let av = a.mul_vec(&v).unwrap_or_default();
        let mut check = Line::text("Check: ");
        check.0.extend(
            math_line(&format!(
                "A·v = {} = {} = {} ✓",
                mat_vec_work(&a, &v),
                vector_text(&av),
                scaled_text(lambda, &v)
            ))
            .0,
        );
        solution.push(check);
        let reduced: Vec<String> = e
            .pivots
            .iter()
            .map(|&p| {
                let c = raw[p];
                let rhs = if c.is_zero() {
                    "0".to_string()
                } else {
                    linear_combination(&[c], &[x_free.as_str()], "·")
                };
                format!("x{} = {rhs}", sub(p + 1))
            })
            .collect();
        let hints = vec![
            format!(
                "Solve {} = 0: {name} has rank {}, so there is one free variable.",
                shifted_times(lambda, "v"),
                n - 1,
                name = shift_name(lambda)
            ),
            format!(
                "Row-reducing {} leaves {}, with {x_free} free.",
                shift_name(lambda),
                reduced.join(", ")
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
    use super::super::super::common::testing::{f64_vector, max_int, prompt_matrices, soundness};
    use super::*;
    use crate::math::linalg::charpoly::reference::eigenvalues as reference_eigenvalues;

    #[test]
    fn eigenvectors_satisfy_av_lambda_v_in_nalgebra() {
        let mut sign_slips = 0;
        soundness(&Eigenvectors, &[1, 2, 3], |level, d, ctx| {
            let a = &prompt_matrices(d)[0];
            let n = a.nrows();
            assert_eq!(n, if level == 1 { 2 } else { 3 }, "{ctx}");
            assert!(max_int(a) <= [9, 10, 3][level as usize - 1], "{ctx}");
            if level == 3 {
                assert_eq!(*a, a.transpose(), "{ctx}");
            }
            let Value::Vector(v) = &d.answer.expected else {
                panic!("{ctx}: not a vector")
            };
            // λ from the prompt text: A·v = λ·v, checked in f64 with nalgebra.
            let nv = f64_vector(v);
            let av = a.to_nalgebra() * &nv;
            let i = (0..n).find(|&i| nv[i] != 0.0).unwrap();
            let lambda = av[i] / nv[i];
            assert!((av - &nv * lambda).norm() < 1e-9, "{ctx}");
            assert!(nv.norm() > 0.5, "{ctx}");
            // λ is an eigenvalue of multiplicity 1 by nalgebra
            let ev = reference_eigenvalues(&a.to_nalgebra()).expect("nalgebra converges");
            let close = ev.iter().filter(|z| (z.0 - lambda).abs() < 1e-4).count();
            assert_eq!(close, 1, "{ctx}");
            let names: Vec<&str> = d.mistakes.iter().map(|m| m.name).collect();
            assert!(names.contains(&"other_eigenvalue"), "{ctx}");
            for m in &d.mistakes {
                let Value::Vector(w) = &m.answer else {
                    panic!("{ctx}: {m:?}")
                };
                let nw = f64_vector(w);
                match m.name {
                    // A·w = μ·w for an eigenvalue μ ≠ λ.
                    "other_eigenvalue" | "another_eigenvalue" => {
                        let aw = a.to_nalgebra() * &nw;
                        let j = (0..n).find(|&j| nw[j] != 0.0).unwrap();
                        let mu = aw[j] / nw[j];
                        assert!((aw - &nw * mu).norm() < 1e-9, "{ctx}: {m:?}");
                        assert!((mu - lambda).abs() > 0.5, "{ctx}: {m:?}");
                    }
                    // v with exactly one component's sign flipped.
                    "sign_slip" => {
                        let flipped = (0..n).filter(|&j| nw[j] == -nv[j] && nv[j] != 0.0);
                        let kept = (0..n).filter(|&j| nw[j] == nv[j]).count();
                        assert_eq!((flipped.count(), kept), (1, n - 1), "{ctx}: {m:?}");
                        sign_slips += 1;
                    }
                    _ => {}
                }
            }
        });
        assert!(sign_slips > 0);
    }
}
