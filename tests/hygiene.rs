//! Worked solutions, hints and feedback without filler, over every kind and level:
//! - no hint repeats an earlier one;
//! - no hint is about matrices of another size than the problem's (a 4×4 elimination hint on a
//!   3×3 problem: the catalog's general hints are shown at every level);
//! - no line of a solution or hint restates its own left side (`det(Aᵀ) = det(Aᵀ)`, `(−3) = −3`),
//!   and no line of a solution says the same thing twice (`4² = 16,  4² = 16`);
//! - the feedback for a named mistake does not state the answer (the numbers of the answer
//!   belong in the solution, after the last try).

use mathdrill::engine::{Line, Piece, Problem};
use mathdrill::expr::Value;
use mathdrill::registry;
use mathdrill::render::inline_value;

fn seeds() -> u64 {
    mathdrill::engine::soak::seeds(100)
}

/// A side of an equation, compared without spaces, without a sentence's closing full stop and
/// without parentheses around the whole.
fn normal(side: &str) -> String {
    let mut s: String = side.chars().filter(|c| !c.is_whitespace()).collect();
    if s.ends_with('.') && !s.ends_with("..") {
        s.pop();
    }
    while s.starts_with('(') && s.ends_with(')') && balanced(&s[1..s.len() - 1]) {
        s = s[1..s.len() - 1].to_string();
    }
    s
}

fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

/// The pairs of adjacent sides of an `=` chain that are the same, in one run of mathematics.
fn restated(math: &str) -> Option<String> {
    let sides: Vec<String> = math.split('=').map(normal).collect();
    sides
        .windows(2)
        .find(|w| !w[0].is_empty() && w[0] == w[1])
        .map(|w| format!("{} = {}", w[0], w[1]))
}

/// The statements of a run of mathematics: split at each `,` or `;` outside brackets
/// (`(−3)² = 9,   3² = 9` is two statements; `(1, 2) = (1, 2)` is one).
fn statements(math: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (k, c) in math.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' | ';' if depth == 0 => {
                out.push(&math[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    out.push(&math[start..]);
    out
}

/// The runs of mathematics of a line: math and values side by side, broken by prose.
fn math_runs(line: &Line) -> Vec<String> {
    let mut runs = vec![String::new()];
    for p in &line.0 {
        match p {
            Piece::Math(s) => runs.last_mut().unwrap().push_str(s),
            Piece::Value(v) => runs.last_mut().unwrap().push_str(&inline_value(v)),
            Piece::Text(_) => runs.push(String::new()),
        }
    }
    runs
}

/// The text of a hint split at prose sentence ends; each sentence is checked as math.
fn hint_statements(h: &str) -> Vec<&str> {
    h.split([':', ';', ',']).collect()
}

/// Whether the number `n` (as printed) stands in `text` as a whole number, not as part of a
/// longer one (`16` in `(−16)`, not in `160` or `1.16`).
fn stands_in(text: &str, n: &str) -> bool {
    let digit = |c: char| c.is_ascii_digit() || c == '.' || c == '/';
    text.match_indices(n).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + n.len()..].chars().next();
        !before.is_some_and(digit) && !after.is_some_and(digit)
    })
}

/// The answer's number as the program prints it, when it is distinctive enough that its
/// appearance in feedback gives the answer away: not a one-digit integer, and not a number the
/// prompt shows.
fn telling_number(p: &Problem) -> Option<String> {
    let Value::Scalar(x) = &p.answer.expected else {
        return None;
    };
    let shown = inline_value(&Value::Scalar(*x));
    let digits = shown.trim_start_matches('−');
    if digits.len() < 2 || !digits.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let prompt: String = p
        .prompt
        .iter()
        .flat_map(math_runs)
        .chain(p.prompt.iter().flat_map(|l| {
            l.0.iter().filter_map(|piece| match piece {
                Piece::Text(t) => Some(t.clone()),
                _ => None,
            })
        }))
        .collect::<Vec<_>>()
        .join(" ");
    (!stands_in(&prompt, digits)).then_some(shown)
}

fn problems() -> impl Iterator<Item = Problem> {
    let reg = registry();
    reg.kinds().flat_map(move |k| {
        k.levels.iter().flat_map(move |&level| {
            (0..seeds()).map(move |seed| reg.generate(&k.id, level, seed).unwrap())
        })
    })
}

fn at(p: &Problem) -> String {
    format!("{} level {} seed {}", p.kind, p.level, p.seed)
}

/// Fails with the number of failures per kind and the first one of each kind.
fn report(name: &str, failures: Vec<String>) {
    let mut by_kind: std::collections::BTreeMap<&str, (usize, &str)> = Default::default();
    for f in &failures {
        let kind = f.split(' ').next().unwrap_or("");
        by_kind.entry(kind).or_insert((0, f)).0 += 1;
    }
    let summary: Vec<String> = by_kind
        .iter()
        .map(|(kind, (count, first))| format!("{kind}: {count}, e.g. {first}"))
        .collect();
    assert!(
        failures.is_empty(),
        "{name}: {} failures\n{}",
        failures.len(),
        summary.join("\n")
    );
}

