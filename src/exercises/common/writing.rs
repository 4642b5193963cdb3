//! Writing numbers, products, sums and chains of equalities the way a worked solution shows
//! them (`1·5 − 2·7`, never `+ -3`; `x = 1 + 1 = 2`), and the answer text of a Unicode form.

use crate::engine::{Line, Piece};
use crate::math::{Matrix, Scalar};

/// A number as printed in solutions: `3`, `−2`, `−1/2` (with a true minus sign); a real number
/// with 6 significant digits, as typeset matrices show it (`126.870`, not `126.869897646`).
pub fn num(x: Scalar) -> String {
    let text = match x {
        Scalar::Exact(_) => x.to_string(),
        Scalar::Real(r) => crate::math::format_real(r, 6),
    };
    if text.contains('-') {
        text.replace('-', "−")
    } else {
        text
    }
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
    let mut last_side = same_side(lhs);
    for s in steps {
        let last = sides.len() - 1;
        let side = same_side(s);
        if side != last_side {
            sides.push(s);
        } else if last > 0 {
            sides[last] = s;
        }
        last_side = side;
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

/// Superscript digits, for an exponent: `superscript(12)` is `¹²`.
pub fn superscript(k: u32) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    if k < 10 {
        return DIGITS[k as usize].to_string();
    }
    k.to_string()
        .chars()
        .filter_map(|c| c.to_digit(10).map(|d| DIGITS[d as usize]))
        .collect()
}

/// `1st`, `2nd`, `3rd`, `4th`, … of a 1-based position (`11th`, `12th`, `13th`, `21st`).
pub fn ordinal(k: usize) -> String {
    let suffix = match (k % 10, k % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    };
    format!("{k}{suffix}")
}

/// `1 row`, `3 columns`, `2 branches`, `4 cities`: the count and the noun, in the plural by
/// [`plural_noun`] unless the count is 1.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {}", plural_noun(noun))
    }
}

/// The regular English plural of a noun: `-es` after a hissing end (`branch` → `branches`,
/// `box` → `boxes`, `bus` → `buses`, `dish` → `dishes`, `waltz` → `waltzes`), `-ies` for a consonant and `y` (`city` → `cities`, but `day` → `days`), else
/// `-s`. Irregular nouns (`child`, `mouse`, `quiz`) are not for this function.
pub fn plural_noun(noun: &str) -> String {
    let ends = |s: &str| noun.ends_with(s);
    if ends("ch") || ends("sh") || ends("s") || ends("x") || ends("z") {
        return format!("{noun}es");
    }
    let mut rev = noun.chars().rev();
    if let (Some('y'), Some(before)) = (rev.next(), rev.next())
        && !"aeiou".contains(before)
    {
        return format!("{}ies", &noun[..noun.len() - 1]);
    }
    format!("{noun}s")
}

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
        assert_eq!(superscript(105), "¹⁰⁵");
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
        assert_eq!(plural(1, "row"), "1 row");
        assert_eq!(plural(3, "column"), "3 columns");
        assert_eq!(plural(3, "branch"), "3 branches");
        assert_eq!(plural(1, "branch"), "1 branch");
        assert_eq!(plural(2, "box"), "2 boxes");
        assert_eq!(plural(2, "bus"), "2 buses");
        assert_eq!(plural(2, "dish"), "2 dishes");
        assert_eq!(plural(0, "city"), "0 cities");
        assert_eq!(plural(2, "day"), "2 days");
        assert_eq!(plural(2, "standard error"), "2 standard errors");
        assert_eq!(plural_noun("y"), "ys");
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
}
