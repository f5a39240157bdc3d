# Writes tests/fixtures/calendar/*.json and tests/fixtures/publication/*.json: working days under
# the 2026 holiday arrangement and publication (公示) documents, hand-computed (arithmetic in notes).
import json, os
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures")

CAL = {
    "source": "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号），按记忆整理，使用前请核对原文",
    "years": [2026],
    "holidays": [
        {"name": "元旦", "from": "2026-01-01", "to": "2026-01-03"},
        {"name": "春节", "from": "2026-02-15", "to": "2026-02-23"},
        {"name": "清明节", "from": "2026-04-04", "to": "2026-04-06"},
        {"name": "劳动节", "from": "2026-05-01", "to": "2026-05-05"},
        {"name": "端午节", "from": "2026-06-19", "to": "2026-06-21"},
        {"name": "中秋节", "from": "2026-09-25", "to": "2026-09-27"},
        {"name": "国庆节", "from": "2026-10-01", "to": "2026-10-07"},
    ],
    "workdays": ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
}
SF = "2026 Spring Festival (as recalled from the State Council notice; verify): off Sun 2026-02-15 to Mon 02-23 (9 days), worked in exchange Sat 02-14 and Sat 02-28"

def write(kind, n, slug, desc, notes, inp, expect=None, problems=None):
    f = {"kind": kind, "description": desc, "notes": notes, "input": inp}
    if expect is not None: f["expect"] = expect
    if problems is not None: f["expectProblems"] = problems
    os.makedirs(os.path.join(root, kind), exist_ok=True)
    with open(os.path.join(root, kind, f"{n:03d}-{slug}.json"), "w") as o:
        json.dump(f, o, ensure_ascii=False, indent=2); o.write("\n")

def cal(**kw):
    c = json.loads(json.dumps(CAL)); c.update(kw); return c
W = lambda d: {"date": d, "kind": "workday"}
S = lambda d: {"date": d, "kind": "swappedWorkday"}

c = lambda *a, **k: write("calendar", *a, **k)
c(1, "spring-festival-five-days", "5 working days after Fri 2026-02-13 across the Spring Festival",
  SF + "; after Fri 02-13: Sat 02-14 worked (1), 02-15..02-23 off, Tue 02-24 (2), Wed 02-25 (3), Thu 02-26 (4), Fri 02-27 (5) → 2026-02-27",
  {"calendar": CAL, "from": "2026-02-13", "days": 5},
  {"from": "2026-02-13", "days": 5, "end": "2026-02-27", "counted": [S("2026-02-14"), W("2026-02-24"), W("2026-02-25"), W("2026-02-26"), W("2026-02-27")]})
c(2, "ends-on-swapped-saturday", "4 working days after Tue 2026-02-24 end on Sat 02-28, a weekend day worked in exchange",
  SF + "; Wed 02-25 (1), Thu 02-26 (2), Fri 02-27 (3), Sat 02-28 worked (4) → 2026-02-28",
  {"calendar": CAL, "from": "2026-02-24", "days": 4},
  {"end": "2026-02-28", "counted": [W("2026-02-25"), W("2026-02-26"), W("2026-02-27"), S("2026-02-28")]})
c(3, "new-year-sunday-worked", "after New Year's Day 2026 the Sunday worked in exchange counts",
  "元旦 2026: off Thu 01-01 to Sat 01-03, Sun 01-04 worked; after 01-01: Fri 01-02 off, Sat 01-03 off, Sun 01-04 worked (1), Mon 01-05 (2) → 2026-01-05",
  {"calendar": CAL, "from": "2026-01-01", "days": 2},
  {"end": "2026-01-05", "counted": [S("2026-01-04"), W("2026-01-05")]})
