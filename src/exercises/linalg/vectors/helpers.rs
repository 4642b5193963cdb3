//! Shared pieces of the vector kinds: drawing integer vectors whose length is an integer (like
//! (2, −3, 6) with ‖·‖ = 7), and writing norms and square roots the
//! way a worked solution shows them (`‖v‖ = √(2² + (−3)² + 6²) = √49 = 7`, `√18 = 3√2`).

use crate::engine::{DrillRng, Line};
use crate::exercises::linalg::common::{chain, factor, num};
use crate::exercises::linalg::text::dot_steps;
use crate::math::Scalar;
use crate::math::linalg::vector_ops::norm_squared;

/// How many entries are nonzero.
pub fn nonzero_count(v: &[Scalar]) -> usize {
    v.iter().filter(|x| !x.is_zero()).count()
}

/// The integer square root of `n` if `n` is a perfect square.
pub fn exact_isqrt(n: i64) -> Option<i64> {
    Scalar::int(n).sqrt().as_integer()
}

/// Every vector with `dim` entries in `0..=max_entry`, written in nondecreasing order, with at
/// least two nonzero entries and an integer length: `(3, 4)`, `(1, 2, 2)`, `(2, 3, 6)`, ….
pub fn integer_norm_shapes(dim: usize, max_entry: i64) -> Vec<Vec<i64>> {
    fn extend(prefix: &mut Vec<i64>, dim: usize, max_entry: i64, out: &mut Vec<Vec<i64>>) {
        if prefix.len() == dim {
            let squares: i64 = prefix.iter().map(|x| x * x).sum();
            if prefix.iter().filter(|&&x| x != 0).count() >= 2 && exact_isqrt(squares).is_some() {
                out.push(prefix.clone());
            }
            return;
        }
        let from = prefix.last().copied().unwrap_or(0);
        for x in from..=max_entry {
            prefix.push(x);
            extend(prefix, dim, max_entry, out);
            prefix.pop();
        }
    }
    let mut out = Vec::new();
    extend(&mut Vec::new(), dim, max_entry, &mut out);
    out
}

/// A random vector with integer length: one of [`integer_norm_shapes`] with its entries shuffled
/// and given random signs. `None` if there is no such shape.
pub fn integer_norm_vector(rng: &mut DrillRng, dim: usize, max_entry: i64) -> Option<Vec<Scalar>> {
    let shapes = integer_norm_shapes(dim, max_entry);
    if shapes.is_empty() {
        return None;
    }
    let mut v: Vec<Scalar> = rng
        .pick(&shapes)
        .iter()
        .map(|&x| Scalar::int(x * rng.sign()))
        .collect();
    rng.shuffle(&mut v);
    Some(v)
}

/// `√n` simplified, for an integer `n ≥ 0`: `7` for 49, `√14`, `3√2` for 18. Other values are
/// written `√(…)`.
pub fn root_text(n: Scalar) -> String {
    let Some(n) = n.as_integer().filter(|&n| n >= 0) else {
        return format!("√({})", num(n));
    };
    // The largest k with k² dividing n.
    let k = (1..=n.max(1))
        .take_while(|k| k * k <= n)
        .filter(|k| n % (k * k) == 0)
        .last()
        .unwrap_or(1);
    let rest = n / (k * k);
    match (k, rest) {
        (_, 0) => "0".into(),
        (_, 1) => k.to_string(),
        (1, _) => format!("√{rest}"),
        _ => format!("{k}√{rest}"),
    }
}

/// `d/√n` for integers `d` and `n > 0`, simplified (`√n = k√r` with `r` square-free, and the
/// common factor of `d` and `k` cancelled), as the solution shows it and in the answer language:
/// `(34/(5√174), 34/(5*sqrt(174)))` for `d = 34, n = 4350`, `(25/(2√203), …)` for `75/√7308`.
/// `None` when `n` is a perfect square: then `d/√n` is a fraction and prints exactly by itself.
pub fn over_root(d: i64, n: i64) -> Option<(String, String)> {
    let root = root_text(Scalar::int(n));
    let (k, r) = match root.split_once('√') {
        Some((k, r)) => (k.parse::<i64>().unwrap_or(1), r.to_string()),
        None => return None,
    };
    let ratio = Scalar::frac(d, k).exact()?;
    let (p, q) = (ratio.numer(), ratio.denom());
    let p_text = num(Scalar::int(p));
    Some(if q == 1 {
        (format!("{p_text}/√{r}"), format!("{p}/sqrt({r})"))
    } else {
        (
            format!("{p_text}/({q}√{r})"),
            format!("{p}/({q}*sqrt({r}))"),
        )
    })
}

