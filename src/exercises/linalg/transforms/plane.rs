//! Named linear transformations of the plane and of space, as the transformation kinds describe
//! them: the words, the matrix, and the confusions learners typically make about each one (each
//! a wrong matrix with a message).

use super::super::common::num;
use crate::engine::{DrillRng, Line};
use crate::math::linalg::transform::{
    self, Axis, projection_plane_3d, reflection_plane_3d, rotation_3d,
};
use crate::math::{Matrix, Scalar};

/// A typical wrong matrix for a described transformation.
#[derive(Clone, Debug)]
pub struct Confusion {
    pub name: &'static str,
    pub matrix: Matrix,
    pub message: String,
}

fn confusion(name: &'static str, matrix: Matrix, message: impl Into<String>) -> Confusion {
    Confusion {
        name,
        matrix,
        message: message.into(),
    }
}

/// A described linear transformation: its matrix, how the prompt names it, and the typical
/// wrong matrices.
pub trait Transformation: Copy {
    fn matrix(self) -> Matrix;
    /// A noun phrase: "the rotation by 90° counter-clockwise about the origin".
    fn words(self) -> String;
    /// An imperative for lists of steps: "rotate by 90° counter-clockwise".
    fn short(self) -> String;
    /// The typical wrong matrices (at least two, all different from the matrix and each other).
    fn confusions(self) -> Vec<Confusion>;
}

/// A transformation of the plane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Plane {
    /// Counter-clockwise by a multiple of 90°.
    Rotate(i64),
    /// The rotation with `cos θ = a/c`, `sin θ = b/c` (a Pythagorean triple, signs included).
    RotateTriple(i64, i64, i64),
    /// `diag(sx, sy)`, `sx ≠ sy`.
    Scale(i64, i64),
    /// `(x, y) ↦ (x + k·y, y)`.
    ShearX(i64),
    /// `(x, y) ↦ (x, y + k·x)`.
    ShearY(i64),
    ReflectX,
    ReflectY,
    /// About `y = x`.
    ReflectDiag,
    /// About `y = −x`.
    ReflectAntiDiag,
    ProjectX,
    ProjectY,
    /// About the line through 0 with direction `(a, b)`.
    ReflectLine(i64, i64),
    /// Onto the line through 0 with direction `(a, b)`.
    ProjectLine(i64, i64),
}

/// How the matrix of a line-based transformation or a Pythagorean rotation comes out of its
/// formula (`P = u·uᵀ/(uᵀu)`, `H = 2P − I`, `R` from cos θ and sin θ); nothing for the basic ones.
pub fn formula_lines(t: Plane) -> Vec<Line> {
    match t {
        Plane::ReflectLine(a, b) | Plane::ProjectLine(a, b) => {
            let n = a * a + b * b;
            let p = Plane::ProjectLine(a, b).matrix();
            let outer = Matrix::from_ints(&[[a * a, a * b], [a * b, b * b]]);
            let mut lines = vec![
                Line::math(format!(
                    "The line is spanned by u = ({}, {}), with uᵀu = {}.",
                    num(Scalar::int(a)),
                    num(Scalar::int(b)),
                    n
                )),
                Line::new()
                    .m(format!("P = u·uᵀ/(uᵀu) = (1/{n})·"))
                    .v(outer)
                    .m(" = ")
                    .v(p.clone()),
            ];
            if matches!(t, Plane::ReflectLine(..)) {
                lines.push(
                    Line::new()
                        .m("The reflection goes twice as far: H = 2P − I = ")
                        .v(t.matrix()),
                );
            }
            lines
        }
        Plane::RotateTriple(a, b, c) => vec![Line::math(format!(
            "R = [[cos θ, −sin θ], [sin θ, cos θ]] with cos θ = {} and sin θ = {}.",
            num(Scalar::frac(a, c)),
            num(Scalar::frac(b, c))
        ))],
        _ => Vec::new(),
    }
}

/// Directions `(a, b)` of lines `y = (b/a)x` for the line-based transformations.
const LINES: [(i64, i64); 10] = [
    (1, 2),
    (2, 1),
    (1, -2),
    (2, -1),
    (1, 3),
    (3, 1),
    (1, -3),
    (3, -1),
    (2, 3),
    (3, 2),
];

