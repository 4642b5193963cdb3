//! The continuous uniform distribution on an interval.

use super::error::{DistError, check};
use super::traits::{Continuous, Tail};

/// `X ~ Uniform(a, b)`: density `1/(b − a)` on `[a, b]`; `cdf(x) = (x − a)/(b − a)`;
/// `E X = (a + b)/2`, `Var X = (b − a)²/12`. (scipy's `uniform(loc=a, scale=b−a)`.)
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Uniform {
    a: f64,
    b: f64,
}

impl Uniform {
    /// `Uniform(a, b)`; `Err` unless `a < b` and `b − a` is finite.
    pub fn new(a: f64, b: f64) -> Result<Self, DistError> {
        let a = check("Uniform", "a", a, "a finite number", f64::is_finite)?;
        check("Uniform", "b", b, "finite and greater than a", |b| {
            b > a && (b - a).is_finite()
        })?;
        Ok(Self { a, b })
    }

    /// The lower end `a`.
    pub fn a(&self) -> f64 {
        self.a
    }

    /// The upper end `b`.
    pub fn b(&self) -> f64 {
        self.b
    }

    fn width(&self) -> f64 {
        self.b - self.a
    }
}

impl Continuous for Uniform {
    fn pdf(&self, x: f64) -> f64 {
        if x.is_nan() {
            f64::NAN
        } else if (self.a..=self.b).contains(&x) {
            1.0 / self.width()
        } else {
            0.0
        }
    }

    fn cdf(&self, x: f64) -> f64 {
        ((x - self.a) / self.width()).clamp(0.0, 1.0)
    }

    fn sf(&self, x: f64) -> f64 {
        ((self.b - x) / self.width()).clamp(0.0, 1.0)
    }

    fn mean(&self) -> f64 {
        self.a + 0.5 * self.width()
    }

    fn variance(&self) -> f64 {
        self.width() * self.width() / 12.0
    }

    fn support(&self) -> (f64, f64) {
        (self.a, self.b)
    }

    /// `a + p·(b − a)`, or `b − q·(b − a)` from the upper end.
    fn inverse(&self, prob: f64, tail: Tail) -> f64 {
        match tail {
            Tail::Lower => self.a + prob * self.width(),
            Tail::Upper => self.b - prob * self.width(),
        }
    }
}
