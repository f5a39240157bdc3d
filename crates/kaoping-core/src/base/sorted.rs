//! A map and a set kept as one sorted vector ([`SortedMap`], [`SortedSet`]), a duplicate check
//! for elements arriving one at a time ([`Seen`]) and "seen before?" for a whole slice at once
//! ([`earlier_by`], [`repeats_by`]).
//!
//! They stand in for `BTreeMap` and `BTreeSet`, whose node code (search, split, merge, drop,
//! iteration) the WebAssembly package carried once per key/value type: 44 KB for the core's
//! twenty-odd instantiations. Here a lookup is a binary search over a slice, and building from
//! many entries collects them and sorts once with the core's shared stable sort (so a map of a
//! 100 000-officer cohort is built in O(n log n), not by inserting one entry at a time).
//!
//! What callers can observe is BTreeMap's: iteration in the keys' `Ord` order, one entry per key,
//! a later value for an existing key replaces the earlier one (also when read from JSON: the last
//! duplicate member wins), and the JSON/serde form is an object (map) of the entries in order.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;

/// A map ordered by key, stored as a sorted vector of entries (no duplicate keys).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

/// A set ordered by `Ord`, stored as a sorted vector (no duplicates).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SortedSet<K> {
    items: Vec<K>,
}

/// Where `cmp` finds `Equal` in a slice sorted by it (`Ok`), or where such an element would go
/// (`Err`), as `binary_search_by` answers. Unlike the standard one (which always bisects down
/// to one element, to be branch-free), this stops at the first match: lookups here mostly
/// find their key, and each comparison of string keys is a `memcmp` call, so stopping early
/// is what pays (natively, assess/plain took 2.9 µs with the standard search, 2.1 µs with this).
fn find_by<T>(slice: &[T], mut cmp: impl FnMut(&T) -> Ordering) -> Result<usize, usize> {
    let (mut lo, mut hi) = (0, slice.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match slice.get(mid).map(&mut cmp) {
            Some(Ordering::Less) => lo = mid + 1,
            Some(Ordering::Greater) => hi = mid,
            // `mid < hi <= len`, so there is an element: equal.
            _ => return Ok(mid),
        }
    }
    Err(lo)
}

/// Looks up keys in ascending order in a [`SortedMap`] (see [`SortedMap::cursor`]).
pub struct Cursor<'a, K, V> {
    rest: &'a [(K, V)],
}

impl<'a, K: Ord, V> Cursor<'a, K, V> {
    /// The value of `key`, which must not be less than any key asked for before (a smaller
    /// key is answered `None` as absent).
    pub fn seek<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&'a V>
    where
        K: Borrow<Q>,
    {
        while let Some(((k, v), tail)) = self.rest.split_first() {
            match k.borrow().cmp(key) {
                Ordering::Less => self.rest = tail,
                Ordering::Equal => return Some(v),
                Ordering::Greater => return None,
            }
        }
        None
    }
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K> Default for SortedSet<K> {
    fn default() -> Self {
        Self::new()
    }
}

/// The iterator of a map's entries in key order, as `(&key, &value)`.
pub type Iter<'a, K, V> = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

fn pair<K, V>(e: &(K, V)) -> (&K, &V) {
    (&e.0, &e.1)
}

impl<K, V> SortedMap<K, V> {
    /// An empty map.
    pub const fn new() -> Self {
        SortedMap { entries: Vec::new() }
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries in key order.
    pub fn iter(&self) -> Iter<'_, K, V> {
        self.entries.iter().map(pair as fn(&(K, V)) -> (&K, &V))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator {
        self.entries.iter().map(|e| &e.0)
    }

    /// The values in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|e| &e.1)
    }

    /// The values in key order, mutably.
    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + ExactSizeIterator {
        self.entries.iter_mut().map(|e| &mut e.1)
    }

    /// The entries as a slice, in key order.
    pub fn as_slice(&self) -> &[(K, V)] {
        &self.entries
    }

    /// The entries as a vector, in key order.
    pub fn into_vec(self) -> Vec<(K, V)> {
        self.entries
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// The map of `entries`; for equal keys `merge(earlier, later)` folds the later value into
    /// the earlier one (in the order given; the later one is then dropped). One stable sort, so
    /// O(n log n), in place.
    pub fn from_vec_with(mut entries: Vec<(K, V)>, mut merge: impl FnMut(&mut V, &mut V)) -> Self {
        crate::base::sort::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        entries.dedup_by(|later, earlier| {
            let same = later.0 == earlier.0;
            if same {
                merge(&mut earlier.1, &mut later.1);
            }
            same
        });
        SortedMap { entries }
    }

    /// The map of `entries`; for equal keys the last value wins (as with repeated `insert`).
    pub fn from_vec(entries: Vec<(K, V)>) -> Self {
        Self::from_vec_with(entries, std::mem::swap)
    }

    fn search<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        find_by(&self.entries, |e| e.0.borrow().cmp(key))
    }

