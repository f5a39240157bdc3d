# Writes tests/fixtures/allocation/*.json: hand-computed bonus allocations (arithmetic in each notes).
import json, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "allocation"))
def row(o, total, grade, rank=0, vetoed=False, name=None):
    r={"officer":o,"total":total,"grade":grade}
    if rank: r["rank"]=rank
    if vetoed: r["vetoed"]=True
    if name: r["name"]=name
    return r
def w(n, slug, desc, notes, inp, expect=None, problems=None):
    f={"kind":"allocation","description":desc,"notes":notes,"input":inp}
    if expect is not None: f["expect"]=expect
    if problems is not None: f["expectProblems"]=problems
    with open(f"{n:03d}-{slug}.json","w") as o:
        json.dump(f,o,ensure_ascii=False,indent=2); o.write("\n")
C1={"competent":1}
three=[row("J-1",88,"competent",1),row("J-2",85,"competent",2),row("J-3",80,"competent",3)]
w(1,"thirds-one-fen-left","10000.00 yuan over three equal coefficients: 3333.33 each and the one fen left goes to the higher total",
  "pool 10000.00 = 1,000,000 fen; weights 1, 1, 1, sum 3; 1,000,000 × 1 ÷ 3 = 333,333 fen remainder 1 (3 × 333,333 = 999,999), i.e. 0.333333 of a fen each; whole fen 3 × 333,333 = 999,999 → 1 fen left; the remainders tie (1/3 each) → higher total first: J-1 (88) gets it: 3333.34, J-2 and J-3 3333.33; 3333.34 + 3333.33 + 3333.33 = 10000.00",
  {"table":three,"allocation":{"pool":10000,"method":"gradeCoefficient","coefficients":C1}},
  {"pool":10000,"method":"gradeCoefficient","weightTotal":3,"leftoverFen":1,"allocated":10000,"shares":[
    {"officer":"J-1","coefficient":1,"weight":1,"floor":3333.33,"extraFen":1,"amount":3333.34,"remainderPlace":1,"excluded":None,
     "lines":["权重：等次系数 1","应得：奖金池 10000.00 元 × 1 ÷ 权重合计 3 = 3333.33 元，余 0.333333 分","尾差：余数排第 1 位，剩余 1 分按最大余数法分配，补 1 分","分得 3333.34 元"]},
    {"officer":"J-2","floor":3333.33,"extraFen":0,"amount":3333.33,"remainderPlace":2,
     "lines":["权重：等次系数 1","应得：奖金池 10000.00 元 × 1 ÷ 权重合计 3 = 3333.33 元，余 0.333333 分","尾差：余数排第 2 位，剩余 1 分已由前 1 位补足，不补","分得 3333.33 元"]},
    {"officer":"J-3","amount":3333.33,"remainderPlace":3}],
   "summary":["奖金池 10000.00 元，按等次系数分配，权重合计 3；适用否决项人员按其等次参与，不确定等次人员不参与",
              "各人先取应得额的整分，剩余 1 分按最大余数法逐一补 1 分（余数相同时总分高者优先，再按工号升序）；合计 10000.00 元"]})
w(2,"tie-broken-by-officer-id","equal remainders and equal totals: the fen left goes to the smallest officer id, whatever the order of the rows",
  "as case 001 but every total is 85 and the rows come J-3, J-2, J-1 without ranks: each exact share is 333,333 fen and 1/3; 1 fen left; remainders tie, totals tie → officer id ascending: J-1 gets it (3333.34); the shares are listed by rank (none given), then officer id: J-1, J-2, J-3",
  {"table":[row("J-3",85,"competent"),row("J-2",85,"competent"),row("J-1",85,"competent")],"allocation":{"pool":10000,"method":"gradeCoefficient","coefficients":C1}},
  {"leftoverFen":1,"allocated":10000,"shares":[{"officer":"J-1","amount":3333.34,"remainderPlace":1,"extraFen":1},{"officer":"J-2","amount":3333.33,"remainderPlace":2},{"officer":"J-3","amount":3333.33,"remainderPlace":3}]})
