// Types of the npm package `kaoping`. The data types (Scheme, Dossier, Assessment, Problem, …)
// are generated from the Rust types by tsify; see dist/web/kaoping_wasm.d.ts.
// `engine.score(dossier): Answer<Score>` is the fast call for totals and grades (`{ officer, total,
// grade, scoreGrade, flags }`); `engine.assess` stays the full answer with breakdown and explanation.
export * from './dist/web/kaoping_wasm.js';

/** Thrown on a contract breach; problems in the data are returned instead. */
export class KaopingError extends Error {
  /** Stable code of the (first) problem, e.g. `E_TYPE`. */
  readonly code: string;
  /** Every problem. */
  readonly errors: import('./dist/web/kaoping_wasm.js').Problem[];
}

/** What `init` accepts: a URL of the `.wasm`, a `Response`, bytes or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads the engine (browsers, bundlers); a no-op in Node. */
export default function init(input?: InitInput | Promise<InitInput>): Promise<void>;

/** Instantiates the engine synchronously from bytes (browsers, bundlers); a no-op in Node. */
export function initSync(bytes: BufferSource | WebAssembly.Module): void;
