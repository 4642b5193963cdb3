//! Data sets shipped inside the crate, as data (CSV files embedded at build time) with named columns.
