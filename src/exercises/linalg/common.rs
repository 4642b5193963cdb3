//! Shared pieces of the linear-algebra kinds: writing numbers, products and sums the way a worked
//! solution shows them (`1·5 − 2·7`, never `+ -3`), row operations (`R₂ ← R₂ − 3·R₁`), cofactor
//! and diagonal matrices, integer draws, and the bookkeeping that keeps named mistakes
//! distinguishable from the answer (also under the checker's own equivalence).

use crate::engine::{DrillRng, Equivalence, GenError, Line, Mistake, Piece, Tolerance, compare};
use crate::expr::Value;
use crate::math::linalg::{RowOp, determinant_cofactor};
use crate::math::{Matrix, Scalar};

/// A number as printed in solutions: `3`, `−2`, `−1/2` (with a true minus sign); a real number
/// with 6 significant digits, as typeset matrices show it (`126.870`, not `126.869897646`).
pub fn num(x: Scalar) -> String {
    let text = match x {
        Scalar::Exact(_) => x.to_string(),
        Scalar::Real(r) => crate::math::format_real(r, 6),
    };
    text.replace('-', "−")
}

/// A number as a factor of a product: negatives and fractions in parentheses, `(−2)`, `(1/2)`.
pub fn factor(x: Scalar) -> String {
    let s = num(x);
    if x.to_f64() < 0.0 || s.contains('/') {
        format!("({s})")
    } else {
        s
    }
}

/// A product of factors substituted into a formula, every negative factor in parentheses:
/// `3·(−2)`, `(−1)·4`.
pub fn product(factors: &[Scalar]) -> String {
    factors
        .iter()
        .map(|&x| factor(x))
        .collect::<Vec<_>>()
        .join("·")
}

/// Joins signed terms: `[(false, "4"), (true, "10")]` is `4 − 10`; a negative first term gets a
/// leading `−`; no terms is `0`.
pub fn signed_join(terms: &[(bool, String)]) -> String {
    signed_join_with(terms, " − ", " + ")
}

/// [`signed_join`] with the given separators; the first term's minus is `minus` trimmed:
/// `[(true, "x"), (true, "1")]` is `-x - 1` with `" - "` (answer text, ASCII).
pub fn signed_join_with(terms: &[(bool, String)], minus: &str, plus: &str) -> String {
    let mut out = String::new();
    for (k, (negative, text)) in terms.iter().enumerate() {
        match (k, negative) {
            (0, false) => {}
            (0, true) => out.push_str(minus.trim()),
            (_, false) => out.push_str(plus),
            (_, true) => out.push_str(minus),
        }
        out.push_str(text);
    }
    if out.is_empty() { "0".into() } else { out }
}

/// A sum of products `Σ aₖbₖ` with each leading minus sign moved into the sum:
/// `1·5 − 2·7 + 3·(−1)` for the pairs `(1, 5), (−2, 7), (3, −1)`.
pub fn product_sum(pairs: &[(Scalar, Scalar)]) -> String {
    let terms: Vec<(bool, String)> = pairs
        .iter()
        .map(|&(a, b)| {
            let neg = a.to_f64() < 0.0;
            let lead = if neg { -a } else { a };
            let lead = if num(lead).contains('/') {
                factor(lead)
            } else {
                num(lead)
            };
            (neg, format!("{lead}·{}", factor(b)))
        })
        .collect();
    signed_join(&terms)
}

/// A sum of values with signs folded in: `4 − 10 + 18`.
pub fn value_sum(values: &[Scalar]) -> String {
    let terms: Vec<(bool, String)> = values
        .iter()
        .map(|&x| (x.to_f64() < 0.0, num(x.abs())))
        .collect();
    signed_join(&terms)
}

