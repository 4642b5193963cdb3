//! `prob.lln_closer`: two averages of the same population, of `n₁ < n₂` draws: how many times
//! larger the smaller sample's typical error is (`√(n₂/n₁)`), and (level 3) how likely the
//! larger sample's average is to lie within a band around `μ`.
//!
//! The typical error (standard error) of an average of `n` independent draws is `σ/√n`: the law
//! of large numbers says the average settles at `μ`, and the error shrinks with `√n`, not `n`.
//!
//! Level 1: `n₂ = k²·n₁` (k from 2 to 5), the formula `σ/√n` given; the ratio is the whole
//! number k. Level 2: `n₂/n₁` is not a square (2, 3, 5, 6, 3/2, 5/2, …), the formula not given;
//! the ratio is a square root, exact form `sqrt(p/q)`. Level 3: `n₂ = 4n₁` a square, σ and the
//! band e chosen so that `z = e·√n₂/σ` is one of 1, 1.5, 2, 2.5, 3 (and M₁'s is half of it, on
//! the z table too); the answer `P(|M₂ − μ| ≤ e) = 2Φ(z) − 1` is asked to 4 decimals and is at
//! least 0.68, so a 4-decimal table value is accepted and a 1% move is not. The answer is that
//! probability rounded to 4 decimals, as asked.
//!
//! Named mistakes: the ratio `n₂/n₁` (the root forgotten), the ratio upside down; at level 3
//! the root of n forgotten in the standard error, one tail only (`Φ(z)`), and the other
//! sample's probability.

use super::common::readable;
use crate::engine::{AnswerSpec, Draft, DrillRng, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, normal_cdf, num, plural_noun};
use crate::math::Scalar;

pub struct LlnCloser;

/// The band of level 3: the population's σ and the half-width e, both exact.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub sigma: Scalar,
    pub e: Scalar,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    pub n1: i64,
    pub n2: i64,
    pub band: Option<Band>,
}

/// Ratios `n₂/n₁ = p/q` that are not squares, for level 2.
const RATIOS: [(i64, i64); 8] = [
    (2, 1),
    (3, 1),
    (5, 1),
    (6, 1),
    (8, 1),
    (3, 2),
    (5, 2),
    (8, 3),
];

fn draw(level: u8, rng: &mut DrillRng) -> Result<Drawn, GenError> {
    Ok(match level {
        1 => {
            let n1 = rng.int(4, 40);
            let k = rng.int(2, 5);
            Drawn {
                n1,
                n2: n1 * k * k,
                band: None,
            }
        }
        2 => {
            let (p, q) = *rng.pick(&RATIOS);
            let j = rng.int(4, 20);
            Drawn {
                n1: q * j,
                n2: p * j,
                band: None,
            }
        }
        3 => {
            let m = *rng.pick(&[4, 6, 8, 10, 12, 20]);
            // z = e·m/σ with σ = m·j/2 and e = z·j/2.
            let z2 = *rng.pick(&[2, 3, 4, 5, 6]); // twice z
            let j = rng.int(1, 4);
            Drawn {
                n1: m * m / 4,
                n2: m * m,
                band: Some(Band {
                    sigma: Scalar::frac(m * j, 2),
                    e: Scalar::frac(z2 * j, 4),
                }),
            }
        }
        l => return Err(GenError::Level(l)),
    })
}

/// `√4`, `√(5/2)`: a square root as the solution writes it.
fn root(x: Scalar) -> String {
    let s = num(x);
    if s.contains('/') {
        format!("√({s})")
    } else {
        format!("√{s}")
    }
}

