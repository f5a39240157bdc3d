//! Declared size limits. Inputs beyond them are rejected with `E_LIMIT` before any work
//! proportional to their size is done: the `MAX_JSON_*` ones by the JSON reader itself while it
//! reads ([`crate::base::json::JSON_LIMITS`]), the others by validation or, for lists read with
//! `bounded_json`, at the first item beyond the bound.

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
/// Case records per dossier: a judge's year of cases and their procedural events, or a whole
/// procuratorate's (the 27,315 件 of the S13 worked example, one record each).
pub const MAX_RECORDS: usize = 50_000;
/// Fields per record, record kinds per scheme, fields per record kind.
pub const MAX_RECORD_FIELDS: usize = 64;
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

// ---- JSON text (enforced by the reader, base::json::JSON_LIMITS) ----------------------------

/// Nesting depth of arrays and objects accepted in a JSON text. kaoping's own documents nest
/// at most about ten levels.
pub const MAX_JSON_DEPTH: usize = 32;
/// Elements of one JSON array, or members of one object, accepted in a JSON text: the largest
/// collection any document may hold (a cohort of [`MAX_COHORT`] officers).
pub const MAX_JSON_ITEMS: usize = MAX_COHORT;
/// Bytes of one JSON string (as written, escapes included) accepted in a JSON text: enough for
/// [`MAX_TEXT_CHARS`] characters of any script, written with `\u` escapes, with room to spare.
pub const MAX_JSON_STRING_BYTES: usize = 64 * 1024;

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
