//! Errors of reading: a stable code, a message and a JSON path built as the error travels up.

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
    /// For a syntax error: how many objects and arrays were open. Its path is the innermost
    /// open container's, so only that many outer segments (less one) are kept.
    open: Option<usize>,
    /// For an `E_LIMIT` error of the reader's own limits: which one.
    limit: Option<crate::Limit>,
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
        Error(Box::new(Inner { code, message, segs: Vec::new(), open: None, limit: None }))
    }

    /// A syntax error (`E_PARSE`) while `open` objects and arrays were open.
    #[cold]
    #[inline(never)]
    pub fn syntax(message: String, open: usize) -> Error {
        Error(Box::new(Inner { code: "E_PARSE", message, segs: Vec::new(), open: Some(open), limit: None }))
    }

    /// `E_LIMIT`: the text broke one of the reader's [`crate::Limits`] (the message is the
    /// limit's English wording).
    #[cold]
    #[inline(never)]
    pub fn of_limit(limit: crate::Limit) -> Error {
        Error(Box::new(Inner {
            code: "E_LIMIT",
            message: limit.to_string(),
            segs: Vec::new(),
            open: None,
            limit: Some(limit),
        }))
    }

    /// The limit broken, for an `E_LIMIT` error raised by the reader's own [`crate::Limits`].
    pub fn limit(&self) -> Option<crate::Limit> {
        self.0.limit
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
        let keep = self.0.open.map_or(usize::MAX, |open| open.saturating_sub(1));
        for seg in self.0.segs.iter().rev().take(keep) {
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

/// `E_TYPE`: `shown` (described as serde describes values) is not what was expected.
#[cold]
#[inline(never)]
pub fn type_error_text(shown: &str, expected: &str) -> Error {
    Error::new("E_TYPE", format!("invalid type: {shown}, expected {expected}"))
}

/// `E_TYPE`: `value` has the right type but not an allowed value.
#[cold]
#[inline(never)]
pub fn value_error(shown: &str, expected: &str) -> Error {
    Error::new("E_TYPE", format!("invalid value: {shown}, expected {expected}"))
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
