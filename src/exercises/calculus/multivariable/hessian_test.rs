//! `calc.hessian_test`: the critical points of f(x, y) and what the second-derivative test says
//! they are (convention in [`super::second_derivative_test`], stated in the prompts: D =
//! ∂²f/∂x²·∂²f/∂y² − (∂²f/∂x∂y)², the Hessian's determinant).
//!
//! Built backwards so every critical point is an integer point and every D an integer.
//!
//! Level 1 (a vector): the critical point of f = a x² + b xy + c y² + d x + e y + k, with
//! d = −(2a·p + b·q), e = −(b·p + 2c·q) so that ∇f = 0 at (p, q), and 4ac − b² ≠ 0 so that it is
//! the only one; a, b, c in ±1..±3 (b ≠ 0: the two equations are coupled), p, q in −3..3, so
//! |d|, |e| ≤ 27. Named mistakes: the squares' factor 2 forgotten (the system [[a, b], [b, c]]),
//! the constants' signs flipped (the point negated), x and y swapped.
//!
//! Level 2 (a letter choice: minimum, maximum, saddle point, inconclusive): one critical point of
//! f is named; the class is drawn first (minimum, maximum, saddle 3/10 each, inconclusive 1/10),
//! then f and the point that have it, from two shapes:
//! - the valley s·x³ − 3s·p²·x + c·(y − m·x − n)², expanded: critical points (±p, ±m·p + n), where
//!   D = 12·c·s·x (the mixed term cancels out of D); with p = 0 its only critical point (0, n)
//!   has D = 0, and the test does not decide (along y = m·x + n, f = s·x³ + k);
//! - the folium s·(x³ + y³ − 3k·xy): a saddle at the origin (D = −9k², ∂²f/∂x² = 0) and an
//!   extremum at (k, k) (D = 27k²).
//!
//! Named mistakes (from [`misreadings`]): D without the mixed term or with it added, the sign of
//! ∂²f/∂x² alone (a saddle called an extremum), minimum and maximum swapped, and what each other
//! option needs.
//!
//! Level 3 (a number): f = s₁(x³ − 3p²x) + s₂(y³ − 3q²y) + k has the four critical points
//! (±p, ±q): one minimum, one maximum, two saddle points; the local minimum or maximum value is
//! asked. Named mistakes: the other extremum's value, the value at a saddle point, a coordinate of
//! the point instead of f's value.

mod drafts;

use super::second_derivative_test::Class;
use super::surface::{Surface, Term};
use crate::engine::{Draft, DrillRng, Exercise, GenError};
use drafts::{cubic, named, quadratic};

pub struct HessianTest;

/// The functions of level 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// s·x³ − 3s·p²·x + c·(y − m·x − n)².
    Valley {
        s: i64,
        p: i64,
        c: i64,
        m: i64,
        n: i64,
    },
    /// s·(x³ + y³ − 3k·xy).
    Folium { s: i64, k: i64 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Params {
    /// Level 1: f = a x² + b xy + c y² + d x + e y + k, its critical point `point`.
    Quadratic {
        a: i64,
        b: i64,
        c: i64,
        point: (i64, i64),
        k: i64,
    },
    /// Level 2: f = shape + k and the named critical point.
    Named {
        shape: Shape,
        point: (i64, i64),
        k: i64,
    },
    /// Level 3: f = s₁(x³ − 3p²x) + s₂(y³ − 3q²y) + k; the value at the `asked` extremum.
    Cubic {
        s1: i64,
        s2: i64,
        p: i64,
        q: i64,
        k: i64,
        asked: Class,
    },
}

/// The largest |coefficient| of f at level 2 (level 1 stays within 27 by its ranges).
const MAX_COEFFICIENT: i64 = 30;

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    match level {
        1 => {
            let (a, c) = (rng.nonzero_int(-3, 3), rng.nonzero_int(-3, 3));
            let b = rng.nonzero_int(-3, 3);
            let point = (rng.int(-3, 3), rng.int(-3, 3));
            if 4 * a * c == b * b || point == (0, 0) {
                return Err(GenError::Redraw("a singular Hessian or the origin"));
            }
            let k = rng.int(-9, 9);
            Ok(Params::Quadratic { a, b, c, point, k })
        }
        2 => draw_named(rng),
        3 => Ok(Params::Cubic {
            s1: rng.sign(),
            s2: rng.sign(),
            p: rng.int(1, 3),
            q: rng.int(1, 3),
            k: rng.int(-20, 20),
            asked: *rng.pick(&[Class::Minimum, Class::Maximum]),
        }),
        l => Err(GenError::Level(l)),
    }
}

