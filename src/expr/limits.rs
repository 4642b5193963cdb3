//! The bounds on inputs and results. Anything outside them is an error with a message, never a
//! panic, a hang or a stack overflow.

/// Longest accepted input, in characters: enough for a [`MAX_DIM`]×[`MAX_DIM`] matrix of
/// 6-character entries written either way (`[[a, b, …], …]` needs about 20,100 characters,
/// `[a b …; …]` about 17,550) inside a function call. What such input can compute is bounded by
/// the work budget ([`super::budget`]), not by its length.
pub const MAX_INPUT_CHARS: usize = 25_000;
/// Deepest nesting of parentheses, brackets, unary operators and exponents.
pub const MAX_DEPTH: usize = 64;
/// Tallest expression tree (long chains such as `1+1+…+1` build tall trees without nesting).
pub const MAX_TREE_HEIGHT: usize = 200;
/// Most entries in a matrix or vector, typed or computed.
pub const MAX_ENTRIES: usize = 2500;
/// Most bracket items (numbers, and rows written as `[…]`) typed in one input: room for two
/// [`MAX_DIM`]×[`MAX_DIM`] matrices written as rows of brackets (`[[a, b, …], …]` has 2,500
/// numbers and 50 rows). The input length bounds it too.
pub const MAX_TYPED_ENTRIES: usize = 2 * (MAX_ENTRIES + MAX_DIM);
/// Largest dimension for `det`, `inv`, `rank`, `rref`, matrix powers, `identity`, `diag` and the
/// matrix functions (`solve`, `null`, `eig`, `eigvec`, `svd`, `cond`).
pub const MAX_DIM: usize = 50;
/// Largest |k| in a matrix power `A^k`.
pub const MAX_MATRIX_POWER: i64 = 10_000;
/// Most multiply-adds in one matrix product (m·k·n).
pub const MAX_PRODUCT_WORK: usize = 1_000_000;
