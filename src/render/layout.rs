//! Lines of pieces fitted to a width: a line too wide for the terminal is broken between its
//! pieces, at the spaces of prose, and in mathematics only at top level after a relation (`=`)
//! or a separator (`,` `;` `:`) or before a `+`/`−`. A block (a matrix, or math glued to it
//! like `−1·⎡…⎤`) is never split; continuation lines get a hanging indent.

use super::block::Block;
use super::text::value_block;
use super::words::is_prose_word;
use super::wrap::width;
use crate::engine::{Line, Piece};

/// Columns of hanging indent for the continuation of a broken line.
pub const HANG: usize = 2;

/// A part of a line that is never split, with the spaces before it and how good a place to break
/// the line those spaces are (`None`: not at all).
struct Atom {
    gap: String,
    prio: Option<u8>,
    block: Block,
}

/// How good a break is: prose and separators are the best places; inside a chain of
/// mathematics, after a relation and before a `+`/`−` are equally good.
const CLAUSE: u8 = 2;
const RELATION: u8 = 1;
const OPERATOR: u8 = 1;
/// After a comma inside brackets (a long tuple): only where nothing else helps.
const LIST: u8 = 0;

/// Lines rendered one below the other within `width` columns (indent included): each line
/// broken as needed, continuation rows indented by `indent` plus [`HANG`] columns.
pub fn fit(ls: &[Line], indent: &str, width: usize) -> String {
    let hang = format!("{indent}{}", " ".repeat(HANG));
    ls.iter()
        .flat_map(|l| {
            fit_line(l, width.saturating_sub(self::width(indent)))
                .into_iter()
                .enumerate()
                .map(|(i, b)| b.render(if i == 0 { indent } else { &hang }))
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The widest part of a line that the layout cannot split (0 for an empty line): a line fits in
/// `w` columns after [`fit`] exactly when this is at most `w − HANG`.
pub fn widest_unit(line: &Line) -> usize {
    units(line).iter().map(|u| u.block.width).max().unwrap_or(0)
}

/// One line as rows of blocks, each at most `avail` columns wide (the first) or
/// `avail − HANG` (the rest), unless a single unit is wider. When a row overflows it breaks at
/// the best place in its second half (prose or a separator before a place inside a chain of
/// mathematics), else at the last place that fits.
fn fit_line(line: &Line, avail: usize) -> Vec<Block> {
    let mut rows: Vec<Block> = Vec::new();
    let mut row: Vec<Atom> = Vec::new();
    for unit in units(line) {
        row.push(unit);
        loop {
            let limit = if rows.is_empty() {
                avail
            } else {
                avail.saturating_sub(HANG)
            };
            if row.len() < 2 || row_width(&row) <= limit {
                break;
            }
            let k = break_point(&row, limit);
            let rest = row.split_off(k);
            rows.push(join(std::mem::replace(&mut row, rest)));
        }
    }
    if !row.is_empty() {
        rows.push(join(row));
    }
    rows
}

/// Where to break an overflowing row (before unit `k`, 1 ≤ k < len): the best break with the
/// first part at least half the limit and within it; else the last break within it; else 1.
fn break_point(row: &[Atom], limit: usize) -> usize {
    let mut widths = Vec::with_capacity(row.len());
    let mut w = 0;
    for (i, a) in row.iter().enumerate() {
        if i > 0 {
            w += width(&a.gap);
        }
        w += a.block.width;
        widths.push(w);
    }
    let fits = |k: usize| widths[k - 1] <= limit;
    (1..row.len())
        .filter(|&k| fits(k) && 2 * widths[k - 1] >= limit)
        .max_by_key(|&k| (row[k].prio, k))
        .or_else(|| (1..row.len()).rev().find(|&k| fits(k)))
        .unwrap_or(1)
}

fn row_width(row: &[Atom]) -> usize {
    row.iter()
        .enumerate()
        .map(|(i, a)| a.block.width + if i > 0 { width(&a.gap) } else { 0 })
        .sum()
}

/// A row of units as one block, the spaces before the first dropped (except on a line's first
/// row, where they are the line's own leading spaces).
fn join(row: Vec<Atom>) -> Block {
    let mut it = row.into_iter();
    let first = it.next().map_or(Block::text(""), |a| a.block);
    it.fold(first, |acc, a| {
        acc.beside(Block::text(&a.gap)).beside(a.block)
    })
}

/// The line's atoms joined into units: atoms with no break opportunity between them are glued
/// (with their spaces) into one block. A line's leading spaces stay on its first unit.
fn units(line: &Line) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::new();
    for atom in atoms(line) {
        match out.last_mut() {
            Some(last) if atom.prio.is_none() => {
                let glued = std::mem::replace(&mut last.block, Block::text(""))
                    .beside(Block::text(&atom.gap))
                    .beside(atom.block);
                last.block = glued;
            }
            None => out.push(Atom {
                block: Block::text(&atom.gap).beside(atom.block),
                gap: String::new(),
                prio: atom.prio,
            }),
            _ => out.push(atom),
        }
    }
    out
}

/// What an atom ends with, for deciding whether the line may break after it.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Prose,
    Math,
    Value,
}

fn atoms(line: &Line) -> Vec<Atom> {
    let mut out = Vec::new();
    let mut pending = String::new();
    let mut before: (Kind, String) = (Kind::Prose, String::new());
    for piece in &line.0 {
        match piece {
            Piece::Text(s) => split_words(s, Kind::Prose, &mut pending, &mut before, &mut out),
            Piece::Math(s) => split_words(s, Kind::Math, &mut pending, &mut before, &mut out),
            Piece::Value(v) => {
                let prio = (!pending.is_empty()).then(|| match before.0 {
                    Kind::Math => math_break(&before.1, "", 0).unwrap_or(RELATION),
                    _ => CLAUSE,
                });
                out.push(Atom {
                    prio,
                    gap: std::mem::take(&mut pending),
                    block: value_block(v),
                });
                before = (Kind::Value, String::new());
            }
        }
    }
    out
}

/// Splits `s` at its runs of spaces into atoms, deciding for each run whether the line may break
/// there. Spaces at the end are left in `pending` for the next piece; `before` is the last word.
fn split_words(
    s: &str,
    kind: Kind,
    pending: &mut String,
    before: &mut (Kind, String),
    out: &mut Vec<Atom>,
) {
    let mut depth = 0i32;
    let mut rest = s;
    while !rest.is_empty() {
        let gap_len = rest.len() - rest.trim_start_matches(' ').len();
        pending.push_str(&rest[..gap_len]);
        let after = &rest[gap_len..];
        let word_len = after.find(' ').unwrap_or(after.len());
        let word = &after[..word_len];
        if word.is_empty() {
            break;
        }
        let prio = if pending.is_empty() {
            None
        } else if kind == Kind::Prose || before.0 == Kind::Prose {
            Some(CLAUSE)
        } else {
            math_break(&before.1, word, depth)
        };
        out.push(Atom {
            gap: std::mem::take(pending),
            prio,
            block: Block::text(word),
        });
        for c in word.chars() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            }
        }
        *before = (kind, word.to_string());
        rest = &after[word_len..];
    }
}

