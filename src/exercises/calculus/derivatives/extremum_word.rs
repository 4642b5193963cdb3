//! `calc.extremum_word`: an optimization word problem in one variable, solved by setting the
//! derivative to zero.
//!
//! Level 1: least squares for one number: the `c` minimising `S(c) = Σ(c − aᵢ)²` over 5
//! integers in 1..20 with an integer mean (it is the mean). Level 2: a rectangular pen along a
//! wall from `P = 4k` metres of fence (three sides fenced): the side `x` away from the wall or the
//! largest area (`x = P/4`, `A = P²/8`). Level 3: an open box folded from a square sheet of side
//! `s = 6k` cm after cutting `x × x` squares from the corners: the cut `x` or the largest volume
//! (`V' = (s − 2x)(s − 6x)`, so `x = s/6` and `V = 16k³`).
//!
//! Named mistakes: the objective's value for the argmin (or the argmin for the value), the sum
//! `Σaᵢ` not divided by n, the median (which minimises `Σ|c − aᵢ|`), the side along the wall,
//! a square pen fenced on four sides, and the root `x = s/2` of `V'` (the boundary, where the box
//! has no base).

use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, data_list, num, value_sum};
use crate::math::Scalar;

pub struct ExtremumWord;

#[derive(Clone, Debug)]
pub struct Params {
    /// Level 1: the data `aᵢ`. Levels 2 and 3: `[k]`, the size (`P = 4k`, `s = 6k`).
    pub numbers: Vec<i64>,
    /// Levels 2 and 3: whether the value (area, volume) is asked rather than the argmax.
    pub value_asked: bool,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    match level {
        1 => {
            let mut numbers: Vec<i64> = (0..4).map(|_| rng.int(1, 20)).collect();
            // The fifth makes the sum a multiple of 5, so the mean is an integer.
            let sum: i64 = numbers.iter().sum();
            let fits: Vec<i64> = (1..=20).filter(|v| (sum + v) % 5 == 0).collect();
            numbers.push(*rng.pick(&fits));
            Ok(Params {
                numbers,
                value_asked: false,
            })
        }
        2 => Ok(Params {
            numbers: vec![rng.int(5, 30)],
            value_asked: rng.chance(1, 2),
        }),
        3 => Ok(Params {
            numbers: vec![rng.int(2, 6)],
            value_asked: rng.chance(1, 2),
        }),
        l => Err(GenError::Level(l)),
    }
}

pub fn build(level: u8, q: &Params) -> Result<Draft, GenError> {
    match level {
        1 => least_squares(&q.numbers),
        2 => pen(q.numbers[0], q.value_asked),
        _ => open_box(q.numbers[0], q.value_asked),
    }
}

