//! Rendering problems to LaTeX and Markdown (with `$…$` math, as GitHub and most renderers read).

use super::segments::{Segment, segments};
use super::words::{NAMED_OPERATORS, OPERATORS, is_matrix_times_vector, is_prose_word};
use crate::engine::{Line, Piece};

/// Unicode math as written in exercises (`A⁻¹ = (1/det A)·B`, `x₁₂`) translated to LaTeX. Runs
/// of words (`is free; the pivot rows give`) become one `\text{…}` with their spaces, so they do
/// not run together in math mode.
pub fn unicode_to_latex(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(accent) = chars.get(i + 1).and_then(|&m| accent(m)) {
            // A letter with a combining accent: `x̄` is \bar{x}, `p̂` is \hat{p}.
            out.push_str(&format!("{accent}{{{}}}", unicode_to_latex(&c.to_string())));
            i += 2;
            continue;
        }
        if c.is_ascii_alphabetic() {
            let end = word_end(&chars, i);
            let word: String = chars[i..end].iter().collect();
            if is_prose_word(&word) {
                let run_end = prose_run_end(&chars, end);
                let mut run: String = chars[i..run_end].iter().collect();
                if i > 0 && chars[i - 1] == ' ' {
                    run.insert(0, ' ');
                }
                if chars.get(run_end) == Some(&' ') {
                    run.push(' ');
                }
                out.push_str(&format!("\\text{{{run}}}"));
                i = run_end;
            } else {
                out.push_str(&math_word(&word));
                i = end;
            }
            continue;
        }
        if c == '√' {
            let (arg, next) = sqrt_argument(&chars, i + 1);
            out.push_str(&format!("\\sqrt{{{}}}", unicode_to_latex(&arg)));
            i = next;
            continue;
        }
        if c == '['
            && let Some((rows, next)) = matrix_syntax(&chars, i)
        {
            out.push_str(&bmatrix(&rows));
            i = next;
            continue;
        }
        if let Some(d) = subscript(c) {
            let mut sub = d.to_string();
            while let Some(d) = chars.get(i + 1).and_then(|&c| subscript(c)) {
                sub.push_str(d);
                i += 1;
            }
            out.push_str(&format!("_{{{sub}}}"));
            i += 1;
            continue;
        }
        if let Some(d) = superscript(c) {
            let mut sup = d.to_string();
            while let Some(d) = chars.get(i + 1).and_then(|&c| superscript(c)) {
                sup.push_str(d);
                i += 1;
            }
            out.push_str(&format!("^{{{sup}}}"));
            i += 1;
            continue;
        }
        match math_symbol(c) {
            Some(m) => out.push_str(m),
            None => match c {
                '{' => out.push_str("\\{"),
                '}' => out.push_str("\\}"),
                '%' => out.push_str("\\%"),
                '–' | '—' => out.push('-'),
                _ => out.push(c),
            },
        }
        i += 1;
    }
    out
}

/// The argument of `√` starting at `i`: a parenthesised group (without its parentheses) or a
/// run of digits and letters; and the index after it.
fn sqrt_argument(chars: &[char], i: usize) -> (String, usize) {
    if chars.get(i) == Some(&'(')
        && let Some(close) = matching(chars, i)
    {
        return (chars[i + 1..close].iter().collect(), close + 1);
    }
    let len = chars[i..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '.')
        .count();
    (chars[i..i + len].iter().collect(), i + len)
}

/// The index of the bracket that closes the one at `open`.
fn matching(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (j, &c) in chars.iter().enumerate().skip(open) {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// A matrix in the answer syntax, `[4 − λ, −5; 2, 1 − λ]` or `[d −b; −c a]`, at `open`: its
/// rows of entries, and the index after it. Rows are split at top-level `;`, entries at commas
/// if a row has any, else at spaces (a lone `+`/`−` joins its neighbours).
fn matrix_syntax(chars: &[char], open: usize) -> Option<(Vec<Vec<String>>, usize)> {
    let close = matching(chars, open)?;
    let inner = &chars[open + 1..close];
    let rows = split_top(inner, ';');
    if rows.len() < 2 {
        return None;
    }
    let rows = rows
        .into_iter()
        .map(|row| {
            if split_top(&row, ',').len() > 1 {
                split_top(&row, ',')
                    .into_iter()
                    .map(|e| e.iter().collect::<String>().trim().to_string())
                    .collect()
            } else {
                let text: String = row.iter().collect();
                let mut entries: Vec<String> = Vec::new();
                let mut join_next = false;
                for tok in text.split_whitespace() {
                    let lone_op = tok == "+" || tok == "−" || tok == "-";
                    match entries.last_mut() {
                        Some(last) if lone_op || join_next => {
                            last.push(' ');
                            last.push_str(tok);
                        }
                        _ => entries.push(tok.to_string()),
                    }
                    join_next = lone_op;
                }
                entries
            }
        })
        .collect();
    Some((rows, close + 1))
}

/// `cs` split at `sep` outside brackets.
fn split_top(cs: &[char], sep: char) -> Vec<Vec<char>> {
    let mut parts = vec![Vec::new()];
    let mut depth = 0i32;
    for &c in cs {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
        if c == sep && depth == 0 {
            parts.push(Vec::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(c);
        }
    }
    parts
}

fn bmatrix(rows: &[Vec<String>]) -> String {
    let body: Vec<String> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|e| unicode_to_latex(e).trim().to_string())
                .collect::<Vec<_>>()
                .join(" & ")
        })
        .collect();
    format!(
        "\\begin{{bmatrix}} {} \\end{{bmatrix}}",
        body.join(" \\\\ ")
    )
}

