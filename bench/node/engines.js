// Every engine of the benchmark, built from the same task (task.js). Each engine is
//   { name, kind: 'sync' | 'async' | 'batch', note, prepare(cases), one(i) / all() }
// and returns results as { total100, grade } so they can be compared with the reference.
import { createRequire } from 'node:module';
import { TASK, SCHEME, SCHEME_TEXT, reference, toDossier, toHundredths } from './task.js';

const require = createRequire(import.meta.url);

// ---- hand-written JS reference ---------------------------------------------------------------
export function referenceEngine() {
  let cases = [];
  return {
    name: 'plain JS (hand-written)',
    id: 'js',
    kind: 'sync',
    note: 'exact integer arithmetic, written for this task only',
    prepare(c) {
      cases = c;
    },
    one(i) {
      return reference(cases[i]);
    },
  };
}

// ---- json-logic-js ----------------------------------------------------------------------------
/** The task as json-logic rules: totals in scaled integers (hundredths), exact in doubles. */
export function jsonLogicRules() {
  const v = (k) => ({ var: k });
  const terms = TASK.indicators.map((ind) => {
    const p = ind.points;
    const x = v(ind.key);
    const branches = [{ '<=': [x, p[0].x] }, p[0].y * 1e6];
    for (let i = 1; i < p.length; i++) {
      const a = p[i - 1];
      const b = p[i];
      // a.y·1e6 + rise·1e6·(x − a.x) / width — an exact integer by the task's construction
      branches.push({ '<=': [x, b.x] }, {
        '+': [a.y * 1e6, { '/': [{ '*': [(b.y - a.y) * 1e6, { '-': [x, a.x] }] }, b.x - a.x] }],
      });
    }
    branches.push(p[p.length - 1].y * 1e6);
    // contribution in hundredths: (s·w4 + 5e7) div 1e8 (half-up, s ≥ 0)
    const t = { '+': [{ '*': [{ if: branches }, ind.w4] }, 5e7] };
    return { '/': [{ '-': [t, { '%': [t, 1e8] }] }, 1e8] };
  });
  const items = TASK.items.map((it) => {
    const capped = { min: [{ '*': [v(it.id), it.p100] }, it.cap100] };
    return it.sign > 0 ? capped : { '*': [capped, -1] };
  });
  const total = { max: [TASK.min100, { min: [TASK.max100, { '+': [...terms, ...items] }] }] };
  const grade = { if: [] };
  TASK.grades.forEach((g, i) => {
    if (i < TASK.grades.length - 1) grade.if.push({ '>=': [v('t'), g.min100] }, g.id);
    else grade.if.push(g.id);
  });
  return { total, grade };
}

export function jsonLogicEngine() {
  const jsonLogic = require('json-logic-js');
  const rules = jsonLogicRules();
  let cases = [];
  return {
    name: 'json-logic-js',
    id: 'jsonlogic',
    kind: 'sync',
    note: 'no rounding operator: scaled integers with % (exact in doubles); grade is a 2nd rule on the total',
    prepare(c) {
      cases = c;
    },
    one(i) {
      const t = jsonLogic.apply(rules.total, cases[i]);
      return { total100: t, grade: jsonLogic.apply(rules.grade, { t }) };
    },
  };
}

// ---- json-rules-engine ------------------------------------------------------------------------
export function jsonRulesEngine() {
  const { Engine } = require('json-rules-engine');
  const scoring = new Engine([], { allowUndefinedFacts: false });
  TASK.indicators.forEach((ind, n) => {
    const p = ind.points;
    const seg = (conds, params) =>
      scoring.addRule({ conditions: { all: conds }, event: { type: 'segment', params: { n, ...params } } });
    seg([{ fact: ind.key, operator: 'lessThanInclusive', value: p[0].x }], { y: p[0].y, rise: 0, ax: 0, w: 1 });
    for (let i = 1; i < p.length; i++) {
      seg(
        [
          { fact: ind.key, operator: 'greaterThan', value: p[i - 1].x },
          { fact: ind.key, operator: 'lessThanInclusive', value: p[i].x },
        ],
        { y: p[i - 1].y, rise: p[i].y - p[i - 1].y, ax: p[i - 1].x, w: p[i].x - p[i - 1].x },
      );
    }
    const last = p[p.length - 1];
    seg([{ fact: ind.key, operator: 'greaterThan', value: last.x }], { y: last.y, rise: 0, ax: 0, w: 1 });
  });
  TASK.items.forEach((it, n) => {
    scoring.addRule({
      conditions: { all: [{ fact: it.id, operator: 'greaterThan', value: 0 }] },
      event: { type: 'item', params: { n } },
    });
  });
  const grading = new Engine([], { allowUndefinedFacts: false });
  TASK.grades.forEach((g, i) => {
    const conds = [{ fact: 't', operator: 'greaterThanInclusive', value: g.min100 }];
    if (i > 0) conds.push({ fact: 't', operator: 'lessThan', value: TASK.grades[i - 1].min100 });
    grading.addRule({ conditions: { all: conds }, event: { type: 'grade', params: { id: g.id } } });
  });
  let cases = [];
  return {
    name: 'json-rules-engine',
    id: 'jre',
    kind: 'async',
    note: 'conditions only: rules pick each segment and item; the arithmetic runs in JS on the events; grade is a 2nd run',
    prepare(c) {
      cases = c;
    },
    async one(i) {
      const f = cases[i];
      const { events } = await scoring.run(f);
      let total = 0;
      for (const e of events) {
        const q = e.params;
        if (e.type === 'segment') {
          const ind = TASK.indicators[q.n];
          const s = q.y * 1e6 + ((q.rise * 1e6 * (f[ind.key] - q.ax)) / q.w);
          const c = s * ind.w4 + 5e7;
          total += (c - (c % 1e8)) / 1e8;
        } else {
          const it = TASK.items[q.n];
          total += it.sign * Math.min(it.p100 * f[it.id], it.cap100);
        }
      }
      total = Math.max(TASK.min100, Math.min(TASK.max100, total));
      const g = await grading.run({ t: total });
      return { total100: total, grade: g.events[0]?.params.id };
    },
  };
}