fn least_squares(a: &[i64]) -> Result<Draft, GenError> {
    let s = Scalar::int;
    let n = a.len() as i64;
    let total: i64 = a.iter().sum();
    let c = Scalar::frac(total, n);
    let objective = a
        .iter()
        .fold(Scalar::ZERO, |acc, &x| acc + (c - s(x)) * (c - s(x)));
    let mut sorted = a.to_vec();
    sorted.sort_unstable();
    let median = s(sorted[a.len() / 2]);
    let answer = AnswerSpec::scalar(c);
    let mut ms = Mistakes::new(&answer.expected);
    ms.require(
        "value_instead_of_argmin",
        objective,
        "That is the smallest value of S, the sum of squares itself. The question asks for c, \
         the number where S is smallest.",
    )?;
    ms.require(
        "sum_not_divided",
        s(total),
        "S'(c) = 2(n·c − Σaᵢ) = 0 gives n·c = Σaᵢ: divide by n, the number of values.",
    )?;
    ms.optional(
        "median",
        median,
        "The median minimises the sum of absolute deviations Σ|c − aᵢ|. For the sum of \
         squares set S'(c) = 0.",
    );
    let data: Vec<Scalar> = a.iter().map(|&x| s(x)).collect();
    let prompt = vec![
        Line::text("One number c should summarise the measurements ")
            .m(data_list(&data))
            .t(" as well as possible in the least-squares sense: it minimises"),
        Line::math("S(c) = (c − a₁)² + (c − a₂)² + … + (c − a₅)²"),
        Line::text("where a₁, …, a₅ are the measurements. Find the c that minimises S."),
    ];
    let solution = vec![
        Line::math(format!(
            "S'(c) = 2(c − a₁) + … + 2(c − a₅) = 2(5c − Σaᵢ) = 2(5c − {total})"
        )),
        Line::text("with ")
            .m(chain("Σaᵢ", &[value_sum(&data), num(s(total))]))
            .t("."),
        Line::text("S'(c) = 0 gives ")
            .m(chain("c", &[format!("{total}/5"), num(c)]))
            .t(", the mean."),
        Line::text("S''(c) = 10 > 0, so this is the minimum."),
    ];
    let hints = vec![
        "Differentiate term by term: the derivative of (c − aᵢ)² is 2(c − aᵢ).".to_string(),
        format!("S'(c) = 2(5c − {total}): set it to 0 and solve for c."),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

fn pen(k: i64, value_asked: bool) -> Result<Draft, GenError> {
    let s = Scalar::int;
    let p = 4 * k;
    let (side, along, area) = (s(k), s(2 * k), s(2 * k * k));
    let answer = AnswerSpec::scalar(if value_asked { area } else { side });
    let mut ms = Mistakes::new(&answer.expected);
    if value_asked {
        ms.require(
            "argmax_instead_of_value",
            side,
            "That is the best x, the side away from the wall. The question asks for the \
             largest area A itself.",
        )?;
        ms.require(
            "four_sided_square",
            s(k * k),
            "That is a square pen fenced on all four sides. Along the wall no fence is \
             needed: the fence makes only three sides, two of length x and one of P − 2x.",
        )?;
        ms.optional(
            "side_along_wall",
            along,
            "That is the side along the wall, P − 2x. Put the best x into A(x) = x(P − 2x).",
        );
    } else {
        ms.require(
            "value_instead_of_argmax",
            area,
            "That is the largest area. The question asks for x, the length of each side away \
             from the wall.",
        )?;
        ms.require(
            "side_along_wall",
            along,
            "That is the side along the wall, P − 2x. The question asks for x, each of the two \
             sides away from the wall.",
        )?;
    }
    let asked = if value_asked {
        "Find the largest area the pen can have, in square metres."
    } else {
        "Find the length x of each side away from the wall that gives the largest area, in \
         metres."
    };
    let prompt = vec![
        Line::text(format!(
            "A farmer has P = {p} m of fence for a rectangular pen along a straight wall: the \
             fence makes the other three sides, two of length x away from the wall and one \
             parallel to it."
        )),
        Line::text(asked),
    ];
    let mut solution = vec![
        Line::math(format!("A(x) = x(P − 2x) = x({p} − 2x) = {p}x − 2x²")),
        Line::math(format!("A'(x) = {p} − 4x = 0 at x = {p}/4 = {k}")),
        Line::text("A''(x) = −4 < 0, so this is the maximum; the side along the wall is ")
            .m(format!("{p} − 2·{k} = {}", 2 * k)),
    ];
    if value_asked {
        solution.push(Line::math(format!(
            "A({k}) = {k}·{} = {}",
            2 * k,
            num(area)
        )));
    } else {
        solution.push(Line::text("The best side away from the wall is ").m(format!("x = {k}")));
    }
    let hints = vec![
        format!("The side along the wall is {p} − 2x, so the area is A(x) = x({p} − 2x)."),
        if value_asked {
            format!("A'(x) = {p} − 4x: solve A'(x) = 0, then put that x into A(x).")
        } else {
            format!("A'(x) = {p} − 4x: solve A'(x) = 0.")
        },
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

fn open_box(k: i64, value_asked: bool) -> Result<Draft, GenError> {
    let s = Scalar::int;
    let side = 6 * k;
    let volume = s(16 * k * k * k);
    let answer = AnswerSpec::scalar(if value_asked { volume } else { s(k) });
    let mut ms = Mistakes::new(&answer.expected);
    if value_asked {
        ms.require(
            "argmax_instead_of_value",
            s(k),
            "That is the best cut x. The question asks for the largest volume V itself.",
        )?;
        ms.require(
            "boundary",
            Scalar::ZERO,
            "That is the volume at x = s/2, the other root of V'(x): there the whole sheet is \
             cut away and the box has no base. The maximum is at the other root.",
        )?;
    } else {
        ms.require(
            "value_instead_of_argmax",
            volume,
            "That is the largest volume. The question asks for x, the side of the squares cut \
             from the corners.",
        )?;
        ms.require(
            "boundary",
            s(3 * k),
            "That root of V'(x) is x = s/2, the boundary: the whole sheet is cut away, and the \
             volume there is 0, the least possible. Take the other root.",
        )?;
    }
    let asked = if value_asked {
        "Find the largest volume the box can have, in cm³."
    } else {
        "Find the cut x, in cm, that gives the largest volume."
    };
    let prompt = vec![
        Line::text(format!(
            "An open box is made from a square sheet of side s = {side} cm: squares of side x \
             are cut from the four corners and the flaps are folded up."
        )),
        Line::text(asked),
    ];
    let base = side - 2 * k;
    let mut solution = vec![
        Line::math(format!("V(x) = x(s − 2x)² = x({side} − 2x)²")),
        Line::math(format!(
            "V'(x) = (s − 2x)² − 4x(s − 2x) = (s − 2x)(s − 6x) = ({side} − 2x)({side} − 6x)"
        )),
        Line::text("V'(x) = 0 at ")
            .m(format!("x = {side}/6 = {k}"))
            .t(" and at ")
            .m(format!("x = {side}/2 = {}", 3 * k))
            .t(", where nothing is left of the sheet (V = 0, the boundary of 0 ≤ x ≤ s/2)."),
    ];
    if value_asked {
        solution.push(Line::math(format!(
            "V({k}) = {k}·({side} − 2·{k})² = {k}·{base}² = {}",
            num(volume)
        )));
    } else {
        solution.push(
            Line::text("V grows up to the first root and falls after it: the best cut is ")
                .m(format!("x = {k}")),
        );
    }
    let hints = vec![
        format!(
            "The base is ({side} − 2x) by ({side} − 2x) and the height x: V(x) = x({side} − 2x)²."
        ),
        if value_asked {
            format!(
                "V'(x) = ({side} − 2x)({side} − 6x): of its roots, take the one inside the box's range and put it into V(x)."
            )
        } else {
            format!("V'(x) = ({side} − 2x)({side} − 6x): of its roots, one leaves no box at all.")
        },
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

impl Exercise for ExtremumWord {
    fn id(&self) -> &'static str {
        "calc.extremum_word"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, last_hint, soundness_with};

    /// The maximiser and maximum of `g` on `[lo, hi]` by a grid and golden-section refinement.
    fn maximise(g: impl Fn(f64) -> f64, lo: f64, hi: f64) -> (f64, f64) {
        let n = 2000;
        let at = |i: usize| lo + (hi - lo) * i as f64 / n as f64;
        let best = (0..=n)
            .max_by(|&i, &j| g(at(i)).total_cmp(&g(at(j))))
            .unwrap();
        let (mut a, mut b) = (at(best.saturating_sub(1)), at((best + 1).min(n)));
        let r = (5f64.sqrt() - 1.0) / 2.0;
        for _ in 0..200 {
            let (c, d) = (b - r * (b - a), a + r * (b - a));
            if g(c) > g(d) {
                b = d;
            } else {
                a = c;
            }
        }
        let x = (a + b) / 2.0;
        (x, g(x))
    }

    #[test]
    fn optima_match_a_numerical_search() {
        let mut seen = Seen::default();
        soundness_with(
            &ExtremumWord,
            &[1, 2, 3],
            draw,
            build,
            |level, q, d, ctx| {
                let got = answer_f64(d);
                let (x, value) = match level {
                    1 => {
                        let a: Vec<f64> = q.numbers.iter().map(|&v| v as f64).collect();
                        assert!(a.iter().all(|&v| (1.0..=20.0).contains(&v)), "{ctx}");
                        let s = |c: f64| -a.iter().map(|v| (c - v).powi(2)).sum::<f64>();
                        let (x, v) = maximise(s, 0.0, 21.0);
                        (x, -v)
                    }
                    2 => {
                        let p = 4.0 * q.numbers[0] as f64;
                        maximise(|x| x * (p - 2.0 * x), 0.0, p / 2.0)
                    }
                    _ => {
                        let s = 6.0 * q.numbers[0] as f64;
                        maximise(|x| x * (s - 2.0 * x).powi(2), 0.0, s / 2.0)
                    }
                };
                let want = if q.value_asked { value } else { x };
                assert!(
                    (got - want).abs() < 1e-6 * want.abs().max(1.0),
                    "{ctx}: {got} vs {want}"
                );
                assert!(last_hint(d).contains('\''), "{ctx}");
                seen.note(d);
            },
        );
        seen.assert_exactly(&[
            "value_instead_of_argmin",
            "sum_not_divided",
            "median",
            "argmax_instead_of_value",
            "four_sided_square",
            "value_instead_of_argmax",
            "side_along_wall",
            "boundary",
        ]);
    }
}
