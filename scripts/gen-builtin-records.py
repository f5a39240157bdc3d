#!/usr/bin/env python3
"""Writes the record-based built-in schemes and their synthetic demo records
(crates/kaoping-core/schemes/court-judge-records.json, procuratorate-prosecutor-records.json,
demo-records.json), deterministically, from the hand-counted built-in schemes and demo cohort.

* court-judge-records: the court scheme with 结案数, 审限内结案数, 未结案件数, 超12个月未结案件数,
  上诉案件数, 二审改判发回重审案件数 and 案件平均审理天数 derived from 案件 records.
* procuratorate-prosecutor-records: the prosecutor scheme with every input of 案-件比 and the
  arrest and prosecution indicators derived from 案件 and 程序事项 records
  (案 = 受理审查逮捕 + 受理审查起诉 − 已逮捕后移送审查起诉, 件 = 案 + 非常规程序事项).
* demo-records: each court and prosecutor demo officer's dossier with SYNTHETIC records built so
  that every derived input equals the officer's hand-counted input, so the record-based
  assessment equals the hand-counted one (P-001 and P-005 keep hand-counted figures: see
  HAND_COUNTED).
"""
import json, pathlib, datetime

core = pathlib.Path(__file__).resolve().parent.parent / "crates" / "kaoping-core" / "schemes"
load = lambda name: json.loads((core / name).read_text())


def derive(src, aggregate, where, field=None):
    d = {"from": src, "aggregate": aggregate, "where": where}
    if field:
        d["field"] = field
    return d


def eq(field, value):
    return {"test": "compare", "field": field, "op": "eq", "value": value}


def all_of(*tests):
    return {"test": "all", "of": list(tests)}


# ---- court ----------------------------------------------------------------------------------
undertaker = eq("role", "undertaker")
closed_in_period = all_of({"test": "inPeriod", "field": "closed"}, undertaker)
pending = all_of(undertaker, {"test": "not", "of": {"test": "present", "field": "closed"}})
COURT_DERIVED = {
    "closed": derive("case", "count", closed_in_period),
    "closedInTime": derive("case", "count", all_of(
        {"test": "inPeriod", "field": "closed"}, undertaker,
        {"test": "days", "from": "filed", "to": "closed", "op": "le", "than": "limitDays"})),
    "pending": derive("case", "count", pending),
    # pending at the period's end and filed more than 12 months before it
    "over12Months": derive("case", "count", all_of(
        undertaker, {"test": "not", "of": {"test": "present", "field": "closed"}},
        {"test": "compare", "field": "filed", "op": "lt", "value": "2025-12-31"})),
    "appealed": derive("case", "count", all_of(closed_in_period, eq("appealed", True))),
    "appealReversed": derive("case", "count", all_of(
        closed_in_period, {"test": "in", "field": "appealResult", "values": ["reversed", "remanded"]})),
    "avgDays": derive("case", "mean", closed_in_period, "days"),
}
COURT_CASE = {
    "id": "case", "title": "案件", "date": "filed",
    "fields": [
        {"key": "filed", "title": "立案日期", "type": "date", "required": True},
        {"key": "closed", "title": "结案日期", "type": "date"},
        {"key": "limitDays", "title": "审限天数", "type": "number", "required": True},
        {"key": "days", "title": "审理天数", "type": "number"},
        {"key": "role", "title": "承办角色", "type": "enum", "required": True,
         "values": [{"id": "undertaker", "title": "承办人"}, {"id": "member", "title": "合议庭成员"}]},
        {"key": "appealed", "title": "上诉", "type": "flag"},
        {"key": "appealResult", "title": "二审结果", "type": "enum",
         "values": [{"id": "upheld", "title": "维持"}, {"id": "reversed", "title": "改判"}, {"id": "remanded", "title": "发回重审"}]},
    ],
}

