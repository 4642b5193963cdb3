//! `prob.expected_value_game`: the expected net gain of a game of chance, its fair price, and
//! whether it is worth playing.
//!
//! The prize `X` of one game has `E[X] = Σ x·P(X = x)` over the equally likely cases (faces of
//! a die, tickets of a raffle, the 36 rolls of two dice); the stake is paid in every game, so
//! the net gain has mean `E[X] − stake`, and the fair price is `E[X]`.
//!
//! Level 1: one die, two prize tiers, prizes chosen so `E[X]` is a whole number; the expected
//! net gain. Level 2: a raffle of 100 to 1000 tickets with three prize tiers; the expected net
//! gain, a decimal of at most three places. Level 3: two dice with prizes for two or three sums (chosen so
//! `E[X]` is whole): the fair price, or (half the time) whether the game is worth playing at a
//! given price (yes or no).
//!
//! Named mistakes: the prizes averaged without their probabilities, the stake forgotten, the
//! stake charged only in games that win nothing, and (two dice) the eleven sums taken as
//! equally likely.

use super::common::{Pmf, readable, weighted_sum_steps};
use crate::engine::{AnswerSpec, Draft, DrillRng, Equivalence, Exercise, GenError, Line};
use crate::exercises::common::{Mistakes, chain, math_line, num};
use crate::expr::Value;
use crate::math::Scalar;

pub struct ExpectedValueGame;

/// The chance device.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Device {
    Die,
    Raffle,
    TwoDice,
}

/// What is asked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ask {
    /// The expected net gain when a game costs this stake.
    Net(i64),
    /// The fair price.
    FairPrice,
    /// Whether the game is worth playing at this price.
    Worth(i64),
}

/// A prize tier: the cases that win it (faces of the die or sums of two dice; empty for a
/// raffle), how many of the equally likely cases they are, and the prize.
#[derive(Clone, Debug, PartialEq)]
pub struct Tier {
    pub cases: Vec<i64>,
    pub count: i64,
    pub prize: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    pub device: Device,
    pub tiers: Vec<Tier>,
    /// The number of equally likely cases: 6, the tickets, or 36.
    pub total: i64,
    pub ask: Ask,
}

/// The number of ways two dice make `sum`.
fn ways(sum: i64) -> i64 {
    6 - (sum - 7).abs()
}

fn draw_die(rng: &mut DrillRng) -> Drawn {
    let mut faces: Vec<i64> = (1..=6).collect();
    rng.shuffle(&mut faces);
    let sizes = *rng.pick(&[(1, 1), (1, 2), (2, 1), (1, 3), (2, 2)]);
    let mut tiers = Vec::new();
    let mut used = 0;
    for size in [sizes.0, sizes.1] {
        let mut cases = faces[used..used + size].to_vec();
        cases.sort_unstable();
        used += size;
        // A multiple of 6/size, so that the tier adds a whole number to E[X].
        let prize = (6 / size as i64) * rng.int(1, if size == 1 { 5 } else { 4 });
        tiers.push(Tier {
            cases,
            count: size as i64,
            prize,
        });
    }
    tiers.sort_by_key(|t| -t.prize);
    let stake = rng.int(1, 8);
    Drawn {
        device: Device::Die,
        tiers,
        total: 6,
        ask: Ask::Net(stake),
    }
}

fn draw_raffle(rng: &mut DrillRng) -> Drawn {
    let total = *rng.pick(&[100, 200, 500, 1000]);
    let top = Tier {
        cases: Vec::new(),
        count: 1,
        prize: total / 4 * rng.int(1, 3),
    };
    let middle = Tier {
        cases: Vec::new(),
        count: rng.int(2, 8),
        prize: *rng.pick(&[5, 10, 20]),
    };
    let bottom = Tier {
        cases: Vec::new(),
        count: rng.int(5, 30),
        prize: *rng.pick(&[1, 2]),
    };
    let stake = *rng.pick(&[1, 2, 5]);
    Drawn {
        device: Device::Raffle,
        tiers: vec![top, middle, bottom],
        total,
        ask: Ask::Net(stake),
    }
}

