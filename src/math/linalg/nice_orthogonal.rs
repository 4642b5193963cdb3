//! Nice-number generator: rational orthogonal matrices from Pythagorean triples, for SVDs with rational factors.
