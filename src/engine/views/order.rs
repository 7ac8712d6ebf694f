//! The few sorts every list of the engine and the page goes through. Each `sort`, `sort_by` or
//! `sort_by_key` call on a new element type or closure compiles its own copy of the standard
//! library's sort (several KB of WebAssembly each, downloaded by every reader); here the library
//! sorts only three things: plain numbers, `(key, key, index)` triples, and positions under a
//! comparator passed as a trait object. Per element type only the small code that builds the keys and moves the
//! items into place is compiled again. Both sorts are O(n log n) and stable.

use std::cmp::Ordering;

/// Sorts `items` by `key`, smallest first; items with equal keys keep their order.
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> (usize, usize)) {
    let mut keyed: Vec<(usize, usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let (first, second) = key(item);
            (first, second, index)
        })
        .collect();
    sort_triples(&mut keyed);
    let order = keyed.into_iter().map(|(_, _, index)| index).collect();
    permute(items, order);
}

/// Sorts `items` by `compare`; items it calls equal keep their order. For orders no pair of
/// integer keys gives (floats, strings, calendar values).
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` and keeps one of each value (term ids, word keys).
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
    items.dedup();
}

/// Sorts and deduplicates numbers (article, sentence or term indices). Numbers need no stable
/// order and no trait object: this is the one plain sort, for the lists built per sentence.
#[inline(never)]
pub fn sort_indices(indices: &mut Vec<usize>) {
    indices.sort_unstable();
    indices.dedup();
}

/// The index in the triple breaks ties, so the unstable sort of the triples (quicker, and
/// without a buffer) gives the stable order of the items.
#[inline(never)]
fn sort_triples(keyed: &mut [(usize, usize, usize)]) {
    keyed.sort_unstable();
}

/// The positions `0..n` in `compare`'s order, equal ones in position order.
#[inline(never)]
fn stable_order(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
    order
}

/// Moves `items[order[i]]` to position `i`, in place: each cycle of the permutation is walked
/// once with swaps, so no item is cloned and no second buffer of items is needed.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    // The page sorts with these too: in the browser test run they run as WebAssembly.
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn sorts_by_key_and_keeps_equal_items_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut items, |&(k, _)| (k, 0));
        assert_eq!(items, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn second_key_orders_within_the_first() {
        let mut items = vec![(2, 9), (1, 5), (2, 1), (1, 7)];
        sort_by_key(&mut items, |&pair| pair);
        assert_eq!(items, vec![(1, 5), (1, 7), (2, 1), (2, 9)]);
    }

    #[test]
    fn comparator_sort_is_stable() {
        let mut items = vec![(1.5f64, 'a'), (0.5, 'b'), (1.5, 'c'), (2.0, 'd'), (0.5, 'e')];
        sort_by(&mut items, |x, y| y.0.total_cmp(&x.0));
        assert_eq!(items, vec![(2.0, 'd'), (1.5, 'a'), (1.5, 'c'), (0.5, 'b'), (0.5, 'e')]);
    }

    #[test]
    fn strings_sort_and_deduplicate() {
        let mut words: Vec<String> =
            ["pear", "apple", "pear", "fig", "apple"].map(String::from).to_vec();
        sort_dedup(&mut words);
        assert_eq!(words, ["apple", "fig", "pear"]);
    }

    #[test]
    fn indices_come_out_sorted_once_each() {
        let mut indices = vec![4, 0, 4, 2, 0];
        sort_indices(&mut indices);
        assert_eq!(indices, vec![0, 2, 4]);
    }

    #[test]
    fn empty_and_single_lists_stay_as_they_are() {
        let mut none: Vec<u8> = Vec::new();
        sort_by(&mut none, u8::cmp);
        assert!(none.is_empty());
        let mut one = vec![7];
        sort_by_key(&mut one, |&x| (x, 0));
        assert_eq!(one, [7]);
    }

    /// Against the standard library's stable sort on lists with many ties and long cycles.
    #[test]
    fn agrees_with_the_standard_stable_sort() {
        let mut seed = 12345u64;
        for len in [2, 3, 10, 33, 100, 1000] {
            let items: Vec<(usize, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 33) as usize % 7, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|p| p.0);
            let mut by_key = items.clone();
            sort_by_key(&mut by_key, |p| (p.0, 0));
            assert_eq!(by_key, expected);
            let mut by_compare = items.clone();
            sort_by(&mut by_compare, |x, y| x.0.cmp(&y.0));
            assert_eq!(by_compare, expected);
            let mut reversed = items.clone();
            reversed.sort_by_key(|p| std::cmp::Reverse(p.0));
            let mut mine = items;
            sort_by(&mut mine, |x, y| y.0.cmp(&x.0));
            assert_eq!(mine, reversed);
        }
    }
}