G4={"excellent":1.5,"competent":1,"basic":0.5,"incompetent":0}
w(3,"exact-division-nothing-left","coefficients 1.5 / 1 / 1 / 0.5 divide 100.00 exactly: no fen left, no remainder line",
  "pool 100.00 = 10,000 fen; weights 1.5 + 1 + 1 + 0.5 = 4; A 10,000 × 1.5 ÷ 4 = 3,750 fen = 37.50; B and C 10,000 ÷ 4 = 2,500 = 25.00; D 10,000 × 0.5 ÷ 4 = 1,250 = 12.50; 37.50 + 25 + 25 + 12.50 = 100.00, 0 fen left",
  {"table":[row("A",95,"excellent",1),row("B",85,"competent",2),row("C",80,"competent",3),row("D",70,"basic",4)],"allocation":{"pool":100,"method":"gradeCoefficient","coefficients":G4}},
  {"weightTotal":4,"leftoverFen":0,"allocated":100,"shares":[
    {"officer":"A","coefficient":1.5,"amount":37.5,"extraFen":0,"lines":["权重：等次系数 1.5","应得：奖金池 100.00 元 × 1.5 ÷ 权重合计 4 = 37.50 元，余 0 分","分得 37.50 元"]},
    {"officer":"B","amount":25},{"officer":"C","amount":25},{"officer":"D","coefficient":0.5,"amount":12.5}]})
w(4,"two-fen-to-largest-remainders","1000.00 over coefficients 1.2 / 1 / 1 / 1 / 0.7: two fen left go to the two largest remainders, not to the top ranks",
  "pool 100,000 fen; weights 1.2 + 1 + 1 + 1 + 0.7 = 4.9; A (1.2): 120,000 ÷ 4.9 = 1,200,000 ÷ 49 = 24,489 rem 39 (49 × 24,489 = 1,199,961) → 39/49 = 0.795918; B, C, E (1): 1,000,000 ÷ 49 = 20,408 rem 8 (49 × 20,408 = 999,992) → 8/49 = 0.163265; D (0.7): 700,000 ÷ 49 = 14,285 rem 35 (49 × 14,285 = 699,965) → 35/49 = 0.714285; whole fen 24,489 + 3 × 20,408 + 14,285 = 99,998 → 2 fen left: A (39/49) and D (35/49), then B (88), C (86), E (80) by total; A 244.90, B C E 204.08, D 142.86; 244.90 + 612.24 + 142.86 = 1000.00",
  {"table":[row("A",96,"excellent",1),row("B",88,"competent",2),row("C",86,"competent",3),row("E",80,"competent",4),row("D",72,"basic",5)],
   "allocation":{"pool":1000,"method":"gradeCoefficient","coefficients":{"excellent":1.2,"competent":1,"basic":0.7}}},
  {"weightTotal":4.9,"leftoverFen":2,"allocated":1000,"shares":[
    {"officer":"A","floor":244.89,"extraFen":1,"amount":244.9,"remainderPlace":1,"lines":["权重：等次系数 1.2","应得：奖金池 1000.00 元 × 1.2 ÷ 权重合计 4.9 = 244.89 元，余 0.795918 分","尾差：余数排第 1 位，剩余 2 分按最大余数法分配，补 1 分","分得 244.90 元"]},
    {"officer":"B","floor":204.08,"extraFen":0,"amount":204.08,"remainderPlace":3},
    {"officer":"C","amount":204.08,"remainderPlace":4},
    {"officer":"E","amount":204.08,"remainderPlace":5},
    {"officer":"D","floor":142.85,"extraFen":1,"amount":142.86,"remainderPlace":2}]})
