"""Reading Rust sources for the project's checks (check-layers.py, check-sizes.py): the lines of
a file without its `#[cfg(test)]` modules, which neither layering nor sizes count."""
import re


def attribute_end(lines, k):
    """The last line of the attribute that starts at line `k` (attributes may span lines)."""
    depth = 0
    for j in range(k, len(lines)):
        depth += lines[j].count("[") - lines[j].count("]")
        if depth <= 0:
            return j
    return len(lines) - 1


def without_test_modules(lines):
    """The lines without `#[cfg(test)] mod … { … }` blocks: tests do not count toward sizes."""
    out, i = [], 0
    while i < len(lines):
        k = i + 1
        while k < len(lines) and lines[k].lstrip().startswith("#["):
            k = attribute_end(lines, k) + 1
        nxt = lines[k] if k < len(lines) else ""
        if lines[i].strip() == "#[cfg(test)]" and re.match(r"\s*(pub(\([^)]*\))?\s+)?mod \w+ \{", nxt):
            depth, j = 0, k
            while j < len(lines):
                depth += lines[j].count("{") - lines[j].count("}")
                j += 1
                if depth <= 0:
                    break
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out
