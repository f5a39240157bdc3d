//! What a scheme declares about case records: the record kinds with their typed fields, and
//! inputs derived from records by an aggregation over the records a filter keeps — all data,
//! no code (`"derive": { "from": "case", "aggregate": "count", "where": {…} }`).

use crate::base::decimal::Decimal;
use crate::base::ids::{FieldKey, RecordKindId};
use crate::model::records::FieldValue;
use crate::model::scheme::Comparison;

/// A kind of record (案件, 程序事项, 评查案件) and its fields.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecordKind {
    /// Id (`case`).
    pub id: RecordKindId,
    /// Chinese name (`案件`).
    pub title: String,
    /// The date field that places a record in time (`filed`): a dossier assessed as of a date
    /// ignores the records whose date comes after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<FieldKey>,
    /// The fields a record of this kind may have.
    pub fields: Vec<FieldDef>,
}

/// One field of a record kind.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FieldDef {
    /// Key (`closed`).
    pub key: FieldKey,
    /// Chinese name (`结案日期`).
    pub title: String,
    /// What the value is.
    #[serde(rename = "type")]
    pub field_type: FieldType,
    /// The values an enum field may take, with their titles (承办人, 合议庭成员).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<EnumValue>,
    /// Whether every record of the kind must have it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
}

/// The type of a record field.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum FieldType {
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// A number.
    Number,
    /// One of the declared `values` (by id).
    Enum,
    /// true or false.
    Flag,
    /// Free text.
    Text,
}

/// One value of an enum field.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EnumValue {
    /// Id (`undertaker`).
    pub id: String,
    /// Chinese name (`承办人`).
    pub title: String,
}

/// How an input is derived from records: an aggregation over the records of one kind that the
/// filter keeps.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Derivation {
    /// The record kind (`case`).
    pub from: RecordKindId,
    /// The aggregation.
    pub aggregate: Aggregate,
    /// The field aggregated (for every aggregation but `count`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<FieldKey>,
    /// The records kept (default: all of the kind).
    #[serde(default, rename = "where", skip_serializing_if = "Option::is_none")]
    pub filter: Option<Filter>,
}

/// How a list item or veto fires from records: once per record of a kind that the filter keeps
/// (each case closed past its time limit → one 超审限结案 occurrence). The occurrence's id is
/// `{item}.r{i}` (`i`: the record's place in the dossier), its reference the record's id and its
/// date the record's `date` field (default: the kind's date; the period's end without one).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ItemDerivation {
    /// The record kind (`case`).
    pub from: RecordKindId,
    /// The records that fire the item (default: all of the kind).
    #[serde(default, rename = "where", skip_serializing_if = "Option::is_none")]
    pub filter: Option<Filter>,
    /// The date field that dates each occurrence (`closed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<FieldKey>,
}

/// An aggregation over records.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Aggregate {
    /// The number of records kept.
    Count,
    /// The sum of a number field (0 for none).
    Sum,
    /// The mean of a number field, rounded to 6 decimal places half away from zero (absent
    /// for none).
    Mean,
    /// The least value of a number field (absent for none).
    Min,
    /// The greatest value of a number field (absent for none).
    Max,
    /// The number of distinct values of a field among the records kept.
    Distinct,
}

/// Which records an aggregation keeps: data, read and checked like the rest of the scheme. A
/// record without the field a test reads fails the test (except `present`).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(tag = "test", rename_all = "camelCase", deny_unknown_fields)]
pub enum Filter {
    /// Every test holds.
    #[serde(rename_all = "camelCase")]
    All {
        /// The tests.
        of: Vec<Filter>,
    },
    /// At least one test holds.
    #[serde(rename_all = "camelCase")]
    Any {
        /// The tests.
        of: Vec<Filter>,
    },
    /// The test does not hold.
    #[serde(rename_all = "camelCase")]
    Not {
        /// The test.
        of: Box<Filter>,
    },
    /// A field compared with a value (numbers as numbers, dates as dates, texts and enum ids as
    /// texts, flags for `eq`).
    #[serde(rename_all = "camelCase")]
    Compare {
        /// The field.
        field: FieldKey,
        /// The relation.
        op: Comparison,
        /// The value.
        #[cfg_attr(feature = "tsify", tsify(type = "number | string | boolean"))]
        value: FieldValue,
    },
    /// A field's value is one of a set.
    #[serde(rename_all = "camelCase")]
    In {
        /// The field.
        field: FieldKey,
        /// The set.
        #[cfg_attr(feature = "tsify", tsify(type = "(number | string | boolean)[]"))]
        values: Vec<FieldValue>,
    },
    /// The record has the field.
    #[serde(rename_all = "camelCase")]
    Present {
        /// The field.
        field: FieldKey,
    },
    /// A date field lies within the scheme's period (up to the dossier's as-of date).
    #[serde(rename_all = "camelCase")]
    InPeriod {
        /// The date field.
        field: FieldKey,
    },
    /// The days from one date field to another compared with a number or with a number field
    /// (`closed − filed > limitDays`).
    #[serde(rename_all = "camelCase")]
    Days {
        /// The earlier date field.
        from: FieldKey,
        /// The later date field.
        to: FieldKey,
        /// The relation.
        op: Comparison,
        /// A number of days…
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<Decimal>,
        /// …or a number field of the record (`limitDays`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        than: Option<FieldKey>,
    },
}
