//! `ml.split_role`: which split each step of a workflow uses, and leakage.
//!
//! Level 1: which split a step uses (a letter choice among the training set, the validation
//! set, the test set and all the data): fitting the weights, choosing a hyperparameter, or
//! reporting the final score. Level 2: a described pipeline: does information leak from data
//! the model is evaluated on (yes/no)? Level 3: a described pipeline: which split's score is
//! contaminated, if any (a letter choice, "none" an option).
//!
//! Named mistakes: one per wrong option at levels 1 and 3, named for the split chosen and the
//! step (`tuned_on_test`, `reported_validation_score`, `fit_on_all_data`, `leak_missed`, …);
//! at level 2 the other answer (`missed_leakage`, `false_alarm`).

use super::choice::{Opt, choice_draft};
use super::settings::{Setting, draw_setting};
use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line, Mistake};
use crate::expr::Value;

pub struct SplitRole;

/// The splits, in the order of the options.
const SPLITS: [&str; 4] = [
    "the training set",
    "the validation set",
    "the test set",
    "all the data, the three sets together",
];

/// A step of the workflow (level 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Fit,
    Tune,
    Report,
}

impl Step {
    /// The split this step uses: 0 training, 1 validation, 2 test.
    pub fn split(self) -> usize {
        match self {
            Step::Fit => 0,
            Step::Tune => 1,
            Step::Report => 2,
        }
    }
}

/// A pipeline described in words, for levels 2 and 3: which split (if any) it contaminates
/// (0 training — never here —, 1 validation, 2 test, `None` for a clean pipeline), and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pipeline {
    pub text: &'static str,
    pub contaminated: Option<usize>,
    pub why: &'static str,
}

pub const PIPELINES: [Pipeline; 10] = [
    Pipeline {
        text: "A StandardScaler is fitted on all the rows; then the rows are split into \
               training and test sets, the model is fitted on the training rows and scored \
               once on the test rows.",
        contaminated: Some(2),
        why: "The scaler's means and standard deviations were computed with the test rows \
              included, so the test rows shaped the preprocessing before they scored it.",
    },
    Pipeline {
        text: "The penalty λ is chosen as the value with the best test-set score, and that \
               test score is reported as the model's accuracy.",
        contaminated: Some(2),
        why: "The test rows chose λ, so the reported test score is the best of several \
              tries on them: optimistic.",
    },
    Pipeline {
        text: "Early stopping keeps the epoch with the lowest test loss, and that test loss \
               is reported.",
        contaminated: Some(2),
        why: "The test rows chose the epoch, so the reported test loss is optimistic.",
    },
    Pipeline {
        text: "Missing values are filled with each column's mean over all the rows; then the \
               data are split into training and test sets, and the model is fitted on the \
               training rows and scored once on the test rows.",
        contaminated: Some(2),
        why: "The column means include the test rows, so their values reached the training \
              data; the test score is no longer on unseen data.",
    },
    Pipeline {
        text: "The 10 features most correlated with the label on the training and validation \
               rows together are kept; then the hyperparameters are chosen by validation \
               score, and the test set is scored once.",
        contaminated: Some(1),
        why: "The validation rows' labels helped choose the features, so the validation \
              scores used to tune are optimistic; the test rows took no part.",
    },
    Pipeline {
        text: "A scaler is fitted on the training and validation rows together; the number of \
               neighbours k is chosen by validation score; the test set is scaled with the \
               same scaler and scored once.",
        contaminated: Some(1),
        why: "The validation rows shaped the scaler before they scored the values of k; the \
              test rows took no part in any fit.",
    },
    Pipeline {
        text: "A scaler is fitted on the training rows only and applied to the validation and \
               test rows; λ is chosen by validation score; the test set is scored once.",
        contaminated: None,
        why: "Every fit (scaler, weights, λ) used only rows from before the score it was \
              judged on, and the test rows were used once, at the end.",
    },
    Pipeline {
        text: "A Pipeline(StandardScaler(), Ridge()) is passed to GridSearchCV on the training \
               rows, so the scaler is refitted inside each fold; the test set is scored once \
               at the end.",
        contaminated: None,
        why: "The scaler is refitted on each fold's training part, so no validation fold \
              shapes its own preprocessing, and the test rows are used once.",
    },
    Pipeline {
        text: "k of kNN is chosen on the validation set; then the model is refitted on the \
               training and validation rows together and scored once on the test set.",
        contaminated: None,
        why: "Refitting on training and validation rows after the choice is fine: the test \
              rows were never used before the final score.",
    },
    Pipeline {
        text: "Imputation means are computed on the training rows and reused for the \
               validation and test rows; early stopping watches the validation loss; the \
               test set is scored once.",
        contaminated: None,
        why: "The means and the stopping epoch come from training and validation rows only; \
              the test rows are used once, at the end.",
    },
];

