//! Case records in a session: `upsertRecord` adds or replaces a record of an officer's dossier,
//! `removeRecord` takes one away.

use crate::api::session::apply::{check_dossier, officer_mut, refuse};
use crate::api::session::events::{Change, Event};
use crate::api::session::state::SessionState;
use crate::base::error::Code;
use crate::base::error::Problems;
use crate::base::ids::OfficerId;
use crate::base::ids::RecordId;
use crate::base::message::SessionMsg;
use crate::rules::assess::Assessor;

/// Applies a record change; `false` when the change is not one.
pub(crate) fn apply_records(
    engine: &Assessor,
    state: &mut SessionState,
    event: &Event,
) -> Result<bool, Problems> {
    match &event.change {
        Change::UpsertRecord { officer, record } => upsert_record(engine, state, officer, record)?,
        Change::RemoveRecord { officer, record } => remove_record(state, officer, record)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// Adds a case record to an officer's dossier or replaces the one with its id; the dossier is
/// checked again (problems under `change.record`). A new record beyond
/// [`MAX_RECORDS`](crate::base::limits::MAX_RECORDS) is `E_LIMIT` at `change.record`.
fn upsert_record(
    engine: &Assessor,
    state: &mut SessionState,
    officer: &OfficerId,
    record: &crate::model::records::Record,
) -> Result<(), Problems> {
    let e = officer_mut(state, officer, "change.officer")?;
    let full = e.dossier.records.len() >= crate::base::limits::MAX_RECORDS;
    let at = match e.dossier.records.iter_mut().enumerate().find(|(_, r)| r.id == record.id) {
        Some((i, slot)) => {
            slot.clone_from(record);
            i
        }
        None if full => {
            let max = crate::base::limits::MAX_RECORDS;
            return refuse(
                Code::Limit,
                "change.record",
                crate::base::message::RecordMsg::TooManyRecords { max },
            );
        }
        None => {
            e.dossier.records.push(record.clone());
            e.dossier.records.len().saturating_sub(1)
        }
    };
    let prefix = format!("records[{at}]");
    check_dossier(engine, &e.dossier, &|p| match p.strip_prefix(prefix.as_str()) {
        Some(rest) => format!("change.record{rest}"),
        None => format!("change.{p}"),
    })
}

/// Removes a case record (`E_UNKNOWN_REF` at `change.record` when the officer has none by that id).
fn remove_record(state: &mut SessionState, officer: &OfficerId, record: &RecordId) -> Result<(), Problems> {
    let e = officer_mut(state, officer, "change.officer")?;
    let before = e.dossier.records.len();
    e.dossier.records.retain(|r| &r.id != record);
    if e.dossier.records.len() == before {
        return refuse(
            Code::UnknownRef,
            "change.record",
            SessionMsg::NoRecord { officer: officer.to_string(), record: record.to_string() },
        );
    }
    Ok(())
}
