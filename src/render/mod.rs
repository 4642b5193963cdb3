//! Rendering the problem model to terminal text, LaTeX and Markdown; figures to SVG.

mod block;
mod canvas;
mod latex;
mod layout;
mod segments;
mod svg;
mod text;
mod words;
mod wrap;

pub use block::Block;
pub use canvas::Canvas;
pub use latex::{escape_text, latex, markdown, prose_to_latex, unicode_to_latex};
pub use layout::{HANG, fit, widest_unit};
pub use svg::{Svg, terminal_image};
pub use text::{grid, inline_value, line_block, lines, scalar, value_block};
pub use wrap::{DEFAULT_WIDTH, terminal_width, width, wrap};