#[test]
fn no_hint_repeats_an_earlier_one() {
    let mut failures = Vec::new();
    for p in problems() {
        for (i, h) in p.hints.iter().enumerate() {
            let key = normal(&h.to_lowercase());
            if p.hints[..i]
                .iter()
                .any(|e| normal(&e.to_lowercase()) == key)
            {
                failures.push(format!("{}: hint {} repeats: {h}", at(&p), i + 1));
            }
        }
    }
    report("repeated hints", failures);
}

#[test]
fn no_solution_line_restates_its_left_side() {
    let mut failures = Vec::new();
    for p in problems() {
        for line in &p.solution {
            for run in math_runs(line) {
                let parts = statements(&run);
                for (k, part) in parts.iter().enumerate() {
                    if let Some(t) = restated(part) {
                        failures.push(format!("{}: solution says {t}", at(&p)));
                    }
                    let key = normal(part);
                    if key.contains('=') && parts[..k].iter().any(|e| normal(e) == key) {
                        failures.push(format!("{}: solution says {key} twice", at(&p)));
                    }
                }
            }
        }
        for h in &p.hints {
            for s in hint_statements(h) {
                if let Some(t) = restated(s) {
                    failures.push(format!("{}: hint says {t}: {h}", at(&p)));
                }
            }
        }
    }
    report("tautologies", failures);
}

#[test]
fn feedback_does_not_state_the_answer() {
    let mut failures = Vec::new();
    for p in problems() {
        let Some(n) = telling_number(&p) else {
            continue;
        };
        let digits = n.trim_start_matches('−');
        for m in &p.mistakes {
            if stands_in(&m.message, digits) {
                failures.push(format!(
                    "{}: mistake {} names the answer {n}: {}",
                    at(&p),
                    m.name,
                    m.message
                ));
            }
        }
    }
    report("feedback that gives the answer", failures);
}

/// The sizes `m×n` that a text names (`2×2`, `3×4`).
fn sizes(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (k, &c) in chars.iter().enumerate() {
        if c != '×' || k == 0 || k + 1 == chars.len() {
            continue;
        }
        let (l, r) = (chars[k - 1], chars[k + 1]);
        let before = k.checked_sub(2).map(|b| chars[b]);
        let after = chars.get(k + 2);
        let single = |c: Option<&char>| !c.is_some_and(|c| c.is_ascii_digit());
        if l.is_ascii_digit() && r.is_ascii_digit() && single(before.as_ref()) && single(after) {
            out.push(format!("{l}×{r}"));
        }
    }
    out
}

/// The sizes a problem is about: the shapes of the prompt's matrices and of the answer, the
/// squares of their sides and one smaller (the minors of an n×n matrix are (n−1)×(n−1)), and
/// the sizes the prompt's prose names.
fn problem_sizes(p: &Problem) -> Vec<String> {
    let mut out = Vec::new();
    let mut shape = |(r, c): (usize, usize)| {
        out.push(format!("{r}×{c}"));
        for n in [r, c] {
            out.push(format!("{n}×{n}"));
            out.push(format!("{0}×{0}", n.saturating_sub(1)));
        }
    };
    if let Value::Matrix(m) = &p.answer.expected {
        shape(m.shape());
    }
    let mut named = Vec::new();
    for piece in p.prompt.iter().flat_map(|l| &l.0) {
        match piece {
            Piece::Value(Value::Matrix(m)) => shape(m.shape()),
            Piece::Text(t) | Piece::Math(t) => named.extend(sizes(t)),
            _ => {}
        }
    }
    out.extend(named);
    out
}

#[test]
fn hints_name_only_the_sizes_of_the_problem() {
    let mut failures = Vec::new();
    for p in problems() {
        let own = problem_sizes(&p);
        for h in &p.hints {
            if let Some(s) = sizes(h).into_iter().find(|s| !own.contains(s)) {
                failures.push(format!("{}: a hint about {s} matrices: {h}", at(&p)));
            }
        }
    }
    report("hints for another level", failures);
}

#[test]
fn the_checks_see_what_they_look_for() {
    assert_eq!(sizes("a 2×2 or 3×4 matrix, not 12×2"), ["2×2", "3×4"]);
    assert_eq!(
        statements("(−3)² = 9,   3² = 9;  v = (1, 2)"),
        ["(−3)² = 9", "   3² = 9", "  v = (1, 2)"]
    );
    assert_eq!(
        restated("det(Aᵀ) = det(Aᵀ) = (−3) = −3").as_deref(),
        Some("det(Aᵀ) = det(Aᵀ)")
    );
    assert_eq!(restated("(−3) = −3").as_deref(), Some("−3 = −3"));
    // A hint sentence's full stop does not hide a restated side.
    assert_eq!(
        restated("so ‖u‖‖v‖ = √2747 = √2747.").as_deref(),
        Some("√2747 = √2747")
    );
    assert_eq!(restated("det A = 3·2 − 5·1 = 1"), None);
    assert!(stands_in("det A = −det U = −(−16)", "16"));
    assert!(!stands_in("a 160 or 1.16", "16"));
}
