// JS port of the subset comparator of crates/kaoping-core/tests/common/mod.rs
// (format: tests/fixtures/README.md).

/** A number as an exact count of millionths (BigInt), rounded half away from zero like Decimal::parse. */
export function micros(n) {
  let s = String(n);
  let neg = false;
  if (s.startsWith('-')) { neg = true; s = s.slice(1); }
  let [mant, exp = '0'] = s.split(/e/i);
  let [int, frac = ''] = mant.split('.');
  let digits = int + frac;
  let point = int.length + Number(exp); // position of the decimal point in `digits`
  if (point < 0) { digits = '0'.repeat(-point) + digits; point = 0; }
  if (point > digits.length) { digits = digits + '0'.repeat(point - digits.length); }
  const whole = digits.slice(0, point) || '0';
  let fraction = digits.slice(point);
  const keep = (fraction + '000000').slice(0, 6);
  const rest = fraction.slice(6);
  let m = BigInt(whole) * 1000000n + BigInt(keep);
  if (rest.length > 0 && rest[0] >= '5') m += 1n;
  return neg ? -m : m;
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const show = (v) => JSON.stringify(v);

/** Throws naming the first path where `expected` is not a subset of `actual`. */
export function subset(expected, actual, path = '') {
  if (isObject(expected) && isObject(actual)) {
    for (const [k, ev] of Object.entries(expected)) {
      const p = `${path}.${k}`;
      if (Object.hasOwn(actual, k) && actual[k] !== undefined) subset(ev, actual[k], p);
      else if (ev !== null) throw new Error(`${p}: missing, expected ${show(ev)}`);
    }
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      throw new Error(`${path}: expected ${expected.length} elements, got ${actual.length}: ${show(actual)}`);
    }
    expected.forEach((ev, i) => subset(ev, actual[i], `${path}[${i}]`));
    return;
  }
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (micros(expected) !== micros(actual)) throw new Error(`${path}: expected ${expected}, got ${actual}`);
    return;
  }
  if (expected === actual) return;
  throw new Error(`${path}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Checks the problems a failing case must report (`expectProblems`, `exhaustive`). */
export function checkProblems(fixture, problems) {
  const expected = fixture.expectProblems ?? [];
  const shown = () => JSON.stringify(problems, null, 1);
  const matches = (e, p) => e.code === p.code && (e.path === undefined || e.path === p.path);
  for (const e of expected) {
    const found = problems.some((p) => matches(e, p)
      && (e.severity === undefined || e.severity === p.severity)
      && (e.messageContains === undefined || p.message.includes(e.messageContains))
      && (e.messageZhContains === undefined || p.messageZh.includes(e.messageZhContains)));
    if (!found) throw new Error(`expected problem ${JSON.stringify(e)} not reported; got ${shown()}`);
  }
  if (fixture.exhaustive === true) {
    for (const p of problems.filter((q) => q.severity === 'error')) {
      if (!expected.some((e) => matches(e, p))) throw new Error(`unexpected error ${JSON.stringify(p)}; got ${shown()}`);
    }
  }
}
