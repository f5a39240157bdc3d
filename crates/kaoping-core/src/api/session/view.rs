//! What a screen over a session reads besides the table: the scheme and policy in use, the
//! session in another language (the same log replayed), the preview of a draft dossier in
//! the officer's committee context, and the records behind an officer's indicator.

use crate::api::session::Session;
use crate::base::error::Problems;
use crate::base::lang::Lang;
use crate::model::dossier::Dossier;
use crate::model::scheme::Scheme;
use crate::rules::preview::Preview;
use crate::rules::tolerance::Policy;

impl Session {
    /// The scheme the session assesses with.
    pub fn scheme(&self) -> &Scheme {
        self.engine.scheme()
    }

    /// The tolerance policy the session decides incidents with.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The same session with its explanations, reasons and decisions in `lang`: the log is
    /// replayed from a start that differs only in its language, so the events, their order and
    /// the log's hashes are the same.
    pub fn in_lang(&self, lang: Lang) -> Result<Session, Problems> {
        let mut init = self.init.clone();
        init.lang = lang;
        Session::replay(init, &self.log)
    }

    /// The preview of a draft of an officer's dossier (typed changes, a loaded file), in the
    /// context the table assesses that officer in: the committee's signed ratings, the waivers of
    /// their decided incidents and the live statistics. An officer not on the roster is
    /// previewed with the live statistics alone. The session is not changed.
    pub fn preview_draft(&self, draft: &Dossier) -> Result<Preview, Problems> {
        let stats = self.live.as_ref().map(super::live::Live::stats);
        let context = if self.state.roster.contains_key(&draft.officer.id) {
            super::compute::officer_context(&self.engine, &self.state, stats, &draft.officer.id)?
        } else {
            super::compute::OfficerContext {
                rated: None,
                waivers: Vec::new(),
                stats: stats.cloned().unwrap_or_default(),
            }
        };
        crate::rules::preview::preview(&self.engine, draft, &context.as_context(), self.init.lang)
    }

    /// The case records behind one indicator, derived input or record-fired item of an
    /// officer on the roster (指标下钻; see [`crate::api::records::drill`]). An officer not on
    /// the roster is `E_UNKNOWN_OFFICER` at `officer`.
    pub fn drill(
        &self,
        officer: &crate::base::ids::OfficerId,
        target: &str,
    ) -> Result<Vec<crate::api::records::Drill>, Problems> {
        let Some(entry) = self.state.roster.get(officer) else {
            return Err(Problems::one(
                crate::base::error::Code::UnknownOfficer,
                "officer",
                crate::base::message::SessionMsg::NotOnRoster { officer: officer.to_string() },
            ));
        };
        crate::api::records::drill(&self.engine, &entry.dossier, target)
    }
}