# ---- procuratorate --------------------------------------------------------------------------
NON_ROUTINE = ["appeal", "protest", "contested", "other"]
PROSECUTOR_DERIVED = {
    "arrestReview": derive("case", "count", eq("arrestReview", True)),
    "prosecutionReview": derive("case", "count", eq("prosecutionReview", True)),
    "arrestedTransferred": derive("case", "count", all_of(eq("arrestDecision", "approved"), eq("prosecutionReview", True))),
    "returnedForInvestigation": derive("event", "count", eq("type", "returned")),
    "extendedReview": derive("event", "count", eq("type", "extended")),
    "otherNonRoutine": derive("event", "count", {"test": "in", "field": "type", "values": NON_ROUTINE}),
    "notArrested": derive("case", "count", eq("arrestDecision", "notApproved")),
    "notArrestedContested": derive("event", "count", eq("type", "contested")),
    "notProsecutedAfterArrest": derive("case", "count", all_of(eq("arrestDecision", "approved"), eq("prosecution", "notProsecuted"))),
}
PROSECUTOR_KINDS = [
    {"id": "case", "title": "案件", "date": "accepted",
     "fields": [
         {"key": "accepted", "title": "受理日期", "type": "date", "required": True},
         {"key": "arrestReview", "title": "受理审查逮捕", "type": "flag"},
         {"key": "arrestDecision", "title": "逮捕决定", "type": "enum",
          "values": [{"id": "approved", "title": "批准逮捕"}, {"id": "notApproved", "title": "不批准逮捕"}]},
         {"key": "prosecutionReview", "title": "受理审查起诉", "type": "flag"},
         {"key": "prosecution", "title": "起诉决定", "type": "enum",
          "values": [{"id": "prosecuted", "title": "起诉"}, {"id": "notProsecuted", "title": "不起诉"}]},
     ]},
    {"id": "event", "title": "程序事项", "date": "date",
     "fields": [
         {"key": "date", "title": "日期", "type": "date", "required": True},
         {"key": "type", "title": "事项", "type": "enum", "required": True,
          "values": [{"id": "returned", "title": "退回补充侦查"}, {"id": "extended", "title": "延长审查起诉期限"},
                     {"id": "appeal", "title": "被告人上诉"}, {"id": "protest", "title": "抗诉"},
                     {"id": "contested", "title": "不捕复议复核"}, {"id": "other", "title": "其他非常规程序"}]},
         {"key": "case", "title": "案号", "type": "text", "required": True},
     ]},
]


def record_scheme(base, suffix_zh, suffix_en, kinds, derived, note):
    s = json.loads(json.dumps(base))
    s["id"] = base["id"] + "-records"
    s["title"] = base["title"] + suffix_zh
    s["titleEn"] = base["titleEn"] + suffix_en
    s["records"] = kinds
    for d in s["inputs"]:
        if d["key"] in derived:
            d["derive"] = derived[d["key"]]
    s["notes"] = (base.get("notes", "") + " " + note).strip()
    return s


court = record_scheme(load("court-judge.json"), "（案件记录版）", " (from case records)", [COURT_CASE], COURT_DERIVED,
                      "Record-based variant: 结案数, 审限内结案数, 未结, 超12个月未结 (pending and filed before 2025-12-31), 上诉, 二审改判发回重审 and 平均审理天数 "
                      "are derived from 案件 records (the officer as 承办人); a dossier without records gives them hand-counted.")
prosecutor = record_scheme(load("procuratorate-prosecutor.json"), "（案件记录版）", " (from case records)", PROSECUTOR_KINDS, PROSECUTOR_DERIVED,
                           "Record-based variant: 受理审查逮捕, 受理审查起诉, 已逮捕后移送审查起诉 (批准逮捕 and 受理审查起诉), 不批准逮捕 and 捕后不诉 are counted from 案件 records; "
                           "退回补充侦查, 延长审查起诉期限 and the other non-routine procedures (上诉, 抗诉, 不捕复议复核, 其他) from 程序事项 records, one record per 件 (S13).")