impl Plane {
    /// A transformation with an integer matrix: rotations by 90°, 180°, 270°, reflections
    /// about the axes and the diagonals, projections onto the axes, stretches along one axis
    /// by 2..4, scalings `diag(sx, sy)` with factors 2..4 (or −1), and shears by ±1..±3.
    pub fn basic(rng: &mut DrillRng) -> Plane {
        match rng.index(9) {
            0 => Plane::Rotate(*rng.pick(&[90, 180, 270])),
            1 => *rng.pick(&[Plane::ReflectX, Plane::ReflectY]),
            2 => *rng.pick(&[Plane::ReflectDiag, Plane::ReflectAntiDiag]),
            3 => *rng.pick(&[Plane::ProjectX, Plane::ProjectY]),
            4 => {
                let s = rng.int(2, 4);
                *rng.pick(&[Plane::Scale(s, 1), Plane::Scale(1, s)])
            }
            5 => {
                let (sx, sy) = (rng.int(2, 4), rng.int(2, 4));
                if sx == sy {
                    Plane::Scale(sx, -1)
                } else {
                    Plane::Scale(sx, sy)
                }
            }
            6 | 7 => {
                let k = rng.nonzero_int(-3, 3);
                *rng.pick(&[Plane::ShearX(k), Plane::ShearY(k)])
            }
            _ => Plane::Rotate(*rng.pick(&[90, 270])),
        }
    }

    /// A transformation with a rational matrix: reflections and projections about lines
    /// `y = (b/a)x` (entries over `a² + b²`) and rotations by Pythagorean angles.
    pub fn advanced(rng: &mut DrillRng) -> Plane {
        let (a, b) = *rng.pick(&LINES);
        match rng.index(3) {
            0 => Plane::ReflectLine(a, b),
            1 => Plane::ProjectLine(a, b),
            _ => {
                let (p, q) = *rng.pick(&[(3, 4), (4, 3)]);
                Plane::RotateTriple(rng.sign() * p, rng.sign() * q, 5)
            }
        }
    }
}

impl Transformation for Plane {
    fn matrix(self) -> Matrix {
        let swap = Matrix::from_ints(&[[0, 1], [1, 0]]);
        match self {
            Plane::Rotate(d) => transform::rotation(d),
            Plane::RotateTriple(a, b, c) => {
                transform::rotation_exact(Scalar::frac(a, c), Scalar::frac(b, c))
            }
            Plane::Scale(sx, sy) => transform::scaling(sx, sy),
            Plane::ShearX(k) => transform::shear_x(k),
            Plane::ShearY(k) => transform::shear_y(k),
            Plane::ReflectX => transform::reflection_x(),
            Plane::ReflectY => transform::reflection_y(),
            Plane::ReflectDiag => swap,
            Plane::ReflectAntiDiag => swap.scale(-Scalar::ONE),
            Plane::ProjectX => transform::scaling(1, 0),
            Plane::ProjectY => transform::scaling(0, 1),
            Plane::ReflectLine(a, b) => {
                transform::reflection_line(a, b).unwrap_or_else(|| Matrix::identity(2))
            }
            Plane::ProjectLine(a, b) => {
                transform::projection_line(a, b).unwrap_or_else(|| Matrix::identity(2))
            }
        }
    }

