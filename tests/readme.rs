//! Every command output the README shows is what the program prints.
//!
//! In the README's fenced blocks, a line `$ mathdrill ARGS` (or `$ printf 'INPUT' | mathdrill
//! ARGS` for a piped drill) is run, and the lines after it, up to the next `$ ` line or the end
//! of the block, must be its output: stdout, then stderr. A line `...` stands for any number of
//! lines; blank lines that end an example only separate it from the next. A trailing
//! `# exit code N` states the exit code (default 0). The commands run in
//! order with one fresh `MATHDRILL_HOME`, `NO_COLOR=1`, `COLUMNS=80` and a fixed "now"
//! (`MATHDRILL_NOW`, so that review dates read the same every day), so `show` then `check` works
//! as in a terminal.
//!
//! After a deliberate change to what the program prints, regenerate the README's outputs with
//! `MATHDRILL_README=overwrite cargo test --release --test readme` and review the diff.

use std::path::Path;

/// One command of the README and the output it shows.
struct Example {
    /// Index of the `$ ` line in the README's lines.
    line: usize,
    args: Vec<String>,
    stdin: Option<String>,
    code: i32,
    /// The output lines shown (up to the next `$ ` line or the end of the block).
    expected: std::ops::Range<usize>,
}

/// Splits a command line as a POSIX shell would for the quoting the README uses: whitespace
/// separates words, '…' quotes literally, "…" quotes with `\"` and `\\` escapes, and an unquoted
/// `#` after whitespace starts a comment (returned separately).
fn shell_words(line: &str) -> (Vec<String>, Option<String>) {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '#' if word.is_none() => return (words, Some(chars.collect())),
            c if c.is_whitespace() => words.extend(word.take()),
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                w.extend(chars.by_ref().take_while(|&c| c != '\''));
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' if matches!(chars.peek(), Some('"' | '\\')) => {
                            w.push(chars.next().unwrap_or('\\'))
                        }
                        c => w.push(c),
                    }
                }
            }
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    (words, None)
}

/// The input `printf` writes for a format without `%`: `\n`, `\t` and `\\` escapes.
fn printf_text(format: &str) -> String {
    let mut out = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// The examples of the README, in order.
fn examples(lines: &[&str]) -> Vec<Example> {
    let mut found = Vec::new();
    let mut in_block = false;
    let mut current: Option<Example> = None;
    for (i, line) in lines.iter().enumerate() {
        let is_fence = line.trim_start().starts_with("```");
        let command = in_block.then(|| line.strip_prefix("$ ")).flatten();
        if (is_fence || command.is_some())
            && let Some(mut ex) = current.take()
        {
            // Blank lines that separate one example from the next are not output.
            ex.expected.end = i;
            while ex.expected.end > ex.expected.start
                && lines[ex.expected.end - 1].trim().is_empty()
            {
                ex.expected.end -= 1;
            }
            found.push(ex);
        }
        if is_fence {
            in_block = !in_block;
            continue;
        }
        let Some(command) = command else { continue };
        let (words, comment) = shell_words(command);
        let (stdin, words) = match words.iter().position(|w| w == "|") {
            Some(bar) => {
                assert_eq!(words[0], "printf", "README line {}: {command}", i + 1);
                (Some(printf_text(&words[1])), words[bar + 1..].to_vec())
            }
            None => (None, words),
        };
        assert_eq!(words[0], "mathdrill", "README line {}: {command}", i + 1);
        let code = comment
            .and_then(|c| c.trim().strip_prefix("exit code ")?.trim().parse().ok())
            .unwrap_or(0);
        current = Some(Example {
            line: i,
            args: words[1..].to_vec(),
            stdin,
            code,
            expected: i + 1..i + 1,
        });
    }
    found
}

/// Whether `actual` matches `expected`, where a `...` line stands for any lines.
fn matches(expected: &[&str], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((&"...", rest)) => (0..=actual.len()).any(|skip| matches(rest, &actual[skip..])),
        Some((e, rest)) => actual
            .split_first()
            .is_some_and(|(a, more)| a.trim_end() == e.trim_end() && matches(rest, more)),
    }
}

