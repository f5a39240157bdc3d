//! The traits a type implements to be read from and written as JSON.

use crate::{Error, Reader};

/// Reads a value of this type from JSON text.
pub trait FromJson: Sized {
    /// Reads the next value of `r`; an error carries a code (`E_TYPE`, …), a message and the
    /// path below the value.
    fn from_json(r: &mut Reader<'_>) -> Result<Self, Error>;

    /// A value that holds the place of a value until it is read (see [`FromJson::read_into`]).
    /// For an `Option` it is `None`, the value of an absent optional field; for a derived
    /// struct, the struct with every field holding its value for "absent" (its default, `None`
    /// or its type's placeholder). No caller ever sees a required field's placeholder: a
    /// required field that stays absent is an `E_MISSING_FIELD` error.
    fn placeholder() -> Self;

    /// Reads the next value of `r` into `self`, which holds [`FromJson::placeholder`] (a
    /// derived struct reads its members straight into its fields; other types replace the
    /// value with [`FromJson::from_json`]'s).
    fn read_into(&mut self, r: &mut Reader<'_>) -> Result<(), Error> {
        *self = Self::from_json(r)?;
        Ok(())
    }

    /// Whether [`FromJson::read_into`] relies on `self` holding the placeholder (it reads into
    /// it rather than replacing it): true for derived structs, `Option` and `Vec`.
    const READS_IN_PLACE: bool = false;

    /// Whether an absent struct field of this type reads as a value (its placeholder, `None`)
    /// rather than being a missing field: true for `Option`.
    const OPTIONAL: bool = false;
}

/// A place a value is read into, holding [`FromJson::placeholder`] of its type until then: a
/// field of a struct being read (one vtable per field type, shared by every struct), or the
/// value read from a whole text.
pub trait Slot {
    /// Reads the next value of `r` into the place.
    fn read(&mut self, r: &mut Reader<'_>) -> Result<(), Error>;
}

impl<T: FromJson> Slot for T {
    fn read(&mut self, r: &mut Reader<'_>) -> Result<(), Error> {
        self.read_into(r)
    }
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