    fn words(self) -> String {
        match self {
            Plane::Rotate(d) => format!("the rotation by {d}° counter-clockwise about the origin"),
            Plane::RotateTriple(a, b, c) => format!(
                "the counter-clockwise rotation by the angle θ with cos θ = {} and sin θ = {}",
                num(Scalar::frac(a, c)),
                num(Scalar::frac(b, c))
            ),
            Plane::Scale(sx, 1) => format!(
                "the horizontal stretch by the factor {sx} (x is multiplied by {sx}, y is kept)"
            ),
            Plane::Scale(1, sy) => format!(
                "the vertical stretch by the factor {sy} (y is multiplied by {sy}, x is kept)"
            ),
            Plane::Scale(sx, sy) => format!(
                "the scaling that multiplies x by {} and y by {}",
                num(Scalar::int(sx)),
                num(Scalar::int(sy))
            ),
            Plane::ShearX(k) => format!(
                "the horizontal shear by {}: every point moves horizontally by {} times its y-coordinate",
                num(Scalar::int(k)),
                num(Scalar::int(k))
            ),
            Plane::ShearY(k) => format!(
                "the vertical shear by {}: every point moves vertically by {} times its x-coordinate",
                num(Scalar::int(k)),
                num(Scalar::int(k))
            ),
            Plane::ReflectX => "the reflection about the x-axis".into(),
            Plane::ReflectY => "the reflection about the y-axis".into(),
            Plane::ReflectDiag => "the reflection about the line y = x".into(),
            Plane::ReflectAntiDiag => "the reflection about the line y = −x".into(),
            Plane::ProjectX => "the orthogonal projection onto the x-axis".into(),
            Plane::ProjectY => "the orthogonal projection onto the y-axis".into(),
            Plane::ReflectLine(a, b) => {
                format!("the reflection about the line {}", line_text(a, b))
            }
            Plane::ProjectLine(a, b) => {
                format!(
                    "the orthogonal projection onto the line {}",
                    line_text(a, b)
                )
            }
        }
    }

    fn short(self) -> String {
        match self {
            Plane::Rotate(d) => format!("rotate by {d}° counter-clockwise"),
            Plane::RotateTriple(a, b, c) => format!(
                "rotate by θ with cos θ = {}, sin θ = {}",
                num(Scalar::frac(a, c)),
                num(Scalar::frac(b, c))
            ),
            Plane::Scale(sx, 1) => format!("stretch x by {sx}"),
            Plane::Scale(1, sy) => format!("stretch y by {sy}"),
            Plane::Scale(sx, sy) => format!(
                "multiply x by {} and y by {}",
                num(Scalar::int(sx)),
                num(Scalar::int(sy))
            ),
            Plane::ShearX(k) => format!(
                "shear horizontally by {}, x ↦ x + {}y",
                num(Scalar::int(k)),
                num(Scalar::int(k))
            )
            .replace("+ −", "− "),
            Plane::ShearY(k) => format!(
                "shear vertically by {}, y ↦ y + {}x",
                num(Scalar::int(k)),
                num(Scalar::int(k))
            )
            .replace("+ −", "− "),
            Plane::ReflectX => "reflect about the x-axis".into(),
            Plane::ReflectY => "reflect about the y-axis".into(),
            Plane::ReflectDiag => "reflect about the line y = x".into(),
            Plane::ReflectAntiDiag => "reflect about the line y = −x".into(),
            Plane::ProjectX => "project onto the x-axis".into(),
            Plane::ProjectY => "project onto the y-axis".into(),
            Plane::ReflectLine(a, b) => format!("reflect about the line {}", line_text(a, b)),
            Plane::ProjectLine(a, b) => format!("project onto the line {}", line_text(a, b)),
        }
    }

