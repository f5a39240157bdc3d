// Builds the one benchmark report from the Node results (bench/node/run.mjs --out) and the
// criterion estimates (target/criterion), prints it with a pass/fail mark per target, writes
// bench/report/report.md, and with --readme rewrites the README's `## Benchmarks` table.
//
//   node bench/report.mjs --node bench/report/node.json [--criterion target/criterion] [--readme]
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const nodePath = opt('--node', path.join(here, 'report', 'node.json'));
const criterionDir = opt('--criterion', path.join(root, 'target', 'criterion'));
const readme = args.includes('--readme');

const node = JSON.parse(readFileSync(nodePath, 'utf8'));

// ---- criterion -----------------------------------------------------------------------------------
function criterion(dir) {
  const out = [];
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (!statSync(p).isDirectory()) continue;
      if (name === 'new') {
        const b = path.join(p, 'benchmark.json');
        const e = path.join(p, 'estimates.json');
        if (existsSync(b) && existsSync(e)) {
          const bench = JSON.parse(readFileSync(b, 'utf8'));
          const est = JSON.parse(readFileSync(e, 'utf8'));
          out.push({
            id: bench.full_id,
            meanNs: est.mean.point_estimate,
            medianNs: est.median.point_estimate,
            throughput: bench.throughput ?? null,
          });
        }
      } else if (name !== 'base' && name !== 'report' && name !== 'change') walk(p);
    }
  };
  walk(dir);
  return out;
}
// a smoke run measures no native figures: do not mix in older estimates
const native = node.smoke ? [] : criterion(criterionDir);

// ---- formatting ----------------------------------------------------------------------------------
const int = (n) => Math.round(n).toLocaleString('en');
const fmtTime = (ns) =>
  ns >= 1e9 ? `${(ns / 1e9).toFixed(2)} s` : ns >= 1e6 ? `${(ns / 1e6).toFixed(1)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;
const fmtUs = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(2)} µs`);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

const byId = Object.fromEntries(node.engines.map((e) => [e.id, e]));
const kSingle = byId['kaoping'];
const kExplained = byId['kaoping-explained'];
// the full assessment without explanation (the single call itself is `engine.score` where it exists)
const kAssess = byId['kaoping-assess'] ?? kSingle;
const kBatch = byId['kaoping-batch'];
const rate = (e) => (e && !e.error ? e.evalsPerSec : null);

