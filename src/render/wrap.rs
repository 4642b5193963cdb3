//! Prose that fits the terminal: display widths, the width to fit, and word wrapping with a
//! hanging indent (so that a terminal never breaks a word in the middle).

use unicode_width::UnicodeWidthChar;

/// The width used when neither `COLUMNS` nor the terminal says otherwise.
pub const DEFAULT_WIDTH: usize = 80;

/// Narrower than this, wrapping would leave a word or two per line; fit to this instead.
const MIN_WIDTH: usize = 20;

/// Display width in terminal columns: `⎡`, `−`, `λ`, `²` take one column, East Asian wide
/// characters two, and ANSI escape sequences (colours) none.
pub fn width(s: &str) -> usize {
    let mut w = 0;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI sequence: ESC [ parameters… final byte in @..~
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            continue;
        }
        w += c.width().unwrap_or(0);
    }
    w
}

/// The width to fit output to: `COLUMNS` if it is set to a number, else the size of the terminal
/// that standard output is, else 80. Never below 20 columns.
pub fn terminal_width() -> usize {
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&w| w > 0);
    let detected = from_env.or_else(|| {
        terminal_size::terminal_size_of(std::io::stdout())
            .map(|(terminal_size::Width(w), _)| usize::from(w))
            .filter(|&w| w > 0)
    });
    detected.unwrap_or(DEFAULT_WIDTH).max(MIN_WIDTH)
}

/// Prose wrapped at spaces to lines of at most `width` columns: the first line starts with
/// `first`, every later one with `rest` (a hanging indent, usually as wide as `first`). A word
/// longer than a line stands alone on its line, whole. Each line of `text` is wrapped on its own;
/// spaces inside a line are kept unless the line breaks there.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for (i, para) in text.split('\n').enumerate() {
        let prefix = if i == 0 { first } else { rest };
        wrap_paragraph(para, width, prefix, rest, &mut out);
    }
    out.join("\n")
}

fn wrap_paragraph(para: &str, width: usize, first: &str, rest: &str, out: &mut Vec<String>) {
    let mut line = first.to_string();
    let mut line_width = self::width(first);
    let mut has_word = false;
    for (gap, word) in words(para) {
        let (gw, ww) = (self::width(gap), self::width(word));
        if has_word && line_width + gw + ww > width {
            out.push(line.trim_end().to_string());
            line = format!("{rest}{word}");
            line_width = self::width(rest) + ww;
        } else {
            line.push_str(gap);
            line.push_str(word);
            line_width += gw + ww;
        }
        has_word = true;
    }
    out.push(line.trim_end().to_string());
}

/// The words of a line, each with the spaces before it. What is inside `[…]` or `{…}` (an
/// answer typed as an example, `e.g. [1 -2; 3 -4]`) counts as one word, and so does a binary
/// operation written with spaces (`3 − (−7)`, `2 + 5`): a line never ends or starts with a lone
/// `−` or `+`.
fn words(s: &str) -> Vec<(&str, &str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    let mut glue_next = false;
    for (gap, word) in spaced_words(s) {
        let operator = matches!(word, "−" | "+" | "-" | "±" | "×" | "·");
        match out.last_mut() {
            Some((_, last)) if operator || glue_next => {
                // `last` and `word` are slices of `s`: extend `last` over the gap to `word`'s end.
                let start = last.as_ptr() as usize - s.as_ptr() as usize;
                let end = word.as_ptr() as usize - s.as_ptr() as usize + word.len();
                *last = &s[start..end];
            }
            _ => out.push((gap, word)),
        }
        glue_next = operator;
    }
    out
}

/// The words of a line, each with the spaces before it, brackets kept whole (see [`words`]).
fn spaced_words(s: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let gap_len = rest.len() - rest.trim_start_matches(' ').len();
        let (gap, after) = rest.split_at(gap_len);
        let mut depth = 0i32;
        let word_len = after
            .char_indices()
            .find(|&(_, c)| {
                match c {
                    '[' | '{' => depth += 1,
                    ']' | '}' => depth -= 1,
                    _ => {}
                }
                c == ' ' && depth <= 0
            })
            .map_or(after.len(), |(i, _)| i);
        let (word, next) = after.split_at(word_len);
        if word.is_empty() {
            break;
        }
        out.push((gap, word));
        rest = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced_operations_stay_on_one_line() {
        let text = "row 1: 4·3 − 2·(−4), 9 − (−7) + 1; row 2: a − b";
        for width in 8..40 {
            for line in wrap(text, width, "", "").lines() {
                let t = line.trim();
                assert!(
                    !t.starts_with(['−', '+']) && !t.ends_with(['−', '+']),
                    "{width}: {line:?}"
                );
            }
        }
    }

    #[test]
    fn widths_count_columns_not_bytes() {
        assert_eq!(width("⎡ −5 λ² ⎤"), 9);
        assert_eq!(width("A⁻¹ = ‖v‖"), 9);
        assert_eq!(
            width("\u{1b}[1;31m✗\u{1b}[0m x"),
            3,
            "colour codes take no room"
        );
        assert_eq!(width("表"), 2);
    }

    #[test]
    fn wraps_at_word_boundaries_with_a_hanging_indent() {
        let text = "That is the transpose: rows and columns are swapped (one more try)";
        let w = wrap(text, 24, "✗ ", "  ");
        assert_eq!(
            w,
            "✗ That is the transpose:\n  rows and columns are\n  swapped (one more try)"
        );
        for line in w.lines() {
            assert!(width(line) <= 24, "{line:?}");
        }
        // Every word survives whole, in order.
        let joined: Vec<&str> = w.split_whitespace().filter(|t| *t != "✗").collect();
        assert_eq!(joined, text.split_whitespace().collect::<Vec<_>>());
    }

    #[test]
    fn unicode_words_are_measured_by_columns() {
        // 10 one-column glyphs per word: two fit on a line of 21 columns, not one.
        let w = wrap("λ²−λ²−λ²−λ ⎡⎢⎣⎤⎥⎦−−−− ab", 21, "", "");
        assert_eq!(w, "λ²−λ²−λ²−λ ⎡⎢⎣⎤⎥⎦−−−−\nab");
    }

    #[test]
    fn a_word_longer_than_the_line_stands_alone_unbroken() {
        let w = wrap("see supercalifragilistic now", 10, "", "  ");
        assert_eq!(w, "see\n  supercalifragilistic\n  now");
    }

    #[test]
    fn a_typed_example_in_brackets_is_not_broken() {
        let w = wrap("a 2×2 matrix, e.g. [1 -2; 3 -4] or {1, 3}", 24, "", "  ");
        assert_eq!(w, "a 2×2 matrix, e.g.\n  [1 -2; 3 -4] or {1, 3}");
    }

    #[test]
    fn short_text_and_inner_spacing_are_kept() {
        assert_eq!(wrap("a  b", 80, "> ", ""), "> a  b");
        assert_eq!(wrap("", 80, "  ", "  "), "");
        assert_eq!(wrap("one\ntwo", 80, "- ", "  "), "- one\n  two");
    }
}
