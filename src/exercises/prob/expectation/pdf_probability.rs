//! `prob.pdf_probability`: probabilities of a continuous random variable as areas under its
//! density, and (level 3) the constant that makes a function a density.
//!
//! Level 1: `X` uniform on `[a, b]` (whole numbers, `b − a` from 4 to 10); `P(c ≤ X ≤ d)` is the
//! rectangle `(d − c)/(b − a)`. Level 2: a triangular density on `[0, b]`, rising
//! (`f(x) = 2x/b²`) or falling (`f(x) = 2(b − x)/b²`), b in {2, 4, 6, 10}; `P(X ≤ t)`,
//! `P(X ≥ s)` or `P(s ≤ X ≤ t)` from the cdf `F(x)`, a triangle's area. Level 3: the constant
//! `c` of `f(x) = c·x`, `c·(b − x)` or `c·x²` on `[0, b]`: the total area is 1.
//!
//! Named mistakes: the density's value read as a probability; the interval's length not
//! scaled by the density (uniform) or the density taken as uniform (triangles); at level 3 the
//! triangle's half or the integral's third forgotten, the constant chosen as if the density
//! were uniform, and the area given instead of its reciprocal.

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, factor, num};
use crate::math::Scalar;

pub struct PdfProbability;

/// The density's shape on its interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    /// `1/(b − a)` on `[a, b]`.
    Uniform,
    /// `2x/b²` on `[0, b]`.
    Rising,
    /// `2(b − x)/b²` on `[0, b]`.
    Falling,
    /// `3x²/b³` on `[0, b]` (level 3 only).
    Square,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    pub shape: Shape,
    /// The interval `[a, b]` where the density is positive.
    pub a: i64,
    pub b: i64,
    /// The event `s ≤ X ≤ t`, or `None` where the constant is asked (level 3).
    pub event: Option<(i64, i64)>,
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Drawn, GenError> {
    Ok(match level {
        1 => {
            let a = rng.int(0, 10);
            let b = a + rng.int(4, 10);
            let s = rng.int(a, b - 2);
            let t = rng.int(s + 2, b);
            if (s, t) == (a, b) {
                return Err(GenError::Redraw("the whole interval"));
            }
            Drawn {
                shape: Shape::Uniform,
                a,
                b,
                event: Some((s, t)),
            }
        }
        2 => {
            let b = *rng.pick(&[2, 4, 6, 10]);
            let s = rng.int(0, b - 1);
            let t = rng.int(s + 1, b);
            if (s, t) == (0, b) {
                return Err(GenError::Redraw("the whole interval"));
            }
            Drawn {
                shape: *rng.pick(&[Shape::Rising, Shape::Falling]),
                a: 0,
                b,
                event: Some((s, t)),
            }
        }
        3 => {
            let shape = *rng.pick(&[Shape::Rising, Shape::Falling, Shape::Square]);
            let b = if shape == Shape::Square {
                rng.int(2, 5)
            } else {
                rng.int(3, 8)
            };
            Drawn {
                shape,
                a: 0,
                b,
                event: None,
            }
        }
        l => return Err(GenError::Level(l)),
    })
}

/// The density's numbers: `f(x)`, `F(x)` and how the solution writes them.
struct Density {
    shape: Shape,
    a: i64,
    b: i64,
}

impl Density {
    fn width(&self) -> Scalar {
        Scalar::int(self.b - self.a)
    }
    /// The constant in front: `1/(b − a)`, `2/b²` or `3/b³`.
    fn constant(&self) -> Scalar {
        let b = Scalar::int(self.b);
        let q = |k: i64, p: i64| {
            Scalar::int(k)
                .checked_div(b.powi(p).unwrap_or(b))
                .unwrap_or(b)
        };
        match self.shape {
            Shape::Uniform => Scalar::ONE.checked_div(self.width()).unwrap_or(Scalar::ONE),
            Shape::Rising | Shape::Falling => q(2, 2),
            Shape::Square => q(3, 3),
        }
    }
    /// `f(x)` on the interval.
    fn f(&self, x: i64) -> Scalar {
        let c = self.constant();
        match self.shape {
            Shape::Uniform => c,
            Shape::Rising => c * Scalar::int(x),
            Shape::Falling => c * Scalar::int(self.b - x),
            Shape::Square => c * Scalar::int(x * x),
        }
    }
    /// `F(x) = P(X ≤ x)` on the interval.
    fn cdf(&self, x: i64) -> Scalar {
        let b2 = Scalar::int(self.b * self.b);
        let ratio = |n: i64| Scalar::int(n).checked_div(b2).unwrap_or(Scalar::ZERO);
        match self.shape {
            Shape::Uniform => Scalar::int(x - self.a)
                .checked_div(self.width())
                .unwrap_or(Scalar::ZERO),
            Shape::Rising => ratio(x * x),
            Shape::Falling => Scalar::ONE - ratio((self.b - x) * (self.b - x)),
            Shape::Square => Scalar::int(x * x * x)
                .checked_div(Scalar::int(self.b.pow(3)))
                .unwrap_or(Scalar::ZERO),
        }
    }
    /// `1/8`, `x/8`, `(4 − x)/8`: the density as the prompt writes it.
    fn formula(&self) -> String {
        let half = self.b * self.b / 2;
        match self.shape {
            Shape::Uniform => format!("1/{}", self.b - self.a),
            Shape::Rising => format!("x/{half}"),
            Shape::Falling => format!("({} − x)/{half}", self.b),
            Shape::Square => format!("3x²/{}", self.b.pow(3)),
        }
    }
}

