//! A character canvas for terminal plots: world coordinates mapped onto a grid of cells, with
//! axes and straight segments (Bresenham's algorithm). Each cell holds one character, so plots
//! read without colour.

/// A `cols × rows` grid showing the world window `[xmin, xmax] × [ymin, ymax]`.
pub struct Canvas {
    cols: usize,
    rows: usize,
    window: (f64, f64, f64, f64),
    cells: Vec<char>,
}

impl Canvas {
    /// A blank canvas. Terminal cells are about twice as tall as wide, so a square window looks
    /// square when `cols ≈ 2·rows`.
    pub fn new(
        cols: usize,
        rows: usize,
        (xmin, xmax): (f64, f64),
        (ymin, ymax): (f64, f64),
    ) -> Canvas {
        let (cols, rows) = (cols.max(2), rows.max(2));
        Canvas {
            cols,
            rows,
            window: (xmin, xmax, ymin, ymax),
            cells: vec![' '; cols * rows],
        }
    }

    /// The cell of a world point, if it is inside the window.
    fn cell(&self, x: f64, y: f64) -> Option<(i64, i64)> {
        let (xmin, xmax, ymin, ymax) = self.window;
        let c = ((x - xmin) / (xmax - xmin) * (self.cols - 1) as f64).round();
        let r = ((ymax - y) / (ymax - ymin) * (self.rows - 1) as f64).round();
        c.is_finite().then_some((c as i64, r as i64))
    }

    fn put(&mut self, c: i64, r: i64, ch: char) {
        if (0..self.cols as i64).contains(&c) && (0..self.rows as i64).contains(&r) {
            self.cells[r as usize * self.cols + c as usize] = ch;
        }
    }

    /// Marks a single world point.
    pub fn point(&mut self, x: f64, y: f64, ch: char) {
        if let Some((c, r)) = self.cell(x, y) {
            self.put(c, r, ch);
        }
    }

    /// The x and y axes through the origin, with `+` where they cross.
    pub fn axes(&mut self) {
        let (xmin, xmax, ymin, ymax) = self.window;
        self.segment((xmin, 0.0), (xmax, 0.0), '─');
        self.segment((0.0, ymin), (0.0, ymax), '│');
        self.point(0.0, 0.0, '┼');
    }

    /// A straight segment between two world points, drawn with `ch`: clipped to the window
    /// (Liang–Barsky), then rasterised with Bresenham's line algorithm on the cell grid.
    pub fn segment(&mut self, a: (f64, f64), b: (f64, f64), ch: char) {
        let Some((a, b)) = self.clip(a, b) else {
            return;
        };
        let (Some((mut c0, mut r0)), Some((c1, r1))) = (self.cell(a.0, a.1), self.cell(b.0, b.1))
        else {
            return;
        };
        let (dc, dr) = ((c1 - c0).abs(), -(r1 - r0).abs());
        let (sc, sr) = ((c1 - c0).signum(), (r1 - r0).signum());
        let mut err = dc + dr;
        // Both ends are inside the grid, so at most dc − dr + 1 cells are visited.
        for _ in 0..=(dc - dr) {
            self.put(c0, r0, ch);
            if c0 == c1 && r0 == r1 {
                break;
            }
            let e2 = 2 * err;
            if e2 >= dr {
                err += dr;
                c0 += sc;
            }
            if e2 <= dc {
                err += dc;
                r0 += sr;
            }
        }
    }

    /// The part of the segment inside the window (Liang–Barsky): points `a + t·(b − a)` with
    /// `t` narrowed by each of the four window edges; `None` if nothing is inside.
    fn clip(&self, a: (f64, f64), b: (f64, f64)) -> Option<((f64, f64), (f64, f64))> {
        let (xmin, xmax, ymin, ymax) = self.window;
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [
            (-dx, a.0 - xmin),
            (dx, xmax - a.0),
            (-dy, a.1 - ymin),
            (dy, ymax - a.1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return None;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    t0 = t0.max(t)
                } else {
                    t1 = t1.min(t)
                }
            }
        }
        (t0 <= t1 && t0.is_finite() && t1.is_finite()).then_some((
            (a.0 + t0 * dx, a.1 + t0 * dy),
            (a.0 + t1 * dx, a.1 + t1 * dy),
        ))
    }

    /// A closed polygon through the world points.
    pub fn polygon(&mut self, points: &[(f64, f64)], ch: char) {
        for (i, &p) in points.iter().enumerate() {
            self.segment(p, points[(i + 1) % points.len()], ch);
        }
    }

    /// The canvas as lines of text, trailing spaces trimmed.
    pub fn render(&self) -> String {
        self.cells
            .chunks(self.cols)
            .map(|r| r.iter().collect::<String>().trim_end().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_axes_and_a_square() {
        let mut c = Canvas::new(9, 5, (-2.0, 2.0), (-2.0, 2.0));
        c.axes();
        c.polygon(&[(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)], '#');
        assert_eq!(c.render(), "    #####\n    #   #\n────#####\n    │\n    │");
    }

    #[test]
    fn points_outside_are_ignored() {
        let mut c = Canvas::new(4, 4, (0.0, 1.0), (0.0, 1.0));
        c.point(5.0, 5.0, '*');
        c.segment((2.0, 2.0), (3.0, 5.0), '*');
        assert_eq!(c.render(), "\n\n\n", "four empty rows");
        // A segment leaving the window is drawn up to the edge, even from far away.
        c.segment((0.0, 0.0), (1e300, 1e300), '*');
        assert_eq!(c.render(), "   *\n  *\n *\n*");
    }
}
