//! What the inference kinds share: critical values, p-values, intervals and the sample summary
//! of small data (the z table and the decimals they write are in [`crate::exercises::common`]).
//!
//! Conventions used by every kind of the family:
//! - the sample standard deviation `s` divides by n − 1 (pandas' default; numpy's `np.std`
//!   divides by n unless `ddof=1`);
//! - critical values at the table levels are the table's: z* = 1.645, 1.96, 2.576 for 90%, 95%,
//!   99% two-sided (one-sided 1.282, 1.645, 2.326); t* comes from the calculator,
//!   `tinv(0.975, df)`;
//! - a table lookup of Φ gives 4 decimals; answers meant for the table are the table's result
//!   and accepted within [`crate::exercises::common::TABLE_TOLERANCE`] of it, which also accepts the calculator's value.
//!
//! The prompts, solutions, hints and feedback write the sample mean x̄ ([`XBAR`]) and the
//! sample proportion p̂ ([`PHAT`]) as a textbook does (the LaTeX writer sets them as \bar{x} and
//! \hat{p}), so that feedback names only what the prompt defined.

use crate::engine::Line;
use crate::exercises::common::moments::{Convention, Moments};
use crate::exercises::common::{normal_cdf, rounded, scalars, sig, t_cdf, t_quantile, tidy};
use crate::expr::Value;
use crate::math::Scalar;
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

/// The sample mean's symbol in prompts, solutions, hints and feedback.
pub const XBAR: &str = "x̄";
/// The sample proportion's symbol.
pub const PHAT: &str = "p̂";

/// A confidence level with its table critical values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Confidence {
    C90,
    C95,
    C99,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::C90, Confidence::C95, Confidence::C99];

    /// `95`.
    pub fn percent(self) -> u32 {
        match self {
            Confidence::C90 => 90,
            Confidence::C95 => 95,
            Confidence::C99 => 99,
        }
    }
    /// The two-sided table critical value z* with P(−z* < Z < z*) = level: 1.645, 1.96, 2.576.
    pub fn z_star(self) -> f64 {
        match self {
            Confidence::C90 => 1.645,
            Confidence::C95 => 1.96,
            Confidence::C99 => 2.576,
        }
    }
    /// The one-sided value with P(Z < z) = level (1.282, 1.645, 2.326): the critical value a
    /// learner takes by mistake when they put the whole 1 − level in one tail.
    pub fn z_one_sided(self) -> f64 {
        match self {
            Confidence::C90 => 1.282,
            Confidence::C95 => 1.645,
            Confidence::C99 => 2.326,
        }
    }
    /// The upper probability of the two-sided critical value, (1 + level)/2: 0.95, 0.975, 0.995.
    pub fn upper(self) -> f64 {
        match self {
            Confidence::C90 => 0.95,
            Confidence::C95 => 0.975,
            Confidence::C99 => 0.995,
        }
    }
    /// `0.975` as printed.
    pub fn upper_text(self) -> &'static str {
        match self {
            Confidence::C90 => "0.95",
            Confidence::C95 => "0.975",
            Confidence::C99 => "0.995",
        }
    }
}

/// The t critical value t* = tinv(upper, df) and how the calculator writes it:
/// `(2.13145, "tinv(0.975, 15)")`. A whole-number df's value is computed once per process and
/// kept ([`T_STARS`]): the quantile inverts the cdf, about half of a t interval's generation.
pub fn t_star(conf: Confidence, df: f64) -> (f64, String) {
    let text = format!("tinv({}, {})", conf.upper_text(), rounded(df, 4));
    let whole = df.fract() == 0.0 && (1.0..=f64::from(u32::MAX)).contains(&df);
    if !whole {
        return (t_quantile(conf.upper(), df), text);
    }
    let key = (conf.upper().to_bits(), df as u32);
    let known = T_STARS.lock().map(|m| m.get(&key).copied());
    let t = match known {
        Ok(Some(t)) => t,
        _ => {
            let t = t_quantile(conf.upper(), df);
            if let Ok(mut m) = T_STARS.lock() {
                m.insert(key, t);
            }
            t
        }
    };
    (t, text)
}

/// t* already computed, by the upper tail probability's bits and the degrees of freedom: a few
/// hundred entries at most (three confidences, the sample sizes the kinds draw).
static T_STARS: LazyLock<Mutex<HashMap<(u64, u32), f64>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The two-sided p-value of a t statistic, 2·(1 − tcdf(|t|, df)), computed from the upper tail.
pub fn t_two_sided(t: f64, df: f64) -> f64 {
    2.0 * (1.0 - t_cdf(t.abs(), df))
}

/// The two-sided p-value of a z statistic, 2·(1 − Φ(|z|)).
pub fn z_two_sided(z: f64) -> f64 {
    2.0 * (1.0 - normal_cdf(z.abs()))
}

/// The greatest common divisor of two integers (0 with 0).
pub fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

/// The interval `center ± half` as an interval answer `(low, high)`; with `short`, its endpoints
/// are short decimals by construction and lose their rounding noise ([`tidy`]).
pub fn interval(center: f64, half: f64, short: bool) -> Value {
    let end = |x: f64| {
        Value::Scalar(if short {
            tidy(Scalar::Real(x))
        } else {
            Scalar::Real(x)
        })
    };
    Value::Tuple(vec![end(center - half), end(center + half)])
}

/// The sample mean and the sample standard deviation (n − 1) of small integer data, with the
/// solution lines that compute them: `m = (…)/n`, the squared deviations, `s = √(SS/(n − 1))`.
pub struct SampleSummary {
    pub mean: f64,
    /// The sum of squared deviations from the mean.
    pub ss: f64,
    /// The sample standard deviation, √(SS/(n − 1)).
    pub s: f64,
    pub lines: Vec<Line>,
}

