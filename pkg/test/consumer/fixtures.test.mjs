// The shared fixture tree (tests/fixtures) through the installed package: every result must equal
// the expected result exactly, as the native tests require.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  Engine, KaopingError, Session, appendAudit, assessCohort, auditAnchor, auditEntryHash, builtinScheme, evaluateTolerance,
  preview, supervise, validateScheme, verifyAudit, allocateBonus, publishResult, workingDays,
} from 'kaoping';
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
  cohort(f) {
    const r = assessCohort(f.input);
    if (!r.ok) failWith([...r.errors, ...r.warnings]);
    return r.value;
  },
  preview(f) {
    const r = preview(f.input);
    if (!r.ok) failWith([...r.errors, ...r.warnings]);
    return r.value;
  },
  audit(f) {
    // the native runner's steps (crates/kaoping-core/tests/fixtures_audit.rs), through the package
    const value = (a) => { assert.ok(a.ok, JSON.stringify(a.errors)); return a.value; };
    let log = null;
    for (const e of f.input.events) log = value(appendAudit(log, e));
    log ??= { entries: [] };
    const anchor = value(auditAnchor(log));
    const entries = log.entries;
    const GENESIS = '0'.repeat(64);
    for (const op of f.input.tamper ?? []) {
      switch (op.op) {
        case 'edit': {
          const e = entries[op.index];
          e[op.field] = op.value;
          if (op.rehash) e.hash = value(auditEntryHash(e));
          break;
        }
        case 'drop': entries.splice(op.index, 1); break;
        case 'insert': {
          const before = op.index > 0 ? entries[op.index - 1] : undefined;
          const forged = { seq: before ? before.seq + 1 : 1, at: op.entry.at, actor: op.entry.actor,
            event: op.entry.event, prev: before ? before.hash : GENESIS, hash: '' };
          forged.hash = value(auditEntryHash(forged));
          entries.splice(op.index, 0, forged);
          break;
        }
        case 'swap': [entries[op.index], entries[op.index + 1]] = [entries[op.index + 1], entries[op.index]]; break;
        case 'move': entries.splice(op.to, 0, ...entries.splice(op.from, 1)); break;
        case 'rehashAll': {
          let prev = GENESIS;
          for (const e of entries) { e.prev = prev; e.hash = value(auditEntryHash(e)); prev = e.hash; }
          break;
        }
        default: throw new Error(`unknown op ${op.op}`);
      }
    }
    const r = verifyAudit(log, f.input.anchor === true ? anchor : undefined);
    if (!r.ok) failWith([...r.errors, ...r.warnings]);
    return r.value;
  },
  allocation(f) {
    const r = allocateBonus(f.input);
    if (!r.ok) failWith([...r.errors, ...r.warnings]);
    return r.value;
  },
  publication(f) {
    const r = publishResult(f.input);
    if (!r.ok) failWith([...r.errors, ...r.warnings]);
    return r.value;
  },
  calendar(f) {
    const r = workingDays(f.input);
    if (!r.ok) failWith([...r.errors, ...r.warnings]);
    return r.value;
  },
  tolerance(f) {
    const r = evaluateTolerance(f.input);
    if (!r.ok) failWith([...r.errors, ...r.warnings]);
    return r.value;
  },
  warnings(f) {
    // the native runner's steps (crates/kaoping-core/tests/fixtures_warnings.rs), through the package
    const { input } = f;
    if (!input.session) {
      const r = supervise(input);
      if (!r.ok) failWith([...r.errors, ...r.warnings]);
      return r.value;
    }
    let session;
    try {
      session = new Session(input.session.init);
    } catch (e) {
      if (e instanceof KaopingError) failWith(e.errors);
      throw e;
    }
    for (const event of input.session.events) {
      const before = session.fingerprint();
      const r = session.apply(event);
      if (!r.ok) {
        assert.equal(session.fingerprint(), before, 'a refused event changed the session');
        failWith([...r.errors, ...r.warnings]);
      }
    }
    let warnings = [];
    if (input.thresholds !== undefined) {
      const r = session.warnings(input.thresholds);
      if (!r.ok) failWith([...r.errors, ...r.warnings]);
      warnings = r.value;
    }
    return { table: session.table(), units: session.units(), warnings };
  },
  session(f) {
    // the native runner's steps (crates/kaoping-core/tests/fixtures_session.rs), through the package
    const { input } = f;
    let session;
    try {
      session = new Session(input.init);
    } catch (e) {
      if (e instanceof KaopingError) failWith(e.errors);
      throw e;
    }
    const out = {};
    const answer = (r, key, value) => (r.ok ? { ok: true, [key]: value } : { ok: false, problems: [...r.errors, ...r.warnings] });
    const unchanged = (before, what) => assert.equal(session.fingerprint(), before, `${what} changed the session`);
    if (input.batch === true) {
      const before = session.fingerprint();
      const r = session.apply(input.events);
      if (!r.ok) unchanged(before, 'a refused batch');
      out.batch = answer(r, 'diffs', r.diffs);
    } else {
      out.steps = input.events.map((event, i) => {
        const before = session.fingerprint();
        const r = session.apply(event);
        if (!r.ok) unchanged(before, `refused event ${i}`);
        return answer(r, 'diff', r.diff);
      });
    }
    checkSession(session);
    out.table = session.table();
    out.state = session.state();
    out.preview = {};
    for (const id of input.preview ?? []) {
      const r = session.preview(id);
      if (!r.ok) failWith(r.errors);
      out.preview[id] = r.value;
    }
    if (input.tamper) {
      const snap = session.snapshot();
      for (const op of input.tamper) setPointer(snap, op.pointer, op.value);
      try {
        Session.restore(snap);
        out.restore = { ok: true };
      } catch (e) {
        if (!(e instanceof KaopingError)) throw e;
        out.restore = { ok: false, problems: e.errors };
      }
    }
    return out;
  },
};

