//! The parser: tokens to an [`Expr`], by precedence climbing (a hand-written Pratt parser).
//!
//! Precedence, loosest first:
//! 1. `+` `-` (left associative)
//! 2. `*` `/` and implicit products `2x`, `2(x+1)`, `x y`, `2[1, 2]` (a bracket starts an
//!    implicit factor only outside brackets) — one level, left associative, so
//!    `1/2x` is `(1/2)·x` (WeBWorK's reading; [`Expr::reading`] echoes it)
//! 3. prefix `-`, `+`, `√` (so `-2*3` is `(-2)·3` and `-x^2` is `-(x^2)`)
//! 4. `^` / `**`, right associative; the exponent may start with a sign (`2^-1`, `e^-x`), and a
//!    bare `T` exponent is a transpose (`A^T`); superscripts lex as exponents (`λ²`, `2⁻¹`)
//! 5. postfix `'` (transpose) and `%` (divide by 100)
//! 6. numbers, names, calls `f(…)`, groups `( )`, tuples `(a, b)`, vectors and matrices `[ ]`,
//!    sets `{ }`
//!
//! Inside `[ ]` (but not inside parentheses or calls within them) whitespace separates entries,
//! as in MATLAB: `[1 2; 3 4]`, `[1 -2]` is two entries, `[1 - 2]` is one (-1), `[2 x]` is two
//! entries and `[2x]` one. A `+`/`-` starts a new entry exactly when a space comes before it and
//! none after it.
//!
//! Every recursion passes through [`Parser::unary`], which counts the nesting depth.

use super::ast::{BinOp, Constant, Expr};
use super::error::ExprError;
use super::lexer::{Tok, Token, lex};
use super::limits::{MAX_DEPTH, MAX_INPUT_CHARS, MAX_TREE_HEIGHT};
use super::literal::parse_number;
use super::names::{FUNCTIONS, canonical_variable, is_function, is_variable_like, keyword};
use super::spans::{Parsed, Spans, height};

type R<T> = Result<T, ExprError>;

/// Parses `input` into an expression (no evaluation).
pub fn parse(input: &str) -> R<Expr> {
    parse_spanned(input).map(|p| p.expr)
}