c(4, "plain-weekend", "an ordinary week: the weekend is skipped",
  "Fri 2026-03-06 (Sat 02-28 + 6); Sat 03-07 and Sun 03-08 not worked; Mon 03-09 (1) … Fri 03-13 (5) → 2026-03-13",
  {"calendar": CAL, "from": "2026-03-06", "days": 5},
  {"end": "2026-03-13", "counted": [W("2026-03-09"), W("2026-03-10"), W("2026-03-11"), W("2026-03-12"), W("2026-03-13")]})
c(5, "zero-days", "0 working days end on the start day", "nothing counted → end = from = 2026-03-07",
  {"calendar": CAL, "from": "2026-03-07", "days": 0}, {"end": "2026-03-07", "counted": []})
c(6, "impossible-date", "a holiday on 30 February is refused where it stands",
  "2026-02-30 does not exist → E_DATE at calendar.holidays[0].to",
  {"calendar": cal(holidays=[{"name": "春节", "from": "2026-02-15", "to": "2026-02-30"}]), "from": "2026-02-13", "days": 5},
  problems=[{"code": "E_DATE", "path": "calendar.holidays[0].to"}])
c(7, "holiday-and-workday", "a day listed both as a holiday and as a working day",
  "2026-02-16 is inside 春节 (02-15..02-23) and listed as a worked day (workdays[1]) → E_CALENDAR_CONFLICT at calendar.workdays[1]",
  {"calendar": cal(workdays=["2026-02-14", "2026-02-16", "2026-02-28"]), "from": "2026-02-13", "days": 5},
  problems=[{"code": "E_CALENDAR_CONFLICT", "path": "calendar.workdays[1]", "messageZhContains": "2026-02-16"}])
c(8, "outside-years", "a count that runs into a year the calendar does not cover is refused, not guessed",
  "after Tue 2026-12-29: Wed 12-30 (1), Thu 12-31 (2), then 2027-01-01 is outside years [2026] → E_OUTSIDE_CALENDAR at calendar.years",
  {"calendar": CAL, "from": "2026-12-29", "days": 5},
  problems=[{"code": "E_OUTSIDE_CALENDAR", "path": "calendar.years", "messageZhContains": "2027-01-01"}])
c(9, "range-backwards", "a holiday that ends before it starts",
  "from 02-23 to 02-15 → E_DATE at calendar.holidays[0].to",
  {"calendar": cal(holidays=[{"name": "春节", "from": "2026-02-23", "to": "2026-02-15"}], workdays=[]), "from": "2026-02-13", "days": 5},
  problems=[{"code": "E_DATE", "path": "calendar.holidays[0].to"}])
c(10, "overlapping-holidays", "two holiday runs that share a day",
  "春节 02-15..02-23 and a second run 02-23..02-24 share 02-23 → E_CALENDAR_CONFLICT at calendar.holidays[1]",
  {"calendar": cal(holidays=[{"name": "春节", "from": "2026-02-15", "to": "2026-02-23"}, {"name": "补假", "from": "2026-02-23", "to": "2026-02-24"}], workdays=[]), "from": "2026-02-13", "days": 5},
  problems=[{"code": "E_CALENDAR_CONFLICT", "path": "calendar.holidays[1]"}])
c(11, "no-years", "a calendar that covers no year", "years [] → E_EMPTY at calendar.years",
  {"calendar": cal(years=[]), "from": "2026-02-13", "days": 5}, problems=[{"code": "E_EMPTY", "path": "calendar.years"}])

def r(o, name, rank, total, grade, title):
    return {"officer": o, "name": name, "rank": rank, "total": total, "grade": grade, "gradeTitle": title}
ROWS = [r("J-1", "甲", 1, 95, "excellent", "优秀"), r("J-2", "乙", 2, 92, "excellent", "优秀"),
        r("J-3", "丙", 3, 88, "competent", "称职"), r("J-4", "丁", 4, 70, "basic", "基本称职")]
