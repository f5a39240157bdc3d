#!/usr/bin/env python3
"""Seeds the fuzz corpora (fuzz/corpus/<target>/, gitignored) from the built-in schemes, the demo
cohort and the shared fixture tree tests/fixtures/. Idempotent: seeds are named by content hash.

Targets and their seeds:
  scheme_validate       every scheme text (built-in, fixture objects, fixture schemeText)
  assess_builtin        every dossier (demo cohort, demo records, fixtures)
  assess_fuzzed_scheme  scheme + 0xFF + dossier, for each fixture pairing and built-in × demo
                        (the record-based schemes with their demo records, and with their
                        first derived input's filter nested 6, 18 and 24 levels deep)
  tolerance / cohort / audit targets: their fixture inputs, when those fixture kinds exist
"""
import hashlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORE = ROOT / "crates" / "kaoping-core"
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = ROOT / "fuzz" / "corpus"


def dump(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def builtin_schemes():
    out = {}
    for path in sorted((CORE / "schemes").glob("*.json")):
        if path.name.startswith("demo"):
            continue
        text = path.read_text(encoding="utf-8")
        out[json.loads(text)["id"]] = text
    return out


def add(target, data, counts):
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    path = d / name
    if not path.exists():
        path.write_bytes(data)
    counts[target] = counts.get(target, 0) + 1


def main():
    counts = {}
    schemes = builtin_schemes()
    demo = json.loads((CORE / "schemes" / "demo-cohort.json").read_text(encoding="utf-8"))
    for sid, text in schemes.items():
        add("scheme_validate", text.encode(), counts)
    for entry in demo:
        dossier = dump(entry["dossier"])
        add("assess_builtin", dossier, counts)
        if entry["scheme"] in schemes:
            add("assess_fuzzed_scheme", schemes[entry["scheme"]].encode() + b"\xff" + dossier, counts)

    # dossiers with case records (the synthetic demo records) and schemes whose filters nest deep
    records = json.loads((CORE / "schemes" / "demo-records.json").read_text(encoding="utf-8"))
    for entry in records:
        dossier = dump(entry["dossier"])
        add("assess_builtin", dossier, counts)
        if entry["scheme"] in schemes:
            add("assess_fuzzed_scheme", schemes[entry["scheme"]].encode() + b"\xff" + dossier, counts)
    smallest = min((e for e in records if e["dossier"].get("records")), key=lambda e: len(e["dossier"]["records"]))
    for pairs in (2, 6, 8):  # not(all-of-one(…)): 3 levels a pair, 24 at most within the JSON limit
        scheme = json.loads(schemes[smallest["scheme"]])
        for d in scheme["inputs"]:
            if "derive" in d:
                where = d["derive"].get("where", {"test": "present", "field": "filed"})
                for _ in range(pairs):
                    where = {"test": "not", "of": {"test": "all", "of": [where]}}
                d["derive"]["where"] = where
                break
        add("scheme_validate", dump(scheme), counts)
        add("assess_fuzzed_scheme", dump(scheme) + b"\xff" + dump(smallest["dossier"]), counts)

    for path in sorted(FIXTURES.rglob("*.json")):
        try:
            case = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if not isinstance(case, dict):
            continue
        kind = case.get("kind")
        inp = case.get("input")
        if not isinstance(inp, dict):
            continue
        scheme = inp.get("scheme")
        scheme_text = None
        if isinstance(scheme, str) and scheme in schemes:
            scheme_text = schemes[scheme].encode()
        elif isinstance(scheme, dict):
            scheme_text = dump(scheme)
        if isinstance(inp.get("schemeText"), str):
            add("scheme_validate", inp["schemeText"].encode(), counts)
        if scheme_text is not None:
            add("scheme_validate", scheme_text, counts)
        dossier = inp.get("dossier")
        if isinstance(dossier, dict):
            add("assess_builtin", dump(dossier), counts)
            if scheme_text is not None:
                add("assess_fuzzed_scheme", scheme_text + b"\xff" + dump(dossier), counts)
        # Other kinds (tolerance, cohort, audit): the whole input, for the target of that kind.
        if kind in ("tolerance", "cohort", "audit"):
            add(kind, dump(inp), counts)
        # Session cases: their event list, for the session target.
        if kind == "session" and isinstance(inp.get("events"), list):
            add("session", dump(inp["events"]), counts)

    for target, n in sorted(counts.items()):
        print(f"fuzz corpus: {target}: {n} seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
