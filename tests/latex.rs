//! LaTeX output compiles with plain pdfLaTeX: every prompt and worked solution, for every kind
//! and level, renders to ASCII with balanced inline math and no `$$` (display-math toggles).

use mathdrill::{registry, render};

#[test]
fn latex_of_every_kind_is_ascii_with_balanced_math() {
    let reg = registry();
    for k in reg.kinds() {
        for &level in &k.levels {
            for seed in 0..30 {
                let p = reg.generate(&k.id, level, seed).unwrap();
                let at = format!("{} level {level} seed {seed}", k.id);
                for text in [render::latex(&p.prompt), render::latex(&p.solution)] {
                    let odd: String = text.chars().filter(|c| !c.is_ascii()).collect();
                    assert!(odd.is_empty(), "{at}: non-ASCII {odd:?} in\n{text}");
                    assert!(!text.contains("$$"), "{at}: $$ in\n{text}");
                    for line in text.lines() {
                        let dollars = line.matches('$').count() - line.matches("\\$").count();
                        assert!(dollars % 2 == 0, "{at}: unbalanced $ in {line}");
                    }
                }
            }
        }
    }
}
