#!/usr/bin/env python3
"""Writes the case-record fixtures of every filter operator, aggregation, date rule, derived
occurrence, period check and constraint (tests/fixtures/assess/084-103) over one set of eight
case records. Each fixture's notes carry the hand count: which records a filter keeps and why.

The records (days = closed − filed, counted by hand in the notes of 094):
  r1 filed 2026-01-10 closed 2026-03-01 (50 d)  limit 90  一审 承办人 reversed false 民一庭 amount 1200.5
  r2 filed 2026-02-01 closed 2026-08-01 (181 d) limit 90  二审 承办人 reversed true  民二庭 amount 300
  r3 filed 2025-11-01 closed 2026-01-20 (80 d)  limit 90  二审 承办人 reversed false 民一庭 (no amount)
  r4 filed 2026-05-01 closed 2026-06-01 (31 d)  limit 30  一审 合议庭成员            刑庭   amount 50
  r5 filed 2026-09-01 (pending)                limit 90  一审 承办人                民二庭
  r6 filed 2025-03-01 closed 2025-12-20 (294 d) limit 180 再审 承办人 reversed true  民一庭 amount 0
  r7 filed 2026-04-01 closed 2026-04-30 (29 d)  limit 30  一审 承办人                民二庭 amount 999.25
  r8 filed 2026-10-01 closed 2026-12-31 (91 d)  limit 90  一审 承办人                民一庭 amount 10
"""
import json, pathlib

root = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "assess"

KIND = {
    "id": "case", "title": "案件", "date": "filed",
    "fields": [
        {"key": "filed", "title": "立案日期", "type": "date", "required": True},
        {"key": "closed", "title": "结案日期", "type": "date"},
        {"key": "limitDays", "title": "审限天数", "type": "number"},
        {"key": "days", "title": "审理天数", "type": "number"},
        {"key": "procedure", "title": "审级", "type": "enum",
         "values": [{"id": "first", "title": "一审"}, {"id": "second", "title": "二审"}, {"id": "retrial", "title": "再审"}]},
        {"key": "role", "title": "承办角色", "type": "enum",
         "values": [{"id": "undertaker", "title": "承办人"}, {"id": "member", "title": "合议庭成员"}]},
        {"key": "reversed", "title": "改判发回", "type": "flag"},
        {"key": "court", "title": "承办庭", "type": "text"},
        {"key": "amount", "title": "标的额（万元）", "type": "number"},
    ],
}


def case(n, filed, closed, limit, days, procedure, role, court, reversed_=None, amount=None):
    f = {"filed": filed, "limitDays": limit, "procedure": procedure, "role": role, "court": court}
    if closed:
        f["closed"], f["days"] = closed, days
    if reversed_ is not None:
        f["reversed"] = reversed_
    if amount is not None:
        f["amount"] = amount
    return {"kind": "case", "id": f"（2026）示0102民初{n}号", "fields": f}


RECORDS = [
    case(1, "2026-01-10", "2026-03-01", 90, 50, "first", "undertaker", "民一庭", False, 1200.5),
    case(2, "2026-02-01", "2026-08-01", 90, 181, "second", "undertaker", "民二庭", True, 300),
    case(3, "2025-11-01", "2026-01-20", 90, 80, "second", "undertaker", "民一庭", False),
    case(4, "2026-05-01", "2026-06-01", 30, 31, "first", "member", "刑庭", None, 50),
    case(5, "2026-09-01", None, 90, None, "first", "undertaker", "民二庭"),
    case(6, "2025-03-01", "2025-12-20", 180, 294, "retrial", "undertaker", "民一庭", True, 0),
    case(7, "2026-04-01", "2026-04-30", 30, 29, "first", "undertaker", "民二庭", None, 999.25),
    case(8, "2026-10-01", "2026-12-31", 90, 91, "first", "undertaker", "民一庭", None, 10),
]
R = {i + 1: r["id"] for i, r in enumerate(RECORDS)}
OFFICER = {"id": "J-2", "name": "李四（示例）"}


