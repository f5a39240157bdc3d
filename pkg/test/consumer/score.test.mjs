// engine.score(dossier) — the single call's fast path — against the score derived from
// engine.assess(dossier) on the same dossier: the shared assess fixtures, and seeded random
// dossiers (plain and hostile) for every built-in scheme and the benchmark task. Every answer —
// values, errors, warnings — must be identical, and the fast path must carry most plain ones.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine, builtinScheme, builtinSchemeIds } from 'kaoping';
import { rng } from './random.mjs';

const fixtures = process.env.KAOPING_FIXTURES;

/** What `score` must answer: the summary of `assess` without explanation or fingerprint. */
function derived(a) {
  if (!a.ok) return { ok: false, errors: a.errors, warnings: a.warnings };
  const v = a.value;
  const value = { officer: v.officer.id, total: v.total, grade: v.grade ?? null, scoreGrade: v.scoreGrade, flags: v.flags };
  return { ok: true, value, errors: a.errors, warnings: a.warnings };
}

// Counts the calls the fast path answered.
let fast = 0;
const scoreFlat = Engine.prototype.__scoreFlat;
Engine.prototype.__scoreFlat = function () {
  const r = scoreFlat.call(this);
  if (r) fast++;
  return r;
};

function check(engine, dossier, what) {
  const want = derived(engine.assess(dossier, { trace: false, fingerprint: false }));
  assert.deepStrictEqual(engine.score(dossier), want, what);
  return want.ok;
}

class Box { constructor(v) { Object.assign(this, v); } }

/** A random dossier: mostly plain and valid; sometimes invalid data, sometimes not of the plain shape. */
function dossierFor(scheme, r, n) {
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = (a) => a[int(0, a.length - 1)];
  const odd = () => r() < 0.01;
  const inputs = {};
  for (const def of scheme.inputs) {
    if (r() < 0.02) continue;
    if (odd()) inputs[def.key] = pick([NaN, Infinity, -0, '12', null, undefined, 1e13, 0.1234567, 1e9 + 0.5, -1, 2.5, 100.000001]);
    else if (def.kind === 'count') inputs[def.key] = int(0, 400);
    else if (def.kind === 'percent') inputs[def.key] = int(0, 10000) / 100;
    else inputs[def.key] = int(-50000, 400000) / 1000;
  }
  if (odd()) inputs.noSuchInput = 1;
  const items = [...(scheme.bonuses?.items ?? []), ...(scheme.deductions?.items ?? []), ...(scheme.vetoes ?? [])].map((i) => i.id);
  const year = scheme.period.start.slice(0, 4);
  const occurrences = [];
  for (let i = 0, k = items.length ? int(0, 6) : 0; i < k; i++) {
    const o = {
      id: odd() ? pick(['o0', 'bad id', 'é1', '']) : `occ-${i}`,
      item: odd() ? 'ZZZ' : pick(items),
      date: odd() ? pick([`${year}-02-30`, `${year}-1-5`, `+${year.slice(1)}-01-01`, 20260101]) : `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
    };
    if (r() < 0.5) o.count = odd() ? pick([0, 100001, 2.5, -1, '2', NaN]) : int(1, 4);
    if (r() < 0.3) o.ref = odd() ? pick(['\ud800', 'x'.repeat(2001), 7]) : `（${year}）随机${n}-${i}号`;
    if (odd()) o.note = pick(['备注', 'x'.repeat(1999) + '😀']);
    if (odd()) o.extra = true;
    occurrences.push(o);
  }
  const officer = { id: odd() ? pick(['bad id', '', 'x'.repeat(65), 'J-é', 5]) : `R-${n}`, name: odd() ? pick(['长'.repeat(2001), 'a\udc00', null]) : `随机${n}` };
  if (r() < 0.3) officer.unit = odd() ? 'x'.repeat(70000) : '测试庭';
  const dossier = { officer, inputs };
  if (occurrences.length || r() < 0.5) dossier.occurrences = occurrences;
  if (r() < 0.6) {
    const cr = {};
    for (const k of ['excellent', 'pass', 'flawed', 'error']) if (r() < 0.85) cr[k] = odd() ? pick([100001, 1.5, -1]) : int(0, 12);
    dossier.caseReview = cr;
  }
  if (r() < 0.1) dossier.period = '2026年度';
  if (r() < 0.05) dossier.synthetic = r() < 0.5;
  if (odd()) dossier.scheme = { id: scheme.id, version: odd() ? 'other' : scheme.version };
  if (odd()) dossier.extra = 1;
  if (odd()) return new Box(dossier);
  if (odd()) return JSON.stringify(dossier);
  return dossier;
}

test('score equals the summary of assess on the shared assess fixtures', { skip: !fixtures && 'KAOPING_FIXTURES not set' }, () => {
  const dir = join(fixtures, 'assess');
  let n = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const { input } = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (input.waivers !== undefined || (input.dossier === undefined && input.dossierText === undefined)) continue;
    let engine;
    try {
      engine = new Engine(typeof input.scheme === 'string' ? builtinScheme(input.scheme) : input.scheme ?? input.schemeText);
    } catch {
      continue; // an invalid scheme: nothing to score
    }
    check(engine, input.dossier ?? input.dossierText, file);
    n++;
  }
  assert.ok(n > 40, `${n} fixtures scored`);
});

test('score equals the summary of assess on random dossiers, plain and hostile', () => {
  const schemes = builtinSchemeIds().map((id) => [id, builtinScheme(id)]);
  const task = fixtures && join(fixtures, '..', '..', 'bench', 'task-scheme.json');
  if (task && existsSync(task)) schemes.push(['bench task', JSON.parse(readFileSync(task, 'utf8'))]);
  const perScheme = new Map(schemes.map(([id]) => [id, 300]));
  if (fixtures) {
    // the assess fixtures' own schemes, fewer dossiers each
    const dir = join(fixtures, 'assess');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const { scheme } = JSON.parse(readFileSync(join(dir, file), 'utf8')).input;
      if (scheme && typeof scheme === 'object' && Array.isArray(scheme.inputs) && scheme.period) {
        schemes.push([file, scheme]);
        perScheme.set(file, 40);
      }
    }
  }
  let seed = 7;
  let total = 0;
  let ok = 0;
  fast = 0;
  for (const [id, scheme] of schemes) {
    let engine;
    try {
      engine = new Engine(scheme);
    } catch {
      continue; // a fixture's invalid scheme
    }
    const r = rng(seed++);
    for (let n = 0; n < perScheme.get(id); n++) {
      if (check(engine, dossierFor(scheme, r, n), `${id} #${n}`)) ok++;
      total++;
    }
    // the engine still scores after every hostile input
    engine.free();
    assert.throws(() => engine.score({ officer: { id: 'a', name: 'b' } }));
  }
  console.log(`# score = assess on ${total} random dossiers: ${ok} scored (${fast} by the fast path), ${total - ok} refused`);
  assert.ok(ok > total / 2 && ok < total, `${ok} of ${total} scored`);
  assert.ok(fast > ok / 3, `only ${fast} of ${ok} by the fast path`);
});
