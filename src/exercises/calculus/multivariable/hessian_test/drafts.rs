//! The drafts of `calc.hessian_test`, one function per level: the prompt, the answer, the
//! named mistakes, the worked solution and the hints, from f and the parameters drawn in
//! [`super`].

use super::super::second_derivative_test::{
    Class, D_DEFINITION, RULE, Second, at_point, misreadings,
};
use super::super::surface::{Surface, Term, Var, point_text};
use super::{MAX_COEFFICIENT, Shape};
use crate::engine::{AnswerSpec, Draft, Equivalence, GenError, Line};
use crate::exercises::common::{Mistakes, chain, factor, math_line, num, product, value_sum};
use crate::expr::Value;
use crate::math::Scalar;

/// `Let f(x, y) = ….`
fn intro(f: &Surface) -> Line {
    Line::text("Let ")
        .m(format!("f(x, y) = {}", f.pretty()))
        .t(".")
}

/// The terms of `f` that hold a variable: `4x + y` of `4x + y − 6`.
fn linear_part(f: &Surface) -> Surface {
    Surface::new(f.terms.iter().copied().filter(|t| t.i + t.j > 0))
}

/// `∂f/∂x = …` and `∂f/∂y = …`.
fn gradient_lines(f: &Surface) -> Vec<Line> {
    vec![
        Line::math(format!("∂f/∂x = {}", f.partial(Var::X).pretty())),
        Line::math(format!("∂f/∂y = {}", f.partial(Var::Y).pretty())),
    ]
}

/// The second partials of f as formulas: `∂²f/∂x² = 6x, ∂²f/∂y² = 2, ∂²f/∂x∂y = −2`.
fn second_formulas(f: &Surface) -> String {
    let (fx, fy) = (f.partial(Var::X), f.partial(Var::Y));
    format!(
        "∂²f/∂x² = {}, ∂²f/∂y² = {}, ∂²f/∂x∂y = {}",
        fx.partial(Var::X).pretty(),
        fy.partial(Var::Y).pretty(),
        fx.partial(Var::Y).pretty()
    )
}

/// `x = (6·4 − 1·(−3))/11 = 27/11`, by Cramer's rule (no `/1` when the determinant is 1).
fn cramer(var: &str, left: [Scalar; 2], right: [Scalar; 2], det: i64, value: i64) -> String {
    let s = Scalar::int;
    let top = left[0] * left[1] - right[0] * right[1];
    let over = |t: String| {
        if det == 1 {
            t
        } else {
            format!("{t}/{}", factor(s(det)))
        }
    };
    let diff = format!("{} − {}", product(&left), product(&right));
    let first = if det == 1 { diff } else { format!("({diff})") };
    chain(var, &[over(first), over(num(top)), num(s(value))])
}

