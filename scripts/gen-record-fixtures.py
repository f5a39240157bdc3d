#!/usr/bin/env python3
"""Writes the case-record fixtures (tests/fixtures/assess/070-075, validateScheme/042): a scheme
whose inputs are derived from case records, and dossiers of records whose expected figures are
computed by hand below (the arithmetic is in each fixture's notes)."""
import json, pathlib

root = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures"

in_period = {"test": "inPeriod", "field": "closed"}
undertaker = {"test": "compare", "field": "role", "op": "eq", "value": "undertaker"}
closed_by_me = {"test": "all", "of": [in_period, undertaker]}

def derived(key, title, kind, aggregate, field=None, where=closed_by_me, read=False):
    d = {"from": "case", "aggregate": aggregate, "where": where}
    if field:
        d["field"] = field
    out = {"key": key, "title": title, "kind": kind, "derive": d}
    if not read:
        out["optional"] = True  # not read by an indicator: a hand-counted dossier may leave it out
    return out

scheme = {
    "schemaVersion": 1, "id": "records-test", "version": "1", "title": "案件记录测试方案", "role": "judge",
    "period": {"label": "2026年度", "start": "2026-01-01", "end": "2026-12-31"},
    "records": [{
        "id": "case", "title": "案件", "date": "filed",
        "fields": [
            {"key": "filed", "title": "立案日期", "type": "date", "required": True},
            {"key": "closed", "title": "结案日期", "type": "date"},
            {"key": "limitDays", "title": "审限天数", "type": "number"},
            {"key": "days", "title": "审理天数", "type": "number"},
            {"key": "procedure", "title": "审级", "type": "enum",
             "values": [{"id": "first", "title": "一审"}, {"id": "second", "title": "二审"}]},
            {"key": "role", "title": "承办角色", "type": "enum",
             "values": [{"id": "undertaker", "title": "承办人"}, {"id": "member", "title": "合议庭成员"}]},
            {"key": "reversed", "title": "改判发回", "type": "flag"},
        ],
    }],
    "inputs": [
        derived("closed", "结案数", "count", "count", read=True),
        derived("closedInTime", "审限内结案数", "count", "count", read=True, where={"test": "all", "of": [
            in_period, undertaker, {"test": "days", "from": "filed", "to": "closed", "op": "le", "than": "limitDays"}]}),
        derived("avgDays", "平均审理天数", "number", "mean", "days"),
        derived("minDays", "最短审理天数", "number", "min", "days"),
        derived("maxDays", "最长审理天数", "number", "max", "days"),
        derived("sumDays", "审理天数合计", "number", "sum", "days"),
        derived("procedures", "审级种类数", "count", "distinct", "procedure"),
        derived("secondInstance", "二审结案数", "count", "count", where={"test": "all", "of": [
            closed_by_me, {"test": "in", "field": "procedure", "values": ["second"]}]}),
        derived("reversedOrLong", "改发或超180天", "count", "count", where={"test": "all", "of": [closed_by_me, {"test": "any", "of": [
            {"test": "compare", "field": "reversed", "op": "eq", "value": True},
            {"test": "compare", "field": "days", "op": "gt", "value": 180}]}]}),
        derived("pending", "未结案件数", "count", "count", where={"test": "all", "of": [
            undertaker, {"test": "not", "of": {"test": "present", "field": "closed"}}]}),
    ],
    "constraints": [{"left": "closedInTime", "op": "le", "right": "closed"}],
    "dimensions": [{"id": "d", "title": "效率", "weight": 1, "indicators": [{
        "id": "CQ02", "title": "审限内结案率", "weight": 1, "source": "S56",
        "input": {"kind": "ratio", "numerator": [{"key": "closedInTime"}], "denominator": [{"key": "closed"}], "multiplier": 100},
        "scoring": {"type": "direct"}}]}],
    "grades": [{"id": "excellent", "title": "优秀", "min": 90, "max": 100},
               {"id": "competent", "title": "称职", "min": 60, "max": 90},
               {"id": "incompetent", "title": "不称职", "min": 0, "max": 60}],
}

