//! What an organisation means: its units form a forest (every parent declared, no unit its own
//! ancestor), officers belong to declared units and hold declared posts, and a unit's result is
//! aggregated from everyone in it and in the units below it ([`units`]).

pub mod units;

use crate::base::error::{Path, Problems};
use crate::base::ids::is_valid_id;
use crate::base::message::{Named, OrganisationMsg};
use crate::base::sorted::SortedMap;
use crate::model::organisation::{Organisation, UnitAggregation};
use crate::model::scheme::Scheme;
use crate::Code;

/// An organisation's units by id: index into `units`, and each unit's parent index.
pub(crate) struct Tree<'o> {
    index: SortedMap<&'o str, usize>,
    parent: Vec<Option<usize>>,
}

impl<'o> Tree<'o> {
    /// The tree of a (checked) organisation; unknown parents are treated as none.
    pub(crate) fn new(org: &'o Organisation) -> Tree<'o> {
        let mut pairs: Vec<(&str, usize)> = org.units.iter().map(|u| u.id.as_str()).zip(0..).collect();
        crate::base::sort::sort_by(&mut pairs, |a, b| a.cmp(b));
        pairs.dedup_by(|a, b| a.0 == b.0);
        let index = SortedMap::from_vec(pairs);
        let parent = org
            .units
            .iter()
            .map(|u| u.parent.as_ref().and_then(|p| index.get(&p.as_str()).copied()))
            .collect();
        Tree { index, parent }
    }

    /// The index of a unit.
    pub(crate) fn find(&self, id: &str) -> Option<usize> {
        self.index.get(&id).copied()
    }

    /// A unit and every unit above it, nearest first (at most as many as there are units: a
    /// cycle is cut).
    pub(crate) fn chain(&self, unit: usize) -> Vec<usize> {
        let mut out = vec![unit];
        let mut at = unit;
        while let Some(p) = self.parent.get(at).copied().flatten() {
            if out.len() >= self.parent.len() || out.contains(&p) {
                break;
            }
            out.push(p);
            at = p;
        }
        out
    }

    /// Whether the unit is its own ancestor; with the cycle's units from it.
    fn cycle(&self, unit: usize) -> Option<Vec<usize>> {
        let mut seen = vec![unit];
        let mut at = unit;
        while let Some(p) = self.parent.get(at).copied().flatten() {
            if p == unit {
                return Some(seen);
            }
            if seen.contains(&p) || seen.len() > self.parent.len() {
                return None;
            }
            seen.push(p);
            at = p;
        }
        None
    }
}

/// Checks an organisation (against the scheme whose results it aggregates); problems are
/// located under `root` (`organisation`).
pub fn check(org: &Organisation, scheme: &Scheme, root: &Path) -> Problems {
    let mut problems = Problems::new();
    let units = root.key("units");
    let mut seen: Vec<&str> = Vec::with_capacity(org.units.len());
    for (i, u) in org.units.iter().enumerate() {
        let p = units.index(i);
        if !is_valid_id(u.id.as_str()) {
            problems.push(Code::InvalidId, p.key("id"), OrganisationMsg::BadId { id: u.id.to_string() });
        } else if seen.contains(&u.id.as_str()) {
            problems.push(
                Code::DuplicateId,
                p.key("id"),
                OrganisationMsg::UnitTwice { unit: u.id.to_string() },
            );
        }
        seen.push(u.id.as_str());
    }
    let tree = Tree::new(org);
    for (i, u) in org.units.iter().enumerate() {
        let p = units.index(i).key("parent");
        let named = Named::titled(u.title.as_str(), u.id.as_str());
        let Some(parent) = &u.parent else { continue };
        if tree.find(parent.as_str()).is_none() {
            let msg = OrganisationMsg::UnknownParent { unit: named, parent: parent.to_string() };
            problems.push(Code::UnknownRef, p, msg);
        } else if let Some(cycle) = tree.cycle(i) {
            let ids: Vec<&str> =
                cycle.iter().chain([&i]).filter_map(|&c| org.units.get(c)).map(|u| u.id.as_str()).collect();
            let msg = OrganisationMsg::Cycle { unit: named, cycle: ids.join(" → ") };
            problems.push(Code::UnitCycle, p, msg);
        }
    }
    let mut posts: Vec<&str> = Vec::with_capacity(org.posts.len());
    for (i, post) in org.posts.iter().enumerate() {
        let p = root.key("posts").index(i).key("id");
        if !is_valid_id(post.id.as_str()) {
            problems.push(Code::InvalidId, p, OrganisationMsg::BadId { id: post.id.to_string() });
        } else if posts.contains(&post.id.as_str()) {
            problems.push(Code::DuplicateId, p, OrganisationMsg::PostTwice { post: post.id.to_string() });
        }
        posts.push(post.id.as_str());
    }
    if let UnitAggregation::Weighted { input } = &org.aggregate {
        if !scheme.inputs.iter().any(|i| &i.key == input) {
            let msg = OrganisationMsg::UnknownWeight { input: input.to_string() };
            problems.push(Code::UnknownRef, root.key("aggregate").key("input"), msg);
        }
    }
    problems
}

/// An officer's unit checked against the organisation (`None`: no unit, allowed).
pub fn check_unit(org: &Organisation, unit: Option<&str>, path: &Path) -> Problems {
    match unit {
        Some(u) if !org.units.iter().any(|x| x.id.as_str() == u) => {
            Problems::one(Code::UnknownUnit, path, OrganisationMsg::UnknownUnit { unit: u.to_owned() })
        }
        _ => Problems::new(),
    }
}

/// An officer's post checked against the organisation (no declared posts: any post).
pub fn check_post(org: &Organisation, post: Option<&str>, path: &Path) -> Problems {
    match post {
        Some(p) if !org.posts.is_empty() && !org.posts.iter().any(|x| x.id.as_str() == p) => {
            Problems::one(Code::UnknownPost, path, OrganisationMsg::UnknownPost { post: p.to_owned() })
        }
        _ => Problems::new(),
    }
}
