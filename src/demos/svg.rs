//! Figures as SVG, drawn with plotters' SVG backend: one chart per panel in a grid, each with
//! axes, ticks, axis labels and a legend.

use super::figure::{Axis, Figure, Legend, Panel, Shape};
use super::text::tick;
use plotters::backend::SVGBackend;
use plotters::coord::Shift;
use plotters::coord::ranged1d::{AsRangedCoord, ValueFormatter};
use plotters::prelude::*;

/// Pixels per panel.
const PANEL: (u32, u32) = (440, 330);
const TITLE_HEIGHT: u32 = 40;

/// The series' colours, in order.
const COLORS: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(214, 39, 40),
    RGBColor(44, 160, 44),
    RGBColor(255, 127, 14),
    RGBColor(148, 103, 189),
    RGBColor(90, 90, 90),
];

/// The SVG document of `fig`.
pub fn render(fig: &Figure) -> Result<String, String> {
    let columns = fig.columns.max(1);
    let rows = fig.panels.len().div_ceil(columns).max(1);
    let size = (
        PANEL.0 * columns as u32,
        PANEL.1 * rows as u32 + TITLE_HEIGHT,
    );
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let root = root
            .titled(&fig.title, ("sans-serif", 20))
            .map_err(|e| e.to_string())?;
        let areas = root.split_evenly((rows, columns));
        for (area, panel) in areas.iter().zip(&fig.panels) {
            let (x, y) = (panel.x, panel.y);
            match (x.log, y.log) {
                (false, false) => draw_panel(area, panel, x.lo..x.hi, y.lo..y.hi),
                (true, false) => draw_panel(area, panel, (x.lo..x.hi).log_scale(), y.lo..y.hi),
                (false, true) => draw_panel(area, panel, x.lo..x.hi, (y.lo..y.hi).log_scale()),
                (true, true) => draw_panel(
                    area,
                    panel,
                    (x.lo..x.hi).log_scale(),
                    (y.lo..y.hi).log_scale(),
                ),
            }?;
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// Keeps a value inside an axis range, so nothing is drawn outside the chart.
fn clamp(a: &Axis, v: f64) -> f64 {
    v.clamp(a.lo, a.hi)
}

fn inside(a: &Axis, v: f64) -> bool {
    (a.lo..=a.hi).contains(&v)
}

fn draw_panel<X, Y>(
    area: &DrawingArea<SVGBackend<'_>, Shift>,
    p: &Panel,
    x: X,
    y: Y,
) -> Result<(), String>
where
    X: AsRangedCoord<Value = f64>,
    Y: AsRangedCoord<Value = f64>,
    X::CoordDescType: ValueFormatter<f64>,
    Y::CoordDescType: ValueFormatter<f64>,
{
    let err = |e: DrawingAreaErrorKind<_>| e.to_string();
    let mut chart = ChartBuilder::on(area)
        .caption(&p.title, ("sans-serif", 15))
        .margin(8)
        .x_label_area_size(36)
        .y_label_area_size(50)
        .build_cartesian_2d(x, y)
        .map_err(err)?;
    chart
        .configure_mesh()
        .x_desc(p.x_label.as_str())
        .y_desc(p.y_label.as_str())
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&|v| tick(*v))
        .y_label_formatter(&|v| tick(*v))
        .draw()
        .map_err(err)?;
    let (xa, ya) = (p.x, p.y);
    let mut labelled = false;
    for (i, s) in p.series.iter().enumerate() {
        let color = COLORS[i % COLORS.len()];
        match &s.shape {
            Shape::Histogram { edges, heights } => {
                let bars = edges.windows(2).zip(heights).filter_map(|(e, &h)| {
                    let (x0, x1) = (clamp(&xa, e[0]), clamp(&xa, e[1]));
                    (x1 > x0).then(|| {
                        Rectangle::new([(x0, ya.lo), (x1, clamp(&ya, h))], color.mix(0.45).filled())
                    })
                });
                let a = chart.draw_series(bars).map_err(err)?;
                annotate(a, &s.label, move |(x, y)| {
                    Rectangle::new([(x, y - 5), (x + 12, y + 5)], color.mix(0.45).filled())
                })
            }
            Shape::Line(points) => {
                let pts = points.iter().map(|&(x, y)| (clamp(&xa, x), clamp(&ya, y)));
                let a = chart
                    .draw_series(LineSeries::new(pts, color.stroke_width(2)))
                    .map_err(err)?;
                annotate(a, &s.label, move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 14, y)], color.stroke_width(2))
                })
            }
            Shape::Points(points) => {
                let pts = points
                    .iter()
                    .filter(|&&(x, y)| inside(&xa, x) && inside(&ya, y))
                    .map(|&pt| Circle::new(pt, 4, color.filled()));
                let a = chart.draw_series(pts).map_err(err)?;
                annotate(a, &s.label, move |(x, y)| {
                    Circle::new((x + 6, y), 4, color.filled())
                })
            }
            Shape::Band(points) => {
                let upper = points
                    .iter()
                    .map(|&(x, _, hi)| (clamp(&xa, x), clamp(&ya, hi)));
                let lower = points
                    .iter()
                    .rev()
                    .map(|&(x, lo, _)| (clamp(&xa, x), clamp(&ya, lo)));
                let polygon = Polygon::new(
                    upper.chain(lower).collect::<Vec<_>>(),
                    color.mix(0.2).filled(),
                );
                let a = chart.draw_series(std::iter::once(polygon)).map_err(err)?;
                annotate(a, &s.label, move |(x, y)| {
                    Rectangle::new([(x, y - 5), (x + 12, y + 5)], color.mix(0.2).filled())
                })
            }
            Shape::VLine(at) => {
                let line = vec![(clamp(&xa, *at), ya.lo), (clamp(&xa, *at), ya.hi)];
                let a = chart
                    .draw_series(DashedLineSeries::new(line, 6, 4, color.stroke_width(2)))
                    .map_err(err)?;
                annotate(a, &s.label, move |(x, y)| {
                    PathElement::new(vec![(x + 7, y - 6), (x + 7, y + 6)], color.stroke_width(2))
                })
            }
            Shape::Polygon(corners) => {
                let closed = corners
                    .iter()
                    .chain(corners.first())
                    .map(|&(x, y)| (clamp(&xa, x), clamp(&ya, y)));
                let a = chart
                    .draw_series(LineSeries::new(closed, color.stroke_width(2)))
                    .map_err(err)?;
                annotate(a, &s.label, move |(x, y)| {
                    Rectangle::new([(x, y - 5), (x + 12, y + 5)], color.stroke_width(2))
                })
            }
            Shape::HLine(level) => {
                let line = vec![(xa.lo, clamp(&ya, *level)), (xa.hi, clamp(&ya, *level))];
                let a = chart
                    .draw_series(DashedLineSeries::new(line, 6, 4, color.stroke_width(2)))
                    .map_err(err)?;
                annotate(a, &s.label, move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 14, y)], color.stroke_width(2))
                })
            }
        }
        labelled |= !s.label.is_empty();
    }
    if labelled {
        chart
            .configure_series_labels()
            .position(match p.legend {
                Legend::UpperLeft => SeriesLabelPosition::UpperLeft,
                Legend::UpperRight => SeriesLabelPosition::UpperRight,
                Legend::LowerRight => SeriesLabelPosition::LowerRight,
            })
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK.mix(0.4))
            .label_font(("sans-serif", 12))
            .draw()
            .map_err(err)?;
    }
    Ok(())
}

/// Gives a drawn series its legend entry: `label` beside the glyph `legend` draws (no entry
/// when the label is empty).
fn annotate<'a, 'b, E, F>(
    anno: &mut plotters::chart::SeriesAnno<'a, SVGBackend<'b>>,
    label: &str,
    legend: F,
) where
    E: IntoDynElement<'a, SVGBackend<'b>, (i32, i32)>,
    F: Fn((i32, i32)) -> E + 'a,
{
    if !label.is_empty() {
        anno.label(label).legend(legend);
    }
}
