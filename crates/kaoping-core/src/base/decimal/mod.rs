//! Exact decimal numbers for scores, weights and inputs.
//!
//! Every number kaoping computes with is a [`Decimal`]: a signed fixed-point value with six
//! fractional digits, stored as an `i64` count of millionths. Arithmetic is integer arithmetic, so
//! the same inputs give the same digits on every platform, natively and in WebAssembly, and no
//! binary-float artefact (`0.30000000000000004`) can appear.
//!
//! # Rounding
//! * Parsing: a number with more than six fractional digits is rounded half away from zero
//!   (四舍五入) to six digits. JSON numbers are read through their shortest round-trip decimal form,
//!   so `0.1` is exactly one tenth.
//! * [`Decimal::checked_mul`] and [`Decimal::checked_div`] round their exact result half away from zero to six
//!   fractional digits.
//! * [`Decimal::round_dp`] rounds to the scheme's declared precision with the scheme's
//!   [`Rounding`] rule (default: half away from zero).
//!
//! The magnitude of any input is limited to [`Decimal::MAX_INPUT`] (10¹²), and that of an input
//! with a fractional part to [`Decimal::MAX_FRACTIONAL_INPUT`] (10⁹, so that it stays exact
//! through a binary float); arithmetic that would
//! leave the `i64` range returns `None` instead of wrapping.

mod float;
mod json;
#[cfg(feature = "serde")]
mod serde_impl;
mod text;

use float::{micros_to_f64, round6_shortest};
pub use text::{FixedDp, ParseDecimalError};

/// Number of fractional digits every [`Decimal`] carries.
pub const FRACTION_DIGITS: u32 = 6;
const SCALE: i64 = 1_000_000;
const SCALE_I128: i128 = 1_000_000;

/// Marker put at the start of deserialisation error messages so that callers can recover a
/// stable error code from a serde error (see [`crate::base::error`]).
#[cfg(feature = "serde")]
#[cfg(feature = "serde")]
pub(crate) const NOT_FINITE_MARK: &str = "E_NUMBER_NOT_FINITE:";
/// Marker for numbers outside [`Decimal::MAX_INPUT`].
#[cfg(feature = "serde")]
#[cfg(feature = "serde")]
pub(crate) const RANGE_MARK: &str = "E_NUMBER_RANGE:";

/// An exact decimal number with six fractional digits.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Decimal(i64);

