//! Figures in the terminal: each panel a character grid with block-character bars, dotted
//! lines, shaded bands and markers, framed by its axes and range labels, within a given width.

use super::figure::{Axis, Figure, Panel, Shape};

/// The glyphs of lines and points, one per series in order.
const MARKS: [char; 6] = ['•', 'o', '+', 'x', '*', '#'];
/// Eighths of a cell, for bar tops.
const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const BAND: char = '░';
const RULE: char = '─';
const VRULE: char = '│';
/// Columns between panels side by side.
const GAP: usize = 2;
/// Width of the y-axis labels, when a panel is wide enough to have them.
const Y_LABELS: usize = 7;

/// Draws `fig` in at most `width` columns (one panel row after another), each canvas
/// `height` rows tall, with a legend at the end.
pub fn render(fig: &Figure, width: usize, height: usize) -> String {
    let columns = fig.columns.max(1);
    let panel_width = (width.saturating_sub(GAP * (columns - 1)) / columns).max(12);
    let mut out = format!("{}\n", fig.title);
    for row in fig.panels.chunks(columns) {
        let blocks: Vec<Vec<String>> = row
            .iter()
            .map(|p| panel_lines(p, panel_width, height.max(2)))
            .collect();
        let tallest = blocks.iter().map(Vec::len).max().unwrap_or(0);
        for i in 0..tallest {
            let line: Vec<String> = blocks
                .iter()
                .map(|b| pad(b.get(i).map_or("", String::as_str), panel_width))
                .collect();
            out.push_str(line.join(&" ".repeat(GAP)).trim_end());
            out.push('\n');
        }
    }
    out.push_str(&legend(fig, width));
    out
}

/// The legend: each distinct series label after its glyph, wrapped to `width`.
fn legend(fig: &Figure, width: usize) -> String {
    let mut entries: Vec<String> = Vec::new();
    for p in &fig.panels {
        for (i, s) in p.series.iter().enumerate() {
            let entry = format!("{} {}", glyph(&p.series, i), s.label);
            if !s.label.is_empty() && !entries.contains(&entry) {
                entries.push(entry);
            }
        }
    }
    let mut out = String::new();
    let mut line = String::new();
    for e in entries {
        if !line.is_empty() && line.chars().count() + 3 + e.chars().count() > width {
            out.push_str(&format!("{line}\n"));
            line.clear();
        }
        if !line.is_empty() {
            line.push_str("   ");
        }
        line.push_str(&e);
    }
    if !line.is_empty() {
        out.push_str(&format!("{line}\n"));
    }
    out
}

/// The glyph that stands for series `i` of `series`.
fn glyph(series: &[super::figure::Series], i: usize) -> char {
    match series[i].shape {
        Shape::Histogram { .. } => '█',
        Shape::Band(_) => BAND,
        Shape::HLine(_) => RULE,
        Shape::VLine(_) => VRULE,
        Shape::Line(_) | Shape::Points(_) | Shape::Polygon(_) => {
            let k = series[..i]
                .iter()
                .filter(|s| {
                    matches!(
                        s.shape,
                        Shape::Line(_) | Shape::Points(_) | Shape::Polygon(_)
                    )
                })
                .count();
            MARKS[k % MARKS.len()]
        }
    }
}

fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n >= width {
        s.chars().take(width).collect()
    } else {
        format!("{s}{}", " ".repeat(width - n))
    }
}

/// A panel's lines: title, canvas rows with the y axis, the x axis, the x range labels.
fn panel_lines(p: &Panel, width: usize, height: usize) -> Vec<String> {
    let labels = if width >= 30 { Y_LABELS } else { 0 };
    let plot_w = width - labels - 1;
    let grid = raster(p, plot_w, height);
    let mut lines = vec![pad(&p.title, width)];
    for (r, row) in grid.iter().enumerate() {
        let label = if labels == 0 {
            String::new()
        } else if r == 0 {
            format!("{:>w$}", tick(p.y.hi), w = labels - 1) + " "
        } else if r == height - 1 {
            format!("{:>w$}", tick(p.y.lo), w = labels - 1) + " "
        } else {
            " ".repeat(labels)
        };
        let cells: String = row.iter().map(|c| c.unwrap_or(' ')).collect();
        lines.push(format!("{label}│{cells}"));
    }
    lines.push(format!("{}└{}", " ".repeat(labels), "─".repeat(plot_w)));
    lines.push(format!(
        "{}{}",
        " ".repeat(labels + 1),
        x_ticks(&p.x, plot_w)
    ));
    if !p.x_label.is_empty() {
        let l = p.x_label.chars().count().min(plot_w);
        let at = labels + 1 + (plot_w - l) / 2;
        lines.push(format!("{}{}", " ".repeat(at), pad(&p.x_label, l)));
    }
    lines
}

