//! The message table of a cohort's texts: each [`QuotaFact`], tie-break key and ranked-table
//! word in Chinese or English.

use super::lines::title_in;
use super::wording::pick;
use crate::model::cohort_fact::{QuotaFact, QuotaPlaces, RowFlag, TableColumn, TieKeyFact};
use crate::model::explanation::Lang;
use crate::model::scheme::QuotaRounding;

/// A quota fact worded in `lang`, totals shown with `dp` decimals.
pub(crate) fn render_quota(fact: &QuotaFact<'_>, lang: Lang, dp: u32) -> String {
    match *fact {
        QuotaFact::Outcome { places: p, candidates, kept, moved, veto_excluded } => {
            let QuotaPlaces { cohort: n, exact, places, .. } = p;
            let (grade, share, rounding) =
                (title_in(p.grade, lang), p.share_pct.format_dp(0), rounding_text(p.rounding, lang));
            match lang {
                Lang::Zh => {
                    let vetoed = if veto_excluded == 0 {
                        String::new()
                    } else {
                        format!("；{veto_excluded} 人因否决项不占名额")
                    };
                    let within = p.unit.map(|u| format!("「{u}」内")).unwrap_or_default();
                    format!(
                        "{within}{grade}名额：{n} 人 × {share}% = {exact}，{rounding}为 {places} 名；参与 {candidates} 人，保留 {kept} 人，调整 {moved} 人{vetoed}"
                    )
                }
                Lang::En => {
                    let vetoed = if veto_excluded == 0 {
                        String::new()
                    } else {
                        format!("; {veto_excluded} excluded by a veto take no place")
                    };
                    let within = p.unit.map(|u| format!(" in unit {u}")).unwrap_or_default();
                    format!(
                        "{grade} quota{within}: {n} × {share}% = {exact}, {rounding} to {places} place(s); {candidates} competed, {kept} kept, {moved} moved{vetoed}"
                    )
                }
            }
        }
        QuotaFact::Moved { places: p, rank, total, tie, to } => {
            let QuotaPlaces { cohort: n, exact, places, .. } = p;
            let (from, to) = (title_in(p.grade, lang), title_in(to, lang));
            let (share, rounding, total) =
                (p.share_pct.format_dp(0), rounding_text(p.rounding, lang), total.format_dp(dp));
            let tie = match (tie, lang) {
                (Some((with, key)), Lang::Zh) => format!("与 {with} 总分相同，按{}排在其后；", key.zh),
                (Some((with, key)), Lang::En) => {
                    format!("tied on total with {with}, placed after by {}; ", title_in(key, lang))
                }
                (None, _) => String::new(),
            };
            match lang {
                Lang::Zh => {
                    let within = p.unit.map(|u| format!("「{u}」内")).unwrap_or_default();
                    format!(
                        "{within}{from}名额 {places} 名（{n} 人 × {share}% = {exact}，{rounding}）已满；排名第 {rank}（总分 {total}），{tie}由{from}调整为{to}"
                    )
                }
                Lang::En => {
                    let within = p.unit.map(|u| format!(" in unit {u}")).unwrap_or_default();
                    format!(
                        "the {places} place(s) of {from}{within} ({n} × {share}% = {exact}, {rounding}) are taken; rank {rank} (total {total}), {tie}moved from {from} to {to}"
                    )
                }
            }
        }
    }
}

/// A tie-break key named in `lang`.
pub(crate) fn tie_key(fact: TieKeyFact<'_>, lang: Lang) -> String {
    match (fact, lang) {
        (TieKeyFact::Total, _) => pick(lang, "总分", "total").to_owned(),
        (TieKeyFact::Dimension(title), Lang::Zh) => format!("{}维度得分", title.zh),
        (TieKeyFact::Dimension(title), Lang::En) => format!("{} dimension score", title_in(title, lang)),
        (TieKeyFact::FewerDeductions, _) => pick(lang, "扣分较少", "fewer deduction points").to_owned(),
        (TieKeyFact::OfficerId, _) => pick(lang, "工号顺序", "officer id").to_owned(),
    }
}

/// A column heading of the ranked cohort table in `lang`.
pub(crate) fn column_heading(column: TableColumn, lang: Lang) -> &'static str {
    match column {
        TableColumn::Rank => pick(lang, "名次", "rank"),
        TableColumn::Id => pick(lang, "工号", "id"),
        TableColumn::Name => pick(lang, "姓名", "name"),
        TableColumn::Total => pick(lang, "总分", "total"),
        TableColumn::ScoreGrade => pick(lang, "分数等次", "by score"),
        TableColumn::FinalGrade => pick(lang, "最终等次", "final"),
        TableColumn::Flags => pick(lang, "标记", "flags"),
    }
}

