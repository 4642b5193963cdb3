//! Conditional probability, the law of total probability and Bayes' rule.

use super::EventsError;
use super::number::{Number, SUM_TOLERANCE, sum};

/// The most hypotheses a partition may have (an input bound).
pub const MAX_HYPOTHESES: usize = 10_000;

/// `P(A|B) = P(A∩B) / P(B)`: the share of B's probability where A happens too.
/// Both are probabilities, `P(A∩B) ≤ P(B)`, and `P(B) > 0` (one cannot condition on an
/// impossible event), else `Err`.
pub fn conditional<T: Number>(p_a_and_b: T, p_b: T) -> Result<T, EventsError> {
    let joint = p_a_and_b.probability("P(A∩B)")?;
    let p_b = p_b.probability("P(B)")?;
    if p_b.is_zero() {
        return Err(EventsError::ZeroProbability { what: "B" });
    }
    joint
        .over(p_b)?
        .probability("P(A∩B)/P(B) (is P(A∩B) ≤ P(B)?)")
}

/// The law of total probability over a partition `H₁, …, Hₖ` (disjoint, covering everything):
/// `P(E) = Σᵢ P(E|Hᵢ)·P(Hᵢ)`.
///
/// `priors[i] = P(Hᵢ)` must add up to 1 (exactly for `Rational`, within 1e-9 for `f64`) and
/// `likelihoods[i] = P(E|Hᵢ)` be probabilities; the lists pair up.
pub fn total_probability<T: Number>(priors: &[T], likelihoods: &[T]) -> Result<T, EventsError> {
    check_partition(priors, likelihoods)?;
    let terms = priors
        .iter()
        .zip(likelihoods)
        .map(|(&p, &l)| l.times(p))
        .collect::<Result<Vec<T>, _>>()?;
    sum(terms)?.probability("P(E)")
}

/// Bayes' rule over a partition: `P(Hᵢ|E) = P(E|Hᵢ)·P(Hᵢ) / P(E)` for every i, with `P(E)` by
/// the law of total probability. Inputs as in [`total_probability`]; `P(E) = 0` → `Err`.
pub fn posteriors<T: Number>(priors: &[T], likelihoods: &[T]) -> Result<Vec<T>, EventsError> {
    let evidence = total_probability(priors, likelihoods)?;
    if evidence.is_zero() {
        return Err(EventsError::ZeroProbability {
            what: "the evidence E",
        });
    }
    priors
        .iter()
        .zip(likelihoods)
        .map(|(&p, &l)| l.times(p)?.over(evidence))
        .collect()
}

/// Bayes' rule for one hypothesis H and its complement:
/// `P(H|E) = P(E|H)·P(H) / (P(E|H)·P(H) + P(E|¬H)·(1 − P(H)))`.
///
/// For a diagnostic test: `prior` is the prevalence, `p_e_given_h` the sensitivity and
/// `p_e_given_not_h` the false-positive rate `1 − specificity`; the result is the PPV.
/// Confusing `P(H|E)` with `P(E|H)` is the classic mistake this guards against.
pub fn posterior<T: Number>(
    prior: T,
    p_e_given_h: T,
    p_e_given_not_h: T,
) -> Result<T, EventsError> {
    let prior = prior.probability("the prior P(H)")?;
    let complement = T::one().minus(prior)?;
    Ok(posteriors(&[prior, complement], &[p_e_given_h, p_e_given_not_h])?[0])
}

fn check_partition<T: Number>(priors: &[T], likelihoods: &[T]) -> Result<(), EventsError> {
    if priors.is_empty() {
        return Err(EventsError::Empty {
            what: "the list of hypotheses",
        });
    }
    if priors.len() > MAX_HYPOTHESES {
        return Err(EventsError::TooLarge {
            what: "the list of hypotheses",
            size: priors.len(),
            limit: MAX_HYPOTHESES,
        });
    }
    if priors.len() != likelihoods.len() {
        return Err(EventsError::LengthMismatch {
            what: "priors P(Hᵢ) and likelihoods P(E|Hᵢ)",
            left: priors.len(),
            right: likelihoods.len(),
        });
    }
    for (&p, &l) in priors.iter().zip(likelihoods) {
        p.probability("a prior P(Hᵢ)")?;
        l.probability("a likelihood P(E|Hᵢ)")?;
    }
    let total = sum(priors.iter().copied())?;
    if !total.same(T::one(), SUM_TOLERANCE) {
        return Err(EventsError::NotNormalized {
            what: "the priors P(Hᵢ)",
            sum: total.to_f64(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::Rational;

    fn q(n: i64, d: i64) -> Rational {
        Rational::new(n, d).unwrap()
    }

    #[test]
    fn medical_test_exactly() {
        // Prevalence 1/100, sensitivity 9/10, false-positive rate 1/10:
        // P(D|+) = (9/1000) / (9/1000 + 99/1000) = 9/108 = 1/12.
        assert_eq!(posterior(q(1, 100), q(9, 10), q(1, 10)), Ok(q(1, 12)));
        let e = total_probability(&[q(1, 100), q(99, 100)], &[q(9, 10), q(1, 10)]);
        assert_eq!(e, Ok(q(27, 250)));
    }

    #[test]
    fn three_machines() {
        // Machines make 1/2, 3/10, 1/5 of the parts, defective 1/100, 1/50, 1/20.
        let priors = [q(1, 2), q(3, 10), q(1, 5)];
        let defect = [q(1, 100), q(1, 50), q(1, 20)];
        let post = posteriors(&priors, &defect).unwrap();
        // P(E) = 5/1000 + 6/1000 + 10/1000 = 21/1000.
        assert_eq!(post, vec![q(5, 21), q(6, 21), q(10, 21)]);
        // f64 gives the same to rounding, and posteriors add up to 1.
        let pf: Vec<f64> = priors.iter().map(|x| x.to_f64()).collect();
        let df: Vec<f64> = defect.iter().map(|x| x.to_f64()).collect();
        let postf = posteriors(&pf, &df).unwrap();
        for (a, b) in postf.iter().zip(&post) {
            assert!((a - b.to_f64()).abs() < 1e-15);
        }
    }

    #[test]
    fn conditional_probability() {
        assert_eq!(conditional(q(1, 8), q(1, 2)), Ok(q(1, 4)));
        assert_eq!(conditional(0.2, 0.5), Ok(0.4));
        assert!(matches!(
            conditional(0.1, 0.0),
            Err(EventsError::ZeroProbability { .. })
        ));
        assert!(conditional(0.6, 0.5).is_err());
    }

    #[test]
    fn invalid_models_are_errors() {
        assert!(matches!(
            posteriors(&[0.5, 0.4], &[0.1, 0.2]),
            Err(EventsError::NotNormalized { .. })
        ));
        assert!(posteriors(&[q(1, 2), q(1, 2)], &[q(0, 1), q(0, 1)]).is_err());
        assert!(posteriors::<f64>(&[], &[]).is_err());
        assert!(posteriors(&[1.0], &[0.1, 0.2]).is_err());
        assert!(posterior(f64::NAN, 0.5, 0.5).is_err());
        assert!(posterior(0.5, 1.5, 0.5).is_err());
        // Tiny priors keep full relative precision in f64.
        let p = posterior(1e-12, 0.99, 1e-3).unwrap();
        assert!((p - 0.99e-12 / (0.99e-12 + 1e-3 * (1.0 - 1e-12))).abs() < 1e-24);
    }
}
