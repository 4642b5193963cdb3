//! The two traits a method implements: [`Update`], its rule given a gradient, and [`Step`], one
//! step on a problem (which the driver calls once per iteration).

use super::{OptimError, Problem};

/// One method's update rule: moves `x` given the gradient `g` at `x`, updating the state the
/// method owns (velocity, moment estimates, the step count). Each method's file states its rule.
pub trait Update {
    /// The method's name, as a legend shows it.
    fn name(&self) -> String;
    /// One update of `x` from the gradient `g` at `x`.
    fn update(&mut self, x: &mut [f64], g: &[f64]);
    /// The current learning rate.
    fn learning_rate(&self) -> f64;
    /// Sets the learning rate for the next updates (schedules call it before each step).
    fn set_learning_rate(&mut self, lr: f64);
}

/// One iteration of a solver on a problem of type `P`: the driver's only call into a method.
pub trait Step<P: Problem + ?Sized> {
    fn name(&self) -> String;
    /// Moves `x` by one iteration.
    fn step(&mut self, problem: &P, x: &mut [f64]) -> Result<(), OptimError>;
}

/// Every update rule is a full-batch step: the gradient at `x`, then the update.
impl<P: Problem + ?Sized, U: Update> Step<P> for U {
    fn name(&self) -> String {
        Update::name(self)
    }

    fn step(&mut self, problem: &P, x: &mut [f64]) -> Result<(), OptimError> {
        let mut g = vec![0.0; x.len()];
        problem.gradient(x, &mut g);
        self.update(x, &g);
        Ok(())
    }
}
