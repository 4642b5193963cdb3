//! The functions of two variables this family asks about: sums of terms `c·xⁱ·yʲ·G(k·w)` where
//! `G` is 1, exp, sin or cos and the inner argument `w` is `x`, `y` or `xy`.
//!
//! The set is closed under ∂/∂x and ∂/∂y (the product rule on the powers, the chain rule on `G`),
//! so every partial derivative of every order is again such a sum, computed exactly with integer
//! coefficients. The same code writes the named mistakes: a partial with the chain rule's inner
//! derivative forgotten ([`Surface::partial_without_inner`]) and one where the variable held
//! constant was set to zero instead ([`Surface::at_zero`]). The kinds' tests check every partial
//! against a central finite difference of the function's own f64 values.

use crate::engine::{Domain, Equivalence, GenError, Tolerance};
use crate::exercises::calculus::tree;
use crate::expr::{BinOp, Expr, Value};
use crate::math::Scalar;

/// A variable of `f(x, y)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Var {
    X,
    Y,
}

impl Var {
    pub fn name(self) -> &'static str {
        match self {
            Var::X => "x",
            Var::Y => "y",
        }
    }
    pub fn other(self) -> Var {
        match self {
            Var::X => Var::Y,
            Var::Y => Var::X,
        }
    }
}

/// The outer function of a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outer {
    One,
    Exp,
    Sin,
    Cos,
}

impl Outer {
    fn name(self) -> &'static str {
        match self {
            Outer::One => "",
            Outer::Exp => "exp",
            Outer::Sin => "sin",
            Outer::Cos => "cos",
        }
    }
    /// `G'` as `(sign, G')`: exp' = exp, sin' = cos, cos' = −sin.
    fn derivative(self) -> (i64, Outer) {
        match self {
            Outer::One => (0, Outer::One),
            Outer::Exp => (1, Outer::Exp),
            Outer::Sin => (1, Outer::Cos),
            Outer::Cos => (-1, Outer::Sin),
        }
    }
    fn at(self, w: f64) -> f64 {
        match self {
            Outer::One => 1.0,
            Outer::Exp => w.exp(),
            Outer::Sin => w.sin(),
            Outer::Cos => w.cos(),
        }
    }
    /// `G(0)`: exact.
    fn at_zero(self) -> i64 {
        match self {
            Outer::Sin => 0,
            _ => 1,
        }
    }
}

/// The inner argument `w` of `G(k·w)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inner {
    X,
    Y,
    XY,
}

impl Inner {
    fn has(self, v: Var) -> bool {
        matches!(
            (self, v),
            (Inner::XY, _) | (Inner::X, Var::X) | (Inner::Y, Var::Y)
        )
    }
    /// The tree of `text(k, "*")`.
    fn expr(self, k: i64) -> Expr {
        let w = match self {
            Inner::X => vec![tree::var("x")],
            Inner::Y => vec![tree::var("y")],
            Inner::XY => vec![tree::var("x"), tree::var("y")],
        };
        let factors = match k {
            1 | -1 => w,
            _ => std::iter::once(tree::int(k.abs())).chain(w).collect(),
        };
        tree::product(factors, k < 0).expect("a factor")
    }
    fn text(self, k: i64, times: &str) -> String {
        let w = match self {
            Inner::X => "x".to_string(),
            Inner::Y => "y".to_string(),
            Inner::XY => format!("x{times}y"),
        };
        match k {
            1 => w,
            -1 => format!("-{w}"),
            _ => format!("{k}{times}{w}"),
        }
    }
}

/// One term `c·xⁱ·yʲ·G(k·w)`; a term with `G = 1` has `w = x`, `k = 0` (one spelling per term).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub c: i64,
    pub i: u32,
    pub j: u32,
    pub outer: Outer,
    pub inner: Inner,
    pub k: i64,
}