/// In mathematics a line may break around a word of prose or after a separator, after a
/// relation, or before a `+`/`−`/`±` — outside brackets; inside them only after a comma, as a
/// last resort. Between a value and what follows, `before` is empty.
fn math_break(before: &str, after: &str, depth: i32) -> Option<u8> {
    let last = before.chars().next_back();
    if depth > 0 {
        return (last == Some(',')).then_some(LIST);
    }
    let prose = |w: &str| is_prose_word(w.trim_end_matches([',', '.', ';', ':']));
    if last.is_some_and(|c| ",;:".contains(c)) || prose(before) || prose(after) {
        Some(CLAUSE)
    } else if last.is_some_and(|c| "=≈≠≤≥<>⇒→←↦".contains(c)) {
        Some(RELATION)
    } else if ["+", "−", "±"].contains(&after) || (before.is_empty() && !after.is_empty()) {
        Some(OPERATOR)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::Matrix;

    fn column(xs: &[i64]) -> crate::expr::Value {
        crate::expr::Value::Vector(xs.iter().map(|&x| x.into()).collect())
    }

    #[test]
    fn a_short_line_is_unchanged() {
        let l = Line::new()
            .m("A = ")
            .v(Matrix::from_ints(&[[1, 2], [3, 4]]));
        assert_eq!(
            fit(std::slice::from_ref(&l), "  ", 80),
            super::super::text::lines(&[l], "  ")
        );
    }

    #[test]
    fn prose_breaks_at_spaces_with_a_hanging_indent() {
        let l = Line::text("Each row of A becomes the column of Aᵀ with the same number");
        assert_eq!(
            fit(&[l], "  ", 30),
            "  Each row of A becomes the\n    column of Aᵀ with the same\n    number"
        );
    }

    #[test]
    fn blocks_are_never_split_and_math_breaks_before_plus() {
        let l = Line::text("As columns: ")
            .m("A·x = −1·")
            .v(column(&[1, -5]))
            .m(" + 2·")
            .v(column(&[-6, 3]))
            .m(" = ")
            .v(column(&[-13, 11]));
        let out = fit(&[l], "", 30);
        assert_eq!(
            out,
            "As columns: A·x = −1·⎡  1 ⎤\n                     ⎣ −5 ⎦\n  + 2·⎡ −6 ⎤ = ⎡ −13 ⎤\n      ⎣  3 ⎦   ⎣  11 ⎦"
        );
        for row in out.lines() {
            assert!(width(row) <= 30, "{row:?}");
        }
    }

    #[test]
    fn math_does_not_break_inside_brackets_or_after_a_product() {
        let l = Line::math("u·v = (1·2 + 3·4 + 5·6) = 44");
        // The bracket is one unit: the only breaks are after the two `=`.
        assert_eq!(fit(&[l], "", 20), "u·v =\n  (1·2 + 3·4 + 5·6) =\n  44");
    }

    #[test]
    fn a_long_tuple_breaks_after_a_comma_only_when_nothing_else_fits() {
        let l = Line::math("A·p = (5·(−1) − 10·(−1), 5·(−1) + 10·(−1)) = (5, −15)");
        assert_eq!(
            fit(std::slice::from_ref(&l), "", 50),
            "A·p = (5·(−1) − 10·(−1), 5·(−1) + 10·(−1)) =\n  (5, −15)"
        );
        assert_eq!(
            fit(&[l], "", 30),
            "A·p = (5·(−1) − 10·(−1),\n  5·(−1) + 10·(−1)) = (5, −15)"
        );
    }

    #[test]
    fn a_unit_wider_than_the_line_stands_alone() {
        let wide = Matrix::from_ints(&[[100000, 200000, 300000]]);
        let l = Line::text("Here it is: ").v(wide);
        assert_eq!(widest_unit(&l), 26);
        assert_eq!(
            fit(&[l], "", 20),
            "Here it is:\n  [ 100000  200000  300000 ]"
        );
    }
}
