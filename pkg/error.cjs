'use strict';
/** See error.js: thrown on a contract breach, with `.code` and `.errors`. */
class KaopingError extends Error {
  constructor(message, code, errors) {
    super(message);
    this.name = 'KaopingError';
    this.code = code;
    this.errors = Array.isArray(errors) ? errors : [];
  }
}
module.exports = { KaopingError };
