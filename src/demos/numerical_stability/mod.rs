//! Numerical stability: the same formula, two ways of computing it in doubles.
//!
//! Softmax and log-sum-exp ([`softmax`]): exponentiating first overflows or underflows once the
//! logits are shifted by a few hundred, although softmax(z + a) = softmax(z); subtracting the
//! maximum first (the library's [`crate::math::ml::activations`]) works at every shift, and
//! log-space forms (log_softmax, log_sigmoid) stay finite where ln(softmax) is −∞.
//! Cancellation ([`cancellation`]): (1 − cos x)/x² loses digits like ε/x² and is exactly 0 below
//! x ≈ 1.05e-8, while the exact rewrite 2 sin²(x/2)/x² stays within a few ε; the reference is a
//! double-double series ([`double_double`]) checked against mpmath. The seed draws the logits,
//! the gap of the log-space example and the jitter of the x grid.

pub mod cancellation;
pub mod double_double;
mod figure;
pub mod softmax;

use super::seeded::Seeded;
use super::{DemoError, Options, Report};

/// The demo: measure both halves, tabulate, draw, claim.
pub fn report(opts: &Options) -> Result<Report, DemoError> {
    let mut rng = Seeded::new(opts.seed);
    let s = softmax::measure(&mut rng, opts.size.pick(1.0, 5.0))?;
    let c = cancellation::measure(&mut rng, opts.size.pick(20, 5))?;
    let mut claims = softmax::claims(&s);
    claims.extend(cancellation::claims(&c));
    Ok(Report {
        text: softmax::table(&s, opts.seed) + &cancellation::table(&c),
        figure: Some(figure::figure(&s, &c)),
        figure_height: 14,
        claims,
    })
}