/// Level 2: the class first, then a function and a critical point that have it.
fn draw_named(rng: &mut DrillRng) -> Result<Params, GenError> {
    let class = match rng.int(0, 9) {
        0..=2 => Class::Minimum,
        3..=5 => Class::Maximum,
        6..=8 => Class::Saddle,
        _ => Class::Inconclusive,
    };
    let k = rng.int(-9, 9);
    let s = rng.sign();
    if class != Class::Inconclusive && rng.chance(1, 2) {
        // Folium: the saddle at the origin, the extremum at (k, k), a minimum where s·k > 0.
        let kk = rng.nonzero_int(-3, 3);
        let (s, point) = match class {
            Class::Saddle => (s, (0, 0)),
            Class::Minimum => (kk.signum(), (kk, kk)),
            _ => (-kk.signum(), (kk, kk)),
        };
        let shape = Shape::Folium { s, k: kk };
        return Ok(Params::Named { shape, point, k });
    }
    // Valley: D = 12·c·s·x at x = ±p; an extremum where c·s·x > 0, a minimum when c > 0.
    let p = if class == Class::Inconclusive {
        0
    } else {
        rng.int(1, 3)
    };
    let mut c = rng.nonzero_int(-2, 2);
    match class {
        Class::Minimum => c = c.abs(),
        Class::Maximum => c = -c.abs(),
        _ => {}
    }
    let x = match class {
        Class::Saddle => -(c * s).signum() * p,
        _ => (c * s).signum() * p,
    };
    let m = rng.int(-2, 2);
    if class == Class::Inconclusive && m == 0 {
        return Err(GenError::Redraw("no mixed term"));
    }
    let n = rng.int(-3, 3);
    let shape = Shape::Valley { s, p, c, m, n };
    Ok(Params::Named {
        shape,
        point: (x, m * x + n),
        k,
    })
}

/// f as the prompt shows it.
pub fn surface(q: &Params) -> Surface {
    let t = Term::power;
    match *q {
        Params::Quadratic { a, b, c, point, k } => {
            let (p, r) = point;
            Surface::new([
                t(a, 2, 0),
                t(b, 1, 1),
                t(c, 0, 2),
                t(-(2 * a * p + b * r), 1, 0),
                t(-(b * p + 2 * c * r), 0, 1),
                t(k, 0, 0),
            ])
        }
        Params::Named { shape, k, .. } => match shape {
            Shape::Valley { s, p, c, m, n } => Surface::new([
                t(s, 3, 0),
                t(c * m * m, 2, 0),
                t(-2 * c * m, 1, 1),
                t(c, 0, 2),
                t(-3 * s * p * p + 2 * c * m * n, 1, 0),
                t(-2 * c * n, 0, 1),
                t(c * n * n + k, 0, 0),
            ]),
            Shape::Folium { s, k: kk } => {
                Surface::new([t(s, 3, 0), t(s, 0, 3), t(-3 * s * kk, 1, 1), t(k, 0, 0)])
            }
        },
        Params::Cubic {
            s1, s2, p, q, k, ..
        } => Surface::new([
            t(s1, 3, 0),
            t(-3 * s1 * p * p, 1, 0),
            t(s2, 0, 3),
            t(-3 * s2 * q * q, 0, 1),
            t(k, 0, 0),
        ]),
    }
}

