//! The names the language knows: functions, constants, keywords and Greek-letter variables, and
//! how a run of letters such as `2pix` or `xy` is split into names.

/// Functions of the language (calculator functions included), with aliases.
pub(crate) const FUNCTIONS: &[&str] = &[
    "sqrt",
    "abs",
    "exp",
    "ln",
    "log",
    "log10",
    "log2",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "arcsin",
    "arccos",
    "arctan",
    "sinh",
    "cosh",
    "tanh",
    "sigmoid",
    "min",
    "max",
    "floor",
    "ceil",
    "round",
    "deg",
    "det",
    "inv",
    "transpose",
    "trace",
    "dot",
    "norm",
    "rank",
    "rref",
    "identity",
    "eye",
    "diag",
    "solve",
    "null",
    "eig",
    "eigvec",
    "svd",
    "cond",
    "cross",
    "proj",
    // Probability and statistics (`stat_functions`).
    "normpdf",
    "normcdf",
    "norminv",
    "binompmf",
    "binomcdf",
    "poisspmf",
    "poisscdf",
    "tcdf",
    "tinv",
    "chi2cdf",
    "chi2inv",
    "mean",
    "median",
    "mode",
    "var",
    "std",
    "pvar",
    "pstd",
    "quantile",
    "iqr",
    "cov",
    "corr",
    "zscore",
    "ttest",
    "welch",
    "tinterval",
    "linreg",
    "precision",
    "recall",
    "f1",
    "auc",
    // Machine learning (`ml_functions`).
    "softmax",
    "logsumexp",
    "mse",
    "mae",
    "bce",
    "cce",
    "ridge",
    "lstsq",
    // Calculus (`calculus_functions`): their first argument is a formula, not a value.
    "diff",
    "grad",
    "jacobian",
    "hessian",
    "integrate",
    "limit",
];

/// The elementary functions: the ones an answer may use (`check` and the drill), because they
/// write a value in closed form (`sqrt(2)/2`, `ln(3)`, `acos(1/3)`) without doing the work an
/// exercise asks for. Every other function of [`FUNCTIONS`] computes a result (`det`, `inv`,
/// `eig`, …) and belongs to `mathdrill calc` alone.
///
/// Deliberately elementary: `floor` and `ceil` (closed forms such as ⌊n/2⌋ need them), and `deg`
/// (what `45°` means: a unit conversion to radians). Deliberately not: `round` (rounding is what
/// a question asks for when it says "to 2 decimals"), `min` and `max` (picking the largest or
/// smallest is the question in "the largest eigenvalue"), `sigmoid` (σ(z) is what the ML
/// exercises ask to compute).
pub(crate) const ELEMENTARY: &[&str] = &[
    "sqrt", "abs", "exp", "ln", "log", "log10", "log2", "sin", "cos", "tan", "asin", "acos",
    "atan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "floor", "ceil", "deg",
];

/// Whether an answer may call the function `name` ([`ELEMENTARY`]).
pub(crate) fn is_elementary(name: &str) -> bool {
    ELEMENTARY.contains(&name)
}

/// Greek letters usable as variable names, spelled out and as letters (`pi` is the constant).
/// Either spelling may be typed; both name the same variable, written with the letter.
pub(crate) const GREEK_LETTERS: &[(&str, char)] = &[
    ("alpha", 'α'),
    ("beta", 'β'),
    ("gamma", 'γ'),
    ("delta", 'δ'),
    ("epsilon", 'ε'),
    ("zeta", 'ζ'),
    ("eta", 'η'),
    ("theta", 'θ'),
    ("iota", 'ι'),
    ("kappa", 'κ'),
    ("lambda", 'λ'),
    ("mu", 'μ'),
    ("nu", 'ν'),
    ("xi", 'ξ'),
    ("omicron", 'ο'),
    ("rho", 'ρ'),
    ("sigma", 'σ'),
    ("tau", 'τ'),
    ("upsilon", 'υ'),
    ("phi", 'φ'),
    ("chi", 'χ'),
    ("psi", 'ψ'),
    ("omega", 'ω'),
];

/// The letter of a Greek name spelled out (`lambda` → `λ`).
fn greek_letter(name: &str) -> Option<char> {
    GREEK_LETTERS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| *c)
}

/// Whether `name` is a Greek letter's name spelled out (`lambda`).
pub(crate) fn is_greek_name(name: &str) -> bool {
    greek_letter(name).is_some()
}

/// The spelled-out name of a Greek letter (`λ` → `lambda`), for LaTeX.
pub fn greek_name(letter: char) -> Option<&'static str> {
    GREEK_LETTERS
        .iter()
        .find(|(_, c)| *c == letter)
        .map(|(n, _)| *n)
}

/// The one spelling of a variable name: a leading Greek name spelled out becomes its letter, so
/// `lambda` and `λ` are the same variable (`lambda` → `λ`, `mu0` → `μ0`, `sigma_max` → `σ_max`).
/// Other names are returned unchanged.
pub fn canonical_variable(name: &str) -> String {
    match spelled_greek(name) {
        Some((letter, rest)) => format!("{letter}{rest}"),
        None => name.to_string(),
    }
}

/// Whether `name` spells the variable `canonical` ([`canonical_variable`]), without building
/// the canonical spelling: `("theta", "θ")`, `("mu0", "μ0")`, `("x", "x")`.
pub fn spells(name: &str, canonical: &str) -> bool {
    match spelled_greek(name) {
        Some((letter, rest)) => canonical.strip_prefix(letter) == Some(rest),
        None => name == canonical,
    }
}

