//! Property test: on random formulas, the symbolic derivative equals the dual-number derivative
//! at random points, simplifying does not change a formula's value, and the derivative written
//! by [`pretty`] reads back to the same values. 300 formulas (times `MATHDRILL_SOAK`).

use super::build::{add, call, div, mul, neg, num, pow, scalar, sub, var};
use super::{derivative, pretty, simplify};
use crate::expr::{Expr, eval_at, parse};
use crate::math::Scalar;
use crate::math::calculus::dual;
use rand::{RngExt, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

fn leaf(rng: &mut Xoshiro256PlusPlus) -> Expr {
    match rng.random_range(0..6) {
        0 | 1 => var("x"),
        2 => var("y"),
        3 => num(rng.random_range(1..6)),
        4 => scalar(Scalar::frac(
            rng.random_range(-5..6),
            rng.random_range(1..4),
        )),
        _ => Expr::Const(crate::expr::Constant::Pi),
    }
}

/// A random formula in `x` and `y`, defined for x, y in [0.2, 2] apart from rare cases that the
/// test skips (a division by a value near zero).
fn formula(rng: &mut Xoshiro256PlusPlus, depth: u32) -> Expr {
    if depth == 0 || rng.random_range(0..4) == 0 {
        return leaf(rng);
    }
    let sub_formula = |rng: &mut Xoshiro256PlusPlus| formula(rng, depth - 1);
    let a = sub_formula(rng);
    match rng.random_range(0..16) {
        0 | 1 => add(a, sub_formula(rng)),
        2 => sub(a, sub_formula(rng)),
        3 | 4 => mul(a, sub_formula(rng)),
        5 => div(a, add(num(2), mul(var("x"), var("x")))),
        6 => pow(a, num(rng.random_range(2..5))),
        7 => pow(add(mul(a.clone(), a), num(1)), scalar(Scalar::frac(-1, 2))),
        8 => call("sin", a),
        9 => call("cos", a),
        10 => call("exp", div(a, num(4))),
        11 => call("ln", add(mul(a.clone(), a), num(1))),
        12 => call("sqrt", add(mul(a.clone(), a), num(1))),
        13 => call("atan", a),
        14 => neg(call("sigmoid", a)),
        _ => pow(var("x"), div(a, num(5))),
    }
}

fn close(a: f64, b: f64, scale: f64) -> bool {
    (a - b).abs() <= 1e-7 * scale.max(1.0)
}

#[test]
fn symbolic_derivatives_equal_dual_derivatives() {
    let cases = crate::engine::soak::seeds(300);
    let mut checked = 0;
    for seed in 0..cases {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
        let f = formula(&mut rng, 4);
        for v in ["x", "y"] {
            let d = derivative(&f, v).unwrap_or_else(|e| panic!("d/d{v} {f}: {e}"));
            let shown = pretty(&d.result);
            let back = parse(&shown).unwrap_or_else(|e| panic!("{shown}: {e}"));
            let simple = simplify(&f);
            for _ in 0..3 {
                let point = [
                    ("x", rng.random_range(0.2..2.0)),
                    ("y", rng.random_range(0.2..2.0)),
                ];
                let Ok(want) = dual::derivative_at(&f, v, &point) else {
                    continue;
                };
                if want.abs() > 1e8 {
                    continue;
                }
                let got = eval_at(&d.result, &point).unwrap();
                let what = format!("d/d{v} {f} = {} at {point:?}", d.result);
                assert!(close(got, want, want.abs()), "{what}: {got} vs dual {want}");
                let read = eval_at(&back, &point).unwrap();
                assert!(
                    close(read, got, got.abs()),
                    "{what}: pretty {shown} gives {read}"
                );
                let (before, after) = (
                    eval_at(&f, &point).unwrap(),
                    eval_at(&simple, &point).unwrap(),
                );
                assert!(
                    close(before, after, before.abs()),
                    "simplify({f}) = {simple}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked as u64 >= cases * 3, "only {checked} points checked");
}
