// The package as a Node CommonJS consumer sees it (require).
'use strict';
const assert = require('node:assert/strict');
const { test } = require('node:test');
const kaoping = require('kaoping');

test('require() gives the whole API', () => {
  for (const name of ['version', 'builtinSchemeIds', 'builtinScheme', 'demoCohort', 'validateScheme', 'evaluateTolerance', 'assessCohort', 'preview', 'verifyAudit', 'appendAudit', 'auditAnchor', 'auditEntryHash', 'allocateBonus', 'publishResult', 'workingDays', 'Engine', 'KaopingError', 'init', 'initSync']) {
    assert.equal(typeof kaoping[name], 'function', name);
  }
});

test('the demo cohort scores the same through require', () => {
  const { Engine, builtinScheme, demoCohort } = kaoping;
  const { scheme, dossier } = demoCohort()[0];
  const r = new Engine(builtinScheme(scheme)).assess(dossier);
  assert.ok(r.ok);
  assert.equal(r.value.officer.id, dossier.officer.id);
  assert.equal(typeof r.value.total, 'number');
});

test('KaopingError from require is an Error subclass', () => {
  assert.throws(() => new kaoping.Engine('not json'), (e) => e instanceof kaoping.KaopingError && e.code === 'E_PARSE');
});
