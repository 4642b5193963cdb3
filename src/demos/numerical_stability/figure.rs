//! The demo's figure: the sum inside softmax against the shift (where the doubles run out),
//! and the relative error of (1 − cos x)/x² against x on log–log axes.

use super::{cancellation, softmax};
use crate::demos::figure::{Axis, Figure, Legend, Panel, Series, Shape};

/// log₁₀ of the smallest subnormal, 4.9e-324.
fn smallest_double_log10() -> f64 {
    (f64::from_bits(1)).log10()
}

fn softmax_panel(m: &softmax::Measured) -> Panel {
    let naive: Vec<(f64, f64)> = m
        .shifts
        .iter()
        .filter(|s| s.naive_sum > 0.0 && s.naive_sum.is_finite())
        .map(|s| (s.a, s.naive_sum.log10()))
        .collect();
    // The stable forms sum e^(zᵢ+a−m), which is the same for every a: in [1, n].
    let stable: Vec<(f64, f64)> = m
        .shifts
        .iter()
        .map(|s| {
            let zs: Vec<f64> = m.z.iter().map(|v| v + s.a).collect();
            let top = zs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            (
                s.a,
                softmax::naive_sum(&zs.iter().map(|v| v - top).collect::<Vec<_>>()).log10(),
            )
        })
        .collect();
    Panel {
        title: "log₁₀ Σ e^(zᵢ+a) against the shift a: the naive sum leaves the doubles".into(),
        x_label: "shift a".into(),
        y_label: "log₁₀ of the sum".into(),
        x: Axis::linear(-1000.0, 1000.0),
        y: Axis::linear(-400.0, 400.0),
        series: vec![
            Series::new("naive Σ e^(zᵢ+a)", Shape::Line(naive)),
            Series::new("stable Σ e^(zᵢ+a−max)", Shape::Line(stable)),
            Series::new("largest double 1.8e308", Shape::HLine(f64::MAX.log10())),
            Series::new(
                "smallest double 4.9e-324",
                Shape::HLine(smallest_double_log10()),
            ),
        ],
        legend: Legend::UpperLeft,
    }
}

fn cancellation_panel(m: &cancellation::Measured) -> Panel {
    let floor = cancellation::ERROR_FLOOR;
    let line = |f: fn(&cancellation::Point) -> f64| {
        m.points
            .iter()
            .rev()
            .map(|p| (p.x, f(p).max(floor)))
            .collect::<Vec<_>>()
    };
    let model: Vec<(f64, f64)> = m
        .points
        .iter()
        .rev()
        .map(|p| (p.x, cancellation::model_error(p.x)))
        .filter(|&(_, e)| e <= 10.0)
        .collect();
    Panel {
        title: "relative error of (1 − cos x)/x² against x (log–log)".into(),
        x_label: "x".into(),
        y_label: "relative error".into(),
        x: Axis::log(1e-10, 1.0),
        y: Axis::log(floor, 1e6),
        series: vec![
            Series::new("naive (1 − cos x)/x²", Shape::Line(line(|p| p.naive_error))),
            Series::new("2 sin²(x/2)/x²", Shape::Line(line(|p| p.stable_error))),
            Series::new("model ε/x²", Shape::Line(model)),
            Series::new("ε = 2.2e-16", Shape::HLine(f64::EPSILON)),
        ],
        legend: Legend::UpperRight,
    }
}

/// Both panels, one above the other.
pub fn figure(s: &softmax::Measured, c: &cancellation::Measured) -> Figure {
    Figure {
        title: "Naive vs stable formulas in doubles".into(),
        columns: 1,
        panels: vec![softmax_panel(s), cancellation_panel(c)],
    }
}
