#!/usr/bin/env python3
"""Writes crates/kaoping-core/schemes/demo-cohort.json: the synthetic demo cohort.

All officers are invented (names marked （示例）, `synthetic: true`). The data is chosen by hand to
show the engine's features: vetoes of every effect, officers on both sides of grade boundaries,
item and list caps, case-review counts, zero denominators. Re-run after editing; the output is
committed.
"""
import json, os

V = "2026.1"


def d(oid, name, unit, scheme, inputs, occ=(), cr=None):
    dos = {
        "officer": {"id": oid, "name": name + "（示例）", "unit": unit},
        "scheme": {"id": scheme, "version": V},
        "period": "2026年度",
        "synthetic": True,
        "inputs": inputs,
    }
    if occ:
        dos["occurrences"] = [
            dict({"id": f"{oid}-{i + 1}", "item": o[0], "date": o[1]}, **(o[2] if len(o) > 2 else {}))
            for i, o in enumerate(occ)
        ]
    if cr:
        dos["caseReview"] = cr
    return {"scheme": scheme, "dossier": dos}


def judge(oid, name, unit, an, jian, cit, closed, o12, pending, rev, appealed, days, med, sat, occ=(), cr=None):
    return d(oid, name, unit, "court-judge", {
        "an": an, "jian": jian, "closedInTime": cit, "closed": closed, "over12Months": o12, "pending": pending,
        "appealReversed": rev, "appealed": appealed, "avgDays": days, "mediationRate": med, "satisfaction": sat,
    }, occ, cr)


def prosecutor(oid, name, unit, ar, pr, at, ret, ext, other, na, nac, npa, hours, rec, occ=(), cr=None):
    return d(oid, name, unit, "procuratorate-prosecutor", {
        "arrestReview": ar, "prosecutionReview": pr, "arrestedTransferred": at, "returnedForInvestigation": ret,
        "extendedReview": ext, "otherNonRoutine": other, "notArrested": na, "notArrestedContested": nac,
        "notProsecutedAfterArrest": npa, "trainingHours": hours, "interferenceRecordRate": rec,
    }, occ, cr)


def police(oid, name, unit, disp, cfs, proc, overdue, lic, revoked, rect, area, prop, safety, occ=(), cr=None):
    return d(oid, name, unit, "police-officer", {
        "dispatchFaults": disp, "caseFileScore": cfs, "procedureFaults": proc, "overdueCases": overdue,
        "licensingOnTime": lic, "revokedDecisions": revoked, "rectificationRate": rect, "custodyAreaRate": area,
        "propertyFaults": prop, "safetyIncidents": safety,
    }, occ, cr)


def prison(oid, name, unit, sec, contra, targets, transformed, inmates, proposals, docerr, duty, occ=(), cr=None):
    return d(oid, name, unit, "prison-officer", {
        "securityIncidents": sec, "contrabandFound": contra, "educationTargets": targets,
        "educationTransformed": transformed, "inmates": inmates, "sentenceReductionProposals": proposals,
        "documentErrors": docerr, "dutyAttendance": duty,
    }, occ, cr)


ref = lambda r: {"ref": r}

