//! Fixed-size bitmaps over catalog positions.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bits {
    words: Vec<u64>,
}

impl Bits {
    pub fn zeros(len: usize) -> Bits {
        Bits {
            words: vec![0; len.div_ceil(64)],
        }
    }

    pub fn set(&mut self, pos: usize) {
        self.words[pos / 64] |= 1 << (pos % 64);
    }

    /// Sets every bit of `start..end` (a word at a time).
    pub fn set_range(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let (first, last) = (start / 64, (end - 1) / 64);
        let head = !0u64 << (start % 64);
        let tail = !0u64 >> (63 - (end - 1) % 64);
        if first == last {
            self.words[first] |= head & tail;
            return;
        }
        self.words[first] |= head;
        for w in &mut self.words[first + 1..last] {
            *w = !0;
        }
        self.words[last] |= tail;
    }

    pub fn get(&self, pos: usize) -> bool {
        self.words
            .get(pos / 64)
            .is_some_and(|w| w & (1 << (pos % 64)) != 0)
    }

    pub fn and_assign(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn or_assign(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// Clears the bits that are set in `other` (`self AND NOT other`).
    pub fn and_not_assign(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= !b;
        }
    }

    /// The number of words with a bit set.
    pub fn nonzero_word_count(&self) -> usize {
        self.words.iter().filter(|w| **w != 0).count()
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Indexes of the words of `self` that are not zero, to skip empty stretches — or `None`
    /// when most words are set (then a straight pass over all words is faster).
    pub fn nonzero_words(&self) -> Option<Vec<u32>> {
        let nonzero = self.words.iter().filter(|w| **w != 0).count();
        if nonzero * 4 > self.words.len() {
            return None;
        }
        Some(
            self.words
                .iter()
                .enumerate()
                .filter(|(_, w)| **w != 0)
                .map(|(i, _)| i as u32)
                .collect(),
        )
    }

    /// `count(self AND mask)`, looking only at the given words of `mask` (all if `None`).
    pub fn count_and_in(&self, mask: &Bits, words: Option<&[u32]>) -> u32 {
        match words {
            Some(words) => words
                .iter()
                .map(|&i| (self.words[i as usize] & mask.words[i as usize]).count_ones())
                .sum(),
            None => self
                .words
                .iter()
                .zip(&mask.words)
                .map(|(a, b)| (a & b).count_ones())
                .sum(),
        }
    }

    /// Positions of the set bits, in increasing order.
    pub fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let b = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(i * 64 + b)
            })
        })
    }

    /// Positions of the set bits, in decreasing order.
    pub fn ones_rev(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().rev().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let b = 63 - w.leading_zeros() as usize;
                w &= !(1 << b);
                Some(i * 64 + b)
            })
        })
    }

    pub fn memory_bytes(&self) -> usize {
        self.words.capacity() * 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_set_exactly_their_bits() {
        for (start, end) in [
            (0, 0),
            (0, 1),
            (3, 64),
            (0, 64),
            (63, 65),
            (5, 200),
            (64, 128),
            (130, 131),
        ] {
            let mut a = Bits::zeros(200);
            a.set_range(start, end);
            let mut b = Bits::zeros(200);
            for p in start..end {
                b.set(p);
            }
            assert_eq!(a, b, "{start}..{end}");
        }
    }

    #[test]
    fn set_count_and_iterate() {
        let mut a = Bits::zeros(200);
        for p in [0, 63, 64, 130, 199] {
            a.set(p);
        }
        assert_eq!(a.count(), 5);
        assert_eq!(a.ones().collect::<Vec<_>>(), vec![0, 63, 64, 130, 199]);
        let mut b = Bits::zeros(200);
        b.set(64);
        b.set(100);
        let mut c = a.clone();
        c.and_assign(&b);
        assert_eq!(c.ones().collect::<Vec<_>>(), vec![64]);
        assert_eq!(b.count_and_in(&a, a.nonzero_words().as_deref()), 1);
        assert_eq!(b.count_and_in(&a, None), 1);
        b.or_assign(&a);
        assert_eq!(b.count(), 6);
        assert_eq!(
            b.ones_rev().collect::<Vec<_>>(),
            vec![199, 130, 100, 64, 63, 0]
        );
        b.and_not_assign(&a);
        assert_eq!(b.ones().collect::<Vec<_>>(), vec![100]);
    }
}