def case(n, filed, closed=None, limit=90, days=None, procedure="first", role="undertaker", reversed_=None):
    f = {"filed": filed, "limitDays": limit, "procedure": procedure, "role": role}
    if closed:
        f["closed"] = closed
    if days is not None:
        f["days"] = days
    if reversed_ is not None:
        f["reversed"] = reversed_
    return {"kind": "case", "id": f"（2026）示0101民初{n}号", "fields": f}

records = [
    case(1, "2026-01-10", "2026-03-01", days=50),                           # 50 days ≤ 90: in time
    case(2, "2026-02-01", "2026-08-01", days=181, reversed_=True),          # 181 days > 90: late
    case(3, "2025-11-01", "2026-01-20", days=80, procedure="second"),       # 80 days ≤ 90, closed in 2026
    case(4, "2026-05-01", "2026-06-01", days=31, role="member"),            # not the undertaker
    case(5, "2026-09-01"),                                                  # pending
    case(6, "2025-03-01", "2025-12-20", days=294),                          # closed before the period
]
ids = [r["id"] for r in records]
officer = {"id": "J-1", "name": "张三（示例）"}

def write(kind, name, body):
    path = root / kind / name
    path.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n")

write("assess", "070-records-derive-every-aggregation.json", {
    "kind": "assess",
    "description": "inputs derived from case records: count, a days test against a field, mean, min, max, sum, distinct, in, any, not/present",
    "notes": "closed in 2026 as undertaker: cases 1 (50 days), 2 (181, reversed), 3 (80, second instance) = 3 (case 4 is a member's, 5 pending, 6 closed 2025-12-20); "
             "in time (closed − filed ≤ limitDays 90): 1 (2026-01-10 → 03-01 = 21 + 28 + 1 = 50) and 3 (2025-11-01 → 2026-01-20 = 30 + 31 + 19 = 80), not 2 (181) = 2; "
             "mean days (50 + 181 + 80) / 3 = 311 / 3 = 103.666667; min 50; max 181; sum 311; distinct procedures {first, second} = 2; second instance 1 (case 3); "
             "reversed or > 180 days: case 2 = 1; pending (undertaker, no closing date): case 5 = 1. CQ02 = 2 / 3 × 100 = 66.666667 scored directly → total 66.67 → 称职",
    "input": {"scheme": scheme, "dossier": {"officer": officer, "records": records}},
    "expect": {
        "total": 66.67, "grade": {"id": "competent"},
        "derived": [
            {"key": "closed", "value": 3, "records": [ids[0], ids[1], ids[2]]},
            {"key": "closedInTime", "value": 2, "records": [ids[0], ids[2]]},
            {"key": "avgDays", "value": 103.666667, "records": [ids[0], ids[1], ids[2]]},
            {"key": "minDays", "value": 50, "records": [ids[0], ids[1], ids[2]]},
            {"key": "maxDays", "value": 181, "records": [ids[0], ids[1], ids[2]]},
            {"key": "sumDays", "value": 311, "records": [ids[0], ids[1], ids[2]]},
            {"key": "procedures", "value": 2, "records": [ids[0], ids[1], ids[2]]},
            {"key": "secondInstance", "value": 1, "records": [ids[2]]},
            {"key": "reversedOrLong", "value": 1, "records": [ids[1]]},
            {"key": "pending", "value": 1, "records": [ids[4]]},
        ],
    },
})

