//! Low-rank approximation of an image by the SVD: `cargo run --example svd_low_rank [-- --svg FILE]`.
//!
//! A built-in 20×20 grayscale picture is decomposed with the from-scratch one-sided Jacobi SVD
//! (`mathdrill::math::linalg::svd`) and rebuilt from its first k singular triples. The example
//! prints the singular values, the error curve ‖A − A_k‖_F for k = 1..8, and the pictures as
//! terminal blocks; with `--svg FILE` it writes the pictures and the error curve as a figure.
//!
//! It asserts what it shows: the singular values agree with nalgebra's; the measured error of
//! every A_k equals √(Σ_{i>k} σᵢ²) (Eckart–Young); the errors fall as k grows.

use mathdrill::math::linalg::low_rank::truncate;
use mathdrill::math::linalg::svd::svd;
use mathdrill::render::{Svg, terminal_image};
use nalgebra::DMatrix;

const N: usize = 20;

/// The built-in picture: a face on a soft vertical gradient (values in [0, 1], 1 = white).
fn picture() -> DMatrix<f64> {
    DMatrix::from_fn(N, N, |i, j| {
        let (y, x) = (i as f64 - 9.5, j as f64 - 9.5);
        let r = (x * x + y * y).sqrt();
        let eye = ((x + 3.5).powi(2) + (y + 3.0).powi(2) < 2.5)
            || ((x - 3.5).powi(2) + (y + 3.0).powi(2) < 2.5);
        let smile = (y - 1.0 > 0.0) && ((x * x + (y - 1.0).powi(2)).sqrt() - 4.5).abs() < 0.9;
        if r > 8.5 {
            0.55 + 0.4 * i as f64 / N as f64
        } else if eye || smile {
            0.05
        } else if r > 7.6 {
            0.25
        } else {
            0.8
        }
    })
}

fn rows(m: &DMatrix<f64>) -> Vec<Vec<f64>> {
    (0..m.nrows())
        .map(|i| (0..m.ncols()).map(|j| m[(i, j)]).collect())
        .collect()
}

/// Two pictures side by side, each with a caption above.
fn side_by_side(a: (&str, &DMatrix<f64>), b: (&str, &DMatrix<f64>)) -> String {
    let (ta, tb) = (terminal_image(&rows(a.1)), terminal_image(&rows(b.1)));
    let mut out = format!("{:<42}{}\n", a.0, b.0);
    for (la, lb) in ta.lines().zip(tb.lines()) {
        out += &format!("{la:<40}  {lb}\n");
    }
    out
}

fn main() {
    let svg_path = std::env::args().skip_while(|a| a != "--svg").nth(1);
    let a = picture();
    let s = svd(&a).expect("the picture has finite entries");

    let reference = a.clone().svd(false, false).singular_values;
    for (ours, theirs) in s.values.iter().zip(reference.iter()) {
        assert!(
            (ours - theirs).abs() <= 1e-9 * reference[0],
            "σ: {ours} vs nalgebra {theirs}"
        );
    }
    let shown: Vec<String> = s.values.iter().take(8).map(|v| format!("{v:.3}")).collect();
    println!(
        "Singular values (largest first): {} …  (rank {})\n",
        shown.join(", "),
        s.rank()
    );

    println!(" k   ‖A − A_k‖_F   √(Σ_{{i>k}} σᵢ²)   relative");
    let total = a.norm();
    let mut curve = Vec::new();
    let mut previous = f64::INFINITY;
    for k in 1..=8 {
        let approx = truncate(&s, k);
        let measured = (&a - &approx.matrix).norm();
        assert!(
            (measured - approx.frobenius_error).abs() <= 1e-9 * total,
            "Eckart–Young at k = {k}"
        );
        assert!(measured < previous, "the error falls as k grows");
        previous = measured;
        println!(
            "{k:>2}   {measured:>11.4}   {:>14.4}   {:>7.1}%",
            approx.frobenius_error,
            100.0 * measured / total
        );
        curve.push((k as f64, measured));
    }
    println!();

    let ranks = [1, 2, 4, 8];
    let approx: Vec<DMatrix<f64>> = ranks.iter().map(|&k| truncate(&s, k).matrix).collect();
    print!("{}", side_by_side(("original", &a), ("rank 1", &approx[0])));
    println!();
    print!(
        "{}",
        side_by_side(("rank 2", &approx[1]), ("rank 4", &approx[2]))
    );

    if let Some(path) = svg_path {
        let mut fig = Svg::new(760.0, 420.0);
        fig.text(
            380.0,
            24.0,
            15.0,
            "middle",
            "Rank-k approximations of a 20×20 image (SVD)",
        );
        let shown: Vec<(String, DMatrix<f64>)> =
            std::iter::once(("original".to_string(), a.clone()))
                .chain(
                    ranks
                        .iter()
                        .zip(&approx)
                        .map(|(k, m)| (format!("rank {k}"), m.clone())),
                )
                .collect();
        for (i, (caption, m)) in shown.iter().enumerate() {
            fig.image(
                30.0 + i as f64 * 145.0,
                45.0,
                120.0,
                120.0,
                &rows(m),
                caption,
            );
        }
        fig.line_chart(
            (90.0, 230.0, 600.0, 140.0),
            &curve,
            ("k (rank of the approximation)", "‖A − A_k‖_F"),
        );
        std::fs::write(&path, fig.finish()).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
        println!("\nwrote {path}");
    }
}

/// `cargo test` runs the example, so its assertions are checked.
#[test]
fn the_example_runs_and_its_checks_hold() {
    main();
}
