//! Solving Ax = b by Gauss–Jordan (unique, none, infinitely many), null space bases, linear independence.
