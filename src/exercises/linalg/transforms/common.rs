//! Helpers of the transformation kinds: a matrix–vector product with its work as one line, a
//! linear map as a rule `(x, y) ↦ (…)`, exact square-root forms of cosines and sines, and drawing
//! nonzero integer vectors.

use super::super::common::vector_text;
use super::super::text::{linear_combination, mat_vec_work};
use crate::engine::DrillRng;
use crate::math::{Matrix, Scalar};

/// A vector of `len` integers in `−max..=max`, each nonzero.
pub fn nonzero_vector(rng: &mut DrillRng, len: usize, max: i64) -> Vec<Scalar> {
    (0..len)
        .map(|_| Scalar::int(rng.nonzero_int(-max, max)))
        .collect()
}

/// `A·x = (work) = (result)` as one math string, the result written inline.
pub fn mat_vec_chain(name: &str, a: &Matrix, x: &[Scalar]) -> String {
    let y = a.mul_vec(x).unwrap_or_default();
    format!("{name} = {} = {}", mat_vec_work(a, x), vector_text(&y))
}

/// A linear form `c₁·x + c₂·y (+ c₃·z)` with the coefficients folded in: `−y`, `x + 2y`,
/// `(3/5)x − (4/5)y`, `0`.
pub fn linear_form(coefficients: &[Scalar]) -> String {
    const VARS: [&str; 3] = ["x", "y", "z"];
    let names: Vec<&str> = (0..coefficients.len())
        .map(|k| VARS.get(k).copied().unwrap_or("?"))
        .collect();
    linear_combination(coefficients, &names, "")
}

/// The rule of the linear map of `A`: `(x, y) ↦ (−y, x)`.
pub fn rule(a: &Matrix) -> String {
    let vars = ["x", "y", "z"][..a.ncols().min(3)].join(", ");
    let images: Vec<String> = a.rows().map(linear_form).collect();
    format!("({vars}) ↦ ({})", images.join(", "))
}

/// `cos θ` and `sin θ` of a multiple of 30° or 45° in exact form (`√3/2`, `−1/2`, `0`), or
/// `None` for other angles.
pub fn exact_trig(angle_deg: i64) -> Option<(String, String)> {
    let cos = |d: i64| -> Option<&'static str> {
        Some(match d.rem_euclid(360) {
            0 => "1",
            90 | 270 => "0",
            180 => "−1",
            60 | 300 => "1/2",
            120 | 240 => "−1/2",
            45 | 315 => "√2/2",
            135 | 225 => "−√2/2",
            30 | 330 => "√3/2",
            150 | 210 => "−√3/2",
            _ => return None,
        })
    };
    Some((
        cos(angle_deg)?.to_string(),
        cos(90 - angle_deg)?.to_string(),
    ))
}

/// A matrix written inline as in the answer language, `[[1, −2], [3, 4]]`, with given entry
/// texts.
pub fn inline_matrix(rows: &[Vec<String>]) -> String {
    let rows: Vec<String> = rows.iter().map(|r| format!("[{}]", r.join(", "))).collect();
    format!("[{}]", rows.join(", "))
}

/// The text of `−t` for an entry text `t`: `−√3/2` ↔ `√3/2`, `0` stays `0`.
pub fn negate_text(t: &str) -> String {
    if t == "0" {
        t.to_string()
    } else if let Some(rest) = t.strip_prefix('−') {
        rest.to_string()
    } else {
        format!("−{t}")
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::common::scalars;
    use super::*;

    #[test]
    fn forms_and_rules_read_naturally() {
        let s = |n| Scalar::int(n);
        assert_eq!(linear_form(&[s(0), s(-1)]), "−y");
        assert_eq!(linear_form(&[s(1), s(2)]), "x + 2y");
        assert_eq!(
            linear_form(&[Scalar::frac(3, 5), Scalar::frac(-4, 5)]),
            "(3/5)x − (4/5)y"
        );
        assert_eq!(linear_form(&[s(0), s(0)]), "0");
        assert_eq!(linear_form(&[s(0), s(0), s(-2)]), "−2z");
        assert_eq!(
            rule(&Matrix::from_ints(&[[0, -1], [1, 0]])),
            "(x, y) ↦ (−y, x)"
        );
        let a = Matrix::from_ints(&[[2, -1], [0, 1]]);
        assert_eq!(
            mat_vec_chain("A·x", &a, &scalars(&[1, 3])),
            "A·x = (2·1 − 1·3, 0·1 + 1·3) = (−1, 3)"
        );
    }

    #[test]
    fn exact_trig_values() {
        assert_eq!(
            exact_trig(150),
            Some(("−√3/2".to_string(), "1/2".to_string()))
        );
        assert_eq!(
            exact_trig(-45),
            Some(("√2/2".to_string(), "−√2/2".to_string()))
        );
        assert_eq!(exact_trig(10), None);
        assert_eq!(negate_text("−√3/2"), "√3/2");
        assert_eq!(negate_text("0"), "0");
        assert_eq!(
            inline_matrix(&[vec!["1".into(), "2".into()], vec!["3".into(), "4".into()]]),
            "[[1, 2], [3, 4]]"
        );
    }
}
