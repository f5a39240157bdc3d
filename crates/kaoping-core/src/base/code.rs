//! Stable problem codes (`E_WEIGHT_SUM`) and their severities. Kept apart from the problems
//! themselves so that the number and date readers of the base layer can name a code without
//! depending on the message tables.

use std::fmt;

/// How serious a problem is.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, kaoping_json::ToJson, kaoping_json::FromJson,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// The input cannot be used.
    Error,
    /// The input can be used but is probably not what was meant.
    Warning,
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $name:ident = $text:literal ),* $(,)?) => {
        /// A stable error code. The text form (`E_WEIGHT_SUM`) never changes once released.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $( $(#[$doc])* $name, )*
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[$(Code::$name),*];

            /// The stable text form, e.g. `E_WEIGHT_SUM`.
            pub const fn as_str(self) -> &'static str {
                match self { $( Code::$name => $text, )* }
            }

            /// Looks a code up by its text form (a search of [`Code::ALL`]: one loop instead of
            /// a string comparison per code).
            pub fn from_text(text: &str) -> Option<Code> {
                Code::ALL.iter().copied().find(|c| c.as_str() == text)
            }
        }
    };
}

codes! {
    // ---- reading input -------------------------------------------------------------------
    /// The text is not valid JSON.
    Parse = "E_PARSE",
    /// A value has the wrong type (a string where a number belongs, …).
    Type = "E_TYPE",
    /// A field that the format does not know.
    UnknownField = "E_UNKNOWN_FIELD",
    /// A required field is absent.
    MissingField = "E_MISSING_FIELD",
    /// A tag or enum value that the format does not know.
    UnknownVariant = "E_UNKNOWN_VARIANT",
    /// NaN or ±infinity.
    NumberNotFinite = "E_NUMBER_NOT_FINITE",
    /// A number outside ±10¹² or outside the range the field allows.
    NumberRange = "E_NUMBER_RANGE",
    /// A declared size limit was exceeded (too many items, too long a string, too deep).
    Limit = "E_LIMIT",
    /// The `schemaVersion` is not one this engine reads.
    SchemaVersion = "E_SCHEMA_VERSION",
    // ---- schemes -------------------------------------------------------------------------
    /// An identifier is used twice.
    DuplicateId = "E_DUPLICATE_ID",
    /// An identifier is empty or has characters outside `[A-Za-z0-9_.-]`.
    InvalidId = "E_INVALID_ID",
    /// Weights do not add up to 1.
    WeightSum = "E_WEIGHT_SUM",
    /// A weight is not in `(0, 1]`.
    WeightRange = "E_WEIGHT_RANGE",
    /// A reference to an id that does not exist.
    UnknownRef = "E_UNKNOWN_REF",
    /// Breakpoints or bands are not strictly increasing.
    NonMonotone = "E_NON_MONOTONE",
    /// Parameters of a scoring function that contradict each other.
    FunctionParams = "E_FUNCTION_PARAMS",
    /// A cap or floor that is negative, or a floor above its cap.
    CapRange = "E_CAP_RANGE",
    /// Grade bands overlap.
    GradeOverlap = "E_GRADE_OVERLAP",
    /// Grade bands leave part of the score range without a grade.
    GradeGap = "E_GRADE_GAP",
    /// A list that must not be empty is empty.
    Empty = "E_EMPTY",
    /// The declared precision is outside 0–4 decimal places, or a bound or cap that enters the
    /// total as it is has more decimals than the precision.
    Precision = "E_PRECISION",
    /// A date that is not a real `YYYY-MM-DD` calendar date, or a range that ends before it starts.
    Date = "E_DATE",
    /// An indicator that official rules ban from assessment (e.g. 破案率 for police).
    BannedIndicator = "W_BANNED_INDICATOR",
    /// An item or indicator without a `source`.
    Unsourced = "W_UNSOURCED",
    // ---- dossiers ------------------------------------------------------------------------
    /// An input the scheme needs is absent from the dossier.
    MissingInput = "E_MISSING_INPUT",
    /// An input key the scheme does not declare.
    UnknownInput = "E_UNKNOWN_INPUT",
    /// A count that is negative.
    NegativeCount = "E_NEGATIVE_COUNT",
    /// A count that is not a whole number.
    NotInteger = "E_NOT_INTEGER",
    /// An occurrence dated outside the scheme's period.
    OutOfPeriod = "E_OUT_OF_PERIOD",
    /// An occurrence dated outside the period, counted because the scheme says so.
    OutOfPeriodWarning = "W_OUT_OF_PERIOD",
    /// A derived input given by hand in a dossier that has records.
    DerivedInputGiven = "E_DERIVED_INPUT",
    /// Inputs that break a constraint of the scheme (审限内结案数 above 结案数).
    Implausible = "E_IMPLAUSIBLE",
    /// An occurrence names a list item or veto the scheme does not have.
    UnknownItem = "E_UNKNOWN_ITEM",
    /// A ratio's denominator is zero and the scheme declares no score for that case.
    ZeroDenominator = "E_ZERO_DENOMINATOR",
    /// The dossier names another scheme or period than the one used.
    SchemeMismatch = "W_SCHEME_MISMATCH",
    // ---- computing -----------------------------------------------------------------------
    /// A computation left the range of exact arithmetic.
    Overflow = "E_OVERFLOW",
    /// An indicator needs data that was not supplied (ratings, cohort statistics).
    MissingData = "E_MISSING_DATA",
    // ---- tolerance -----------------------------------------------------------------------
    /// A tolerance condition compares a field with a value it cannot have, or orders an unordered field.
    ToleranceCondition = "E_TOLERANCE_CONDITION",
    /// Mitigation shares contradict each other (减轻 must keep no more than 从轻).
    ToleranceShare = "E_TOLERANCE_SHARE",
    /// A policy rule would exempt (免责) an incident because of a negative-list fact.
    ToleranceNegativeExempt = "E_TOLERANCE_NEGATIVE_EXEMPT",
    /// A policy rule grants leniency to the same error repeated after an earlier tolerated one.
    ToleranceRepeat = "E_TOLERANCE_REPEAT",
    /// A policy rule tolerates illegal handling by intent (故意).
    ToleranceIntent = "E_TOLERANCE_INTENT",
    /// A policy rule turns a quality flaw into illegal-handling responsibility.
    ToleranceReclassify = "E_TOLERANCE_RECLASSIFY",
    /// A policy rule counts the recording of outside interference (三个规定) against the officer.
    ToleranceProtected = "E_TOLERANCE_PROTECTED",
    /// An incident's culpability does not fit its responsibility class.
    ToleranceCulpability = "E_TOLERANCE_CULPABILITY",
    /// A reopening that names another incident or brings no new evidence.
    ToleranceReopen = "E_TOLERANCE_REOPEN",
    /// A reopening after the policy's time bar for an incident that is not a wrongful case.
    ToleranceTimeBarred = "E_TOLERANCE_TIME_BARRED",
    /// A tolerance decision applied to another officer's dossier.
    ToleranceOfficer = "E_TOLERANCE_OFFICER",
    /// Two tolerance decisions name the same occurrence.
    ToleranceConflict = "E_TOLERANCE_CONFLICT",
    /// A fact claimed in an incident without any evidence reference.
    ToleranceNoEvidence = "W_TOLERANCE_NO_EVIDENCE",
    // ---- committee -----------------------------------------------------------------------
    /// A committee member recused from an officer (回避) rated that officer.
    Recused = "E_RECUSED",
    /// Fewer ratings than the declared aggregation needs and no fallback declared.
    TooFewRatings = "E_TOO_FEW_RATINGS",
    /// A score sheet or event names a rater who is not a committee member.
    NotAMember = "E_NOT_A_MEMBER",
    /// A rating of an indicator that the scheme does not have rated by the committee.
    NotRated = "E_NOT_RATED",
    /// Ratings are missing: the result is provisional (incomplete).
    IncompleteRatings = "W_INCOMPLETE_RATINGS",
    /// A score sheet without sign-off (签字): its ratings are not counted.
    UnsignedSheet = "W_UNSIGNED_SHEET",
    /// An objection filed after its deadline.
    ObjectionLate = "E_OBJECTION_LATE",
    // ---- use of results: allocation, publication, calendars ---------------------------------
    /// A bonus pool below zero.
    PoolNegative = "E_POOL_NEGATIVE",
    /// A bonus pool with more than two decimals: it cannot be paid to the fen.
    PoolFen = "E_POOL_FEN",
    /// A grade that shares in an allocation has no declared coefficient.
    CoefficientMissing = "E_COEFFICIENT_MISSING",
    /// No officer shares in the pool (all excluded, or every weight is zero).
    NoEligible = "E_NO_ELIGIBLE",
    /// A holiday calendar names one day both a holiday and a working day, or twice.
    CalendarConflict = "E_CALENDAR_CONFLICT",
    /// A date outside the holiday calendar's declared years.
    OutsideCalendar = "E_OUTSIDE_CALENDAR",
    // ---- assessment sessions (api::session) ----------------------------------------------
    /// A signed score sheet is locked: withdraw the sign-off (with a reason) before changing it.
    SheetLocked = "E_SHEET_LOCKED",
    /// The event needs a reason (a withdrawal, a recusal, any edit after a seal).
    ReasonRequired = "E_REASON_REQUIRED",
    /// The event's timestamp is before the session's last event.
    TimeBackwards = "E_TIME_BACKWARDS",
    /// The officer is not on the session's roster.
    UnknownOfficer = "E_UNKNOWN_OFFICER",
    /// The member is not on the session's committee.
    UnknownMember = "E_UNKNOWN_MEMBER",
    /// The actor is not a person allowed to do this (谁签字谁负责).
    Actor = "E_ACTOR",
    /// The thing to remove is still used (a signed rating, a linked incident).
    InUse = "E_IN_USE",
    /// The result was published: the session accepts no more events.
    Published = "E_PUBLISHED",
    /// Publication needs a seal of the current result.
    NotSealed = "E_NOT_SEALED",
    /// The sheet is not signed (nothing to withdraw).
    NotSigned = "E_NOT_SIGNED",
    /// A session snapshot does not match its own log (edited by hand).
    SnapshotTampered = "E_SNAPSHOT_TAMPERED",
    // ---- imported tables (api::table) ----------------------------------------------------
    /// An imported sheet has no header row or no officer rows.
    ImportNoRows = "E_IMPORT_NO_ROWS",
    /// A column mapping without an id column, or with two columns for one field.
    ImportMapping = "E_IMPORT_MAPPING",
    /// A cell that must have a value is empty.
    ImportEmpty = "E_IMPORT_EMPTY",
    /// A cell of a numeric input that is not a number.
    ImportNumber = "E_IMPORT_NUMBER",
    /// An officer id on two rows of the sheet.
    ImportDuplicate = "E_IMPORT_DUPLICATE",
    // ---- organisation and early warning (督责) -------------------------------------------
    /// A unit is its own ancestor (the parents form a cycle).
    UnitCycle = "E_UNIT_CYCLE",
    /// An officer names a unit the organisation does not declare.
    UnknownUnit = "E_UNKNOWN_UNIT",
    /// An officer holds, or a duty names, a post the organisation does not declare.
    UnknownPost = "E_UNKNOWN_POST",
    /// A warning threshold outside its range, or naming what does not fit it.
    Threshold = "E_THRESHOLD",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <String as serde::Deserialize>::deserialize(d)?;
        Code::from_text(&text).ok_or_else(|| serde::de::Error::custom(format!("unknown error code `{text}`")))
    }
}

impl kaoping_json::ToJson for Code {
    fn to_json(&self, out: &mut String) {
        kaoping_json::write_str(out, self.as_str());
    }
}

impl kaoping_json::FromJson for Code {
    fn from_json(r: &mut kaoping_json::Reader<'_>) -> Result<Self, kaoping_json::Error> {
        let text = r.str("a string")?;
        Code::from_text(&text).ok_or_else(|| {
            let shown: String = text.chars().take(64).collect();
            kaoping_json::Error::new(Code::Parse.as_str(), format!("unknown error code `{shown}`"))
        })
    }
    fn placeholder() -> Self {
        Code::Parse
    }
}

impl Code {
    /// The severity a problem with this code has: codes starting with `W_` are warnings.
    pub fn severity(self) -> Severity {
        if self.as_str().starts_with("W_") {
            Severity::Warning
        } else {
            Severity::Error
        }
    }
}
