//! `ml.split_sizes`: the sizes scikit-learn's `train_test_split` gives (an integer).
//!
//! scikit-learn's rule (`_validate_shuffle_split`), stated in every prompt: a float `test_size`
//! gives `n_test = ceil(test_size·n)` and the training set the rest; a float `train_size` alone gives
//! `n_train = floor(train_size·n)` and the test set the rest. Level 1: `test_size`, the size of one
//! of the two sets asked. Level 2: `train_size` alone, the test set's size asked. Level 3: two
//! successive splits: a test set first, then a validation set taken from the remainder; the
//! validation or the training set's size asked. `n` is drawn so that every rounding matters.
//!
//! Named mistakes: the other rounding (`floor_not_ceil`, `ceil_not_floor`), the size of the other
//! set (`other_split`), and at level 3 the second fraction taken of the whole `n`
//! (`fraction_of_whole`).

use super::settings::draw_setting;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain};
use crate::math::Scalar;

pub struct SplitSizes;

/// A fraction `num/100` of the rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Percent(pub i64);

impl Percent {
    /// `ceil(n·p/100)`.
    pub fn ceil_of(self, n: i64) -> i64 {
        (n * self.0 + 99) / 100
    }
    /// `floor(n·p/100)`.
    pub fn floor_of(self, n: i64) -> i64 {
        n * self.0 / 100
    }
    /// Whether `n·p/100` is a whole number (then rounding does not matter).
    fn whole_of(self, n: i64) -> bool {
        (n * self.0) % 100 == 0
    }
    /// `0.25`.
    fn text(self) -> String {
        let s = format!("{:.2}", self.0 as f64 / 100.0);
        s.trim_end_matches('0').to_string()
    }
}

/// Which size is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asked {
    Train,
    Validation,
    Test,
}

impl Asked {
    fn noun(self) -> &'static str {
        match self {
            Asked::Train => "training set",
            Asked::Validation => "validation set",
            Asked::Test => "test set",
        }
    }
}

/// One problem: `n` rows; level 1 `test_size`, level 2 `train_size`, level 3 `test_size` then
/// the validation fraction of the remainder.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub rows: &'static str,
    pub n: i64,
    pub first: Percent,
    pub second: Option<Percent>,
    pub asked: Asked,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let rows = draw_setting(rng).rows;
    let n = match level {
        1 => rng.int(40, 400),
        _ => rng.int(100, 3000),
    };
    let (first, second, asked) = match level {
        1 => (
            Percent(*rng.pick(&[10, 15, 20, 25, 30])),
            None,
            *rng.pick(&[Asked::Train, Asked::Test]),
        ),
        2 => (Percent(*rng.pick(&[70, 75, 80, 85, 90])), None, Asked::Test),
        3 => (
            Percent(*rng.pick(&[10, 15, 20])),
            Some(Percent(*rng.pick(&[10, 15, 20, 25]))),
            *rng.pick(&[Asked::Train, Asked::Validation]),
        ),
        l => return Err(GenError::Level(l)),
    };
    if first.whole_of(n) {
        return Err(GenError::Redraw("the first split needs no rounding"));
    }
    if let Some(v) = second
        && (v.whole_of(n - first.ceil_of(n)) || v.whole_of(n))
    {
        return Err(GenError::Redraw("the second split needs no rounding"));
    }
    Ok(Params {
        rows,
        n,
        first,
        second,
        asked,
    })
}

/// The sizes `(train, validation, test)` under scikit-learn's rule, or under a slip: `round`
/// rounds a fraction of a count (ceil for `test_size`); `whole` is the count the validation
/// fraction is taken of, given the rows left after the test split.
fn sizes(
    p: &Params,
    round: impl Fn(Percent, i64) -> i64,
    whole: impl Fn(i64) -> i64,
) -> (i64, i64, i64) {
    match p.second {
        None if p.asked == Asked::Test && p.first.0 > 50 => {
            let train = round(p.first, p.n);
            (train, 0, p.n - train)
        }
        None => {
            let test = round(p.first, p.n);
            (p.n - test, 0, test)
        }
        Some(v) => {
            let test = round(p.first, p.n);
            let rest = p.n - test;
            let val = round(v, whole(rest));
            (rest - val, val, test)
        }
    }
}

fn pick(asked: Asked, (train, val, test): (i64, i64, i64)) -> i64 {
    match asked {
        Asked::Train => train,
        Asked::Validation => val,
        Asked::Test => test,
    }
}