/// How a result is rounded to the scheme's precision.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, kaoping_json::ToJson, kaoping_json::FromJson, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Rounding {
    /// 四舍五入: ties go away from zero (2.345 → 2.35, −2.345 → −2.35). The default.
    #[default]
    HalfUp,
    /// Banker's rounding: ties go to the even digit (2.345 → 2.34, 2.355 → 2.36).
    HalfEven,
}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal(0);
    /// One.
    pub const ONE: Decimal = Decimal(SCALE);
    /// One hundred.
    pub const HUNDRED: Decimal = Decimal(100 * SCALE);
    /// The largest magnitude accepted from input: 10¹².
    pub const MAX_INPUT: Decimal = Decimal(1_000_000_000_000 * SCALE);
    /// The largest magnitude (exclusive) of an input number with a fractional part: 10⁹. Below
    /// it every decimal with six fractional digits has at most 15 significant digits, so it
    /// survives the binary float of a JSON or JavaScript number exactly, both ways. Whole
    /// numbers are exact up to [`Decimal::MAX_INPUT`].
    pub const MAX_FRACTIONAL_INPUT: Decimal = Decimal(1_000_000_000 * SCALE);

    /// The decimal with the given number of millionths.
    pub const fn from_micros(micros: i64) -> Decimal {
        Decimal(micros)
    }

    /// The number of millionths this decimal holds.
    pub const fn micros(self) -> i64 {
        self.0
    }

    /// A whole number.
    pub const fn from_int(n: i32) -> Decimal {
        Decimal(n as i64 * SCALE)
    }

    /// A whole number from a count; `None` beyond [`Decimal::MAX_INPUT`].
    pub fn from_count(n: u64) -> Option<Decimal> {
        let micros = i64::try_from(n).ok()?.checked_mul(SCALE)?;
        Some(Decimal(micros)).filter(|d| d.abs() <= Self::MAX_INPUT)
    }

    /// Absolute value.
    pub const fn abs(self) -> Decimal {
        Decimal(self.0.saturating_abs())
    }

    /// Whether the value is below zero.
    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// Whether the value is exactly zero.
    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Whether the value has no fractional part.
    pub const fn is_integer(self) -> bool {
        self.0 % SCALE == 0
    }

    /// The whole part, when the value is an integer that fits `u64`.
    pub fn as_count(self) -> Option<u64> {
        if self.is_integer() && self.0 >= 0 {
            u64::try_from(self.0 / SCALE).ok()
        } else {
            None
        }
    }

    /// Checked addition.
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        self.0.checked_add(other.0).map(Decimal)
    }

    /// Checked subtraction.
    pub fn checked_sub(self, other: Decimal) -> Option<Decimal> {
        self.0.checked_sub(other.0).map(Decimal)
    }

    /// Checked negation.
    pub fn checked_neg(self) -> Option<Decimal> {
        self.0.checked_neg().map(Decimal)
    }

    /// Product, rounded half away from zero to six fractional digits.
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        // 64-bit fast path when the product fits (128-bit arithmetic is a library call in wasm)
        if let Some(p) = mul_i64(self.0, other.0) {
            return Some(Decimal(div_round_half_up_i64(p, SCALE)?));
        }
        let wide = i128::from(self.0) * i128::from(other.0);
        narrow(div_round_half_up(wide, SCALE_I128)?)
    }

    /// Quotient, rounded half away from zero to six fractional digits; `None` on division by
    /// zero or overflow.
    pub fn checked_div(self, other: Decimal) -> Option<Decimal> {
        if other.0 == 0 {
            return None;
        }
        if let Some(p) = mul_i64(self.0, SCALE) {
            return Some(Decimal(div_round_half_up_i64(p, other.0)?));
        }
        let wide = i128::from(self.0).checked_mul(SCALE_I128)?;
        narrow(div_round_half_up(wide, i128::from(other.0))?)
    }

    /// `self × num ÷ den` computed with a single rounding at the end (half away from zero).
    pub fn mul_div(self, num: Decimal, den: Decimal) -> Option<Decimal> {
        if den.0 == 0 {
            return None;
        }
        if let Some(p) = mul_i64(self.0, num.0) {
            return Some(Decimal(div_round_half_up_i64(p, den.0)?));
        }
        let wide = i128::from(self.0).checked_mul(i128::from(num.0))?;
        narrow(div_round_half_up(wide, i128::from(den.0))?)
    }

    /// Rounds to `dp` fractional digits (0–6) with the given rule.
    pub fn round_dp(self, dp: u32, rounding: Rounding) -> Decimal {
        if dp >= FRACTION_DIGITS {
            return self;
        }
        // a literal divisor in each arm: a multiplication instead of a 64-bit division
        let (unit, q) = match dp {
            0 => (1_000_000, self.0 / 1_000_000),
            1 => (100_000, self.0 / 100_000),
            2 => (10_000, self.0 / 10_000),
            3 => (1_000, self.0 / 1_000),
            4 => (100, self.0 / 100),
            _ => (10, self.0 / 10),
        };
        let r = self.0 - q * unit;
        let twice = r.unsigned_abs() * 2;
        let unit_u = unit.unsigned_abs();
        let away = match twice.cmp(&unit_u) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => match rounding {
                Rounding::HalfUp => true,
                Rounding::HalfEven => q % 2 != 0,
            },
        };
        let q = if away { q + self.0.signum() } else { q };
        Decimal(q.saturating_mul(unit))
    }

    /// Rounds up to the next whole number (toward +∞).
    pub fn ceil(self) -> Decimal {
        let q = self.0.div_euclid(SCALE);
        let r = self.0.rem_euclid(SCALE);
        let q = if r > 0 { q.saturating_add(1) } else { q };
        Decimal(q.saturating_mul(SCALE))
    }

    /// The smaller of two values.
    pub fn min(self, other: Decimal) -> Decimal {
        std::cmp::min(self, other)
    }

    /// The larger of two values.
    pub fn max(self, other: Decimal) -> Decimal {
        std::cmp::max(self, other)
    }

    /// Clamps into `[lo, hi]` (lo wins if the bounds are crossed).
    pub fn clamp_to(self, lo: Decimal, hi: Decimal) -> Decimal {
        self.min(hi).max(lo)
    }

    /// Integer square root of the value (rounded down to six fractional digits); `None` for a
    /// negative value. Used by cohort standardisation; pure integer arithmetic, so identical on
    /// every target.
    pub fn sqrt(self) -> Option<Decimal> {
        if self.0 < 0 {
            return None;
        }
        // sqrt(m / 10^6) * 10^6 = sqrt(m * 10^6)
        let n = u128::try_from(self.0).ok()?.checked_mul(1_000_000)?;
        let root = isqrt(n);
        i64::try_from(root).ok().map(Decimal)
    }

    /// Converts from a binary float through its shortest round-trip decimal form. `None` when
    /// the float is not finite or is larger than [`Decimal::MAX_INPUT`].
    #[inline(always)]
    pub fn from_f64(value: f64) -> Option<Decimal> {
        // Fastest path: a whole number (counts, days, cases) within range (NaN fails the test).
        let whole = value.trunc();
        if whole == value && value.abs() <= 1e12 {
            // Exact: |whole| ≤ 10^12, so whole × 10^6 < 2^63 and the cast is exact.
            #[allow(clippy::cast_possible_truncation)]
            return Some(Decimal(whole as i64 * SCALE));
        }
        Decimal::from_f64_fraction(value)
    }

    /// [`Decimal::from_f64`] beyond whole numbers.
    fn from_f64_fraction(value: f64) -> Option<Decimal> {
        if !value.is_finite() || value.abs() > 1e12 {
            return None;
        }
        // Fast path: a number with at most six fractional digits (the normal case) is within a
        // rounding error of a whole number of millionths.
        let scaled = value * 1e6;
        let nearest = scaled.round();
        if (scaled - nearest).abs() < 1e-4 && nearest.abs() < 9.0e15 {
            // Exact: |nearest| < 2^53 and it is integral.
            #[allow(clippy::cast_possible_truncation)]
            return Some(Decimal(nearest as i64));
        }
        let micros = round6_shortest(value.abs());
        let micros = if value < 0.0 { -micros } else { micros };
        Some(Decimal(micros)).filter(|d| d.abs() <= Decimal::MAX_INPUT)
    }

    /// Nearest binary float (correctly rounded), for handing results to JavaScript.
    pub fn to_f64(self) -> f64 {
        // Both operands are exact in f64 below 2^53 and IEEE division is correctly rounded.
        if self.0.unsigned_abs() < (1_u64 << 53) {
            #[allow(clippy::cast_precision_loss)]
            return self.0 as f64 / 1e6;
        }
        let q = micros_to_f64(self.0.unsigned_abs());
        if self.0 < 0 {
            -q
        } else {
            q
        }
    }
}

