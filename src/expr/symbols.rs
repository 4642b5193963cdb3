//! The symbols the program prints, read back by the lexer: superscript exponents, vulgar
//! fractions, and matrices typeset over several lines (`⎡ 2 −5 ⎤` / `⎣ −1 3 ⎦`) with a label
//! before them.

use super::error::ExprError;
use super::lexer::Tok;

/// Superscript digits, `⁰` to `⁹`.
const SUPERSCRIPT_DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// The ASCII digit a superscript digit stands for (`²` → `2`).
fn superscript_digit(c: char) -> Option<char> {
    let i = SUPERSCRIPT_DIGITS.iter().position(|&d| d == c)?;
    char::from_digit(i as u32, 10)
}

/// The vulgar fractions, as numerator and denominator.
const VULGAR_FRACTIONS: [(char, &str, &str); 18] = [
    ('½', "1", "2"),
    ('⅓', "1", "3"),
    ('⅔', "2", "3"),
    ('¼', "1", "4"),
    ('¾', "3", "4"),
    ('⅕', "1", "5"),
    ('⅖', "2", "5"),
    ('⅗', "3", "5"),
    ('⅘', "4", "5"),
    ('⅙', "1", "6"),
    ('⅚', "5", "6"),
    ('⅐', "1", "7"),
    ('⅛', "1", "8"),
    ('⅜', "3", "8"),
    ('⅝', "5", "8"),
    ('⅞', "7", "8"),
    ('⅑', "1", "9"),
    ('⅒', "1", "10"),
];

/// Tokens, each with its span.
pub(super) type SpannedTokens = Vec<(Tok, (usize, usize))>;

/// The tokens that a printed symbol at `chars[i]` stands for, with their spans, and where the
/// symbol ends: a run of superscripts is an exponent (`²` is `^ 2`, `⁻¹` is `^ - 1`), a vulgar
/// fraction a parenthesised quotient (`½` is `( 1 / 2 )`). `None` if no such symbol starts
/// at `i`.
pub(super) fn symbol_tokens(
    chars: &[char],
    i: usize,
) -> Result<Option<(SpannedTokens, usize)>, ExprError> {
    let c = chars[i];
    // Every printed symbol is outside ASCII.
    if c.is_ascii() {
        return Ok(None);
    }
    if let Some(&(_, n, d)) = VULGAR_FRACTIONS.iter().find(|(f, ..)| *f == c) {
        if let Some(&digit) = i.checked_sub(1).and_then(|j| chars.get(j))
            && digit.is_ascii_digit()
        {
            return Err(ExprError::syntax(
                (i - 1, i + 1),
                format!(
                    "a number directly before {c} could mean a sum or a product: write \
                     {digit} + {n}/{d} or {digit}*{n}/{d}"
                ),
            ));
        }
        let toks = [
            Tok::LParen,
            Tok::Num(n.into()),
            Tok::Slash,
            Tok::Num(d.into()),
            Tok::RParen,
        ];
        return Ok(Some((
            toks.into_iter().map(|t| (t, (i, i + 1))).collect(),
            i + 1,
        )));
    }
    let signed = matches!(c, '⁻' | '⁺');
    if !signed && superscript_digit(c).is_none() {
        return Ok(None);
    }
    let digits_start = i + usize::from(signed);
    let end = digits_start
        + chars[digits_start..]
            .iter()
            .take_while(|&&d| superscript_digit(d).is_some())
            .count();
    if end == digits_start {
        return Err(ExprError::syntax(
            (i, end),
            "a superscript sign must be followed by superscript digits, as in x⁻²",
        ));
    }
    let mut toks = vec![(Tok::Caret, (i, end))];
    if signed {
        let sign = if c == '⁻' { Tok::Minus } else { Tok::Plus };
        toks.push((sign, (i, digits_start)));
    }
    let digits = chars[digits_start..end]
        .iter()
        .filter_map(|&d| superscript_digit(d))
        .collect();
    toks.push((Tok::Num(digits), (digits_start, end)));
    Ok(Some((toks, end)))
}

/// The glyphs of a matrix typeset over several lines, as the program prints it
/// (`⎡  2 −5 ⎤` over `⎣ −1  3 ⎦`), read line after line: `⎡` opens the matrix, `⎤` and `⎥` end a
/// row, `⎦` closes it, and `⎢` and `⎣` only continue it (`None`: read as a space).
pub(super) fn matrix_glyph(c: char) -> Option<Option<Tok>> {
    match c {
        '⎡' => Some(Some(Tok::LBracket)),
        '⎤' | '⎥' => Some(Some(Tok::Semi)),
        '⎦' => Some(Some(Tok::RBracket)),
        '⎢' | '⎣' => Some(None),
        _ => None,
    }
}

/// Characters that start a bracketed value on a line of a pasted matrix.
fn opens_block(c: char) -> bool {
    matches!(c, '[' | '⎡' | '⎢' | '⎣')
}

/// Blanks a label such as `A⁻¹ = ` or `Answer: ` before a matrix on each line (the program
/// prints one on the middle line of a matrix, `v = [ 1  2 ]` on a one-row one), so that a matrix
/// copied from the screen reads as the matrix. Blanking keeps every other character at its offset.
pub(super) fn blank_labels(chars: &mut [char]) {
    let mut line_start = 0;
    while line_start < chars.len() {
        let line_end = chars[line_start..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |k| line_start + k);
        let line = &chars[line_start..line_end];
        if let Some(open) = line.iter().position(|&c| opens_block(c)) {
            let before = &line[..open];
            let eq = before.iter().rposition(|&c| matches!(c, '=' | ':'));
            let labelled = eq.is_some_and(|eq| {
                let label = &before[..eq];
                before[eq + 1..].iter().all(|c| c.is_whitespace())
                    && label.iter().any(|c| !c.is_whitespace())
                    && !label
                        .iter()
                        .any(|&c| matches!(c, '=' | ':' | ']' | '⎤' | '⎥' | '⎦') || opens_block(c))
            });
            if let (true, Some(eq)) = (labelled, eq) {
                chars[line_start..=line_start + eq].fill(' ');
            }
        }
        line_start = line_end + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(s: &str) -> String {
        let mut chars: Vec<char> = s.chars().collect();
        blank_labels(&mut chars);
        chars.into_iter().collect()
    }

    #[test]
    fn labels_are_blanked_in_place() {
        assert_eq!(
            blanked("      ⎡ 1 ⎤\nA⁻¹ = ⎣ 2 ⎦"),
            "      ⎡ 1 ⎤\n      ⎣ 2 ⎦"
        );
        assert_eq!(blanked("v = [ 1  2 ]"), "    [ 1  2 ]");
        assert_eq!(blanked("Answer: [1, 2]"), "        [1, 2]");
        for kept in ["x = 3", "[1] = [1]", "= [1]", "a = b = [1]", "x = 2[1]"] {
            assert_eq!(blanked(kept), kept);
        }
    }

    #[test]
    fn superscripts_and_fractions() {
        assert_eq!(superscript_digit('²'), Some('2'));
        assert_eq!(superscript_digit('⁰'), Some('0'));
        assert_eq!(superscript_digit('2'), None);
        assert!(
            VULGAR_FRACTIONS
                .iter()
                .any(|&(c, n, d)| (c, n, d) == ('¾', "3", "4"))
        );
        assert_eq!(matrix_glyph('⎢'), Some(None));
        assert_eq!(matrix_glyph('⎦'), Some(Some(Tok::RBracket)));
    }
}