/// Level 1: the critical point of a quadratic.
pub fn quadratic(
    f: &Surface,
    (a, b, c): (i64, i64, i64),
    (p, q): (i64, i64),
) -> Result<Draft, GenError> {
    let s = Scalar::int;
    let (fx, fy) = (f.partial(Var::X), f.partial(Var::Y));
    let (lx, ly) = (linear_part(&fx), linear_part(&fy));
    // ∇f = H·(x, y) + (d, e): the system H·(x, y) = (r₁, r₂).
    let (r1, r2) = (
        -fx.value_at(0, 0).as_integer().unwrap_or(0),
        -fy.value_at(0, 0).as_integer().unwrap_or(0),
    );
    let hessian = Second {
        xx: 2 * a,
        xy: b,
        yy: 2 * c,
    };
    let det = hessian.d();
    let answer = AnswerSpec::entrywise(vec![s(p), s(q)]);
    let mut ms = Mistakes::new(&answer.expected);
    ms.require(
        "signs_flipped",
        vec![s(-p), s(-q)],
        "Check the signs of the constants: moving the constant term of ∂f/∂x = 0 (and of \
         ∂f/∂y = 0) to the other side changes its sign.",
    )?;
    let half = a * c - b * b;
    if half != 0 {
        let square = Surface::new([Term::power(a, 2, 0)]);
        ms.optional(
            "factor_two_forgotten",
            vec![
                Scalar::frac(r1 * c - b * r2, half),
                Scalar::frac(a * r2 - b * r1, half),
            ],
            format!(
                "The power rule brings the exponent down: ∂/∂x ({}) = {}. The factor 2 of the \
                 squared terms is missing from the partial derivatives.",
                square.pretty(),
                square.partial(Var::X).pretty()
            ),
        );
    }
    ms.optional(
        "swapped",
        vec![s(q), s(p)],
        "The coordinates are in the wrong order: the answer is [x, y], x first.",
    );
    let system = [
        format!("{} = {}", lx.pretty(), num(s(r1))),
        format!("{} = {}", ly.pretty(), num(s(r2))),
    ];
    let h = |v: i64| s(v);
    let mut solution = gradient_lines(f);
    solution.push(Line::text(
        "Set both to 0, the constants moved to the right:",
    ));
    solution.extend(system.iter().map(|e| Line::math(e.clone())));
    solution.push(
        Line::text("The system's matrix is the Hessian ")
            .m("H = ")
            .v(hessian.hessian()?)
            .t(", with determinant ")
            .m(hessian.d_chain())
            .t(" ≠ 0: one solution. By Cramer's rule:"),
    );
    solution.push(math_line(&cramer(
        "x",
        [h(r1), h(2 * c)],
        [h(b), h(r2)],
        det,
        p,
    )));
    solution.push(math_line(&cramer(
        "y",
        [h(2 * a), h(r2)],
        [h(r1), h(b)],
        det,
        q,
    )));
    solution.push(hessian.reason_line(at_point((p, q)), false));
    solution.push(Line::new().t("As an answer: ").v(answer.expected.clone()));
    let hints = vec![
        format!(
            "Here ∂f/∂x = {} and ∂f/∂y = {}: set both equal to 0.",
            fx.pretty(),
            fy.pretty()
        ),
        format!(
            "Solve {} and {}: eliminate one variable, or use Cramer's rule with the \
             determinant {}·{} − {}² = {}.",
            system[0],
            system[1],
            factor(s(2 * a)),
            factor(s(2 * c)),
            factor(s(b)),
            num(s(det))
        ),
    ];
    let prompt = vec![
        intro(f),
        Line::text("Find its critical point, where ")
            .m("∇f = 0")
            .t(" (both partial derivatives are 0), as a vector ")
            .m("[x, y]")
            .t("."),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

/// Level 2: what the named critical point is.
pub fn named(f: &Surface, shape: &Shape, point: (i64, i64)) -> Result<Draft, GenError> {
    let (x, y) = point;
    let (fx, fy) = (f.partial(Var::X), f.partial(Var::Y));
    if !fx.value_at(x, y).is_zero() || !fy.value_at(x, y).is_zero() {
        return Err(GenError::Redraw("not a critical point"));
    }
    if f.terms.iter().any(|t| t.c.abs() > MAX_COEFFICIENT) {
        return Err(GenError::Redraw("a coefficient too large"));
    }
    let second = Second::of(f, point)?;
    let truth = second.class();
    let expected = Value::Choice(truth.letter());
    let answer = AnswerSpec::with(expected.clone(), Equivalence::Exact);
    let mut ms = Mistakes::new(&expected);
    for m in misreadings(second) {
        ms.optional(m.name, Value::Choice(m.class.letter()), m.why);
    }
    let at = point_text(x, y);
    let mut prompt = vec![
        intro(f),
        Line::text("The point ")
            .m(at.clone())
            .t(" is a critical point of f (")
            .m("∇f = 0")
            .t(" there). By the second-derivative test, with ")
            .m(D_DEFINITION)
            .t(" at the point, it is"),
    ];
    for c in Class::ALL {
        prompt.push(Line::text(format!("({}) {}", c.letter(), c.text())));
    }
    prompt.push(Line::text("Answer a, b, c or d."));
    let mut solution = gradient_lines(f);
    solution.push(
        Line::text("Both are 0 at ")
            .m(at.clone())
            .t(". The second partials:"),
    );
    solution.push(math_line(&second_formulas(f)));
    solution.push(at_point(point).m(second.values()).t(", so"));
    solution.push(Line::new().m("H = ").v(second.hessian()?).t(" and"));
    solution.push(second.reason_line(Line::new(), true));
    if let (Class::Inconclusive, Shape::Valley { s, m, n, .. }) = (truth, shape) {
        let line = Surface::new([Term::power(*m, 1, 0), Term::power(*n, 0, 0)]);
        let along = Surface::new([
            Term::power(*s, 3, 0),
            Term::power(f.value_at(x, y).as_integer().unwrap_or(0), 0, 0),
        ]);
        solution.push(
            Line::text("(Along the line ")
                .m(format!("y = {}", line.pretty()))
                .t(", f is ")
                .m(along.pretty())
                .t(
                    ": below its value at the point on one side, above it on the other. So the \
                    point is neither a minimum nor a maximum, but the test alone cannot tell.)",
                ),
        );
    }
    solution.push(Line::text("Answer: ").v(expected));
    let hints = vec![
        format!(
            "Differentiate ∂f/∂x = {} and ∂f/∂y = {} once more: ∂²f/∂x², ∂²f/∂y² and the \
             mixed ∂²f/∂x∂y.",
            fx.pretty(),
            fy.pretty()
        ),
        format!(
            "At {at}: {}, so {}. Read the test: {RULE}.",
            second.values(),
            second.d_chain()
        ),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}

/// Level 3: the value at the local minimum or maximum of a cubic with four critical points.
pub fn cubic(f: &Surface, (p, q): (i64, i64), asked: Class) -> Result<Draft, GenError> {
    let s = Scalar::int;
    let points = [(p, q), (p, -q), (-p, q), (-p, -q)];
    let seconds = points
        .iter()
        .map(|&pt| Second::of(f, pt))
        .collect::<Result<Vec<_>, _>>()?;
    let value = |pt: (i64, i64)| f.value_at(pt.0, pt.1);
    let of =
        |class: Class| -> Vec<usize> { (0..4).filter(|&i| seconds[i].class() == class).collect() };
    let other = if asked == Class::Minimum {
        Class::Maximum
    } else {
        Class::Minimum
    };
    let ([i], [j]) = (&of(asked)[..], &of(other)[..]) else {
        return Err(GenError::Redraw("not one minimum and one maximum"));
    };
    let (pt, best) = (points[*i], value(points[*i]));
    let answer = AnswerSpec::scalar(best);
    let mut ms = Mistakes::new(&answer.expected);
    let (word, other_word) = match asked {
        Class::Minimum => ("minimum", "maximum"),
        _ => ("maximum", "minimum"),
    };
    ms.require(
        "other_extremum",
        value(points[*j]),
        format!(
            "That is the local {other_word} value. The local {word} is where D > 0 and \
             ∂²f/∂x² {} 0.",
            if asked == Class::Minimum { ">" } else { "<" }
        ),
    )?;
    let saddle = "That is f at a saddle point, where D < 0: a saddle point is neither a minimum \
                  nor a maximum.";
    for (k, name) in of(Class::Saddle)
        .iter()
        .zip(["saddle_value", "other_saddle_value"])
    {
        ms.optional(name, value(points[*k]), saddle);
    }
    ms.optional_first(
        "point_not_value",
        [Value::Scalar(s(pt.0)), Value::Scalar(s(pt.1))],
        format!("That is a coordinate of the point. The question asks for the local {word} value, f there."),
    );

    let (fx, fy) = (f.partial(Var::X), f.partial(Var::Y));
    let roots = |v: &str, r: i64| {
        Line::math(format!(
            "∂f/∂{v} = {}",
            if v == "x" { fx.pretty() } else { fy.pretty() }
        ))
        .t(" is 0 at ")
        .m(format!("{v} = {}", num(s(r))))
        .t(" and ")
        .m(format!("{v} = {}", num(s(-r))))
    };
    let listed: Vec<String> = points.iter().map(|&(a, b)| point_text(a, b)).collect();
    let mut solution = vec![
        roots("x", p),
        roots("y", q),
        Line::text("So f has four critical points: ")
            .m(listed.join(", "))
            .t("."),
        math_line(&second_formulas(f)),
    ];
    for (k, &point) in points.iter().enumerate() {
        solution.push(seconds[k].reason_line(at_point(point), true));
    }
    let at = point_text(pt.0, pt.1);
    solution.push(math_line(&chain(
        &format!("f{at}"),
        &[value_sum(&f.term_values(pt.0, pt.1)), num(best)],
    )));
    solution.push(
        Line::text(format!("The local {word} value of f is "))
            .v(Value::Scalar(best))
            .t("."),
    );
    let chosen = seconds[*i];
    let hints = vec![
        format!(
            "∂f/∂x = {} and ∂f/∂y = {}: each is 0 at two values, so f has four critical points.",
            fx.pretty(),
            fy.pretty()
        ),
        format!(
            "{}: compute D and the sign of ∂²f/∂x² at each critical point.",
            second_formulas(f)
        ),
        format!(
            "The local {word} is at {at} ({} and ∂²f/∂x² = {}): evaluate f there.",
            chosen.d_chain(),
            num(s(chosen.xx))
        ),
    ];
    let prompt = vec![
        intro(f),
        Line::text(format!(
            "Find the local {word} value of f: find its critical points, classify each by the \
             second-derivative test with "
        ))
        .m(D_DEFINITION)
        .t(format!(
            ", and give f's value (not the point) at the local {word}."
        )),
    ];
    Ok(Draft {
        prompt,
        answer,
        solution,
        hints,
        mistakes: ms.finish()?,
    })
}
