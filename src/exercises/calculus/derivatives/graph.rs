//! A tiny computation graph, as in backpropagation: named inputs, then nodes that each apply
//! one operation to earlier nodes, the last node the output. The forward pass computes every
//! value; the backward pass computes every adjoint `dout/dn = Σ over the nodes c that use n of
//! dout/dc · dc/dn` (a node used twice sums its paths), from the output back to the inputs.
//!
//! The backward pass can be run with a learner's slip ([`Slip`]) to compute a named mistake, and
//! the adjoint of one input can be computed wrongly in the ways learners do ([`missing_local`],
//! [`one_path`], [`summed_along_paths`]).

use crate::exercises::common::{chain, factor, num};
use crate::math::Scalar;

/// What a node computes from earlier nodes (indices into the graph).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// The sum of the nodes.
    Sum(&'static [usize]),
    Sub(usize, usize),
    Mul(usize, usize),
    Square(usize),
    Exp(usize),
    /// The logistic sigmoid `σ(z) = 1/(1 + e⁻ᶻ)`.
    Sigmoid(usize),
}

impl Op {
    fn args(&self) -> Vec<usize> {
        match *self {
            Op::Sum(xs) => xs.to_vec(),
            Op::Sub(a, b) | Op::Mul(a, b) => vec![a, b],
            Op::Square(a) | Op::Exp(a) | Op::Sigmoid(a) => vec![a],
        }
    }
}

/// A graph: the names of all nodes, inputs first (`op` `None`), the output last.
#[derive(Clone, Copy, Debug)]
pub struct Graph {
    pub names: &'static [&'static str],
    pub ops: &'static [Option<Op>],
}

/// A slip in the local derivatives of the backward pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slip {
    None,
    /// `d(a·b)/da` taken as `a` (the node's own input) instead of the other factor `b`.
    SwappedProduct,
    /// `dσ(z)/dz` taken as `σ(z)` instead of `σ(z)(1 − σ(z))`.
    SigmoidValue,
    /// `d(d²)/dd` taken as `d` instead of `2d`.
    SquareWithoutTwo,
}

fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

impl Graph {
    pub fn output(&self) -> usize {
        self.names.len() - 1
    }

    /// The nodes that use node `n`, in order, with how often (a node never uses one twice).
    pub fn consumers(&self, n: usize) -> Vec<usize> {
        (0..self.names.len())
            .filter(|&c| self.ops[c].is_some_and(|op| op.args().contains(&n)))
            .collect()
    }

    /// The forward pass from the inputs' values (exact where the operations are rational).
    pub fn forward(&self, inputs: &[Scalar]) -> Vec<Scalar> {
        let mut v: Vec<Scalar> = inputs.to_vec();
        for op in self.ops.iter().skip(inputs.len()).flatten() {
            let x = match *op {
                Op::Sum(xs) => xs.iter().fold(Scalar::ZERO, |s, &i| s + v[i]),
                Op::Sub(a, b) => v[a] - v[b],
                Op::Mul(a, b) => v[a] * v[b],
                Op::Square(a) => v[a] * v[a],
                Op::Exp(a) => Scalar::Real(v[a].to_f64().exp()),
                Op::Sigmoid(a) => Scalar::Real(sigmoid(v[a].to_f64())),
            };
            v.push(x);
        }
        v
    }

    /// `dc/dn` at the forward values `v`, as a value and as the symbol a learner writes
    /// (`y`, `1`, `2r`, `exp(r)`, `a(1 − a)`).
    pub fn local(&self, c: usize, n: usize, v: &[Scalar], slip: Slip) -> (Scalar, String) {
        let name = |i: usize| self.names[i].to_string();
        match self.ops[c] {
            Some(Op::Sum(_)) => (Scalar::ONE, "1".into()),
            Some(Op::Sub(a, _)) if a == n => (Scalar::ONE, "1".into()),
            Some(Op::Sub(..)) => (-Scalar::ONE, "−1".into()),
            Some(Op::Mul(a, b)) => {
                let other = if a == n { b } else { a };
                let k = if slip == Slip::SwappedProduct {
                    n
                } else {
                    other
                };
                (v[k], name(k))
            }
            Some(Op::Square(a)) if slip == Slip::SquareWithoutTwo => (v[a], name(a)),
            Some(Op::Square(a)) => (Scalar::int(2) * v[a], format!("2{}", name(a))),
            Some(Op::Exp(a)) => (v[c], format!("exp({})", name(a))),
            Some(Op::Sigmoid(_)) if slip == Slip::SigmoidValue => (v[c], name(c)),
            Some(Op::Sigmoid(_)) => {
                let s = v[c];
                (s * (Scalar::ONE - s), format!("{0}(1 − {0})", name(c)))
            }
            None => (Scalar::ZERO, "0".into()),
        }
    }

