//! The unit square under linear maps of the plane: a rotation, a shear, a scaling, a
//! reflection, a projection and a composition, each drawn with the square.
//!
//! The columns of a 2×2 matrix A are the images of e₁ and e₂, so the square with corners 0, e₁,
//! e₁ + e₂, e₂ goes to the parallelogram 0, A·e₁, A·e₁ + A·e₂, A·e₂. The seed chooses each
//! map's parameter (the angle, the shear factor, the line). The matrices come from
//! [`crate::math::linalg::transform`] (exact where the entries are rational).
//!
//! The demo checks what it shows: the image's signed area (shoelace formula, in floating
//! point) is det A (exact), so |det A| is the area scale and a negative det flips the
//! orientation; a reflection undone by itself is I and a projection applied twice is itself;
//! "first S, then T" is the product T·S, not S·T.

use super::figure::{Axis, Figure, Legend, Panel, Series, Shape};
use super::seeded::Seeded;
use super::{Claim, DemoError, Options, Report};
use crate::engine::Line;
use crate::math::linalg::determinant;
use crate::math::linalg::transform::{
    compose, projection_line, reflection_line, rotation, scaling, shear_x,
};
use crate::math::{Matrix, Scalar, format_real};
use crate::render;

/// The unit square, counter-clockwise from the origin.
pub const SQUARE: [(f64, f64); 4] = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)];

/// What a map is, for the checks that belong to its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Rotation,
    Shear,
    Scaling,
    Reflection,
    Projection,
    Composition,
}

/// One map: its name, kind and matrix.
#[derive(Debug, Clone)]
pub struct Map {
    pub name: String,
    pub kind: Kind,
    pub matrix: Matrix,
}

/// A line through the origin by its direction (a, b), and its name.
const LINES: [((i64, i64), &str); 6] = [
    ((1, 1), "y = x"),
    ((1, -1), "y = −x"),
    ((1, 2), "y = 2x"),
    ((2, 1), "y = x/2"),
    ((1, 0), "the x-axis"),
    ((0, 1), "the y-axis"),
];

/// The maps for `seed`, and the two factors of the composition (first S, then T).
pub fn maps(seed: u64) -> Result<(Vec<Map>, Matrix, Matrix), DemoError> {
    let mut r = Seeded::new(seed);
    let bad = || DemoError::Example("a line's direction is zero".into());
    let angle: i64 = r.pick(&[30, 45, 60, 120, 135, 150, -30, -45, -60]);
    let k = r.pick(&[(1, 1), (2, 1), (-1, 1), (1, 2), (-1, 2)]);
    let (sx, sy) = r.pick(&[
        ((2, 1), (1, 2)),
        ((1, 2), (2, 1)),
        ((3, 2), (1, 2)),
        ((2, 1), (3, 2)),
    ]);
    let (reflect, reflect_name) = r.pick(&LINES);
    let (project, project_name) = r.pick(&LINES[..4]);
    let turn = r.pick(&[90, -90]);
    let frac = |(n, d): (i64, i64)| Scalar::frac(n, d);
    let shown = |(n, d): (i64, i64)| render::scalar(&Scalar::frac(n, d));
    let s = shear_x(frac(k));
    let t = rotation(turn);
    let both = compose(&[s.clone(), t.clone()]).ok_or_else(bad)?;
    let direction = if angle > 0 {
        "counter-clockwise"
    } else {
        "clockwise"
    };
    let list = vec![
        Map {
            name: format!("Rotation by {}° {direction}", angle.abs()),
            kind: Kind::Rotation,
            matrix: rotation(angle),
        },
        Map {
            name: format!("Shear: x ← x + {}·y", shown(k)),
            kind: Kind::Shear,
            matrix: s.clone(),
        },
        Map {
            name: format!("Scaling by {} along x, {} along y", shown(sx), shown(sy)),
            kind: Kind::Scaling,
            matrix: scaling(frac(sx), frac(sy)),
        },
        Map {
            name: format!("Reflection about {reflect_name}"),
            kind: Kind::Reflection,
            matrix: reflection_line(reflect.0, reflect.1).ok_or_else(bad)?,
        },
        Map {
            name: format!("Projection onto {project_name}"),
            kind: Kind::Projection,
            matrix: projection_line(project.0, project.1).ok_or_else(bad)?,
        },
        Map {
            name: format!("The shear, then rotation by {}°: T·S", signed(turn)),
            kind: Kind::Composition,
            matrix: both,
        },
    ];
    Ok((list, s, t))
}

/// An integer with a true minus sign.
fn signed(n: i64) -> String {
    n.to_string().replace('-', "−")
}

/// The image of a point under the 2×2 matrix `a`.
pub fn apply(a: &Matrix, (x, y): (f64, f64)) -> (f64, f64) {
    let e = |i, j| a.get(i, j).to_f64();
    (e(0, 0) * x + e(0, 1) * y, e(1, 0) * x + e(1, 1) * y)
}

