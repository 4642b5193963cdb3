//! `stats.iris_correlation`: covariance, correlation and the least-squares slope of two real
//! measurements of the same flowers, drawn from Fisher's Iris data ([`IrisSample`]: a species,
//! a pair of its columns — petal length and width, sepal length and width, or sepal and petal
//! length — and `n` flowers), worked with [`Paired`].
//!
//! Level 1: the sample covariance (÷ n − 1, as `np.cov` and pandas' `cov()`; stated) of 5
//! flowers, exactly. The flowers are redrawn until both means have one decimal (the sums in
//! tenths are multiples of 5), so the deviations have one decimal and the products two.
//! Level 2: Pearson's r of 6 flowers to 4 significant figures. Level 3: `[r, b]`, r and the
//! least-squares slope b of y on x, for 8 or 10 flowers. At levels 2 and 3 both means have at
//! most two decimals, and the flowers are redrawn while |r| < 0.1 or |r| > 0.99 (so r, r² and the
//! mixed-divisor value stay apart).
//!
//! Named mistakes: dividing by n (the population covariance, `np.cov(…, bias=True)`), not
//! dividing at all, the values multiplied without subtracting the means; the covariance for r,
//! n − 1 in the covariance with n in the standard deviations (np.cov with np.std's default), r²;
//! the slope of x on y, r² for r.

use super::iris_draw::{IrisSample, Measure, SPECIES, mean_within};
use super::paired::Paired;
use super::summary::per;
use super::text::{answer_value, dec, shown};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, num};
use crate::expr::Value;
use crate::math::Scalar;

pub struct IrisCorrelation;

/// The column pairs asked about, as (x, y).
const PAIRS: [(Measure, Measure); 3] = [
    (Measure::PetalLength, Measure::PetalWidth),
    (Measure::SepalLength, Measure::SepalWidth),
    (Measure::SepalLength, Measure::PetalLength),
];

const MIXED_DIVISORS: &str = "You divided by n − 1 in the covariance and by n in the standard \
     deviations (as np.cov and np.std's default do). Use the same divisor everywhere; it then \
     cancels.";

const R_SQUARED: &str = "That is r², the share of the variance explained. r itself keeps its \
     sign and is the square root of that share.";

/// The drawn flowers: which ones, which columns, and their paired values.
struct Flowers {
    sample: IrisSample,
    x: Measure,
    y: Measure,
    d: Paired,
}

impl Flowers {
    /// `n` flowers of a drawn species and column pair whose means have at most `places`
    /// decimals and whose paired data pass `accept`.
    fn draw(
        rng: &mut DrillRng,
        n: usize,
        places: u32,
        accept: impl Fn(&Paired) -> bool,
    ) -> Result<Flowers, GenError> {
        let species = *rng.pick(&SPECIES);
        let (x, y) = *rng.pick(&PAIRS);
        let (sample, mut v) = IrisSample::draw_where(rng, species, n, &[x, y], |v| {
            mean_within(&v[0], places)
                && mean_within(&v[1], places)
                && accept(&Paired::new(v[0].clone(), v[1].clone()))
        })?;
        let ys = v.pop().unwrap_or_default();
        let xs = v.pop().unwrap_or_default();
        Ok(Flowers {
            sample,
            x,
            y,
            d: Paired::new(xs, ys),
        })
    }

    /// `of these 5 Iris setosa flowers (Fisher 1936), with x the sepal length and y the sepal
    /// width in cm`.
    fn described(&self) -> String {
        format!(
            "of these {}, with x the {} and y the {} in cm",
            self.sample.flowers(),
            self.x.words(),
            self.y.words()
        )
    }

    /// Pearson's r in f64 from the exact sums.
    fn r(&self) -> f64 {
        r_of(&self.d)
    }
}

fn r_of(d: &Paired) -> f64 {
    d.sxy.to_f64() / (d.sxx.to_f64() * d.syy.to_f64()).sqrt()
}

/// Whether r is defined and neither near 0 nor near ±1.
fn moderate(d: &Paired) -> bool {
    !d.sxx.is_zero() && !d.syy.is_zero() && (0.1..=0.99).contains(&r_of(d).abs())
}

/// The solution line computing r from the sums.
fn r_line(d: &Paired, r: f64) -> Line {
    let prod = d.sxx * d.syy;
    Line::text("Then ").m(chain(
        "r = Sxy/√(Sxx·Syy)",
        &[
            format!("{}/√({}·{})", dec(d.sxy), dec(d.sxx), dec(d.syy)),
            format!("{}/√{}", dec(d.sxy), dec(prod)),
            num(Scalar::Real(r)),
        ],
    ))
}

fn sums_hint(d: &Paired) -> String {
    format!(
        "Sxx = {}, Syy = {} and Sxy = {}",
        dec(d.sxx),
        dec(d.syy),
        dec(d.sxy)
    )
}

fn means_hint(d: &Paired) -> String {
    format!(
        "r = Sxy/√(Sxx·Syy), with the sums of squares and products of the deviations from the \
         means {} (x) and {} (y).",
        dec(d.mx),
        dec(d.my)
    )
}

