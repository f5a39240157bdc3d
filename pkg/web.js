// Browsers and bundlers (ES module). Call `await init()` (or `initSync(bytes)`) once before use.
import wbgInit, { initSync as wbgInitSync, __setErrorClass, __memory, Engine, Session } from './dist/web/kaoping_wasm.js';
import { KaopingError } from './error.js';
import * as wasm from './dist/web/kaoping_wasm.js';
import { installScore, installGlue, installSession } from './fast.js';

installScore(Engine, __memory);
installSession(wasm);
const glue = installGlue(wasm);
export const { verifyAudit } = glue;

export {
  version, builtinSchemeIds, builtinScheme, demoCohort, validateScheme, evaluateTolerance, Engine, Session,
  assessCohort, preview, supervise, appendAudit, auditAnchor, auditEntryHash, allocateBonus, publishResult, workingDays,
} from './dist/web/kaoping_wasm.js';
export { KaopingError };

/**
 * Loads and instantiates the engine. With no argument the `.wasm` next to this file is fetched;
 * a URL, a `Response`, bytes or a `WebAssembly.Module` may be given instead.
 */
export default async function init(input) {
  await wbgInit(input === undefined ? undefined : { module_or_path: input });
  __setErrorClass(KaopingError);
}

/** Instantiates the engine synchronously from the `.wasm` bytes (or a compiled module). */
export function initSync(bytes) {
  wbgInitSync({ module: bytes });
  __setErrorClass(KaopingError);
}