p = lambda *a, **k: write("publication", *a, **k)
P1_LINES = ["公示：拟定优秀等次人员名单，共 2 人", "第 1 名 J-1 甲，总分 95，优秀", "第 2 名 J-2 乙，总分 92，优秀",
    "公示日期 2026-02-13；公示期 5 个工作日（默认 5 个工作日，系方案选择而非法定期限），自 2026-02-14 起算，至 2026-02-27 止",
    "计入的工作日（节假日、周末不计，调休上班日计入）：2026-02-14（调休上班）、2026-02-24、2026-02-25、2026-02-26、2026-02-27",
    "对公示内容有异议的，请于公示期内（2026-02-27 前）提出"]
p(1, "proposed-excellent-spring-festival", "the proposed 优秀 list published on Fri 2026-02-13: the default 5 working days end on 02-27",
  SF + "; window counted from the day after the notice: Sat 02-14 worked (1), Tue 02-24 (2), 02-25 (3), 02-26 (4), Fri 02-27 (5) → 2026-02-27; listed: the 优秀 rows J-1, J-2",
  {"table": ROWS, "calendar": CAL, "notice": "2026-02-13"},
  {"notice": "2026-02-13", "windowDays": 5, "windowSource": "default", "windowEnd": "2026-02-27",
   "counted": [S("2026-02-14"), W("2026-02-24"), W("2026-02-25"), W("2026-02-26"), W("2026-02-27")],
   "listed": [{"rank": 1, "officer": "J-1", "name": "甲", "total": 95, "grade": "excellent", "gradeTitle": "优秀"},
              {"rank": 2, "officer": "J-2", "total": 92}],
   "lines": P1_LINES, "finalResult": None})
p(2, "window-ends-on-swapped-saturday", "notice Mon 2026-02-09: the 5th working day is Sat 02-14, worked in exchange",
  SF + "; Tue 02-10 (1), Wed 02-11 (2), Thu 02-12 (3), Fri 02-13 (4), Sat 02-14 worked (5) → 2026-02-14",
  {"table": ROWS, "calendar": CAL, "notice": "2026-02-09"},
  {"windowEnd": "2026-02-14", "counted": [W("2026-02-10"), W("2026-02-11"), W("2026-02-12"), W("2026-02-13"), S("2026-02-14")]})
p(3, "declared-window", "a declared window of 4 working days after Tue 02-24 ends on Sat 02-28 (worked in exchange)",
  SF + "; Wed 02-25 (1), Thu 02-26 (2), Fri 02-27 (3), Sat 02-28 worked (4) → 2026-02-28; the length is declared",
  {"table": ROWS, "calendar": CAL, "notice": "2026-02-24", "windowDays": 4},
  {"windowDays": 4, "windowSource": "declared", "windowEnd": "2026-02-28",
   "lines": ["公示：拟定优秀等次人员名单，共 2 人", "第 1 名 J-1 甲，总分 95，优秀", "第 2 名 J-2 乙，总分 92，优秀",
             "公示日期 2026-02-24；公示期 4 个工作日（按声明），自 2026-02-25 起算，至 2026-02-28 止",
             "计入的工作日（节假日、周末不计，调休上班日计入）：2026-02-25、2026-02-26、2026-02-27、2026-02-28（调休上班）",
             "对公示内容有异议的，请于公示期内（2026-02-28 前）提出"]})
p(4, "every-grade", "every officer's grade published",
  "scope everyGrade → all 4 rows; notice Fri 03-06 → Mon 03-09 … Fri 03-13 → 2026-03-13",
  {"table": ROWS, "calendar": CAL, "notice": "2026-03-06", "scope": {"kind": "everyGrade"}},
  {"windowEnd": "2026-03-13", "listed": [{"officer": "J-1"}, {"officer": "J-2"}, {"officer": "J-3"}, {"officer": "J-4", "gradeTitle": "基本称职"}],
   "lines": ["公示：考核等次拟定结果，共 4 人", "第 1 名 J-1 甲，总分 95，优秀", "第 2 名 J-2 乙，总分 92，优秀", "第 3 名 J-3 丙，总分 88，称职", "第 4 名 J-4 丁，总分 70，基本称职",
             "公示日期 2026-03-06；公示期 5 个工作日（默认 5 个工作日，系方案选择而非法定期限），自 2026-03-07 起算，至 2026-03-13 止",
             "计入的工作日（节假日、周末不计，调休上班日计入）：2026-03-09、2026-03-10、2026-03-11、2026-03-12、2026-03-13",
             "对公示内容有异议的，请于公示期内（2026-03-13 前）提出"]})