/// Parses `input`, keeping the span of every node for error messages.
pub(crate) fn parse_spanned(input: &str) -> R<Parsed> {
    let len = input.chars().count();
    if len > MAX_INPUT_CHARS {
        return Err(ExprError::limit(
            (MAX_INPUT_CHARS, len),
            format!("the input is too long ({len} characters); the limit is {MAX_INPUT_CHARS}"),
        ));
    }
    let toks = lex(input)?;
    if toks.is_empty() {
        return Err(ExprError::syntax(
            (0, len),
            "the input is empty: type an answer such as 3/4, [1, 2] or yes",
        ));
    }
    let mut p = Parser {
        toks,
        pos: 0,
        depth: 0,
        end: len,
        entries: 0,
    };
    let parsed = p.expr(Ctx::Normal)?;
    if let Some(t) = p.peek() {
        return Err(unexpected_after_expression(t));
    }
    if height(&parsed.expr) > MAX_TREE_HEIGHT {
        return Err(ExprError::limit(
            (0, len),
            format!(
                "the expression is too long: it chains more than {MAX_TREE_HEIGHT} operations; \
                 split it into parts"
            ),
        ));
    }
    Ok(parsed)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Ctx {
    Normal,
    /// Directly inside `[ ]`: whitespace separates entries.
    Bracket,
}

pub(super) struct Parser {
    pub(super) toks: Vec<Token>,
    pub(super) pos: usize,
    pub(super) depth: usize,
    /// Length of the input in characters (the span of "the end").
    pub(super) end: usize,
    pub(super) entries: usize,
}

/// Tokens that can begin an operand of an implicit product.
pub(super) fn starts_operand(tok: &Tok) -> bool {
    matches!(tok, Tok::Num(_) | Tok::Ident(_) | Tok::LParen | Tok::Sqrt)
}

fn unexpected_after_expression(t: &Token) -> ExprError {
    let msg = match &t.tok {
        Tok::RParen => "unmatched ')': there is no '(' before it".to_string(),
        Tok::RBracket => "unmatched ']': there is no '[' before it".to_string(),
        Tok::RBrace => "unmatched '}': there is no '{' before it".to_string(),
        Tok::Comma => {
            "a ',' outside brackets: write a list as [1, 2], {1, 2} or (1, 2)".to_string()
        }
        Tok::Semi => "a ';' outside brackets: write matrix rows as [1 2; 3 4]".to_string(),
        Tok::Num(n) => format!("expected an operator before the number {n}; write * for a product"),
        other => format!(
            "unexpected {}: expected an operator such as + or *",
            other.describe()
        ),
    };
    ExprError::syntax(t.span, msg)
}

fn leaf(expr: Expr, span: (usize, usize)) -> Parsed {
    Parsed {
        expr,
        spans: Spans::leaf(span),
    }
}

fn binary(op: BinOp, l: Parsed, r: Parsed, implicit: bool) -> Parsed {
    let span = (l.span().0, r.span().1);
    Parsed {
        expr: Expr::Binary {
            op,
            lhs: Box::new(l.expr),
            rhs: Box::new(r.expr),
            implicit,
        },
        spans: Spans::node(span, vec![l.spans, r.spans]),
    }
}

/// A one-child node spanning `span`.
fn wrap(make: fn(Box<Expr>) -> Expr, span: (usize, usize), inner: Parsed) -> Parsed {
    Parsed {
        expr: make(Box::new(inner.expr)),
        spans: Spans::node(span, vec![inner.spans]),
    }
}

pub(super) fn list(items: Vec<Parsed>, span: (usize, usize)) -> (Vec<Expr>, Spans) {
    let (exprs, spans) = items.into_iter().map(|p| (p.expr, p.spans)).unzip();
    (exprs, Spans::node(span, spans))
}

impl Parser {
    pub(super) fn peek(&self) -> Option<&Token> {
        self.toks.get(self.pos)
    }
    pub(super) fn peek_at(&self, k: usize) -> Option<&Token> {
        self.toks.get(self.pos + k)
    }
    pub(super) fn next_is(&self, tok: &Tok) -> bool {
        self.peek().is_some_and(|t| &t.tok == tok)
    }
    pub(super) fn at_end(&self) -> (usize, usize) {
        (self.end, self.end)
    }

    fn missing_operand(&self) -> ExprError {
        let prev = self.pos.checked_sub(1).and_then(|i| self.toks.get(i));
        match (self.peek(), prev) {
            (None, Some(p)) => ExprError::syntax(
                self.at_end(),
                format!(
                    "the input ends too early: expected a number, a name or '(' after {}",
                    p.tok.describe()
                ),
            ),
            (None, None) => ExprError::syntax(self.at_end(), "expected a number, a name or '('"),
            (Some(t), _) => ExprError::syntax(
                t.span,
                format!(
                    "expected a number, a name or '(' here, not {}",
                    t.tok.describe()
                ),
            ),
        }
    }

    pub(super) fn expr(&mut self, ctx: Ctx) -> R<Parsed> {
        let mut lhs = self.product(ctx)?;
        while let Some(t) = self.peek() {
            let op = match t.tok {
                Tok::Plus => BinOp::Add,
                Tok::Minus => BinOp::Sub,
                _ => break,
            };
            // `[1 -2]`: a sign with a space before and none after starts a new entry.
            let glued = self.peek_at(1).is_some_and(|n| !n.space_before);
            if ctx == Ctx::Bracket && t.space_before && glued {
                break;
            }
            self.pos += 1;
            let rhs = self.product(ctx)?;
            lhs = binary(op, lhs, rhs, false);
        }
        Ok(lhs)
    }

    fn product(&mut self, ctx: Ctx) -> R<Parsed> {
        let mut lhs = self.unary(ctx)?;
        while let Some(t) = self.peek() {
            let (op, implicit) = match &t.tok {
                Tok::Star => (BinOp::Mul, false),
                Tok::Slash => (BinOp::Div, false),
                tok if starts_operand(tok) || (*tok == Tok::LBracket && ctx == Ctx::Normal) => {
                    if ctx == Ctx::Bracket && t.space_before {
                        break;
                    }
                    if let Tok::Num(n) = tok {
                        return Err(ExprError::syntax(
                            t.span,
                            format!(
                                "expected an operator before the number {n}; write * for a product"
                            ),
                        ));
                    }
                    (BinOp::Mul, true)
                }
                _ => break,
            };
            if !implicit {
                self.pos += 1;
            }
            let rhs = self.unary(ctx)?;
            lhs = binary(op, lhs, rhs, implicit);
        }
        Ok(lhs)
    }

    /// Prefix operators. Counts nesting depth: every recursive path goes through here.
    fn unary(&mut self, ctx: Ctx) -> R<Parsed> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let span = self.peek().map_or(self.at_end(), |t| t.span);
            return Err(ExprError::limit(
                span,
                format!(
                    "nested too deeply (more than {MAX_DEPTH} levels of brackets, signs or \
                     exponents); simplify the input"
                ),
            ));
        }
        let result = self.unary_inner(ctx);
        self.depth -= 1;
        result
    }

    fn unary_inner(&mut self, ctx: Ctx) -> R<Parsed> {
        let Some(t) = self.peek() else {
            return Err(self.missing_operand());
        };
        let start = t.span.0;
        match t.tok {
            Tok::Minus => {
                self.pos += 1;
                let inner = self.unary(ctx)?;
                Ok(wrap(Expr::Neg, (start, inner.span().1), inner))
            }
            Tok::Plus => {
                self.pos += 1;
                self.unary(ctx)
            }
            Tok::Sqrt => {
                self.pos += 1;
                let inner = self.unary(ctx)?;
                let span = (start, inner.span().1);
                let (args, spans) = list(vec![inner], span);
                Ok(Parsed {
                    expr: Expr::Call {
                        name: "sqrt".into(),
                        args,
                    },
                    spans,
                })
            }
            _ => self.power(ctx),
        }
    }

    fn power(&mut self, ctx: Ctx) -> R<Parsed> {
        let mut base = self.postfix(ctx)?;
        while self.next_is(&Tok::Caret) {
            self.pos += 1;
            if let Some(t) = self.peek()
                && matches!(&t.tok, Tok::Ident(n) if n == "T")
                && !self
                    .peek_at(1)
                    .is_some_and(|n| n.tok == Tok::LParen && !n.space_before)
            {
                let span = (base.span().0, t.span.1);
                self.pos += 1;
                base = wrap(Expr::Transpose, span, base);
                continue;
            }
            let exponent = self.unary(ctx)?;
            return Ok(binary(BinOp::Pow, base, exponent, false));
        }
        Ok(base)
    }

    fn postfix(&mut self, ctx: Ctx) -> R<Parsed> {
        let mut e = self.primary(ctx)?;
        while let Some(t) = self.peek() {
            let make: fn(Box<Expr>) -> Expr = match t.tok {
                Tok::Quote => Expr::Transpose,
                Tok::Percent => Expr::Percent,
                Tok::Degree => |a| Expr::Call {
                    name: "deg".into(),
                    args: vec![*a],
                },
                _ => break,
            };
            let span = (e.span().0, t.span.1);
            self.pos += 1;
            e = wrap(make, span, e);
        }
        Ok(e)
    }

    fn primary(&mut self, _ctx: Ctx) -> R<Parsed> {
        let Some(t) = self.peek() else {
            return Err(self.missing_operand());
        };
        let t = match &t.tok {
            Tok::Num(text) => {
                let value = parse_number(text).ok_or_else(|| {
                    ExprError::limit(t.span, format!("the number {text} is too large"))
                })?;
                let span = t.span;
                self.pos += 1;
                return Ok(leaf(Expr::Num(value), span));
            }
            Tok::Ident(name) => {
                let (name, span) = (name.clone(), t.span);
                self.pos += 1;
                return self.name(name, span);
            }
            _ => t.clone(),
        };
        match t.tok {
            Tok::LParen => {
                self.pos += 1;
                let (items, end) = self.sequence(Tok::RParen, t.span)?;
                let span = (t.span.0, end);
                match items.len() {
                    0 => Err(ExprError::syntax(
                        span,
                        "empty parentheses: put an expression inside, as in (1 + 2)",
                    )),
                    1 => {
                        let inner = items.into_iter().next().expect("one item");
                        Ok(Parsed {
                            expr: inner.expr,
                            spans: Spans::node(span, inner.spans.kids),
                        })
                    }
                    _ => {
                        let (items, spans) = list(items, span);
                        Ok(Parsed {
                            expr: Expr::Tuple(items),
                            spans,
                        })
                    }
                }
            }
            Tok::LBrace => {
                self.pos += 1;
                let (items, end) = self.sequence(Tok::RBrace, t.span)?;
                let (items, spans) = list(items, (t.span.0, end));
                Ok(Parsed {
                    expr: Expr::Set(items),
                    spans,
                })
            }
            Tok::LBracket => {
                self.pos += 1;
                self.bracket(t.span)
            }
            _ => Err(self.missing_operand()),
        }
    }

    fn name(&mut self, name: String, span: (usize, usize)) -> R<Parsed> {
        if let Some(b) = keyword(&name) {
            return Ok(leaf(Expr::Bool(b), span));
        }
        let expr = match name.as_str() {
            "pi" => Expr::Const(Constant::Pi),
            "e" => Expr::Const(Constant::E),
            _ if is_function(&name) => return self.call(name, span),
            _ => {
                let paren_follows = self
                    .peek()
                    .is_some_and(|t| t.tok == Tok::LParen && !t.space_before);
                if paren_follows && !is_variable_like(&name) {
                    return Err(ExprError::syntax(
                        span,
                        format!(
                            "unknown function '{name}'; the functions are {}",
                            FUNCTIONS.join(", ")
                        ),
                    ));
                }
                Expr::Var(canonical_variable(&name))
            }
        };
        Ok(leaf(expr, span))
    }

    fn call(&mut self, name: String, span: (usize, usize)) -> R<Parsed> {
        let Some(open) = self.peek().filter(|t| t.tok == Tok::LParen).map(|t| t.span) else {
            return Err(ExprError::syntax(
                span,
                format!("'{name}' is a function: write {name}(…) with its argument in parentheses"),
            ));
        };
        self.pos += 1;
        let (args, end) = self.sequence(Tok::RParen, open)?;
        let span = (span.0, end);
        if args.is_empty() {
            return Err(ExprError::syntax(
                span,
                format!("{name}() needs an argument, as in {name}(2)"),
            ));
        }
        let (args, spans) = list(args, span);
        Ok(Parsed {
            expr: Expr::Call { name, args },
            spans,
        })
    }
}
