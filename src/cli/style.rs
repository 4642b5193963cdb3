//! Colours for the terminal. Output goes through `anstream`, which drops the escape codes when
//! stdout is not a terminal or `NO_COLOR` is set.

use anstyle::{AnsiColor, Style};

pub const GOOD: Style = AnsiColor::Green.on_default().bold();
pub const BAD: Style = AnsiColor::Red.on_default().bold();
pub const HEAD: Style = Style::new().bold();
pub const DIM: Style = Style::new().dimmed();
pub const HINT: Style = AnsiColor::Yellow.on_default();

/// `text` wrapped in `style`'s escape codes.
pub fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}