court["constraints"] = [{"left": "closedInTime", "op": "le", "right": "closed"}, {"left": "over12Months", "op": "le", "right": "pending"}]
prosecutor["constraints"] = [{"left": "arrestedTransferred", "op": "le", "right": "arrestReview"},
                             {"left": "notArrested", "op": "le", "right": "arrestReview"}]

# ---- synthetic records ----------------------------------------------------------------------
day0 = datetime.date(2026, 1, 5)


def iso(d):
    return d.isoformat()


def spread(total, n):
    """n whole numbers adding up to total, as even as can be (the first ones one larger)."""
    base, extra = divmod(total, n)
    return [base + (1 if i < extra else 0) for i in range(n)]


def court_records(officer, inputs):
    """Case records whose derived inputs are exactly `inputs` (closed, closedInTime, pending,
    over12Months, appealed, appealReversed, avgDays), plus two cases as a 合议庭成员 and one
    closed in 2025, which count for nothing."""
    seq = iter(range(1, 100000))
    num = lambda: f"（2026）示{officer[2:]}民初{next(seq)}号"
    closed, in_time, avg = inputs["closed"], inputs["closedInTime"], inputs["avgDays"]
    late = closed - in_time
    total_days = avg * closed
    assert total_days == int(total_days)
    total_days = int(total_days)
    # in-time cases at most 90 days, late ones at least 91: as close to the mean as allowed
    in_sum = min(in_time * min(90, int(avg)), total_days - late * 91) if late else total_days
    late_sum = total_days - in_sum
    days = (spread(in_sum, in_time) if in_time else []) + (spread(late_sum, late) if late else [])
    assert all(1 <= d <= 90 for d in days[:in_time]) and all(d >= 91 for d in days[in_time:]), officer
    assert sum(days) == total_days
    appealed, reversed_ = inputs["appealed"], inputs["appealReversed"]
    out = []
    for i, d in enumerate(days):
        close = day0 + datetime.timedelta(days=(i * 347) // max(1, closed - 1) if closed > 1 else 0)
        f = {"filed": iso(close - datetime.timedelta(days=d)), "closed": iso(close), "limitDays": 90, "days": d, "role": "undertaker"}
        if i < appealed:
            f["appealed"] = True
            f["appealResult"] = "reversed" if i < reversed_ else "upheld"
        out.append({"kind": "case", "id": num(), "fields": f})
    for i in range(inputs["pending"]):
        old = i < inputs["over12Months"]
        filed = datetime.date(2025, 10, 15) if old else datetime.date(2026, 9, 1) + datetime.timedelta(days=i % 100)
        out.append({"kind": "case", "id": num(), "fields": {"filed": iso(filed), "limitDays": 90, "role": "undertaker"}})
    for i in range(2):
        out.append({"kind": "case", "id": num(), "fields": {"filed": "2026-03-02", "closed": "2026-04-10", "limitDays": 90, "days": 39, "role": "member"}})
    out.append({"kind": "case", "id": num(), "fields": {"filed": "2025-09-01", "closed": "2025-12-20", "limitDays": 90, "days": 110, "role": "undertaker"}})
    return out


def prosecutor_records(officer, inputs):
    """案件 and 程序事项 records whose derived inputs are exactly `inputs`."""
    seq = iter(range(1, 100000))
    num = lambda: f"示{officer[2:]}检刑受〔2026〕{next(seq)}号"
    ar, pr, tr = inputs["arrestReview"], inputs["prosecutionReview"], inputs["arrestedTransferred"]
    na, npa = inputs["notArrested"], inputs["notProsecutedAfterArrest"]
    approved = ar - na
    assert 0 <= tr <= approved and npa <= tr and tr <= pr, officer
    cases = []
    when = lambda i: iso(day0 + datetime.timedelta(days=(i * 7) % 340))
    # arrested and transferred (some not prosecuted), arrested only, not arrested, prosecution only
    for i in range(tr):
        cases.append({"accepted": when(len(cases)), "arrestReview": True, "arrestDecision": "approved", "prosecutionReview": True,
                      "prosecution": "notProsecuted" if i < npa else "prosecuted"})
    for _ in range(approved - tr):
        cases.append({"accepted": when(len(cases)), "arrestReview": True, "arrestDecision": "approved"})
    for _ in range(na):
        cases.append({"accepted": when(len(cases)), "arrestReview": True, "arrestDecision": "notApproved"})
    for _ in range(pr - tr):
        cases.append({"accepted": when(len(cases)), "prosecutionReview": True, "prosecution": "prosecuted"})
    out = [{"kind": "case", "id": num(), "fields": f} for f in cases]
    contested, other = inputs["notArrestedContested"], inputs["otherNonRoutine"]
    assert contested <= other, officer
    types = (["returned"] * inputs["returnedForInvestigation"] + ["extended"] * inputs["extendedReview"]
             + ["contested"] * contested + ["appeal", "protest", "other"] * other)[: inputs["returnedForInvestigation"] + inputs["extendedReview"] + other]
    for i, t in enumerate(types):
        ref = out[i % len(out)]["id"] if out else "—"
        out.append({"kind": "event", "id": f"示{officer[2:]}检事〔2026〕{i + 1}号", "fields": {"date": when(i + 3), "type": t, "case": ref}})
    return out


# P-001 holds the S13 city-wide worked example (27,315 件; tests/builtin_records.rs rebuilds those
# records); P-005's hand-counted figures have more arrested-and-transferred matters (45) than
# approved arrests (70 − 35 不捕): no set of records gives them. Both keep their hand-counted inputs.
HAND_COUNTED = {"P-001", "P-005"}
demo = []
for e in load("demo-cohort.json"):
    scheme_id = e["scheme"]
    if scheme_id not in ("court-judge", "procuratorate-prosecutor"):
        continue
    d = json.loads(json.dumps(e["dossier"]))
    d["scheme"]["id"] = scheme_id + "-records"
    officer = d["officer"]["id"]
    if scheme_id == "court-judge":
        d["records"] = court_records(officer, d["inputs"])
        derived = COURT_DERIVED
    elif officer not in HAND_COUNTED:
        d["records"] = prosecutor_records(officer, d["inputs"])
        derived = PROSECUTOR_DERIVED
    else:
        derived = {}
    d["inputs"] = {k: v for k, v in d["inputs"].items() if k not in derived}
    demo.append({"scheme": scheme_id + "-records", "dossier": d})


def write(name, value):
    (core / name).write_text(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


write("court-judge-records.json", court)
write("procuratorate-prosecutor-records.json", prosecutor)
# one record per line: the file stays readable and diffs stay small
compact = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))
lines = ["["]
for i, e in enumerate(demo):
    records = e["dossier"].pop("records", None)
    head = compact(e)
    end = "," if i + 1 < len(demo) else ""
    if records is None:
        lines.append(head + end)
        continue
    lines.append(head[:-2] + ',"records":[')
    lines.extend(" " + compact(r) + ("," if j + 1 < len(records) else "") for j, r in enumerate(records))
    lines.append("]}}" + end)
