//! An ordered list of rows kept in blocks, so that one row is moved, found or counted without
//! touching the others: the session's ranked order, and each quota's candidates.
//!
//! The rows are split into blocks of about [`BLOCK`] rows in list order; every row knows its
//! block. A row's position is the sizes of the blocks before its own plus its place in its
//! block; an insertion finds its block by binary search on the blocks' last rows and its place
//! by binary search within the block. Each operation costs O(n / BLOCK + BLOCK) steps of a few
//! nanoseconds (no step moves more than one block's rows); a block that grows past twice its
//! size, or empties, has the list cut into blocks again (O(n), rare).

use std::sync::Arc;

/// Rows per block when the list is cut (a handful in debug builds, so that the tests' small
/// cohorts split, empty and cut their blocks again all the time).
const BLOCK: usize = if cfg!(debug_assertions) { 3 } else { 512 };

/// No block: the row is not in the list.
const NONE: u32 = u32::MAX;

/// Rows `0..rows` (some of them) in an order decided by the caller. The blocks are shared
/// with the runs taken of them ([`OrderList::run`]) until the list changes them.
#[derive(Clone, Debug, Default)]
pub(crate) struct OrderList {
    blocks: Vec<Arc<Vec<u32>>>,
    /// Each block's length (side by side, so that counting does not visit the blocks).
    sizes: Vec<u32>,
    /// The block of each row, `NONE` when absent.
    block_of: Vec<u32>,
}

fn small(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(NONE)
}

impl OrderList {
    /// The rows of `order`, in that order (rows below `rows`).
    pub(crate) fn from_order(rows: usize, order: impl IntoIterator<Item = usize>) -> OrderList {
        let mut list = OrderList { blocks: Vec::new(), sizes: Vec::new(), block_of: vec![NONE; rows] };
        let all: Vec<u32> = order.into_iter().map(small).collect();
        list.cut(all);
        list
    }

    /// Cuts the rows (in order) into blocks again.
    fn cut(&mut self, all: Vec<u32>) {
        self.blocks = all.chunks(BLOCK).map(|c| Arc::new(c.to_vec())).collect();
        self.sizes = self.blocks.iter().map(|b| small(b.len())).collect();
        for (b, block) in self.blocks.iter().enumerate() {
            for &x in block.iter() {
                if let Some(slot) = self.block_of.get_mut(x as usize) {
                    *slot = small(b);
                }
            }
        }
    }

    fn recut(&mut self) {
        let all: Vec<u32> = std::mem::take(&mut self.blocks).iter().flat_map(|b| b.iter().copied()).collect();
        self.cut(all);
    }

    /// Whether the row is in the list.
    pub(crate) fn contains(&self, row: usize) -> bool {
        self.block_of.get(row).is_some_and(|&b| b != NONE)
    }

    /// The row's position (0 = first).
    pub(crate) fn index_of(&self, row: usize) -> Option<usize> {
        let b = *self.block_of.get(row)? as usize;
        let before = self.count_before(b);
        let within = self.blocks.get(b)?.iter().position(|&x| x as usize == row)?;
        Some(before + within)
    }

    /// Rows in the blocks before block `b`.
    fn count_before(&self, b: usize) -> usize {
        self.sizes.get(..b).map_or(0, |s| s.iter().map(|&n| n as usize).sum())
    }

    /// The row at a position.
    pub(crate) fn get(&self, mut k: usize) -> Option<usize> {
        for (block, &n) in self.blocks.iter().zip(&self.sizes) {
            let n = n as usize;
            if k < n {
                return block.get(k).map(|&x| x as usize);
            }
            k -= n;
        }
        None
    }

    /// The rows at positions `from..to` (as far as there are rows), in order.
    pub(crate) fn range(&self, from: usize, to: usize) -> Vec<u32> {
        let mut out = Vec::with_capacity(to.saturating_sub(from));
        let mut start = 0;
        for (block, &n) in self.blocks.iter().zip(&self.sizes) {
            let end = start + n as usize;
            if end <= from {
                start = end;
                continue;
            }
            if end > from && start < to {
                let (a, z) = (from.saturating_sub(start), to.min(end) - start);
                out.extend_from_slice(block.get(a..z).unwrap_or(&[]));
            }
            if end >= to {
                break;
            }
            start = end;
        }
        out
    }

