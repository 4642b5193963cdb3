//! "Did you mean …?": the closest valid name to a misspelt one.

/// The valid name closest to `name` by edit distance (case-insensitive), if it is close enough
/// to be a likely typo: at most a third of the longer name's letters differ (at least one).
pub(crate) fn closest<'a>(name: &str, valid: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let name = name.to_lowercase();
    valid
        .into_iter()
        .map(|v| (edit_distance(&name, &v.to_lowercase()), v))
        .filter(|&(d, v)| d <= (name.chars().count().max(v.chars().count()) / 3).max(1))
        .min_by_key(|&(d, _)| d)
        .map(|(_, v)| v.to_string())
}

/// Levenshtein distance: the fewest insertions, deletions and substitutions turning `a` into `b`
/// (one row of the dynamic-programming table at a time). Names are short (bounded by the caller's
/// input limits), so O(|a|·|b|) is fine.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

/// The names, comma-separated, for an error message.
pub(crate) fn list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_suggestions() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("iris", "iris"), 0);
        let cols = ["sepal_length", "sepal_width", "petal_length", "petal_width"];
        assert_eq!(closest("petal_lenght", cols), Some("petal_length".into()));
        assert_eq!(closest("PETAL_WIDTH", cols), Some("petal_width".into()));
        assert_eq!(closest("weight", cols), None);
        assert_eq!(closest("irs", ["iris"]), Some("iris".into()));
    }
}
