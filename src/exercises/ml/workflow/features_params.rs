//! `ml.features_params`: in a described model, which listed item is a feature, the label, a
//! parameter learned by training, or a hyperparameter set before training (a letter choice).
//!
//! Every question lists four items, one of each role, in a drawn order, from a drawn setting
//! (house prices, spam, churn, digits, Iris). The prompt says what the predictions are for but
//! never names the label. Level 1 asks for a feature or the label of a linear, logistic or
//! softmax regression; level 2 for a parameter or a hyperparameter of the same models; level 3
//! for a parameter or a hyperparameter of a network with one hidden layer (biases, the hidden
//! size, dropout, Adam's β₁).
//!
//! Named mistakes: one per wrong option, named for the role it has and the role asked
//! (`label_as_feature`, `hyperparameter_as_parameter` for the learning rate or λ,
//! `parameter_as_hyperparameter` for a weight, …).

use super::choice::{Opt, choice_draft};
use super::settings::{Setting, draw_setting};
use crate::engine::{Draft, DrillRng, Exercise, GenError, Line};

pub struct FeaturesParams;

/// The role an item plays in training.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Feature,
    Label,
    Parameter,
    Hyperparameter,
}

impl Role {
    /// The role with its article, as the question asks it.
    fn asked(self) -> &'static str {
        match self {
            Role::Feature => "a feature (an input the model reads)",
            Role::Label => "the label (the target the model learns to predict)",
            Role::Parameter => "a parameter (learned from the data by training)",
            Role::Hyperparameter => "a hyperparameter (chosen before training)",
        }
    }

    /// Why an item of this role is that role, for the message of a wrong option.
    fn why(self) -> &'static str {
        match self {
            Role::Feature => {
                "is an input column the model reads for every row, known before the \
                 prediction and never changed by training: a feature."
            }
            Role::Label => {
                "is what the model is trained to predict: the label (the target y). It is \
                 the answer the training rows supply, not an input and not something training \
                 sets."
            }
            Role::Parameter => {
                "is set by training: the optimizer changes it at every step to fit the data. \
                 That makes it a parameter (a weight or a bias)."
            }
            Role::Hyperparameter => {
                "is fixed before training starts and training never changes it: a \
                 hyperparameter, chosen by comparing scores on the validation set."
            }
        }
    }
}

/// The named mistake of choosing an item of role `chosen` when `asked` was asked.
fn mistake_name(chosen: Role, asked: Role) -> &'static str {
    use Role::*;
    match (chosen, asked) {
        (Label, Feature) => "label_as_feature",
        (Parameter, Feature) => "parameter_as_feature",
        (Hyperparameter, Feature) => "hyperparameter_as_feature",
        (Feature, Label) => "feature_as_label",
        (Parameter, Label) => "parameter_as_label",
        (Hyperparameter, Label) => "hyperparameter_as_label",
        (Feature, Parameter) => "feature_as_parameter",
        (Label, Parameter) => "label_as_parameter",
        (Hyperparameter, Parameter) => "hyperparameter_as_parameter",
        (Feature, Hyperparameter) => "feature_as_hyperparameter",
        (Label, Hyperparameter) => "label_as_hyperparameter",
        (Parameter, Hyperparameter) => "parameter_as_hyperparameter",
        _ => "same_role",
    }
}

/// One problem: the setting, the model's description, the role asked, and the four items
/// (one of each role) in the order listed.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub setting: Setting,
    pub model: String,
    pub asked: Role,
    pub items: Vec<(Role, String)>,
}

/// The model of a setting at levels 1 and 2, and its parameters and hyperparameters.
fn regression(s: &Setting) -> (&'static str, Vec<String>, [&'static str; 3]) {
    let f = s.features[0];
    match s.classes {
        None => (
            "a linear regression ŷ = w·x + b",
            vec!["the intercept b".into(), format!("the weight on {f}")],
            [
                "the learning rate η = 0.01 of gradient descent",
                "the ridge penalty strength α = 1",
                "the number of gradient-descent epochs, 200",
            ],
        ),
        Some(2) => (
            "a logistic regression p = σ(w·x + b)",
            vec!["the bias b".into(), format!("the weight on {f}")],
            [
                "the learning rate η = 0.1",
                "the L2 penalty strength λ = 0.01",
                "the number of training epochs, 50",
            ],
        ),
        Some(_) => (
            "a softmax regression p = softmax(Wx + b)",
            vec![
                "the weight matrix W (one row per class)".into(),
                "the bias vector b (one entry per class)".into(),
            ],
            [
                "the learning rate η = 0.05",
                "the L2 penalty strength λ = 0.001",
                "the mini-batch size, 64",
            ],
        ),
    }
}

