//! `prob.roc_auc`: the area under the ROC curve from a handful of labelled scores, as the share
//! of (positive, negative) pairs in which the positive scores higher, a tie counting ½: the
//! Mann–Whitney form, equal to scikit-learn's `roc_auc_score`.
//!
//! Scores are hundredths in 0.05–0.95. Level 1: 3 positives and 3 negatives, all scores
//! distinct, listed from the highest. Level 2: 4 and 4 with at least one tie between a positive
//! and a negative. Level 3: 5 and 5 with at least two such ties. Levels 2–3 list the cases in a
//! shuffled order. A perfect ranking (AUC 1) is redrawn.
//!
//! Named mistakes: ties counted as 0 or as 1; the accuracy at the threshold 0.5; the share of
//! pairs ranked the wrong way (1 − AUC); the count of pairs not divided by their number.

use super::super::events::table::{Row, table_lines};
use super::super::events::writing::{answer_value, p, result_line};
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, num};
use crate::math::Scalar;

pub struct RocAuc;

#[derive(Clone, Debug)]
pub struct Params {
    /// `(score in hundredths, label)` in the order shown.
    pub cases: Vec<(i64, bool)>,
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let (k, ties) = match level {
        1 => (3, 0),
        2 => (4, 1),
        3 => (5, 2),
        l => return Err(GenError::Level(l)),
    };
    let score = |rng: &mut DrillRng| rng.int(1, 19) * 5;
    let fine = |rng: &mut DrillRng| rng.int(5, 95);
    let pos: Vec<i64> = (0..k)
        .map(|_| if level == 1 { fine(rng) } else { score(rng) })
        .collect();
    let mut neg: Vec<i64> = (0..k)
        .map(|_| if level == 1 { fine(rng) } else { score(rng) })
        .collect();
    // Tie the first negatives to positives.
    for n in neg.iter_mut().take(ties) {
        *n = pos[rng.index(k)];
    }
    let mut cases: Vec<(i64, bool)> = pos
        .iter()
        .map(|&s| (s, true))
        .chain(neg.iter().map(|&s| (s, false)))
        .collect();
    if level == 1 {
        let mut scores: Vec<i64> = cases.iter().map(|c| c.0).collect();
        scores.sort_unstable();
        scores.dedup();
        if scores.len() < cases.len() {
            return Err(GenError::Redraw("repeated score"));
        }
        cases.sort_by_key(|c| std::cmp::Reverse(c.0));
    } else {
        rng.shuffle(&mut cases);
    }
    Ok(Params { cases })
}

/// Per positive: how many negatives it outscores and how many it ties.
fn pair_counts(cases: &[(i64, bool)]) -> Vec<(i64, i64, i64)> {
    let negs: Vec<i64> = cases.iter().filter(|c| !c.1).map(|c| c.0).collect();
    cases
        .iter()
        .filter(|c| c.1)
        .map(|&(s, _)| {
            let below = negs.iter().filter(|&&n| n < s).count() as i64;
            let tied = negs.iter().filter(|&&n| n == s).count() as i64;
            (s, below, tied)
        })
        .collect()
}

/// The area under the ROC curve: `(2·below + tied)/(2·pairs)` over the (positive, negative)
/// pairs; `None` without a positive or a negative.
pub fn auc(cases: &[(i64, bool)]) -> Option<Scalar> {
    let counts = pair_counts(cases);
    let pairs = counts.len() as i64 * (cases.len() - counts.len()) as i64;
    let (below, tied) = counts.iter().fold((0, 0), |(b, t), c| (b + c.1, t + c.2));
    (pairs > 0).then(|| Scalar::frac(2 * below + tied, 2 * pairs))
}

