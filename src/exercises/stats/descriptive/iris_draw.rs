//! Samples of real measurements for the Iris kinds: k distinct flowers of one species drawn from
//! Fisher's Iris data (1936, shipped in `data/iris.csv`, read through [`crate::data`]), and the
//! values of the asked columns as exact tenths (every Iris measurement has one decimal, in cm).
//!
//! The rows are drawn with [`DrillRng`]'s own sampler (a partial Fisher–Yates shuffle of the
//! species' row numbers), so `(kind, level, seed)` names the same flowers forever. A kind that
//! wants short arithmetic redraws the flowers until its condition holds (e.g. a mean with at most
//! two decimals, see [`mean_within`]), at most [`TRIES`] times.

use super::data::TRIES;
use super::summary::mean;
use crate::data::{Table, dataset};
use crate::engine::{DrillRng, GenError};
use crate::exercises::common::decimal_places;
use crate::math::Scalar;
use std::sync::LazyLock;

/// The three species, in the file's order.
pub const SPECIES: [&str; 3] = ["setosa", "versicolor", "virginica"];

/// A measurement column of the Iris data (all in cm, one decimal).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    SepalLength,
    SepalWidth,
    PetalLength,
    PetalWidth,
}

impl Measure {
    pub const ALL: [Measure; 4] = [
        Measure::SepalLength,
        Measure::SepalWidth,
        Measure::PetalLength,
        Measure::PetalWidth,
    ];

    /// The column's name in the CSV and the calculator (`petal_length`, `iris.petal_length`).
    pub fn column(self) -> &'static str {
        match self {
            Measure::SepalLength => "sepal_length",
            Measure::SepalWidth => "sepal_width",
            Measure::PetalLength => "petal_length",
            Measure::PetalWidth => "petal_width",
        }
    }

    /// The measurement in words, singular: `petal length`.
    pub fn words(self) -> &'static str {
        match self {
            Measure::SepalLength => "sepal length",
            Measure::SepalWidth => "sepal width",
            Measure::PetalLength => "petal length",
            Measure::PetalWidth => "petal width",
        }
    }
}

/// Some flowers of one species: their 0-based data-row numbers in `data/iris.csv` (the header
/// not counted), in the order drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct IrisSample {
    pub species: &'static str,
    pub rows: Vec<usize>,
}

fn iris() -> Result<&'static Table, GenError> {
    dataset("iris").map_err(|_| GenError::Redraw("the Iris data set did not load"))
}

/// What every draw reads, computed once from the data set: each species' data-row numbers in
/// the file's order, and each measure's values (in [`Measure::ALL`]'s order) as exact tenths by
/// data row (`None` for a value that is not).
struct Tables {
    rows: Vec<(&'static str, Vec<usize>)>,
    tenths: Vec<Result<Vec<Option<Scalar>>, &'static str>>,
}

static TABLES: LazyLock<Result<Tables, GenError>> = LazyLock::new(|| {
    let table = iris()?;
    let names = table
        .text("species")
        .map_err(|_| GenError::Redraw("the Iris data set has no species"))?;
    let rows = SPECIES
        .iter()
        .map(|&sp| (sp, (0..names.len()).filter(|&i| names[i] == sp).collect()))
        .collect();
    let tenths = Measure::ALL
        .iter()
        .map(|m| {
            table
                .numeric(m.column())
                .map(|column| column.iter().map(|&x| tenths(x)).collect())
                .map_err(|_| "an Iris column is missing")
        })
        .collect();
    Ok(Tables { rows, tenths })
});

fn tables() -> Result<&'static Tables, GenError> {
    TABLES.as_ref().map_err(Clone::clone)
}

/// A measurement in cm as an exact number of tenths; `None` if it has more than one decimal
/// (no Iris value does) or is out of any plausible range.
fn tenths(x: f64) -> Option<Scalar> {
    let t = (x * 10.0).round();
    ((x * 10.0 - t).abs() < 1e-6 && t.abs() < 1e6).then(|| Scalar::frac(t as i64, 10))
}