lines.append("]")
(core / "demo-records.json").write_text("\n".join(lines) + "\n")

# ---- hand-checked fixtures for two demo officers --------------------------------------------
fixtures = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "assess"
entry = lambda officer: next(e for e in json.loads((core / "demo-records.json").read_text()) if e["dossier"]["officer"]["id"] == officer)


def fixture(name, body):
    (fixtures / name).write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n")


j1 = entry("J-001")
fixture("082-builtin-court-judge-records-demo-officer.json", {
    "kind": "assess",
    "description": "the record-based court scheme on J-001's synthetic case records: 审限内结案率, 超12个月未结 and 二审改发 come from the cases and give the hand-counted figures of 062",
    "notes": "records by construction (scripts/gen-builtin-records.py): 200 cases closed in 2026 as 承办人, 186 of them within their 90-day limit and 14 past it at 91 days; "
             "the in-time cases share 14400 − 14 × 91 = 13126 days = 186 × 70 + 106 (106 cases of 71 days, 80 of 70), "
"so 13126 + 1274 = 14400 = 72 × 200 → mean 72; 40 pending (no closing date), 2 filed 2025-10-15 (before 2025-12-31: over 12 months), 38 filed in 2026; "
             "the first 40 closed cases appealed, the first 3 of them reversed; 2 cases as 合议庭成员 and 1 closed 2025-12-20 count for nothing. "
             "So closedInTime 186, closed 200, over12Months 2, pending 40, appealReversed 3, appealed 40, avgDays 72: 062's inputs, hence 062's arithmetic: "
             "CQ01 13.76 + CQ05 15.75 + CQ03 8.44 + CQ02 18 + CE05 9.6 + CX03 7 + CX04 12.5 = 85.05; + 3 − 5 = 83.05 → 称职",
    "input": {"scheme": "court-judge-records", "dossier": j1["dossier"]},
    "expect": {
        "total": 83.05, "weighted": 85.05, "grade": {"id": "competent", "title": "称职"},
        "derived": [{"key": k, "value": v} for k, v in [("closedInTime", 186), ("closed", 200), ("over12Months", 2), ("pending", 40),
                                                         ("appealReversed", 3), ("appealed", 40), ("avgDays", 72)]],
        "dimensions": [{"score": 37.95, "indicators": [{"id": "CQ01", "contribution": 13.76}, {"id": "CQ05", "raw": 7.5, "contribution": 15.75},
                                                       {"id": "CQ03", "raw": 5, "contribution": 8.44}]},
                       {"score": 27.6, "indicators": [{"id": "CQ02", "raw": 93, "score": 30, "contribution": 18}, {"id": "CE05", "raw": 72, "contribution": 9.6}]},
                       {"score": 19.5}],
    },
})

