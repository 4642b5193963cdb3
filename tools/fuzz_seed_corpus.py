#!/usr/bin/env python3
"""Writes the fuzz target's seed corpus (fuzz/seeds/answer/) from the README and the tests.

Every quoted string after `calc`, `--answer`, `parse_value(`, `parse(`, `check(&p, ` or `eval(`
in README.md and tests/*.rs and src/**/*_tests.rs becomes up to three seeds: one for the
calculator (first byte 0), one as an answer to a few exercises (first byte 1, then kind, level
and seed bytes), one as a formula (first byte 2). See src/fuzzing.rs for the layout.

    python3 tools/fuzz_seed_corpus.py      # then: cargo +nightly fuzz run answer fuzz/seeds/answer
"""
import hashlib
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "seeds" / "answer"

PATTERNS = [
    r'calc\s+(?:--json\s+)?"((?:[^"\\]|\\.)*)"',
    r'--answer\s+"((?:[^"\\]|\\.)*)"',
    r'parse_value\(\s*"((?:[^"\\]|\\.)*)"',
    r'\bparse\(\s*"((?:[^"\\]|\\.)*)"',
    r'\bcheck\([^,]+,\s*"((?:[^"\\]|\\.)*)"',
    r'\b(?:eval|err|ok|value|calc|p|v|exact|real|var)\(\s*"((?:[^"\\]|\\.)*)"',
    r'\| `([^`|]+)`',
]


def strings():
    files = [ROOT / "README.md", *sorted((ROOT / "tests").glob("*.rs")),
             *sorted((ROOT / "src").rglob("*_tests.rs"))]
    found = set()
    for f in files:
        text = f.read_text(encoding="utf-8")
        for pat in PATTERNS:
            for m in re.finditer(pat, text):
                s = m.group(1).replace('\\"', '"').replace("\\\\", "\\")
                if 0 < len(s) <= 400:
                    found.add(s)
    return sorted(found)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    n = 0
    for s in strings():
        body = s.encode("utf-8")
        seeds = [b"\x00" + body, b"\x02" + body]
        for kind in (0, 4, 13, 27):  # a few kinds of different answer types
            seeds.append(bytes([1, kind, 0, 7, 0]) + body)
        for data in seeds:
            name = hashlib.sha1(data).hexdigest()[:16]
            (OUT / name).write_bytes(data)
            n += 1
    print(f"{n} seeds from {len(strings())} strings in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
