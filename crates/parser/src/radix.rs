//! Items put in text order by radix: the passes that index every entity mention by position
//! sort some thousands of items by a byte offset, which a few passes of counting do for a fraction
//! of the dozen comparisons an item that a comparison sort takes.

/// Sorts `items` by `offset`, and the items at one offset by `tie`: the order of
/// `sort_unstable_by_key(|x| (offset(x), tie(x)))` for items that are equal when both keys are.
pub(crate) fn sort_by_offset<T: Copy, K: Ord>(items: &mut Vec<T>, offset: impl Fn(&T) -> usize, tie: impl Fn(&T) -> K) {
    let max = items.iter().map(&offset).max().unwrap_or(0);
    let mut from = std::mem::take(items);
    let mut to = from.clone();
    // Eight bits a pass, lowest first; each pass keeps the order of the last among equal digits.
    let mut shift = 0;
    while shift < usize::BITS && max >> shift != 0 {
        let digit = |x: &T| (offset(x) >> shift) & 0xff;
        let mut starts = [0usize; 256];
        for x in &from {
            starts[digit(x)] += 1;
        }
        let mut sum = 0;
        for s in &mut starts {
            (*s, sum) = (sum, sum + *s);
        }
        for x in &from {
            let at = &mut starts[digit(x)];
            if let Some(slot) = to.get_mut(*at) {
                *slot = *x;
            }
            *at += 1;
        }
        std::mem::swap(&mut from, &mut to);
        shift += 8;
    }
    // Runs at one offset are short (most are one item long).
    let mut a = 0;
    while a < from.len() {
        let at = offset(&from[a]);
        let b = a + from[a..].iter().take_while(|x| offset(x) == at).count();
        if b - a > 1 {
            from[a..b].sort_unstable_by_key(&tie);
        }
        a = b;
    }
    *items = from;
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn sorts_as_the_comparison_sort(items in proptest::collection::vec((0usize..1 << 20, 0u8..4), 0..300), big in any::<bool>()) {
            // Offsets past the first passes too.
            let items: Vec<(usize, u8)> = items.into_iter().map(|(o, t)| (if big { o << 30 } else { o }, t)).collect();
            let mut ours = items.clone();
            sort_by_offset(&mut ours, |x| x.0, |x| x.1);
            let mut theirs = items;
            theirs.sort_unstable_by_key(|&x| x);
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn empty_and_zero_offsets() {
        let mut none: Vec<(usize, u8)> = Vec::new();
        sort_by_offset(&mut none, |x| x.0, |x| x.1);
        assert!(none.is_empty());
        let mut zeros = vec![(0, 3), (0, 1), (0, 2)];
        sort_by_offset(&mut zeros, |x| x.0, |x| x.1);
        assert_eq!(zeros, [(0, 1), (0, 2), (0, 3)]);
    }
}