#[derive(Clone, Debug, PartialEq)]
pub enum Params {
    Step { setting: Setting, step: Step },
    Leak { pipeline: Pipeline },
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    match level {
        1 => Ok(Params::Step {
            setting: draw_setting(rng),
            step: *rng.pick(&[Step::Fit, Step::Tune, Step::Report]),
        }),
        2 | 3 => Ok(Params::Leak {
            pipeline: *rng.pick(&PIPELINES),
        }),
        l => Err(GenError::Level(l)),
    }
}

/// The named mistake of choosing split `chosen` for `step`, and why it is wrong.
fn step_mistake(step: Step, chosen: usize) -> (&'static str, &'static str) {
    match (step, chosen) {
        (Step::Fit, 1) => (
            "fit_on_validation",
            "The validation set is kept out of fitting so that it can judge the settings \
             fairly: the weights come from other rows.",
        ),
        (Step::Fit, 2) => (
            "fit_on_test",
            "The test set is touched once, at the very end. Rows the weights were fitted on \
             could no longer measure how the model does on new data.",
        ),
        (Step::Fit, _) => (
            "fit_on_all_data",
            "Fitting on every row leaves nothing unseen to judge the model with.",
        ),
        (Step::Tune, 0) => (
            "tuned_on_training",
            "On the rows it was fitted to, the most flexible setting always looks best: the \
             training score rewards overfitting.",
        ),
        (Step::Tune, 2) => (
            "tuned_on_test",
            "Choosing by the test score uses up the test set: the chosen setting's test score \
             is then the best of several tries, and optimistic.",
        ),
        (Step::Tune, _) => (
            "tuned_on_all_data",
            "Scores on rows the models were fitted to favour overfitting; a setting is judged \
             on rows that no fit saw.",
        ),
        (Step::Report, 0) => (
            "reported_training_score",
            "The training score measures the fit to rows the model has seen: it says nothing \
             about new data.",
        ),
        (Step::Report, 1) => (
            "reported_validation_score",
            "The validation set chose the setting, so its score is the best of several tries \
             and optimistic.",
        ),
        (Step::Report, _) => (
            "reported_on_all_data",
            "Most of those rows shaped the model; a score on them is optimistic.",
        ),
    }
}

fn step_draft(s: &Setting, step: Step) -> Result<Draft, GenError> {
    let what = match step {
        Step::Fit => "fitting the model's weights",
        Step::Tune => "choosing the regularization strength λ among 0.01, 0.1, 1 and 10",
        Step::Report => "reporting the final score of the chosen model",
    };
    let options: Vec<Opt> = (0..4)
        .map(|i| {
            if i == step.split() {
                Opt::right(SPLITS[i])
            } else {
                let (name, why) = step_mistake(step, i);
                Opt::wrong(SPLITS[i], name, why)
            }
        })
        .collect();
    let prompt = vec![
        Line::text(format!(
            "A model of {} that predicts {} is developed with a training, a validation and \
             a test set.",
            s.rows, s.label
        )),
        Line::text(format!("Which rows should be used for {what}?")),
    ];
    let reasons = vec![Line::text(
        "The training set fits the weights; the validation set compares settings that \
             training cannot learn; the test set, used once at the end, measures the chosen \
             model on data no decision has seen.",
    )];
    let hints = vec![
        "Each split answers one question, and a split that helped make a choice can no longer \
         judge it fairly."
            .to_string(),
        match step {
            Step::Fit => "The weights are learned from rows that are not kept back for judging.",
            Step::Tune => {
                "A hyperparameter is judged on rows the weights were not fitted to, \
                           while the final judge stays untouched."
            }
            Step::Report => {
                "The final score must come from rows that played no part in any \
                             choice."
            }
        }
        .to_string(),
    ];
    choice_draft(prompt, &options, reasons, hints)
}

fn leak_yes_no(p: &Pipeline) -> Result<Draft, GenError> {
    let leak = p.contaminated.is_some();
    let answer = AnswerSpec::with(Value::Bool(leak), Equivalence::Exact);
    let mistake = if leak {
        Mistake::new(
            "missed_leakage",
            Value::Bool(false),
            "Look again at which rows each fit and each choice saw: some rows that are later \
             used to score the model influenced it first.",
        )
    } else {
        Mistake::new(
            "false_alarm",
            Value::Bool(true),
            "Check each fit and each choice: which rows did it use, and are those rows later \
             used to score it? Using training rows for preprocessing, or refitting after a \
             choice, is no leak.",
        )
    };
    let prompt = vec![
        Line::text(p.text),
        Line::text(
            "Is there data leakage: did rows used to score the model influence it before \
             scoring? Answer yes or no.",
        ),
    ];
    let solution = vec![
        Line::text(p.why),
        Line::text("Leakage: ").v(answer.expected.clone()),
    ];
    let hints = vec![
        "List every step that learns something from data (a scaler's means, imputation values, \
         feature selection, the weights, a hyperparameter) and which rows it used."
            .to_string(),
        "Then ask of each score: were any of its rows used by a step before it?".to_string(),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: vec![mistake],
    })
}

