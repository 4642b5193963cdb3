//! The second-derivative test for f(x, y) at a critical point, on exact integer second partials,
//! and how this family writes it.
//!
//! Convention (the one every calculus text uses, stated in the prompts): D = f_xx·f_yy − f_xy²,
//! the determinant of the Hessian H = [[f_xx, f_xy], [f_xy, f_yy]], written ∂²f/∂x²·∂²f/∂y² −
//! (∂²f/∂x∂y)². D < 0: a saddle point; D > 0: a local minimum where ∂²f/∂x² > 0, a local
//! maximum where ∂²f/∂x² < 0; D = 0: the test does not decide.
//!
//! [`misreadings`] lists what each named misreading of the test answers (D without the mixed
//! term, the sign of ∂²f/∂x² alone, …), for a choice question's named mistakes.

use super::surface::{Surface, Var, point_text};
use crate::engine::{GenError, Line};
use crate::exercises::common::{factor, num};
use crate::math::{Matrix, Scalar};

/// What the second-derivative test says a critical point is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Minimum,
    Maximum,
    Saddle,
    Inconclusive,
}

impl Class {
    /// In the order of a choice question's options, (a) to (d).
    pub const ALL: [Class; 4] = [
        Class::Minimum,
        Class::Maximum,
        Class::Saddle,
        Class::Inconclusive,
    ];

    /// The option's letter: `a` for a minimum … `d` for inconclusive.
    pub fn letter(self) -> char {
        match self {
            Class::Minimum => 'a',
            Class::Maximum => 'b',
            Class::Saddle => 'c',
            Class::Inconclusive => 'd',
        }
    }

    /// The option's text, also the verdict in a solution.
    pub fn text(self) -> &'static str {
        match self {
            Class::Minimum => "a local minimum",
            Class::Maximum => "a local maximum",
            Class::Saddle => "a saddle point",
            Class::Inconclusive => "inconclusive: the test does not decide",
        }
    }
}

/// The verdict from D and ∂²f/∂x²; `None` for D > 0 with ∂²f/∂x² = 0, which a true Hessian
/// never has (D > 0 forces f_xx·f_yy > 0) but a wrongly computed D may.
pub fn verdict(d: i64, fxx: i64) -> Option<Class> {
    match (d.signum(), fxx.signum()) {
        (-1, _) => Some(Class::Saddle),
        (0, _) => Some(Class::Inconclusive),
        (_, 1) => Some(Class::Minimum),
        (_, -1) => Some(Class::Maximum),
        _ => None,
    }
}

/// The second partials of f at a point, exact integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Second {
    pub xx: i64,
    pub xy: i64,
    pub yy: i64,
}

impl Second {
    /// The second partials of the polynomial `f` at the integer point.
    pub fn of(f: &Surface, (x, y): (i64, i64)) -> Result<Second, GenError> {
        let (fx, fy) = (f.partial(Var::X), f.partial(Var::Y));
        let at = |s: Surface| {
            s.value_at(x, y)
                .as_integer()
                .ok_or(GenError::Redraw("a second partial is not an integer"))
        };
        Ok(Second {
            xx: at(fx.partial(Var::X))?,
            xy: at(fx.partial(Var::Y))?,
            yy: at(fy.partial(Var::Y))?,
        })
    }

    /// D = f_xx·f_yy − f_xy².
    pub fn d(self) -> i64 {
        self.xx * self.yy - self.xy * self.xy
    }

    /// The test's verdict (always one: see [`verdict`]).
    pub fn class(self) -> Class {
        verdict(self.d(), self.xx).unwrap_or(Class::Inconclusive)
    }

    /// The Hessian H at the point.
    pub fn hessian(self) -> Result<Matrix, GenError> {
        let s = Scalar::int;
        Matrix::from_rows(vec![
            vec![s(self.xx), s(self.xy)],
            vec![s(self.xy), s(self.yy)],
        ])
        .ok_or(GenError::Redraw("not a matrix"))
    }

    /// `∂²f/∂x² = 12, ∂²f/∂y² = 4, ∂²f/∂x∂y = −2`.
    pub fn values(self) -> String {
        let s = Scalar::int;
        format!(
            "∂²f/∂x² = {}, ∂²f/∂y² = {}, ∂²f/∂x∂y = {}",
            num(s(self.xx)),
            num(s(self.yy)),
            num(s(self.xy))
        )
    }

    /// `D = 12·4 − (−2)² = 44`.
    pub fn d_chain(self) -> String {
        let s = Scalar::int;
        format!(
            "D = {}·{} − {}² = {}",
            factor(s(self.xx)),
            factor(s(self.yy)),
            factor(s(self.xy)),
            num(s(self.d()))
        )
    }

    /// Why the test gives its verdict, after `lead` (a point, or nothing):
    /// `D = 12·4 − (−2)² = 44 > 0 and ∂²f/∂x² = 12 > 0: a local minimum.`; with `full` false,
    /// D's value only (`D = 44`) where a line before has shown its computation.
    pub fn reason_line(self, lead: Line, full: bool) -> Line {
        let d = self.d();
        let d_text = if full {
            self.d_chain()
        } else {
            format!("D = {}", num(Scalar::int(d)))
        };
        let compared = match d.signum() {
            1 => format!("{d_text} > 0"),
            -1 => format!("{d_text} < 0"),
            _ => d_text,
        };
        let mut line = lead.m(compared);
        if d > 0 {
            let sign = if self.xx > 0 { "> 0" } else { "< 0" };
            line = line
                .t(" and ")
                .m(format!("∂²f/∂x² = {} {sign}", num(Scalar::int(self.xx))));
        }
        line.t(format!(": {}.", self.class().text()))
    }
}