/// lo at the left, hi at the right, and the middle value when there is room.
fn x_ticks(x: &Axis, w: usize) -> String {
    let (lo, mid, hi) = (tick(x.lo), tick(x.at(0.5)), tick(x.hi));
    let mut line: Vec<char> = vec![' '; w];
    let mut put = |s: &str, at: usize| {
        for (i, c) in s.chars().enumerate() {
            if let Some(slot) = line.get_mut(at + i) {
                *slot = c;
            }
        }
    };
    let (nl, nm, nh) = (lo.chars().count(), mid.chars().count(), hi.chars().count());
    put(&lo, 0);
    if w > nl + nm + nh + 4 {
        put(&mid, (w - nm) / 2);
    }
    put(&hi, w.saturating_sub(nh));
    line.into_iter().collect::<String>().trim_end().to_string()
}

/// A short form of a tick value: 3 significant digits at most, exponent form when very large
/// or small.
pub fn tick(v: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    if !(1e-3..1e5).contains(&v.abs()) {
        return format!("{v:.0e}");
    }
    let digits = (2 - v.abs().log10().floor() as i32).clamp(0, 4) as usize;
    let s = format!("{v:.digits$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    s.replace('-', "−")
}

/// `text` wrapped at spaces to lines of at most `width` characters, the lines after the first
/// indented by `indent` spaces; each line ends with a newline.
pub fn wrap(text: &str, width: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    let mut first = true;
    // Splitting at single spaces keeps runs of spaces (empty words) as they are.
    for word in text.split(' ') {
        let len = line.chars().count();
        if !first && len > indent && len + 1 + word.chars().count() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = " ".repeat(indent);
            first = true;
            if word.is_empty() {
                continue;
            }
        }
        if !first {
            line.push(' ');
        }
        line.push_str(word);
        first = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

type Grid = Vec<Vec<Option<char>>>;

/// The canvas: bands, then bars, then reference lines, then lines and points on top.
fn raster(p: &Panel, w: usize, h: usize) -> Grid {
    let mut g: Grid = vec![vec![None; w]; h];
    let x_at = |c: usize| p.x.at((c as f64 + 0.5) / w as f64);
    let row_of = |y: f64| -> Option<usize> {
        let f = p.y.fraction(y);
        if !(0.0..=1.0).contains(&f) || f.is_nan() {
            return None;
        }
        Some(h - 1 - ((f * h as f64).floor() as usize).min(h - 1))
    };
    let order = |s: &Shape| match s {
        Shape::Band(_) => 0,
        Shape::Histogram { .. } => 1,
        Shape::HLine(_) | Shape::VLine(_) => 2,
        Shape::Line(_) | Shape::Points(_) | Shape::Polygon(_) => 3,
    };
    let mut indices: Vec<usize> = (0..p.series.len()).collect();
    indices.sort_by_key(|&i| order(&p.series[i].shape));
    for i in indices {
        let mark = glyph(&p.series, i);
        match &p.series[i].shape {
            Shape::Band(points) => {
                for c in 0..w {
                    let (Some(lo), Some(hi)) = (
                        interpolate(&p.x, points.iter().map(|q| (q.0, q.1)), x_at(c)),
                        interpolate(&p.x, points.iter().map(|q| (q.0, q.2)), x_at(c)),
                    ) else {
                        continue;
                    };
                    let (top, bottom) = (clamped_row(p, h, hi), clamped_row(p, h, lo));
                    for row in g.iter_mut().take(bottom + 1).skip(top) {
                        row[c] = Some(BAND);
                    }
                }
            }
            Shape::Histogram { edges, heights } => {
                for c in 0..w {
                    let x = x_at(c);
                    let bin = edges.windows(2).position(|e| e[0] <= x && x < e[1]);
                    let Some(height) = bin.map(|b| heights[b]) else {
                        continue;
                    };
                    let eighths = (p.y.fraction(height).clamp(0.0, 1.0) * (h * 8) as f64).round();
                    let eighths = eighths as usize;
                    // Rows from the bottom up: k full eighths below row k.
                    for (k, row) in g.iter_mut().rev().enumerate() {
                        let filled = eighths.saturating_sub(k * 8).min(8);
                        if filled > 0 {
                            row[c] = Some(BLOCKS[filled - 1]);
                        }
                    }
                }
            }
            Shape::HLine(y) => {
                if let Some(r) = row_of(*y) {
                    for cell in g[r].iter_mut() {
                        if cell.is_none() || *cell == Some(BAND) {
                            *cell = Some(RULE);
                        }
                    }
                }
            }
            Shape::VLine(x) => {
                if let Some(c) = column_of(&p.x, w, *x) {
                    for row in g.iter_mut() {
                        row[c] = match row[c] {
                            None | Some(BAND) => Some(VRULE),
                            Some(RULE) => Some('┼'),
                            other => other,
                        };
                    }
                }
            }
            Shape::Polygon(corners) => {
                let edges = corners.iter().zip(corners.iter().cycle().skip(1));
                for (&(x0, y0), &(x1, y1)) in edges {
                    // Enough samples along the edge to touch every cell it crosses.
                    let (f0, f1) = (p.x.fraction(x0), p.x.fraction(x1));
                    let (g0, g1) = (p.y.fraction(y0), p.y.fraction(y1));
                    let span = ((f1 - f0).abs() * w as f64).max((g1 - g0).abs() * h as f64);
                    let samples = if span.is_finite() {
                        (2.0 * span).ceil().min(4.0 * (w + h) as f64) as usize + 1
                    } else {
                        1
                    };
                    for k in 0..=samples {
                        let t = k as f64 / samples as f64;
                        let (x, y) = (p.x.at(f0 + t * (f1 - f0)), p.y.at(g0 + t * (g1 - g0)));
                        if let (Some(c), Some(r)) = (column_of(&p.x, w, x), row_of(y)) {
                            g[r][c] = Some(mark);
                        }
                    }
                }
            }
            Shape::Line(points) => {
                let mut last: Option<usize> = None;
                for c in 0..w {
                    let y = interpolate(&p.x, points.iter().copied(), x_at(c));
                    let Some(r) = y.and_then(row_of) else {
                        last = None;
                        continue;
                    };
                    // Join to the previous column's row so steep stretches stay connected.
                    let (a, b) = last.map_or((r, r), |l| (l.min(r), l.max(r)));
                    let (a, b) = if b > a + 1 { (a + 1, b - 1) } else { (r, r) };
                    // A full bar cell stays a bar: the curve shows above and beside bars.
                    for row in g.iter_mut().take(b + 1).skip(a) {
                        if row[c] != Some('█') {
                            row[c] = Some(mark);
                        }
                    }
                    last = Some(r);
                }
            }
            Shape::Points(points) => {
                for &(x, y) in points {
                    if let (Some(c), Some(r)) = (column_of(&p.x, w, x), row_of(y)) {
                        g[r][c] = Some(mark);
                    }
                }
            }
        }
    }
    g
}

/// The column of x on a canvas `w` wide, or `None` outside the axis.
fn column_of(axis: &Axis, w: usize, x: f64) -> Option<usize> {
    let f = axis.fraction(x);
    (0.0..=1.0)
        .contains(&f)
        .then(|| ((f * w as f64).floor() as usize).min(w - 1))
}

/// The row of y, clamped into the canvas.
fn clamped_row(p: &Panel, h: usize, y: f64) -> usize {
    let f = p.y.fraction(y).clamp(0.0, 1.0);
    h - 1 - ((f * h as f64).floor() as usize).min(h - 1)
}

/// The y of the polyline through `points` at `x` (linear on the axis's scale), or `None`
/// outside the points' range.
fn interpolate(axis: &Axis, points: impl Iterator<Item = (f64, f64)>, x: f64) -> Option<f64> {
    let t = axis.fraction(x);
    let mut prev: Option<(f64, f64)> = None;
    for (px, py) in points {
        let pt = axis.fraction(px);
        if let Some((qt, qy)) = prev
            && qt <= t
            && t <= pt
        {
            let s = if pt > qt { (t - qt) / (pt - qt) } else { 0.0 };
            return Some(qy + s * (py - qy));
        }
        prev = Some((pt, py));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demos::figure::{Legend, Series};

    fn panel(series: Vec<Series>) -> Panel {
        Panel {
            title: "test".into(),
            x_label: "x".into(),
            y_label: "y".into(),
            x: Axis::linear(0.0, 4.0),
            y: Axis::linear(0.0, 1.0),
            series,
            legend: Legend::UpperRight,
        }
    }

    #[test]
    fn bars_fill_to_their_height_and_lines_sit_on_top() {
        let p = panel(vec![
            Series::new(
                "bars",
                Shape::Histogram {
                    edges: vec![0.0, 2.0, 4.0],
                    heights: vec![1.0, 0.5],
                },
            ),
            Series::new("level", Shape::Line(vec![(0.0, 0.9), (4.0, 0.9)])),
        ]);
        let g = raster(&p, 4, 4);
        let col = |c: usize| -> String { g.iter().map(|r| r[c].unwrap_or(' ')).collect() };
        assert_eq!(col(0), "████", "the line at 0.9 is inside the full bar");
        assert_eq!(col(3), "• ██", "half bar under the line");
    }

    #[test]
    fn polygons_are_outlined_and_reference_lines_cross() {
        let p = Panel {
            x: Axis::linear(-1.0, 3.0),
            y: Axis::linear(-1.0, 3.0),
            ..panel(vec![
                Series::new("", Shape::HLine(0.0)),
                Series::new("", Shape::VLine(0.0)),
                Series::new(
                    "square",
                    Shape::Polygon(vec![(1.0, 1.0), (2.0, 1.0), (2.0, 2.0), (1.0, 2.0)]),
                ),
            ])
        };
        let g = raster(&p, 8, 8);
        let rows: Vec<String> = g
            .iter()
            .map(|r| r.iter().map(|c| c.unwrap_or(' ')).collect())
            .collect();
        // Cells are half a unit: x = 0, 1, 2 fall in columns 2, 4, 6; y = 2, 1, 0 in rows 1,
        // 3, 5 counted from the top.
        assert_eq!(
            rows,
            [
                "  │     ",
                "  │ ••• ",
                "  │ • • ",
                "  │ ••• ",
                "  │     ",
                "──┼─────",
                "  │     ",
                "  │     ",
            ],
            "{rows:#?}"
        );
    }

    #[test]
    fn the_figure_fits_the_width_and_has_a_legend() {
        let fig = Figure {
            title: "A figure".into(),
            columns: 4,
            panels: (0..4)
                .map(|_| {
                    panel(vec![Series::new(
                        "curve",
                        Shape::Line(vec![(0.0, 0.0), (4.0, 1.0)]),
                    )])
                })
                .collect(),
        };
        let text = render(&fig, 80, 5);
        for line in text.lines() {
            assert!(line.chars().count() <= 80, "{line}");
        }
        assert!(text.ends_with("• curve\n"), "{text}");
        assert!(text.contains('└'));
    }

    #[test]
    fn wrap_keeps_to_the_width() {
        let w = wrap("✓ one two three four five six", 12, 2);
        assert_eq!(w, "✓ one two\n  three four\n  five six\n");
        assert_eq!(wrap("short", 80, 2), "short\n");
        assert_eq!(wrap("  a    b c", 8, 7), "  a    b\n       c\n");
    }

    #[test]
    fn ticks_are_short() {
        assert_eq!(tick(0.5), "0.5");
        assert_eq!(tick(-2.0), "−2");
        assert_eq!(tick(1e-5), "1e-5");
        assert_eq!(tick(12345.0), "12345");
        assert_eq!(tick(0.3989), "0.399");
    }
}