pub fn build(p: &Params) -> Result<Draft, GenError> {
    let train_sized = p.second.is_none() && p.first.0 > 50;
    // scikit-learn: test_size rounds up, train_size rounds down.
    let rule = |f: Percent, n: i64| {
        if train_sized {
            f.floor_of(n)
        } else {
            f.ceil_of(n)
        }
    };
    let other = |f: Percent, n: i64| {
        if train_sized {
            f.ceil_of(n)
        } else {
            f.floor_of(n)
        }
    };
    let right = sizes(p, rule, |rest| rest);
    let total = pick(p.asked, right);
    let answer = AnswerSpec::integer(total);
    let mut mistakes = Mistakes::new(&answer.expected);
    let (name, how) = if train_sized {
        ("ceil_not_floor", "up; train_size rounds down")
    } else {
        ("floor_not_ceil", "down; test_size rounds up")
    };
    mistakes.require(
        name,
        Scalar::int(pick(p.asked, sizes(p, other, |rest| rest))),
        format!("You rounded the fraction of the rows {how} in scikit-learn."),
    )?;
    match p.second {
        None => {
            let (train, _, test) = right;
            let other_size = if p.asked == Asked::Test { train } else { test };
            mistakes.require(
                "other_split",
                Scalar::int(other_size),
                format!(
                    "That is the size of the other set. The question asks for the {}.",
                    p.asked.noun()
                ),
            )?;
        }
        Some(_) => {
            mistakes.require(
                "fraction_of_whole",
                Scalar::int(pick(p.asked, sizes(p, rule, |_| p.n))),
                "You took the validation fraction of all n rows. The second split only sees \
                 the rows left after the test set was taken out.",
            )?;
        }
    }

    let n = p.n;
    let mut prompt = vec![Line::text(format!(
        "A data set of n = {n} {} is split with scikit-learn:",
        p.rows
    ))];
    let (stated, rule_text) = if train_sized {
        (
            format!("train_test_split(X, y, train_size={})", p.first.text()),
            "With train_size alone, scikit-learn rounds the training set down, n_train = \
             floor(train_size·n), and the test set gets the rest.",
        )
    } else {
        (
            format!("train_test_split(X, y, test_size={})", p.first.text()),
            "scikit-learn rounds the test set up, n_test = ceil(test_size·n), and the training \
             set gets the rest.",
        )
    };
    prompt.push(Line::text(format!("  {stated}")));
    if let Some(v) = p.second {
        prompt.push(Line::text(format!(
            "then the training part is split again with test_size={} to hold out a \
             validation set:",
            v.text()
        )));
        prompt.push(Line::text(format!(
            "  train_test_split(X_rest, y_rest, test_size={})",
            v.text()
        )));
    }
    prompt.push(Line::text(rule_text));
    prompt.push(Line::text(format!(
        "How many rows does the {} get?",
        p.asked.noun()
    )));

    let (train, val, test) = right;
    let exact = |f: Percent, n: i64| format!("{}·{n}", f.text());
    // `Test set: ceil(0.2·1234) = ceil(246.8) = 247 rows`.
    let rounded = |what: &str, round: &str, f: Percent, n: i64, size: i64| {
        let real = crate::exercises::common::sig((n * f.0) as f64 / 100.0);
        Line::text(format!("{what}: ")).m(chain(
            &format!("{round}({})", exact(f, n)),
            &[format!("{round}({real})"), format!("{size} rows")],
        ))
    };
    let rest_line = |what: &str, from: i64, minus: i64| {
        Line::text(format!("{what}: ")).m(format!("{from} − {minus} = {} rows", from - minus))
    };
    let mut solution = Vec::new();
    if train_sized {
        solution.push(rounded("Training set", "floor", p.first, n, train));
        solution.push(rest_line("Test set", n, train));
    } else {
        solution.push(rounded("Test set", "ceil", p.first, n, test));
        let rest = n - test;
        match p.second {
            None => solution.push(rest_line("Training set", n, test)),
            Some(v) => {
                solution.push(rest_line("Left after the test split", n, test));
                solution.push(rounded("Validation set", "ceil", v, rest, val));
                solution.push(rest_line("Training set", rest, val));
            }
        }
    }
    solution.push(Line::text(format!("Rows in the {}: ", p.asked.noun())).v(Scalar::int(total)));
    let last = match (p.second, train_sized) {
        (Some(v), _) => format!(
            "The test set takes {test} rows, leaving {}; the validation set is ceil({}) of those.",
            n - test,
            exact(v, n - test)
        ),
        (None, true) => format!(
            "The training set is floor({}) rows; the test set is the rest.",
            exact(p.first, n)
        ),
        (None, false) => format!(
            "The test set is ceil({}) rows; the training set is the rest.",
            exact(p.first, n)
        ),
    };
    let hints = vec![
        "Multiply the fraction by the number of rows it is taken of, then round as the prompt \
         says."
            .to_string(),
        last,
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for SplitSizes {
    fn id(&self) -> &'static str {
        "ml.split_sizes"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, given, soundness_with};

    #[test]
    fn sizes_follow_scikit_learns_rounding() {
        let mut seen = Seen::default();
        soundness_with(
            &SplitSizes,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, p, d, ctx| {
                // Independent: f64 arithmetic on the fractions as the prompt prints them.
                let n = given(d, "n");
                assert_eq!(n as i64, p.n, "{ctx}");
                let f = |x: Percent| x.text().parse::<f64>().unwrap();
                let (train, val, test) = match (level, p.second) {
                    (2, _) => {
                        let train = (f(p.first) * n).floor();
                        (train, 0.0, n - train)
                    }
                    (_, None) => {
                        let test = (f(p.first) * n).ceil();
                        (n - test, 0.0, test)
                    }
                    (_, Some(v)) => {
                        let test = (f(p.first) * n).ceil();
                        let val = (f(v) * (n - test)).ceil();
                        (n - test - val, val, test)
                    }
                };
                let want = match p.asked {
                    Asked::Train => train,
                    Asked::Validation => val,
                    Asked::Test => test,
                };
                assert_eq!(answer_f64(d), want, "{ctx}");
                assert!(train > 0.0 && test > 0.0, "{ctx}");
                let last = d.hints.last().unwrap();
                assert!(
                    last.contains(&format!("{}·", f(p.second.unwrap_or(p.first)))),
                    "{ctx}"
                );
                seen.note(d);
            },
        );
        seen.assert_exactly(&[
            "ceil_not_floor",
            "floor_not_ceil",
            "fraction_of_whole",
            "other_split",
        ]);
    }
}
