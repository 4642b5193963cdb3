//! Property tests: exact and float computations agree, posteriors add up to 1, E and Var of
//! combinations agree with enumeration, and no input panics.

use super::*;
use crate::math::Rational;
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(256),
        // No regression files written into the source tree: a failure prints its input.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A random exact distribution: k weights turned into fractions over their sum.
fn exact_probs(k: usize) -> impl Strategy<Value = Vec<Rational>> {
    prop::collection::vec(0i64..20, k).prop_filter_map("all zero", |w| {
        let total: i64 = w.iter().sum();
        (total > 0).then(|| {
            w.iter()
                .map(|&x| Rational::new(x, total).unwrap())
                .collect()
        })
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn posteriors_add_up_to_one_and_agree_with_f64(
        priors in exact_probs(4),
        likes in prop::collection::vec(0i64..=10, 4),
    ) {
        let likes: Vec<Rational> = likes.iter().map(|&l| Rational::new(l, 10).unwrap()).collect();
        match posteriors(&priors, &likes) {
            Ok(post) => {
                prop_assert_eq!(sum(post.iter().copied()), Ok(Rational::ONE));
                let pf: Vec<f64> = priors.iter().map(|x| x.to_f64()).collect();
                let lf: Vec<f64> = likes.iter().map(|x| x.to_f64()).collect();
                let postf = posteriors(&pf, &lf).unwrap();
                for (a, b) in postf.iter().zip(&post) {
                    prop_assert!((a - b.to_f64()).abs() < 1e-12);
                }
            }
            Err(e) => prop_assert_eq!(e, EventsError::ZeroProbability { what: "the evidence E" }),
        }
    }

    #[test]
    fn tables_built_from_marginals_are_independent(
        rows in prop::collection::vec(1u64..9, 1..4),
        cols in prop::collection::vec(1u64..9, 1..4),
        bump in 1u64..5,
    ) {
        let counts: Vec<Vec<u64>> = rows.iter().map(|r| cols.iter().map(|c| r * c).collect()).collect();
        let t = JointTable::<Rational>::from_counts(&counts).unwrap();
        prop_assert_eq!(t.is_independent(0.0), Ok(true));
        for i in 0..t.rows() {
            let total = sum((0..t.cols()).map(|j| t.col_given_row(j, i).unwrap()));
            prop_assert_eq!(total, Ok(Rational::ONE));
        }
        // One cell more breaks it (when there is more than one row and column).
        let mut changed = counts.clone();
        changed[0][0] += bump;
        let u = JointTable::<Rational>::from_counts(&changed).unwrap();
        prop_assert_eq!(u.is_independent(0.0), Ok(rows.len() == 1 || cols.len() == 1));
    }

    #[test]
    fn moments_of_combinations_agree_with_enumeration(
        px in exact_probs(3), py in exact_probs(3),
        vx in prop::collection::btree_set(-9i64..10, 3), vy in prop::collection::btree_set(-9i64..10, 3),
        a in -5i64..6, b in -5i64..6, c in -9i64..10,
    ) {
        let x = Pmf::new(vx.iter().map(|&v| Rational::int(v)).zip(px).collect()).unwrap();
        let y = Pmf::new(vy.iter().map(|&v| Rational::int(v)).zip(py).collect()).unwrap();
        let (a, b, c) = (Rational::int(a), Rational::int(b), Rational::int(c));
        let formula = Moments::linear_combination(
            &[(a, x.moments().unwrap()), (b, y.moments().unwrap())], c).unwrap();
        let pmf = Pmf::linear_combination(&[(a, &x), (b, &y)], c).unwrap();
        prop_assert_eq!(formula, pmf.moments().unwrap());
        // The cdf climbs to 1 at the largest value.
        let top = *pmf.values().last().unwrap();
        prop_assert_eq!(pmf.cdf(top), Ok(Rational::ONE));
    }

    #[test]
    fn nothing_panics(ps in prop::collection::vec(any::<f64>(), 0..6),
                      vs in prop::collection::vec(any::<f64>(), 0..6),
                      cells in prop::collection::vec(prop::collection::vec(any::<f64>(), 0..4), 0..4)) {
        let _ = posteriors(&ps, &vs);
        let _ = conditional(ps.first().copied().unwrap_or(0.5), vs.first().copied().unwrap_or(0.5));
        let _ = Pmf::new(vs.iter().copied().zip(ps.iter().copied()).collect());
        if let Ok(t) = JointTable::new(cells) {
            let _ = t.is_independent(1e-9);
            let _ = t.row_given_col(0, 0);
        }
    }
}
