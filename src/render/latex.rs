//! Rendering problems to LaTeX and Markdown (with `$…$` math, as GitHub and most renderers read).

use crate::engine::{Line, Piece};

/// Unicode math as written in exercises (`A⁻¹ = (1/det A)·B`, `x₁₂`) translated to LaTeX.
pub fn unicode_to_latex(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_alphabetic() {
            let mut word = c.to_string();
            while let Some(&n) = chars.peek().filter(|n| n.is_ascii_alphabetic()) {
                word.push(n);
                chars.next();
            }
            out.push_str(&math_word(&word));
            continue;
        }
        if let Some(d) = subscript_digit(c) {
            let mut digits = d.to_string();
            while let Some(d) = chars.peek().and_then(|&c| subscript_digit(c)) {
                digits.push(d);
                chars.next();
            }
            out.push_str(&format!("_{{{digits}}}"));
            continue;
        }
        if let Some(d) = superscript(c) {
            let mut sup = d.to_string();
            while let Some(d) = chars.peek().and_then(|&c| superscript(c)) {
                sup.push_str(d);
                chars.next();
            }
            out.push_str(&format!("^{{{sup}}}"));
            continue;
        }
        match c {
            '·' => out.push_str(" \\cdot "),
            '−' => out.push('-'),
            '×' => out.push_str(" \\times "),
            '≠' => out.push_str(" \\neq "),
            '≤' => out.push_str(" \\le "),
            '≥' => out.push_str(" \\ge "),
            '≈' => out.push_str(" \\approx "),
            '←' => out.push_str(" \\leftarrow "),
            '→' => out.push_str(" \\to "),
            '↔' => out.push_str(" \\leftrightarrow "),
            '√' => out.push_str("\\sqrt "),
            'Σ' => out.push_str("\\sum "),
            'λ' => out.push_str("\\lambda "),
            'π' => out.push_str("\\pi "),
            'θ' => out.push_str("\\theta "),
            'σ' => out.push_str("\\sigma "),
            'μ' => out.push_str("\\mu "),
            '✓' => out.push_str("\\checkmark "),
            '{' => out.push_str("\\{"),
            '}' => out.push_str("\\}"),
            _ => out.push(c),
        }
    }
    out
}

/// A word inside math: operator names upright as operators (`\\det`), longer words as text,
/// single letters as variables.
fn math_word(w: &str) -> String {
    const OPERATORS: &[&str] = &[
        "det", "sin", "cos", "tan", "ln", "log", "exp", "max", "min", "dim", "ker",
    ];
    if w.len() == 1 {
        w.to_string()
    } else if OPERATORS.contains(&w) {
        format!("\\{w}")
    } else if matches!(w, "tr" | "rank" | "diag" | "adj") {
        format!("\\operatorname{{{w}}}")
    } else {
        format!("\\text{{{w}}}")
    }
}

fn subscript_digit(c: char) -> Option<char> {
    let i = "₀₁₂₃₄₅₆₇₈₉".chars().position(|d| d == c)?;
    char::from_digit(i as u32, 10)
}

fn superscript(c: char) -> Option<&'static str> {
    Some(match c {
        'ᵀ' => "\\top",
        '⁻' => "-",
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
        _ => return None,
    })
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

/// A line with prose through `text` and every run of adjacent math pieces in one `$…$` span
/// (two spans side by side would read as `$$`, display math).
fn line_with(line: &Line, text: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut math: Vec<String> = Vec::new();
    let flush = |out: &mut String, math: &mut Vec<String>| {
        if !math.is_empty() {
            out.push_str(&format!("${}$", math.join(" ").trim()));
            math.clear();
        }
    };
    for p in &line.0 {
        match p {
            Piece::Text(s) => {
                flush(&mut out, &mut math);
                out.push_str(&text(s));
            }
            Piece::Math(s) => math.push(unicode_to_latex(s).trim().to_string()),
            Piece::Value(v) => math.push(v.to_latex()),
        }
    }
    flush(&mut out, &mut math);
    out
}

/// Lines as a LaTeX fragment, one line per paragraph line (`\\` between lines).
pub fn latex(lines: &[Line]) -> String {
    lines
        .iter()
        .map(|l| line_with(l, escape_text))
        .collect::<Vec<_>>()
        .join(" \\\\\n")
}

/// Lines as Markdown with `$…$` math, hard line breaks between lines.
pub fn markdown(lines: &[Line]) -> String {
    lines
        .iter()
        .map(|l| line_with(l, str::to_string))
        .collect::<Vec<_>>()
        .join("  \n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translates_unicode_math() {
        assert_eq!(unicode_to_latex("A⁻¹"), "A^{-1}");
        assert_eq!(unicode_to_latex("Aᵀ"), "A^{\\top}");
        assert_eq!(unicode_to_latex("a₁₂·b₂₁ − 3"), "a_{12} \\cdot b_{21} - 3");
        assert_eq!(unicode_to_latex("det A"), "\\det A");
        assert_eq!(unicode_to_latex("Check: AB"), "\\text{Check}: \\text{AB}");
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
    fn lines_mix_prose_and_math() {
        let l = Line::text("Find ").m("A⁻¹").t(".");
        assert_eq!(latex(std::slice::from_ref(&l)), "Find $A^{-1}$.");
        assert_eq!(
            markdown(&[l.clone(), l]),
            "Find $A^{-1}$.  \nFind $A^{-1}$."
        );
    }
}
