//! [`FromJson`], [`ToJson`] and [`JsonKey`] for std types.

use crate::error::{type_error, value_error};
use crate::{Error, FromJson, Json, JsonKey, ToJson, ToJsonKey};
use std::collections::BTreeMap;

// ---- numbers ---------------------------------------------------------------------------------

/// Whether a number's text is read as an integer (no fraction, no exponent; serde_json reads
/// `-0` as the float −0.0).
pub(crate) fn is_integer_text(n: &str) -> bool {
    n != "-0" && !n.bytes().any(|b| matches!(b, b'.' | b'e' | b'E'))
}

/// Reads an unsigned integer up to `max`, with serde_json's errors.
#[inline(never)]
fn read_u64(value: &Json, max: u64, expected: &'static str) -> Result<u64, Error> {
    if let Json::Number(n) = value {
        if is_integer_text(n) {
            if n.starts_with('-') {
                if let Ok(i) = n.parse::<i64>() {
                    return Err(value_error(&format!("integer `{i}`"), expected));
                }
            } else if let Ok(u) = n.parse::<u64>() {
                if u <= max {
                    return Ok(u);
                }
                return Err(value_error(&format!("integer `{u}`"), expected));
            }
        }
    }
    Err(type_error(value, expected))
}

/// Reads a signed integer within `min..=max`, with serde_json's errors.
#[inline(never)]
fn read_i64(value: &Json, min: i64, max: i64, expected: &'static str) -> Result<i64, Error> {
    if let Json::Number(n) = value {
        if is_integer_text(n) {
            if let Ok(i) = n.parse::<i64>() {
                if (min..=max).contains(&i) {
                    return Ok(i);
                }
                return Err(value_error(&format!("integer `{i}`"), expected));
            }
            if let Ok(u) = n.parse::<u64>() {
                return Err(value_error(&format!("integer `{u}`"), expected));
            }
        }
    }
    Err(type_error(value, expected))
}

/// Appends an unsigned integer.
#[inline(never)]
pub fn write_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        if let Some(slot) = buf.get_mut(i) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    for &b in buf.get(i..).unwrap_or_default() {
        out.push(char::from(b));
    }
}

/// Appends a signed integer.
#[inline(never)]
pub fn write_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    write_u64(out, n.unsigned_abs());
}

macro_rules! unsigned {
    ($($t:ty => $name:literal),*) => {$(
        impl FromJson for $t {
            fn from_json(value: &Json) -> Result<Self, Error> {
                let u = read_u64(value, <$t>::MAX as u64, $name)?;
                <$t>::try_from(u).map_err(|_| type_error(value, $name))
            }
        }
        impl ToJson for $t {
            fn to_json(&self, out: &mut String) {
                write_u64(out, *self as u64);
            }
        }
    )*};
}

macro_rules! signed {
    ($($t:ty => $name:literal),*) => {$(
        impl FromJson for $t {
            fn from_json(value: &Json) -> Result<Self, Error> {
                let i = read_i64(value, <$t>::MIN as i64, <$t>::MAX as i64, $name)?;
                <$t>::try_from(i).map_err(|_| type_error(value, $name))
            }
        }
        impl ToJson for $t {
            fn to_json(&self, out: &mut String) {
                write_i64(out, *self as i64);
            }
        }
    )*};
}

unsigned!(u8 => "u8", u16 => "u16", u32 => "u32", u64 => "u64", usize => "usize");
signed!(i8 => "i8", i16 => "i16", i32 => "i32", i64 => "i64");

impl FromJson for f64 {
    fn from_json(value: &Json) -> Result<Self, Error> {
        match value {
            Json::Number(n) => n.parse::<f64>().map_err(|_| type_error(value, "f64")),
            _ => Err(type_error(value, "f64")),
        }
    }
}

impl ToJson for f64 {
    fn to_json(&self, out: &mut String) {
        crate::write_f64(out, *self);
    }
}

// ---- scalars ---------------------------------------------------------------------------------

impl FromJson for bool {
    fn from_json(value: &Json) -> Result<Self, Error> {
        match value {
            Json::Bool(b) => Ok(*b),
            _ => Err(type_error(value, "a boolean")),
        }
    }
}