impl IrisCorrelation {
    fn covariance(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let f = Flowers::draw(rng, 5, 1, |d| !d.sxy.is_zero())?;
        let d = &f.d;
        let n = d.n();
        let cov = per(d.sxy, n - 1);
        let answer = AnswerSpec::scalar(answer_value(cov));
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "population",
            answer_value(per(d.sxy, n)),
            "You divided by n: that is the population covariance (np.cov with bias=True). \
             The sample covariance, np.cov's default, divides by n − 1.",
        )?;
        mistakes.require(
            "no_division",
            answer_value(d.sxy),
            "That is the sum of the products of the deviations. The covariance averages it: \
             divide by n − 1.",
        )?;
        let raw =
            d.xs.iter()
                .zip(&d.ys)
                .fold(Scalar::ZERO, |s, (&a, &b)| s + a * b);
        mistakes.optional(
            "uncentered",
            answer_value(per(raw, n - 1)),
            "You multiplied the values themselves. Subtract the means first: the covariance \
             averages the products of the deviations from the means.",
        );
        let mut solution = d.mean_lines();
        solution.extend(d.deviation_lines());
        solution.push(d.sxy_line());
        solution.push(
            Line::text(format!("Divide by n − 1 = {}: ", n - 1)).m(chain(
                "cov(x, y)",
                &[format!("{}/{}", dec(d.sxy), n - 1), shown(cov)],
            )),
        );
        let mut prompt = vec![Line::text(format!(
            "Find the sample covariance cov(x, y) {}.",
            f.described()
        ))];
        prompt.extend(d.data_lines());
        prompt.push(Line::text(
            "Divide by n − 1, as np.cov and pandas' cov() do. Give the exact value.",
        ));
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints: vec![
                format!(
                    "The means are {} (x) and {} (y): subtract them from the x and the y \
                     values, and multiply the deviations pair by pair.",
                    dec(d.mx),
                    dec(d.my)
                ),
                format!(
                    "The products of the deviations add up to Sxy = {}: divide by {}.",
                    dec(d.sxy),
                    n - 1
                ),
            ],
            mistakes: mistakes.finish()?,
        })
    }

    fn correlation(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let f = Flowers::draw(rng, 6, 2, moderate)?;
        let d = &f.d;
        let n = d.n() as f64;
        let r = f.r();
        let answer = AnswerSpec::scalar(Scalar::Real(r));
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "covariance_not_r",
            answer_value(per(d.sxy, d.n() - 1)),
            "That is the covariance, which has the units of x times y. The correlation \
             divides it by both standard deviations, which puts it between −1 and 1.",
        )?;
        mistakes.require(
            "mixed_divisors",
            Scalar::Real(r * n / (n - 1.0)),
            MIXED_DIVISORS,
        )?;
        mistakes.optional("r_squared", Scalar::Real(r * r), R_SQUARED);
        let mut solution = d.mean_lines();
        solution.extend(d.deviation_lines());
        solution.extend([d.sxx_line(), d.syy_line(), d.sxy_line(), r_line(d, r)]);
        let mut prompt = vec![Line::text(format!(
            "Find Pearson's correlation coefficient r {}. Give r to 4 significant figures.",
            f.described()
        ))];
        prompt.extend(d.data_lines());
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints: vec![
                means_hint(d),
                format!("{}: divide Sxy by √(Sxx·Syy).", sums_hint(d)),
            ],
            mistakes: mistakes.finish()?,
        })
    }

    fn correlation_and_slope(&self, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let n = *rng.pick(&[8usize, 10]);
        let f = Flowers::draw(rng, n, 2, moderate)?;
        let d = &f.d;
        let r = f.r();
        let slope = |num: Scalar, den: Scalar| {
            num.checked_div(den)
                .map(|b| Scalar::Real(b.to_f64()))
                .ok_or(GenError::Redraw("no spread"))
        };
        let b = slope(d.sxy, d.sxx)?;
        let pair = |r: f64, b: Scalar| Value::Vector(vec![Scalar::Real(r), b]);
        let answer = AnswerSpec::entrywise(pair(r, b));
        let mut mistakes = Mistakes::new(&answer.expected);
        mistakes.require(
            "x_on_y",
            pair(r, slope(d.sxy, d.syy)?),
            "The second entry divides by the spread of y: that is the slope of x regressed on \
             y. The slope of y on x divides the sum of products of the deviations by the sum \
             of squared deviations of x.",
        )?;
        mistakes.require("r_squared", pair(r * r, b), R_SQUARED)?;
        let nf = n as f64;
        mistakes.optional(
            "mixed_divisors",
            pair(r * nf / (nf - 1.0), b),
            MIXED_DIVISORS,
        );
        let mut solution = d.mean_lines();
        solution.extend(d.deviation_lines());
        solution.extend([d.sxx_line(), d.syy_line(), d.sxy_line(), r_line(d, r)]);
        solution.push(Line::text("The slope of y on x: ").m(chain(
            "b = Sxy/Sxx",
            &[format!("{}/{}", dec(d.sxy), dec(d.sxx)), num(b)],
        )));
        solution.push(Line::text("Answer: ").v(answer.expected.clone()));
        let mut prompt = vec![Line::text(format!(
            "Find Pearson's r and the least-squares slope b of y on x (the line y = a + b·x) {}.",
            f.described()
        ))];
        prompt.extend(d.data_lines());
        prompt.push(Line::text(
            "Give [r, b] as a vector, each to 4 significant figures.",
        ));
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints: vec![
                means_hint(d),
                "The slope b = Sxy/Sxx uses the same sums: the line passes through the point of \
                 means."
                    .to_string(),
                format!("{}: r = Sxy/√(Sxx·Syy) and b = Sxy/Sxx.", sums_hint(d)),
            ],
            mistakes: mistakes.finish()?,
        })
    }
}

