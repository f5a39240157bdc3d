//! Locates a byte offset of a JSON text as a path (`dimensions[1].indicators[3].weight`).
//!
//! serde reports *where* in the text it failed (line and column); this small scanner walks the
//! text up to that point and tells which object keys and array indices enclose it. It is not
//! generic, so it costs the same few hundred bytes of code whatever the number of types read —
//! unlike wrapping every type's deserializer to track the path as it goes.

/// One open container at the offset.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Frame {
    /// An object; `key` is the last key read in it (`None` before the first).
    Object { key: Option<String> },
    /// An array; `index` is the element being read (`None` before the first).
    Array { index: Option<usize> },
}

/// What the scanner found at the offset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Location {
    frames: Vec<Frame>,
}

impl Location {
    /// The path of the innermost value at the offset: every open container's current key or
    /// index (a key whose value has not started yet is included too).
    pub(crate) fn value_path(&self) -> String {
        self.path(self.frames.len())
    }

    /// The path of the innermost open container (object or array) itself.
    pub(crate) fn container_path(&self) -> String {
        self.path(self.frames.len().saturating_sub(1))
    }

    fn path(&self, depth: usize) -> String {
        let mut out = String::new();
        for frame in self.frames.iter().take(depth) {
            match frame {
                Frame::Object { key: Some(k) } => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Frame::Array { index: Some(i) } => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
                Frame::Object { key: None } | Frame::Array { index: None } => {}
            }
        }
        out
    }
}

/// The byte offset of (1-based) `line` and `column` in `text`, as serde_json counts them.
pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text.get(start..).and_then(|rest| rest.find('\n')) {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    (start + column).min(text.len())
}

/// Scans `text` up to `offset` (exclusive) and returns the enclosing keys and indices.
pub(crate) fn locate(text: &str, offset: usize) -> Location {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut frames: Vec<Frame> = Vec::new();
    // Whether the next string in the innermost object is a key.
    let mut expect_key = false;
    let mut i = 0;
    while i < end {
        let b = bytes.get(i).copied().unwrap_or(b' ');
        match b {
            b'{' => {
                frames.push(Frame::Object { key: None });
                expect_key = true;
            }
            b'[' => {
                frames.push(Frame::Array { index: Some(0) });
                expect_key = false;
            }
            b'}' | b']' => {
                frames.pop();
                expect_key = false;
            }
            b':' => {
                expect_key = false;
            }
            b',' => match frames.last_mut() {
                Some(Frame::Array { index }) => {
                    *index = Some(index.map_or(0, |n| n + 1));
                }
                Some(Frame::Object { .. }) => {
                    expect_key = true;
                }
                None => {}
            },
            b'"' => {
                let (string, next) = read_string(bytes, i + 1, end);
                if expect_key {
                    if let Some(Frame::Object { key }) = frames.last_mut() {
                        *key = Some(string);
                    }
                    expect_key = false;
                }
                i = next;
                continue;
            }
            b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => {}
        }
        i += 1;
    }
    Location { frames }
}

/// Reads a JSON string body starting after its opening quote; returns the (unescaped as far as
/// needed for keys) text and the index after the closing quote (or `end`).
fn read_string(bytes: &[u8], mut i: usize, end: usize) -> (String, usize) {
    let start = i;
    let mut escaped = false;
    while i < end {
        match bytes.get(i) {
            Some(b'\\') => {
                escaped = true;
                i += 2;
                continue;
            }
            Some(b'"') => {
                let raw = bytes.get(start..i).unwrap_or_default();
                let text = String::from_utf8_lossy(raw).into_owned();
                let text = if escaped { unescape(&text) } else { text };
                return (text, i + 1);
            }
            _ => i += 1,
        }
    }
    let raw = bytes.get(start..end.min(bytes.len())).unwrap_or_default();
    (String::from_utf8_lossy(raw).into_owned(), end)
}

fn unescape(raw: &str) -> String {
    let quoted = format!("\"{raw}\"");
    serde_json::from_str::<String>(&quoted).unwrap_or_else(|_| raw.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, marker: &str) -> Location {
        let offset = text.find(marker).map_or(text.len(), |i| i + marker.len());
        locate(text, offset)
    }

    #[test]
    fn keys_and_indices() {
        let text = r#"{"dimensions":[{"id":"q"},{"indicators":[{},{"weight":"x"}]}]}"#;
        let loc = at(text, r#""weight":"x"#);
        assert_eq!(loc.value_path(), "dimensions[1].indicators[1].weight");
        assert_eq!(loc.container_path(), "dimensions[1].indicators[1]");
    }

    #[test]
    fn escaped_keys_and_strings_with_brackets() {
        let text = r#"{"a\"b":{"c":"]}{,","d":1}}"#;
        let loc = at(text, r#""d":1"#);
        assert_eq!(loc.value_path(), "a\"b.d");
    }

    #[test]
    fn offsets_from_line_and_column() {
        let text = "{\n  \"a\": 1,\n  \"b\": x\n}";
        assert_eq!(offset_of(text, 3, 8), text.find('x').map_or(0, |i| i + 1));
    }
}
