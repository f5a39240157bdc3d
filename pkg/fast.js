// The fast path of `engine.score(dossier)`. It translates a dossier of the plain shape into flat
// numbers in wasm memory, following the layout the engine gives once (kaoping_core::flat): input
// values by plan slot, one record per occurrence (its id's bytes, the item's slot, the date as
// year, month, day, the count, the lengths of its texts). It holds no scoring logic and no
// validation: the core validates with the same rules as the general path and declines anything
// not plainly valid. Whatever is not of the plain shape (unknown keys, a number given as text,
// non-ASCII ids, a scheme reference, …) goes the general JSON path, which reports the problems.
// Header and record positions: kaoping_core::flat::{at, field, out}.
const OBJECT = Object.prototype;
const ARRAY = Array.prototype;
const wellFormed =
  typeof ''.isWellFormed === 'function' ? (s) => s.isWellFormed() : (s) => !/[\ud800-\udfff]/.test(s);
const plain = (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === OBJECT;
const isNumber = (v) => typeof v === 'number' && v - v === 0; // finite: JSON keeps it as it is
const text = (v) => (typeof v === 'string' && wellFormed(v) ? v.length : -1);

/** ASCII bytes of `s` at `at`; the length, or -1 when it is not ASCII or does not fit. */
function ascii(u8, at, s) {
  const n = s.length;
  if (at + n > u8.length) return -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return -1;
    u8[at + i] = c;
  }
  return n;
}

