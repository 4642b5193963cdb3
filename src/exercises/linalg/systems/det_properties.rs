//! `la.det_properties`: determinants of products, powers, transposes, inverses and multiples
//! from `det A` (and `det B`) alone. For `n × n` matrices:
//! `det(kM) = kⁿ·det M`, `det(MN) = det M·det N`, `det(Mᵀ) = det M`, `det(M⁻¹) = 1/det M`,
//! `det(Mᵖ) = (det M)ᵖ`.
//!
//! Level 1 (`n` = 2 or 3): one rule, `det(A⁻¹)`, `det(Aᵀ)` or `det(kA)` (3×3).
//! Level 2 (`n` = 2 or 3): two rules, `det(kAB)`, `det(A²B)`, `det(kA⁻¹)`, `det(AᵀB⁻¹)`.
//! Level 3 (`n` = 3 or 4): three rules, `det(kAᵀB⁻¹)`, `det(kA⁻¹B²)`, `det(kA²Bᵀ)`, `det(kA⁻²B)`.
//! `det A`, `det B ∈ ±2..±5` (±4 at level 3) with `|det A| ≠ |det B|`; `k ∈ {±2, ±3}` (`±2`
//! when n = 4). The answer is exact (a fraction when an inverse is involved).

use super::super::common::{Mistakes, chain, factor, math_line, num, product};
use super::super::text::exponent;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::math::Scalar;

pub struct DetProperties;

/// One matrix of the product: `A`, `Aᵀ`, `A²`, `A⁻¹`, `A⁻²`.
#[derive(Clone, Copy, Debug)]
struct Factor {
    name: char,
    pow: i64,
    transposed: bool,
}

/// `det(k·F₁·F₂)` for `n × n` matrices; `k = 1` means no scalar.
#[derive(Clone, Debug)]
struct Question {
    n: i64,
    k: i64,
    factors: Vec<Factor>,
}

/// A broken rule: each named mistake is the value with one rule applied wrongly.
#[derive(Clone, Copy, Default)]
struct Slip {
    k_once: bool,
    k_squared: bool,
    transpose_negates: bool,
    transpose_inverts: bool,
    inverse_ignored: bool,
    inverse_negates: bool,
    power_times: bool,
    summed: bool,
}

impl Factor {
    fn text(self) -> String {
        format!(
            "{}{}{}",
            self.name,
            if self.transposed { "ᵀ" } else { "" },
            exponent(self.pow)
        )
    }
    /// `det` of this factor from `x = det` of its matrix, with `slip` applied.
    fn det(self, x: Scalar, slip: Slip) -> Option<Scalar> {
        let mut v = x;
        if self.transposed {
            if slip.transpose_negates {
                v = -v;
            } else if slip.transpose_inverts {
                v = v.recip()?;
            }
        }
        match self.pow {
            2 if slip.power_times => Some(Scalar::int(2) * v),
            p if p < 0 && slip.inverse_ignored => v.powi(-p),
            -1 if slip.inverse_negates => Some(-v),
            p => v.powi(p),
        }
    }
}

impl Question {
    fn text(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if self.k != 1 {
            parts.push(num(Scalar::int(self.k)));
        }
        parts.extend(self.factors.iter().map(|f| f.text()));
        format!("det({})", parts.join("·"))
    }
    fn has(&self, p: impl Fn(&Factor) -> bool) -> bool {
        self.factors.iter().any(p)
    }
    /// The value with `slip` applied; `dets` are `det A`, `det B`.
    fn value(&self, dets: [Scalar; 2], slip: Slip) -> Option<Scalar> {
        let k = Scalar::int(self.k);
        let kpart = if self.k == 1 {
            Scalar::ONE
        } else if slip.k_once {
            k
        } else if slip.k_squared {
            k * k
        } else {
            k.powi(self.n)?
        };
        let parts: Vec<Scalar> = self
            .factors
            .iter()
            .map(|f| f.det(dets[usize::from(f.name == 'B')], slip))
            .collect::<Option<_>>()?;
        let combined = if slip.summed {
            parts.iter().fold(Scalar::ZERO, |s, &x| s + x)
        } else {
            parts.iter().fold(Scalar::ONE, |s, &x| s * x)
        };
        Some(kpart * combined)
    }
}