/// `P(2 ≤ X ≤ 5)`, `P(X ≤ 3)`, `P(X ≥ 1)`: the event as written, the interval's ends left out.
fn event_text(d: &Density, s: i64, t: i64) -> String {
    if s == d.a {
        format!("P(X ≤ {t})")
    } else if t == d.b {
        format!("P(X ≥ {s})")
    } else {
        format!("P({s} ≤ X ≤ {t})")
    }
}

const DENSITY_VALUE: &str = "That uses values of the density f where a probability belongs. \
    f(x) is a density, not a probability: the probability of an interval is the area under f \
    over it.";

fn probability(d: &Density, s: i64, t: i64) -> Result<Draft, GenError> {
    let p = d.cdf(t) - d.cdf(s);
    let answer = AnswerSpec::scalar(p);
    let event = event_text(d, s, t);
    let mut mistakes = Mistakes::new(&answer.expected);
    let length = Scalar::int(t - s);
    let mut solution = Vec::new();
    let mut hints = Vec::new();
    if d.shape == Shape::Uniform {
        let c = d.constant();
        mistakes.require("density_as_probability", c, DENSITY_VALUE)?;
        mistakes.require(
            "length_not_scaled",
            length,
            format!(
                "That is the length of the interval, not its probability: the rectangle under \
                 f has height {}, so multiply the length by it.",
                d.formula()
            ),
        )?;
        if d.a > 0 {
            mistakes.optional(
                "measured_from_zero",
                length.checked_div(Scalar::int(d.b)).unwrap_or(length),
                format!(
                    "X lives on [{}, {}], not on [0, {}]: the density is 1 over the length of \
                     that interval.",
                    d.a, d.b, d.b
                ),
            );
        }
        let steps = vec![
            format!("({t} − {s})·{}", factor(c)),
            format!("{}·{}", t - s, factor(c)),
            num(p),
        ];
        solution.push(Line::text(format!(
            "The density is the constant f(x) = {} on [{}, {}], so the area over [{s}, {t}] is a \
             rectangle, width times height:",
            d.formula(),
            d.a,
            d.b
        )));
        solution.push(Line::math(chain(&event, &steps)));
        hints.push(format!(
            "The probability is the area under f over [{s}, {t}]: here a rectangle of height {}.",
            d.formula()
        ));
        hints.push(format!("{event} = {}: multiply.", steps[0]));
    } else {
        // Density values where probabilities belong: f(t) for P(X ≤ t), f(s) for P(X ≥ s),
        // f(t) − f(s) for F(t) − F(s).
        let density_slip = if s == d.a {
            d.f(t)
        } else if t == d.b {
            d.f(s)
        } else {
            d.f(t) - d.f(s)
        };
        mistakes.require("density_as_probability", density_slip, DENSITY_VALUE)?;
        mistakes.require(
            "as_if_uniform",
            length.checked_div(Scalar::int(d.b)).unwrap_or(length),
            "That is the share of the interval's length, as if X were uniform. This density is \
             a triangle: equal lengths carry more probability where f is higher.",
        )?;
        let b2 = d.b * d.b;
        let (f_text, cdf_general, cdf_of) = match d.shape {
            Shape::Rising => (
                "the triangle from 0 to x, of height f(x)".to_string(),
                format!("F(x) = x·f(x)/2 = x²/{b2}"),
                Box::new(move |x: i64| format!("{x}²/{b2}")) as Box<dyn Fn(i64) -> String>,
            ),
            _ => (
                format!("all but the triangle from x to {}, of height f(x)", d.b),
                format!("F(x) = 1 − ({} − x)·f(x)/2 = 1 − ({} − x)²/{b2}", d.b, d.b),
                Box::new(move |x: i64| format!("1 − {}²/{b2}", d.b - x))
                    as Box<dyn Fn(i64) -> String>,
            ),
        };
        solution.push(Line::text(format!(
            "A probability is an area under f. The area from 0 to x is {f_text}:"
        )));
        solution.push(Line::math(cdf_general.clone()));
        let r = |x: Scalar| num(x);
        // F(s) after a minus sign: `(1 − 3²/16)` in parentheses where it is a difference.
        let subtracted = |x: i64| {
            let text = cdf_of(x);
            if text.contains(' ') {
                format!("({text})")
            } else {
                text
            }
        };
        let steps: Vec<String> = if s == d.a {
            vec![format!("F({t})"), cdf_of(t), r(d.cdf(t))]
        } else if t == d.b {
            vec![
                format!("1 − F({s})"),
                format!("1 − {}", subtracted(s)),
                format!("1 − {}", num(d.cdf(s))),
                r(p),
            ]
        } else {
            vec![
                format!("F({t}) − F({s})"),
                format!("{} − {}", cdf_of(t), subtracted(s)),
                format!("{} − {}", r(d.cdf(t)), num(d.cdf(s))),
                r(p),
            ]
        };
        solution.push(Line::math(chain(&event, &steps)));
        hints.push(format!(
            "A probability is an area under f, not a value of f. Find F(x) = P(X ≤ x): the area \
             from 0 to x is {f_text}."
        ));
        hints.push(format!(
            "{cdf_general}, so {event} = {}.",
            steps[steps.len() - 2]
        ));
    }
    Ok(Draft {
        prompt: Vec::new(),
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

/// Level 3: the constant `c` that makes the total area 1.
fn constant(d: &Density) -> Result<Draft, GenError> {
    let c = d.constant();
    let answer = AnswerSpec::scalar(c);
    let b = Scalar::int(d.b);
    let inv = |x: Scalar| Scalar::ONE.checked_div(x).unwrap_or(Scalar::ZERO);
    let mut mistakes = Mistakes::new(&answer.expected);
    let (shape_text, area_text, area, half_slip, half_message) = match d.shape {
        Shape::Rising => (
            "c·x".to_string(),
            format!("{}·({}c)/2", d.b, d.b),
            b * b * Scalar::frac(1, 2),
            inv(b * b),
            "The area under c·x is a triangle, base times height over 2: the ½ is missing.",
        ),
        Shape::Falling => (
            format!("c·({} − x)", d.b),
            format!("{}·({}c)/2", d.b, d.b),
            b * b * Scalar::frac(1, 2),
            inv(b * b),
            "The area under the line is a triangle, base times height over 2: the ½ is \
             missing.",
        ),
        _ => (
            "c·x²".to_string(),
            format!("c·{}³/3", d.b),
            b * b * b * Scalar::frac(1, 3),
            inv(b * b * b),
            "The integral of x² is x³/3: the ⅓ is missing.",
        ),
    };
    let half_message = half_message.replace('⅓', "1/3").replace('½', "1/2");
    mistakes.require("forgot_factor", half_slip, half_message)?;
    mistakes.require(
        "as_if_uniform",
        inv(b),
        format!(
            "That would make a uniform density, constant on [0, {}]. Here the height changes \
             with x: set the area under {shape_text} equal to 1.",
            d.b
        ),
    )?;
    mistakes.optional(
        "area_not_inverted",
        area,
        "That is the area for c = 1. The total area must be 1, so c is its reciprocal.",
    );
    let solution = vec![
        Line::text("A density's total area is 1. The area under ")
            .m(format!("f(x) = {shape_text}"))
            .t(format!(" on [0, {}] is", d.b)),
        Line::math(format!("{area_text} = {}·c", factor(area))),
        Line::text("Set it to 1: ")
            .m(format!("{}·c = 1", factor(area)))
            .t(", so ")
            .m(chain("c", &[format!("1/{}", factor(area)), num(c)])),
    ];
    let hints = vec![
        format!(
            "A density's total area is 1: find the area under {shape_text} on [0, {}] in \
             terms of c.",
            d.b
        ),
        format!(
            "The area is {area_text} = {}·c: set it equal to 1 and solve for c.",
            factor(area)
        ),
    ];
    Ok(Draft {
        prompt: Vec::new(),
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

fn build(d: &Drawn) -> Result<Draft, GenError> {
    let density = Density {
        shape: d.shape,
        a: d.a,
        b: d.b,
    };
    let (a, b) = (d.a, d.b);
    let mut draft = match d.event {
        Some((s, t)) => probability(&density, s, t)?,
        None => constant(&density)?,
    };
    draft.prompt = match d.event {
        Some((s, t)) => vec![
            Line::text("A continuous random variable X has the density ")
                .m(format!("f(x) = {}", density.formula()))
                .t(" for ")
                .m(format!("{a} ≤ x ≤ {b}"))
                .t(", and 0 elsewhere."),
            Line::text("Find ").m(event_text(&density, s, t)).t("."),
        ],
        None => {
            let shape_text = match d.shape {
                Shape::Rising => "c·x".to_string(),
                Shape::Falling => format!("c·({b} − x)"),
                _ => "c·x²".to_string(),
            };
            vec![
                Line::text("For which constant c is ")
                    .m(format!("f(x) = {shape_text}"))
                    .t(" for ")
                    .m(format!("0 ≤ x ≤ {b}"))
                    .t(", and 0 elsewhere, a probability density?"),
            ]
        }
    };
    Ok(draft)
}

impl Exercise for PdfProbability {
    fn id(&self) -> &'static str {
        "prob.pdf_probability"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::Seen;
    use crate::exercises::common::testing::near;
    use crate::exercises::common::testing::soundness_with;
    use std::collections::BTreeSet;

    /// The shape's height at x, up to its constant: 1, x, b − x or x².
    fn shape_at(shape: Shape, b: i64, x: f64) -> f64 {
        match shape {
            Shape::Uniform => 1.0,
            Shape::Rising => x,
            Shape::Falling => b as f64 - x,
            Shape::Square => x * x,
        }
    }

    /// Simpson's rule with 2000 intervals: exact for these polynomials up to rounding.
    fn integral(g: impl Fn(f64) -> f64, lo: f64, hi: f64) -> f64 {
        let n = 2000;
        let h = (hi - lo) / n as f64;
        let inner: f64 = (1..n)
            .map(|i| g(lo + i as f64 * h) * if i % 2 == 1 { 4.0 } else { 2.0 })
            .sum();
        (g(lo) + g(hi) + inner) * h / 3.0
    }

    #[test]
    fn probabilities_are_areas_and_mistakes_appear() {
        let mut names = Seen::default();
        let mut shapes = BTreeSet::new();
        soundness_with(
            &PdfProbability,
            &[1, 2, 3],
            draw,
            |_, d| build(d),
            |level, d, draft, ctx| {
                let got = draft.answer.expected.as_scalar().unwrap();
                assert!(got.is_exact(), "{ctx}");
                let got = got.to_f64();
                // The constant that makes the total area 1, by numerical integration.
                let total = integral(|x| shape_at(d.shape, d.b, x), d.a as f64, d.b as f64);
                match d.event {
                    Some((s, t)) => {
                        let want =
                            integral(|x| shape_at(d.shape, d.b, x), s as f64, t as f64) / total;
                        assert!((got - want).abs() < 1e-9, "{ctx}: {got} vs {want}");
                        assert!(
                            d.a <= s && s < t && t <= d.b && (s, t) != (d.a, d.b),
                            "{ctx}"
                        );
                    }
                    None => assert!(near(got, 1.0 / total), "{ctx}: {got} vs {}", 1.0 / total),
                }
                match level {
                    1 => assert!(
                        d.shape == Shape::Uniform && (4..=10).contains(&(d.b - d.a)),
                        "{ctx}"
                    ),
                    2 => assert!([2, 4, 6, 10].contains(&d.b) && d.a == 0, "{ctx}"),
                    _ => assert!((2..=8).contains(&d.b) && d.event.is_none(), "{ctx}"),
                }
                // The last hint is the last step: the product, difference or equation that gives
                // the answer, with this problem's numbers.
                let last = draft.hints.last().unwrap();
                let step = match (d.shape, d.event) {
                    (Shape::Uniform, Some((s, t))) => format!("= ({t} − {s})·"),
                    (_, Some(_)) => " = ".to_string(),
                    (_, None) => "·c: set it equal to 1".to_string(),
                };
                assert!(last.contains(&step), "{ctx}: {last}");
                shapes.insert(format!("{:?}{}", d.shape, level));
                names.note(draft);
            },
        );
        assert_eq!(shapes.len(), 6, "{shapes:?}");
        names.assert_all(&[
            "density_as_probability",
            "length_not_scaled",
            "measured_from_zero",
            "as_if_uniform",
            "forgot_factor",
            "area_not_inverted",
        ]);
    }

    #[test]
    fn a_worked_example() {
        let d = Drawn {
            shape: Shape::Rising,
            a: 0,
            b: 4,
            event: Some((1, 2)),
        };
        let draft = build(&d).unwrap();
        assert_eq!(draft.answer.canonical_text(), "3/16");
        assert_eq!(
            draft.solution.last().unwrap(),
            &Line::math("P(1 ≤ X ≤ 2) = F(2) − F(1) = 2²/16 − 1²/16 = 1/4 − 1/16 = 3/16")
        );
        // On [1, 3] the triangle's probability is the interval's share of [0, 4]: the
        // "as if uniform" mistake would be right, so that draw is redrawn.
        let symmetric = Drawn {
            event: Some((1, 3)),
            ..d
        };
        assert!(build(&symmetric).is_err());
        let c = build(&Drawn {
            shape: Shape::Square,
            a: 0,
            b: 4,
            event: None,
        })
        .unwrap();
        assert_eq!(c.answer.canonical_text(), "3/64");
    }
}