impl Term {
    /// `c·xⁱ·yʲ`.
    pub fn power(c: i64, i: u32, j: u32) -> Term {
        Term {
            c,
            i,
            j,
            outer: Outer::One,
            inner: Inner::X,
            k: 0,
        }
    }
    /// `c·xⁱ·yʲ·G(k·w)`.
    pub fn with(c: i64, i: u32, j: u32, outer: Outer, inner: Inner, k: i64) -> Term {
        if outer == Outer::One || k == 0 {
            let c = if outer == Outer::One {
                c
            } else {
                c * outer.at_zero()
            };
            return Term::power(c, i, j);
        }
        Term {
            c,
            i,
            j,
            outer,
            inner,
            k,
        }
    }
    fn exponent(&self, v: Var) -> u32 {
        match v {
            Var::X => self.i,
            Var::Y => self.j,
        }
    }
    /// The term without its coefficient, to collect like terms.
    fn key(&self) -> (u32, u32, Outer, Inner, i64) {
        (self.i, self.j, self.outer, self.inner, self.k)
    }
    /// ∂/∂v of the term: the product rule over the power of `v` and `G`; with `inner` false
    /// the chain rule's inner derivative `∂(k·w)/∂v` is left out (the named mistake).
    fn partial(&self, v: Var, inner: bool) -> Vec<Term> {
        let mut out = Vec::new();
        let e = self.exponent(v);
        if e > 0 {
            let mut t = *self;
            t.c *= i64::from(e);
            match v {
                Var::X => t.i -= 1,
                Var::Y => t.j -= 1,
            }
            out.push(t);
        }
        if self.outer != Outer::One && self.inner.has(v) {
            let (sign, outer) = self.outer.derivative();
            let mut t = Term {
                c: self.c * sign,
                outer,
                ..*self
            };
            if inner {
                t.c *= self.k;
                if self.inner == Inner::XY {
                    match v {
                        Var::X => t.j += 1,
                        Var::Y => t.i += 1,
                    }
                }
            }
            out.push(t);
        }
        out
    }
    /// The term with `v = 0`: zero if it has a power of `v`, `G(0)` where `w` holds `v`.
    fn at_zero(&self, v: Var) -> Option<Term> {
        if self.exponent(v) > 0 {
            return None;
        }
        if self.outer != Outer::One && self.inner.has(v) {
            return Some(Term::power(self.c * self.outer.at_zero(), self.i, self.j));
        }
        Some(*self)
    }
    fn value(&self, x: f64, y: f64) -> f64 {
        let w = match self.inner {
            Inner::X => x,
            Inner::Y => y,
            Inner::XY => x * y,
        };
        self.c as f64
            * x.powi(self.i as i32)
            * y.powi(self.j as i32)
            * self.outer.at(self.k as f64 * w)
    }
    /// The term's value at an integer point, exactly where `G`'s argument is 0 there.
    fn exact_value(&self, x: i64, y: i64) -> Option<i64> {
        let w = match self.inner {
            Inner::X => x,
            Inner::Y => y,
            Inner::XY => x * y,
        };
        let g = match (self.outer, self.k * w) {
            (Outer::One, _) => 1,
            (o, 0) => o.at_zero(),
            _ => return None,
        };
        Some(self.c * x.pow(self.i) * y.pow(self.j) * g)
    }
    /// The factors after the coefficient: `x²y·exp(2xy)` (pretty) or `x^2*y*exp(2*x*y)`.
    fn factors(&self, pretty: bool) -> Vec<String> {
        let mut out = Vec::new();
        for (name, e) in [("x", self.i), ("y", self.j)] {
            match (e, pretty) {
                (0, _) => {}
                (1, _) => out.push(name.to_string()),
                (_, true) => out.push(format!(
                    "{name}{}",
                    crate::exercises::common::superscript(e)
                )),
                (_, false) => out.push(format!("{name}^{e}")),
            }
        }
        if self.outer != Outer::One {
            let times = if pretty { "" } else { "*" };
            out.push(format!(
                "{}({})",
                self.outer.name(),
                self.inner.text(self.k, times)
            ));
        }
        out
    }
    /// The tree of the term's text in the answer language (`signed(false)`), with its sign on
    /// the first factor when `negative` (a leading `-`).
    fn expr(&self, negative: bool) -> Expr {
        let mut factors = Vec::new();
        for (name, e) in [("x", self.i), ("y", self.j)] {
            match e {
                0 => {}
                1 => factors.push(tree::var(name)),
                _ => factors.push(tree::binary(
                    BinOp::Pow,
                    tree::var(name),
                    tree::int(i64::from(e)),
                )),
            }
        }
        if self.outer != Outer::One {
            factors.push(tree::call(self.outer.name(), self.inner.expr(self.k)));
        }
        let c = self.c.abs();
        if c != 1 || factors.is_empty() {
            factors.insert(0, tree::int(c));
        }
        tree::product(factors, negative).expect("a factor")
    }
    /// `(negative, text)` of the term, for a signed sum.
    fn signed(&self, pretty: bool) -> (bool, String) {
        let factors = self.factors(pretty);
        let c = self.c.abs();
        let text = if pretty {
            // Powers side by side (`3x²y`), a function after a middle dot (`3x·exp(2y)`).
            let mut s = if c == 1 && !factors.is_empty() {
                String::new()
            } else {
                c.to_string()
            };
            for f in &factors {
                if f.contains('(') && !s.is_empty() {
                    s.push('·');
                }
                s.push_str(f);
            }
            s
        } else if factors.is_empty() {
            c.to_string()
        } else if c == 1 {
            factors.join("*")
        } else {
            format!("{c}*{}", factors.join("*"))
        };
        (self.c < 0, text)
    }
}

