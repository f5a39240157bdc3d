//! Tests of the app state: edits, imports, committee, tolerance, preview, filter and sort.

use super::*;
use kaoping_core::{Date, Decimal};

fn demo() -> AppState {
    AppState::new(Workspace::demo().unwrap())
}

#[test]
fn demo_opens_in_chinese_with_results() {
    let s = demo();
    assert_eq!(s.lang(), Lang::Zh);
    assert!(!s.rows.is_empty());
    assert!(s.rows.iter().all(|r| r.is_ok()));
}

#[test]
fn editing_an_input_recomputes_the_row() {
    let mut s = demo();
    let before = s.rows[0].as_ref().unwrap().total;
    // satisfaction 91 → 50 drops the steps function from 100 to 0 (0.25 × 0.5 × 100 = 12.5 points)
    s.apply(Action::SetInput { officer: 0, key: "satisfaction".into(), value: "50".into() });
    let after = s.rows[0].as_ref().unwrap().total;
    assert_eq!(before.checked_sub(after), Decimal::parse("12.5"));
}

#[test]
fn a_bad_number_is_refused_and_kept_out() {
    let mut s = demo();
    let before = s.ws.clone();
    s.apply(Action::SetInput { officer: 0, key: "satisfaction".into(), value: "9x".into() });
    assert_eq!(s.ws, before);
    assert!(matches!(s.ui.notice, Some(Notice::BadNumber(_))));
}

#[test]
fn workspace_json_round_trips_exactly() {
    let mut s = demo();
    s.apply(Action::SetName { officer: 0, name: "<img src=x onerror=alert(1)>".into() });
    let text = s.ws.to_json();
    let back = Workspace::from_json(&text).unwrap();
    assert_eq!(back, s.ws);
    assert_eq!(back.to_json(), text);
}

#[test]
fn corrupt_or_foreign_workspace_is_rejected_with_a_path() {
    let err =
        Workspace::from_json("{\"format\":\"kaoping-workspace\",\"version\":1,\"lang\":\"zh\"}").unwrap_err();
    assert!(!err.0.is_empty());
    let err = Workspace::from_json("not json").unwrap_err();
    assert!(!err.0.is_empty());
    let mut ws = Workspace::demo().unwrap();
    ws.format = "other".into();
    let err = Workspace::from_json(&ws.to_compact_json()).unwrap_err();
    assert_eq!(err.0[0].path, "format");
}

#[test]
fn oversized_import_is_refused_before_parsing() {
    let big = " ".repeat(MAX_IMPORT_BYTES + 1);
    let err = Workspace::from_json(&big).unwrap_err();
    assert_eq!(err.0[0].code, kaoping_core::Code::Limit);
}

#[test]
fn invalid_scheme_import_lists_problems_and_keeps_the_old_scheme() {
    let mut s = demo();
    let mut scheme: serde_json::Value =
        serde_json::from_str(builtin::scheme_json("court-judge").unwrap()).unwrap();
    scheme["dimensions"][0]["weight"] = serde_json::json!(0.5);
    s.apply(Action::ImportScheme(scheme.to_string()));
    let problems = s.ui.scheme_problems.clone().unwrap();
    assert!(problems.0.iter().any(|p| p.path.starts_with("dimensions")), "{problems:?}");
    assert_eq!(s.ws.builtin.as_deref(), Some("court-judge"));
}

#[test]
fn occurrences_add_and_remove_recompute() {
    let mut s = demo();
    let before = s.rows[0].as_ref().unwrap().total;
    s.apply(Action::AddOccurrence {
        officer: 0,
        item: "N04".into(),
        date: "2026-06-01".into(),
        reference: "投诉-1".into(),
    });
    let after = s.rows[0].as_ref().unwrap().total;
    // N04 deducts 2 points per occurrence
    assert_eq!(before.checked_sub(after), Decimal::parse("2"));
    let id = s.ws.dossiers[0].occurrences.last().unwrap().id.as_str().to_string();
    s.apply(Action::RemoveOccurrence { officer: 0, id });
    assert_eq!(s.rows[0].as_ref().unwrap().total, before);
}

