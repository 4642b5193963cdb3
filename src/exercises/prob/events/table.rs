//! A table with labelled rows and columns, as lines of text with right-aligned columns (two-way
//! tables of counts, confusion matrices in a textbook's layout, scores and labels).

use crate::engine::Line;
use crate::exercises::common::num;
use crate::math::Scalar;

/// One labelled row of cells.
pub struct Row {
    pub label: String,
    pub cells: Vec<String>,
}

impl Row {
    pub fn new(label: impl Into<String>, cells: Vec<String>) -> Row {
        Row {
            label: label.into(),
            cells,
        }
    }
    /// A row of counts, written as solutions write numbers (`−3` with a true minus).
    pub fn counts(label: impl Into<String>, counts: &[i64]) -> Row {
        Row::new(label, counts.iter().map(|&n| num(Scalar::int(n))).collect())
    }
}

/// The lines of a table: a header of column labels after the `corner` cell, then each row's
/// label and counts, every column right-aligned (the labels left-aligned):
/// ```text
/// group          exercises   does not
/// smokers               12         28
/// non-smokers           18         42
/// ```
pub fn table_lines(corner: &str, columns: &[String], rows: &[Row]) -> Vec<Line> {
    let width = |s: &str| s.chars().count();
    let label_w = rows
        .iter()
        .map(|r| width(&r.label))
        .chain([width(corner)])
        .max()
        .unwrap_or(0);
    let col_w: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(j, c)| {
            rows.iter()
                .filter_map(|r| r.cells.get(j))
                .map(|c| width(c))
                .chain([width(c)])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |label: &str, cells: Vec<String>| {
        let mut s = format!("{label:<label_w$}");
        for (cell, &w) in cells.iter().zip(&col_w) {
            s.push_str(&format!("   {cell:>w$}"));
        }
        Line::text(s.trim_end().to_string())
    };
    let mut out = vec![line(corner, columns.to_vec())];
    for r in rows {
        out.push(line(&r.label, r.cells.clone()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Piece;

    #[test]
    fn columns_are_aligned() {
        let lines = table_lines(
            "group",
            &["yes".into(), "no".into()],
            &[
                Row::counts("smokers", &[12, 8]),
                Row::counts("others", &[3, 140]),
            ],
        );
        let text: Vec<&str> = lines
            .iter()
            .map(|l| match &l.0[0] {
                Piece::Text(s) => s.as_str(),
                _ => panic!(),
            })
            .collect();
        assert_eq!(
            text,
            [
                "group     yes    no",
                "smokers    12     8",
                "others      3   140"
            ]
        );
    }
}