/// A function of x and y: a sum of [`Term`]s with like terms collected and zero terms dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Surface {
    pub terms: Vec<Term>,
}

impl Surface {
    /// The sum of `terms`, like terms collected (in order of first appearance), zeros dropped.
    pub fn new(terms: impl IntoIterator<Item = Term>) -> Surface {
        let mut out: Vec<Term> = Vec::new();
        for t in terms {
            match out.iter_mut().find(|o| o.key() == t.key()) {
                Some(o) => o.c += t.c,
                None => out.push(t),
            }
        }
        out.retain(|t| t.c != 0);
        Surface { terms: out }
    }
    /// ∂/∂v.
    pub fn partial(&self, v: Var) -> Surface {
        Surface::new(self.terms.iter().flat_map(|t| t.partial(v, true)))
    }
    /// ∂/∂v with the chain rule's inner derivative forgotten in every term.
    pub fn partial_without_inner(&self, v: Var) -> Surface {
        Surface::new(self.terms.iter().flat_map(|t| t.partial(v, false)))
    }
    /// The function with `v = 0` (still a function of the other variable).
    pub fn at_zero(&self, v: Var) -> Surface {
        Surface::new(self.terms.iter().filter_map(|t| t.at_zero(v)))
    }
    pub fn is_zero(&self) -> bool {
        self.terms.is_empty()
    }
    /// Whether a term's `G` has an inner argument that holds `v` with an inner derivative other
    /// than 1 (where forgetting the chain rule changes the result).
    pub fn has_chain_in(&self, v: Var) -> bool {
        self.terms
            .iter()
            .any(|t| t.outer != Outer::One && t.inner.has(v) && (t.inner == Inner::XY || t.k != 1))
    }
    pub fn value(&self, x: f64, y: f64) -> f64 {
        self.terms.iter().map(|t| t.value(x, y)).sum()
    }
    /// The value at an integer point: exact where every `G`'s argument is 0 there, else real.
    pub fn value_at(&self, x: i64, y: i64) -> Scalar {
        let exact: Option<i64> = self.terms.iter().map(|t| t.exact_value(x, y)).sum();
        match exact {
            Some(n) => Scalar::int(n),
            None => Scalar::Real(self.value(x as f64, y as f64)),
        }
    }
    /// The terms' values at an integer point (exact where `G`'s argument is 0 there).
    pub fn term_values(&self, x: i64, y: i64) -> Vec<Scalar> {
        self.terms
            .iter()
            .map(|t| Surface { terms: vec![*t] }.value_at(x, y))
            .collect()
    }
    /// The variables inside some term's exp, sin or cos.
    fn inner_vars(&self) -> Vec<Var> {
        let mut out = Vec::new();
        for t in self.terms.iter().filter(|t| t.outer != Outer::One) {
            for v in [Var::X, Var::Y] {
                if t.inner.has(v) && !out.contains(&v) {
                    out.push(v);
                }
            }
        }
        out
    }
    /// `3x²y − 2·exp(2y)`: how the prompt and the solution write it.
    pub fn pretty(&self) -> String {
        if self.is_zero() {
            return "0".into();
        }
        let terms: Vec<(bool, String)> = self.terms.iter().map(|t| t.signed(true)).collect();
        crate::exercises::common::signed_join(&terms)
    }
    /// `3*x^2*y - 2*exp(2*y)`: the answer language; [`Surface::expr`] builds the tree the
    /// parser reads from it (the tests pin that).
    #[cfg(test)]
    pub fn text(&self) -> String {
        if self.is_zero() {
            return "0".into();
        }
        let terms: Vec<(bool, String)> = self.terms.iter().map(|t| t.signed(false)).collect();
        crate::exercises::common::signed_join_with(&terms, " - ", " + ")
    }
    /// The formula as an expression of the answer language: the tree `parse(&self.text())`
    /// reads, built directly.
    pub fn expr(&self) -> Result<Expr, GenError> {
        let mut terms = self.terms.iter();
        let Some(first) = terms.next() else {
            return Ok(tree::int(0));
        };
        let first = first.expr(first.c < 0);
        Ok(terms.fold(first, |acc, t| {
            let op = if t.c < 0 { BinOp::Sub } else { BinOp::Add };
            tree::binary(op, acc, t.expr(false))
        }))
    }
    pub fn formula(&self) -> Result<Value, GenError> {
        self.expr().map(Value::Formula)
    }
    /// The steps of ∂/∂v term by term, `∂/∂x (3x²y) = 6xy`, each with the rule that gives it.
    pub fn partial_steps(&self, v: Var) -> Vec<(String, &'static str)> {
        self.terms
            .iter()
            .map(|t| {
                let d = Surface::new(t.partial(v, true));
                let one = Surface { terms: vec![*t] };
                let line = format!("∂/∂{} ({}) = {}", v.name(), one.pretty(), d.pretty());
                (line, rule(t, v))
            })
            .collect()
    }
}

