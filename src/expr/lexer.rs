//! The lexer: characters to tokens, each with its character span and whether whitespace came
//! before it (inside brackets whitespace separates entries, so the parser needs to know).

use super::error::ExprError;
use super::names::split_run;
use super::symbols::{blank_labels, matrix_glyph, symbol_tokens};

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Tok {
    Num(String),
    Ident(String),
    Plus,
    Minus,
    Star,
    Slash,
    /// `^` or `**`
    Caret,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Semi,
    /// `'`: transpose
    Quote,
    Percent,
    /// `√`
    Sqrt,
    /// `°`: degrees
    Degree,
}

impl Tok {
    /// How the token is quoted in messages.
    pub(crate) fn describe(&self) -> String {
        let s = match self {
            Tok::Num(n) => return format!("the number {n}"),
            Tok::Ident(n) => return format!("'{n}'"),
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Caret => "^",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBracket => "[",
            Tok::RBracket => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Comma => ",",
            Tok::Semi => ";",
            Tok::Quote => "'",
            Tok::Percent => "%",
            Tok::Sqrt => "√",
            Tok::Degree => "°",
        };
        format!("'{s}'")
    }
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Token {
    pub tok: Tok,
    /// Character offsets, end exclusive.
    pub span: (usize, usize),
    pub space_before: bool,
}

/// Splits `input` into tokens. Accepts the symbols the program prints, so that what it shows can
/// be typed or pasted back: `π`, `√`, `×`/`·`/`⋅`/`∙` for `*`, `÷` for `/`, `−` for `-`, `’` for
/// `'`, `ᵀ` (transpose), superscript exponents (`λ²`, `x⁻²`, `2⁻¹`: `^` and the exponent),
/// vulgar fractions (`½` is `(1/2)`), `°` (degrees), and matrices typeset with `⎡ ⎢ ⎣ ⎤ ⎥ ⎦`
/// over several lines, with a label such as `A = ` before them. One full stop at the very end is
/// ignored (`No.`).
pub(crate) fn lex(input: &str) -> Result<Vec<Token>, ExprError> {
    let mut chars: Vec<char> = input.chars().collect();
    blank_labels(&mut chars);
    let mut toks = Vec::new();
    let mut i = 0;
    let mut space = false;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        let start = i;
        let mut push = |tok: Tok, end: usize, space: &mut bool| {
            toks.push(Token {
                tok,
                span: (start, end),
                space_before: *space,
            });
            *space = false;
        };
        let next = chars.get(i + 1).copied();
        if c.is_ascii_digit() || (c == '.' && next.is_some_and(|n| n.is_ascii_digit())) {
            let end = number_end(&chars, i);
            // A printed exponent may carry a true minus sign (`4.05e−6`): the literal's text
            // is spelled in ASCII for the number parser.
            let text = chars[i..end]
                .iter()
                .map(|&c| if is_minus(c) { '-' } else { c })
                .collect();
            push(Tok::Num(text), end, &mut space);
            i = end;
            continue;
        }
        if let Some((group, end)) = symbol_tokens(&chars, i)? {
            for (k, (tok, span)) in group.into_iter().enumerate() {
                toks.push(Token {
                    tok,
                    span,
                    space_before: space && k == 0,
                });
            }
            space = false;
            i = end;
            continue;
        }
        if let Some(glyph) = matrix_glyph(c) {
            match glyph {
                Some(tok) => push(tok, i + 1, &mut space),
                None => space = true,
            }
            i += 1;
            continue;
        }
        if c == 'π' {
            push(Tok::Ident("pi".into()), i + 1, &mut space);
            i += 1;
            continue;
        }
        if c == 'ᵀ' {
            push(Tok::Quote, i + 1, &mut space);
            i += 1;
            continue;
        }
        if starts_name(c) {
            let end = i + chars[i..]
                .iter()
                .take_while(|&&c| {
                    !matches!(c, 'π' | 'ᵀ') && (c.is_alphabetic() || c.is_ascii_digit() || c == '_')
                })
                .count();
            // A data-set column, `iris.petal_length`: one name.
            if chars.get(end) == Some(&'.')
                && chars.get(end + 1).is_some_and(|c| c.is_alphabetic())
                && super::datasets::is_dataset(&chars[i..end].iter().collect::<String>())
            {
                let stop = end
                    + 1
                    + chars[end + 1..]
                        .iter()
                        .take_while(|&&c| c.is_alphanumeric() || c == '_')
                        .count();
                toks.push(Token {
                    tok: Tok::Ident(chars[i..stop].iter().collect()),
                    span: (i, stop),
                    space_before: space,
                });
                space = false;
                i = stop;
                continue;
            }
            let paren = chars.get(end) == Some(&'(');
            for (a, b) in split_run(&chars[i..end], paren) {
                let name: String = chars[i + a..i + b].iter().collect();
                toks.push(Token {
                    tok: Tok::Ident(name),
                    span: (i + a, i + b),
                    space_before: space && a == 0,
                });
            }
            space = false;
            i = end;
            continue;
        }
        let (tok, len) = match c {
            '+' => (Tok::Plus, 1),
            c if is_minus(c) => (Tok::Minus, 1),
            '*' if next == Some('*') => (Tok::Caret, 2),
            '*' | '×' | '·' | '⋅' | '∙' => (Tok::Star, 1),
            '/' | '÷' => (Tok::Slash, 1),
            '^' => (Tok::Caret, 1),
            '(' => (Tok::LParen, 1),
            ')' => (Tok::RParen, 1),
            '[' => (Tok::LBracket, 1),
            ']' => (Tok::RBracket, 1),
            '{' => (Tok::LBrace, 1),
            '}' => (Tok::RBrace, 1),
            ',' => (Tok::Comma, 1),
            ';' => (Tok::Semi, 1),
            '\'' | '’' => (Tok::Quote, 1),
            '%' => (Tok::Percent, 1),
            '°' => (Tok::Degree, 1),
            '√' => (Tok::Sqrt, 1),
            '.' if chars[i + 1..].iter().all(|c| c.is_whitespace()) => break,
            '.' => {
                return Err(ExprError::syntax(
                    (i, i + 1),
                    "a '.' must be followed by a digit, as in 0.5 or .5",
                ));
            }
            '=' => {
                return Err(ExprError::syntax(
                    (i, i + 1),
                    "an answer is a value, not an equation: type only what comes after '='",
                ));
            }
            _ => {
                return Err(ExprError::syntax(
                    (i, i + 1),
                    format!(
                        "unexpected character '{c}': use numbers, names, + - * / ^ ( ) [ ] {{ }} , ;"
                    ),
                ));
            }
        };
        push(tok, i + len, &mut space);
        i += len;
    }
    Ok(toks)
}

