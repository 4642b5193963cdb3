//! A piece of text cut into prose, mathematics and typed examples, for LaTeX and Markdown: prose
//! stays text (an article `a`/`A` included), mathematics (variables, symbols, operator names,
//! numbers joined to them) goes into `$…$`, and an example of what to type (`[1, -2, 3]`,
//! `3*λ^2 - 2`) is set as code. Exercises write lines of `Text` and `Math` pieces, and both mix
//! the two: `A is 2×2` in prose, `det A = −1 ≠ 0, so A is invertible` in a math piece.

use super::latex::is_math_char;
use super::words::{NAMED_OPERATORS, OPERATORS, is_prose_word};

/// One run of a piece.
#[derive(Clone, Debug, PartialEq)]
pub enum Segment {
    Prose(String),
    Math(String),
    Code(String),
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Class {
    Prose,
    Math,
    Neutral,
    Code,
}

/// Words after which a single capital is a variable, not the article (`A is`, `A and B`).
const VERBS: &[&str] = &[
    "is", "are", "has", "have", "and", "or", "acts", "maps", "sends", "becomes", "equals", "gives",
    "stays", "was", "times", "can", "must", "will", "scales", "takes", "keeps", "lies", "does",
    "with", "in", "of", "to", "by", "on", "from", "be",
];

/// Cuts `s` into runs. In a math piece (`math`), a run of numbers and punctuation is
/// mathematics; in prose it is prose, and typed examples are looked for.
pub fn segments(s: &str, math: bool) -> Vec<Segment> {
    let chars: Vec<char> = s.chars().collect();
    let mut class = vec![Class::Neutral; chars.len()];
    if !math {
        mark_code(&chars, &mut class);
    }
    classify_words(&chars, &mut class);
    resolve_runs(&chars, &mut class, math);
    let mut out: Vec<Segment> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = class[i];
        let end = i + class[i..].iter().take_while(|&&k| k == c).count();
        let text: String = chars[i..end].iter().collect();
        out.push(match c {
            Class::Math => Segment::Math(text),
            Class::Code => Segment::Code(text),
            _ => Segment::Prose(text),
        });
        i = end;
    }
    out
}

/// Marks examples of typed answers: space-separated chunks with answer syntax (`*`, `^`,
/// `sqrt(`, `3pi`, an ASCII `[…]`/`{…}`, `-2`), extended over neighbouring chunks that hold no
/// prose word, trailing punctuation and unmatched closing brackets left out.
fn mark_code(chars: &[char], class: &mut [Class]) {
    let chunks = chunks(chars);
    let text = |&(a, b): &(usize, usize)| chars[a..b].iter().collect::<String>();
    let typed: Vec<bool> = chunks.iter().map(|c| is_typed(&text(c))).collect();
    let wordless: Vec<bool> = chunks.iter().map(|c| !has_prose_word(&text(c))).collect();
    let mut i = 0;
    while i < chunks.len() {
        if !typed[i] {
            i += 1;
            continue;
        }
        let mut first = i;
        while first > 0 && wordless[first - 1] && !ends_clause(&text(&chunks[first - 1])) {
            first -= 1;
        }
        let mut last = i;
        while last + 1 < chunks.len() && wordless[last + 1] && !ends_clause(&text(&chunks[last])) {
            last += 1;
        }
        let (a, mut b) = (chunks[first].0, chunks[last].1);
        b = trim_end(chars, a, b);
        for k in class.iter_mut().take(b).skip(a) {
            *k = Class::Code;
        }
        i = last + 1;
    }
}

/// Runs of non-space characters, with spaces inside `[…]` and `{…}` kept in one chunk.
fn chunks(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ' ' {
            i += 1;
            continue;
        }
        let start = i;
        let mut depth = 0i32;
        while i < chars.len() && (chars[i] != ' ' || depth > 0) {
            match chars[i] {
                '[' | '{' => depth += 1,
                ']' | '}' => depth -= 1,
                _ => {}
            }
            i += 1;
        }
        out.push((start, i));
    }
    out
}

/// Whether a chunk is written in the answer language rather than in mathematics.
fn is_typed(chunk: &str) -> bool {
    let ascii = chunk.is_ascii();
    let digits_then = |pat: &str| {
        chunk.match_indices(pat).any(|(i, _)| {
            chunk[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit())
        })
    };
    chunk.contains('*')
        || chunk.contains('^')
        || chunk.contains("sqrt(")
        || digits_then("pi")
        || (ascii
            && (chunk.contains('[') || chunk.contains('{'))
            && chunk.contains(|c: char| c.is_ascii_digit()))
        || (ascii && chunk.starts_with('-') && chunk[1..].starts_with(|c: char| c.is_ascii_digit()))
}

fn has_prose_word(chunk: &str) -> bool {
    chunk.contains("e.g.")
        || chunk.contains("i.e.")
        || chunk
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| is_prose_word(w) && !["sqrt", "pi", "lambda", "abs", "exp"].contains(&w))
}

/// A chunk that ends a clause (`…],` or `….`): a typed example does not run on past it.
fn ends_clause(chunk: &str) -> bool {
    chunk.ends_with([',', ';', '.', ':']) && !chunk.ends_with("e.g.")
}