    fn confusions(self) -> Vec<Confusion> {
        let m = |rows: [[i64; 2]; 2]| Matrix::from_ints(&rows);
        match self {
            Plane::Rotate(180) => vec![
                confusion(
                    "one_sign_only",
                    transform::reflection_x(),
                    "Only one coordinate was negated, which is a reflection. The rotation by 180° \
                     negates both: (x, y) ↦ (−x, −y).",
                ),
                confusion(
                    "quarter_turn",
                    transform::rotation(90),
                    "That is a quarter turn (90°). A half turn (180°) sends (x, y) to (−x, −y).",
                ),
            ],
            Plane::Rotate(d) => vec![
                confusion(
                    "clockwise",
                    transform::rotation(-d),
                    format!(
                        "That turns clockwise. Positive angles turn counter-clockwise: \
                         R(θ) = [[cos θ, −sin θ], [sin θ, cos θ]], so by {d}° the vector (1, 0) \
                         goes to (cos {d}°, sin {d}°) = ({}, {}).",
                        num(transform::cos_deg(d)),
                        num(transform::sin_deg(d))
                    ),
                ),
                confusion(
                    "swapped_without_sign",
                    m([[0, 1], [1, 0]]),
                    "Swapping the coordinates without changing a sign is the reflection about \
                     y = x. A quarter turn also negates one coordinate: by 90° counter-clockwise \
                     (x, y) ↦ (−y, x).",
                ),
            ],
            Plane::RotateTriple(a, b, c) => {
                let (cos, sin) = (Scalar::frac(a, c), Scalar::frac(b, c));
                vec![
                    confusion(
                        "clockwise",
                        transform::rotation_exact(cos, -sin),
                        "That turns clockwise (it is Rᵀ). Counter-clockwise, \
                         R = [[cos θ, −sin θ], [sin θ, cos θ]]: the minus sign is in the top \
                         right.",
                    ),
                    confusion(
                        "sin_cos_swapped",
                        transform::rotation_exact(sin, cos),
                        "sin θ and cos θ are swapped: the diagonal holds cos θ, the off-diagonal \
                         ±sin θ.",
                    ),
                ]
            }
            Plane::Scale(sx, sy) => {
                let mut list = vec![confusion(
                    "factors_swapped",
                    transform::scaling(sy, sx),
                    format!(
                        "The factors are on the wrong axes: x is multiplied by {}, so {} is the \
                         top-left entry, and y by {}, the bottom-right entry.",
                        num(Scalar::int(sx)),
                        num(Scalar::int(sx)),
                        num(Scalar::int(sy))
                    ),
                )];
                let single = if sy == 1 { sx } else { sy };
                if sx == 1 || sy == 1 {
                    list.push(confusion(
                        "uniform_scale",
                        transform::scaling(single, single),
                        format!(
                            "That stretches both directions by {single}. A stretch along one \
                             axis leaves the other coordinate alone: its diagonal entry is 1."
                        ),
                    ));
                } else {
                    list.push(confusion(
                        "off_diagonal",
                        m([[0, sx], [sy, 0]]),
                        "A scaling along the axes is diagonal: each coordinate is only \
                         multiplied, never mixed with the other.",
                    ));
                }
                list
            }
            Plane::ShearX(k) => shear_confusions(k, true),
            Plane::ShearY(k) => shear_confusions(k, false),
            Plane::ReflectX | Plane::ReflectY => {
                let (other, keep, flip) = if self == Plane::ReflectX {
                    (transform::reflection_y(), "x", "y")
                } else {
                    (transform::reflection_x(), "y", "x")
                };
                vec![
                    confusion(
                        "other_axis",
                        other,
                        format!(
                            "That reflects about the other axis. The reflection about the \
                             {keep}-axis keeps {keep} and negates {flip}."
                        ),
                    ),
                    confusion(
                        "through_origin",
                        m([[-1, 0], [0, -1]]),
                        format!(
                            "Negating both coordinates is the point reflection through the \
                             origin (a half turn). The reflection about the {keep}-axis negates \
                             only {flip}."
                        ),
                    ),
                ]
            }
            Plane::ReflectDiag | Plane::ReflectAntiDiag => {
                let diag = self == Plane::ReflectDiag;
                let other = if diag {
                    m([[0, -1], [-1, 0]])
                } else {
                    m([[0, 1], [1, 0]])
                };
                let rule = if diag {
                    "(x, y) ↦ (y, x)"
                } else {
                    "(x, y) ↦ (−y, −x)"
                };
                vec![
                    confusion(
                        "other_diagonal",
                        other,
                        format!(
                            "That reflects about the other diagonal. About y = {}x the rule is \
                             {rule}.",
                            if diag { "" } else { "−" }
                        ),
                    ),
                    confusion(
                        "rotated_instead",
                        transform::rotation(if diag { 90 } else { 270 }),
                        format!(
                            "That is a rotation by a quarter turn, not a reflection: a \
                             reflection is its own inverse. The reflection is {rule}."
                        ),
                    ),
                ]
            }
            Plane::ProjectX | Plane::ProjectY => {
                let x = self == Plane::ProjectX;
                let (keep, zero) = if x { ("x", "y") } else { ("y", "x") };
                vec![
                    confusion(
                        "other_axis",
                        if x {
                            transform::scaling(0, 1)
                        } else {
                            transform::scaling(1, 0)
                        },
                        format!(
                            "That projects onto the {zero}-axis. Projecting onto the \
                             {keep}-axis keeps {keep} and sets {zero} to 0."
                        ),
                    ),
                    confusion(
                        "reflected_instead",
                        if x {
                            transform::reflection_x()
                        } else {
                            transform::reflection_y()
                        },
                        format!(
                            "That reflects about the {keep}-axis. Projecting drops the \
                             {zero}-component to 0 instead of negating it."
                        ),
                    ),
                ]
            }
            Plane::ReflectLine(a, b) => {
                let n = a * a + b * b;
                vec![
                    confusion(
                        "projection_not_reflection",
                        Plane::ProjectLine(a, b).matrix(),
                        "That is the projection P onto the line. The reflection goes twice as \
                         far, across the line: H = 2P − I.",
                    ),
                    confusion(
                        "not_divided",
                        self.matrix().scale(Scalar::int(n)),
                        format!(
                            "Divide by uᵀu = a² + b² = {n}: the direction (a, b) is not a unit \
                             vector."
                        ),
                    ),
                    confusion(
                        "perpendicular_line",
                        self.matrix().scale(-Scalar::ONE),
                        "That reflects about the perpendicular line: the direction of the line \
                         must stay fixed, H·u = u.",
                    ),
                ]
            }
            Plane::ProjectLine(a, b) => {
                let n = a * a + b * b;
                vec![
                    confusion(
                        "reflection_not_projection",
                        Plane::ReflectLine(a, b).matrix(),
                        "That is the reflection H = 2P − I. The projection only goes to the \
                         line: P = u·uᵀ/(uᵀu).",
                    ),
                    confusion(
                        "not_divided",
                        self.matrix().scale(Scalar::int(n)),
                        format!(
                            "Divide by uᵀu = a² + b² = {n}: P = u·uᵀ/(uᵀu), as (a, b) is not a \
                             unit vector."
                        ),
                    ),
                    confusion(
                        "onto_perpendicular",
                        Matrix::identity(2)
                            .zip_with(&self.matrix(), |p, q| p - q)
                            .unwrap_or_else(|| Matrix::identity(2)),
                        "That is I − P, the projection onto the perpendicular line. The \
                         projection onto the line fixes its direction: P·u = u.",
                    ),
                ]
            }
        }
    }
}

