//! `Containers` answers what the scan over every mention answered: is a span inside another,
//! different actor span?
use super::Containers;
use crate::nlp::Span;

fn scan(spans: &[Span], m: Span) -> bool {
    spans.iter().any(|o| *o != m && o.contains(m))
}

#[test]
fn containers_agree_with_the_scan_on_nested_and_equal_spans() {
    // a fixed pseudo-random set: nested, equal, overlapping and disjoint spans
    let mut x: usize = 7;
    let mut next = || {
        x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
        x
    };
    let spans: Vec<Span> = (0..300)
        .map(|_| {
            let start = next() % 200;
            Span::new(start, start + 1 + next() % 12)
        })
        .collect();
    let outer = Containers::of_spans(spans.clone());
    for start in 0..210 {
        for len in 1..14 {
            let m = Span::new(start, start + len);
            assert_eq!(outer.holds(m), scan(&spans, m), "{m:?}");
        }
    }
}

#[test]
fn a_span_is_not_inside_itself_but_inside_a_longer_one_from_the_same_start() {
    let outer = Containers::of_spans(vec![Span::new(5, 9)]);
    assert!(!outer.holds(Span::new(5, 9)));
    assert!(outer.holds(Span::new(5, 8)));
    assert!(outer.holds(Span::new(6, 9)));
    assert!(!outer.holds(Span::new(4, 9)));
    assert!(!Containers::of_spans(Vec::new()).holds(Span::new(0, 1)));
}
