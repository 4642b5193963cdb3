//! What a demo draws, independent of where: a figure of panels, each panel a chart of series.
//! [`super::text`] draws it in the terminal and [`super::svg`] into an SVG file.

/// A grid of panels, `columns` to a row, under a title.
#[derive(Debug, Clone)]
pub struct Figure {
    pub title: String,
    pub columns: usize,
    pub panels: Vec<Panel>,
}

/// One chart: axes with labels and ranges, and the series drawn on them.
#[derive(Debug, Clone)]
pub struct Panel {
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    pub x: Axis,
    pub y: Axis,
    pub series: Vec<Series>,
    /// Where the SVG puts the legend (the terminal figure has one legend below it).
    pub legend: Legend,
}

/// A corner of a panel, for its legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legend {
    UpperLeft,
    UpperRight,
    LowerRight,
}

/// An axis range [lo, hi]; `log` draws it on a logarithmic scale (then lo > 0).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    pub lo: f64,
    pub hi: f64,
    pub log: bool,
}

impl Axis {
    pub fn linear(lo: f64, hi: f64) -> Axis {
        Axis { lo, hi, log: false }
    }

    pub fn log(lo: f64, hi: f64) -> Axis {
        Axis { lo, hi, log: true }
    }

    /// Where `v` falls on the axis, 0 at lo and 1 at hi (outside [0, 1] beyond the range).
    pub fn fraction(&self, v: f64) -> f64 {
        if self.log {
            (v.ln() - self.lo.ln()) / (self.hi.ln() - self.lo.ln())
        } else {
            (v - self.lo) / (self.hi - self.lo)
        }
    }

    /// The value at fraction `t` of the axis (the inverse of [`Axis::fraction`]).
    pub fn at(&self, t: f64) -> f64 {
        if self.log {
            (self.lo.ln() + t * (self.hi.ln() - self.lo.ln())).exp()
        } else {
            self.lo + t * (self.hi - self.lo)
        }
    }
}

/// A labelled series; the label goes into the legend.
#[derive(Debug, Clone)]
pub struct Series {
    pub label: String,
    pub shape: Shape,
}

/// How a series is drawn.
#[derive(Debug, Clone)]
pub enum Shape {
    /// Bars over the bins [edges[i], edges[i + 1]) with the given heights.
    Histogram { edges: Vec<f64>, heights: Vec<f64> },
    /// A polyline through the points, in order of x.
    Line(Vec<(f64, f64)>),
    /// Separate points (markers).
    Points(Vec<(f64, f64)>),
    /// A shaded band between lo and hi, as `(x, lo, hi)` in order of x.
    Band(Vec<(f64, f64, f64)>),
    /// A horizontal reference line across the panel.
    HLine(f64),
    /// A vertical reference line across the panel.
    VLine(f64),
    /// A closed outline through the corners, in order (the last joined to the first).
    Polygon(Vec<(f64, f64)>),
}

impl Series {
    pub fn new(label: impl Into<String>, shape: Shape) -> Series {
        Series {
            label: label.into(),
            shape,
        }
    }
}

/// `count` equal bins over [lo, hi): the edges and each bin's density (share of all values per
/// unit of x), so the bars are on the scale of a pdf. Values outside [lo, hi) count in the
/// total but in no bar.
pub fn density_histogram(values: &[f64], lo: f64, hi: f64, count: usize) -> Shape {
    let width = (hi - lo) / count as f64;
    let edges = (0..=count).map(|i| lo + i as f64 * width).collect();
    let mut heights = vec![0.0; count];
    for &v in values {
        let k = ((v - lo) / width).floor();
        if k >= 0.0 && (k as usize) < count {
            heights[k as usize] += 1.0;
        }
    }
    let scale = 1.0 / (values.len().max(1) as f64 * width);
    heights.iter_mut().for_each(|h| *h *= scale);
    Shape::Histogram { edges, heights }
}

/// `count` points of the curve y = f(x) over the axis, evenly spaced on its scale.
pub fn curve(axis: Axis, count: usize, f: impl Fn(f64) -> f64) -> Vec<(f64, f64)> {
    (0..count)
        .map(|i| {
            let x = axis.at(i as f64 / (count - 1) as f64);
            (x, f(x))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn density_histogram_integrates_to_the_share_inside() {
        let values = [0.1, 0.2, 0.6, 0.7, 0.8, 5.0];
        let Shape::Histogram { edges, heights } = density_histogram(&values, 0.0, 1.0, 2) else {
            panic!("a histogram")
        };
        assert_eq!(edges, [0.0, 0.5, 1.0]);
        // 2 and 3 of 6 values in bins of width 1/2.
        assert_eq!(heights, [2.0 / 3.0, 1.0]);
    }

    #[test]
    fn axis_fraction_and_at_are_inverse() {
        for a in [Axis::linear(-2.0, 6.0), Axis::log(1.0, 1e4)] {
            for t in [0.0, 0.25, 1.0] {
                assert!((a.fraction(a.at(t)) - t).abs() < 1e-12);
            }
        }
        assert!((Axis::log(1.0, 1e4).at(0.5) - 100.0).abs() < 1e-9);
    }
}