/** The invariants every session case keeps: replay = restore = the session; detail and preview
 * show the table's total and grade. */
function checkSession(session) {
  const restored = Session.restore(session.snapshot());
  assert.equal(restored.fingerprint(), session.fingerprint(), 'restoring the snapshot gave another session');
  assert.deepEqual(restored.table(), session.table());
  assert.deepEqual(session.events(), session.log().entries.map((e) => e.event));
  for (const entry of session.table()?.officers ?? []) {
    const id = entry.officer.id;
    const detail = session.detail(id);
    const preview = session.preview(id);
    assert.ok(detail.ok && preview.ok, `${id}: ${JSON.stringify([detail.errors, preview.errors])}`);
    assert.equal(micros(detail.value.total), micros(entry.total), `${id}: detail total`);
    assert.equal(micros(preview.value.total), micros(entry.total), `${id}: preview total`);
    assert.equal(preview.value.grade?.id, entry.preQuotaGrade?.id, `${id}: the preview's grade is not the table's`);
  }
}

/** Sets the value at a JSON pointer (`/state/roster/J-1/post`). */
function setPointer(doc, pointer, value) {
  const keys = pointer.split('/').slice(1).map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
  const last = keys.pop();
  const parent = keys.reduce((o, k) => o[k], doc);
  parent[last] = value;
}

const minimum = {
  validateScheme: 30, assess: 40, tolerance: 30, cohort: 30, preview: 15, audit: 15, session: 20, allocation: 15, publication: 10,
  calendar: 5, warnings: 20,
};

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

// The columnar cohort (assessCohortColumns) against assessCohort on every shared cohort fixture
// that columns can express (no committee, waivers, decisions or cohort-relative indicators).
describe('fixtures/cohort as columns', () => {
  const dir = join(root, 'cohort');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  let compared = 0;
  for (const file of files) {
    const f = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const plain = Object.keys(f.input).every((k) => ['scheme', 'dossiers', 'options'].includes(k));
    if (!plain || !f.expect) continue;
    const scheme = typeof f.input.scheme === 'string' ? builtinScheme(f.input.scheme) : f.input.scheme;
    const relative = scheme.dimensions.some((d) => d.indicators.some((i) => i.scoring.type === 'cohortRelative'));
    test(file, () => {
      const engine = new Engine(scheme);
      const ds = f.input.dossiers;
      const keys = [...new Set(ds.flatMap((d) => Object.keys(d.inputs ?? {})))];
      const columns = {
        officers: ds.map((d) => d.officer.id),
        inputs: Object.fromEntries(keys.map((k) => [k, Float64Array.from(ds, (d) => d.inputs?.[k] ?? NaN)])),
        occurrences: ds.flatMap((d, row) => (d.occurrences ?? []).map((occurrence) => ({ row, occurrence }))),
      };
      if (ds.some((d) => d.caseReview)) {
        columns.caseReview = Object.fromEntries(
          ['excellent', 'pass', 'flawed', 'error'].map((g) => [g, Uint32Array.from(ds, (d) => d.caseReview?.[g] ?? 0)]),
        );
      }
      const lang = f.input.options?.lang;
      const got = engine.assessCohortColumns(columns, lang ? { lang } : undefined);
      if (relative) {
        assert.equal(got.ok, false);
        assert.equal(got.errors[0].code, 'E_MISSING_DATA');
        return;
      }
      assert.ok(got.ok, JSON.stringify(got.errors));
      const want = assessCohort({ ...f.input, options: { ...(f.input.options ?? {}), trace: false, details: false } });
      assert.ok(want.ok);
      const v = got.value;
      const gid = (i) => (i < 0 ? null : v.gradeIds[i]);
      want.value.officers.forEach((e, k) => {
        const row = ds.findIndex((d) => d.officer.id === e.officer.id);
        assert.equal(v.order[k], row, `rank ${k + 1}`);
        assert.equal(v.ranks[row], e.rank);
        assert.equal(v.totals[row], e.total);
        assert.equal(gid(v.scoreGrades[row]), e.scoreGrade.id);
        assert.equal(gid(v.preQuotaGrades[row]), e.preQuotaGrade?.id ?? null);
        assert.equal(gid(v.grades[row]), e.grade?.id ?? null);
        assert.equal(v.vetoed[row], e.flags.veto ? 1 : 0);
      });
      assert.deepEqual(v.quotas, want.value.quotas ?? []);
      assert.deepEqual(v.changes, want.value.changes ?? []);
    });
    compared++;
  }
  test('enough fixtures are expressible as columns', () => assert.ok(compared >= 12, `${compared}`));
});
