//! The catalog is valid and matches the compiled generators.

use mathdrill::registry;
use std::collections::BTreeSet;

#[test]
fn catalog_matches_generators() {
    let reg = registry();
    let problems = reg.catalog().validate(&reg.generator_ids());
    assert!(
        problems.is_empty(),
        "catalog problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_catalog_level_generates() {
    let reg = registry();
    for k in reg.kinds() {
        for &level in &k.levels {
            let p = reg
                .generate(&k.id, level, 1)
                .unwrap_or_else(|e| panic!("{}: {e}", k.id));
            assert_eq!(p.level, level);
            assert!(p.hints.len() >= 2, "{}: hints", k.id);
        }
    }
}

#[test]
fn declared_answer_types_match_the_generated_answers() {
    // Over enough seeds to meet every question a level asks: the types generated at a level are
    // exactly the ones its catalog entry declares.
    let reg = registry();
    let mut wrong = Vec::new();
    for k in reg.kinds() {
        for &level in &k.levels {
            let declared: BTreeSet<&str> = k.answer_at(level).unwrap().split('|').collect();
            let generated: BTreeSet<&str> = (0..200)
                .map(|seed| reg.generate(&k.id, level, seed).unwrap().answer.type_name())
                .collect();
            if generated != declared {
                wrong.push(format!(
                    "{} level {level}: declared {declared:?}, generated {generated:?}",
                    k.id
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn syllabus_is_embedded_and_topics_are_known() {
    let cat = registry().catalog();
    assert!(
        cat.syllabus.len() >= 60,
        "syllabus has {} topics",
        cat.syllabus.len()
    );
    assert!(
        cat.syllabus
            .iter()
            .any(|t| t.id == "la.inverse" && t.level == "core")
    );
    let coverage = cat.coverage();
    for id in ["la.inverse", "la.determinant", "la.matrix_ops", "la.dot"] {
        assert!(coverage[id] >= 1, "{id} is drilled by no kind");
    }
}

#[test]
fn unknown_kinds_and_levels_are_errors_with_suggestions() {
    let reg = registry();
    let e = reg.generate("la.invrse", 1, 1).unwrap_err().to_string();
    assert!(e.contains("did you mean la.inverse"), "{e}");
    let e = reg.generate("la.inverse", 9, 1).unwrap_err().to_string();
    assert!(e.contains("has no level 9"), "{e}");
}

/// Every syllabus topic of the areas that have been built is drilled by at least its
/// `min_kinds` kinds, each with a worked solution (the soundness test checks the solutions).
#[test]
fn built_areas_cover_their_syllabus_topics() {
    let cat = registry().catalog();
    let coverage = cat.coverage();
    let built = |id: &str| id.starts_with("la.") || id == "model.pca";
    let short: Vec<String> = cat
        .syllabus
        .iter()
        .filter(|t| built(&t.id) && coverage[t.id.as_str()] < t.min_kinds)
        .map(|t| {
            format!(
                "{} has {} kinds, needs {}",
                t.id,
                coverage[t.id.as_str()],
                t.min_kinds
            )
        })
        .collect();
    assert!(
        short.is_empty(),
        "under-covered topics:\n{}",
        short.join("\n")
    );
    let linalg = registry().kinds().filter(|k| k.area == "linalg").count();
    assert!(linalg >= 25, "only {linalg} linear-algebra kinds");
}