fn shear_confusions(k: i64, horizontal: bool) -> Vec<Confusion> {
    let (other, rule) = if horizontal {
        (
            transform::shear_y(k),
            format!("(x, y) ↦ (x + {}y, y)", num(Scalar::int(k))),
        )
    } else {
        (
            transform::shear_x(k),
            format!("(x, y) ↦ (x, y + {}x)", num(Scalar::int(k))),
        )
    };
    let rule = rule.replace("+ −", "− ");
    let negated = if horizontal {
        transform::shear_x(-k)
    } else {
        transform::shear_y(-k)
    };
    vec![
        confusion(
            "shear_direction",
            other,
            format!(
                "That shears in the other direction. This shear is {rule}, so {} sits in the {} \
                 entry.",
                num(Scalar::int(k)),
                if horizontal {
                    "top-right"
                } else {
                    "bottom-left"
                }
            ),
        ),
        confusion(
            "shear_sign",
            negated,
            format!("The shear goes the other way: the rule is {rule}."),
        ),
    ]
}

/// "y = 2x", "y = −x/3", "y = 2x/3".
pub fn line_text(a: i64, b: i64) -> String {
    if a == 0 {
        return "x = 0".into();
    }
    let slope = Scalar::frac(b, a);
    let q = slope.exact().unwrap_or(crate::math::Rational::ONE);
    let (n, d) = (q.numer(), q.denom());
    let sign = if n < 0 { "−" } else { "" };
    let coefficient = if n.abs() == 1 {
        String::new()
    } else {
        n.abs().to_string()
    };
    if d == 1 {
        format!("y = {sign}{coefficient}x")
    } else {
        format!("y = {sign}{coefficient}x/{d}")
    }
}

/// A transformation of space: about coordinate axes and planes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Space {
    /// About an axis by 90°, 180° or 270°, right-hand rule.
    Rotate(Axis, i64),
    /// In the coordinate plane perpendicular to the axis.
    ReflectPlane(Axis),
    /// Onto the coordinate plane perpendicular to the axis.
    ProjectPlane(Axis),
}

pub fn axis_name(axis: Axis) -> &'static str {
    match axis {
        Axis::X => "x",
        Axis::Y => "y",
        Axis::Z => "z",
    }
}