fn draw_two_dice(rng: &mut DrillRng) -> Drawn {
    // Sums whose number of ways divides 36, so a prize of 36/ways times a whole number adds a
    // whole number to E[X].
    let mut sums = vec![2, 3, 4, 5, 7, 9, 10, 11, 12];
    rng.shuffle(&mut sums);
    let k = 2 + rng.index(2);
    let mut tiers: Vec<Tier> = sums[..k]
        .iter()
        .map(|&s| {
            let c = ways(s);
            Tier {
                cases: vec![s],
                count: c,
                prize: 36 / c * rng.int(1, if c == 1 { 2 } else { 3 }),
            }
        })
        .collect();
    tiers.sort_by_key(|t| (-t.prize, t.cases[0]));
    let fair: i64 = tiers.iter().map(|t| t.count * t.prize / 36).sum();
    let ask = if rng.chance(1, 2) {
        Ask::FairPrice
    } else {
        let offset = rng.int(1, 2) * rng.sign();
        Ask::Worth((fair + offset).max(1))
    };
    Drawn {
        device: Device::TwoDice,
        tiers,
        total: 36,
        ask,
    }
}

fn draw(level: u8, rng: &mut DrillRng) -> Result<Drawn, GenError> {
    Ok(match level {
        1 => draw_die(rng),
        2 => draw_raffle(rng),
        3 => draw_two_dice(rng),
        l => return Err(GenError::Level(l)),
    })
}

/// `it shows 6`, `it shows 1, 3 or 5`; `a sum of 12`; `one ticket`, `5 tickets`.
fn tier_cases(device: Device, t: &Tier) -> String {
    match device {
        Device::Die => {
            let faces: Vec<String> = t.cases.iter().map(|f| f.to_string()).collect();
            match faces.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    format!("it shows {} or {last}", rest.join(", "))
                }
                _ => format!("it shows {}", faces.concat()),
            }
        }
        Device::TwoDice => format!("a sum of {}", t.cases[0]),
        Device::Raffle if t.count == 1 => "one ticket".into(),
        Device::Raffle => format!("{} tickets", t.count),
    }
}

/// `12 dollars`, `1 dollar`.
fn dollars(x: i64) -> String {
    if x == 1 {
        "1 dollar".into()
    } else {
        format!("{x} dollars")
    }
}

/// The prize's distribution: the tiers' prizes, then 0 for the cases that win nothing.
fn prize_pmf(d: &Drawn) -> Pmf {
    let winners: i64 = d.tiers.iter().map(|t| t.count).sum();
    let mut xs: Vec<Scalar> = d.tiers.iter().map(|t| Scalar::int(t.prize)).collect();
    let mut ps: Vec<Scalar> = d
        .tiers
        .iter()
        .map(|t| Scalar::frac(t.count, d.total))
        .collect();
    xs.push(Scalar::ZERO);
    ps.push(Scalar::frac(d.total - winners, d.total));
    Pmf {
        xs,
        ps,
        decimal: d.device == Device::Raffle,
    }
}

