//! The bank of realistic machine-learning settings the workflow kinds draw their wording from:
//! house prices, spam, churn, handwritten digits and Iris. A setting names what a row is, the
//! label, a few features, and how many classes the label has (none for a number).

use crate::engine::DrillRng;

/// One setting: a data set and the prediction task on it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Setting {
    /// A row of the data, in the plural: `houses`.
    pub rows: &'static str,
    /// What is predicted, as a noun phrase: `the sale price`.
    pub label: &'static str,
    /// What the predictions are for, without naming the label: `to suggest an asking price
    /// for each new listing`.
    pub purpose: &'static str,
    /// Columns a model reads, as noun phrases (at least four).
    pub features: &'static [&'static str],
    /// Whether the label is a class (classification) rather than a number (regression).
    pub classes: Option<usize>,
}

pub const HOUSES: Setting = Setting {
    rows: "houses",
    label: "the sale price",
    purpose: "to suggest an asking price for each new listing",
    features: &[
        "the floor area",
        "the number of bedrooms",
        "the age of the house",
        "the distance to the city centre",
        "the lot size",
    ],
    classes: None,
};

pub const SPAM: Setting = Setting {
    rows: "emails",
    label: "whether the email is spam",
    purpose: "to move junk mail out of the inbox",
    features: &[
        "the number of links",
        "the count of the word \"free\"",
        "the share of capital letters",
        "the length of the message",
        "the age of the sender's domain",
    ],
    classes: Some(2),
};

pub const CHURN: Setting = Setting {
    rows: "customers",
    label: "whether the customer cancels within a month",
    purpose: "to find the customers likely to leave next month",
    features: &[
        "the monthly charge",
        "the number of months as a customer",
        "the number of support calls",
        "the data used last month",
        "the contract length",
    ],
    classes: Some(2),
};

pub const DIGITS: Setting = Setting {
    rows: "images of handwritten digits",
    label: "the digit shown (0 to 9)",
    purpose: "to read the postcodes written on envelopes",
    features: &[
        "the intensity of pixel (3, 4)",
        "the intensity of pixel (5, 2)",
        "the intensity of pixel (1, 6)",
        "the intensity of pixel (7, 7)",
    ],
    classes: Some(10),
};

pub const IRIS: Setting = Setting {
    rows: "iris flowers",
    label: "the species (setosa, versicolor or virginica)",
    purpose: "to name the species of newly measured flowers",
    features: &[
        "the sepal length",
        "the sepal width",
        "the petal length",
        "the petal width",
    ],
    classes: Some(3),
};

/// Every setting.
pub const SETTINGS: [Setting; 5] = [HOUSES, SPAM, CHURN, DIGITS, IRIS];

/// A setting drawn uniformly.
pub fn draw_setting(rng: &mut DrillRng) -> Setting {
    *rng.pick(&SETTINGS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_has_features_and_a_consistent_label() {
        for s in SETTINGS {
            assert!(s.features.len() >= 4, "{}", s.rows);
            assert_eq!(s.classes.is_none(), s.rows == "houses", "{}", s.rows);
            assert!(s.classes.is_none_or(|k| k >= 2));
        }
    }
}
