//! Descriptive statistics of data given as `&[f64]`. Every function states its convention (n or
//! n − 1, the quantile method) in its doc comment and returns `Err` for empty data, NaN or ±∞,
//! and zero variance where a ratio would divide by it — never a panic.
//!
//! | what | function | convention |
//! |---|---|---|
//! | centre | [`mean`], [`median`], [`modes`] | all modes, sorted |
//! | spread | [`variance`], [`std_dev`] ([`Divisor`]), [`sample_variance`], … | n − 1 or n |
//! | position | [`quantile`], [`quartiles`], [`iqr`] ([`QuartileMethod`]) | numpy type 7 or halves |
//! | box plot | [`five_numbers`], [`fences`] | 1.5·IQR |
//! | two variables | [`covariance`], [`correlation`], [`least_squares`] | n − 1 or n; Pearson |
//! | standardising | [`z_score`], [`z_scores`] | divisor as an argument |
//! | shape | [`histogram`] | numpy's equal-width bins, last bin closed |

mod association;
mod boxplot;
mod center;
mod checks;
mod histogram;
#[cfg(test)]
mod properties;
mod quantile;
mod regression;
mod spread;
mod sum;

pub use association::{correlation, covariance, z_score, z_scores};
pub use boxplot::{Fences, FiveNumbers, fences, five_numbers};
pub use center::{Modes, mean, median, modes};
pub use histogram::{Histogram, MAX_BINS, histogram};
pub use quantile::{QuartileMethod, iqr, quantile, quantiles, quartiles};
pub use regression::{LeastSquaresLine, least_squares};
pub use spread::{
    Divisor, population_sd, population_variance, sample_sd, sample_variance, std_dev, variance,
};
pub use sum::compensated_sum;
