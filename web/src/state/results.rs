//! What the screens read from the session: the ranked table and an officer's entry, dossier,
//! detail and preview, the committee and its sheets, the incidents and decisions, the audit log
//! worded by the core and the changes since the last seal. Nothing here computes a result: the
//! session does.

use super::AppState;
use kaoping_core::api::session::state::IncidentRecord;
use kaoping_core::api::session::{AuditLine, SinceSeal};
use kaoping_core::api::table::results::{results_tables, ResultsExport};
use kaoping_core::base::error::Problems;
use kaoping_core::model::assessment::{Assessment, GradeRef};
use kaoping_core::rules::cohort::{CohortEntry, CohortResult};
use kaoping_core::rules::committee::{Rater, ScoreSheet};
use kaoping_core::rules::preview::{Objection, ObjectionRequest, ObjectionRules, Preview};
use kaoping_core::{Dossier, OfficerId, RaterId, Scheme};

impl AppState {
    /// The scheme of the session.
    pub fn scheme(&self) -> &Scheme {
        self.session.scheme()
    }

    /// The ranked table (`None` while the roster is empty).
    pub fn table(&self) -> Option<&CohortResult> {
        self.session.table()
    }

    /// Number of officers on the roster.
    pub fn officer_count(&self) -> usize {
        self.session.state().roster.len()
    }

    /// The officers' dossiers, in officer-id order.
    pub fn dossiers(&self) -> impl Iterator<Item = &Dossier> {
        self.session.state().roster.values().map(|e| &e.dossier)
    }

    /// An officer's dossier.
    pub fn dossier(&self, id: &OfficerId) -> Option<&Dossier> {
        self.session.state().roster.get(id).map(|e| &e.dossier)
    }

    /// An officer's entry in the table (rank, total, final grade, flags).
    pub fn entry(&self, id: &OfficerId) -> Option<&CohortEntry> {
        self.table()?.officers.iter().find(|e| &e.officer.id == id)
    }

    /// An officer's final grade after quotas (`None`: withheld or not on the roster).
    pub fn final_grade(&self, id: &OfficerId) -> Option<&GradeRef> {
        self.entry(id)?.grade.as_ref()
    }

    /// An officer's full assessment with explanation (the detail and the print sheet).
    pub fn detail(&self, id: &OfficerId) -> Result<Assessment, Problems> {
        self.session.detail(id)
    }

    /// The case records behind one indicator (or derived input) of an officer (指标下钻).
    pub fn drill(
        &self,
        id: &OfficerId,
        target: &str,
    ) -> Result<Vec<kaoping_core::api::records::Drill>, Problems> {
        self.session.drill(id, target)
    }

    /// The preview of an officer's dossier or a draft of it, in the committee's context.
    pub fn preview(&self, draft: &Dossier) -> Result<Preview, Problems> {
        self.session.preview_draft(draft)
    }

    /// An objection drafted against one item of a previewed result, dated by the core.
    pub fn objection(
        &self,
        assessment: &Assessment,
        request: &ObjectionRequest,
    ) -> Result<Objection, Problems> {
        kaoping_core::rules::preview::file_objection(
            self.scheme(),
            assessment,
            request,
            &ObjectionRules::default(),
        )
    }

    /// The results as the core's export tables, in the session's language: the whole cohort, or
    /// with `filtered` the officers the table's filter shows (the title row says so).
    pub fn export_tables(&self, filtered: bool) -> ResultsExport {
        let shown = filtered.then(|| self.table_order());
        results_tables(&self.session, shown.as_deref())
    }

    /// The committee's members.
    pub fn members(&self) -> &[Rater] {
        &self.session.state().committee.members
    }

    /// A member's score sheet.
    pub fn sheet(&self, member: &RaterId) -> Option<&ScoreSheet> {
        self.session.state().sheets.get(member)
    }

    /// Whether a member's sheet is signed (and so locked).
    pub fn signed(&self, member: &RaterId) -> bool {
        self.sheet(member).is_some_and(|s| s.sign_off.is_some())
    }

    /// Whether a member recused themself from an officer.
    pub fn recused(&self, member: &RaterId, officer: &OfficerId) -> bool {
        self.session.state().committee.recusals.iter().any(|r| &r.rater == member && &r.officer == officer)
    }

    /// The incidents and their decisions, by id.
    pub fn incidents(&self) -> impl Iterator<Item = &IncidentRecord> {
        self.session.state().incidents.values()
    }

    /// One incident and its decision.
    pub fn incident(&self, id: &str) -> Option<&IncidentRecord> {
        self.session.state().incidents.get(id)
    }

    /// Every applied event worded by the core (操作记录).
    pub fn audit(&self) -> Vec<AuditLine> {
        self.session.audit_lines(self.ui.lang)
    }

