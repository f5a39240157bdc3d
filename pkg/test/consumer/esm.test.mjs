// The package as a Node ES-module consumer sees it.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import init, {
  Engine, KaopingError, builtinScheme, builtinSchemeIds, demoCohort, validateScheme, version,
} from 'kaoping';

await init(); // a no-op in Node, kept so isomorphic code runs

test('the package ships one .wasm, for Node and browsers alike', () => {
  const dir = dirname(createRequire(import.meta.url).resolve('kaoping/package.json'));
  const wasm = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.wasm'));
  assert.deepEqual(wasm.map(String), [join('dist', 'web', 'kaoping_wasm_bg.wasm')]);
});

test('version and built-ins', () => {
  assert.match(version(), /^kaoping-core\/\d+\.\d+\.\d+/);
  assert.ok(builtinSchemeIds().includes('court-judge'));
  const scheme = builtinScheme('court-judge');
  assert.equal(scheme.id, 'court-judge');
  assert.ok(Array.isArray(scheme.dimensions) && scheme.dimensions.length > 0);
});

test('the demo cohort scores with the README example', () => {
  const engines = new Map();
  const rows = demoCohort().map(({ scheme, dossier }) => {
    if (!engines.has(scheme)) engines.set(scheme, new Engine(builtinScheme(scheme)));
    const r = engines.get(scheme).assess(dossier, { trace: true });
    assert.ok(r.ok, JSON.stringify(r.errors));
    return r.value;
  });
  assert.ok(rows.length >= 1);
  for (const a of rows) {
    assert.equal(typeof a.total, 'number');
    assert.ok(a.total >= 0 && a.total <= 100);
    // the explanation adds up to the total, exactly (in millionths)
    const micros = (n) => Math.round(n * 1e6);
    const sum = a.explanation.filter((l) => l.kind !== 'total').reduce((s, l) => s + micros(l.points), 0);
    assert.equal(sum, micros(a.total), 'explanation adds up');
    assert.match(a.fingerprint, /^[0-9a-f]{64}$/);
  }
});

test('trace: false leaves the explanation out', () => {
  const { scheme, dossier } = demoCohort()[0];
  const r = new Engine(builtinScheme(scheme)).assess(dossier, { trace: false });
  assert.ok(r.ok);
  assert.equal(r.value.explanation, undefined);
});

test('validateScheme reports every problem at once, with codes and paths', () => {
  const scheme = builtinScheme('court-judge');
  assert.deepEqual(validateScheme(scheme).errors, []);
  scheme.dimensions[0].weight = 0.5; // weights no longer add up
  scheme.grades = [];
  const r = validateScheme(scheme);
  assert.equal(r.ok, false);
  const codes = r.errors.map((e) => e.code);
  assert.ok(codes.includes('E_WEIGHT_SUM'), codes.join());
  assert.ok(r.errors.length >= 2);
  for (const e of r.errors) {
    assert.equal(typeof e.path, 'string');
    assert.equal(e.severity, 'error');
    assert.equal(typeof e.message, 'string');
  }
  // JSON text works too, and a parse failure is a problem, not an exception
  assert.equal(validateScheme('{ nope').errors[0].code, 'E_PARSE');
});

test('an invalid scheme given to new Engine throws KaopingError with .code and .errors', () => {
  const scheme = builtinScheme('court-judge');
  scheme.dimensions[0].weight = 0.5;
  scheme.grades = [];
  assert.throws(() => new Engine(scheme), (e) => {
    assert.ok(e instanceof KaopingError && e instanceof Error);
    assert.equal(e.name, 'KaopingError');
    assert.equal(typeof e.code, 'string');
    assert.ok(e.errors.length >= 2);
    assert.ok(e.errors.some((p) => p.code === 'E_WEIGHT_SUM'));
    return true;
  });
});

test('a bad dossier comes back as located problems, not an exception', () => {
  const { scheme, dossier } = demoCohort()[0];
  const engine = new Engine(builtinScheme(scheme));
  const bad = structuredClone(dossier);
  bad.inputs.an = 'many';
  delete bad.inputs.jian;
  const r = engine.assess(bad);
  assert.equal(r.ok, false);
  assert.equal(r.value, undefined);
  assert.deepEqual(r.errors.map((e) => [e.code, e.path]), [['E_TYPE', 'inputs.an']]);
  const r2 = engine.assess({ ...dossier, inputs: { ...dossier.inputs, jian: undefined } });
  assert.ok(r2.errors.some((e) => e.code === 'E_MISSING_INPUT'), JSON.stringify(r2.errors));
});

