//! Rendering problems to terminal text: matrices with bracket glyphs and aligned columns, exact
//! fractions as fractions, negative numbers with a true minus sign (which the parser accepts).

use super::block::{Block, pad_left};
use crate::engine::{Line, Piece};
use crate::expr::{Value, complex_text};
use crate::math::{Scalar, format_real};

/// A number for display: `3`, `−3/4`, `0.333333` (6 significant digits for reals).
pub fn scalar(s: &Scalar) -> String {
    let t = match s {
        Scalar::Exact(q) => q.to_string(),
        Scalar::Real(x) => format_real(*x, 6),
    };
    t.replace('-', "−")
}

/// A grid of entries inside bracket glyphs: `[ … ]` for one row, `⎡ ⎢ ⎣ … ⎤ ⎥ ⎦` for more.
/// Columns are right-aligned and separated by two spaces.
pub fn grid(rows: &[Vec<String>]) -> Block {
    let ncols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..ncols)
        .map(|j| {
            rows.iter()
                .filter_map(|r| r.get(j))
                .map(|s| super::block::width(s))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let n = rows.len();
    let lines = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (l, rt) = match (n, i) {
                (1, _) => ('[', ']'),
                (_, 0) => ('⎡', '⎤'),
                (_, i) if i + 1 == n => ('⎣', '⎦'),
                _ => ('⎢', '⎥'),
            };
            let cells: Vec<String> = r
                .iter()
                .zip(&widths)
                .map(|(c, &w)| pad_left(c, w))
                .collect();
            format!("{l} {} {rt}", cells.join("  "))
        })
        .collect();
    Block::from_lines(lines)
}

/// A value as a block: matrices and vectors (as columns) typeset, everything else on one line.
pub fn value_block(v: &Value) -> Block {
    match v {
        Value::Matrix(m) => grid(
            &m.rows()
                .map(|r| r.iter().map(scalar).collect())
                .collect::<Vec<_>>(),
        ),
        Value::Vector(xs) => grid(&xs.iter().map(|x| vec![scalar(x)]).collect::<Vec<_>>()),
        other => Block::text(&inline_value(other)),
    }
}

/// A value on one line: vectors as `(1, 2, 3)`, matrices as `[1 2; 3 4]`.
pub fn inline_value(v: &Value) -> String {
    let list = |xs: &mut dyn Iterator<Item = String>| xs.collect::<Vec<_>>().join(", ");
    match v {
        Value::Scalar(s) => scalar(s),
        Value::Vector(xs) => format!("({})", list(&mut xs.iter().map(scalar))),
        Value::Matrix(m) => {
            let rows: Vec<String> = m
                .rows()
                .map(|r| r.iter().map(scalar).collect::<Vec<_>>().join(" "))
                .collect();
            format!("[{}]", rows.join("; "))
        }
        Value::Set(items) => format!("{{{}}}", list(&mut conjugates_merged(items).into_iter())),
        Value::Tuple(items) => format!("({})", list(&mut items.iter().map(inline_value))),
        Value::Bool(b) => (if *b { "yes" } else { "no" }).to_string(),
        Value::Choice(c) => c.to_string(),
        Value::Formula(e) => e.to_string(),
        Value::Complex { re, im } => complex_text(*re, *im, 6).replace('-', "−"),
    }
}

/// The items of a set for display, a complex conjugate pair next to each other shown once as
/// `a ± bi` (as eigenvalues of real matrices come).
fn conjugates_merged(items: &[Value]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        if let (Value::Complex { re, im }, Some(Value::Complex { re: r2, im: i2 })) =
            (&items[i], items.get(i + 1))
            && re == r2
            && *im == -i2
        {
            out.push(format!(
                "{} ± {}i",
                scalar(&Scalar::Real(*re)),
                format_real(im.abs(), 6)
            ));
            i += 2;
            continue;
        }
        out.push(inline_value(&items[i]));
        i += 1;
    }
    out
}

/// One line of pieces as a block.
pub fn line_block(line: &Line) -> Block {
    line.0.iter().fold(Block::text(""), |acc, p| {
        acc.beside(match p {
            Piece::Text(s) | Piece::Math(s) => Block::text(s),
            Piece::Value(v) => value_block(v),
        })
    })
}

/// Lines rendered one below the other, each row indented by `indent`.
pub fn lines(ls: &[Line], indent: &str) -> String {
    ls.iter()
        .map(|l| line_block(l).render(indent))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::Matrix;

    #[test]
    fn matrices_get_brackets_and_aligned_columns() {
        let a = Matrix::from_ints(&[[2, -5], [-1, 3]]);
        let line = Line::new().m("A⁻¹ = ").v(a);
        assert_eq!(
            lines(&[line], "  "),
            "  A⁻¹ = ⎡  2  −5 ⎤\n        ⎣ −1   3 ⎦"
        );
        let one_row = Matrix::from_ints(&[[1, 2, 3]]);
        assert_eq!(
            value_block(&Value::Matrix(one_row)).render(""),
            "[ 1  2  3 ]"
        );
    }

    #[test]
    fn numbers_keep_exact_forms() {
        assert_eq!(scalar(&Scalar::frac(-3, 4)), "−3/4");
        assert_eq!(scalar(&Scalar::Real(1.0 / 3.0)), "0.333333");
        let m = Matrix::from_rows(vec![vec![Scalar::frac(1, 2), Scalar::ONE]]).unwrap();
        assert_eq!(inline_value(&Value::Matrix(m)), "[1/2 1]");
    }

    #[test]
    fn conjugate_pairs_print_as_plus_minus() {
        let set = Value::Set(vec![
            Value::Scalar(Scalar::int(3)),
            Value::Complex { re: 1.0, im: 2.0 },
            Value::Complex { re: 1.0, im: -2.0 },
        ]);
        assert_eq!(inline_value(&set), "{3, 1 ± 2i}");
        assert_eq!(
            inline_value(&Value::Complex { re: -0.5, im: -1.5 }),
            "−0.5 − 1.5i"
        );
    }

    #[test]
    fn three_rows_use_middle_glyphs() {
        let v = Value::Vector(vec![1.into(), 22.into(), 3.into()]);
        let text = lines(&[Line::new().m("v = ").v(v)], "");
        assert_eq!(text, "    ⎡  1 ⎤\nv = ⎢ 22 ⎥\n    ⎣  3 ⎦");
    }
}
