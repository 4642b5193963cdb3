//! What can go wrong when looking up a data set or a column, with the valid names in the message.

/// A name that is not in the registry, a column of the wrong kind, or a malformed CSV file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DataError {
    #[error("unknown data set \"{name}\"{}; the data sets are: {valid}", did_you_mean(.suggestion))]
    UnknownDataset {
        name: String,
        suggestion: Option<String>,
        valid: String,
    },
    #[error("{dataset} has no column \"{name}\"{}; its columns are: {valid}", did_you_mean(.suggestion))]
    UnknownColumn {
        dataset: String,
        name: String,
        suggestion: Option<String>,
        valid: String,
    },
    #[error("no row of {dataset} has {column} == \"{value}\"{}; its values are: {valid}", did_you_mean(.suggestion))]
    UnknownValue {
        dataset: String,
        column: String,
        value: String,
        suggestion: Option<String>,
        valid: String,
    },
    #[error("{dataset}.{column} holds text, not numbers; the numeric columns are: {valid}")]
    NotNumeric {
        dataset: String,
        column: String,
        valid: String,
    },
    #[error("{dataset}.{column} holds numbers, not categories")]
    NotText { dataset: String, column: String },
    #[error("\"{name}\" is not a column name: write DATASET.COLUMN, like iris.petal_length")]
    BadName { name: String },
    #[error("{dataset}.csv line {line}: {message}")]
    Csv {
        dataset: String,
        line: usize,
        message: String,
    },
}

fn did_you_mean(suggestion: &Option<String>) -> String {
    suggestion
        .as_ref()
        .map_or(String::new(), |s| format!(" (did you mean \"{s}\"?)"))
}
