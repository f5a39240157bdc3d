/**
 * Thrown when a caller breaks the API contract (an argument of the wrong kind, an invalid scheme
 * given to `new Engine`). Problems in the data are returned, never thrown.
 */
export class KaopingError extends Error {
  constructor(message, code, errors) {
    super(message);
    this.name = 'KaopingError';
    /** Stable code of the (first) problem, e.g. `E_TYPE`, `E_WEIGHT_SUM`. */
    this.code = code;
    /** Every problem: `{ code, path, message, severity }`. */
    this.errors = Array.isArray(errors) ? errors : [];
  }
}
