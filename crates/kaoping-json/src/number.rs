//! The binary float of a JSON number text, correctly rounded (ties to even), in integer
//! arithmetic.
//!
//! `str::parse::<f64>` is exact too, but it brings core's float parser and its table of 128-bit
//! powers of five (~10 KB that barely compress) into the WebAssembly module. Numbers here are
//! short decimals almost always, so this takes Clinger's fast path (at most 15 significant digits
//! and a power of ten up to 10^22: one correctly rounded float operation on exact operands) and
//! otherwise a plain big-integer division, slow but small and exact.

/// Significant digits kept; any further non-zero digits are folded into one sticky digit.
/// Deciding a tie between two floats needs at most 767 significant digits.
const MAX_DIGITS: usize = 780;

/// The float nearest to a JSON number text (`-?digits[.digits][e[+-]digits]`), ties to even;
/// `±inf` beyond the largest float, `±0` below the smallest. `None` when the text is not a
/// number of that form.
pub fn parse_f64(text: &str) -> Option<f64> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(at) => (body.get(..at)?, parse_exponent(body.get(at + 1..)?)?),
        None => (body, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Significant digits `digits` and the exponent of the last one: value = digits × 10^exp10.
    let mut digits: Vec<u8> = Vec::new();
    let mut sticky = false;
    for b in whole.bytes().chain(fraction.bytes()) {
        if digits.is_empty() && b == b'0' {
            continue;
        }
        if digits.len() < MAX_DIGITS {
            digits.push(b - b'0');
        } else if b != b'0' {
            sticky = true;
        }
    }
    let all = whole.len().saturating_add(fraction.len());
    let dropped = all.saturating_sub(leading_zeros(whole, fraction)).saturating_sub(digits.len());
    let mut exp10 = exponent
        .saturating_sub(i64::try_from(fraction.len()).unwrap_or(i64::MAX))
        .saturating_add(i64::try_from(dropped).unwrap_or(i64::MAX));
    if sticky {
        digits.push(1);
        exp10 = exp10.saturating_sub(1);
    }
    while digits.last() == Some(&0) {
        digits.pop();
        exp10 = exp10.saturating_add(1);
    }
    let magnitude = magnitude(&digits, exp10);
    Some(if negative { -magnitude } else { magnitude })
}

/// Digits before the first significant one (all of them when the number is zero).
fn leading_zeros(whole: &str, fraction: &str) -> usize {
    whole.bytes().chain(fraction.bytes()).take_while(|&b| b == b'0').count()
}

/// The exponent after `e`, saturated far beyond any float's range.
fn parse_exponent(text: &str) -> Option<i64> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value =
        digits.bytes().fold(0_i64, |acc, b| acc.saturating_mul(10).saturating_add(i64::from(b - b'0')));
    Some(if negative { -value } else { value })
}

/// `digits × 10^exp10` (no leading or trailing zeros in `digits`) as the nearest float.
fn magnitude(digits: &[u8], exp10: i64) -> f64 {
    let Ok(count) = i64::try_from(digits.len()) else { return f64::INFINITY };
    if count == 0 {
        return 0.0;
    }
    // value < 10^(count + exp10): below 10^-324 it is under half the smallest float.
    if count.saturating_add(exp10) <= -324 {
        return 0.0;
    }
    // value ≥ 10^(count - 1 + exp10): from 10^309 on it is beyond the largest float.
    if count.saturating_sub(1).saturating_add(exp10) >= 309 {
        return f64::INFINITY;
    }
    if count <= 15 && (-22..=22).contains(&exp10) {
        // Clinger: both operands are exact floats, so one operation rounds correctly.
        let m = digits.iter().fold(0_u64, |acc, &d| acc * 10 + u64::from(d));
        #[allow(clippy::cast_precision_loss)] // m < 10^15 < 2^53: exact
        let m = m as f64;
        let p = (0..exp10.unsigned_abs()).fold(1.0_f64, |acc, _| acc * 10.0); // exact up to 10^22
        return if exp10 < 0 { m / p } else { m * p };
    }
    let mut num = Big::from_digits(digits);
    let mut den = Big::one();
    // |exp10| < 324 + MAX_DIGITS here
    let shift = u32::try_from(exp10.unsigned_abs()).unwrap_or(u32::MAX);
    if exp10 >= 0 {
        num.mul_pow10(shift);
    } else {
        den.mul_pow10(shift);
    }
    nearest(num, den)
}

/// The float nearest to `num / den` (both positive), ties to even.
fn nearest(mut num: Big, mut den: Big) -> f64 {
    // value = q_bits · 2^q with q_bits of 53 bits: choose q so that num / (den · 2^q) ∈ [2^52, 2^54)
    let mut q = i64::from(num.bits()) - i64::from(den.bits()) - 53;
    let scale = |num: &mut Big, den: &mut Big, q: i64| {
        if q >= 0 {
            den.shl(u32::try_from(q).unwrap_or(u32::MAX));
        } else {
            num.shl(u32::try_from(-q).unwrap_or(u32::MAX));
        }
    };
    scale(&mut num, &mut den, q);
    let mut limit = den.clone();
    limit.shl(53);
    if num >= limit {
        den.shl(1);
        q += 1;
    }
    if q < -1074 {
        // subnormal: a fixed exponent and fewer mantissa bits
        den.shl(u32::try_from(-1074 - q).unwrap_or(u32::MAX));
        q = -1074;
    }
    // long division: the quotient has at most 53 bits
    let mut mantissa: u64 = 0;
    for bit in (0..53).rev() {
        let mut step = den.clone();
        step.shl(bit);
        if num >= step {
            num.sub(&step);
            mantissa |= 1 << bit;
        }
    }
    num.shl(1);
    let up = match num.cmp(&den) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => mantissa & 1 == 1,
        std::cmp::Ordering::Less => false,
    };
    if up {
        mantissa += 1;
        if mantissa == 1 << 53 {
            mantissa = 1 << 52;
            q += 1;
        }
    }
    if mantissa < 1 << 52 {
        // subnormal (q = -1074) or zero: the mantissa is the whole encoding
        return f64::from_bits(mantissa);
    }
    let biased = q + 1075; // the exponent field of mantissa · 2^q (mantissa ∈ [2^52, 2^53))
    match u64::try_from(biased) {
        Ok(field) if field < 2047 => f64::from_bits((field << 52) | (mantissa & ((1 << 52) - 1))),
        _ => f64::INFINITY,
    }
}