OBJ_UP = {"officer": "J-2", "filed": "2026-02-25", "outcome": "upheld", "reason": "经复核，评分无误"}
OBJ_CH = {"officer": "J-3", "filed": "2026-02-24", "outcome": "changed", "grade": "excellent", "reason": "复核后补记一项加分"}
p(5, "final-with-objections", "after the window: one objection upheld, one that changes the grade to 优秀",
  "window ends 2026-02-27 (case 001); asOf 03-02 is after it; J-2 upheld → stays 优秀; J-3 changed 称职 → 优秀; J-4 untouched and outside the scope; final list J-1, J-2, J-3",
  {"table": ROWS, "calendar": CAL, "notice": "2026-02-13", "objections": [OBJ_CH, OBJ_UP], "asOf": "2026-03-02"},
  {"windowEnd": "2026-02-27", "finalResult": {"asOf": "2026-03-02", "listed": ["J-1", "J-2", "J-3"],
     "entries": [{"officer": "J-1", "proposed": "excellent", "grade": "excellent", "objection": None},
                 {"officer": "J-2", "proposed": "excellent", "grade": "excellent", "objection": "upheld", "reason": "经复核，评分无误"},
                 {"officer": "J-3", "name": "丙", "proposed": "competent", "grade": "excellent", "objection": "changed"}],
     "lines": ["公示期已于 2026-02-27 届满（截至 2026-03-02）", "J-2 乙：2026-02-25 提出异议，维持原结果；理由：经复核，评分无误",
               "J-3 丙：2026-02-24 提出异议，变更为优秀；理由：复核后补记一项加分", "最终名单：J-1 甲、J-2 乙、J-3 丙（共 3 人）"]}})
p(6, "objection-changes-a-quota-place", "an objection moves a quota place: J-2 down to 称职, J-3 up to 优秀",
  "both filed Thu 02-26, inside the window (ends 02-27); J-2 changed to competent (leaves the list), J-3 changed to excellent (joins it); final list J-1, J-3",
  {"table": ROWS, "calendar": CAL, "notice": "2026-02-13", "asOf": "2026-03-02", "objections": [
      {"officer": "J-2", "filed": "2026-02-26", "outcome": "changed", "grade": "competent", "reason": "名额复核：J-3 补记加分后总分更高"},
      {"officer": "J-3", "filed": "2026-02-26", "outcome": "changed", "grade": "excellent", "reason": "补记加分"}]},
  {"finalResult": {"listed": ["J-1", "J-3"], "entries": [{"officer": "J-1"}, {"officer": "J-2", "proposed": "excellent", "grade": "competent"}, {"officer": "J-3", "grade": "excellent"}],
     "lines": ["公示期已于 2026-02-27 届满（截至 2026-03-02）", "J-2 乙：2026-02-26 提出异议，变更为称职；理由：名额复核：J-3 补记加分后总分更高",
               "J-3 丙：2026-02-26 提出异议，变更为优秀；理由：补记加分", "最终名单：J-1 甲、J-3 丙（共 2 人）"]}})
