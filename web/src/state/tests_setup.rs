//! Tests of setting up a workspace from the screen (a new workspace, the period, officers,
//! members, recusals) and of nothing being lost (storage answers, the backup reminder).

use super::*;
use kaoping_core::api::session::{Actor, Timestamp};
use kaoping_core::rules::committee::RaterRole;
use kaoping_core::{Code, Date, OfficerId, RaterId};

fn at(t: &str) -> Timestamp {
    Timestamp::parse(t).unwrap()
}

fn demo() -> AppState {
    AppState::demo(Lang::Zh, at("2026-12-02T09:00")).unwrap()
}

fn period(label: &str, start: &str, end: &str) -> PeriodForm {
    PeriodForm { label: label.into(), start: start.into(), end: end.into() }
}

/// A new, empty court-judge workspace for 2027.
fn empty_2027() -> AppState {
    let mut s = demo();
    s.apply(Action::NewWorkspace {
        scheme: "court-judge".into(),
        period: period("2027年度", "2027-01-01", "2027-12-31"),
    });
    s
}

fn id(s: &str) -> OfficerId {
    OfficerId(s.into())
}

fn refused_with(s: &AppState, code: Code) -> bool {
    matches!(&s.ui.notice, Some(Notice::Rejected(p)) if p.0.iter().any(|p| p.code == code))
}

/// Adds an officer with the demo J-001's inputs, typed as text.
fn add_officer(s: &mut AppState, officer: &str, name: &str) {
    let inputs = demo()
        .dossier(&id("J-001"))
        .unwrap()
        .inputs
        .iter()
        .map(|(k, v)| (k.as_str().to_owned(), v.to_string()))
        .collect();
    s.apply(Action::AddOfficer {
        id: officer.into(),
        name: name.into(),
        unit: "民一庭".into(),
        post: "员额法官".into(),
        inputs,
    });
}

#[test]
fn a_new_workspace_starts_empty_for_the_chosen_scheme_and_period_and_can_be_undone() {
    let demo_head = demo().session.log().head().to_owned();
    let mut s = empty_2027();
    assert!(s.ui.notice.is_none(), "{:?}", s.ui.notice);
    assert_eq!(s.officer_count(), 0);
    assert!(s.members().is_empty());
    assert!(s.session.log().is_empty());
    let p = &s.scheme().period;
    assert_eq!(
        (p.label.as_str(), p.start, p.end),
        ("2027年度", Date::new(2027, 1, 1).unwrap(), Date::new(2027, 12, 31).unwrap())
    );
    assert_eq!(s.ui.builtin.as_deref(), Some("court-judge"));
    assert!(matches!(s.ui.replaced, Some(Replaced { by: Replacement::New, .. })));
    s.apply(Action::UndoReplace);
    assert_eq!(s.session.log().head(), demo_head, "the demo comes back whole");
    // a day that is no date starts nothing
    let mut s = demo();
    s.apply(Action::NewWorkspace {
        scheme: "court-judge".into(),
        period: period("", "2027-02-30", "2027-12-31"),
    });
    assert!(matches!(&s.ui.notice, Some(Notice::BadDate(t)) if t == "2027-02-30"));
    assert_eq!(s.session.log().head(), demo_head);
    // the workspace saved and restored keeps the new period
    let s = empty_2027();
    let back =
        AppState::from_workspace(&Workspace::from_json(&s.workspace().to_json()).unwrap(), s.now).unwrap();
    assert_eq!(back.scheme().period, s.scheme().period);
}