/// The coordinate plane perpendicular to `axis`: "yz", "zx"… written as "xz".
pub fn plane_name(axis: Axis) -> &'static str {
    match axis {
        Axis::X => "yz",
        Axis::Y => "xz",
        Axis::Z => "xy",
    }
}

fn next_axis(axis: Axis) -> Axis {
    match axis {
        Axis::X => Axis::Y,
        Axis::Y => Axis::Z,
        Axis::Z => Axis::X,
    }
}

impl Space {
    pub fn draw(rng: &mut DrillRng) -> Space {
        let axis = *rng.pick(&[Axis::X, Axis::Y, Axis::Z]);
        match rng.index(4) {
            0 | 1 => Space::Rotate(axis, *rng.pick(&[90, 180, 270])),
            2 => Space::ReflectPlane(axis),
            _ => Space::ProjectPlane(axis),
        }
    }
}

impl Transformation for Space {
    fn matrix(self) -> Matrix {
        match self {
            Space::Rotate(axis, d) => rotation_3d(axis, d),
            Space::ReflectPlane(axis) => reflection_plane_3d(axis),
            Space::ProjectPlane(axis) => projection_plane_3d(axis),
        }
    }

    fn words(self) -> String {
        match self {
            Space::Rotate(axis, d) => format!(
                "the rotation by {d}° about the {}-axis (counter-clockwise seen from the positive \
                 {}-axis, by the right-hand rule)",
                axis_name(axis),
                axis_name(axis)
            ),
            Space::ReflectPlane(axis) => {
                format!("the reflection in the {}-plane", plane_name(axis))
            }
            Space::ProjectPlane(axis) => {
                format!(
                    "the orthogonal projection onto the {}-plane",
                    plane_name(axis)
                )
            }
        }
    }

    fn short(self) -> String {
        match self {
            Space::Rotate(axis, d) => format!("rotate by {d}° about the {}-axis", axis_name(axis)),
            Space::ReflectPlane(axis) => format!("reflect in the {}-plane", plane_name(axis)),
            Space::ProjectPlane(axis) => format!("project onto the {}-plane", plane_name(axis)),
        }
    }

