//! Reading a draft's prompt back, so that a kind's test checks the answer against an independent
//! computation from the numbers the learner sees, not from the generator's values. Numbers are
//! read with their true minus sign (`−3` is −3).

use crate::engine::{Draft, Piece};

/// A piece as the learner sees it inline: text and math as they are, a value as the terminal
/// writes it in a line (`(1, 2)`).
fn piece_text(p: &Piece) -> String {
    match p {
        Piece::Text(s) | Piece::Math(s) => s.clone(),
        Piece::Value(v) => crate::render::inline_value(v),
    }
}

/// All text of the prompt, its pieces joined by spaces.
pub fn prompt_text(d: &Draft) -> String {
    d.prompt
        .iter()
        .flat_map(|l| &l.0)
        .map(piece_text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of prompt line `line`, its pieces side by side as rendered.
pub fn prompt_line(d: &Draft, line: usize) -> String {
    d.prompt[line].0.iter().map(piece_text).collect()
}

/// The math pieces of prompt line `line`, joined and read as a list of numbers (`2, −1.5, 7`).
pub fn prompt_numbers(d: &Draft, line: usize) -> Vec<f64> {
    let text: String = d.prompt[line]
        .0
        .iter()
        .filter_map(|p| match p {
            Piece::Math(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    parse_list(&text)
}

/// The numbers of a comma-separated list as printed (`2, −1.5, 7`); anything else fails the test.
pub fn parse_list(s: &str) -> Vec<f64> {
    s.split(',')
        .map(|t| {
            t.trim()
                .replace('−', "-")
                .parse::<f64>()
                .unwrap_or_else(|e| panic!("{t:?} in {s:?}: {e}"))
        })
        .collect()
}

/// The number the prompt gives after `name = ` (first occurrence where `name` is a whole
/// name): `given(d, "n")` is 16 for a prompt saying `n = 16`.
pub fn given(d: &Draft, name: &str) -> f64 {
    let text = prompt_text(d);
    let key = format!("{name} = ");
    let at = text
        .match_indices(&key)
        .find(|(i, _)| {
            text[..*i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
        .unwrap_or_else(|| panic!("no {key:?} in {text}"))
        .0;
    read_number(&text[at + key.len()..], &text)
}

/// The number right after the first `key` in the prompt: `number_after(d, "m > ")`.
pub fn number_after(d: &Draft, key: &str) -> f64 {
    let text = prompt_text(d);
    let at = text
        .find(key)
        .unwrap_or_else(|| panic!("no {key:?} in {text}"));
    read_number(&text[at + key.len()..], &text)
}

/// The number `rest` starts with (digits, `.`, `−`; a sentence's full stop is not part of it).
fn read_number(rest: &str, text: &str) -> f64 {
    let number: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '−')
        .collect();
    number
        .trim_end_matches('.')
        .replace('−', "-")
        .parse()
        .unwrap_or_else(|_| panic!("{number:?} in {text}"))
}

/// The comma-separated integers the prompt lists after `after` (a data set), up to the first
/// item that is not a whole integer.
pub fn listed(d: &Draft, after: &str) -> Vec<f64> {
    let text = prompt_text(d);
    let at = text
        .find(after)
        .unwrap_or_else(|| panic!("{after:?}: {text}"))
        + after.len();
    text[at..]
        .split(',')
        .map(|t| t.trim().replace('−', "-"))
        .map_while(|t| {
            let digits: String = t
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '-')
                .collect();
            let whole = digits.len() == t.len() || t[digits.len()..].starts_with([' ', '.']);
            digits.parse::<f64>().ok().filter(|_| whole)
        })
        .collect()
}

/// The numbers of the batch the prompt writes as `symbol = (…)`, where `symbol` stands as a
/// whole name (`y` is not read inside `ŷ`).
pub fn read_batch(d: &Draft, symbol: &str) -> Vec<f64> {
    let text = prompt_text(d);
    let key = format!("{symbol} = (");
    let (at, _) = text
        .match_indices(&key)
        .find(|(i, _)| {
            text[..*i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
        .unwrap_or_else(|| panic!("no {key:?} in {text}"));
    let rest = &text[at + key.len()..];
    let end = rest.find(')').expect("a closing parenthesis");
    parse_list(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{AnswerSpec, Line};

    fn draft(lines: Vec<Line>) -> Draft {
        Draft {
            prompt: lines,
            answer: AnswerSpec::integer(0),
            solution: vec![],
            hints: vec![],
            mistakes: vec![],
        }
    }

    #[test]
    fn numbers_are_read_back_as_printed() {
        let d = draft(vec![
            Line::text("A sample of ")
                .m("n = 16")
                .t(" has mean ")
                .m("m = −2.5."),
            Line::text("The data: ").m("4, −7, 9").t(", and 12 more."),
            Line::text("Is ").m("m > 1.5").t("?"),
        ]);
        assert_eq!(given(&d, "n"), 16.0);
        assert_eq!(given(&d, "m"), -2.5);
        assert_eq!(number_after(&d, "m > "), 1.5);
        assert_eq!(listed(&d, "The data: "), [4.0, -7.0, 9.0]);
        assert_eq!(prompt_numbers(&d, 1), [4.0, -7.0, 9.0]);
        assert_eq!(prompt_line(&d, 2), "Is m > 1.5?");
        assert_eq!(parse_list("2, −1.5, 7"), [2.0, -1.5, 7.0]);
        assert!(prompt_text(&d).starts_with("A sample of  n = 16"));
    }
}
