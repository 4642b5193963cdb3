//! Data sets shipped inside the crate, as data (CSV files embedded at build time) with named columns.
//!
//! ```
//! let petal = mathdrill::data::column("iris.petal_length").unwrap();
//! assert_eq!(petal.len(), 150);
//! let versicolor = mathdrill::data::dataset("iris").unwrap().rows_where("species", "versicolor").unwrap();
//! assert_eq!(versicolor.numeric("petal_length").unwrap().len(), 50);
//! ```
//!
//! Each CSV is parsed once, on first use. Unknown names are errors whose message lists the valid
//! names and suggests the closest (`irs` → did you mean `iris`?).

mod csv;
mod error;
mod registry;
mod suggest;
mod table;

pub use error::DataError;
pub use registry::Source;
pub use table::{Column, Table};

use std::sync::OnceLock;

/// Every data set of this build, with its parsed table (or the error its CSV gave).
fn parsed() -> &'static [(Source, Result<Table, DataError>)] {
    static PARSED: OnceLock<Vec<(Source, Result<Table, DataError>)>> = OnceLock::new();
    PARSED.get_or_init(|| {
        registry::SOURCES
            .iter()
            .map(|s| (*s, csv::parse(s.name, s.csv)))
            .collect()
    })
}

/// The data sets: name and one-line description, in the registry's order.
pub fn list() -> Vec<Source> {
    registry::SOURCES.to_vec()
}

/// A data set by name (`iris`). An unknown name → `Err` naming the valid ones.
pub fn dataset(name: &str) -> Result<&'static Table, DataError> {
    let names = || registry::SOURCES.iter().map(|s| s.name);
    match parsed().iter().find(|(s, _)| s.name == name) {
        Some((_, table)) => table.as_ref().map_err(Clone::clone),
        None => Err(DataError::UnknownDataset {
            name: name.to_string(),
            suggestion: suggest::closest(name, names()),
            valid: suggest::list(names()),
        }),
    }
}

/// A numeric column by its full name `DATASET.COLUMN` (`iris.petal_length` → its 150 values).
pub fn column(full_name: &str) -> Result<&'static [f64], DataError> {
    let (set, col) = full_name
        .split_once('.')
        .filter(|(s, c)| !s.is_empty() && !c.is_empty())
        .ok_or_else(|| DataError::BadName {
            name: full_name.to_string(),
        })?;
    dataset(set)?.numeric(col)
}

/// Every numeric column's full name (`iris.sepal_length`, …), for completion and help.
pub fn column_names() -> Vec<String> {
    parsed()
        .iter()
        .filter_map(|(s, t)| t.as_ref().ok().map(|t| (s, t)))
        .flat_map(|(s, t)| {
            t.numeric_columns()
                .into_iter()
                .map(move |c| format!("{}.{c}", s.name))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_registered_data_set_parses_and_has_a_numeric_column() {
        for s in list() {
            let t = dataset(s.name).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                !t.is_empty() && !t.numeric_columns().is_empty(),
                "{}",
                s.name
            );
        }
    }

    #[test]
    fn iris_is_the_standard_150_rows() {
        let iris = dataset("iris").unwrap();
        assert_eq!(iris.len(), 150);
        assert_eq!(
            iris.column_names(),
            vec![
                "sepal_length",
                "sepal_width",
                "petal_length",
                "petal_width",
                "species"
            ]
        );
        assert_eq!(
            iris.categories("species").unwrap(),
            vec!["setosa", "versicolor", "virginica"]
        );
        // The known column means (sklearn's load_iris; see data/make_iris.py).
        for (col, mean) in [
            ("sepal_length", 5.843333333333333),
            ("sepal_width", 3.0573333333333337),
            ("petal_length", 3.758),
            ("petal_width", 1.1993333333333334),
        ] {
            let xs = column(&format!("iris.{col}")).unwrap();
            assert_eq!(xs.len(), 150);
            let m = xs.iter().sum::<f64>() / 150.0;
            assert!((m - mean).abs() < 1e-12, "{col}: {m}");
        }
        let v = iris.rows_where("species", "versicolor").unwrap();
        assert_eq!(v.len(), 50);
        assert_eq!(v.name(), "iris[species == versicolor]");
        // The first versicolor row of the UCI file: 7.0, 3.2, 4.7, 1.4.
        assert_eq!(v.numeric("petal_length").unwrap()[0], 4.7);
        assert!(v.text("species").unwrap().iter().all(|s| s == "versicolor"));
        assert_eq!(column_names().len(), 4);
    }

    #[test]
    fn unknown_names_suggest_the_valid_ones() {
        let e = dataset("irs").unwrap_err().to_string();
        assert!(
            e.contains("did you mean \"iris\"") && e.contains("data sets are: iris"),
            "{e}"
        );
        let e = column("iris.petal_lenght").unwrap_err().to_string();
        assert!(e.contains("did you mean \"petal_length\""), "{e}");
        let e = column("iris.species").unwrap_err().to_string();
        assert!(e.contains("holds text") && e.contains("petal_width"), "{e}");
        let e = dataset("iris")
            .unwrap()
            .rows_where("species", "Versicolour")
            .unwrap_err();
        assert!(
            e.to_string().contains("setosa, versicolor, virginica"),
            "{e}"
        );
        assert!(matches!(
            column("petal_length"),
            Err(DataError::BadName { .. })
        ));
        assert!(matches!(column("iris."), Err(DataError::BadName { .. })));
        assert!(
            dataset("iris")
                .unwrap()
                .rows_where("petal_length", "1")
                .is_err()
        );
    }
}
