'use strict';
// Node, CommonJS: the wasm is compiled synchronously when this module is required.
const wasm = require('./dist/node/kaoping_wasm.js');
const { KaopingError } = require('./error.cjs');
const { installScore, installGlue, installSession } = require('./fast.cjs');

wasm.__setErrorClass(KaopingError);
installScore(wasm.Engine, wasm.__memory);
installSession(wasm);
const glue = installGlue(wasm);

/** Nothing to do in Node (kept so that the same code runs in browsers and Node). */
async function init() {}
/** Nothing to do in Node. */
function initSync() {}

module.exports = {
  version: wasm.version,
  builtinSchemeIds: wasm.builtinSchemeIds,
  builtinScheme: wasm.builtinScheme,
  demoCohort: wasm.demoCohort,
  validateScheme: wasm.validateScheme,
  evaluateTolerance: wasm.evaluateTolerance,
  assessCohort: wasm.assessCohort,
  preview: wasm.preview,
  allocateBonus: wasm.allocateBonus,
  publishResult: wasm.publishResult,
  workingDays: wasm.workingDays,
  supervise: wasm.supervise,
  verifyAudit: glue.verifyAudit,
  appendAudit: wasm.appendAudit,
  auditAnchor: wasm.auditAnchor,
  auditEntryHash: wasm.auditEntryHash,
  Engine: wasm.Engine,
  Session: wasm.Session,
  KaopingError,
  init,
  initSync,
  default: init,
};
