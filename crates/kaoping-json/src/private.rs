//! Helpers called by the derived code. Not a stable API.

pub use crate::error::{duplicate_field, missing_field, unknown_variant};
pub use crate::impls::{read_map, read_seq};
pub use crate::Slot;
use crate::{Error, FromJson, Reader};

/// The place of a field read by its own function (`#[json(from_json_with = "path")]`): the
/// value read replaces the field's.
pub struct With<'s, T> {
    /// The field.
    pub slot: &'s mut T,
    /// Its reader.
    pub read: fn(&mut Reader<'_>) -> Result<T, Error>,
}

impl<T> Slot for With<'_, T> {
    fn read(&mut self, r: &mut Reader<'_>) -> Result<(), Error> {
        *self.slot = (self.read)(r)?;
        Ok(())
    }
}

/// The place of a field that does not start out as its type's placeholder (a field with a
/// default): the value read replaces the field's (reset to the placeholder first when the
/// type reads in place).
pub struct Reset<'s, T>(pub &'s mut T);

impl<T: FromJson> Slot for Reset<'_, T> {
    fn read(&mut self, r: &mut Reader<'_>) -> Result<(), Error> {
        if T::READS_IN_PLACE {
            *self.0 = T::placeholder();
        }
        self.0.read_into(r)
    }
}

/// What the derived reader of one struct (or struct variant) needs to know about its
/// object: a constant per type, read by the one shared loop [`read_members`].
pub struct Shape {
    /// `Some("struct Name")`: the object is entered first (`E_TYPE` naming this when the
    /// value is not an object); `None`: it has been entered (an internally tagged variant).
    pub expected: Option<&'static str>,
    /// The members' names, in the order of the fields (at most 64).
    pub fields: &'static [&'static str],
    /// Bit `i` set: field `i` is required (`E_MISSING_FIELD` when absent).
    pub required: u64,
    /// A member passed over (an internally tagged enum's tag).
    pub skip: Option<&'static str>,
    /// `deny_unknown_fields`: another member is `E_UNKNOWN_FIELD`.
    pub deny: bool,
}

/// Reads the members of a struct's object into `slots` (one per field, in the order of
/// `shape.fields`; each already holds the field's value for "absent": its default, `None`
/// or its type's placeholder, and a field with a default is behind a [`Reset`]). Errors, in document order: `E_PARSE` for a member given twice, any
/// error of a member's value with the member's name added to its path, then
/// `E_MISSING_FIELD` for the first required field that was absent. The one loop every
/// derived struct reader shares (only setting up the slots is per type).
#[inline(never)]
pub fn read_members(r: &mut Reader<'_>, shape: &Shape, slots: &mut [&mut dyn Slot]) -> Result<(), Error> {
    if let Some(expected) = shape.expected {
        r.begin_object(expected)?;
    }
    let mut seen: u64 = 0;
    while let Some(i) = r.next_field(shape.fields, shape.skip, shape.deny)? {
        let key = shape.fields.get(i).copied().unwrap_or_default();
        let bit = 1u64.checked_shl(u32::try_from(i).unwrap_or(u32::MAX)).unwrap_or(0);
        if seen & bit != 0 {
            return Err(duplicate_field(key));
        }
        seen |= bit;
        if let Some(slot) = slots.get_mut(i) {
            slot.read(r).map_err(|e| e.at_key(key))?;
        }
    }
    let missing = shape.required & !seen;
    if missing != 0 {
        let i = usize::try_from(missing.trailing_zeros()).unwrap_or_default();
        return Err(missing_field(shape.fields.get(i).copied().unwrap_or_default()));
    }
    Ok(())
}

/// The index of `name` in `names` (a variant's name: the derived readers match on the index,
/// not on the text).
#[inline(never)]
pub fn variant_of(name: &str, names: &[&str]) -> Option<usize> {
    names.iter().position(|n| *n == name)
}

/// The index of the unit variant named `name` in `variants`, or `E_UNKNOWN_VARIANT`.
#[inline(never)]
pub fn variant_index(name: &str, variants: &[&str]) -> Result<usize, Error> {
    variant_of(name, variants).ok_or_else(|| unknown_variant(name, variants))
}

/// The index of the unit variant named by the next value of `r`, a string (`E_TYPE` naming
/// `expected` when it is not one, `E_UNKNOWN_VARIANT` when it names none of `variants`).
#[inline(never)]
pub fn read_unit_variant(r: &mut Reader<'_>, expected: &str, variants: &[&str]) -> Result<usize, Error> {
    let name = r.str(expected)?;
    variant_index(&name, variants)
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
