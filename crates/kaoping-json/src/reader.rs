//! The reader: a pull parser over JSON text that [`crate::FromJson`] impls read from directly,
//! without building a DOM. Keys and strings without escapes are borrowed from the text; numbers
//! are handed over as their text.
//!
//! A syntax error is `E_PARSE`, located (like serde_json's errors were) at the innermost open
//! object or array, with the line and column in the message. Members are read in document
//! order, so the first error in the text is the one reported.

use crate::error::{missing_field, type_error_text, unknown_field};
use crate::{Error, Limit, Limits};
use std::borrow::Cow;

/// Nesting deeper than this is refused with `E_LIMIT` by a [`Reader::new`] (callers pass their
/// own, usually much smaller, depth to [`Reader::with_limits`]); this keeps the stack bounded.
pub const MAX_DEPTH: usize = 128;

/// What the next value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

/// A cursor over one JSON text.
pub struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    /// After `{` or `[`: no comma expected before the first member or element.
    first: bool,
    limits: Limits,
    /// Per open container, innermost last: the elements or members admitted so far.
    counts: Vec<usize>,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`, with the [`Limits::DEFAULT`] (nesting up to
    /// [`MAX_DEPTH`], nothing else bounded).
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            depth: 0,
            first: false,
            limits: Limits::DEFAULT,
            counts: Vec::new(),
        }
    }

    /// A reader at the start of `text` that enforces `limits` while it reads, or `E_LIMIT`
    /// ([`Limit::TextTooLarge`]) when the text is larger than `limits.max_bytes` (nothing read).
    pub fn with_limits(text: &'a str, limits: Limits) -> Result<Reader<'a>, Error> {
        if text.len() > limits.max_bytes {
            return Err(Error::of_limit(Limit::TextTooLarge { bytes: text.len(), max: limits.max_bytes }));
        }
        let mut r = Reader::new(text);
        r.counts = Vec::with_capacity(limits.max_depth.min(64));
        r.limits = limits;
        Ok(r)
    }

    /// Checks that nothing but whitespace follows the value read.
    pub fn finish(&mut self) -> Result<(), Error> {
        self.skip_ws();
        if self.pos < self.bytes.len() {
            return Err(self.syntax("trailing characters"));
        }
        Ok(())
    }

    /// A syntax error at the current position.
    #[cold]
    #[inline(never)]
    pub fn syntax(&self, what: &str) -> Error {
        let upto = self.bytes.get(..self.pos.min(self.bytes.len())).unwrap_or_default();
        let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = upto.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Error::syntax(format!("{what} at line {line} column {column}"), self.depth)
    }

    #[inline]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    #[inline]
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// The kind of the next value (whitespace skipped); a syntax error when there is none.
    #[inline(never)]
    pub fn kind(&mut self) -> Result<Kind, Error> {
        self.skip_ws();
        match self.peek() {
            Some(b'n') => Ok(Kind::Null),
            Some(b't' | b'f') => Ok(Kind::Bool),
            Some(b'-' | b'0'..=b'9') => Ok(Kind::Number),
            Some(b'"') => Ok(Kind::String),
            Some(b'[') => Ok(Kind::Array),
            Some(b'{') => Ok(Kind::Object),
            None => Err(self.syntax("EOF while parsing a value")),
            Some(_) => Err(self.syntax("expected value")),
        }
    }

    /// `E_TYPE`: the next value is not `expected` (the value is described, not consumed).
    #[cold]
    #[inline(never)]
    pub fn type_error(&mut self, expected: &str) -> Error {
        let kind = match self.kind() {
            Err(e) => return e,
            Ok(kind) => kind,
        };
        // A malformed value is a syntax error first (as serde_json reports it).
        let save = self.pos;
        let shown = match kind {
            Kind::Null => self.literal("null").map(|()| "null".to_owned()),
            Kind::Bool => self.bool().map(|b| format!("boolean `{b}`")),
            Kind::Number => self.number_text().map(|n| {
                if crate::number::is_integer_text(n) {
                    format!("integer `{n}`")
                } else {
                    format!("floating point `{n}`")
                }
            }),
            Kind::String => {
                self.string().map(|s| format!("string {:?}", s.chars().take(40).collect::<String>()))
            }
            Kind::Array => Ok("sequence".to_owned()),
            Kind::Object => Ok("map".to_owned()),
        };
        self.pos = save;
        match shown {
            Ok(shown) => type_error_text(&shown, expected),
            Err(e) => e,
        }
    }

    // ---- scalars -----------------------------------------------------------------------------

    fn literal(&mut self, word: &str) -> Result<(), Error> {
        let end = self.pos + word.len();
        if self.bytes.get(self.pos..end) == Some(word.as_bytes()) {
            self.pos = end;
            Ok(())
        } else {
            let same = self
                .bytes
                .get(self.pos..)
                .unwrap_or_default()
                .iter()
                .zip(word.bytes())
                .take_while(|(a, b)| **a == *b)
                .count();
            self.pos += same;
            Err(self.syntax(if self.pos >= self.bytes.len() {
                "EOF while parsing a value"
            } else {
                "expected ident"
            }))
        }
    }

    /// Consumes a `null` if it is next; tells whether it was.
    pub fn null(&mut self) -> Result<bool, Error> {
        if self.kind()? == Kind::Null {
            self.literal("null")?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Reads a boolean, or `E_TYPE`.
    pub fn bool(&mut self) -> Result<bool, Error> {
        if self.kind()? == Kind::Bool {
            let value = self.peek() == Some(b't');
            self.literal(if value { "true" } else { "false" })?;
            return Ok(value);
        }
        Err(self.type_error("a boolean"))
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    /// Reads a number and returns its text, or `E_TYPE` (`expected` names what was wanted).
    pub fn number(&mut self, expected: &str) -> Result<&'a str, Error> {
        if self.kind()? != Kind::Number {
            return Err(self.type_error(expected));
        }
        self.number_text()
    }

    #[inline(never)]
    fn number_text(&mut self) -> Result<&'a str, Error> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            None => return Err(self.syntax("EOF while parsing a value")),
            Some(_) => return Err(self.syntax("invalid number")),
        }
        let mut exponent = false;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.syntax(if self.peek().is_none() {
                    "EOF while parsing a value"
                } else {
                    "invalid number"
                }));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            exponent = true;
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.syntax(if self.peek().is_none() {
                    "EOF while parsing a value"
                } else {
                    "invalid number"
                }));
            }
        }
        let text = self.text.get(start..self.pos).unwrap_or_default();
        // serde_json refuses a number beyond the range of f64 as it reads the text.
        if (exponent || text.len() > 300) && crate::parse_f64(text).is_none_or(f64::is_infinite) {
            return Err(self.syntax("number out of range"));
        }
        Ok(text)
    }

    /// Reads a string, or `E_TYPE` (`expected` names what was wanted).
    pub fn str(&mut self, expected: &str) -> Result<Cow<'a, str>, Error> {
        if self.kind()? != Kind::String {
            return Err(self.type_error(expected));
        }
        self.string()
    }

    /// Reads the string at the current position (the opening quote is next).
    #[inline(never)]
    fn string(&mut self) -> Result<Cow<'a, str>, Error> {
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.peek() {
                None => return Err(self.syntax("EOF while parsing a string")),
                Some(b'"') => {
                    self.limits.string(self.bytes, start, self.pos)?;
                    // Quotes are ASCII, so both ends are character boundaries.
                    let s = self.text.get(start..self.pos).unwrap_or_default();
                    self.pos += 1;
                    return Ok(Cow::Borrowed(s));
                }
                Some(b'\\') => break,
                Some(0..=0x1f) => return Err(self.control()),
                Some(_) => self.pos += 1,
            }
        }
        self.limits.string(self.bytes, start, self.pos)?;
        let mut out = String::from(self.text.get(start..self.pos).unwrap_or_default());
        loop {
            let run = self.pos;
            loop {
                match self.peek() {
                    None => return Err(self.syntax("EOF while parsing a string")),
                    Some(b'"' | b'\\') => break,
                    Some(0..=0x1f) => return Err(self.control()),
                    Some(_) => self.pos += 1,
                }
            }
            // Checked before each piece is kept, so `out` stays within the limit.
            self.limits.string(self.bytes, start, self.pos)?;
            out.push_str(self.text.get(run..self.pos).unwrap_or_default());
            if self.peek() == Some(b'"') {
                self.pos += 1;
                return Ok(Cow::Owned(out));
            }
            self.pos += 1;
            let escape = self.peek();
            self.pos += 1;
            match escape {
                Some(b'"') => out.push('"'),
                Some(b'\\') => out.push('\\'),
                Some(b'/') => out.push('/'),
                Some(b'b') => out.push('\u{8}'),
                Some(b'f') => out.push('\u{c}'),
                Some(b'n') => out.push('\n'),
                Some(b'r') => out.push('\r'),
                Some(b't') => out.push('\t'),
                Some(b'u') => out.push(self.unicode_escape()?),
                None => return Err(self.syntax("EOF while parsing a string")),
                Some(_) => {
                    self.pos -= 1;
                    return Err(self.syntax("invalid escape"));
                }
            }
        }
    }

    #[cold]
    fn control(&self) -> Error {
        self.syntax("control character (\\u0000-\\u001F) found while parsing a string")
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n: u32 = 0;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b @ b'0'..=b'9') => u32::from(b - b'0'),
                Some(b @ b'a'..=b'f') => u32::from(b - b'a' + 10),
                Some(b @ b'A'..=b'F') => u32::from(b - b'A' + 10),
                None => return Err(self.syntax("EOF while parsing a string")),
                Some(_) => return Err(self.syntax("invalid escape")),
            };
            n = n * 16 + d;
            self.pos += 1;
        }
        Ok(n)
    }

    fn unicode_escape(&mut self) -> Result<char, Error> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                    return Err(self.syntax("lone leading surrogate in hex escape"));
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.syntax("lone leading surrogate in hex escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.syntax("unexpected end of hex escape")),
            n => n,
        };
        char::from_u32(code).ok_or_else(|| self.syntax("invalid unicode code point"))
    }

    // ---- containers --------------------------------------------------------------------------

    /// Enters the object or array at the current position: `E_LIMIT` when that would nest
    /// deeper than the limit.
    fn enter(&mut self) -> Result<(), Error> {
        if self.depth >= self.limits.max_depth {
            return Err(Error::of_limit(Limit::TooDeep { max: self.limits.max_depth }));
        }
        self.depth += 1;
        self.counts.push(0);
        self.pos += 1;
        self.first = true;
        Ok(())
    }

    /// Leaves the object or array whose closing bracket is next.
    fn leave(&mut self) {
        self.pos += 1;
        self.depth -= 1;
        self.counts.pop();
        self.first = false;
    }

    /// Admits one more element or member of the innermost container, or `E_LIMIT` when it
    /// already has the most allowed (an array's error is located at the element refused).
    fn admit(&mut self, array: bool) -> Result<(), Error> {
        let max = self.limits.max_items;
        if let Some(n) = self.counts.last_mut() {
            if *n >= max {
                let at = *n;
                return Err(if array {
                    Error::of_limit(Limit::ArrayTooLong { max }).at_index(at)
                } else {
                    Error::of_limit(Limit::ObjectTooLarge { max })
                });
            }
            *n += 1;
        }
        Ok(())
    }

    /// Enters an object, or `E_TYPE` (`expected` names what was wanted).
    #[inline(never)]
    pub fn begin_object(&mut self, expected: &str) -> Result<(), Error> {
        if self.kind()? != Kind::Object {
            return Err(self.type_error(expected));
        }
        self.enter()
    }

    /// Enters an array, or `E_TYPE` (`expected` names what was wanted).
    #[inline(never)]
    pub fn begin_array(&mut self, expected: &str) -> Result<(), Error> {
        if self.kind()? != Kind::Array {
            return Err(self.type_error(expected));
        }
        self.enter()
    }

    /// The next key of the object being read (its `:` consumed), or `None` at its end.
    #[inline(never)]
    pub fn next_key(&mut self) -> Result<Option<Cow<'a, str>>, Error> {
        self.skip_ws();
        match self.peek() {
            Some(b'}') => {
                self.leave();
                return Ok(None);
            }
            Some(b',') if !self.first => {
                self.pos += 1;
                self.skip_ws();
                match self.peek() {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.syntax("trailing comma")),
                    None => return Err(self.syntax("EOF while parsing an object")),
                    Some(_) => return Err(self.syntax("key must be a string")),
                }
            }
            Some(b'"') if self.first => {}
            None => return Err(self.syntax("EOF while parsing an object")),
            Some(_) if self.first => return Err(self.syntax("key must be a string")),
            Some(_) => return Err(self.syntax("expected `,` or `}`")),
        }
        self.first = false;
        self.admit(false)?;
        let key = self.string()?;
        self.skip_ws();
        match self.peek() {
            Some(b':') => self.pos += 1,
            None => return Err(self.syntax("EOF while parsing an object")),
            Some(_) => return Err(self.syntax("expected `:`")),
        }
        Ok(Some(key))
    }

    /// Whether the array being read has another element (the comma before it consumed).
    #[inline(never)]
    pub fn next_element(&mut self) -> Result<bool, Error> {
        self.skip_ws();
        match self.peek() {
            Some(b']') => {
                self.leave();
                Ok(false)
            }
            Some(b',') if !self.first => {
                self.pos += 1;
                self.skip_ws();
                if self.peek() == Some(b']') {
                    return Err(self.syntax("trailing comma"));
                }
                self.admit(true)?;
                Ok(true)
            }
            None => Err(self.syntax("EOF while parsing a list")),
            Some(_) if self.first => {
                self.first = false;
                self.admit(true)?;
                Ok(true)
            }
            Some(_) => Err(self.syntax("expected `,` or `]`")),
        }
    }

    /// Reads the next member of a struct's object: the index of its name in `fields`, or `None`
    /// at the end. A member named `skip` (an enum's tag) is passed over; another unknown member
    /// is `E_UNKNOWN_FIELD` when `deny`, else passed over.
    #[inline(never)]
    pub fn next_field(
        &mut self,
        fields: &[&str],
        skip: Option<&str>,
        deny: bool,
    ) -> Result<Option<usize>, Error> {
        while let Some(key) = self.next_key()? {
            if let Some(i) = fields.iter().position(|f| *f == key) {
                return Ok(Some(i));
            }
            if deny && skip != Some(&*key) {
                return Err(unknown_field(&key, fields));
            }
            self.skip_value()?;
        }
        Ok(None)
    }

    /// Reads and drops the next value (its syntax checked).
    #[inline(never)]
    pub fn skip_value(&mut self) -> Result<(), Error> {
        match self.kind()? {
            Kind::Null => self.literal("null"),
            Kind::Bool => self.bool().map(|_| ()),
            Kind::Number => self.number_text().map(|_| ()),
            Kind::String => self.string().map(|_| ()),
            Kind::Array => {
                self.enter()?;
                while self.next_element()? {
                    self.skip_value()?;
                }
                Ok(())
            }
            Kind::Object => {
                self.enter()?;
                while self.next_key()?.is_some() {
                    self.skip_value()?;
                }
                Ok(())
            }
        }
    }

    /// The string value of member `tag` of the object that is next, read ahead without moving
    /// (for internally tagged enums); `E_TYPE` when the next value is not an object.
    #[inline(never)]
    pub fn peek_tag(&mut self, tag: &str, expected: &str) -> Result<Cow<'a, str>, Error> {
        self.begin_object(expected)?;
        let (pos, depth) = (self.pos, self.depth);
        let found = loop {
            match self.next_key()? {
                None => break Err(missing_field(tag)),
                Some(key) if key == tag => {
                    break match self.kind()? {
                        Kind::String => self.string(),
                        _ => Err(self.type_error("variant identifier").at_key(tag)),
                    }
                }
                Some(_) => self.skip_value()?,
            }
        };
        // Back to just inside the object: its members are read next.
        self.pos = pos;
        self.depth = depth;
        self.counts.truncate(depth);
        if let Some(n) = self.counts.last_mut() {
            *n = 0;
        }
        self.first = true;
        found
    }

    /// The only member of an externally tagged enum's object: its key (the value comes next),
    /// or `E_TYPE` for an empty object. The object has been entered.
    #[inline(never)]
    pub fn variant_key(&mut self, expected: &str) -> Result<Cow<'a, str>, Error> {
        match self.next_key()? {
            Some(k) => Ok(k),
            None => Err(Error::new("E_TYPE", format!("invalid type: empty map, expected {expected}"))),
        }
    }

    /// The end of an externally tagged enum's object (nothing after the one member).
    #[inline(never)]
    pub fn end_variant(&mut self, expected: &str) -> Result<(), Error> {
        match self.next_key()? {
            None => Ok(()),
            Some(_) => Err(Error::new(
                "E_TYPE",
                format!("invalid type: map with more than one member, expected {expected}"),
            )),
        }
    }
}
