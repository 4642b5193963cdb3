//! Gauss–Jordan elimination with exact fractions, step by step: `cargo run --example gauss_jordan`.
//!
//! Row-reduces `[A | I]` for a 3×3 matrix, prints every row operation and the matrix after it,
//! and asserts that the right block is the inverse (A·A⁻¹ = I) and that it matches nalgebra.

use mathdrill::engine::Line;
use mathdrill::expr::Value;
use mathdrill::math::linalg::{RowOp, determinant, inverse_with_steps};
use mathdrill::math::{Matrix, Scalar};
use mathdrill::render;

fn describe(op: &RowOp) -> String {
    let r = |i: usize| format!("R{}", i + 1);
    match op {
        RowOp::Swap(i, j) => format!("{} ↔ {}", r(*i), r(*j)),
        RowOp::Scale(i, k) => format!("{} ← {}·{}", r(*i), render::scalar(k), r(*i)),
        RowOp::AddMultiple {
            target,
            source,
            factor,
        } => {
            format!(
                "{} ← {} + ({})·{}",
                r(*target),
                r(*target),
                render::scalar(factor),
                r(*source)
            )
        }
    }
}

fn main() {
    let a = Matrix::from_ints(&[[2, 1, 1], [1, 3, 2], [1, 0, 0]]);
    println!(
        "{}\n",
        render::lines(&[Line::new().m("A = ").v(a.clone())], "  ")
    );
    let (inv, elimination) = inverse_with_steps(&a).expect("A is invertible");
    let n = a.nrows();
    // Replay the operations on [A | I] to show each intermediate matrix.
    let mut m = Matrix::from_fn(n, 2 * n, |i, j| {
        if j < n {
            a.get(i, j)
        } else if j - n == i {
            Scalar::ONE
        } else {
            Scalar::ZERO
        }
    });
    for op in &elimination.ops {
        op.apply(&mut m);
        println!(
            "{}",
            render::lines(
                &[Line::new().m(format!("{:24}", describe(op))).v(m.clone())],
                "  "
            )
        );
    }
    println!(
        "\n{}",
        render::lines(
            &[Line::new().m("A⁻¹ = ").v(Value::Matrix(inv.clone()))],
            "  "
        )
    );
    println!("  det A = {}", render::scalar(&determinant(&a).unwrap()));

    assert_eq!(a.mul(&inv).unwrap(), Matrix::identity(n), "A·A⁻¹ = I");
    let reference = a.to_nalgebra().try_inverse().unwrap();
    assert!(
        (inv.to_nalgebra() - reference).abs().max() < 1e-12,
        "matches nalgebra"
    );
    assert!(
        inv.is_exact(),
        "the inverse of an integer matrix is computed exactly"
    );
    println!("  check: A·A⁻¹ = I ✓ (and nalgebra agrees)");
}
