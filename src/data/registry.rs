//! The data sets of this build: one line each. Adding a data set is adding its CSV under `data/`
//! and a line here; no other code changes.

/// A data set as shipped: its name, a one-line description with its source, and the CSV text.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    pub name: &'static str,
    pub description: &'static str,
    pub csv: &'static str,
}

pub(crate) const SOURCES: &[Source] = &[Source {
    name: "iris",
    description: "Fisher's Iris flowers (1936): 150 rows, 4 measurements in cm, 3 species",
    csv: include_str!("../../data/iris.csv"),
}];
