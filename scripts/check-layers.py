#!/usr/bin/env python3
"""Checks the layering of kaoping-core (`make layers`, part of `make test`).

The core's modules are grouped by layer, and a file may use only files of its own layer or of a
lower one:  base <- model <- explain <- rules <- fast <- api.  No two files may import each
other, directly or through others (no import circle). Test modules (`#[cfg(test)]`) are not
counted. A crate-root path (`crate::Engine`) is followed to the file that defines the item.

Exits 1 and lists every violation; prints a one-line summary otherwise.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rust_source import without_test_modules  # noqa: E402

LAYERS = ["base", "model", "explain", "rules", "fast", "api"]
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "kaoping-core", "src")


def module_of(rel):
    parts = rel[:-3].split("/")
    if parts[-1] in ("mod", "lib"):
        parts = parts[:-1]
    return tuple(parts)


def production_text(text):
    """The text without comments and without `#[cfg(test)]` modules."""
    return "\n".join(re.sub(r"//.*$", "", line) for line in without_test_modules(text.split("\n")))


def use_paths(text, root="crate"):
    """Every path the text names from `root::` (`crate`, `super` or `self`; None: the text is one
    path), group imports expanded, as tuples."""
    paths = []
    starts = [0] if root is None else [m.end() for m in re.finditer(r"(?<![\w:])%s::" % root, text)]
    for start in starts:
        j = start
        prefix = []
        # read segments
        while True:
            seg = re.match(r"(\w+)(::)?", text[j:])
            if text[j:j + 1] == "{":
                depth, k = 1, j + 1
                while depth and k < len(text):
                    depth += {"{": 1, "}": -1}.get(text[k], 0)
                    k += 1
                inner = text[j + 1:k - 1]
                for part in split_top(inner):
                    paths.extend(tuple(prefix) + p for p in expand(part))
                break
            if not seg:
                paths.append(tuple(prefix))
                break
            prefix.append(seg.group(1))
            j += seg.end()
            if not seg.group(2):
                paths.append(tuple(prefix))
                break
    return paths


def split_top(s):
    parts, depth, cur = [], 0, ""
    for c in s:
        depth += {"{": 1, "}": -1}.get(c, 0)
        if c == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += c
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def expand(part):
    m = re.match(r"([\w:]*?)(::)?\{(.*)\}$", part, re.S)
    if m:
        head = tuple(x for x in m.group(1).split("::") if x)
        return [head + p for q in split_top(m.group(3)) for p in expand(q)]
    name = part.split(" as ")[0].strip()
    return [tuple(x for x in name.split("::") if x and x != "self")]


def main():
    files = {}
    for dirpath, _, names in os.walk(ROOT):
        for n in names:
            if n.endswith(".rs"):
                rel = os.path.relpath(os.path.join(dirpath, n), ROOT).replace(os.sep, "/")
                files[module_of(rel)] = rel
    texts = {mod: production_text(open(os.path.join(ROOT, rel), encoding="utf-8").read()) for mod, rel in files.items()}
    # items re-exported by a module file: name -> path it stands for
    reexports = {}
    for mod, text in texts.items():
        for m in re.finditer(r"pub use ([^;]+);", text):
            spec = m.group(1)
            if spec.startswith("crate::"):
                base_paths = use_paths(spec)
            else:
                base_paths = [mod + p for p in expand(spec)]
            for p in base_paths:
                if p:
                    reexports[(mod, p[-1])] = p if spec.startswith("crate::") else p
    def resolve(path, seen=0):
        # the deepest module file the path names, following re-exports of items
        for cut in range(len(path), -1, -1):
            mod = tuple(path[:cut])
            if mod in files:
                rest = path[cut:]
                if rest and (mod, rest[0]) in reexports and seen < 8:
                    return resolve(reexports[(mod, rest[0])], seen + 1)
                return mod
        return ()
    edges = {}
    for mod, text in texts.items():
        targets = set()
        for p in use_paths(text):
            t = resolve(p)
            if t != mod and t != ():
                targets.add(t)
        # `super::…` paths and `use child::…` / `use self::…` paths of a module's own children
        children = {m.group(1) for m in re.finditer(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod (\w+);", text, re.M)}
        relative = [(mod[:-1], p) for p in use_paths(text, "super")]
        relative += [(mod, p) for p in use_paths(text, "self")]
        for m in re.finditer(r"^\s*(?:pub(?:\([^)]*\))?\s+)?use ((\w+)::[^;]+);", text, re.M):
            if m.group(2) in children and not m.group(0).lstrip().startswith("pub"):
                relative += [(mod, p) for p in use_paths(m.group(1), None)]
        for base, p in relative:
            while p and p[0] == "super":
                base, p = base[:-1], p[1:]
            t = resolve(base + p)
            if t != mod and t != ():
                targets.add(t)
        edges[mod] = targets
    problems = []
    rank = {l: i for i, l in enumerate(LAYERS)}
    for mod, targets in sorted(edges.items()):
        if not mod:
            continue
        if mod[0] not in rank:
            problems.append(f"{files[mod]}: not in a layer ({', '.join(LAYERS)})")
            continue
        for t in sorted(targets):
            if t and t[0] in rank and rank[t[0]] > rank[mod[0]]:
                problems.append(f"{files[mod]} ({mod[0]}) uses {files[t]} ({t[0]}): a lower layer may not use a higher one")
    # import circles: strongly connected components of more than one file
    index, low, stack, on, sccs = {}, {}, [], set(), []
    counter = [0]
    sys.setrecursionlimit(10000)
    def strong(v):
        index[v] = low[v] = counter[0]; counter[0] += 1
        stack.append(v); on.add(v)
        for w in edges.get(v, ()):
            if not w or w not in edges:
                continue
            if w not in index:
                strong(w); low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(sorted(files[c] for c in comp))
    for v in sorted(edges):
        if v not in index:
            strong(v)
    for comp in sccs:
        problems.append("import circle: " + " <-> ".join(comp))
    if problems:
        print("layers: %d problem(s)" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    n_edges = sum(len(t) for t in edges.values())
    print(f"layers: {len(files)} files, {n_edges} imports, {' <- '.join(LAYERS)}: no upward import, no circle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
