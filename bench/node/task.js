// The benchmark task, derived from one source: the kaoping scheme in bench/task-scheme.json.
// 12 numeric indicators in 3 weighted dimensions, each mapped piecewise-linearly to 0..100;
// 8 list items (count × points, each capped); total clamped to 0..100; grades at 90 / 75 / 60.
//
// Every engine gets the same flat facts: { <inputKey>: integer, ..., <itemId>: count }.
// Results are compared as { total in hundredths (integer), grade id }.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SCHEME_PATH = path.join(here, '..', 'task-scheme.json');
export const SCHEME_TEXT = readFileSync(SCHEME_PATH, 'utf8');
export const SCHEME = JSON.parse(SCHEME_TEXT);

/** Scaled integer from a decimal literal in the scheme (exact: the scheme's figures have ≤ 4 dp). */
const scaled = (v, scale) => Math.round(v * scale);

/** The task in plain numbers, ready for every engine. */
export const TASK = (() => {
  const indicators = [];
  for (const dim of SCHEME.dimensions) {
    for (const ind of dim.indicators) {
      if (ind.scoring.type !== 'piecewise' || ind.input.kind !== 'value') {
        throw new Error(`bench task: ${ind.id} must be a piecewise indicator on a value input`);
      }
      const points = ind.scoring.points.map((p) => ({ x: p.x, y: p.y }));
      for (let i = 1; i < points.length; i++) {
        const w = points[i].x - points[i - 1].x;
        const rise = points[i].y - points[i - 1].y;
        // Guarantees that no interpolation rounds at 6 dp, so float engines can be exact.
        if (!Number.isInteger(w) || (rise * 1e6) % w !== 0) {
          throw new Error(`bench task: ${ind.id} segment ${i} width ${w} must divide 10^6 × ${rise}`);
        }
      }
      indicators.push({
        id: ind.id,
        key: ind.input.key,
        // weight = indicator weight × dimension weight, in 1e-4 units (exact integers)
        w4: scaled(ind.weight, 100) * scaled(dim.weight, 100),
        points,
      });
    }
  }
  const items = [];
  for (const [list, sign] of [
    [SCHEME.bonuses, 1],
    [SCHEME.deductions, -1],
  ]) {
    for (const it of list.items) {
      items.push({ id: it.id, sign, p100: scaled(it.points, 100), cap100: scaled(it.cap, 100) });
    }
  }
  // grades best first; the top band includes its max
  const grades = SCHEME.grades.map((g) => ({ id: g.id, min100: scaled(g.min, 100) }));
  return {
    indicators,
    items,
    grades,
    min100: scaled(SCHEME.bounds.min, 100),
    max100: scaled(SCHEME.bounds.max, 100),
  };
})();

// ---- seeded inputs -------------------------------------------------------------------------

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer inputs spread over (and a little beyond) each indicator's breakpoints. */
export function generate(seed, n) {
  const r = rng(seed);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const out = new Array(n);
  for (let k = 0; k < n; k++) {
    const f = {};
    for (const ind of TASK.indicators) {
      const p = ind.points;
      const first = p[0].x;
      const last = p[p.length - 1].x;
      const margin = Math.ceil((last - first) / 8);
      // concentrated toward the end that scores well, sometimes beyond either end
      const goodHigh = p[p.length - 1].y >= p[0].y;
      const good = goodHigh ? last + margin : first - margin;
      const bad = goodHigh ? first - margin : last + margin;
      let x = Math.round(good + (bad - good) * Math.pow(r(), 2.2));
      const kind = SCHEME.inputs.find((d) => d.key === ind.key)?.kind;
      if (x < 0) x = 0;
      if (kind === 'percent' && x > 100) x = 100;
      f[ind.key] = x;
    }
    for (const it of TASK.items) {
      const u = r();
      f[it.id] = u < 0.55 ? 0 : u < 0.8 ? 1 : u < 0.92 ? 2 : int(3, 6);
    }
    out[k] = f;
  }
  return out;
}

/** The facts as a kaoping dossier (list counts become occurrences). */
export function toDossier(facts, k) {
  const inputs = {};
  for (const ind of TASK.indicators) inputs[ind.key] = facts[ind.key];
  const occurrences = [];
  for (const it of TASK.items) {
    const count = facts[it.id];
    if (count > 0) occurrences.push({ id: `o${it.id}`, item: it.id, date: '2026-06-30', count });
  }
  return { officer: { id: `B-${String(k).padStart(6, '0')}`, name: `Officer ${k}` }, inputs, occurrences };
}

// ---- the hand-written reference: exact integer arithmetic ----------------------------------

/** `n / d` rounded half away from zero, for integers with |n| < 2^53, d > 0. */
function divRound(n, d) {
  const a = n < 0 ? -n : n;
  const q = (a - (a % d)) / d;
  const q2 = 2 * (a % d) >= d ? q + 1 : q;
  return n < 0 ? -q2 : q2;
}

/** Score in millionths of a point of one piecewise indicator (same rule as kaoping: one
 * rounding to 6 dp per interpolation, then clamped to 0..100). */
function scoreMicros(points, x) {
  const first = points[0];
  if (x <= first.x) return first.y * 1e6;
  for (let i = 1; i < points.length; i++) {
    const b = points[i];
    if (x <= b.x) {
      const a = points[i - 1];
      const s = a.y * 1e6 + divRound((b.y - a.y) * 1e6 * (x - a.x), b.x - a.x);
      return s < 0 ? 0 : s > 1e8 ? 1e8 : s;
    }
  }
  return points[points.length - 1].y * 1e6;
}

/** The reference: `{ total100, grade }` — the total in hundredths and the grade id. */
export function reference(f) {
  let weighted = 0;
  for (const ind of TASK.indicators) {
    // contribution = score × weight, rounded once to 0.01: micros × 1e-4 units → 1e-10; ÷ 1e8
    weighted += divRound(scoreMicros(ind.points, f[ind.key]) * ind.w4, 1e8);
  }
  let lists = 0;
  for (const it of TASK.items) {
    const raw = it.p100 * f[it.id];
    lists += it.sign * (raw > it.cap100 ? it.cap100 : raw);
  }
  let total = weighted + lists;
  if (total < TASK.min100) total = TASK.min100;
  if (total > TASK.max100) total = TASK.max100;
  return { total100: total, grade: gradeOf(total) };
}

/** Grade id for a total in hundredths. */
export function gradeOf(total100) {
  for (const g of TASK.grades) if (total100 >= g.min100) return g.id;
  return TASK.grades[TASK.grades.length - 1].id;
}

/** A result given as a JS number total (2 dp) → hundredths. */
export const toHundredths = (total) => Math.round(total * 100);