fn narrow(v: i128) -> Option<Decimal> {
    i64::try_from(v).ok().map(Decimal)
}

/// `n / d` rounded half away from zero.
fn div_round_half_up(n: i128, d: i128) -> Option<i128> {
    let q = n.checked_div(d)?;
    let r = n.checked_rem(d)?;
    if r.checked_abs()?.checked_mul(2)? >= d.checked_abs()? {
        let sign = if (n < 0) != (d < 0) { -1 } else { 1 };
        q.checked_add(sign)
    } else {
        Some(q)
    }
}

/// `a × b` when it fits `i64`. Operands whose bit lengths add up to at most 63 multiply
/// without an overflow check: in WebAssembly a checked 64-bit multiplication is a 128-bit
/// library call.
#[inline(always)]
pub(crate) fn mul_i64(a: i64, b: i64) -> Option<i64> {
    if a.unsigned_abs().leading_zeros() + b.unsigned_abs().leading_zeros() >= 65 {
        Some(a.wrapping_mul(b))
    } else {
        a.checked_mul(b)
    }
}

/// [`div_round_half_up`] in 64 bits: the same rounding, `None` on division by zero or overflow.
#[inline(always)]
fn div_round_half_up_i64(n: i64, d: i64) -> Option<i64> {
    let q = n.checked_div(d)?;
    // one division: |q × d| ≤ |n|, so the remainder needs no second one
    let r = n.wrapping_sub(q.wrapping_mul(d));
    if r.unsigned_abs().checked_mul(2)? >= d.unsigned_abs() {
        let sign = if (n < 0) != (d < 0) { -1 } else { 1 };
        q.checked_add(sign)
    } else {
        Some(q)
    }
}

