//! The assessment session (考评会话): the life of one cohort's assessment — roster, committee,
//! ratings, sign-offs, incidents and decisions, seals, publication — in the core, changed only
//! by typed [`Event`]s, each with a person as actor, a timestamp and, where the rules ask, a
//! reason.
//!
//! * [`Session::apply`] checks an event against the rules (a signed sheet is locked, recusals
//!   hold, time never goes backwards, edits after a seal need a reason, nothing after
//!   publication), applies it, brings the result up to date and answers a [`Diff`]; a refused
//!   event answers coded problems and changes nothing.
//! * The result is kept incrementally: an event that touches one officer rescores that officer
//!   alone, moves them in the ranked order and follows the quotas at their boundaries, at a
//!   cost that does not grow with the cohort (`live`); the diff keeps the officers who only
//!   moved one rank as one run ([`OfficerChanges`]). Other events (and schemes with
//!   cohort-relative indicators) recompute the cohort. Either way the table is exactly what
//!   [`crate::rules::cohort::assess_cohort`] gives for the same data.
//! * Every applied event is appended to a hash-chained [`SessionLog`]; [`Session::replay`]
//!   rebuilds the identical session from it, and [`Session::snapshot`] / [`Session::restore`]
//!   write and read the whole session as JSON (a snapshot edited by hand is refused).
//! * Tolerance decisions use the session's own incident history; the officer detail and the
//!   preview are computed from the same state as the table.
//!
//! ```
//! use kaoping_core::api::session::{Session, SessionInit};
//! let init: SessionInit = kaoping_core::base::json::from_json_str(r#"{"scheme": "court-judge"}"#).unwrap();
//! let session = Session::new(init).unwrap();
//! assert!(session.table().is_none());
//! ```

pub mod actor;
mod apply;
mod apply_organisation;
mod apply_records;
mod apply_tolerance;
pub mod calls;
pub mod changes;
pub mod columns;
mod compute;
pub mod describe;
pub mod diff;
pub mod events;
mod live;
mod live_table;
pub mod log;
mod order;
mod quota_live;
mod replay;
mod results;
mod scope;
pub mod snapshot;
pub mod state;
mod supervision;
mod view;
pub mod wire;

pub use actor::{Actor, ActorKind, Timestamp};
pub use calls::{Applied, OfficerView};
pub use changes::{OfficerChanges, RankShift};
pub use describe::{ActorLine, AuditLine};
pub use diff::{Diff, OfficerChange, QuotaDiff, SinceSeal, Standing};
pub use events::{Change, Event, NewOfficer, RosterOfficer, SessionInit};
pub use log::{LogEntry, SessionLog};
pub use snapshot::Snapshot;
pub use state::SessionState;

use crate::api::cohort::resolve_scheme;
use crate::api::tolerance::resolve_policy;
use crate::base::error::{Path, Problems};
use crate::base::fingerprint::Fingerprinter;
use crate::base::ids::OfficerId;
use crate::base::sorted::SortedMap;
use crate::fast::engine::Engine;
use crate::model::assessment::Assessment;
use crate::rules::assess::AssessOptions;
use crate::rules::cohort::CohortResult;
use crate::rules::preview::Preview;
use crate::rules::tolerance::Policy;
use live::Live;
use scope::Scope;
use std::cell::RefCell;
use std::sync::Arc;

/// A seal's standings, shared by the since-seal comparisons.
type SealedStandings = Arc<SortedMap<OfficerId, Standing>>;

/// A cohort's assessment session (a clone is an independent copy: a screen may keep the
/// session before an edit).
#[derive(Clone)]
pub struct Session {
    init: SessionInit,
    engine: Engine,
    policy: Policy,
    state: SessionState,
    log: SessionLog,
    /// The live result (`None` while the roster is empty).
    live: Option<Live>,
    /// The last seal's standings as the since-seal comparisons share them, by seal.
    sealed: RefCell<Option<(u64, SealedStandings)>>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("events", &self.state.events)
            .field("fingerprint", &self.fingerprint())
            .finish()
    }
}

impl Session {
    /// A new, empty session: the scheme (a built-in id or an object) and the tolerance policy
    /// (default `tolerance-default`) are resolved and checked. Problems are rooted at the init
    /// (`scheme.dimensions[0].weight`, `policy.rules[1]`).
    pub fn new(init: SessionInit) -> Result<Session, Problems> {
        let scheme = resolve_scheme(&init.scheme, "scheme")?;
        let engine = Engine::new(scheme).map_err(|p| p.under("scheme"))?;
        let policy = match &init.policy {
            Some(p) => resolve_policy(p, "policy")?,
            None => resolve_policy(&kaoping_json::Json::String("tolerance-default".to_owned()), "policy")?,
        };
        let problems = crate::rules::tolerance::validate_policy(&policy);
        if problems.has_errors() {
            return Err(problems.under("policy"));
        }
        Ok(Session {
            init,
            engine,
            policy,
            state: SessionState::default(),
            log: SessionLog::default(),
            live: None,
            sealed: RefCell::new(None),
        })
    }

