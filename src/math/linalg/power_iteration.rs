//! Power iteration for the dominant eigenpair, with its convergence rate |λ₂/λ₁|.