impl ToJson for bool {
    fn to_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl FromJson for String {
    fn from_json(value: &Json) -> Result<Self, Error> {
        match value {
            Json::String(s) => Ok(s.clone()),
            _ => Err(type_error(value, "a string")),
        }
    }
}

impl ToJson for String {
    fn to_json(&self, out: &mut String) {
        crate::write_str(out, self);
    }
}

impl ToJson for str {
    fn to_json(&self, out: &mut String) {
        crate::write_str(out, self);
    }
}

impl JsonKey for String {
    fn from_key(key: &str) -> Result<Self, Error> {
        Ok(key.to_owned())
    }
}

impl ToJsonKey for String {
    fn key_str(&self) -> &str {
        self
    }
}

impl ToJsonKey for str {
    fn key_str(&self) -> &str {
        self
    }
}

impl FromJson for Json {
    fn from_json(value: &Json) -> Result<Self, Error> {
        Ok(value.clone())
    }
}

// ---- containers ------------------------------------------------------------------------------

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Json) -> Result<Self, Error> {
        match value {
            Json::Null => Ok(None),
            _ => T::from_json(value).map(Some),
        }
    }
    fn absent() -> Option<Self> {
        Some(None)
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self, out: &mut String) {
        match self {
            Some(v) => v.to_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn from_json(value: &Json) -> Result<Self, Error> {
        T::from_json(value).map(Box::new)
    }
}

impl<T: ToJson + ?Sized> ToJson for Box<T> {
    fn to_json(&self, out: &mut String) {
        (**self).to_json(out);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn to_json(&self, out: &mut String) {
        (**self).to_json(out);
    }
}

/// The elements of an array, or `E_TYPE`.
#[inline(never)]
fn elements(value: &Json) -> Result<&[Json], Error> {
    match value {
        Json::Array(items) => Ok(items),
        _ => Err(type_error(value, "a sequence")),
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let items = elements(value)?;
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            out.push(T::from_json(item).map_err(|e| e.at_index(i))?);
        }
        Ok(out)
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.to_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self, out: &mut String) {
        self.as_slice().to_json(out);
    }
}

/// The members of an object, or `E_TYPE`.
#[inline(never)]
fn members(value: &Json) -> Result<&[(String, Json)], Error> {
    match value {
        Json::Object(m) => Ok(m),
        _ => Err(type_error(value, "a map")),
    }
}

impl<K: JsonKey + Ord, V: FromJson> FromJson for BTreeMap<K, V> {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let mut out = BTreeMap::new();
        for (k, v) in members(value)? {
            let key = K::from_key(k).map_err(|e| e.at_key(k))?;
            let val = V::from_json(v).map_err(|e| e.at_key(k))?;
            out.insert(key, val);
        }
        Ok(out)
    }
}

impl<K: ToJsonKey, V: ToJson> ToJson for BTreeMap<K, V> {
    fn to_json(&self, out: &mut String) {
        out.push('{');
        for (i, (k, v)) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            crate::write_str(out, k.key_str());
            out.push(':');
            v.to_json(out);
        }
        out.push('}');
    }
}

/// The two elements of a pair, or `E_TYPE`.
#[inline(never)]
fn pair(value: &Json) -> Result<(&Json, &Json), Error> {
    match elements(value)? {
        [a, b] => Ok((a, b)),
        other => {
            Err(Error::new("E_TYPE", format!("invalid length {}, expected a tuple of size 2", other.len())))
        }
    }
}

impl<A: FromJson, B: FromJson> FromJson for (A, B) {
    fn from_json(value: &Json) -> Result<Self, Error> {
        let (a, b) = pair(value)?;
        Ok((A::from_json(a).map_err(|e| e.at_index(0))?, B::from_json(b).map_err(|e| e.at_index(1))?))
    }
}

impl<A: ToJson, B: ToJson> ToJson for (A, B) {
    fn to_json(&self, out: &mut String) {
        out.push('[');
        self.0.to_json(out);
        out.push(',');
        self.1.to_json(out);
        out.push(']');
    }
}

macro_rules! tuple_to_json {
    ($($n:tt $t:ident),+) => {
        impl<$($t: ToJson),+> ToJson for ($($t,)+) {
            fn to_json(&self, out: &mut String) {
                out.push('[');
                $(
                    if $n > 0 {
                        out.push(',');
                    }
                    self.$n.to_json(out);
                )+
                out.push(']');
            }
        }
    };
}

tuple_to_json!(0 A, 1 B, 2 C);
tuple_to_json!(0 A, 1 B, 2 C, 3 D);
