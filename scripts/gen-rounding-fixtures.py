#!/usr/bin/env python3
"""Writes the rounding-stage fixtures (tests/fixtures/assess/078-081, preview/030): the same figures assessed
with each line rounded before the sum (the default) and with only the total rounded (what a
spreadsheet summing unrounded cells gives). Every expected figure is computed by hand in the
fixture's notes."""
import json, pathlib

root = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "assess"


def scheme(stage=None, rounding="halfUp", bonus="0.004"):
    s = {
        "schemaVersion": 1, "id": "rounding-stage", "version": "1", "title": "舍入时点测试方案", "role": "judge",
        "period": {"label": "2026年度", "start": "2026-01-01", "end": "2026-12-31"},
        "inputs": [{"key": "a", "title": "输入a", "kind": "number"}, {"key": "b", "title": "输入b", "kind": "number"}],
        "dimensions": [{"id": "d", "title": "维度", "weight": 1, "indicators": [
            {"id": "A", "title": "指标a", "weight": 0.5, "input": {"kind": "value", "key": "a"},
             "scoring": {"type": "direct"}, "source": "unsourced default"},
            {"id": "B", "title": "指标b", "weight": 0.5, "input": {"kind": "value", "key": "b"},
             "scoring": {"type": "direct"}, "source": "unsourced default"}]}],
        "bonuses": {"items": [{"id": "P01", "title": "项目P01", "points": float(bonus), "source": "unsourced default"}]},
        "grades": [{"id": "excellent", "title": "优秀", "min": 90, "max": 100},
                   {"id": "competent", "title": "称职", "min": 60, "max": 90},
                   {"id": "incompetent", "title": "不称职", "min": 0, "max": 60}],
        "rounding": rounding, "precision": 2,
    }
    if stage:
        s["roundingStage"] = stage
    return s


def dossier(a, b, bonus=True):
    d = {"officer": {"id": "T-1", "name": "测试（示例）"}, "inputs": {"a": a, "b": b}}
    if bonus:
        d["occurrences"] = [{"id": "o1", "item": "P01", "date": "2026-06-01"}]
    return d


def line(kind, rule, points, text):
    return {"kind": kind, "rule": rule, "points": points, "text": text}


def indicator(i, x, c, text_c):
    rule = f"dimensions[0].indicators[{i}]"
    name = "a" if i == 0 else "b"
    return line("indicator", rule, c, f"{'AB'[i]} 指标{name}：输入 输入{name}，原始值 {x}，得分 {x}/100，权重 0.5，计入 {text_c}")


def write(name, body):
    (root / name).write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n")


write("078-rounding-stage-lines-crosses-into-excellent.json", {
    "kind": "assess",
    "description": "rounding stage lines (the default): each contribution and item is rounded to the precision before the sum, so the lines add up to the total",
    "notes": "A 89.99 × 0.5 = 44.995 → 45.00 (四舍五入); B the same 45.00; P01 1 × 0.004 = 0.004 → 0.00; total 45.00 + 45.00 + 0.00 = 90.00 ≥ 90 → 优秀 "
             "(the same figures with only the total rounded give 89.99 → 称职: 079)",
    "input": {"scheme": scheme(), "dossier": dossier(89.99, 89.99)},
    "expect": {
        "total": 90, "grade": {"id": "excellent"}, "weighted": 90, "unrounded": None,
        "dimensions": [{"score": 90, "indicators": [{"contribution": 45}, {"contribution": 45}]}],
        "bonuses": {"total": 0},
        "explanation": [
            indicator(0, "89.99", 45, "+45.00"),
            indicator(1, "89.99", 45, "+45.00"),
            line("bonus", "bonuses.items[0]", 0, "加分 P01 项目P01：1 次 × 0.004 分 = 0.00（o1），计入 +0.00"),
            line("grade", "grades", 0, "等次：优秀"),
            line("total", "", 90, "总分 90.00"),
        ],
    },
})

write("079-rounding-stage-total-stays-competent.json", {
    "kind": "assess",
    "description": "rounding stage total: the lines keep their exact figures and only the sum is rounded (a spreadsheet summing unrounded cells); the same dossier as 078 falls short of 优秀",
    "notes": "A 89.99 × 0.5 = 44.995 (unrounded); B 44.995; P01 0.004; sum 44.995 + 44.995 + 0.004 = 89.994 → 89.99 (四舍五入 to 2 decimals, −0.004) < 90 → 称职; "
             "the lines show their exact figures (44.995 with three decimals) and the rounding line takes the −0.004, so the lines still add up to the total",
    "input": {"scheme": scheme("total"), "dossier": dossier(89.99, 89.99)},
    "expect": {
        "total": 89.99, "grade": {"id": "competent"}, "weighted": 89.99, "unrounded": 89.994,
        "dimensions": [{"score": 89.99, "indicators": [{"contribution": 44.995}, {"contribution": 44.995}]}],
        "bonuses": {"total": 0.004},
        "explanation": [
            indicator(0, "89.99", 44.995, "+44.995"),
            indicator(1, "89.99", 44.995, "+44.995"),
            line("bonus", "bonuses.items[0]", 0.004, "加分 P01 项目P01：1 次 × 0.004 分 = 0.004（o1），计入 +0.004"),
            line("rounding", "roundingStage", -0.004, "各项未舍入合计 89.994，总分按 2 位小数四舍五入为 89.99（-0.004）"),
            line("grade", "grades", 0, "等次：称职"),
            line("total", "", 89.99, "总分 89.99"),
        ],
    },
})