/// A row's flags in `lang`, listed.
pub(crate) fn row_flags(flags: &[RowFlag], lang: Lang) -> String {
    let words: Vec<&str> = flags
        .iter()
        .map(|f| match f {
            RowFlag::Veto => pick(lang, "否决", "veto"),
            RowFlag::Incomplete => pick(lang, "不完整", "incomplete"),
            RowFlag::Disagreement => pick(lang, "分歧", "disagreement"),
            RowFlag::Tolerance => pick(lang, "容错", "tolerance"),
            RowFlag::Quota => pick(lang, "名额调整", "quota"),
        })
        .collect();
    super::wording::join(&words, pick(lang, "、", ", "))
}

/// The table's line for an officer whose grade a quota changed, with its reason, in `lang`.
pub(crate) fn change_line(officer: &str, reason: &str, lang: Lang) -> String {
    format!("· {officer}{}{reason}\n", pick(lang, "：", ": "))
}

/// A quota's rounding in `lang`.
fn rounding_text(r: QuotaRounding, lang: Lang) -> &'static str {
    match (r, lang) {
        (QuotaRounding::Floor, Lang::Zh) => "向下取整",
        (QuotaRounding::Floor, Lang::En) => "rounded down",
        (QuotaRounding::Nearest, Lang::Zh) => "四舍五入",
        (QuotaRounding::Nearest, Lang::En) => "rounded to nearest",
        (QuotaRounding::Ceil, Lang::Zh) => "向上取整",
        (QuotaRounding::Ceil, Lang::En) => "rounded up",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::decimal::Decimal;
    use crate::model::line_fact::Title;

    #[test]
    fn a_moved_officer_names_the_tie_and_both_grades() {
        let d = |s: &str| Decimal::parse(s).unwrap_or_default();
        let places = QuotaPlaces {
            grade: Title::new("优秀", Some("Excellent")),
            unit: None,
            cohort: 7,
            share_pct: d("20"),
            exact: d("1.4"),
            rounding: QuotaRounding::Floor,
            places: 1,
        };
        let fact = QuotaFact::Moved {
            places,
            rank: 2,
            total: d("91.5"),
            tie: Some(("J-001", Title::new("案件质量", Some("case quality")))),
            to: Title::new("称职", None),
        };
        assert_eq!(
            render_quota(&fact, Lang::Zh, 2),
            "优秀名额 1 名（7 人 × 20% = 1.4，向下取整）已满；排名第 2（总分 91.50），与 J-001 总分相同，按案件质量排在其后；由优秀调整为称职"
        );
        assert_eq!(
            render_quota(&fact, Lang::En, 1),
            "the 1 place(s) of Excellent (7 × 20% = 1.4, rounded down) are taken; rank 2 (total 91.5), tied on total with J-001, placed after by case quality; moved from Excellent to 称职"
        );
    }

    #[test]
    fn tie_keys_and_table_words_are_worded_in_both_languages() {
        let quality = TieKeyFact::Dimension(Title::new("办案质量", Some("case quality")));
        assert_eq!(tie_key(quality, Lang::Zh), "办案质量维度得分");
        assert_eq!(tie_key(quality, Lang::En), "case quality dimension score");
        assert_eq!(tie_key(TieKeyFact::Dimension(Title::new("D9", None)), Lang::En), "D9 dimension score");
        assert_eq!(tie_key(TieKeyFact::FewerDeductions, Lang::Zh), "扣分较少");
        assert_eq!(tie_key(TieKeyFact::OfficerId, Lang::En), "officer id");
        let headings = TableColumn::ALL.map(|c| column_heading(c, Lang::Zh));
        assert_eq!(headings, ["名次", "工号", "姓名", "总分", "分数等次", "最终等次", "标记"]);
        assert_eq!(column_heading(TableColumn::ScoreGrade, Lang::En), "by score");
        let flags = [RowFlag::Veto, RowFlag::Quota];
        assert_eq!(row_flags(&flags, Lang::Zh), "否决、名额调整");
        assert_eq!(row_flags(&flags, Lang::En), "veto, quota");
        assert_eq!(row_flags(&[], Lang::En), "");
        assert_eq!(change_line("J-02", "调整", Lang::Zh), "· J-02：调整\n");
        assert_eq!(change_line("J-02", "moved", Lang::En), "· J-02: moved\n");
    }
}
