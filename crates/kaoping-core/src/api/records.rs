//! Drill-down (指标下钻): the case records behind one indicator, or behind one derived input,
//! of one officer — what a platform shows when a reviewer clicks a raw value.

use crate::base::error::{Code, Problems};
use crate::base::ids::InputKey;
use crate::base::message::WorkMsg;
use crate::fast::engine::Engine;
use crate::model::dossier::Dossier;
use crate::model::records::Record;
use crate::model::scheme::InputSource;
use crate::rules::records::{derive, Window};

/// One derived input and the records behind it, in full.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Drill {
    /// The input.
    pub input: InputKey,
    /// Its value (`None`: a mean, least or greatest value of no record).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<crate::base::decimal::Decimal>,
    /// The records it was computed from, as the dossier gives them.
    #[cfg_attr(feature = "tsify", tsify(type = "CaseRecord[]"))]
    pub records: Vec<Record>,
}

/// The records behind `target` — an indicator id (every derived input it reads) or a derived
/// input's key — for one dossier. An id that is neither is `E_UNKNOWN_REF` at `target`; the
/// dossier's own problems come first.
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
    let known = scheme.indicators().any(|(_, i)| i.id.as_str() == target) || !keys.is_empty();
    if !known {
        return Err(Problems::one(
            Code::UnknownRef,
            "target",
            WorkMsg::NotAnItem { item: target.to_owned() },
        ));
    }
    let window = Window::of(scheme, dossier);
    let mut out = Vec::new();
    for key in keys {
        let Some(def) = scheme.inputs.iter().find(|d| &d.key == key) else { continue };
        let Some(derivation) = &def.derive else { continue };
        if dossier.records.is_empty() {
            continue;
        }
        let d = derive(scheme, derivation, &dossier.records, &window, key);
        let records = dossier.records.iter().filter(|r| d.records.contains(&r.id)).cloned().collect();
        out.push(Drill { input: key.clone(), value: d.value, records });
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
            .map(|d| (d.input.as_str(), d.records.iter().map(|r| r.id.as_str()).collect()))
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
        let unknown = drill(&engine, &dossier, "CQ99").unwrap_err();
        assert_eq!(unknown.0[0].code, Code::UnknownRef);
    }
}