/// The end of the run of ASCII letters starting at `i`, before a letter that carries an accent
/// (`mx̄` is the word `m`, then `x̄`).
fn word_end(chars: &[char], i: usize) -> usize {
    let mut end = i;
    while end < chars.len()
        && chars[end].is_ascii_alphabetic()
        && (end == i || chars.get(end + 1).and_then(|&m| accent(m)).is_none())
    {
        end += 1;
    }
    end
}

/// The LaTeX accent command of a combining accent the exercises write over a letter: the
/// macron of a sample mean x̄ (U+0304) and the hat of an estimate p̂ (U+0302).
fn accent(c: char) -> Option<&'static str> {
    match c {
        '\u{304}' => Some("\\bar"),
        '\u{302}' => Some("\\hat"),
        _ => None,
    }
}

/// Where a run of prose that ends a word at `end` stops: it goes on over spaces and `,;:.` to a
/// further prose word (or the article `a` between two of them).
fn prose_run_end(chars: &[char], mut end: usize) -> usize {
    loop {
        let gap = chars[end..]
            .iter()
            .take_while(|c| matches!(c, ' ' | ',' | ';' | ':' | '.'))
            .count();
        let next = end + gap;
        if gap == 0 || next >= chars.len() || !chars[next].is_ascii_alphabetic() {
            return end;
        }
        let word_stop = word_end(chars, next);
        let word: String = chars[next..word_stop].iter().collect();
        let article_then_prose = word == "a" && {
            let after = word_stop + 1;
            chars.get(word_stop) == Some(&' ')
                && after < chars.len()
                && chars[after].is_ascii_alphabetic()
                && is_prose_word(
                    &chars[after..word_end(chars, after)]
                        .iter()
                        .collect::<String>(),
                )
        };
        if !(is_prose_word(&word) || article_then_prose) {
            return end;
        }
        end = word_stop;
    }
}

/// A word inside math: operator names upright as operators (`\\det`), single letters and
/// capitals (`AB`, a product) as variables, anything else as text.
fn math_word(w: &str) -> String {
    if w.len() == 1 || w.chars().all(|c| c.is_ascii_uppercase()) || is_matrix_times_vector(w) {
        w.to_string()
    } else if OPERATORS.contains(&w) {
        format!("\\{w}")
    } else if NAMED_OPERATORS.contains(&w) {
        format!("\\operatorname{{{w}}}")
    } else {
        format!("\\text{{{w}}}")
    }
}

/// The LaTeX (math mode) of a Unicode math symbol the exercises write.
fn math_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '·' => " \\cdot ",
        '−' => "-",
        '×' => " \\times ",
        '±' => " \\pm ",
        '≠' => " \\neq ",
        '≤' => " \\le ",
        '≥' => " \\ge ",
        '≈' => " \\approx ",
        '∈' => " \\in ",
        '∩' => " \\cap ",
        '∪' => " \\cup ",
        '←' => " \\leftarrow ",
        '→' => " \\to ",
        '↦' => " \\mapsto ",
        '↔' => " \\leftrightarrow ",
        '⇒' => " \\Rightarrow ",
        '‖' => "\\| ",
        '∥' => " \\parallel ",
        '…' => "\\dots ",
        '°' => "^{\\circ}",
        '½' => "\\tfrac{1}{2}",
        'Σ' => "\\sum ",
        'Π' => "\\prod ",
        '✓' => "\\checkmark ",
        '∂' => "\\partial ",
        '∇' => "\\nabla ",
        'ℓ' => "\\ell ",
        '∞' => "\\infty ",
        '∫' => "\\int ",
        '′' => "'",
        '″' => "''",
        '‴' => "'''",
        _ => return greek(c),
    })
}

