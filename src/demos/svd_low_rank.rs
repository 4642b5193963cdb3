//! Low-rank approximation of a picture by the SVD (Eckart–Young).
//!
//! A 19×19 grayscale face (values in [0, 1], 1 = white) is decomposed with the from-scratch
//! one-sided Jacobi SVD ([`crate::math::linalg::svd`]) and rebuilt from its first k singular
//! triples, `A_k = Σ_{i≤k} σᵢ·uᵢ·vᵢᵀ`. The seed chooses the face (its size, eyes, smile and
//! background gradient). The demo prints the singular values, the error ‖A − A_k‖_F for
//! k = 1…8 next to √(Σ_{i>k} σᵢ²), and the pictures as terminal blocks; the figure is the
//! error against k and the singular values.
//!
//! It checks what it shows: the singular values agree with nalgebra's; the measured error of
//! every A_k is √(Σ_{i>k} σᵢ²) with nalgebra's σᵢ (Eckart–Young); the errors fall as k grows;
//! at k = rank A the picture comes back.

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape};
use super::seeded::Seeded;
use super::{Claim, DemoError, Options, Report};
use crate::math::linalg::low_rank::truncate;
use crate::math::linalg::svd::{Svd, svd};
use crate::render::terminal_image;
use nalgebra::DMatrix;
use std::fmt::Write;

/// The picture is N×N: 2 columns per pixel, so two pictures side by side fit 80 columns.
pub const N: usize = 19;
/// The ranks of the table.
const TABLE: usize = 8;
/// The ranks drawn beside the original.
const SHOWN: [usize; 3] = [1, 2, 4];

/// The shape of the face, chosen by the seed (lengths in pixels from the centre).
#[derive(Debug, Clone, Copy)]
pub struct Face {
    pub radius: f64,
    pub eye_dx: f64,
    pub eye_dy: f64,
    pub eye_r2: f64,
    pub smile_r: f64,
    /// Background grey at the top and its increase to the bottom.
    pub background: (f64, f64),
}

impl Face {
    pub fn for_seed(seed: u64) -> Face {
        let mut r = Seeded::new(seed);
        Face {
            radius: r.uniform(7.4, 8.4),
            eye_dx: r.uniform(2.8, 3.8),
            eye_dy: r.uniform(2.4, 3.4),
            eye_r2: r.uniform(1.8, 2.8),
            smile_r: r.uniform(3.6, 4.6),
            background: (r.uniform(0.45, 0.6), r.uniform(0.2, 0.4)),
        }
    }

    /// The picture: a face (light, with a dark outline, eyes and smile) on a vertical gradient.
    pub fn picture(&self) -> DMatrix<f64> {
        let c = (N as f64 - 1.0) / 2.0;
        DMatrix::from_fn(N, N, |i, j| {
            let (y, x) = (i as f64 - c, j as f64 - c);
            let r = (x * x + y * y).sqrt();
            let eye = |side: f64| (x - side * self.eye_dx).powi(2) + (y + self.eye_dy).powi(2);
            let eyes = eye(1.0) < self.eye_r2 || eye(-1.0) < self.eye_r2;
            let smile = y > 1.0 && ((x * x + (y - 1.0).powi(2)).sqrt() - self.smile_r).abs() < 0.9;
            if r > self.radius {
                self.background.0 + self.background.1 * i as f64 / N as f64
            } else if eyes || smile {
                0.05
            } else if r > self.radius - 0.9 {
                0.25
            } else {
                0.8
            }
        })
    }
}

/// What the demo measured.
#[derive(Debug, Clone)]
pub struct Run {
    pub picture: DMatrix<f64>,
    pub svd: Svd,
    /// nalgebra's singular values, largest first.
    pub reference: Vec<f64>,
    /// (k, ‖A − A_k‖_F measured, √(Σ_{i>k} σᵢ²) with nalgebra's σ) for k = 0 … rank.
    pub errors: Vec<(usize, f64, f64)>,
}

