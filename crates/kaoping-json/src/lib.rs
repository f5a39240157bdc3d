//! kaoping's own small JSON layer: a DOM ([`Json`]), one parser ([`parse`]), a compact writer
//! ([`ToJson`], [`to_string`]) and a reader trait ([`FromJson`]).
//!
//! It replaces serde_json on the WebAssembly path. serde's code is generic per type × per
//! deserializer and heavily inlined; here every type's generated code is a loop over the object's
//! members calling small non-generic helpers (field lookup, error building), and an error knows
//! its JSON path because the reader adds one segment per container as the error travels back up.
//!
//! Types read straight from the text through a pull [`Reader`] (no DOM in between); numbers are
//! handed over as their source text, so each type reads them exactly as it wants to (the core's
//! `Decimal` reads them as it did through serde_json). [`Json`] is a DOM for values kept as they
//! are.

mod error;
mod impls;
mod number;
mod reader;
#[cfg(feature = "serde")]
mod serde_impls;
mod value;
mod write;

pub use error::{type_error_text, value_error, Error};
pub use impls::{write_i64, write_u64};
pub use number::parse_f64;
pub use reader::{Kind, Reader, MAX_DEPTH};
pub use value::Json;
pub use write::{write_f64, write_number_layout, write_str};

#[cfg(feature = "derive")]
pub use kaoping_json_derive::{FromJson, ToJson};

/// Reads a value of this type from JSON text.
pub trait FromJson: Sized {
    /// Reads the next value of `r`; an error carries a code (`E_TYPE`, …), a message and the
    /// path below the value.
    fn from_json(r: &mut Reader<'_>) -> Result<Self, Error>;

    /// The value of a struct field that is absent from its object: `Some(None)` for an `Option`,
    /// `None` (a missing-field error) for everything else.
    fn absent() -> Option<Self> {
        None
    }

    /// Whether an absent struct field of this type reads as a value ([`FromJson::absent`] is
    /// `Some`): true for `Option`.
    const OPTIONAL: bool = false;
}

/// Writes a value of this type as compact JSON (the same bytes as `serde_json::to_string`).
pub trait ToJson {
    /// Appends the JSON text of `self` to `out`.
    fn to_json(&self, out: &mut String);
}

/// A type written as the key of a JSON object (a map key).
pub trait ToJsonKey {
    /// The key's text.
    fn key_str(&self) -> &str;
}

/// A type read from the key of a JSON object (a map key).
pub trait JsonKey: ToJsonKey + Sized {
    /// Reads a key.
    fn from_key(key: &str) -> Result<Self, Error>;
}

impl<T: ToJsonKey + ?Sized> ToJsonKey for &T {
    fn key_str(&self) -> &str {
        (**self).key_str()
    }
}

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
    pub use crate::error::{duplicate_field, missing_field, unknown_variant};
    pub use crate::impls::{read_map, read_seq};
    use crate::{Error, FromJson, Reader};

    /// Reads a field's value, adding the field's name to the path of an error.
    #[inline]
    pub fn field<T: FromJson>(r: &mut Reader<'_>, key: &'static str) -> Result<T, Error> {
        T::from_json(r).map_err(|e| e.at_key(key))
    }

    /// Reads a field's value into its slot: `E_PARSE` when the field was already read, the
    /// field's name added to the path of an error. One copy per field type, shared by every
    /// struct (this keeps the derived code small).
    #[inline(never)]
    pub fn field_into<T: FromJson>(
        r: &mut Reader<'_>,
        slot: &mut Option<T>,
        key: &'static str,
    ) -> Result<(), Error> {
        if slot.is_some() {
            return Err(duplicate_field(key));
        }
        *slot = Some(T::from_json(r).map_err(|e| e.at_key(key))?);
        Ok(())
    }

    /// The index of `name` in `names` (a variant's name: the derived readers match on the index,
    /// not on the text).
    #[inline(never)]
    pub fn variant_of(name: &str, names: &[&str]) -> Option<usize> {
        names.iter().position(|n| *n == name)
    }

    /// `E_MISSING_FIELD` for the first field marked in `missing` (the derived readers check
    /// every required field before they move anything out of their slots).
    #[cold]
    #[inline(never)]
    pub fn first_missing(missing: &[bool], fields: &[&str]) -> Error {
        let i = missing.iter().position(|m| *m).unwrap_or_default();
        missing_field(fields.get(i).copied().unwrap_or_default())
    }

    /// Writes `,"key":` (without the comma for the first member).
    #[inline(never)]
    pub fn key(out: &mut String, first: &mut bool, key: &str) {
        if !*first {
            out.push(',');
        }
        *first = false;
        out.push('"');
        out.push_str(key);
        out.push_str("\":");
    }

    /// A string naming a variant that holds a value (or no variant at all).
    #[cold]
    #[inline(never)]
    pub fn external_unit(name: &str, variants: &[&str]) -> Error {
        if variants.contains(&name) {
            Error::new("E_TYPE", "invalid type: unit variant, expected newtype variant".to_owned())
        } else {
            unknown_variant(name, variants)
        }
    }
}

#[cfg(test)]
mod tests;