    fn confusions(self) -> Vec<Confusion> {
        match self {
            Space::Rotate(axis, d) => {
                let other = next_axis(axis);
                let mut list = Vec::new();
                if d != 180 {
                    list.push(confusion(
                        "clockwise",
                        rotation_3d(axis, -d),
                        format!(
                            "That turns the other way. By the right-hand rule (thumb along the \
                             positive {}-axis) a positive rotation turns {} towards {}.",
                            axis_name(axis),
                            axis_name(next_axis(axis)),
                            axis_name(next_axis(next_axis(axis)))
                        ),
                    ));
                } else {
                    list.push(confusion(
                        "negated_axis",
                        reflection_plane_3d(axis),
                        format!(
                            "That negates the {}-coordinate, a reflection. A half turn about the \
                             {}-axis keeps that coordinate and negates the other two.",
                            axis_name(axis),
                            axis_name(axis)
                        ),
                    ));
                }
                list.push(confusion(
                    "wrong_axis",
                    rotation_3d(other, d),
                    format!(
                        "That rotates about the {}-axis. A rotation about the {}-axis keeps \
                         the {}-coordinate: e{} is its own image.",
                        axis_name(other),
                        axis_name(axis),
                        axis_name(axis),
                        ["₁", "₂", "₃"][transform::axis_index(axis)]
                    ),
                ));
                list
            }
            Space::ReflectPlane(axis) => vec![
                confusion(
                    "negated_in_plane",
                    rotation_3d(axis, 180),
                    format!(
                        "That negates the coordinates in the {}-plane. The reflection in that \
                         plane keeps them and negates only {}, the coordinate across the plane.",
                        plane_name(axis),
                        axis_name(axis)
                    ),
                ),
                confusion(
                    "other_plane",
                    reflection_plane_3d(next_axis(axis)),
                    format!(
                        "That reflects in the {}-plane. The reflection in the {}-plane negates \
                         {}.",
                        plane_name(next_axis(axis)),
                        plane_name(axis),
                        axis_name(axis)
                    ),
                ),
            ],
            Space::ProjectPlane(axis) => {
                let k = transform::axis_index(axis);
                let onto_axis = Matrix::from_fn(3, 3, |i, j| {
                    if i == k && j == k {
                        Scalar::ONE
                    } else {
                        Scalar::ZERO
                    }
                });
                vec![
                    confusion(
                        "onto_axis",
                        onto_axis,
                        format!(
                            "That projects onto the {}-axis. The projection onto the {}-plane \
                             keeps the two coordinates in the plane and sets {} to 0.",
                            axis_name(axis),
                            plane_name(axis),
                            axis_name(axis)
                        ),
                    ),
                    confusion(
                        "other_plane",
                        projection_plane_3d(next_axis(axis)),
                        format!(
                            "That projects onto the {}-plane. The projection onto the {}-plane \
                             sets {} to 0.",
                            plane_name(next_axis(axis)),
                            plane_name(axis),
                            axis_name(axis)
                        ),
                    ),
                ]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_written_as_equations() {
        assert_eq!(line_text(1, 2), "y = 2x");
        assert_eq!(line_text(2, 1), "y = x/2");
        assert_eq!(line_text(1, -1), "y = −x");
        assert_eq!(line_text(3, -2), "y = −2x/3");
        assert_eq!(line_text(0, 1), "x = 0");
    }

    #[test]
    fn confusions_differ_from_the_matrix_and_each_other() {
        let mut plane = vec![
            Plane::Rotate(90),
            Plane::Rotate(180),
            Plane::Rotate(270),
            Plane::RotateTriple(3, -4, 5),
            Plane::RotateTriple(-4, 3, 5),
            Plane::Scale(3, 1),
            Plane::Scale(1, 2),
            Plane::Scale(2, -1),
            Plane::Scale(2, 4),
            Plane::ShearX(2),
            Plane::ShearY(-3),
            Plane::ReflectX,
            Plane::ReflectY,
            Plane::ReflectDiag,
            Plane::ReflectAntiDiag,
            Plane::ProjectX,
            Plane::ProjectY,
        ];
        for (a, b) in LINES {
            plane.push(Plane::ReflectLine(a, b));
            plane.push(Plane::ProjectLine(a, b));
        }
        for t in plane {
            let m = t.matrix();
            let c = t.confusions();
            assert!(c.len() >= 2, "{t:?}");
            for (k, x) in c.iter().enumerate() {
                assert_ne!(x.matrix, m, "{t:?} {}", x.name);
                assert!(
                    c[..k]
                        .iter()
                        .all(|y| y.matrix != x.matrix && y.name != x.name)
                );
            }
            assert!(!t.words().is_empty() && !t.short().is_empty());
        }
        for axis in [Axis::X, Axis::Y, Axis::Z] {
            for t in [
                Space::Rotate(axis, 90),
                Space::Rotate(axis, 180),
                Space::Rotate(axis, 270),
                Space::ReflectPlane(axis),
                Space::ProjectPlane(axis),
            ] {
                let m = t.matrix();
                let c = t.confusions();
                assert_eq!(c.len(), 2);
                assert!(c.iter().all(|x| x.matrix != m), "{t:?}");
                assert_ne!(c[0].matrix, c[1].matrix);
            }
        }
    }

    #[test]
    fn matrices_act_as_described() {
        let e1 = [Scalar::ONE, Scalar::ZERO];
        let image = |t: Plane| t.matrix().mul_vec(&e1).unwrap();
        assert_eq!(image(Plane::Rotate(90)), vec![Scalar::ZERO, Scalar::ONE]);
        assert_eq!(
            image(Plane::ReflectAntiDiag),
            vec![Scalar::ZERO, -Scalar::ONE]
        );
        assert_eq!(
            Plane::ShearX(2)
                .matrix()
                .mul_vec(&[Scalar::ZERO, Scalar::ONE]),
            Some(vec![Scalar::int(2), Scalar::ONE])
        );
        assert_eq!(
            Space::Rotate(Axis::Z, 90)
                .matrix()
                .mul_vec(&[Scalar::ONE, Scalar::ZERO, Scalar::ZERO]),
            Some(vec![Scalar::ZERO, Scalar::ONE, Scalar::ZERO])
        );
    }
}
