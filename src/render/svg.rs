//! A small SVG writer for figures: line charts and grayscale images side by side.
//! Plain SVG 1.1 text, no fonts or dependencies needed; the layout is fixed and simple.

use std::fmt::Write;

/// An SVG document under construction, `width × height` user units.
pub struct Svg {
    width: f64,
    height: f64,
    body: String,
}

/// Escapes text for an SVG text node or attribute.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

impl Svg {
    pub fn new(width: f64, height: f64) -> Svg {
        Svg {
            width,
            height,
            body: String::new(),
        }
    }

    pub fn text(&mut self, x: f64, y: f64, size: f64, anchor: &str, s: &str) {
        let _ = writeln!(
            self.body,
            r#"<text x="{x:.1}" y="{y:.1}" font-family="sans-serif" font-size="{size}" text-anchor="{anchor}">{}</text>"#,
            escape(s)
        );
    }

    pub fn line(&mut self, (x1, y1): (f64, f64), (x2, y2): (f64, f64), stroke: &str) {
        let _ = writeln!(
            self.body,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{stroke}" stroke-width="1"/>"#
        );
    }

    /// A grayscale image (`rows` of values in `[0, 1]`, 1 = white) in the box at `(x, y)` of
    /// size `w × h`, with a caption below.
    pub fn image(&mut self, x: f64, y: f64, w: f64, h: f64, rows: &[Vec<f64>], caption: &str) {
        let (nr, nc) = (
            rows.len().max(1) as f64,
            rows.first().map_or(1, Vec::len).max(1) as f64,
        );
        let (cw, ch) = (w / nc, h / nr);
        for (i, row) in rows.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                let g = (v.clamp(0.0, 1.0) * 255.0).round() as u8;
                let _ = writeln!(
                    self.body,
                    r#"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" fill="rgb({g},{g},{g})"/>"#,
                    x + j as f64 * cw,
                    y + i as f64 * ch,
                    cw + 0.05,
                    ch + 0.05
                );
            }
        }
        self.text(x + w / 2.0, y + h + 14.0, 11.0, "middle", caption);
    }

    /// A line chart of `points` in the box at `(x, y)` of size `w × h`, with axes from 0 and
    /// labels. Points are drawn as a polyline with dots.
    pub fn line_chart(
        &mut self,
        (x, y, w, h): (f64, f64, f64, f64),
        points: &[(f64, f64)],
        labels: (&str, &str),
    ) {
        let xmax = points.iter().map(|p| p.0).fold(f64::MIN_POSITIVE, f64::max);
        let ymax = points.iter().map(|p| p.1).fold(f64::MIN_POSITIVE, f64::max);
        let px = |v: f64| x + v / xmax * w;
        let py = |v: f64| y + h - v / ymax * h;
        self.line((x, y + h), (x + w, y + h), "black");
        self.line((x, y), (x, y + h), "black");
        for k in 0..=4 {
            let v = ymax * k as f64 / 4.0;
            self.line((x - 4.0, py(v)), (x, py(v)), "black");
            self.text(
                x - 6.0,
                py(v) + 4.0,
                10.0,
                "end",
                &crate::math::format_real(v, 3),
            );
        }
        for &(vx, _) in points {
            self.text(
                px(vx),
                y + h + 14.0,
                10.0,
                "middle",
                &crate::math::format_real(vx, 3),
            );
        }
        let path: Vec<String> = points
            .iter()
            .map(|&(a, b)| format!("{:.1},{:.1}", px(a), py(b)))
            .collect();
        let _ = writeln!(
            self.body,
            r#"<polyline points="{}" fill="none" stroke="steelblue" stroke-width="2"/>"#,
            path.join(" ")
        );
        for &(a, b) in points {
            let _ = writeln!(
                self.body,
                r#"<circle cx="{:.1}" cy="{:.1}" r="3" fill="steelblue"/>"#,
                px(a),
                py(b)
            );
        }
        self.text(x + w / 2.0, y + h + 30.0, 11.0, "middle", labels.0);
        self.text(x, y - 14.0, 11.0, "start", labels.1);
    }

    /// The finished document.
    pub fn finish(&self) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\n\
             <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n{}</svg>\n",
            self.body,
            w = self.width,
            h = self.height
        )
    }
}

/// A grayscale image (values in `[0, 1]`, 1 = white) as terminal text: two characters per pixel
/// from a dark-to-light ramp, so it shows without colour.
pub fn terminal_image(rows: &[Vec<f64>]) -> String {
    const RAMP: [char; 5] = ['█', '▓', '▒', '░', ' '];
    rows.iter()
        .map(|r| {
            r.iter()
                .map(|&v| {
                    let c = RAMP[((v.clamp(0.0, 1.0) * 4.0).round()) as usize];
                    format!("{c}{c}")
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_well_formed_document() {
        let mut s = Svg::new(200.0, 100.0);
        s.line_chart(
            (30.0, 10.0, 150.0, 60.0),
            &[(1.0, 4.0), (2.0, 1.0)],
            ("k", "error <&>"),
        );
        s.image(0.0, 0.0, 10.0, 10.0, &[vec![0.0, 1.0]], "img");
        let doc = s.finish();
        assert!(doc.starts_with("<svg") && doc.ends_with("</svg>\n"));
        assert!(doc.contains("error &lt;&amp;&gt;"));
        assert!(doc.contains("fill=\"rgb(255,255,255)\""));
        assert_eq!(doc.matches("<circle").count(), 2);
    }

    #[test]
    fn images_shade_from_dark_to_light() {
        assert_eq!(terminal_image(&[vec![0.0, 0.5, 1.0]]), "██▒▒  ");
    }
}