/// Decomposes the picture of `seed` and measures every truncation.
pub fn measure(seed: u64) -> Result<Run, DemoError> {
    let picture = Face::for_seed(seed).picture();
    let s = svd(&picture).ok_or(DemoError::Example("the SVD failed".into()))?;
    let mut reference: Vec<f64> = picture
        .clone()
        .svd(false, false)
        .singular_values
        .iter()
        .copied()
        .collect();
    reference.sort_by(|a, b| b.total_cmp(a));
    let errors = (0..=s.rank())
        .map(|k| {
            let measured = (&picture - truncate(&s, k).matrix).norm();
            let tail = reference[k..].iter().map(|x| x * x).sum::<f64>().sqrt();
            (k, measured, tail)
        })
        .collect();
    Ok(Run {
        picture,
        svd: s,
        reference,
        errors,
    })
}

/// The claims about a run.
pub fn claims(run: &Run) -> Vec<Claim> {
    let total = run.picture.norm();
    let sigma_gap = run
        .svd
        .values
        .iter()
        .zip(&run.reference)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max);
    let eckart_young = run
        .errors
        .iter()
        .map(|&(_, measured, tail)| (measured - tail).abs())
        .fold(0.0, f64::max);
    let falls = run.errors.windows(2).all(|w| w[1].1 < w[0].1);
    let rank = run.svd.rank();
    let last = run.errors.last().map_or(f64::INFINITY, |e| e.1);
    vec![
        Claim::new(
            sigma_gap <= 1e-9 * run.reference[0],
            format!("the singular values agree with nalgebra's (largest gap {sigma_gap:.1e})"),
        ),
        Claim::new(
            eckart_young <= 1e-9 * total,
            format!(
                "Eckart–Young: ‖A − A_k‖_F = √(Σ_{{i>k}} σᵢ²) at every k = 0…{rank} \
                 (largest gap {eckart_young:.1e})"
            ),
        ),
        Claim::new(
            falls,
            format!("the error falls at every step from k = 0 to {rank}"),
        ),
        Claim::new(
            last <= 1e-9 * total,
            format!("at k = rank A = {rank} the picture comes back (error {last:.1e})"),
        ),
    ]
}

/// The picture as rows of grey values, for [`terminal_image`].
fn rows(m: &DMatrix<f64>) -> Vec<Vec<f64>> {
    (0..m.nrows())
        .map(|i| (0..m.ncols()).map(|j| m[(i, j)]).collect())
        .collect()
}

/// Two pictures side by side, each with a caption above.
fn side_by_side(a: (&str, &DMatrix<f64>), b: (&str, &DMatrix<f64>)) -> String {
    let (ta, tb) = (terminal_image(&rows(a.1)), terminal_image(&rows(b.1)));
    let w = 2 * N;
    let mut out = format!("{:<w$}  {}\n", a.0, b.0, w = w);
    for (la, lb) in ta.lines().zip(tb.lines()) {
        let _ = writeln!(out, "{la:<w$}  {lb}", w = w);
    }
    out
}

/// The text: singular values, the error table, the pictures.
fn text(run: &Run, seed: u64) -> String {
    let total = run.picture.norm();
    let shown: Vec<String> = run
        .svd
        .values
        .iter()
        .take(TABLE)
        .map(|v| format!("{v:.3}"))
        .collect();
    let mut t = format!(
        "Low-rank approximation of a {N}×{N} picture by the SVD (seed {seed} chooses the face).\n\
         A_k keeps the first k singular triples: A_k = Σ_{{i≤k}} σᵢ·uᵢ·vᵢᵀ.\n\n\
         Singular values, largest first (rank {}):\n  {} …\n\n\
         {:>2}   {:>11}   {:>14}   {:>8}\n",
        run.svd.rank(),
        shown.join(", "),
        "k",
        "‖A − A_k‖_F",
        "√(Σ_{i>k} σᵢ²)",
        "relative"
    );
    for &(k, measured, tail) in run.errors.iter().skip(1).take(TABLE) {
        let _ = writeln!(
            t,
            "{k:>2}   {measured:>11.4}   {tail:>14.4}   {:>7.1}%",
            100.0 * measured / total
        );
    }
    t.push('\n');
    let approx: Vec<DMatrix<f64>> = SHOWN
        .iter()
        .map(|&k| truncate(&run.svd, k).matrix)
        .collect();
    t += &side_by_side(("original", &run.picture), ("rank 1", &approx[0]));
    t.push('\n');
    t += &side_by_side(("rank 2", &approx[1]), ("rank 4", &approx[2]));
    t
}