/// The end of `chars[a..b]` without trailing punctuation and unmatched closing brackets.
fn trim_end(chars: &[char], a: usize, mut b: usize) -> usize {
    loop {
        let Some(&c) = chars[a..b].last() else {
            return b;
        };
        if matches!(c, ',' | '.' | ';' | ':') || (is_closer(c) && !balanced(&chars[a..b])) {
            b -= 1;
        } else {
            return b;
        }
    }
}

fn is_opener(c: char) -> bool {
    matches!(c, '(' | '[' | '{')
}

fn is_closer(c: char) -> bool {
    matches!(c, ')' | ']' | '}')
}

fn balanced(cs: &[char]) -> bool {
    let mut depth = 0i32;
    for &c in cs {
        if is_opener(c) {
            depth += 1;
        } else if is_closer(c) {
            depth -= 1;
            if depth < 0 {
                return false;
            }
        }
    }
    depth == 0
}

/// The word of ASCII letters that ends at `end` or starts at `start` across exactly one run of
/// spaces, if any.
fn word_before(chars: &[char], i: usize) -> Option<String> {
    let mut j = i;
    while j > 0 && chars[j - 1] == ' ' {
        j -= 1;
    }
    if j == i {
        return None;
    }
    let start = j - chars[..j]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    (start < j).then(|| chars[start..j].iter().collect())
}

