//! Paths into the scheme, computed once per [`Assessor`](super::Assessor).

use crate::base::error::Path;
use crate::model::scheme::Scheme;
use std::borrow::Cow;

/// Paths into the scheme, computed once: explanation lines and problems cite them, and
/// formatting them for every officer of a large cohort would cost more than the scoring.
#[derive(Clone, Debug, Default)]
pub(super) struct Paths {
    dimensions: Vec<Path>,
    indicators: Vec<Vec<Path>>,
    bonuses: Vec<Path>,
    deductions: Vec<Path>,
}

impl Paths {
    /// The paths of a scheme's dimensions, indicators and list items.
    pub(super) fn of(scheme: &Scheme) -> Paths {
        let dims = Path::root().key("dimensions");
        let items =
            |list: &str, n: usize| (0..n).map(|i| Path::root().key(list).key("items").index(i)).collect();
        Paths {
            dimensions: (0..scheme.dimensions.len()).map(|i| dims.index(i)).collect(),
            indicators: scheme
                .dimensions
                .iter()
                .enumerate()
                .map(|(di, d)| {
                    (0..d.indicators.len()).map(|ii| dims.index(di).key("indicators").index(ii)).collect()
                })
                .collect(),
            bonuses: items("bonuses", scheme.bonuses.items.len()),
            deductions: items("deductions", scheme.deductions.items.len()),
        }
    }

    /// `dimensions[di]`.
    pub(super) fn dimension(&self, di: usize) -> Cow<'_, Path> {
        self.dimensions
            .get(di)
            .map_or_else(|| Cow::Owned(Path::root().key("dimensions").index(di)), Cow::Borrowed)
    }

    /// `dimensions[di].indicators[ii]`.
    pub(super) fn indicator(&self, di: usize, ii: usize) -> Cow<'_, Path> {
        self.indicators.get(di).and_then(|v| v.get(ii)).map_or_else(
            || Cow::Owned(Path::root().key("dimensions").index(di).key("indicators").index(ii)),
            Cow::Borrowed,
        )
    }

    /// `bonuses.items[i]` or `deductions.items[i]`.
    pub(super) fn item(&self, bonus: bool, i: usize) -> Cow<'_, Path> {
        let (known, list) = if bonus { (&self.bonuses, "bonuses") } else { (&self.deductions, "deductions") };
        known.get(i).map_or_else(|| Cow::Owned(Path::root().key(list).key("items").index(i)), Cow::Borrowed)
    }
}