impl IrisSample {
    /// `k` distinct flowers of `species` (at most the species' 50).
    pub fn draw(rng: &mut DrillRng, species: &'static str, k: usize) -> Result<Self, GenError> {
        let mut rows = tables()?
            .rows
            .iter()
            .find(|(name, _)| *name == species)
            .map(|(_, rows)| rows.clone())
            .unwrap_or_default();
        if k == 0 || k > rows.len() {
            return Err(GenError::Redraw("not that many flowers of this species"));
        }
        for i in 0..k {
            let j = i + rng.index(rows.len() - i);
            rows.swap(i, j);
        }
        rows.truncate(k);
        Ok(IrisSample { species, rows })
    }

    pub fn n(&self) -> usize {
        self.rows.len()
    }

    /// The flowers' values of `m`, as exact tenths.
    pub fn values(&self, m: Measure) -> Result<Vec<Scalar>, GenError> {
        let column = tables()?.tenths[m as usize]
            .as_ref()
            .map_err(|e| GenError::Redraw(e))?;
        self.rows
            .iter()
            .map(|&i| column.get(i).copied().flatten())
            .collect::<Option<Vec<_>>>()
            .ok_or(GenError::Redraw("an Iris value is not in tenths"))
    }

    /// Draws `k` flowers of `species` until their values of `measures` pass `accept`, at most
    /// [`TRIES`] times. Returns the sample and the values, one vector per measure.
    pub fn draw_where(
        rng: &mut DrillRng,
        species: &'static str,
        k: usize,
        measures: &[Measure],
        accept: impl Fn(&[Vec<Scalar>]) -> bool,
    ) -> Result<(IrisSample, Vec<Vec<Scalar>>), GenError> {
        for _ in 0..TRIES {
            let sample = IrisSample::draw(rng, species, k)?;
            let values = measures
                .iter()
                .map(|&m| sample.values(m))
                .collect::<Result<Vec<_>, _>>()?;
            if accept(&values) {
                return Ok((sample, values));
            }
        }
        Err(GenError::Redraw("no Iris sample with short arithmetic"))
    }

    /// How a prompt names the flowers: `6 Iris versicolor flowers (Fisher 1936)`.
    pub fn flowers(&self) -> String {
        format!("{} Iris {} flowers (Fisher 1936)", self.n(), self.species)
    }

    /// How a prompt names one column of them: `6 Iris versicolor petal lengths (cm, Fisher
    /// 1936)`.
    pub fn measurements(&self, m: Measure) -> String {
        format!(
            "{} Iris {} {}s (cm, Fisher 1936)",
            self.n(),
            self.species,
            m.words()
        )
    }
}

/// Whether the mean of `xs` is a decimal with at most `places` decimals (so a hand computation
/// of the deviations stays short).
pub fn mean_within(xs: &[Scalar], places: u32) -> bool {
    mean(xs)
        .exact()
        .and_then(|q| decimal_places(q, places))
        .is_some()
}

/// For the kinds' tests: `data/iris.csv` read on its own (not through [`crate::data`]), and the
/// check that drawn values really are rows of a species.
#[cfg(test)]
pub mod reference {
    /// Whether `x` is a whole number of `1/10^places` (to rounding).
    pub fn has_places(x: f64, places: i32) -> bool {
        let s = x * 10f64.powi(places);
        (s - s.round()).abs() < 1e-6
    }

