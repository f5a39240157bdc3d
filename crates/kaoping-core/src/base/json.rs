//! Reading JSON text into kaoping's types: the declared size limits first, then the reader, and
//! the first error turned into a coded, located [`Problem`](crate::Problem).

use crate::base::error::{Code, Problems};
use crate::base::message::reading::of_reader_error;

/// Turns a reading error of kaoping-json into a coded, located [`Problem`](crate::Problem).
#[cold]
#[inline(never)]
fn problems_of(e: kaoping_json::Error) -> Problems {
    let code = Code::from_text(e.code()).unwrap_or(Code::Parse);
    Problems::one(code, e.path(), of_reader_error(e.code(), e.message()))
}

/// Reads a JSON text into `T`, turning the first error in the text into a located [`Problem`](crate::Problem):
/// syntax errors (`E_PARSE`) at the innermost object or array, type and field errors (`E_TYPE`,
/// `E_UNKNOWN_FIELD`, `E_MISSING_FIELD`, `E_UNKNOWN_VARIANT`, `E_NUMBER_*`, …) at the value.
///
/// The text is first checked against the declared size limits ([`crate::base::limits::check_json_text`]:
/// bytes, nesting depth, array and string sizes), so hostile text is refused with `E_LIMIT`
/// before anything proportional to it is allocated.
pub fn from_json_str<T: kaoping_json::FromJson>(text: &str) -> Result<T, Problems> {
    let mut out = T::placeholder();
    read_json_text(text, &mut out)?;
    Ok(out)
}

/// The part of [`from_json_str`] that does not depend on the type read (one copy for all):
/// the limits, the reader, the end of the text and the error's conversion. `out` holds its
/// type's placeholder and is read into.
#[inline(never)]
fn read_json_text(text: &str, out: &mut dyn kaoping_json::Slot) -> Result<(), Problems> {
    crate::base::limits::check_json_text(text).map_err(|p| Problems(vec![p]))?;
    let mut r = kaoping_json::Reader::new(text);
    out.read(&mut r).and_then(|()| r.finish()).map_err(problems_of)
}

/// Reads a JSON value kept as it was (a [`kaoping_json::Json`]) into `T`, with the same
/// problems as [`from_json_str`] (through its compact text).
pub fn from_json_value<T: kaoping_json::FromJson>(value: &kaoping_json::Json) -> Result<T, Problems> {
    from_json_str(&kaoping_json::to_string(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_ending_inside_an_object_is_located_at_that_object() {
        #[derive(Debug, kaoping_json::FromJson)]
        #[cfg_attr(feature = "serde", derive(serde::Deserialize))]
        #[allow(dead_code)]
        struct Inner {
            id: String,
        }
        #[derive(Debug, kaoping_json::FromJson)]
        #[cfg_attr(feature = "serde", derive(serde::Deserialize))]
        #[allow(dead_code)]
        struct Outer {
            officer: Inner,
        }
        let problems = from_json_str::<Outer>("{\"officer\": {\"id\": \"T-1\"").unwrap_err();
        let p = &problems.0[0];
        assert_eq!((p.code, p.path.as_str()), (Code::Parse, "officer"));
    }
}
