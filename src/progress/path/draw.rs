//! A default drill drawn from the frontier (the rule is in the parent module's doc).

use super::{Pick, Why};
use crate::engine::DrillRng;
use std::collections::{BTreeMap, BTreeSet};

/// The `count` questions of a default drill over `frontier` (as [`super::frontier`] orders it),
/// deterministic in `seed`: due reviews first, then Next and Practice mixed, then Refresh, with
/// at most max(⌈count/5⌉, ⌈count/kinds⌉) questions per kind, lifted only when the frontier is
/// too small to fill the drill otherwise. Fewer than `count` only when the frontier has nothing
/// but due reviews (a review is never asked twice).
pub fn draw(frontier: &[Pick], count: usize, seed: u64) -> Vec<Pick> {
    let mut rng = DrillRng::from_seed_u64(seed);
    let kinds: BTreeSet<&str> = frontier.iter().map(|p| p.kind.as_str()).collect();
    if count == 0 || kinds.is_empty() {
        return Vec::new();
    }
    let cap = count.div_ceil(5).max(count.div_ceil(kinds.len()));
    let mut drill = Drill {
        out: Vec::new(),
        times: BTreeMap::new(),
        count,
    };
    for p in frontier.iter().filter(|p| matches!(p.why, Why::Due { .. })) {
        if drill.out.len() < count && drill.times(&p.kind) < cap {
            drill.push(p);
        }
    }
    let of = |why: Why| -> Vec<&Pick> { frontier.iter().filter(|p| p.why == why).collect() };
    let (next, practice) = (of(Why::Next), of(Why::Practice));
    let (first, second) = if rng.chance(1, 2) {
        (next, practice)
    } else {
        (practice, next)
    };
    let pools = [alternate(first, second), of(Why::Refresh)];
    // With the cap, then (when the frontier has too few kinds) without it.
    for limit in [cap, count] {
        for pool in &pools {
            for round in 1..=limit {
                if drill.out.len() == count {
                    return drill.out;
                }
                drill.take_round(pool, round, &mut rng);
            }
        }
    }
    drill.out
}

/// `a[0], b[0], a[1], b[1], …`, the longer list's rest at the end.
fn alternate<'a>(a: Vec<&'a Pick>, b: Vec<&'a Pick>) -> Vec<&'a Pick> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter(), b.into_iter());
    loop {
        match (a.next(), b.next()) {
            (None, None) => return out,
            (x, y) => out.extend(x.into_iter().chain(y)),
        }
    }
}

/// The drill being drawn: the picks so far and how often each kind is in it.
struct Drill {
    out: Vec<Pick>,
    times: BTreeMap<String, usize>,
    count: usize,
}

impl Drill {
    fn times(&self, kind: &str) -> usize {
        self.times.get(kind).copied().unwrap_or(0)
    }

    fn push(&mut self, p: &Pick) {
        *self.times.entry(p.kind.clone()).or_default() += 1;
        self.out.push(p.clone());
    }

    /// One pass over `pool`: in pool order, each pick whose kind is in the drill fewer than
    /// `round` times, while there is room; the chosen picks are then asked in shuffled order,
    /// and not starting with the kind just asked when another can start.
    fn take_round(&mut self, pool: &[&Pick], round: usize, rng: &mut DrillRng) {
        let mut chosen: Vec<&Pick> = Vec::new();
        let mut counted: BTreeMap<&str, usize> = BTreeMap::new();
        for p in pool {
            let n = counted
                .entry(p.kind.as_str())
                .or_insert_with(|| self.times(&p.kind));
            if *n < round && self.out.len() + chosen.len() < self.count {
                *n += 1;
                chosen.push(p);
            }
        }
        rng.shuffle(&mut chosen);
        let last = self.out.last().map(|p| p.kind.as_str());
        if let Some(i) = chosen.iter().position(|p| Some(p.kind.as_str()) != last) {
            chosen.swap(0, i);
        }
        for p in chosen {
            self.push(p);
        }
    }
}