// ---- GoRules ZEN (native addon, JDM decision graph) -------------------------------------------
/** The task as a JDM graph: input → expression node (scores, contributions, total) → decision
 * table (grade, pass-through) → output. ZEN's expressions are exact decimals. */
export function zenGraph() {
  const at = { x: 0, y: 0 };
  const expressions = [];
  const parts = [];
  for (const ind of TASK.indicators) {
    const p = ind.points;
    const x = ind.key;
    let e = `${p[p.length - 1].y}`;
    for (let i = p.length - 1; i >= 1; i--) {
      const a = p[i - 1];
      const b = p[i];
      e = `(${x} <= ${b.x} ? ${a.y} + round(${b.y - a.y} * (${x} - ${a.x}) / ${b.x - a.x}, 6) : ${e})`;
    }
    e = `${x} <= ${p[0].x} ? ${p[0].y} : ${e}`;
    expressions.push({ id: `s${ind.id}`, key: `s${ind.id}`, value: e });
    const key = `c${ind.id}`;
    expressions.push({ id: key, key, value: `round($.s${ind.id} * ${ind.w4 / 1e4}, 2)` });
    parts.push(`$.${key}`);
  }
  for (const it of TASK.items) {
    const key = `l${it.id}`;
    expressions.push({ id: key, key, value: `min([${it.id} * ${it.p100 / 100}, ${it.cap100 / 100}])` });
    parts.push(it.sign > 0 ? `$.${key}` : `-$.${key}`);
  }
  const sum = parts.join(' + ').replace(/\+ -/g, '- ');
  expressions.push({
    id: 'total',
    key: 'total',
    value: `max([${TASK.min100 / 100}, min([${TASK.max100 / 100}, ${sum}])])`,
  });
  const rules = TASK.grades.map((g, i) => ({
    _id: `r${i}`,
    t: i < TASK.grades.length - 1 ? `>= ${g.min100 / 100}` : '',
    g: JSON.stringify(g.id),
  }));
  return {
    nodes: [
      { id: 'in', type: 'inputNode', name: 'request', position: at },
      { id: 'score', type: 'expressionNode', name: 'score', position: at, content: { expressions } },
      {
        id: 'grade',
        type: 'decisionTableNode',
        name: 'grade',
        position: at,
        content: {
          hitPolicy: 'first',
          passThrough: true,
          inputs: [{ id: 't', name: 'total', field: 'total' }],
          outputs: [{ id: 'g', name: 'grade', field: 'grade' }],
          rules,
        },
      },
      { id: 'out', type: 'outputNode', name: 'response', position: at },
    ],
    edges: [
      { id: 'e1', type: 'edge', sourceId: 'in', targetId: 'score' },
      { id: 'e2', type: 'edge', sourceId: 'score', targetId: 'grade' },
      { id: 'e3', type: 'edge', sourceId: 'grade', targetId: 'out' },
    ],
  };
}

export function zenEngine() {
  const { ZenEngine } = require('@gorules/zen-engine');
  const engine = new ZenEngine();
  const decision = engine.createDecision(zenGraph());
  let cases = [];
  return {
    name: '@gorules/zen-engine (native)',
    id: 'zen',
    kind: 'async',
    note: 'the whole task in one JDM graph (expression node + decision table); exact decimals',
    prepare(c) {
      cases = c;
    },
    async one(i) {
      const r = (await decision.evaluate(cases[i])).result;
      return { total100: toHundredths(r.total), grade: r.grade };
    },
    dispose() {
      engine.dispose();
    },
  };
}

// ---- kaoping (the npm package, when built) ------------------------------------------------------
export { SCHEME, SCHEME_TEXT, toDossier };