/// Whether `c` starts a name: a letter. The operator glyphs the program prints (`−`, `·`, `×`)
/// are not letters, and are told apart before the Unicode letter tables are asked.
fn starts_name(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (!c.is_ascii()
            && !is_minus(c)
            && !matches!(c, '×' | '·' | '⋅' | '∙' | '÷' | '’' | '°' | '√')
            && c.is_alphabetic())
}

/// The characters read as a minus sign: the ASCII hyphen-minus, the true minus sign the program
/// prints, and the dashes a pasted text may carry.
fn is_minus(c: char) -> bool {
    matches!(c, '-' | '−' | '–' | '‐' | '‒')
}

/// The end of the number literal starting at `i`: digits, an optional fraction, and an optional
/// exponent `e[+-]digits` (taken only when digits follow, so `2e` is 2 times e; any minus sign
/// of [`is_minus`] counts, so `4.05e−6` is one number, as the program prints it).
fn number_end(chars: &[char], mut i: usize) -> usize {
    let digits = |i: usize| i + chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    i = digits(i);
    if chars.get(i) == Some(&'.') {
        i = digits(i + 1);
    }
    if matches!(chars.get(i), Some('e' | 'E')) {
        let mut j = i + 1;
        if chars.get(j).is_some_and(|&c| c == '+' || is_minus(c)) {
            j += 1;
        }
        if chars.get(j).is_some_and(char::is_ascii_digit) {
            i = digits(j);
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<Tok> {
        lex(s).unwrap().into_iter().map(|t| t.tok).collect()
    }

    #[test]
    fn a_printed_exponent_with_a_true_minus_is_one_number() {
        assert_eq!(kinds("4.05e−6"), [Tok::Num("4.05e-6".into())]);
        assert_eq!(kinds("2e−x"), kinds("2e-x"));
    }

    #[test]
    fn numbers_and_names() {
        assert_eq!(
            kinds("2.5e-3 .5 2e x"),
            [
                Tok::Num("2.5e-3".into()),
                Tok::Num(".5".into()),
                Tok::Num("2".into()),
                Tok::Ident("e".into()),
                Tok::Ident("x".into())
            ]
        );
        assert_eq!(
            kinds("2πx"),
            [
                Tok::Num("2".into()),
                Tok::Ident("pi".into()),
                Tok::Ident("x".into())
            ]
        );
        assert_eq!(
            kinds("2**3"),
            [Tok::Num("2".into()), Tok::Caret, Tok::Num("3".into())]
        );
    }

    #[test]
    fn records_spans_and_spaces() {
        let t = lex("[1 -2]").unwrap();
        assert_eq!(t[2].tok, Tok::Minus);
        assert!(t[2].space_before);
        assert!(!t[3].space_before);
        assert_eq!(t[3].span, (4, 5));
        let t = lex("a xy").unwrap();
        assert!(t[1].space_before && !t[2].space_before);
        assert_eq!(t[2].span, (3, 4));
    }

    #[test]
    fn rejects_stray_characters() {
        let e = lex("1 # 2").unwrap_err();
        assert_eq!(e.span(), (2, 3));
        assert_eq!(lex("1 . 2").unwrap_err().span(), (2, 3));
    }
}