/// `lhs = step₁ = step₂ = …`, leaving out a step that restates the side before it (the left
/// side included), also when it differs only in spacing or in parentheses around the whole:
/// `det(Aᵀ)` after `det(Aᵀ)`, `−3` after `(−3)`. Of two such sides the later one is kept:
/// `(−3) = −3` becomes `−3`.
pub fn chain(lhs: &str, steps: &[String]) -> String {
    let mut sides: Vec<&str> = vec![lhs];
    for s in steps {
        let last = sides.len() - 1;
        if same_side(s) != same_side(sides[last]) {
            sides.push(s);
        } else if last > 0 {
            sides[last] = s;
        }
    }
    sides.join(" = ")
}

/// A side of an equation as compared by [`chain`]: without spaces and without parentheses
/// around the whole (`(−3)` is `−3`, but `(1, 2)·(3, 4)` stays as it is).
fn same_side(side: &str) -> String {
    let mut s: String = side.chars().filter(|c| !c.is_whitespace()).collect();
    while s.starts_with('(') && s.ends_with(')') && encloses(&s) {
        s = s[1..s.len() - 1].to_string();
    }
    s
}

/// Whether the first `(` of `s` closes at its last character.
fn encloses(s: &str) -> bool {
    let mut depth = 0i32;
    for (k, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return k + c.len_utf8() == s.len();
        }
    }
    false
}

/// A line of mathematics in pieces that a renderer may break between when the line is wider
/// than the terminal: before each ` = ` outside brackets, and after each `, ` or `; `
/// (`A·v = (1·2 + 3·4, 5·6 − 7·8)` breaks as `A·v` / ` = (1·2 + 3·4, ` / `5·6 − 7·8)`).
/// Rendered side by side, the pieces are the line itself.
pub fn math_line(s: &str) -> Line {
    let mut pieces = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    let cut = |pieces: &mut Vec<String>, at: usize, start: &mut usize| {
        if at > *start {
            pieces.push(s[*start..at].to_string());
            *start = at;
        }
    };
    for (k, c) in s.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ' ' if depth == 0 && s[k..].starts_with(" = ") => cut(&mut pieces, k, &mut start),
            ',' | ';' if s[k + 1..].starts_with(' ') => {
                let end = k + 1 + s[k + 1..].len() - s[k + 1..].trim_start().len();
                cut(&mut pieces, end, &mut start)
            }
            _ => {}
        }
    }
    cut(&mut pieces, s.len(), &mut start);
    Line(pieces.into_iter().map(Piece::Math).collect())
}

