//! `ml.gradient_check`: comparing an analytic gradient with a numerical one, as CS231n teaches.
//!
//! Level 1: the relative error |a − n|/max(|a|, |n|) of one entry (the convention stated).
//! Level 2: a table of four parameters' analytic and numerical partial derivatives; which one has
//! the bug? The bug is a small gradient off by a factor of 2 (or of the wrong sign); a decoy, a
//! large gradient, has the largest absolute difference but a relative error near 1e-8; a third
//! entry has a relative error near 1e-5, suspicious by the rule of thumb but no bug.
//! Level 3: the step h that gives the smallest total error for a scheme in float64 (a letter
//! among 1e-3, 1e-5, 1e-8, 1e-11), from the error model of
//! [`crate::math::calculus::finite_diff::step_size`].
//!
//! Named mistakes: the absolute difference, the other convention's denominator |a| + |n|; the
//! entry with the largest absolute difference, the merely suspicious entry; the smallest step,
//! and the rule of thumb of another scheme.

use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, math_line, sig, tidy};
use crate::expr::Value;
use crate::math::Scalar;
use crate::math::calculus::finite_diff::gradient_check::relative_error;
use crate::math::calculus::finite_diff::{Scheme, step_size};

pub struct GradientCheck;

// Four letters only: `e` reads as Euler's number.
const LETTERS: [char; 4] = ['a', 'b', 'c', 'd'];
/// The candidate steps of level 3, as exponents of 10.
const STEPS: [i32; 4] = [-3, -5, -8, -11];

#[derive(Clone, Debug)]
pub struct Entry {
    pub analytic: f64,
    pub numerical: f64,
}

#[derive(Clone, Debug)]
pub enum Params {
    One(Entry),
    Table {
        entries: Vec<Entry>,
        bug: usize,
        decoy: usize,
        suspicious: usize,
    },
    Step(Scheme),
}

/// A number with `digits` significant digits, mantissa m·10^e with m drawn uniformly.
fn draw_value(rng: &mut DrillRng, digits: u32, exponent: i32) -> f64 {
    let lo = 10i64.pow(digits - 1);
    let m = rng.int(lo, 10 * lo - 1) as f64 / lo as f64;
    let x = m * 10f64.powi(exponent);
    format!("{x:.9e}").parse().unwrap_or(x) * rng.sign() as f64
}

/// `x` moved by the relative amount `rel`, rounded to 10 significant digits (what the prompt
/// prints), so the printed numbers are the whole data.
fn moved(x: f64, rel: f64) -> f64 {
    let y = x * (1.0 + rel);
    format!("{y:.9e}").parse().unwrap_or(y)
}

pub fn draw(level: u8, rng: &mut DrillRng) -> Result<Params, GenError> {
    Ok(match level {
        1 => {
            let analytic = draw_value(rng, 3, 0);
            let shift = rng.nonzero_int(-30, 30) as f64 / 100.0;
            let numerical = ((analytic + shift) * 100.0).round() / 100.0;
            if numerical == 0.0 || numerical.signum() != analytic.signum() {
                return Err(GenError::Redraw("a sign change"));
            }
            Params::One(Entry {
                analytic,
                numerical,
            })
        }
        2 => {
            let mut slots = [0usize, 1, 2, 3];
            rng.shuffle(&mut slots);
            let [bug, decoy, suspicious, fine] = slots;
            let mut entries = vec![
                Entry {
                    analytic: 0.0,
                    numerical: 0.0
                };
                4
            ];
            let small = draw_value(rng, 3, -5);
            let wrong = if rng.chance(1, 2) { 2.0 } else { -1.0 };
            entries[bug] = Entry {
                analytic: small * wrong,
                numerical: small,
            };
            let big = draw_value(rng, 5, 5);
            entries[decoy] = Entry {
                analytic: big,
                numerical: moved(big, rng.int(2, 9) as f64 * 1e-9),
            };
            let mid = draw_value(rng, 4, 0);
            entries[suspicious] = Entry {
                analytic: mid,
                numerical: moved(mid, rng.int(2, 9) as f64 * 1e-6),
            };
            let other = draw_value(rng, 4, -1);
            entries[fine] = Entry {
                analytic: other,
                numerical: moved(other, rng.int(2, 9) as f64 * 1e-10),
            };
            Params::Table {
                entries,
                bug,
                decoy,
                suspicious,
            }
        }
        3 => Params::Step(*rng.pick(&[Scheme::Forward, Scheme::Central, Scheme::FivePoint])),
        l => return Err(GenError::Level(l)),
    })
}