/// The figure: the error against k beside the singular values (log scale).
fn figure(run: &Run) -> Figure {
    let rank = run.svd.rank();
    let top = run.errors[0].1;
    let measured: Vec<(f64, f64)> = run.errors.iter().map(|e| (e.0 as f64, e.1)).collect();
    let theory: Vec<(f64, f64)> = run.errors.iter().map(|e| (e.0 as f64, e.2)).collect();
    let sigmas: Vec<(f64, f64)> = run.svd.values[..rank]
        .iter()
        .enumerate()
        .map(|(i, &s)| ((i + 1) as f64, s))
        .collect();
    let lo = 10f64.powf(sigmas.last().map_or(-3.0, |s| s.1.log10().floor()));
    let hi = 10f64.powf(run.svd.values[0].log10().ceil());
    Figure {
        title: "Rank-k approximations of the picture (SVD)".into(),
        columns: 2,
        panels: vec![
            Panel {
                title: "‖A − A_k‖_F against k".into(),
                x_label: "k (rank of A_k)".into(),
                y_label: "error".into(),
                x: Axis::linear(0.0, rank as f64),
                y: Axis::linear(0.0, (top * 1.05).max(1e-300)),
                // The line first, so the measured points are drawn on top of it.
                series: vec![
                    Series::new("√(Σ_{i>k} σᵢ²)", Shape::Line(theory)),
                    Series::new("measured ‖A − A_k‖_F", Shape::Points(measured)),
                ],
                legend: Legend::UpperRight,
            },
            Panel {
                title: "singular values σᵢ".into(),
                x_label: "i".into(),
                y_label: "σᵢ".into(),
                x: Axis::linear(1.0, rank.max(2) as f64),
                y: Axis::log(lo, hi),
                series: vec![Series::new("σᵢ", Shape::Points(sigmas))],
                legend: Legend::UpperRight,
            },
        ],
    }
}

/// The demo: decompose, truncate, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let run = measure(opts.seed)?;
    Ok(Report {
        text: text(&run, opts.seed),
        figure: Some(figure(&run)),
        figure_height: 10,
        claims: claims(&run),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claims_hold_for_every_seeded_face() {
        for seed in 0..crate::engine::soak::seeds(40) {
            let run = measure(seed).unwrap();
            let c = claims(&run);
            assert!(c.iter().all(|c| c.holds), "{seed}: {c:#?}");
            assert!(run.picture.iter().all(|v| (0.0..=1.0).contains(v)));
            assert!(run.svd.rank() >= 3 && run.svd.rank() <= N, "{seed}");
        }
        assert_ne!(measure(1).unwrap().picture, measure(2).unwrap().picture);
    }

    #[test]
    fn a_wrong_truncation_is_caught() {
        let run = measure(4).unwrap();
        let mut bad = run.clone();
        bad.svd.values[1] *= 1.01;
        bad.errors[2].1 *= 1.01;
        bad.errors[3].1 = bad.errors[2].1;
        let last = bad.errors.len() - 1;
        bad.errors[last].1 = 1e-3;
        let verdicts: Vec<bool> = claims(&bad).iter().map(|c| c.holds).collect();
        assert_eq!(verdicts, [false, false, false, false]);
    }

    #[test]
    fn the_text_fits_80_columns() {
        let t = text(&measure(0).unwrap(), 0);
        assert!(t.lines().all(|l| l.chars().count() <= 80), "{t}");
        assert!(t.contains("rank 4") && t.contains('█'));
    }
}
