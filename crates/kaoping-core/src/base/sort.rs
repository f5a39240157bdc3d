//! One small stable sort shared by the whole core.
//!
//! Every `slice::sort_by` call with its own closure instantiates the standard library's whole
//! driftsort (quicksort, merges, small sorts: 2–4 KB of WebAssembly each). The core sorts in a
//! dozen places, so the package carried that code about twenty times. Here the sorting itself
//! is one non-generic merge sort over indices with a `dyn` comparator; what is generic per
//! element type is only a thin wrapper and the final permutation.
//!
//! The sort is **stable** (equal elements keep their order), so it also serves where an
//! unstable sort was used.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let s: &[T] = v;
        stable_order(s.len(), &mut |a, b| match (s.get(a), s.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        })
    };
    permute(v, order);
}

/// Sorts `v` stably in ascending order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sorts indices `0..n` stably by `cmp` (which compares two indices) and returns them.
pub fn sort_indices(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    stable_order(n, cmp)
}

/// Moves the elements so that the new `v[i]` is the old `v[order[i]]` (`order` is a
/// permutation of `0..v.len()`), following the permutation's cycles with swaps.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut j = start;
        while let Some(slot) = order.get_mut(j) {
            let k = std::mem::replace(slot, j);
            if k == start || k == j || k >= v.len() {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

/// The stable sorted order of `0..n` under `cmp`: insertion sort on short runs, then
/// bottom-up merges between two buffers.
#[inline(never)]
fn stable_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    const RUN: usize = 12;
    let mut a: Vec<usize> = (0..n).collect();
    // input already in order (common: rows, ids): n - 1 comparisons
    if (1..n).all(|i| cmp(i - 1, i) != Ordering::Greater) {
        return a;
    }
    // insertion sort of each run
    for run in a.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 {
                let (Some(&x), Some(&y)) = (run.get(j - 1), run.get(j)) else { break };
                if cmp(x, y) != Ordering::Greater {
                    break;
                }
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    if n <= RUN {
        return a;
    }
    let mut b: Vec<usize> = vec![0; n];
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = lo.saturating_add(width).min(n);
            let hi = mid.saturating_add(width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in b.get_mut(lo..hi).unwrap_or_default() {
                // take from the right run only when it is strictly smaller (stability)
                let take_right = match (a.get(i), a.get(j)) {
                    (Some(&x), Some(&y)) if i < mid && j < hi => cmp(x, y) == Ordering::Greater,
                    _ => j < hi,
                };
                if take_right {
                    *slot = a.get(j).copied().unwrap_or_default();
                    j += 1;
                } else {
                    *slot = a.get(i).copied().unwrap_or_default();
                    i += 1;
                }
            }
            lo = hi;
        }
        std::mem::swap(&mut a, &mut b);
        width = width.saturating_mul(2);
    }
    a
}

#[cfg(test)]
#[allow(
    clippy::disallowed_types,
    clippy::disallowed_methods,
    reason = "tests: std's collections and sorts are the oracles"
)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 7;
        for n in [0, 1, 2, 3, 11, 12, 13, 24, 25, 100, 1000, 4097] {
            for range in [2, 10, 1_000_000] {
                let v: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % range, i)).collect();
                let mut ours = v.clone();
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                let mut std_sorted = v.clone();
                std_sorted.sort_by_key(|a| a.0);
                assert_eq!(ours, std_sorted, "n = {n}, range = {range}");
            }
        }
    }

    #[test]
    fn sorts_already_sorted_and_reversed_input() {
        let mut up: Vec<u32> = (0..500).collect();
        sort(&mut up);
        assert_eq!(up, (0..500).collect::<Vec<_>>());
        let mut down: Vec<u32> = (0..500).rev().collect();
        sort(&mut down);
        assert_eq!(down, (0..500).collect::<Vec<_>>());
    }

    #[test]
    fn sorts_indices() {
        let keys = [5, 1, 4, 1, 5, 9, 2, 6];
        let order = sort_indices(keys.len(), &mut |a, b| keys[a].cmp(&keys[b]));
        assert_eq!(order, vec![1, 3, 6, 2, 0, 4, 7, 5]);
    }
}