/// The rule that differentiates a term with respect to `v`.
fn rule(t: &Term, v: Var) -> &'static str {
    if t.exponent(v) == 0 && !(t.outer != Outer::One && t.inner.has(v)) {
        return match v {
            Var::X => "no x in it: a constant",
            Var::Y => "no y in it: a constant",
        };
    }
    let power = t.exponent(v) > 0;
    let chain = t.outer != Outer::One && t.inner.has(v);
    let others = t.exponent(v.other()) > 0 || (t.outer != Outer::One && !chain);
    match (power, chain) {
        (false, false) => "a constant",
        (true, false) if others => "power rule, the other factors held constant",
        (true, false) => "power rule",
        (false, true) => "chain rule: times the inner derivative",
        (true, true) => "product rule, with the chain rule for the outer function",
    }
}

/// The domain formula answers in x and y are checked on.
pub fn xy_domain() -> Vec<Domain> {
    vec![Domain::new("x", -2.0, 2.0), Domain::new("y", -2.0, 2.0)]
}

/// The equivalence of a formula answer in x and y.
pub fn xy_formula() -> Equivalence {
    Equivalence::Formula {
        vars: xy_domain(),
        tol: Tolerance::default(),
    }
}

/// `∂f/∂x`, `∂²f/∂x∂y` (∂/∂x of ∂f/∂y), `∂²f/∂x²`.
pub fn partial_name(first: Var, second: Option<Var>) -> String {
    match second {
        None => format!("∂f/∂{}", first.name()),
        Some(s) if s == first => format!("∂²f/∂{}²", first.name()),
        Some(s) => format!("∂²f/∂{}∂{}", s.name(), first.name()),
    }
}

/// A nonzero integer in `[-m, m]` other than ±1 where `no_unit` is set.
pub fn coefficient(rng: &mut crate::engine::DrillRng, m: i64, no_unit: bool) -> i64 {
    loop {
        let c = rng.nonzero_int(-m, m);
        if !no_unit || c.abs() != 1 {
            return c;
        }
    }
}

