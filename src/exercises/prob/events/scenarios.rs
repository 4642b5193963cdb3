//! The settings of two-way tables of counts: who is counted, the row and column categories
//! (short labels for the table, predicates for the events: "the patient got better").

use super::table::{Row, table_lines};
use crate::engine::{DrillRng, Line};

/// A population cross-classified two ways, three categories each (levels that need two use the
/// first two).
pub struct TwoWay {
    /// Who is counted, plural (`patients`), and one of them (`the patient`).
    pub plural: &'static str,
    pub one: &'static str,
    pub row_title: &'static str,
    pub col_title: &'static str,
    /// `(label in the table, predicate of an event)`.
    pub rows: [(&'static str, &'static str); 3],
    pub cols: [(&'static str, &'static str); 3],
}

pub const SETTINGS: &[TwoWay] = &[
    TwoWay {
        plural: "patients",
        one: "the patient",
        row_title: "treatment",
        col_title: "outcome",
        rows: [
            ("drug", "got the drug"),
            ("placebo", "got the placebo"),
            ("none", "got no treatment"),
        ],
        cols: [
            ("better", "got better"),
            ("same", "stayed the same"),
            ("worse", "got worse"),
        ],
    },
    TwoWay {
        plural: "customers",
        one: "the customer",
        row_title: "age",
        col_title: "plan",
        rows: [
            ("under 30", "is under 30"),
            ("30 to 50", "is 30 to 50"),
            ("over 50", "is over 50"),
        ],
        cols: [
            ("basic", "has the basic plan"),
            ("standard", "has the standard plan"),
            ("premium", "has the premium plan"),
        ],
    },
    TwoWay {
        plural: "emails",
        one: "the email",
        row_title: "label",
        col_title: "opened on",
        rows: [
            ("spam", "is spam"),
            ("promotion", "is a promotion"),
            ("personal", "is personal"),
        ],
        cols: [
            ("phone", "was opened on a phone"),
            ("laptop", "was opened on a laptop"),
            ("tablet", "was opened on a tablet"),
        ],
    },
    TwoWay {
        plural: "students",
        one: "the student",
        row_title: "year",
        col_title: "exam",
        rows: [
            ("first year", "is in the first year"),
            ("second year", "is in the second year"),
            ("third year", "is in the third year"),
        ],
        cols: [
            ("passed", "passed the exam"),
            ("resat", "resat the exam"),
            ("failed", "failed the exam"),
        ],
    },
];

/// A setting drawn uniformly; its index.
pub fn draw_setting(rng: &mut DrillRng) -> usize {
    rng.index(SETTINGS.len())
}

impl TwoWay {
    /// The table of `counts` (rows × columns, at most 3 × 3) under a line naming its axes.
    pub fn table(&self, counts: &[Vec<i64>]) -> Vec<Line> {
        let total: i64 = counts.iter().flatten().sum();
        let ncols = counts.first().map_or(0, Vec::len);
        let mut lines = vec![Line::text(format!(
            "{total} {} by {} (rows) and {} (columns):",
            self.plural, self.row_title, self.col_title
        ))];
        let columns: Vec<String> = self.cols[..ncols].iter().map(|c| c.0.to_string()).collect();
        let rows: Vec<Row> = counts
            .iter()
            .zip(&self.rows)
            .map(|(r, label)| Row::counts(label.0, r))
            .collect();
        lines.extend(table_lines(self.row_title, &columns, &rows));
        lines
    }

    /// The predicate of a union of categories: `got better or stayed the same`.
    pub fn predicate(&self, by_row: bool, which: &[usize]) -> String {
        let cats = if by_row { &self.rows } else { &self.cols };
        which
            .iter()
            .map(|&i| cats[i].1)
            .collect::<Vec<_>>()
            .join(" or ")
    }

    /// The table label of a union of categories: `better or same`.
    pub fn label(&self, by_row: bool, which: &[usize]) -> String {
        let cats = if by_row { &self.rows } else { &self.cols };
        which
            .iter()
            .map(|&i| cats[i].0)
            .collect::<Vec<_>>()
            .join(" or ")
    }

    /// The line defining an event: `A: the patient got the drug.`
    pub fn event_line(&self, name: &str, by_row: bool, which: &[usize]) -> Line {
        Line::new()
            .m(name)
            .t(format!(": {} {}.", self.one, self.predicate(by_row, which)))
    }
}