#[test]
fn officers_are_added_edited_removed_and_a_removal_is_undone_as_events() {
    let mut s = empty_2027();
    add_officer(&mut s, "J-101", "张明");
    add_officer(&mut s, "J-102", "李华");
    assert!(s.ui.notice.is_none(), "{:?}", s.ui.notice);
    assert_eq!(s.officer_count(), 2);
    // a typed input that is no number adds nothing
    s.apply(Action::AddOfficer {
        id: "J-103".into(),
        name: "王五".into(),
        unit: "".into(),
        post: "".into(),
        inputs: vec![("closed".into(), "十二".into())],
    });
    assert!(matches!(&s.ui.notice, Some(Notice::BadNumber(t)) if t == "十二"));
    assert_eq!(s.officer_count(), 2);
    assert_eq!(s.ui.selected, Some(id("J-102")), "the officer added is selected");
    assert_eq!(s.session.state().roster.get(&id("J-101")).unwrap().post.as_deref(), Some("员额法官"));
    // the same id again: refused by the core, nothing changes
    let head = s.session.log().head().to_owned();
    add_officer(&mut s, "J-101", "重复");
    assert!(refused_with(&s, Code::DuplicateId));
    assert_eq!(s.ui.form, Some(Form::Roster), "said at the roster's form");
    s.apply(Action::Show(View::Cohort));
    assert_eq!(s.ui.form, None, "elsewhere it is said at the top");
    assert_eq!(s.session.log().head(), head);
    s.apply(Action::UpdateOfficer {
        officer: id("J-101"),
        name: "张明明".into(),
        unit: "刑庭".into(),
        post: "".into(),
    });
    let e = s.session.state().roster.get(&id("J-101")).unwrap();
    assert_eq!(
        (e.dossier.officer.name.as_str(), e.dossier.officer.unit.as_deref(), e.post.as_deref()),
        ("张明明", Some("刑庭"), Some("员额法官"))
    );
    s.apply(Action::SetInput { officer: id("J-101"), key: "satisfaction".into(), value: "88.5".into() });
    s.apply(Action::RemoveOfficer(id("J-101")));
    assert_eq!(s.officer_count(), 1);
    assert!(s.ui.removed.is_some());
    s.apply(Action::UndoRemoveOfficer);
    let e = s.session.state().roster.get(&id("J-101")).unwrap();
    assert_eq!(e.dossier.officer.name, "张明明");
    let satisfaction =
        e.dossier.inputs.iter().find(|(k, _)| k.as_str() == "satisfaction").map(|(_, v)| v.to_string());
    assert_eq!(satisfaction.as_deref(), Some("88.5"), "the data comes back");
    assert!(s.ui.removed.is_none());
    let kinds: Vec<&str> = s.session.events().map(|e| e.change.kind()).collect();
    assert_eq!(
        kinds,
        ["addOfficer", "addOfficer", "updateOfficer", "setInput", "removeOfficer", "addOfficer"],
        "the log keeps the removal and the undo"
    );
}

#[test]
fn members_with_roles_and_recusals_with_reasons() {
    let mut s = empty_2027();
    add_officer(&mut s, "J-101", "张明");
    s.apply(Action::AddMember { id: "R01".into(), name: "王院长".into(), role: RaterRole::Chair });
    s.apply(Action::AddMember { id: "R02".into(), name: "赵委员".into(), role: RaterRole::Member });
    assert!(s.ui.notice.is_none(), "{:?}", s.ui.notice);
    let roles: Vec<_> = s.members().iter().map(|m| (m.id.as_str().to_owned(), m.role)).collect();
    assert_eq!(roles, vec![("R01".to_owned(), RaterRole::Chair), ("R02".to_owned(), RaterRole::Member)]);
    // only the member themself recuses, with the reason given in the form
    let (r02, j101) = (RaterId("R02".into()), id("J-101"));
    s.apply(Action::AddRecusal { member: r02.clone(), officer: j101.clone(), reason: "近亲属".into() });
    assert!(refused_with(&s, Code::Actor), "{:?}", s.ui.notice);
    s.apply(Action::SetActor(Actor::member("R02")));
    s.apply(Action::AddRecusal { member: r02.clone(), officer: j101.clone(), reason: "近亲属".into() });
    assert!(s.recused(&r02, &j101), "{:?}", s.ui.notice);
    let recusal = s.session.state().committee.recusals.first().unwrap();
    assert_eq!(recusal.reason.as_deref(), Some("近亲属"));
    // no reason: the core asks for one (the screen's reason dialog)
    s.apply(Action::SetActor(Actor::user("李静")));
    s.apply(Action::RemoveMember(RaterId("R01".into())));
    assert_eq!(s.members().len(), 1);
}

#[test]
fn the_period_changes_with_the_log_checked_again_under_it() {
    let mut s = empty_2027();
    add_officer(&mut s, "J-101", "张明");
    s.apply(Action::SetPeriod(period("2027年上半年", "2027-01-01", "2027-06-30")));
    assert!(s.ui.notice.is_none(), "{:?}", s.ui.notice);
    assert_eq!(s.scheme().period.label, "2027年上半年");
    assert_eq!(s.scheme().period.end, Date::new(2027, 6, 30).unwrap());
    assert_eq!(s.officer_count(), 1, "the roster is kept");
    // the demo's occurrences are dated 2026: under 2027 the replay refuses and nothing changes
    let mut d = demo();
    let before = d.scheme().period.clone();
    d.apply(Action::SetPeriod(period("2027年度", "2027-01-01", "2027-12-31")));
    assert!(matches!(&d.ui.notice, Some(Notice::Rejected(_))), "{:?}", d.ui.notice);
    assert_eq!(d.scheme().period, before);
    // an end before the start is the core's problem
    assert!(s.ui.period_changed);
    s.apply(Action::SetPeriod(period("倒置", "2027-06-30", "2027-01-01")));
    assert!(matches!(&s.ui.notice, Some(Notice::Rejected(_))), "{:?}", s.ui.notice);
    assert!(!s.ui.period_changed, "the screen no longer says it was changed");
    assert_eq!(s.scheme().period.label, "2027年上半年");
}

