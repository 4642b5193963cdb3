//! Typesetting shared by the linear-algebra kinds beyond the basic number writing of `common`:
//! exponents (`A⁻¹`, `λ³`), linear combinations (`2x₁ − x₂`, `2·v₁ − v₂`), and the worked steps of
//! a matrix–vector product and of a dot product.

use super::common::{factor, num, product_sum, signed_join, value_sum};
use crate::math::{Matrix, Scalar};

/// An integer written in superscript digits, with a superscript minus: `3` is `³`, `−2` is `⁻²`,
/// `10` is `¹⁰`.
pub fn superscript(k: i64) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    k.to_string()
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => DIGITS[d as usize],
            None => '⁻',
        })
        .collect()
}

/// An exponent as written after its base, the exponent 1 left out: `2` is `²` (`A²`), `−1` is
/// `⁻¹` (`A⁻¹`), `1` is empty (`A`).
pub fn exponent(k: i64) -> String {
    if k == 1 {
        String::new()
    } else {
        superscript(k)
    }
}

/// A linear combination `Σ cᵢ·nameᵢ` with signs folded in, zero terms and unit coefficients left
/// out, fractions in parentheses, and `times` between a coefficient and its name:
/// `2x₁ − x₂ + (1/2)x₃` with `times = ""`, `2·v₁ − v₂` with `times = "·"`, `0` when every
/// coefficient is zero. Coefficients beyond the last name are dropped.
pub fn linear_combination(coefs: &[Scalar], names: &[impl AsRef<str>], times: &str) -> String {
    let terms: Vec<(bool, String)> = coefs
        .iter()
        .zip(names)
        .filter(|(c, _)| !c.is_zero())
        .map(|(&c, name)| {
            let size = c.abs();
            let name = name.as_ref();
            let text = if size == Scalar::ONE {
                name.to_string()
            } else {
                format!("{}{times}{name}", factor(size))
            };
            (c.to_f64() < 0.0, text)
        })
        .collect();
    signed_join(&terms)
}

/// The work of `A·x`, row by row: `(2·1 − 1·3, 0·1 + 1·3)`.
pub fn mat_vec_work(a: &Matrix, x: &[Scalar]) -> String {
    let rows: Vec<String> = a
        .rows()
        .map(|r| {
            let pairs: Vec<(Scalar, Scalar)> = r.iter().copied().zip(x.iter().copied()).collect();
            product_sum(&pairs)
        })
        .collect();
    format!("({})", rows.join(", "))
}

/// The steps of a dot product after `u·v` (for `chain`): `1·4 − 2·5 + 3·(−6)`, `4 − 10 − 18`,
/// `−24`.
pub fn dot_steps(u: &[Scalar], v: &[Scalar]) -> Vec<String> {
    let pairs: Vec<(Scalar, Scalar)> = u.iter().copied().zip(v.iter().copied()).collect();
    let products: Vec<Scalar> = pairs.iter().map(|&(a, b)| a * b).collect();
    let dot = products.iter().fold(Scalar::ZERO, |s, &p| s + p);
    vec![product_sum(&pairs), value_sum(&products), num(dot)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::linalg::common::scalars;

    #[test]
    fn exponents_are_superscripts() {
        assert_eq!(superscript(3), "³");
        assert_eq!(superscript(-2), "⁻²");
        assert_eq!(superscript(10), "¹⁰");
        assert_eq!(superscript(0), "⁰");
        assert_eq!(exponent(2), "²");
        assert_eq!(exponent(-1), "⁻¹");
        assert_eq!(exponent(1), "");
    }

    #[test]
    fn combinations_fold_signs_and_units() {
        let x = ["x₁", "x₂", "x₃"];
        assert_eq!(
            linear_combination(&scalars(&[2, -1, 0]), &x, ""),
            "2x₁ − x₂"
        );
        assert_eq!(
            linear_combination(
                &[Scalar::frac(-1, 2), Scalar::ZERO, Scalar::int(3)],
                &x,
                "·"
            ),
            "−(1/2)·x₁ + 3·x₃"
        );
        assert_eq!(linear_combination(&scalars(&[0, 0]), &x, ""), "0");
    }

    #[test]
    fn products_show_their_work() {
        let a = Matrix::from_ints(&[[2, -1], [0, 1]]);
        assert_eq!(
            mat_vec_work(&a, &scalars(&[1, 3])),
            "(2·1 − 1·3, 0·1 + 1·3)"
        );
        assert_eq!(
            dot_steps(&scalars(&[1, -2, 3]), &scalars(&[4, 5, -6])),
            ["1·4 − 2·5 + 3·(−6)", "4 − 10 − 18", "−24"]
        );
    }
}