/// Every Greek letter a text may use, lower case and the capitals LaTeX has (`Σ` and `Π` are the
/// sum and product signs above): `α` is `\alpha`, `Φ` is `\Phi`, `φ` is `\varphi`.
fn greek(c: char) -> Option<&'static str> {
    const GREEK: &[(char, &str)] = &[
        ('α', "\\alpha "),
        ('β', "\\beta "),
        ('γ', "\\gamma "),
        ('δ', "\\delta "),
        ('ε', "\\varepsilon "),
        ('ζ', "\\zeta "),
        ('η', "\\eta "),
        ('θ', "\\theta "),
        ('ι', "\\iota "),
        ('κ', "\\kappa "),
        ('λ', "\\lambda "),
        ('μ', "\\mu "),
        ('ν', "\\nu "),
        ('ξ', "\\xi "),
        ('ο', "o"),
        ('π', "\\pi "),
        ('ρ', "\\rho "),
        ('σ', "\\sigma "),
        ('τ', "\\tau "),
        ('υ', "\\upsilon "),
        ('φ', "\\varphi "),
        ('χ', "\\chi "),
        ('ψ', "\\psi "),
        ('ω', "\\omega "),
        ('Γ', "\\Gamma "),
        ('Δ', "\\Delta "),
        ('Θ', "\\Theta "),
        ('Λ', "\\Lambda "),
        ('Ξ', "\\Xi "),
        ('Φ', "\\Phi "),
        ('Ψ', "\\Psi "),
        ('Ω', "\\Omega "),
    ];
    GREEK.iter().find(|(g, _)| *g == c).map(|(_, l)| *l)
}

fn subscript(c: char) -> Option<&'static str> {
    Some(match c {
        '₀' => "0",
        '₁' => "1",
        '₂' => "2",
        '₃' => "3",
        '₄' => "4",
        '₅' => "5",
        '₆' => "6",
        '₇' => "7",
        '₈' => "8",
        '₉' => "9",
        'ᵢ' => "i",
        'ⱼ' => "j",
        'ₖ' => "k",
        'ₙ' => "n",
        'ₚ' => "p",
        'ᵣ' => "r",
        '₊' => "+",
        '₌' => "=",
        _ => return None,
    })
}

fn superscript(c: char) -> Option<&'static str> {
    Some(match c {
        'ᵀ' => "\\top",
        '⁻' => "-",
        '⁺' => "+",
        '⁰' => "0",
        '¹' => "1",
        '²' => "2",
        '³' => "3",
        '⁴' => "4",
        '⁵' => "5",
        '⁶' => "6",
        '⁷' => "7",
        '⁸' => "8",
        '⁹' => "9",
        'ᵏ' => "k",
        'ⁿ' => "n",
        'ⁱ' => "i",
        'ʲ' => "j",
        'ᵖ' => "p",
        'ᵗ' => "t",
        'ˣ' => "x",
        'ʸ' => "y",
        _ => return None,
    })
}

/// Whether a character of prose is mathematics to be set in `$…$` for LaTeX (Greek letters,
/// operators, sub- and superscripts), so that the output compiles with plain pdfLaTeX.
pub(super) fn is_math_char(c: char) -> bool {
    math_symbol(c).is_some() || subscript(c).is_some() || superscript(c).is_some()
}

/// Prose for LaTeX: special characters escaped, each run of Unicode mathematics (`λ²`, `cᵢ`,
/// `≠`) set as inline math, dashes as `--`/`---`: `p(λ) = det(A − λI)` becomes
/// `p($\lambda$) = det(A $-$ $\lambda$I)`.
pub fn prose_to_latex(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut math = String::new();
    let flush = |out: &mut String, math: &mut String| {
        if !math.is_empty() {
            out.push_str(&format!("${}$", unicode_to_latex(math).trim()));
            math.clear();
        }
    };
    for c in s.chars() {
        if accent(c).is_some() {
            // The accented letter was written out as prose: take it back into the math run.
            if out.ends_with(char::is_alphabetic)
                && let Some(letter) = out.pop()
            {
                math.push(letter);
            }
            math.push(c);
            continue;
        }
        if is_math_char(c) {
            math.push(c);
            continue;
        }
        flush(&mut out, &mut math);
        match c {
            '–' => out.push_str("--"),
            '—' => out.push_str("---"),
            _ => out.push_str(&escape_text(&c.to_string())),
        }
    }
    flush(&mut out, &mut math);
    out
}