pub fn build(level: u8, q: &Params) -> Result<Draft, GenError> {
    let f = surface(q);
    match (level, q) {
        (1, Params::Quadratic { a, b, c, point, .. }) => quadratic(&f, (*a, *b, *c), *point),
        (2, Params::Named { shape, point, .. }) => named(&f, shape, *point),
        (3, Params::Cubic { p, q, asked, .. }) => cubic(&f, (*p, *q), *asked),
        (l, _) => Err(GenError::Level(l)),
    }
}

impl Exercise for HessianTest {
    fn id(&self) -> &'static str {
        "calc.hessian_test"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{
        Seen, answer_f64, last_hint, prompt_text, soundness_with,
    };
    use crate::expr::Value;
    use crate::expr::{Expr, eval_at, parse};
    use crate::math::Scalar;
    use crate::math::calculus::critical::{Stationary, classify_2d, hessian_2d};
    use crate::math::calculus::finite_diff::gradient;
    use crate::math::calculus::symbolic;

    /// f parsed from its answer-language text (the prompt shows the same function, checked
    /// below): evaluated by the expression evaluator, independent of [`Surface`]'s arithmetic.
    struct Reader {
        f: Expr,
        hessian: Vec<Vec<Expr>>,
    }

    impl Reader {
        fn new(f: &Surface) -> Reader {
            let f = parse(&f.text()).unwrap();
            let hessian = symbolic::hessian(&f, &["x", "y"]).unwrap();
            Reader { f, hessian }
        }
        fn at(&self, x: f64, y: f64) -> f64 {
            eval_at(&self.f, &[("x", x), ("y", y)]).unwrap()
        }
        /// ∇f by central differences (step 1e-5).
        fn gradient(&self, (x, y): (f64, f64)) -> Vec<f64> {
            gradient(&|v: &[f64]| self.at(v[0], v[1]), &[x, y], 1e-5)
        }
        /// The library's classification of the symbolic Hessian (exact at integer points).
        fn class(&self, (x, y): (f64, f64)) -> Stationary {
            let h =
                |i: usize, j: usize| eval_at(&self.hessian[i][j], &[("x", x), ("y", y)]).unwrap();
            classify_2d([[h(0, 0), h(0, 1)], [h(1, 0), h(1, 1)]])
        }
        /// The classification of a finite-difference Hessian.
        fn class_fd(&self, (x, y): (f64, f64)) -> Stationary {
            classify_2d(hessian_2d(&|x, y| self.at(x, y), x, y).unwrap())
        }
    }

    fn stationary(letter: char) -> Stationary {
        match letter {
            'a' => Stationary::Minimum,
            'b' => Stationary::Maximum,
            'c' => Stationary::Saddle,
            _ => Stationary::Inconclusive,
        }
    }

