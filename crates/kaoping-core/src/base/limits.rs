//! Declared size limits. Inputs beyond them are rejected with `E_LIMIT` before any work
//! proportional to their size is done.

use crate::base::decimal::Decimal;

/// Dimensions per scheme.
pub const MAX_DIMENSIONS: usize = 32;
/// Indicators per scheme (all dimensions together).
pub const MAX_INDICATORS: usize = 256;
/// Items per positive or negative list, and vetoes per scheme.
pub const MAX_LIST_ITEMS: usize = 256;
/// Grades per scheme.
pub const MAX_GRADES: usize = 16;
/// Declared inputs per scheme, and inputs per dossier.
pub const MAX_INPUTS: usize = 512;
/// Breakpoints or steps per scoring function.
pub const MAX_BREAKPOINTS: usize = 64;
/// Occurrences per dossier.
pub const MAX_OCCURRENCES: usize = 4096;
/// `count` of one occurrence, and case-review counts.
pub const MAX_OCCURRENCE_COUNT: u32 = 100_000;
/// Characters in a title, name, note or reference.
pub const MAX_TEXT_CHARS: usize = 2000;
/// Largest `maxScore`, `fullScore` or item points.
pub const MAX_SCORE: Decimal = Decimal::from_micros(10_000 * 1_000_000);
/// Raters in a committee.
pub const MAX_RATERS: u32 = 64;
/// Officers in one cohort.
pub const MAX_COHORT: usize = 1_000_000;
/// Bytes of one JSON document accepted by the text entry points.
pub const MAX_JSON_BYTES: usize = 64 * 1024 * 1024;

// ---- hostile input (fuzz helper) ------------------------------------------------------------

/// Nesting depth of arrays and objects accepted in a JSON text. kaoping's own documents nest
/// at most about ten levels; the parser itself would stop at 128 with a less helpful message.
pub const MAX_JSON_DEPTH: usize = 32;
/// Elements of one JSON array, or members of one object, accepted in a JSON text: the largest
/// collection any document may hold (a cohort of [`MAX_COHORT`] officers).
pub const MAX_JSON_ITEMS: usize = MAX_COHORT;
/// Bytes of one JSON string (as written, escapes included) accepted in a JSON text: enough for
/// [`MAX_TEXT_CHARS`] characters of any script, written with `\u` escapes, with room to spare.
pub const MAX_JSON_STRING_BYTES: usize = 64 * 1024;

/// One level of nesting seen by [`check_json_text`].
#[derive(Clone, Copy)]
enum Frame {
    /// An object; the byte range of the key being read or last read.
    Object { key: Option<(usize, usize)>, members: usize },
    /// An array and the index of the current element.
    Array { index: usize },
}

/// Checks a JSON text against the declared limits *before* it is parsed: total size
/// ([`MAX_JSON_BYTES`]), nesting depth ([`MAX_JSON_DEPTH`]), array and object sizes
/// ([`MAX_JSON_ITEMS`]) and string lengths ([`MAX_JSON_STRING_BYTES`]). One pass, no
/// allocation beyond a stack of at most `MAX_JSON_DEPTH + 1` frames. A violation is an `E_LIMIT`
/// problem located by the JSON path where it occurs. Syntax is not checked here (the parser
/// does that): text that is not JSON passes unless it breaks a limit.
pub fn check_json_text(text: &str) -> Result<(), crate::Problem> {
    check_json_text_with(text, MAX_JSON_BYTES, MAX_JSON_DEPTH)
}