    /// The adjoints `dout/dn` of every node, by the backward pass (with a slip or without).
    pub fn backward(&self, v: &[Scalar], slip: Slip) -> Vec<Scalar> {
        let out = self.output();
        let mut adj = vec![Scalar::ZERO; self.names.len()];
        adj[out] = Scalar::ONE;
        for n in (0..out).rev() {
            adj[n] = self.consumers(n).iter().fold(Scalar::ZERO, |s, &c| {
                s + adj[c] * self.local(c, n, v, slip).0
            });
        }
        adj
    }

    /// The nodes on a path from `from` to the output (`from` included), in order.
    pub fn on_paths(&self, from: usize) -> Vec<usize> {
        let out = self.output();
        let mut reach = vec![false; self.names.len()];
        reach[from] = true;
        for n in from + 1..=out {
            reach[n] = self.ops[n].is_some_and(|op| op.args().iter().any(|&a| reach[a]));
        }
        (from..=out).filter(|&n| reach[n]).collect()
    }

    /// The name of `dout/dn`: `df/dq`.
    pub fn adjoint_name(&self, n: usize) -> String {
        format!("d{}/d{}", self.names[self.output()], self.names[n])
    }

    /// The equation of node `n` and the same with the forward values substituted:
    /// `("q = x·y", "3·(−2)")`; `None` for an input.
    fn equation(&self, n: usize, v: &[Scalar]) -> Option<(String, String)> {
        let name = |i: usize| self.names[i];
        let val = |i: usize| factor(v[i]);
        let (symbolic, substituted) = match self.ops[n]? {
            Op::Sum(xs) => (
                xs.iter().map(|&i| name(i)).collect::<Vec<_>>().join(" + "),
                xs.iter().map(|&i| val(i)).collect::<Vec<_>>().join(" + "),
            ),
            Op::Sub(a, b) => (
                format!("{} − {}", name(a), name(b)),
                format!("{} − {}", val(a), val(b)),
            ),
            Op::Mul(a, b) => (
                format!("{}·{}", name(a), name(b)),
                format!("{}·{}", val(a), val(b)),
            ),
            Op::Square(a) => (format!("{}²", name(a)), format!("{}²", val(a))),
            Op::Exp(a) => (format!("exp({})", name(a)), format!("exp({})", num(v[a]))),
            Op::Sigmoid(a) => (format!("σ({})", name(a)), format!("σ({})", num(v[a]))),
        };
        Some((format!("{} = {symbolic}", name(n)), substituted))
    }

    /// The graph's equations, one per node: `q = x + y`, `f = q·z`.
    pub fn equations(&self) -> Vec<String> {
        let zeros = vec![Scalar::ZERO; self.names.len()];
        (0..self.names.len())
            .filter_map(|n| self.equation(n, &zeros).map(|(e, _)| e))
            .collect()
    }

    /// The forward pass written out: `q = x·y = 3·(−2) = −6`, one line per node.
    pub fn forward_lines(&self, v: &[Scalar]) -> Vec<String> {
        (0..self.names.len())
            .filter_map(|n| {
                let (eq, substituted) = self.equation(n, v)?;
                Some(chain(&eq, &[substituted, num(v[n])]))
            })
            .collect()
    }

    /// The backward pass written out for the nodes between the output and `from` (output side
    /// first), each adjoint from those of the nodes that use it:
    /// `df/dx = df/dq·dq/dx + df/dr·dr/dx = 6·y + 6·1 = 6·3 + 6·1 = 24`.
    pub fn backward_lines(&self, v: &[Scalar], adj: &[Scalar], from: usize) -> Vec<String> {
        let out = self.output();
        let mut nodes = self.on_paths(from);
        nodes.retain(|&n| n != out);
        nodes.reverse();
        nodes
            .iter()
            .map(|&n| {
                let cs = self.consumers(n);
                if cs == [out] {
                    // df/dq is the local derivative itself: `df/dq = z = 4`.
                    let (lv, ls) = self.local(out, n, v, Slip::None);
                    return chain(&self.adjoint_name(n), &[ls, num(lv)]);
                }
                let mut symbolic = Vec::new();
                let mut with_locals = Vec::new();
                let mut numbers = Vec::new();
                for &c in &cs {
                    let (lv, ls) = self.local(c, n, v, Slip::None);
                    if c == out {
                        symbolic.push(ls.clone());
                        with_locals.push(ls);
                        numbers.push(num(lv));
                    } else {
                        symbolic.push(format!(
                            "{}·d{}/d{}",
                            self.adjoint_name(c),
                            self.names[c],
                            self.names[n]
                        ));
                        with_locals.push(format!("{}·{}", factor(adj[c]), paren(&ls)));
                        numbers.push(format!("{}·{}", factor(adj[c]), factor(lv)));
                    }
                }
                chain(
                    &format!("{} = {}", self.adjoint_name(n), symbolic.join(" + ")),
                    &[with_locals.join(" + "), numbers.join(" + "), num(adj[n])],
                )
                .replace("+ −", "− ")
            })
            .collect()
    }
}