fn word_after(chars: &[char], end: usize) -> Option<String> {
    let start = end + chars[end..].iter().take_while(|&&c| c == ' ').count();
    if start == end {
        return None;
    }
    let stop = start
        + chars[start..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
    (stop > start).then(|| chars[start..stop].iter().collect())
}

/// Classes every word and symbol outside typed examples.
fn classify_words(chars: &[char], class: &mut [Class]) {
    let mut i = 0;
    while i < chars.len() {
        if class[i] == Class::Code {
            i += 1;
            continue;
        }
        let rest: String = chars[i..chars.len().min(i + 4)].iter().collect();
        let starts_word = i == 0 || !chars[i - 1].is_ascii_alphabetic();
        if starts_word && (rest == "e.g." || rest == "i.e.") {
            class[i..i + 4].fill(Class::Prose);
            i += 4;
            continue;
        }
        let c = chars[i];
        if !c.is_ascii_alphabetic() {
            if is_math_char(c) || "=+<>|_^*/".contains(c) {
                class[i] = Class::Math;
            }
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let word: String = chars[i..end].iter().collect();
        let k = if is_prose(chars, i, end, &word) {
            Class::Prose
        } else {
            Class::Math
        };
        class[i..end].fill(k);
        i = end;
    }
}

/// Whether the word `chars[i..end]` is English.
fn is_prose(chars: &[char], i: usize, end: usize, w: &str) -> bool {
    let next = chars.get(end).copied();
    let prev = i.checked_sub(1).map(|j| chars[j]);
    let hyphen_after = next == Some('-');
    // `x-axis`, `xz-plane`: coordinates named by their letters.
    if hyphen_after && w.chars().all(|c| "xyz".contains(c)) {
        return false;
    }
    if is_prose_word(w) {
        return true;
    }
    // `the rank of`, `rank-2 approximation` (but `rank A`, `det(A)`), `quadrant II`, `v's`,
    // `1s`, `2nd`.
    if (OPERATORS.contains(&w) || NAMED_OPERATORS.contains(&w))
        && (hyphen_after || word_after(chars, end).is_some_and(|a| is_prose_word(&a)))
    {
        return true;
    }
    let roman = w.len() > 1 && w.chars().all(|c| "IVX".contains(c));
    if roman || word_before(chars, i).as_deref() == Some("quadrant") {
        return true;
    }
    if (w == "s" && prev == Some('\''))
        || (["s", "st", "nd", "rd", "th"].contains(&w) && prev.is_some_and(|c| c.is_ascii_digit()))
    {
        return true;
    }
    // The capital article only opens a sentence: `A data set`, but `row i of A without`.
    let sentence_start = chars[..i]
        .iter()
        .rev()
        .find(|&&c| c != ' ')
        .is_none_or(|c| ".!?".contains(*c));
    if w == "a" || (w == "A" && sentence_start) {
        let after = word_after(chars, end);
        if after
            .as_deref()
            .is_some_and(|a| is_prose_word(a) && !VERBS.contains(&a))
        {
            return true;
        }
        // `is a 2×2 matrix`
        let digit_next = chars[end..]
            .iter()
            .find(|&&c| c != ' ')
            .is_some_and(|c| c.is_ascii_digit());
        if w == "a" && digit_next && word_before(chars, i).is_some_and(|b| is_prose_word(&b)) {
            return true;
        }
    }
    false
}

/// Decides the runs between prose words: a run with mathematics in it (or, in a math piece, a
/// number) is mathematics, less the spaces and punctuation at its ends. A bracket that closes or
/// opens outside the run is prose and divides it (`(columns 1, 2): rank V = 2`).
fn resolve_runs(chars: &[char], class: &mut [Class], math: bool) {
    let mut i = 0;
    while i < chars.len() {
        if matches!(class[i], Class::Prose | Class::Code) {
            i += 1;
            continue;
        }
        let end = i + class[i..]
            .iter()
            .take_while(|k| matches!(k, Class::Math | Class::Neutral))
            .count();
        let unmatched = unmatched_brackets(chars, i, end);
        let mut start = i;
        for stop in unmatched.iter().copied().chain([end]) {
            resolve_part(chars, class, math, start, stop);
            if stop < end {
                class[stop] = Class::Prose;
            }
            start = stop + 1;
        }
        i = end;
    }
}

/// One part of a run: mathematics between its edges if it has any, else prose.
fn resolve_part(chars: &[char], class: &mut [Class], math: bool, i: usize, end: usize) {
    if i >= end {
        return;
    }
    let edge = |c: char| matches!(c, ' ' | ',' | '.' | ';' | ':' | '!' | '?' | '\'' | '"');
    let (mut a, mut b) = (i, end);
    while a < b && edge(chars[a]) {
        a += 1;
    }
    while b > a && (edge(chars[b - 1]) || chars[b - 1] == '-') {
        b -= 1;
    }
    let is_math = class[a..b].contains(&Class::Math)
        || (math && chars[a..b].iter().any(|c| c.is_ascii_digit()));
    for (j, k) in class.iter_mut().enumerate().take(end).skip(i) {
        *k = if is_math && (a..b).contains(&j) {
            Class::Math
        } else {
            Class::Prose
        };
    }
}

/// The positions in `chars[i..end]` of brackets whose partner is outside it.
fn unmatched_brackets(chars: &[char], i: usize, end: usize) -> Vec<usize> {
    let mut open: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for (j, &c) in chars.iter().enumerate().take(end).skip(i) {
        if is_opener(c) {
            open.push(j);
        } else if is_closer(c) && open.pop().is_none() {
            out.push(j);
        }
    }
    out.extend(open);
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::Segment::{self, Code, Math, Prose};
    use super::segments;

    fn p(s: &str) -> Segment {
        Prose(s.into())
    }
    fn m(s: &str) -> Segment {
        Math(s.into())
    }

    #[test]
    fn variables_in_prose_are_math_and_articles_are_prose() {
        assert_eq!(
            segments("A is 2×2 and x has 2 entries", false),
            vec![
                m("A"),
                p(" is "),
                m("2×2"),
                p(" and "),
                m("x"),
                p(" has 2 entries")
            ]
        );
        assert_eq!(
            segments("A data set has 4 points (rows of X):", false),
            vec![p("A data set has 4 points (rows of "), m("X"), p("):")]
        );
        assert_eq!(
            segments("A is a 2×2 matrix with det A = 3.", true),
            vec![
                m("A"),
                p(" is a "),
                m("2×2"),
                p(" matrix with "),
                m("det A = 3"),
                p(".")
            ]
        );
    }

    #[test]
    fn sentences_in_math_pieces_leave_math_mode() {
        assert_eq!(
            segments("A basis of the null space: ", true),
            vec![p("A basis of the null space: ")]
        );
        assert_eq!(
            segments("det A = −1 ≠ 0, so A is invertible", true),
            vec![m("det A = −1 ≠ 0"), p(", so "), m("A"), p(" is invertible")]
        );
        assert_eq!(
            segments("Every column has a pivot (columns 1, 2): rank V = 2", true),
            vec![
                p("Every column has a pivot (columns "),
                m("1, 2"),
                p("): "),
                m("rank V = 2")
            ]
        );
        assert_eq!(segments("(8, 1)", true), vec![m("(8, 1)")]);
    }

    #[test]
    fn compounds_and_abbreviations_stay_prose() {
        assert_eq!(
            segments(
                "the x-axis and the best rank-2 fit (leading 1s), e.g. in quadrant II",
                false
            ),
            vec![
                p("the "),
                m("x"),
                p("-axis and the best rank-2 fit (leading 1s), e.g. in quadrant II")
            ]
        );
        assert_eq!(
            segments("v's entries", false),
            vec![m("v"), p("'s entries")]
        );
        assert_eq!(
            segments("the rank of A is rank A", false),
            vec![p("the rank of "), m("A"), p(" is "), m("rank A")]
        );
    }

    #[test]
    fn typed_examples_are_code() {
        assert_eq!(
            segments("Give it as a vector, e.g. [1, -2, 3].", false),
            vec![
                p("Give it as a vector, e.g. "),
                Code("[1, -2, 3]".into()),
                p(".")
            ]
        );
        assert_eq!(
            segments("a formula, e.g. -λ^2 + 3*λ - 4. Then", false),
            vec![
                p("a formula, e.g. "),
                Code("-λ^2 + 3*λ - 4".into()),
                p(". Then")
            ]
        );
        assert_eq!(
            segments("a multiple of pi such as 3pi/7, or a decimal", false),
            vec![
                p("a multiple of pi such as "),
                Code("3pi/7".into()),
                p(", or a decimal")
            ]
        );
    }
}