/// A name that starts with a Greek name spelled out: its letter and what follows the name
/// (`mu0` → `('μ', "0")`).
fn spelled_greek(name: &str) -> Option<(char, &str)> {
    let split = name
        .find(|c: char| c.is_ascii_digit() || c == '_')
        .unwrap_or(name.len());
    let (base, rest) = name.split_at(split);
    greek_letter(base).map(|letter| (letter, rest))
}

const CONSTANTS: &[&str] = &["pi", "e"];
/// The yes/no keywords, each true one followed by its false one.
const KEYWORDS: &[&str] = &["yes", "no", "true", "false"];

pub(crate) fn is_function(name: &str) -> bool {
    FUNCTIONS.contains(&name)
}

/// The yes/no keyword `name` spells, in any case (`yes`, `Yes`, `NO`, `true`).
pub(crate) fn keyword(name: &str) -> Option<bool> {
    KEYWORDS
        .iter()
        .position(|k| k.eq_ignore_ascii_case(name))
        .map(|i| i % 2 == 0)
}

/// A name that is read as one token when it forms a whole run of letters.
fn is_whole_name(run: &str) -> bool {
    is_function(run) || CONSTANTS.contains(&run) || keyword(run).is_some() || is_greek_name(run)
}

/// A name that is clearly one variable: a single letter or a Greek letter, optionally followed
/// by digits (`x1`, `mu0`), or anything with an underscore (`x_1`, `sigma_max`).
pub(crate) fn is_variable_like(name: &str) -> bool {
    let base = name.trim_end_matches(|c: char| c.is_ascii_digit());
    let mut chars = base.chars();
    let single = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
    name.chars().next().is_some_and(char::is_alphabetic)
        && (single || is_greek_name(base) || name.contains('_'))
}

/// Splits a run of letters, digits and underscores (starting with a letter) into names, as char
/// offsets `(start, end)` within the run.
///
/// Rules: a known name or a variable-like name stays whole; a run directly followed by `(` that is
/// not known stays whole (so the parser can report an unknown function by name); otherwise the run
/// is read left to right, taking at each point the longest known function, constant or Greek name
/// that starts there, or else one letter, and the digits after it (`2pix` → `pi`, `x`;
/// `xy2` → `x`, `y2`; `xmu0` → `x`, `mu0`). The pieces become an implicit product.
pub(crate) fn split_run(run: &[char], followed_by_paren: bool) -> Vec<(usize, usize)> {
    // One letter is one name, whatever follows it.
    if run.len() < 2 {
        return vec![(0, run.len())];
    }
    let s: String = run.iter().collect();
    if is_whole_name(&s) || is_variable_like(&s) || followed_by_paren {
        return vec![(0, run.len())];
    }
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < run.len() {
        let rest: String = run[i..].iter().collect();
        let known = FUNCTIONS
            .iter()
            .chain(CONSTANTS)
            .copied()
            .chain(GREEK_LETTERS.iter().map(|(n, _)| *n))
            .filter(|n| rest.starts_with(n))
            .map(|n| n.chars().count())
            .max();
        let name = known.unwrap_or(1);
        let len = name
            + run[i + name..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
        pieces.push((i, i + len));
        i += len;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str, paren: bool) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        split_run(&chars, paren)
            .into_iter()
            .map(|(a, b)| chars[a..b].iter().collect())
            .collect()
    }

    #[test]
    fn splits_runs_of_letters() {
        assert_eq!(split("pix", false), ["pi", "x"]);
        assert_eq!(split("xy", false), ["x", "y"]);
        assert_eq!(split("xy2", false), ["x", "y2"]);
        assert_eq!(split("sinx", false), ["sin", "x"]);
        assert_eq!(split("ex", false), ["e", "x"]);
        assert_eq!(split("thetax", false), ["theta", "x"]);
        assert_eq!(split("xmu0", false), ["x", "mu0"]);
    }

    #[test]
    fn greek_names_become_letters() {
        assert_eq!(canonical_variable("lambda"), "λ");
        assert_eq!(canonical_variable("mu0"), "μ0");
        assert_eq!(canonical_variable("sigma_max"), "σ_max");
        assert_eq!(canonical_variable("λ"), "λ");
        assert_eq!(canonical_variable("x1"), "x1");
        assert_eq!(canonical_variable("lambdas"), "lambdas");
        assert!(spells("theta", "θ") && spells("mu0", "μ0") && spells("x", "x"));
        assert!(!spells("mu0", "μ1") && !spells("theta", "x") && !spells("θ", "theta"));
        assert_eq!(greek_name('θ'), Some("theta"));
        assert_eq!(greek_name('x'), None);
    }

    #[test]
    fn keeps_names_whole() {
        for name in [
            "theta",
            "mu0",
            "x1",
            "x_1",
            "sigma_max",
            "log10",
            "yes",
            "sinh",
            "b",
        ] {
            assert_eq!(split(name, false), [name]);
        }
        assert_eq!(split("foo", true), ["foo"]);
        for name in ["Yes", "NO", "True"] {
            assert_eq!(split(name, false), [name]);
        }
    }

    #[test]
    fn keywords_in_any_case() {
        assert_eq!(keyword("Yes"), Some(true));
        assert_eq!(keyword("NO"), Some(false));
        assert_eq!(keyword("true"), Some(true));
        assert_eq!(keyword("FALSE"), Some(false));
        assert_eq!(keyword("yess"), None);
    }

    #[test]
    fn elementary_functions_are_functions() {
        for f in ELEMENTARY {
            assert!(is_function(f), "{f}");
        }
        for f in ["det", "inv", "eig", "round", "max", "sigmoid"] {
            assert!(is_function(f) && !is_elementary(f), "{f}");
        }
    }
}
