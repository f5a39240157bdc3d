// The Session through the installed package, beyond the shared fixtures: loading a roster from
// columns gives the very session that objects give; bad columns and hostile events are located
// problems, the session unchanged and still working; random event sequences through the package
// leave the session equal to its own replay and its restored snapshot.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KaopingError, Session, demoCohort } from 'kaoping';

const clerk = { kind: 'user', id: '考评办 王敏' };
const judges = demoCohort().filter((d) => d.scheme === 'court-judge').map(({ dossier }) => dossier);
const keys = [...new Set(judges.flatMap((d) => Object.keys(d.inputs)))].sort();

test('a roster loaded from columns is the roster loaded from objects', () => {
  const byObjects = new Session({ scheme: 'court-judge' });
  const officers = judges.map((d) => ({ officer: { id: d.officer.id, name: d.officer.name }, inputs: d.inputs, occurrences: d.occurrences }));
  assert.ok(byObjects.apply({ at: '2026-12-01T09:00', actor: clerk, change: { type: 'addOfficers', officers } }).ok);

  const byColumns = new Session({ scheme: 'court-judge' });
  const columns = {
    officers: judges.map((d) => d.officer.id),
    names: judges.map((d) => d.officer.name),
    inputs: Object.fromEntries(keys.map((k) => [k, Float64Array.from(judges, (d) => d.inputs[k] ?? NaN)])),
    occurrences: judges.flatMap((d, row) => (d.occurrences ?? []).map((occurrence) => ({ row, occurrence }))),
  };
  const r = byColumns.addOfficersColumns({ at: '2026-12-01T09:00', actor: clerk }, columns);
  assert.ok(r.ok, JSON.stringify(r.errors));
  assert.equal(byColumns.fingerprint(), byObjects.fingerprint());
  assert.deepEqual(byColumns.table(), byObjects.table());
  assert.equal(r.diff.officers.length, judges.length, 'every officer arrives in the diff');
});

test('bad columns are located in the columns and change nothing', () => {
  const s = new Session({ scheme: 'court-judge' });
  const before = s.fingerprint();
  const inputs = Object.fromEntries(keys.map((k) => [k, Float64Array.from(judges, (d) => d.inputs[k] ?? NaN)]));
  inputs.closed[2] = NaN; // J-003's 结案数 missing
  const r = s.addOfficersColumns({ at: '2026-12-01T09:00', actor: clerk }, { officers: judges.map((d) => d.officer.id), inputs });
  assert.equal(r.ok, false);
  assert.deepEqual(r.errors.map((p) => [p.code, p.path]), [['E_MISSING_INPUT', 'columns.inputs.closed[2]']]);
  assert.match(r.errors[0].messageZh, /结案数/);
  assert.throws(() => s.addOfficersColumns(null, { officers: [] }), KaopingError);
  assert.equal(s.fingerprint(), before);
});

test('hostile events are problems, never a trap, and the session keeps working', () => {
  const s = new Session({ scheme: 'court-judge' });
  const hostile = [
    null, 42, 'x', [null], {}, { at: '2026-13-45T99:99', actor: clerk, change: { type: 'seal' } },
    { at: '2026-12-01T09:00', actor: { kind: 'robot', id: 'x' }, change: { type: 'seal' } },
    { at: '2026-12-01T09:00', actor: clerk, change: { type: 'rate', member: 'R99', officer: 'J-404', indicator: 'X', value: 1e300 } },
    JSON.parse('{"at": "2026-12-01T09:00", "actor": {"kind": "user", "id": "x"}, "change": {"type": "seal", "__proto__": 1}}'),
    { at: '2026-12-01T09:00', actor: clerk, change: { type: 'addOfficer', officer: { id: 'J\u0000', name: '' } } },
  ];
  let deep = {};
  for (let i = 0; i < 10_000; i++) deep = { change: deep };
  hostile.push(deep);
  const before = s.fingerprint();
  const empty = s.apply([]); // an empty batch changes nothing and says so
  assert.deepEqual([empty.ok, empty.diffs], [true, []]);
  for (const event of hostile) {
    try {
      const r = s.apply(event);
      assert.equal(r.ok, false, JSON.stringify(event)?.slice(0, 80));
      assert.ok(r.errors.length > 0 && r.errors.every((p) => typeof p.code === 'string' && typeof p.messageZh === 'string'));
    } catch (e) {
      assert.ok(e instanceof KaopingError, String(e));
    }
  }
  assert.equal(s.fingerprint(), before);
  const ok = s.apply({ at: '2026-12-01T09:00', actor: clerk, change: { type: 'addOfficer', officer: { id: 'J-001', name: '张明' }, inputs: judges[0].inputs } });
  assert.ok(ok.ok, JSON.stringify(ok.errors));
});