w(5,"by-score","500.00 shared by total score: weights are the totals",
  "pool 50,000 fen; weights 92.5 + 87.25 + 80.25 = 260; A 50,000 × 92.5 = 4,625,000 ÷ 260 = 17,788 rem 120 (260 × 17,788 = 4,624,880) → 0.461538; B 50,000 × 87.25 = 4,362,500 ÷ 260 = 16,778 rem 220 (4,362,280) → 0.846153; C 50,000 × 80.25 = 4,012,500 ÷ 260 = 15,432 rem 180 (4,012,320) → 0.692307; whole fen 17,788 + 16,778 + 15,432 = 49,998 → 2 left: B, C; A 177.88, B 167.79, C 154.33; sum 500.00",
  {"table":[row("A",92.5,"excellent",1),row("B",87.25,"competent",2),row("C",80.25,"competent",3)],"allocation":{"pool":500,"method":"score"}},
  {"method":"score","weightTotal":260,"leftoverFen":2,"allocated":500,"shares":[
    {"officer":"A","weight":92.5,"coefficient":None,"amount":177.88,"remainderPlace":3,"lines":["权重：考评得分 92.5（负分按 0 计）= 92.5","应得：奖金池 500.00 元 × 92.5 ÷ 权重合计 260 = 177.88 元，余 0.461538 分","尾差：余数排第 3 位，剩余 2 分已由前 2 位补足，不补","分得 177.88 元"]},
    {"officer":"B","amount":167.79,"remainderPlace":1},{"officer":"C","amount":154.33,"remainderPlace":2}]})
w(6,"coefficient-times-score","300.00 by coefficient × score",
  "pool 30,000 fen; weights A 1.2 × 95 = 114, B 1 × 90 = 90, C 1 × 80 = 80, sum 284; A 30,000 × 114 = 3,420,000 ÷ 284 = 12,042 rem 72 (284 × 12,042 = 3,419,928) → 0.253521; B 2,700,000 ÷ 284 = 9,507 rem 12 (2,699,988) → 0.042253; C 2,400,000 ÷ 284 = 8,450 rem 200 (2,399,800) → 0.704225; whole fen 12,042 + 9,507 + 8,450 = 29,999 → 1 left: C; A 120.42, B 95.07, C 84.51; sum 300.00",
  {"table":[row("A",95,"excellent",1),row("B",90,"competent",2),row("C",80,"competent",3)],"allocation":{"pool":300,"method":"coefficientTimesScore","coefficients":{"excellent":1.2,"competent":1}}},
  {"weightTotal":284,"leftoverFen":1,"allocated":300,"shares":[
    {"officer":"A","weight":114,"amount":120.42,"lines":["权重：等次系数 1.2 × 考评得分 95 = 114","应得：奖金池 300.00 元 × 114 ÷ 权重合计 284 = 120.42 元，余 0.253521 分","尾差：余数排第 2 位，剩余 1 分已由前 1 位补足，不补","分得 120.42 元"]},
    {"officer":"B","weight":90,"amount":95.07,"remainderPlace":3},{"officer":"C","weight":80,"amount":84.51,"remainderPlace":1,"extraFen":1}]})
w(7,"vetoed-excluded","a vetoed officer excluded as the request declares: the others share the whole pool",
  "vetoed: exclude; B is out; weights A 1 + C 0.5 = 1.5; pool 20,000 fen; A 20,000 ÷ 1.5 = 13,333 rem 0.5/1.5 = 0.333333; C 10,000 ÷ 1.5 = 6,666 rem 1/1.5 = 0.666666; whole fen 19,999 → 1 left: C; A 133.33, C 66.67, B 0.00; sum 200.00",
  {"table":[row("A",90,"competent",1),row("B",85,"basic",2,vetoed=True),row("C",70,"basic",3)],"allocation":{"pool":200,"method":"gradeCoefficient","coefficients":{"competent":1,"basic":0.5},"vetoed":{"rule":"exclude"}}},
  {"weightTotal":1.5,"leftoverFen":1,"allocated":200,"shares":[
    {"officer":"A","amount":133.33,"remainderPlace":2},
    {"officer":"B","weight":0,"amount":0,"excluded":"vetoed","remainderPlace":None,"lines":["适用否决项：按声明不参与分配，分得 0.00 元"]},
    {"officer":"C","amount":66.67,"remainderPlace":1}],
   "summary":["奖金池 200.00 元，按等次系数分配，权重合计 1.5；适用否决项人员不参与，不确定等次人员不参与",
              "各人先取应得额的整分，剩余 1 分按最大余数法逐一补 1 分（余数相同时总分高者优先，再按工号升序）；合计 200.00 元"]})
