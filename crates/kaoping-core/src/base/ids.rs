//! Identifier newtypes: a scheme id is not an officer id.

use std::fmt;

macro_rules! id_type {
    ($( $(#[$doc:meta])* $name:ident ),* $(,)?) => {$(
        $(#[$doc])*
        #[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, kaoping_json::ToJson, kaoping_json::FromJson, Default)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:?}", self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }

        impl kaoping_json::JsonKey for $name {
            fn from_key(key: &str) -> Result<Self, kaoping_json::Error> {
                Ok($name(key.to_owned()))
            }
        }

        impl kaoping_json::ToJsonKey for $name {
            fn key_str(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }
    )*};
}

id_type! {
    /// Identifies a scheme (`court-judge`); together with its version it names one definition.
    SchemeId,
    /// Identifies a dimension inside a scheme (`quality`).
    DimensionId,
    /// Identifies an indicator inside a scheme (`CQ02`).
    IndicatorId,
    /// Identifies a dossier input (`closureRate`, `an`, `jian`).
    InputKey,
    /// Identifies a positive-list, negative-list or veto item (`P01`, `N03`, `V01`).
    ItemId,
    /// Identifies a grade (`excellent`).
    GradeId,
    /// Identifies an officer (`J-0001`).
    OfficerId,
    /// Identifies one occurrence of a list item in a dossier (`occ-17`).
    OccurrenceId,
    /// Identifies a committee member who rates (`R01`).
    RaterId,
    /// Identifies a kind of case record a scheme declares (`case`, `procedure`).
    RecordKindId,
    /// Identifies a field of a record kind (`filed`, `closed`, `limitDays`).
    FieldKey,
    /// Identifies one record of a dossier: the platform's own number, e.g. a case number
    /// (`（2026）京0105民初1234号`); free text, unique within the dossier.
    RecordId,
    /// Identifies a unit of an organisation (`court`, `civil-1`: 院, 庭, 支队, 中队 …).
    UnitId,
    /// Identifies a post (岗位) an officer holds (`judge`, `assistant`, `clerk`).
    PostId,
}

/// Whether `s` is a well-formed identifier: 1–64 characters from `[A-Za-z0-9_.:-]`.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b':'))
}
