//! Power iteration, step by step: `cargo run --example power_iteration`.
//!
//! Repeatedly multiplying by A and normalising turns any start vector towards the eigenvector of
//! the largest-magnitude eigenvalue, with the error shrinking by |λ₂/λ₁| per step. The example
//! prints every iterate, the Rayleigh-quotient estimate of λ₁ and its error, and the ratio of
//! successive steps, using the from-scratch `mathdrill::math::linalg::power_iteration`.
//!
//! It asserts what it shows: the estimate converges to nalgebra's largest eigenvalue, the vector
//! to its eigenvector, and the observed step ratio to |λ₂/λ₁|.

use mathdrill::math::linalg::power_iteration::power_iteration;
use nalgebra::DMatrix;

fn main() {
    #[rustfmt::skip]
    let a = DMatrix::from_row_slice(3, 3, &[
        4.0, 1.0, 0.0,
        1.0, 3.0, 1.0,
        0.0, 1.0, 2.0,
    ]);
    let reference = a.clone().symmetric_eigen();
    let values: Vec<f64> = reference.eigenvalues.iter().copied().collect();
    let mut order: Vec<usize> = (0..3).collect();
    order.sort_by(|&i, &j| values[j].abs().total_cmp(&values[i].abs()));
    let (l1, l2) = (values[order[0]], values[order[1]]);
    let v1 = reference.eigenvectors.column(order[0]).into_owned();
    println!(
        "A = [4 1 0; 1 3 1; 0 1 2], symmetric; nalgebra: λ₁ = {l1:.12}, λ₂ = {l2:.12}, |λ₂/λ₁| = {:.4}\n",
        (l2 / l1).abs()
    );

    let start = [1.0, 0.0, 0.0];
    println!(" k   x_k                              λ estimate (xᵀAx)   |error|     step ratio");
    let mut last = None;
    let mut errors = Vec::new();
    for k in 1..=12 {
        // Re-running k steps shows each iterate; the routine itself is the same loop.
        let r = power_iteration(&a, &start, k, 0.0).expect("A·x never vanishes here");
        let x: Vec<String> = r.vector.iter().map(|c| format!("{c:>8.5}")).collect();
        let ratio = r.rate.map_or(String::new(), |q| format!("{q:.4}"));
        println!(
            "{k:>2}   [{}]   {:>16.12}   {:>9.2e}   {ratio}",
            x.join(","),
            r.value,
            (r.value - l1).abs()
        );
        errors.push((r.value - l1).abs());
        last = Some(r);
    }
    let twelve = last.expect("ran");

    let r = power_iteration(&a, &start, 500, 1e-13).expect("converges");
    println!(
        "\nconverged after {} iterations: λ₁ ≈ {:.12} (nalgebra {l1:.12})",
        r.iterations, r.value
    );
    assert!(r.converged, "power iteration converges for |λ₁| > |λ₂|");
    assert!((r.value - l1).abs() < 1e-9, "eigenvalue matches nalgebra");
    let alignment: f64 = r
        .vector
        .iter()
        .zip(v1.iter())
        .map(|(a, b)| a * b)
        .sum::<f64>()
        .abs();
    assert!(
        (alignment - 1.0).abs() < 1e-9,
        "eigenvector matches nalgebra up to sign"
    );
    let observed = twelve.rate.expect("two steps at least");
    assert!(
        (observed - (l2 / l1).abs()).abs() < 0.02,
        "step ratio {observed} ≈ |λ₂/λ₁|"
    );
    println!(
        "the vector's error shrinks by about |λ₂/λ₁| = {:.4} per step (observed {observed:.4}) ✓",
        (l2 / l1).abs()
    );
    let squared = (l2 / l1).powi(2);
    let eigen_ratio = errors[11] / errors[10];
    assert!(
        (eigen_ratio - squared).abs() < 0.01,
        "Rayleigh error ratio {eigen_ratio} ≈ |λ₂/λ₁|²"
    );
    println!(
        "for symmetric A the estimate's error shrinks by |λ₂/λ₁|² = {squared:.4} (observed {eigen_ratio:.4}) ✓"
    );
}

/// `cargo test` runs the example, so its assertions are checked.
#[test]
fn the_example_runs_and_its_checks_hold() {
    main();
}