/// An integer point with coordinates in `[-m, m]` at which the values of the functions are exact:
/// where a function has exp, sin or cos of k·y (of k·x), y = 0 (x = 0); of k·xy, one of them is
/// 0, the other nonzero. Otherwise both are nonzero, so that no term vanishes at the point.
pub fn draw_point(
    fs: &[&Surface],
    m: i64,
    rng: &mut crate::engine::DrillRng,
) -> Result<(i64, i64), GenError> {
    let mut x = rng.nonzero_int(-m, m);
    let mut y = rng.nonzero_int(-m, m);
    let zero_x_first = rng.chance(1, 2);
    for f in fs {
        let inner = f.inner_vars();
        if inner.len() == 2 {
            // exp(k·xy): either coordinate may be the zero one.
            if x != 0 && y != 0 {
                if zero_x_first { x = 0 } else { y = 0 }
            }
        } else if inner.contains(&Var::X) {
            x = 0;
        } else if inner.contains(&Var::Y) {
            y = 0;
        }
    }
    if x == 0 && y == 0 {
        return Err(GenError::Redraw("the point is the origin"));
    }
    Ok((x, y))
}

/// `(2, −1)`.
pub fn point_text(x: i64, y: i64) -> String {
    format!("({}, {})", x, y).replace('-', "−")
}