fn f(name: char, pow: i64, transposed: bool) -> Factor {
    Factor {
        name,
        pow,
        transposed,
    }
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<(Question, [Scalar; 2]), GenError> {
    let (a, b) = (f('A', 1, false), f('B', 1, false));
    let (n, template): (i64, Vec<Factor>) = match level {
        1 => {
            let t = rng.index(3);
            let n = if t == 2 { 3 } else { 2 + rng.index(2) as i64 };
            (
                n,
                [vec![f('A', -1, false)], vec![f('A', 1, true)], vec![a]][t].clone(),
            )
        }
        2 => (
            2 + rng.index(2) as i64,
            [
                vec![a, b],
                vec![f('A', 2, false), b],
                vec![f('A', -1, false)],
                vec![f('A', 1, true), f('B', -1, false)],
            ][rng.index(4)]
            .clone(),
        ),
        3 => (
            3 + rng.index(2) as i64,
            [
                vec![f('A', 1, true), f('B', -1, false)],
                vec![f('A', -1, false), f('B', 2, false)],
                vec![f('A', 2, false), f('B', 1, true)],
                vec![f('A', -2, false), b],
            ][rng.index(4)]
            .clone(),
        ),
        l => return Err(GenError::Level(l)),
    };
    // Which templates take a scalar: level 1's third, level 2's first and third, all of level 3.
    let scaled = match level {
        1 => template.len() == 1 && template[0].pow == 1 && !template[0].transposed,
        2 => {
            (template.len() == 2 && template[0].pow == 1 && !template[0].transposed)
                || template.len() == 1
        }
        _ => true,
    };
    let k = if !scaled {
        1
    } else if n == 4 {
        2 * rng.sign()
    } else {
        rng.sign() * rng.int(2, 3)
    };
    let max = if level == 3 { 4 } else { 5 };
    let da = rng.sign() * rng.int(2, max);
    let db = rng.sign() * rng.int(2, max);
    if da.abs() == db.abs() {
        return Err(GenError::Redraw("|det A| = |det B|"));
    }
    Ok((
        Question {
            n,
            k,
            factors: template,
        },
        [Scalar::int(da), Scalar::int(db)],
    ))
}

impl Exercise for DetProperties {
    fn id(&self) -> &'static str {
        "la.det_properties"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        let (q, dets) = draw(level, rng)?;
        let uses_b = q.has(|f| f.name == 'B');
        let value = q
            .value(dets, Slip::default())
            .ok_or(GenError::Redraw("no value"))?;
        let answer = AnswerSpec::scalar(value);
        let expr = q.text();
        let n = q.n;
        let k = Scalar::int(q.k);
        let mut mistakes = Mistakes::new(&answer.expected);
        let mut add = |name: &'static str, slip: Slip, message: String| {
            if let Some(v) = q.value(dets, slip) {
                mistakes.optional(name, v, message);
            }
        };
        if q.k != 1 {
            let kn = k.powi(n).unwrap_or(k);
            add(
                "k_not_powered",
                Slip {
                    k_once: true,
                    ..Slip::default()
                },
                format!(
                    "The factor {} was taken out once. Multiplying a {n}×{n} matrix by {} \
                     multiplies each of its {n} rows by {}, so det(kM) = kⁿ·det M: here \
                     {}{} = {}.",
                    num(k),
                    num(k),
                    num(k),
                    factor(k),
                    exponent(n),
                    num(kn)
                ),
            );
            if n >= 3 {
                add(
                    "k_squared",
                    Slip {
                        k_squared: true,
                        ..Slip::default()
                    },
                    format!(
                        "The power of k is the size of the matrix, n = {n}, not 2 (that is the \
                         2×2 case): {}{} = {}.",
                        factor(k),
                        exponent(n),
                        num(kn)
                    ),
                );
            }
        }
        if q.has(|f| f.transposed) {
            add(
                "transpose_negates",
                Slip {
                    transpose_negates: true,
                    ..Slip::default()
                },
                "Transposing does not change the determinant, not even its sign: \
                 det(Mᵀ) = det M."
                    .into(),
            );
            if level == 1 {
                add(
                    "transpose_inverts",
                    Slip {
                        transpose_inverts: true,
                        ..Slip::default()
                    },
                    "That is 1/det A, the determinant of A⁻¹. The transpose keeps the \
                     determinant: det(Aᵀ) = det A."
                        .into(),
                );
            }
        }
        if q.has(|f| f.pow < 0) {
            add(
                "inverse_ignored",
                Slip {
                    inverse_ignored: true,
                    ..Slip::default()
                },
                "The inverse was ignored. From M·M⁻¹ = I, det M·det(M⁻¹) = 1, so \
                 det(M⁻¹) = 1/det M."
                    .into(),
            );
        }
        if q.has(|f| f.pow == -1) {
            add(
                "inverse_negates",
                Slip {
                    inverse_negates: true,
                    ..Slip::default()
                },
                "The inverse gives the reciprocal, not the negative: det(M⁻¹) = 1/det M.".into(),
            );
        }
        if q.has(|f| f.pow == 2) {
            add(
                "power_times",
                Slip {
                    power_times: true,
                    ..Slip::default()
                },
                "det(M²) = det(M·M) = det M·det M = (det M)², not 2·det M.".into(),
            );
        }
        if q.factors.len() == 2 {
            add(
                "sum_of_dets",
                Slip {
                    summed: true,
                    ..Slip::default()
                },
                "Determinants of a product multiply, they do not add: det(MN) = det M·det N."
                    .into(),
            );
        }
        if q.k != 1 && q.factors.len() == 1 && q.factors[0].pow == -1 {
            let whole = (k.powi(n).unwrap_or(k) * dets[0])
                .recip()
                .unwrap_or(Scalar::ZERO);
            mistakes.optional(
                "inverse_of_k",
                whole,
                format!(
                    "That is det(({}A)⁻¹) = 1/({}{}·det A): the inverse was applied to {} too. \
                     Only A is inverted: det({}·A⁻¹) = {}{}/det A.",
                    num(k),
                    factor(k),
                    exponent(n),
                    num(k),
                    num(k),
                    factor(k),
                    exponent(n)
                ),
            );
        }

        let size = format!("{n}×{n}");
        let givens = if uses_b {
            format!(
                "A and B are {size} matrices with det A = {} and det B = {}.",
                num(dets[0]),
                num(dets[1])
            )
        } else {
            format!("A is a {size} matrix with det A = {}.", num(dets[0]))
        };
        let prompt = vec![
            Line::math(givens),
            Line::math(format!("Find {expr}.")),
            Line::text("Give the exact value; a fraction such as -3/4 is fine."),
        ];

        // Rules used, then the chain of substitutions.
        let mut rules = Vec::new();
        if q.k != 1 {
            rules.push(format!("det(kM) = kⁿ·det M (n = {n})"));
        }
        if q.factors.len() == 2 {
            rules.push("det(MN) = det M·det N".to_string());
        }
        if q.has(|f| f.transposed) {
            rules.push("det(Mᵀ) = det M".to_string());
        }
        if q.has(|f| f.pow < 0) {
            rules.push("det(M⁻¹) = 1/det M".to_string());
        }
        if q.has(|f| f.pow.abs() == 2) {
            rules.push("det(M²) = (det M)²".to_string());
        }
        let mut symbolic: Vec<String> = Vec::new();
        let mut powers: Vec<String> = Vec::new();
        let mut values: Vec<Scalar> = Vec::new();
        if q.k != 1 {
            symbolic.push(format!("{}{}", factor(k), exponent(n)));
            powers.push(format!("{}{}", factor(k), exponent(n)));
            values.push(k.powi(n).unwrap_or(k));
        }
        let mut each = Vec::new();
        let mut rule_texts: Vec<String> = Vec::new();
        for fac in &q.factors {
            let d = dets[usize::from(fac.name == 'B')];
            let v = fac.det(d, Slip::default()).unwrap_or(d);
            symbolic.push(if fac.pow == 1 && !fac.transposed {
                format!("det {}", fac.name)
            } else {
                format!("det({})", fac.text())
            });
            let dm = format!("det {}", fac.name);
            let (rule, power) = match (fac.pow, fac.transposed) {
                (1, _) => (dm.clone(), factor(d)),
                (2, _) => (format!("({dm})²"), format!("{}²", factor(d))),
                (-1, _) => (format!("1/{dm}"), format!("(1/{})", factor(d))),
                _ => (format!("1/({dm})²"), format!("(1/{}²)", factor(d))),
            };
            if fac.pow != 1 || fac.transposed {
                each.push(format!("det({}) = {rule} = {}", fac.text(), num(v)));
                rule_texts.push(rule.clone());
            }
            powers.push(power);
            values.push(v);
        }
        let mut rules_line = Line::text("Rules: ");
        rules_line
            .0
            .extend(math_line(&format!("{}.", rules.join(";  "))).0);
        let mut solution = vec![rules_line];
        if !each.is_empty() {
            solution.push(math_line(&each.join(",   ")));
        }
        // A question of one rule and no scalar is done in the line above.
        let composite = q.k != 1 || q.factors.len() > 1;
        if composite || each.is_empty() {
            solution.push(math_line(&chain(
                &expr,
                &[
                    symbolic.join("·"),
                    powers.join("·"),
                    product(&values),
                    num(value),
                ],
            )));
        }
        let hints = if composite {
            vec![
                format!("Split it up: {expr} = {}.", symbolic.join("·")),
                format!(
                    "Substitute the given determinants: {expr} = {}.",
                    powers.join("·")
                ),
            ]
        } else {
            vec![format!("Apply the rule: {expr} = {}.", rule_texts.join(""))]
        };
        Ok(Draft {
            prompt,
            answer,
            solution,
            hints,
            mistakes: mistakes.finish()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::common::testing::{draw, soundness};
    use super::*;
    use crate::engine::{Draft, Piece};

    /// Independent check: build matrices with the given determinants (diagonal ones, and a
    /// non-diagonal B) and evaluate the expression with nalgebra.
    fn by_matrices(q: &Question, dets: [Scalar; 2]) -> f64 {
        let n = q.n as usize;
        let mk = |d: f64, twist: bool| {
            let mut m = nalgebra::DMatrix::<f64>::identity(n, n);
            m[(0, 0)] = d;
            if twist {
                // entries above the diagonal keep the determinant and break the symmetry
                m[(0, 1)] = 3.0;
                m[(0, n - 1)] += 2.0;
            }
            m
        };
        let (ma, mb) = (mk(dets[0].to_f64(), true), mk(dets[1].to_f64(), false));
        let mut p = nalgebra::DMatrix::<f64>::identity(n, n) * q.k as f64;
        for fac in &q.factors {
            let base = if fac.name == 'A' {
                ma.clone()
            } else {
                mb.clone()
            };
            let base = if fac.transposed {
                base.transpose()
            } else {
                base
            };
            let base = if fac.pow < 0 {
                base.try_inverse().unwrap()
            } else {
                base
            };
            for _ in 0..fac.pow.abs() {
                p *= &base;
            }
        }
        p.determinant()
    }

    /// The expression asked for: `det(Aᵀ)` from the prompt's `Find det(Aᵀ).`
    fn q_text(d: &Draft) -> String {
        d.prompt
            .iter()
            .flat_map(|l| &l.0)
            .find_map(|p| match p {
                Piece::Math(s) if s.starts_with("Find ") => {
                    Some(s["Find ".len()..s.len() - 1].to_string())
                }
                _ => None,
            })
            .unwrap()
    }

    #[test]
    fn one_rule_is_one_line() {
        // Level 1 seed 1 asks for det(Aᵀ): the solution applies the rule once, and no line
        // says det(Aᵀ) = det(Aᵀ).
        let (d, _) = draw(&DetProperties, 1, 1);
        assert_eq!(q_text(&d), "det(Aᵀ)");
        let lines: Vec<String> = d
            .solution
            .iter()
            .map(|l| {
                l.0.iter()
                    .map(|p| match p {
                        Piece::Math(s) | Piece::Text(s) => s.clone(),
                        Piece::Value(_) => String::new(),
                    })
                    .collect()
            })
            .collect();
        assert_eq!(lines, ["Rules: det(Mᵀ) = det M.", "det(Aᵀ) = det A = −3"]);
        assert_eq!(d.hints, ["Apply the rule: det(Aᵀ) = det A."]);
    }

    #[test]
    fn values_agree_with_matrices() {
        soundness(&DetProperties, &[1, 2, 3], |level, d, ctx| {
            let v = d.answer.expected.as_scalar().unwrap();
            assert!(v.is_exact() && !v.is_zero(), "{ctx}");
            assert!(v.to_f64().abs() <= 5000.0, "{ctx}");
            let rules_line: String = d.solution[0]
                .0
                .iter()
                .filter_map(|p| match p {
                    Piece::Math(s) => Some(s.as_str()),
                    _ => None,
                })
                .collect();
            let rules = rules_line.matches(';').count() + 1;
            assert!(rules >= level as usize, "{ctx}: {rules} rules");
            // No line of the solution states the question's own left side twice, and the last
            // hint is this problem's last step: the rule applied, or the given numbers in.
            let lhs = &q_text(d);
            for line in &d.solution {
                let text: String = line
                    .0
                    .iter()
                    .filter_map(|p| match p {
                        Piece::Math(s) => Some(s.as_str()),
                        _ => None,
                    })
                    .collect();
                assert!(!text.contains(&format!("{lhs} = {lhs}")), "{ctx}: {text}");
            }
            let last = d.hints.last().unwrap();
            assert!(
                last.starts_with("Apply the rule") || last.starts_with("Substitute"),
                "{ctx}"
            );
            assert!(!last.contains(&format!("{lhs} = {lhs}")), "{ctx}: {last}");
        });
        // Recompute every level's questions with real matrices.
        for level in 1..=3u8 {
            for seed in 0..200 {
                let mut rng = DrillRng::for_exercise("la.det_properties", level, seed);
                let Ok((q, dets)) = super::draw(level, &mut rng) else {
                    continue;
                };
                let v = q.value(dets, Slip::default()).unwrap().to_f64();
                let reference = by_matrices(&q, dets);
                assert!(
                    (v - reference).abs() <= 1e-9 * reference.abs().max(1.0),
                    "{q:?}: {v} vs {reference}"
                );
            }
        }
        let (d, _) = draw(&DetProperties, 3, 1);
        assert!(d.mistakes.len() >= 3);
    }
}
