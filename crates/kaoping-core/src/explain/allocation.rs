//! The words of a bonus allocation: each fact of a share, and the rule the whole division
//! followed, in Chinese or English.

use crate::base::decimal::Decimal;
use crate::model::allocation::{AllocationDeclaration, AllocationMethod, Exclusion, ShareFact, SpecialCase};
use crate::model::explanation::Lang;

/// An amount of fen written in yuan with two decimals (`3333.34`).
pub(crate) fn yuan(fen: i64) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let abs = fen.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

fn method_name(method: AllocationMethod, lang: Lang) -> &'static str {
    match (method, lang) {
        (AllocationMethod::GradeCoefficient, Lang::Zh) => "按等次系数",
        (AllocationMethod::Score, Lang::Zh) => "按考评得分",
        (AllocationMethod::CoefficientTimesScore, Lang::Zh) => "按等次系数 × 考评得分",
        (AllocationMethod::GradeCoefficient, Lang::En) => "by grade coefficient",
        (AllocationMethod::Score, Lang::En) => "by total score",
        (AllocationMethod::CoefficientTimesScore, Lang::En) => "by grade coefficient × total score",
    }
}

fn exclusion_name(why: Exclusion, lang: Lang) -> &'static str {
    match (why, lang) {
        (Exclusion::Vetoed, Lang::Zh) => "适用否决项",
        (Exclusion::Withheld, Lang::Zh) => "不确定等次",
        (Exclusion::Vetoed, Lang::En) => "vetoed",
        (Exclusion::Withheld, Lang::En) => "grade withheld",
    }
}

fn coefficient_text(coefficient: Option<(Decimal, Option<Exclusion>)>, lang: Lang) -> String {
    match (coefficient, lang) {
        (Some((c, None)), Lang::Zh) => format!("等次系数 {c}"),
        (Some((c, None)), Lang::En) => format!("grade coefficient {c}"),
        (Some((c, Some(why))), Lang::Zh) => format!("{}人员的声明系数 {c}", exclusion_name(why, lang)),
        (Some((c, Some(why))), Lang::En) => {
            format!("declared coefficient {c} ({})", exclusion_name(why, lang))
        }
        (None, _) => String::new(),
    }
}

/// One fact of a share worded in `lang`.
pub(crate) fn render_share(fact: &ShareFact, lang: Lang) -> String {
    match (fact, lang) {
        (ShareFact::Weight { method, coefficient, total, weight }, _) => {
            let c = coefficient_text(*coefficient, lang);
            match (method, lang) {
                (AllocationMethod::GradeCoefficient, Lang::Zh) => format!("权重：{c}"),
                (AllocationMethod::GradeCoefficient, Lang::En) => format!("weight: {c}"),
                (AllocationMethod::Score, Lang::Zh) => {
                    format!("权重：考评得分 {total}（负分按 0 计）= {weight}")
                }
                (AllocationMethod::Score, Lang::En) => {
                    format!("weight: total score {total} (below 0 counts as 0) = {weight}")
                }
                (AllocationMethod::CoefficientTimesScore, Lang::Zh) => {
                    format!("权重：{c} × 考评得分 {total} = {weight}")
                }
                (AllocationMethod::CoefficientTimesScore, Lang::En) => {
                    format!("weight: {c} × total score {total} = {weight}")
                }
            }
        }
        (ShareFact::Exact { pool_fen, weight, weight_total, floor_fen, remainder }, Lang::Zh) => format!(
            "应得：奖金池 {} 元 × {weight} ÷ 权重合计 {weight_total} = {} 元，余 {remainder} 分",
            yuan(*pool_fen),
            yuan(*floor_fen)
        ),
        (ShareFact::Exact { pool_fen, weight, weight_total, floor_fen, remainder }, Lang::En) => format!(
            "exact share: pool {} × {weight} ÷ total weight {weight_total} = {} and {remainder} of a fen",
            yuan(*pool_fen),
            yuan(*floor_fen)
        ),
        (ShareFact::Remainder { place, leftover, got: true }, Lang::Zh) => {
            format!("尾差：余数排第 {place} 位，剩余 {leftover} 分按最大余数法分配，补 1 分")
        }
        (ShareFact::Remainder { place, leftover, got: false }, Lang::Zh) => {
            format!("尾差：余数排第 {place} 位，剩余 {leftover} 分已由前 {leftover} 位补足，不补")
        }
        (ShareFact::Remainder { place, leftover, got: true }, Lang::En) => {
            format!("remainder: place {place}; the {leftover} fen left go to the largest remainders: one more fen")
        }
        (ShareFact::Remainder { place, leftover, got: false }, Lang::En) => {
            format!("remainder: place {place}; the {leftover} fen left went to the first {leftover}: none")
        }
        (ShareFact::Amount { fen }, Lang::Zh) => format!("分得 {} 元", yuan(*fen)),
        (ShareFact::Amount { fen }, Lang::En) => format!("share: {}", yuan(*fen)),
        (ShareFact::Excluded(why), Lang::Zh) => {
            format!("{}：按声明不参与分配，分得 0.00 元", exclusion_name(*why, lang))
        }
        (ShareFact::Excluded(why), Lang::En) => {
            format!("{}: excluded as declared, share 0.00", exclusion_name(*why, lang))
        }
    }
}

fn case_text(case: SpecialCase, who: Exclusion, lang: Lang) -> String {
    let who = exclusion_name(who, lang);
    match (case, lang) {
        (SpecialCase::AsGraded {}, Lang::Zh) => format!("{who}人员按其等次参与"),
        (SpecialCase::Exclude {}, Lang::Zh) => format!("{who}人员不参与"),
        (SpecialCase::Coefficient { coefficient }, Lang::Zh) => format!("{who}人员按系数 {coefficient} 参与"),
        (SpecialCase::AsGraded {}, Lang::En) => format!("{who}: shares as graded"),
        (SpecialCase::Exclude {}, Lang::En) => format!("{who}: excluded"),
        (SpecialCase::Coefficient { coefficient }, Lang::En) => format!("{who}: coefficient {coefficient}"),
    }
}

/// The rule of the whole division, worded in `lang`.
pub(crate) fn summary(
    decl: &AllocationDeclaration,
    pool_fen: i64,
    weight_total: Decimal,
    leftover: u32,
    lang: Lang,
) -> Vec<String> {
    let method = method_name(decl.method, lang);
    let vetoed = case_text(decl.vetoed, Exclusion::Vetoed, lang);
    let withheld = case_text(decl.withheld, Exclusion::Withheld, lang);
    let pool = yuan(pool_fen);
    match lang {
        Lang::Zh => vec![
            format!("奖金池 {pool} 元，{method}分配，权重合计 {weight_total}；{vetoed}，{withheld}"),
            format!(
                "各人先取应得额的整分，剩余 {leftover} 分按最大余数法逐一补 1 分（余数相同时总分高者优先，再按工号升序）；合计 {pool} 元"
            ),
        ],
        Lang::En => vec![
            format!("pool {pool}, {method}, total weight {weight_total}; {vetoed}; {withheld}"),
            format!(
                "each share is first cut to whole fen; the {leftover} fen left go one each to the largest remainders (equal remainders: higher total first, then officer id ascending); total {pool}"
            ),
        ],
    }
}