/// The function of a level, drawn by shape: level 1 a polynomial with a mixed term, level 2 a
/// product of a power and exp/sin/cos of a multiple of the other variable, level 3 a
/// composition exp/sin/cos of k·xy; each plus pure powers of x and of y, so that neither
/// partial is zero. `swap` exchanges the roles of x and y.
pub fn draw_surface(level: u8, rng: &mut crate::engine::DrillRng) -> Result<Surface, GenError> {
    let swap = rng.chance(1, 2);
    let (p, q) = if swap {
        (Var::Y, Var::X)
    } else {
        (Var::X, Var::Y)
    };
    let mono = |c: i64, ep: u32, eq: u32| match p {
        Var::X => Term::power(c, ep, eq),
        Var::Y => Term::power(c, eq, ep),
    };
    let outers = [Outer::Exp, Outer::Sin, Outer::Cos];
    let main = match level {
        1 => {
            let (m, n) = (rng.int(1, 3) as u32, rng.int(1, 2) as u32);
            mono(coefficient(rng, 5, false), m, n)
        }
        2 => {
            let m = rng.int(1, 3) as u32;
            let outer = *rng.pick(&outers);
            let k = rng.int(2, 3);
            let inner = match q {
                Var::X => Inner::X,
                Var::Y => Inner::Y,
            };
            let (i, j) = if p == Var::X { (m, 0) } else { (0, m) };
            Term::with(coefficient(rng, 4, false), i, j, outer, inner, k)
        }
        3 => {
            let outer = *rng.pick(&outers);
            let k = rng.int(1, 3);
            Term::with(coefficient(rng, 4, false), 0, 0, outer, Inner::XY, k)
        }
        l => return Err(GenError::Level(l)),
    };
    let r = rng.int(2, 4) as u32;
    let s = rng.int(1, 3) as u32;
    let f = Surface::new([
        main,
        mono(coefficient(rng, 5, false), r, 0),
        mono(coefficient(rng, 5, false), 0, s),
    ]);
    if f.terms.len() < 3 {
        return Err(GenError::Redraw("terms collected"));
    }
    Ok(f)
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::engine::DrillRng;

    /// ∂/∂v of `f` at `(x, y)` by a central difference of `f`'s f64 values (independent of the
    /// symbolic rules): step 1e-5, error O(h²) ≈ 1e-10 times the third derivative.
    pub fn central(f: &Surface, v: Var, x: f64, y: f64) -> f64 {
        let h = 1e-5;
        match v {
            Var::X => (f.value(x + h, y) - f.value(x - h, y)) / (2.0 * h),
            Var::Y => (f.value(x, y + h) - f.value(x, y - h)) / (2.0 * h),
        }
    }

    /// Whether `got` agrees with `want` to `rel` relative to max(|want|, 1).
    pub fn agrees(got: f64, want: f64, rel: f64) -> bool {
        (got - want).abs() <= rel * want.abs().max(1.0)
    }

    #[test]
    fn partials_match_central_differences_and_print_as_a_teacher_writes() {
        let f = Surface::new([
            Term::power(3, 2, 1),
            Term::with(-2, 1, 0, Outer::Exp, Inner::Y, 2),
            Term::with(4, 0, 0, Outer::Sin, Inner::XY, 3),
        ]);
        assert_eq!(f.pretty(), "3x²y − 2x·exp(2y) + 4·sin(3xy)");
        assert_eq!(f.text(), "3*x^2*y - 2*x*exp(2*y) + 4*sin(3*x*y)");
        let fx = f.partial(Var::X);
        assert_eq!(fx.pretty(), "6xy − 2·exp(2y) + 12y·cos(3xy)");
        let fy = f.partial(Var::Y);
        assert_eq!(fy.pretty(), "3x² − 4x·exp(2y) + 12x·cos(3xy)");
        assert_eq!(
            f.partial_without_inner(Var::Y).pretty(),
            "3x² − 2x·exp(2y) + 4·cos(3xy)"
        );
        assert_eq!(fx.at_zero(Var::Y).pretty(), "−2");
        for (x, y) in [(0.3, -0.7), (1.2, 0.4), (-1.5, 1.1)] {
            assert!(agrees(fx.value(x, y), central(&f, Var::X, x, y), 1e-8));
            assert!(agrees(fy.value(x, y), central(&f, Var::Y, x, y), 1e-8));
            let fxy = fx.partial(Var::Y);
            assert!(agrees(fxy.value(x, y), central(&fx, Var::Y, x, y), 1e-8));
            assert!(agrees(
                fxy.value(x, y),
                fy.partial(Var::X).value(x, y),
                1e-12
            ));
        }
        assert_eq!(f.value_at(2, 0), Scalar::int(-4));
        assert!(matches!(f.value_at(1, 1), Scalar::Real(_)));
    }

    #[test]
    fn drawn_partials_match_central_differences_at_every_level() {
        for level in 1..=3 {
            for seed in 0..300 {
                let mut rng = DrillRng::from_seed_u64(seed);
                let Ok(f) = draw_surface(level, &mut rng) else {
                    continue;
                };
                let e = f.expr().unwrap();
                for v in [Var::X, Var::Y] {
                    let d = f.partial(v);
                    assert!(!d.is_zero(), "{}", f.pretty());
                    for (x, y) in [(0.31, -0.72), (-1.13, 0.45)] {
                        assert!(
                            agrees(d.value(x, y), central(&f, v, x, y), 1e-7),
                            "{}",
                            f.pretty()
                        );
                        // The answer-language text evaluates to the same function.
                        let at = crate::expr::eval_at(&e, &[("x", x), ("y", y)]).unwrap();
                        assert!(agrees(at, f.value(x, y), 1e-12));
                    }
                }
            }
        }
    }

    /// The tree `expr` builds is the tree the parser reads from `text`, for `f` and the
    /// surfaces the kinds derive from it.
    fn assert_tree_is_parse(f: &Surface) {
        let mut all = vec![f.clone()];
        for v in [Var::X, Var::Y] {
            let d = f.partial(v);
            all.extend([
                f.partial_without_inner(v),
                f.at_zero(v),
                d.partial(Var::X),
                d.partial(Var::Y),
                d.at_zero(v.other()),
                d,
            ]);
        }
        for g in all {
            let parsed = crate::expr::parse(&g.text()).unwrap();
            assert_eq!(g.expr().unwrap(), parsed, "{}", g.text());
        }
    }

    #[test]
    fn the_built_tree_is_the_parsed_text() {
        let f = Surface::new([
            Term::with(-1, 0, 3, Outer::Cos, Inner::XY, -1),
            Term::with(1, 1, 0, Outer::Exp, Inner::X, -2),
            Term::with(-7, 0, 0, Outer::Sin, Inner::Y, 1),
            Term::power(-1, 2, 2),
            Term::power(5, 0, 0),
            Term::with(-3, 2, 0, Outer::Exp, Inner::XY, 4),
        ]);
        assert_eq!(
            f.text(),
            "-y^3*cos(-x*y) + x*exp(-2*x) - 7*sin(y) - x^2*y^2 + 5 - 3*x^2*exp(4*x*y)"
        );
        assert_tree_is_parse(&f);
        assert_tree_is_parse(&Surface::new([Term::power(-4, 0, 0)]));
        assert_eq!(
            Surface::new([]).expr().unwrap(),
            crate::expr::parse("0").unwrap()
        );
        for level in 1..=3 {
            for seed in 0..300 {
                let mut rng = DrillRng::from_seed_u64(seed);
                if let Ok(f) = draw_surface(level, &mut rng) {
                    assert_tree_is_parse(&f);
                }
            }
        }
    }
}
