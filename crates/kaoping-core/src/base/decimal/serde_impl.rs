//! serde's `Serialize`/`Deserialize` for decimals (the `serde` feature, for native users), with
//! the same range and exactness rules as kaoping-json's reader.

use super::json::truncate;
use super::{Decimal, NOT_FINITE_MARK, RANGE_MARK, SCALE};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

impl Serialize for Decimal {
    /// Serialised as a JSON number (the nearest binary float, which prints back as the same
    /// decimal digits in every JSON implementation that prints shortest round-trip numbers).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_integer() {
            serializer.serialize_i64(self.0 / SCALE)
        } else {
            serializer.serialize_f64(self.to_f64())
        }
    }
}

struct DecimalVisitor;

impl Visitor<'_> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a finite number")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        v.checked_mul(SCALE)
            .map(Decimal)
            .filter(|d| d.abs() <= Decimal::MAX_INPUT)
            .ok_or_else(|| E::custom(format!("{RANGE_MARK} {v} is outside ±10^12")))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Decimal::from_count(v).ok_or_else(|| E::custom(format!("{RANGE_MARK} {v} is outside ±10^12")))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        if !v.is_finite() {
            return Err(E::custom(format!("{NOT_FINITE_MARK} {v} is not a finite number")));
        }
        let d =
            Decimal::from_f64(v).ok_or_else(|| E::custom(format!("{RANGE_MARK} {v} is outside ±10^12")))?;
        exact_input(d)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        let d = Decimal::parse(v).ok_or_else(|| {
            E::invalid_value(de::Unexpected::Str(truncate(v, 40)), &"a decimal number within ±10^12")
        })?;
        exact_input(d)
    }
}

/// Refuses a number with a fractional part beyond [`Decimal::MAX_FRACTIONAL_INPUT`]: written
/// back as a JSON number it could not keep all its digits.
fn exact_input<E: de::Error>(d: Decimal) -> Result<Decimal, E> {
    if !d.is_integer() && d.abs() >= Decimal::MAX_FRACTIONAL_INPUT {
        return Err(E::custom(format!(
            "{RANGE_MARK} {d} has a fractional part and is beyond ±10^9: it cannot be kept exactly"
        )));
    }
    Ok(d)
}

impl<'de> Deserialize<'de> for Decimal {
    /// Accepts a JSON number or a decimal string (`"83.45"`).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DecimalVisitor)
    }
}
