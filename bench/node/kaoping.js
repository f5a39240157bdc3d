// kaoping through its npm package (pkg/, built by `make pkg`): single call, explained call, the
// batch form, and a cohort. Until the package exists the benchmark reports it as missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { SCHEME, TASK, generate, reference, toDossier, toHundredths } from './task.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// KAOPING_ROOT: measure the package of another checkout (its pkg/ and web/dist/)
const root = process.env.KAOPING_ROOT ?? path.join(here, '..', '..');
const require = createRequire(import.meta.url);

const version = (name) => {
  try {
    return JSON.parse(readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};

/** Raw and gzipped size of a file, or null. */
function size(file) {
  if (!file || !existsSync(file)) return null;
  const bytes = readFileSync(file);
  return { file: path.relative(root, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The first `.wasm` under a directory (depth-first, sorted), or null. */
function findWasm(dir) {
  if (!existsSync(dir)) return null;
  const { readdirSync, statSync } = require('node:fs');
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules') continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      const found = findWasm(p);
      if (found) return found;
    } else if (name.endsWith('.wasm')) return p;
  }
  return null;
}

/**
 * Instantiation of the shipped .wasm in fresh Node processes (V8 caches compiled modules within a
 * process): `initSync` from the bytes (compile + instantiate), median of `runs` processes.
 */
export function instantiation(runs = 7) {
  const web = path.join(root, 'pkg', 'web.js');
  const wasm = path.join(root, 'pkg', 'dist', 'web', 'kaoping_wasm_bg.wasm');
  if (!existsSync(web) || !existsSync(wasm)) return null;
  const script = `
    import { readFileSync } from 'node:fs';
    const { initSync, version } = await import(${JSON.stringify(web)});
    const bytes = readFileSync(${JSON.stringify(wasm)});
    const t0 = performance.now();
    initSync(bytes);
    const ms = performance.now() - t0;
    version();
    console.log(JSON.stringify(ms));`;
  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], samples };
}

export async function kaopingEngines({ cases, cohortSize, seed }) {
  const versions = {
    node: process.version,
    'json-logic-js': version('json-logic-js'),
    'json-rules-engine': version('json-rules-engine'),
    '@gorules/zen-engine': version('@gorules/zen-engine'),
    kaoping: null,
  };
  const sizes = { package: size(findWasm(path.join(root, 'pkg'))), web: size(findWasm(path.join(root, 'web', 'dist'))) };
  const pkgJson = path.join(root, 'pkg', 'package.json');
  if (!existsSync(pkgJson)) {
    return { engines: [], versions, sizes, missing: 'not built: pkg/package.json is absent (make pkg)' };
  }
  versions.kaoping = JSON.parse(readFileSync(pkgJson, 'utf8')).version;
  let kaoping;
  try {
    kaoping = require(path.join(root, 'pkg'));
    if (typeof kaoping.init === 'function' && !kaoping.Engine) await kaoping.init();
  } catch (e) {
    return { engines: [], versions, sizes, missing: `pkg/ does not load in Node: ${String(e).split('\n')[0]} (make pkg)` };
  }
  const { Engine } = kaoping;
  const engine = new Engine(SCHEME);
  const dossiers = cases.map(toDossier);
  const gradeOf = (a) => (a.grade ? a.grade.id : null);
  const fromOutcome = (o) => {
    if (!o.ok) throw new Error(`kaoping: ${JSON.stringify(o.errors).slice(0, 300)}`);
    return { total100: toHundredths(o.value.total), grade: gradeOf(o.value) };
  };
  const single = (name, id, trace, note) => ({
    name,
    id,
    kind: 'sync',
    note,
    prepare() {},
    one(i) {
      return fromOutcome(engine.assess(dossiers[i], { trace, fingerprint: false }));
    },
  });
  // The single call: engine.score (object in, Score out) where the package has it.
  const scored = typeof engine.score === 'function';
  const engines = [
    scored
      ? {
          name: 'kaoping (wasm, single call: score)',
          id: 'kaoping',
          kind: 'sync',
          note: 'engine.score(dossier): object in, Score out ({ officer, total, grade, scoreGrade, flags }; no breakdown, no explanation)',
          prepare() {},
          one(i) {
            return fromOutcome(engine.score(dossiers[i]));
          },
        }
      : single('kaoping (wasm, single call)', 'kaoping', false, 'engine.assess(dossier, { trace: false, fingerprint: false }): object in, result object out'),
    ...(scored
      ? [single('kaoping (wasm, full assessment)', 'kaoping-assess', false, 'engine.assess(dossier, { trace: false, fingerprint: false }): object in, the whole Assessment out (every dimension, indicator, item)')]
      : []),
    single('kaoping (wasm, with explanation)', 'kaoping-explained', true, 'engine.assess with trace: true (explanation lines in Chinese)'),
  ];

  // The batch form: one call for all cases, inputs as Float64Array columns.
  let columns = null;
  if (typeof engine.assessColumns === 'function') {
    // count columns where the package has them (assessCohortColumns came with them)
    const counts = typeof engine.assessCohortColumns === 'function';
    columns = toColumns(cases, counts);
    if (!counts) try {
      engine.assessColumns({ ...columns, officers: columns.officers.slice(0, 0), inputs: sliceInputs(columns.inputs, 0), occurrences: [] });
      engine.assessColumns(columns);
    } catch (e) {
      // an earlier form of the package nests each occurrence: { row, occurrence: { … } }
      if (e?.code !== 'E_UNKNOWN_FIELD') throw e;
      columns.occurrences = columns.occurrences.map(({ row, ...occurrence }) => ({ row, occurrence }));
    }
    engines.push({
      name: 'kaoping (wasm, batch/columnar)',
      id: 'kaoping-batch',
      kind: 'batch',
      note: `engine.assessColumns({ officers, inputs: Float64Array columns, ${columns.counts ? 'counts: Uint32Array columns' : 'occurrences'} }) over ${cases.length.toLocaleString('en')} rows per call`,
      prepare() {},
      run() {
        return engine.assessColumns(columns);
      },
      all() {
        const r = engine.assessColumns(columns);
        const ids = r.gradeIds;
        const out = new Array(cases.length);
        for (let i = 0; i < cases.length; i++) {
          out[i] = r.ok[i] ? { total100: toHundredths(r.totals[i]), grade: r.grades[i] >= 0 ? ids[r.grades[i]] : null } : null;
        }
        return out;
      },
    });
  }

  // A cohort assessed and ranked inside wasm: the columnar form (assessCohortColumns) when the
  // package has it, and the object form (assessCohort) next to it.
  let cohort = null;
  const objectCohort = typeof engine.assessCohort === 'function' ? (gen) => {
      const input = { dossiers: gen.map(toDossier) };
      const options = { trace: false, fingerprint: false, details: false };
      const t0 = performance.now();
      const r = engine.assessCohort(input, options);
      const ms = performance.now() - t0;
      if (r && r.ok === false) throw new Error(`kaoping cohort: ${JSON.stringify(r.errors).slice(0, 300)}`);
      const result = r && r.value ? r.value : r;
      const entries = result?.entries ?? result?.officers ?? [];
      if (entries.length !== cohortSize) throw new Error(`kaoping cohort: ${entries.length} entries for ${cohortSize} officers`);
      // the ranked table must agree with the reference totals
      const want = new Map(gen.map((f, k) => [toDossier(f, k).officer.id, reference(f).total100]));
      let bad = 0;
      for (const e of entries) {
        const id = e.officer?.id ?? e.officerId ?? e.id;
        const total = e.total ?? e.assessment?.total;
        if (toHundredths(total) !== want.get(id)) bad++;
      }
      if (bad) throw new Error(`kaoping cohort: ${bad} totals differ from the reference`);
      return { size: cohortSize, ms, note: 'engine.assessCohort({ dossiers }): one object per officer in, the ranked table out as objects; assessed, ranked, quota applied; conversion included' };
    } : null;
  if (typeof engine.assessCohortColumns === 'function') {
    cohort = () => {
      const gen = generateCohort(seed + 1, cohortSize);
      const t0 = performance.now();
      const cols = toColumns(gen, true);
      const prepMs = performance.now() - t0;
      const t1 = performance.now();
      const r = engine.assessCohortColumns(cols, { lang: 'zh' });
      const ms = performance.now() - t1;
      if (!r.ok) throw new Error(`kaoping cohort: ${JSON.stringify(r.errors).slice(0, 300)}`);
      const v = r.value;
      if (v.totals.length !== cohortSize || v.order.length !== cohortSize) throw new Error('kaoping cohort: wrong length');
      // totals agree with the reference; ranks follow the totals; the quota holds
      let bad = 0;
      for (let i = 0; i < cohortSize; i++) if (toHundredths(v.totals[i]) !== reference(gen[i]).total100) bad++;
      for (let k = 1; k < cohortSize; k++) if (v.totals[v.order[k]] > v.totals[v.order[k - 1]] || v.ranks[v.order[k]] !== k + 1) bad++;
      const top = v.grades.reduce((n, g) => n + (g === 0 ? 1 : 0), 0);
      if (top > Math.floor(cohortSize * 0.2)) bad++;
      if (bad) throw new Error(`kaoping cohort: ${bad} rows differ from the reference`);
      const result = {
        size: cohortSize,
        ms,
        note: `engine.assessCohortColumns(columns): Float64Array inputs + Uint32Array counts in, typed arrays out (totals, ranks, grades…); assessed, ranked, quota applied; building the columns in JS took ${prepMs.toFixed(0)} ms more`,
      };
      if (objectCohort) {
        try {
          result.objectForm = objectCohort(gen);
        } catch (e) {
          result.objectForm = { error: String(e) };
        }
      }
      return result;
    };
  } else if (objectCohort) {
    cohort = () => objectCohort(generateCohort(seed + 1, cohortSize));
  }
  return { engines, versions, sizes, missing: null, cohort, package: kaoping };
}

/** The cases as columns for the batch form: Float64Array inputs and, when the package takes
 * them, Uint32Array occurrence counts per item (else sparse occurrence objects). */
export function toColumns(cases, counts) {
  const officers = cases.map((_, k) => `B-${String(k).padStart(6, '0')}`);
  const inputs = {};
  for (const ind of TASK.indicators) inputs[ind.key] = Float64Array.from(cases, (f) => f[ind.key]);
  if (counts) {
    const c = {};
    for (const it of TASK.items) c[it.id] = Uint32Array.from(cases, (f) => f[it.id]);
    return { officers, inputs, counts: c };
  }
  const occurrences = [];
  cases.forEach((f, row) => {
    for (const it of TASK.items) {
      if (f[it.id] > 0) occurrences.push({ row, id: `o${it.id}`, item: it.id, date: '2026-06-30', count: f[it.id] });
    }
  });
  return { officers, inputs, occurrences };
}

function sliceInputs(inputs, n) {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.slice(0, n)]));
}

function generateCohort(seed, n) {
  return generate(seed, n);
}