/// [`check_json_text`] with another byte and depth limit (for tests and embedders).
pub fn check_json_text_with(text: &str, max_bytes: usize, max_depth: usize) -> Result<(), crate::Problem> {
    use crate::base::message::ReadingMsg;
    use crate::{Code, Problem};
    let bytes = text.as_bytes();
    if bytes.len() > max_bytes {
        return Err(Problem::new(
            Code::Limit,
            "",
            ReadingMsg::TextTooLarge { bytes: bytes.len(), max: max_bytes },
        ));
    }
    let mut stack: Vec<Frame> = Vec::with_capacity(max_depth.min(MAX_JSON_DEPTH).saturating_add(1));
    // Whether the next string in the current object is a key.
    let mut expect_key = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => {
                let start = i.saturating_add(1);
                let mut j = start;
                // Find the closing quote, skipping escaped characters.
                while let Some(&c) = bytes.get(j) {
                    match c {
                        b'\\' => j = j.saturating_add(2),
                        b'"' => break,
                        _ => j = j.saturating_add(1),
                    }
                }
                let end = j.min(bytes.len());
                if end.saturating_sub(start) > MAX_JSON_STRING_BYTES {
                    return Err(Problem::new(
                        Code::Limit,
                        json_path(bytes, &stack),
                        ReadingMsg::StringTooLong { bytes: end - start, max: MAX_JSON_STRING_BYTES },
                    ));
                }
                if expect_key {
                    if let Some(Frame::Object { key, .. }) = stack.last_mut() {
                        *key = Some((start, end));
                    }
                    expect_key = false;
                }
                i = end.saturating_add(1);
                continue;
            }
            b'{' | b'[' => {
                if stack.len() >= max_depth {
                    return Err(Problem::new(
                        Code::Limit,
                        json_path(bytes, &stack),
                        ReadingMsg::TooDeep { max: max_depth },
                    ));
                }
                if b == b'{' {
                    stack.push(Frame::Object { key: None, members: 1 });
                    expect_key = true;
                } else {
                    stack.push(Frame::Array { index: 0 });
                }
            }
            b'}' | b']' => {
                stack.pop();
                expect_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => {
                    *index = index.saturating_add(1);
                    if *index >= MAX_JSON_ITEMS {
                        return Err(Problem::new(
                            Code::Limit,
                            json_path(bytes, &stack),
                            ReadingMsg::ArrayTooLong { max: MAX_JSON_ITEMS },
                        ));
                    }
                }
                Some(Frame::Object { members, .. }) => {
                    *members = members.saturating_add(1);
                    expect_key = true;
                    if *members > MAX_JSON_ITEMS {
                        return Err(Problem::new(
                            Code::Limit,
                            json_path(bytes, &stack),
                            ReadingMsg::ObjectTooLarge { max: MAX_JSON_ITEMS },
                        ));
                    }
                }
                None => {}
            },
            _ => {}
        }
        i = i.saturating_add(1);
    }
    Ok(())
}

/// The JSON path of the innermost frame, e.g. `dimensions[1].indicators`. Keys are shown as
/// written (escapes not decoded) and shortened.
fn json_path(bytes: &[u8], stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
            Frame::Object { key: Some((start, end)), .. } => {
                // the key lies between quotes of a `&str`: always whole UTF-8
                let key =
                    bytes.get(*start..*end).and_then(|k| std::str::from_utf8(k).ok()).unwrap_or_default();
                let key: String = key.chars().take(64).collect();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&key);
            }
            Frame::Object { key: None, .. } => {}
        }
    }
    path
}

/// Reads a list of at most `N` items, refusing a longer one with `E_LIMIT` at its `N + 1`-th
/// item before that item is built (`#[json(from_json_with = "crate::base::limits::bounded_json::<_, N>")]`).
pub(crate) fn bounded_json<T: kaoping_json::FromJson, const N: usize>(
    r: &mut kaoping_json::Reader<'_>,
) -> Result<Vec<T>, kaoping_json::Error> {
    r.begin_array("a sequence")?;
    let mut out = Vec::new();
    while r.next_element()? {
        let i = out.len();
        if i >= N {
            return Err(kaoping_json::Error::new(
                crate::Code::Limit.as_str(),
                format!("at most {N} items are allowed"),
            )
            .at_index(i));
        }
        out.push(T::from_json(r).map_err(|e| e.at_index(i))?);
    }
    Ok(out)
}

/// Deserialises a list of at most `N` items, refusing the `N + 1`-th with `E_LIMIT` before it
/// is built, so a hostile list costs no more memory than `N` items (`#[serde(deserialize_with =
/// "crate::base::limits::bounded::<_, _, N>")]`).
#[cfg(feature = "serde")]
pub(crate) fn bounded<'de, D, T, const N: usize>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    struct Bounded<T, const N: usize>(std::marker::PhantomData<T>);
    impl<'de, T: serde::Deserialize<'de>, const N: usize> serde::de::Visitor<'de> for Bounded<T, N> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "a list of at most {N} items")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(N).min(1024));
            while let Some(item) = seq.next_element()? {
                if out.len() >= N {
                    return Err(serde::de::Error::custom(format!("E_LIMIT: at most {N} items are allowed")));
                }
                out.push(item);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_seq(Bounded::<T, N>(std::marker::PhantomData))
}