    /// Checks and applies one event. On success the event is in the log and the answer says
    /// what changed; on failure nothing changed (the [`fingerprint`](Session::fingerprint) is
    /// the same) and the problems are located in the event (`change.officer`, `reason`, `at`)
    /// or, for a result the change would make impossible, in the state (`state.…`).
    ///
    /// An event that touches one officer (an input, an occurrence, a rating, an incident or
    /// decision) rescores that officer alone and moves them in the ranking; a seal or the
    /// publication rescores nobody; any other event, and every event of a scheme with
    /// cohort-relative indicators, recomputes the cohort.
    pub fn apply(&mut self, event: Event) -> Result<Diff, Problems> {
        let (officers, quotas) = self.settle(&event, true)?;
        let since_seal = self.since_seal();
        let (seq, hash) = self.log.append(event);
        Ok(Diff { seq, hash, officers, quotas, since_seal })
    }

    /// Checks and applies an event to the state and brings the live result up to date; with
    /// `diff`, answers what changed (a replay does not ask). The log is the caller's.
    fn settle(&mut self, event: &Event, diff: bool) -> Result<live::Changes, Problems> {
        apply::check_envelope(&self.state, event)?;
        let sealing = matches!(event.change, Change::Seal {} | Change::Publish {});
        let table = if sealing { self.table().cloned() } else { None };
        let (officers, quotas) = match scope::undo_for(&self.state, &event.change) {
            Some(undo) => {
                let scope = scope::of(&self.state, &event.change);
                let checked = scope::checks_dossier(&event.change);
                let applied = self
                    .change(None, event, table.as_ref())
                    .and_then(|()| self.update(&scope, checked, diff));
                match applied {
                    Ok(changes) => changes,
                    Err(p) => {
                        undo.restore(&mut self.state);
                        return Err(p);
                    }
                }
            }
            None => {
                let mut next = self.state.clone();
                self.change(Some(&mut next), event, table.as_ref())?;
                let live = Live::full(&self.engine, &mut next, self.init.lang)?;
                let changes = if diff {
                    full_changes(self.engine.scheme(), self.live.as_ref(), live.as_ref())
                } else {
                    (OfficerChanges::default(), Vec::new())
                };
                self.state = next;
                self.live = live;
                changes
            }
        };
        self.state.last_at = Some(event.at);
        self.state.events = self.state.events.saturating_add(1);
        Ok((officers, quotas))
    }

    /// Applies the event's change to `next` (or, without it, to the session's state in place).
    fn change(
        &mut self,
        next: Option<&mut SessionState>,
        event: &Event,
        result: Option<&CohortResult>,
    ) -> Result<(), Problems> {
        let state = match next {
            Some(n) => n,
            None => &mut self.state,
        };
        let known = apply::apply_data(&self.engine, state, event)?
            || apply_records::apply_records(&self.engine, state, event)?
            || apply_tolerance::apply_tolerance(&self.policy, self.init.lang, state, event, result)?
            || apply_organisation::apply_organisation(self.engine.scheme(), state, event)?;
        if known {
            apply_organisation::check_officers(state, event)
        } else {
            Err(Problems::one(
                crate::Code::UnknownVariant,
                "change.type",
                crate::base::message::SessionMsg::NoRule { kind: event.change.kind().to_owned() },
            ))
        }
    }

    /// Brings the live result up to the state after an in-place change of `scope`: one officer
    /// rescored, nobody, or (when the incremental step declines) the full recompute. On error
    /// the live result is as it was.
    fn update(&mut self, scope: &Scope, checked: bool, diff: bool) -> Result<live::Changes, Problems> {
        match scope {
            Scope::Nothing => return Ok((OfficerChanges::default(), Vec::new())),
            Scope::Officer { officer, recollect } => {
                if let Some(live) = self.live.as_mut() {
                    if let Some(changes) =
                        live.rescore(&self.engine, &self.state, officer, *recollect, checked, diff)
                    {
                        return Ok(changes);
                    }
                }
            }
            Scope::All => {}
        }
        let live = Live::full(&self.engine, &mut self.state, self.init.lang)?;
        let changes = if diff {
            full_changes(self.engine.scheme(), self.live.as_ref(), live.as_ref())
        } else {
            (OfficerChanges::default(), Vec::new())
        };
        self.live = live;
        Ok(changes)
    }

