//! The unit square under linear maps, drawn in the terminal: `cargo run --example linear_transformations`.
//!
//! For a rotation, a shear, a scaling, a reflection, a projection and a composition, the example
//! prints the matrix (its columns are the images of e₁ and e₂) and draws the unit square (·) and
//! its image (#) on a character canvas, using `mathdrill::math::linalg::transform`.
//!
//! It asserts what it shows: the image's signed area (shoelace formula) is det A times the
//! square's, so |det A| is the area scale and a negative det means the orientation flips; the
//! composition "first S, then T" is the product T·S.

use mathdrill::engine::Line;
use mathdrill::math::linalg::determinant;
use mathdrill::math::linalg::transform::{
    compose, projection_line, reflection_line, rotation, scaling, shear_x,
};
use mathdrill::math::{Matrix, Scalar};
use mathdrill::render::{self, Canvas};

const SQUARE: [(f64, f64); 4] = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)];

/// The image of a point under the 2×2 matrix `a`.
fn apply(a: &Matrix, (x, y): (f64, f64)) -> (f64, f64) {
    let e = |i, j| a.get(i, j).to_f64();
    (e(0, 0) * x + e(0, 1) * y, e(1, 0) * x + e(1, 1) * y)
}

/// The signed area of a polygon (shoelace formula): positive when its corners run
/// counter-clockwise.
fn signed_area(p: &[(f64, f64)]) -> f64 {
    (0..p.len())
        .map(|i| {
            let (a, b) = (p[i], p[(i + 1) % p.len()]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum::<f64>()
        / 2.0
}

fn show(name: &str, a: &Matrix) {
    let image: Vec<(f64, f64)> = SQUARE.iter().map(|&p| apply(a, p)).collect();
    let det = determinant(a).expect("square").to_f64();
    let area = signed_area(&image);
    assert!(
        (area - det).abs() < 1e-12,
        "{name}: the image's signed area is det A"
    );

    let mut canvas = Canvas::new(57, 29, (-1.5, 2.5), (-1.5, 2.5));
    canvas.axes();
    canvas.polygon(&SQUARE, '·');
    canvas.polygon(&image, '#');
    let orientation = if det < 0.0 {
        ", orientation flipped"
    } else if det == 0.0 {
        ", flattened"
    } else {
        ""
    };
    println!("{name}");
    println!(
        "{}",
        render::lines(&[Line::new().m("A = ").v(a.clone())], "  ")
    );
    println!(
        "  det A = {}: areas scale by {}{orientation}",
        render::scalar(&determinant(a).unwrap()),
        mathdrill::math::format_real(det.abs(), 6)
    );
    println!(
        "{}\n",
        canvas
            .render()
            .lines()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn main() {
    show("Rotation by 30° counter-clockwise", &rotation(30));
    show("Shear: x ← x + 1·y", &shear_x(1));
    show(
        "Scaling by 2 along x and 1/2 along y",
        &scaling(2, Scalar::frac(1, 2)),
    );
    let reflect = reflection_line(1, 1).expect("nonzero direction");
    show("Reflection about the line y = x", &reflect);
    show(
        "Projection onto the x-axis",
        &projection_line(1, 0).expect("nonzero direction"),
    );

    let (s, t) = (shear_x(1), rotation(90));
    let both = compose(&[s.clone(), t.clone()]).expect("2×2 matrices");
    assert_eq!(Some(both.clone()), t.mul(&s), "first S, then T is T·S");
    assert_ne!(Some(both.clone()), s.mul(&t), "and not S·T");
    show("First the shear, then rotation by 90°: T·S", &both);
}

/// `cargo test` runs the example, so its assertions are checked.
#[test]
fn the_example_runs_and_its_checks_hold() {
    main();
}