/// `At (2, −1): ` as the lead of a line about that point.
pub fn at_point(point: (i64, i64)) -> Line {
    Line::text("At ").m(point_text(point.0, point.1)).t(": ")
}

/// `D = ∂²f/∂x²·∂²f/∂y² − (∂²f/∂x∂y)²`: the test's convention as the prompts state it.
pub const D_DEFINITION: &str = "D = ∂²f/∂x²·∂²f/∂y² − (∂²f/∂x∂y)²";

/// The rule of the test in words, for hints.
pub const RULE: &str = "D < 0: a saddle point; D > 0: a local minimum if ∂²f/∂x² > 0, a \
                        local maximum if ∂²f/∂x² < 0; D = 0: the test does not decide";

/// A misreading of the test: the option it picks, its stable name and why it is wrong (the
/// reasoning error named, the answer not stated).
pub struct Misreading {
    pub class: Class,
    pub name: &'static str,
    pub why: &'static str,
}

/// What the named misreadings of the test answer at a point with second partials `s`, most
/// specific first; only those that differ from the test's verdict. Then, for every option no
/// specific misreading reaches, what that option needs (so that every wrong option is named).
/// The caller keeps the first of those that pick the same option.
pub fn misreadings(s: Second) -> Vec<Misreading> {
    let truth = s.class();
    let mut out = Vec::new();
    let mut push = |class: Option<Class>, name, why| {
        if let Some(class) = class.filter(|&c| c != truth) {
            out.push(Misreading { class, name, why });
        }
    };
    push(
        verdict(s.xx * s.yy, s.xx),
        "mixed_term_left_out",
        "D subtracts the square of the mixed partial: D = ∂²f/∂x²·∂²f/∂y² − (∂²f/∂x∂y)². \
         Leaving (∂²f/∂x∂y)² out changes the verdict at this point.",
    );
    push(
        verdict(s.xx * s.yy + s.xy * s.xy, s.xx),
        "mixed_term_added",
        "In D the square of the mixed partial is subtracted, not added: \
         D = ∂²f/∂x²·∂²f/∂y² − (∂²f/∂x∂y)².",
    );
    let by_sign = match s.xx.signum() {
        1 => Some(Class::Minimum),
        -1 => Some(Class::Maximum),
        _ => None,
    };
    if matches!(truth, Class::Saddle | Class::Inconclusive) {
        push(
            by_sign,
            "fxx_alone",
            "The sign of ∂²f/∂x² tells a minimum from a maximum only once D > 0 is known: \
             compute D at the point first.",
        );
    } else {
        let swapped = match truth {
            Class::Minimum => Class::Maximum,
            _ => Class::Minimum,
        };
        push(
            Some(swapped),
            "min_max_swapped",
            "With D > 0, ∂²f/∂x² > 0 means f curves upward in every direction (a minimum) and \
             ∂²f/∂x² < 0 downward (a maximum): check the sign of ∂²f/∂x² at the point.",
        );
    }
    push(
        Some(Class::Saddle),
        "saddle_misread",
        "A saddle point needs D < 0 (f curves up along one direction and down along \
         another): check the sign of D at the point.",
    );
    push(
        Some(Class::Inconclusive),
        "inconclusive_misread",
        "The test is inconclusive only when D = 0 exactly: compute D at the point.",
    );
    push(
        Some(Class::Minimum),
        "minimum_misread",
        "A local minimum needs both D > 0 and ∂²f/∂x² > 0: check both at the point.",
    );
    push(
        Some(Class::Maximum),
        "maximum_misread",
        "A local maximum needs both D > 0 and ∂²f/∂x² < 0: check both at the point.",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::calculus::critical::{Stationary, classify_2d};

    fn stationary(c: Class) -> Stationary {
        match c {
            Class::Minimum => Stationary::Minimum,
            Class::Maximum => Stationary::Maximum,
            Class::Saddle => Stationary::Saddle,
            Class::Inconclusive => Stationary::Inconclusive,
        }
    }

    #[test]
    fn the_verdict_agrees_with_the_librarys_classification() {
        for xx in -6..=6 {
            for xy in -6..=6 {
                for yy in -6..=6 {
                    let s = Second { xx, xy, yy };
                    let h = [[xx as f64, xy as f64], [xy as f64, yy as f64]];
                    assert_eq!(stationary(s.class()), classify_2d(h), "{s:?}");
                    // every wrong option is reached by some misreading
                    let ms = misreadings(s);
                    for c in Class::ALL.into_iter().filter(|&c| c != s.class()) {
                        assert!(ms.iter().any(|m| m.class == c), "{s:?}: {c:?}");
                    }
                }
            }
        }
        let s = Second {
            xx: 12,
            xy: -2,
            yy: 4,
        };
        assert_eq!(s.d_chain(), "D = 12·4 − (−2)² = 44");
        assert_eq!(s.values(), "∂²f/∂x² = 12, ∂²f/∂y² = 4, ∂²f/∂x∂y = −2");
        // a saddle whose D without the mixed term is positive: that misreading comes first
        let saddle = Second {
            xx: 2,
            xy: 3,
            yy: 2,
        };
        assert_eq!(saddle.class(), Class::Saddle);
        let first = &misreadings(saddle)[0];
        assert_eq!(
            (first.class, first.name),
            (Class::Minimum, "mixed_term_left_out")
        );
    }
}
