//! A parsed data set: named columns of numbers or text, all of the same length.

use super::DataError;
use super::suggest::{closest, list};

/// One column's cells.
#[derive(Debug, Clone, PartialEq)]
pub enum Column {
    Numeric(Vec<f64>),
    Text(Vec<String>),
}

impl Column {
    fn len(&self) -> usize {
        match self {
            Column::Numeric(xs) => xs.len(),
            Column::Text(xs) => xs.len(),
        }
    }
    fn select(&self, rows: &[usize]) -> Column {
        match self {
            Column::Numeric(xs) => Column::Numeric(rows.iter().map(|&i| xs[i]).collect()),
            Column::Text(xs) => Column::Text(rows.iter().map(|&i| xs[i].clone()).collect()),
        }
    }
}

/// A table of named columns (as read from a CSV file), or a subset of one's rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    name: String,
    columns: Vec<(String, Column)>,
}

impl Table {
    pub(crate) fn new(name: &str, columns: Vec<(String, Column)>) -> Table {
        Table {
            name: name.to_string(),
            columns,
        }
    }

    /// The data set's name (`iris`), or for a subset `iris[species == versicolor]`.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The number of rows.
    pub fn len(&self) -> usize {
        self.columns.first().map_or(0, |(_, c)| c.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The column names, in the file's order.
    pub fn column_names(&self) -> Vec<&str> {
        self.columns.iter().map(|(n, _)| n.as_str()).collect()
    }
    /// The names of the numeric columns, in the file's order.
    pub fn numeric_columns(&self) -> Vec<&str> {
        self.columns
            .iter()
            .filter(|(_, c)| matches!(c, Column::Numeric(_)))
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// A column by name; an unknown name → `Err` with the valid names and a likely one.
    pub fn column(&self, name: &str) -> Result<&Column, DataError> {
        self.columns
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, c)| c)
            .ok_or_else(|| DataError::UnknownColumn {
                dataset: self.name.clone(),
                name: name.to_string(),
                suggestion: closest(name, self.column_names()),
                valid: list(self.column_names()),
            })
    }

    /// A numeric column's values (`petal_length` → 150 numbers for Iris).
    pub fn numeric(&self, name: &str) -> Result<&[f64], DataError> {
        match self.column(name)? {
            Column::Numeric(xs) => Ok(xs),
            Column::Text(_) => Err(DataError::NotNumeric {
                dataset: self.name.clone(),
                column: name.to_string(),
                valid: list(self.numeric_columns()),
            }),
        }
    }

    /// A text column's values (`species`).
    pub fn text(&self, name: &str) -> Result<&[String], DataError> {
        match self.column(name)? {
            Column::Text(xs) => Ok(xs),
            Column::Numeric(_) => Err(DataError::NotText {
                dataset: self.name.clone(),
                column: name.to_string(),
            }),
        }
    }

    /// The distinct values of a text column, in order of first appearance (the categories).
    pub fn categories(&self, column: &str) -> Result<Vec<&str>, DataError> {
        let mut seen: Vec<&str> = Vec::new();
        for v in self.text(column)? {
            if !seen.contains(&v.as_str()) {
                seen.push(v);
            }
        }
        Ok(seen)
    }

    /// The rows whose text column `column` equals `value` (`species == "versicolor"`), as a new
    /// table with the same columns. A value no row has → `Err` listing the categories.
    pub fn rows_where(&self, column: &str, value: &str) -> Result<Table, DataError> {
        let rows: Vec<usize> = self
            .text(column)?
            .iter()
            .enumerate()
            .filter(|(_, v)| *v == value)
            .map(|(i, _)| i)
            .collect();
        if rows.is_empty() {
            let categories = self.categories(column)?;
            return Err(DataError::UnknownValue {
                dataset: self.name.clone(),
                column: column.to_string(),
                value: value.to_string(),
                suggestion: closest(value, categories.iter().copied()),
                valid: list(categories),
            });
        }
        Ok(Table {
            name: format!("{}[{column} == {value}]", self.name),
            columns: self
                .columns
                .iter()
                .map(|(n, c)| (n.clone(), c.select(&rows)))
                .collect(),
        })
    }
}
