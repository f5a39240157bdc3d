//! TypeScript declarations that the derives cannot produce: types with hand-written serde forms
//! in the core. (The package's JS glue declares its own, in pkg/index.d.ts.)

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_SCALARS: &str = r#"
/** An exact decimal (six fractional digits), as a JS number: `83.05`. */
export type Decimal = number;
/** A calendar date, `YYYY-MM-DD`. */
export type Date = string;
/** A stable problem code, e.g. `E_WEIGHT_SUM`; codes starting with `W_` are warnings. */
export type Code = string;

/** A moment to the minute, `YYYY-MM-DDTHH:MM` (or a bare date: 00:00). */
export type Timestamp = string;

/** Any JSON value (in tolerance requests: a built-in id or an object). */
export type Value = unknown;
"#;
