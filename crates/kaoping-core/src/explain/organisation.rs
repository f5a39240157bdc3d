//! The message table of organisations: how a unit's result was aggregated from its members, in
//! Chinese or English.

use super::lines::title_in;
use crate::model::explanation::Lang;
use crate::model::organisation::UnitFact;

/// A unit's aggregation worded in `lang`, figures shown with `dp` decimals.
pub(crate) fn render_unit(fact: &UnitFact<'_>, lang: Lang, dp: u32) -> String {
    match *fact {
        UnitFact::Mean { unit, members, sum, mean } => {
            let (sum, mean) = (sum.format_dp(dp), mean.format_dp(dp));
            match lang {
                Lang::Zh => format!("{}：{members} 人总分合计 {sum} ÷ {members} = {mean}（平均）", unit.zh),
                Lang::En => format!(
                    "{}: the {members} members' totals sum to {sum}, ÷ {members} = {mean} (mean)",
                    title_in(unit, lang)
                ),
            }
        }
        UnitFact::Weighted { unit, input, members, weighted, weights, mean } => {
            let (weighted, weights, mean) =
                (weighted.format_dp(dp), weights.format_dp(dp), mean.format_dp(dp));
            match lang {
                Lang::Zh => format!(
                    "{}：{members} 人按「{}」加权，Σ（总分 × {}）= {weighted}，Σ{} = {weights}，{weighted} ÷ {weights} = {mean}（加权平均）",
                    unit.zh, input.zh, input.zh, input.zh
                ),
                Lang::En => {
                    let input = title_in(input, lang);
                    format!(
                        "{}: {members} members weighted by {input}, Σ(total × {input}) = {weighted}, Σ {input} = {weights}, {weighted} ÷ {weights} = {mean} (weighted mean)",
                        title_in(unit, lang)
                    )
                }
            }
        }
        UnitFact::Empty { unit, members: 0 } => match lang {
            Lang::Zh => format!("{}：无考评对象，无单位结果", unit.zh),
            Lang::En => format!("{}: no members assessed, no unit result", title_in(unit, lang)),
        },
        UnitFact::Empty { unit, members } => match lang {
            Lang::Zh => format!("{}：{members} 人均无加权依据（权重合计为 0），无单位结果", unit.zh),
            Lang::En => {
                format!(
                    "{}: none of the {members} members has a weight (they sum to 0), no unit result",
                    title_in(unit, lang)
                )
            }
        },
    }
}
