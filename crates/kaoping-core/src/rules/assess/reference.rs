//! The contribution rule written out plainly, with no compiled shortcut: the reference the
//! compiled [`Contribution`] is tested against (tests only).

use crate::base::decimal::Decimal;
use crate::rules::scoring::Contribution;

/// `Σ factors (each in millionths) ÷ (den × 10^(6·(n−1)))` rounded to `dp` decimals.
/// Powers of ten that fit an `i128` (10^0 … 10^38), so that contributions need no `pow` loop
/// (128-bit multiplication is a library call in WebAssembly). Built at compile time: an index out
/// of range would fail the build, never a run.
#[allow(clippy::indexing_slicing)]
const POW10: [i128; 39] = {
    let mut table = [1_i128; 39];
    let mut i = 1;
    while i < 39 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// `10^n`, `None` beyond `i128`.
fn pow10(n: u32) -> Option<i128> {
    POW10.get(usize::try_from(n).ok()?).copied()
}

/// The contribution rule written out plainly (the reference [`Contribution`] is tested against).
pub(crate) fn round_product(
    factors: &[Decimal],
    den: Decimal,
    dp: u32,
    rounding: crate::base::decimal::Rounding,
) -> Option<Decimal> {
    let mut num: i128 = 1;
    for f in factors {
        num = num.checked_mul(i128::from(f.micros()))?;
    }
    // num / (den_micros × 10^(6·(n−1))) = value; want value in units of 10^-dp.
    let extra = u32::try_from(factors.len()).ok()?.checked_sub(1)?.checked_mul(6)?;
    let mut denom = i128::from(den.micros()).checked_mul(pow10(extra)?)?;
    // Scale so that the quotient is in units of 10^-dp: multiply num by 10^dp … but keep exact:
    let scale = pow10(dp)?;
    num = num.checked_mul(scale)?;
    if denom == 0 {
        return None;
    }
    if denom < 0 {
        denom = denom.checked_neg()?;
        num = num.checked_neg()?;
    }
    let q = num.div_euclid(denom);
    let r = num.rem_euclid(denom);
    let twice = r.checked_mul(2)?;
    let q = match twice.cmp(&denom) {
        std::cmp::Ordering::Greater => q.checked_add(1)?,
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Equal => match rounding {
            // exact tie: away from zero
            crate::base::decimal::Rounding::HalfUp => {
                if q >= 0 {
                    q.checked_add(1)?
                } else {
                    q
                }
            }
            crate::base::decimal::Rounding::HalfEven => {
                if q.rem_euclid(2) == 1 {
                    q.checked_add(1)?
                } else {
                    q
                }
            }
        },
    };
    // back to millionths
    let micros = q.checked_mul(10_i128.checked_pow(6_u32.checked_sub(dp)?)?)?;
    i64::try_from(micros).ok().map(Decimal::from_micros)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::decimal::Rounding;

    #[test]
    fn pow10_table_is_checked_pow() {
        for n in 0..45_u32 {
            assert_eq!(pow10(n), 10_i128.checked_pow(n), "10^{n}");
        }
    }

    #[test]
    fn round_product_is_single_rounding() {
        let d = |s: &str| Decimal::parse(s).unwrap_or_default();
        // 87.5 × 0.3 × 0.45 × 100 / 100 = 11.8125 → 11.81 half-up at 2 dp
        assert_eq!(
            round_product(&[d("87.5"), d("0.3"), d("0.45"), d("100")], d("100"), 2, Rounding::HalfUp),
            Some(d("11.81"))
        );
        // 29 × 1 × 0.3 × 100 / 30 = 29 exactly
        assert_eq!(
            round_product(&[d("29"), d("1"), d("0.3"), d("100")], d("30"), 2, Rounding::HalfUp),
            Some(d("29"))
        );
        // 2.345 → HalfEven 2.34, HalfUp 2.35
        assert_eq!(round_product(&[d("2.345")], d("1"), 2, Rounding::HalfEven), Some(d("2.34")));
        assert_eq!(round_product(&[d("2.345")], d("1"), 2, Rounding::HalfUp), Some(d("2.35")));
        assert_eq!(round_product(&[d("-2.345")], d("1"), 2, Rounding::HalfUp), Some(d("-2.35")));
    }

    #[test]
    fn compiled_contribution_is_round_product() {
        let d = |s: &str| Decimal::parse(s).unwrap_or_default();
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % m
        };
        for (s, r) in [
            ("2.345", Rounding::HalfEven),
            ("2.345", Rounding::HalfUp),
            ("-2.345", Rounding::HalfUp),
            ("-2.355", Rounding::HalfEven),
            ("0.005", Rounding::HalfUp),
            ("-0.005", Rounding::HalfEven),
        ] {
            let one = Decimal::ONE;
            let want = round_product(&[d(s), one, one, one], one, 2, r);
            assert_eq!(Contribution::of(one, one, one, one, 2, r).and_then(|c| c.apply(d(s))), want, "{s}");
        }
        for case in 0..50_000 {
            let w = Decimal::from_micros(1 + next(1_000_000) as i64);
            let dw = Decimal::from_micros(1 + next(1_000_000) as i64);
            let full =
                Decimal::from_micros([100_000_000, 1_000_000_000, 1 + next(10_000_000_000)][case % 3] as i64);
            let max =
                Decimal::from_micros([100_000_000, 30_000_000, 1 + next(10_000_000_000)][case % 3] as i64);
            let score = Decimal::from_micros(next(max.micros() as u64 + 1) as i64 * [1, -1][case % 2]);
            let dp = (next(5)) as u32;
            let rounding = [Rounding::HalfUp, Rounding::HalfEven][(case / 2) % 2];
            let want = round_product(&[score, w, dw, full], max, dp, rounding);
            let got = Contribution::of(w, dw, full, max, dp, rounding).and_then(|c| c.apply(score));
            assert_eq!(got, want, "{score} × {w} × {dw} × {full} / {max} at {dp} {rounding:?}");
        }
    }
}