/// A non-negative big integer, little-endian 32-bit limbs, no high zero limbs.
#[derive(Clone, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn one() -> Big {
        Big(vec![1])
    }

    fn from_digits(digits: &[u8]) -> Big {
        let mut big = Big(Vec::new());
        for chunk in digits.chunks(9) {
            let mut value = 0_u32;
            let mut scale = 1_u32;
            for &d in chunk {
                value = value * 10 + u32::from(d);
                scale *= 10;
            }
            big.mul_add(scale, value);
        }
        big
    }

    /// `self = self × m + a`.
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let t = u64::from(*limb) * u64::from(m) + carry;
            *limb = t as u32; // low half, by design
            carry = t >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut n: u32) {
        while n >= 9 {
            self.mul_add(1_000_000_000, 0);
            n -= 9;
        }
        self.mul_add(10_u32.pow(n), 0);
    }

    fn bits(&self) -> u32 {
        match self.0.last() {
            Some(&top) => {
                32 * (u32::try_from(self.0.len()).unwrap_or(u32::MAX) - 1) + (32 - top.leading_zeros())
            }
            None => 0,
        }
    }

    fn shl(&mut self, n: u32) {
        let limbs = (n / 32) as usize;
        let bits = n % 32;
        if bits > 0 {
            let mut carry = 0_u32;
            for limb in &mut self.0 {
                let next = *limb >> (32 - bits);
                *limb = (*limb << bits) | carry;
                carry = next;
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        if limbs > 0 && !self.0.is_empty() {
            self.0.splice(0..0, std::iter::repeat_n(0, limbs));
        }
    }

    /// `self -= other`, for `other ≤ self`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0_i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let o = other.0.get(i).copied().map_or(0, i64::from);
            let t = i64::from(*limb) - o - borrow;
            borrow = i64::from(t < 0);
            *limb = (t + (borrow << 32)) as u32;
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Big) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Big) -> std::cmp::Ordering {
        self.0.len().cmp(&other.0.len()).then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

/// Whether a number's text is read as an integer (no fraction, no exponent; serde_json reads
/// `-0` as the float −0.0).
pub(crate) fn is_integer_text(n: &str) -> bool {
    n != "-0" && !n.bytes().any(|b| matches!(b, b'.' | b'e' | b'E'))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods, reason = "std's float parse is the oracle")]
mod tests {
    use super::parse_f64;

    fn same(text: &str) {
        let want: f64 = text.parse().unwrap();
        let got = parse_f64(text).unwrap();
        assert_eq!(got.to_bits(), want.to_bits(), "{text}: got {got:e}, std {want:e}");
    }

    #[test]
    fn short_numbers_and_edges_match_std() {
        for t in [
            "0",
            "-0",
            "0.0",
            "-0.0",
            "1",
            "12.345",
            "0.1",
            "0.3",
            "0.30000000000000004",
            "83.45",
            "1e22",
            "1e23",
            "9007199254740993",
            "9007199254740992.5",
            "123456789012345678901234567890",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e308",
            "1e309",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-324",
            "1e-400",
            "5e-324",
            "0.000001",
            "0.0000005",
            "999999999.9999995",
            "999999999999.9999994",
            "1E2",
            "1e+2",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
            "0.1e-5",
            "100e-2",
            "1e99999999999999999999",
            "1e-99999999999999999999",
            "000012.5000",
        ] {
            same(t);
        }
    }

    #[test]
    fn long_numbers_match_std() {
        let mut digits = String::from("0.");
        digits.push_str(&"3".repeat(2000));
        same(&digits);
        let halfway = format!("1.{}5{}1", "0".repeat(15), "0".repeat(900));
        same(&halfway);
        same(&format!("1.{}5{}", "0".repeat(15), "0".repeat(900)));
    }

    #[test]
    fn random_numbers_match_std() {
        // xorshift: reproducible digit strings of every length and exponent
        let mut s = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        for _ in 0..40_000 {
            let len = 1 + next() % 24;
            let mut text = String::new();
            let dot = next() % (len + 1);
            for i in 0..len {
                text.push(char::from(b'0' + (next() % 10) as u8));
                if i == dot {
                    text.push('.');
                }
            }
            if text.ends_with('.') {
                text.push('0');
            }
            if next() % 3 == 0 {
                text.push_str(&format!("e{}", (next() % 700) as i64 - 350));
            }
            same(&text);
        }
        // the floats themselves, printed shortest and with 17 digits
        for _ in 0..30_000 {
            let x = f64::from_bits(next() >> 1);
            if x.is_finite() {
                same(&format!("{x:e}"));
                same(&format!("{x:.16e}"));
            }
        }
    }

    #[test]
    fn not_numbers() {
        for t in ["", "-", ".5", "1.2.3", "1e", "1e+", "abc", "1x"] {
            assert_eq!(parse_f64(t), None, "{t}");
        }
    }
}