    /// The value of `key`.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.search(key).ok().and_then(|i| self.entries.get(i)).map(|e| &e.1)
    }

    /// The stored key and the value of `key`.
    pub fn get_key_value<Q: Ord + ?Sized>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        self.search(key).ok().and_then(|i| self.entries.get(i)).map(pair)
    }

    /// The value of `key`, mutably.
    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.search(key).ok().and_then(|i| self.entries.get_mut(i)).map(|e| &mut e.1)
    }

    /// Whether the map has `key`.
    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.search(key).is_ok()
    }

    /// A cursor that looks up keys asked for in ascending order, each by stepping forward from
    /// the previous one: a walk of two sorted sequences side by side costs one pass over both,
    /// not a search per key.
    pub fn cursor(&self) -> Cursor<'_, K, V> {
        Cursor { rest: &self.entries }
    }

    /// Sets the value of `key`, returning the value it replaces. O(n) when `key` goes before
    /// the last key: build large maps with [`SortedMap::from_vec`] or `collect()`.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.search(&key) {
            Ok(i) => self.entries.get_mut(i).map(|e| std::mem::replace(&mut e.1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// Removes `key`, returning its value.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.search(key).ok().map(|i| self.entries.remove(i).1)
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Self::from_vec(iter.into_iter().collect())
    }
}

impl<K: Ord, V> Extend<(K, V)> for SortedMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        let mut all = std::mem::take(&mut self.entries);
        all.extend(iter);
        *self = Self::from_vec(all);
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for SortedMap<K, V> {
    fn from(entries: [(K, V); N]) -> Self {
        Self::from_vec(entries.into())
    }
}

impl<'a, K, V> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for SortedMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K> SortedSet<K> {
    /// An empty set.
    pub const fn new() -> Self {
        SortedSet { items: Vec::new() }
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The elements in order.
    pub fn iter(&self) -> std::slice::Iter<'_, K> {
        self.items.iter()
    }

    /// The elements as a slice, in order.
    pub fn as_slice(&self) -> &[K] {
        &self.items
    }
}

impl<K: Ord> SortedSet<K> {
    /// The set of `items` (duplicates dropped). One stable sort, so O(n log n).
    pub fn from_vec(mut items: Vec<K>) -> Self {
        crate::base::sort::sort(&mut items);
        items.dedup();
        SortedSet { items }
    }

    fn search<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        find_by(&self.items, |k| k.borrow().cmp(key))
    }

    /// Whether the set has `key`.
    pub fn contains<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.search(key).is_ok()
    }

    /// The stored element equal to `key`.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&K>
    where
        K: Borrow<Q>,
    {
        self.search(key).ok().and_then(|i| self.items.get(i))
    }

    /// Adds `key`; false when it was already there. O(n) when `key` goes before the last
    /// element: build large sets with [`SortedSet::from_vec`] or `collect()`.
    pub fn insert(&mut self, key: K) -> bool {
        match self.search(&key) {
            Ok(_) => false,
            Err(i) => {
                self.items.insert(i, key);
                true
            }
        }
    }
}

impl<K: Ord> FromIterator<K> for SortedSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        Self::from_vec(iter.into_iter().collect())
    }
}

impl<'a, K> IntoIterator for &'a SortedSet<K> {
    type Item = &'a K;
    type IntoIter = std::slice::Iter<'a, K>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<K> IntoIterator for SortedSet<K> {
    type Item = K;
    type IntoIter = std::vec::IntoIter<K>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<K: fmt::Debug> fmt::Debug for SortedSet<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.items.iter()).finish()
    }
}

/// A set that answers "seen before?" as elements arrive one at a time, in O(log² n) per element
/// whatever their order (a sorted vector would shift O(n) elements per insertion: quadratic on
/// a large input in reverse order). Small sets stay one sorted vector; beyond that, sorted runs
/// of doubling sizes are merged like a binary counter.
#[derive(Clone, Debug)]
pub struct Seen<K> {
    small: Vec<K>,
    runs: Vec<Vec<K>>,
}

impl<K> Default for Seen<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K> Seen<K> {
    /// An empty set.
    pub const fn new() -> Self {
        Seen { small: Vec::new(), runs: Vec::new() }
    }
}

impl<K: Ord> FromIterator<K> for Seen<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        let mut seen = Seen::new();
        for k in iter {
            seen.insert(k);
        }
        seen
    }
}

