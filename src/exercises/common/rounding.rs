//! Rounding to decimal places, as a table or a prompt states a value ("to 4 decimals").

/// `x` rounded to `places` decimals (`x` itself where the scaling would overflow):
/// `round_to(0.97500, 4)` is `0.975`, `round_to(2.2621, 2)` is `2.26`.
pub fn round_to(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    let scaled = (x * f).round() / f;
    if scaled.is_finite() { scaled } else { x }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_to_places_and_keeps_huge_values() {
        assert_eq!(round_to(0.975_002, 4), 0.975);
        assert_eq!(round_to(-1.786, 2), -1.79);
        assert_eq!(round_to(1e300, 10), 1e300);
    }
}
