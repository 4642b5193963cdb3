#!/usr/bin/env python3
"""Writes the fuzz target's seed corpus (fuzz/seeds/answer/) from the README and the tests.

Every quoted string after `calc`, `--answer`, `parse_value(`, `parse(`, `check(&p, ` or `eval(`
in README.md and tests/*.rs and src/**/*_tests.rs, every "expr" of the reference data
(tests/data/*.json, the calculator's held-out cases), and `diff(f, var)` for every formula "f"
of the calculus references becomes up to three seeds: one for the
calculator (first byte 0), one as an answer to a few exercises (first byte 1, then kind, level
and seed bytes), one as a formula (first byte 2). See src/fuzzing.rs for the layout.

    python3 tools/fuzz_seed_corpus.py      # then: cargo +nightly fuzz run answer fuzz/seeds/answer
"""
import hashlib
import json
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
    for f in sorted((ROOT / "tests" / "data").glob("*.json")):
        found.update(s for s in data_strings(json.loads(f.read_text(encoding="utf-8")))
                     if 0 < len(s) <= 400)
    return sorted(found)


def data_strings(node):
    """The calculator inputs of a reference file: "expr" strings as they are, and each formula
    "f" (with its "var", default x) as a derivative to take and an integral over [0, 1]."""
    if isinstance(node, list):
        for item in node:
            yield from data_strings(item)
    elif isinstance(node, dict):
        if isinstance(node.get("expr"), str):
            yield node["expr"]
        if isinstance(node.get("f"), str):
            var = node.get("var") if isinstance(node.get("var"), str) else "x"
            yield f"diff({node['f']}, {var})"
            yield f"integrate({node['f']}, {var}, 0, 1)"
            yield f"limit({node['f']}, {var}, 0)"
        for value in node.values():
            yield from data_strings(value)


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
