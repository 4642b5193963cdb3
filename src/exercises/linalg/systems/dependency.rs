//! Linear dependence, shared by `la.independence` (find the dependency) and
//! `la.independent_or_not` (decide, and explain with the dependency): drawing vectors with exactly
//! one dependency, and the worked solution that reads it off the RREF of `V`, the matrix with the
//! vectors as its columns.

use super::super::common::{elimination_lines, math_line, num, vector_text};
use super::super::text::{linear_combination, superscript};
use super::common::names;
use crate::engine::{DrillRng, GenError, Line};
use crate::expr::Value;
use crate::math::linalg::{Elimination, nice_rank, solve};
use crate::math::{Matrix, Scalar};

/// Largest |entry| of a vector.
pub const MAX_ENTRY: i64 = 9;
/// Largest |coefficient| of the dependency.
const MAX_COEF: i64 = 6;
/// Matrices drawn per attempt before a redraw.
const TRIES: usize = 20;

/// Vectors and the one dependency they satisfy.
pub struct Dependent {
    pub vectors: Vec<Vec<Scalar>>,
    /// The integer dependency, `coefs[combined] = 1`.
    pub coefs: Vec<i64>,
    /// The vector that is a combination of the others (the free column of V).
    pub combined: usize,
}

/// `k` vectors in `R^dim` with exactly one dependency (up to a multiple) in which every vector
/// takes part (no zero coefficient, none beyond ±6). `V` is drawn with rank `k − 1` by
/// `nice_rank`, so its row reduction stays in integers and the dependency read off the RREF has
/// integer entries.
pub fn draw_dependent(rng: &mut DrillRng, k: usize, dim: usize) -> Result<Dependent, GenError> {
    // Most draws have a zero coefficient (a vector outside the dependency): try a few.
    for _ in 0..TRIES {
        let v = nice_rank::with_rank(rng, dim, k, k - 1, 2, MAX_ENTRY)
            .ok_or(GenError::Redraw("no matrix"))?;
        let null = solve::null_space(&v);
        let [c] = null.as_slice() else {
            continue;
        };
        let Some(coefs) = c
            .iter()
            .map(|x| x.as_integer())
            .collect::<Option<Vec<i64>>>()
        else {
            continue;
        };
        if coefs.iter().any(|&x| x == 0 || x.abs() > MAX_COEF) {
            continue;
        }
        let Some(combined) = coefs.iter().rposition(|&x| x == 1) else {
            continue;
        };
        return Ok(Dependent {
            vectors: (0..k).map(|j| v.col(j)).collect(),
            coefs,
            combined,
        });
    }
    Err(GenError::Redraw("no dependency with every vector in it"))
}

/// The dependency written with one vector as a combination of the others.
pub struct Combination {
    /// The indices of the other vectors.
    pub others: Vec<usize>,
    /// Their coefficients: `v_combined = Σ aᵢ·v_othersᵢ`.
    pub a: Vec<Scalar>,
    /// `v₃ = 4·v₁ − 2·v₂`.
    pub text: String,
}

impl Dependent {
    /// `v_combined = Σᵢ≠combined aᵢvᵢ`, with `aᵢ = −c_combined·cᵢ`.
    pub fn combination(&self) -> Combination {
        let vn = names("v", self.vectors.len());
        let others: Vec<usize> = (0..self.vectors.len())
            .filter(|&i| i != self.combined)
            .collect();
        let cj = self.coefs[self.combined];
        let a: Vec<Scalar> = others
            .iter()
            .map(|&i| Scalar::int(-cj * self.coefs[i]))
            .collect();
        let other_names: Vec<String> = others.iter().map(|&i| vn[i].clone()).collect();
        let text = format!(
            "{} = {}",
            vn[self.combined],
            linear_combination(&a, &other_names, "·")
        );
        Combination { others, a, text }
    }
}

/// The vectors in one line: `v₁ = [..],   v₂ = [..]`.
pub fn vectors_line(vectors: &[Vec<Scalar>]) -> Line {
    let vn = names("v", vectors.len());
    let mut line = Line::new();
    for (i, vec) in vectors.iter().enumerate() {
        if i > 0 {
            line = line.m(",   ");
        }
        line = line
            .m(format!("{} = ", vn[i]))
            .v(Value::Vector(vec.clone()));
    }
    line
}

/// The start of the worked solution: `V` and its row reduction.
pub fn elimination_solution(v: &Matrix, e: &Elimination) -> Vec<Line> {
    let mut lines = vec![
        Line::text(
            "Σ cᵢvᵢ = V·c, where V has the vectors as its columns. Solve V·c = 0 by \
             row reduction:",
        ),
        Line::new().m("V = ").v(v.clone()),
    ];
    lines.extend(elimination_lines(v, &e.ops));
    lines
}

/// The rest of the worked solution for dependent vectors: the free variable, the dependency `c`
/// read off the RREF `e` of `V` (scaled to the integers `c`), its check, and the vector that is a
/// combination of the others.
pub fn dependency_lines(
    d: &Dependent,
    v: &Matrix,
    e: &Elimination,
    c: &[Scalar],
) -> Result<Vec<Line>, GenError> {
    let k = d.vectors.len();
    let dim = d.vectors[0].len();
    let (vn, cn) = (names("v", k), names("c", k));
    let free = (0..k)
        .find(|col| !e.pivots.contains(col))
        .ok_or(GenError::Redraw("no free column"))?;
    let raw = solve::null_space(v)
        .into_iter()
        .next()
        .ok_or(GenError::Redraw("no null vector"))?;
    let reading: Vec<String> = e
        .pivots
        .iter()
        .map(|&p| {
            format!(
                "{} = {}",
                cn[p],
                linear_combination(&[raw[p]], &[cn[free].clone()], "·")
            )
        })
        .collect();
    let mut lines = vec![
        Line::math(cn[free].clone())
            .t(" is free; the pivot rows give ")
            .m(reading.join(",  "))
            .t("."),
    ];
    let scale = c[free].checked_div(raw[free]).unwrap_or(Scalar::ONE);
    let why = if scale == Scalar::ONE {
        ""
    } else {
        " (to clear fractions)"
    };
    lines.push(
        Line::new()
            .m(format!("Take {} = {}{why}: c = ", cn[free], num(scale)))
            .v(Value::Vector(c.to_vec())),
    );
    let texts: Vec<String> = d.vectors.iter().map(|x| vector_text(x)).collect();
    let mut check = Line::text("Check: ");
    check.0.extend(
        math_line(&format!(
            "{} = {} = {} ✓",
            linear_combination(c, &vn, "·"),
            linear_combination(c, &texts, "·"),
            vector_text(&vec![Scalar::ZERO; dim])
        ))
        .0,
    );
    lines.push(check);
    lines.push(
        Line::text("So ")
            .m(d.combination().text)
            .t(": one vector is a combination of the others, which is what dependence means."),
    );
    Ok(lines)
}

/// `R²`, `R³`, `R⁴`: the space of vectors with `dim` entries.
pub fn space(dim: usize) -> String {
    format!("R{}", superscript(dim as i64))
}