    #[test]
    fn answers_match_finite_differences_and_the_librarys_test() {
        let mut seen = [Seen::default(), Seen::default(), Seen::default()];
        let mut classes = std::collections::BTreeMap::new();
        let mut asked = [0, 0];
        soundness_with(
            &HessianTest,
            &[1, 2, 3],
            draw,
            build,
            |level, q, d, case| {
                let f = surface(q);
                assert!(prompt_text(d).contains(&f.pretty()), "{case}");
                let biggest = f.terms.iter().map(|t| t.c.abs()).max().unwrap();
                let r = Reader::new(&f);
                let flat = |g: Vec<f64>| g.iter().all(|v| v.abs() < 1e-6 * biggest as f64);
                let to_f = |(a, b): (i64, i64)| (a as f64, b as f64);
                match (level, q) {
                    (1, Params::Quadratic { point, .. }) => {
                        assert!(biggest <= 27, "{case}: {}", f.pretty());
                        let Value::Vector(xy) = &d.answer.expected else {
                            panic!("{case}: not a vector")
                        };
                        let xy: Vec<f64> = xy.iter().map(Scalar::to_f64).collect();
                        assert_eq!(xy, [point.0 as f64, point.1 as f64], "{case}");
                        assert!(point.0.abs() <= 3 && point.1.abs() <= 3, "{case}");
                        assert!(flat(r.gradient(to_f(*point))), "{case}");
                        // the Hessian is nonsingular: no other critical point
                        assert_ne!(r.class(to_f(*point)), Stationary::Inconclusive, "{case}");
                        assert!(last_hint(d).starts_with("Solve "), "{case}");
                    }
                    (2, Params::Named { point, .. }) => {
                        assert!(biggest <= MAX_COEFFICIENT, "{case}: {}", f.pretty());
                        assert!(flat(r.gradient(to_f(*point))), "{case}");
                        let Value::Choice(letter) = d.answer.expected else {
                            panic!("{case}: not a choice")
                        };
                        let want = r.class(to_f(*point));
                        assert_eq!(stationary(letter), want, "{case}: {}", f.pretty());
                        if want != Stationary::Inconclusive {
                            assert_eq!(r.class_fd(to_f(*point)), want, "{case}");
                        }
                        *classes.entry(letter).or_insert(0) += 1;
                        assert!(last_hint(d).contains("Read the test: D < 0"), "{case}");
                    }
                    (
                        3,
                        Params::Cubic {
                            p, q: qq, asked: a, ..
                        },
                    ) => {
                        let pts = [(*p, *qq), (*p, -qq), (-p, *qq), (-p, -qq)].map(to_f);
                        for &pt in &pts {
                            assert!(flat(r.gradient(pt)), "{case}: {pt:?}");
                        }
                        let want = match a {
                            Class::Minimum => Stationary::Minimum,
                            _ => Stationary::Maximum,
                        };
                        let found: Vec<_> =
                            pts.iter().filter(|&&pt| r.class_fd(pt) == want).collect();
                        let [&(x, y)] = found[..] else {
                            panic!("{case}: {} points of the asked kind", found.len())
                        };
                        let got = answer_f64(d);
                        assert!((got - r.at(x, y)).abs() < 1e-9, "{case}");
                        // and it is one: f is no lower (no higher) a step away in any direction
                        let sign = if want == Stationary::Minimum {
                            1.0
                        } else {
                            -1.0
                        };
                        for (dx, dy) in [
                            (0.01, 0.0),
                            (-0.01, 0.0),
                            (0.0, 0.01),
                            (0.0, -0.01),
                            (0.01, -0.01),
                        ] {
                            assert!(sign * (r.at(x + dx, y + dy) - got) > 0.0, "{case}");
                        }
                        asked[usize::from(want == Stationary::Maximum)] += 1;
                        assert!(last_hint(d).ends_with("evaluate f there."), "{case}");
                    }
                    _ => panic!("{case}: parameters of another level"),
                }
                seen[level as usize - 1].note(d);
            },
        );
        seen[0].assert_exactly(&["signs_flipped", "factor_two_forgotten", "swapped"]);
        seen[1].assert_exactly(&[
            "mixed_term_left_out",
            "mixed_term_added",
            "fxx_alone",
            "min_max_swapped",
            "saddle_misread",
            "inconclusive_misread",
            "minimum_misread",
            "maximum_misread",
        ]);
        seen[2].assert_exactly(&[
            "other_extremum",
            "saddle_value",
            "other_saddle_value",
            "point_not_value",
        ]);
        // every class at level 2, the three main ones each about 3/10 of the time
        let total: usize = classes.values().sum();
        for letter in ['a', 'b', 'c'] {
            let share = classes.get(&letter).copied().unwrap_or(0) as f64 / total as f64;
            assert!(
                (0.2..0.4).contains(&share),
                "{letter}: {share} of {classes:?}"
            );
        }
        assert!(classes.get(&'d').is_some_and(|&n| n > 0), "{classes:?}");
        assert!(asked.iter().all(|&n| n > 0), "{asked:?}");
    }
}
