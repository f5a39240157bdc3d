// native = wasm: seeded random dossiers for every built-in scheme go through the installed
// package and through the native core (examples/assess_lines.rs, the same call natively); every
// answer — totals, explanation texts, problems, fingerprints — must be identical.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { Engine, builtinScheme, builtinSchemeIds } from 'kaoping';
import { rng } from './random.mjs';

const native = process.env.KAOPING_NATIVE;
const CASES_PER_SCHEME = 150;

function dossierFor(scheme, r, n) {
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const inputs = {};
  for (const def of scheme.inputs) {
    if (r() < 0.02) continue; // sometimes missing: the error path must agree too
    if (def.kind === 'count') inputs[def.key] = r() < 0.05 ? 0 : r() < 0.01 ? -1 : int(0, 400);
    else if (def.kind === 'percent') inputs[def.key] = int(0, 10000) / 100;
    else inputs[def.key] = int(0, 400000) / 1000;
  }
  const items = [
    ...(scheme.bonuses?.items ?? []), ...(scheme.deductions?.items ?? []), ...(scheme.vetoes ?? []),
  ].map((i) => i.id);
  const year = scheme.period.start.slice(0, 4);
  const occurrences = [];
  const k = int(0, 5);
  for (let i = 0; i < k && items.length; i++) {
    const month = String(int(1, 12)).padStart(2, '0');
    const day = String(int(1, 28)).padStart(2, '0');
    occurrences.push({
      id: `occ-${i}`, item: items[int(0, items.length - 1)], date: `${year}-${month}-${day}`, count: int(1, 3),
      ref: `（${year}）随机${n}-${i}号`,
    });
  }
  const dossier = { officer: { id: `R-${n}`, name: `随机${n}`, unit: '测试庭' }, inputs, occurrences };
  if (r() < 0.7) dossier.caseReview = { excellent: int(0, 4), pass: int(0, 20), flawed: int(0, 3), error: int(0, 1) };
  return dossier;
}

test('native and wasm give identical answers on random dossiers', { skip: !native && 'KAOPING_NATIVE not set' }, () => {
  const cases = [];
  let seed = 20261126;
  for (const id of builtinSchemeIds()) {
    const scheme = builtinScheme(id);
    const r = rng(seed++);
    for (let n = 0; n < CASES_PER_SCHEME; n++) {
      const options = { trace: true, fingerprint: true, lang: n % 2 ? 'en' : 'zh' };
      cases.push({ scheme: id, dossier: dossierFor(scheme, r, n), options });
    }
  }
  const run = spawnSync(native, [], { input: cases.map((c) => JSON.stringify(c)).join('\n') + '\n', maxBuffer: 1 << 28 });
  assert.equal(run.status, 0, String(run.stderr));
  const answers = String(run.stdout).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(answers.length, cases.length);
  const engines = new Map();
  let ok = 0;
  for (const [i, c] of cases.entries()) {
    if (!engines.has(c.scheme)) engines.set(c.scheme, new Engine(builtinScheme(c.scheme)));
    const wasm = engines.get(c.scheme).assess(c.dossier, c.options);
    assert.deepStrictEqual(wasm, answers[i], `case ${i} (${c.scheme}) differs`);
    if (wasm.ok) ok++;
  }
  // Both paths are exercised: most cases assess, some fail validation.
  assert.ok(ok > cases.length / 2 && ok < cases.length, `${ok} of ${cases.length} assessed`);
  console.log(`# native = wasm on ${cases.length} random dossiers (${ok} assessed, ${cases.length - ok} refused)`);
});
