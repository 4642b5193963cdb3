//! The rules of differentiation, as a teacher names them.

/// A rule of differentiation. [`Rule::name`] is the name a solution writes ("product rule").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// `d/dx c = 0` for anything free of the variable (numbers, π, other variables).
    Constant,
    /// `d/dx x = 1`.
    Variable,
    /// `(c·f)′ = c·f′`, `(f/c)′ = f′/c`, `(−f)′ = −f′`.
    ConstantMultiple,
    /// `(f + g)′ = f′ + g′`.
    Sum,
    /// `(f − g)′ = f′ − g′`.
    Difference,
    /// `(xⁿ)′ = n·xⁿ⁻¹` for a constant exponent `n`.
    Power,
    /// `(f·g)′ = f′·g + f·g′`.
    Product,
    /// `(f/g)′ = (f′·g − f·g′)/g²`.
    Quotient,
    /// `(F(u))′ = F′(u)·u′`: an outer function of an inner expression that is not the variable
    /// itself (the outer function is the head of [`RuleStep::of`](super::RuleStep)).
    Chain,
    /// `(eˣ)′ = eˣ`.
    Exp,
    /// `(aˣ)′ = aˣ·ln a` for a constant base `a`.
    Exponential,
    /// `(f^g)′` with the variable in the exponent and the base: `f^g = e^(g·ln f)`, so
    /// `(f^g)′ = f^g·(g′·ln f + g·f′/f)`.
    GeneralPower,
    /// `(ln x)′ = 1/x` (also `log10`, `log2`: `1/(x·ln 10)`).
    Ln,
    Sin,
    Cos,
    /// `(tan x)′ = 1/cos²x`.
    Tan,
    /// `(√x)′ = 1/(2√x)`.
    Sqrt,
    Asin,
    Acos,
    Atan,
    Sinh,
    Cosh,
    Tanh,
    /// `|x|′ = x/|x|`, undefined at 0.
    Abs,
    /// `σ′(x) = σ(x)·(1 − σ(x))`.
    Sigmoid,
}

impl Rule {
    /// The rule's name in a worked solution: "product rule", "derivative of sin".
    pub fn name(&self) -> &'static str {
        match self {
            Rule::Constant => "constant rule",
            Rule::Variable => "derivative of the variable",
            Rule::ConstantMultiple => "constant multiple rule",
            Rule::Sum => "sum rule",
            Rule::Difference => "difference rule",
            Rule::Power => "power rule",
            Rule::Product => "product rule",
            Rule::Quotient => "quotient rule",
            Rule::Chain => "chain rule",
            Rule::Exp => "derivative of eˣ",
            Rule::Exponential => "exponential rule",
            Rule::GeneralPower => "general power rule (f^g = e^(g·ln f))",
            Rule::Ln => "derivative of ln",
            Rule::Sin => "derivative of sin",
            Rule::Cos => "derivative of cos",
            Rule::Tan => "derivative of tan",
            Rule::Sqrt => "derivative of √",
            Rule::Asin => "derivative of asin",
            Rule::Acos => "derivative of acos",
            Rule::Atan => "derivative of atan",
            Rule::Sinh => "derivative of sinh",
            Rule::Cosh => "derivative of cosh",
            Rule::Tanh => "derivative of tanh",
            Rule::Abs => "derivative of |x| (undefined at 0)",
            Rule::Sigmoid => "derivative of σ",
        }
    }
}
