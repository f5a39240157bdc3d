#!/usr/bin/env python3
"""Writes tests/fixtures/warnings/*.json: organisations (unit means, weighted means, hierarchies),
quotas per unit, early warnings and bad input, with one small scheme (total = input q; N1 deducts
2 points; grades 优秀 ≥ 90, 称职 75–90, 基本称职 60–75, 不称职 < 60; case records with 立案日期,
审限天数, 结案日期, 届满日期 and a 已结 flag; review records with a result). The expected values are
written here by hand, with the arithmetic in each case's notes; nothing is computed by the engine.
Run: python3 scripts/gen-warnings-fixtures.py"""
import copy, json, pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "warnings"

SCHEME = {
    "schemaVersion": 1, "id": "unit-test", "version": "1", "title": "单位与预警测试方案", "role": "judge",
    "period": {"label": "2026年度", "start": "2026-01-01", "end": "2026-12-31"},
    "inputs": [{"key": "q", "title": "质量分", "kind": "percent"},
               {"key": "cases", "title": "结案数", "titleEn": "cases closed", "kind": "count", "optional": True}],
    "records": [
        {"id": "case", "title": "案件", "fields": [
            {"key": "filed", "title": "立案日期", "type": "date"},
            {"key": "limitDays", "title": "审限天数", "type": "number"},
            {"key": "closed", "title": "结案日期", "type": "date"},
            {"key": "due", "title": "届满日期", "type": "date"},
            {"key": "done", "title": "已结", "type": "flag"}]},
        {"id": "review", "title": "评查案件", "fields": [
            {"key": "result", "title": "评查结果", "type": "enum", "values": [
                {"id": "excellent", "title": "优秀"}, {"id": "pass", "title": "合格"},
                {"id": "flaw", "title": "瑕疵"}, {"id": "error", "title": "差错"}]}]}],
    "dimensions": [{"id": "quality", "title": "质量", "titleEn": "Quality", "weight": 1, "indicators": [
        {"id": "Q1", "title": "质量得分", "weight": 1, "input": {"kind": "value", "key": "q"},
         "scoring": {"type": "direct"}, "source": "unsourced default"}]}],
    "deductions": {"items": [{"id": "N1", "title": "超审限结案", "titleEn": "case closed past its time limit",
                              "points": 2, "source": "S56"}]},
    "grades": [{"id": "excellent", "title": "优秀", "titleEn": "Excellent", "min": 90, "max": 100},
               {"id": "competent", "title": "称职", "titleEn": "Competent", "min": 75, "max": 90},
               {"id": "basic", "title": "基本称职", "titleEn": "Basically competent", "min": 60, "max": 75},
               {"id": "incompetent", "title": "不称职", "titleEn": "Incompetent", "min": 0, "max": 60}],
    "quotas": [],
}

COURT = {"units": [{"id": "court", "title": "某区人民法院", "titleEn": "District court"},
                   {"id": "civil", "title": "民一庭", "titleEn": "First civil division", "parent": "court"},
                   {"id": "criminal", "title": "刑一庭", "titleEn": "First criminal division", "parent": "court"}],
         "posts": [{"id": "judge", "title": "员额法官"}, {"id": "assistant", "title": "法官助理"},
                   {"id": "clerk", "title": "书记员"}]}

def scheme(quotas=None):
    s = copy.deepcopy(SCHEME)
    s["quotas"] = quotas or []
    return s

def dossier(oid, q, unit=None, cases=None, records=None):
    d = {"officer": {"id": oid, "name": "干警" + oid}, "inputs": {"q": q}}
    if unit is not None:
        d["officer"]["unit"] = unit
    if cases is not None:
        d["inputs"]["cases"] = cases
    if records:
        d["records"] = records
    return d

def case(rid, **fields):
    return {"kind": "case", "id": rid, "fields": fields}

def review(rid, result):
    return {"kind": "review", "id": rid, "fields": {"result": result}}

def opts(lang="zh"):
    return {"trace": False, "fingerprint": False, "details": False, "lang": lang}

CASES = []
def add(name, description, notes, input, expect=None, problems=None, exhaustive=False):
    f = {"kind": "warnings", "description": description, "notes": notes, "input": input}
    if problems is not None:
        f["expectProblems"] = problems
        if exhaustive:
            f["exhaustive"] = True
    else:
        f["expect"] = expect
    CASES.append((name, f))

def request(dossiers, organisation=None, thresholds=None, quotas=None, lang="zh", decisions=None):
    r = {"scheme": scheme(quotas), "dossiers": dossiers, "options": opts(lang)}
    if organisation is not None:
        r["organisation"] = organisation
    if thresholds is not None:
        r["thresholds"] = thresholds
    if decisions is not None:
        r["decisions"] = decisions
    return r

FIVE = [dossier("J-1", 92, "civil"), dossier("J-2", 85, "civil"), dossier("J-3", 78, "civil"),
        dossier("J-4", 88, "criminal"), dossier("J-5", 70, "criminal")]

