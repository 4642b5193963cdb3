//! Two-dimensional text blocks laid side by side, aligned on a baseline row, so that
//! `A = ` sits on the first row of a 2×2 matrix and the middle row of a 3×3 one.

/// A rectangle of text: `lines` all of display width `width`, with `baseline` the row that
/// lines up with the text around it.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub lines: Vec<String>,
    pub width: usize,
    pub baseline: usize,
}

pub use super::wrap::width;

impl Block {
    pub fn text(s: &str) -> Block {
        Block {
            lines: vec![s.to_string()],
            width: width(s),
            baseline: 0,
        }
    }

    /// Lines of possibly different widths, padded to the widest; baseline on the middle row
    /// (upper middle for an even count).
    pub fn from_lines(lines: Vec<String>) -> Block {
        let w = lines.iter().map(|l| width(l)).max().unwrap_or(0);
        let baseline = lines.len().saturating_sub(1) / 2;
        let lines = lines.into_iter().map(|l| pad_right(&l, w)).collect();
        Block {
            lines,
            width: w,
            baseline,
        }
    }

    /// `self` then `other` side by side, aligned on their baselines.
    pub fn beside(self, other: Block) -> Block {
        let above = self.baseline.max(other.baseline);
        let below = (self.lines.len() - self.baseline).max(other.lines.len() - other.baseline);
        let rows = |b: &Block, r: usize| -> String {
            let offset = above - b.baseline;
            r.checked_sub(offset)
                .and_then(|i| b.lines.get(i))
                .cloned()
                .unwrap_or_else(|| " ".repeat(b.width))
        };
        let lines = (0..above + below)
            .map(|r| format!("{}{}", rows(&self, r), rows(&other, r)))
            .collect();
        Block {
            lines,
            width: self.width + other.width,
            baseline: above,
        }
    }

    /// The block as text, trailing spaces trimmed from each row, rows joined by newlines.
    pub fn render(&self, indent: &str) -> String {
        self.lines
            .iter()
            .map(|l| format!("{indent}{}", l.trim_end()))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

pub fn pad_right(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

pub fn pad_left(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(width(s))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_on_baselines() {
        let m = Block::from_lines(vec!["⎡ 1 ⎤".into(), "⎢ 2 ⎥".into(), "⎣ 3 ⎦".into()]);
        let b = Block::text("v = ").beside(m).beside(Block::text(" end"));
        assert_eq!(b.render(""), "    ⎡ 1 ⎤\nv = ⎢ 2 ⎥ end\n    ⎣ 3 ⎦");
        let two = Block::from_lines(vec!["⎡ 1 ⎤".into(), "⎣ 2 ⎦".into()]);
        assert_eq!(
            Block::text("A = ").beside(two).render("  "),
            "  A = ⎡ 1 ⎤\n      ⎣ 2 ⎦"
        );
    }
}