def cmp(field, op, value):
    return {"test": "compare", "field": field, "op": op, "value": value}


def days(op, value=None, than=None):
    t = {"test": "days", "from": "filed", "to": "closed", "op": op}
    if value is not None:
        t["value"] = value
    if than:
        t["than"] = than
    return t


def all_of(*tests):
    return {"test": "all", "of": list(tests)}


closed_in_period = {"test": "inPeriod", "field": "closed"}
undertaker = cmp("role", "eq", "undertaker")


def derived(key, where, aggregate="count", field=None, read=False, title=None):
    d = {"from": "case", "aggregate": aggregate}
    if where is not None:
        d["where"] = where
    if field:
        d["field"] = field
    out = {"key": key, "title": title or f"派生{key}", "kind": "number", "derive": d}
    if not read:
        out["optional"] = True
    return out


def scheme(inputs, scoring=None, **extra):
    s = {
        "schemaVersion": 1, "id": "records-ops", "version": "1", "title": "案件记录运算测试方案", "role": "judge",
        "period": {"label": "2026年度", "start": "2026-01-01", "end": "2026-12-31"},
        "records": [KIND], "inputs": inputs,
        "dimensions": [{"id": "d", "title": "维度", "weight": 1, "indicators": [{
            "id": "X", "title": "派生指标", "weight": 1, "source": "unsourced default",
            "input": {"kind": "value", "key": inputs[0]["key"]}, "scoring": scoring or {"type": "direct"}}]}],
        "grades": [{"id": "excellent", "title": "优秀", "min": 90, "max": 100},
                   {"id": "competent", "title": "称职", "min": 60, "max": 90},
                   {"id": "incompetent", "title": "不称职", "min": 0, "max": 60}],
    }
    s.update(extra)
    return s


def write(n, slug, description, notes, inputs, derived_expect, total=None, grade=None, dossier_extra=None,
          records=RECORDS, expect_extra=None, problems=None, **scheme_extra):
    dossier = {"officer": OFFICER, "records": records}
    dossier.update(dossier_extra or {})
    body = {"kind": "assess", "description": description, "notes": notes,
            "input": {"scheme": scheme(inputs, **scheme_extra), "dossier": dossier}}
    if problems:
        body["expectProblems"] = problems
    else:
        expect = {"derived": [{"key": k, "value": v, "records": [R[i] for i in ids]} for k, v, ids in derived_expect]}
        if total is not None:
            expect["total"] = total
        if grade:
            expect["grade"] = {"id": grade}
        expect.update(expect_extra or {})
        body["expect"] = expect
    (root / f"{n:03d}-records-{slug}.json").write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n")


write(84, "compare-lt", "compare lt on a number field: a record without the field fails the test",
      "days < 50: r4 31, r7 29 (r1 50 is not below 50; r5 pending has no days) = 2 → total 2.00 → 不称职",
      [derived("x", cmp("days", "lt", 50), read=True)], [("x", 2, [4, 7])], 2, "incompetent")
write(85, "compare-le", "compare le on a number field includes the bound",
      "days ≤ 50: r1 50, r4 31, r7 29 = 3 → 3.00",
      [derived("x", cmp("days", "le", 50), read=True)], [("x", 3, [1, 4, 7])], 3)
write(86, "compare-ge-gt", "compare ge and gt at the edge",
      "days ≥ 91: r2 181, r6 294, r8 91 = 3; days > 91: r2, r6 = 2 (r8 91 is not above 91) → total 3.00",
      [derived("x", cmp("days", "ge", 91), read=True), derived("y", cmp("days", "gt", 91))],
      [("x", 3, [2, 6, 8]), ("y", 2, [2, 6])], 3)
write(87, "compare-eq-number-and-text", "compare eq on a number field and on a text field",
      "limitDays = 30: r4, r7 = 2; court = 民二庭: r2, r5, r7 = 3 → total 2.00",
      [derived("x", cmp("limitDays", "eq", 30), read=True), derived("y", cmp("court", "eq", "民二庭"))],
      [("x", 2, [4, 7]), ("y", 3, [2, 5, 7])], 2)