# ---------------------------------------------------------------- organisation: means
add("001-unit-mean", "a unit's result is the mean of its members' totals; the court's is the mean of everyone below it",
    "totals = q. 民一庭 J-1 92, J-2 85, J-3 78: (92 + 85 + 78) = 255, ÷ 3 = 85.00. 刑一庭 J-4 88, J-5 70: 158 ÷ 2 = 79.00. "
    "法院 (no one directly, both 庭 below): (255 + 158) = 413 ÷ 5 = 82.60. Cohort ranks: J-1 92 (1), J-4 88 (2), J-2 85 (3), "
    "J-3 78 (4), J-5 70 (5); within 民一庭: J-1 1, J-2 2, J-3 3. Grades in 民一庭: 优秀 1 (92), 称职 2 (85, 78).",
    request(FIVE, COURT),
    {"units": [
        {"unit": "court", "depth": 0, "members": 5, "direct": 0, "total": 82.6, "rule": {"rule": "mean"},
         "text": "某区人民法院：5 人总分合计 413.00 ÷ 5 = 82.60（平均）"},
        {"unit": "civil", "parent": "court", "depth": 1, "members": 3, "direct": 3, "total": 85,
         "grades": [{"grade": "excellent", "count": 1}, {"grade": "competent", "count": 2},
                    {"grade": "basic", "count": 0}, {"grade": "incompetent", "count": 0}],
         "ranking": [{"officer": "J-1", "rank": 1, "cohortRank": 1, "total": 92},
                     {"officer": "J-2", "rank": 2, "cohortRank": 3, "total": 85},
                     {"officer": "J-3", "rank": 3, "cohortRank": 4, "total": 78}],
         "text": "民一庭：3 人总分合计 255.00 ÷ 3 = 85.00（平均）"},
        {"unit": "criminal", "members": 2, "total": 79,
         "ranking": [{"officer": "J-4", "rank": 1, "cohortRank": 2}, {"officer": "J-5", "rank": 2, "cohortRank": 5}]}],
     "warnings": []})

add("002-unit-mean-english", "the unit's explanation in English",
    "as 001: 刑一庭 (88 + 70) = 158 ÷ 2 = 79.00.",
    request(FIVE, COURT, lang="en"),
    {"units": [{"unit": "court"}, {"unit": "civil"},
               {"unit": "criminal", "text": "First criminal division: the 2 members' totals sum to 158.00, ÷ 2 = 79.00 (mean)"}]})

add("003-unit-mean-rounds", "a mean is rounded half up to the scheme's precision (2 places)",
    "民一庭 91 + 88 + 86 = 265, ÷ 3 = 88.3333… → 88.33; 刑一庭 90 + 85 = 175 ÷ 2 = 87.50; 法院 (265 + 175) = 440 ÷ 5 = 88.00.",
    request([dossier("J-1", 91, "civil"), dossier("J-2", 88, "civil"), dossier("J-3", 86, "civil"),
             dossier("J-4", 90, "criminal"), dossier("J-5", 85, "criminal")], COURT),
    {"units": [{"unit": "court", "total": 88}, {"unit": "civil", "total": 88.33}, {"unit": "criminal", "total": 87.5}]})

WEIGHTED = dict(COURT, aggregate={"rule": "weighted", "input": "cases"})
add("004-unit-weighted-mean", "a unit's result weighted by a declared input (cases closed)",
    "民一庭: 92 × 100 + 85 × 50 + 78 × 50 = 9200 + 4250 + 3900 = 17350; weights 100 + 50 + 50 = 200; 17350 ÷ 200 = 86.75. "
    "刑一庭: 88 × 30 + 70 × 10 = 2640 + 700 = 3340; 40; 3340 ÷ 40 = 83.50. 法院: (17350 + 3340) = 20690 ÷ 240 = 86.2083… → 86.21.",
    request([dossier("J-1", 92, "civil", 100), dossier("J-2", 85, "civil", 50), dossier("J-3", 78, "civil", 50),
             dossier("J-4", 88, "criminal", 30), dossier("J-5", 70, "criminal", 10)], WEIGHTED),
    {"units": [
        {"unit": "court", "total": 86.21, "rule": {"rule": "weighted", "input": "cases"}},
        {"unit": "civil", "total": 86.75,
         "text": "民一庭：3 人按「结案数」加权，Σ（总分 × 结案数）= 17350.00，Σ结案数 = 200.00，17350.00 ÷ 200.00 = 86.75（加权平均）"},
        {"unit": "criminal", "total": 83.5}]})

add("005-unit-weighted-missing-weight", "a member without the weight input weighs nothing",
    "民一庭: J-1 92 × 60 = 5520, J-2 85 has no cases (weight 0), J-3 78 × 20 = 1560; 7080 ÷ 80 = 88.50. "
    "刑一庭: J-4 88 × 40 = 3520, J-5 70 × 40 = 2800; 6320 ÷ 80 = 79.00. 法院 (7080 + 6320) = 13400 ÷ 160 = 83.75.",
    request([dossier("J-1", 92, "civil", 60), dossier("J-2", 85, "civil"), dossier("J-3", 78, "civil", 20),
             dossier("J-4", 88, "criminal", 40), dossier("J-5", 70, "criminal", 40)], WEIGHTED),
    {"units": [{"unit": "court", "total": 83.75}, {"unit": "civil", "members": 3, "total": 88.5},
               {"unit": "criminal", "total": 79}]})

