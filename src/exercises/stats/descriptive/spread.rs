//! What `stats.sample_variance` and `stats.standard_deviation` share: the data set of a level,
//! the convention the prompt states (n − 1 or n), the worked steps to the variance, and the
//! messages of the mistakes both kinds name.
//!
//! Level 1: 4–6 integers around an integer mean (deviations within ±5), sum of squared
//! deviations divisible by the divisor. Level 2: 5–8 integers around an integer mean (deviations
//! within ±8). Level 3: 8–10 values with one decimal. The kinds add their own conditions (an
//! integer or a fractional variance, a perfect square).

use super::data::{around, zero_sum_where};
use super::summary::{Convention, mean, per, sum_sq_dev, total, variance};
use super::text::{answer_value, sum};
use crate::engine::{DrillRng, GenError, Line};
use crate::exercises::common::{chain, num};
use crate::exercises::common::{data_list, decimal};
use crate::math::Scalar;

/// A data set and the convention its prompt asks for.
pub struct Spread {
    pub xs: Vec<Scalar>,
    pub conv: Convention,
    pub mean: Scalar,
    /// `Σ (xᵢ − mean)²`.
    pub ss: Scalar,
    /// Whether answers are given as decimals to 4 significant figures (level 3) rather than
    /// exactly.
    pub real: bool,
}

/// What a kind needs of the sum of squared deviations `ss` (of the integer deviations, before
/// the level-3 scaling) given the divisor: e.g. `ss % div == 0`.
pub type Accept = fn(ss: i64, div: i64) -> bool;

impl Spread {
    /// The data of `level`, with the convention drawn (sample or population, equally often).
    pub fn draw(level: u8, rng: &mut DrillRng, accept: Accept) -> Result<Spread, GenError> {
        let conv = if rng.chance(1, 2) {
            Convention::Sample
        } else {
            Convention::Population
        };
        let (n, k, center, scale) = match level {
            1 => (rng.int(4, 6) as usize, 5, Scalar::int(rng.int(5, 20)), 1),
            2 => (rng.int(5, 8) as usize, 8, Scalar::int(rng.int(8, 40)), 1),
            3 => (
                rng.int(8, 10) as usize,
                30,
                Scalar::frac(rng.int(40, 150), 10),
                10,
            ),
            l => return Err(GenError::Level(l)),
        };
        let div = conv.divisor(n) as i64;
        let d = zero_sum_where(rng, n, k, |ss| accept(ss, div))?;
        if d.iter().filter(|&&x| x != 0).count() < 2 {
            return Err(GenError::Redraw("fewer than two values off the mean"));
        }
        let xs = around(center, &d, scale);
        let mean = mean(&xs);
        Ok(Spread {
            ss: sum_sq_dev(&xs, mean),
            xs,
            conv,
            mean,
            real: level == 3,
        })
    }

    /// A statistic as the answer holds it: a real number at level 3, else exact (a decimal
    /// where it has a short one, see [`answer_value`]).
    pub fn value(&self, x: Scalar) -> Scalar {
        if self.real {
            Scalar::Real(x.to_f64())
        } else {
            answer_value(x)
        }
    }

    pub fn n(&self) -> usize {
        self.xs.len()
    }

    /// The divisor of the asked convention, n − 1 or n.
    pub fn divisor(&self) -> usize {
        self.conv.divisor(self.n())
    }

    /// The variance under `conv`.
    pub fn variance_as(&self, conv: Convention) -> Scalar {
        variance(&self.xs, conv)
    }

    /// The variance the prompt asks for.
    pub fn variance(&self) -> Scalar {
        self.variance_as(self.conv)
    }

    /// `Σ |xᵢ − mean| / divisor`: the deviations added without squaring.
    pub fn unsquared(&self) -> Scalar {
        let abs = self
            .xs
            .iter()
            .fold(Scalar::ZERO, |s, &x| s + (x - self.mean).abs());
        per(abs, self.divisor())
    }

    /// `Σ xᵢ² / divisor`: the values squared without subtracting the mean.
    pub fn uncentered(&self) -> Scalar {
        per(sum_sq_dev(&self.xs, Scalar::ZERO), self.divisor())
    }

