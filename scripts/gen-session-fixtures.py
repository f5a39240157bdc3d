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

# 021
case("021-sign-rate-withdraw-rate", "a signed sheet refuses a rating; withdrawn with a reason it takes the rating; a sheet not signed cannot be withdrawn",
     "R01's sheet signed: J-01 54 + 0.4×80 = 86.00; R01 rates 70 → E_SHEET_LOCKED (total stays 86); withdraw with a reason → C1 not "
     "counted: 54.00 不称职, incomplete; withdraw again → E_NOT_SIGNED; rate 70 → accepted on the draft (no change); sign → "
     "54 + 0.4×70 = 54 + 28 = 82.00 称职, complete",
     SIGNED + [rate(4, "R01", "J-01", 70),
               ev(5, m("R01"), {"type": "withdrawSignOff", "member": "R01"}, reason="评分需更正"),
               ev(6, m("R01"), {"type": "withdrawSignOff", "member": "R01"}, reason="再次撤回"),
               rate(7, "R01", "J-01", 70), sign(8, "R01")],
     {"steps": [ok(), ok(), ok(), ok(), bad("E_SHEET_LOCKED", "change.member"),
                ok({"officers": [{"officer": "J-01", "fields": ["total", "grade", "finalGrade", "flags"],
                                  "before": st(1, 86, "competent", incomplete=False),
                                  "after": st(1, 54, "incompetent", incomplete=True)}]}),
                bad("E_NOT_SIGNED", "change.member"), ok({"officers": []}),
                ok({"officers": [{"officer": "J-01", "fields": ["total", "grade", "finalGrade", "flags"],
                                  "before": st(1, 54, "incompetent", incomplete=True),
                                  "after": st(1, 82, "competent", incomplete=False)}]})],
      "state": {"sheets": {"R01": {"signOff": {"date": "2026-12-20"}, "ratings": [{"officer": "J-01", "value": 70}]}}},
      "table": {"officers": [{"total": 82}]}})
# 022
def flags(incomplete, disagreement):
    return {"incomplete": incomplete, "disagreement": disagreement}
case("022-recusal-rules", "a member who has rated cannot recuse (draft: E_RECUSED, signed: E_SHEET_LOCKED); a recusal is recorded once; a recused member cannot rate",
     "R01 (chair), R02, R03; R01 rates 80 and signs: 54 + 32 = 86.00, incomplete (R02 and R03 have signed nothing). R02 rates 60 on "
     "a draft, then recuses → E_RECUSED; R02 signs → C1 = mean(80, 60) = 70 → 54 + 28 = 82.00 称职, spread 80 − 60 = 20 > 15 → "
     "disagreement; R02 recuses now → E_SHEET_LOCKED; R03 recuses with a reason → recorded, R03 is no longer missing: complete, total "
     "82; R03 recuses again → E_DUPLICATE_ID; R03 rates → E_RECUSED",
     [add_officer(0, "J-01", 90), add_member(1, "R01", "chair"), add_member(2, "R02"), add_member(3, "R03"),
      rate(4, "R01", "J-01", 80), sign(5, "R01"),
      rate(6, "R02", "J-01", 60),
      ev(7, m("R02"), {"type": "recuse", "member": "R02", "officer": "J-01"}, reason="系当事人同学"),
      sign(8, "R02"),
      ev(9, m("R02"), {"type": "recuse", "member": "R02", "officer": "J-01"}, reason="系当事人同学"),
      ev(10, m("R03"), {"type": "recuse", "member": "R03", "officer": "J-01"}, reason="曾为该案代理人"),
      ev(11, m("R03"), {"type": "recuse", "member": "R03", "officer": "J-01"}, reason="曾为该案代理人"),
      rate(12, "R03", "J-01", 90)],
     {"steps": [ok(), ok(), ok(), ok(), ok(),
                ok({"officers": [{"officer": "J-01", "after": {"total": 86, "flags": flags(True, False)}}]}),
                ok({"officers": []}), bad("E_RECUSED", "change.officer"),
                ok({"officers": [{"officer": "J-01", "fields": ["total", "flags"],
                                  "before": {"total": 86, "grade": "competent", "flags": flags(True, False)},
                                  "after": {"total": 82, "grade": "competent", "flags": flags(True, True)}}]}),
                bad("E_SHEET_LOCKED", "change.officer"),
                ok({"officers": [{"officer": "J-01", "fields": ["flags"],
                                  "before": {"total": 82, "flags": flags(True, True)},
                                  "after": {"total": 82, "flags": flags(False, True)}}]}),
                bad("E_DUPLICATE_ID", "change.officer"), bad("E_RECUSED", "change.officer")],
      "state": {"committee": {"recusals": [{"rater": "R03", "officer": "J-01", "reason": "曾为该案代理人"}]}},
      "table": {"officers": [{"total": 82}]}})
