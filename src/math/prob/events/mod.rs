//! Events and discrete random variables: conditional probability, Bayes, independence from a joint table, expectation and variance.