/// A local derivative's symbol as a factor: `a(1 − a)` and `2r` stay, `−1` gets parentheses.
fn paren(s: &str) -> String {
    if s.starts_with('−') {
        format!("({s})")
    } else {
        s.to_string()
    }
}

/// The adjoint of input `x` without the local derivatives `dc/dx` of its last step: only the
/// upstream gradients `Σ dout/dc`.
pub fn missing_local(g: &Graph, adj: &[Scalar], x: usize) -> Scalar {
    g.consumers(x).iter().fold(Scalar::ZERO, |s, &c| s + adj[c])
}

/// The adjoint of input `x` through the first node that uses it only (a variable used twice
/// has a second path).
pub fn one_path(g: &Graph, v: &[Scalar], adj: &[Scalar], x: usize) -> Option<Scalar> {
    let cs = g.consumers(x);
    (cs.len() > 1).then(|| adj[cs[0]] * g.local(cs[0], x, v, Slip::None).0)
}

/// Every path from `x` to the output with its local derivatives added instead of multiplied,
/// and the paths' sums added.
pub fn summed_along_paths(g: &Graph, v: &[Scalar], x: usize) -> Scalar {
    // (number of paths from n to the output, sum over those paths of their local sums)
    let out = g.output();
    let mut paths = vec![Scalar::ZERO; g.names.len()];
    let mut sums = vec![Scalar::ZERO; g.names.len()];
    paths[out] = Scalar::ONE;
    for n in (x..out).rev() {
        for c in g.consumers(n) {
            let l = g.local(c, n, v, Slip::None).0;
            paths[n] = paths[n] + paths[c];
            sums[n] = sums[n] + sums[c] + paths[c] * l;
        }
    }
    sums[x]
}

#[cfg(test)]
mod tests {
    use super::super::computation_graph::{CLASSIC, TWICE};
    use super::*;
    use crate::exercises::common::scalars;

    #[test]
    fn the_classic_graph_forward_and_backward() {
        // CS231n's example: x = −2, y = 5, z = −4 gives q = 3, f = −12, df/dx = −4.
        let v = CLASSIC.forward(&scalars(&[-2, 5, -4]));
        assert_eq!(v, scalars(&[-2, 5, -4, 3, -12]));
        let adj = CLASSIC.backward(&v, Slip::None);
        assert_eq!(adj, scalars(&[-4, -4, 3, -4, 1]));
        assert_eq!(
            CLASSIC.forward_lines(&v),
            ["q = x + y = (−2) + 5 = 3", "f = q·z = 3·(−4) = −12"]
        );
        assert_eq!(
            CLASSIC.backward_lines(&v, &adj, 0),
            ["df/dq = z = −4", "df/dx = df/dq·dq/dx = (−4)·1 = −4"]
        );
        assert_eq!(summed_along_paths(&CLASSIC, &v, 0), Scalar::int(-3));
        assert_eq!(missing_local(&CLASSIC, &adj, 0), Scalar::int(-4));
        let swapped = CLASSIC.backward(&v, Slip::SwappedProduct);
        assert_eq!(swapped[0], Scalar::int(3));
    }

    #[test]
    fn a_variable_used_twice_sums_its_paths() {
        // f = (xy + x)² at x = 2, y = 3: df/dx = 2(xy + x)(y + 1) = 2·8·4 = 64.
        let v = TWICE.forward(&scalars(&[2, 3]));
        let adj = TWICE.backward(&v, Slip::None);
        assert_eq!(adj[0], Scalar::int(64));
        assert_eq!(one_path(&TWICE, &v, &adj, 0), Some(Scalar::int(48)));
        assert_eq!(missing_local(&TWICE, &adj, 0), Scalar::int(32));
        // paths x→q→r→f: y + 1 + 2r = 3 + 1 + 16; x→r→f: 1 + 16.
        assert_eq!(summed_along_paths(&TWICE, &v, 0), Scalar::int(37));
        assert_eq!(
            TWICE.backward_lines(&v, &adj, 0),
            [
                "df/dr = 2r = 16",
                "df/dq = df/dr·dr/dq = 16·1 = 16",
                "df/dx = df/dq·dq/dx + df/dr·dr/dx = 16·y + 16·1 = 16·3 + 16·1 = 64"
            ]
        );
        assert_eq!(
            TWICE.backward(&v, Slip::SquareWithoutTwo)[0],
            Scalar::int(32)
        );
    }
}