/// The signed area of a polygon (shoelace formula): positive when its corners run
/// counter-clockwise.
pub fn signed_area(p: &[(f64, f64)]) -> f64 {
    (0..p.len())
        .map(|i| {
            let (a, b) = (p[i], p[(i + 1) % p.len()]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum::<f64>()
        / 2.0
}

fn image(a: &Matrix) -> Vec<(f64, f64)> {
    SQUARE.iter().map(|&p| apply(a, p)).collect()
}

/// The claims about the maps and the factors S, T of the composition.
pub fn claims(maps: &[Map], s: &Matrix, t: &Matrix) -> Vec<Claim> {
    let mut areas = Vec::new();
    let mut area_ok = true;
    for m in maps {
        let det = determinant(&m.matrix).map_or(f64::NAN, |d| d.to_f64());
        let area = signed_area(&image(&m.matrix));
        area_ok &= (area - det).abs() < 1e-12;
        areas.push(format_real(area, 4).replace('-', "−"));
    }
    let of = |k: Kind| maps.iter().find(|m| m.kind == k).map(|m| m.matrix.clone());
    let identity = Matrix::identity(2);
    let reflection = of(Kind::Reflection);
    let projection = of(Kind::Projection);
    let composed = of(Kind::Composition);
    let twice = |m: &Option<Matrix>| m.as_ref().and_then(|m| m.mul(m));
    vec![
        Claim::new(
            area_ok,
            format!(
                "each image's signed area (shoelace) is det A: {}",
                areas.join(", ")
            ),
        ),
        Claim::new(
            twice(&reflection) == Some(identity),
            "reflecting twice gives I (H² = I, exactly)",
        ),
        Claim::new(
            twice(&projection).is_some() && twice(&projection) == projection,
            "projecting twice is projecting once (P² = P, exactly)",
        ),
        Claim::new(
            composed.is_some() && composed == t.mul(s) && composed != s.mul(t),
            "first S, then T is the product T·S, and not S·T",
        ),
    ]
}

/// The text: each map's matrix and determinant.
fn text(maps: &[Map], seed: u64) -> String {
    let mut t = format!(
        "The unit square under linear maps (seed {seed} chooses their parameters).\n\
         The columns of A are the images of e₁ and e₂; |det A| is how areas scale.\n\n"
    );
    for m in maps {
        let det = determinant(&m.matrix).unwrap_or(Scalar::ZERO);
        let d = det.to_f64();
        let orientation = if d < 0.0 {
            ", orientation flipped"
        } else if d == 0.0 {
            ", flattened"
        } else {
            ""
        };
        t += &format!("{}\n", m.name);
        t += &render::lines(&[Line::new().m("A = ").v(m.matrix.clone())], "  ");
        t += &format!(
            "\n  det A = {}: areas scale by {}{orientation}\n\n",
            render::scalar(&det),
            format_real(d.abs(), 6)
        );
    }
    t
}

/// The range both axes of a map's panel span: whole units around the square and its image,
/// the same for x and y so that the square looks square.
fn range(points: &[(f64, f64)]) -> Axis {
    let (lo, hi) = points
        .iter()
        .chain(&SQUARE)
        .fold((-1.0f64, 2.0f64), |(lo, hi), &(x, y)| {
            (lo.min(x).min(y), hi.max(x).max(y))
        });
    Axis::linear((lo - 0.25).floor(), (hi + 0.25).ceil())
}

/// The figure: one panel per map, the square and its image with the axes through the origin.
fn figure(maps: &[Map]) -> Figure {
    let panels = maps
        .iter()
        .enumerate()
        .map(|(i, m)| {
            // The legend once, on the first panel.
            let label = |l: &str| if i == 0 { l.to_string() } else { String::new() };
            let shape = image(&m.matrix);
            let axis = range(&shape);
            Panel {
                title: m.name.clone(),
                x_label: String::new(),
                y_label: String::new(),
                x: axis,
                y: axis,
                series: vec![
                    Series::new(label("unit square"), Shape::Polygon(SQUARE.to_vec())),
                    Series::new(label("its image under A"), Shape::Polygon(shape)),
                    Series::new("", Shape::HLine(0.0)),
                    Series::new("", Shape::VLine(0.0)),
                ],
                legend: Legend::UpperLeft,
            }
        })
        .collect();
    Figure {
        title: "The unit square and its image".into(),
        columns: 2,
        panels,
    }
}

/// The demo: build the maps, print them, draw them, check them.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let (list, s, t) = maps(opts.seed)?;
    Ok(Report {
        text: text(&list, opts.seed),
        figure: Some(figure(&list)),
        figure_height: 16,
        claims: claims(&list, &s, &t),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claims_hold_for_every_seed() {
        for seed in 0..crate::engine::soak::seeds(100) {
            let (list, s, t) = maps(seed).unwrap();
            assert_eq!(list.len(), 6);
            let c = claims(&list, &s, &t);
            assert!(c.iter().all(|c| c.holds), "{seed}: {c:#?}");
        }
    }

    #[test]
    fn the_shoelace_area_and_wrong_maps_are_caught() {
        // The square's own area is 1 counter-clockwise, −1 clockwise.
        assert_eq!(signed_area(&SQUARE), 1.0);
        let mut cw = SQUARE;
        cw.reverse();
        assert_eq!(signed_area(&cw), -1.0);
        let (mut list, s, t) = maps(3).unwrap();
        // A "reflection" that is a rotation, a "projection" that is a scaling, the product
        // in the wrong order: each claim sees it.
        list[3].matrix = rotation(90);
        list[4].matrix = scaling(2, 1);
        list[5].matrix = s.mul(&t).unwrap();
        let verdicts: Vec<bool> = claims(&list, &s, &t).iter().map(|c| c.holds).collect();
        assert_eq!(verdicts, [true, false, false, false]);
    }
}