p7 = entry("P-007")
ids7 = [r["id"] for r in p7["dossier"]["records"] if r["kind"] == "case"]
fixture("083-builtin-prosecutor-records-demo-officer.json", {
    "kind": "assess",
    "description": "the record-based prosecutor scheme on P-007's synthetic records: 案-件比 from 案件 and 程序事项 records, drilled down to the case numbers",
    "notes": "records by construction: 30 matters accepted for prosecution review only (no arrest review), events 3 退回补充侦查, 1 延长审查起诉期限, 1 被告人上诉, 1 抗诉. "
             "案 = 0 + 30 − 0 = 30; 件 = 30 + 3 + 1 + 2 = 36; PA01 36 ÷ 30 = 1.2, piecewise (1, 100)–(1.5, 85): 100 − 15 × 0.2 ÷ 0.5 = 94, × 0.35 × 0.6 = 0.21 → 19.74; "
             "PA02 不捕率 0 arrest reviews: zero denominator → the fixed score 100; PA05 3 ÷ 30 × 100 = 10 → step from 10 = 85, × 0.15 × 0.6 = 0.09 → 7.65; "
             "PA06 1 ÷ 30 × 100 = 3.333333 ≤ 5 → 100, × 0.1 × 0.6 = 0.06 → 6",
    "input": {"scheme": "procuratorate-prosecutor-records", "dossier": p7["dossier"]},
    "expect": {
        "derived": [{"key": k, "value": v} for k, v in [("arrestReview", 0), ("prosecutionReview", 30), ("arrestedTransferred", 0),
                                                         ("returnedForInvestigation", 3), ("extendedReview", 1), ("otherNonRoutine", 2),
                                                         ("notArrested", 0), ("notArrestedContested", 0), ("notProsecutedAfterArrest", 0)]],
        "dimensions": [{"indicators": [
            {"id": "PA01", "raw": 1.2, "input": {"numeratorSum": 36, "denominatorSum": 30}, "functionScore": 94, "contribution": 19.74},
            {"id": "PA02", "raw": None, "score": 100},
            {"id": "PA03"}, {"id": "PA04"},
            {"id": "PA05", "raw": 10, "functionScore": 85, "contribution": 7.65},
            {"id": "PA06", "raw": 3.333333, "contribution": 6}]}, {}, {}],
    },
})