impl Exercise for IrisCorrelation {
    fn id(&self) -> &'static str {
        "stats.iris_correlation"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        match level {
            1 => self.covariance(rng),
            2 => self.correlation(rng),
            3 => self.correlation_and_slope(rng),
            l => Err(GenError::Level(l)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::iris_draw::reference::{assert_rows_of, has_places, named_in};
    use super::*;
    use crate::exercises::common::testing::near as close;
    use crate::exercises::common::testing::soundness;
    use crate::exercises::common::testing::{mistake_names, parse_list, prompt_line};
    use crate::math::stats::descriptive::{self as ds, Divisor};

    #[test]
    fn answers_match_a_direct_computation_and_the_flowers_are_real() {
        let mut signs = [0usize; 2];
        soundness(&IrisCorrelation, &[1, 2, 3], |level, d, ctx| {
            let head = prompt_line(d, 0);
            let xs = parse_list(&prompt_line(d, 1)[3..]);
            let ys = parse_list(&prompt_line(d, 2)[3..]);
            let n = xs.len();
            assert_eq!(ys.len(), n, "{ctx}");
            // Each (x, y) is one flower of the named species: a row of the CSV, read on its own.
            let (species, columns) = named_in(&head);
            assert_eq!(columns.len(), 2, "{ctx}: {head}");
            assert!(head.contains(&format!("these {n} Iris {species} flowers")));
            assert_rows_of(species, &columns, &[xs.clone(), ys.clone()], ctx);
            let (mx, my) = (ds::mean(&xs).unwrap(), ds::mean(&ys).unwrap());
            let places = if level == 1 { 1 } else { 2 };
            assert!(has_places(mx, places) && has_places(my, places), "{ctx}");
            let names: Vec<_> = d.mistakes.iter().map(|m| m.name).collect();
            let last = d.hints.last().unwrap();
            let r = ds::correlation(&xs, &ys).unwrap();
            match level {
                1 => {
                    assert_eq!(n, 5, "{ctx}");
                    assert!(prompt_line(d, 3).contains("n − 1"), "{ctx}");
                    let want = ds::covariance(&xs, &ys, Divisor::Sample).unwrap();
                    let got = d.answer.expected.as_scalar().unwrap().to_f64();
                    assert!(close(got, want), "{ctx}: {got} vs {want}");
                    assert!(has_places(got, 4), "{ctx}: exact, four decimals at most");
                    assert!(names.contains(&"population"), "{ctx}");
                    assert!(last.ends_with("divide by 4."), "{ctx}: {last}");
                }
                2 => {
                    assert_eq!(n, 6, "{ctx}");
                    let got = d.answer.expected.as_scalar().unwrap().to_f64();
                    assert!(close(got, r), "{ctx}: {got} vs {r}");
                    assert!(names.contains(&"mixed_divisors"), "{ctx}");
                    assert!(last.ends_with("divide Sxy by √(Sxx·Syy)."), "{ctx}");
                }
                _ => {
                    assert!(n == 8 || n == 10, "{ctx}");
                    let Value::Vector(v) = &d.answer.expected else {
                        panic!("{ctx}: not a vector")
                    };
                    let line = ds::least_squares(&xs, &ys).unwrap();
                    assert!(close(v[0].to_f64(), r), "{ctx}");
                    assert!(close(v[1].to_f64(), line.slope), "{ctx}");
                    assert!(names.contains(&"x_on_y"), "{ctx}");
                    assert!(last.ends_with("b = Sxy/Sxx."), "{ctx}: {last}");
                }
            }
            if level > 1 {
                assert!((0.1..=0.99).contains(&r.abs()), "{ctx}: r = {r}");
                signs[usize::from(r > 0.0)] += 1;
            }
        });
        assert!(signs.iter().all(|&s| s > 20), "{signs:?}");
    }

    #[test]
    fn every_named_mistake_occurs() {
        for (level, expected) in [
            (1, &["population", "no_division", "uncentered"][..]),
            (2, &["covariance_not_r", "mixed_divisors", "r_squared"][..]),
            (3, &["x_on_y", "r_squared", "mixed_divisors"][..]),
        ] {
            let seen = mistake_names(&IrisCorrelation, level, 200);
            for name in expected {
                assert!(seen.0.contains(name), "level {level}: {name} never occurs");
            }
        }
    }
}