function digits(s, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function prepare(engine, memory) {
  const layout = engine.__flatLayout();
  if (!layout) return null;
  return {
    layout,
    memory: memory(),
    buffer: null,
    f: null,
    u8: null,
    inputs: new Map(layout.inputs.map((k, i) => [k, layout.at.values + i])),
    caseReview: new Map(Object.entries(layout.at.caseReviewCounts)),
    items: new Map(layout.items.map((k, i) => [k, i])),
    grades: layout.grades,
    officer: '',
  };
}

function views(s) {
  const buffer = s.memory.buffer;
  if (s.buffer !== buffer) {
    s.buffer = buffer;
    s.f = new Float64Array(buffer, s.layout.numbersAt, s.layout.numbers);
    s.u8 = new Uint8Array(buffer, s.layout.bytesAt, s.layout.bytes);
  }
  return s.f;
}

/** Writes a plain dossier; false when it is not of the plain shape. */
function write(s, d) {
  if (!plain(d)) return false;
  const f = views(s);
  const u8 = s.u8;
  const { layout } = s;
  const { at: h, field: o } = layout;
  f.fill(NaN, h.values, layout.records);
  f[h.caseReview] = 0;
  let officer;
  let occurrences = ARRAY;
  let longest = 0;
  for (const key in d) {
    const v = d[key];
    if (key === 'officer') officer = v;
    else if (key === 'inputs') {
      if (!plain(v)) return false;
      for (const k in v) {
        const at = s.inputs.get(k);
        const x = v[k];
        if (at === undefined || !isNumber(x)) return false;
        f[at] = x;
      }
    } else if (key === 'occurrences') {
      if (!Array.isArray(v) || Object.getPrototypeOf(v) !== ARRAY) return false;
      occurrences = v;
    } else if (key === 'caseReview') {
      if (!plain(v)) return false;
      f[h.caseReview] = 1;
      for (const at of s.caseReview.values()) f[at] = NaN;
      for (const k in v) {
        const at = s.caseReview.get(k);
        const x = v[k];
        if (at === undefined || !isNumber(x)) return false;
        f[at] = x;
      }
    } else if (key === 'period') {
      const n = text(v);
      if (n < 0) return false;
      if (n > longest) longest = n;
    } else if (key !== 'synthetic' || typeof v !== 'boolean') return false;
  }
  if (!plain(officer)) return false;
  let id;
  let name = -1;
  for (const key in officer) {
    const v = officer[key];
    if (key === 'id') id = v;
    else if (key === 'name') name = text(v);
    else if (key === 'unit') {
      const n = text(v);
      if (n < 0) return false;
      if (n > longest) longest = n;
    } else return false;
  }
  if (typeof id !== 'string' || name < 0) return false;
  let used = ascii(u8, 0, id);
  if (used < 0) return false;
  s.officer = id;
  f[h.officerId] = used;
  f[h.name] = name;
  f[h.text] = longest;
  const n = occurrences.length;
  if (n > layout.maxOccurrences) return false;
  f[h.occurrences] = n;
  for (let i = 0, r = layout.records; i < n; i++, r += layout.stride) {
    const occurrence = occurrences[i];
    if (!plain(occurrence)) return false;
    f[r + o.count] = NaN;
    f[r + o.reference] = f[r + o.note] = -1;
    let seen = 0;
    for (const key in occurrence) {
      const v = occurrence[key];
      if (key === 'id') {
        const len = typeof v === 'string' ? ascii(u8, used, v) : -1;
        if (len < 0) return false;
        f[r + o.idStart] = used;
        f[r + o.idLen] = len;
        used += len;
        seen |= 1;
      } else if (key === 'item') {
        const slot = s.items.get(v);
        if (slot === undefined) return false;
        f[r + o.item] = slot;
        seen |= 2;
      } else if (key === 'date') {
        if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
        const y = digits(v, 0, 4);
        const m = digits(v, 5, 7);
        const day = digits(v, 8, 10);
        if (y < 0 || m < 0 || day < 0) return false;
        f[r + o.year] = y;
        f[r + o.month] = m;
        f[r + o.day] = day;
        seen |= 4;
      } else if (key === 'count') {
        if (!isNumber(v)) return false;
        f[r + o.count] = v;
      } else if (key === 'ref' || key === 'note') {
        const len = text(v);
        if (len < 0) return false;
        f[r + (key === 'ref' ? o.reference : o.note)] = len;
      } else return false;
    }
    if (seen !== 7) return false;
  }
  return true;
}

const grade = (g) => ({ id: g.id, title: g.title });

function answer(s) {
  const f = views(s);
  const out = s.layout.out;
  const g = f[out.grade];
  return {
    ok: true,
    value: {
      officer: s.officer,
      total: f[out.total],
      grade: g < 0 ? null : grade(s.grades[g]),
      scoreGrade: grade(s.grades[f[out.scoreGrade]]),
      flags: {
        veto: f[out.veto] === 1,
        incomplete: f[out.incomplete] === 1,
        disagreement: f[out.disagreement] === 1,
        tolerance: f[out.tolerance] === 1,
      },
    },
    errors: [],
    warnings: [],
  };
}

/** Gives `Engine.prototype.score` its fast path; `memory()` answers the wasm memory. */
function installScore(Engine, memory) {
  const general = Engine.prototype.score;
  const state = new WeakMap();
  Engine.prototype.score = function score(dossier) {
    // a freed engine: the general path throws as every method does
    if (!this.__wbg_ptr || typeof dossier !== 'object') return general.call(this, dossier);
    let s = state.get(this);
    if (s === undefined) state.set(this, (s = prepare(this, memory)));
    if (s !== null && write(s, dossier) && this.__scoreFlat()) return answer(s);
    return general.call(this, dossier);
  };
}

// The Engine's column methods and `engine.evaluateTolerance`: JS shapes over the core's api
// (kaoping_core::api::columns, the tolerance request). They check only what JS alone can see
// (an argument's kind: typed array, array, object), then hand over; the core reads the rest.
const object = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The columns as `__assessColumns` takes them: a JSON header and two buffers. */
function columns(wasm, input) {
  const fail = (path, message) => wasm.__breach(path, message);
  if (!object(input)) throw fail('', '`input` must be an object of columns');
  const { officers, inputs, caseReview, occurrences, counts } = input;
  if (!Array.isArray(officers)) throw fail('officers', '`officers` must be an array of officer ids');
  officers.forEach((id, i) => {
    if (typeof id !== 'string') throw fail(`officers[${i}]`, `\`officers[${i}]\` must be a string`);
  });
  if (!object(inputs)) throw fail('inputs', '`inputs` must be an object of Float64Array columns');
  const column = (v, path, Kind, arrays) => {
    if (v instanceof Kind) return v;
    if (arrays && Array.isArray(v)) return new Kind(v);
    throw fail(path, `\`${path}\` must be a ${Kind.name}`);
  };
  const reals = Object.entries(inputs).map(([k, v]) => [k, column(v, `inputs.${k}`, Float64Array, true)]);
  const whole = [];
  const header = { officers, inputs: reals.map((e) => e[0]), inputLengths: reals.map((e) => e[1].length) };
  if (caseReview != null) {
    for (const k of ['excellent', 'pass', 'flawed', 'error']) whole.push(column(caseReview[k], `caseReview.${k}`, Uint32Array, false));
    header.caseReview = whole.map((c) => c.length);
  }
  if (occurrences != null) header.occurrences = occurrences;
  if (counts != null) {
    if (!object(counts)) throw fail('counts', '`counts` must be an object of Uint32Array columns');
    header.counts = Object.keys(counts);
    header.countLengths = header.counts.map((k) => {
      const c = column(counts[k], `counts.${k}`, Uint32Array, true);
      whole.push(c);
      return c.length;
    });
  }
  const join = (Kind, parts) => {
    const out = new Kind(parts.reduce((n, c) => n + c.length, 0));
    parts.reduce((at, c) => (out.set(c, at), at + c.length), 0);
    return out;
  };
  return [header, join(Float64Array, reals.map((e) => e[1])), join(Uint32Array, whole)];
}

const typed = (v, keys) => {
  for (const [k, Kind] of keys) v[k] = Kind.from(v[k]);
  return v;
};
const SCORES = [['ok', Uint8Array], ['totals', Float64Array], ['grades', Int32Array], ['vetoed', Uint8Array]];
const COHORT = [...SCORES.slice(1), ['ranks', Uint32Array], ['order', Uint32Array], ['scoreGrades', Int32Array], ['preQuotaGrades', Int32Array]];

/** Installs the Engine's JS-only methods (`wasm` is the bindings' module); answers the JS-only
 * functions. */
function installGlue(wasm) {
  const P = wasm.Engine.prototype;
  const run = (engine, name, input, options) => {
    const [header, numbers, whole] = columns(wasm, input);
    if (options != null) header.options = options;
    let text;
    try {
      text = JSON.stringify(header);
    } catch (e) {
      throw wasm.__breach('', `\`input\` cannot be read as JSON: ${e.message}`);
    }
    return engine[name](text, numbers, whole);
  };
  P.assessColumns = function assessColumns(input) {
    return typed(run(this, '__assessColumns', input), SCORES);
  };
  P.assessCohortColumns = function assessCohortColumns(input, options) {
    const answer = run(this, '__assessCohortColumns', input, options);
    if (answer.value) typed(answer.value, COHORT);
    return answer;
  };
  P.evaluateTolerance = function evaluateTolerance(incident, history, options) {
    if (!object(options)) throw wasm.__breach('', '`options` must be an object with `asOf`');
    const request = { incident, asOf: options.asOf };
    if (options.policy !== undefined) request.policy = options.policy;
    if (history != null) request.history = history;
    if (options.lang !== undefined) request.options = { lang: options.lang };
    const { value, ...rest } = wasm.evaluateTolerance(request);
    return value ? { ...rest, value: value.decision } : rest;
  };
  return {
    verifyAudit: (log, anchor) => wasm.__verifyAudit(anchor == null ? { log } : { log, anchor }),
  };
}

/** Installs the Session's JS-only methods (`wasm` is the bindings' module). */
/** Gives a diff (or a `sinceSeal`) its officer lists: `officers` (every officer whose standing
 * changed, enumerable, so the diff reads and stringifies as the core writes it) and `listed`
 * (those whose change is more than a one-rank move), both read from the instance on first use;
 * `count` and `shifted` (the run of one-rank moves) come with the answer. */
function holdOfficers(target, handle, summary) {
  const cache = {};
  const lazy = (name, read) => ({
    enumerable: name === 'officers',
    configurable: true,
    get() {
      if (!(name in cache)) cache[name] = read.call(handle);
      return cache[name];
    },
    set(value) {
      cache[name] = value;
    },
  });
  Object.defineProperties(target, {
    officers: lazy('officers', handle.__all),
    listed: lazy('listed', handle.__listed),
    // since a seal the count is the comparison's, made when first asked for
    count: summary.count == null
      ? { enumerable: false, configurable: true, get() { return target.officers.length; } }
      : { value: summary.count, enumerable: false, configurable: true, writable: true },
    shifted: { value: summary.shifted ?? null, enumerable: false, configurable: true, writable: true },
  });
}

/** The `Applied` of a wire answer `{ answer, held, handles }`: each diff gets its lists back. */
function applied(wire) {
  const { answer, held, handles } = wire;
  let k = 0;
  const give = (target) => {
    holdOfficers(target, handles[k], held[k]);
    k += 1;
  };
  for (const diff of answer.diff ? [answer.diff] : (answer.diffs ?? [])) {
    give(diff);
    if (diff.sinceSeal) give(diff.sinceSeal);
  }
  return answer;
}

function installSession(wasm) {
  const P = wasm.Session.prototype;
  /** Applies one event, or an array of events all or nothing: `{ ok, diff }` (`{ ok, diffs }`
   * for an array) or `{ ok: false, errors }` with the session unchanged. */
  P.apply = function apply(event) {
    return applied(this.__apply(event));
  };
  /** The applied events, in order (read off the log). */
  P.events = function events() {
    return this.log().entries.map((e) => e.event);
  };
  /** One addOfficers event whose officers come as columns (those of `engine.assessColumns`). */
  P.addOfficersColumns = function addOfficersColumns(event, input) {
    if (!object(event)) throw wasm.__breach('', '`event` must be an object with `at` and `actor`');
    const { names, units, posts, ...rest } = input ?? {};
    const [header, numbers, whole] = columns(wasm, rest);
    const request = { ...event, columns: header };
    if (names !== undefined) request.names = names;
    if (units !== undefined) request.units = units;
    if (posts !== undefined) request.posts = posts;
    let text;
    try {
      text = JSON.stringify(request);
    } catch (e) {
      throw wasm.__breach('', `\`event\` cannot be read as JSON: ${e.message}`);
    }
    return applied(this.__addOfficersColumns(text, numbers, whole, header.officers.length));
  };
}

export { installScore, installGlue, installSession };
