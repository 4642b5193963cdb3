//! Optimization shaped like argmin: a driver owns the loop and each method writes one step
//! (gradient descent, SGD, momentum, Nesterov, RMSProp, Adam), with learning-rate schedules and
//! the classic test functions.
//!
//! The pieces:
//! - [`Problem`]: a cost and its gradient at a parameter vector; [`SumProblem`]: a cost that is
//!   the mean of per-example costs (what mini-batch SGD samples).
//! - [`Update`]: one method's update rule, given the gradient at the current point (each method
//!   in its own file states its rule); every `Update` is a [`Step`] on any problem (full-batch),
//!   [`MiniBatch`] makes it a step on the mean gradient of a seeded mini-batch, and
//!   [`Scheduled`] changes its learning rate before every step.
//! - [`run`]: the driver. It owns the loop, checks the stopping criteria (an iteration budget, a
//!   gradient-norm tolerance) and reports a divergence as such (never a loop of NaN), and
//!   records the history (x, f, ‖∇f‖) of every iterate.
//! - [`functions`]: quadratics ½xᵀAx − bᵀx, Rosenbrock, Himmelblau and the mean squared error of
//!   a line, with their known minima.

mod adam;
mod driver;
mod error;
pub mod functions;
mod gd;
mod minibatch;
mod momentum;
mod nesterov;
mod problem;
mod rmsprop;
mod schedule;
mod step;

pub use adam::{Adam, AdamConvention};
pub use driver::{Outcome, Record, Run, Stop, run};
pub use error::OptimError;
pub use gd::GradientDescent;
pub use minibatch::MiniBatch;
pub use momentum::{Momentum, MomentumForm};
pub use nesterov::Nesterov;
pub use problem::{Problem, SumProblem, norm};
pub use rmsprop::RmsProp;
pub use schedule::{Schedule, Scheduled};
pub use step::{Step, Update};

#[cfg(test)]
mod tests;
