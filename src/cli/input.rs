//! Where the drill reads answers from: a line editor with history on a terminal (rustyline),
//! plain lines otherwise (pipes, tests), echoed so that a transcript reads like a session.

use std::io::{BufRead, IsTerminal, Write};

pub trait LineSource {
    /// The next line, or `None` at end of input (or Ctrl-D / Ctrl-C).
    fn read(&mut self, prompt: &str) -> Option<String>;
}

struct Editor(rustyline::DefaultEditor);

impl LineSource for Editor {
    fn read(&mut self, prompt: &str) -> Option<String> {
        let line = self.0.readline(prompt).ok()?;
        if !line.trim().is_empty() {
            // History is a convenience; failing to record it changes nothing.
            let _ = self.0.add_history_entry(line.as_str());
        }
        Some(line)
    }
}

/// Reads lines from any buffered reader, echoing each after the prompt.
pub struct Piped<R>(pub R);

impl<R: BufRead> LineSource for Piped<R> {
    fn read(&mut self, prompt: &str) -> Option<String> {
        let mut line = String::new();
        match self.0.read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => {
                let line = line.trim_end_matches(['\n', '\r']).to_string();
                let mut out = anstream::stdout();
                let _ = writeln!(out, "{prompt}{line}");
                Some(line)
            }
        }
    }
}

/// A line editor when stdin is a terminal, else plain lines from stdin.
pub fn stdin_source() -> Box<dyn LineSource> {
    if std::io::stdin().is_terminal()
        && let Ok(editor) = rustyline::DefaultEditor::new()
    {
        return Box::new(Editor(editor));
    }
    Box::new(Piped(std::io::stdin().lock()))
}
