//! kaoping's own small JSON layer: a DOM ([`Json`]), one parser ([`parse`]), a compact writer
//! ([`ToJson`], [`to_string`]), an indented one ([`to_string_pretty`]) and a reader trait ([`FromJson`]).
//!
//! It replaces serde_json on the WebAssembly path. serde's code is generic per type × per
//! deserializer and heavily inlined; here the readers are table-driven: a struct's generated code
//! only sets the struct up (every field holding its value for "absent") and hands its fields, as
//! `&mut dyn Slot`, to one shared loop with a constant table of the members' names
//! (`__private::read_members`), which reads each member straight into its field. An error knows
//! its JSON path because the reader adds one segment per container as the error travels back up.
//!
//! Types read straight from the text through a pull [`Reader`] (no DOM in between); numbers are
//! handed over as their source text, so each type reads them exactly as it wants to (the core's
//! `Decimal` reads them as it did through serde_json). [`Json`] is a DOM for values kept as they
//! are.

mod error;
mod impls;
mod limits;
mod number;
mod pretty;
mod private;
mod reader;
#[cfg(feature = "serde")]
mod serde_impls;
mod traits;
mod value;
mod write;

pub use error::{type_error_text, value_error, Error};
pub use impls::{write_i64, write_u64};
pub use limits::{Limit, Limits};
pub use number::parse_f64;
pub use pretty::to_string_pretty;
pub use reader::{Kind, Reader, MAX_DEPTH};
pub use traits::{FromJson, JsonKey, Slot, ToJson, ToJsonKey};
pub use value::Json;
pub use write::{write_f64, write_number_layout, write_str};

#[cfg(feature = "derive")]
pub use kaoping_json_derive::{FromJson, ToJson};

/// The compact JSON text of `value`.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = String::with_capacity(256);
    value.to_json(&mut out);
    out
}

/// Reads a `T` from `text` (nothing but whitespace may follow it).
pub fn from_str<T: FromJson>(text: &str) -> Result<T, Error> {
    let mut r = Reader::new(text);
    let value = T::from_json(&mut r)?;
    r.finish()?;
    Ok(value)
}

/// Parses `text` into a [`Json`] DOM.
pub fn parse(text: &str) -> Result<Json, Error> {
    from_str(text)
}

/// Helpers called by the derived code. Not a stable API.
#[doc(hidden)]
pub mod __private {
    pub use crate::private::*;
}

#[cfg(test)]
#[allow(clippy::disallowed_methods, reason = "std's float parse is the oracle")]
mod tests;