write(88, "compare-dates", "compare on a date field compares dates (a record without the date fails)",
      "filed ≥ 2026-04-01: r4 05-01, r5 09-01, r7 04-01 (the day itself), r8 10-01 = 4; closed < 2026-02-01: r3 2026-01-20, r6 2025-12-20 = 2 (r5 has no closing date) → total 4.00",
      [derived("x", cmp("filed", "ge", "2026-04-01"), read=True), derived("y", cmp("closed", "lt", "2026-02-01"))],
      [("x", 4, [4, 5, 7, 8]), ("y", 2, [3, 6])], 4)
write(89, "compare-flag-and-absent", "a flag compared for equality; a record without the flag fails the test, so not(reversed = true) keeps it",
      "reversed = false: r1, r3 = 2 (r4, r5, r7, r8 have no flag); not (reversed = true): every record but r2 and r6 = 6 → total 2.00",
      [derived("x", cmp("reversed", "eq", False), read=True), derived("y", {"test": "not", "of": cmp("reversed", "eq", True)})],
      [("x", 2, [1, 3]), ("y", 6, [1, 3, 4, 5, 7, 8])], 2)
write(90, "in-enum-and-numbers", "membership in a set of enum values and of numbers",
      "procedure in {second, retrial}: r2, r3, r6 = 3; limitDays in {30, 180}: r4, r6, r7 = 3 → total 3.00",
      [derived("x", {"test": "in", "field": "procedure", "values": ["second", "retrial"]}, read=True),
       derived("y", {"test": "in", "field": "limitDays", "values": [30, 180]})],
      [("x", 3, [2, 3, 6]), ("y", 3, [4, 6, 7])], 3)
write(91, "present-and-not-present", "present, and not present (a pending case has no closing date)",
      "amount present: r1, r2, r4, r6 (0 is a value), r7, r8 = 6; closed not present: r5 = 1 → total 6.00",
      [derived("x", {"test": "present", "field": "amount"}, read=True),
       derived("y", {"test": "not", "of": {"test": "present", "field": "closed"}})],
      [("x", 6, [1, 2, 4, 6, 7, 8]), ("y", 1, [5])], 6)
write(92, "all-any-nested", "all of (undertaker, any of (reversed, over 90 days))",
      "undertaker: every record but r4; reversed = true: r2, r6; days > 90: r2, r6, r8; so r2, r6, r8 = 3 → total 3.00",
      [derived("x", all_of(undertaker, {"test": "any", "of": [cmp("reversed", "eq", True), cmp("days", "gt", 90)]}), read=True)],
      [("x", 3, [2, 6, 8])], 3)
write(93, "in-period-by-field", "inPeriod on the filing date and on the closing date keep different records",
      "filed in 2026: r1, r2, r4, r5, r7, r8 = 6 (r3 2025-11-01, r6 2025-03-01 before); closed in 2026: r1, r2, r3, r4, r7, r8 (2026-12-31, the last day) = 6 (r6 closed 2025-12-20, r5 pending) → total 6.00",
      [derived("x", {"test": "inPeriod", "field": "filed"}, read=True), derived("y", closed_in_period)],
      [("x", 6, [1, 2, 4, 5, 7, 8]), ("y", 6, [1, 2, 3, 4, 7, 8])], 6)
write(94, "days-against-a-number", "days between two dates against a number (gt, eq)",
      "closed − filed by hand: r1 Jan 10 → Mar 1 = 21 + 28 + 1 = 50; r2 Feb 1 → Aug 1 = 28 + 31 + 30 + 31 + 30 + 31 = 181; r3 Nov 1 → Jan 20 = 30 + 31 + 19 = 80; "
      "r4 May 1 → Jun 1 = 31; r6 Mar 1 → Dec 20 2025 = 275 + 19 = 294; r7 Apr 1 → Apr 30 = 29; r8 Oct 1 → Dec 31 = 31 + 30 + 30 = 91 (r5 has no closing date). "
      "> 90: r2, r6, r8 = 3; = 31: r4 = 1 → total 3.00",
      [derived("x", days("gt", 90), read=True), derived("y", days("eq", 31))], [("x", 3, [2, 6, 8]), ("y", 1, [4])], 3)