fn ratio(d: &Drawn, level: u8) -> Result<Draft, GenError> {
    let r = Scalar::frac(d.n2, d.n1);
    let answer_value = r.sqrt();
    let answer = if answer_value.is_exact() {
        AnswerSpec::scalar(answer_value)
    } else {
        AnswerSpec::scalar(answer_value).exact_as(format!("sqrt({r})"))
    };
    let mut mistakes = Mistakes::new(&answer.expected);
    mistakes.require(
        "no_square_root",
        r,
        "That is the ratio of the sample sizes. The typical error σ/√n shrinks with the square \
         root of n, so the errors are in the ratio √(n₂/n₁).",
    )?;
    mistakes.require(
        "inverted",
        Scalar::ONE
            .checked_div(answer_value)
            .unwrap_or(Scalar::ZERO),
        "That is M₂'s error relative to M₁'s. M₁ averages fewer draws, so its typical error is \
         the larger one: the ratio is more than 1.",
    )?;
    let (n1, n2) = (d.n1, d.n2);
    let mut prompt = vec![Line::text(format!(
        "Two samples are drawn from the same population: M₁ is the average of n₁ = {n1} draws, \
         M₂ the average of n₂ = {n2} draws. Both estimate the population mean μ."
    ))];
    if level == 1 {
        prompt.push(
            Line::text("The typical error (standard error) of an average of n draws is ")
                .m("σ/√n")
                .t(", where σ is the population's standard deviation."),
        );
    }
    prompt.push(Line::text(
        "M₂ is likely closer to μ. How many times larger is the typical error of M₁ than that \
         of M₂?",
    ));
    let steps = vec![
        format!("(σ/√{n1})/(σ/√{n2})"),
        format!("√{n2}/√{n1}"),
        root(r),
        num(answer_value),
    ];
    let solution = vec![
        Line::text("The typical error of an average of n draws is ")
            .m("σ/√n")
            .t(". σ cancels in the ratio:"),
        math_line(&chain("SE(M₁)/SE(M₂)", &steps)),
        Line::text(format!(
            "{n2} draws are {} times as many as {n1} draws, but the error is only {} times \
             smaller: it shrinks with the square root of n.",
            num(readable(r)),
            num(answer_value)
        )),
    ];
    let hints = vec![
        "The typical error of an average of n draws is σ/√n: write it for both samples and \
         divide."
            .to_string(),
        format!("SE(M₁)/SE(M₂) = (σ/√{n1})/(σ/√{n2}) = {}.", root(r)),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

/// `P(|Z| ≤ z) = 2Φ(z) − 1`.
fn within(z: f64) -> f64 {
    2.0 * normal_cdf(z) - 1.0
}

fn band(d: &Drawn, b: Band) -> Result<Draft, GenError> {
    let (n1, n2) = (d.n1, d.n2);
    let se = |n: i64| {
        let root = Scalar::int(n).sqrt();
        (root, b.sigma.checked_div(root).unwrap_or(Scalar::ZERO))
    };
    let (root2, se2) = se(n2);
    let (_, se1) = se(n1);
    let z2 = b.e.checked_div(se2).unwrap_or(Scalar::ZERO);
    let z1 = b.e.checked_div(se1).unwrap_or(Scalar::ZERO);
    // Asked to 4 decimal places: the answer is the value so rounded.
    let p = (within(z2.to_f64()) * 1e4).round() / 1e4;
    let answer = AnswerSpec::scalar(Scalar::Real(p));
    let mut mistakes = Mistakes::new(&answer.expected);
    let z_bare = b.e.checked_div(b.sigma).unwrap_or(Scalar::ZERO);
    mistakes.require(
        "forgot_sqrt_n",
        Scalar::Real(within(z_bare.to_f64())),
        "That measures the band in units of σ, the spread of one draw. An average of n draws \
         spreads less: its standard error is σ/√n.",
    )?;
    mistakes.require(
        "one_sided",
        Scalar::Real(normal_cdf(z2.to_f64())),
        "That is the probability of staying below the band's upper edge only. Within the band \
         means between both edges: take off the lower tail too, which is as large as the upper \
         one.",
    )?;
    mistakes.optional(
        "other_sample",
        Scalar::Real(within(z1.to_f64())),
        "That is the probability for M₁, the average of fewer draws. The question is about M₂.",
    );
    let show = |x: Scalar| num(readable(x));
    let (sigma, e) = (show(b.sigma), show(b.e));
    let cdf = normal_cdf(z2.to_f64());
    let z2s = show(z2);
    // `1 standard error`, `1.5 standard errors`.
    let errors = if z2 == Scalar::ONE {
        "standard error".to_string()
    } else {
        plural_noun("standard error")
    };
    let prompt = vec![
        Line::text(format!(
            "A population has mean μ and standard deviation σ = {sigma}. M₁ is the average of \
             n₁ = {n1} draws from it and M₂ the average of n₂ = {n2} draws."
        )),
        Line::text(format!(
            "M₂ is likely closer to μ. By the normal approximation, what is the probability \
             that M₂ lies within {e} of μ, "
        ))
        .m(format!("P(|M₂ − μ| ≤ {e})"))
        .t("? Give 4 decimal places (a z table or normcdf)."),
    ];
    let solution = vec![
        Line::text("The standard error of M₂ is ")
            .m(chain(
                "σ/√(n₂)",
                &[
                    format!("{sigma}/√{n2}"),
                    format!("{sigma}/{}", num(root2)),
                    show(se2),
                ],
            ))
            .t(","),
        Line::text(format!("so {e} is "))
            .m(chain("z", &[format!("{e}/{}", show(se2)), z2s.clone()]))
            .t(format!(" {errors}:")),
        math_line(&chain(
            &format!("P(|M₂ − μ| ≤ {e})"),
            &[
                format!("P(|Z| ≤ {z2s})"),
                format!("2·normcdf({z2s}) − 1"),
                format!("2·{} − 1", num(Scalar::Real(cdf))),
                num(answer.expected.as_scalar().unwrap_or(Scalar::ZERO)),
            ],
        )),
        Line::text(format!(
            "(With the z table, the row {} gives {:.4}.) For comparison, M₁ has standard error \
             {sigma}/√{n1} = {}, so ",
            format_z(z2.to_f64()),
            cdf,
            show(se1)
        ))
        .m(format!(
            "P(|M₁ − μ| ≤ {e}) = 2·normcdf({}) − 1 = {}",
            show(z1),
            num(Scalar::Real(within(z1.to_f64())))
        ))
        .t(": the larger sample's average is more likely to be close."),
    ];
    let hints = vec![
        "The standard error of an average of n draws is σ/√n: find M₂'s, then how many of them \
         fit in the band."
            .to_string(),
        format!(
            "SE(M₂) = {sigma}/√{n2} = {}, so the band is z = {e}/{} = {z2s} {errors} wide on \
             each side.",
            show(se2),
            show(se2)
        ),
        format!("P(|M₂ − μ| ≤ {e}) = P(|Z| ≤ {z2s}) = 2·normcdf({z2s}) − 1."),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

/// A z value as a table row writes it: `2.00`, `1.50`.
fn format_z(z: f64) -> String {
    format!("{z:.2}")
}

fn build(d: &Drawn, level: u8) -> Result<Draft, GenError> {
    match d.band {
        Some(b) => band(d, b),
        None => ratio(d, level),
    }
}

impl Exercise for LlnCloser {
    fn id(&self) -> &'static str {
        "prob.lln_closer"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?, level)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Piece;
    use crate::exercises::common::testing::Seen;
    use crate::exercises::common::testing::soundness;
    use crate::exercises::common::testing::{near, replay};

    /// The text of lines, their pieces side by side.
    fn plain(lines: &[Line]) -> String {
        let piece = |p: &Piece| match p {
            Piece::Text(s) | Piece::Math(s) => s.clone(),
            Piece::Value(v) => v.to_text(),
        };
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.0.iter().map(piece).collect())
            .collect();
        text.join("\n")
    }

    #[test]
    fn ratios_and_bands_match_references_and_mistakes_appear() {
        let mut names = Seen::default();
        soundness(&LlnCloser, &[1, 2, 3], |level, draft, ctx| {
            let (d, again) = replay(LlnCloser.id(), level, ctx.seed, draw, |level, p| {
                build(p, level)
            });
            assert_eq!(&again, draft, "{ctx}");
            let got = draft.answer.expected.as_scalar().unwrap().to_f64();
            assert!(d.n1 < d.n2 && d.n1 >= 4 && d.n2 <= 1000, "{ctx}");
            match d.band {
                None => {
                    // The ratio of the two standard errors with σ = 1, in f64.
                    let want = (1.0 / (d.n1 as f64).sqrt()) / (1.0 / (d.n2 as f64).sqrt());
                    assert!(near(got, want), "{ctx}: {got} vs {want}");
                    let whole = (want.round() - want).abs() < 1e-12;
                    assert_eq!(whole, level == 1, "{ctx}: whole only at level 1");
                    let last = draft.hints.last().unwrap();
                    let step = format!("(σ/√{})/(σ/√{}) = √", d.n1, d.n2);
                    assert!(last.contains(&step), "{ctx}: {last}");
                    // Counts of draws compare draws with draws.
                    let text = plain(&draft.solution);
                    let as_many = format!("times as many as {} draws", d.n1);
                    assert!(text.contains(&as_many), "{ctx}: {text}");
                }
                Some(b) => {
                    // P(|Z| ≤ z) = erf(z/√2), from statrs: not the generator's 2Φ(z) − 1.
                    let se = b.sigma.to_f64() / (d.n2 as f64).sqrt();
                    let z = b.e.to_f64() / se;
                    let want = statrs::function::erf::erf(z / 2f64.sqrt());
                    // Asked to 4 decimal places.
                    assert!((got - want).abs() <= 5e-5 + 1e-12, "{ctx}: {got} vs {want}");
                    assert_eq!(got, (got * 1e4).round() / 1e4, "{ctx}");
                    assert!(
                        [1.0, 1.5, 2.0, 2.5, 3.0]
                            .iter()
                            .any(|&t| (z - t).abs() < 1e-12),
                        "{ctx}: z = {z}"
                    );
                    assert_eq!(d.n2, 4 * d.n1, "{ctx}");
                    // A 4-decimal table value of Φ is accepted; a 1% move is not.
                    let table =
                        2.0 * ((crate::exercises::common::normal_cdf(z) * 1e4).round() / 1e4) - 1.0;
                    assert!((table - got).abs() <= 5e-4 * got, "{ctx}: table {table}");
                    // `1 standard error`, `2 standard errors`.
                    let text = format!("{} {}", plain(&draft.solution), draft.hints.join(" "));
                    let singular = text.contains("= 1 standard error ")
                        || text.contains("= 1 standard error:");
                    assert_eq!(singular, z == 1.0, "{ctx}: {text}");
                    assert!(!text.contains("= 1 standard errors"), "{ctx}: {text}");
                    let last = draft.hints.last().unwrap();
                    assert!(
                        last.ends_with(&format!("2·normcdf({}) − 1.", num(Scalar::Real(z)))),
                        "{ctx}: {last}"
                    );
                }
            }
            names.note(draft);
        });
        names.assert_all(&[
            "no_square_root",
            "inverted",
            "forgot_sqrt_n",
            "one_sided",
            "other_sample",
        ]);
    }
}
