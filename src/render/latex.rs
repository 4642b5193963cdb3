//! Rendering problems to LaTeX and Markdown (with `$…$` math, as GitHub and most renderers read).

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

/// The end of the run of ASCII letters starting at `i`.
fn word_end(chars: &[char], i: usize) -> usize {
    i + chars[i..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count()
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
        '←' => " \\leftarrow ",
        '→' => " \\to ",
        '↦' => " \\mapsto ",
        '↔' => " \\leftrightarrow ",
        '⇒' => " \\Rightarrow ",
        '√' => "\\sqrt ",
        '‖' => "\\| ",
        '∥' => " \\parallel ",
        '…' => "\\dots ",
        '°' => "^{\\circ}",
        '½' => "\\tfrac{1}{2}",
        'Σ' => "\\sum ",
        'Π' => "\\prod ",
        'λ' => "\\lambda ",
        'π' => "\\pi ",
        'θ' => "\\theta ",
        'σ' => "\\sigma ",
        'μ' => "\\mu ",
        'ν' => "\\nu ",
        '✓' => "\\checkmark ",
        _ => return None,
    })
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
        _ => return None,
    })
}

/// Whether a character of prose is mathematics to be set in `$…$` for LaTeX (Greek letters,
/// operators, sub- and superscripts), so that the output compiles with plain pdfLaTeX.
fn is_math_char(c: char) -> bool {
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
        .map(|l| line_with(l, prose_to_latex))
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
        assert_eq!(unicode_to_latex("Check: AB"), "\\text{Check}: AB");
        assert_eq!(
            unicode_to_latex("(Ax)₁ = row 1·x"),
            "(Ax)_{1} = \\text{ row } 1 \\cdot x"
        );
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
    fn lines_mix_prose_and_math() {
        let l = Line::text("Find ").m("A⁻¹").t(".");
        assert_eq!(latex(std::slice::from_ref(&l)), "Find $A^{-1}$.");
        assert_eq!(
            markdown(&[l.clone(), l]),
            "Find $A^{-1}$.  \nFind $A^{-1}$."
        );
    }
}