write("080-rounding-stage-total-clamped-before-rounding.json", {
    "kind": "assess",
    "description": "rounding stage total: the bounds cut the exact sum first; a bound is at the precision, so no rounding line follows",
    "notes": "A 100 × 0.5 = 50; B 50; P01 0.004; sum 100.004 > 100 → clamped to 100 (−0.004, shown with its three decimals); 100 is already at 2 decimals: no rounding line; 100.00 → 优秀",
    "input": {"scheme": scheme("total"), "dossier": dossier(100, 100)},
    "expect": {
        "total": 100, "grade": {"id": "excellent"}, "unrounded": None,
        "clamp": {"unclamped": 100.004, "adjustment": -0.004},
        "explanation": [
            indicator(0, "100", 50, "+50.00"),
            indicator(1, "100", 50, "+50.00"),
            line("bonus", "bonuses.items[0]", 0.004, "加分 P01 项目P01：1 次 × 0.004 分 = 0.004（o1），计入 +0.004"),
            line("clamp", "bounds", -0.004, "合计 100.004 超出分值范围 [0, 100]，调整 -0.004"),
            line("grade", "grades", 0, "等次：优秀"),
            line("total", "", 100, "总分 100.00"),
        ],
    },
})

write("081-rounding-stage-total-half-even.json", {
    "kind": "assess",
    "description": "rounding stage total with banker's rounding: an exact tie in the sum goes to the even digit",
    "notes": "A 89.97 × 0.5 = 44.985; B 90 × 0.5 = 45; no bonus; sum 89.985: a tie at 2 decimals → the even digit 89.98 (四舍六入五成双, −0.005; half up would give 89.99) → 称职",
    "input": {"scheme": scheme("total", "halfEven"), "dossier": dossier(89.97, 90, bonus=False)},
    "expect": {
        "total": 89.98, "grade": {"id": "competent"}, "unrounded": 89.985,
        "explanation": [
            indicator(0, "89.97", 44.985, "+44.985"),
            indicator(1, "90", 45, "+45.00"),
            line("rounding", "roundingStage", -0.005, "各项未舍入合计 89.985，总分按 2 位小数四舍六入五成双为 89.98（-0.005）"),
            line("grade", "grades", 0, "等次：称职"),
            line("total", "", 89.98, "总分 89.98"),
        ],
    },
})

# The preview solves for the nearest values at the total's rounding too.
(root.parent / "preview" / "030-rounding-stage-total.json").write_text(json.dumps({
    "kind": "preview",
    "description": "a scheme that rounds only the total: the nearest changes are solved against the exact sum rounded once, contributions kept at millionths",
    "notes": "079's dossier: sum 0.5a + 0.5b + 0.004 = 89.994 → 89.99 称职. Up: 优秀 from 90, 0.01 points; the sum must reach 89.995 (rounds to 90.00): "
             "0.5a (rounded to millionths) ≥ 89.995 − 44.995 − 0.004 = 44.996; a = 89.991999 gives 44.9959995 → 44.996000 ✓, a = 89.991998 gives 44.995999 ✗ → a 89.991999 (+0.001999), total 90.00; "
             "B the same. Down: 不称职 below 60 → 59.99, 30.00 points; the sum must stay below 59.995: 0.5a ≤ 14.995999; a = 29.991998 gives 14.995999 ✓ (sum 59.994999 → 59.99), "
             "a = 29.991999 gives 14.9959995 → 14.996000 ✗ (sum 59.995 → 60.00) → a 29.991998 (−59.998002), total 59.99; B the same. A single change suffices: no combination",
    "input": {"scheme": scheme("total"), "dossier": dossier(89.99, 89.99)},
    "expect": {
        "total": 89.99, "grade": {"id": "competent"},
        "up": {"grade": {"id": "excellent"}, "points": 0.01, "at": 90},
        "down": {"grade": {"id": "incompetent"}, "points": 30, "at": 59.99},
        "raise": [
            {"change": {"kind": "indicator", "indicator": "A", "from": 89.99, "to": 89.991999, "delta": 0.001999, "scoreTo": 89.991999}, "total": 90, "grade": {"id": "excellent"}},
            {"change": {"kind": "indicator", "indicator": "B", "from": 89.99, "to": 89.991999, "delta": 0.001999, "scoreTo": 89.991999}, "total": 90, "grade": {"id": "excellent"}},
        ],
        "lower": [
            {"change": {"kind": "indicator", "indicator": "A", "from": 89.99, "to": 29.991998, "delta": -59.998002, "scoreTo": 29.991998}, "total": 59.99, "grade": {"id": "incompetent"}},
            {"change": {"kind": "indicator", "indicator": "B", "from": 89.99, "to": 29.991998, "delta": -59.998002, "scoreTo": 29.991998}, "total": 59.99, "grade": {"id": "incompetent"}},
        ],
        "combination": None,
    },
}, ensure_ascii=False, indent=2) + "\n")