write("assess", "071-records-as-of.json", {
    "kind": "assess",
    "description": "assessed as of a date inside the period: records filed after it are ignored and inPeriod ends at it",
    "notes": "asOf 2026-06-30: case 2 closed 2026-08-01 is after it (not closed yet as of June), case 5 filed 2026-09-01 is ignored (so nothing pending); "
             "closed = cases 1 and 3 = 2, both in time → CQ02 = 2 / 2 × 100 = 100 → total 100.00 → 优秀",
    "input": {"scheme": scheme, "dossier": {"officer": officer, "records": records, "asOf": "2026-06-30"}},
    "expect": {
        "total": 100, "grade": {"id": "excellent"},
        "derived": [
            {"key": "closed", "value": 2, "records": [ids[0], ids[2]]},
            {"key": "closedInTime", "value": 2, "records": [ids[0], ids[2]]},
            {"key": "avgDays", "value": 65, "records": [ids[0], ids[2]]},
            {"key": "minDays", "value": 50, "records": [ids[0], ids[2]]},
            {"key": "maxDays", "value": 80, "records": [ids[0], ids[2]]},
            {"key": "sumDays", "value": 130, "records": [ids[0], ids[2]]},
            {"key": "procedures", "value": 2, "records": [ids[0], ids[2]]},
            {"key": "secondInstance", "value": 1, "records": [ids[2]]},
            {"key": "reversedOrLong", "value": 0, "records": []},
            {"key": "pending", "value": 1, "records": [ids[1]]},
        ],
    },
})

write("assess", "072-records-derived-input-given.json", {
    "kind": "assess",
    "description": "a dossier with records cannot give a derived input by hand as well",
    "notes": "records present and inputs.closed = 10 given → E_DERIVED_INPUT at inputs.closed",
    "input": {"scheme": scheme, "dossier": {"officer": officer, "records": records, "inputs": {"closed": 10}}},
    "expectProblems": [{"code": "E_DERIVED_INPUT", "path": "inputs.closed", "messageZhContains": "由案件记录计得"}],
    "exhaustive": True,
})

bad = [
    {"kind": "case", "id": ids[0], "fields": {"filed": "2026-01-10", "judge": "王五"}},
    {"kind": "case", "id": ids[1], "fields": {"filed": "2026-02-30"}},
    {"kind": "case", "id": ids[2], "fields": {"filed": "2026-03-01", "role": "clerk"}},
    {"kind": "hearing", "id": "（2026）示0101民初9号", "fields": {}},
    {"kind": "case", "id": ids[0], "fields": {"filed": "2026-04-01", "days": "十"}},
    {"kind": "case", "id": "（2026）示0101民初8号", "fields": {"closed": "2026-04-01"}},
]
write("assess", "073-records-bad-values.json", {
    "kind": "assess",
    "description": "records are checked against their kind, every problem located",
    "notes": "records[0].fields.judge: no such field → E_UNKNOWN_FIELD; records[1].fields.filed 2026-02-30 is no date → E_DATE; "
             "records[2].fields.role clerk is not a declared value → E_TYPE; records[3].kind hearing is not declared → E_UNKNOWN_REF; "
             "records[4].id repeats records[0] → E_DUPLICATE_ID, and its days 十 is not a number → E_TYPE; records[5] lacks the required filed → E_MISSING_FIELD",
    "input": {"scheme": scheme, "dossier": {"officer": officer, "records": bad}},
    "expectProblems": [
        {"code": "E_UNKNOWN_FIELD", "path": "records[0].fields.judge"},
        {"code": "E_DATE", "path": "records[1].fields.filed", "messageZhContains": "「立案日期」（filed）须为日期"},
        {"code": "E_TYPE", "path": "records[2].fields.role"},
        {"code": "E_UNKNOWN_REF", "path": "records[3].kind"},
        {"code": "E_DUPLICATE_ID", "path": "records[4].id"},
        {"code": "E_TYPE", "path": "records[4].fields.days"},
        {"code": "E_MISSING_FIELD", "path": "records[5].fields.filed"},
    ],
    "exhaustive": True,
})

write("assess", "074-records-none-hand-counted.json", {
    "kind": "assess",
    "description": "a dossier without records gives the derived inputs by hand, as before",
    "notes": "no records: closed 3 and closedInTime 2 given → CQ02 = 2 / 3 × 100 = 66.666667 → 66.67 → 称职; nothing derived",
    "input": {"scheme": scheme, "dossier": {"officer": officer, "inputs": {"closed": 3, "closedInTime": 2}}},
    "expect": {"total": 66.67, "grade": {"id": "competent"}, "derived": None},
})