/// [`SampleSummary`] of `xs` (at least two values, an integer mean: the kinds draw them so). The
/// mean and SS are the exact [`Moments`], shown as decimals.
pub fn sample_summary(xs: &[i64]) -> SampleSummary {
    let m = Moments::of(&scalars(xs));
    let (mean, ss, s) = (m.mean.to_f64(), m.ss.to_f64(), m.sd(Convention::Sample));
    let sum: i64 = xs.iter().sum();
    let squares: Vec<String> = xs
        .iter()
        .map(|&x| {
            let d = (Scalar::int(x) - m.mean).to_f64();
            if d < 0.0 {
                format!("({})²", rounded(d, 4))
            } else {
                format!("{}²", rounded(d, 4))
            }
        })
        .collect();
    let lines = vec![
        crate::exercises::common::math_line(&format!(
            "{XBAR} = ({})/{} = {}/{} = {}",
            xs.iter()
                .map(|&x| rounded(x as f64, 0))
                .collect::<Vec<_>>()
                .join(" + "),
            xs.len(),
            rounded(sum as f64, 0),
            xs.len(),
            rounded(mean, 4)
        )),
        {
            let mut line = Line::text("The squared deviations from the mean add up to ");
            line.0.extend(
                crate::exercises::common::math_line(&format!(
                    "SS = {} = {}",
                    squares.join(" + "),
                    rounded(ss, 4)
                ))
                .0,
            );
            line
        },
        Line::text("The sample standard deviation divides by ").m(format!(
            "n − 1 = {}: s = √(SS/(n − 1)) = √({}/{}) = {}",
            xs.len() - 1,
            rounded(ss, 4),
            xs.len() - 1,
            sig(s)
        )),
    ];
    SampleSummary { mean, ss, s, lines }
}

#[cfg(test)]
mod tests {
    use super::*;
    use statrs::distribution::{ContinuousCDF, Normal};

    #[test]
    fn critical_values_are_the_tables_rounding_of_the_quantiles() {
        let n = Normal::standard();
        // The critical values are the table's rounding of the exact quantiles.
        for c in Confidence::ALL {
            let exact = n.inverse_cdf(c.upper());
            assert!((c.z_star() - exact).abs() < 5e-4, "{c:?}");
            let one = n.inverse_cdf(c.percent() as f64 / 100.0);
            assert!((c.z_one_sided() - one).abs() < 5e-4, "{c:?}");
            assert_eq!(c.upper_text().parse::<f64>().unwrap(), c.upper());
        }
    }

    #[test]
    fn t_values_match_scipy_at_small_and_large_df() {
        // scipy.stats.t.ppf(0.975, df) and 2·t.cdf(−x, df) for x = 0.1, 1, 2.5, 8 (statrs's
        // incomplete beta loses digits at df = 10⁶, so scipy's values are the reference here).
        let table: [(f64, f64, [f64; 4]); 7] = [
            (
                1.0,
                12.706204736174694,
                [
                    0.936548965138893,
                    0.5000000000000001,
                    0.24223788318168682,
                    0.07916684832113109,
                ],
            ),
            (
                2.0,
                4.302652729749462,
                [
                    0.9294654384141402,
                    0.4226497308103742,
                    0.12961172022151082,
                    0.01526807216533814,
                ],
            ),
            (
                4.5,
                2.6589123472044034,
                [
                    0.9246440676306855,
                    0.3680050838801885,
                    0.059905686502200545,
                    0.0007960947881645407,
                ],
            ),
            (
                9.0,
                2.262157162798205,
                [
                    0.9225364479566812,
                    0.3434363961379136,
                    0.033861827682985735,
                    2.2134816809400155e-05,
                ],
            ),
            (
                30.0,
                2.0422724563012378,
                [
                    0.9210096117902712,
                    0.3253086154260302,
                    0.01811564906806669,
                    6.265822475700759e-09,
                ],
            ),
            (
                1e3,
                1.9623390808264083,
                [
                    0.9203643690236041,
                    0.31755241808467255,
                    0.012578567801090807,
                    3.4266614823914978e-15,
                ],
            ),
            (
                1e6,
                1.959966356814107,
                [
                    0.9203443454920432,
                    0.3173107498335783,
                    0.012419489502163254,
                    1.2455063433202503e-15,
                ],
            ),
        ];
        for (df, quantile, ps) in table {
            let (t, text) = t_star(Confidence::C95, df);
            assert!((t - quantile).abs() < 1e-9 * t, "df {df}: {t}");
            assert!(text.starts_with("tinv(0.975, "), "{text}");
            for (x, p) in [0.1, 1.0, 2.5, 8.0].into_iter().zip(ps) {
                assert!(
                    (t_two_sided(x, df) - p).abs() < 1e-9 * p.max(1e-6),
                    "df {df} t {x}"
                );
                assert!(
                    (t_two_sided(-x, df) - p).abs() < 1e-9 * p.max(1e-6),
                    "df {df} t {x}"
                );
            }
        }
        assert!((t_star(Confidence::C95, 9.0).0 - 2.262157).abs() < 1e-6);
        assert!((z_two_sided(1.96) - 0.049996).abs() < 1e-6);
    }

    #[test]
    fn a_sample_summary_divides_by_n_minus_one() {
        let s = sample_summary(&[2, 4, 4, 4, 5, 5, 7, 9]);
        assert_eq!(s.mean, 5.0);
        assert_eq!(s.ss, 32.0);
        assert!((s.s - (32.0f64 / 7.0).sqrt()).abs() < 1e-12);
        assert_eq!(s.lines.len(), 3);
    }
}
