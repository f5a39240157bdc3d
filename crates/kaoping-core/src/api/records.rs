//! Drill-down (指标下钻): the case records behind one indicator, one derived input or one list
//! item or veto that fires from records, of one officer — what a platform shows when a reviewer
//! clicks a raw value or a deduction.

use crate::base::error::{Code, Problems};
use crate::base::ids::InputKey;
use crate::base::message::WorkMsg;
use crate::fast::engine::Engine;
use crate::model::dossier::Dossier;
use crate::model::records::Record;
use crate::model::scheme::InputSource;
use crate::rules::records::{derive_input, firing, Window};

/// One derived input (or item) and the records behind it, in full.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Drill {
    /// The derived input's key, or the item's id.
    pub key: String,
    /// Its value (`None`: a mean, least or greatest value of no record; for an item, the
    /// number of its occurrences).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<crate::base::decimal::Decimal>,
    /// The records it was computed from, as the dossier gives them.
    #[cfg_attr(feature = "tsify", tsify(type = "CaseRecord[]"))]
    pub records: Vec<Record>,
}

/// The records behind `target` — an indicator id (every derived input it reads), a derived
/// input's key, or a list item or veto that fires from records — for one dossier. An id that is
/// none of them is `E_UNKNOWN_REF` at `target`; the dossier's own problems come first.
pub fn drill(engine: &Engine, dossier: &Dossier, target: &str) -> Result<Vec<Drill>, Problems> {
    let scheme = engine.scheme();
    let problems = crate::rules::validate::validate_dossier(scheme, dossier);
    if problems.has_errors() {
        return Err(problems);
    }
    let keys: Vec<&InputKey> = match scheme.indicators().find(|(_, i)| i.id.as_str() == target) {
        Some((_, ind)) => match &ind.input {
            InputSource::Value { key } => vec![key],
            InputSource::Ratio { numerator, denominator, .. } => {
                numerator.iter().chain(denominator).map(|t| &t.key).collect()
            }
            InputSource::Rated {} => Vec::new(),
        },
        None => scheme
            .inputs
            .iter()
            .filter(|d| d.key.as_str() == target && d.derive.is_some())
            .map(|d| &d.key)
            .collect(),
    };
    let window = Window::of(scheme, dossier);
    let plan = engine.assessor().record_plan();
    let in_dossier = |places: Vec<usize>| -> Vec<Record> {
        places.into_iter().filter_map(|i| dossier.records.get(i)).cloned().collect()
    };
    if let Some((item, _)) =
        crate::rules::records::item_derivations(scheme).find(|(i, _)| i.as_str() == target)
    {
        let fired = firing(plan, item, &dossier.records, &window).unwrap_or_default();
        let value = crate::base::decimal::Decimal::from_count(fired.len() as u64);
        return Ok(vec![Drill { key: item.to_string(), value, records: in_dossier(fired) }]);
    }
    let known = scheme.indicators().any(|(_, i)| i.id.as_str() == target) || !keys.is_empty();
    if !known {
        return Err(Problems::one(
            Code::UnknownRef,
            "target",
            WorkMsg::NotAnItem { item: target.to_owned() },
        ));
    }
    let mut out = Vec::new();
    for key in keys {
        if dossier.records.is_empty() {
            continue;
        }
        let Some((d, places)) = derive_input(plan, key, &dossier.records, &window) else { continue };
        out.push(Drill { key: key.to_string(), value: d.value, records: in_dossier(places) });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> (Engine, Dossier) {
        let text =
            include_str!("../../../../tests/fixtures/assess/070-records-derive-every-aggregation.json");
        let f: kaoping_json::Json = kaoping_json::parse(text).unwrap();
        let input = f.get("input").unwrap();
        let scheme = crate::base::json::from_json_value(input.get("scheme").unwrap()).unwrap();
        let dossier = crate::base::json::from_json_value(input.get("dossier").unwrap()).unwrap();
        (Engine::new(scheme).unwrap(), dossier)
    }

    #[test]
    fn an_indicator_drills_down_to_the_records_of_its_inputs() {
        let (engine, dossier) = fixture();
        let drills = drill(&engine, &dossier, "CQ02").unwrap();
        // CQ02 = closedInTime / closed: by hand, cases 1 and 3 in time of 1, 2 and 3 closed
        let shown: Vec<(&str, Vec<&str>)> = drills
            .iter()
            .map(|d| (d.key.as_str(), d.records.iter().map(|r| r.id.as_str()).collect()))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("closedInTime", vec!["（2026）示0101民初1号", "（2026）示0101民初3号"]),
                ("closed", vec!["（2026）示0101民初1号", "（2026）示0101民初2号", "（2026）示0101民初3号"]),
            ]
        );
        // the records come back whole, fields and all
        assert_eq!(drills[0].records[0], dossier.records[0]);
        let pending = drill(&engine, &dossier, "pending").unwrap();
        assert_eq!(pending[0].records.len(), 1);
        // an item that fires from records drills down to the records that fired it
        let text = include_str!("../../../../tests/fixtures/assess/077-records-fire-a-deduction.json");
        let f: kaoping_json::Json = kaoping_json::parse(text).unwrap();
        let input = f.get("input").unwrap();
        let late =
            Engine::new(crate::base::json::from_json_value(input.get("scheme").unwrap()).unwrap()).unwrap();
        let n03 = drill(&late, &dossier, "N03").unwrap();
        // by hand: only case 2 (181 days against a 90-day limit) was closed late
        assert_eq!(n03.len(), 1);
        assert_eq!((n03[0].key.as_str(), n03[0].value.map(|v| v.to_string())), ("N03", Some("1".to_owned())));
        assert_eq!(
            n03[0].records.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            vec!["（2026）示0101民初2号"]
        );
        let unknown = drill(&engine, &dossier, "CQ99").unwrap_err();
        assert_eq!(unknown.0[0].code, Code::UnknownRef);
    }
}