pub fn build(p: &Params) -> Result<Draft, GenError> {
    match p {
        Params::One(e) => one(e),
        Params::Table {
            entries,
            bug,
            decoy,
            suspicious,
        } => table(entries, *bug, *decoy, *suspicious),
        Params::Step(s) => step(*s),
    }
}

/// A number as the prompt prints it: up to 10 significant digits, a true minus sign.
fn show(x: f64) -> String {
    crate::math::format_real(x, 10).replace('-', "−")
}

fn one(e: &Entry) -> Result<Draft, GenError> {
    let (a, n) = (e.analytic, e.numerical);
    let rel = relative_error(a, n);
    // tidy: 0.2/7.56 = 0.026455…, without the float noise of 7.56 − 7.36.
    let answer = AnswerSpec::scalar(tidy(Scalar::Real(rel)));
    let mut mistakes = Mistakes::new(&answer.expected);
    let diff = (a - n).abs();
    mistakes.require(
        "absolute_difference",
        Scalar::Real(diff),
        "That is the absolute difference |a − n|. A gradient check divides it by the larger \
         magnitude, so that the same threshold works for gradients of any size.",
    )?;
    mistakes.require(
        "sum_denominator",
        Scalar::Real(diff / (a.abs() + n.abs())),
        "That divides by |a| + |n|, the convention of some courses (about half as large). \
         This check uses CS231n's: divide by max(|a|, |n|).",
    )?;
    mistakes.optional(
        "min_denominator",
        Scalar::Real(diff / a.abs().min(n.abs())),
        "That divides by the smaller magnitude. The convention here divides by the larger one, \
         max(|a|, |n|).",
    );
    let larger = a.abs().max(n.abs());
    let prompt = vec![
        Line::text(format!(
            "Backpropagation gives ∂L/∂w = {} for one weight; a central-difference estimate \
             gives {}.",
            show(a),
            show(n)
        )),
        Line::text(
            "What is their relative error |a − n|/max(|a|, |n|) (CS231n's convention), with a \
             the analytic and n the numerical value? Give 4 significant figures.",
        ),
    ];
    let solution = vec![
        math_line(&format!(
            "|a − n| = |{} − ({})| = {}",
            show(a),
            show(n),
            sig(diff)
        )),
        math_line(&format!("max(|a|, |n|) = {}", sig(larger))),
        math_line(&format!(
            "|a − n|/max(|a|, |n|) = {}/{} = {}",
            sig(diff),
            sig(larger),
            sig(rel)
        )),
        Line::text(if rel < 1e-2 {
            "Between 1e-7 and 1e-2 by CS231n's rule of thumb: suspicious, worth a closer look."
        } else {
            "Above 1e-2: by CS231n's rule of thumb the analytic gradient is probably wrong."
        }),
    ];
    let hints = vec![
        "The relative error divides the absolute difference by the larger of the two \
         magnitudes."
            .to_string(),
        format!("{}/{}: work it out.", sig(diff), sig(larger)),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

fn table(
    entries: &[Entry],
    bug: usize,
    decoy: usize,
    suspicious: usize,
) -> Result<Draft, GenError> {
    let rels: Vec<f64> = entries
        .iter()
        .map(|e| relative_error(e.analytic, e.numerical))
        .collect();
    let diffs: Vec<f64> = entries
        .iter()
        .map(|e| (e.analytic - e.numerical).abs())
        .collect();
    let argmax = |v: &[f64]| {
        (0..v.len())
            .max_by(|&i, &j| v[i].total_cmp(&v[j]))
            .unwrap_or(0)
    };
    if argmax(&rels) != bug || argmax(&diffs) != decoy {
        return Err(GenError::Redraw(
            "the decoy is not the largest absolute difference",
        ));
    }
    let answer = AnswerSpec::with(Value::Choice(LETTERS[bug]), Equivalence::Exact);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "largest_absolute",
        Value::Choice(LETTERS[decoy]),
        "That entry has the largest absolute difference, but it is also the largest gradient: \
         relative to its size the two values agree to about 8 digits. Compare relative errors.",
    )?;
    mistakes.require(
        "suspicious_not_bug",
        Value::Choice(LETTERS[suspicious]),
        "That entry's relative error is about 1e-5: suspicious by CS231n's rule of thumb \
         (normal near a kink such as ReLU's, or in float32), but far from a bug's, above 1e-2.",
    )?;
    let mut prompt = vec![Line::text(
        "A gradient check compares backpropagation's partial derivatives (analytic) with \
         central differences (numerical) for four parameters:",
    )];
    for (k, e) in entries.iter().enumerate() {
        prompt.push(Line::text(format!(
            "({}) analytic {}, numerical {}",
            LETTERS[k],
            show(e.analytic),
            show(e.numerical)
        )));
    }
    prompt.push(Line::text(
        "Exactly one analytic value comes from a bug in the backward pass. Which one? Answer \
         a, b, c or d.",
    ));
    let mut solution = vec![Line::text(
        "Compare relative errors |a − n|/max(|a|, |n|), not absolute differences: gradients \
         differ in size by orders of magnitude.",
    )];
    for (k, _) in entries.iter().enumerate() {
        solution.push(Line::text(format!("({}): ", LETTERS[k])).m(format!(
            "|a − n| ≈ {}, relative error ≈ {}",
            sig(diffs[k]),
            sig(rels[k])
        )));
    }
    solution.push(
        Line::text(format!(
            "Only ({}) is above 1e-2 (a factor of 2 or a sign is the typical slip); the \
             others pass or are merely suspicious. Answer: ",
            LETTERS[bug]
        ))
        .v(Value::Choice(LETTERS[bug])),
    );
    let hints = vec![
        "Compute each entry's relative error |a − n|/max(|a|, |n|): an absolute difference \
         says little when one gradient is 10⁸ times another."
            .to_string(),
        "By CS231n's rule of thumb a relative error below 1e-7 passes, one up to 1e-2 is \
         suspicious, and one above 1e-2 is almost surely a bug."
            .to_string(),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

/// `1e-5` as the prompt writes a step.
fn step_text(k: i32) -> String {
    format!("1e{k}")
}

fn step(scheme: Scheme) -> Result<Draft, GenError> {
    // The model error with f and its derivatives of order 1 (f = f″ = f‴ = f⁽⁵⁾ = 1).
    let error = |k: i32| step_size::model_error(scheme, 10f64.powi(k), 1.0, 1.0);
    let argmin = |ks: &[i32]| {
        (0..ks.len())
            .min_by(|&i, &j| error(ks[i]).total_cmp(&error(ks[j])))
            .unwrap_or(0)
    };
    let best = argmin(&STEPS);
    let answer = AnswerSpec::with(Value::Choice(LETTERS[best]), Equivalence::Exact);
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "smallest_step",
        Value::Choice(LETTERS[STEPS.len() - 1]),
        "With so small a step f(x + h) and f(x − h) agree in almost all their digits: the \
         rounding error, about ε·|f|/h, swamps the difference. Smaller is not better.",
    )?;
    let (other, other_name) = match scheme {
        Scheme::Forward | Scheme::Backward => (Scheme::Central, "the central difference's ε^(1/3)"),
        _ => (Scheme::Forward, "the forward difference's √ε"),
    };
    let other_best = (0..STEPS.len())
        .min_by(|&i, &j| {
            let e = |k: i32| step_size::model_error(other, 10f64.powi(k), 1.0, 1.0);
            e(STEPS[i]).total_cmp(&e(STEPS[j]))
        })
        .unwrap_or(0);
    mistakes.require(
        "other_scheme_rule",
        Value::Choice(LETTERS[other_best]),
        format!(
            "That is near {other_name}, the best step for another scheme. The best step \
             balances this scheme's truncation error, of order h to the power of its order, \
             against rounding, ε/h."
        ),
    )?;
    let p = scheme.order();
    let mut prompt = vec![Line::text(format!(
        "You estimate f′(x) in float64 (ε ≈ 2.2e-16) with the {} {}, whose truncation error is \
         of order h{}. Say f and its derivatives are of order 1 near x. Which step gives the \
         smallest total error?",
        scheme.name(),
        scheme.formula(),
        crate::exercises::common::superscript(p)
    ))];
    prompt.push(Line::text(
        STEPS
            .iter()
            .enumerate()
            .map(|(i, &k)| format!("({}) h = {}", LETTERS[i], step_text(k)))
            .collect::<Vec<_>>()
            .join("   "),
    ));
    prompt.push(Line::text("Answer a, b, c or d."));
    let h_star = step_size::rule_of_thumb(scheme, 1.0);
    let root = match p {
        1 => "√ε".to_string(),
        2 => "ε^(1/3)".to_string(),
        _ => "ε^(1/5)".to_string(),
    };
    let mut solution = vec![
        Line::text("Truncation error falls like ")
            .m(format!("h{}", crate::exercises::common::superscript(p)))
            .t(" and rounding error grows like ")
            .m("ε/h")
            .t(": the total is least where they balance,"),
        math_line(&format!(
            "h{} ≈ ε ⇒ h ≈ {root} ≈ {}",
            crate::exercises::common::superscript(p + 1),
            sig(h_star)
        )),
        Line::text("The modelled error at each candidate:"),
    ];
    for (i, &k) in STEPS.iter().enumerate() {
        solution.push(
            Line::text(format!("({}) h = {}: ", LETTERS[i], step_text(k)))
                .m(format!("error ≈ {}", sig(error(k)))),
        );
    }
    solution.push(Line::text("The closest to the balance point: ").v(Value::Choice(LETTERS[best])));
    let hints = vec![
        "Two errors compete: truncation, which falls as h shrinks, and rounding, about ε/h, \
         which grows."
            .to_string(),
        format!(
            "They balance where h to the power {} is about ε: h ≈ {root}.",
            p + 1
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

impl Exercise for GradientCheck {
    fn id(&self) -> &'static str {
        "ml.gradient_check"
    }
    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::{Seen, answer_f64, soundness_with};

    /// Level 1 against the relative error computed here from the printed numbers; level 2's
    /// table has exactly one entry above 1e-2, the decoy the largest absolute difference and the
    /// suspicious entry between 1e-7 and 1e-2; level 3's letter is the step nearest to
    /// ε^(1/(p+1)) on a log scale.
    #[test]
    fn checks_read_the_printed_numbers_and_steps_balance_the_errors() {
        let mut seen = Seen::default();
        let letter = |d: &Draft| match d.answer.expected {
            Value::Choice(c) => LETTERS.iter().position(|&l| l == c).unwrap(),
            _ => panic!("not a letter"),
        };
        soundness_with(
            &GradientCheck,
            &[1, 2, 3],
            draw,
            |_, p| build(p),
            |level, p, d, case| {
                let text = format!("{:?}", d.prompt);
                match p {
                    Params::One(e) => {
                        let (a, n) = (e.analytic, e.numerical);
                        assert!(text.contains(&show(a)) && text.contains(&show(n)), "{case}");
                        let want = (a - n).abs() / a.abs().max(n.abs());
                        assert!((answer_f64(d) / want - 1.0).abs() < 1e-11, "{case}");
                    }
                    Params::Table { entries, bug, .. } => {
                        let rels: Vec<f64> = entries
                            .iter()
                            .map(|e| {
                                // Read back from the printed text: the prompt is the data.
                                assert!(text.contains(&show(e.numerical)), "{case}");
                                (e.analytic - e.numerical).abs()
                                    / e.analytic.abs().max(e.numerical.abs())
                            })
                            .collect();
                        let bugs: Vec<usize> = (0..4).filter(|&i| rels[i] > 1e-2).collect();
                        assert_eq!(bugs, vec![*bug], "{case}: {rels:?}");
                        assert_eq!(letter(d), *bug, "{case}");
                        let suspicious = rels.iter().filter(|&&r| r > 1e-7 && r < 1e-2).count();
                        assert_eq!(suspicious, 1, "{case}: {rels:?}");
                    }
                    Params::Step(s) => {
                        assert_eq!(level, 3);
                        let target = f64::EPSILON.powf(1.0 / (s.order() as f64 + 1.0)).log10();
                        let nearest = (0..STEPS.len())
                            .min_by(|&i, &j| {
                                (STEPS[i] as f64 - target)
                                    .abs()
                                    .total_cmp(&(STEPS[j] as f64 - target).abs())
                            })
                            .unwrap();
                        assert_eq!(letter(d), nearest, "{case}");
                    }
                }
                seen.note(d);
            },
        );
        seen.assert_all(&[
            "absolute_difference",
            "sum_denominator",
            "largest_absolute",
            "suspicious_not_bug",
            "smallest_step",
            "other_scheme_rule",
        ]);
    }
}