/// The output to write for `actual` where `expected` was shown: the actual lines, keeping an
/// elision as it was (as many lines before and after it as before).
fn regenerated(expected: &[&str], actual: &[String]) -> Vec<String> {
    let Some(at) = expected.iter().position(|l| *l == "...") else {
        return actual.to_vec();
    };
    let tail = expected.len() - at - 1;
    let head = at.min(actual.len());
    let tail = tail.min(actual.len() - head);
    let mut out = actual[..head].to_vec();
    out.push("...".into());
    out.extend_from_slice(&actual[actual.len() - tail..]);
    out
}

#[test]
fn the_readme_shows_what_the_program_prints() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let examples = examples(&lines);
    assert!(examples.len() >= 10, "{} examples found", examples.len());
    assert!(
        examples.iter().any(|e| e.stdin.is_some()),
        "the drill transcript is a checked example"
    );
    let overwrite = std::env::var("MATHDRILL_README").is_ok_and(|v| v == "overwrite");
    let home = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let mut replaced: Vec<(std::ops::Range<usize>, Vec<String>)> = Vec::new();
    for ex in &examples {
        let mut cmd = assert_cmd::Command::cargo_bin("mathdrill").unwrap();
        cmd.args(&ex.args)
            .env("MATHDRILL_HOME", home.path())
            .env("NO_COLOR", "1")
            .env("COLUMNS", "80")
            .env("MATHDRILL_NOW", "2026-12-03T10:00")
            .write_stdin(ex.stdin.clone().unwrap_or_default());
        let out = cmd.output().unwrap();
        let both = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let actual: Vec<String> = both.lines().map(|l| l.trim_end().to_string()).collect();
        let actual_refs: Vec<&str> = actual.iter().map(String::as_str).collect();
        let expected = &lines[ex.expected.clone()];
        let ok = matches(expected, &actual_refs) && out.status.code() == Some(ex.code);
        if !ok {
            failures.push(format!(
                "README.md line {}: {}\n--- shown (exit code {})\n{}\n--- printed (exit code {:?})\n{}",
                ex.line + 1,
                lines[ex.line],
                ex.code,
                expected.join("\n"),
                out.status.code(),
                actual.join("\n")
            ));
            replaced.push((ex.expected.clone(), regenerated(expected, &actual)));
        }
    }
    if overwrite && !replaced.is_empty() {
        let mut out: Vec<String> = Vec::new();
        let mut next = 0;
        for (range, new) in &replaced {
            out.extend(lines[next..range.start].iter().map(|l| l.to_string()));
            out.extend(new.iter().cloned());
            next = range.end;
        }
        out.extend(lines[next..].iter().map(|l| l.to_string()));
        std::fs::write(&path, out.join("\n") + "\n").unwrap();
        eprintln!(
            "rewrote {} outputs in README.md (exit codes are not rewritten)",
            replaced.len()
        );
        return;
    }
    assert!(
        failures.is_empty(),
        "{} README examples differ from the program; after a deliberate change run\n  \
         MATHDRILL_README=overwrite cargo test --release --test readme\nand review the diff.\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn readme_commands_are_split_as_a_shell_would() {
    let (words, comment) =
        shell_words(r#"mathdrill check la.inverse --answer "[-3 -4; 5 7]"   # exit code 0"#);
    assert_eq!(
        words,
        [
            "mathdrill",
            "check",
            "la.inverse",
            "--answer",
            "[-3 -4; 5 7]"
        ]
    );
    assert_eq!(comment.as_deref(), Some(" exit code 0"));
    let (words, _) = shell_words(r"printf '48\n?\n' | mathdrill linalg");
    assert_eq!(words, ["printf", r"48\n?\n", "|", "mathdrill", "linalg"]);
    assert_eq!(printf_text(r"48\n?\n"), "48\n?\n");
    let (words, _) = shell_words(r#"mathdrill calc "a\"b" x#y"#);
    assert_eq!(words, ["mathdrill", "calc", "a\"b", "x#y"]);
}

#[test]
fn an_elision_matches_any_lines() {
    assert!(matches(&["a", "...", "z"], &["a", "b", "c", "z"]));
    assert!(matches(&["a", "...", "z"], &["a", "z"]));
    assert!(!matches(&["a", "...", "z"], &["a", "b"]));
    assert!(!matches(&["a", "b"], &["a", "b", "c"]));
    let actual: Vec<String> = ["a", "b", "c", "z"].map(String::from).to_vec();
    assert_eq!(regenerated(&["x", "...", "y"], &actual), ["a", "...", "z"]);
}