w(8,"vetoed-declared-coefficient","a vetoed officer shares with the declared coefficient 0.5 instead of its grade's",
  "vetoed: coefficient 0.5; weights A 1, B 0.5, C 1, sum 2.5; pool 10,000 fen; A and C 10,000 ÷ 2.5 = 4,000 = 40.00; B 5,000 ÷ 2.5 = 2,000 = 20.00; exact, 0 left",
  {"table":[row("A",90,"competent",1),row("B",88,"competent",2,vetoed=True),row("C",80,"competent",3)],"allocation":{"pool":100,"method":"gradeCoefficient","coefficients":C1,"vetoed":{"rule":"coefficient","coefficient":0.5}}},
  {"weightTotal":2.5,"leftoverFen":0,"shares":[{"officer":"A","amount":40},
    {"officer":"B","coefficient":0.5,"amount":20,"lines":["权重：适用否决项人员的声明系数 0.5","应得：奖金池 100.00 元 × 0.5 ÷ 权重合计 2.5 = 20.00 元，余 0 分","分得 20.00 元"]},
    {"officer":"C","amount":40}]})
w(9,"withheld-excluded-by-default","an officer whose grade is withheld (comments only) is excluded by default",
  "withheld defaults to exclude: B (grade null) is out; by score: weights 90 + 70 = 160; pool 10,000 fen; A 10,000 × 90 ÷ 160 = 5,625 = 56.25; C 10,000 × 70 ÷ 160 = 4,375 = 43.75; exact",
  {"table":[row("A",90,"competent",1),row("B",80,None,2),row("C",70,"basic",3)],"allocation":{"pool":100,"method":"score"}},
  {"weightTotal":160,"leftoverFen":0,"allocated":100,"shares":[{"officer":"A","amount":56.25},
    {"officer":"B","grade":None,"amount":0,"excluded":"withheld","lines":["不确定等次：按声明不参与分配，分得 0.00 元"]},{"officer":"C","amount":43.75}]})
w(10,"zero-pool","a pool of 0 gives every officer 0.00",
  "pool 0 fen; weights 1 + 1 = 2; each 0 × 1 ÷ 2 = 0 rem 0; nothing left",
  {"table":[row("A",90,"competent",1),row("B",80,"competent",2)],"allocation":{"pool":0,"method":"gradeCoefficient","coefficients":C1}},
  {"pool":0,"weightTotal":2,"leftoverFen":0,"allocated":0,"shares":[{"officer":"A","amount":0},{"officer":"B","amount":0}]})
w(11,"incompetent-coefficient-zero","不称职 with coefficient 0: no year-end bonus, the officer is in the table with 0.00",
  "weights 1.5 + 1 + 0 = 2.5; pool 100,000 fen; A 100,000 × 1.5 ÷ 2.5 = 60,000 = 600.00; B 100,000 ÷ 2.5 = 40,000 = 400.00; C 0; exact",
  {"table":[row("A",95,"excellent",1),row("B",85,"competent",2),row("C",50,"incompetent",3)],"allocation":{"pool":1000,"method":"gradeCoefficient","coefficients":G4}},
  {"weightTotal":2.5,"leftoverFen":0,"allocated":1000,"shares":[{"officer":"A","amount":600},{"officer":"B","amount":400},{"officer":"C","coefficient":0,"weight":0,"amount":0,"excluded":None}]})
