//! Binary floats to and from whole millionths, in exact integer arithmetic: a float is read
//! through its shortest round-trip decimal form, as JSON numbers and JavaScript's `String(x)` are.

/// `x` (finite, `0 ≤ x ≤ 10^12`) as whole millionths: its shortest round-trip decimal form
/// (the digits `Display` and JavaScript's `String(x)` print) rounded half away from zero to
/// six fractional digits. Exact integer arithmetic, without formatting the float: the shortest
/// form is the multiple of `10^-d` with the fewest digits `d` inside the interval of reals that
/// round to `x` (the nearer of two, a tie going up); only `d ≤ 7` can change the rounding to
/// millionths, beyond that it equals the rounding of `x`'s exact binary value.
#[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap)]
pub(super) fn round6_shortest(x: f64) -> i64 {
    if x.is_nan() || x < 4.9e-7 {
        // below half a millionth by far more than the float's precision
        return 0;
    }
    if let Some((n, d)) = shortest_upto7(x) {
        return if d <= 6 { (n * 10_u128.pow(6 - d)) as i64 } else { ((n + 5) / 10) as i64 };
    }
    // no number of at most seven fractional digits in the interval: the shortest form rounds
    // like the exact value
    let (m, shift) = mantissa_shift(x);
    let t = m * 1_000_000;
    let q = t >> shift;
    let rem = t - (q << shift);
    (if 2 * rem >= (1_u128 << shift) { q + 1 } else { q }) as i64
}

/// `x = m · 2^-shift` for a normal positive float below 2^52.
pub(super) fn mantissa_shift(x: f64) -> (u128, u32) {
    let bits = x.to_bits();
    let exponent = u32::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    (u128::from((bits & ((1 << 52) - 1)) | (1 << 52)), 1075_u32.saturating_sub(exponent).min(120))
}

/// The shortest round-trip decimal form of `x` (4.9e-7 ≤ x < 2^44) as `n · 10^-d`, when it has
/// at most seven fractional digits: the multiple of `10^-d` with the fewest digits `d` inside
/// the interval of reals that round to `x` (the nearer of two, a tie going up), as `Display`
/// and JavaScript's `String(x)` print it.
pub(super) fn shortest_upto7(x: f64) -> Option<(u128, u32)> {
    let (m, shift) = mantissa_shift(x);
    let inclusive = m % 2 == 0;
    // the interval in quarter units of 2^-shift: [4m - low, 4m + 2]; the lower neighbour is
    // twice as close when m is the first mantissa of its binade
    let low = if m == 1 << 52 { 1 } else { 2 };
    let mut p: u128 = 1;
    for d in 0..=7_u32 {
        let t = m * p; // x · 10^d · 2^shift
        let f = t >> shift;
        let inside = |n: u128| {
            let c = n << (shift + 2); // n · 10^-d in the same quarter units, times 10^d
            let (lo, hi) = ((4 * m - low) * p, (4 * m + 2) * p);
            if inclusive {
                lo <= c && c <= hi
            } else {
                lo < c && c < hi
            }
        };
        let below = inside(f);
        let above = inside(f + 1);
        if below || above {
            let rem = t - (f << shift);
            let up = above && (!below || 2 * rem >= (1_u128 << shift));
            return Some((if up { f + 1 } else { f }, d));
        }
        p *= 10;
    }
    None
}

/// `micros / 10^6` correctly rounded to the nearest float (ties to even), in integer
/// arithmetic.
#[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)]
pub(super) fn micros_to_f64(micros: u64) -> f64 {
    if micros < (1 << 53) {
        return micros as f64 / 1e6;
    }
    // q = micros · 2^64 / 10^6 has 98 to 108 significant bits
    let n = u128::from(micros) << 64;
    let q = n / 1_000_000;
    let exact = n % 1_000_000 == 0;
    let bits = 128 - q.leading_zeros();
    let drop = bits.saturating_sub(53);
    let mut mant = q >> drop;
    let rem = q - (mant << drop);
    let half = 1_u128 << drop.saturating_sub(1);
    if rem > half || (rem == half && (!exact || mant % 2 == 1)) {
        mant += 1;
    }
    // value = mant · 2^(drop - 64), a power of two that is exactly representable
    let scale = f64::from_bits(u64::from(1023 + drop - 64) << 52);
    mant as f64 * scale
}