# 023
S1 = [add_officer(1, "J-01", 90), add_member(2, "R01", "chair"), rate(3, "R01", "J-01", 80), sign(4, "R01")]
case("023-seal-change-back-publish", "nothing to seal without officers; after a change back to the sealed result the since-seal report is empty and publication is allowed; after it nothing",
     "seal with an empty roster → E_EMPTY; 86.00 signed (log entries 1–4), seal = entry 5; q 80 with a reason → 48 + 32 = 80.00, "
     "since the seal J-01 86 → 80; publish → E_NOT_SEALED; q 90 with a reason → 86.00 again, since the seal: nothing; publish → "
     "applied (seal 5); seal and a reasoned edit after it → E_PUBLISHED; applied events 4 + seal + 2 edits + publish = 8",
     [ev(0, SECRETARY, {"type": "seal"})] + S1 + [
      ev(5, SECRETARY, {"type": "seal"}),
      ev(6, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": 80}, reason="复核更正质量分"),
      ev(7, SECRETARY, {"type": "publish"}),
      ev(8, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": 90}, reason="复核后恢复原值"),
      ev(9, SECRETARY, {"type": "publish"}),
      ev(10, SECRETARY, {"type": "seal"}),
      ev(11, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": 95}, reason="公布后更正")],
     {"steps": [bad("E_EMPTY", "change"), ok(), ok(), ok(), ok(),
                ok({"seq": 5, "officers": [], "sinceSeal": {"seal": 5, "officers": []}}),
                ok({"seq": 6, "officers": [{"officer": "J-01", "fields": ["total"], "before": {"total": 86}, "after": {"total": 80}}],
                    "sinceSeal": {"seal": 5, "sealedAt": "2026-12-20T09:05",
                                  "officers": [{"officer": "J-01", "fields": ["total"], "before": {"total": 86}, "after": {"total": 80}}]}}),
                bad("E_NOT_SEALED", "change"),
                ok({"seq": 7, "officers": [{"officer": "J-01", "fields": ["total"], "before": {"total": 80}, "after": {"total": 86}}],
                    "sinceSeal": {"seal": 5, "officers": []}}),
                ok({"seq": 8, "officers": []}),
                bad("E_PUBLISHED", "change"), bad("E_PUBLISHED", "change")],
      "state": {"published": {"seal": 5, "actor": SECRETARY}, "events": 8, "lastAt": "2026-12-20T09:09",
                "seals": [{"seq": 5, "standings": {"J-01": {"total": 86}}}]},
      "table": {"officers": [{"total": 86}]}})
# 024
def at_ev(at, actor, change, reason=None):
    e = ev(0, actor, change, reason)
    e["at"] = at
    return e
case("024-refused-event-keeps-the-clock", "a refused event does not move the session's time; the previous day is backwards, the same minute is not",
     "J-01 added at 09:00; a setInput of J-09 at 09:10 → E_UNKNOWN_OFFICER (not applied, the clock stays at 09:00); q 95 at 09:05 → "
     "applied, 0.6×95 = 57.00; an event at 2026-12-19T23:59 → E_TIME_BACKWARDS; R01 added at 09:05 (the same minute) → applied; "
     "3 events, last at 09:05",
     [add_officer(0, "J-01", 90),
      ev(10, SECRETARY, {"type": "setInput", "officer": "J-09", "key": "q", "value": 80}),
      ev(5, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": 95}),
      at_ev("2026-12-19T23:59", SECRETARY, {"type": "addMember", "member": {"id": "R01", "name": "委员R01", "role": "chair"}}),
      add_member(5, "R01", "chair")],
     {"steps": [ok(), bad("E_UNKNOWN_OFFICER", "change.officer"),
                ok({"officers": [{"officer": "J-01", "fields": ["total"], "before": {"total": 54}, "after": {"total": 57}}]}),
                bad("E_TIME_BACKWARDS", "at"), ok()],
      "state": {"lastAt": "2026-12-20T09:05", "events": 3}})
# 025
case("025-removal-moves-ranks", "removing an officer moves the officers ranked below; the diff lists exactly the removed one and those whose rank moved",
     "J-01 q 90 → 54.00, J-02 q 80 → 48.00, J-03 q 70 → 42.00 (no ratings: C1 0, all 不称职), ranks 1, 2, 3. Remove J-01: J-01 "
     "leaves, J-02 2 → 1, J-03 3 → 2. Remove J-03 (last): only J-03 leaves, J-02 stays 1",
     [add_officer(0, "J-01", 90), add_officer(1, "J-02", 80), add_officer(2, "J-03", 70),
      ev(3, SECRETARY, {"type": "removeOfficer", "officer": "J-01"}),
      ev(4, SECRETARY, {"type": "removeOfficer", "officer": "J-03"})],
     {"steps": [ok(), ok(), ok(),
                ok({"officers": [{"officer": "J-01", "fields": ["presence"], "before": st(1, 54, "incompetent"), "after": None},
                                 {"officer": "J-02", "fields": ["rank"], "before": {"rank": 2, "total": 48}, "after": {"rank": 1, "total": 48}},
                                 {"officer": "J-03", "fields": ["rank"], "before": {"rank": 3, "total": 42}, "after": {"rank": 2, "total": 42}}],
                    "quotas": []}),
                ok({"officers": [{"officer": "J-03", "fields": ["presence"], "before": st(2, 42, "incompetent"), "after": None}],
                    "quotas": []})],
      "table": {"officers": [{"rank": 1, "officer": {"id": "J-02"}, "total": 48}]}})
# 026
def qo(oid, q, e):
    return {"officer": {"id": oid, "name": "干警" + oid}, "inputs": {"q": q, "e": e}}
case("026-quota-rising-pushes-out", "an officer rising into 优秀 takes the only place and pushes the holder out (a quota change with its reason); falling back gives it back",
     "total = (q + e)/2, 优秀 ≤ 20% rounded up. Loaded in one addOfficers: J-1 (96+96)/2 = 96, J-2 (80+96)/2 = 88, J-3 80, J-4 76, "
     "J-5 70; 5 × 20% = 1 place, only J-1 is 优秀 by score: no quota change. J-2 q 100: (100+96)/2 = 98, 优秀 by score, rank 1 → "
     "the place goes to J-2; J-1 (rank 2, 96) moves 优秀 → 称职 (added). J-2 q 80 again: 88, J-1 rank 1 takes the place back (removed)",
     [ev(0, SECRETARY, {"type": "addOfficers", "officers": [qo("J-1", 96, 96), qo("J-2", 80, 96), qo("J-3", 80, 80),
                                                             qo("J-4", 76, 76), qo("J-5", 70, 70)]}),
      ev(1, SECRETARY, {"type": "setInput", "officer": "J-2", "key": "q", "value": 100}),
      ev(2, SECRETARY, {"type": "setInput", "officer": "J-2", "key": "q", "value": 80})],
     {"steps": [ok({"officers": [{"officer": "J-1", "fields": ["presence"], "after": st(1, 96, "excellent")},
                                 {"officer": "J-2", "after": st(2, 88, "competent")},
                                 {"officer": "J-3", "after": st(3, 80, "competent")},
                                 {"officer": "J-4", "after": st(4, 76, "competent")},
                                 {"officer": "J-5", "after": st(5, 70, "basic")}], "quotas": []}),
                ok({"officers": [{"officer": "J-1", "fields": ["finalGrade", "rank"],
                                  "before": st(1, 96, "excellent"), "after": st(2, 96, "excellent", "competent")},
                                 {"officer": "J-2", "fields": ["total", "grade", "finalGrade", "rank"],
                                  "before": st(2, 88, "competent"), "after": st(1, 98, "excellent")}],
                    "quotas": [{"delta": "added", "change": {
                        "officer": "J-1", "rank": 2, "from": {"id": "excellent"}, "to": {"id": "competent"},
                        "reason": "优秀名额 1 名（5 人 × 20% = 1，向上取整）已满；排名第 2（总分 96.00），由优秀调整为称职"}}]}),
                ok({"officers": [{"officer": "J-1", "fields": ["finalGrade", "rank"],
                                  "before": st(2, 96, "excellent", "competent"), "after": st(1, 96, "excellent")},
                                 {"officer": "J-2", "fields": ["total", "grade", "finalGrade", "rank"],
                                  "before": st(1, 98, "excellent"), "after": st(2, 88, "competent")}],
                    "quotas": [{"delta": "removed", "change": {"officer": "J-1", "to": {"id": "competent"}}}]})],
      "table": {"quotas": [{"places": 1, "kept": 1, "moved": 0}]}},
     scheme=QUOTA)
# 027
case("027-earlier-incident-is-no-repeat", "an incident dated before the one decided is not its repeat: the history counts strictly earlier incidents only",
     "q 95, N1 occ-1 (2026-03-01) and occ-2 (2026-08-03): 57 − 4 = 53.00. INC-1 (2026-08-03, occ-2) decided 免责 → occ-2 waived → "
     "55.00. INC-2 (2026-03-01, occ-1, the same kind) is decided after it, but nothing decided is dated before 2026-03-01: history "
     "empty → 免责 as well → 57.00",
     [add_officer(0, "J-01", 95, occ=[occ("occ-1", "2026-03-01"), occ("occ-2", "2026-08-03")]),
      ev(1, SECRETARY, {"type": "recordIncident", "incident": incident("INC-1", "2026-08-03", "occ-2")}),
      ev(2, {"kind": "user", "id": "纪检组长李明"}, {"type": "decide", "incident": "INC-1", "asOf": "2026-12-20"}),
      ev(3, SECRETARY, {"type": "recordIncident", "incident": incident("INC-2", "2026-03-01", "occ-1")}),
      ev(4, {"kind": "user", "id": "纪检组长李明"}, {"type": "decide", "incident": "INC-2", "asOf": "2026-12-20"})],
     {"steps": [ok({"officers": [{"after": {"total": 53}}]}), ok({"officers": []}),
                ok({"officers": [{"officer": "J-01", "before": {"total": 53}, "after": {"total": 55}}]}),
                ok({"officers": []}),
                ok({"officers": [{"officer": "J-01", "fields": ["total"], "before": {"total": 55}, "after": {"total": 57}}]})],
      "state": {"incidents": {
          "INC-1": {"decision": {"decision": {"outcome": "exempt", "history": {"prior": 0}}}},
          "INC-2": {"decision": {"decision": {"outcome": "exempt", "history": {"prior": 0, "priorSameKind": 0}}}}}},
      "table": {"officers": [{"total": 57}]}})
# 028
case("028-incident-rules", "incidents: recorded once, amended only for the same officer, re-decided only with a reason, linked to the officer's own occurrences; an officer with an incident stays on the roster",
     "J-01 q 95 with occ-1: 57 − 2 = 55.00; J-02 q 90 with occ-9: 54 − 2 = 52.00. INC-1 (J-01, occ-1) recorded; again → "
     "E_DUPLICATE_ID; amending unknown INC-7 → E_UNKNOWN_REF; amending INC-1 for J-02 → E_TOLERANCE_OFFICER; decided 免责 → 57.00; "
     "decided again without a reason → E_REASON_REQUIRED, with one → the same decision, no change; removing J-01 → E_IN_USE; INC-2 "
     "linking occ-5 (not in J-01's dossier) → E_UNKNOWN_REF at linked[0]",
     [add_officer(0, "J-01", 95, occ=[occ("occ-1", "2026-03-01")]),
      add_officer(1, "J-02", 90, occ=[occ("occ-9", "2026-04-01")]),
      ev(2, SECRETARY, {"type": "recordIncident", "incident": incident("INC-1", "2026-03-01", "occ-1")}),
      ev(3, SECRETARY, {"type": "recordIncident", "incident": incident("INC-1", "2026-03-01", "occ-1")}),
      ev(4, SECRETARY, {"type": "updateIncident", "incident": incident("INC-7", "2026-03-01", "occ-1")}),
      ev(5, SECRETARY, {"type": "updateIncident", "incident": dict(incident("INC-1", "2026-04-01", "occ-9"), officer="J-02")}),
      ev(6, SECRETARY, {"type": "decide", "incident": "INC-1", "asOf": "2026-12-20"}),
      ev(7, SECRETARY, {"type": "decide", "incident": "INC-1", "asOf": "2026-12-20"}),
      ev(8, SECRETARY, {"type": "decide", "incident": "INC-1", "asOf": "2026-12-20"}, reason="补充证据后重新决定"),
      ev(9, SECRETARY, {"type": "removeOfficer", "officer": "J-01"}),
      ev(10, SECRETARY, {"type": "recordIncident", "incident": incident("INC-2", "2026-05-01", "occ-5")})],
     {"steps": [ok(), ok(), ok({"officers": []}), bad("E_DUPLICATE_ID", "change.incident.id"),
                bad("E_UNKNOWN_REF", "change.incident.id"), bad("E_TOLERANCE_OFFICER", "change.incident.officer"),
                ok({"officers": [{"officer": "J-01", "before": {"total": 55}, "after": {"total": 57}}]}),
                bad("E_REASON_REQUIRED", "reason"), ok({"officers": []}), bad("E_IN_USE", "change.officer"),
                bad("E_UNKNOWN_REF", "change.incident.linked[0]")],
      "state": {"incidents": {"INC-1": {"incident": {"officer": "J-01"}, "decision": {"decision": {"outcome": "exempt"}}}},
                "events": 5},
      "table": {"officers": [{"officer": {"id": "J-01"}, "total": 57}, {"officer": {"id": "J-02"}, "total": 52}]}})
# 029
case("029-malformed-events", "an event that does not read as an event is refused with the reader's code and the place in the event, and changes nothing",
     "unknown change type promote → E_UNKNOWN_VARIANT at change.type; no actor → E_MISSING_FIELD at the event itself (path "", the reader locates a missing field at its object and names it); a time without the T → "
     "E_DATE at at; a value that is text → E_TYPE at change.value; an actor kind robot → E_UNKNOWN_VARIANT at actor.kind; an "
     "unknown field reasons → E_UNKNOWN_FIELD at reasons; then a well-formed q 95 → 57.00; 2 events applied",
     [add_officer(0, "J-01", 90),
      ev(1, SECRETARY, {"type": "promote", "officer": "J-01"}),
      {"at": t(2), "change": {"type": "setInput", "officer": "J-01", "key": "q", "value": 95}},
      at_ev("2026-12-20 09:03", SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": 95}),
      ev(4, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": "九十五"}),
      ev(5, {"kind": "robot", "id": "导入程序"}, {"type": "setInput", "officer": "J-01", "key": "q", "value": 95}),
      dict(ev(6, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": 95}), reasons="更正"),
      ev(7, SECRETARY, {"type": "setInput", "officer": "J-01", "key": "q", "value": 95})],
     {"steps": [ok(), bad("E_UNKNOWN_VARIANT", "change.type"), bad("E_MISSING_FIELD", ""), bad("E_DATE", "at"),
                bad("E_TYPE", "change.value"), bad("E_UNKNOWN_VARIANT", "actor.kind"), bad("E_UNKNOWN_FIELD", "reasons"),
                ok({"officers": [{"officer": "J-01", "fields": ["total"], "before": {"total": 54}, "after": {"total": 57}}]})],
      "state": {"events": 2}})
# 030
case("030-batch-applied", "a batch that passes is applied in order and answers one diff per event",
     "add J-01 (54.00, incomplete), add R01, R01 rates 80 (draft: nothing), R01 signs → 54 + 32 = 86.00 称职: four diffs, seq 1–4",
     [add_officer(0, "J-01", 90), add_member(1, "R01", "chair"), rate(2, "R01", "J-01", 80), sign(3, "R01")],
     {"batch": {"ok": True, "diffs": [
         {"seq": 1, "officers": [{"officer": "J-01", "fields": ["presence"], "after": st(1, 54, "incompetent", incomplete=True)}]},
         {"seq": 2, "officers": []}, {"seq": 3, "officers": []},
         {"seq": 4, "officers": [{"officer": "J-01", "fields": ["total", "grade", "finalGrade", "flags"],
                                  "after": st(1, 86, "competent", incomplete=False)}]}]},
      "table": {"officers": [{"total": 86}]}, "state": {"events": 4}}, batch=True)
# 031
case("031-batch-time-backwards", "time order holds inside a batch: an event dated before the previous one refuses the whole batch",
     "add J-01 at 09:00, add R01 at 09:05, R01 rates at 09:03 → E_TIME_BACKWARDS at events[2].at; nothing is kept: no table, 0 events",
     [add_officer(0, "J-01", 90), add_member(5, "R01", "chair"), rate(3, "R01", "J-01", 80)],
     {"batch": {"ok": False, "problems": [{"code": "E_TIME_BACKWARDS", "path": "events[2].at"}]},
      "table": None, "state": {"events": 0, "roster": {}, "committee": {"members": []}}}, batch=True)
# 032
case("032-batch-malformed-event", "a batch holding an event that does not read refuses the whole batch, located at that event",
     "add J-01, then a change of unknown type sign → E_UNKNOWN_VARIANT at events[1].change.type; add R01 is not applied either",
     [add_officer(0, "J-01", 90), ev(1, m("R01"), {"type": "sign", "member": "R01"}), add_member(2, "R01", "chair")],
     {"batch": {"ok": False, "problems": [{"code": "E_UNKNOWN_VARIANT", "path": "events[1].change.type"}]},
      "table": None, "state": {"events": 0, "roster": {}}}, batch=True)
# 033
case("033-snapshot-restore", "an untouched snapshot restores to the same session (log replayed, state and fingerprint equal)",
     "86.00 signed and sealed (seal = entry 5); the snapshot is restored unedited → accepted",
     SIGNED + [ev(4, SECRETARY, {"type": "seal"})],
     {"restore": {"ok": True}, "state": {"seals": [{"seq": 5, "standings": {"J-01": {"total": 86, "grade": "competent"}}}]}},
     tamper=[])
# 034
case("034-snapshot-edited-seal-refused", "a snapshot whose sealed standings were edited is refused at the seals",
     "86.00 sealed; the snapshot's sealed total of J-01 set to 100: the log replays to 86 → E_SNAPSHOT_TAMPERED at state.seals",
     SIGNED + [ev(4, SECRETARY, {"type": "seal"})],
     {"restore": {"ok": False, "problems": [{"code": "E_SNAPSHOT_TAMPERED", "path": "state.seals"}]}},
     tamper=[{"pointer": "/state/seals/0/standings/J-01/total", "value": 100}])
# 035
case("035-preview-combination", "the preview in a session: no single change lifts J-01 to 优秀, the input and the committee rating together do; J-02 needs one change only",
     "R01 rates J-01 70 and J-02 80 and signs. J-01 q 80: 48 + 28 = 76.00 称职; Q1 at 100 → 88, C1 at 100 → 88: no single change "
     "reaches 90. Q1 gives 12 points for 0.2 of its range (60 per share), C1 12 for 0.3 (40): Q1 first at 100 → 60 + 28 = 88, then "
     "C1 needs round(0.4 s, 2) ≥ 90 − 88 + 28 = 30 ⇔ s ≥ 74.9875 → 60 + 30.00 = 90.00 优秀, effort 0.2 + 0.049875 = 0.249875. "
     "J-02 q 95: 57 + 32 = 89.00; Q1 alone: round(0.6 q, 2) ≥ 90 − 89 + 57 = 58 ⇔ q ≥ 96.658333… → 96.658334; C1 alone: "
     "round(0.4 s, 2) ≥ 33 ⇔ s ≥ 82.4875: single changes suffice, no combination",
     [add_officer(0, "J-01", 80), add_officer(1, "J-02", 95), add_member(2, "R01", "chair"),
      rate(3, "R01", "J-01", 70), rate(4, "R01", "J-02", 80), sign(5, "R01")],
     {"preview": {
         "J-01": {"total": 76, "grade": {"id": "competent"}, "raise": [],
                  "combination": {"outcome": "found", "changes": [
                      {"kind": "indicator", "indicator": "Q1", "from": 80, "to": 100, "scoreTo": 100},
                      {"kind": "indicator", "indicator": "C1", "from": 70, "to": 74.9875, "delta": 4.9875, "scoreTo": 74.9875}],
                      "total": 90, "grade": {"id": "excellent"}, "effort": 0.249875}},
         "J-02": {"total": 89, "raise": [{"change": {"indicator": "Q1", "to": 96.658334}, "total": 90},
                                         {"change": {"indicator": "C1", "to": 82.4875}, "total": 90}],
                  "combination": None}},
      "table": {"officers": [{"officer": {"id": "J-02"}, "total": 89}, {"officer": {"id": "J-01"}, "total": 76}]}},
     preview=["J-01", "J-02"])
# 036
def bulk(*officers):
    return {"type": "addOfficers", "officers": [{"officer": {"id": o, "name": "干警" + o}, "inputs": {"q": q}} for o, q in officers]}
case("036-add-officers-bulk", "a bulk load is checked as a whole: an id twice or one bad input refuses all of it; an empty load is refused",
     "[J-01, J-01] → E_DUPLICATE_ID at change.officers[1].officer.id; [J-01 q 90, J-02 q 101] → q is a percent (≤ 100): "
     "E_NUMBER_RANGE at change.officers[1].inputs.q; [J-01 q 90, J-02 q 80] → both join: 54.00 rank 1, 48.00 rank 2; [] → E_EMPTY",
     [ev(0, SECRETARY, bulk(("J-01", 90), ("J-01", 80))),
      ev(1, SECRETARY, bulk(("J-01", 90), ("J-02", 101))),
      ev(2, SECRETARY, bulk(("J-01", 90), ("J-02", 80))),
      ev(3, SECRETARY, {"type": "addOfficers", "officers": []})],
     {"steps": [bad("E_DUPLICATE_ID", "change.officers[1].officer.id"), bad("E_NUMBER_RANGE", "change.officers[1].inputs.q"),
                ok({"seq": 1, "officers": [{"officer": "J-01", "fields": ["presence"], "after": st(1, 54, "incompetent")},
                                           {"officer": "J-02", "fields": ["presence"], "after": st(2, 48, "incompetent")}]}),
                bad("E_EMPTY", "change.officers")],
      "state": {"events": 1}})

OUT.mkdir(parents=True, exist_ok=True)
for name, body in CASES:
    (OUT / (name + ".json")).write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
print(len(CASES), "cases written to", OUT)