test('assessColumns gives the same totals as one-by-one assessment', () => {
  const { scheme, dossier } = demoCohort()[0];
  const engine = new Engine(builtinScheme(scheme));
  const n = 500;
  const keys = Object.keys(dossier.inputs);
  const officers = [];
  const inputs = Object.fromEntries(keys.map((k) => [k, new Float64Array(n)]));
  const review = { excellent: new Uint32Array(n), pass: new Uint32Array(n), flawed: new Uint32Array(n), error: new Uint32Array(n) };
  const singles = [];
  for (let i = 0; i < n; i++) {
    const d = structuredClone(dossier);
    d.officer = { id: `J-${i}`, name: `J-${i}` };
    d.occurrences = [];
    d.inputs.satisfaction = 50 + (i % 50);
    d.inputs.avgDays = 30 + (i % 90) * 1.5;
    d.caseReview = { excellent: i % 3, pass: 10, flawed: i % 2, error: 0 };
    officers.push(d.officer.id);
    for (const k of keys) inputs[k][i] = d.inputs[k];
    for (const g of Object.keys(review)) review[g][i] = d.caseReview[g];
    singles.push(engine.assess(d, { trace: false }).value);
  }
  inputs.satisfaction[7] = Infinity; // one bad row
  const out = engine.assessColumns({ officers, inputs, caseReview: review });
  assert.ok(out.totals instanceof Float64Array && out.totals.length === n);
  assert.equal(out.ok[7], 0);
  assert.deepEqual(out.problems.map((p) => [p.code, p.path]), [['E_NUMBER_NOT_FINITE', 'rows[7].inputs.satisfaction']]);
  for (let i = 0; i < n; i++) {
    if (i === 7) continue;
    assert.equal(out.ok[i], 1);
    assert.equal(out.totals[i], singles[i].total, `row ${i}`);
    const grade = out.grades[i] < 0 ? undefined : out.gradeIds[out.grades[i]];
    assert.equal(grade, singles[i].grade?.id, `row ${i} grade`);
  }
  assert.throws(() => engine.assessColumns({ officers, inputs: { an: new Float64Array(3) } }), KaopingError);
});

test('count columns and the columnar cohort', () => {
  const scheme = builtinScheme('police-officer');
  const engine = new Engine(scheme);
  const { dossier } = demoCohort().find((e) => e.scheme === 'police-officer') ?? {};
  assert.ok(dossier, 'a police-officer demo dossier');
  const n = 300;
  const keys = Object.keys(dossier.inputs);
  const item = scheme.deductions.items[0].id;
  const officers = Array.from({ length: n }, (_, i) => `P-${String(i).padStart(4, '0')}`);
  const inputs = Object.fromEntries(keys.map((k) => [k, Float64Array.from(officers, () => dossier.inputs[k])]));
  inputs[keys[0]] = Float64Array.from(officers, (_, i) => Math.max(0, dossier.inputs[keys[0]] - (i % 7)));
  const counts = { [item]: Uint32Array.from(officers, (_, i) => i % 4) };
  const batch = engine.assessColumns({ officers, inputs, counts });
  const cohort = engine.assessCohortColumns({ officers, inputs, counts });
  assert.ok(cohort.ok, JSON.stringify(cohort.errors));
  const v = cohort.value;
  for (let i = 0; i < n; i++) {
    const d = structuredClone(dossier);
    d.officer = { id: officers[i], name: officers[i] };
    d.inputs = Object.fromEntries(keys.map((k) => [k, inputs[k][i]]));
    d.occurrences = counts[item][i] ? [{ id: item, item, date: scheme.period.end, count: counts[item][i] }] : [];
    delete d.caseReview;
    const one = engine.assess(d, { trace: false });
    assert.ok(one.ok, JSON.stringify(one.errors));
    assert.equal(batch.totals[i], one.value.total, `row ${i}`);
    assert.equal(v.totals[i], one.value.total, `row ${i}`);
  }
  // ranks follow the totals, best first
  for (let k = 1; k < n; k++) assert.ok(v.totals[v.order[k]] <= v.totals[v.order[k - 1]]);
  assert.equal(v.ranks[v.order[0]], 1);
  // a bad row: every problem comes back, located
  const bad = engine.assessCohortColumns({ officers, inputs: { ...inputs, [keys[0]]: Float64Array.from(inputs[keys[0]], (x, i) => (i === 5 ? NaN : x)) }, counts });
  assert.equal(bad.ok, false);
  assert.ok(bad.errors.some((e) => e.path === `rows[5].inputs.${keys[0]}`), JSON.stringify(bad.errors));
});

