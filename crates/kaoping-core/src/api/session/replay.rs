//! Rebuilding a session from its log.
//!
//! A replay needs no diffs, and no result between two events that do not read it: an event
//! about one officer's dossier, incidents or decisions changes the state at once (with every
//! check it has in [`Session::apply`], the officer's assessment among them) and only marks the
//! officer; the live result is brought up to date when an event reads it (a
//! seal, the publication), before an event that recomputes the cohort anyway, and at the end —
//! each marked officer rescored once, or the cohort recomputed once when many are marked. If
//! anything fails on that way, the log is replayed again event by event, exactly as
//! [`Session::apply`] applies them, which says where it fails: the answer is the same either
//! way, only faster for a log that replays.

use crate::api::session::events::SessionInit;
use crate::api::session::live::Live;
use crate::api::session::log::SessionLog;
use crate::api::session::scope::{self, Scope};
use crate::api::session::{apply, Session};
use crate::base::error::{Path, Problems};
use crate::base::ids::OfficerId;

/// Officers marked since the live result was last brought up to date: by row, and in order.
#[derive(Default)]
struct Marked {
    rows: Vec<bool>,
    officers: Vec<OfficerId>,
}

impl Marked {
    fn mark(&mut self, row: usize, officer: &OfficerId) {
        if self.rows.len() <= row {
            self.rows.resize(row + 1, false);
        }
        if let Some(seen) = self.rows.get_mut(row) {
            if !*seen {
                *seen = true;
                self.officers.push(officer.clone());
            }
        }
    }
}

impl Session {
    /// Rebuilds a session from its start and a log: the chain is verified, then every event is
    /// applied again from an empty session (problems under `log…`). Each verified entry goes
    /// into the new log as it is (appending the same events in the same order gives the same
    /// entries).
    pub fn replay(init: SessionInit, log: &SessionLog) -> Result<Session, Problems> {
        log.verify(&Path::root().key("log"))?;
        match Session::replay_marking(init.clone(), log) {
            Some(session) => Ok(session),
            None => Session::replay_each(init, log),
        }
    }

    /// The replay event by event, as [`Session::apply`] applies them.
    fn replay_each(init: SessionInit, log: &SessionLog) -> Result<Session, Problems> {
        let mut session = Session::new(init)?;
        session.log.entries.reserve(log.entries.len());
        for (i, entry) in log.entries.iter().enumerate() {
            session.settle(&entry.event, false).map_err(|p| {
                p.under(&Path::root().key("log").key("entries").index(i).key("event").to_string())
            })?;
            session.log.entries.push(entry.clone());
        }
        Ok(session)
    }

    /// The replay that marks officers instead of rescoring them; `None` when anything fails.
    fn replay_marking(init: SessionInit, log: &SessionLog) -> Option<Session> {
        let mut session = Session::new(init).ok()?;
        session.log.entries.reserve(log.entries.len());
        let mut marked = Marked::default();
        for entry in &log.entries {
            let event = &entry.event;
            let scope = scope::of(&session.state, &event.change);
            match (&scope, scope::in_place(&event.change), session.live.is_some()) {
                (Scope::Officer { officer, recollect: false }, true, true) => {
                    apply::check_envelope(&session.state, event).ok()?;
                    session.change(None, event, None).ok()?;
                    // the officer is assessed now, as the event's own rescoring would: an event
                    // whose assessment fails is refused there, and here too
                    let live = session.live.as_ref()?;
                    let checked = scope::checks_dossier(&event.change);
                    let row = live.assessable(&session.engine, &session.state, officer, checked)?;
                    session.state.last_at = Some(event.at);
                    session.state.events = session.state.events.saturating_add(1);
                    marked.mark(row, officer);
                }
                _ => {
                    session.catch_up(&mut marked)?;
                    session.settle(event, false).ok()?;
                }
            }
            session.log.entries.push(entry.clone());
        }
        session.catch_up(&mut marked)?;
        Some(session)
    }

    /// Brings the live result up to date for the marked officers.
    fn catch_up(&mut self, marked: &mut Marked) -> Option<()> {
        if marked.officers.is_empty() {
            return Some(());
        }
        let officers = std::mem::take(&mut marked.officers);
        marked.rows.clear();
        let many = officers.len().saturating_mul(4) > self.state.roster.len();
        let mut done = !many;
        if done {
            if let Some(live) = self.live.as_mut() {
                for officer in &officers {
                    if live.rescore(&self.engine, &self.state, officer, false, false, false).is_none() {
                        done = false;
                        break;
                    }
                }
            }
        }
        if !done {
            self.live = Live::full(&self.engine, &mut self.state, self.init.lang).ok()?;
        }
        Some(())
    }
}
