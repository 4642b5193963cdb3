//! `la.eigenvectors`: given `A` and one of its eigenvalues `λ`, an eigenvector (any nonzero
//! multiple is right).
//!
//! Level 1: 2×2 `P·D·P⁻¹` (distinct eigenvalues, entries within ±9). Level 2: 3×3 `P·D·P⁻¹` with
//! distinct eigenvalues in −4..5 (entries within ±10). Level 3: a symmetric 3×3 matrix with
//! integer eigenvalues found by search (entries within ±3), λ a simple eigenvalue. The asked
//! eigenvalue is always simple, so its eigenvectors are the multiples of one vector: the null
//! space of `A − λI`, found by row reduction.

use super::super::common::{Mistakes, elimination_lines, num, sub, vector_text};
use super::super::text::mat_vec_work;
use super::common::{
    distinct_ints, scaled_text, shift_name, shifted, spectral_draw, two_eigenvalues,
};
use crate::engine::{
    AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Tolerance,
};
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
        let other = eigs
            .iter()
            .copied()
            .find(|&x| x != eigs[k])
            .ok_or(GenError::Redraw("one eigenvalue"))?;
        let other_v =
            eigenvector_for(&a, Scalar::int(other)).ok_or(GenError::Redraw("no other vector"))?;
        mistakes.require(
            "other_eigenvalue",
            other_v,
            format!(
                "That is an eigenvector for the other eigenvalue {}. For λ = {} solve \
                 ({})·v = 0.",
                num(Scalar::int(other)),
                num(lambda),
                shift_name(lambda)
            ),
        )?;
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
        solution.push(Line::math(format!(
            "x{} is free; with x{} = 1 the rows give {}, so v = {}.",
            sub(free + 1),
            sub(free + 1),
            parts.join(", "),
            vector_text(&raw)
        )));
        if raw != v {
            solution.push(Line::text(
                "Scaled to integers (any nonzero multiple is an eigenvector):",
            ));
        }
        solution.push(Line::new().m("v = ").v(v.clone()));
        let av = a.mul_vec(&v).unwrap_or_default();
        solution.push(Line::math(format!(
            "Check: A·v = {} = {} = {} ✓",
            mat_vec_work(&a, &v),
            vector_text(&av),
            scaled_text(lambda, &v)
        )));
        let hints = vec![
            format!(
                "Solve ({name})·v = 0; {name} has rank {}, so there is one free variable.",
                n - 1,
                name = shift_name(lambda)
            ),
            "Row-reduce A − λI, set the free variable to 1 and read off the others.".into(),
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
    use crate::expr::Value;
    use crate::math::linalg::charpoly::reference::eigenvalues as reference_eigenvalues;

    #[test]
    fn eigenvectors_satisfy_av_lambda_v_in_nalgebra() {
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
        });
    }
}