w(12,"english-lines","case 001 explained in English",
  "as case 001: J-1 3333.33 and 1/3 of a fen, first of the tied remainders by total → 3333.34",
  {"table":three,"allocation":{"pool":10000,"method":"gradeCoefficient","coefficients":C1},"lang":"en"},
  {"shares":[{"officer":"J-1","amount":3333.34,"lines":["weight: grade coefficient 1","exact share: pool 10000.00 × 1 ÷ total weight 3 = 3333.33 and 0.333333 of a fen","remainder: place 1; the 1 fen left go to the largest remainders: one more fen","share: 3333.34"]},
    {"officer":"J-2","lines":["weight: grade coefficient 1","exact share: pool 10000.00 × 1 ÷ total weight 3 = 3333.33 and 0.333333 of a fen","remainder: place 2; the 1 fen left went to the first 1: none","share: 3333.33"]},{"officer":"J-3"}],
   "summary":["pool 10000.00, by grade coefficient, total weight 3; vetoed: shares as graded; grade withheld: excluded",
              "each share is first cut to whole fen; the 1 fen left go one each to the largest remainders (equal remainders: higher total first, then officer id ascending); total 10000.00"]})
SCHEME={"schemaVersion":1,"id":"mini-bonus","version":"1","title":"奖金分配（示例）","role":"judge",
  "period":{"label":"2026年度","start":"2026-01-01","end":"2026-12-31"},
  "inputs":[{"key":"q","title":"业绩分","kind":"percent"}],
  "dimensions":[{"id":"work","title":"业绩","weight":1,"indicators":[{"id":"Q1","title":"业绩得分","weight":1,"source":"S19","input":{"kind":"value","key":"q"},"scoring":{"type":"direct"}}]}],
  "grades":[{"id":"excellent","title":"优秀","min":90,"max":100},{"id":"competent","title":"称职","min":75,"max":90},{"id":"basic","title":"基本称职","min":60,"max":75},{"id":"incompetent","title":"不称职","min":0,"max":60}]}
def d(o,q,name): return {"officer":{"id":o,"name":name},"inputs":{"q":q}}
w(13,"from-a-cohort","the results come from a cohort request: assessed, graded, then shared",
  "scheme: one direct indicator, weight 1 → total = q; J-1 95 → 优秀, J-2 85 → 称职, J-3 70 → 基本称职; weights 1.5 + 1 + 0.5 = 3; pool 100,000 fen; J-1 150,000 ÷ 3 = 50,000 = 500.00 rem 0; J-2 100,000 ÷ 3 = 33,333 rem 1/3; J-3 50,000 ÷ 3 = 16,666 rem 2/3; whole fen 99,999 → 1 left: J-3 (2/3); 500.00 + 333.33 + 166.67 = 1000.00",
  {"cohort":{"scheme":SCHEME,"dossiers":[d("J-2",85,"乙"),d("J-3",70,"丙"),d("J-1",95,"甲")]},"allocation":{"pool":1000,"method":"gradeCoefficient","coefficients":G4}},
  {"weightTotal":3,"leftoverFen":1,"allocated":1000,"shares":[
    {"officer":"J-1","name":"甲","total":95,"grade":"excellent","amount":500,"remainderPlace":3},
    {"officer":"J-2","name":"乙","total":85,"grade":"competent","amount":333.33,"remainderPlace":2},
    {"officer":"J-3","name":"丙","total":70,"grade":"basic","amount":166.67,"remainderPlace":1,"extraFen":1}]})
w(14,"cohort-problem-located","a bad dossier in the cohort is reported under cohort.",
  "J-2 lacks the input q → E_MISSING_INPUT under cohort.dossiers",
  {"cohort":{"scheme":SCHEME,"dossiers":[d("J-1",95,"甲"),{"officer":{"id":"J-2","name":"乙"},"inputs":{}}]},"allocation":{"pool":1000,"method":"score"}},
  problems=[{"code":"E_MISSING_INPUT","path":"cohort.dossiers[1].inputs.q"}])
T2=[row("A",90,"competent",1),row("B",80,"competent",2)]
w(15,"negative-pool","a negative pool is refused",
  "pool −100 < 0 → E_POOL_NEGATIVE at allocation.pool",
  {"table":T2,"allocation":{"pool":-100,"method":"score"}},problems=[{"code":"E_POOL_NEGATIVE","path":"allocation.pool","messageZhContains":"-100"}],)
