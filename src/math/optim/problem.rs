//! What an optimizer minimises: a cost f(x) of a parameter vector and its gradient ∇f(x).

/// A differentiable cost of a parameter vector of fixed dimension.
pub trait Problem {
    /// The number of parameters.
    fn dim(&self) -> usize;
    /// f(x).
    fn cost(&self, x: &[f64]) -> f64;
    /// ∇f(x), written into `g` (of length [`Problem::dim`]).
    fn gradient(&self, x: &[f64], g: &mut [f64]);
}

/// A cost that is the mean of per-example costs, f(x) = (1/n) Σᵢ fᵢ(x): mini-batch SGD
/// estimates its gradient by the mean of the gradients of a few examples.
pub trait SumProblem: Problem {
    /// The number of examples n.
    fn examples(&self) -> usize;
    /// ∇fᵢ(x) of example `i`, written into `g`.
    fn example_gradient(&self, x: &[f64], i: usize, g: &mut [f64]);
}

/// The Euclidean norm ‖v‖.
pub fn norm(v: &[f64]) -> f64 {
    v.iter().map(|a| a * a).sum::<f64>().sqrt()
}
