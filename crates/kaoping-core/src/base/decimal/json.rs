//! Decimals read from and written to JSON by kaoping-json (`ToJson`/`FromJson`): the range and
//! exactness rules every reader of a decimal follows.

use super::float::{micros_to_f64, shortest_upto7};
use super::{Decimal, FRACTION_DIGITS, SCALE};
use crate::base::code::Code;
use kaoping_json::{Kind, Reader};

// ---- kaoping-json (the reader and writer of the wasm path) ----------------------------------

impl kaoping_json::ToJson for Decimal {
    /// The same text serde_json writes for serde's `Serialize`: an integer, or the shortest digits of
    /// the nearest float in ryu's layout (exact digits below 2^53 millionths).
    fn to_json(&self, out: &mut String) {
        if self.is_integer() {
            kaoping_json::write_i64(out, self.0 / SCALE);
            return;
        }
        let abs = self.0.unsigned_abs();
        // Below 2^53 the float's shortest form is the decimal itself (at most 15 digits); above,
        // the shortest form of the nearest float (always within six fractional digits there),
        // found without formatting the float.
        let shortest = if abs >= (1_u64 << 53) { shortest_upto7(micros_to_f64(abs)) } else { None };
        let (mut m, mut k) = match shortest {
            Some((n, d)) => (u64::try_from(n).unwrap_or(abs), -i32::try_from(d).unwrap_or(0)),
            None => (abs, -(FRACTION_DIGITS as i32)),
        };
        while m % 10 == 0 {
            m /= 10;
            k += 1;
        }
        let mut digits = String::with_capacity(20);
        kaoping_json::write_u64(&mut digits, m);
        kaoping_json::write_number_layout(out, self.0 < 0, &digits, k);
    }
}

/// `E_NUMBER_RANGE` for a number read from JSON.
#[cold]
#[inline(never)]
fn range_error(message: String) -> kaoping_json::Error {
    kaoping_json::Error::new(Code::NumberRange.as_str(), message)
}

/// The value of a JSON number's text, as serde's `Deserialize` reads it through serde_json: integers
/// as integers, anything else through the nearest float.
#[allow(clippy::disallowed_methods, reason = "integer parses (u64, i64): no float tables")]
fn decimal_of_number(text: &str) -> Result<Decimal, kaoping_json::Error> {
    let integer = text != "-0" && !text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E'));
    if integer {
        let whole = if text.starts_with('-') {
            text.parse::<i64>().ok().map(|v| v.checked_mul(SCALE).map(Decimal))
        } else {
            text.parse::<u64>().ok().map(Decimal::from_count)
        };
        if let Some(d) = whole {
            return d
                .filter(|d| d.abs() <= Decimal::MAX_INPUT)
                .ok_or_else(|| range_error(format!("{text} is outside ±10^12")));
        }
    }
    let v = kaoping_json::parse_f64(text)
        .ok_or_else(|| kaoping_json::type_error_text(text, "a finite number"))?;
    if !v.is_finite() {
        return Err(kaoping_json::Error::new(
            Code::NumberNotFinite.as_str(),
            format!("{text} is not a finite number"),
        ));
    }
    let d = Decimal::from_f64(v).ok_or_else(|| range_error(format!("{text} is outside ±10^12")))?;
    json_exact_input(d)
}

/// Whether an input keeps its exact value: a whole number, or one with a fractional part within
/// [`Decimal::MAX_FRACTIONAL_INPUT`].
fn kept_exactly(d: Decimal) -> bool {
    d.is_integer() || d.abs() < Decimal::MAX_FRACTIONAL_INPUT
}

impl Decimal {
    /// The input a JSON number with this binary value reads as (what `JSON.stringify` of a JS
    /// number gives the JSON reader): `None` where the reader refuses it (not finite, beyond
    /// ±10¹², or fractional beyond ±10⁹).
    pub fn from_json_number(value: f64) -> Option<Decimal> {
        Decimal::from_f64(value).filter(|d| kept_exactly(*d))
    }
}

fn json_exact_input(d: Decimal) -> Result<Decimal, kaoping_json::Error> {
    if !kept_exactly(d) {
        return Err(range_error(format!(
            "{d} has a fractional part and is beyond ±10^9: it cannot be kept exactly"
        )));
    }
    Ok(d)
}

impl kaoping_json::FromJson for Decimal {
    /// Accepts a JSON number or a decimal string (`"83.45"`), exactly as serde's `Deserialize` does.
    fn from_json(r: &mut Reader<'_>) -> Result<Self, kaoping_json::Error> {
        match r.kind()? {
            Kind::Number => decimal_of_number(r.number("a finite number")?),
            Kind::String => {
                let s = r.str("a finite number")?;
                let d = Decimal::parse(&s).ok_or_else(|| {
                    kaoping_json::value_error(
                        &format!("string {:?}", truncate(&s, 40)),
                        "a decimal number within ±10^12",
                    )
                })?;
                json_exact_input(d)
            }
            _ => Err(r.type_error("a finite number")),
        }
    }
    fn placeholder() -> Self {
        Decimal::ZERO
    }
}

pub(super) fn truncate(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}
