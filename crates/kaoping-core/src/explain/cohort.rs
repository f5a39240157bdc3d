//! The message table of a cohort's quota texts: each [`QuotaFact`] worded in Chinese or English.

use super::lines::title_in;
use crate::model::cohort_fact::{QuotaFact, QuotaPlaces};
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
                    format!(
                        "{grade}名额：{n} 人 × {share}% = {exact}，{rounding}为 {places} 名；参与 {candidates} 人，保留 {kept} 人，调整 {moved} 人{vetoed}"
                    )
                }
                Lang::En => {
                    let vetoed = if veto_excluded == 0 {
                        String::new()
                    } else {
                        format!("; {veto_excluded} excluded by a veto take no place")
                    };
                    format!(
                        "{grade} quota: {n} × {share}% = {exact}, {rounding} to {places} place(s); {candidates} competed, {kept} kept, {moved} moved{vetoed}"
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
                Lang::Zh => format!(
                    "{from}名额 {places} 名（{n} 人 × {share}% = {exact}，{rounding}）已满；排名第 {rank}（总分 {total}），{tie}由{from}调整为{to}"
                ),
                Lang::En => format!(
                    "the {places} place(s) of {from} ({n} × {share}% = {exact}, {rounding}) are taken; rank {rank} (total {total}), {tie}moved from {from} to {to}"
                ),
            }
        }
    }
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
}
