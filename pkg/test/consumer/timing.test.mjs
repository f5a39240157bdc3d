// Instantiation in Node, each in a fresh process (V8 caches compiled modules within a process):
// compile + instantiate of the shipped .wasm from bytes, and a cold require. The test checks that
// both work and prints their times; the ≤ 20 ms target is judged by `make bench` (a timed
// assertion here would fail on a busy machine without anything being wrong).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const require = createRequire(import.meta.url);
const pkgDir = require.resolve('kaoping/package.json').replace(/package\.json$/, '');
const wasmPath = `${pkgDir}dist/web/kaoping_wasm_bg.wasm`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fresh = (script) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));

test('the package instantiates from bytes and by a cold require in fresh Node processes', () => {
  const initSync = [];
  const requireMs = [];
  for (let i = 0; i < 7; i++) {
    initSync.push(fresh(`
      import { readFileSync } from 'node:fs';
      const { initSync, version } = await import(${JSON.stringify(`${pkgDir}web.js`)});
      const bytes = readFileSync(${JSON.stringify(wasmPath)});
      const t0 = performance.now();
      initSync(bytes);
      const ms = performance.now() - t0;
      version();
      console.log(JSON.stringify(ms));`));
    requireMs.push(fresh(`
      import { createRequire } from 'node:module';
      const require = createRequire(${JSON.stringify(`${process.cwd()}/`)});
      const t0 = performance.now();
      const k = require('kaoping');
      const ms = performance.now() - t0;
      k.version();
      console.log(JSON.stringify(ms));`));
  }
  const inst = median(initSync);
  const req = median(requireMs);
  console.log(`# instantiation (initSync from bytes = compile + instantiate): median ${inst.toFixed(2)} ms of [${initSync.map((x) => x.toFixed(1))}]`);
  console.log(`# cold require('kaoping') (read file + compile + instantiate + glue): median ${req.toFixed(2)} ms`);
  console.log(`# shipped wasm: ${statSync(wasmPath).size} bytes`);
  assert.ok(Number.isFinite(inst) && inst > 0, `instantiation ${inst} ms`);
  assert.ok(Number.isFinite(req) && req > 0, `require ${req} ms`);
});
