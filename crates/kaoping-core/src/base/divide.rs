//! Division by a divisor fixed when a plan is compiled, as multiplications and shifts.
//!
//! WebAssembly's 64-bit division is slow and 128-bit arithmetic is a library call, so the
//! compiled plan divides by its (per segment, per indicator) constant divisors with precomputed
//! reciprocals (Granlund & Montgomery, "Division by invariant integers using multiplication",
//! 1994). Each [`Divisor`] is exact for every numerator up to the bound it was built for; the
//! plan proves that bound from the scheme's figures and keeps the exact path otherwise.

use crate::base::decimal::Rounding;

/// `⌊n / d⌋` for a fixed `d`, exact for every `n` up to the bound given to [`Divisor::new`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Divisor {
    /// `d = 2^k`.
    Shift(u32),
    /// `n < 2^32`, `d < 2^32` not a power of two (Granlund & Montgomery's figure 4.1 for
    /// 32-bit words): with `l = ⌈log2 d⌉` and `m = ⌊2^32·(2^l − d) / d⌋ + 1 ≤ 2^32`,
    /// `t = ⌊n·m / 2^32⌋` and `⌊n / d⌋ = (t + ⌊(n − t) / 2⌋) >> (l − 1)`; `n·m < 2^64`.
    Narrow { m: u64, shift: u32 },
    /// `n < 2^63`, `d < 2^63` not a power of two: the high 64 bits of `n·m`, shifted right by
    /// `⌈log2 d⌉ − 1`, with `m = ⌈2^(63 + ⌈log2 d⌉) / d⌉ < 2^64`. The error is below
    /// `n / 2^(63 + ⌈log2 d⌉) < 2^−⌈log2 d⌉ ≤ 1/d` (the same argument).
    Wide { m: u64, shift: u32 },
}

impl Divisor {
    /// A divisor `d` for numerators up to `n_max`; `None` when `d` is 0 or the bounds are
    /// beyond what a reciprocal here is exact for (`n_max ≥ 2^63` or `d ≥ 2^63`).
    pub(crate) fn new(d: u64, n_max: u64) -> Option<Divisor> {
        if d == 0 || d >= 1 << 63 || n_max >= 1 << 63 {
            return None;
        }
        if d.is_power_of_two() {
            return Some(Divisor::Shift(d.trailing_zeros()));
        }
        let log = 64 - (d - 1).leading_zeros(); // ⌈log2 d⌉ ≥ 2
        if n_max < 1 << 32 && d < 1 << 32 {
            let m = (1_u128 << 32) * ((1_u128 << log) - u128::from(d)) / u128::from(d) + 1;
            return Some(Divisor::Narrow { m: u64::try_from(m).ok()?, shift: log - 1 });
        }
        let k = 63 + log;
        let m = u64::try_from((1_u128 << k).div_ceil(u128::from(d))).ok()?;
        Some(Divisor::Wide { m, shift: log - 1 })
    }

    /// `⌊n / d⌋` (`n` within the bound the divisor was built for).
    #[inline(always)]
    pub(crate) fn divide(self, n: u64) -> u64 {
        match self {
            Divisor::Shift(k) => n >> k,
            Divisor::Narrow { m, shift } => {
                let t = n.wrapping_mul(m) >> 32;
                (t + (n.wrapping_sub(t) >> 1)) >> shift
            }
            Divisor::Wide { m, shift } => mul_high(n, m) >> shift,
        }
    }
}

/// The high 64 bits of the 128-bit product, in 64-bit operations (no `__multi3` call in wasm).
#[inline(always)]
fn mul_high(a: u64, b: u64) -> u64 {
    const LOW: u64 = 0xffff_ffff;
    let (a0, a1) = (a & LOW, a >> 32);
    let (b0, b1) = (b & LOW, b >> 32);
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    let mid = (p00 >> 32) + (p01 & LOW) + (p10 & LOW);
    p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32)
}

