//! What the expectation family's kinds share: a discrete distribution drawn with nice
//! probabilities and written as a table of `P(X = x)`, the weighted sums `Σ x·P(X = x)` of its
//! moments as a worked solution writes them, and numbers as they read best (`0.35`, `1/3`).

use crate::engine::{DrillRng, GenError, Line};
use crate::exercises::common::{factor, math_line, num, short_decimal, signed_join};
use crate::math::Scalar;

/// A discrete distribution: the values `xs` and their probabilities `ps` (exact, positive,
/// summing to 1).
#[derive(Clone, Debug, PartialEq)]
pub struct Pmf {
    pub xs: Vec<Scalar>,
    pub ps: Vec<Scalar>,
    /// Whether its probabilities and moments are written as decimals where they terminate
    /// (`0.35`, see [`readable`]) rather than as fractions (`1/6`, for dice).
    pub decimal: bool,
}

impl Pmf {
    /// A probability or moment of this distribution as written: `0.35` or `7/20`.
    pub fn show(&self, x: Scalar) -> String {
        if self.decimal {
            num(readable(x))
        } else {
            num(x)
        }
    }
    /// `E[g(X)] = Σ g(x)·P(X = x)`, exactly.
    pub fn expect(&self, g: impl Fn(Scalar) -> Scalar) -> Scalar {
        self.xs
            .iter()
            .zip(&self.ps)
            .fold(Scalar::ZERO, |s, (&x, &p)| s + g(x) * p)
    }
    /// `E[X]`.
    pub fn mean(&self) -> Scalar {
        self.expect(|x| x)
    }
    /// `E[X²]`.
    pub fn second_moment(&self) -> Scalar {
        self.expect(|x| x * x)
    }
    /// `Var(X) = E[X²] − E[X]²` (a random variable's variance: no n or n − 1 here).
    pub fn variance(&self) -> Scalar {
        let m = self.mean();
        self.second_moment() - m * m
    }
    /// The table `P(X = 0) = 0.1,   P(X = 1) = 0.3, …` as one line that breaks after a comma.
    pub fn line(&self) -> Line {
        let items: Vec<String> = self
            .xs
            .iter()
            .zip(&self.ps)
            .map(|(&x, &p)| format!("P(X = {}) = {}", num(x), self.show(p)))
            .collect();
        math_line(&items.join(",   "))
    }
}

/// `k` positive whole numbers summing to `total` (`k ≤ total`), uniformly over all such lists
/// (stars and bars: `k − 1` distinct cuts of `1..total`): e.g. `3, 1, 6` for `k = 3, total = 10`.
pub fn draw_counts(rng: &mut DrillRng, k: usize, total: i64) -> Result<Vec<i64>, GenError> {
    if k == 0 || total < k as i64 {
        return Err(GenError::Redraw("too few units for the counts"));
    }
    let mut cuts: Vec<i64> = (1..total).collect();
    rng.shuffle(&mut cuts);
    let mut chosen: Vec<i64> = cuts[..k - 1].to_vec();
    chosen.sort_unstable();
    chosen.push(total);
    let mut prev = 0;
    Ok(chosen
        .into_iter()
        .map(|c| {
            let n = c - prev;
            prev = c;
            n
        })
        .collect())
}

/// `k` distinct integers from `lo..=hi`, increasing.
pub fn draw_distinct(rng: &mut DrillRng, k: usize, lo: i64, hi: i64) -> Vec<i64> {
    let mut all: Vec<i64> = (lo..=hi).collect();
    rng.shuffle(&mut all);
    let mut out = all[..k.min(all.len())].to_vec();
    out.sort_unstable();
    out
}

/// A distribution on `xs` whose probabilities are `counts/total` (each count ≥ 1).
pub fn pmf_from_counts(xs: &[i64], counts: &[i64], total: i64) -> Pmf {
    Pmf {
        xs: xs.iter().map(|&x| Scalar::int(x)).collect(),
        ps: counts.iter().map(|&c| Scalar::frac(c, total)).collect(),
        decimal: true,
    }
}

/// A number as it reads best in this family: an exact value with at most 4 decimals and at most
/// 6 significant digits as that decimal ([`short_decimal`] with 4 places) (`7/20` is `0.35`, `19/16` is `1.1875`); any other value unchanged
/// (`1/3` stays `1/3`, integers stay integers). The value is the same; only how [`num`] prints
/// it changes, so the decimal is what `solve` prints and what the solution shows.
pub fn readable(x: Scalar) -> Scalar {
    short_decimal(x, 4)
}

/// `x` rounded up to a whole number (for exact values; reals by `f64::ceil`).
pub fn ceil(x: Scalar) -> i64 {
    match x.exact() {
        Some(q) => {
            q.numer().div_euclid(q.denom()) + i64::from(q.numer().rem_euclid(q.denom()) != 0)
        }
        None => x.to_f64().ceil() as i64,
    }
}

/// `x` rounded down to a whole number.
pub fn floor(x: Scalar) -> i64 {
    match x.exact() {
        Some(q) => q.numer().div_euclid(q.denom()),
        None => x.to_f64().floor() as i64,
    }
}

