// Hostile input never traps the wasm instance: every call answers with problems or throws a
// KaopingError, and the same Engine still assesses correctly afterwards.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Engine, KaopingError, builtinScheme, demoCohort, validateScheme } from 'kaoping';

const { scheme, dossier } = demoCohort()[0];
const engine = new Engine(builtinScheme(scheme));
const reference = engine.assess(dossier).value;

const deep = (depth) => {
  let v = {};
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};
const cyclic = () => { const o = { officer: { id: 'x', name: 'y' } }; o.self = o; return o; };
const nullEverywhere = (v) => (v !== null && typeof v === 'object'
  ? (Array.isArray(v) ? v.map(() => null) : Object.fromEntries(Object.keys(v).map((k) => [k, null])))
  : null);
const big = 'x'.repeat(10 * 1024 * 1024);

const hostileDossiers = [
  42, 'not json', '', null, undefined, true, [], [dossier], () => dossier, Symbol('s'), 10n,
  {},
  { ...dossier, inputs: { ...dossier.inputs, an: NaN } },
  { ...dossier, inputs: { ...dossier.inputs, an: Infinity } },
  { ...dossier, inputs: { ...dossier.inputs, an: 1e308 } },
  { ...dossier, inputs: { ...dossier.inputs, an: -1e308 } },
  { ...dossier, inputs: { ...dossier.inputs, an: 5e-324 } },
  { ...dossier, inputs: { ...dossier.inputs, an: 10n } },
  { ...dossier, inputs: { ...dossier.inputs, an: deep(5000) } },
  { ...dossier, officer: deep(100000) },
  deep(100000),
  cyclic(),
  { ...dossier, officer: { id: big, name: big } },
  { ...dossier, period: big },
  big,
  nullEverywhere(dossier),
  { ...dossier, occurrences: nullEverywhere(dossier.occurrences) },
  { ...dossier, occurrences: Array.from({ length: 5000 }, (_, i) => ({ id: `o${i}`, item: 'N03', date: '2026-02-30', count: 1e9 })) },
  { ...dossier, inputs: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i])) },
  { ...dossier, caseReview: { excellent: -1, pass: 1.5, flawed: 2 ** 40, error: '3' } },
  { ...dossier, officer: { id: '\u0000\ud800', name: '🙂'.repeat(3000) } },
  Object.create(null),
  new Date(),
  new Map([['officer', 1]]),
  new Float64Array(4),
];

test('hostile dossiers give problems or KaopingError, never a trap', () => {
  let answered = 0;
  let thrown = 0;
  for (const [i, bad] of hostileDossiers.entries()) {
    try {
      const r = engine.assess(bad);
      // an answer: a value, or located problems with stable codes
      if (r.ok) assert.equal(typeof r.value.total, 'number', `case ${i}`);
      else assert.ok(r.errors.length > 0 && r.errors.every((p) => /^E_[A-Z_]+$/.test(p.code)), `case ${i}`);
      answered += 1;
    } catch (e) {
      assert.ok(e instanceof KaopingError, `case ${i}: ${e?.constructor?.name}: ${e?.message}`);
      assert.match(e.code, /^E_[A-Z_]+$/);
      thrown += 1;
    }
  }
  assert.equal(answered + thrown, hostileDossiers.length);
  assert.ok(answered > 10 && thrown > 5, `${answered} answered, ${thrown} thrown`);
});

test('NaN, infinities and huge numbers are located problems with their own codes', () => {
  const codeOf = (an) => engine.assess({ ...dossier, inputs: { ...dossier.inputs, an } }).errors.map((e) => [e.code, e.path]);
  assert.deepEqual(codeOf(1e308), [['E_NUMBER_RANGE', 'inputs.an']]);
  assert.deepEqual(codeOf(-1e13), [['E_NUMBER_RANGE', 'inputs.an']]);
  // JSON has no NaN: it arrives as null, a type problem at the same path
  assert.deepEqual(codeOf(NaN), [['E_TYPE', 'inputs.an']]);
});

test('hostile schemes never trap', () => {
  for (const bad of [null, 1, [], deep(100000), cyclic(), big, { ...builtinScheme('court-judge'), dimensions: deep(3000) }]) {
    try {
      const r = validateScheme(bad);
      assert.equal(r.ok, false);
    } catch (e) {
      assert.ok(e instanceof KaopingError, String(e));
    }
    assert.throws(() => new Engine(bad), KaopingError);
  }
});

test('hostile batches never trap', () => {
  const cases = [
    null, {}, { officers: 'x' }, { officers: [1] }, { officers: ['a'], inputs: { an: 'x' } },
    { officers: ['a'], inputs: { an: new Float64Array([NaN]) } },
    { officers: ['a'], inputs: { an: new Float64Array([1e300]) } },
    { officers: ['a'], inputs: {}, caseReview: { excellent: [1] } },
    { officers: ['a'], inputs: {}, occurrences: [{ row: 5 }] },
    { officers: ['a'], inputs: {}, occurrences: deep(5000) },
  ];
  for (const bad of cases) {
    try {
      const out = engine.assessColumns(bad);
      assert.ok(out.problems.length > 0);
    } catch (e) {
      assert.ok(e instanceof KaopingError, String(e));
    }
  }
});

test('after all that, the same Engine still assesses correctly', () => {
  const again = engine.assess(dossier).value;
  assert.deepEqual(again, reference);
  assert.ok(new Engine(builtinScheme(scheme)).assess(dossier).ok);
});