/// `n / d` rounded to a whole number with `rounding` (ties away from zero, or to even), for
/// `|n|` within the divisor's bound and `d` its divisor (`d < 2^63`).
#[inline(always)]
pub(crate) fn round_div(n: i64, d: u64, divisor: Divisor, rounding: Rounding) -> i64 {
    let a = n.unsigned_abs();
    let t = divisor.divide(a);
    let r = a - t * d;
    let up = match (2 * r).cmp(&d) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => match rounding {
            Rounding::HalfUp => true,
            Rounding::HalfEven => t % 2 == 1,
        },
    };
    // |n| < 2^63 and d ≥ 1: the magnitude fits i64
    let q = (t + u64::from(up)) as i64;
    if n < 0 {
        -q
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn exact(n: i64, d: u64, rounding: Rounding) -> i64 {
        let (n, d) = (i128::from(n), i128::from(d));
        let t = n.abs() / d;
        let r = n.abs() % d;
        let up = 2 * r > d || (2 * r == d && (rounding == Rounding::HalfUp || t % 2 == 1));
        let q = t + i128::from(up);
        i64::try_from(if n < 0 { -q } else { q }).unwrap()
    }

    fn divisors() -> Vec<u64> {
        let mut ds: Vec<u64> = (1..2_000).collect();
        for k in 1..63 {
            let p = 1_u64 << k;
            ds.extend([p - 1, p, p + 1]);
        }
        ds.extend([3, 7, 10, 100, 1_000_000, 999_999, 4_000_000, 65_537, (1 << 31) - 1, u32::MAX.into()]);
        ds.extend([10_u64.pow(12), 10_u64.pow(18), (1 << 63) - 1, (1 << 63) - 3, 6_700_417 * 641]);
        ds
    }

    fn numerators(d: u64, n_max: u64) -> Vec<u64> {
        let mut ns = vec![0, 1, 2, n_max, n_max - 1, n_max / 2, n_max / 3];
        for k in [1_u64, 2, 3, 5, 1_000, 1 << 20, 1 << 31, 1 << 40] {
            if let Some(q) = n_max.checked_div(d).map(|q| q / k) {
                for e in [q.saturating_mul(d), q.saturating_mul(d).saturating_sub(1), q.saturating_mul(d) + 1]
                {
                    ns.push(e.min(n_max));
                }
            }
        }
        // the last multiples of d below the bound, and their neighbours (the largest errors)
        let top = n_max / d * d;
        for j in 0..50_u64 {
            let m = top.saturating_sub(j.saturating_mul(d));
            ns.extend([m, m.saturating_sub(1), (m + 1).min(n_max), m.saturating_add(d / 2).min(n_max)]);
        }
        ns
    }

    #[test]
    fn reciprocals_are_exact_at_the_edges_of_their_ranges() {
        for d in divisors() {
            for n_max in [(1_u64 << 31) - 1, (1 << 32) - 1, (1 << 63) - 1, 12_345_678_901, 1 << 32] {
                let div = Divisor::new(d, n_max).unwrap();
                for n in numerators(d, n_max) {
                    assert_eq!(div.divide(n), n / d, "{n} / {d} ({div:?})");
                    let s = i64::try_from(n).unwrap();
                    for rounding in [Rounding::HalfUp, Rounding::HalfEven] {
                        assert_eq!(round_div(s, d, div, rounding), exact(s, d, rounding), "{n} / {d}");
                        assert_eq!(round_div(-s, d, div, rounding), exact(-s, d, rounding), "-{n} / {d}");
                    }
                }
            }
        }
    }

    #[test]
    fn small_divisors_exhaustively_over_small_numerators() {
        for d in 1..300_u64 {
            let narrow = Divisor::new(d, (1 << 32) - 1).unwrap();
            let wide = Divisor::new(d, (1 << 63) - 1).unwrap();
            for n in
                (0..20_000_u64).chain(((1 << 31) - 20_000)..(1 << 31)).chain(((1 << 32) - 20_000)..(1 << 32))
            {
                assert_eq!(narrow.divide(n), n / d, "{n} / {d}");
                assert_eq!(wide.divide(n), n / d, "{n} / {d}");
            }
            for n in ((1 << 63) - 20_000)..=u64::MAX >> 1 {
                assert_eq!(wide.divide(n), n / d, "{n} / {d}");
            }
        }
    }

    #[test]
    fn out_of_range_bounds_have_no_reciprocal() {
        assert_eq!(Divisor::new(0, 5), None);
        assert_eq!(Divisor::new(3, 1 << 63), None);
        assert_eq!(Divisor::new(1 << 63, 5), None);
        assert_eq!(Divisor::new(1, u64::MAX >> 1), Some(Divisor::Shift(0)));
        assert!(matches!(Divisor::new(10, 1 << 40), Some(Divisor::Wide { .. })));
        assert!(matches!(Divisor::new(10, 1 << 32), Some(Divisor::Wide { .. })));
        assert!(matches!(Divisor::new(10, (1 << 32) - 1), Some(Divisor::Narrow { .. })));
        assert!(matches!(Divisor::new((1 << 32) - 1, 1 << 30), Some(Divisor::Narrow { .. })));
        assert!(matches!(Divisor::new((1 << 32) + 1, 1 << 30), Some(Divisor::Wide { .. })));
        assert!(matches!(Divisor::new(1 << 40, 1 << 30), Some(Divisor::Shift(40))));
        assert!(matches!(Divisor::new((1 << 40) + 1, 1 << 30), Some(Divisor::Wide { .. })));
    }

    #[test]
    fn mul_high_is_the_high_half() {
        for a in [0, 1, u64::MAX, 1 << 63, 0xdead_beef_1234_5678, u64::MAX - 1] {
            for b in [0, 1, u64::MAX, 3, 0x8000_0000_0000_0001, 0xffff_ffff] {
                assert_eq!(mul_high(a, b), ((u128::from(a) * u128::from(b)) >> 64) as u64);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn wide_reciprocal_equals_division(d in 1_u64..(1 << 63), n in 0_u64..(1 << 63), neg: bool) {
            let div = Divisor::new(d, (1 << 63) - 1).unwrap();
            prop_assert_eq!(div.divide(n), n / d);
            let s = if neg { -(n as i64) } else { n as i64 };
            for rounding in [Rounding::HalfUp, Rounding::HalfEven] {
                prop_assert_eq!(round_div(s, d, div, rounding), exact(s, d, rounding));
            }
        }

        #[test]
        fn narrow_reciprocal_equals_division(d in 1_u64..(1 << 32), n in 0_u64..(1 << 32)) {
            let div = Divisor::new(d, (1 << 32) - 1).unwrap();
            prop_assert_eq!(div.divide(n), n / d);
        }

        #[test]
        fn small_divisor_large_numerators(d in 1_u64..100_000, n in 0_u64..(1 << 63)) {
            let div = Divisor::new(d, (1 << 63) - 1).unwrap();
            prop_assert_eq!(div.divide(n), n / d);
            let mul = mul_high(n, d);
            prop_assert_eq!(mul, ((u128::from(n) * u128::from(d)) >> 64) as u64);
        }
    }
}