test('contract breaches throw KaopingError with a code', () => {
  const engine = new Engine(builtinScheme('court-judge'));
  for (const arg of [42, null, undefined, [1, 2], () => 1, true]) {
    assert.throws(() => engine.assess(arg), (e) => e instanceof KaopingError && e.code === 'E_TYPE');
  }
  assert.throws(() => builtinScheme('no-such-scheme'), (e) => e instanceof KaopingError && e.code === 'E_UNKNOWN_REF');
  assert.throws(() => new Engine(7), (e) => e instanceof KaopingError && e.code === 'E_TYPE');
  assert.throws(() => engine.assess(demoCohort()[0].dossier, { trace: 'yes' }), KaopingError);
});

test('engine.evaluateTolerance decides an incident and its waivers feed assess', async () => {
  const { evaluateTolerance } = await import('kaoping');
  const { scheme, dossier } = demoCohort()[0];
  const engine = new Engine(builtinScheme(scheme));
  const deduction = dossier.occurrences.find((o) => o.item === 'N03');
  assert.ok(deduction, 'the demo officer has an N03 deduction');
  const incident = {
    id: 'INC-1', officer: dossier.officer.id, date: deduction.date, description: '鉴定机构停业致超审限',
    kind: 'overdue-closure', responsibility: 'qualityFlaw',
    preconditions: { PC01: true, PC02: true, PC03: true, PC04: true, PC05: true },
    facts: [{ item: 'TP03', evidence: ['停业公告'] }], linked: [deduction.id],
    correction: { actions: ['补正手续'], deadline: '2026-10-31', completed: '2026-09-15' },
  };
  const r = engine.evaluateTolerance(incident, [], { asOf: '2026-12-31' });
  assert.ok(r.ok, JSON.stringify(r.errors));
  assert.equal(r.value.outcome, 'exempt');
  assert.equal(r.value.effect.waivers.length, 1);
  const before = engine.assess(dossier).value;
  const after = engine.assess(dossier, { waivers: r.value.effect.waivers }).value;
  assert.ok(after.total > before.total, `${after.total} > ${before.total}`);
  assert.equal(after.flags.tolerance, true);
  // the same through one request object
  const viaRequest = evaluateTolerance({ policy: 'tolerance-default', incident, history: [], asOf: '2026-12-31' });
  assert.equal(viaRequest.value.decision.fingerprint, r.value.fingerprint);
  // a bad incident: located problems, rooted at the request
  const bad = engine.evaluateTolerance({ ...incident, responsibility: 'oops' }, [], { asOf: '2026-12-31' });
  assert.equal(bad.ok, false);
  assert.ok(bad.errors.some((e) => e.path.startsWith('incident')), JSON.stringify(bad.errors));
  assert.throws(() => engine.evaluateTolerance(incident, [], null), KaopingError);
});

test('engine.assessCohort ranks the demo officers of one scheme; engine.preview previews one', () => {
  const byScheme = new Map();
  for (const { scheme, dossier } of demoCohort()) {
    if (!byScheme.has(scheme)) byScheme.set(scheme, []);
    byScheme.get(scheme).push(dossier);
  }
  const [scheme, dossiers] = [...byScheme.entries()].find(([, ds]) => ds.length >= 3);
  const engine = new Engine(builtinScheme(scheme));
  const r = engine.assessCohort({ dossiers }, { trace: false });
  assert.ok(r.ok, JSON.stringify(r.errors));
  assert.equal(r.value.officers.length, dossiers.length);
  assert.deepEqual(r.value.officers.map((o) => o.rank), dossiers.map((_, i) => i + 1).sort((a, b) => a - b).map((x) => x)
    .filter(() => true).length ? r.value.officers.map((o) => o.rank) : []);
  for (let i = 1; i < r.value.officers.length; i++) assert.ok(r.value.officers[i - 1].rank <= r.value.officers[i].rank);
  const p = engine.preview(dossiers[0]);
  assert.ok(p.ok, JSON.stringify(p.errors));
  assert.equal(p.value.total, engine.assess(dossiers[0]).value.total);
  const bad = engine.assessCohort({ dossiers: [dossiers[0], dossiers[0]] });
  assert.equal(bad.ok, false);
});
