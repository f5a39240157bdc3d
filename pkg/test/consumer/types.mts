// A TypeScript consumer: checked with tsc --noEmit --strict against the shipped declarations.
import init, {
  appendAudit, verifyAudit, allocateBonus, publishResult, workingDays, supervise,
  Engine, KaopingError, Session, builtinScheme, builtinSchemeIds, demoCohort, evaluateTolerance, validateScheme, version,
} from 'kaoping';
import type {
  Allocation, Publication, WorkingDays, HolidayCalendar,
  AuditLog, CohortResult, Preview, Verification, Drill, Applied, Event, Diff, SessionLog, Snapshot, OfficerChange, RankShift,
  Supervision, UnitResult, EarlyWarning, Thresholds,
  Answer, Assessment, CohortColumns, ColumnScores, Decision, DemoEntry, Dossier, Problem, Scheme, Score, ToleranceResponse, ValidationReport,
} from 'kaoping';

await init();
const v: string = version();
const ids: string[] = builtinSchemeIds();
const scheme: Scheme = builtinScheme(ids[0] ?? 'court-judge');
const report: ValidationReport = validateScheme(scheme);
const problems: Problem[] = [...report.errors, ...report.warnings];
const codes: string[] = problems.map((p) => `${p.code} ${p.path} ${p.severity}`);

const entries: DemoEntry[] = demoCohort();
const engine = new Engine(scheme);
for (const entry of entries) {
  const dossier: Dossier = entry.dossier;
  const outcome: Answer<Assessment> = engine.assess(dossier, { trace: false, lang: 'en' });
  if (outcome.ok && outcome.value) {
    const total: number = outcome.value.total;
    const grade: string | undefined = outcome.value.grade?.id;
    console.log(v, codes.length, total, grade, outcome.value.officer.name);
    // @ts-expect-error: a misspelt field does not exist on Assessment
    console.log(outcome.value.totl);
  }
  const scored: Answer<Score> = engine.score(dossier);
  if (scored.ok && scored.value) {
    const total: number = scored.value.total;
    const veto: boolean = scored.value.flags.veto;
    console.log(total, veto, scored.value.grade?.id, scored.value.scoreGrade.title);
    // @ts-expect-error: a score has no breakdown
    console.log(scored.value.dimensions);
  }
}

const dossier: Dossier = {
  officer: { id: 'J-9', name: '示例' },
  inputs: { an: 10, jian: 12 },
  // @ts-expect-error: `ocurrences` is misspelt
  ocurrences: [],
};
console.log(dossier);

// @ts-expect-error: options are typed too
engine.assess(dossier, { trace: 'yes' });

const scores: ColumnScores = engine.assessColumns({
  officers: ['J-1'],
  inputs: { an: new Float64Array([10]) },
});
const first: number | undefined = scores.totals[0];
console.log(first, scores.gradeIds);

const ranked: Answer<CohortColumns> = engine.assessCohortColumns(
  { officers: ['J-1'], inputs: { an: new Float64Array([10]) }, counts: { N03: new Uint32Array([2]) } },
  { lang: 'en' },
);
if (ranked.ok && ranked.value) {
  const rank: Uint32Array = ranked.value.ranks;
  console.log(rank[0], ranked.value.quotas.length);
}
// @ts-expect-error: counts are whole numbers in typed arrays, not strings
engine.assessCohortColumns({ officers: ['J-1'], inputs: {}, counts: { N03: 'two' } }, {});

const decided: Answer<Decision> = engine.evaluateTolerance(
  { id: 'I1', officer: 'J-1', date: '2026-08-03', description: 'x', kind: 'k', responsibility: 'qualityFlaw' },
  [],
  { asOf: '2026-12-31' },
);
if (decided.ok && decided.value) {
  const outcome: string = decided.value.outcome;
  engine.assess(dossier, { waivers: decided.value.effect.waivers });
  console.log(outcome);
}
const viaRequest: Answer<ToleranceResponse> = evaluateTolerance({
  policy: 'tolerance-default',
  incident: { id: 'I1', officer: 'J-1', date: '2026-08-03', description: 'x', kind: 'k', responsibility: 'qualityFlaw' },
  history: [],
  asOf: '2026-12-31',
});
console.log(viaRequest.ok);

try {
  new Engine(scheme);
} catch (e) {
  if (e instanceof KaopingError) {
    const code: string = e.code;
    const all: Problem[] = e.errors;
    console.log(code, all.length);
  }
}

const cohort: Answer<CohortResult> = engine.assessCohort({ dossiers: [dossier] }, { trace: false });
if (cohort.ok && cohort.value) console.log(cohort.value.officers.map((o) => o.rank));
const projected: Answer<Preview> = engine.preview(dossier);
console.log(projected.value?.total);
const log: Answer<AuditLog> = appendAudit(null, { at: '2026-12-20', actor: 'R01', event: { type: 'signOff', rater: 'R01', sheet: 's1' } });
if (log.value) {
  const verdict: Answer<Verification> = verifyAudit(log.value);
  console.log(verdict.value?.ok);
}

