//! One sort for every list the page orders. Each `sort_by_key` call on a new element or key type
//! compiles its own copy of the standard library's stable sort (several KB of WebAssembly each,
//! downloaded by every reader); here only plain `(key, key, index)` triples are ever sorted.

/// Sorts `items` by `key`, smallest first; items with equal keys keep their order (the index
/// in the triple breaks ties, so an unstable sort of the triples gives the stable order).
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> (usize, usize)) {
    let mut order: Vec<(usize, usize, usize)> = items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let (first, second) = key(item);
            (first, second, index)
        })
        .collect();
    sort_triples(&mut order);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&(_, _, index)| slots[index].take()));
}

/// Sorts and deduplicates small numbers (article or sentence indices).
pub fn sort_indices(indices: &mut Vec<usize>) {
    indices.sort_unstable();
    indices.dedup();
}

#[inline(never)]
fn sort_triples(order: &mut [(usize, usize, usize)]) {
    order.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test as test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

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
    fn indices_come_out_sorted_once_each() {
        let mut indices = vec![4, 0, 4, 2, 0];
        sort_indices(&mut indices);
        assert_eq!(indices, vec![0, 2, 4]);
    }
}
