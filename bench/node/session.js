// The assessment Session through the npm package, side by side with the full recompute in the
// same run: loading N officers into a session from JS objects (one addOfficers event), then
// single setInput events, each timed with its diff, against assessCohortColumns of the same
// officers. Every event's diff is checked against the hand-written reference: the changed
// officer's new total.
import { performance } from 'node:perf_hooks';
import { generate, reference, toDossier, toHundredths, SCHEME, TASK } from './task.js';
import { toColumns } from './kaoping.js';

const clerk = { kind: 'user', id: 'bench' };

/** Minutes after 2026-12-01T00:00 as a timestamp (events never go back in time). */
function at(minute) {
  const day = 1 + Math.floor(minute / 1440);
  const m = minute % 1440;
  const two = (n) => String(n).padStart(2, '0');
  return `2026-12-${two(day)}T${two(Math.floor(m / 60))}:${two(m % 60)}`;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Runs the session benchmark on `size` officers with `events` timed events (null when the
 * package has no Session). */
export function sessionBench(kaoping, { size, events, seed }) {
  const { Session, Engine } = kaoping;
  if (typeof Session !== 'function') return null;
  const facts = generate(seed + 2, size);
  const officers = facts.map((f, k) => {
    const d = toDossier(f, k);
    return { officer: d.officer, inputs: d.inputs, occurrences: d.occurrences };
  });

  const t0 = performance.now();
  const session = new Session({ scheme: SCHEME });
  const loaded = session.apply({ at: at(0), actor: clerk, change: { type: 'addOfficers', officers } });
  const loadMs = performance.now() - t0;
  if (!loaded.ok) throw new Error(`session load: ${JSON.stringify(loaded.errors).slice(0, 300)}`);

  // the same officers from columns (one addOfficersColumns): the very same session
  const byColumns = new Session({ scheme: SCHEME });
  const cols = toColumns(facts, false);
  cols.names = officers.map((o) => o.officer.name);
  cols.occurrences = cols.occurrences.map(({ row, ...occurrence }) => ({ row, occurrence }));
  const tc = performance.now();
  const loadedColumns = byColumns.addOfficersColumns({ at: at(0), actor: clerk }, cols);
  const loadColumnsMs = performance.now() - tc;
  if (!loadedColumns.ok) throw new Error(`session columns load: ${JSON.stringify(loadedColumns.errors).slice(0, 300)}`);
  if (byColumns.fingerprint() !== session.fingerprint()) throw new Error('session bench: columns and objects load different sessions');
  byColumns.free();

  // the full recompute of the same officers, in the same run
  const engine = new Engine(SCHEME);
  const counted = toColumns(facts, true);
  const t1 = performance.now();
  const full = engine.assessCohortColumns(counted, { lang: 'zh' });
  const fullMs = performance.now() - t1;
  if (!full.ok) throw new Error('session bench: assessCohortColumns failed');

  // events: officer k's first indicator takes officer j's value (always a valid value)
  const key = TASK.indicators[0].key;
  let state = 0x2545f491 ^ seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % size;
  };
  const lat = [];
  let bad = 0;
  for (let e = 0; e < events; e++) {
    const k = next();
    const j = next();
    const value = facts[j][key];
    const event = { at: at(1 + e), actor: clerk, change: { type: 'setInput', officer: officers[k].officer.id, key, value } };
    const s = process.hrtime.bigint();
    const r = session.apply(event);
    lat.push(Number(process.hrtime.bigint() - s) / 1000);
    if (!r.ok) throw new Error(`session event: ${JSON.stringify(r.errors).slice(0, 300)}`);
    facts[k] = { ...facts[k], [key]: value };
    // the changed officer is among those listed in full (their total moved); the one-rank
    // moves of the others stay in the instance until `r.diff.officers` is read
    const mine = r.diff.listed.find((c) => c.officer === officers[k].officer.id);
    const want = reference(facts[k]).total100;
    if (mine && toHundredths(mine.after.total) !== want) bad++;
  }
  if (bad) throw new Error(`session bench: ${bad} diffs disagree with the reference`);
  lat.sort((a, b) => a - b);
  return {
    size,
    events,
    loadMs,
    loadColumnsMs,
    fullMs,
    eventP50us: percentile(lat, 50),
    eventP99us: percentile(lat, 99),
    note: 'new Session + one addOfficers event from JS objects (and the same from columns: addOfficersColumns); then setInput events, each answering its diff (checked against the reference); full = assessCohortColumns of the same officers',
  };
}