    /// The symbol of the asked variance: `s²` (sample) or `σ²` (population).
    pub fn var_symbol(&self) -> &'static str {
        match self.conv {
            Convention::Sample => "s²",
            Convention::Population => "σ²",
        }
    }

    /// The symbol of the asked standard deviation: `s` or `σ`.
    pub fn sd_symbol(&self) -> &'static str {
        match self.conv {
            Convention::Sample => "s",
            Convention::Population => "σ",
        }
    }

    /// The prompt's data line: `the 6 values 2, 5, 7, …`.
    pub fn data_line(&self) -> Line {
        Line::text(format!("the {} values ", self.n())).m(data_list(&self.xs))
    }

    /// The convention as the prompt states it, for `what` (`variance`, `standard deviation`).
    pub fn convention_line(&self, what: &str) -> Line {
        match self.conv {
            Convention::Sample => Line::text(format!(
                "Use the sample {what}: divide by n − 1, as pandas' var() and std() do (and \
                 numpy with ddof=1)."
            )),
            Convention::Population => Line::text(format!(
                "Use the population {what}: divide by n, as numpy's var() and std() do by \
                 default (ddof=0)."
            )),
        }
    }

    /// The deviations `xᵢ − mean`.
    pub fn deviations(&self) -> Vec<Scalar> {
        self.xs.iter().map(|&x| x - self.mean).collect()
    }

    /// The squared deviations.
    pub fn squares(&self) -> Vec<Scalar> {
        self.deviations().iter().map(|&d| d * d).collect()
    }

    /// The worked steps to the variance: the mean, the deviations, their squares and sum, the
    /// division.
    pub fn variance_lines(&self) -> Vec<Line> {
        let n = self.n();
        let div = self.divisor();
        let how = match self.conv {
            Convention::Sample => "n − 1",
            Convention::Population => "n",
        };
        vec![
            Line::text("The mean: ").m(chain(
                "m",
                &[
                    format!("({})/{n}", sum(&self.xs)),
                    format!("{}/{n}", decimal(total(&self.xs))),
                    decimal(self.mean),
                ],
            )),
            Line::text("The deviations from the mean, xᵢ − m: ").m(data_list(&self.deviations())),
            Line::text("Their squares add up to ").m(chain(
                "Σ(xᵢ − m)²",
                &[sum(&self.squares()), decimal(self.ss)],
            )),
            Line::text(format!("Divide by {how} = {div}: ")).m(chain(
                self.var_symbol(),
                &[
                    format!("{}/{}", decimal(self.ss), div),
                    num(self.value(self.variance())),
                ],
            )),
        ]
    }

    /// The hints up to the sum of squares: the mean, then the squared deviations and their sum
    /// with the divisor to use.
    pub fn variance_hints(&self) -> Vec<String> {
        vec![
            format!(
                "The mean is m = {}/{} = {}; subtract it from every value.",
                decimal(total(&self.xs)),
                self.n(),
                decimal(self.mean)
            ),
            format!(
                "The squared deviations add up to Σ(xᵢ − m)² = {}: divide by {}.",
                decimal(self.ss),
                self.divisor()
            ),
        ]
    }
}

/// The message for the other convention's answer; `what` is `variance` or `standard deviation`.
pub fn other_convention_message(asked: Convention, what: &str) -> String {
    match asked {
        Convention::Sample => format!(
            "You divided by n: that is the population {what}, numpy's default (np.var and \
             np.std with ddof=0). The sample {what} divides by n − 1."
        ),
        Convention::Population => format!(
            "You divided by n − 1: that is the sample {what} (pandas' var() and std(), numpy \
             with ddof=1). The population {what} divides by n."
        ),
    }
}

/// The message for deviations added without squaring.
pub const UNSQUARED: &str = "You added the distances from the mean without squaring them. The \
     variance averages the squared distances from the mean.";

/// The message for squares of the values themselves.
pub const UNCENTERED: &str = "You squared the values themselves. Subtract the mean first: the \
     variance averages the squared distances from the mean, not the squared values.";