cohort = [
    # J-001 is the README / doc demo officer: keep its figures.
    {
        "scheme": "court-judge",
        "dossier": {
            "officer": {"id": "J-001", "name": "张明（示例）", "unit": "民事审判第一庭"},
            "scheme": {"id": "court-judge", "version": V},
            "period": "2026年度",
            "synthetic": True,
            "inputs": {"an": 17685, "jian": 27315, "closedInTime": 186, "closed": 200, "over12Months": 2, "pending": 40,
                       "appealReversed": 3, "appealed": 40, "avgDays": 72, "mediationRate": 38, "satisfaction": 91},
            "occurrences": [
                {"id": "occ-1", "item": "P01", "date": "2026-05-12", "ref": "（2026）示0101民初1234号"},
                {"id": "occ-2", "item": "N03", "date": "2026-08-03", "ref": "（2026）示0101民初2001号", "count": 2},
            ],
            "caseReview": {"excellent": 2, "pass": 14, "flawed": 1, "error": 0},
        },
    },
    judge("J-002", "李华", "民事审判第二庭", 210, 231, 238, 244, 0, 35, 1, 28, 48, 57, 95,
          [("P02", "2026-11-20", ref("示法〔2026〕12号"))], {"excellent": 4, "pass": 20}),
    judge("J-003", "王芳", "刑事审判庭", 160, 204, 150, 160, 1, 30, 3, 36, 58, 30, 92,
          [("P01", "2026-04-18", ref("（2026）示0101刑初88号"))], {"excellent": 1, "pass": 12}),
    judge("J-004", "赵强", "刑事审判庭", 160, 202, 150, 160, 1, 30, 3, 36, 59, 30, 92,
          [("P01", "2026-04-18", ref("（2026）示0101刑初90号"))], {"excellent": 1, "pass": 12}),
    judge("J-005", "陈静", "行政审判庭", 120, 132, 118, 122, 0, 18, 1, 20, 52, 45, 93,
          [("V01", "2026-06-30", ref("示纪〔2026〕7号")), ("P01", "2026-09-02", ref("（2026）示0101行初15号"))],
          {"excellent": 2, "pass": 9}),
    judge("J-006", "刘洋", "民事审判第一庭", 180, 270, 150, 170, 4, 45, 6, 40, 95, 25, 80,
          [("V02", "2026-03-15", ref("示纪〔2026〕3号"))], {"pass": 10, "flawed": 2}),
    judge("J-007", "杨帆", "民事审判第二庭", 190, 390, 140, 175, 9, 48, 11, 42, 140, 12, 66,
          [("N03", "2026-05-10", {"ref": "（2026）示0101民初3301号", "count": 6}),
           ("N04", "2026-07-21", ref("示信〔2026〕41号")), ("N04", "2026-10-02", ref("示信〔2026〕57号"))],
          {"pass": 6, "flawed": 3, "error": 2}),
    judge("J-008", "黄磊", "商事审判庭", 140, 150, 165, 170, 0, 20, 0, 15, 44, 62, 97,
          [("P01", "2026-02-11", ref("（2026）示0101民初501号")), ("P01", "2026-06-09", ref("（2026）示0101民初777号")),
           ("P01", "2026-10-30", ref("（2026）示0101民初958号")), ("P02", "2026-12-01", ref("示法〔2026〕20号"))],
          {"excellent": 6, "pass": 11}),
    judge("J-009", "周敏", "立案庭", 90, 99, 96, 98, 0, 0, 0, 0, 40, 40, 88, [], {"pass": 5}),
    # Prosecutors. 综合评价 needs committee score sheets: until they exist the results are incomplete.
    prosecutor("P-001", "孙检", "第一检察部", 9265, 14640, 6220, 2900, 1800, 4930, 1900, 40, 70, 48, 100,
               [("P01", "2026-03-03", {"note": "figures of the S13 worked example: 案 17685, 件 27315"})], {"excellent": 1, "pass": 30}),
    prosecutor("P-002", "吴敏", "第一检察部", 60, 80, 40, 6, 2, 10, 15, 0, 0, 52, 100,
               [("P02", "2026-09-01", ref("示检〔2026〕9号"))], {"excellent": 3, "pass": 15}),
    prosecutor("P-003", "郑伟", "第二检察部", 50, 70, 35, 12, 6, 20, 4, 1, 2, 38.5, 90, [], {"pass": 12, "flawed": 2}),
    prosecutor("P-004", "冯雪", "第二检察部", 45, 66, 30, 9, 4, 14, 10, 0, 1, 44, 95,
               [("V01", "2026-05-20", ref("示纪检〔2026〕2号"))], {"excellent": 2, "pass": 10}),
    prosecutor("P-005", "褚亮", "第三检察部", 70, 95, 45, 30, 15, 40, 35, 6, 5, 20, 60,
               [("V02", "2026-12-15", {"note": "业绩考评不合格"}), ("N03", "2026-08-08", {"count": 3})],
               {"pass": 8, "flawed": 4, "error": 1}),
    prosecutor("P-006", "卫宁", "第三检察部", 40, 55, 25, 5, 3, 9, 8, 0, 0, 40, 100,
               [("V05", "2026-10-10", ref("示检监〔2026〕1号"))], {"pass": 9}),
    prosecutor("P-007", "蒋涛", "未成年人检察部", 0, 30, 0, 3, 1, 2, 0, 0, 0, 60, 100, [], {"excellent": 5, "pass": 6}),
    prosecutor("P-008", "沈悦", "第一检察部", 58, 72, 38, 8, 3, 11, 14, 0, 1, 41, 100,
               [("V03", "2026-04-01", ref("示纪检〔2026〕4号"))], {"pass": 10, "flawed": 1}),
    # Police officers (three grades, automatic 不达标 vetoes).
    police("G-001", "韩冰", "刑侦大队", 1, 96, 0, 0, 100, 0, 100, 100, 0, 0,
           [("P01", "2026-07-07", ref("示公〔2026〕案例3号"))], {"pass": 18}),
    police("G-002", "杨光", "治安大队", 1, 88, 1, 0, 97, 0, 95, 98, 0, 0, [], {"pass": 15}),
    police("G-003", "朱军", "派出所", 2, 81, 2, 1, 92, 0, 85, 95, 1, 0,
           [("N01", "2026-02-14", {"count": 3}), ("N03", "2026-05-05", {"count": 2})], {"pass": 9, "error": 1}),
    police("G-004", "秦岭", "刑侦大队", 0, 94, 0, 0, 99, 0, 100, 100, 0, 0,
           [("V01", "2026-08-19", ref("示公督〔2026〕11号"))], {"pass": 14}),
    police("G-005", "许诺", "派出所", 4, 70, 5, 3, 85, 2, 60, 85, 2, 1,
           [("N01", "2026-01-09", {"count": 8}), ("N02", "2026-06-01", {}), ("N04", "2026-09-12", {"count": 4})],
           {"pass": 4, "error": 4}),
    police("G-006", "何平", "交警大队", 0, 92, 0, 0, 100, 0, 100, 100, 0, 0,
           [("V08", "2026-03-22", ref("示公纪〔2026〕5号")), ("P02", "2026-11-11", {})], {"pass": 12}),
    police("G-007", "吕方", "经侦大队", 1, 90, 0, 0, 98, 0, 100, 100, 0, 0,
           [("V06", "2026-12-20", {"note": "考评数据弄虚作假"})], {"pass": 10}),
    police("G-008", "施琳", "治安大队", 0, 95, 0, 0, 100, 0, 100, 100, 0, 0,
           [("P01", "2026-03-03", {}), ("P01", "2026-06-06", {}), ("P01", "2026-09-09", {}), ("P01", "2026-11-11", {}),
            ("P02", "2026-05-05", {"count": 3}), ("P03", "2026-12-12", {})], {"pass": 16}),
    # Prison officers (one decimal, banker's rounding).
    prison("R-001", "张静", "第一监区", 0, 1, 20, 19, 120, 24, 0, 100, [("P02", "2026-10-01", {})]),
    prison("R-002", "孔明", "第二监区", 0, 2, 18, 15, 110, 20, 1, 99),
    prison("R-003", "曹阳", "第三监区", 1, 4, 25, 16, 130, 30, 3, 97, [("N01", "2026-04-04", {"count": 2})]),
    prison("R-004", "严正", "第一监区", 0, 1, 15, 14, 100, 18, 0, 100, [("V03", "2026-02-02", ref("示狱纪〔2026〕1号"))]),
    prison("R-005", "华彬", "第四监区", 2, 9, 30, 12, 140, 80, 8, 90,
           [("N01", "2026-03-01", {"count": 4}), ("N02", "2026-06-01", {"count": 2}), ("N01", "2026-09-01", {"count": 3})]),
    prison("R-006", "金鑫", "第二监区", 0, 3, 10, 8, 95, 12, 2, 98, [("V01", "2026-07-15", {"note": "罪犯脱逃"})]),
    prison("R-007", "魏来", "第三监区", 0, 1, 0, 0, 80, 16, 1, 99,
           [("P01", "2026-05-20", {}), ("P01", "2026-08-21", {}), ("P02", "2026-12-01", {})]),
    prison("R-008", "陶然", "第四监区", 0, 2, 22, 20, 105, 21, 0, 100, [("V04", "2026-01-20", ref("示狱纪〔2026〕4号"))]),
]

out = os.path.join(os.path.dirname(__file__), "..", "crates", "kaoping-core", "schemes", "demo-cohort.json")
with open(out, "w", encoding="utf-8") as f:
    f.write("[\n")
    f.write(",\n".join("  " + json.dumps(e, ensure_ascii=False, separators=(", ", ": ")) for e in cohort))
    f.write("\n]\n")
print(f"{len(cohort)} officers → {os.path.normpath(out)}")
