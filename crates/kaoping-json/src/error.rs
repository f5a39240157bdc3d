//! Errors of reading: a stable code, a message and a JSON path built as the error travels up.

use crate::Json;
use std::fmt;

/// One step of a path.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Seg {
    Key(String),
    Index(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Inner {
    code: &'static str,
    message: String,
    /// Innermost first (segments are added while the error travels up).
    segs: Vec<Seg>,
}

/// A reading error: a stable code (`E_PARSE`, `E_TYPE`, `E_UNKNOWN_FIELD`, `E_MISSING_FIELD`,
/// `E_UNKNOWN_VARIANT`, `E_LIMIT` or any code a hand-written reader raises), a message and the
/// path of the value it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(Box<Inner>);

impl Error {
    /// A new error at the current value.
    #[cold]
    #[inline(never)]
    pub fn new(code: &'static str, message: String) -> Error {
        Error(Box::new(Inner { code, message, segs: Vec::new() }))
    }

    /// The same error, one object member further down (`key` is the member's name).
    #[cold]
    #[inline(never)]
    #[must_use]
    pub fn at_key(mut self, key: &str) -> Error {
        self.0.segs.push(Seg::Key(key.to_owned()));
        self
    }

    /// The same error, one array element further down.
    #[cold]
    #[inline(never)]
    #[must_use]
    pub fn at_index(mut self, index: usize) -> Error {
        self.0.segs.push(Seg::Index(index));
        self
    }

    /// The code, e.g. `E_TYPE`.
    pub fn code(&self) -> &'static str {
        self.0.code
    }

    /// The message, for people.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The path: `dimensions[1].indicators[3].weight`; empty for the root.
    pub fn path(&self) -> String {
        let mut out = String::new();
        for seg in self.0.segs.iter().rev() {
            match seg {
                Seg::Key(k) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Seg::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
            }
        }
        out
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path();
        if path.is_empty() {
            write!(f, "{}: {}", self.0.code, self.0.message)
        } else {
            write!(f, "{} at {}: {}", self.0.code, path, self.0.message)
        }
    }
}

impl std::error::Error for Error {}

/// How a value is named in a type error (as serde names it).
fn unexpected(value: &Json) -> String {
    match value {
        Json::Null => "null".to_owned(),
        Json::Bool(b) => format!("boolean `{b}`"),
        Json::Number(n) => {
            if !crate::impls::is_integer_text(n) {
                format!("floating point `{n}`")
            } else {
                format!("integer `{n}`")
            }
        }
        Json::String(s) => {
            let shown: String = s.chars().take(40).collect();
            format!("string {shown:?}")
        }
        Json::Array(_) => "sequence".to_owned(),
        Json::Object(_) => "map".to_owned(),
    }
}

/// `E_TYPE`: `value` is not what was expected.
#[cold]
#[inline(never)]
pub fn type_error(value: &Json, expected: &str) -> Error {
    Error::new("E_TYPE", format!("invalid type: {}, expected {expected}", unexpected(value)))
}

/// `E_TYPE`: `value` has the right type but not an allowed value.
#[cold]
#[inline(never)]
pub fn value_error(shown: &str, expected: &str) -> Error {
    Error::new("E_TYPE", format!("invalid value: {shown}, expected {expected}"))
}

/// `E_TYPE` for a value that should be an object.
#[cold]
#[inline(never)]
pub fn expected_object(value: &Json, expected: &str) -> Error {
    type_error(value, expected)
}

/// `E_TYPE` for a value that should be a string.
#[cold]
#[inline(never)]
pub fn expected_string(value: &Json, expected: &str) -> Error {
    type_error(value, expected)
}

fn one_of(names: &[&str]) -> String {
    let mut out = String::new();
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(n);
        out.push('`');
    }
    out
}

/// `E_UNKNOWN_FIELD`, located at the field.
#[cold]
#[inline(never)]
pub fn unknown_field(key: &str, expected: &[&str]) -> Error {
    let shown: String = key.chars().take(64).collect();
    let message = if expected.is_empty() {
        format!("unknown field `{shown}`, there are no fields")
    } else {
        format!("unknown field `{shown}`, expected one of {}", one_of(expected))
    };
    Error::new("E_UNKNOWN_FIELD", message).at_key(&shown)
}

/// `E_PARSE`: a field appears twice in one object.
#[cold]
#[inline(never)]
pub fn duplicate_field(key: &str) -> Error {
    Error::new("E_PARSE", format!("duplicate field `{key}`")).at_key(key)
}

/// `E_MISSING_FIELD`, located at the object.
#[cold]
#[inline(never)]
pub fn missing_field(name: &str) -> Error {
    Error::new("E_MISSING_FIELD", format!("missing field `{name}`"))
}

/// `E_UNKNOWN_VARIANT`: `name` is none of `variants`.
#[cold]
#[inline(never)]
pub fn unknown_variant(name: &str, variants: &[&str]) -> Error {
    let shown: String = name.chars().take(64).collect();
    Error::new(
        "E_UNKNOWN_VARIANT",
        format!("unknown variant `{shown}`, expected one of {}", one_of(variants)),
    )
}
