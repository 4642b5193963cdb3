//! The ratio bar: a log-scale bar in Unicode block characters, so that 0.5× and 30× are both
//! readable in a dozen columns.
//!
//! Each full block `█` is one doubling, and the bar starts at 1/16: 1× is `████` (4 blocks),
//! 2× five, 0.5× three, 32× nine; fractions of a doubling are drawn in eighths (`▏▎▍▌▋▊▉`).
//! The bar is cut at [`WIDTH`] blocks (ratios beyond 2^(WIDTH−4)) and ends in `▸` there.

/// The widest bar, in characters.
pub const WIDTH: usize = 13;
/// Blocks of the ratio 1.
pub const ONE: usize = 4;

const EIGHTHS: [char; 7] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// The bar of `ratio` (empty for no ratio, a non-positive one or NaN).
pub fn bar(ratio: f64) -> String {
    if ratio.is_nan() || ratio <= 0.0 || ratio.is_infinite() {
        return String::new();
    }
    let length = ratio.log2() + ONE as f64;
    if length >= WIDTH as f64 {
        let mut s = "█".repeat(WIDTH - 1);
        s.push('▸');
        return s;
    }
    if length <= 0.0 {
        return String::new();
    }
    let eighths = (length * 8.0).round() as usize;
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(EIGHTHS[eighths % 8 - 1]);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_doubling_is_one_block() {
        assert_eq!(bar(1.0), "████");
        assert_eq!(bar(2.0), "█████");
        assert_eq!(bar(0.5), "███");
        assert_eq!(bar(32.0), "█████████");
        // √2 is half a doubling: half a block.
        assert_eq!(bar(2f64.sqrt()), "████▌");
        // 2^(1/8): one eighth.
        assert_eq!(bar(2f64.powf(0.125)), "████▏");
    }

    #[test]
    fn the_ends_are_cut_not_overflowed() {
        assert_eq!(bar(1.0 / 16.0), "");
        assert_eq!(bar(1e-9), "");
        let huge = bar(1e9);
        assert_eq!(huge.chars().count(), WIDTH);
        assert!(huge.ends_with('▸'));
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(bar(bad), "");
        }
        for k in -40..40 {
            assert!(bar(1.3f64.powi(k)).chars().count() <= WIDTH);
        }
    }
}
