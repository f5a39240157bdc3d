// The Node benchmark: the same seeded task through every engine, every result checked against
// the hand-written reference, then throughput and latency measured in the same run.
//
//   node run.mjs [--smoke] [--out results.json]
//
// --smoke: few cases and short timings (make test); it fails only when an engine does not run or
// disagrees with the reference, never because the machine is slow.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generate, reference, SCHEME } from './task.js';
import { referenceEngine, jsonLogicEngine, jsonRulesEngine, zenEngine } from './engines.js';
import { instantiation, kaopingEngines } from './kaoping.js';
import { sessionBench } from './session.js';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : null;

const SEED = 20261126;
const N = smoke ? 400 : 10_000; // distinct seeded cases, all checked for every engine
const SECONDS = smoke ? 0.15 : 2; // throughput time per engine
const COHORT = smoke ? 2_000 : 100_000;

const cases = generate(SEED, N);
const expected = cases.map(reference);

const log = (...a) => console.error(...a);

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** Checks every case; returns the number of mismatches (and logs the first few). */
async function verify(engine) {
  let bad = 0;
  const check = (i, r) => {
    const e = expected[i];
    if (!r || r.total100 !== e.total100 || r.grade !== e.grade) {
      if (bad < 3) log(`  MISMATCH ${engine.id} case ${i}: got ${JSON.stringify(r)} want ${JSON.stringify(e)}`);
      bad++;
    }
  };
  if (engine.kind === 'batch') {
    const rs = engine.all();
    for (let i = 0; i < N; i++) check(i, rs[i]);
  } else if (engine.kind === 'async') {
    for (let i = 0; i < N; i++) check(i, await engine.one(i));
  } else {
    for (let i = 0; i < N; i++) check(i, engine.one(i));
  }
  return bad;
}

/** Evaluations per second over a loop of at least SECONDS, and per-call latency percentiles. */
async function measure(engine) {
  // warm-up
  if (engine.kind === 'batch') engine.run();
  else for (let i = 0; i < Math.min(N, 2000); i++) await engine.one(i);

  let evals = 0;
  const t0 = performance.now();
  let t = t0;
  const lat = [];
  if (engine.kind === 'batch') {
    // latency of one whole batch call; throughput in evaluations
    while (t - t0 < SECONDS * 1000 || lat.length < 3) {
      const s = performance.now();
      engine.run();
      t = performance.now();
      lat.push(t - s);
      evals += N;
    }
    lat.sort((a, b) => a - b);
    return { evalsPerSec: evals / ((t - t0) / 1000), p50us: percentile(lat, 50) * 1000, p99us: percentile(lat, 99) * 1000, batch: N };
  }
  // throughput: an untimed-per-call loop
  if (engine.kind === 'async') {
    while (t - t0 < SECONDS * 1000) {
      for (let i = 0; i < N && i < 1000; i++) await engine.one((evals + i) % N);
      evals += Math.min(N, 1000);
      t = performance.now();
    }
  } else {
    while (t - t0 < SECONDS * 1000) {
      for (let i = 0; i < 1000; i++) engine.one((evals + i) % N);
      evals += 1000;
      t = performance.now();
    }
  }
  const evalsPerSec = evals / ((t - t0) / 1000);
  // latency: each call timed on its own, over every case once
  const m = Math.min(N, engine.kind === 'async' ? 5000 : N);
  for (let i = 0; i < m; i++) {
    const s = process.hrtime.bigint();
    if (engine.kind === 'async') await engine.one(i);
    else engine.one(i);
    lat.push(Number(process.hrtime.bigint() - s) / 1000);
  }
  lat.sort((a, b) => a - b);
  return { evalsPerSec, p50us: percentile(lat, 50), p99us: percentile(lat, 99) };
}

const engines = [];
const kaoping = await kaopingEngines({ cases, cohortSize: COHORT, seed: SEED });
engines.push(...kaoping.engines);
engines.push(referenceEngine(), jsonLogicEngine(), jsonRulesEngine(), zenEngine());

const results = [];
let failures = 0;
for (const engine of engines) {
  engine.prepare(cases);
  log(`${engine.name}: checking ${N} cases…`);
  let mismatches;
  try {
    mismatches = await verify(engine);
  } catch (e) {
    log(`  ERROR ${engine.id}: ${e?.stack ?? e}`);
    failures++;
    results.push({ id: engine.id, name: engine.name, kind: engine.kind, note: engine.note, error: String(e) });
    continue;
  }
  if (mismatches > 0) failures++;
  const m = await measure(engine);
  log(`  ${Math.round(m.evalsPerSec).toLocaleString('en')} evals/s, p50 ${m.p50us.toFixed(2)} µs, p99 ${m.p99us.toFixed(2)} µs`);
  results.push({ id: engine.id, name: engine.name, kind: engine.kind, note: engine.note, checked: N, mismatches, ...m });
  engine.dispose?.();
}

let cohort = null;
if (kaoping.cohort) {
  log(`kaoping cohort of ${COHORT.toLocaleString('en')} officers in wasm…`);
  try {
    cohort = kaoping.cohort();
    log(`  ${cohort.ms.toFixed(0)} ms (${cohort.note})`);
  } catch (e) {
    log(`  ERROR cohort: ${e?.stack ?? e}`);
    cohort = { error: String(e) };
    failures++;
  }
}

let session = null;
if (kaoping.package) {
  const SESSION_EVENTS = smoke ? 20 : Number(process.env.KAOPING_SESSION_EVENTS ?? 200);
  log(`kaoping session of ${COHORT.toLocaleString('en')} officers, ${SESSION_EVENTS} events…`);
  try {
    session = sessionBench(kaoping.package, { size: COHORT, events: SESSION_EVENTS, seed: SEED });
    if (session) {
      log(`  load ${session.loadMs.toFixed(0)} ms; event→diff p50 ${session.eventP50us.toFixed(1)} µs, p99 ${session.eventP99us.toFixed(1)} µs; full recompute ${session.fullMs.toFixed(0)} ms`);
    }
  } catch (e) {
    log(`  ERROR session: ${e?.stack ?? e}`);
    session = { error: String(e) };
    failures++;
  }
}

let instantiated = null;
try {
  instantiated = instantiation(smoke ? 3 : 7);
  if (instantiated) log(`kaoping instantiation (initSync from bytes, fresh processes): median ${instantiated.medianMs.toFixed(2)} ms`);
} catch (e) {
  log(`  ERROR instantiation: ${e?.stack ?? e}`);
  failures++;
}

const report = {
  date: new Date().toISOString(),
  node: process.version,
  smoke,
  seed: SEED,
  cases: N,
  task: { scheme: `${SCHEME.id}@${SCHEME.version}`, indicators: 12, dimensions: 3, listItems: 8 },
  versions: kaoping.versions,
  missing: kaoping.missing,
  engines: results,
  cohort,
  session,
  instantiation: instantiated,
  sizes: kaoping.sizes,
};
if (out) writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
for (const r of results) {
  const status = r.error ? 'ERROR' : r.mismatches ? `${r.mismatches} MISMATCHES` : 'all agree';
  console.log(`${r.name.padEnd(34)} ${status}`);
}
if (kaoping.missing) console.log(`kaoping package: ${kaoping.missing}`);
if (failures > 0) {
  console.log(`bench: ${failures} engine(s) failed`);
  process.exit(1);
}