/// A root as the denominator of a fraction: `3√2` becomes `(3√2)` so that `6/(3√2)` cannot be
/// misread; `7` and `√14` stay as they are.
pub fn denominator(root: &str) -> String {
    if root.contains('√') && !root.starts_with('√') {
        format!("({root})")
    } else {
        root.to_string()
    }
}

/// `2² + (−3)² + 6²`.
pub fn squares_text(v: &[Scalar]) -> String {
    v.iter()
        .map(|&x| format!("{}²", factor(x)))
        .collect::<Vec<_>>()
        .join(" + ")
}

/// The steps of a norm after `‖v‖`: `√(2² + (−3)² + 6²)`, `√49`, `7` (for `chain`); the last
/// step is the simplified root (`√14`, `3√2`).
pub fn norm_steps(v: &[Scalar]) -> Vec<String> {
    let squared = norm_squared(v);
    vec![
        format!("√({})", squares_text(v)),
        format!("√{}", num(squared)),
        root_text(squared),
    ]
}

/// The first lines of `cos θ = u·v/(‖u‖‖v‖)` worked out: the formula, then `u·v`, `‖u‖` and
/// `‖v‖` with their steps (`u·v = 1·2 + 2·(−1) = 2 − 2 = 0`, `‖u‖ = √(1² + 2²) = √5`, …).
pub fn cosine_work(u: &[Scalar], v: &[Scalar]) -> Vec<Line> {
    vec![
        Line::math("cos θ = u·v/(‖u‖‖v‖)"),
        Line::math(chain("u·v", &dot_steps(u, v))),
        Line::math(chain("‖u‖", &norm_steps(u))),
        Line::math(chain("‖v‖", &norm_steps(v))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_norm_shapes_are_pythagorean() {
        let two = integer_norm_shapes(2, 12);
        assert!(
            two.contains(&vec![3, 4]) && two.contains(&vec![5, 12]) && two.contains(&vec![6, 8])
        );
        let three = integer_norm_shapes(3, 9);
        for s in [[1, 2, 2], [2, 3, 6], [2, 6, 9], [4, 4, 7]] {
            assert!(three.contains(&s.to_vec()), "{s:?}");
        }
        for s in integer_norm_shapes(4, 6) {
            let squares: i64 = s.iter().map(|x| x * x).sum();
            let r = (squares as f64).sqrt().round() as i64;
            assert_eq!(r * r, squares, "{s:?}");
        }
        assert!(integer_norm_shapes(2, 2).is_empty());
    }

    #[test]
    fn integer_norm_vectors_have_integer_norms() {
        let mut rng = DrillRng::from_seed_u64(3);
        for _ in 0..100 {
            let v = integer_norm_vector(&mut rng, 3, 9).unwrap();
            assert!(
                crate::math::linalg::vector_ops::norm(&v)
                    .as_integer()
                    .is_some()
            );
        }
        assert!(integer_norm_vector(&mut rng, 2, 2).is_none());
    }

    #[test]
    fn roots_and_norms_read_naturally() {
        let s = Scalar::int;
        assert_eq!(root_text(s(49)), "7");
        assert_eq!(root_text(s(14)), "√14");
        assert_eq!(root_text(s(18)), "3√2");
        assert_eq!(root_text(s(0)), "0");
        assert_eq!(root_text(s(1)), "1");
        assert_eq!(root_text(Scalar::frac(1, 2)), "√(1/2)");
        assert_eq!(denominator("3√2"), "(3√2)");
        let both = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(over_root(34, 4350), both("34/(5√174)", "34/(5*sqrt(174))"));
        assert_eq!(over_root(75, 7308), both("25/(2√203)", "25/(2*sqrt(203))"));
        assert_eq!(over_root(-1, 1224), both("−1/(6√34)", "-1/(6*sqrt(34))"));
        assert_eq!(over_root(6, 12), both("3/√3", "3/sqrt(3)"));
        assert_eq!(over_root(37, 2747), both("37/√2747", "37/sqrt(2747)"));
        assert_eq!(over_root(26, 841), None);
        assert_eq!(denominator("√14"), "√14");
        let work = cosine_work(&[s(1), s(2)], &[s(2), s(-1)]);
        assert_eq!(work[1], Line::math("u·v = 1·2 + 2·(−1) = 2 − 2 = 0"));
        assert_eq!(work[2], Line::math("‖u‖ = √(1² + 2²) = √5"));
        assert_eq!(
            norm_steps(&[s(2), s(-3), s(6)]),
            ["√(2² + (−3)² + 6²)", "√49", "7"]
        );
    }
}
