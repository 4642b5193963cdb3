//! LaTeX output compiles with plain pdfLaTeX and reads as mathematics is typeset: every prompt and
//! worked solution, for every kind and level, renders to ASCII with balanced inline math and no
//! `$$`; English is never set as math (no `\text{…}` sentence, no word of italic letters, no
//! article glued to a number), variables in prose are math (italic), and a matrix is never left
//! in the answer syntax `[a b; c d]`.

use mathdrill::engine::Problem;
use mathdrill::{registry, render};

fn seeds() -> u64 {
    mathdrill::engine::soak::seeds(30)
}

/// Words after which a capital `A` in prose is a variable, not the article.
const VERBS: &[&str] = &[
    "is", "are", "has", "and", "or", "acts", "became", "without", "times",
];

/// The text with every `\texttt{…}` (a typed example) removed.
fn without_code(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("\\texttt{") {
        out.push_str(&rest[..i]);
        let body = &rest[i + "\\texttt{".len()..];
        let mut depth = 1;
        let mut end = body.len();
        let mut prev = ' ';
        for (j, c) in body.char_indices() {
            if prev != '\\' {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            if depth == 0 {
                end = j;
                break;
            }
            prev = c;
        }
        rest = body.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// Alternating prose and math of one line: `(prose, spans)`, each span standing as `0` in the
/// prose (`$1$s` reads as `0s`, a plural, not the letter s).
fn split_math(line: &str) -> (String, Vec<String>) {
    let mut prose = String::new();
    let mut spans = Vec::new();
    let marker = line.replace("\\$", "\u{0}");
    for (i, part) in marker.split('$').enumerate() {
        let part = part.replace('\u{0}', "\\$");
        if i % 2 == 0 {
            prose.push_str(&part);
        } else {
            prose.push('0');
            spans.push(part);
        }
    }
    (prose, spans)
}

/// A math span with its commands (and the text arguments of `\text`, `\operatorname`,
/// `\mathrm`, environments) taken out: what is left is set in italic letters.
fn italic_letters(span: &str) -> String {
    let mut s = span.to_string();
    // Indices (`a_{ij}`) are letters side by side, not words.
    for cmd in [
        "\\text{",
        "\\operatorname{",
        "\\mathrm{",
        "\\begin{",
        "\\end{",
        "_{",
        "^{",
    ] {
        while let Some(i) = s.find(cmd) {
            let close = s[i..].find('}').map_or(s.len(), |j| i + j + 1);
            s.replace_range(i..close, " ");
        }
    }
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            while chars.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
                chars.next();
            }
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

fn check_math_span(span: &str, at: &str) {
    for (i, _) in span.match_indices("\\text{") {
        let body: String = span[i + 6..].chars().take_while(|&c| c != '}').collect();
        assert!(
            body.split_whitespace().count() < 2,
            "{at}: a sentence set in \\text inside math: ${span}$"
        );
    }
    let letters = italic_letters(span);
    for word in letters.split(|c: char| !c.is_ascii_alphabetic()) {
        // `Ax` (a matrix times a vector) and `xz` (coordinates) are variables side by side.
        let lower = word.chars().filter(|c| c.is_ascii_lowercase()).count();
        let coordinates = word.chars().all(|c| "xyz".contains(c));
        assert!(
            !((lower > 1 || word.len() > 2) && !coordinates),
            "{at}: the English word {word:?} set as math: ${span}$"
        );
    }
    let glued = span.match_indices("a ").any(|(i, _)| {
        let before = span[..i].chars().next_back();
        let after = span[i + 2..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric() || "\\_^{".contains(c))
            && after.is_some_and(|c| c.is_ascii_digit())
    });
    assert!(
        !glued,
        "{at}: the article `a` glued to a number in math: ${span}$"
    );
    if let Some(open) = span.find('[') {
        let close = span[open..].find(']').map_or(span.len(), |j| open + j);
        assert!(
            !span[open..close].contains(';'),
            "{at}: a matrix in the answer syntax instead of typeset: ${span}$"
        );
    }
}

fn check_prose(prose: &str, at: &str) {
    let tokens: Vec<&str> = prose
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '.' && c != '\'')
        .filter(|t| !t.is_empty())
        .collect();
    for (i, t) in tokens.iter().enumerate() {
        let word = t.trim_end_matches('.');
        let single = word.len() == 1 && word.chars().all(|c| c.is_ascii_alphabetic());
        let next = tokens.get(i + 1).map(|n| n.trim_end_matches('.'));
        let after_quadrant = i > 0 && tokens[i - 1] == "quadrant";
        if !single || after_quadrant || ["e.g", "i.e"].contains(&word) {
            continue;
        }
        let article = (word == "a" || word == "A") && next.is_some_and(|n| !VERBS.contains(&n));
        assert!(
            article,
            "{at}: the variable {word:?} set as upright prose in: {prose}"
        );
    }
}

/// Calls `each(at, problem)` for every kind, level and seed of the sweep.
fn for_every_problem(mut each: impl FnMut(&str, &Problem)) {
    let reg = registry();
    for k in reg.kinds() {
        for &level in &k.levels {
            for seed in 0..seeds() {
                let p = reg.generate(&k.id, level, seed).unwrap();
                each(&format!("{} level {level} seed {seed}", k.id), &p);
            }
        }
    }
}

/// The LaTeX of a problem's prompt and of its solution.
fn latex_texts(p: &Problem) -> [String; 2] {
    [render::latex(&p.prompt), render::latex(&p.solution)]
}

#[test]
fn latex_of_every_kind_is_ascii_with_balanced_math() {
    for_every_problem(|at, p| {
        for text in latex_texts(p) {
            let odd: String = text.chars().filter(|c| !c.is_ascii()).collect();
            assert!(odd.is_empty(), "{at}: non-ASCII {odd:?} in\n{text}");
            assert!(!text.contains("$$"), "{at}: $$ in\n{text}");
            for line in text.lines() {
                let dollars = line.matches('$').count() - line.matches("\\$").count();
                assert!(dollars % 2 == 0, "{at}: unbalanced $ in {line}");
            }
        }
    });
}

#[test]
fn english_is_prose_and_mathematics_is_math() {
    for_every_problem(|at, p| {
        for text in latex_texts(p) {
            for line in without_code(&text).lines() {
                let (prose, spans) = split_math(line);
                spans.iter().for_each(|s| check_math_span(s, at));
                check_prose(&prose, at);
            }
        }
        for text in [render::markdown(&p.prompt), render::markdown(&p.solution)] {
            for line in text.lines() {
                let code_free: String = line.split('`').step_by(2).collect();
                let (_, spans) = split_math(&code_free);
                spans.iter().for_each(|s| check_math_span(s, at));
            }
        }
    });
}

/// The checks above catch the defects they are for.
#[test]
fn the_checks_catch_what_they_look_for() {
    let caught = |f: &dyn Fn()| std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).is_err();
    assert!(caught(&|| check_math_span(
        "A \\text{ basis of the null space}",
        "t"
    )));
    assert!(caught(&|| check_math_span("a 2 \\times 2", "t")));
    assert!(caught(&|| check_math_span(
        "A = [4 - \\lambda, -5; 2, 1]",
        "t"
    )));
    assert!(caught(&|| check_math_span("mean = 3", "t")));
    assert!(caught(&|| check_prose("so A is invertible", "t")));
    assert!(caught(&|| check_prose("entry i of x", "t")));
    check_math_span(
        "\\operatorname{rank} A = \\text{yes} \\begin{bmatrix} 1 \\end{bmatrix}",
        "t",
    );
    check_prose("A data set has a row, e.g. in quadrant I", "t");
}