write(95, "days-against-a-field", "days between two dates against each record's own time limit",
      "days (094) against limitDays: r1 50 ≤ 90, r2 181 > 90, r3 80 ≤ 90, r4 31 > 30, r6 294 > 180, r7 29 ≤ 30, r8 91 > 90; over: r2, r4, r6, r8 = 4; within: r1, r3, r7 = 3 → total 4.00",
      [derived("x", days("gt", than="limitDays"), read=True), derived("y", days("le", than="limitDays"))],
      [("x", 4, [2, 4, 6, 8]), ("y", 3, [1, 3, 7])], 4)
write(96, "sum-decimals-and-absent", "sum of a decimal field over the records a filter keeps; a kept record without the field adds nothing",
      "closed in 2026: r1, r2, r3, r4, r7, r8; amounts 1200.5 + 300 + (r3 none) + 50 + 999.25 + 10 = 2559.75; scored directly, the score is capped at 100 → total 100.00 → 优秀",
      [derived("x", closed_in_period, "sum", "amount", read=True)], [("x", 2559.75, [1, 2, 3, 4, 7, 8])], 100, "excellent")
write(97, "min-max-and-mean-of-none", "least and greatest value among the kept records; the mean of no value is absent",
      "court = 民二庭: r2 300, r5 (no amount), r7 999.25; max 999.25, min 300; retrial closed in 2026: none (r6 closed in 2025) → mean absent, no records; "
      "X reads the min 300 → capped at 100 → 100.00",
      [derived("y", cmp("court", "eq", "民二庭"), "min", "amount", read=True), derived("x", cmp("court", "eq", "民二庭"), "max", "amount"),
       derived("z", all_of(cmp("procedure", "eq", "retrial"), closed_in_period), "mean", "days")],
      [("y", 300, [2, 5, 7]), ("x", 999.25, [2, 5, 7]), ("z", None, [])], 100)
write(98, "distinct-text", "distinct values of a text field",
      "closed in 2026: r1 民一庭, r2 民二庭, r3 民一庭, r4 刑庭, r7 民二庭, r8 民一庭 → {民一庭, 民二庭, 刑庭} = 3 → total 3.00",
      [derived("x", closed_in_period, "distinct", "court", read=True)], [("x", 3, [1, 2, 3, 4, 7, 8])], 3)
write(99, "as-of-dates-unknown-after", "as of 2026-04-30: records filed later are not known, and neither are dates after it",
      "r4 (filed 05-01), r5 (09-01), r8 (10-01) are ignored; r2's closing date 08-01 is not known yet, so r2 is pending; "
      "closed within 2026-01-01 … 04-30: r1 03-01, r3 01-20, r7 04-30 (the as-of day counts) = 3; pending: r2 = 1 → total 3.00",
      [derived("x", closed_in_period, read=True), derived("y", {"test": "not", "of": {"test": "present", "field": "closed"}})],
      [("x", 3, [1, 3, 7]), ("y", 1, [2])], 3, dossier_extra={"asOf": "2026-04-30"})

fire_bonus = {"id": "P01", "title": "二审案件结案", "points": 1, "source": "unsourced default",
              "derive": {"from": "case", "date": "closed", "where": all_of(cmp("procedure", "eq", "second"), closed_in_period)}}
fire_veto = {"id": "V01", "title": "改判发回", "effect": {"type": "blockGrade", "grade": "excellent"}, "source": "unsourced default",
             "derive": {"from": "case", "date": "closed", "where": all_of(cmp("reversed", "eq", True), closed_in_period)}}
