//! A tiny seeded random generator for shuffling answers.
//!
//! Shuffling needs to be repeatable (same seed, same order: tests and the console agree with
//! the audience view) and nothing more, so a 20-line xorshift beats a new dependency.

/// xorshift64* (Vigna), seeded through `SplitMix64` so that small seeds (0, 1…) still mix well.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        // SplitMix64 step: never yields 0 for the xorshift state in practice; guard anyway.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        Self(if z == 0 { 0x2545_F491_4F6C_DD1D } else { z })
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`); the tiny modulo bias is irrelevant for shuffling answers.
    pub fn below(&mut self, n: usize) -> usize {
        let n64 = u64::try_from(n.max(1)).unwrap_or(u64::MAX);
        usize::try_from(self.next_u64() % n64).unwrap_or(0)
    }

    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// The permutation `0..n` shuffled with `seed`; with `avoid_identity`, never the original order
/// when `n > 1` (an ordering question must not be shown already in order).
pub fn permutation(n: usize, seed: u64, avoid_identity: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut rng = Rng::new(seed);
    rng.shuffle(&mut order);
    if avoid_identity && n > 1 && order.iter().enumerate().all(|(i, &v)| i == v) {
        order.rotate_left(1);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_order_and_all_items_kept() {
        let a = permutation(8, 42, false);
        assert_eq!(a, permutation(8, 42, false));
        let mut sorted = a.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..8).collect::<Vec<_>>());
        let differs = (0..20).any(|s| permutation(8, s, false) != a);
        assert!(differs, "different seeds give different orders");
    }

    #[test]
    fn avoiding_identity_always_moves_something() {
        for seed in 0..200 {
            let p = permutation(2, seed, true);
            assert_eq!(p, [1, 0]);
            let p = permutation(3, seed, true);
            assert!(p.iter().enumerate().any(|(i, &v)| i != v));
        }
        assert_eq!(permutation(1, 3, true), [0]);
        assert!(permutation(0, 3, true).is_empty());
    }

    #[test]
    fn below_stays_in_range() {
        let mut rng = Rng::new(0);
        for n in 1..50 {
            assert!(rng.below(n) < n);
        }
    }
}