#[test]
fn switching_the_demo_scheme_brings_its_demo_officers() {
    let mut s = demo();
    s.apply(Action::UseBuiltin("police-officer".into()));
    assert_eq!(s.ws.scheme.id.as_str(), "police-officer");
    assert!(!s.ws.dossiers.is_empty());
    assert!(s.ws.dossiers.iter().all(|d| d.officer.id.as_str().starts_with("G-")));
    assert!(s.rows.iter().all(|r| r.is_ok()));
}

#[test]
fn a_negative_list_fact_flips_a_tolerance_decision() {
    use kaoping_core::rules::tolerance::Outcome;
    let mut s = demo();
    let before = s.rows[0].as_ref().unwrap().total; // J-001: 83.05 with N03 occ-2 deducting 4.00
    s.apply(Action::AddIncident(0));
    let edit = |s: &mut AppState, edit| s.apply(Action::EditIncident { index: 0, edit });
    for pc in ["PC01", "PC02", "PC03", "PC04", "PC05"] {
        edit(&mut s, IncidentEdit::Precondition(pc.into(), true));
    }
    edit(&mut s, IncidentEdit::Linked("occ-2".into(), true));
    edit(&mut s, IncidentEdit::Description("鉴定机构停业导致超审限".into()));
    edit(&mut s, IncidentEdit::Fact("TP03".into(), true));
    edit(&mut s, IncidentEdit::Evidence("TP03".into(), "停业公告（2026）12号".into()));
    // the policy's default correction (90 days) would be overdue by the period's end without this
    edit(&mut s, IncidentEdit::Completed("2026-02-01".into()));
    assert_eq!(s.decisions[0].as_ref().unwrap().outcome, Outcome::Exempt);
    // 免责 removes the linked deduction: 83.05 + 4.00 = 87.05
    assert_eq!(s.rows[0].as_ref().unwrap().total, before.checked_add(Decimal::parse("4").unwrap()).unwrap());
    edit(&mut s, IncidentEdit::Fact("TN01".into(), true));
    edit(&mut s, IncidentEdit::Evidence("TN01".into(), "调查笔录 1".into()));
    assert_eq!(s.decisions[0].as_ref().unwrap().outcome, Outcome::NotTolerated);
    assert_eq!(s.rows[0].as_ref().unwrap().total, before);
}

#[test]
fn committee_ratings_rank_and_a_recused_rating_is_rejected() {
    let mut s = demo();
    s.apply(Action::UseBuiltin("procuratorate-prosecutor".into()));
    assert!(s.ws.committee.is_some());
    let c = s.cohort.as_ref().unwrap();
    assert_eq!(c.officers[0].rank, 1);
    assert!(s.entry(0).is_some());
    let before = s.ws.sheets.clone();
    // the demo committee has R03 recused from P-002
    s.apply(Action::SetRating {
        rater: "R03".into(),
        officer: "P-002".into(),
        indicator: "PE01".into(),
        value: "80".into(),
        today: "2026-12-22".into(),
    });
    match &s.ui.notice {
        Some(Notice::Rejected(p)) => assert!(p.0.iter().any(|p| p.code == kaoping_core::Code::Recused)),
        other => panic!("expected a recusal rejection, got {other:?}"),
    }
    assert_eq!(s.ws.sheets, before);
    // an allowed change is recorded in the audit trail, which verifies
    s.apply(Action::SetRating {
        rater: "R01".into(),
        officer: "P-001".into(),
        indicator: "PE01".into(),
        value: "60".into(),
        today: "2026-12-22".into(),
    });
    assert_eq!(s.ws.audit.entries.len(), 1);
    s.apply(Action::Seal { today: "2026-12-23".into() });
    assert!(s.ws.audit.entries.len() > 1, "sealing appends quota and seal events");
    assert!(s.ws.audit.verify().ok);
}

