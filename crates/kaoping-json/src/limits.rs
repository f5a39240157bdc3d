//! The size limits a [`Reader`](crate::Reader) enforces while it reads: the whole text's bytes
//! (checked before anything is read), the nesting depth, the elements of one array or members
//! of one object, and the bytes of one string. A text beyond a limit is refused with `E_LIMIT`
//! and a structured [`Limit`] where the reader meets it, before anything proportional to the
//! excess is allocated; nesting is refused before the reader (and the readers of the types,
//! which recurse with it) go deeper, so the stack stays bounded.

use std::fmt;

/// The limits one reader enforces ([`Reader::with_limits`](crate::Reader::with_limits)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of the whole text.
    pub max_bytes: usize,
    /// Arrays and objects open at once.
    pub max_depth: usize,
    /// Elements of one array, or members of one object.
    pub max_items: usize,
    /// Bytes of one string (key or value) as written between its quotes, escapes included.
    pub max_string_bytes: usize,
}

impl Limits {
    /// The limits of [`Reader::new`](crate::Reader::new): nesting up to [`crate::MAX_DEPTH`],
    /// nothing else bounded.
    pub const DEFAULT: Limits = Limits {
        max_bytes: usize::MAX,
        max_depth: crate::MAX_DEPTH,
        max_items: usize::MAX,
        max_string_bytes: usize::MAX,
    };
}

impl Limits {
    /// `E_LIMIT` when the string whose content starts at `start` (after its opening quote) is
    /// longer than allowed up to `pos` (its whole length is reported).
    #[inline]
    pub(crate) fn string(&self, bytes: &[u8], start: usize, pos: usize) -> Result<(), crate::Error> {
        let max = self.max_string_bytes;
        if pos.saturating_sub(start) > max {
            let bytes = string_bytes(bytes, start);
            return Err(crate::Error::of_limit(Limit::StringTooLong { bytes, max }));
        }
        Ok(())
    }
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::DEFAULT
    }
}

/// Which limit a text broke (the `E_LIMIT` errors of the reader, [`crate::Error::limit`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// The whole text has `bytes` bytes, more than `max`.
    TextTooLarge {
        /// The text's bytes.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// A string has `bytes` bytes between its quotes, more than `max`.
    StringTooLong {
        /// The string's bytes as written.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// Arrays and objects nest deeper than `max`.
    TooDeep {
        /// The limit.
        max: usize,
    },
    /// An array has more than `max` elements.
    ArrayTooLong {
        /// The limit.
        max: usize,
    },
    /// An object has more than `max` members.
    ObjectTooLarge {
        /// The limit.
        max: usize,
    },
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Limit::TextTooLarge { bytes, max } => {
                write!(f, "JSON text of {bytes} bytes is larger than the limit of {max} bytes")
            }
            Limit::StringTooLong { bytes, max } => {
                write!(f, "a string of {bytes} bytes is longer than the limit of {max} bytes")
            }
            Limit::TooDeep { max } => write!(f, "JSON nested deeper than {max} levels"),
            Limit::ArrayTooLong { max } => write!(f, "an array with more than {max} elements"),
            Limit::ObjectTooLarge { max } => write!(f, "an object with more than {max} members"),
        }
    }
}

/// The bytes of the string whose content starts at `start` (after its opening quote), up to its
/// closing quote or the end of the text, escaped characters skipped (for the message of a
/// string found too long: no allocation, one scan).
#[cold]
#[inline(never)]
fn string_bytes(bytes: &[u8], start: usize) -> usize {
    let mut j = start;
    while let Some(&c) = bytes.get(j) {
        match c {
            b'\\' => j = j.saturating_add(2),
            b'"' => break,
            _ => j = j.saturating_add(1),
        }
    }
    j.min(bytes.len()).saturating_sub(start)
}
