//! The use of a session's live result (结果运用): its bonus allocation and its publication (公示)
//! from the table as it stands, through the same requests as `allocateBonus` and
//! `publishResult` (without `cohort` or `table`: the session gives the results).

use crate::api::allocation::AllocationRequest;
use crate::api::answer::Answer;
use crate::api::publication::PublicationRequest;
use crate::api::session::Session;
use crate::base::error::{Code, Problems};
use crate::base::json::from_json_str;
use crate::base::message::WorkMsg;
use crate::model::allocation::{Allocation, ResultRow};
use crate::model::publication::Publication;
use crate::rules::allocation::rows_of;

impl Session {
    /// The live table's rows; `E_NO_ELIGIBLE` while the roster is empty.
    fn result_rows(&self) -> Result<Vec<ResultRow>, Problems> {
        self.table().map(rows_of).ok_or_else(|| Problems::one(Code::NoEligible, "", WorkMsg::NoOfficer))
    }

    /// Shares a bonus pool over the live table (`{ allocation, lang? }`).
    pub fn allocate(&self, request: AllocationRequest) -> Result<Allocation, Problems> {
        request.run_on(&self.result_rows()?)
    }

    /// The publication of the live table (`{ calendar, notice, windowDays?, scope?, objections?,
    /// asOf?, lang? }`).
    pub fn publication(&self, request: PublicationRequest) -> Result<Publication, Problems> {
        request.run_on(&self.result_rows()?)
    }

    /// [`Session::allocate`] from JSON text, answered as JSON text (an [`Answer`]).
    pub fn allocate_json(&self, text: &str) -> String {
        let answer: Answer<Allocation> = from_json_str(text).and_then(|r| self.allocate(r)).into();
        kaoping_json::to_string(&answer)
    }

    /// [`Session::publication`] from JSON text, answered as JSON text (an [`Answer`]).
    pub fn publication_json(&self, text: &str) -> String {
        let answer: Answer<Publication> = from_json_str(text).and_then(|r| self.publication(r)).into();
        kaoping_json::to_string(&answer)
    }
}
