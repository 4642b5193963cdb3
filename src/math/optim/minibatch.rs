//! Mini-batch stochastic gradient: any update rule applied to the mean gradient of a few
//! examples at a time, the examples visited in a seeded random order each epoch.

use super::{OptimError, Step, SumProblem, Update};
use crate::math::sim::{SimRng, sim_rng};
use rand::RngExt;

/// Mini-batch SGD around an update rule `U` (plain [`super::GradientDescent`] for SGD, or
/// momentum, Adam …). Each epoch shuffles the example indices 0..n (Fisher–Yates on a generator
/// seeded once) and cuts them into batches of `batch` examples in that order, the last batch of
/// an epoch smaller when `batch` does not divide n (torch's `DataLoader(shuffle=True,
/// drop_last=False)`). A step's gradient is the mean of the batch's example gradients
/// (1/|B|) Σ_{i∈B} ∇fᵢ(x), an unbiased estimate of ∇f for f = (1/n)Σ fᵢ.
pub struct MiniBatch<U> {
    inner: U,
    batch: usize,
    rng: SimRng,
    order: Vec<usize>,
    next: usize,
    last: Vec<usize>,
}

impl<U: Update> MiniBatch<U> {
    pub fn new(inner: U, batch: usize, seed: u64) -> Result<MiniBatch<U>, OptimError> {
        if batch == 0 {
            return Err(OptimError::EmptyBatch { batch, examples: 0 });
        }
        Ok(MiniBatch {
            inner,
            batch,
            rng: sim_rng(seed),
            order: Vec::new(),
            next: 0,
            last: Vec::new(),
        })
    }

    /// The example indices of the last step's batch.
    pub fn last_batch(&self) -> &[usize] {
        &self.last
    }

    /// The wrapped rule.
    pub fn inner(&self) -> &U {
        &self.inner
    }

    /// The next batch, starting a new shuffled epoch when the last one is used up.
    fn next_batch(&mut self, n: usize) -> Vec<usize> {
        if self.order.len() != n || self.next >= n {
            self.order = (0..n).collect();
            for i in (1..n).rev() {
                let j = self.rng.random_range(0..=i);
                self.order.swap(i, j);
            }
            self.next = 0;
        }
        let end = (self.next + self.batch).min(n);
        let b = self.order[self.next..end].to_vec();
        self.next = end;
        b
    }
}

impl<P: SumProblem + ?Sized, U: Update> Step<P> for MiniBatch<U> {
    fn name(&self) -> String {
        format!("{}, batches of {}", self.inner.name(), self.batch)
    }

    fn step(&mut self, problem: &P, x: &mut [f64]) -> Result<(), OptimError> {
        let n = problem.examples();
        if n == 0 {
            return Err(OptimError::EmptyBatch {
                batch: self.batch,
                examples: 0,
            });
        }
        let batch = self.next_batch(n);
        let mut mean = vec![0.0; x.len()];
        let mut g = vec![0.0; x.len()];
        for &i in &batch {
            problem.example_gradient(x, i, &mut g);
            for (s, gi) in mean.iter_mut().zip(&g) {
                *s += gi;
            }
        }
        let k = batch.len() as f64;
        mean.iter_mut().for_each(|s| *s /= k);
        self.inner.update(x, &mean);
        self.last = batch;
        Ok(())
    }
}
