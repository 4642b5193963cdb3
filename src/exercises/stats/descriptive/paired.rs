//! Paired data `(xᵢ, yᵢ)` for the covariance, correlation and least-squares kinds: the data, its
//! means and the sums Sxx = Σ(xᵢ − x̄)², Syy = Σ(yᵢ − ȳ)², Sxy = Σ(xᵢ − x̄)(yᵢ − ȳ), and the
//! worked lines that compute them.
//!
//! Nice by construction ([`Paired::shaped`]): with u, e orthogonal, zero-sum and of equal length
//! (see [`orthogonal_pair`]), x = x̄ + c·u and y = ȳ + p·u + q·e give the slope Sxy/Sxx = p/c
//! exactly and the correlation r = p/√(p² + q²) (for c > 0).

use super::data::orthogonal_pair;
use super::summary::{mean, sum_cross_dev, sum_sq_dev};
use super::text::shown;
use crate::engine::{DrillRng, Line};
use crate::exercises::common::{chain, math_line, signed_join};
use crate::exercises::common::{data_list, decimal, decimal_factor};
use crate::math::Scalar;

pub struct Paired {
    pub xs: Vec<Scalar>,
    pub ys: Vec<Scalar>,
    pub mx: Scalar,
    pub my: Scalar,
    pub sxx: Scalar,
    pub syy: Scalar,
    pub sxy: Scalar,
}

impl Paired {
    pub fn new(xs: Vec<Scalar>, ys: Vec<Scalar>) -> Paired {
        let (mx, my) = (mean(&xs), mean(&ys));
        Paired {
            sxx: sum_sq_dev(&xs, mx),
            syy: sum_sq_dev(&ys, my),
            sxy: sum_cross_dev(&xs, &ys),
            xs,
            ys,
            mx,
            my,
        }
    }

    /// `x = mx + c·u`, `y = my + p·u + q·e` over `blocks` blocks of four with `|a|, |b| ≤ k`.
    pub fn shaped(
        rng: &mut DrillRng,
        blocks: usize,
        k: i64,
        (c, p, q): (i64, i64, i64),
        (mx, my): (i64, i64),
    ) -> Paired {
        let (u, e) = orthogonal_pair(rng, blocks, k);
        let xs = u.iter().map(|&u| Scalar::int(mx + c * u)).collect();
        let ys = u
            .iter()
            .zip(&e)
            .map(|(&u, &e)| Scalar::int(my + p * u + q * e))
            .collect();
        Paired::new(xs, ys)
    }

    pub fn n(&self) -> usize {
        self.xs.len()
    }

    /// The prompt's two data lines `x: …` and `y: …`.
    pub fn data_lines(&self) -> Vec<Line> {
        vec![
            Line::math(format!("x: {}", data_list(&self.xs))),
            Line::math(format!("y: {}", data_list(&self.ys))),
        ]
    }

    /// The means of x and y.
    pub fn mean_lines(&self) -> Vec<Line> {
        let n = self.n();
        let one = |name: &str, xs: &[Scalar], m: Scalar| {
            let total = xs.iter().fold(Scalar::ZERO, |s, &x| s + x);
            Line::text(format!("The mean of {name}: "))
                .m(chain(&format!("{}/{n}", decimal(total)), &[decimal(m)]))
        };
        vec![one("x", &self.xs, self.mx), one("y", &self.ys, self.my)]
    }

    /// The deviations of x and y from their means.
    pub fn deviation_lines(&self) -> Vec<Line> {
        vec![
            Line::text("Deviations from the means: ").m(format!(
                "x − {}: {}",
                decimal(self.mx),
                data_list(&self.dx())
            )),
            Line::text("and ").m(format!(
                "y − {}: {}",
                decimal(self.my),
                data_list(&self.dy())
            )),
        ]
    }

    pub fn dx(&self) -> Vec<Scalar> {
        self.xs.iter().map(|&x| x - self.mx).collect()
    }

    pub fn dy(&self) -> Vec<Scalar> {
        self.ys.iter().map(|&y| y - self.my).collect()
    }

    /// `name = Σ aᵢbᵢ = a₁·b₁ + … = total`, broken where it is long.
    fn products_line(name: &str, a: &[Scalar], b: &[Scalar], total: Scalar) -> Line {
        let terms: Vec<(bool, String)> = a
            .iter()
            .zip(b)
            .map(|(&x, &y)| {
                let negative = x.to_f64() < 0.0;
                (
                    negative,
                    format!("{}·{}", decimal(x.abs()), decimal_factor(y)),
                )
            })
            .collect();
        math_line(&chain(name, &[signed_join(&terms), shown(total)]))
    }

    /// The line computing Sxy from the deviations.
    pub fn sxy_line(&self) -> Line {
        Paired::products_line("Sxy", &self.dx(), &self.dy(), self.sxy)
    }

    /// The line computing Sxx.
    pub fn sxx_line(&self) -> Line {
        Paired::products_line("Sxx", &self.dx(), &self.dx(), self.sxx)
    }

    /// The line computing Syy.
    pub fn syy_line(&self) -> Line {
        Paired::products_line("Syy", &self.dy(), &self.dy(), self.syy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shaped_data_has_the_chosen_slope_and_correlation() {
        let mut rng = DrillRng::for_exercise("t", 1, 1);
        for _ in 0..100 {
            let d = Paired::shaped(&mut rng, 2, 3, (2, 3, 4), (10, 30));
            assert_eq!(d.mx, Scalar::int(10));
            assert_eq!(d.my, Scalar::int(30));
            assert_eq!(d.sxy.checked_div(d.sxx), Some(Scalar::frac(3, 2)));
            // r² = Sxy²/(Sxx·Syy) = 9/25
            let r2 = (d.sxy * d.sxy).checked_div(d.sxx * d.syy).unwrap();
            assert_eq!(r2, Scalar::frac(9, 25));
        }
    }
}
