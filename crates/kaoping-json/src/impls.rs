//! [`FromJson`], [`ToJson`] and [`JsonKey`] for std types.

use crate::error::value_error;
use crate::number::is_integer_text;
use crate::reader::{Kind, Reader};
use crate::{Error, FromJson, Json, JsonKey, ToJson, ToJsonKey};
#[allow(
    clippy::disallowed_types,
    reason = "for native clients: the core's own types use base::sorted::SortedMap, and code not called is not linked"
)]
use std::collections::BTreeMap;

// ---- numbers ---------------------------------------------------------------------------------

/// Reads an unsigned integer up to `max`, with serde_json's errors.
#[inline(never)]
#[allow(clippy::disallowed_methods, reason = "integer parses (u64, i64): no float tables")]
fn read_u64(r: &mut Reader<'_>, max: u64, expected: &'static str) -> Result<u64, Error> {
    let n = r.number(expected)?;
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
    Err(number_type_error(n, expected))
}

/// Reads a signed integer within `min..=max`, with serde_json's errors.
#[inline(never)]
#[allow(clippy::disallowed_methods, reason = "integer parses (u64, i64): no float tables")]
fn read_i64(r: &mut Reader<'_>, min: i64, max: i64, expected: &'static str) -> Result<i64, Error> {
    let n = r.number(expected)?;
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
    Err(number_type_error(n, expected))
}