/// Hidden sizes of the level-3 network.
const HIDDEN: [i64; 4] = [16, 32, 64, 128];

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    let setting = draw_setting(rng);
    let feature = rng.pick(setting.features).to_string();
    let (model, asked, parameter, hyperparameter) = match level {
        1 | 2 => {
            let (model, params, hypers) = regression(&setting);
            let asked = match (level, rng.chance(1, 2)) {
                (1, true) => Role::Feature,
                (1, false) => Role::Label,
                (_, true) => Role::Parameter,
                (_, false) => Role::Hyperparameter,
            };
            let parameter = rng.pick(&params).clone();
            (
                model.to_string(),
                asked,
                parameter,
                rng.pick(&hypers).to_string(),
            )
        }
        3 => {
            let h = *rng.pick(&HIDDEN);
            let model = format!("a neural network with one hidden layer of {h} ReLU units");
            let params = [
                "the hidden layer's weight matrix W₁",
                "the hidden layer's bias vector b₁",
                "the output layer's bias vector b₂",
            ];
            let hypers = [
                format!("the number of hidden units, {h}"),
                "the dropout rate 0.2".into(),
                "Adam's β₁ = 0.9".into(),
                "the learning rate η = 0.001 of Adam".into(),
            ];
            let asked = if rng.chance(1, 2) {
                Role::Parameter
            } else {
                Role::Hyperparameter
            };
            let parameter = rng.pick(&params).to_string();
            (model, asked, parameter, rng.pick(&hypers).clone())
        }
        l => return Err(GenError::Level(l)),
    };
    let mut items = vec![
        (Role::Feature, feature),
        (Role::Label, setting.label.to_string()),
        (Role::Parameter, parameter),
        (Role::Hyperparameter, hyperparameter),
    ];
    rng.shuffle(&mut items);
    Ok(Params {
        setting,
        model,
        asked,
        items,
    })
}

/// `The floor area` from `the floor area`.
fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

pub fn build(p: &Params) -> Result<Draft, GenError> {
    let s = &p.setting;
    let question = vec![
        Line::text(format!(
            "A team trains {} on data about past {}, {}.",
            p.model, s.rows, s.purpose
        )),
        Line::text(format!("Which of these is {}?", p.asked.asked())),
    ];
    let options: Vec<Opt> = p
        .items
        .iter()
        .map(|(role, text)| {
            if *role == p.asked {
                Opt::right(text.clone())
            } else {
                Opt::wrong(
                    text.clone(),
                    mistake_name(*role, p.asked),
                    format!("{} {}", capitalized(text), role.why()),
                )
            }
        })
        .collect();
    let reasons: Vec<Line> = p
        .items
        .iter()
        .map(|(role, text)| Line::text(format!("{} {}", capitalized(text), role.why())))
        .collect();
    let hints = vec![
        "Sort the items: columns of the data (inputs, and the one predicted), numbers the \
         optimizer changes, and settings fixed before training."
            .into(),
        match p.asked {
            Role::Feature | Role::Label => format!(
                "The predictions are made {}: the label is what a new row does not yet have, \
                 the features are what it has.",
                s.purpose
            ),
            Role::Parameter | Role::Hyperparameter => format!(
                "Ask of each item: does fitting {} on the data change it? If it does, it is \
                 a parameter; if you must fix it first, a hyperparameter.",
                p.model
            ),
        },
    ];
    choice_draft(question, &options, reasons, hints)
}

impl Exercise for FeaturesParams {
    fn id(&self) -> &'static str {
        "ml.features_params"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::choice::chosen;
    use super::*;
    use crate::exercises::common::testing::{Seen, prompt_line, prompt_text, soundness_with};

    /// The role of an item read from its wording alone, independently of the draw: what the
    /// settings list as columns, what training changes (weights, biases), or a setting fixed
    /// before training (the rest).
    fn role_of(s: &Setting, text: &str) -> Role {
        if s.features.contains(&text) {
            Role::Feature
        } else if text == s.label {
            Role::Label
        } else if text.contains("weight") || text.contains("bias") || text.contains("intercept") {
            Role::Parameter
        } else {
            Role::Hyperparameter
        }
    }

    #[test]
    fn the_right_item_has_the_asked_role() {
        let mut seen = Seen::default();
        soundness_with(
            &FeaturesParams,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, p, d, ctx| {
                let text = prompt_text(d);
                let k = chosen(&d.answer.expected).unwrap_or_else(|| panic!("{ctx}: not a choice"));
                let line = prompt_line(d, 2 + k);
                let item = line.split_once(") ").unwrap().1;
                assert_eq!(role_of(&p.setting, item), p.asked, "{ctx}: {line}");
                let roles: Vec<Role> = p.items.iter().map(|(r, _)| *r).collect();
                for r in [
                    Role::Feature,
                    Role::Label,
                    Role::Parameter,
                    Role::Hyperparameter,
                ] {
                    assert_eq!(roles.iter().filter(|&&x| x == r).count(), 1, "{ctx}");
                }
                let asked = match level {
                    1 => [Role::Feature, Role::Label],
                    _ => [Role::Parameter, Role::Hyperparameter],
                };
                assert!(asked.contains(&p.asked), "{ctx}");
                let question = prompt_line(d, 0) + &prompt_line(d, 1);
                assert!(
                    !question.contains(p.setting.label),
                    "{ctx}: names the label"
                );
                assert!(text.contains(p.setting.purpose), "{ctx}");
                assert_eq!(d.mistakes.len(), 3, "{ctx}");
                let last = d.hints.last().unwrap();
                match level {
                    1 => assert!(last.contains(p.setting.purpose), "{ctx}: {last}"),
                    _ => assert!(last.contains(&p.model), "{ctx}: {last}"),
                }
                seen.note(d);
            },
        );
        seen.assert_all(&[
            "label_as_feature",
            "hyperparameter_as_parameter",
            "parameter_as_hyperparameter",
            "feature_as_label",
        ]);
    }
}