// the assessment session: typed events in, typed diffs out
const session = new Session({ scheme: 'court-judge' });
const added: Event = {
  at: '2026-12-01T09:00', actor: { kind: 'user', id: '考评办 王敏' },
  change: { type: 'addOfficer', officer: { id: 'J-1', name: '张三' }, inputs: dossier.inputs },
};
const applied: Applied = session.apply(added);
const diff: Diff | undefined = applied.diff;
const moved: OfficerChange[] = diff?.officers ?? [];
console.log(moved.map((c) => `${c.officer} ${c.before?.rank} ${c.after?.rank} ${c.fields.join(',')}`));
const listed: OfficerChange[] = diff?.listed ?? [];
const run: RankShift | null | undefined = diff?.shifted;
const count: number | undefined = diff?.count;
console.log(listed.length, run?.from, run?.to, run?.by, count);
const batch: Applied = session.apply([{ at: '2026-12-01T09:05', actor: { kind: 'member', id: 'R01' }, reason: '回避', change: { type: 'seal' } }]);
console.log(batch.diffs?.length, batch.errors.map((p) => p.messageZh));
const table: CohortResult | null = session.table();
const sessionLog: SessionLog = session.log();
const events: Event[] = session.events();
const snapshot: Snapshot = session.snapshot();
const restored: Session = Session.restore(snapshot);
const officerPreview: Answer<Preview> = session.preview('J-1');
console.log(table?.size, sessionLog.entries.length, events.length, restored.fingerprint(), officerPreview.value?.total);

// drill-down to case records
const drilled: Answer<Drill[]> = engine.drill(dossier, 'CQ02');
console.log(drilled.value?.map((d) => `${d.key} ${d.value} ${d.records.map((r) => r.id).join(',')}`));

// Use of results: bonus allocation, publication (公示), working days.
const calendar: HolidayCalendar = {
  source: 'example', years: [2026],
  holidays: [{ name: '春节', from: '2026-02-15', to: '2026-02-23' }], workdays: ['2026-02-14', '2026-02-28'],
};
const shared: Answer<Allocation> = allocateBonus({
  table: [{ officer: 'J-1', name: '甲', rank: 1, total: 95, grade: 'excellent', gradeTitle: '优秀', vetoed: false }],
  allocation: { pool: 1000, method: 'gradeCoefficient', coefficients: { excellent: 1.5 }, vetoed: { rule: 'exclude' }, withheld: { rule: 'exclude' } },
  lang: 'zh',
});
if (shared.ok && shared.value) console.log(shared.value.shares[0]?.amount, shared.value.leftoverFen);
const days: Answer<WorkingDays> = workingDays({ calendar, from: '2026-02-13', days: 5 });
if (days.ok && days.value) console.log(days.value.end, days.value.counted.map((d) => d.kind));
const published: Answer<Publication> = publishResult({
  table: [], calendar, notice: '2026-02-13', scope: { kind: 'everyGrade' }, objections: [], lang: 'en',
});
if (published.ok && published.value) console.log(published.value.windowEnd, published.value.finalResult?.listed);
// @ts-expect-error: the method is one of three
allocateBonus({ table: [], allocation: { pool: 1, method: 'byHeadcount', coefficients: {}, vetoed: { rule: 'exclude' }, withheld: { rule: 'exclude' } }, lang: 'zh' });
const liveSession = new Session({ scheme: 'court-judge' });
const liveShares: Answer<Allocation> = liveSession.allocate({ allocation: { pool: 100, method: 'score', coefficients: {}, vetoed: { rule: 'asGraded' }, withheld: { rule: 'exclude' } }, lang: 'zh' });
const livePublication: Answer<Publication> = liveSession.publication({ calendar, notice: '2026-02-13', scope: { kind: 'grades', grades: ['excellent'] }, objections: [], lang: 'zh' });
console.log(liveShares.ok, livePublication.value?.lines);
// supervision (督责): units and early warnings, from one request and in a session
const supervised: Answer<Supervision> = supervise({
  scheme, dossiers: [dossier],
  organisation: { units: [{ id: 'court', title: '某区人民法院' }], aggregate: { rule: 'mean' } },
  thresholds: { asOf: '2026-12-20', boundaryPoints: 2 },
});
const unitTotals: (number | null | undefined)[] = (supervised.value?.units ?? []).map((u: UnitResult) => u.total);
session.apply({ at: '2026-12-01T09:06', actor: { kind: 'user', id: '考评办 王敏' }, reason: '声明组织机构',
  change: { type: 'setOrganisation', organisation: { units: [{ id: 'court', title: '某区人民法院' }] } } });
const thresholds: Thresholds = { asOf: '2026-12-20', boundaryPoints: 2, quotaTies: true };
const warned: Answer<EarlyWarning[]> = session.warnings(thresholds);
console.log(unitTotals, session.units().length, warned.value?.map((w) => `${w.code} ${w.officer} ${w.text}`));