impl<K: Ord> Seen<K> {
    const SMALL: usize = 64;

    /// Whether `key` was inserted before.
    pub fn contains<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        std::iter::once(&self.small)
            .chain(&self.runs)
            .any(|run| find_by(run, |k| k.borrow().cmp(key)).is_ok())
    }

    /// Adds `key`; false when it was already there.
    pub fn insert(&mut self, key: K) -> bool {
        if self.contains(&key) {
            return false;
        }
        let at = self.small.partition_point(|k| *k < key);
        self.small.insert(at, key);
        if self.small.len() >= Self::SMALL {
            let mut carry = std::mem::take(&mut self.small);
            for run in &mut self.runs {
                if run.is_empty() {
                    *run = carry;
                    return true;
                }
                carry.append(run);
                crate::base::sort::sort(&mut carry);
            }
            self.runs.push(carry);
        }
        true
    }
}

/// For each of `n` elements compared by `cmp` (on their indices), the index of the nearest
/// earlier element equal to it: "seen before, and where" for many elements in O(n log n),
/// without a set.
pub fn earlier(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<Option<usize>> {
    let order = crate::base::sort::sort_indices(n, cmp);
    let mut out = vec![None; n];
    for w in order.windows(2) {
        if let [a, b] = *w {
            // stable: equal elements keep their input order, so `a` is the one just before `b`
            if cmp(a, b) == Ordering::Equal {
                if let Some(slot) = out.get_mut(b) {
                    *slot = Some(a);
                }
            }
        }
    }
    out
}

/// For each of `items`, the index of the nearest earlier item with an equal `key` ([`earlier`]
/// by key).
pub fn earlier_by<'a, T, K: Ord>(items: &'a [T], key: impl Fn(&'a T) -> K) -> Vec<Option<usize>> {
    earlier(items.len(), &mut |a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => key(x).cmp(&key(y)),
        _ => Ordering::Equal,
    })
}

/// For each of `items` in order, whether an earlier item has an equal `key`.
pub fn repeats_by<'a, T, K: Ord>(items: &'a [T], key: impl Fn(&'a T) -> K) -> impl Iterator<Item = bool> {
    earlier_by(items, key).into_iter().map(|e| e.is_some())
}

// ---- JSON ------------------------------------------------------------------------------------

impl<K: kaoping_json::JsonKey + Ord, V: kaoping_json::FromJson> kaoping_json::FromJson for SortedMap<K, V> {
    fn from_json(r: &mut kaoping_json::Reader<'_>) -> Result<Self, kaoping_json::Error> {
        let mut out = Vec::new();
        kaoping_json::__private::read_map(r, &mut |r, k| {
            let key = K::from_key(k)?;
            out.push((key, V::from_json(r)?));
            Ok(())
        })?;
        Ok(Self::from_vec(out))
    }
    fn placeholder() -> Self {
        Self::new()
    }
}

impl<K: kaoping_json::ToJsonKey, V: kaoping_json::ToJson> kaoping_json::ToJson for SortedMap<K, V> {
    fn to_json(&self, out: &mut String) {
        out.push('{');
        for (i, (k, v)) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            kaoping_json::write_str(out, k.key_str());
            out.push(':');
            v.to_json(out);
        }
        out.push('}');
    }
}

// ---- serde -----------------------------------------------------------------------------------

#[cfg(feature = "serde")]
impl<K: serde::Serialize, V: serde::Serialize> serde::Serialize for SortedMap<K, V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de, K, V> serde::Deserialize<'de> for SortedMap<K, V>
where
    K: serde::Deserialize<'de> + Ord,
    V: serde::Deserialize<'de>,
{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit<K, V>(std::marker::PhantomData<(K, V)>);
        impl<'de, K, V> serde::de::Visitor<'de> for Visit<K, V>
        where
            K: serde::Deserialize<'de> + Ord,
            V: serde::Deserialize<'de>,
        {
            type Value = SortedMap<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    out.push(entry);
                }
                Ok(SortedMap::from_vec(out))
            }
        }
        deserializer.deserialize_map(Visit(std::marker::PhantomData))
    }
}

#[cfg(feature = "serde")]
impl<K: serde::Serialize> serde::Serialize for SortedSet<K> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.items.iter())
    }
}