/// The steps of a weighted sum `Σ g(x)·P(X = x)`: the products with this table's numbers
/// (`0·0.1 + 1·0.3 + 2²·0.6`), the terms (`0 + 0.3 + 2.4`), and the sum. `show` writes `g(x)`
/// for one value (`2`, `2²`, `(−1)²`); `g` computes it.
pub fn weighted_sum_steps(
    pmf: &Pmf,
    show: impl Fn(Scalar) -> String,
    g: impl Fn(Scalar) -> Scalar,
) -> Vec<String> {
    let products: Vec<(bool, String)> = pmf
        .xs
        .iter()
        .zip(&pmf.ps)
        .map(|(&x, &p)| {
            let shown = show(x);
            let (neg, shown) = match shown.strip_prefix('−') {
                Some(rest) => (true, rest.to_string()),
                None => (false, shown),
            };
            let p = pmf.show(p);
            let p = if p.contains('/') { format!("({p})") } else { p };
            (neg, format!("{shown}·{p}"))
        })
        .collect();
    let terms: Vec<(bool, String)> = pmf
        .xs
        .iter()
        .zip(&pmf.ps)
        .map(|(&x, &p)| {
            let t = g(x) * p;
            (t.to_f64() < 0.0, pmf.show(t.abs()))
        })
        .collect();
    vec![
        signed_join(&products),
        signed_join(&terms),
        pmf.show(pmf.expect(g)),
    ]
}

/// `E[X] = Σ x·P(X = x) = 0·0.1 + 1·0.3 + … = 0 + 0.3 + … = 1.7`.
pub fn mean_steps(pmf: &Pmf) -> Vec<String> {
    let mut steps = vec!["Σ x·P(X = x)".to_string()];
    steps.extend(weighted_sum_steps(pmf, num, |x| x));
    steps
}

/// `E[X²] = Σ x²·P(X = x) = 0²·0.1 + 1²·0.3 + … = 0 + 0.3 + … = 3.9`.
pub fn second_moment_steps(pmf: &Pmf) -> Vec<String> {
    let mut steps = vec!["Σ x²·P(X = x)".to_string()];
    steps.extend(weighted_sum_steps(
        pmf,
        |x| format!("{}²", factor(x)),
        |x| x * x,
    ));
    steps
}

/// The ASCII answer text of a Unicode number as [`num`] prints it (`−3/4` is `-3/4`).
pub fn plain(x: Scalar) -> String {
    num(x).replace('−', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pmf() -> Pmf {
        pmf_from_counts(&[-1, 0, 2], &[2, 3, 5], 10)
    }

    #[test]
    fn moments_and_their_steps() {
        let p = pmf();
        assert_eq!(p.mean(), Scalar::frac(4, 5));
        assert_eq!(p.second_moment(), Scalar::frac(11, 5));
        assert_eq!(p.variance(), Scalar::frac(39, 25));
        assert_eq!(
            mean_steps(&p),
            [
                "Σ x·P(X = x)",
                "−1·0.2 + 0·0.3 + 2·0.5",
                "−0.2 + 0 + 1",
                "0.8"
            ]
        );
        assert_eq!(
            second_moment_steps(&p)[1..],
            ["(−1)²·0.2 + 0²·0.3 + 2²·0.5", "0.2 + 0 + 2", "2.2"]
        );
        let text: String = p
            .line()
            .0
            .iter()
            .map(|piece| match piece {
                crate::engine::Piece::Math(s) => s.clone(),
                _ => panic!(),
            })
            .collect();
        assert_eq!(text, "P(X = −1) = 0.2,   P(X = 0) = 0.3,   P(X = 2) = 0.5");
    }

    #[test]
    fn readable_numbers() {
        assert_eq!(num(readable(Scalar::frac(7, 20))), "0.35");
        assert_eq!(num(readable(Scalar::frac(19, 16))), "1.1875");
        assert_eq!(num(readable(Scalar::frac(1, 3))), "1/3");
        assert_eq!(num(readable(Scalar::frac(1, 64))), "1/64");
        assert_eq!(num(readable(Scalar::int(-4))), "−4");
        assert_eq!(num(readable(Scalar::frac(-1_234_560, 10_000))), "−123.456");
        assert!(readable(Scalar::frac(1_234_567, 10_000)).is_exact());
        assert_eq!(plain(readable(Scalar::frac(-3, 4))), "-0.75");
        assert_eq!(plain(Scalar::frac(-3, 4)), "-3/4");
        assert_eq!(
            (ceil(Scalar::frac(225, 4)), floor(Scalar::frac(225, 4))),
            (57, 56)
        );
        assert_eq!((ceil(Scalar::int(64)), floor(Scalar::int(64))), (64, 64));
        assert_eq!(
            (ceil(Scalar::frac(-5, 2)), floor(Scalar::frac(-5, 2))),
            (-2, -3)
        );
    }

    #[test]
    fn counts_are_positive_and_sum_to_the_total() {
        let mut rng = DrillRng::from_seed_u64(3);
        for k in 1..6 {
            for total in k as i64..20 {
                let c = draw_counts(&mut rng, k, total).unwrap();
                assert_eq!(c.len(), k);
                assert!(c.iter().all(|&n| n >= 1));
                assert_eq!(c.iter().sum::<i64>(), total);
            }
        }
        assert!(draw_counts(&mut rng, 4, 3).is_err());
        let d = draw_distinct(&mut rng, 4, -3, 3);
        assert!(d.windows(2).all(|w| w[0] < w[1]) && d.len() == 4);
    }
}
