//! Validation of schemes and dossiers: every problem at once, coded and located.
//!
//! The `scheme` file checks a scheme on its own, the `dossier` file a dossier against its scheme; the helpers
//! here name things in messages.

use crate::base::ids::InputKey;
use crate::base::message::Named;
use crate::model::scheme::Scheme;

mod dossier;
mod function;
mod scheme;

pub use dossier::validate_dossier;
pub(crate) use dossier::{
    check_dossier, check_dossier_given, check_occurrences, check_officer, check_sizes, kind_violation,
};
pub(crate) use dossier::{DossierRules, OccurrenceFacts};
pub use scheme::{validate_scheme, WEIGHT_TOLERANCE};

/// An input of the scheme named by its title (the key alone when the scheme does not declare it).
pub(crate) fn input_named(scheme: &Scheme, key: &InputKey) -> Named {
    let title = scheme.inputs.iter().find(|d| &d.key == key).map(|d| d.title.as_str());
    Named::titled(title.unwrap_or(""), key.as_str())
}

/// A list item or veto of the scheme named by its title (the id alone when the scheme has no
/// such item).
pub(crate) fn item_named(scheme: &Scheme, id: &str) -> Named {
    let items = scheme.bonuses.items.iter().chain(&scheme.deductions.items);
    let title = items
        .map(|i| (i.id.as_str(), i.title.as_str()))
        .chain(scheme.vetoes.iter().map(|v| (v.id.as_str(), v.title.as_str())))
        .find(|(i, _)| *i == id)
        .map(|(_, t)| t);
    Named::titled(title.unwrap_or(""), id)
}

/// An indicator of the scheme named by its title (the id alone when the scheme has no such
/// indicator).
pub(crate) fn indicator_named(scheme: &Scheme, id: &crate::base::ids::IndicatorId) -> Named {
    let title = scheme.indicators().find(|(_, i)| &i.id == id).map(|(_, i)| i.title.as_str());
    Named::titled(title.unwrap_or(""), id.as_str())
}

/// The scheme named by its title.
pub(crate) fn scheme_named(scheme: &Scheme) -> Named {
    Named::titled(&scheme.title, scheme.id.as_str())
}

/// Shortens user text quoted in messages.
pub(crate) fn short(s: &str) -> String {
    if s.chars().count() > 40 {
        let head: String = s.chars().take(40).collect();
        format!("{head}…")
    } else {
        s.to_owned()
    }
}
