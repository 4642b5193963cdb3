//! A small CSV reader for the embedded data sets: a header row, then rows of comma-separated
//! cells (no quoting, no commas inside cells). A column is numeric when every cell parses as a
//! finite number, otherwise it is text.

use super::DataError;
use super::table::{Column, Table};

/// Parses CSV text into a table; `dataset` names the file in error messages.
pub(crate) fn parse(dataset: &str, text: &str) -> Result<Table, DataError> {
    let err = |line: usize, message: String| DataError::Csv {
        dataset: dataset.to_string(),
        line,
        message,
    };
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty());
    let (_, header) = lines
        .next()
        .ok_or_else(|| err(1, "the file is empty".into()))?;
    let names: Vec<String> = header.split(',').map(|s| s.trim().to_string()).collect();
    for (i, name) in names.iter().enumerate() {
        if name.is_empty() || names[..i].contains(name) {
            return Err(err(
                1,
                format!("column {} needs a unique, non-empty name", i + 1),
            ));
        }
    }
    let mut cells: Vec<Vec<String>> = vec![Vec::new(); names.len()];
    for (line, row) in lines {
        if row.contains('"') {
            return Err(err(line, "quoted cells are not supported".into()));
        }
        let row: Vec<&str> = row.split(',').map(str::trim).collect();
        if row.len() != names.len() {
            return Err(err(
                line,
                format!("{} cells, but the header names {}", row.len(), names.len()),
            ));
        }
        for (column, cell) in cells.iter_mut().zip(row) {
            column.push(cell.to_string());
        }
    }
    let columns = names
        .into_iter()
        .zip(cells)
        .map(|(name, cells)| {
            let numbers: Option<Vec<f64>> = cells
                .iter()
                .map(|c| c.parse::<f64>().ok().filter(|x| x.is_finite()))
                .collect();
            let column = match numbers {
                Some(xs) if !xs.is_empty() => Column::Numeric(xs),
                _ => Column::Text(cells),
            };
            (name, column)
        })
        .collect();
    Ok(Table::new(dataset, columns))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_and_text_columns() {
        let t = parse("t", "x, y,name\n1,2.5,a\n-3,1e2,b\r\n\n").unwrap();
        assert_eq!(t.len(), 2);
        assert_eq!(t.column_names(), vec!["x", "y", "name"]);
        assert_eq!(t.numeric("y").unwrap(), &[2.5, 100.0]);
        assert!(t.numeric("name").is_err());
        let mixed = parse("t", "x\n1\nNA\n").unwrap();
        assert!(mixed.numeric("x").is_err());
    }

    #[test]
    fn malformed_files_are_errors_with_the_line() {
        assert!(parse("t", "").is_err());
        assert!(parse("t", "x,x\n1,2\n").is_err());
        assert!(parse("t", "x,\n1,2\n").is_err());
        let e = parse("t", "x,y\n1,2\n3\n").unwrap_err();
        assert!(e.to_string().contains("t.csv line 3"), "{e}");
        assert!(parse("t", "x\n\"1\"\n").is_err());
    }
}