/// `E_TYPE` for a number of the wrong kind (a float where an integer belongs).
#[cold]
#[inline(never)]
fn number_type_error(n: &str, expected: &str) -> Error {
    crate::error::type_error_text(&format!("floating point `{n}`"), expected)
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
            fn from_json(r: &mut Reader<'_>) -> Result<Self, Error> {
                let u = read_u64(r, <$t>::MAX as u64, $name)?;
                Ok(<$t>::try_from(u).unwrap_or(<$t>::MAX))
            }
            fn placeholder() -> Self {
                0
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
            fn from_json(r: &mut Reader<'_>) -> Result<Self, Error> {
                let i = read_i64(r, <$t>::MIN as i64, <$t>::MAX as i64, $name)?;
                Ok(<$t>::try_from(i).unwrap_or(<$t>::MAX))
            }
            fn placeholder() -> Self {
                0
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
    fn from_json(r: &mut Reader<'_>) -> Result<Self, Error> {
        let n = r.number("f64")?;
        Ok(crate::parse_f64(n).unwrap_or(f64::NAN))
    }
    fn placeholder() -> Self {
        0.0
    }
}

impl ToJson for f64 {
    fn to_json(&self, out: &mut String) {
        crate::write_f64(out, *self);
    }
}

// ---- scalars ---------------------------------------------------------------------------------

impl FromJson for bool {
    fn from_json(r: &mut Reader<'_>) -> Result<Self, Error> {
        r.bool()
    }
    fn placeholder() -> Self {
        false
    }
}

impl ToJson for bool {
    fn to_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl FromJson for String {
    fn from_json(r: &mut Reader<'_>) -> Result<Self, Error> {
        r.str("a string").map(std::borrow::Cow::into_owned)
    }
    fn placeholder() -> Self {
        String::new()
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
    fn from_json(r: &mut Reader<'_>) -> Result<Self, Error> {
        Ok(match r.kind()? {
            Kind::Null => {
                r.null()?;
                Json::Null
            }
            Kind::Bool => Json::Bool(r.bool()?),
            Kind::Number => Json::Number(r.number("a number")?.to_owned()),
            Kind::String => Json::String(r.str("a string")?.into_owned()),
            Kind::Array => Json::Array(Vec::from_json(r)?),
            Kind::Object => {
                let mut members = Vec::new();
                read_map(r, &mut |r, k| {
                    let v = Json::from_json(r)?;
                    members.push((k.to_owned(), v));
                    Ok(())
                })?;
                Json::Object(members)
            }
        })
    }
    fn placeholder() -> Self {
        Json::Null
    }
}

// ---- containers ------------------------------------------------------------------------------

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(r: &mut Reader<'_>) -> Result<Self, Error> {
        if r.null()? {
            return Ok(None);
        }
        T::from_json(r).map(Some)
    }
    fn placeholder() -> Self {
        None
    }
    /// `self` is `None` (the placeholder) and stays so for `null`; else the value is read into
    /// `T`'s placeholder in place.
    fn read_into(&mut self, r: &mut Reader<'_>) -> Result<(), Error> {
        if r.null()? {
            return Ok(());
        }
        self.insert(T::placeholder()).read_into(r)
    }
    const OPTIONAL: bool = true;
    const READS_IN_PLACE: bool = true;
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
    fn from_json(r: &mut Reader<'_>) -> Result<Self, Error> {
        T::from_json(r).map(Box::new)
    }
    fn placeholder() -> Self {
        Box::new(T::placeholder())
    }
    const READS_IN_PLACE: bool = T::READS_IN_PLACE;
    /// Reads into the boxed value (the box holds `T`'s placeholder).
    fn read_into(&mut self, r: &mut Reader<'_>) -> Result<(), Error> {
        (**self).read_into(r)
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

/// Reads an array, calling `each` for every element (an error gets the element's index): the
/// loop is shared by every element type, only the `push` is per type.
#[inline(never)]
pub fn read_seq(
    r: &mut Reader<'_>,
    each: &mut dyn FnMut(&mut Reader<'_>) -> Result<(), Error>,
) -> Result<(), Error> {
    r.begin_array("a sequence")?;
    let mut i = 0;
    while r.next_element()? {
        each(r).map_err(|e| e.at_index(i))?;
        i += 1;
    }
    Ok(())
}

/// Reads an object as a map, calling `each` with every key (the value comes next; an error gets
/// the key): the loop is shared by every map type.
#[inline(never)]
pub fn read_map(
    r: &mut Reader<'_>,
    each: &mut dyn FnMut(&mut Reader<'_>, &str) -> Result<(), Error>,
) -> Result<(), Error> {
    r.begin_object("a map")?;
    while let Some(k) = r.next_key()? {
        each(r, &k).map_err(|e| e.at_key(&k))?;
    }
    Ok(())
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(r: &mut Reader<'_>) -> Result<Self, Error> {
        let mut out = Vec::new();
        out.read_into(r)?;
        Ok(out)
    }
    const READS_IN_PLACE: bool = true;
    /// `self` is empty (the placeholder); the elements are pushed onto it.
    fn read_into(&mut self, r: &mut Reader<'_>) -> Result<(), Error> {
        read_seq(r, &mut |r| {
            if !T::READS_IN_PLACE {
                self.push(T::from_json(r)?);
                return Ok(());
            }
            // Read in place, into its placeholder (a failed list is dropped).
            self.push(T::placeholder());
            match self.last_mut() {
                Some(last) => last.read_into(r),
                None => Ok(()),
            }
        })
    }
    fn placeholder() -> Self {
        Vec::new()
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

#[allow(
    clippy::disallowed_types,
    reason = "for native clients: the core's own types use base::sorted::SortedMap, and code not called is not linked"
)]
impl<K: JsonKey + Ord, V: FromJson> FromJson for BTreeMap<K, V> {
    fn from_json(r: &mut Reader<'_>) -> Result<Self, Error> {
        let mut out = BTreeMap::new();
        read_map(r, &mut |r, k| {
            let key = K::from_key(k)?;
            out.insert(key, V::from_json(r)?);
            Ok(())
        })?;
        Ok(out)
    }
    fn placeholder() -> Self {
        BTreeMap::new()
    }
}

#[allow(
    clippy::disallowed_types,
    reason = "for native clients: the core's own types use base::sorted::SortedMap, and code not called is not linked"
)]
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

/// Moves to the next element of a tuple of `size`, or `E_TYPE` when the array ends early.
#[inline(never)]
fn tuple_element(r: &mut Reader<'_>, i: usize, size: usize) -> Result<(), Error> {
    if r.next_element()? {
        Ok(())
    } else {
        Err(Error::new("E_TYPE", format!("invalid length {i}, expected a tuple of size {size}")))
    }
}

/// The end of a tuple's array, or `E_TYPE` when it holds more.
#[inline(never)]
fn tuple_end(r: &mut Reader<'_>, size: usize) -> Result<(), Error> {
    if r.next_element()? {
        Err(Error::new("E_TYPE", format!("invalid length, expected a tuple of size {size}")))
    } else {
        Ok(())
    }
}

impl<A: FromJson, B: FromJson> FromJson for (A, B) {
    fn from_json(r: &mut Reader<'_>) -> Result<Self, Error> {
        r.begin_array("a tuple of size 2")?;
        tuple_element(r, 0, 2)?;
        let a = A::from_json(r).map_err(|e| e.at_index(0))?;
        tuple_element(r, 1, 2)?;
        let b = B::from_json(r).map_err(|e| e.at_index(1))?;
        tuple_end(r, 2)?;
        Ok((a, b))
    }
    fn placeholder() -> Self {
        (A::placeholder(), B::placeholder())
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