    /// The rows of `species` in `data/iris.csv`, each as the values of `columns` in that order.
    pub fn rows_of(species: &str, columns: &[&str]) -> Vec<Vec<f64>> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/iris.csv");
        let text = std::fs::read_to_string(path).expect("data/iris.csv");
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let at = |name: &str| header.iter().position(|h| *h == name).unwrap();
        let idx: Vec<usize> = columns.iter().map(|c| at(c)).collect();
        let sp = at("species");
        lines
            .map(|l| l.split(',').collect::<Vec<_>>())
            .filter(|cells| cells.len() == header.len() && cells[sp] == species)
            .map(|cells| idx.iter().map(|&i| cells[i].parse().unwrap()).collect())
            .collect()
    }

    /// The species and the measurement words (`petal length`) a prompt's text names.
    pub fn named_in(text: &str) -> (&'static str, Vec<&'static str>) {
        let species = super::SPECIES
            .into_iter()
            .find(|s| text.contains(&format!("Iris {s}")))
            .unwrap_or_else(|| panic!("no species in {text:?}"));
        let mut measures: Vec<(usize, &'static str)> = super::Measure::ALL
            .into_iter()
            .filter_map(|m| text.find(m.words()).map(|at| (at, m.column())))
            .collect();
        measures.sort();
        (species, measures.into_iter().map(|(_, c)| c).collect())
    }

    /// Asserts that the tuples `(columns[0][i], columns[1][i], …)` are distinct rows of the
    /// species' `names` columns: each tuple is matched to its own row of the file.
    pub fn assert_rows_of(species: &str, names: &[&str], columns: &[Vec<f64>], ctx: &str) {
        let mut pool = rows_of(species, names);
        assert_eq!(pool.len(), 50, "{ctx}");
        for i in 0..columns[0].len() {
            let tuple: Vec<f64> = columns.iter().map(|c| c[i]).collect();
            let at = pool
                .iter()
                .position(|r| r.iter().zip(&tuple).all(|(a, b)| (a - b).abs() < 1e-9))
                .unwrap_or_else(|| panic!("{ctx}: {tuple:?} is not an unused {species} row"));
            pool.swap_remove(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::reference::rows_of;
    use super::*;

    #[test]
    fn drawn_rows_are_distinct_flowers_of_the_species_as_the_csv_has_them() {
        let mut rng = DrillRng::for_exercise("test", 1, 1);
        let all: Vec<Vec<Vec<f64>>> = SPECIES
            .iter()
            .map(|s| rows_of(s, &Measure::ALL.map(Measure::column)))
            .collect();
        for round in 0..300 {
            let species = SPECIES[round % 3];
            let k = 1 + round % 12;
            let s = IrisSample::draw(&mut rng, species, k).unwrap();
            assert_eq!(s.n(), k);
            let mut rows = s.rows.clone();
            rows.sort();
            rows.dedup();
            assert_eq!(rows.len(), k, "distinct rows");
            for m in Measure::ALL {
                let got = s.values(m).unwrap();
                let col = Measure::ALL.iter().position(|&x| x == m).unwrap();
                for (&row, v) in s.rows.iter().zip(&got) {
                    // The file is 50 setosa, 50 versicolor, 50 virginica rows in that order.
                    let (block, within) = (row / 50, row % 50);
                    assert_eq!(SPECIES[block], species, "row {row}");
                    assert_eq!(v.to_f64(), all[block][within][col], "row {row} {m:?}");
                    assert!(v.is_exact());
                }
            }
        }
        assert!(IrisSample::draw(&mut rng, "setosa", 51).is_err());
        assert!(IrisSample::draw(&mut rng, "setosa", 0).is_err());
        assert!(IrisSample::draw(&mut rng, "rosa", 3).is_err());
    }

    #[test]
    fn conditions_hold_and_impossible_ones_end() {
        let mut rng = DrillRng::for_exercise("test", 1, 2);
        let (s, v) =
            IrisSample::draw_where(&mut rng, "virginica", 6, &[Measure::SepalWidth], |v| {
                mean_within(&v[0], 1)
            })
            .unwrap();
        assert_eq!(v[0], s.values(Measure::SepalWidth).unwrap());
        assert!(mean_within(&v[0], 1));
        let never =
            IrisSample::draw_where(&mut rng, "setosa", 5, &[Measure::PetalWidth], |_| false);
        assert!(never.is_err());
        assert!(mean_within(
            &[Scalar::frac(47, 10), Scalar::frac(44, 10)],
            2
        ));
        assert!(!mean_within(
            &[Scalar::frac(47, 10), Scalar::frac(44, 10)],
            1
        ));
        assert!(!mean_within(
            &[Scalar::int(1), Scalar::int(1), Scalar::int(2)],
            3
        ));
        assert_eq!(tenths(4.7), Some(Scalar::frac(47, 10)));
        assert_eq!(tenths(4.75), None);
        assert_eq!(tenths(f64::NAN), None);
        assert_eq!(
            s.measurements(Measure::PetalLength),
            "6 Iris virginica petal lengths (cm, Fisher 1936)"
        );
    }
}
