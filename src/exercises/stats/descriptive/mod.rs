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
mod least_squares_line;
mod mean_median_mode;
mod paired;
mod quartile_steps;
mod quartiles;
mod sample_variance;
mod spread;
mod standard_deviation;
mod summary;
mod text;

#[cfg(test)]
mod testing;

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
    ]
}