add("006-unit-weighted-no-weight", "a unit whose members all weigh nothing has no result, and says why",
    "刑一庭: J-4 has no cases, J-5 has 0: weights sum to 0, no result. 民一庭: 92 × 10 + 85 × 10 + 78 × 20 = 920 + 850 + 1560 "
    "= 3330 ÷ 40 = 83.25. 法院: (3330 + 0) ÷ (40 + 0) = 83.25.",
    request([dossier("J-1", 92, "civil", 10), dossier("J-2", 85, "civil", 10), dossier("J-3", 78, "civil", 20),
             dossier("J-4", 88, "criminal"), dossier("J-5", 70, "criminal", 0)], WEIGHTED),
    {"units": [{"unit": "court", "total": 83.25}, {"unit": "civil", "total": 83.25},
               {"unit": "criminal", "members": 2, "total": None,
                "text": "刑一庭：2 人均无加权依据（权重合计为 0），无单位结果"}]})

POLICE = {"units": [{"id": "det", "title": "刑警支队"}, {"id": "bri", "title": "一大队", "parent": "det"},
                    {"id": "sq1", "title": "一中队", "parent": "bri"}, {"id": "sq2", "title": "二中队", "parent": "bri"},
                    {"id": "empty", "title": "三中队", "parent": "bri"}],
          "posts": [{"id": "police", "title": "民警"}]}
add("007-unit-hierarchy-three-levels", "支队 → 大队 → 中队: every unit counts everyone below it; an empty 中队 has no result",
    "一中队 P-1 80, P-2 90: 170 ÷ 2 = 85.00. 二中队 P-3 70: 70.00. 一大队: its own P-4 60 and both 中队: 80 + 90 + 70 + 60 = 300 "
    "÷ 4 = 75.00. 支队: its own P-5 100 and everyone: 400 ÷ 5 = 80.00. 三中队: nobody. Depths 0, 1, 2.",
    request([dossier("P-1", 80, "sq1"), dossier("P-2", 90, "sq1"), dossier("P-3", 70, "sq2"),
             dossier("P-4", 60, "bri"), dossier("P-5", 100, "det")], POLICE),
    {"units": [{"unit": "det", "depth": 0, "members": 5, "direct": 1, "total": 80},
               {"unit": "bri", "depth": 1, "members": 4, "direct": 1, "total": 75},
               {"unit": "sq1", "depth": 2, "members": 2, "direct": 2, "total": 85},
               {"unit": "sq2", "depth": 2, "members": 1, "total": 70},
               {"unit": "empty", "depth": 2, "members": 0, "direct": 0, "total": None, "ranking": [],
                "text": "三中队：无考评对象，无单位结果"}]})

# ---------------------------------------------------------------- quotas per unit
UNIT_Q = [{"grade": "excellent", "maxShare": 0.2, "per": "unit"}]
TEN = [dossier("J-1", 91, "civil"), dossier("J-2", 89, "civil"), dossier("J-3", 85, "civil"), dossier("J-4", 80, "civil"),
       dossier("J-5", 76, "civil"), dossier("J-6", 96, "criminal"), dossier("J-7", 95, "criminal"),
       dossier("J-8", 70, "criminal"), dossier("J-9", 65, "criminal"), dossier("J-10", 60, "criminal")]
add("008-quota-per-unit", "优秀 ≤ 20% within each 庭: each unit has its own places",
    "民一庭 5 officers: 0.2 × 5 = 1 place, floor 1; its 优秀 by score: J-1 91 only → kept. 刑一庭 5: 1 place; J-6 96 and J-7 95 "
    "compete: J-6 keeps, J-7 (cohort rank 2) moves to 称职. (Over the whole cohort the 2 places would go to J-6 and J-7 and "
    "move J-1.) Outcomes by unit id: civil, criminal. 法院 grades: 优秀 J-1, J-6 = 2; 称职 J-2 89, J-3 85, J-4 80, J-5 76 and "
    "J-7 95 (moved) = 5; 基本称职 J-8 70, J-9 65, J-10 60 (60 ≥ 60) = 3.",
    request(TEN, COURT, quotas=UNIT_Q),
    {"table": {"quotas": [
        {"grade": "excellent", "unit": "civil", "cohortSize": 5, "exact": 1, "places": 1, "candidates": 1, "kept": 1, "moved": 0},
        {"grade": "excellent", "unit": "criminal", "cohortSize": 5, "exact": 1, "places": 1, "candidates": 2, "kept": 1, "moved": 1}],
        "changes": [{"officer": "J-7", "rank": 2, "total": 95, "from": {"id": "excellent"}, "to": {"id": "competent"}}]},
     "units": [{"unit": "court", "grades": [{"grade": "excellent", "count": 2}, {"grade": "competent", "count": 5},
                                            {"grade": "basic", "count": 3}, {"grade": "incompetent", "count": 0}]},
               {"unit": "civil", "grades": [{"grade": "excellent", "count": 1}, {"grade": "competent", "count": 4},
                                            {"grade": "basic", "count": 0}, {"grade": "incompetent", "count": 0}]},
               {"unit": "criminal"}]})

