//! The words of a publication (公示) document and of its final result, in Chinese or English.

use crate::base::date::Date;
use crate::model::calendar::{CountedDay, DayKind};
use crate::model::explanation::Lang;
use crate::model::publication::{ListedOfficer, ObjectionOutcome, WindowSource};

/// The heading: what is listed and how many.
pub(crate) fn heading(scope_titles: &[String], count: usize, lang: Lang) -> String {
    match (scope_titles.is_empty(), lang) {
        (true, Lang::Zh) => format!("公示：考核等次拟定结果，共 {count} 人"),
        (true, Lang::En) => format!("publication: the proposed grades, {count} officer(s)"),
        (false, Lang::Zh) => format!("公示：拟定{}等次人员名单，共 {count} 人", scope_titles.join("、")),
        (false, Lang::En) => {
            format!("publication: officers proposed for {}, {count}", scope_titles.join(", "))
        }
    }
}

/// One listed officer.
pub(crate) fn listed_line(o: &ListedOfficer, lang: Lang) -> String {
    let grade = match (&o.grade, o.grade_title.is_empty()) {
        (None, _) => super::wording::withheld(lang),
        (Some(g), true) => g.as_str(),
        (Some(_), false) => &o.grade_title,
    };
    match (o.rank, lang) {
        (0, Lang::Zh) => format!("{} {}，总分 {}，{grade}", o.officer, o.name, o.total),
        (r, Lang::Zh) => format!("第 {r} 名 {} {}，总分 {}，{grade}", o.officer, o.name, o.total),
        (0, Lang::En) => format!("{} {}, total {}, {grade}", o.officer, o.name, o.total),
        (r, Lang::En) => format!("rank {r}: {} {}, total {}, {grade}", o.officer, o.name, o.total),
    }
}

/// The window: notice, length and where it comes from, first and last day, the days counted.
pub(crate) fn window_lines(
    notice: Date,
    days: u16,
    source: WindowSource,
    counted: &[CountedDay],
    lang: Lang,
) -> Vec<String> {
    let first = notice.add_days(1).map(|d| d.to_string()).unwrap_or_default();
    let end = counted.last().map(|d| d.date.to_string()).unwrap_or_default();
    let source = match (source, lang) {
        (WindowSource::Declared, Lang::Zh) => "按声明",
        (WindowSource::Default, Lang::Zh) => "默认 5 个工作日，系方案选择而非法定期限",
        (WindowSource::Declared, Lang::En) => "as declared",
        (WindowSource::Default, Lang::En) => "the default of 5 working days: a choice, not a rule of law",
    };
    let swapped = |d: &CountedDay| d.kind == DayKind::SwappedWorkday;
    let shown: Vec<String> = counted
        .iter()
        .map(|d| match (swapped(d), lang) {
            (true, Lang::Zh) => format!("{}（调休上班）", d.date),
            (true, Lang::En) => format!("{} (weekend worked in exchange)", d.date),
            (false, _) => d.date.to_string(),
        })
        .collect();
    match lang {
        Lang::Zh => vec![
            format!("公示日期 {notice}；公示期 {days} 个工作日（{source}），自 {first} 起算，至 {end} 止"),
            format!("计入的工作日（节假日、周末不计，调休上班日计入）：{}", shown.join("、")),
            format!("对公示内容有异议的，请于公示期内（{end} 前）提出"),
        ],
        Lang::En => vec![
            format!("notice {notice}; window of {days} working days ({source}), from {first} to {end}"),
            format!(
                "working days counted (holidays and weekends not counted, weekend days worked in exchange counted): {}",
                shown.join(", ")
            ),
            format!("objections to the published result may be raised within the window (by {end})"),
        ],
    }
}

/// The final result's opening line.
pub(crate) fn closed_line(end: Date, as_of: Date, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("公示期已于 {end} 届满（截至 {as_of}）"),
        Lang::En => format!("the window closed on {end} (as of {as_of})"),
    }
}

/// One objection's outcome.
pub(crate) fn objection_line(
    who: &str,
    filed: Date,
    outcome: ObjectionOutcome,
    grade: &str,
    reason: &str,
    lang: Lang,
) -> String {
    let decided = match (outcome, lang) {
        (ObjectionOutcome::Upheld, Lang::Zh) => "维持原结果".to_owned(),
        (ObjectionOutcome::Changed, Lang::Zh) => format!("变更为{grade}"),
        (ObjectionOutcome::Rejected, Lang::Zh) => "驳回".to_owned(),
        (ObjectionOutcome::Upheld, Lang::En) => "result upheld".to_owned(),
        (ObjectionOutcome::Changed, Lang::En) => format!("changed to {grade}"),
        (ObjectionOutcome::Rejected, Lang::En) => "rejected".to_owned(),
    };
    match (reason.is_empty(), lang) {
        (true, Lang::Zh) => format!("{who}：{filed} 提出异议，{decided}"),
        (false, Lang::Zh) => format!("{who}：{filed} 提出异议，{decided}；理由：{reason}"),
        (true, Lang::En) => format!("{who}: objection of {filed}, {decided}"),
        (false, Lang::En) => format!("{who}: objection of {filed}, {decided}; reasons: {reason}"),
    }
}

/// The final list.
pub(crate) fn final_line(names: &[String], lang: Lang) -> String {
    match (names.is_empty(), lang) {
        (true, Lang::Zh) => "最终名单：无".to_owned(),
        (false, Lang::Zh) => format!("最终名单：{}（共 {} 人）", names.join("、"), names.len()),
        (true, Lang::En) => "final list: none".to_owned(),
        (false, Lang::En) => format!("final list: {} ({})", names.join(", "), names.len()),
    }
}
