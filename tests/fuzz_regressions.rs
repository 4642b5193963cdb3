//! Replays, through the fuzz target's own step (`mathdrill::fuzzing::run`), every input the
//! fuzzer found to crash, hang or exhaust memory (`tests/data/fuzz/`, one file each, named for
//! what it found) and the seed corpus (`fuzz/seeds/answer/`, made by
//! `tools/fuzz_seed_corpus.py`). A panic fails the test; a hang would stall it.

use std::path::Path;

fn replay(dir: &Path) -> usize {
    let mut n = 0;
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"))
        .collect();
    files.sort();
    for f in files {
        let data = std::fs::read(&f).unwrap();
        let outcome = std::panic::catch_unwind(|| mathdrill::fuzzing::run(&data));
        assert!(
            outcome.is_ok(),
            "{} panicked (input {:?})",
            f.display(),
            String::from_utf8_lossy(&data)
        );
        n += 1;
    }
    n
}

#[test]
fn fuzz_findings_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    replay(&dir);
}

#[test]
fn the_seed_corpus_runs_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/answer");
    assert!(replay(&dir) > 100, "the seed corpus is missing");
}