    /// After a seal: the seal and what differs from it, worded by the core.
    pub fn since_seal(&self) -> Option<(SinceSeal, Vec<String>)> {
        let since = self.session.since_seal()?;
        let lines = self.session.describe_changes(&since.officers, self.ui.lang);
        Some((since, lines))
    }

    /// Whether the result was published (no more edits).
    pub fn published(&self) -> bool {
        self.session.state().published.is_some()
    }

    /// A person as the screens name them: `李检察长（示例） · 主任`, `王敏 · 书记员`.
    pub fn person(&self, actor: &kaoping_core::api::session::Actor) -> String {
        match actor.member_id().and_then(|id| self.session.state().committee.member(&id).cloned()) {
            Some(m) => format!(
                "{} · {}",
                m.name,
                kaoping_core::api::session::describe::role_label(m.role, self.ui.lang)
            ),
            None => match self.user_role(&actor.id) {
                Some(role) => format!("{} · {role}", actor.id),
                None => actor.id.clone(),
            },
        }
    }

    /// The role of a named user, when the app knows them.
    pub fn user_role(&self, name: &str) -> Option<&str> {
        self.ui.users.iter().find(|u| u.name == name).map(|u| u.role.as_str())
    }

    /// The early warnings (预警) as of a date: officers within `boundary` points of a grade
    /// boundary, corrections due within `corrections` days (and overdue ones), ties at a quota
    /// boundary. The core finds them and words them.
    pub fn warnings(
        &self,
        as_of: kaoping_core::Date,
        boundary: Option<kaoping_core::Decimal>,
        corrections: Option<u32>,
    ) -> Result<Vec<kaoping_core::model::warning::EarlyWarning>, Problems> {
        use kaoping_core::model::warning::{CorrectionRule, Thresholds};
        let thresholds = Thresholds {
            as_of,
            boundary_points: boundary,
            time_limit: None,
            corrections: corrections.map(|within_days| CorrectionRule { within_days }),
            case_review: None,
            quota_ties: true,
        };
        self.session.warnings(&thresholds)
    }

    /// Every unit's result (empty without an organisation).
    pub fn units(&self) -> Vec<kaoping_core::rules::organisation::units::UnitResult> {
        self.session.units()
    }

    /// The bonus pool shared over the live table (绩效奖金分配) by `method`, with the grade
    /// coefficients given; vetoed officers share as graded and withheld grades are excluded (the
    /// core's defaults). The core shares to the fen and explains every share.
    pub fn allocate(
        &self,
        pool: kaoping_core::Decimal,
        method: kaoping_core::model::allocation::AllocationMethod,
        coefficients: Vec<(kaoping_core::base::ids::GradeId, kaoping_core::Decimal)>,
    ) -> Result<kaoping_core::model::allocation::Allocation, Problems> {
        use kaoping_core::model::allocation::{AllocationDeclaration, SpecialCase};
        let allocation = AllocationDeclaration {
            pool,
            method,
            coefficients: kaoping_core::base::sorted::SortedMap::from_vec(coefficients),
            vetoed: SpecialCase::AsGraded {},
            withheld: SpecialCase::Exclude {},
        };
        let request = kaoping_core::api::allocation::AllocationRequest {
            cohort: None,
            table: None,
            allocation,
            lang: self.lang(),
        };
        self.session.allocate(request)
    }

    /// The publication (公示) of the live table under the calendar imported: the proposed 优秀
    /// list (or every grade), the notice date and the end of the objection window counted in
    /// working days (`window`; the core's default 5 when not given). `E_NO_ELIGIBLE` without a
    /// calendar or officers.
    pub fn publication(
        &self,
        notice: kaoping_core::Date,
        window: Option<u16>,
        every_grade: bool,
    ) -> Result<kaoping_core::model::publication::Publication, Problems> {
        use kaoping_core::model::publication::PublicationScope;
        let Some(calendar) = self.ui.calendar.clone() else {
            return Err(Problems::one(kaoping_core::Code::MissingField, "calendar", no_calendar()));
        };
        let request = kaoping_core::api::publication::PublicationRequest {
            cohort: None,
            table: None,
            calendar,
            notice,
            window_days: window,
            scope: if every_grade { PublicationScope::EveryGrade {} } else { PublicationScope::default() },
            objections: Vec::new(),
            as_of: None,
            lang: self.lang(),
        };
        self.session.publication(request)
    }
}

/// The problem of a publication asked for before a calendar was imported.
fn no_calendar() -> kaoping_core::base::message::Message {
    kaoping_core::base::message::Message::given(
        "import a holiday calendar first".to_owned(),
        "请先导入节假日安排（工作日历）".to_owned(),
    )
}