write("assess", "075-records-implausible-derived.json", {
    "kind": "assess",
    "description": "constraints hold for hand-counted inputs of a record scheme too",
    "notes": "closedInTime 5 > closed 3 breaks closedInTime ≤ closed → E_IMPLAUSIBLE at inputs.closedInTime",
    "input": {"scheme": scheme, "dossier": {"officer": officer, "inputs": {"closed": 3, "closedInTime": 5}}},
    "expectProblems": [{"code": "E_IMPLAUSIBLE", "path": "inputs.closedInTime"}],
    "exhaustive": True,
})

late = records + [case(7, "2027-01-05")]
write("assess", "076-records-after-the-period.json", {
    "kind": "assess",
    "description": "a record dated after the period's end is out of the period; records from before it are carried over",
    "notes": "case 7 filed 2027-01-05 > 2026-12-31 → E_OUT_OF_PERIOD at records[6].fields.filed; cases 3 and 6 (filed in 2025) are carried over and raise nothing",
    "input": {"scheme": scheme, "dossier": {"officer": officer, "records": late}},
    "expectProblems": [{"code": "E_OUT_OF_PERIOD", "path": "records[6].fields.filed", "messageZhContains": "晚于考核期「2026年度」的截止日"}],
    "exhaustive": True,
})

late_scheme = json.loads(json.dumps(scheme))
late_scheme["deductions"] = {"items": [{
    "id": "N03", "title": "超审限结案", "points": 2, "source": "S56",
    "derive": {"from": "case", "date": "closed", "where": {"test": "all", "of": [
        in_period, undertaker, {"test": "days", "from": "filed", "to": "closed", "op": "gt", "than": "limitDays"}]}}}]}
write("assess", "077-records-fire-a-deduction.json", {
    "kind": "assess",
    "description": "a deduction fires once per case record its filter keeps: each case closed past its time limit is one 超审限结案 occurrence, referenced by its case number",
    "notes": "closed in 2026 by the undertaker past the limit: case 2 (2026-02-01 → 08-01 = 181 days > 90) only → one N03 occurrence N03.r1 dated 2026-08-01, ref （2026）示0101民初2号; "
             "CQ02 = 2 / 3 × 100 = 66.666667, − 2 = 64.666667 → 64.67 → 称职",
    "input": {"scheme": late_scheme, "dossier": {"officer": officer, "records": records}},
    "expect": {
        "total": 64.67, "grade": {"id": "competent"},
        "deductions": {"total": 2, "items": [{"id": "N03", "total": 2, "occurrences": [{"id": "N03.r1", "count": 1, "reference": "（2026）示0101民初2号", "points": 2}]}]},
    },
})

broken = json.loads(json.dumps(scheme))
broken["inputs"][0]["derive"]["from"] = "hearing"
broken["inputs"][2]["derive"]["field"] = "procedure"
broken["inputs"][1]["derive"]["where"]["of"][2].pop("than")
broken["inputs"][6]["derive"].pop("field")
broken["inputs"][9]["derive"]["where"]["of"][1]["of"] = {"test": "inPeriod", "field": "limitDays"}
write("validateScheme", "042-record-derivations.json", {
    "kind": "validateScheme",
    "description": "derived inputs name a declared record kind and fields of the types their use needs",
    "notes": "inputs[0] from hearing: no such kind → E_UNKNOWN_REF; inputs[1] days test with neither value nor than → E_MISSING_DATA; "
             "inputs[2] mean over the enum field procedure → E_TYPE; inputs[6] distinct without a field → E_MISSING_DATA; "
             "inputs[9] inPeriod on the number field limitDays → E_TYPE",
    "input": {"scheme": broken},
    "expectProblems": [
        {"code": "E_UNKNOWN_REF", "path": "inputs[0].derive.from"},
        {"code": "E_MISSING_DATA", "path": "inputs[1].derive.where.of[2]"},
        {"code": "E_TYPE", "path": "inputs[2].derive.field"},
        {"code": "E_MISSING_DATA", "path": "inputs[6].derive.field"},
        {"code": "E_TYPE", "path": "inputs[9].derive.where.of[1].of.field"},
    ],
    "exhaustive": True,
})