/// Escapes LaTeX's special characters in prose.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '&' | '%' | '$' | '#' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            _ => out.push(c),
        }
    }
    out
}

/// A line with prose through `text`, typed examples through `code`, and every run of adjacent
/// mathematics in one `$…$` span (two spans side by side would read as `$$`, display math).
/// Text and math pieces are both cut into prose and mathematics ([`segments`]), so English is
/// never set as math and variables in prose are.
fn line_with(line: &Line, text: impl Fn(&str) -> String, code: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut math: Vec<String> = Vec::new();
    // Spaces after mathematics: inside the span if more mathematics follows, else prose.
    let mut spaces = String::new();
    let flush = |out: &mut String, math: &mut Vec<String>, spaces: &mut String| {
        if !math.is_empty() {
            out.push_str(&format!("${}$", math.join(" ").trim()));
            math.clear();
        }
        out.push_str(&std::mem::take(spaces));
    };
    let run =
        |seg: Segment, out: &mut String, math: &mut Vec<String>, spaces: &mut String| match seg {
            Segment::Math(m) => {
                spaces.clear();
                math.push(unicode_to_latex(&m).trim().to_string());
            }
            Segment::Prose(p) if !math.is_empty() && p.trim().is_empty() => spaces.push_str(&p),
            Segment::Prose(p) => {
                flush(out, math, spaces);
                out.push_str(&text(&p));
            }
            Segment::Code(c) => {
                flush(out, math, spaces);
                out.push_str(&code(&c));
            }
        };
    for p in &line.0 {
        let segs = match p {
            Piece::Text(s) => segments(s, false),
            Piece::Math(s) => segments(s, true),
            Piece::Value(v) => {
                spaces.clear();
                math.push(v.to_latex());
                continue;
            }
        };
        for seg in segs {
            run(seg, &mut out, &mut math, &mut spaces);
        }
    }
    flush(&mut out, &mut math, &mut spaces);
    out.trim_end().to_string()
}

/// A typed example for LaTeX: typewriter text, its Unicode mathematics (`λ`) as inline math.
fn code_latex(s: &str) -> String {
    format!("\\texttt{{{}}}", prose_to_latex(s))
}

/// Lines as a LaTeX fragment, one line per paragraph line (`\\` between lines).
pub fn latex(lines: &[Line]) -> String {
    lines
        .iter()
        .map(|l| line_with(l, prose_to_latex, code_latex))
        .collect::<Vec<_>>()
        .join(" \\\\\n")
}