/// The options of level 3: the three splits and "none".
const CONTAMINATED: [&str; 4] = [
    "the training set's score",
    "the validation set's scores",
    "the test set's score",
    "none: the pipeline is clean",
];

fn which_split(p: &Pipeline) -> Result<Draft, GenError> {
    let truth = p.contaminated.unwrap_or(3);
    let options: Vec<Opt> = (0..4)
        .map(|i| {
            if i == truth {
                return Opt::right(CONTAMINATED[i]);
            }
            let (name, why) = match i {
                0 => (
                    "training_blamed",
                    "The training score is never a fair judge, and no one relies on it here. \
                     Look for a score that is meant to be fair but whose rows shaped the model \
                     first.",
                ),
                1 => (
                    "validation_blamed",
                    "The validation rows here are not used by any fit before they score. \
                     Look at the other rows each step saw.",
                ),
                2 => (
                    "test_blamed",
                    "The test rows here take no part in any fit or choice before the final \
                     score.",
                ),
                _ => (
                    "leak_missed",
                    "Some rows that score the model were used by an earlier step: a scaler, \
                     a feature selection, or a choice.",
                ),
            };
            Opt::wrong(CONTAMINATED[i], name, why)
        })
        .collect();
    let prompt = vec![
        Line::text(p.text),
        Line::text("Which score can no longer be trusted because its rows influenced the model?"),
    ];
    let hints = vec![
        "For each step that learns from data, write down which rows it used.".to_string(),
        "A score is contaminated when one of its rows was used by a fit or a choice before it \
         scored."
            .to_string(),
    ];
    choice_draft(prompt, &options, vec![Line::text(p.why)], hints)
}

pub fn build(p: &Params, level: u8) -> Result<Draft, GenError> {
    match (p, level) {
        (Params::Step { setting, step }, _) => step_draft(setting, *step),
        (Params::Leak { pipeline }, 2) => leak_yes_no(pipeline),
        (Params::Leak { pipeline }, _) => which_split(pipeline),
    }
}

impl Exercise for SplitRole {
    fn id(&self) -> &'static str {
        "ml.split_role"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?, level)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, soundness_with};

    #[test]
    fn each_step_and_pipeline_gets_its_split() {
        let mut seen = Seen::default();
        soundness_with(
            &SplitRole,
            &[1, 2, 3],
            draw,
            |level, p| build(p, level),
            |level, p, d, ctx| {
                match (p, level) {
                    (Params::Step { step, .. }, 1) => {
                        let want = match step {
                            Step::Fit => 'a',
                            Step::Tune => 'b',
                            Step::Report => 'c',
                        };
                        assert_eq!(d.answer.expected, Value::Choice(want), "{ctx}");
                        assert_eq!(d.mistakes.len(), 3, "{ctx}");
                    }
                    (Params::Leak { pipeline }, 2) => {
                        let leak = pipeline.contaminated.is_some();
                        assert_eq!(d.answer.expected, Value::Bool(leak), "{ctx}");
                    }
                    (Params::Leak { pipeline }, 3) => {
                        let want = ['a', 'b', 'c', 'd'][pipeline.contaminated.unwrap_or(3)];
                        assert_eq!(d.answer.expected, Value::Choice(want), "{ctx}");
                    }
                    _ => panic!("{ctx}: level and params disagree"),
                }
                assert!(!d.hints.last().unwrap().is_empty());
                seen.note(d);
            },
        );
        seen.assert_all(&[
            "fit_on_test",
            "tuned_on_test",
            "tuned_on_training",
            "reported_validation_score",
            "missed_leakage",
            "false_alarm",
            "leak_missed",
            "test_blamed",
        ]);
    }

    /// The bank itself, read independently: a pipeline that fits anything on rows it later
    /// scores with says so in words, and every contaminated split is the validation or the test
    /// set.
    #[test]
    fn the_pipeline_bank_is_consistent() {
        let clean = PIPELINES
            .iter()
            .filter(|p| p.contaminated.is_none())
            .count();
        assert!((3..=6).contains(&clean));
        for p in PIPELINES {
            assert!(p.contaminated != Some(0));
            if p.text.contains("all the rows") || p.text.contains("test-set score") {
                assert_eq!(p.contaminated, Some(2), "{}", p.text);
            }
            if p.text.contains("training rows only") {
                assert_eq!(p.contaminated, None, "{}", p.text);
            }
        }
    }
}