p(7, "rejected-on-last-day", "an objection raised on the window's last day, rejected: the result stands",
  "filed Fri 02-27 = the window's end (in time); rejected → J-4 keeps 基本称职 and is not listed; final list J-1, J-2",
  {"table": ROWS, "calendar": CAL, "notice": "2026-02-13", "asOf": "2026-02-28", "objections": [{"officer": "J-4", "filed": "2026-02-27", "outcome": "rejected", "reason": "不属于公示范围"}]},
  {"finalResult": {"asOf": "2026-02-28", "listed": ["J-1", "J-2"], "entries": [{"officer": "J-1"}, {"officer": "J-2"}, {"officer": "J-4", "proposed": "basic", "grade": "basic", "objection": "rejected"}],
     "lines": ["公示期已于 2026-02-27 届满（截至 2026-02-28）", "J-4 丁：2026-02-27 提出异议，驳回；理由：不属于公示范围", "最终名单：J-1 甲、J-2 乙（共 2 人）"]}})
p(8, "english", "case 001 worded in English", "as case 001",
  {"table": ROWS, "calendar": CAL, "notice": "2026-02-13", "lang": "en"},
  {"lines": ["publication: officers proposed for 优秀, 2", "rank 1: J-1 甲, total 95, 优秀", "rank 2: J-2 乙, total 92, 优秀",
             "notice 2026-02-13; window of 5 working days (the default of 5 working days: a choice, not a rule of law), from 2026-02-14 to 2026-02-27",
             "working days counted (holidays and weekends not counted, weekend days worked in exchange counted): 2026-02-14 (weekend worked in exchange), 2026-02-24, 2026-02-25, 2026-02-26, 2026-02-27",
             "objections to the published result may be raised within the window (by 2026-02-27)"]})
SCHEME = {"schemaVersion": 1, "id": "mini-bonus", "version": "1", "title": "公示（示例）", "role": "judge",
  "period": {"label": "2026年度", "start": "2026-01-01", "end": "2026-12-31"},
  "inputs": [{"key": "q", "title": "业绩分", "kind": "percent"}],
  "dimensions": [{"id": "work", "title": "业绩", "weight": 1, "indicators": [{"id": "Q1", "title": "业绩得分", "weight": 1, "source": "S19", "input": {"kind": "value", "key": "q"}, "scoring": {"type": "direct"}}]}],
  "grades": [{"id": "excellent", "title": "优秀", "min": 90, "max": 100}, {"id": "competent", "title": "称职", "min": 75, "max": 90}, {"id": "basic", "title": "基本称职", "min": 60, "max": 75}, {"id": "incompetent", "title": "不称职", "min": 0, "max": 60}]}
d = lambda o, q, n: {"officer": {"id": o, "name": n}, "inputs": {"q": q}}
p(9, "from-a-cohort", "the proposed 优秀 list of an assessed cohort",
  "total = q (one direct indicator, weight 1): J-1 95 优秀 rank 1, J-3 92 优秀 rank 2, J-2 85 称职 rank 3; listed J-1, J-3; notice Fri 03-06 → 2026-03-13",
  {"cohort": {"scheme": SCHEME, "dossiers": [d("J-2", 85, "乙"), d("J-3", 92, "丙"), d("J-1", 95, "甲")]}, "calendar": CAL, "notice": "2026-03-06"},
  {"windowEnd": "2026-03-13", "listed": [{"rank": 1, "officer": "J-1", "name": "甲", "total": 95, "gradeTitle": "优秀"}, {"rank": 2, "officer": "J-3", "total": 92}]})
p(10, "objection-after-window", "an objection dated after the window is refused",
  "window ends 2026-02-27; filed Sat 02-28 → E_OBJECTION_LATE at objections[0].filed",
  {"table": ROWS, "calendar": CAL, "notice": "2026-02-13", "objections": [dict(OBJ_UP, filed="2026-02-28")]},
  problems=[{"code": "E_OBJECTION_LATE", "path": "objections[0].filed", "messageZhContains": "2026-02-27"}])
