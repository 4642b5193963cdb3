//! The calculator's bounds: every documented limit can be reached, and work beyond the budget is
//! refused with a message (asserted on the error or on the work counter, never on wall time).

use mathdrill::engine::{Domain, FormulaMatch, Tolerance, compare_formulas};
use mathdrill::expr::budget::{LIMIT, remaining};
use mathdrill::expr::limits::{MAX_DIM, MAX_INPUT_CHARS};
use mathdrill::expr::{Value, eval_at, parse, parse_value, with_budget};

fn err(input: &str) -> String {
    match parse_value(input) {
        Ok(v) => panic!("{input:.80}: expected an error, got {v:?}"),
        Err(e) => e.message().to_string(),
    }
}

/// `((a + a) + (a + a)) + …`: `n` copies of `item` in a balanced tree, so no chain is long.
fn balanced(item: &str, n: usize, op: &str) -> String {
    if n == 1 {
        return item.to_string();
    }
    let h = n / 2;
    format!(
        "({}){op}({})",
        balanced(item, h, op),
        balanced(item, n - h, op)
    )
}

/// A 50×50 matrix whose entries are all 6 characters long (`-1.234`, `12.345`, …).
fn wide_matrix(commas: bool) -> String {
    let entry = |i: usize, j: usize| {
        let r = (i * 50 + j) as u64 * 6364136223846793005 + 1442695040888963407;
        let x = ((r >> 33) % 1000) as f64 / 100.0 - 5.0;
        let s = format!("{x:.3}");
        format!("{s:>6}").replace(' ', "0")
    };
    let rows: Vec<String> = (0..MAX_DIM)
        .map(|i| {
            let cells: Vec<String> = (0..MAX_DIM).map(|j| entry(i, j)).collect();
            if commas {
                format!("[{}]", cells.join(", "))
            } else {
                cells.join(" ")
            }
        })
        .collect();
    if commas {
        format!("[{}]", rows.join(", "))
    } else {
        format!("[{}]", rows.join("; "))
    }
}

#[test]
fn the_documented_dimension_limit_is_reachable_by_typing() {
    for commas in [false, true] {
        let m = wide_matrix(commas);
        let input = format!("det({m})");
        assert!(input.chars().count() <= MAX_INPUT_CHARS, "{}", input.len());
        let Value::Scalar(d) = parse_value(&input).unwrap() else {
            panic!("det is a number")
        };
        assert!(d.to_f64().is_finite() && d.to_f64() != 0.0);
        // The same matrix through the other matrix functions.
        for f in ["rank", "svd", "eig", "inv", "cond"] {
            let input = format!("{f}({m})");
            assert!(parse_value(&input).is_ok(), "{f}");
        }
    }
}

#[test]
fn an_over_length_input_gets_a_short_message() {
    let input = "1+".repeat(MAX_INPUT_CHARS) + "1";
    let e = parse(&input).unwrap_err();
    assert!(e.message().contains("too long"));
    let text = e.render(&input);
    assert!(
        text.chars().count() < 400,
        "{} characters",
        text.chars().count()
    );
    assert!(text.matches('^').count() <= 100);
}

#[test]
fn repeated_costly_powers_are_refused_not_slow() {
    // The input: 140 times `det(eye(50)^9999)`, within the length limit.
    let input = vec!["det(eye(50)^9999)"; 140].join("+");
    assert!(input.len() < MAX_INPUT_CHARS);
    assert!(err(&input).contains("work budget"), "{}", err(&input));
    // One of them is fine: powers by squaring of the identity skip its zeros.
    assert_eq!(parse_value("det(eye(50)^9999)").unwrap().to_text(), "1");
    // Balanced trees of costly calls, so that no chain limit stops them first.
    for item in [
        "norm(svd(eye(50)*0.5))",
        "det(eye(50)*pi)",
        "norm(inv(eye(50)*2))",
        "(eye(50)*1.5)",
    ] {
        let input = balanced(item, 600, "+");
        let input = if item.starts_with('(') {
            format!("norm({})", balanced(item, 300, "*"))
        } else {
            input
        };
        assert!(input.chars().count() <= MAX_INPUT_CHARS, "{item}");
        assert!(
            err(&input).contains("work budget"),
            "{item}: {}",
            err(&input)
        );
    }
    let many = format!("{{{}}}", vec!["eig(eye(50)*pi)"; 200].join(", "));
    assert!(err(&many).contains("work budget"));
}

#[test]
fn an_evaluation_spends_from_one_budget() {
    with_budget(|| {
        let start = remaining().unwrap();
        assert_eq!(start, LIMIT);
        let f = parse("x + 0*det(eye(20)^999)").unwrap();
        assert_eq!(eval_at(&f, &[("x", 1.0)]).unwrap(), 1.0);
        let once = start - remaining().unwrap();
        assert!(once > 0);
        // A second evaluation spends from the same budget, not a fresh one.
        assert_eq!(eval_at(&f, &[("x", 2.0)]).unwrap(), 2.0);
        assert_eq!(start - remaining().unwrap(), 2 * once);
    });
    assert_eq!(remaining(), None, "the budget closes with its scope");
}

#[test]
fn a_formula_comparison_shares_one_budget_across_its_points() {
    // Each point costs a large part of the budget: with a budget per point every point would
    // evaluate and the answer would be judged equal after 8+ costly evaluations.
    let got = parse("lambda + 0*det(eye(50)^9999)").unwrap();
    let expected = parse("lambda").unwrap();
    let domain = [Domain::new("lambda", -5.0, 5.0)];
    let verdict = compare_formulas(&got, &expected, &domain, Tolerance::default(), 7);
    assert_eq!(verdict, FormulaMatch::Undefined);
    // A cheap formula is compared as before.
    let cheap = parse("lambda + 0*det(eye(3))").unwrap();
    assert_eq!(
        compare_formulas(&cheap, &expected, &domain, Tolerance::default(), 7),
        FormulaMatch::Equal
    );
}

#[test]
fn sample_points_never_appear_in_messages() {
    let e = err("[1 2; 3 4]^-T");
    assert!(e.contains("-T is a formula in T"), "{e}");
    assert!(!e.contains("0.6") && !e.contains("0.7"), "{e}");
    let e = err("eye(2)^x");
    assert!(e.contains("formula in x") && !e.contains("0.613"), "{e}");
}
