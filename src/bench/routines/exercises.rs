//! Generate + solve + check per exercise area: one call runs every kind of the area at every
//! level once (generate the problem, take its canonical answer text, check it as the CLI's
//! `check` does). Seeds advance from call to call, so each call sees new problems.

use super::super::registry::{Case, Role, Routine, Variant, no_work};
use crate::engine::check;
use std::hint::black_box;

/// The areas timed, as variant ids.
pub const AREAS: &[&str] = &["linalg", "prob", "stats", "calculus", "ml"];

/// The (kind, level) pairs of `area`.
pub fn pairs(area: &str) -> Vec<(String, u8)> {
    crate::registry()
        .kinds()
        .filter(|k| k.area == area)
        .flat_map(|k| k.levels.iter().map(move |&l| (k.id.clone(), l)))
        .collect()
}

fn area_case(area: &str) -> Case {
    let pairs = pairs(area);
    let items = pairs.len() as f64;
    let mut seed = 0u64;
    let job = move || {
        let reg = crate::registry();
        seed = seed.wrapping_add(1);
        for (id, level) in &pairs {
            let correct = reg
                .generate(id, *level, black_box(seed))
                .ok()
                .and_then(|p| {
                    let answer = p.answer.expected.to_text();
                    check(&p, &answer).ok().map(|v| v.correct)
                });
            black_box(correct);
        }
    };
    Case {
        job: Box::new(job),
        items: Some(items),
    }
}

fn area(id: &'static str, prepare: fn(Option<usize>) -> Case) -> Variant {
    Variant::new(
        id,
        Role::Scratch,
        "every kind × level: generate, solve, check",
        prepare,
    )
}

pub fn routines() -> Vec<Routine> {
    vec![Routine {
        id: "exercise",
        sizes: &[],
        default_sizes: &[],
        quick_sizes: &[],
        work: no_work,
        variants: vec![
            area("linalg", |_| area_case("linalg")),
            area("prob", |_| area_case("prob")),
            area("stats", |_| area_case("stats")),
            area("calculus", |_| area_case("calculus")),
            area("ml", |_| area_case("ml")),
        ],
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_area_with_exercises_is_timed() {
        for a in crate::engine::AREAS {
            let has = crate::registry().kinds().any(|k| k.area == a.name);
            assert_eq!(has, AREAS.contains(&a.name), "{}", a.name);
        }
        for a in AREAS {
            assert!(!pairs(a).is_empty(), "{a}");
        }
    }
}