#[test]
fn the_backup_reminder_comes_after_enough_changes_and_an_export_or_snooze_puts_it_off() {
    let mut s = empty_2027();
    assert_eq!(s.backup_due(), None);
    for k in 0..BACKUP_EVERY {
        add_officer(&mut s, &format!("J-{k:03}"), "干警");
    }
    assert_eq!(s.backup_due(), Some(BACKUP_EVERY));
    s.apply(Action::SnoozeBackup);
    assert_eq!(s.backup_due(), None);
    add_officer(&mut s, "J-900", "干警");
    assert_eq!(s.backup_due(), None, "put off for as many more changes");
    s.apply(Action::Exported);
    assert_eq!(s.backup_due(), None);
    // the count since the last export survives a reload
    for k in 0..BACKUP_EVERY {
        add_officer(&mut s, &format!("K-{k:03}"), "干警");
    }
    let back =
        AppState::from_workspace(&Workspace::from_json(&s.workspace().to_json()).unwrap(), s.now).unwrap();
    assert_eq!(back.backup_due(), Some(BACKUP_EVERY));
    // the demo, an import or a new workspace is not due
    assert_eq!(demo().backup_due(), None);
}

#[test]
fn a_storage_refusal_is_kept_until_a_save_succeeds() {
    let mut s = demo();
    s.apply(Action::Saved(Err(StorageProblem::from_name("QuotaExceededError"))));
    assert_eq!(s.ui.storage, Some(StorageProblem::Full));
    s.apply(Action::Saved(Err(StorageProblem::from_name("SecurityError"))));
    assert_eq!(s.ui.storage, Some(StorageProblem::Refused("SecurityError".into())));
    s.apply(Action::Saved(Ok(())));
    assert_eq!(s.ui.storage, None);
}

#[test]
fn the_bonus_pool_is_shared_by_the_core_over_the_live_table() {
    use kaoping_core::model::allocation::AllocationMethod;
    let mut s = empty_2027();
    add_officer(&mut s, "J-101", "张明");
    add_officer(&mut s, "J-102", "李华");
    // the same inputs give the same totals: by score each gets 1000.00 × t ÷ 2t = 500.00
    let pool = kaoping_core::Decimal::parse("1000.00").unwrap();
    let a = s.allocate(pool, AllocationMethod::Score, Vec::new()).unwrap();
    let amounts: Vec<String> = a.shares.iter().map(|x| x.amount.format_dp(2)).collect();
    assert_eq!(amounts, ["500.00", "500.00"]);
    assert_eq!(a.allocated, pool);
    // a pool with a part of a fen is the core's problem
    let bad = s.allocate(kaoping_core::Decimal::parse("0.001").unwrap(), AllocationMethod::Score, Vec::new());
    assert!(bad.unwrap_err().0.iter().any(|p| p.code == Code::PoolFen));
}

#[test]
fn the_publication_counts_the_window_in_working_days_of_the_calendar_imported() {
    let mut s = demo();
    let notice = Date::new(2026, 2, 13).unwrap();
    assert!(s.publication(notice, None, false).is_err(), "no calendar yet");
    let fixture: serde_json::Value = serde_json::from_str(include_str!(
        "../../../tests/fixtures/calendar/001-spring-festival-five-days.json"
    ))
    .unwrap();
    s.apply(Action::ImportCalendar(fixture["input"]["calendar"].to_string()));
    assert!(s.ui.notice.is_none(), "{:?}", s.ui.notice);
    // the fixture's notes: Sat 02-14 worked (1), 02-15..02-23 off, 02-24 … 02-27 (2–5)
    let p = s.publication(notice, None, false).unwrap();
    assert_eq!(p.window_end, Date::new(2026, 2, 27).unwrap());
    // the calendar is saved with the workspace
    let back =
        AppState::from_workspace(&Workspace::from_json(&s.workspace().to_json()).unwrap(), s.now).unwrap();
    assert_eq!(back.ui.calendar, s.ui.calendar);
    // a file that is no calendar is refused at its form
    s.apply(Action::ImportCalendar("{\"years\": \"2026\"}".into()));
    assert_eq!(s.ui.form, Some(Form::Calendar));
}