fn isqrt(n: u128) -> u128 {
    if n < 2 {
        return n;
    }
    // Newton's method on integers; converges from above.
    let mut x = n;
    let mut y = x.div_ceil(2);
    while y < x {
        x = y;
        y = (x + n / x) / 2;
    }
    x
}

#[cfg(test)]
#[allow(
    clippy::disallowed_types,
    clippy::disallowed_methods,
    reason = "tests: std's collections and sorts are the oracles"
)]
mod tests {
    use super::text::parse_plain;
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap_or_else(|| unreachable!("bad literal {s}"))
    }

    #[test]
    fn sixty_four_bit_rounding_is_the_128_bit_rounding() {
        let edge = [i64::MIN, i64::MIN + 1, -1_000_001, -500_000, -3, -2, -1, 0, 1, 2, 3, 499_999, 500_000];
        let mut xs: Vec<i64> =
            edge.iter().flat_map(|&v| [v, v.saturating_neg(), i64::MAX - v.saturating_abs()]).collect();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let shift = (seed % 64) as u32;
            xs.push((seed as i64) >> shift);
        }
        for pair in xs.windows(2) {
            let (n, d) = (pair[0], pair[1]);
            assert_eq!(mul_i64(n, d), n.checked_mul(d), "{n} × {d}");
            let wide = div_round_half_up(i128::from(n), i128::from(d)).and_then(|q| i64::try_from(q).ok());
            assert_eq!(div_round_half_up_i64(n, d), wide, "{n} / {d}");
        }
    }

    #[test]
    fn tenths_add_exactly() {
        let sum = d("0.1").checked_add(d("0.2"));
        assert_eq!(sum, Some(d("0.3")));
        assert_eq!(sum.map(|s| s.to_string()), Some("0.3".to_owned()));
        assert_eq!(Decimal::from_f64(0.1), Some(d("0.1")));
        assert_eq!(Decimal::from_f64(0.1 + 0.2), Some(d("0.3")));
    }

    #[test]
    fn rounding_rules() {
        assert_eq!(d("2.345").round_dp(2, Rounding::HalfUp), d("2.35"));
        assert_eq!(d("-2.345").round_dp(2, Rounding::HalfUp), d("-2.35"));
        assert_eq!(d("2.345").round_dp(2, Rounding::HalfEven), d("2.34"));
        assert_eq!(d("2.355").round_dp(2, Rounding::HalfEven), d("2.36"));
        assert_eq!(d("2.3449").round_dp(2, Rounding::HalfUp), d("2.34"));
        assert_eq!(d("0.1234565").to_string(), "0.123457");
        assert_eq!(d("7").format_dp(2), "7.00");
        assert_eq!(d("-0.005").format_dp(2), "-0.01");
    }

    #[test]
    fn division_rounds_half_away() {
        assert_eq!(d("2").checked_div(d("3")), Some(d("0.666667")));
        assert_eq!(d("-2").checked_div(d("3")), Some(d("-0.666667")));
        assert_eq!(d("1").checked_div(Decimal::ZERO), None);
        assert_eq!(d("29").mul_div(d("30"), d("30")), Some(d("29")));
        assert_eq!(d("27315").checked_div(d("17685")), Some(d("1.544529")));
    }

    /// The former conversions: the same fast path, else through the float's `Display`.
    fn from_f64_by_text(value: f64) -> Option<Decimal> {
        if !value.is_finite() || value.abs() > 1e12 {
            return None;
        }
        let scaled = value * 1e6;
        let nearest = scaled.round();
        if (scaled - nearest).abs() < 1e-4 && nearest.abs() < 9.0e15 {
            return Some(Decimal(nearest as i64));
        }
        parse_plain(&format!("{value}"))
    }

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed
    }

    #[test]
    #[allow(clippy::excessive_precision)] // exact binary values whose shortest forms tie
    fn from_f64_rounds_the_shortest_form() {
        let mut seed = 42;
        let mut cases: Vec<f64> = vec![
            0.0000005,
            0.00000049,
            0.0000004999999,
            0.0000015,
            0.0078125,
            600000000000.03125,
            600000000000.09375,
            999999999999.9999,
            1e12,
            9007199254.740993,
            123456.7890125,
            1.0000005,
            2.5e-7,
            0.1 + 0.2,
            83.4500005,
        ];
        for _ in 0..200_000 {
            let r = lcg(&mut seed);
            // random bit patterns within range, and decimals with 6 to 9 fractional digits
            let x = f64::from_bits(r >> 2);
            cases.push(x);
            let digits = 6 + (r % 4) as i32;
            let int = (lcg(&mut seed) >> 24) % 2_000_000_000_000;
            let frac = lcg(&mut seed) % 10_u64.pow(digits as u32);
            cases.push(int as f64 / 2.0 + frac as f64 / 10f64.powi(digits));
            cases.push(frac as f64 / 10f64.powi(digits));
        }
        for x in cases {
            for v in [x, -x] {
                assert_eq!(Decimal::from_f64(v), from_f64_by_text(v), "{v:e}");
            }
        }
    }

    #[test]
    fn json_text_of_large_fractions_is_the_shortest_float_form() {
        let mut seed = 11;
        let mut cases = vec![(1_i64 << 53) + 1, i64::MAX, 9_007_199_254_740_993_123, 7_706_961_982_131_392];
        for _ in 0..200_000 {
            cases.push(((lcg(&mut seed) >> 1) as i64) | (1 << 53));
        }
        for micros in cases {
            for d in [Decimal(micros), Decimal(-micros)] {
                if d.is_integer() {
                    continue;
                }
                let mut ours = String::new();
                kaoping_json::ToJson::to_json(&d, &mut ours);
                let mut by_float = String::new();
                kaoping_json::write_f64(&mut by_float, d.to_f64());
                assert_eq!(ours, by_float, "{d}");
            }
        }
    }

    #[test]
    fn to_f64_is_correctly_rounded() {
        let mut seed = 7;
        let mut cases = vec![i64::MAX, i64::MIN + 1, 1 << 53, (1 << 53) + 1, 9_007_199_254_740_993_000];
        for _ in 0..200_000 {
            cases.push((lcg(&mut seed) >> 1) as i64);
            cases.push(((lcg(&mut seed) >> 1) as i64) >> (lcg(&mut seed) % 16));
        }
        for micros in cases {
            let d = Decimal(micros);
            let by_text: f64 = d.to_string().parse().unwrap();
            assert_eq!(d.to_f64().to_bits(), by_text.to_bits(), "{d}");
            assert_eq!(Decimal(-micros).to_f64().to_bits(), (-by_text).to_bits(), "-{d}");
        }
    }

    #[test]
    fn range_and_garbage_rejected() {
        assert_eq!(Decimal::from_f64(f64::NAN), None);
        assert_eq!(Decimal::from_f64(1e308), None);
        assert_eq!(Decimal::parse("1e3"), None);
        assert_eq!(Decimal::parse("12a"), None);
        assert_eq!(Decimal::parse("-"), None);
        assert_eq!(Decimal::parse("10000000000000"), None);
        assert!(Decimal::MAX_INPUT.checked_mul(Decimal::MAX_INPUT).is_none());
    }

    #[test]
    fn sqrt_is_exact_on_squares() {
        assert_eq!(d("2.25").sqrt(), Some(d("1.5")));
        assert_eq!(d("2").sqrt(), Some(d("1.414213")));
        assert_eq!(d("-1").sqrt(), None);
    }

    #[test]
    fn json_round_trip() {
        let v: Decimal = serde_json::from_str("83.45").unwrap_or_default();
        assert_eq!(serde_json::to_string(&v).ok(), Some("83.45".to_owned()));
        let v: Decimal = serde_json::from_str("\"0.30\"").unwrap_or_default();
        assert_eq!(v, d("0.3"));
        assert!(serde_json::from_str::<Decimal>("1e300").is_err());
    }
}

