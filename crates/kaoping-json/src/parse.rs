//! The parser: JSON text (RFC 8259) into a [`Json`] DOM.
//!
//! A syntax error is `E_PARSE`, located at the innermost open object or array (the container
//! the reader was in), with the line and column in the message.

use crate::{Error, Json};

/// Nesting deeper than this is refused with `E_LIMIT` (the callers' own pre-scan usually
/// refuses much less deep text before it gets here; this keeps the parser's stack bounded).
pub const MAX_DEPTH: usize = 128;

/// Parses one JSON text (whitespace around it allowed, nothing else after it).
pub fn parse(text: &str) -> Result<Json, Error> {
    let mut p = Parser { bytes: text.as_bytes(), pos: 0, depth: 0 };
    let value = p.value()?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    #[cold]
    #[inline(never)]
    fn error(&self, what: &str) -> Error {
        let upto = self.bytes.get(..self.pos.min(self.bytes.len())).unwrap_or_default();
        let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = upto.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        Error::new("E_PARSE", format!("{what} at line {line} column {column}"))
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

    fn value(&mut self) -> Result<Json, Error> {
        self.skip_ws();
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => {
                self.pos += 1;
                self.string().map(Json::String)
            }
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected value")),
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, Error> {
        let end = self.pos + word.len();
        if self.bytes.get(self.pos..end) == Some(word.as_bytes()) {
            self.pos = end;
            Ok(value)
        } else {
            // Point at the first byte that differs.
            let same = self
                .bytes
                .get(self.pos..)
                .unwrap_or_default()
                .iter()
                .zip(word.bytes())
                .take_while(|(a, b)| **a == *b)
                .count();
            self.pos += same;
            if self.pos >= self.bytes.len() {
                Err(self.error("EOF while parsing a value"))
            } else {
                Err(self.error("expected ident"))
            }
        }
    }

    fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Error::new("E_LIMIT", "recursion limit exceeded".to_owned()));
        }
        Ok(())
    }

    fn object(&mut self) -> Result<Json, Error> {
        self.enter()?;
        self.pos += 1;
        let mut members: Vec<(String, Json)> = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => self.pos += 1,
                None => return Err(self.error("EOF while parsing an object")),
                Some(b'}') => return Err(self.error("trailing comma")),
                Some(_) => return Err(self.error("key must be a string")),
            }
            let key = self.string()?;
            self.skip_ws();
            match self.peek() {
                Some(b':') => self.pos += 1,
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `:`")),
            }
            self.skip_ws();
            let container = matches!(self.peek(), Some(b'{' | b'['));
            match self.value() {
                Ok(v) => members.push((key, v)),
                Err(e) if container => return Err(e.at_key(&key)),
                Err(e) => return Err(e),
            }
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Ok(Json::Object(members));
                }
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    fn array(&mut self) -> Result<Json, Error> {
        self.enter()?;
        self.pos += 1;
        let mut items: Vec<Json> = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_ws();
            if self.peek() == Some(b']') {
                return Err(self.error("trailing comma"));
            }
            let index = items.len();
            let container = matches!(self.peek(), Some(b'{' | b'['));
            match self.value() {
                Ok(v) => items.push(v),
                Err(e) if container => return Err(e.at_index(index)),
                Err(e) => return Err(e),
            }
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Ok(Json::Array(items));
                }
                None => return Err(self.error("EOF while parsing a list")),
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    /// Reads a string body after its opening quote, up to and including the closing quote.
    fn string(&mut self) -> Result<String, Error> {
        let start = self.pos;
        // Fast path: no escapes.
        loop {
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    let s = self.slice(start, self.pos);
                    self.pos += 1;
                    return Ok(s);
                }
                Some(b'\\') => break,
                Some(0..=0x1f) => {
                    return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                Some(_) => self.pos += 1,
            }
        }
        let mut out = self.slice(start, self.pos);
        loop {
            let run = self.pos;
            loop {
                match self.peek() {
                    None => return Err(self.error("EOF while parsing a string")),
                    Some(b'"' | b'\\') => break,
                    Some(0..=0x1f) => {
                        return Err(
                            self.error("control character (\\u0000-\\u001F) found while parsing a string")
                        )
                    }
                    Some(_) => self.pos += 1,
                }
            }
            out.push_str(&self.slice(run, self.pos));
            if self.peek() == Some(b'"') {
                self.pos += 1;
                return Ok(out);
            }
            // A backslash.
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
                Some(b'u') => {
                    let c = self.unicode_escape()?;
                    out.push(c);
                }
                None => return Err(self.error("EOF while parsing a string")),
                Some(_) => {
                    self.pos -= 1;
                    return Err(self.error("invalid escape"));
                }
            }
        }
    }

    fn slice(&self, from: usize, to: usize) -> String {
        // `from` and `to` sit at ASCII bytes (quotes, backslashes) or the ends of the text, so
        // they are character boundaries of the original `str`.
        String::from_utf8_lossy(self.bytes.get(from..to).unwrap_or_default()).into_owned()
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n: u32 = 0;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b @ b'0'..=b'9') => u32::from(b - b'0'),
                Some(b @ b'a'..=b'f') => u32::from(b - b'a' + 10),
                Some(b @ b'A'..=b'F') => u32::from(b - b'A' + 10),
                None => return Err(self.error("EOF while parsing a string")),
                Some(_) => return Err(self.error("invalid escape")),
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
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("unexpected end of hex escape")),
            n => n,
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Json, Error> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            None => return Err(self.error("EOF while parsing a value")),
            Some(_) => return Err(self.error("invalid number")),
        }
        let mut exponent = false;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error(if self.peek().is_none() {
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
                return Err(self.error(if self.peek().is_none() {
                    "EOF while parsing a value"
                } else {
                    "invalid number"
                }));
            }
        }
        let text = self.slice(start, self.pos);
        // serde_json refuses a number beyond the range of f64 as it reads the text.
        if (exponent || text.len() > 300) && text.parse::<f64>().map_or(true, |f| f.is_infinite()) {
            return Err(self.error("number out of range"));
        }
        Ok(Json::Number(text))
    }
}
