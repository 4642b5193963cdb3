//! `ml.kfold_bookkeeping`: the bookkeeping of k-fold cross-validation with scikit-learn's
//! `KFold(n_splits=k)` without shuffling, whose rule the prompt states: the rows are cut in
//! order into k folds, and the first `n mod k` folds get one row more than the others.
//!
//! Level 1: how many rows fold j's model trains on (an integer). Level 2: which rows validate
//! fold j, as `(first, last)` row indices, 0-based or 1-based as the prompt says (an interval).
//! Level 3: how many models `GridSearchCV` fits for a grid of hyperparameter values with k folds
//! and `refit=True` (an integer: one fit per value and fold, then one refit on all the data).
//!
//! Named mistakes: the fold size rounded the wrong way (`rounded_wrong_way`), the validation
//! fold's size for the training set's (`validation_size`); the rows of the fold before or after
//! (`off_by_one_fold`), the other indexing (`other_indexing`), every fold given floor(n/k) rows
//! (`equal_folds`); the refit forgotten (`forgot_refit`), the grid forgotten (`forgot_grid`).

use super::settings::draw_setting;
use crate::engine::Tolerance;
use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, ordinal, plural};
use crate::expr::Value;
use crate::math::Scalar;

pub struct KFoldBookkeeping;

/// One problem: `n` rows, `k` folds, the fold `j` asked about (1-based), whether row indices
/// are 0-based, and (level 3) the sizes of the hyperparameter grid.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub rows: &'static str,
    pub n: i64,
    pub k: i64,
    pub j: i64,
    pub zero_based: bool,
    pub grid: Vec<i64>,
}

impl Params {
    /// The size of fold `f` (1-based): `floor(n/k) + 1` for the first `n mod k` folds, else `floor(n/k)`.
    pub fn fold_size(&self, f: i64) -> i64 {
        self.n / self.k + i64::from(f <= self.n % self.k)
    }
    /// The first and last 0-based row of fold `f` (1-based).
    pub fn fold_rows(&self, f: i64) -> (i64, i64) {
        let start: i64 = (1..f).map(|g| self.fold_size(g)).sum();
        (start, start + self.fold_size(f) - 1)
    }
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let rows = draw_setting(rng).rows;
    let k = *rng.pick(&[3, 4, 5, 6, 8, 10]);
    let n = match level {
        1 => rng.int(20, 400),
        2 => rng.int(2 * k + 1, 12 * k),
        _ => rng.int(100, 5000),
    };
    let grid = match level {
        3 => match rng.index(2) {
            0 => vec![rng.int(3, 8)],
            _ => vec![rng.int(2, 5), rng.int(2, 4)],
        },
        1..=2 => Vec::new(),
        l => return Err(GenError::Level(l)),
    };
    if n % k == 0 && level < 3 {
        return Err(GenError::Redraw("all folds have the same size"));
    }
    Ok(Params {
        rows,
        n,
        k,
        j: rng.int(2, k),
        zero_based: rng.chance(1, 2),
        grid,
    })
}

/// The rule the prompt states, and how the rows are split for this `n` and `k`.
fn rule_line(p: &Params) -> Line {
    Line::text(format!(
        "KFold(n_splits={}) without shuffling cuts the rows in order into {} folds; the first \
         n mod k folds get one row more than the others.",
        p.k, p.k
    ))
}

/// `23 = 5·4 + 3: folds 1–3 have 5 rows, folds 4–5 have 4.`
fn sizes_line(p: &Params) -> Line {
    let (q, r) = (p.n / p.k, p.n % p.k);
    let range = |a: i64, b: i64| {
        if a == b {
            format!("fold {a} has")
        } else {
            format!("folds {a}–{b} have")
        }
    };
    Line::math(format!("{} = {}·{} + {}", p.n, p.k, q, r)).t(format!(
        ": {} {} rows, {} {}.",
        range(1, r),
        q + 1,
        range(r + 1, p.k),
        q
    ))
}

pub fn build(level: u8, p: &Params) -> Result<Draft, GenError> {
    match level {
        1 => training_size(p),
        2 => validation_rows(p),
        _ => fits(p),
    }
}