/// Lines as Markdown with `$…$` math, hard line breaks between lines.
pub fn markdown(lines: &[Line]) -> String {
    lines
        .iter()
        .map(|l| line_with(l, str::to_string, |c| format!("`{c}`")))
        .collect::<Vec<_>>()
        .join("  \n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_letters_are_latex_accents() {
        assert_eq!(unicode_to_latex("x̄ = 5"), "\\bar{x} = 5");
        assert_eq!(unicode_to_latex("p̂(1 − p̂)/n"), "\\hat{p}(1 - \\hat{p})/n");
        assert_eq!(unicode_to_latex("(x̄ − μ)/σ"), "(\\bar{x} - \\mu )/\\sigma ");
        assert_eq!(unicode_to_latex("mx̄"), "m\\bar{x}");
        assert_eq!(
            prose_to_latex("the sample mean x̄ is 5"),
            "the sample mean $\\bar{x}$ is 5"
        );
        assert_eq!(prose_to_latex("p̂ and x̄₁"), "$\\hat{p}$ and $\\bar{x}_{1}$");
    }

    #[test]
    fn translates_unicode_math() {
        assert_eq!(unicode_to_latex("A⁻¹"), "A^{-1}");
        assert_eq!(unicode_to_latex("Aᵀ"), "A^{\\top}");
        assert_eq!(unicode_to_latex("a₁₂·b₂₁ − 3"), "a_{12} \\cdot b_{21} - 3");
        assert_eq!(unicode_to_latex("det A"), "\\det A");
        assert_eq!(unicode_to_latex("Check: AB"), "\\text{Check}: AB");
        assert_eq!(
            unicode_to_latex("(Ax)₁ = row 1·x"),
            "(Ax)_{1} = \\text{ row } 1 \\cdot x"
        );
    }

    /// The calculus and ML symbols: partials, gradients, primes, ℓ, ∞, ∫, and the superscript
    /// letters of eˣ and βᵗ.
    #[test]
    fn calculus_symbols() {
        assert_eq!(unicode_to_latex("∂f/∂x"), "\\partial f/\\partial x");
        assert_eq!(unicode_to_latex("∇f"), "\\nabla f");
        assert_eq!(unicode_to_latex("f′(x) + f″"), "f'(x) + f''");
        assert_eq!(unicode_to_latex("eˣ"), "e^{x}");
        assert_eq!(unicode_to_latex("βᵗ"), "\\beta ^{t}");
        assert_eq!(prose_to_latex("as h → ∞"), "as h $\\to$ $\\infty$");
        assert_eq!(unicode_to_latex("ℓᵢ"), "\\ell _{i}");
    }

    #[test]
    fn words_in_math_keep_their_spaces() {
        assert_eq!(
            unicode_to_latex("c₃ is free; the pivot rows give c₁ = 4·c₃"),
            "c_{3} \\text{ is free; the pivot rows give } c_{1} = 4 \\cdot c_{3}"
        );
        assert_eq!(
            unicode_to_latex("So v₃ = v₁: one vector is a combination of the others."),
            "\\text{So } v_{3} = v_{1}: \\text{ one vector is a combination of the others}."
        );
        assert_eq!(
            unicode_to_latex("σᵢ ≥ σⱼ"),
            "\\sigma _{i}  \\ge  \\sigma _{j}"
        );
    }

    #[test]
    fn prose_mathematics_is_set_as_math() {
        assert_eq!(
            prose_to_latex("p(λ) = det(A − λI), cᵢ ≠ 0 in R⁴ – 50%"),
            "p($\\lambda$) = det(A $-$ $\\lambda$I), c$_{i}$ $\\neq$ 0 in R$^{4}$ -- 50\\%"
        );
        assert!(prose_to_latex("plain").is_ascii());
    }

    #[test]
    fn escapes_prose() {
        assert_eq!(escape_text("50% & $5_x"), "50\\% \\& \\$5\\_x");
    }

    #[test]
    fn adjacent_math_pieces_share_one_span() {
        let l = Line::text("So ")
            .m("A = ")
            .v(crate::expr::Value::Scalar(3.into()))
            .t(".");
        assert_eq!(latex(&[l]), "So $A = 3$.");
    }

    #[test]
    fn sentences_leave_math_and_variables_enter_it() {
        let l = Line::math(
            "det A = −1 ≠ 0, so A is invertible, and as det A = ±1 the inverse is integral.",
        );
        assert_eq!(
            latex(&[l]),
            "$\\det A = -1  \\neq  0$, so $A$ is invertible, and as $\\det A =  \\pm 1$ the inverse is integral."
        );
        let l = Line::math("A basis of the null space: ").v(crate::expr::Value::Scalar(2.into()));
        assert_eq!(latex(&[l]), "A basis of the null space: $2$");
        let l = Line::text("A is a 2×2 matrix; entry i of A·x is row i of A times x.");
        assert_eq!(
            latex(&[l]),
            "$A$ is a $2 \\times 2$ matrix; entry $i$ of $A \\cdot x$ is row $i$ of $A$ times $x$."
        );
    }

    #[test]
    fn answer_syntax_matrices_and_roots_are_typeset() {
        assert_eq!(
            unicode_to_latex("(1/det A)·[d −b; −c a]"),
            "(1/\\det A) \\cdot \\begin{bmatrix} d & -b \\\\ -c & a \\end{bmatrix}"
        );
        assert_eq!(
            unicode_to_latex("[4 − λ, −5; 2, 1 − λ]"),
            "\\begin{bmatrix} 4 - \\lambda & -5 \\\\ 2 & 1 - \\lambda \\end{bmatrix}"
        );
        assert_eq!(unicode_to_latex("[A | I]"), "[A | I]");
        assert_eq!(
            unicode_to_latex("√(1² + 2²) = √5"),
            "\\sqrt{1^{2} + 2^{2}} = \\sqrt{5}"
        );
    }

    #[test]
    fn typed_examples_are_code() {
        let l = Line::text("Give it as a vector, e.g. [1, -2, 3].");
        assert_eq!(
            latex(std::slice::from_ref(&l)),
            "Give it as a vector, e.g. \\texttt{[1, -2, 3]}."
        );
        assert_eq!(markdown(&[l]), "Give it as a vector, e.g. `[1, -2, 3]`.");
    }

    #[test]
    fn lines_mix_prose_and_math() {
        let l = Line::text("Find ").m("A⁻¹").t(".");
        assert_eq!(latex(std::slice::from_ref(&l)), "Find $A^{-1}$.");
        assert_eq!(
            markdown(&[l.clone(), l]),
            "Find $A^{-1}$.  \nFind $A^{-1}$."
        );
    }
}
