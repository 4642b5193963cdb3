//! Gauss–Jordan elimination with exact fractions, step by step: `cargo run --example gauss_jordan`.
//!
//! Row-reduces `[A | I]` for a 3×3 matrix, prints each pivot step's row operations and the matrix
//! they produce (the same lines the `la.inverse` worked solutions use), and asserts that the
//! right block is the inverse (A·A⁻¹ = I, exactly) and that it matches nalgebra.

use mathdrill::engine::Line;
use mathdrill::exercises::linalg::common::elimination_lines;
use mathdrill::math::Matrix;
use mathdrill::math::linalg::{determinant, inverse_with_steps};
use mathdrill::render;

fn main() {
    let a = Matrix::from_ints(&[[2, 1, 1], [1, 3, 2], [1, 0, 0]]);
    let n = a.nrows();
    let (inv, elimination) = inverse_with_steps(&a).expect("A is invertible");
    let augmented = a.hstack(&Matrix::identity(n)).expect("same row count");

    let mut lines = vec![Line::new().m("[A | I] = ").v(augmented.clone())];
    lines.extend(elimination_lines(&augmented, &elimination.ops));
    lines.push(Line::new().m("A⁻¹ = ").v(inv.clone()));
    lines.push(Line::math(format!(
        "det A = {}",
        render::scalar(&determinant(&a).unwrap())
    )));
    println!("{}", render::lines(&lines, "  "));

    assert_eq!(a.mul(&inv).unwrap(), Matrix::identity(n), "A·A⁻¹ = I");
    assert!(
        inv.is_exact(),
        "the inverse of an integer matrix is computed exactly"
    );
    let reference = a.to_nalgebra().try_inverse().unwrap();
    assert!(
        (inv.to_nalgebra() - reference).abs().max() < 1e-12,
        "matches nalgebra"
    );
    println!("  check: A·A⁻¹ = I ✓ (and nalgebra agrees)");
}

/// `cargo test` runs the example (`test = true` in Cargo.toml), so its assertions are checked.
#[test]
fn the_example_runs_and_its_checks_hold() {
    main();
}