fn prompt(d: &Drawn) -> Vec<Line> {
    let prizes: Vec<String> = d
        .tiers
        .iter()
        .map(|t| match d.device {
            Device::Raffle => format!(
                "{} {} {}",
                tier_cases(d.device, t),
                if t.count == 1 { "wins" } else { "win" },
                dollars(t.prize)
            ),
            Device::Die => format!("{} if {}", dollars(t.prize), tier_cases(d.device, t)),
            Device::TwoDice => format!("{} for {}", dollars(t.prize), tier_cases(d.device, t)),
        })
        .collect();
    let listed = match prizes.split_last() {
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    let mut lines = match d.device {
        Device::Die => vec![Line::text(format!(
            "You roll a fair six-sided die and win {listed}; any other face wins nothing."
        ))],
        Device::TwoDice => vec![Line::text(format!(
            "You roll two fair dice and win {listed}; any other sum wins nothing."
        ))],
        Device::Raffle => {
            let price = match d.ask {
                Ask::Net(s) => dollars(s),
                _ => String::new(),
            };
            let mut listed = listed;
            if let Some(first) = listed.get(..1) {
                listed.replace_range(..1, &first.to_uppercase());
            }
            vec![Line::text(format!(
                "A raffle sells {} tickets at {price} each. {listed}; the other tickets win \
                 nothing. You buy one ticket.",
                d.total
            ))]
        }
    };
    lines.push(Line::text(if d.device == Device::Raffle {
        "Let X be the prize of your ticket, in dollars."
    } else {
        "Let X be the prize of one game, in dollars."
    }));
    lines.push(match d.ask {
        Ask::Net(s) if d.device == Device::Raffle => Line::text(format!(
            "What is your expected net gain, the prize minus the {} you paid? (A loss is \
             negative.)",
            dollars(s)
        )),
        Ask::Net(s) => Line::text(format!(
            "Each game costs {}, paid whether you win or not. What is your expected net gain \
             per game, the prize minus the stake? (A loss is negative.)",
            dollars(s)
        )),
        Ask::FairPrice => Line::text(
            "What price per game makes the game fair, that is, makes the expected net gain 0?",
        ),
        Ask::Worth(p) => Line::text(format!(
            "A game costs {}. Is it worth playing, that is, is your expected net gain per game \
             positive? Answer yes or no.",
            dollars(p)
        )),
    });
    lines
}

/// The prizes averaged as if equally likely, the "nothing" outcome included.
fn unweighted(d: &Drawn) -> Scalar {
    let sum: i64 = d.tiers.iter().map(|t| t.prize).sum();
    Scalar::frac(sum, d.tiers.len() as i64 + 1)
}

const UNWEIGHTED: &str = "That averages the prizes as if each were equally likely. The big \
    prizes are the rare ones: weight each prize by its probability, E[X] = Σ x·P(X = x).";

fn build(d: &Drawn) -> Result<Draft, GenError> {
    if d.tiers.windows(2).any(|w| w[0].prize == w[1].prize) {
        return Err(GenError::Redraw("two tiers with the same prize"));
    }
    let pmf = prize_pmf(d);
    let mean = pmf.mean();
    let mean_steps = {
        let mut s = vec!["Σ x·P(X = x)".to_string()];
        s.extend(weighted_sum_steps(&pmf, num, |x| x));
        s
    };
    let nothing = d.total - d.tiers.iter().map(|t| t.count).sum::<i64>();
    let probabilities: Vec<String> = d
        .tiers
        .iter()
        .map(|t| (t.prize, t.count))
        .chain([(0, nothing)])
        .map(|(prize, count)| {
            let p = pmf.show(Scalar::frac(count, d.total));
            let counted = format!("{count}/{}", d.total);
            if p == counted {
                format!("P(X = {prize}) = {p}")
            } else {
                format!("P(X = {prize}) = {counted} = {p}")
            }
        })
        .collect();
    let cases = match d.device {
        Device::Die => "Of the 6 equally likely faces",
        Device::Raffle => "Every ticket is equally likely to be yours: of the tickets",
        Device::TwoDice => "Of the 36 equally likely rolls of two dice",
    };
    let mut solution = vec![
        Line::text(format!("{cases}, each prize has these chances:")),
        math_line(&probabilities.join(",   ")),
        Line::text("The expected prize weights each prize by its probability:"),
        math_line(&chain("E[X]", &mean_steps)),
    ];
    let first_hint = match d.device {
        Device::TwoDice => {
            let counts: Vec<String> = d
                .tiers
                .iter()
                .map(|t| format!("a sum of {} in {} of them", t.cases[0], t.count))
                .collect();
            format!(
                "Two dice land in 36 equally likely ways: {}.",
                counts.join(", ")
            )
        }
        _ => "Weight each prize by its probability, the prize 0 included: E[X] = Σ x·P(X = x)."
            .to_string(),
    };
    let mut hints = vec![first_hint];
    let mean_r = readable(mean);
    let (answer, mistakes) = match d.ask {
        Ask::Net(s) => {
            let stake = Scalar::int(s);
            let net = mean - stake;
            let answer = AnswerSpec::scalar(readable(net));
            let mut ms = Mistakes::new(&answer.expected);
            ms.require(
                "forgot_stake",
                mean_r,
                format!(
                    "That is E[X], the expected prize. The net gain subtracts the {} you pay \
                     for the game.",
                    dollars(s)
                ),
            )?;
            ms.require(
                "unweighted_prizes",
                readable(unweighted(d) - stake),
                UNWEIGHTED,
            )?;
            let lose = pmf.ps.last().copied().unwrap_or(Scalar::ZERO);
            ms.optional(
                "stake_only_on_loss",
                readable(mean - lose * stake),
                "The stake is paid in every game, the winning ones too: each outcome's net \
                 gain is its prize minus the stake, so E[X − stake] = E[X] − stake.",
            );
            let steps = vec![
                format!("E[X] − {s}"),
                format!("{} − {s}", num(mean_r)),
                num(readable(net)),
            ];
            solution.push(Line::text(
                "The stake is paid in every game, so the net gain is X minus the stake:",
            ));
            solution.push(math_line(&chain(&format!("E[X − {s}]"), &steps)));
            hints.push(format!("E[X] = {} = {}.", mean_steps[1], num(mean_r)));
            hints.push(format!(
                "The stake is paid in every game: E[X − {s}] = {}.",
                steps[1]
            ));
            (answer, ms)
        }
        Ask::FairPrice => {
            let answer = AnswerSpec::scalar(readable(mean));
            let mut ms = Mistakes::new(&answer.expected);
            let prizes: i64 = d.tiers.iter().map(|t| t.prize).sum();
            ms.require(
                "sums_equally_likely",
                readable(Scalar::frac(prizes, 11)),
                "That treats the eleven sums 2, …, 12 as equally likely. They are not: of the 36 \
                 equally likely rolls, a sum of 7 comes up 6 ways and a sum of 12 only 1.",
            )?;
            ms.require("unweighted_prizes", readable(unweighted(d)), UNWEIGHTED)?;
            solution.push(
                Line::text("The game is fair when the price equals the expected prize: ")
                    .m(format!("fair price = E[X] = {}", num(mean_r)))
                    .t("."),
            );
            hints.push(
                "The game is fair when the price equals the expected prize E[X].".to_string(),
            );
            hints.push(format!("E[X] = {}: add.", mean_steps[1]));
            (answer, ms)
        }
        Ask::Worth(p) => {
            let worth = mean.to_f64() > p as f64;
            let answer = AnswerSpec::with(Value::Bool(worth), Equivalence::Exact);
            let mut ms = Mistakes::new(&answer.expected);
            let message = if worth {
                format!(
                    "It is worth playing: you win nothing in most games, but the prizes, each \
                     weighted by its probability, are worth more than the {} a game costs.",
                    dollars(p)
                )
            } else {
                format!(
                    "It is not worth playing: the big prizes come with the rarest sums. \
                     Weighted by their probabilities, the prizes are worth less than the {} a \
                     game costs.",
                    dollars(p)
                )
            };
            ms.require("unweighted_judgement", Value::Bool(!worth), message)?;
            let verdict = if worth {
                format!("E[X] = {} > {p}", num(mean_r))
            } else {
                format!("E[X] = {} < {p}", num(mean_r))
            };
            solution.push(
                Line::text("Compare with the price: ")
                    .m(verdict)
                    .t(if worth {
                        ", so the expected net gain is positive. Answer: "
                    } else {
                        ", so the expected net gain is negative. Answer: "
                    })
                    .v(answer.expected.clone()),
            );
            hints.push(
                "Playing is worth it when the expected prize E[X] is more than the price."
                    .to_string(),
            );
            hints.push(format!(
                "E[X] = {} = {}: compare it with the price {p}.",
                mean_steps[1],
                num(mean_r)
            ));
            (answer, ms)
        }
    };
    if let Ask::Worth(p) = d.ask {
        // The yes/no trap must be real: for "no", averaging the prizes without weights says
        // yes; for "yes", most games win nothing.
        let worth = mean.to_f64() > p as f64;
        let trap = if worth {
            pmf.ps.last().is_some_and(|l| l.to_f64() > 0.5)
        } else {
            unweighted(d).to_f64() > p as f64
        };
        if !trap || mean.to_f64() == p as f64 {
            return Err(GenError::Redraw("no trap in the yes/no question"));
        }
    }
    Ok(Draft {
        prompt: prompt(d),
        answer,
        solution,
        hints,
        mistakes: mistakes.finish()?,
    })
}

impl Exercise for ExpectedValueGame {
    fn id(&self) -> &'static str {
        "prob.expected_value_game"
    }

    fn generate(&self, level: u8, rng: &mut DrillRng) -> Result<Draft, GenError> {
        build(&draw(level, rng)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::common::testing::Seen;
    use crate::exercises::common::testing::near;
    use crate::exercises::common::testing::soundness_with;

    /// The expected prize by enumerating the equally likely cases one by one: each face, each
    /// of the 36 rolls, each ticket.
    fn enumerated_mean(d: &Drawn) -> f64 {
        let prize_of = |case: i64| {
            d.tiers
                .iter()
                .find(|t| t.cases.contains(&case))
                .map_or(0.0, |t| t.prize as f64)
        };
        match d.device {
            Device::Die => (1..=6).map(prize_of).sum::<f64>() / 6.0,
            Device::TwoDice => {
                let mut s = 0.0;
                for a in 1..=6 {
                    for b in 1..=6 {
                        s += prize_of(a + b);
                    }
                }
                s / 36.0
            }
            Device::Raffle => {
                let mut tickets = Vec::new();
                for t in &d.tiers {
                    tickets.extend(std::iter::repeat_n(t.prize as f64, t.count as usize));
                }
                tickets.resize(d.total as usize, 0.0);
                tickets.iter().sum::<f64>() / d.total as f64
            }
        }
    }

    #[test]
    fn expected_gains_match_enumeration_and_mistakes_appear() {
        let mut names = Seen::default();
        let (mut yes, mut no, mut fair) = (0, 0, 0);
        soundness_with(
            &ExpectedValueGame,
            &[1, 2, 3],
            draw,
            |_, d| build(d),
            |level, d, draft, ctx| {
                let mean = enumerated_mean(d);
                let expected = &draft.answer.expected;
                match d.ask {
                    Ask::Net(s) => {
                        let got = expected.as_scalar().unwrap().to_f64();
                        assert!(near(got, mean - s as f64), "{ctx}: {got} vs {mean} − {s}");
                        if level == 1 {
                            assert_eq!(got.fract(), 0.0, "{ctx}: whole at level 1");
                        } else {
                            assert!(((got * 1e3).round() - got * 1e3).abs() < 1e-6, "{ctx}");
                        }
                        let last = draft.hints.last().unwrap();
                        assert!(
                            last.contains(&format!(
                                "= {} − {s}.",
                                num(readable(Scalar::Real(mean)))
                            )),
                            "{ctx}: {last}"
                        );
                    }
                    Ask::FairPrice => {
                        fair += 1;
                        let got = expected.as_scalar().unwrap().to_f64();
                        assert!(near(got, mean) && mean.fract() == 0.0, "{ctx}");
                    }
                    Ask::Worth(p) => {
                        let worth = mean > p as f64;
                        assert_eq!(expected, &Value::Bool(worth), "{ctx}");
                        if worth {
                            yes += 1
                        } else {
                            no += 1
                        }
                        let last = draft.hints.last().unwrap();
                        assert!(
                            last.contains(&format!("compare it with the price {p}")),
                            "{ctx}"
                        );
                    }
                }
                let cases: i64 = d.tiers.iter().map(|t| t.count).sum();
                assert!(cases < d.total, "{ctx}: some case wins nothing");
                assert!(
                    d.tiers.iter().all(|t| t.prize > 0 && t.prize <= 750),
                    "{ctx}"
                );
                names.note(draft);
            },
        );
        assert!(yes > 50 && no > 50 && fair > 100, "{yes} {no} {fair}");
        names.assert_all(&[
            "forgot_stake",
            "unweighted_prizes",
            "stake_only_on_loss",
            "sums_equally_likely",
            "unweighted_judgement",
        ]);
    }

    #[test]
    fn a_worked_example() {
        let d = Drawn {
            device: Device::Die,
            tiers: vec![
                Tier {
                    cases: vec![6],
                    count: 1,
                    prize: 12,
                },
                Tier {
                    cases: vec![4, 5],
                    count: 2,
                    prize: 3,
                },
            ],
            total: 6,
            ask: Ask::Net(4),
        };
        let draft = build(&d).unwrap();
        assert_eq!(draft.answer.canonical_text(), "-1");
        assert_eq!(
            draft.solution[3],
            math_line("E[X] = Σ x·P(X = x) = 12·(1/6) + 3·(1/3) + 0·(1/2) = 2 + 1 + 0 = 3")
        );
        assert_eq!(
            draft.hints.last().unwrap(),
            "The stake is paid in every game: E[X − 4] = 3 − 4."
        );
        assert!(
            draft.prompt[0].0.contains(&crate::engine::Piece::Text(
                "You roll a fair six-sided die and win 12 dollars if it shows 6 and 3 dollars if \
             it shows 4 or 5; any other face wins nothing."
                    .into()
            ))
        );
    }
}
