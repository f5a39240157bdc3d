//! Reading JSON text into kaoping's types: one reader that enforces the declared size limits
//! while it reads, and the first error turned into a coded, located [`Problem`](crate::Problem).

use crate::base::error::{Code, Problems};
use crate::base::limits;
use crate::base::message::reading::{of_limit, of_reader_error};

/// The limits every JSON text read by kaoping is held to (see [`crate::base::limits`]).
pub const JSON_LIMITS: kaoping_json::Limits = kaoping_json::Limits {
    max_bytes: limits::MAX_JSON_BYTES,
    max_depth: limits::MAX_JSON_DEPTH,
    max_items: limits::MAX_JSON_ITEMS,
    max_string_bytes: limits::MAX_JSON_STRING_BYTES,
};

/// Turns a reading error of kaoping-json into a coded, located [`Problem`](crate::Problem).
#[cold]
#[inline(never)]
fn problems_of(e: kaoping_json::Error) -> Problems {
    if let Some(limit) = e.limit() {
        return Problems::one(Code::Limit, e.path(), of_limit(limit));
    }
    let code = Code::from_text(e.code()).unwrap_or(Code::Parse);
    Problems::one(code, e.path(), of_reader_error(e.code(), e.message()))
}

/// Reads a JSON text into `T`, turning the first error in the text into a located [`Problem`](crate::Problem):
/// syntax errors (`E_PARSE`) at the innermost object or array, type and field errors (`E_TYPE`,
/// `E_UNKNOWN_FIELD`, `E_MISSING_FIELD`, `E_UNKNOWN_VARIANT`, `E_NUMBER_*`, …) at the value.
///
/// The reader holds the text to [`JSON_LIMITS`] as it reads (the text's bytes before anything
/// is read; nesting depth, array and object sizes and string bytes where it meets them), so
/// hostile text is refused with `E_LIMIT` and the path where the limit was broken before
/// anything proportional to it is allocated, and nesting never recurses deeper than the limit.
pub fn from_json_str<T: kaoping_json::FromJson>(text: &str) -> Result<T, Problems> {
    let mut out = T::placeholder();
    read_json_text(text, &mut out)?;
    Ok(out)
}

/// The part of [`from_json_str`] that does not depend on the type read (one copy for all):
/// the limited reader, the end of the text and the error's conversion. `out` holds its
/// type's placeholder and is read into.
#[inline(never)]
fn read_json_text(text: &str, out: &mut dyn kaoping_json::Slot) -> Result<(), Problems> {
    let mut r = kaoping_json::Reader::with_limits(text, JSON_LIMITS).map_err(problems_of)?;
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

    #[test]
    fn limits_are_worded_in_english_and_chinese_at_their_path() {
        #[derive(Debug, kaoping_json::FromJson)]
        #[cfg_attr(feature = "serde", derive(serde::Deserialize))]
        #[allow(dead_code)]
        struct Named {
            name: String,
        }
        let long = "x".repeat(limits::MAX_JSON_STRING_BYTES + 1);
        let problems = from_json_str::<Named>(&format!("{{\"name\":\"{long}\"}}")).unwrap_err();
        let p = &problems.0[0];
        assert_eq!((p.code, p.path.as_str()), (Code::Limit, "name"));
        assert_eq!(p.message, "a string of 65537 bytes is longer than the limit of 65536 bytes");
        assert_eq!(p.message_zh, "字符串有 65537 字节，超过上限 65536 字节");
        let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
        let problems = from_json_str::<Vec<kaoping_json::Json>>(&deep).unwrap_err();
        let p = &problems.0[0];
        assert_eq!((p.code, p.path.as_str()), (Code::Limit, "[0]".repeat(32).as_str()));
        assert_eq!(p.message, "JSON nested deeper than 32 levels");
        assert_eq!(p.message_zh, "JSON 嵌套超过 32 层");
    }
}