#[test]
fn preview_shows_counterfactuals_and_an_objection_is_dated() {
    let s = demo();
    let p = s.preview(&s.ws.dossiers[0]).unwrap();
    assert_eq!(p.total, s.rows[0].as_ref().unwrap().total);
    assert!(!p.raise.is_empty() || !p.lower.is_empty());
    let request = kaoping_core::rules::preview::ObjectionRequest {
        kind: kaoping_core::rules::preview::ObjectionKind::Review,
        item: "CX04".into(),
        notice: Date::parse("2027-01-10").unwrap(),
        filed: Date::parse("2027-01-15").unwrap(),
        text: "满意度调查样本不足".into(),
    };
    let o = s.objection(&p.assessment, &request).unwrap();
    // review: 30 days from the notice (domain.md): 2027-01-10 + 30 = 2027-02-09
    assert_eq!(o.deadline, Date::parse("2027-02-09").unwrap());
}

#[test]
fn signing_a_draft_sheet_counts_its_ratings_and_is_audited() {
    let mut s = demo();
    s.apply(Action::UseBuiltin("procuratorate-prosecutor".into()));
    let k = s.ws.sheets.iter().position(|x| x.rater.as_str() == "R05").unwrap();
    s.ws.sheets[k].sign_off = None;
    s.recompute_all();
    // an unsigned sheet is a draft: the core warns and its ratings do not count
    assert!(!s.cohort.as_ref().unwrap().warnings.is_empty());
    s.apply(Action::SignSheet { rater: "R05".into(), today: "2026-12-23".into() });
    assert!(s.ws.sheets[k].sign_off.is_some());
    assert_eq!(s.ws.audit.entries.len(), 1);
    assert!(s.ws.audit.verify().ok);
}

#[test]
fn the_detail_and_the_preview_agree_with_the_ranked_cohort_in_every_built_in_scheme() {
    for id in builtin::scheme_ids() {
        let mut s = demo();
        s.apply(Action::UseBuiltin(id.to_string()));
        assert!(s.cohort.is_ok(), "{id}: {:?}", s.cohort.as_ref().err());
        for i in 0..s.ws.dossiers.len() {
            let detail = s.detail(i).unwrap().unwrap();
            let row = s.rows[i].as_ref().unwrap();
            assert_eq!(detail.total, row.total, "{id} officer {i}");
            assert_eq!(detail.grade, row.grade, "{id} officer {i}");
            assert_eq!(detail.flags, row.flags, "{id} officer {i}");
            assert!(!detail.explanation.is_empty());
            let preview = s.preview(&s.ws.dossiers[i]).unwrap();
            let entry = s.entry(i).unwrap();
            assert_eq!(preview.total, entry.total, "{id} officer {i}: preview total");
            assert_eq!(preview.grade, entry.pre_quota_grade, "{id} officer {i}: preview grade");
        }
    }
}

#[test]
fn the_prosecutor_demo_previews_p001_at_the_committee_total() {
    // by hand in crates/kaoping-core/tests/one_computation.rs: 52.55 + 20 + 18.40 (PE01,
    // the trimmed mean 92 of five signed sheets) + 2.50 = 93.45; 75.05 without the ratings
    let mut s = demo();
    s.apply(Action::UseBuiltin("procuratorate-prosecutor".into()));
    let i = s.ws.dossiers.iter().position(|d| d.officer.id.as_str() == "P-001").unwrap();
    let preview = s.preview(&s.ws.dossiers[i]).unwrap();
    assert_eq!(preview.total, Decimal::parse("93.45").unwrap());
    assert_eq!(preview.grade.unwrap().id.as_str(), "excellent");
}

#[test]
fn filter_and_sort() {
    let mut ws = Workspace::demo().unwrap();
    ws.dossiers.truncate(1);
    let mut second = ws.dossiers[0].clone();
    second.officer.id = "J-002".into();
    second.officer.name = "李四".into();
    second.inputs.insert("satisfaction".into(), Decimal::parse("50").unwrap());
    ws.dossiers.push(second);
    let mut s = AppState::new(ws);
    assert_eq!(s.table_order(), vec![0, 1]); // total, highest first
    s.apply(Action::SortBy(SortKey::Total));
    assert_eq!(s.table_order(), vec![1, 0]);
    s.apply(Action::Filter("李".into()));
    assert_eq!(s.table_order(), vec![1]);
}