#[cfg(test)]
mod format_tests {
    use super::*;

    /// The formatting rules written with `format!` (the former implementation), as an oracle.
    fn display_oracle(d: Decimal) -> String {
        let sign = if d.0 < 0 { "-" } else { "" };
        let (whole, frac) = (d.0.unsigned_abs() / 1_000_000, d.0.unsigned_abs() % 1_000_000);
        if frac == 0 {
            return format!("{sign}{whole}");
        }
        format!("{sign}{whole}.{}", format!("{frac:06}").trim_end_matches('0'))
    }

    fn format_dp_oracle(d: Decimal, dp: u32) -> String {
        let r = d.round_dp(dp, Rounding::HalfUp);
        let sign = if r.0 < 0 { "-" } else { "" };
        let (whole, frac) = (r.0.unsigned_abs() / 1_000_000, r.0.unsigned_abs() % 1_000_000);
        if dp == 0 {
            return format!("{sign}{whole}");
        }
        format!("{sign}{whole}.{:0w$}", frac / 10_u64.pow(6 - dp), w = dp as usize)
    }

    #[test]
    fn stack_formatting_equals_the_format_oracle() {
        let mut values = vec![
            0,
            1,
            -1,
            9,
            10,
            999_999,
            1_000_000,
            -1_000_000,
            5_000,
            -5_000,
            123_456_789,
            i64::MAX,
            i64::MIN,
        ];
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let span = [1_000_i64, 1_000_000, 100_000_000, 1_000_000_000_000, i64::MAX];
            let m = span[(x % 5) as usize];
            values.push((x >> 3) as i64 % m * if x & 4 == 0 { 1 } else { -1 });
        }
        for v in values {
            let d = Decimal::from_micros(v);
            assert_eq!(d.to_string(), display_oracle(d), "{v}");
            let mut out = String::new();
            d.push_to(&mut out);
            assert_eq!(out, display_oracle(d), "{v}");
            for dp in 0..=6 {
                let text = format_dp_oracle(d, dp);
                assert_eq!(d.format_dp(dp), text, "{v} at {dp}");
                assert_eq!(d.display_dp(dp).to_string(), text, "{v} at {dp}");
                let signed = if d.is_negative() { text.clone() } else { format!("+{text}") };
                assert_eq!(d.display_dp_signed(dp).to_string(), signed, "{v} at {dp}");
                let mut out = String::from("x");
                d.push_dp_to(dp, true, &mut out);
                assert_eq!(out, format!("x{signed}"));
            }
        }
    }
}