/// Unicode mathematics as the answer language types it: `−√3/2` is `-sqrt(3)/2`, `1 − 2√3` is
/// `1 - 2*sqrt(3)`, `(5/2)√2` is `(5/2)*sqrt(2)`, `3π/4` is `3*pi/4`: the exact canonical answer
/// ([`crate::engine::AnswerSpec::exact_as`]) written from the texts a solution shows.
pub fn answer_text(unicode: &str) -> String {
    let mut out = String::new();
    let mut chars = unicode.chars().peekable();
    let times = |out: &mut String| {
        if out.ends_with(|p: char| p.is_ascii_digit() || p == ')') {
            out.push('*');
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '−' => out.push('-'),
            'π' => {
                times(&mut out);
                out.push_str("pi");
            }
            '√' => {
                times(&mut out);
                out.push_str("sqrt");
                if chars.peek() != Some(&'(') {
                    out.push('(');
                    while let Some(d) = chars.next_if(char::is_ascii_digit) {
                        out.push(d);
                    }
                    out.push(')');
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// A vector written inline: `(1, −2, 3)`.
pub fn vector_text(v: &[Scalar]) -> String {
    let parts: Vec<String> = v.iter().map(|&x| num(x)).collect();
    format!("({})", parts.join(", "))
}

/// A matrix written inline, rows separated by `;`: `[1 −2; 0 1/2]` (for hints and prose).
pub fn matrix_text(m: &Matrix) -> String {
    let rows: Vec<String> = m
        .rows()
        .map(|r| r.iter().map(|&x| num(x)).collect::<Vec<_>>().join(" "))
        .collect();
    format!("[{}]", rows.join("; "))
}

/// A 1-based index as subscript digits: `sub(12)` is `₁₂`.
pub fn sub(n: usize) -> String {
    n.to_string()
        .chars()
        .map(|c| {
            c.to_digit(10)
                .and_then(|d| char::from_u32(0x2080 + d))
                .unwrap_or(c)
        })
        .collect()
}

/// The subscript `ᵢⱼ` of the 0-based entry `(i, j)`, written 1-based: `(0, 1)` is `₁₂`.
pub fn sub2(i: usize, j: usize) -> String {
    format!("{}{}", sub(i + 1), sub(j + 1))
}

/// `2×2 determinant` substituted into `a·d − b·c`: `3·2 − 5·1`, `(−1)·4 − 2·(−3)`.
pub fn det2_text(m: &Matrix) -> String {
    format!(
        "{} − {}",
        product(&[m.get(0, 0), m.get(1, 1)]),
        product(&[m.get(0, 1), m.get(1, 0)])
    )
}

/// The steps of a 2×2 determinant: `3·2 − 5·1`, `6 − 5`, `1` (for [`chain`]).
pub fn det2_steps(m: &Matrix) -> Vec<String> {
    let (ad, bc) = (m.get(0, 0) * m.get(1, 1), m.get(0, 1) * m.get(1, 0));
    vec![det2_text(m), value_sum(&[ad, -bc]), num(ad - bc)]
}

/// `1 row`, `3 columns`.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A row operation as a learner writes it (rows numbered from 1): `R₁ ↔ R₂`, `R₂ ← R₂ − 3·R₁`,
/// `R₁ ← (1/2)·R₁`, `R₃ ← −R₃`.
pub fn row_op_text(op: &RowOp) -> String {
    let r = |i: usize| format!("R{}", sub(i + 1));
    match op {
        RowOp::Swap(i, j) => format!("{} ↔ {}", r(*i.min(j)), r(*i.max(j))),
        RowOp::Scale(i, k) => {
            let coef = if *k == -Scalar::ONE {
                "−".to_string()
            } else {
                format!("{}·", factor(*k))
            };
            format!("{} ← {coef}{}", r(*i), r(*i))
        }
        RowOp::AddMultiple {
            target,
            source,
            factor: k,
        } => {
            let (sign, size) = if k.to_f64() < 0.0 {
                ("−", -*k)
            } else {
                ("+", *k)
            };
            let coef = if size == Scalar::ONE {
                String::new()
            } else {
                format!("{}·", factor(size))
            };
            format!(
                "{} ← {} {sign} {coef}{}",
                r(*target),
                r(*target),
                r(*source)
            )
        }
    }
}

/// The pivot row an operation works for: consecutive operations with the same pivot row are
/// one step of Gauss–Jordan elimination (swap up, scale to 1, clear the column).
fn pivot_row(op: &RowOp) -> usize {
    match *op {
        RowOp::Swap(_, row) => row,
        RowOp::Scale(row, _) => row,
        RowOp::AddMultiple { source, .. } => source,
    }
}

/// The row operations grouped into pivot steps of Gauss–Jordan elimination (consecutive
/// operations for the same pivot row: swap up, scale to 1, clear the column).
pub fn pivot_steps(ops: &[RowOp]) -> Vec<&[RowOp]> {
    let mut steps = Vec::new();
    let mut k = 0;
    while k < ops.len() {
        let row = pivot_row(&ops[k]);
        let end = ops[k..]
            .iter()
            .position(|op| pivot_row(op) != row)
            .map_or(ops.len(), |p| k + p);
        steps.push(&ops[k..end]);
        k = end;
    }
    steps
}

/// `start` after every pivot step but the last: the matrix a learner holds just before the
/// step that finishes the elimination (what a last hint shows).
pub fn before_last_pivot_step(start: &Matrix, ops: &[RowOp]) -> Matrix {
    let steps = pivot_steps(ops);
    let mut m = start.clone();
    for op in steps[..steps.len().saturating_sub(1)]
        .iter()
        .copied()
        .flatten()
    {
        op.apply(&mut m);
    }
    m
}

/// Solution lines replaying an elimination of `start`: one line per pivot step, listing its row
/// operations and the matrix they produce.
pub fn elimination_lines(start: &Matrix, ops: &[RowOp]) -> Vec<Line> {
    let mut m = start.clone();
    pivot_steps(ops)
        .into_iter()
        .map(|step| {
            let texts: Vec<String> = step.iter().map(row_op_text).collect();
            step.iter().for_each(|op| op.apply(&mut m));
            Line::new()
                .m(format!("{}:  ", texts.join(",  ")))
                .v(m.clone())
        })
        .collect()
}

/// The cofactor matrix `Cᵢⱼ = (−1)ⁱ⁺ʲ·det Mᵢⱼ` of a square matrix; with `signed = false`, the
/// matrix of minors `det Mᵢⱼ` (the checkerboard signs left out).
pub fn cofactor_matrix(a: &Matrix, signed: bool) -> Matrix {
    let n = a.nrows();
    Matrix::from_fn(n, n, |i, j| {
        let minor = if n == 1 {
            Scalar::ONE
        } else {
            determinant_cofactor(&a.minor_matrix(i, j)).unwrap_or(Scalar::ZERO)
        };
        if signed && (i + j) % 2 == 1 {
            -minor
        } else {
            minor
        }
    })
}

/// Integers as exact scalars: `[1, −2]` becomes the scalars `1, −2`.
pub fn scalars(xs: &[i64]) -> Vec<Scalar> {
    xs.iter().map(|&x| Scalar::int(x)).collect()
}

/// `len` integers drawn uniformly from `lo..=hi`, one `rng.int` call each: e.g. `3, 0, 7` for
/// `len = 3, lo = 0, hi = 9`.
pub fn draw_ints(rng: &mut DrillRng, len: usize, lo: i64, hi: i64) -> Vec<Scalar> {
    (0..len).map(|_| Scalar::int(rng.int(lo, hi))).collect()
}

/// The diagonal matrix `diag(d₁, …, dₙ)`: `diag(1, 2)` is `[[1, 0], [0, 2]]`.
pub fn diag(d: &[Scalar]) -> Matrix {
    let n = d.len();
    Matrix::from_fn(n, n, |i, j| if i == j { d[i] } else { Scalar::ZERO })
}

/// Whether `A = Aᵀ`.
pub fn is_symmetric(a: &Matrix) -> bool {
    a.is_square() && *a == a.transpose()
}

/// How many entries are zero.
pub fn zero_count(a: &Matrix) -> usize {
    a.entries().iter().filter(|x| x.is_zero()).count()
}

/// Whether two values would be judged the same answer under the default tolerance (entry by entry
/// for vectors and matrices of the same shape, in both directions).
pub fn coincide(a: &Value, b: &Value) -> bool {
    let tol = Tolerance::default();
    let close = |x: &Scalar, y: &Scalar| tol.accepts(*x, *y) || tol.accepts(*y, *x);
    match (a, b) {
        (Value::Scalar(x), Value::Scalar(y)) => close(x, y),
        (Value::Vector(x), Value::Vector(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| close(p, q))
        }
        (Value::Matrix(x), Value::Matrix(y)) => {
            x.shape() == y.shape()
                && x.entries()
                    .iter()
                    .zip(y.entries())
                    .all(|(p, q)| close(p, q))
        }
        _ => a == b,
    }
}

/// Whether the checker would accept `got` for `expected` under `eq` (one way: `got` judged
/// against `expected`): `[2, 4]` for `[1, 2]` under a direction equivalence is judged the same.
pub fn judged_same(got: &Value, expected: &Value, eq: &Equivalence) -> bool {
    compare(got, expected, eq, 0).correct
}

/// Collects a draft's named mistakes so that each one is distinguishable: from the expected
/// answer (otherwise the checker could not tell a right answer from the mistake) and from the
/// mistakes collected before it (otherwise the feedback would be ambiguous).
pub struct Mistakes {
    expected: Value,
    /// Judge "the same answer" as the checker does under this equivalence (for answers coarser
    /// than entry by entry: directions, spans); `None` compares entry by entry.
    eq: Option<Equivalence>,
    list: Vec<Mistake>,
}

impl Mistakes {
    pub fn new(expected: &Value) -> Mistakes {
        Mistakes {
            expected: expected.clone(),
            eq: None,
            list: Vec::new(),
        }
    }

    /// Like [`Mistakes::new`], but two answers count as the same when the checker would accept
    /// either for the other under `eq` (a multiple of an eigenvector, another basis of a span).
    /// Under a direction or span equivalence a zero vector is never a mistake: it is no
    /// direction, and the checker could not say what it is a multiple of.
    pub fn under(expected: &Value, eq: &Equivalence) -> Mistakes {
        Mistakes {
            eq: Some(eq.clone()),
            ..Mistakes::new(expected)
        }
    }

    fn same(&self, a: &Value, b: &Value) -> bool {
        match &self.eq {
            Some(eq) => judged_same(a, b, eq) || judged_same(b, a, eq),
            None => coincide(a, b),
        }
    }

    /// A zero vector offered where directions are judged.
    fn is_zero_direction(&self, answer: &Value) -> bool {
        matches!(
            self.eq,
            Some(Equivalence::Direction(_) | Equivalence::Span(_))
        ) && matches!(answer, Value::Vector(v) if v.iter().all(Scalar::is_zero))
    }

    fn is_new(&self, answer: &Value) -> bool {
        !self.is_zero_direction(answer)
            && !self.same(answer, &self.expected)
            && !self.list.iter().any(|m| self.same(answer, &m.answer))
    }

    /// A mistake this kind is about: if it coincides with the answer or with an earlier
    /// mistake, the draw is rejected.
    pub fn require(
        &mut self,
        name: &'static str,
        answer: impl Into<Value>,
        message: impl Into<String>,
    ) -> Result<(), GenError> {
        let answer = answer.into();
        if !self.is_new(&answer) {
            return Err(GenError::Redraw("a named mistake is not distinguishable"));
        }
        self.list.push(Mistake::new(name, answer, message));
        Ok(())
    }

    /// A mistake kept only when it differs from the answer and from the mistakes before it.
    pub fn optional(
        &mut self,
        name: &'static str,
        answer: impl Into<Value>,
        message: impl Into<String>,
    ) {
        let answer = answer.into();
        if self.is_new(&answer) {
            self.list.push(Mistake::new(name, answer, message));
        }
    }

    /// Of several wrong answers that one slip can produce (a sign flipped in one component or
    /// another), the first distinguishable one, kept under `name`.
    pub fn optional_first(
        &mut self,
        name: &'static str,
        answers: impl IntoIterator<Item = Value>,
        message: impl Into<String>,
    ) {
        if let Some(answer) = answers.into_iter().find(|a| self.is_new(a)) {
            self.list.push(Mistake::new(name, answer, message));
        }
    }

    /// The mistakes, or a redraw if fewer than two are distinguishable (one, for a yes/no
    /// question: it has only one wrong answer).
    pub fn finish(self) -> Result<Vec<Mistake>, GenError> {
        let needed = crate::engine::mistakes_needed(&self.expected);
        if self.list.len() < needed {
            return Err(GenError::Redraw("fewer than two distinguishable mistakes"));
        }
        Ok(self.list)
    }
}

#[cfg(test)]
pub mod testing;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_products_and_sums_read_naturally() {
        let s = |n| Scalar::int(n);
        assert_eq!(num(s(-3)), "−3");
        assert_eq!(num(Scalar::frac(-1, 2)), "−1/2");
        assert_eq!(factor(s(-3)), "(−3)");
        assert_eq!(factor(Scalar::frac(1, 2)), "(1/2)");
        assert_eq!(product(&[s(3), s(-2)]), "3·(−2)");
        assert_eq!(
            product_sum(&[(s(1), s(5)), (s(-2), s(7)), (s(3), s(-1))]),
            "1·5 − 2·7 + 3·(−1)"
        );
        assert_eq!(product_sum(&[(s(-2), s(7))]), "−2·7");
        assert_eq!(product_sum(&[(Scalar::frac(-1, 2), s(4))]), "−(1/2)·4");
        assert_eq!(value_sum(&[s(4), s(-10), s(18)]), "4 − 10 + 18");
        assert_eq!(value_sum(&[s(-4), s(10)]), "−4 + 10");
        assert_eq!(value_sum(&[]), "0");
        let minus = |t: &str| (true, t.to_string());
        assert_eq!(
            signed_join_with(&[minus("x"), minus("1")], " - ", " + "),
            "-x - 1"
        );
        assert_eq!(
            chain("x", &["1 + 1".into(), "2".into(), "2".into()]),
            "x = 1 + 1 = 2"
        );
        // A step restating the left side, or the step before it in parentheses, is left out.
        assert_eq!(
            chain("det(Aᵀ)", &["det(Aᵀ)".into(), "(−3)".into(), "−3".into()]),
            "det(Aᵀ) = −3"
        );
        assert_eq!(
            chain("u·v", &["(1, 2)·(3, 4)".into(), "11".into()]),
            "u·v = (1, 2)·(3, 4) = 11"
        );
        assert_eq!(sub(12), "₁₂");
        assert_eq!(sub2(0, 2), "₁₃");
        assert_eq!(vector_text(&[s(1), s(-2)]), "(1, −2)");
        assert_eq!(answer_text("−√3/2"), "-sqrt(3)/2");
        assert_eq!(answer_text("1 − 2√3"), "1 - 2*sqrt(3)");
        assert_eq!(answer_text("(5/2)√2"), "(5/2)*sqrt(2)");
        assert_eq!(answer_text("3π/4"), "3*pi/4");
        assert_eq!(answer_text("√(1/2)"), "sqrt(1/2)");
        assert_eq!(answer_text("−5/2 − 2√3"), "-5/2 - 2*sqrt(3)");
        assert_eq!(
            matrix_text(
                &Matrix::from_rows(vec![vec![s(1), s(-2)], vec![s(0), Scalar::frac(1, 2)]])
                    .unwrap()
            ),
            "[1 −2; 0 1/2]"
        );
        let m = Matrix::from_ints(&[[-1, 2], [-3, 4]]);
        assert_eq!(det2_text(&m), "(−1)·4 − 2·(−3)");
        assert_eq!(
            chain("det", &det2_steps(&m)),
            "det = (−1)·4 − 2·(−3) = −4 + 6 = 2"
        );
        assert_eq!(plural(1, "row"), "1 row");
        assert_eq!(plural(3, "column"), "3 columns");
    }

    #[test]
    fn math_lines_break_between_steps_and_items() {
        let text = "A·v = (1·2 + 3·4, 5·6 − 7·8) = (14, −26)";
        let line = math_line(text);
        let pieces: Vec<&str> = line
            .0
            .iter()
            .map(|p| match p {
                Piece::Math(s) => s.as_str(),
                _ => panic!("{p:?}"),
            })
            .collect();
        assert_eq!(
            pieces,
            ["A·v", " = (1·2 + 3·4, ", "5·6 − 7·8)", " = (14, ", "−26)"]
        );
        assert_eq!(pieces.concat(), text);
        assert_eq!(math_line("x").0, [Piece::Math("x".into())]);
    }

    #[test]
    fn row_operations_are_written_like_a_textbook() {
        let add = |target, source, factor| RowOp::AddMultiple {
            target,
            source,
            factor,
        };
        assert_eq!(row_op_text(&RowOp::Swap(2, 1)), "R₂ ↔ R₃");
        assert_eq!(row_op_text(&add(1, 0, Scalar::int(-3))), "R₂ ← R₂ − 3·R₁");
        assert_eq!(row_op_text(&add(2, 1, Scalar::ONE)), "R₃ ← R₃ + R₂");
        assert_eq!(
            row_op_text(&add(0, 2, Scalar::frac(-3, 2))),
            "R₁ ← R₁ − (3/2)·R₃"
        );
        assert_eq!(
            row_op_text(&RowOp::Scale(0, Scalar::frac(1, 2))),
            "R₁ ← (1/2)·R₁"
        );
        assert_eq!(row_op_text(&RowOp::Scale(2, -Scalar::ONE)), "R₃ ← −R₃");
    }

    #[test]
    fn elimination_replay_ends_at_the_rref() {
        let a = Matrix::from_ints(&[[0, 2, 1], [3, 1, 4], [1, 1, 1]]);
        let e = crate::math::linalg::rref(&a);
        let lines = elimination_lines(&a, &e.ops);
        assert!(!lines.is_empty());
        let last = lines.last().unwrap().0.last().unwrap();
        assert_eq!(
            *last,
            crate::engine::Piece::Value(Value::Matrix(e.rref.clone()))
        );
    }

    #[test]
    fn cofactors_give_the_inverse() {
        let a = Matrix::from_ints(&[[2, -3, 1], [2, 0, -1], [1, 4, 5]]);
        let adj = cofactor_matrix(&a, true).transpose();
        assert_eq!(
            a.mul(&adj),
            Some(Matrix::identity(3).scale(Scalar::int(49)))
        );
        let m = cofactor_matrix(&Matrix::from_ints(&[[3, 5], [1, 2]]), false);
        assert_eq!(m, Matrix::from_ints(&[[2, 1], [5, 3]]));
    }

    #[test]
    fn mistakes_are_kept_distinguishable() {
        let expected = Value::Scalar(Scalar::int(5));
        let mut ms = Mistakes::new(&expected);
        assert!(ms.require("same", Scalar::int(5), "m").is_err());
        ms.optional("close", Scalar::Real(5.000001), "m");
        ms.optional("a", Scalar::int(6), "m");
        ms.optional("dup", Scalar::int(6), "m");
        assert!(ms.require("again", Scalar::int(6), "m").is_err());
        assert!(ms.require("b", vec![Scalar::int(5)], "m").is_ok());
        ms.optional_first(
            "first",
            [Scalar::int(6), Scalar::int(7), Scalar::int(8)].map(Value::from),
            "m",
        );
        assert_eq!(ms.list.last().unwrap().answer, Value::from(Scalar::int(7)));
        let list = ms.finish().unwrap();
        assert_eq!(
            list.iter().map(|m| m.name).collect::<Vec<_>>(),
            ["a", "b", "first"]
        );
        assert!(Mistakes::new(&expected).finish().is_err());
    }

    #[test]
    fn direction_mistakes_are_distinct_up_to_multiples_and_never_zero() {
        let eq = Equivalence::Direction(Tolerance::default());
        let expected = Value::Vector(scalars(&[1, -2]));
        assert!(judged_same(
            &Value::Vector(scalars(&[-2, 4])),
            &expected,
            &eq
        ));
        let mut ms = Mistakes::under(&expected, &eq);
        assert!(ms.require("parallel", scalars(&[-2, 4]), "m").is_err());
        assert!(ms.require("zero", scalars(&[0, 0]), "m").is_err());
        ms.optional("a", scalars(&[2, 1]), "m");
        ms.optional("again", scalars(&[4, 2]), "m");
        assert!(ms.require("b", scalars(&[1, 1]), "m").is_ok());
        let names: Vec<_> = ms.finish().unwrap().iter().map(|m| m.name).collect();
        assert_eq!(names, ["a", "b"]);
        // Entry by entry, a zero vector is a mistake like any other.
        let mut plain = Mistakes::new(&expected);
        assert!(plain.require("zero", scalars(&[0, 0]), "m").is_ok());
    }

    #[test]
    fn integers_become_scalars() {
        assert_eq!(scalars(&[1, -2]), [Scalar::int(1), Scalar::int(-2)]);
        assert_eq!(
            diag(&scalars(&[1, 2])),
            Matrix::from_ints(&[[1, 0], [0, 2]])
        );
        let mut rng = DrillRng::from_seed_u64(5);
        let v = draw_ints(&mut rng, 4, -3, 3);
        assert_eq!(v.len(), 4);
        assert!(
            v.iter()
                .all(|x| (-3..=3).contains(&x.as_integer().unwrap()))
        );
    }
}