test('random event sequences through the package: the session equals its replay and its snapshot', () => {
  let seed = 20261202;
  const rand = (n) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let round = 0; round < 5; round++) {
    const s = new Session({ scheme: 'court-judge' });
    const officers = judges.map((d) => ({ officer: { id: d.officer.id, name: d.officer.name }, inputs: d.inputs, occurrences: d.occurrences }));
    assert.ok(s.apply({ at: '2026-12-01T08:00', actor: clerk, change: { type: 'addOfficers', officers } }).ok);
    let minute = 0;
    for (let e = 0; e < 40; e++) {
      minute += rand(3); // equal times allowed, never backwards
      const at = `2026-12-01T${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      const who = judges[rand(judges.length)].officer.id;
      const key = keys[rand(keys.length)];
      const change = [
        { type: 'setInput', officer: who, key, value: judges[rand(judges.length)].inputs[key] ?? 0 },
        { type: 'addOccurrence', officer: who, occurrence: { id: `r${round}-${e}`, item: 'N03', date: '2026-06-30', count: 1 + rand(3) } },
        { type: 'removeOfficer', officer: who },
        { type: 'seal' },
      ][rand(10) < 7 ? rand(2) : 2 + rand(2)];
      const reason = s.state().seals?.length ? '复核后更正' : undefined;
      const before = s.fingerprint();
      const r = s.apply({ at, actor: clerk, reason, change });
      if (!r.ok) assert.equal(s.fingerprint(), before);
    }
    const restored = Session.restore(s.snapshot());
    assert.equal(restored.fingerprint(), s.fingerprint());
    assert.deepEqual(restored.table(), s.table());
    for (const entry of s.table()?.officers ?? []) {
      assert.equal(s.preview(entry.officer.id).value.total, entry.total);
    }
  }
});

test('a diff hands out its officer list when read, as it was when the event applied', () => {
  // one indicator scored directly: the total is the input s; 300 officers O-000 … O-299 with
  // s = 10 + 0.25 i, so O-299 (84.75) ranks 1 and O-000 (10) ranks 300, O-i ranks 300 − i
  const scheme = {
    schemaVersion: 1, id: 't', version: '1', title: '测试', role: 'judge',
    period: { label: '2026年度', start: '2026-01-01', end: '2026-12-31' },
    inputs: [{ key: 's', title: '满意度', kind: 'percent' }],
    dimensions: [{ id: 'all', title: '业绩', weight: 1, indicators: [{ id: 'X', title: '满意度', weight: 1, source: 'S1',
      input: { kind: 'value', key: 's' }, scoring: { type: 'direct' } }] }],
    grades: [{ id: 'excellent', title: '优秀', min: 90, max: 100 }, { id: 'competent', title: '称职', min: 0, max: 90 }],
  };
  const id = (i) => `O-${String(i).padStart(3, '0')}`;
  const s = new Session({ scheme });
  const officers = Array.from({ length: 300 }, (_, i) => ({ officer: { id: id(i), name: `干警${i}` }, inputs: { s: 10 + 0.25 * i } }));
  const load = s.apply({ at: '2026-12-01T09:00', actor: clerk, change: { type: 'addOfficers', officers } });
  assert.ok(load.ok);
  assert.equal(load.diff.count, 300);

  // O-000 rises from rank 300 to rank 1 (99 ≥ 90: 优秀); the 299 others each move one rank down
  const rise = s.apply({ at: '2026-12-01T09:01', actor: clerk, change: { type: 'setInput', officer: id(0), key: 's', value: 99 } });
  assert.ok(rise.ok, JSON.stringify(rise.errors));
  const d = rise.diff;
  assert.equal(d.count, 300);
  assert.deepEqual(d.shifted, { from: 1, to: 299, by: 1 });
  assert.deepEqual(d.listed.map((c) => [c.officer, c.fields, c.before.rank, c.after.rank]),
    [[id(0), ['total', 'grade', 'finalGrade', 'rank'], 300, 1]]);
  // a later event does not change what this diff says
  assert.ok(s.apply({ at: '2026-12-01T09:02', actor: clerk, change: { type: 'setInput', officer: id(1), key: 's', value: 99.5 } }).ok);
  assert.equal(d.officers.length, 300);
  assert.deepEqual(d.officers.map((c) => c.officer), Array.from({ length: 300 }, (_, i) => id(i)));
  const o150 = d.officers.find((c) => c.officer === id(150));
  assert.deepEqual([o150.fields, o150.before.rank, o150.after.rank, o150.after.total], [['rank'], 150, 151, 47.5]);
  // it reads and stringifies as the core writes it: officers yes, the glue's extras not
  assert.deepEqual(Object.keys(d).sort(), ['hash', 'officers', 'quotas', 'seq']);
  assert.equal(JSON.parse(JSON.stringify(d)).officers.length, 300);
  // since a seal: the list and its count come from the comparison with the seal, on reading
  assert.ok(s.apply({ at: '2026-12-01T09:03', actor: clerk, change: { type: 'seal' } }).ok);
  const after = s.apply({ at: '2026-12-01T09:04', actor: clerk, reason: '复核更正', change: { type: 'setInput', officer: id(2), key: 's', value: 98 } });
  assert.ok(after.ok, JSON.stringify(after.errors));
  const since = after.diff.sinceSeal;
  // sealed: O-001 (99.5) 1, O-000 (99) 2, O-299 … O-003 3 … 299, O-002 (10.5) 300. O-002 at 98
  // ranks 3 and the 297 officers O-003 … O-299 each move one down: 298 differ from the seal
  assert.equal(since.count, 298);
  assert.equal(since.officers.length, 298);
  assert.ok(since.officers.some((c) => c.officer === id(2) && c.after.rank === 3));
});

test('the live table shares a bonus pool and is published (issue 17)', () => {
  const s = new Session({ scheme: 'court-judge' });
  const officers = judges.map((d) => ({ officer: { id: d.officer.id, name: d.officer.name }, inputs: d.inputs, occurrences: d.occurrences }));
  assert.ok(s.apply({ at: '2026-12-01T09:00', actor: clerk, change: { type: 'addOfficers', officers } }).ok);
  const table = s.table();
  // every grade of court-judge shares with coefficient 1: the shares add up to the pool exactly
  const coefficients = Object.fromEntries(['excellent', 'competent', 'basic', 'incompetent'].map((g) => [g, 1]));
  const a = s.allocate({ allocation: { pool: 10000.01, method: 'gradeCoefficient', coefficients, withheld: { rule: 'coefficient', coefficient: 1 } } });
  assert.ok(a.ok, JSON.stringify(a.errors));
  const fen = a.value.shares.reduce((sum, x) => sum + Math.round(x.amount * 100), 0);
  assert.equal(fen, 1000001);
  assert.equal(a.value.shares.length, table.officers.length);
  const p = s.publication({ calendar: { years: [2026, 2027], holidays: [], workdays: [] }, notice: '2026-12-31', scope: { kind: 'everyGrade' } });
  assert.ok(p.ok, JSON.stringify(p.errors));
  // Thu 2026-12-31: Fri 01-01 (1, no holiday given), Mon 01-04 … Thu 01-07 (5)
  assert.equal(p.value.windowEnd, '2027-01-07');
  assert.equal(p.value.listed.length, table.officers.length);
  const refused = s.allocate({ table: [], allocation: { pool: 1, method: 'score' } });
  assert.equal(refused.ok, false);
  assert.equal(refused.errors[0].path, 'table');
});
