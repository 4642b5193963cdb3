//! The `stats.*` kinds of the descriptive family (catalog: `exercises/stats/descriptive.toml`):
//! centre, spread, quartiles and box plots, histograms, covariance, correlation and the
//! least-squares line. Shared code: [`data`] (data sets nice by construction), [`summary`]
//! (the statistics, exactly, with their conventions), [`text`] (writing them), [`spread`] (the
//! variance kinds' common steps).

mod box_plot_fences;
mod correlation;
mod covariance;
mod data;
mod five_number_summary;
mod histogram_reading;
mod iris_correlation;
mod iris_draw;
mod iris_summary;
mod least_squares_line;
mod mean_median_mode;
mod median_steps;
mod paired;
mod quartile_steps;
mod quartiles;
mod sample_variance;
mod spread;
mod standard_deviation;
mod summary;
mod text;

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![
        Box::new(mean_median_mode::MeanMedianMode),
        Box::new(quartiles::Quartiles),
        Box::new(sample_variance::SampleVariance),
        Box::new(standard_deviation::StandardDeviation),
        Box::new(five_number_summary::FiveNumberSummary),
        Box::new(box_plot_fences::BoxPlotFences),
        Box::new(histogram_reading::HistogramReading),
        Box::new(covariance::Covariance),
        Box::new(correlation::Correlation),
        Box::new(least_squares_line::LeastSquaresLine),
        Box::new(iris_summary::IrisSummary),
        Box::new(iris_correlation::IrisCorrelation),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::mistake_names;

    /// Every named mistake of every kind and level occurs (over 200 seeds), so none is dead code
    /// and each level has the mistakes its doc comment promises.
    #[test]
    fn every_named_mistake_occurs() {
        let expected: &[(&str, u8, &[&str])] = &[
            (
                "stats.mean_median_mode",
                1,
                &[
                    "median_not_mean",
                    "divided_by_n_minus_1",
                    "unsorted_middle",
                    "mean_not_median",
                ],
            ),
            (
                "stats.mean_median_mode",
                2,
                &[
                    "one_middle_value",
                    "unsorted_middle",
                    "one_mode_only",
                    "count_not_value",
                ],
            ),
            (
                "stats.mean_median_mode",
                3,
                &["median_unchanged", "old_count"],
            ),
            ("stats.quartiles", 1, &["textbook_halves", "unsorted"]),
            ("stats.quartiles", 2, &["textbook_halves", "unsorted"]),
            (
                "stats.quartiles",
                3,
                &["numpy_linear", "unsorted", "quartiles_swapped"],
            ),
            (
                "stats.sample_variance",
                1,
                &["other_convention", "forgot_to_square", "forgot_the_mean"],
            ),
            (
                "stats.sample_variance",
                3,
                &[
                    "other_convention",
                    "forgot_to_square",
                    "forgot_the_mean",
                    "standard_deviation",
                ],
            ),
            (
                "stats.standard_deviation",
                2,
                &["variance_not_sd", "other_convention", "forgot_to_square"],
            ),
            (
                "stats.five_number_summary",
                2,
                &["textbook_halves", "unsorted", "mean_not_median"],
            ),
            (
                "stats.box_plot_fences",
                1,
                &["range", "textbook_halves", "half_box"],
            ),
            (
                "stats.box_plot_fences",
                2,
                &["one_iqr", "around_median", "textbook_halves"],
            ),
            (
                "stats.box_plot_fences",
                3,
                &[
                    "one_iqr",
                    "around_median",
                    "textbook_halves",
                    "extremes_always_outliers",
                ],
            ),
            (
                "stats.histogram_reading",
                1,
                &["count_not_fraction", "wrong_edge"],
            ),
            ("stats.histogram_reading", 2, &["modal_bin", "middle_bin"]),
            (
                "stats.histogram_reading",
                3,
                &["unweighted_midpoints", "left_edges", "divided_by_bins"],
            ),
            (
                "stats.covariance",
                2,
                &["population", "no_division", "uncentered"],
            ),
            (
                "stats.correlation",
                2,
                &["covariance_not_r", "mixed_divisors", "r_squared"],
            ),
            (
                "stats.correlation",
                3,
                &["covariance_not_r", "mixed_divisors", "r_squared"],
            ),
            (
                "stats.least_squares_line",
                1,
                &["x_on_y", "covariance_not_slope", "inverted"],
            ),
            (
                "stats.least_squares_line",
                2,
                &["means_swapped", "sign_flipped"],
            ),
            (
                "stats.least_squares_line",
                3,
                &[
                    "r_not_r2",
                    "one_minus",
                    "slope_squared",
                    "forgot_intercept",
                    "means_swapped",
                ],
            ),
        ];
        let kinds = all();
        for (id, level, names) in expected {
            let ex = kinds.iter().find(|k| k.id() == *id).expect("a kind");
            let seen = mistake_names(ex.as_ref(), *level, 200);
            for name in *names {
                assert!(
                    seen.0.contains(name),
                    "{id} level {level}: {name} never occurs ({seen:?})"
                );
            }
        }
    }
}