#[cfg(test)]
#[allow(
    clippy::disallowed_types,
    clippy::disallowed_methods,
    reason = "tests: std's collections and sorts are the oracles"
)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn behaves_like_btree_map() {
        let mut seed = 3;
        for n in [0, 1, 2, 5, 40, 1000] {
            let pairs: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % 50, i)).collect();
            let ours: SortedMap<u64, usize> = pairs.iter().copied().collect();
            let std: BTreeMap<u64, usize> = pairs.iter().copied().collect();
            assert_eq!(ours.iter().collect::<Vec<_>>(), std.iter().collect::<Vec<_>>());
            let mut by_insert = SortedMap::new();
            let mut std_insert = BTreeMap::new();
            for &(k, v) in &pairs {
                assert_eq!(by_insert.insert(k, v), std_insert.insert(k, v));
            }
            assert_eq!(by_insert, ours);
            for k in 0..60 {
                assert_eq!(ours.get(&k), std.get(&k));
                assert_eq!(ours.contains_key(&k), std.contains_key(&k));
            }
        }
    }

    #[test]
    fn cursor_answers_like_get_for_ascending_keys() {
        let mut seed = 11;
        for n in [0, 1, 3, 40] {
            let map: SortedMap<u64, u64> = (0..n).map(|_| (lcg(&mut seed) % 30, lcg(&mut seed))).collect();
            let mut cursor = map.cursor();
            for k in 0..35 {
                assert_eq!(cursor.seek(&k), map.get(&k), "key {k} of {n}");
            }
        }
    }

    #[test]
    fn merges_in_order_and_fills_entries() {
        let m = SortedMap::from_vec_with(vec![("b", vec![1]), ("a", vec![2]), ("b", vec![3])], Vec::append);
        assert_eq!(m.into_vec(), vec![("a", vec![2]), ("b", vec![1, 3])]);
        let mut m: SortedMap<&str, Vec<u8>> = SortedMap::new();
        m.insert("z", vec![1, 3]);
        m.insert("a", vec![2]);
        assert_eq!(format!("{m:?}"), r#"{"a": [2], "z": [1, 3]}"#);
        assert_eq!(m.remove("a"), Some(vec![2]));
        assert_eq!(m.len(), 1);
    }

    #[test]
    fn behaves_like_btree_set() {
        let mut seed = 9;
        let xs: Vec<u64> = (0..500).map(|_| lcg(&mut seed) % 100).collect();
        let ours: SortedSet<u64> = xs.iter().copied().collect();
        let std: BTreeSet<u64> = xs.iter().copied().collect();
        assert!(ours.iter().eq(std.iter()));
        let mut by_insert = SortedSet::new();
        let mut std_insert = BTreeSet::new();
        for &x in &xs {
            assert_eq!(by_insert.insert(x), std_insert.insert(x));
        }
        assert_eq!(by_insert, ours);
        assert!(ours.contains(&xs[0]));
    }

    #[test]
    fn seen_answers_like_a_btree_set_at_any_size() {
        let mut seed = 5;
        for n in [0, 10, 64, 65, 1000, 5000] {
            let mut ours = Seen::new();
            let mut std = BTreeSet::new();
            for i in 0..n {
                let x = if i % 3 == 0 { n - i } else { (lcg(&mut seed) % (n as u64 + 1)) as usize };
                assert_eq!(ours.insert(x), std.insert(x), "n = {n}, i = {i}");
            }
            for x in 0..=n {
                assert_eq!(ours.contains(&x), std.contains(&x));
            }
        }
    }

    #[test]
    fn large_inputs_in_reverse_order_stay_fast() {
        // a quadratic structure would move ~10^10 elements here
        let n = 100_000usize;
        let mut seen = Seen::new();
        for i in (0..n).rev() {
            assert!(seen.insert(i));
        }
        assert!(!seen.insert(n / 2));
        let map: SortedMap<usize, usize> = (0..n).rev().map(|i| (i, i)).collect();
        assert_eq!(map.len(), n);
        assert_eq!(map.keys().next(), Some(&0));
        assert!(repeats_by(&(0..n).rev().collect::<Vec<_>>(), |x| *x).all(|r| !r));
    }

    #[test]
    fn finds_repeats() {
        let keys = ["b", "a", "b", "c", "a", "b"];
        assert_eq!(
            repeats_by(&keys, |k| *k).collect::<Vec<_>>(),
            vec![false, false, true, false, true, true]
        );
        assert_eq!(earlier_by(&keys, |k| *k), vec![None, None, Some(0), None, Some(1), Some(2)]);
    }

    #[test]
    fn json_last_duplicate_wins_and_keys_are_ordered() {
        let m: SortedMap<String, u32> = kaoping_json::from_str(r#"{"b":1,"a":2,"b":3}"#).unwrap();
        assert_eq!(kaoping_json::to_string(&m), r#"{"a":2,"b":3}"#);
        let s: SortedMap<String, u32> = serde_json::from_str(r#"{"b":1,"a":2,"b":3}"#).unwrap();
        assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"a":2,"b":3}"#);
    }
}