add("009-quota-per-unit-cohort-contrast", "the same cohort under a cohort-wide 20% quota, for contrast",
    "10 officers: 0.2 × 10 = 2 places; 优秀 by score in rank order J-6 96, J-7 95, J-1 91: J-6, J-7 keep, J-1 (rank 3) moves.",
    request(TEN, COURT, quotas=[{"grade": "excellent", "maxShare": 0.2}]),
    {"table": {"quotas": [{"grade": "excellent", "unit": None, "cohortSize": 10, "places": 2, "candidates": 3, "kept": 2, "moved": 1}],
               "changes": [{"officer": "J-1", "rank": 3}]}})

TIE = [dossier("J-1", 93, "civil"), dossier("J-2", 93, "civil"), dossier("J-3", 80, "civil"), dossier("J-4", 78, "civil"),
       dossier("J-5", 70, "civil"), dossier("J-6", 94, "criminal"), dossier("J-7", 60, "criminal")]
add("010-quota-per-unit-tie", "a tie at a unit's quota boundary: the published tie-break decides, and the warning says so",
    "民一庭 5 officers: 1 place. J-1 and J-2 both 93: the default tie-break (total, the first dimension, fewer deductions, "
    "officer id) ties on total, on 质量 (93 = 93) and on deductions (0 = 0); officer id J-1 < J-2 → J-1 keeps, J-2 moves to 称职. "
    "刑一庭 2 officers: 0.2 × 2 = 0.4, floor 0 places: J-6 94 moves. Ranks: J-6 94 (1), J-1 (2), J-2 (3). The quota-tie warning "
    "names J-1 and the key.",
    request(TIE, COURT, quotas=UNIT_Q, thresholds={"asOf": "2026-12-20"}),
    {"table": {"changes": [{"officer": "J-6", "rank": 1, "tie": None},
                           {"officer": "J-2", "rank": 3, "tie": {"with": "J-1", "decidedBy": {"by": "officerId"}}}]},
     "warnings": [{"code": "quotaTie", "officer": "J-2", "unit": "civil",
                   "cause": {"kind": "quotaTie", "grade": {"id": "excellent"}, "to": {"id": "competent"}, "with": "J-1",
                             "total": 93, "decidedBy": {"by": "officerId"}},
                   "text": "与「J-1」总分同为 93.00，按工号顺序排在其后，名额所限由优秀调整为称职"}]})

add("011-quota-per-unit-no-unit-group", "officers without a unit share places of their own; rounding up",
    "优秀 ≤ 30% per unit, rounded up. 民一庭 J-1 95, J-2 91, J-3 80: 0.3 × 3 = 0.9 → 1 place: J-2 moves. "
    "No unit: J-8 97, J-9 92: 0.3 × 2 = 0.6 → 1 place: J-9 moves. Ranks: J-8 97 (1), J-1 95 (2), J-9 92 (3), J-2 91 (4), "
    "J-3 80 (5). Outcomes: the group without a unit first; changes in rank order.",
    request([dossier("J-1", 95, "civil"), dossier("J-2", 91, "civil"), dossier("J-3", 80, "civil"),
             dossier("J-8", 97), dossier("J-9", 92)], quotas=[{"grade": "excellent", "maxShare": 0.3, "rounding": "ceil", "per": "unit"}]),
    {"table": {"quotas": [{"unit": None, "cohortSize": 2, "exact": 0.6, "places": 1, "kept": 1, "moved": 1},
                          {"unit": "civil", "cohortSize": 3, "exact": 0.9, "places": 1, "kept": 1, "moved": 1}],
               "changes": [{"officer": "J-9", "rank": 3}, {"officer": "J-2", "rank": 4}]},
     "units": []})

# ---------------------------------------------------------------- warnings: boundaries
BOUND = [dossier("J-1", 89, "civil"), dossier("J-2", 75.5, "civil"), dossier("J-3", 82, "civil"),
         dossier("J-4", 60, "criminal"), dossier("J-5", 95, "criminal")]
add("012-near-boundary", "points to the next grade up, and the points that may be lost before falling",
    "threshold 2 points. J-5 95 优秀: best grade, 95 − 90 = 5 > 2: none. J-1 89 称职: 90 − 89 = 1 ≤ 2 up; 89 − 75 = 14 down no. "
    "J-3 82: 8 up, 7 down: none. J-2 75.5 称职: up 14.5 no; 75.5 − 75 = 0.5 down. J-4 60 基本称职: up 75 − 60 = 15 no; "
    "60 − 60 = 0 down to 不称职. In rank order: J-1, J-2, J-4.",
    request(BOUND, COURT, thresholds={"asOf": "2026-12-20", "boundaryPoints": 2}),
    {"warnings": [
        {"code": "nearBoundary", "officer": "J-1", "unit": "civil",
         "cause": {"kind": "boundary", "total": 89, "grade": {"id": "competent"},
                   "up": {"grade": {"id": "excellent"}, "points": 1}, "down": None},
         "text": "总分 89.00（称职）临近等次界线：距优秀还差 1.00 分"},
        {"code": "nearBoundary", "officer": "J-2",
         "cause": {"kind": "boundary", "up": None, "down": {"grade": {"id": "basic"}, "points": 0.5}},
         "text": "总分 75.50（称职）临近等次界线：再失 0.50 分以上将降为基本称职"},
        {"code": "nearBoundary", "officer": "J-4", "unit": "criminal",
         "cause": {"kind": "boundary", "down": {"grade": {"id": "incompetent"}, "points": 0}}}]})