    /// Every row, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.blocks.iter().flat_map(|b| b.iter()).map(|&x| x as usize)
    }

    /// The rows at positions `from..to` as they are now, sharing the list's blocks (cheap to
    /// take; the list copies a block it changes while a run holds it).
    pub(crate) fn run(&self, from: usize, to: usize) -> Run {
        let mut blocks = Vec::new();
        let (mut start, mut skip) = (0, 0);
        for (block, &n) in self.blocks.iter().zip(&self.sizes) {
            let end = start + n as usize;
            if end <= from {
                start = end;
                continue;
            }
            if end > from && start < to {
                if blocks.is_empty() {
                    skip = from.saturating_sub(start);
                }
                blocks.push(Arc::clone(block));
            }
            if end >= to {
                break;
            }
            start = end;
        }
        let len =
            blocks.iter().map(|b| b.len()).sum::<usize>().saturating_sub(skip).min(to.saturating_sub(from));
        Run { blocks, skip, len }
    }

    /// Takes the row out; answers the position it had.
    pub(crate) fn remove(&mut self, row: usize) -> Option<usize> {
        let at = self.index_of(row)?;
        let b = *self.block_of.get(row)? as usize;
        let block = Arc::make_mut(self.blocks.get_mut(b)?);
        let within = block.iter().position(|&x| x as usize == row)?;
        block.remove(within);
        let empty = block.is_empty();
        if let Some(n) = self.sizes.get_mut(b) {
            *n = n.saturating_sub(1);
        }
        if let Some(slot) = self.block_of.get_mut(row) {
            *slot = NONE;
        }
        if empty {
            self.recut();
        }
        Some(at)
    }

    /// Puts the row in after every row that `ahead` says goes first (the list must be
    /// partitioned by `ahead`: those rows first); answers its position.
    pub(crate) fn insert(&mut self, row: usize, ahead: impl Fn(usize) -> bool) -> usize {
        if self.blocks.is_empty() {
            self.blocks.push(Arc::default());
            self.sizes.push(0);
        }
        let last = self.blocks.len() - 1;
        let b = self.blocks.partition_point(|blk| blk.last().is_some_and(|&x| ahead(x as usize))).min(last);
        let before = self.count_before(b);
        let Some(block) = self.blocks.get_mut(b).map(Arc::make_mut) else { return 0 };
        let within = block.partition_point(|&x| ahead(x as usize));
        block.insert(within, small(row));
        let long = block.len() > 2 * BLOCK;
        if let Some(n) = self.sizes.get_mut(b) {
            *n += 1;
        }
        if let Some(slot) = self.block_of.get_mut(row) {
            *slot = small(b);
        }
        if long {
            self.recut();
        }
        before + within
    }
}

/// Consecutive rows of an [`OrderList`] as they were when taken.
#[derive(Clone, Debug, Default)]
pub(crate) struct Run {
    blocks: Vec<Arc<Vec<u32>>>,
    /// Rows of the first block before the run.
    skip: usize,
    len: usize,
}

impl Run {
    /// Number of rows.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The rows, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.blocks.iter().flat_map(|b| b.iter().copied()).skip(self.skip).take(self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_find_and_count_rows_as_a_vector_would() {
        // rows ordered by a key that changes: the list against a plain sorted vector
        let n = 3000;
        let mut key: Vec<u64> = (0..n as u64).map(|i| (i * 7919) % 1000).collect();
        let mut list = OrderList::from_order(n, {
            let mut v: Vec<usize> = (0..n).collect();
            crate::base::sort::sort_by(&mut v, |&a, &b| (key[a], a).cmp(&(key[b], b)));
            v
        });
        let mut seed = 17_u64;
        for step in 0..4000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let r = (seed >> 33) as usize % n;
            list.remove(r);
            key[r] = if step % 3 == 0 { 0 } else { (seed >> 7) % 1000 };
            let at = list.insert(r, |x| (key[x], x) < (key[r], r));
            let mut want: Vec<usize> = (0..n).collect();
            crate::base::sort::sort_by(&mut want, |&a, &b| (key[a], a).cmp(&(key[b], b)));
            if step % 500 == 0 {
                assert_eq!(list.iter().collect::<Vec<_>>(), want);
                assert_eq!(list.range(10, 20), want[10..20].iter().map(|&x| x as u32).collect::<Vec<_>>());
                let run = list.run(500, 1700);
                assert_eq!(run.len(), 1200);
                assert_eq!(
                    run.iter().collect::<Vec<_>>(),
                    want[500..1700].iter().map(|&x| x as u32).collect::<Vec<_>>()
                );
            }
            assert_eq!(want[at], r);
            assert_eq!(list.index_of(r), Some(at));
            assert_eq!(list.get(at), Some(r));
        }
    }
}
