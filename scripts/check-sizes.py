#!/usr/bin/env python3
"""Size rules of the Rust sources (`make sizes`, part of `make test`): no file over 600 lines and
no function over 120 lines in the crates and the web app (tests, benches and examples are not
counted: they are read as lists of cases). Prints every breach and exits 1, or a one-line summary."""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rust_source import without_test_modules  # noqa: E402

MAX_FILE, MAX_FN = 600, 120
HERE = os.path.dirname(os.path.abspath(__file__))
ROOTS = ["crates/kaoping-core/src", "crates/kaoping-json/src", "crates/kaoping-json-derive/src",
         "crates/kaoping-wasm/src", "web/src"]
FN = re.compile(r"^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)")


def functions(lines):
    """(name, first line, length) of each fn, measured from its signature to its closing brace."""
    out = []
    for i, line in enumerate(lines):
        m = FN.match(line)
        if not m:
            continue
        depth, opened = 0, False
        for j in range(i, len(lines)):
            code = re.sub(r"//.*$", "", lines[j])
            code = re.sub(r'"(\\.|[^"\\])*"', '""', code)
            code = re.sub(r"'(\\.|[^'\\])'", "''", code)
            depth += code.count("{") - code.count("}")
            if "{" in code:
                opened = True
            if opened and depth <= 0:
                out.append((m.group(6), i + 1, j - i + 1))
                break
            if not opened and code.rstrip().endswith(";"):
                break
    return out


def main():
    top = os.path.normpath(os.path.join(HERE, ".."))
    breaches, files, fns = [], 0, 0
    for root in ROOTS:
        for dirpath, _, names in os.walk(os.path.join(top, root)):
            for n in sorted(names):
                if not n.endswith(".rs"):
                    continue
                path = os.path.join(dirpath, n)
                rel = os.path.relpath(path, top)
                lines = open(path, encoding="utf-8").read().split("\n")
                lines = without_test_modules(lines)
                end = len(lines)
                files += 1
                if end > MAX_FILE:
                    breaches.append(f"{rel}: {end} lines (at most {MAX_FILE}, tests not counted)")
                for name, first, length in functions(lines[:end]):
                    fns += 1
                    if length > MAX_FN:
                        breaches.append(f"{rel}:{first}: fn {name} is {length} lines (at most {MAX_FN})")
    if breaches:
        print(f"sizes: {len(breaches)} breach(es)")
        for b in breaches:
            print("  " + b)
        return 1
    print(f"sizes: {files} files, {fns} functions: none over {MAX_FILE} lines / {MAX_FN} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