add("013-near-boundary-both-ways", "a total near both ends of its band gets both distances",
    "threshold 8. J-1 82 称职: up 90 − 82 = 8 ≤ 8; down 82 − 75 = 7 ≤ 8. J-2 97 优秀: down 97 − 90 = 7 ≤ 8, no grade above.",
    request([dossier("J-1", 82), dossier("J-2", 97)], thresholds={"asOf": "2026-12-20", "boundaryPoints": 8}),
    {"warnings": [
        {"officer": "J-2", "unit": None, "cause": {"up": None, "down": {"grade": {"id": "competent"}, "points": 7}},
         "text": "总分 97.00（优秀）临近等次界线：再失 7.00 分以上将降为称职"},
        {"officer": "J-1", "cause": {"up": {"points": 8}, "down": {"points": 7}},
         "text": "总分 82.00（称职）临近等次界线：距优秀还差 8.00 分；再失 7.00 分以上将降为基本称职"}]})

add("014-near-boundary-english", "a warning's text in English",
    "threshold 2: J-1 89 is 90 − 89 = 1 point short of 优秀.",
    request([dossier("J-1", 89)], thresholds={"asOf": "2026-12-20", "boundaryPoints": 2}, lang="en"),
    {"warnings": [{"officer": "J-1", "text": "total 89.00 (Competent) is near a grade boundary: 1.00 point(s) short of Excellent"}]})

# ---------------------------------------------------------------- warnings: time limits
TL = {"kind": "case", "from": "filed", "limitDays": "limitDays", "closed": "closed", "withinDays": 7, "item": "N1"}
RECS = [case("A", filed="2026-08-25", limitDays=90), case("B", filed="2026-09-01", limitDays=90),
        case("C", filed="2026-08-20", limitDays=90, closed="2026-11-01"), case("D", filed="2026-08-22", limitDays=90),
        case("E", filed="2026-08-01", limitDays=90)]
add("015-time-limit-as-of", "open cases whose time limit (立案日期 + 审限天数) expires within 7 days of the as-of date, with the deduction if overdue",
    "as of 2026-11-20. A: 2026-08-25 + 90 days = Aug 31 (+6), Sep 30 (+36), Oct 31 (+67), Nov 23 (+90): 3 days left ≤ 7 → warn. "
    "B: 2026-09-01 + 90 = Sep 30 (+29), Oct 31 (+60), Nov 30 (+90): 10 days > 7 → none. C closed 2026-11-01 → none. "
    "D: 2026-08-22 + 90 = Aug 31 (+9), Sep 30 (+39), Oct 31 (+70), Nov 20 (+90): 0 days left → warn. E: 2026-08-01 + 90 = Oct 30, "
    "already past → none. Overdue, each costs N1 2 points: 91 − 2 = 89 → 称职.",
    request([dossier("J-1", 91, "civil", records=RECS)], COURT, thresholds={"asOf": "2026-11-20", "timeLimit": TL}),
    {"warnings": [
        {"code": "timeLimit", "officer": "J-1", "unit": "civil",
         "cause": {"kind": "timeLimit", "record": "A", "deadline": "2026-11-23", "daysLeft": 3, "item": "N1", "points": 2,
                   "totalAfter": 89, "gradeAfter": {"id": "competent"}},
         "text": "案件「A」审限于 2026-11-23 届满（还剩 3 天）；如超审限，按「超审限结案」扣 2.00 分，总分将为 89.00（称职）"},
        {"code": "timeLimit", "cause": {"record": "D", "deadline": "2026-11-20", "daysLeft": 0, "totalAfter": 89}}]})

add("016-time-limit-deadline-field", "a time limit read from a deadline field, a flag saying closed, and no item named",
    "as of 2026-12-01, within 5 days. X due 2026-12-06: 5 days ≤ 5 → warn. Y due 2026-12-07: 6 > 5 → none. Z due 2026-12-02 "
    "but done → none. No item: no deduction figures.",
    request([dossier("J-1", 80, records=[case("X", due="2026-12-06"), case("Y", due="2026-12-07"),
                                          case("Z", due="2026-12-02", done=True)])],
            thresholds={"asOf": "2026-12-01", "timeLimit": {"kind": "case", "deadline": "due", "closed": "done", "withinDays": 5}}),
    {"warnings": [{"code": "timeLimit", "officer": "J-1",
                   "cause": {"kind": "timeLimit", "record": "X", "deadline": "2026-12-06", "daysLeft": 5, "item": None,
                             "points": None, "totalAfter": None, "gradeAfter": None},
                   "text": "案件「X」审限于 2026-12-06 届满（还剩 5 天）"}]})

add("017-time-limit-crosses-grade", "an overdue case would take the officer below a grade boundary, in English",
    "as of 2026-11-20, within 7: A's last day 2026-11-23 (see 015), 3 days. 90.5 − 2 = 88.5 → 称职 (below 90).",
    request([dossier("J-1", 90.5, records=[case("A", filed="2026-08-25", limitDays=90)])],
            thresholds={"asOf": "2026-11-20", "timeLimit": TL}, lang="en"),
    {"warnings": [{"cause": {"totalAfter": 88.5, "gradeAfter": {"id": "competent"}},
                   "text": "case A reaches its time limit on 2026-11-23 (3 day(s) left); overdue, it costs 2.00 point(s) under case closed past its time limit: total 88.50 (Competent)"}]})

