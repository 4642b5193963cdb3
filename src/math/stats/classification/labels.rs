//! Binary labels as the tools write them: `0/1`, `false/true`; 1 (true) is the positive class.

use crate::math::stats::StatsError;

/// A type that can hold a binary label. `1` / `true` is positive, `0` / `false` negative; any
/// other value is not a label.
pub trait Label: Copy {
    /// `Some(true)` for the positive class, `Some(false)` for the negative, `None` otherwise.
    fn is_positive(self) -> Option<bool>;
    /// The value, for an error message.
    fn as_f64(self) -> f64;
}

impl Label for bool {
    fn is_positive(self) -> Option<bool> {
        Some(self)
    }
    fn as_f64(self) -> f64 {
        f64::from(u8::from(self))
    }
}

macro_rules! integer_label {
    ($($t:ty),*) => {$(
        impl Label for $t {
            fn is_positive(self) -> Option<bool> {
                match self {
                    0 => Some(false),
                    1 => Some(true),
                    _ => None,
                }
            }
            fn as_f64(self) -> f64 {
                self as f64
            }
        }
    )*};
}
integer_label!(u8, u32, u64, i32, i64, usize);

/// A float label must be exactly 0 or 1 (the calculator's vectors hold floats).
impl Label for f64 {
    fn is_positive(self) -> Option<bool> {
        if self == 1.0 {
            Some(true)
        } else if self == 0.0 {
            Some(false)
        } else {
            None
        }
    }
    fn as_f64(self) -> f64 {
        self
    }
}

/// Every label as a bool (`true` = positive); a value other than 0/1 → `Err` naming it.
pub(crate) fn to_bools<L: Label>(labels: &[L]) -> Result<Vec<bool>, StatsError> {
    labels
        .iter()
        .enumerate()
        .map(|(index, &l)| {
            l.is_positive().ok_or(StatsError::BadLabel {
                index,
                value: l.as_f64(),
            })
        })
        .collect()
}

/// `Ok` when the two lists pair up and are not empty.
pub(crate) fn same_length(left: usize, right: usize) -> Result<(), StatsError> {
    if left != right {
        return Err(StatsError::LengthMismatch { left, right });
    }
    if left == 0 {
        return Err(StatsError::Empty);
    }
    Ok(())
}