five = {"type": "higherIsBetter", "floor": 0, "target": 5}
write(100, "fire-a-bonus-and-a-veto", "a bonus item and a veto fire once per record their filters keep, each occurrence referenced by its case number",
      "x = closed in 2026 as 承办人: r1, r2, r3, r7, r8 = 5 → higherIsBetter 0 → 5: 100, contribution 100; "
      "P01 second instance closed in 2026: r2 (place 1), r3 (place 2) → P01.r1, P01.r2, 1 point each = 2; 100 + 2 = 102 → clamped to 100 → 优秀 by score; "
      "V01 reversed and closed in 2026: r2 only (r6 closed in 2025) → V01.r1 blocks 优秀 → 称职",
      [derived("x", all_of(closed_in_period, undertaker), read=True)], [("x", 5, [1, 2, 3, 7, 8])], 100, "competent",
      expect_extra={"scoreGrade": {"id": "excellent"}, "flags": {"veto": True},
                    "bonuses": {"total": 2, "items": [{"id": "P01", "total": 2, "occurrences": [
                        {"id": "P01.r1", "reference": R[2], "points": 1}, {"id": "P01.r2", "reference": R[3], "points": 1}]}]},
                    "vetoes": [{"id": "V01", "occurrences": ["V01.r1"]}]},
      scoring=five, bonuses={"items": [fire_bonus]}, vetoes=[fire_veto])
late = {"id": "N03", "title": "超审限结案", "points": 3, "cap": 4, "source": "S56",
        "derive": {"from": "case", "date": "closed", "where": all_of(closed_in_period, undertaker, days("gt", than="limitDays"))}}
write(101, "fire-a-capped-deduction", "a deduction fires per record and its item cap holds",
      "N03: closed in 2026 as 承办人 past the record's limit: r2 181 > 90 (place 1), r8 91 > 90 (place 7); r4 31 > 30 is a 合议庭成员's, r6 was closed in 2025 → 2 × 3 = 6, item cap 4 → 4; "
      "x = 5 → 100; 100 − 4 = 96.00 → 优秀",
      [derived("x", all_of(closed_in_period, undertaker), read=True)], [("x", 5, [1, 2, 3, 7, 8])], 96, "excellent",
      expect_extra={"deductions": {"total": 4, "items": [{"id": "N03", "raw": 6, "total": 4, "occurrences": [
          {"id": "N03.r1", "reference": R[2], "points": 3}, {"id": "N03.r7", "reference": R[8], "points": 3}]}]}},
      scoring=five, deductions={"items": [late]})
write(102, "after-the-period-as-a-warning", "with period.outside = warning, a record dated after the period is a warning and the assessment goes on",
      "r9 filed 2027-01-05 > 2026-12-31 → W_OUT_OF_PERIOD at records[8].fields.filed (a warning: the scheme says so)",
      [derived("x", {"test": "inPeriod", "field": "filed"}, read=True)], [],
      records=RECORDS + [case(9, "2027-01-05", None, 90, None, "first", "undertaker", "民一庭")],
      problems=[{"code": "W_OUT_OF_PERIOD", "path": "records[8].fields.filed", "severity": "warning"}],
      period={"label": "2026年度", "start": "2026-01-01", "end": "2026-12-31", "outside": "warning"})
write(103, "constraint-between-derived-inputs", "a constraint between two derived inputs: 承办 cases cannot be more than all cases, here written the wrong way round",
      "x = closed in 2026 as 承办人: 5 (r1, r2, r3, r7, r8); y = closed in 2026: 6 (and r4); constraint x ≥ y: 5 < 6 → E_IMPLAUSIBLE at inputs.x naming both inputs",
      [derived("x", all_of(closed_in_period, undertaker), read=True, title="承办结案数"), derived("y", closed_in_period, title="结案数")], [],
      problems=[{"code": "E_IMPLAUSIBLE", "path": "inputs.x", "messageZhContains": "「承办结案数」（x）为 5，「结案数」（y）为 6"}],
      constraints=[{"left": "x", "op": "ge", "right": "y"}])