    /// Applies events in order, all or nothing: on the first refused event nothing of the
    /// batch is kept and its problems come back under `events[i]`.
    pub fn apply_all(&mut self, events: Vec<Event>) -> Result<Vec<Diff>, Problems> {
        let saved = (self.state.clone(), self.log.clone(), self.live.clone());
        let mut diffs = Vec::with_capacity(events.len());
        for (i, event) in events.into_iter().enumerate() {
            match self.apply(event) {
                Ok(d) => diffs.push(d),
                Err(p) => {
                    (self.state, self.log, self.live) = saved;
                    return Err(p.under(&Path::root().key("events").index(i).to_string()));
                }
            }
        }
        Ok(diffs)
    }

    /// The ranked table (`None` while the roster is empty).
    pub fn table(&self) -> Option<&CohortResult> {
        self.live.as_ref().map(|l| l.table(&self.engine, &self.state))
    }

    /// One officer's full assessment, with explanation, from the session's state.
    pub fn detail(&self, officer: &OfficerId) -> Result<Assessment, Problems> {
        let (context, dossier) = self.officer(officer)?;
        let options = AssessOptions { lang: self.init.lang, ..AssessOptions::default() };
        self.engine.assess_with(dossier, &context.as_context(), &options)
    }

    /// One officer's preview (distance to the next grades, smallest single changes), computed
    /// from the same committee ratings, waivers and live statistics as the table.
    pub fn preview(&self, officer: &OfficerId) -> Result<Preview, Problems> {
        let (context, dossier) = self.officer(officer)?;
        crate::rules::preview::preview(&self.engine, dossier, &context.as_context(), self.init.lang)
    }

    /// One officer's context (committee ratings, waivers, live statistics) and dossier: what the
    /// detail and the preview assess, the same as the table does.
    fn officer(
        &self,
        officer: &OfficerId,
    ) -> Result<(compute::OfficerContext, &crate::model::dossier::Dossier), Problems> {
        let context = compute::officer_context(
            &self.engine,
            &self.state,
            self.live.as_ref().map(Live::stats),
            officer,
        )?;
        Ok((context, self.dossier(officer)?))
    }

    fn dossier(&self, officer: &OfficerId) -> Result<&crate::model::dossier::Dossier, Problems> {
        self.state.roster.get(officer).map(|e| &e.dossier).ok_or_else(|| {
            Problems::one(
                crate::Code::UnknownOfficer,
                "officer",
                crate::base::message::SessionMsg::NotOnRoster { officer: officer.to_string() },
            )
        })
    }

    /// Differences between the current result and the last seal (`None` before any seal),
    /// compared when the list is read.
    pub fn since_seal(&self) -> Option<SinceSeal> {
        let s = self.state.last_seal()?;
        let officers = match &self.live {
            Some(live) => {
                let mut cached = self.sealed.borrow_mut();
                let sealed = match cached.as_ref() {
                    Some((seq, standings)) if *seq == s.seq => Arc::clone(standings),
                    _ => {
                        let standings = Arc::new(s.standings.clone());
                        *cached = Some((s.seq, Arc::clone(&standings)));
                        standings
                    }
                };
                live.against(sealed)
            }
            None => OfficerChanges::from(diff::compare(&s.standings, &SortedMap::new())),
        };
        Some(SinceSeal { seal: s.seq, sealed_at: s.at, officers })
    }

    /// The state.
    pub fn state(&self) -> &SessionState {
        &self.state
    }

    /// What the session started from.
    pub fn init(&self) -> &SessionInit {
        &self.init
    }

    /// The audit log of applied events.
    pub fn log(&self) -> &SessionLog {
        &self.log
    }

    /// The applied events, in order.
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        self.log.entries.iter().map(|e| &e.event)
    }

    /// The session's fingerprint: its start, its state and its log head. Equal for a session
    /// and its replay or restored snapshot; unchanged by a refused event.
    pub fn fingerprint(&self) -> String {
        let mut f = Fingerprinter::new("session");
        f.add("init", &self.init);
        f.add("state", &self.state);
        f.add("log", self.log.head());
        f.finish()
    }
}

/// What changed between two live results (the full recompute's diff).
fn full_changes(
    scheme: &crate::model::scheme::Scheme,
    before: Option<&Live>,
    after: Option<&Live>,
) -> live::Changes {
    let standings = |l: Option<&Live>| l.map(Live::standings).unwrap_or_default();
    (
        OfficerChanges::from(diff::compare(&standings(before), &standings(after))),
        diff::quota_list_diffs(
            before.map_or(&[][..], |l| l.changes(scheme)),
            after.map_or(&[][..], |l| l.changes(scheme)),
        ),
    )
}
