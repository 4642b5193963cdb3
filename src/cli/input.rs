//! Where the drill reads answers from: a line editor with history on a terminal (rustyline),
//! plain lines otherwise (pipes, tests), echoed so that a transcript reads like a session.

use rustyline::{
    Cmd, ConditionalEventHandler, Event, EventContext, EventHandler, KeyEvent, Movement,
    RepeatCount,
};
use std::io::{BufRead, IsTerminal, Read, Write};

/// The longest line a piped drill reads; the rest of a longer line is skipped.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// What reading a line gave.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Line(String),
    /// A line that is not text (invalid UTF-8) or is too long: it is explained and costs no try.
    Unreadable(String),
    /// End of input: Ctrl-D, Ctrl-C on an empty line, or the end of piped input.
    End,
}

pub trait LineSource {
    /// The next line.
    fn read(&mut self, prompt: &str) -> Input;
}

/// Ctrl-C as in a shell: it clears a line that has text, and on an empty line it interrupts
/// (which ends the drill with its summary).
struct CtrlC;

impl ConditionalEventHandler for CtrlC {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        Some(if ctx.line().is_empty() {
            Cmd::Interrupt
        } else {
            Cmd::Kill(Movement::WholeLine)
        })
    }
}

struct Editor(rustyline::DefaultEditor);

impl LineSource for Editor {
    fn read(&mut self, prompt: &str) -> Input {
        use rustyline::error::ReadlineError;
        loop {
            return match self.0.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        // History is a convenience; failing to record it changes nothing.
                        let _ = self.0.add_history_entry(line.as_str());
                    }
                    Input::Line(line)
                }
                Err(ReadlineError::Io(e)) if e.kind() == std::io::ErrorKind::InvalidData => {
                    Input::Unreadable("it is not valid UTF-8 text".into())
                }
                // A resized window is no reason to stop.
                Err(ReadlineError::Signal(_)) => continue,
                Err(_) => Input::End,
            };
        }
    }
}

/// Reads lines from any buffered reader, echoing each after the prompt.
pub struct Piped<R>(pub R);

impl<R: BufRead> LineSource for Piped<R> {
    fn read(&mut self, prompt: &str) -> Input {
        let Some((bytes, complete)) = read_bounded_line(&mut self.0, MAX_LINE_BYTES) else {
            return Input::End;
        };
        let mut out = anstream::stdout();
        let _ = writeln!(out, "{prompt}{}", String::from_utf8_lossy(&bytes));
        if !complete {
            return Input::Unreadable(format!("it is longer than {MAX_LINE_BYTES} bytes"));
        }
        match String::from_utf8(bytes) {
            Ok(line) => Input::Line(line),
            Err(_) => Input::Unreadable("it is not valid UTF-8 text".into()),
        }
    }
}

/// The next line of `r` without its line ending, at most `max` bytes of it (the rest is read and
/// dropped), and whether it was whole; `None` at the end of input or on a read error.
fn read_bounded_line(r: &mut impl BufRead, max: usize) -> Option<(Vec<u8>, bool)> {
    let mut line = Vec::new();
    let mut complete = true;
    let mut any = false;
    loop {
        let buf = match r.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        };
        if buf.is_empty() {
            break;
        }
        any = true;
        let (chunk, newline) = match buf.iter().position(|&b| b == b'\n') {
            Some(at) => (&buf[..at], Some(at)),
            None => (buf, None),
        };
        let room = max.saturating_sub(line.len());
        if chunk.len() > room {
            complete = false;
        }
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = newline.map_or(buf.len(), |at| at + 1);
        r.consume(used);
        if newline.is_some() {
            break;
        }
    }
    if !any {
        return None;
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Some((line, complete))
}

/// A line editor when stdin is a terminal, else plain lines from stdin.
pub fn stdin_source() -> Box<dyn LineSource> {
    if std::io::stdin().is_terminal()
        && let Ok(mut editor) = rustyline::DefaultEditor::new()
    {
        editor.bind_sequence(
            KeyEvent::ctrl('C'),
            EventHandler::Conditional(Box::new(CtrlC)),
        );
        return Box::new(Editor(editor));
    }
    Box::new(Piped(std::io::stdin().lock()))
}

/// Asks a yes/no question on the terminal (the prompt on stderr); `false` unless the answer is
/// y or yes, and `false` without asking when stdin or stderr is not a terminal.
pub fn confirm(prompt: &str) -> std::io::Result<bool> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Ok(false);
    }
    eprint!("{prompt}");
    std::io::stderr().flush()?;
    let mut line = String::new();
    std::io::stdin().lock().take(16).read_line(&mut line)?;
    Ok(matches!(line.trim().to_lowercase().as_str(), "y" | "yes"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_bounded_and_invalid_text_is_unreadable() {
        let mut src = Piped(&b"12\r\n\xff\xfe\nabcdefgh\nlast"[..]);
        assert_eq!(src.read(""), Input::Line("12".into()));
        assert!(matches!(src.read(""), Input::Unreadable(m) if m.contains("UTF-8")));
        assert_eq!(src.read(""), Input::Line("abcdefgh".into()));
        assert_eq!(src.read(""), Input::Line("last".into()));
        assert_eq!(src.read(""), Input::End);
        let mut long = &b"abcdefgh\nok\n"[..];
        assert_eq!(
            read_bounded_line(&mut long, 3),
            Some((b"abc".to_vec(), false))
        );
        assert_eq!(
            read_bounded_line(&mut long, 3),
            Some((b"ok".to_vec(), true))
        );
        assert_eq!(read_bounded_line(&mut long, 3), None);
    }
}
