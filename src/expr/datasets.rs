//! Data-set columns as names in the calculator: `iris.petal_length` is the vector of that column
//! (150 values), read from the data registry ([`crate::data`]), so a data set added there is
//! known here with no code change. Columns are calculator-only: an answer may not use them.

use super::error::ExprError;
use super::value::Value;
use crate::math::Scalar;

/// Whether `name` is the name of a data set (`iris`): a run of letters followed by `.` and a
/// column name is then read as one name, `iris.petal_length`.
pub(crate) fn is_dataset(name: &str) -> bool {
    crate::data::list().iter().any(|s| s.name == name)
}

/// Whether `name` is written as a data-set column, `DATASET.COLUMN`.
pub(crate) fn is_column_name(name: &str) -> bool {
    name.split_once('.').is_some_and(|(set, _)| is_dataset(set))
}

/// The column `DATASET.COLUMN` as a vector; an unknown column is an error that lists the valid
/// names and suggests the closest.
pub(crate) fn column(name: &str) -> Result<Value, ExprError> {
    let values = crate::data::column(name).map_err(|e| ExprError::type_error(e.to_string()))?;
    super::budget::charge(super::budget::ENTRY * values.len() as u64, name)?;
    Ok(Value::Vector(
        values.iter().map(|&x| Scalar::Real(x)).collect(),
    ))
}