# ---------------------------------------------------------------- warnings: case review
CR = {"kind": "review", "field": "result", "values": ["flaw", "error"], "atLeast": 3}
add("018-case-review-lead", "瑕疵 and 差错 findings at the threshold are a lead (惩戒线索), never a punishment",
    "J-1: r1 瑕疵, r2 差错, r3 合格, r4 瑕疵 → 3 findings ≥ 3 → lead naming r1, r2, r4. J-2: r5 差错, r6 合格 → 1 < 3: none. "
    "The totals (and grades) are untouched: J-1 88, J-2 85.",
    request([dossier("J-1", 88, records=[review("r1", "flaw"), review("r2", "error"), review("r3", "pass"), review("r4", "flaw")]),
             dossier("J-2", 85, records=[review("r5", "error"), review("r6", "pass")])],
            thresholds={"asOf": "2026-12-20", "caseReview": CR}),
    {"table": {"officers": [{"officer": {"id": "J-1"}, "total": 88}, {"officer": {"id": "J-2"}, "total": 85}]},
     "warnings": [{"code": "disciplineLead", "officer": "J-1",
                   "cause": {"kind": "caseReview", "count": 3, "atLeast": 3, "records": ["r1", "r2", "r4"]},
                   "text": "案件评查发现瑕疵或差错 3 件（达到 3 件）：「r1、r2、r4」；列为惩戒线索，供核查，不自动处分"}]})

# ---------------------------------------------------------------- bad input
def cyc():
    o = copy.deepcopy(COURT)
    o["units"] = [{"id": "a", "title": "甲庭", "parent": "b"}, {"id": "b", "title": "乙庭", "parent": "c"},
                  {"id": "c", "title": "丙庭", "parent": "a"}, {"id": "d", "title": "丁庭", "parent": "d"}]
    return o
add("019-bad-unit-cycle", "units whose parents form a cycle (and a unit its own parent) are refused, each at its parent",
    "a → b → c → a: each of the three is its own ancestor; d's parent is d.",
    request([dossier("J-1", 80, "a")], cyc()),
    problems=[{"code": "E_UNIT_CYCLE", "path": "organisation.units[0].parent", "messageZhContains": "甲庭"},
              {"code": "E_UNIT_CYCLE", "path": "organisation.units[1].parent"},
              {"code": "E_UNIT_CYCLE", "path": "organisation.units[2].parent"},
              {"code": "E_UNIT_CYCLE", "path": "organisation.units[3].parent"}], exhaustive=True)

add("020-bad-unknown-unit", "an officer in a unit the organisation does not declare; an unknown parent",
    "J-2 names 行政庭, not declared; 民二庭's parent 中院 is not declared.",
    request([dossier("J-1", 80, "civil"), dossier("J-2", 80, "行政庭")],
            dict(COURT, units=COURT["units"] + [{"id": "civil-2", "title": "民二庭", "parent": "中院"}])),
    problems=[{"code": "E_UNKNOWN_UNIT", "path": "dossiers[1].officer.unit", "messageZhContains": "行政庭"},
              {"code": "E_UNKNOWN_REF", "path": "organisation.units[3].parent"}], exhaustive=True)

add("021-bad-duplicate-unit-and-weight", "a unit declared twice, a post declared twice, a weight that is not an input",
    "units[3] repeats civil; posts[3] repeats judge; the weight input caseload is not declared by the scheme.",
    request([dossier("J-1", 80, "civil")],
            dict(COURT, units=COURT["units"] + [{"id": "civil", "title": "民一庭"}],
                 posts=COURT["posts"] + [{"id": "judge", "title": "员额法官"}],
                 aggregate={"rule": "weighted", "input": "caseload"})),
    problems=[{"code": "E_DUPLICATE_ID", "path": "organisation.units[3].id"},
              {"code": "E_DUPLICATE_ID", "path": "organisation.posts[3].id"},
              {"code": "E_UNKNOWN_REF", "path": "organisation.aggregate.input"}], exhaustive=True)

add("022-bad-threshold-type", "a threshold of the wrong type is refused where it stands",
    "boundaryPoints is a text, not a number.",
    request([dossier("J-1", 80)], thresholds={"asOf": "2026-12-20", "boundaryPoints": "two"}),
    problems=[{"code": "E_TYPE", "path": "thresholds.boundaryPoints"}])

add("023-bad-threshold-as-of", "the as-of date must be a calendar date",
    "asOf 2026-13-01: there is no 13th month.",
    request([dossier("J-1", 80)], thresholds={"asOf": "2026-13-01", "corrections": {"withinDays": 3}}),
    problems=[{"code": "E_DATE", "path": "thresholds.asOf"}], exhaustive=True)

