//! The kinds of the `derivatives` family (catalog: `exercises/calculus/derivatives.toml`): derivatives, the chain rule (formulas and computation graphs), critical points.

use crate::engine::Exercise;

/// Every kind of this family, in catalog order.
pub fn all() -> Vec<Box<dyn Exercise>> {
    vec![]
}