pub fn build(level: u8, q: &Params) -> Result<Draft, GenError> {
    let counts = pair_counts(&q.cases);
    let npos = counts.len() as i64;
    let nneg = q.cases.len() as i64 - npos;
    let pairs = npos * nneg;
    let below: i64 = counts.iter().map(|c| c.1).sum();
    let tied: i64 = counts.iter().map(|c| c.2).sum();
    if below == pairs {
        return Err(GenError::Redraw("a perfect ranking"));
    }
    if level >= 2 && tied < [0, 0, 1, 2][level as usize] {
        return Err(GenError::Redraw("too few ties"));
    }
    let value = auc(&q.cases).ok_or(GenError::Redraw("one class only"))?;
    let answer = AnswerSpec::scalar(answer_value(value));
    let mut mistakes = Mistakes::new(&answer.expected);
    if tied > 0 {
        mistakes.require(
            "ties_as_zero",
            Scalar::frac(below, pairs),
            "That counts a tie as a pair ranked wrongly. With equal scores the ranking cannot \
             tell the two apart: a tie counts ½, as in sklearn's roc_auc_score.",
        )?;
        mistakes.require(
            "ties_as_one",
            Scalar::frac(below + tied, pairs),
            "That counts a tie as a pair ranked rightly. With equal scores the ranking cannot \
             tell the two apart: a tie counts ½, as in sklearn's roc_auc_score.",
        )?;
    }
    let correct_at_half = q.cases.iter().filter(|&&(s, y)| (s >= 50) == y).count() as i64;
    let accuracy_message = "That is the accuracy at the threshold ½. The area under the curve does not fix a \
                            threshold: it asks how often a positive outscores a negative, over \
                            all (positive, negative) pairs.";
    let reversed_message = "That is the share of pairs where the negative scores higher: the \
                            ranking read upside down. Count the pairs where the positive scores \
                            higher.";
    if tied == 0 {
        mistakes.require(
            "accuracy_at_half",
            Scalar::frac(correct_at_half, q.cases.len() as i64),
            accuracy_message,
        )?;
        mistakes.require("reversed", Scalar::ONE - value, reversed_message)?;
    } else {
        mistakes.optional(
            "accuracy_at_half",
            Scalar::frac(correct_at_half, q.cases.len() as i64),
            accuracy_message,
        );
        mistakes.optional("reversed", Scalar::ONE - value, reversed_message);
    }
    mistakes.optional(
        "not_divided",
        Scalar::frac(2 * below + tied, 2),
        format!(
            "That is the number of pairs ranked rightly; the area is their share of all \
             {npos}·{nneg} pairs."
        ),
    );

    let score_text = |s: i64| p(Scalar::frac(s, 100));
    let columns: Vec<String> = (1..=q.cases.len()).map(|i| i.to_string()).collect();
    let mut prompt = vec![Line::text(format!(
        "A classifier scored {} cases ({npos} positive, label 1; {nneg} negative, label 0):",
        q.cases.len()
    ))];
    prompt.extend(table_lines(
        "case",
        &columns,
        &[
            Row::new("score", q.cases.iter().map(|c| score_text(c.0)).collect()),
            Row::new(
                "label",
                q.cases
                    .iter()
                    .map(|c| if c.1 { "1" } else { "0" }.to_string())
                    .collect(),
            ),
        ],
    ));
    prompt.push(Line::text(
        "What is the area under its receiver operating characteristic curve, as sklearn's \
         roc_auc_score computes it? Give a fraction or a decimal to 4 significant figures.",
    ));

    let mut solution = vec![Line::text(format!(
        "The area is the share of the {npos}·{nneg} = {pairs} (positive, negative) pairs in \
         which the positive scores higher, a tie counting ½. Count, for each positive, the \
         negatives below it:"
    ))];
    let mut terms = Vec::new();
    for &(s, b, t) in &counts {
        let (text, term) = if t == 0 {
            (format!("{b} below"), num(Scalar::int(b)))
        } else {
            let v = Scalar::frac(2 * b + t, 2);
            (format!("{b} below + ½·{t} = {}", p(v)), p(v))
        };
        let tie_note = if t == 0 {
            String::new()
        } else {
            format!(" ({t} tied)")
        };
        solution.push(
            Line::text(format!("positive scored {}: ", score_text(s)))
                .m(text)
                .t(tie_note),
        );
        terms.push(term);
    }
    let right = Scalar::frac(2 * below + tied, 2);
    solution.push(result_line(
        "area",
        &[
            format!("({})/{pairs}", terms.join(" + ")),
            format!("{}/{pairs}", p(right)),
        ],
        value,
    ));
    let hints = vec![
        format!(
            "Pair every positive with every negative ({pairs} pairs): count the pairs where the \
             positive scores higher, and half the ties."
        ),
        format!(
            "{below} pairs are ranked rightly and {tied} tied, so {} of {pairs} count: what \
             share is that?",
            p(right)
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

impl Exercise for RocAuc {
    fn id(&self) -> &'static str {
        "prob.roc_auc"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(level, &draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{
        Seen, answer_f64, assert_close, last_hint, soundness_with,
    };

    /// The trapezoidal area under the ROC curve traced by lowering the threshold through the
    /// distinct scores (sklearn's method), independent of pair counting.
    fn trapezoid_auc(cases: &[(i64, bool)]) -> f64 {
        let npos = cases.iter().filter(|c| c.1).count() as f64;
        let nneg = cases.len() as f64 - npos;
        let mut thresholds: Vec<i64> = cases.iter().map(|c| c.0).collect();
        thresholds.sort_unstable_by(|a, b| b.cmp(a));
        thresholds.dedup();
        let (mut area, mut last) = (0.0, (0.0, 0.0));
        for t in thresholds {
            let tpr = cases.iter().filter(|c| c.1 && c.0 >= t).count() as f64 / npos;
            let fpr = cases.iter().filter(|c| !c.1 && c.0 >= t).count() as f64 / nneg;
            area += (fpr - last.0) * (tpr + last.1) / 2.0;
            last = (fpr, tpr);
        }
        area
    }

    /// sklearn's roc_auc_score on labelled scores with and without ties
    /// (`reference/sklearn_reference.py`).
    #[test]
    fn auc_matches_sklearn_roc_auc_score() {
        let data: serde_json::Value =
            serde_json::from_str(include_str!("reference/sklearn_reference.json")).unwrap();
        let cases = data["auc"].as_array().unwrap();
        assert_eq!(cases.len(), 60);
        for (k, case) in cases.iter().enumerate() {
            let scores = case["scores"].as_array().unwrap();
            let labels = case["labels"].as_array().unwrap();
            let cases: Vec<(i64, bool)> = scores
                .iter()
                .zip(labels)
                .map(|(s, y)| (s.as_i64().unwrap(), y.as_i64().unwrap() == 1))
                .collect();
            let want = case["auc"].as_f64().unwrap();
            let got = auc(&cases).unwrap().to_f64();
            assert!(
                (got - want).abs() < 1e-12,
                "case {k}: {got} against sklearn's {want}"
            );
            assert!((trapezoid_auc(&cases) - want).abs() < 1e-12, "case {k}");
        }
    }

    #[test]
    fn auc_matches_the_trapezoidal_roc_area() {
        let mut seen = Seen::default();
        soundness_with(&RocAuc, &[1, 2, 3], draw, build, |level, q, d, ctx| {
            assert_close(answer_f64(d), trapezoid_auc(&q.cases), ctx);
            let k = [3, 4, 5][level as usize - 1];
            assert_eq!(q.cases.iter().filter(|c| c.1).count(), k, "{ctx}");
            assert_eq!(q.cases.len(), 2 * k, "{ctx}");
            assert!(q.cases.iter().all(|c| (5..=95).contains(&c.0)), "{ctx}");
            let ties: usize = q
                .cases
                .iter()
                .filter(|c| c.1)
                .map(|p| q.cases.iter().filter(|n| !n.1 && n.0 == p.0).count())
                .sum();
            assert!(ties >= [0, 1, 2][level as usize - 1], "{ctx}");
            assert!(answer_f64(d) < 1.0, "{ctx}");
            assert!(last_hint(d).contains("what share is that?"), "{ctx}");
            seen.note(d);
        });
        seen.assert_all(&[
            "ties_as_zero",
            "ties_as_one",
            "accuracy_at_half",
            "reversed",
            "not_divided",
        ]);
    }
}
