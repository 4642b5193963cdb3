//! Telling English from mathematics in the text of exercises: which words are prose, which are
//! variables and operator names. Shared by the terminal layout (where a line may break) and the
//! LaTeX writer (what is set as math).

/// Operator names set upright with their own LaTeX command (`\det`).
pub const OPERATORS: &[&str] = &[
    "det", "sin", "cos", "tan", "ln", "log", "exp", "max", "min", "dim", "ker", "arccos", "arcsin",
    "arctan",
];

/// Operator names set upright with `\operatorname`.
pub const NAMED_OPERATORS: &[&str] = &["tr", "rank", "diag", "adj", "proj", "comp"];

/// A word of prose (a run of ASCII letters): longer than one letter, with a lowercase letter
/// (`AB` is a product of matrices), and not an operator name.
pub fn is_prose_word(w: &str) -> bool {
    w.len() > 1
        && w.chars().all(|c| c.is_ascii_alphabetic())
        && w.chars().any(|c| c.is_ascii_lowercase())
        && !is_matrix_times_vector(w)
        && !OPERATORS.contains(&w)
        && !NAMED_OPERATORS.contains(&w)
}

/// `Ax`, `Av`: a matrix (capital) times a vector (one of the letters vectors are named by).
pub fn is_matrix_times_vector(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b"uvwxyz".contains(&b[1])
}