fn training_size(p: &Params) -> Result<Draft, GenError> {
    let size = p.fold_size(p.j);
    let total = p.n - size;
    let answer = AnswerSpec::integer(total);
    let mut mistakes = Mistakes::new(&answer.expected);
    let other = if size > p.n / p.k {
        p.n / p.k
    } else {
        p.n / p.k + 1
    };
    mistakes.require(
        "rounded_wrong_way",
        Scalar::int(p.n - other),
        format!(
            "That gives fold {} the wrong size: n/k is not whole, and only the first n mod k \
             folds get the extra row.",
            p.j
        ),
    )?;
    mistakes.require(
        "validation_size",
        Scalar::int(size),
        "That is the size of the fold that is held out for validation. The model trains on \
         every other fold.",
    )?;
    let prompt = vec![
        Line::text(format!(
            "A model is cross-validated on n = {} {} with k = {} folds.",
            p.n, p.rows, p.k
        )),
        rule_line(p),
        Line::text(format!(
            "On how many rows is the model of fold {} trained (fold {} validates, the others \
             train)?",
            p.j, p.j
        )),
    ];
    let solution = vec![
        sizes_line(p),
        Line::text(format!("Fold {} holds ", p.j)).m(format!("{size} rows.")),
        Line::text("It trains on the rest: ").m(format!("{} − {size} rows", p.n)),
        Line::text("Training rows: ").v(Scalar::int(total)),
    ];
    let hints = vec![
        "Find the size of each fold first: divide n by k with a remainder.".to_string(),
        format!(
            "Fold {} has {} rows; the model trains on all the rows outside it.",
            p.j, size
        ),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

fn interval(p: &Params, (a, b): (i64, i64)) -> Value {
    let shift = i64::from(!p.zero_based);
    Value::Tuple(vec![
        Value::Scalar(Scalar::int(a + shift)),
        Value::Scalar(Scalar::int(b + shift)),
    ])
}

fn validation_rows(p: &Params) -> Result<Draft, GenError> {
    let rows = p.fold_rows(p.j);
    let eq = Equivalence::Interval(Tolerance::default());
    let answer = AnswerSpec::with(interval(p, rows), eq);
    let mut mistakes = Mistakes::new(&answer.expected);
    let neighbour = if p.j > 1 { p.j - 1 } else { p.j + 1 };
    mistakes.require(
        "off_by_one_fold",
        interval(p, p.fold_rows(neighbour)),
        format!(
            "Those are the rows of the {} fold. Count the folds from 1: fold {} comes after \
             {}.",
            if neighbour < p.j { "previous" } else { "next" },
            p.j,
            plural((p.j - 1) as usize, "fold")
        ),
    )?;
    let (shift, other) = if p.zero_based {
        (1, "1-based")
    } else {
        (-1, "0-based")
    };
    mistakes.require(
        "other_indexing",
        interval(p, (rows.0 + shift, rows.1 + shift)),
        format!(
            "Those are the right rows counted {other}. The question numbers the rows {}.",
            if p.zero_based {
                "from 0, as Python does"
            } else {
                "from 1"
            }
        ),
    )?;
    let q = p.n / p.k;
    let start = (p.j - 1) * q;
    mistakes.optional(
        "equal_folds",
        interval(p, (start, start + q - 1)),
        "That gives every fold floor(n/k) rows. n/k is not whole: the first n mod k folds have one \
         row more, which moves the later folds.",
    );
    let base = if p.zero_based {
        "0-based, as in Python: the first row is row 0"
    } else {
        "1-based: the first row is row 1"
    };
    let prompt = vec![
        Line::text(format!(
            "n = {} {} are cross-validated with k = {} folds.",
            p.n, p.rows, p.k
        )),
        rule_line(p),
        Line::text(format!(
            "Which rows validate fold {}? Number the rows {base}. Answer (first, last).",
            p.j
        )),
    ];
    let before: Vec<String> = (1..p.j).map(|f| p.fold_size(f).to_string()).collect();
    let (a, b) = (
        rows.0 + i64::from(!p.zero_based),
        rows.1 + i64::from(!p.zero_based),
    );
    let solution = vec![
        sizes_line(p),
        Line::text(format!("The folds before fold {} hold ", p.j))
            .m(chain(&before.join(" + "), &[rows.0.to_string()]))
            .t(" rows."),
        Line::text(format!(
            "So fold {} is the {} to the {} row: ",
            p.j,
            ordinal((rows.0 + 1) as usize),
            ordinal((rows.1 + 1) as usize)
        ))
        .m(format!("rows {a} to {b}"))
        .t(format!(
            " ({}).",
            if p.zero_based { "0-based" } else { "1-based" }
        )),
        Line::text("Answer: ").v(answer.expected.clone()),
    ];
    let hints = vec![
        "Divide n by k with a remainder to get each fold's size; the folds follow each other \
         in row order."
            .to_string(),
        format!(
            "Fold {} starts after the {} rows of the folds before it and holds {} rows.",
            p.j,
            rows.0,
            p.fold_size(p.j)
        ),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

fn fits(p: &Params) -> Result<Draft, GenError> {
    let g: i64 = p.grid.iter().product();
    let total = g * p.k + 1;
    let answer = AnswerSpec::integer(total);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "forgot_refit",
        Scalar::int(g * p.k),
        "That leaves out the final fit: with refit=True the best setting is fitted once more \
         on all the data.",
    )?;
    mistakes.require(
        "forgot_grid",
        Scalar::int(p.k + 1),
        "That cross-validates one setting only. Every combination of the grid is fitted on \
         every fold.",
    )?;
    let grid_text = match p.grid[..] {
        [a] => format!("{a} values of the regularization strength α"),
        [a, b] => format!("{a} values of max_depth and {b} values of min_samples_leaf"),
        _ => String::new(),
    };
    let prompt = vec![
        Line::text(format!(
            "GridSearchCV tries {grid_text} with cv={} (k = {} folds) on n = {} {}, with \
             refit=True: after the search it fits the best setting once more on all the rows.",
            p.k, p.k, p.n, p.rows
        )),
        Line::text("How many times is a model fitted in total?"),
    ];
    let combos = match p.grid[..] {
        [a, b] => format!("{a}·{b} = {g}"),
        _ => g.to_string(),
    };
    let solution = vec![
        Line::text("Settings to try: ").m(combos.clone()),
        Line::text("Each is fitted once per fold, then the best is refitted:"),
        math_line(&chain(
            "fits",
            &[format!("{g}·{} + 1", p.k), total.to_string()],
        )),
    ];
    let hints = vec![
        "Count the settings in the grid, then the fits each setting needs, then any fit after \
         the search."
            .to_string(),
        format!(
            "{} settings, each fitted on {} folds, and one refit of the best on all the rows.",
            g, p.k
        ),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for KFoldBookkeeping {
    fn id(&self) -> &'static str {
        "ml.kfold_bookkeeping"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let p = draw(level, rng)?;
        build(level, &p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::soundness_with;
    use crate::exercises::common::testing::{Seen, answer_f64, answer_numbers, given};

    /// Each row's fold (1-based), dealt in order: fold sizes `ceil((n − f)/k)` for the 0-based fold
    /// `f`, as numpy's `array_split` gives them.
    fn folds(n: i64, k: i64) -> Vec<i64> {
        (0..k)
            .flat_map(|f| std::iter::repeat_n(f + 1, ((n - f + k - 1) / k) as usize))
            .collect()
    }

    #[test]
    fn folds_and_fits_are_counted_right() {
        let mut seen = Seen::default();
        soundness_with(
            &KFoldBookkeeping,
            &[1, 2, 3],
            draw,
            build,
            |level, p, d, ctx| {
                let last = d.hints.last().unwrap();
                match level {
                    1 | 2 => {
                        let (n, k) = (given(d, "n") as i64, given(d, "k") as i64);
                        let fold = folds(n, k);
                        assert_eq!(fold.len() as i64, n, "{ctx}");
                        let mine: Vec<usize> =
                            (0..fold.len()).filter(|&i| fold[i] == p.j).collect();
                        if level == 1 {
                            assert_eq!(answer_f64(d), (n as usize - mine.len()) as f64, "{ctx}");
                        } else {
                            let shift = if p.zero_based { 0.0 } else { 1.0 };
                            let want =
                                [mine[0] as f64 + shift, *mine.last().unwrap() as f64 + shift];
                            assert_eq!(answer_numbers(d), want, "{ctx}");
                            assert!(
                                last.contains(&format!("after the {} rows", mine[0])),
                                "{ctx}"
                            );
                        }
                        assert_ne!(n % k, 0, "{ctx}");
                        assert!((2..=k).contains(&p.j), "{ctx}");
                    }
                    _ => {
                        let g: i64 = p.grid.iter().product();
                        assert_eq!(answer_f64(d), (g * p.k + 1) as f64, "{ctx}");
                        assert!(last.contains("one refit"), "{ctx}");
                    }
                }
                seen.note(d);
            },
        );
        seen.assert_exactly(&[
            "equal_folds",
            "forgot_grid",
            "forgot_refit",
            "off_by_one_fold",
            "other_indexing",
            "rounded_wrong_way",
            "validation_size",
        ]);
    }
}