add("033-bad-threshold-days-negative", "days are a whole number of days: a negative one is of the wrong type",
    "withinDays -3 is not a count (a whole number ≥ 0): the reader refuses it where it stands.",
    request([dossier("J-1", 80)], thresholds={"asOf": "2026-12-01", "corrections": {"withinDays": -3}}),
    problems=[{"code": "E_TYPE", "path": "thresholds.corrections.withinDays"}], exhaustive=True)

add("024-bad-threshold-references", "thresholds that name what the scheme lacks, or a field of the wrong type",
    "timeLimit.deadline limitDays is a number field, not a date; item N9 is not a deduction item; caseReview values[1] "
    "bad is not a value of 评查结果; atLeast 0; boundaryPoints −1.",
    request([dossier("J-1", 80)], thresholds={
        "asOf": "2026-12-20", "boundaryPoints": -1,
        "timeLimit": {"kind": "case", "deadline": "limitDays", "withinDays": 7, "item": "N9"},
        "caseReview": {"kind": "review", "field": "result", "values": ["flaw", "bad"], "atLeast": 0}}),
    problems=[{"code": "E_THRESHOLD", "path": "thresholds.boundaryPoints"},
              {"code": "E_THRESHOLD", "path": "thresholds.timeLimit.deadline"},
              {"code": "E_UNKNOWN_REF", "path": "thresholds.timeLimit.item"},
              {"code": "E_THRESHOLD", "path": "thresholds.caseReview.atLeast"},
              {"code": "E_UNKNOWN_REF", "path": "thresholds.caseReview.values[1]"}], exhaustive=True)

add("025-bad-time-limit-form", "a time limit needs a deadline field, or a start and the limit's days: not both, not neither",
    "both deadline and from are given.",
    request([dossier("J-1", 80)], thresholds={
        "asOf": "2026-12-20", "timeLimit": {"kind": "case", "deadline": "due", "from": "filed", "withinDays": 7}}),
    problems=[{"code": "E_THRESHOLD", "path": "thresholds.timeLimit"}], exhaustive=True)

# ---------------------------------------------------------------- sessions
CLERK = {"kind": "user", "id": "书记员王芳"}
def at(n): return "2026-12-20T09:%02d" % n
def sev(n, change): return {"at": at(n), "actor": CLERK, "change": change}
def officer(oid, q, unit=None, post="judge", records=None):
    o = {"id": oid, "name": "干警" + oid}
    if unit:
        o["unit"] = unit
    if post:
        o["post"] = post
    c = {"type": "addOfficer", "officer": o, "inputs": {"q": q}}
    if records:
        c["records"] = records
    return c

def session(events, thresholds=None, quotas=None):
    s = {"session": {"init": {"scheme": scheme(quotas)}, "events": events}}
    if thresholds is not None:
        s["thresholds"] = thresholds
    return s

add("026-session-units-and-quota", "a session declares its organisation; units and per-unit quotas follow its events",
    "民一庭 J-1 95, J-2 92; 刑一庭 J-3 91. 优秀 ≤ 50% per unit, floor: 民一庭 2 × 0.5 = 1 place (J-2 moves), 刑一庭 1 × 0.5 = 0.5 → 0 "
    "places (J-3 moves). Then J-2 goes to 88: 民一庭's only 优秀 candidate J-1 keeps; J-2 is 称职 by score. Units: 民一庭 "
    "(95 + 88) = 183 ÷ 2 = 91.50; 刑一庭 91.00; 法院 (183 + 91) = 274 ÷ 3 = 91.3333… → 91.33.",
    session([sev(0, {"type": "setOrganisation", "organisation": COURT}),
             sev(1, officer("J-1", 95, "civil")), sev(2, officer("J-2", 92, "civil")), sev(3, officer("J-3", 91, "criminal")),
             sev(4, {"type": "setInput", "officer": "J-2", "key": "q", "value": 88})],
            quotas=[{"grade": "excellent", "maxShare": 0.5, "per": "unit"}]),
    {"table": {"changes": [{"officer": "J-3", "rank": 2, "from": {"id": "excellent"}, "to": {"id": "competent"}}]},
     "units": [{"unit": "court", "members": 3, "total": 91.33}, {"unit": "civil", "total": 91.5,
                "ranking": [{"officer": "J-1", "rank": 1, "cohortRank": 1, "grade": {"id": "excellent"}},
                            {"officer": "J-2", "rank": 2, "cohortRank": 3, "grade": {"id": "competent"}}]},
               {"unit": "criminal", "total": 91, "ranking": [{"officer": "J-3", "grade": {"id": "competent"}}]}],
     "warnings": []})

add("027-session-unknown-unit-refused", "after setOrganisation, an officer in an undeclared unit is refused (the session unchanged)",
    "行政庭 is not among court, civil, criminal.",
    session([sev(0, {"type": "setOrganisation", "organisation": COURT}), sev(1, officer("J-1", 95, "行政庭"))]),
    problems=[{"code": "E_UNKNOWN_UNIT", "path": "change.officer.unit"}], exhaustive=True)

add("028-session-unknown-post-refused", "an officer updated to a post the organisation does not declare is refused",
    "posts: judge, assistant, clerk; 庭长 is none of them.",
    session([sev(0, {"type": "setOrganisation", "organisation": COURT}), sev(1, officer("J-1", 95, "civil")),
             sev(2, {"type": "updateOfficer", "officer": "J-1", "post": "庭长"})]),
    problems=[{"code": "E_UNKNOWN_POST", "path": "change.post"}], exhaustive=True)

