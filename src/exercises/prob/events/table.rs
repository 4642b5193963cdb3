//! A table of counts with labelled rows and columns, as lines of text with right-aligned
//! columns (two-way tables of events, confusion matrices in a textbook's layout).

use crate::engine::Line;
use crate::exercises::common::num;
use crate::math::Scalar;

/// One labelled row of counts.
pub struct Row {
    pub label: String,
    pub counts: Vec<i64>,
}

impl Row {
    pub fn new(label: impl Into<String>, counts: Vec<i64>) -> Row {
        Row {
            label: label.into(),
            counts,
        }
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
                .filter_map(|r| r.counts.get(j))
                .map(|&n| width(&num(Scalar::int(n))))
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
        out.push(line(
            &r.label,
            r.counts.iter().map(|&n| num(Scalar::int(n))).collect(),
        ));
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
            &[Row::new("smokers", vec![12, 8]), Row::new("others", vec![3, 140])],
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