function cpu() {
  const c = os.cpus();
  return `${c[0]?.model?.trim() ?? 'unknown CPU'}, ${c.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
}
function rustc() {
  try {
    return execSync('rustc -V', { encoding: 'utf8' }).trim();
  } catch {
    return 'rustc ?';
  }
}

// ---- targets -------------------------------------------------------------------------------------
const targets = [];
const target = (name, measured, ok, shown) =>
  targets.push({ name, mark: ok === null ? 'NOT MEASURED' : ok ? 'PASS' : 'FAIL', shown: measured === null ? '—' : shown });
{
  const s = rate(kSingle);
  target('single call (engine.score: object in, Score out) ≥ 250,000 evals/s (Node)', s, s === null ? null : s >= 250_000, s && `${int(s)}/s`);
  const jl = rate(byId['jsonlogic']);
  const r1 = s && jl ? s / jl : null;
  target('single call ≥ 10× json-logic-js', r1, r1 === null ? null : r1 >= 10, r1 && `${r1.toFixed(1)}×`);
  const zen = rate(byId['zen']);
  const r2 = s && zen ? s / zen : null;
  target('single call ≥ 20× ZEN (native graph)', r2, r2 === null ? null : r2 >= 20, r2 && `${r2.toFixed(1)}×`);
  const b = rate(kBatch);
  target('batch ≥ 1,000,000 evals/s', b, b === null ? null : b >= 1_000_000, b && `${int(b)}/s`);
  const js = rate(byId['js']);
  const r3 = b && js ? b / js : null;
  target('batch faster than the hand-written JS', r3, r3 === null ? null : r3 > 1, r3 && `${r3.toFixed(2)}× the JS`);
  const ex = rate(kExplained);
  const full = rate(kAssess);
  const r4 = full && ex ? full / ex : null;
  target('explanation on ≤ 3× the cost of off (Node, engine.assess)', r4, r4 === null ? null : r4 <= 3, r4 && `${r4.toFixed(2)}×`);
  const c = node.cohort && !node.cohort.error && !node.smoke ? node.cohort : null;
  target(
    '100,000-officer cohort assessed and ranked ≤ 1 s (wasm in Node)',
    c,
    c === null ? null : c.ms <= 1000,
    c && `${(c.ms / 1000).toFixed(2)} s`,
  );
  const c100k = native.find((b) => b.id === 'cohort/ranked+quota/100000');
  target(
    '100,000-officer cohort ≤ 1 s natively (criterion, release; issue 4)',
    c100k ?? null,
    c100k ? c100k.medianNs <= 1e9 : null,
    c100k && fmtTime(c100k.medianNs),
  );
  const pl = native.find((b) => b.id === 'assess/plain');
  const ex2 = native.find((b) => b.id === 'assess/explained');
  const r5 = pl && ex2 ? ex2.medianNs / pl.medianNs : null;
  target('explanation on ≤ 3× off natively (criterion)', r5, r5 === null ? null : r5 <= 3, r5 && `${r5.toFixed(2)}×`);
  const inst = node.instantiation && !node.smoke ? node.instantiation.medianMs : null;
  target(
    'instantiation in Node ≤ 20 ms (initSync from bytes, median of 7 fresh processes)',
    inst,
    inst === null ? null : inst <= 20,
    inst !== null && `${inst.toFixed(1)} ms`,
  );
  const ses = node.session && !node.session.error && !node.smoke ? node.session : null;
  target(
    'session: one event → diff on 100,000 officers, median ≤ 100 µs (Node)',
    ses && ses.eventP50us,
    ses ? ses.size >= 100_000 && ses.eventP50us <= 100 : null,
    ses && `${fmtUs(ses.eventP50us)} (${(ses.fullMs * 1000 / ses.eventP50us).toFixed(0)}× faster than the full recompute)`,
  );
  target(
    'session: loading 100,000 officers from JS objects ≤ 1.5 s (Node)',
    ses && ses.loadMs,
    ses ? ses.size >= 100_000 && ses.loadMs <= 1500 : null,
    ses && `${int(ses.loadMs)} ms (${(ses.loadMs / ses.fullMs).toFixed(1)}× the full recompute)`,
  );
  target(
    'session: loading 100,000 officers from columns ≤ 0.3 s (Node)',
    ses && ses.loadColumnsMs,
    ses && ses.loadColumnsMs != null ? ses.size >= 100_000 && ses.loadColumnsMs <= 300 : null,
    ses && ses.loadColumnsMs != null && `${int(ses.loadColumnsMs)} ms (${(ses.loadColumnsMs / ses.fullMs).toFixed(1)}× the full recompute)`,
  );
  // the session (issue 14): one event against the full recompute, both from the same criterion run
  const ev = native.find((b) => b.id === 'session/event→diff/100000');
  const fr = native.find((b) => b.id === 'session/full recompute/100000');
  target(
    'session: one event → diff at 100,000 officers ≤ 20 µs natively (criterion median)',
    ev ?? null,
    ev ? ev.medianNs <= 20_000 : null,
    ev && `${fmtTime(ev.medianNs)}${fr ? ` (full recompute ${fmtTime(fr.medianNs)}, ${int(fr.medianNs / ev.medianNs)}×)` : ''}`,
  );
  // early warnings (issue 16): over a 100,000-officer session, against the full recompute of the same run
  const wn = native.find((b) => b.id === 'warnings/session/100000');
  const wf = native.find((b) => b.id === 'warnings/full recompute/100000');
  target(
    'warnings: a 100,000-officer session ≤ 200 ms natively (criterion median)',
    wn ?? null,
    wn ? wn.medianNs <= 200e6 : null,
    wn && `${fmtTime(wn.medianNs)}${wf ? ` (full recompute ${fmtTime(wf.medianNs)})` : ''}`,
  );
  const rp = native.find((b) => b.id === 'session/replay/1000000 events into/10000');
  target('session: replay of 1,000,000 events into 10,000 officers ≤ 5 s natively', rp ?? null, rp ? rp.medianNs <= 5e9 : null, rp && fmtTime(rp.medianNs));
  const ld = native.find((b) => b.id === 'session/load/100000');
  target('session: load of 100,000 dossiers (one addOfficers event) ≤ 1.5 s natively', ld ?? null, ld ? ld.medianNs <= 1.5e9 : null, ld && fmtTime(ld.medianNs));
  // case records (issue 15): 2 million records with drill-down, against the same officers hand-counted
  const rec = native.find((b) => b.id === 'records/assess+drill/10000x200');
  const handCounted = native.find((b) => b.id === 'records/hand-counted/10000');
  target(
    'records: 10,000 officers × 200 records assessed with drill-down ≤ 1 s natively',
    rec ?? null,
    rec ? rec.medianNs <= 1e9 : null,
    rec && `${fmtTime(rec.medianNs)}${handCounted ? ` (the same officers hand-counted ${fmtTime(handCounted.medianNs)}, ${(rec.medianNs / handCounted.medianNs).toFixed(1)}×)` : ''}`,
  );
  const gz = node.sizes?.package?.gzip ?? null;
  target('package .wasm ≤ 200,000 B gzip -9', gz, gz === null ? null : gz <= 200_000, gz && kb(gz));
}

// ---- the report ----------------------------------------------------------------------------------
const lines = [];
const p = (s = '') => lines.push(s);
const v = node.versions ?? {};
p(`Run ${node.date.slice(0, 16).replace('T', ' ')} UTC${node.smoke ? ' (SMOKE run: few cases, short timings — not figures to quote)' : ''}`);
p(`Machine: ${cpu()}; ${os.type()} ${os.release()}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
p(
  `Versions: ${rustc()}; Node ${node.node}; kaoping ${v.kaoping ?? '(package not built)'}; json-logic-js ${v['json-logic-js']}; json-rules-engine ${v['json-rules-engine']}; @gorules/zen-engine ${v['@gorules/zen-engine']}`,
);
p(`Task: ${node.task.scheme} (bench/task-scheme.json): ${node.task.indicators} piecewise indicators in ${node.task.dimensions} weighted dimensions, ${node.task.listItems} capped list items, clamp, 4 grades; ${int(node.cases)} seeded cases (seed ${node.seed}), every result of every engine checked against the reference.`);
p();
p('| engine (Node) | evals/s | p50 | p99 | vs kaoping | checked |');
p('|---|---:|---:|---:|---:|---|');
const ks = rate(kSingle);
for (const e of node.engines) {
  if (e.error) {
    p(`| ${e.name} | error | | | | ${e.error.replace(/\|/g, '/')} |`);
    continue;
  }
  const lat = e.batch ? ` (batch of ${int(e.batch)})` : '';
  const ratio = ks ? `${(e.evalsPerSec / ks).toFixed(e.evalsPerSec / ks < 0.1 ? 3 : 2)}×` : '—';
  const checked = e.mismatches === 0 ? `${int(e.checked)} ✓` : `${e.mismatches} of ${int(e.checked)} differ`;
  p(`| ${e.name} | ${int(e.evalsPerSec)} | ${fmtUs(e.p50us)}${lat} | ${fmtUs(e.p99us)} | ${ratio} | ${checked} |`);
}
if (node.missing) p(`| kaoping | — | | | | ${node.missing} |`);
p();
if (node.cohort && !node.cohort.error) p(`kaoping cohort in wasm (Node): ${int(node.cohort.size)} officers assessed and ranked in ${int(node.cohort.ms)} ms (${node.cohort.note}).`);
const se = node.session;
if (se && !se.error) {
  p(`kaoping session (Node): ${int(se.size)} officers loaded in ${int(se.loadMs)} ms from objects, ${se.loadColumnsMs == null ? '—' : int(se.loadColumnsMs)} ms from columns; one event → diff p50 ${fmtUs(se.eventP50us)}, p99 ${fmtUs(se.eventP99us)} over ${int(se.events)} events; the full recompute of the same officers (assessCohortColumns) ${int(se.fullMs)} ms in the same run (${se.note}).`);
} else if (se?.error) p(`kaoping session (Node): error ${se.error}`);
const of = node.cohort?.objectForm;
if (of && !of.error) p(`The same cohort through the object form: ${int(of.ms)} ms (${of.note}).`);
if (of?.error) p(`The same cohort through the object form: error ${of.error}`);
const notes = node.engines.filter((e) => e.note);
if (notes.length) {
  p();
  p('How each engine expresses the task:');
  for (const e of notes) p(`- ${e.name}: ${e.note}`);
}
p();
if (node.smoke) {
  p('native core (criterion): in the smoke run each bench ran once as a test; figures come from `make bench`');
} else if (native.length) {
  p('| native core (criterion, release) | median | mean |');
  p('|---|---:|---:|');
  for (const b of native) p(`| ${b.id} | ${fmtTime(b.medianNs)} | ${fmtTime(b.meanNs)} |`);
} else p('native core (criterion): no estimates found under target/criterion');
p();
const sz = node.sizes ?? {};
p('| size | raw | gzip -9 |');
p('|---|---:|---:|');
p(sz.package ? `| package ${sz.package.file} | ${kb(sz.package.raw)} | ${kb(sz.package.gzip)} |` : '| package .wasm | not built | |');
p(sz.web ? `| web app ${sz.web.file} | ${kb(sz.web.raw)} | ${kb(sz.web.gzip)} |` : '| web app .wasm | not built | |');
p();
p('| target | measured | |');
p('|---|---:|---|');
for (const t of targets) p(`| ${t.name} | ${t.shown} | ${t.mark} |`);

const text = lines.join('\n') + '\n';
process.stdout.write('\n' + text);
mkdirSync(path.join(here, 'report'), { recursive: true });
writeFileSync(path.join(here, 'report', node.smoke ? 'smoke.md' : 'report.md'), text);

if (readme) {
  const file = path.join(root, 'README.md');
  const md = readFileSync(file, 'utf8');
  const begin = '<!-- bench:begin (generated by `make bench`; do not edit) -->';
  const end = '<!-- bench:end -->';
  const i = md.indexOf(begin);
  const j = md.indexOf(end);
  if (i < 0 || j < i) {
    console.error('README.md has no bench markers; not updated');
    process.exit(1);
  }
  writeFileSync(file, md.slice(0, i + begin.length) + '\n' + text + md.slice(j));
  console.error('README.md: benchmark table updated');
}
