//! Runnable demonstrations: each prints a terminal figure, can write an SVG, takes a seed and asserts what it shows.
