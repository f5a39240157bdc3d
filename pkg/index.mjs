// Node, ES module: the same instance as the CommonJS entry, with named exports.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const kaoping = require('./index.cjs');

export const {
  version,
  builtinSchemeIds,
  builtinScheme,
  demoCohort,
  validateScheme,
  evaluateTolerance,
  assessCohort,
  preview,
  allocateBonus,
  publishResult,
  workingDays,
  supervise,
  verifyAudit,
  appendAudit,
  auditAnchor,
  auditEntryHash,
  Engine,
  Session,
  KaopingError,
  initSync,
} = kaoping;
export default kaoping.init;
