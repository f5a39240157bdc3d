// The shared fixture tree (tests/fixtures) through the installed package: every result must equal
// the expected result exactly, as the native tests require.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Engine, KaopingError, builtinScheme, evaluateTolerance, validateScheme } from 'kaoping';
import { checkProblems, micros, subset } from './subset.mjs';

const root = process.env.KAOPING_FIXTURES;
assert.ok(root && existsSync(root), 'KAOPING_FIXTURES must name tests/fixtures');

/** Thrown problems (contract breaches) are turned back into a problem list, like Err(problems). */
class Problems extends Error {
  constructor(list) { super('problems'); this.list = list; }
}
const failWith = (list) => { throw new Problems(list); };
const engineFor = (input) => {
  try {
    const scheme = typeof input.scheme === 'string' ? builtinScheme(input.scheme) : input.scheme ?? input.schemeText;
    return new Engine(scheme);
  } catch (e) {
    if (e instanceof KaopingError) failWith(e.errors);
    throw e;
  }
};

const runners = {
  validateScheme(f) {
    const r = validateScheme(f.input.scheme ?? f.input.schemeText);
    if (f.expectProblems) failWith([...r.errors, ...r.warnings]);
    return { errors: r.errors, warnings: r.warnings };
  },
  assess(f) {
    const engine = engineFor(f.input);
    const options = { ...(f.input.options ?? {}) };
    if (f.input.waivers !== undefined) options.waivers = f.input.waivers;
    const r = engine.assess(f.input.dossier ?? f.input.dossierText, options);
    if (!r.ok) failWith([...r.errors, ...r.warnings]);
    if (f.expectProblems) failWith([...engine.warnings, ...r.warnings]);
    return r.value;
  },
  tolerance(f) {
    const r = evaluateTolerance(f.input);
    if (!r.ok) failWith([...r.errors, ...r.warnings]);
    return r.value;
  },
};

const minimum = { validateScheme: 30, assess: 40, tolerance: 30 };

for (const kind of readdirSync(root).filter((d) => !d.includes('.')).sort()) {
  describe(`fixtures/${kind}`, () => {
    const files = readdirSync(join(root, kind)).filter((f) => f.endsWith('.json')).sort();
    const runner = runners[kind];
    test(`${kind}: the package runs this kind`, () => {
      assert.ok(runner, `no runner for fixture kind ${kind}: expose it in the package`);
      assert.ok(files.length >= (minimum[kind] ?? 1), `${files.length} fixtures`);
    });
    if (!runner) return;
    for (const file of files) {
      test(file, () => {
        const f = JSON.parse(readFileSync(join(root, kind, file), 'utf8'));
        assert.equal(f.kind, kind);
        let actual;
        try {
          actual = runner(f);
        } catch (e) {
          if (!(e instanceof Problems)) throw e;
          if (f.expect) assert.fail(`expected a result, got problems: ${JSON.stringify(e.list)}`);
          checkProblems(f, e.list);
          return;
        }
        if (!f.expect) assert.fail(`expected problems, got a result: ${JSON.stringify(actual).slice(0, 400)}`);
        subset(f.expect, actual);
      });
    }
  });
}

test('the comparator compares exact decimals', () => {
  assert.equal(micros(83.05), micros(83.050));
  assert.equal(micros(0.1 + 0.2), 300000n);
  assert.equal(micros(1e-7), 0n);
  assert.equal(micros(-2.5e-6), -3n);
  assert.throws(() => subset({ a: 1 }, { a: 1.000001 }));
  assert.throws(() => subset({ a: [1] }, { a: [1, 2] }));
  subset({ a: { b: 2 }, gone: null }, { a: { b: 2, c: 3 } });
});
