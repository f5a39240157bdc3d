#!/usr/bin/env python3
"""Writes tests/fixtures/session/*.json: the session cases, with the small committee-test scheme
(Q1 = input q, weight 0.6; C1 rated by the committee, weight 0.4; N1 deducts 2 points; grades
优秀 ≥ 90, 称职 75–90, 基本称职 60–75, 不称职 < 60) and a quota scheme. The expected values are
written here by hand, with the arithmetic in each case's notes; nothing is computed by the engine.
Run: python3 scripts/gen-session-fixtures.py"""
import copy, json, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures"
OUT = ROOT / "session"
BASE = json.loads((ROOT / "cohort" / "011-recusal-respected.json").read_text())["input"]["scheme"]
BASE = copy.deepcopy(BASE)
BASE["id"] = "session-test"
BASE["title"] = "会话测试方案"
QUOTA = json.loads((ROOT / "cohort" / "022-quota-ceil.json").read_text())["input"]["scheme"]

SECRETARY = {"kind": "user", "id": "书记员王芳"}
def m(r): return {"kind": "member", "id": r}
def t(n): return "2026-12-20T%02d:%02d" % (9 + n // 60, n % 60)

def ev(n, actor, change, reason=None):
    e = {"at": t(n), "actor": actor, "change": change}
    if reason is not None:
        e["reason"] = reason
    return e

def add_officer(n, oid, q, occ=None, **extra):
    c = {"type": "addOfficer", "officer": {"id": oid, "name": "干警" + oid, "unit": "刑事审判庭", "post": "员额法官"},
         "inputs": {"q": q}}
    c["inputs"].update(extra)
    if occ:
        c["occurrences"] = occ
    return ev(n, SECRETARY, c)

def add_member(n, r, role="member"):
    return ev(n, SECRETARY, {"type": "addMember", "member": {"id": r, "name": "委员" + r, "role": role}})

def rate(n, r, oid, value, actor=None):
    return ev(n, actor or m(r), {"type": "rate", "member": r, "officer": oid, "indicator": "C1", "value": value})

def sign(n, r):
    return ev(n, m(r), {"type": "signSheet", "member": r})

def ok(diff=None):
    s = {"ok": True}
    if diff is not None:
        s["diff"] = diff
    return s

def bad(code, path):
    return {"ok": False, "problems": [{"code": code, "path": path}]}

def st(rank, total, grade, final=None, incomplete=None):
    s = {"rank": rank, "total": total, "grade": grade, "finalGrade": final or grade}
    if incomplete is not None:
        s["flags"] = {"incomplete": incomplete}
    return s

INCIDENT = {"officer": "J-01", "description": "两起案件因鉴定机构停业超审限结案", "kind": "overdue-closure",
            "responsibility": "qualityFlaw",
            "preconditions": {"PC01": True, "PC02": True, "PC03": True, "PC04": True, "PC05": True},
            "facts": [{"item": "TP03", "evidence": ["鉴定机构停业公告（2026）12号"]}],
            "correction": {"actions": ["补正延长审限审批手续"], "deadline": "2026-10-31", "completed": "2026-09-15"}}
def incident(iid, date, occ):
    i = copy.deepcopy(INCIDENT)
    i.update({"id": iid, "date": date, "linked": [occ]})
    return i

def occ(oid, date):
    return {"id": oid, "item": "N1", "date": date}

CASES = []
def case(name, description, notes, events, expect, scheme=BASE, **extra):
    inp = {"init": {"scheme": scheme}, "events": events}
    inp.update(extra)
    CASES.append((name, {"kind": "session", "description": description, "notes": notes, "input": inp, "expect": expect}))

# 001
case("001-add-officer", "adding an officer answers a diff with the new officer's standing",
     "J-01 q 90, no signed ratings: C1 contributes 0 and the result is incomplete; total 0.6×90 = 54.00 → 不称职 (< 60)",
     [add_officer(0, "J-01", 90)],
     {"steps": [ok({"seq": 1, "officers": [{"officer": "J-01", "fields": ["presence"], "before": None,
                                              "after": st(1, 54, "incompetent", incomplete=True)}], "quotas": []})],
      "table": {"officers": [{"officer": {"id": "J-01"}, "total": 54}]},
      "state": {"roster": {"J-01": {"post": "员额法官", "dossier": {"officer": {"unit": "刑事审判庭"}}}}, "events": 1}})
# 002
case("002-rating-counts-when-signed", "a rating on an unsigned sheet is not counted; signing counts it",
     "54 before; R01 rates C1 80 (unsigned: no change, diff empty); R01 signs: 54 + 0.4×80 = 54 + 32 = 86.00 → 称职, complete",
     [add_officer(0, "J-01", 90), add_member(1, "R01", "chair"), rate(2, "R01", "J-01", 80), sign(3, "R01")],
     {"steps": [ok(), ok({"officers": []}), ok({"officers": []}),
                ok({"officers": [{"officer": "J-01", "fields": ["total", "grade", "finalGrade", "flags"],
                                  "before": st(1, 54, "incompetent", incomplete=True),
                                  "after": st(1, 86, "competent", incomplete=False)}]})],
      "state": {"sheets": {"R01": {"signOff": {"date": "2026-12-20"}, "ratings": [{"officer": "J-01", "value": 80}]}}}})
SIGNED = [add_officer(0, "J-01", 90), add_member(1, "R01", "chair"), rate(2, "R01", "J-01", 80), sign(3, "R01")]
# 003
case("003-signed-sheet-locked", "a signed sheet is locked: a new rating is refused and changes nothing",
     "after signing, J-01 = 86.00; R01 rates 70 → E_SHEET_LOCKED at change.member; a second signature is refused too; total stays 86",
     SIGNED + [rate(4, "R01", "J-01", 70), sign(5, "R01")],
     {"steps": [ok(), ok(), ok(), ok(), bad("E_SHEET_LOCKED", "change.member"), bad("E_SHEET_LOCKED", "change.member")],
      "table": {"officers": [{"total": 86}]}})
# 004
case("004-withdraw-sign-off", "a sign-off is withdrawn only with a reason; the sheet is then a draft, editable, and signed again",
     "86 signed; withdraw without reason → E_REASON_REQUIRED; withdraw with reason → unsigned, C1 not counted: 54.00 不称职; "
     "rate 70 (unsigned, no change); sign → 54 + 0.4×70 = 54 + 28 = 82.00 称职",
     SIGNED + [ev(4, m("R01"), {"type": "withdrawSignOff", "member": "R01"}),
               ev(5, m("R01"), {"type": "withdrawSignOff", "member": "R01"}, reason="评分录入有误"),
               rate(6, "R01", "J-01", 70), sign(7, "R01"),
               ev(8, m("R01"), {"type": "withdrawSignOff", "member": "R01"}, reason="   ")],
     {"steps": [ok(), ok(), ok(), ok(), bad("E_REASON_REQUIRED", "reason"),
                ok({"officers": [{"officer": "J-01", "before": {"total": 86}, "after": {"total": 54, "grade": "incompetent"}}]}),
                ok({"officers": []}),
                ok({"officers": [{"officer": "J-01", "before": {"total": 54}, "after": {"total": 82, "grade": "competent"}}]}),
                bad("E_REASON_REQUIRED", "reason")],
      "table": {"officers": [{"total": 82}]}})
# 005
case("005-recusal", "a recused member cannot rate the officer and is not counted as missing; a recusal needs a reason",
     "R02 recuses without reason → E_REASON_REQUIRED; with reason → recorded; R02 rates J-01 → E_RECUSED; R01 rates 85 and signs: "
     "54 + 0.4×85 = 54 + 34 = 88.00 称职, complete (R02 recused is not missing)",
     [add_officer(0, "J-01", 90), add_member(1, "R01", "chair"), add_member(2, "R02"),
      ev(3, m("R02"), {"type": "recuse", "member": "R02", "officer": "J-01"}),
      ev(4, m("R02"), {"type": "recuse", "member": "R02", "officer": "J-01"}, reason="系J-01近亲属"),
      rate(5, "R02", "J-01", 95), rate(6, "R01", "J-01", 85), sign(7, "R01")],
     {"steps": [ok(), ok(), ok(), bad("E_REASON_REQUIRED", "reason"), ok({"officers": []}), bad("E_RECUSED", "change.officer"),
                ok(), ok({"officers": [{"after": st(1, 88, "competent", incomplete=False)}]})],
      "state": {"committee": {"recusals": [{"rater": "R02", "officer": "J-01", "reason": "系J-01近亲属"}]}}})
# 006
case("006-actors-are-people", "谁签字谁负责: only the member rates and signs their own sheet; a body is not an actor",
     "R02 rates on R01's sheet → E_ACTOR at actor; a user named `committee` → E_ACTOR at actor.id; a member actor not on the "
     "committee → E_UNKNOWN_MEMBER at actor.id; the secretary signs R01's sheet → E_ACTOR",
     [add_officer(0, "J-01", 90), add_member(1, "R01", "chair"), add_member(2, "R02"),
      rate(3, "R01", "J-01", 80, actor=m("R02")),
      ev(4, {"kind": "user", "id": "committee"}, {"type": "seal"}),
      ev(5, m("R09"), {"type": "seal"}),
      rate(6, "R01", "J-01", 80), ev(7, SECRETARY, {"type": "signSheet", "member": "R01"})],
     {"steps": [ok(), ok(), ok(), bad("E_ACTOR", "actor"), bad("E_ACTOR", "actor.id"), bad("E_UNKNOWN_MEMBER", "actor.id"),
                ok(), bad("E_ACTOR", "actor")]})
# 007
case("007-time-never-goes-backwards", "an event dated before the last one is refused; the same minute is allowed",
     "events at 09:00, 09:05; one at 09:04 → E_TIME_BACKWARDS at at; one at 09:05 again → applied",
     [add_officer(0, "J-01", 90), add_member(5, "R01", "chair"), add_member(4, "R02"), add_member(5, "R03")],
     {"steps": [ok(), ok(), bad("E_TIME_BACKWARDS", "at"), ok()],
      "state": {"lastAt": "2026-12-20T09:05", "events": 3, "committee": {"members": [{"id": "R01"}, {"id": "R03"}]}}})
# 008
case("008-unknown-references", "unknown officers, members, indicators and items, and out-of-range ratings are coded problems",
     "rate J-09 → E_UNKNOWN_OFFICER; R01 signs nothing yet → E_EMPTY; rate Q1 (an input indicator) → E_NOT_RATED; "
     "rating 120 > maxScore 100 → E_NUMBER_RANGE; occurrence of item N9 → E_UNKNOWN_ITEM; setInput of J-09 → E_UNKNOWN_OFFICER; "
     "remove member R07 → E_UNKNOWN_MEMBER; decide INC-9 → E_UNKNOWN_REF; the table is unchanged: 54",
     [add_officer(0, "J-01", 90), add_member(1, "R01", "chair"),
      rate(2, "R01", "J-09", 80), sign(3, "R01"),
      ev(4, m("R01"), {"type": "rate", "member": "R01", "officer": "J-01", "indicator": "Q1", "value": 80}),
      rate(5, "R01", "J-01", 120),
      ev(6, SECRETARY, {"type": "addOccurrence", "officer": "J-01", "occurrence": {"id": "occ-1", "item": "N9", "date": "2026-05-01"}}),
      ev(7, SECRETARY, {"type": "setInput", "officer": "J-09", "key": "q", "value": 80}),
      ev(8, SECRETARY, {"type": "removeMember", "member": "R07"}),
      ev(9, SECRETARY, {"type": "decide", "incident": "INC-9"})],
     {"steps": [ok(), ok(), bad("E_UNKNOWN_OFFICER", "change.officer"), bad("E_EMPTY", "change.member"),
                bad("E_NOT_RATED", "change.indicator"), bad("E_NUMBER_RANGE", "change.value"),
                bad("E_UNKNOWN_ITEM", "change.occurrence.item"), bad("E_UNKNOWN_OFFICER", "change.officer"),
                bad("E_UNKNOWN_MEMBER", "change.member"), bad("E_UNKNOWN_REF", "change.incident")],
      "table": {"officers": [{"total": 54}]}})
# 009
case("009-inputs-and-occurrences", "setting inputs and adding and removing occurrences rescore the officer",
     "q 90 → 54; q 95 → 0.6×95 = 57.00 不称职; N1 occurrence → 57 − 2 = 55.00; remove it → 57.00; clearing the required q → "
     "E_MISSING_INPUT at change.value; removing an unknown occurrence → E_UNKNOWN_REF",
     [add_officer(0, "J-01", 90),
      ev(1, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": 95}),
      ev(2, SECRETARY, {"type": "addOccurrence", "officer": "J-01", "occurrence": occ("occ-1", "2026-05-01")}),
      ev(3, SECRETARY, {"type": "removeOccurrence", "officer": "J-01", "occurrence": "occ-1"}),
      ev(4, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": None}),
      ev(5, SECRETARY, {"type": "removeOccurrence", "officer": "J-01", "occurrence": "occ-1"})],
     {"steps": [ok(), ok({"officers": [{"fields": ["total"], "before": {"total": 54}, "after": {"total": 57}}]}),
                ok({"officers": [{"fields": ["total"], "after": {"total": 55}}]}),
                ok({"officers": [{"fields": ["total"], "after": {"total": 57}}]}),
                bad("E_MISSING_INPUT", "change.value"), bad("E_UNKNOWN_REF", "change.occurrence")]})
# 010
case("010-seal-then-edit", "after a seal an edit needs a reason and the result is reported as changed since the seal",
     "86.00 signed and sealed (since-seal: nothing); q 80 without reason → E_REASON_REQUIRED; with reason → 0.6×80 + 32 = 48 + 32 = "
     "80.00 称职: the diff and the since-seal report show J-01 86 → 80",
     SIGNED + [ev(4, SECRETARY, {"type": "seal"}),
               ev(5, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": 80}),
               ev(6, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": 80}, reason="复核更正质量分")],
     {"steps": [ok(), ok(), ok(), ok(), ok({"seq": 5, "officers": [], "sinceSeal": {"seal": 5, "officers": []}}),
                bad("E_REASON_REQUIRED", "reason"),
                ok({"seq": 6, "officers": [{"officer": "J-01", "fields": ["total"], "before": {"total": 86}, "after": {"total": 80}}],
                    "sinceSeal": {"seal": 5, "sealedAt": "2026-12-20T09:04",
                                  "officers": [{"officer": "J-01", "fields": ["total"], "before": {"total": 86}, "after": {"total": 80}}]}})],
      "state": {"seals": [{"seq": 5, "actor": SECRETARY, "standings": {"J-01": {"total": 86, "grade": "competent"}}}]}})
# 011
case("011-publication", "publication needs a seal of the current result; after it every event is refused",
     "publish unsealed → E_NOT_SEALED; seal; q 95 with reason (57 + 32 = 89.00, differs from the seal) then publish → E_NOT_SEALED; "
     "seal again (log entry 7: refused events are not in the log), publish; any event after → E_PUBLISHED",
     SIGNED + [ev(4, SECRETARY, {"type": "publish"}), ev(5, SECRETARY, {"type": "seal"}),
               ev(6, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": 95}, reason="更正"),
               ev(7, SECRETARY, {"type": "publish"}), ev(8, SECRETARY, {"type": "seal"}), ev(9, SECRETARY, {"type": "publish"}),
               ev(10, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": 90}, reason="再更正")],
     {"steps": [ok(), ok(), ok(), ok(), bad("E_NOT_SEALED", "change"), ok(),
                ok({"officers": [{"after": {"total": 89}}]}), bad("E_NOT_SEALED", "change"), ok(), ok(),
                bad("E_PUBLISHED", "change")],
      "state": {"published": {"seal": 7, "actor": SECRETARY}}, "table": {"officers": [{"total": 89}]}})
# 012
case("012-repeat-incident-no-leniency", "the second incident of the same kind after a 免责 one gets no leniency: the session's history is used",
     "q 95, two N1 occurrences: 57 − 4 = 53.00. INC-1 (2026-03-01, occ-1) decided 免责 by R04 → waiver kept 0 → 55.00; "
     "INC-2 (2026-08-03, occ-2, same kind overdue-closure) with INC-1 as history → repeatNoLeniency → 不予容错, kept 1 → total stays 55.00",
     [add_officer(0, "J-01", 95, occ=[occ("occ-1", "2026-03-01"), occ("occ-2", "2026-08-03")]),
      ev(1, SECRETARY, {"type": "recordIncident", "incident": incident("INC-1", "2026-03-01", "occ-1")}),
      ev(2, {"kind": "user", "id": "纪检组长李明"}, {"type": "decide", "incident": "INC-1", "asOf": "2026-12-20"}),
      ev(3, SECRETARY, {"type": "recordIncident", "incident": incident("INC-2", "2026-08-03", "occ-2")}),
      ev(4, {"kind": "user", "id": "纪检组长李明"}, {"type": "decide", "incident": "INC-2", "asOf": "2026-12-20"})],
     {"steps": [ok({"officers": [{"after": {"total": 53}}]}), ok({"officers": []}),
                ok({"officers": [{"fields": ["total", "flags"], "before": {"total": 53}, "after": {"total": 55}}]}),
                ok({"officers": []}), ok({"officers": []})],
      "state": {"incidents": {
          "INC-1": {"decision": {"actor": {"kind": "user", "id": "纪检组长李明"}, "decision": {"outcome": "exempt", "history": {"prior": 0}}}},
          "INC-2": {"decision": {"decision": {"outcome": "notTolerated", "invariants": ["repeatNoLeniency"],
                                               "history": {"prior": 1, "priorSameKindTolerated": 1, "repeats": "INC-1"}}}}}},
      "table": {"officers": [{"total": 55}]}})
# 013
case("013-preview-equals-committee", "the preview of an officer is computed from the session's ratings: it shows the committee's total",
     "J-01 q 90, J-02 q 70; R01 rates 80 and 60 and signs: J-01 54 + 32 = 86.00 称职, J-02 42 + 24 = 66.00 基本称职. "
     "Preview J-01: 86, 称职, 优秀 needs 90 − 86 = 4 points; J-02: 66, 称职 needs 75 − 66 = 9",
     [add_officer(0, "J-01", 90), add_officer(1, "J-02", 70), add_member(2, "R01", "chair"),
      rate(3, "R01", "J-01", 80), rate(4, "R01", "J-02", 60), sign(5, "R01")],
     {"preview": {"J-01": {"total": 86, "grade": {"id": "competent"}, "up": {"grade": {"id": "excellent"}, "points": 4}},
                  "J-02": {"total": 66, "grade": {"id": "basic"}, "up": {"grade": {"id": "competent"}, "points": 9}}},
      "table": {"officers": [{"rank": 1, "officer": {"id": "J-01"}, "total": 86}, {"rank": 2, "officer": {"id": "J-02"}, "total": 66}]}},
     preview=["J-01", "J-02"])
# 014
QE = lambda n, oid, q, e: ev(n, SECRETARY, {"type": "addOfficer", "officer": {"id": oid, "name": "干警" + oid}, "inputs": {"q": q, "e": e}})
case("014-quota-changes", "quota changes appear and go away in the diffs, with their reasons",
     "scheme: total = (q + e)/2, 优秀 ≤ 20% rounded up. J-1 (96+96)/2 = 96: 1 officer, ceil(0.2) = 1 place, keeps 优秀. "
     "J-2 (94+92)/2 = 93: 2 officers, ceil(0.4) = 1 place: J-2 (rank 2) moves 优秀 → 称职 (quota added). "
     "J-1 q 80: (80+96)/2 = 88 → 称职 by score, rank 2; J-2 93 rank 1 keeps the place: the quota change goes away",
     [QE(0, "J-1", 96, 96), QE(1, "J-2", 94, 92),
      ev(2, SECRETARY, {"type": "setInput", "officer": "J-1", "key": "q", "value": 80})],
     {"steps": [ok({"officers": [{"officer": "J-1", "after": st(1, 96, "excellent")}], "quotas": []}),
                ok({"officers": [{"officer": "J-2", "fields": ["presence"], "after": st(2, 93, "excellent", "competent")}],
                    "quotas": [{"delta": "added", "change": {"officer": "J-2", "from": {"id": "excellent"}, "to": {"id": "competent"}}}]}),
                ok({"officers": [{"officer": "J-1", "fields": ["total", "grade", "finalGrade", "rank"],
                                  "before": st(1, 96, "excellent"), "after": st(2, 88, "competent")},
                                 {"officer": "J-2", "fields": ["finalGrade", "rank"],
                                  "before": st(2, 93, "excellent", "competent"), "after": st(1, 93, "excellent")}],
                    "quotas": [{"delta": "removed", "change": {"officer": "J-2"}}]})]},
     scheme=QUOTA)
# 015
case("015-snapshot-edited-state-refused", "a snapshot whose state was edited by hand (a total's input) is refused",
     "86.00 signed; the snapshot's J-01 q is set to 100 by hand: replaying the log gives q 90 → E_SNAPSHOT_TAMPERED at state.roster",
     SIGNED, {"restore": {"ok": False, "problems": [{"code": "E_SNAPSHOT_TAMPERED", "path": "state.roster"}]}},
     tamper=[{"pointer": "/state/roster/J-01/dossier/inputs/q", "value": 100}])
# 016
case("016-snapshot-edited-log-refused", "a snapshot whose log was edited (a rating) is refused at that entry",
     "entry 2 (the rating 80) set to 95: its hash no longer matches → E_SNAPSHOT_TAMPERED at log.entries[2].hash",
     SIGNED, {"restore": {"ok": False, "problems": [{"code": "E_SNAPSHOT_TAMPERED", "path": "log.entries[2].hash"}]}},
     tamper=[{"pointer": "/log/entries/2/event/change/value", "value": 95}])
# 017
case("017-removal-guards", "an officer rated on a signed sheet and a member with a signed sheet cannot be removed",
     "remove J-01 → E_SHEET_LOCKED; remove R01 → E_SHEET_LOCKED; R01 withdraws (reason) → 54.00; remove R01 → applied, "
     "J-01 stays 54.00 incomplete; remove J-01 → applied, the table is empty",
     SIGNED + [ev(4, SECRETARY, {"type": "removeOfficer", "officer": "J-01"}),
               ev(5, SECRETARY, {"type": "removeMember", "member": "R01"}),
               ev(6, m("R01"), {"type": "withdrawSignOff", "member": "R01"}, reason="调离委员会"),
               ev(7, SECRETARY, {"type": "removeMember", "member": "R01"}),
               ev(8, SECRETARY, {"type": "removeOfficer", "officer": "J-01"})],
     {"steps": [ok(), ok(), ok(), ok(), bad("E_SHEET_LOCKED", "change.officer"), bad("E_SHEET_LOCKED", "change.member"),
                ok({"officers": [{"after": {"total": 54}}]}), ok({"officers": []}),
                ok({"officers": [{"officer": "J-01", "fields": ["presence"], "after": None}]})],
      "table": None, "state": {"sheets": {}, "roster": {}}})
# 018
case("018-amend-decided-incident", "amending a decided incident needs a reason and sets the decision aside",
     "q 95, one N1: 57 − 2 = 55.00; INC-1 decided 免责 → 57.00; amended without reason → E_REASON_REQUIRED; with reason → "
     "the decision is set aside, the deduction is back: 55.00; decided again → 免责, 57.00; removing occ-1 → E_IN_USE",
     [add_officer(0, "J-01", 95, occ=[occ("occ-1", "2026-03-01")]),
      ev(1, SECRETARY, {"type": "recordIncident", "incident": incident("INC-1", "2026-03-01", "occ-1")}),
      ev(2, SECRETARY, {"type": "decide", "incident": "INC-1", "asOf": "2026-12-20"}),
      ev(3, SECRETARY, {"type": "updateIncident", "incident": incident("INC-1", "2026-03-02", "occ-1")}),
      ev(4, SECRETARY, {"type": "updateIncident", "incident": incident("INC-1", "2026-03-02", "occ-1")}, reason="日期更正"),
      ev(5, SECRETARY, {"type": "decide", "incident": "INC-1", "asOf": "2026-12-20"}),
      ev(6, SECRETARY, {"type": "removeOccurrence", "officer": "J-01", "occurrence": "occ-1"})],
     {"steps": [ok(), ok(), ok({"officers": [{"after": {"total": 57}}]}), bad("E_REASON_REQUIRED", "reason"),
                ok({"officers": [{"after": {"total": 55}}]}), ok({"officers": [{"after": {"total": 57}}]}),
                bad("E_IN_USE", "change.occurrence")],
      "state": {"incidents": {"INC-1": {"incident": {"date": "2026-03-02"}, "decision": {"decision": {"outcome": "exempt"}}}}}})
# 019
case("019-batch-all-or-nothing", "a batch is applied all or nothing: a refused third event keeps none of the batch",
     "add J-01, add R01, then R01 rates J-09 → E_UNKNOWN_OFFICER at events[2].change.officer; the session stays empty",
     [add_officer(0, "J-01", 90), add_member(1, "R01", "chair"), rate(2, "R01", "J-09", 80)],
     {"batch": {"ok": False, "problems": [{"code": "E_UNKNOWN_OFFICER", "path": "events[2].change.officer"}]},
      "table": None, "state": {"events": 0, "roster": {}}}, batch=True)
# 020
case("020-update-officer", "name, unit and post change without changing the result",
     "updateOfficer J-01 unit 民事审判庭, post 法官助理: the standing is the same (diff empty); a duplicate add → E_DUPLICATE_ID",
     [add_officer(0, "J-01", 90),
      ev(1, SECRETARY, {"type": "updateOfficer", "officer": "J-01", "unit": "民事审判庭", "post": "法官助理"}),
      add_officer(2, "J-01", 80)],
     {"steps": [ok(), ok({"officers": [], "quotas": []}), bad("E_DUPLICATE_ID", "change.officer.id")],
      "state": {"roster": {"J-01": {"post": "法官助理", "dossier": {"officer": {"unit": "民事审判庭"}, "inputs": {"q": 90}}}}}})

OUT.mkdir(parents=True, exist_ok=True)
for name, body in CASES:
    (OUT / (name + ".json")).write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
print(len(CASES), "cases written to", OUT)
