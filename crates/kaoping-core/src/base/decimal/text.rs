//! Decimals as text: fixed-precision display, digits rendered without `format!`, and the plain
//! decimal syntax parsed.

use super::{narrow, Decimal, Rounding, FRACTION_DIGITS, SCALE, SCALE_I128};
use std::fmt;

/// A decimal shown with a fixed number of fractional digits (see [`Decimal::display_dp`]).
#[derive(Clone, Copy, Debug)]
pub struct FixedDp {
    pub(super) value: Decimal,
    pub(super) dp: u32,
    pub(super) plus: bool,
}

impl fmt::Display for FixedDp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.value.fixed_digits(self.dp, self.plus).as_str())
    }
}

/// Emits the `width` lowest decimal digits of `n` (all of them when `width` is 0).
pub(super) fn emit_digits(emit: &mut impl FnMut(u8), mut n: u64, width: u32) {
    let mut tmp = [0u8; 20];
    let mut k = 0;
    loop {
        if let Some(slot) = tmp.get_mut(k) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        k += 1;
        if (width == 0 && n == 0) || (width > 0 && k >= width as usize) || k >= tmp.len() {
            break;
        }
    }
    for &d in tmp.iter().take(k).rev() {
        emit(d);
    }
}

/// Emits `[-]whole[.frac]` with `frac_digits` digits of `frac`, trailing zeros trimmed when `trim`
/// (and the point too when nothing is left).
pub(super) fn emit_number(
    emit: &mut impl FnMut(u8),
    negative: bool,
    whole: u64,
    mut frac: u64,
    mut frac_digits: u32,
    trim: bool,
) {
    if negative {
        emit(b'-');
    }
    emit_digits(emit, whole, 0);
    if trim {
        while frac_digits > 0 && frac % 10 == 0 {
            frac /= 10;
            frac_digits -= 1;
        }
    }
    if frac_digits > 0 {
        emit(b'.');
        emit_digits(emit, frac, frac_digits);
    }
}

/// [`emit_number`] straight into a string.
pub(super) fn render_into(
    out: &mut String,
    negative: bool,
    whole: u64,
    frac: u64,
    frac_digits: u32,
    trim: bool,
) {
    emit_number(&mut |b| out.push(char::from(b)), negative, whole, frac, frac_digits, trim);
}

/// A number rendered on the stack (explanation texts format many decimals: no `format!`).
pub(super) struct Digits {
    bytes: [u8; 48],
    len: usize,
}

impl Digits {
    pub(super) fn new() -> Digits {
        Digits { bytes: [0; 48], len: 0 }
    }

    pub(super) fn push(&mut self, b: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = b;
            self.len += 1;
        }
    }

    /// [`emit_number`] onto the stack.
    pub(super) fn render(&mut self, negative: bool, whole: u64, frac: u64, frac_digits: u32, trim: bool) {
        emit_number(&mut |b| self.push(b), negative, whole, frac, frac_digits, trim);
    }

    pub(super) fn as_str(&self) -> &str {
        std::str::from_utf8(self.bytes.get(..self.len).unwrap_or_default()).unwrap_or_default()
    }
}

pub(super) fn parse_plain(text: &str) -> Option<Decimal> {
    let (neg, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (int_part, frac_part) = match body.split_once('.') {
        Some((i, f)) => (i, f),
        None => (body, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    if !int_part.bytes().all(|b| b.is_ascii_digit()) || !frac_part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let int_digits = int_part.trim_start_matches('0');
    if int_digits.len() > 13 {
        return None;
    }
    let mut micros: i128 = 0;
    for b in int_digits.bytes() {
        micros = micros * 10 + i128::from(b - b'0');
    }
    micros *= SCALE_I128;
    let mut place = SCALE_I128 / 10;
    let mut round_up = false;
    for (i, b) in frac_part.bytes().enumerate() {
        let digit = i128::from(b - b'0');
        if i < FRACTION_DIGITS as usize {
            micros += digit * place;
            place /= 10;
        } else {
            // Only the first dropped digit decides half-away-from-zero rounding.
            round_up = digit >= 5;
            break;
        }
    }
    if round_up {
        micros += 1;
    }
    if neg {
        micros = -micros;
    }
    let d = narrow(micros)?;
    (d.abs() <= Decimal::MAX_INPUT).then_some(d)
}

impl Decimal {
    /// Parses a plain decimal string (`-12.5`, `0.30`, `1e3` is rejected), rounding half away
    /// from zero beyond six fractional digits. `None` when the text is not a number or is
    /// larger than [`Decimal::MAX_INPUT`].
    pub fn parse(text: &str) -> Option<Decimal> {
        parse_plain(text.trim())
    }

    /// Formats with exactly `dp` fractional digits (after rounding half away from zero).
    pub fn format_dp(self, dp: u32) -> String {
        self.fixed_digits(dp, false).as_str().to_owned()
    }

    /// Appends the shortest exact form (as `Display` writes it) to `out`.
    pub fn push_to(self, out: &mut String) {
        let abs = self.0.unsigned_abs();
        let scale = SCALE.unsigned_abs();
        render_into(out, self.0 < 0, abs / scale, abs % scale, FRACTION_DIGITS, true);
    }

    /// Appends [`Decimal::format_dp`]'s text to `out`, with a leading `+` unless negative when
    /// `plus`.
    pub(crate) fn push_dp_to(self, dp: u32, plus: bool, out: &mut String) {
        if plus && !self.is_negative() {
            out.push('+');
        }
        let dp = dp.min(FRACTION_DIGITS);
        let r = self.round_dp(dp, Rounding::HalfUp);
        let abs = r.0.unsigned_abs();
        let scale = SCALE.unsigned_abs();
        let frac = (abs % scale) / 10_u64.pow(FRACTION_DIGITS - dp);
        render_into(out, r.0 < 0, abs / scale, frac, dp, false);
    }

    /// [`Decimal::format_dp`] as a `Display` value that renders without allocating.
    pub fn display_dp(self, dp: u32) -> FixedDp {
        FixedDp { value: self, dp, plus: false }
    }

    /// [`Decimal::display_dp`] with a leading `+` unless the value is negative.
    pub(crate) fn display_dp_signed(self, dp: u32) -> FixedDp {
        FixedDp { value: self, dp, plus: !self.is_negative() }
    }

    fn fixed_digits(self, dp: u32, plus: bool) -> Digits {
        let dp = dp.min(FRACTION_DIGITS);
        let r = self.round_dp(dp, Rounding::HalfUp);
        let abs = r.0.unsigned_abs();
        let scale = SCALE.unsigned_abs();
        let frac = (abs % scale) / 10_u64.pow(FRACTION_DIGITS - dp);
        let mut buf = Digits::new();
        if plus {
            buf.push(b'+');
        }
        buf.render(r.0 < 0, abs / scale, frac, dp, false);
        buf
    }
}

impl fmt::Display for Decimal {
    /// Shortest exact form: `83.45`, `-2`, `0.000001`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let abs = self.0.unsigned_abs();
        let scale = SCALE.unsigned_abs();
        let mut buf = Digits::new();
        buf.render(self.0 < 0, abs / scale, abs % scale, FRACTION_DIGITS, true);
        f.write_str(buf.as_str())
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::str::FromStr for Decimal {
    type Err = ParseDecimalError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Decimal::parse(s).ok_or(ParseDecimalError)
    }
}

/// The text is not a plain decimal number within range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a decimal number within ±10^12")]
pub struct ParseDecimalError;
