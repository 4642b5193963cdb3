//! Letter-choice questions of the workflow family: the options are listed (a), (b), (c), …, the
//! answer is one letter, and every wrong option is a named mistake whose message says why that
//! option is wrong (without saying which one is right).
//!
//! Worth hoisting to `exercises/common`: any area's multiple-choice question can use it.

use crate::engine::{AnswerSpec, Draft, Equivalence, GenError, Line};
use crate::exercises::common::Mistakes;
use crate::expr::Value;

/// One option: its text and, for a wrong option, the named mistake of choosing it.
#[derive(Clone, Debug, PartialEq)]
pub struct Opt {
    pub text: String,
    /// `None` for the right option; else the mistake's stable name and its message.
    pub wrong: Option<(&'static str, String)>,
}

impl Opt {
    pub fn right(text: impl Into<String>) -> Opt {
        Opt {
            text: text.into(),
            wrong: None,
        }
    }
    pub fn wrong(text: impl Into<String>, name: &'static str, why: impl Into<String>) -> Opt {
        Opt {
            text: text.into(),
            wrong: Some((name, why.into())),
        }
    }
}

/// The letter of the 0-based option `i`: `a`, `b`, ….
pub fn letter(i: usize) -> char {
    (b'a' + i as u8) as char
}

/// For tests: the 0-based option a choice answer names (`b` is 1), the inverse of [`letter`];
/// `None` when the answer is not a choice.
#[cfg(test)]
pub fn chosen(answer: &Value) -> Option<usize> {
    match answer {
        Value::Choice(c) => Some((*c as u8 - b'a') as usize),
        _ => None,
    }
}

/// `a, b or c` for three options.
pub fn letters(n: usize) -> String {
    let all: Vec<String> = (0..n).map(|i| letter(i).to_string()).collect();
    match all.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => all.concat(),
    }
}

/// The draft of a choice question: the `question` lines, then one line per option and the
/// answer format; exactly one option must be right. The solution is `reasons` followed by the
/// right letter; `hints` as given (the last is the last step before the answer).
pub fn choice_draft(
    question: Vec<Line>,
    options: &[Opt],
    reasons: Vec<Line>,
    hints: Vec<String>,
) -> Result<Draft, GenError> {
    let right: Vec<usize> = (0..options.len())
        .filter(|&i| options[i].wrong.is_none())
        .collect();
    let [right] = right[..] else {
        return Err(GenError::Redraw(
            "a choice question needs exactly one right option",
        ));
    };
    let answer = AnswerSpec::with(Value::Choice(letter(right)), Equivalence::Exact);
    let mut mistakes = Mistakes::new(&answer.expected);
    for (i, o) in options.iter().enumerate() {
        if let Some((name, why)) = &o.wrong {
            mistakes.require(name, Value::Choice(letter(i)), why.clone())?;
        }
    }
    let mut prompt = question;
    for (i, o) in options.iter().enumerate() {
        prompt.push(Line::text(format!("({}) {}", letter(i), o.text)));
    }
    prompt.push(Line::text(format!("Answer {}.", letters(options.len()))));
    let mut solution = reasons;
    solution.push(Line::text("Answer: ").v(answer.expected.clone()));
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_lettered_and_each_wrong_one_is_a_mistake() {
        assert_eq!(letters(4), "a, b, c or d");
        assert_eq!(letters(2), "a or b");
        let opts = [
            Opt::wrong("cats", "cats", "not cats"),
            Opt::right("dogs"),
            Opt::wrong("fish", "fish", "not fish"),
        ];
        let d = choice_draft(vec![Line::text("Which?")], &opts, vec![], vec!["h".into()]).unwrap();
        assert_eq!(d.answer.expected, Value::Choice('b'));
        assert_eq!(d.prompt.len(), 5);
        assert_eq!(d.prompt[2], Line::text("(b) dogs"));
        let names: Vec<_> = d
            .mistakes
            .iter()
            .map(|m| (m.name, m.answer.clone()))
            .collect();
        assert_eq!(
            names,
            [("cats", Value::Choice('a')), ("fish", Value::Choice('c'))]
        );
        let none_right = [Opt::wrong("x", "x", "no"), Opt::wrong("y", "y", "no")];
        assert!(choice_draft(vec![], &none_right, vec![], vec![]).is_err());
    }
}
