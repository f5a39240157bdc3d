// Case records through the installed package: derived inputs with their records, drill-down to
// the cases, and the fast score path agreeing with the full assessment on record dossiers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine } from 'kaoping';

const root = process.env.KAOPING_FIXTURES;
const f = JSON.parse(readFileSync(join(root, 'assess', '070-records-derive-every-aggregation.json'), 'utf8'));
const engine = new Engine(f.input.scheme);
const { dossier } = f.input;

test('an indicator drills down to the case records behind it', () => {
  const r = engine.drill(dossier, 'CQ02');
  assert.ok(r.ok, JSON.stringify(r.errors));
  // by hand: cases 1 and 3 closed within their 90-day limit, of cases 1, 2 and 3 closed in 2026
  assert.deepEqual(r.value.map((d) => [d.key, d.value, d.records.map((x) => x.id)]), [
    ['closedInTime', 2, ['（2026）示0101民初1号', '（2026）示0101民初3号']],
    ['closed', 3, ['（2026）示0101民初1号', '（2026）示0101民初2号', '（2026）示0101民初3号']],
  ]);
  assert.deepEqual(r.value[0].records[0], dossier.records[0]);
  const unknown = engine.drill(dossier, 'CQ99');
  assert.deepEqual([unknown.ok, unknown.errors[0].code, unknown.errors[0].path], [false, 'E_UNKNOWN_REF', 'target']);
});

test('score and assess agree on a dossier of records, and the explanation names the cases', () => {
  const s = engine.score(dossier);
  const a = engine.assess(dossier, { trace: true });
  assert.ok(s.ok && a.ok);
  assert.equal(s.value.total, 66.67);
  assert.equal(a.value.total, 66.67);
  const line = a.value.explanation.find((l) => l.kind === 'derived');
  assert.equal(line.text, '结案数（closed）= 3：由 3 条案件记录计得（（2026）示0101民初1号、（2026）示0101民初2号、（2026）示0101民初3号）');
});
