//! Bracketed forms: the items of `( )` and `{ }`, and vectors and matrices in `[ ]`.
//!
//! Inside `[ ]` entries are separated by `,` or by whitespace and rows by `;`, so `[1 2; 3 4]`,
//! `[1, 2; 3, 4]`, `[[1, 2], [3, 4]]`, `[[1 2] [3 4]]` and `[[1 2]; [3 4]]` are the same matrix,
//! and a single row `[1 2 3]` is a vector.

use super::ast::Expr;
use super::error::ExprError;
use super::lexer::Tok;
use super::limits::MAX_TYPED_ENTRIES;
use super::parser::{Ctx, Parser, list, starts_operand};
use super::spans::{Parsed, Spans};

type R<T> = Result<T, ExprError>;

/// The separators seen in one row of a `[ ]`, to refuse a row that mixes commas with a space
/// between two operands: in `[2x, 3x y]` the space would split `3x y` into two entries (as it
/// does in `[1 2 3]`), while anyone who types commas reads `3x y` as one product, as Python
/// does. A space before a sign (`[1, 2 -3]`) or a bracket stays a separator, as documented in
/// [`super::parser`].
#[derive(Default)]
struct RowSeparators {
    comma: bool,
    space: Option<(usize, usize)>,
}

impl RowSeparators {
    fn comma(&mut self) -> R<()> {
        self.comma = true;
        self.check()
    }

    fn space(&mut self, at: (usize, usize)) -> R<()> {
        self.space.get_or_insert(at);
        self.check()
    }

    fn check(&self) -> R<()> {
        match self.space {
            Some(at) if self.comma => Err(ExprError::syntax(
                at,
                "a space here would start a new entry (as in [1 2 3]), but commas separate the \
                 other entries: write a product with * (3*x*y, not 3x y), or separate every \
                 entry the same way",
            )),
            _ => Ok(()),
        }
    }
}

impl Parser {
    /// Comma-separated items up to `close`; returns them and the end of the closing token.
    pub(super) fn sequence(&mut self, close: Tok, open: (usize, usize)) -> R<(Vec<Parsed>, usize)> {
        let (o, c) = if close == Tok::RParen {
            ('(', ')')
        } else {
            ('{', '}')
        };
        let col = open.0 + 1;
        let mut items = Vec::new();
        if let Some(t) = self.peek().filter(|t| t.tok == close) {
            let end = t.span.1;
            self.pos += 1;
            return Ok((items, end));
        }
        loop {
            items.push(self.expr(Ctx::Normal)?);
            let Some(t) = self.peek().cloned() else {
                return Err(ExprError::syntax(
                    self.at_end(),
                    format!("expected '{c}' to close the '{o}' at column {col}"),
                ));
            };
            if t.tok == Tok::Comma {
                self.pos += 1;
                if self.next_is(&close) {
                    return Err(ExprError::syntax(
                        t.span,
                        "expected an item after ','; remove the trailing comma",
                    ));
                }
            } else if t.tok == close {
                self.pos += 1;
                return Ok((items, t.span.1));
            } else {
                return Err(ExprError::syntax(
                    t.span,
                    format!(
                        "expected ',' or '{c}' here (to close the '{o}' at column {col}), not {}",
                        t.tok.describe()
                    ),
                ));
            }
        }
    }