p(11, "final-before-window-end", "the final result cannot be asked for while the window runs",
  "window ends 2026-02-27; asOf 02-27 is not after it → E_DATE at asOf",
  {"table": ROWS, "calendar": CAL, "notice": "2026-02-13", "asOf": "2026-02-27"}, problems=[{"code": "E_DATE", "path": "asOf"}])
p(12, "unknown-officer", "an objection by an officer not in the cohort",
  "J-9 is not a row → E_UNKNOWN_OFFICER at objections[0].officer",
  {"table": ROWS, "calendar": CAL, "notice": "2026-02-13", "objections": [dict(OBJ_UP, officer="J-9")]},
  problems=[{"code": "E_UNKNOWN_OFFICER", "path": "objections[0].officer"}])
p(13, "changed-without-grade", "a changed result must give the new grade",
  "outcome changed, no grade → E_MISSING_FIELD at objections[0].grade",
  {"table": ROWS, "calendar": CAL, "notice": "2026-02-13", "objections": [{"officer": "J-3", "filed": "2026-02-24", "outcome": "changed"}]},
  problems=[{"code": "E_MISSING_FIELD", "path": "objections[0].grade"}])
p(14, "calendar-conflict", "a calendar with a day both off and worked is refused before anything is counted",
  "2026-02-20 is inside 春节 and listed as workdays[2] → E_CALENDAR_CONFLICT at calendar.workdays[2]",
  {"table": ROWS, "calendar": cal(workdays=["2026-02-14", "2026-02-28", "2026-02-20"]), "notice": "2026-02-13"},
  problems=[{"code": "E_CALENDAR_CONFLICT", "path": "calendar.workdays[2]"}])
p(15, "window-zero", "a window of 0 working days", "windowDays 0 is outside 1–60 → E_NUMBER_RANGE at windowDays",
  {"table": ROWS, "calendar": CAL, "notice": "2026-02-13", "windowDays": 0}, problems=[{"code": "E_NUMBER_RANGE", "path": "windowDays"}])
p(16, "window-outside-calendar", "a window that runs into 2027 with only the 2026 arrangement given",
  "notice Mon 2026-12-28: Tue 12-29 (1), Wed 12-30 (2), Thu 12-31 (3), then 2027-01-01 is outside years [2026] → E_OUTSIDE_CALENDAR at calendar.years",
  {"table": ROWS, "calendar": CAL, "notice": "2026-12-28"}, problems=[{"code": "E_OUTSIDE_CALENDAR", "path": "calendar.years"}])
p(17, "every-grade-with-a-withheld-grade", "every grade published: an officer whose grade is withheld is listed as such",
  "scope everyGrade; J-5 has no grade (comments only) → listed as 不定等次; notice Fri 03-06 → 2026-03-13",
  {"table": ROWS + [{"officer": "J-5", "name": "戊", "rank": 5, "total": 60, "grade": None}], "calendar": CAL, "notice": "2026-03-06", "scope": {"kind": "everyGrade"}},
  {"listed": [{"officer": "J-1"}, {"officer": "J-2"}, {"officer": "J-3"}, {"officer": "J-4"}, {"officer": "J-5", "grade": None}],
   "lines": ["公示：考核等次拟定结果，共 5 人", "第 1 名 J-1 甲，总分 95，优秀", "第 2 名 J-2 乙，总分 92，优秀", "第 3 名 J-3 丙，总分 88，称职",
             "第 4 名 J-4 丁，总分 70，基本称职", "第 5 名 J-5 戊，总分 60，不定等次",
             "公示日期 2026-03-06；公示期 5 个工作日（默认 5 个工作日，系方案选择而非法定期限），自 2026-03-07 起算，至 2026-03-13 止",
             "计入的工作日（节假日、周末不计，调休上班日计入）：2026-03-09、2026-03-10、2026-03-11、2026-03-12、2026-03-13",
             "对公示内容有异议的，请于公示期内（2026-03-13 前）提出"]})
