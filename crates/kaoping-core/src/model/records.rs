//! Case records (案件记录) as a dossier carries them: the platform's cases, procedural events or
//! reviewed case files, each of a kind the scheme declares, with typed field values. Inputs are
//! derived from them by the scheme's declared aggregations (see [`crate::model::scheme::Derivation`]).

use crate::base::decimal::Decimal;
use crate::base::ids::{FieldKey, RecordId, RecordKindId};
use crate::base::sorted::SortedMap;

/// One record: its kind, its id (a case number) and its field values.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "tsify", tsify(rename = "CaseRecord"))]
pub struct Record {
    /// The record's kind (`case`).
    pub kind: RecordKindId,
    /// The platform's number for it (`（2026）京0105民初1234号`), unique within the dossier.
    pub id: RecordId,
    /// Field values by field key: numbers, texts (dates as `YYYY-MM-DD`, enum values by id) and
    /// flags.
    #[serde(default)]
    #[cfg_attr(feature = "tsify", tsify(type = "Record<FieldKey, number | string | boolean>"))]
    pub fields: SortedMap<FieldKey, FieldValue>,
}

/// A field's value as written: a number, a text or a flag. The record kind says which it must
/// be (a date or an enum value is a text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldValue {
    /// A number (exact decimal).
    Number(Decimal),
    /// A text, a date (`YYYY-MM-DD`) or an enum value's id.
    Text(String),
    /// A flag.
    Flag(bool),
}

impl kaoping_json::FromJson for FieldValue {
    fn from_json(r: &mut kaoping_json::Reader<'_>) -> Result<Self, kaoping_json::Error> {
        match r.kind()? {
            kaoping_json::Kind::Number => Ok(FieldValue::Number(Decimal::from_json(r)?)),
            kaoping_json::Kind::String => {
                Ok(FieldValue::Text(r.str("a number, a text or a flag")?.into_owned()))
            }
            kaoping_json::Kind::Bool => Ok(FieldValue::Flag(r.bool()?)),
            _ => Err(r.type_error("a number, a text or a flag")),
        }
    }
    fn placeholder() -> Self {
        FieldValue::Flag(false)
    }
}

impl kaoping_json::ToJson for FieldValue {
    fn to_json(&self, out: &mut String) {
        match self {
            FieldValue::Number(d) => d.to_json(out),
            FieldValue::Text(t) => kaoping_json::write_str(out, t),
            FieldValue::Flag(b) => b.to_json(out),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for FieldValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            FieldValue::Number(d) => d.serialize(s),
            FieldValue::Text(t) => s.serialize_str(t),
            FieldValue::Flag(b) => s.serialize_bool(*b),
        }
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for FieldValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Flag(bool),
            Number(Decimal),
            Text(String),
        }
        Ok(match Raw::deserialize(d)? {
            Raw::Flag(b) => FieldValue::Flag(b),
            Raw::Number(n) => FieldValue::Number(n),
            Raw::Text(t) => FieldValue::Text(t),
        })
    }
}
