//! Problem messages of real inputs, in English and in Chinese, written out by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test harness code

use kaoping_core::base::json::from_json_str;
use kaoping_core::rules::validate::validate_dossier;
use kaoping_core::{api::builtin, Code, Dossier, Lang, Problem, Problems};

/// The first demo dossier of the court scheme, changed by `edit` (as JSON) and read back.
fn dossier(edit: impl FnOnce(&mut serde_json::Value)) -> Dossier {
    let demo = builtin::demo_cohort().into_iter().next().unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&kaoping_json::to_string(&demo)).unwrap();
    edit(&mut v);
    from_json_str(&v.to_string()).unwrap()
}

fn find(problems: &Problems, code: Code) -> &Problem {
    problems.0.iter().find(|p| p.code == code).unwrap_or_else(|| panic!("no {code} in {problems}"))
}

fn problems_of(edit: impl FnOnce(&mut serde_json::Value)) -> Problems {
    validate_dossier(&builtin::scheme("court-judge").unwrap(), &dossier(edit))
}

#[test]
fn a_negative_count_names_the_input_by_its_title() {
    let problems = problems_of(|v| v["inputs"]["closedInTime"] = serde_json::json!(-5));
    let p = find(&problems, Code::NegativeCount);
    assert_eq!(p.path, "inputs.closedInTime");
    assert_eq!(p.text(Lang::En), "count `closedInTime` is -5: counts cannot be negative");
    assert_eq!(p.text(Lang::Zh), "计数「审限内结案数」（closedInTime）为 -5：计数不能为负");
}

#[test]
fn an_unknown_input_key_names_the_scheme_by_its_title() {
    let problems = problems_of(|v| v["inputs"]["closedInTimee"] = serde_json::json!(1));
    let p = find(&problems, Code::UnknownInput);
    assert_eq!(p.path, "inputs.closedInTimee");
    assert_eq!(p.message, "scheme `court-judge` has no input `closedInTimee`");
    assert_eq!(p.message_zh, "方案「法官年度审判绩效考评方案」（court-judge）没有输入项「closedInTimee」");
}

#[test]
fn an_unknown_item_is_named_in_both_languages() {
    let problems = problems_of(|v| {
        v["occurrences"] =
            serde_json::json!([{ "id": "o1", "item": "N99", "count": 1, "date": "2024-03-01" }]);
    });
    let p = find(&problems, Code::UnknownItem);
    assert_eq!(p.path, "occurrences[0].item");
    assert_eq!(p.text(Lang::En), "scheme `court-judge` has no list item or veto `N99`");
    assert_eq!(p.text(Lang::Zh), "方案「法官年度审判绩效考评方案」（court-judge）没有清单项或否决项「N99」");
}

#[test]
fn a_json_syntax_error_says_where_in_chinese_too() {
    // `{"officer": }`: the value is missing; the reader stops at the `}` in column 13 of line 1.
    let problems = from_json_str::<Dossier>("{\"officer\": }").unwrap_err();
    let p = &problems.0[0];
    assert_eq!(p.code, Code::Parse);
    assert!(p.message.ends_with("at line 1 column 13"), "{}", p.message);
    assert_eq!(p.message_zh, "JSON 文本格式有误（第 1 行第 13 列）");
}

#[test]
fn an_unknown_field_and_a_missing_field_are_named_in_chinese() {
    let unknown = from_json_str::<Dossier>("{\"officerr\": 1}").unwrap_err();
    assert_eq!(unknown.0[0].code, Code::UnknownField);
    assert_eq!(unknown.0[0].message_zh, "不认识的字段「officerr」");
    let missing = from_json_str::<Dossier>("{}").unwrap_err();
    assert_eq!(missing.0[0].code, Code::MissingField);
    assert!(missing.0[0].message_zh.starts_with("缺少必填字段「"), "{}", missing.0[0].message_zh);
}

#[test]
fn problems_carry_message_zh_on_the_wire() {
    let problems = problems_of(|v| v["inputs"]["closedInTime"] = serde_json::json!(-5));
    let json = kaoping_json::to_string(&problems);
    assert!(
        json.contains("\"messageZh\":\"计数「审限内结案数」（closedInTime）为 -5：计数不能为负\""),
        "{json}"
    );
    let back: Problems = from_json_str(&json).unwrap();
    assert_eq!(back, problems);
}
