//! The frontier: what the learner can do now (the rule is in the parent module's doc).

use super::{Pick, Why};
use crate::engine::{Catalog, KindEntry};
use crate::progress::{ReviewState, Standing};
use std::collections::{BTreeMap, BTreeSet};

/// The learner's frontier in `area` (every area for `None`): the reviews due by `due_by` (Unix
/// ms; the commands pass the end of today, so a review due today is due all day), most overdue
/// first, then the Next, Practice and Refresh kinds (see the module doc).
/// Standings and review states of kinds the catalog does not have, and reviews of levels a kind
/// does not have, are ignored.
pub fn frontier(
    catalog: &Catalog,
    area: Option<&str>,
    standings: &BTreeMap<String, Standing>,
    states: &[ReviewState],
    due_by: i64,
) -> Vec<Pick> {
    let in_area = |k: &KindEntry| area.is_none_or(|a| k.area == a);
    let mut due: Vec<(&ReviewState, &KindEntry)> = states
        .iter()
        .filter(|s| s.due <= due_by)
        .filter_map(|s| {
            let k = catalog.get(&s.kind)?;
            (in_area(k) && k.levels.contains(&s.level)).then_some((s, k))
        })
        .collect();
    due.sort_by(|(a, _), (b, _)| (a.due, &a.kind, a.level).cmp(&(b.due, &b.kind, b.level)));
    let mut due_at = BTreeSet::new();
    due.retain(|(s, _)| due_at.insert((s.kind.as_str(), s.level)));

    let mut picks: Vec<Pick> = due
        .iter()
        .map(|(s, k)| Pick {
            kind: s.kind.clone(),
            level: s.level,
            stage: k.stage,
            why: Why::Due { due: s.due },
        })
        .collect();
    let mastered = |id: &str| standings.get(id).map_or(0, |s| s.mastered);
    let mut rest: Vec<Pick> = catalog
        .kinds
        .iter()
        .filter(|k| in_area(k))
        .filter_map(|k| {
            let standing = standings.get(&k.id);
            let top = k.levels.iter().copied().max()?;
            let level = level_for(k, standing.map_or(0, |s| s.level));
            let open = k.after.iter().all(|a| mastered(a) >= 1);
            let started = standing.is_some_and(|s| s.attempts > 0);
            let (why, level) = match mastered(&k.id) {
                0 if open => (Why::Next, level),
                m if m >= top => (Why::Refresh, top),
                m if m >= 1 || started => (Why::Practice, level),
                _ => return None,
            };
            let pick = Pick {
                kind: k.id.clone(),
                level,
                stage: k.stage,
                why,
            };
            (!due_at.contains(&(k.id.as_str(), level))).then_some(pick)
        })
        .collect();
    // Stable sorts: ties keep catalog order.
    rest.sort_by_key(|p| match p.why {
        Why::Next => (0, p.stage as i16),
        Why::Practice => (1, p.stage as i16),
        _ => (2, -(p.stage as i16)),
    });
    picks.extend(rest);
    picks
}

/// The kind's level for a standing's `wanted` level: that level if the kind has it, else its
/// lowest level above, else its top level (0 asks for its first level).
fn level_for(k: &KindEntry, wanted: u8) -> u8 {
    let above = k.levels.iter().copied().filter(|&l| l >= wanted).min();
    above
        .or_else(|| k.levels.iter().copied().max())
        .unwrap_or(1)
}