    /// After `[`: entries separated by `,` or whitespace, rows by `;`.
    pub(super) fn bracket(&mut self, open: (usize, usize)) -> R<Parsed> {
        let col = open.0 + 1;
        if let Some(t) = self.peek().filter(|t| t.tok == Tok::RBracket) {
            return Err(ExprError::syntax(
                (open.0, t.span.1),
                "empty brackets: write a vector as [1, 2, 3]",
            ));
        }
        let mut rows: Vec<Vec<Parsed>> = Vec::new();
        let mut row = Vec::new();
        let mut semicolons = false;
        let mut separators = RowSeparators::default();
        let end = loop {
            let entry = self.expr(Ctx::Bracket)?;
            self.entries += 1;
            if self.entries > MAX_TYPED_ENTRIES {
                return Err(ExprError::limit(
                    entry.span(),
                    format!("too many entries: the limit is {MAX_TYPED_ENTRIES}"),
                ));
            }
            row.push(entry);
            let Some(t) = self.peek().cloned() else {
                return Err(ExprError::syntax(
                    self.at_end(),
                    format!("expected ']' to close the '[' at column {col}"),
                ));
            };
            match t.tok {
                Tok::Comma => {
                    self.pos += 1;
                    separators.comma()?;
                    if self.next_is(&Tok::RBracket) || self.next_is(&Tok::Semi) {
                        return Err(ExprError::syntax(
                            t.span,
                            "expected an entry after ','; remove the extra comma",
                        ));
                    }
                }
                Tok::Semi => {
                    self.pos += 1;
                    semicolons = true;
                    separators = RowSeparators::default();
                    rows.push(std::mem::take(&mut row));
                    if let Some(close) = self.peek().filter(|t| t.tok == Tok::RBracket) {
                        let end = close.span.1;
                        self.pos += 1;
                        break end;
                    }
                }
                Tok::RBracket => {
                    self.pos += 1;
                    rows.push(std::mem::take(&mut row));
                    break t.span.1;
                }
                ref tok if t.space_before && starts_operand(tok) => separators.space(t.span)?,
                ref tok
                    if t.space_before
                        && matches!(tok, Tok::Minus | Tok::Plus | Tok::LBracket | Tok::LBrace) => {}
                ref tok => {
                    return Err(ExprError::syntax(
                        t.span,
                        format!(
                            "expected ',', ';' or ']' here (to close the '[' at column {col}), \
                             not {}",
                            tok.describe()
                        ),
                    ));
                }
            }
        };
        let span = (open.0, end);
        let vector_rows = |rows: &[Vec<Parsed>]| {
            rows.iter().all(|r| {
                matches!(
                    r.as_slice(),
                    [Parsed {
                        expr: Expr::Vector(_),
                        ..
                    }]
                )
            })
        };
        if semicolons && vector_rows(&rows) {
            // `[[1 2]; [3 4]]`: rows written as vectors, stacked.
            return matrix(rows.into_iter().flat_map(unpack_rows).collect(), span);
        }
        if semicolons {
            return matrix(rows, span);
        }
        let row = rows.pop().unwrap_or_default();
        if row.iter().all(|p| matches!(p.expr, Expr::Vector(_))) {
            return matrix(unpack_rows(row), span);
        }
        let (items, spans) = list(row, span);
        Ok(Parsed {
            expr: Expr::Vector(items),
            spans,
        })
    }
}

/// The entries of vector literals, as rows.
fn unpack_rows(vectors: Vec<Parsed>) -> Vec<Vec<Parsed>> {
    vectors
        .into_iter()
        .map(|p| match p.expr {
            Expr::Vector(items) => items
                .into_iter()
                .zip(p.spans.kids)
                .map(|(expr, spans)| Parsed { expr, spans })
                .collect(),
            other => vec![Parsed {
                expr: other,
                spans: p.spans,
            }],
        })
        .collect()
}

/// A matrix from parsed rows, which must all have as many entries as the first.
fn matrix(rows: Vec<Vec<Parsed>>, span: (usize, usize)) -> R<Parsed> {
    let width = rows.first().map_or(0, Vec::len);
    for (i, row) in rows.iter().enumerate() {
        if row.len() != width {
            let row_span = match (row.first(), row.last()) {
                (Some(a), Some(b)) => (a.span().0, b.span().1),
                _ => span,
            };
            return Err(ExprError::syntax(
                row_span,
                format!(
                    "row {} has {} entries but row 1 has {width}; every row needs the same number",
                    i + 1,
                    row.len()
                ),
            ));
        }
    }
    let mut spans = Vec::new();
    let rows = rows
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|p| {
                    spans.push(p.spans);
                    p.expr
                })
                .collect()
        })
        .collect();
    Ok(Parsed {
        expr: Expr::Matrix(rows),
        spans: Spans::node(span, spans),
    })
}