w(16,"pool-not-in-fen","a pool with a third decimal cannot be paid to the fen",
  "100.005 has a part of a fen (0.5 fen) → E_POOL_FEN at allocation.pool",
  {"table":T2,"allocation":{"pool":100.005,"method":"score"}},problems=[{"code":"E_POOL_FEN","path":"allocation.pool"}])
w(17,"coefficient-missing","a grade that shares has no coefficient",
  "A and B are competent; coefficients give excellent only → E_COEFFICIENT_MISSING at allocation.coefficients, reported once for the grade",
  {"table":T2,"allocation":{"pool":100,"method":"gradeCoefficient","coefficients":{"excellent":1.5}}},
  problems=[{"code":"E_COEFFICIENT_MISSING","path":"allocation.coefficients","messageZhContains":"competent"}])
w(18,"no-eligible-officer","every officer vetoed and vetoed officers excluded: nobody shares",
  "both rows vetoed, vetoed: exclude → sum of weights 0 → E_NO_ELIGIBLE at allocation",
  {"table":[row("A",90,"basic",1,vetoed=True),row("B",80,"basic",2,vetoed=True)],"allocation":{"pool":100,"method":"gradeCoefficient","coefficients":{"basic":0.5},"vetoed":{"rule":"exclude"}}},
  problems=[{"code":"E_NO_ELIGIBLE","path":"allocation"}])
w(19,"no-results-given","neither a cohort nor a table",
  "no cohort, no table → E_MISSING_FIELD at cohort",
  {"allocation":{"pool":100,"method":"score"}},problems=[{"code":"E_MISSING_FIELD","path":"cohort"}])
w(20,"negative-coefficient","a negative coefficient is refused where it is declared",
  "basic: −0.5 → E_NUMBER_RANGE at allocation.coefficients.basic",
  {"table":T2,"allocation":{"pool":100,"method":"gradeCoefficient","coefficients":{"competent":1,"basic":-0.5}}},
  problems=[{"code":"E_NUMBER_RANGE","path":"allocation.coefficients.basic"}])
w(21,"unknown-method","a method the engine does not know",
  "method \"byHeadcount\" is not one of gradeCoefficient / score / coefficientTimesScore → E_UNKNOWN_VARIANT at allocation.method",
  {"table":T2,"allocation":{"pool":100,"method":"byHeadcount"}},problems=[{"code":"E_UNKNOWN_VARIANT","path":"allocation.method"}])
w(22,"withheld-as-graded-needs-a-coefficient","a withheld grade shared as graded under a coefficient method has no coefficient",
  "withheld: asGraded, method gradeCoefficient, B has no grade → no grade coefficient → E_COEFFICIENT_MISSING at allocation.withheld (once)",
  {"table":[row("A",90,"competent",1),row("B",80,None,2),row("C",70,None,3)],"allocation":{"pool":100,"method":"gradeCoefficient","coefficients":C1,"withheld":{"rule":"asGraded"}}},
  problems=[{"code":"E_COEFFICIENT_MISSING","path":"allocation.withheld","messageZhContains":"不确定等次"}])
w(23,"withheld-by-score-as-graded","withheld officers declared as graded share by their score under the score method",
  "withheld: asGraded; by score the grade is not needed: weights 90 + 80 + 70 = 240; pool 10,000 fen; A 900,000 ÷ 240 = 3,750 = 37.50; B 800,000 ÷ 240 = 3,333 rem 80 (240 × 3,333 = 799,920) → 80/240 = 0.333333; C 700,000 ÷ 240 = 2,916 rem 160 (699,840) → 0.666666; whole fen 3,750 + 3,333 + 2,916 = 9,999 → 1 left: C; A 37.50, B 33.33, C 29.17",
  {"table":[row("A",90,"competent",1),row("B",80,None,2),row("C",70,"basic",3)],"allocation":{"pool":100,"method":"score","withheld":{"rule":"asGraded"}}},
  {"weightTotal":240,"leftoverFen":1,"allocated":100,"shares":[{"officer":"A","amount":37.5},{"officer":"B","grade":None,"excluded":None,"amount":33.33,"remainderPlace":2},{"officer":"C","amount":29.17,"remainderPlace":1}]})
