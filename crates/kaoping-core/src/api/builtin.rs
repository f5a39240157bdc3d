//! Built-in schemes and the synthetic demo cohort, embedded in the crate (minified by `build.rs`).
//!
//! The schemes are grounded in the domain brief (`shared/domain.md`); every indicator and list
//! item names its source key, or says `unsourced default`. The demo cohort is synthetic.

use crate::base::{error::Problems, json::from_json_str};
use crate::model::dossier::Dossier;
use crate::model::scheme::Scheme;

/// Ids and JSON texts of the built-in schemes.
const SCHEMES: &[(&str, &str)] = &[
    ("court-judge", include_str!(concat!(env!("OUT_DIR"), "/schemes/court-judge.json"))),
    (
        "procuratorate-prosecutor",
        include_str!(concat!(env!("OUT_DIR"), "/schemes/procuratorate-prosecutor.json")),
    ),
    ("police-officer", include_str!(concat!(env!("OUT_DIR"), "/schemes/police-officer.json"))),
    ("prison-officer", include_str!(concat!(env!("OUT_DIR"), "/schemes/prison-officer.json"))),
    ("court-judge-records", include_str!(concat!(env!("OUT_DIR"), "/schemes/court-judge-records.json"))),
    (
        "procuratorate-prosecutor-records",
        include_str!(concat!(env!("OUT_DIR"), "/schemes/procuratorate-prosecutor-records.json")),
    ),
];

/// The demo cohort (synthetic officers across the built-in schemes).
const DEMO_COHORT: &str = include_str!(concat!(env!("OUT_DIR"), "/schemes/demo-cohort.json"));

/// Ids of the built-in schemes.
pub fn scheme_ids() -> Vec<&'static str> {
    SCHEMES.iter().map(|(id, _)| *id).collect()
}

/// The JSON text of a built-in scheme.
pub fn scheme_json(id: &str) -> Option<&'static str> {
    SCHEMES.iter().find(|(sid, _)| *sid == id).map(|(_, json)| *json)
}

/// A built-in scheme, parsed.
pub fn scheme(id: &str) -> Result<Scheme, Problems> {
    let json = scheme_json(id).ok_or_else(|| {
        Problems::one(
            crate::Code::UnknownRef,
            "id",
            crate::base::message::WorkMsg::NoBuiltinScheme { id: crate::rules::validate::short(id) },
        )
    })?;
    from_json_str(json)
}

/// One entry of the demo cohort: the scheme it uses and the dossier.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DemoEntry {
    /// Built-in scheme id.
    pub scheme: String,
    /// The dossier.
    pub dossier: Dossier,
}

/// The demo cohort with each dossier's scheme id.
pub fn demo_entries() -> Vec<DemoEntry> {
    from_json_str(DEMO_COHORT).unwrap_or_default()
}

/// The dossiers of the demo cohort.
pub fn demo_cohort() -> Vec<Dossier> {
    demo_entries().into_iter().map(|e| e.dossier).collect()
}

/// Synthetic case records for the demo officers of the record-based schemes
/// (`scripts/gen-builtin-records.py`): each officer's records give exactly the inputs the demo
/// cohort hand-counts for them. Kept apart from [`demo_entries`], so that callers that never
/// ask for them (the npm package) do not carry them.
const DEMO_RECORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/schemes/demo-records.json"));

/// The demo officers of the record-based built-in schemes (`court-judge-records`,
/// `procuratorate-prosecutor-records`), their dossiers carrying synthetic case records.
pub fn demo_record_entries() -> Vec<DemoEntry> {
    from_json_str(DEMO_RECORDS).unwrap_or_default()
}

/// The demo officers of one built-in scheme: the demo cohort's, or for a record-based scheme
/// those of [`demo_record_entries`].
pub fn demo_entries_of(scheme_id: &str) -> Vec<DemoEntry> {
    let entries = if scheme_id.ends_with("-records") { demo_record_entries() } else { demo_entries() };
    entries.into_iter().filter(|e| e.scheme == scheme_id).collect()
}

/// The JSON text of the demo cohort.
pub fn demo_cohort_json() -> &'static str {
    DEMO_COHORT
}

/// Committee demo data (members, recusals, score sheets) by scheme id.
const DEMO_COMMITTEE: &str = include_str!(concat!(env!("OUT_DIR"), "/schemes/demo-committee.json"));

/// The demo committee data of one scheme.
#[derive(Clone, Debug, Default, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DemoCommittee {
    /// Members and recusals.
    pub committee: crate::rules::committee::Committee,
    /// Score sheets.
    #[serde(default)]
    pub sheets: Vec<crate::rules::committee::ScoreSheet>,
}

/// The committee demo data, by scheme id.
pub fn demo_committees() -> crate::base::sorted::SortedMap<String, DemoCommittee> {
    from_json_str(DEMO_COMMITTEE).unwrap_or_default()
}

/// A cohort input for the demo: the dossiers plus the scheme's demo committee and sheets,
/// keeping only ratings of officers in `dossiers` and indicators the scheme rates (the demo data
/// may name officers or schemes that are not built in).
pub fn demo_cohort_input(scheme: &Scheme, dossiers: Vec<Dossier>) -> crate::rules::cohort::CohortInput {
    use crate::model::scheme::InputSource;
    let rated: crate::base::sorted::SortedSet<&crate::base::ids::IndicatorId> = scheme
        .indicators()
        .filter(|(_, i)| matches!(i.input, InputSource::Rated {}))
        .map(|(_, i)| &i.id)
        .collect();
    let officers: crate::base::sorted::SortedSet<crate::base::ids::OfficerId> =
        dossiers.iter().map(|d| d.officer.id.clone()).collect();
    // a record-based variant (`court-judge-records`) sits with its scheme's committee
    let mut committees = demo_committees();
    let id = scheme.id.as_str();
    let demo =
        committees.remove(id).or_else(|| id.strip_suffix("-records").and_then(|b| committees.remove(b)));
    let (committee, sheets) = match demo {
        Some(mut demo) if !rated.is_empty() => {
            demo.committee.recusals.retain(|r| officers.contains(&r.officer));
            for m in &mut demo.committee.members {
                m.indicators.retain(|i| rated.contains(i));
            }
            for s in &mut demo.sheets {
                s.ratings.retain(|r| officers.contains(&r.officer) && rated.contains(&r.indicator));
            }
            (Some(demo.committee), demo.sheets)
        }
        _ => (None, Vec::new()),
    };
    crate::rules::cohort::CohortInput { dossiers, committee, sheets, ..Default::default() }
}
/// Built-in tolerance policies (`tolerance-default`): see [`crate::rules::tolerance`].
pub use crate::rules::tolerance::{policy, policy_ids, policy_json};
