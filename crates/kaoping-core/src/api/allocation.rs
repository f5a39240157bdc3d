//! The allocation operation: a performance-bonus pool (绩效奖金分配) shared out over a cohort's
//! results, from one JSON request (as the shared fixtures, the wasm binding and the JS package
//! use it):
//!
//! ```json
//! { "cohort": { "scheme": "…", "dossiers": [ … ] },
//!   "allocation": { "pool": 10000, "method": "gradeCoefficient",
//!                   "coefficients": { "excellent": 1.5, "competent": 1, "basic": 0.5, "incompetent": 0 },
//!                   "vetoed": { "rule": "exclude" } },
//!   "lang": "zh" }
//! ```
//! The results come either as `cohort` (a cohort request: assessed, ranked, graded under its
//! quotas) or as `table` (rows `{ officer, name?, rank?, total, grade?, vetoed? }`, e.g. a
//! session's live table). The answer is the [`Allocation`]; problem paths are rooted at the
//! request (`allocation.pool`, `allocation.coefficients`, `cohort.dossiers[0]…`).

use crate::api::cohort::CohortRequest;
use crate::base::error::{Code, Problems};
use crate::base::lang::Lang;
use crate::base::message::WorkMsg;
use crate::model::allocation::{Allocation, AllocationDeclaration, ResultRow};
use crate::rules::allocation::{allocate, rows_of};

/// An allocation request.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AllocationRequest {
    /// The cohort whose results share the pool (or give `table`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort: Option<CohortRequest>,
    /// The results as rows (or give `cohort`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<Vec<ResultRow>>,
    /// How the pool is shared.
    pub allocation: AllocationDeclaration,
    /// Language of the explanation lines (default Chinese).
    #[serde(default)]
    pub lang: Lang,
}

/// The result rows of a request that gives either a cohort request or a table.
pub(crate) fn result_rows(
    cohort: Option<CohortRequest>,
    table: Option<Vec<ResultRow>>,
) -> Result<Vec<ResultRow>, Problems> {
    match (cohort, table) {
        (Some(cohort), None) => cohort.run().map(|r| rows_of(&r)).map_err(|p| p.under("cohort")),
        (None, Some(table)) => Ok(table),
        (Some(_), Some(_)) => Err(Problems::one(Code::Type, "table", WorkMsg::CohortOrTable)),
        (None, None) => Err(Problems::one(Code::MissingField, "cohort", WorkMsg::CohortOrTable)),
    }
}

impl AllocationRequest {
    /// Shares the pool out. Problem paths are rooted at the request.
    pub fn run(self) -> Result<Allocation, Problems> {
        let rows = result_rows(self.cohort, self.table)?;
        allocate(&rows, &self.allocation, self.lang).map_err(|p| p.under("allocation"))
    }

    /// Shares the pool out over rows given by the caller (a session's live table); the request
    /// itself must then give neither `cohort` nor `table`.
    pub fn run_on(self, rows: &[ResultRow]) -> Result<Allocation, Problems> {
        given_elsewhere(self.cohort.is_some(), self.table.is_some())?;
        allocate(rows, &self.allocation, self.lang).map_err(|p| p.under("allocation"))
    }
}

/// Refuses `cohort` or `table` in a request whose results come from elsewhere (a session).
pub(crate) fn given_elsewhere(cohort: bool, table: bool) -> Result<(), Problems> {
    match (cohort, table) {
        (true, _) => Err(Problems::one(Code::Type, "cohort", WorkMsg::CohortOrTable)),
        (_, true) => Err(Problems::one(Code::Type, "table", WorkMsg::CohortOrTable)),
        _ => Ok(()),
    }
}

/// Parses and runs an allocation request given as JSON text.
pub fn run_allocation_json(text: &str) -> Result<Allocation, Problems> {
    crate::base::json::from_json_str::<AllocationRequest>(text)?.run()
}