add("029-session-organisation-against-roster", "an organisation that leaves an officer of the roster outside it is refused, located in the state",
    "J-2 is in 执行局, which the organisation does not declare; its units also form a cycle (civil ↔ criminal).",
    session([sev(0, officer("J-1", 95, "civil")), sev(1, officer("J-2", 80, "执行局")),
             sev(2, {"type": "setOrganisation", "organisation": dict(COURT, units=[
                 {"id": "civil", "title": "民一庭", "parent": "criminal"}, {"id": "criminal", "title": "刑一庭", "parent": "civil"}])})]),
    problems=[{"code": "E_UNKNOWN_UNIT", "path": "state.roster.J-2.dossier.officer.unit"},
              {"code": "E_UNIT_CYCLE", "path": "change.organisation.units[0].parent"},
              {"code": "E_UNIT_CYCLE", "path": "change.organisation.units[1].parent"}], exhaustive=True)

INCIDENT = {"description": "案件因鉴定机构停业超审限结案", "kind": "overdue-closure", "responsibility": "qualityFlaw",
            "preconditions": {"PC01": True, "PC02": True, "PC03": True, "PC04": True, "PC05": True},
            "facts": [{"item": "TP03", "evidence": ["鉴定机构停业公告（2026）12号"]}]}
def incident(iid, oid, date, deadline):
    i = dict(copy.deepcopy(INCIDENT), id=iid, officer=oid, date=date,
             correction={"actions": ["补正延长审限审批手续"], "deadline": deadline})
    return {"type": "recordIncident", "incident": i}

add("030-session-corrections-due-and-overdue", "corrections due within 7 days and those overdue, with the officer's other warnings",
    "as of 2026-12-20, within 7 days. INC-1 (J-1) due 2026-12-25: 5 days → due. INC-2 (J-1) due 2026-12-10, not done: "
    "Dec 10 → Dec 20 = 10 days overdue. INC-3 (J-2) due 2027-01-15: 26 days > 7 → none. J-1 95 and J-2 89 with "
    "boundaryPoints 1: J-2 is 90 − 89 = 1 short of 优秀; J-1 95 − 90 = 5: none. Rank order J-1, J-2.",
    session([sev(0, officer("J-1", 95, "civil")), sev(1, officer("J-2", 89, "civil")),
             sev(2, incident("INC-1", "J-1", "2026-06-01", "2026-12-25")), sev(3, {"type": "decide", "incident": "INC-1"}),
             sev(4, incident("INC-2", "J-1", "2026-07-01", "2026-12-10")), sev(5, {"type": "decide", "incident": "INC-2"}),
             sev(6, incident("INC-3", "J-2", "2026-08-01", "2027-01-15")), sev(7, {"type": "decide", "incident": "INC-3"})],
            thresholds={"asOf": "2026-12-20", "boundaryPoints": 1, "corrections": {"withinDays": 7}}),
    {"warnings": [
        {"code": "correctionDue", "officer": "J-1", "unit": "civil",
         "cause": {"kind": "correction", "incident": "INC-1", "deadline": "2026-12-25", "days": 5, "overdue": False},
         "text": "事件「INC-1」的整改期限为 2026-12-25，还剩 5 天"},
        {"code": "correctionOverdue", "officer": "J-1",
         "cause": {"kind": "correction", "incident": "INC-2", "deadline": "2026-12-10", "days": 10, "overdue": True},
         "text": "事件「INC-2」的整改已逾期 10 天（期限 2026-12-10）"},
        {"code": "nearBoundary", "officer": "J-2", "cause": {"up": {"points": 1}}}]})

add("031-session-time-limit-warnings", "a session's officers bring their case records; the warnings read them as of a date",
    "as of 2026-11-20, within 7 days, N1 2 points: J-1 91 with A (last day 2026-11-23, 3 days, see 015) and B (2026-11-30, "
    "10 days: none): 91 − 2 = 89 → 称职.",
    session([sev(0, officer("J-1", 91, "civil", records=[case("A", filed="2026-08-25", limitDays=90),
                                                         case("B", filed="2026-09-01", limitDays=90)]))],
            thresholds={"asOf": "2026-11-20", "timeLimit": TL}),
    {"warnings": [{"code": "timeLimit", "officer": "J-1",
                   "cause": {"record": "A", "daysLeft": 3, "totalAfter": 89, "gradeAfter": {"id": "competent"}}}]})

add("032-session-bad-thresholds", "thresholds that do not read are refused, located under thresholds",
    "timeLimit.withinDays is a text.",
    session([sev(0, officer("J-1", 91))], thresholds={"asOf": "2026-11-20", "timeLimit": dict(TL, withinDays="seven")}),
    problems=[{"code": "E_TYPE", "path": "thresholds.timeLimit.withinDays"}])

OUT.mkdir(parents=True, exist_ok=True)
for old in OUT.glob("*.json"):
    old.unlink()
for name, f in CASES:
    (OUT / (name + ".json")).write_text(json.dumps(f, ensure_ascii=False, indent=2) + "\n")
print(len(CASES), "cases")
