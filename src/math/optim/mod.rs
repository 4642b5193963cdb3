//! Optimization shaped like argmin: a driver owns the loop and each method writes one step
//! (gradient descent, SGD, momentum, Nesterov, RMSProp, Adam), with learning-rate schedules and
//! the classic test functions.
