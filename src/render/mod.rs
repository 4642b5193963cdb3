//! Rendering the problem model to terminal text, LaTeX and Markdown.

mod block;
mod latex;
mod text;

pub use block::Block;
pub use latex::{escape_text, latex, markdown, unicode_to_latex};
pub use text::{grid, inline_value, line_block, lines, scalar, value_block};
