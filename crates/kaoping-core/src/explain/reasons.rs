//! The message table of a tolerance decision's reasons: each [`ReasonFact`] worded in Chinese or
//! English.

use super::lines::title_in;
use super::wording::{join, join_owned};
use crate::model::explanation::Lang;
use crate::model::reason_fact::{CorrectionFact, EffectFact, PolicyList, ReasonFact};
use crate::model::tolerance::Outcome;

/// A reason worded in `lang`.
pub(crate) fn render(fact: &ReasonFact<'_>, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match *fact {
        ReasonFact::Responsibility { responsibility, culpability: Some(c) } => match lang {
            Lang::Zh => format!("责任认定：{}（{}）", responsibility.label(lang), c.label(lang)),
            Lang::En => format!("responsibility: {} ({})", responsibility.label(lang), c.label(lang)),
        },
        ReasonFact::Responsibility { responsibility, culpability: None } => {
            [if zh { "责任认定：" } else { "responsibility: " }, responsibility.label(lang)].concat()
        }
        ReasonFact::Precondition { id, title, found_wanting } => {
            let title = title_in(title, lang);
            match (lang, found_wanting) {
                (Lang::Zh, true) => format!("前提条件 {id} {title}：不符合"),
                (Lang::Zh, false) => format!("前提条件 {id} {title}：未认定"),
                (Lang::En, true) => format!("precondition {id} {title}: found wanting"),
                (Lang::En, false) => format!("precondition {id} {title}: not established"),
            }
        }
        ReasonFact::Item { list, id, title, evidence } => item(list, id, title_in(title, lang), evidence, lang),
        ReasonFact::History { prior, same_kind, tolerated, same_kind_tolerated } => match lang {
            Lang::Zh => format!(
                "此前事项 {prior} 件，其中同类 {same_kind} 件、已容错 {tolerated} 件、同类且已容错 {same_kind_tolerated} 件"
            ),
            Lang::En => format!(
                "{prior} earlier incident(s): {same_kind} of the same kind, {tolerated} tolerated, {same_kind_tolerated} of the same kind and tolerated"
            ),
        },
        ReasonFact::IntentNeverTolerated => {
            pick(zh, "故意违法办案，一律不予容错", "illegal handling by intent is never tolerated")
        }
        ReasonFact::RepeatNoLeniency { earlier } => match lang {
            Lang::Zh => format!("同类错误在已容错事项 {earlier} 之后再犯，不得从宽"),
            Lang::En => format!("the same error repeated after the tolerated incident {earlier}: no leniency at all"),
        },
        ReasonFact::InterferenceProtected => pick(
            zh,
            "如实记录干预过问情况受保护，不作不利评价",
            "recording outside interference is protected and never counts against the officer",
        ),
        ReasonFact::Rule { id, reason, outcome } => match lang {
            Lang::Zh => format!("适用规则 {id}：{} → {}", reason.zh, outcome.label(lang)),
            Lang::En => format!("rule {id} applies: {} → {}", title_in(reason, lang), outcome.label(lang)),
        },
        ReasonFact::Fallback { outcome } => match lang {
            Lang::Zh => format!("无规则适用，按默认处理：{}", outcome.label(lang)),
            Lang::En => format!("no rule applies: the policy's fallback is {}", outcome.label(lang)),
        },
        ReasonFact::NegativeNeverExempt { items } => match lang {
            Lang::Zh => format!("存在负面清单情形（{}），不得免责，不予容错", join(items, "、")),
            Lang::En => format!("negative-list fact(s) ({}) rule out exemption: not tolerated", join(items, ", ")),
        },
        ReasonFact::TreatedAsQualityFlaw => {
            pick(zh, "按规则作为办案质量瑕疵责任处理", "handled as quality-flaw responsibility under the rule")
        }
        ReasonFact::FlawNeverIllegal => pick(
            zh,
            "办案质量瑕疵不因累积或规则转为违法办案责任",
            "a quality flaw never becomes illegal-handling responsibility",
        ),
        ReasonFact::Correction { actions, deadline, as_of, state } => {
            let state = correction_state(state, lang);
            match lang {
                Lang::Zh => format!("纠错要求：{}；期限 {deadline}；截至 {as_of}：{state}", join_owned(actions, "；")),
                Lang::En => format!("correction: {}; due {deadline}; as of {as_of}: {state}", join_owned(actions, "; ")),
            }
        }
        ReasonFact::CorrectionOverdue { decided, outcome } => match lang {
            Lang::Zh => format!("纠错逾期未完成，按规定由{}改为{}", decided.label(lang), outcome.label(lang)),
            Lang::En => format!("correction overdue: the policy turns {} into {}", decided.label(lang), outcome.label(lang)),
        },
        ReasonFact::Effect { occurrences, effect } => {
            let effect = effect_text(effect, lang);
            match lang {
                Lang::Zh => format!("对考评的影响（{}）：{effect}", join(occurrences, "、")),
                Lang::En => format!("effect on the assessment ({}): {effect}", join(occurrences, ", ")),
            }
        }
        ReasonFact::Reopen { date, evidence, reason, earlier_as_of, earlier, now } => match lang {
            Lang::Zh => format!(
                "复查（{date}，新证据：{}；{reason}）：原决定（{earlier_as_of}）{} → 新决定 {}",
                join_owned(evidence, "、"),
                earlier.label(lang),
                now.label(lang)
            ),
            Lang::En => format!(
                "reopened ({date}, new evidence: {}; {reason}): earlier decision ({earlier_as_of}) {} → new decision {}",
                join_owned(evidence, ", "),
                earlier.label(lang),
                now.label(lang)
            ),
        },
    }
}

/// The outcome label of a reopened decision, naming the earlier outcome (waivers carry it).
pub(crate) fn reopened_outcome(now: Outcome, earlier: Outcome, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}（复查；原决定：{}）", now.zh(), earlier.zh()),
        Lang::En => format!("{} (reopened; earlier: {})", now.en(), earlier.en()),
    }
}

/// One of two fixed texts, owned.
fn pick(zh: bool, zh_text: &str, en_text: &str) -> String {
    if zh { zh_text } else { en_text }.to_owned()
}

/// zh `{list} {id} {title}（证据：{evidence}）`, en `{list} {id} {title} (evidence: {evidence})`.
fn item(list: PolicyList, id: &str, title: &str, evidence: &[&str], lang: Lang) -> String {
    let (zh, en) = match list {
        PolicyList::Positive => ("正面清单", "positive list"),
        PolicyList::Mitigation => ("从轻减轻情节", "mitigation"),
        PolicyList::Negative => ("负面清单", "negative list"),
    };
    match lang {
        Lang::Zh => {
            let evidence = if evidence.is_empty() { "无".to_owned() } else { join(evidence, "、") };
            format!("{zh} {id} {title}（证据：{evidence}）")
        }
        Lang::En => {
            let evidence = if evidence.is_empty() { "none".to_owned() } else { join(evidence, ", ") };
            format!("{en} {id} {title} (evidence: {evidence})")
        }
    }
}

/// A correction's state in `lang`.
fn correction_state(state: CorrectionFact, lang: Lang) -> String {
    let date = |d: Option<crate::base::date::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    match (state, lang) {
        (CorrectionFact::Pending, Lang::Zh) => "未完成，未到期".to_owned(),
        (CorrectionFact::Pending, Lang::En) => "pending, not yet due".to_owned(),
        (CorrectionFact::Done(d), Lang::Zh) => format!("已于 {} 完成", date(d)),
        (CorrectionFact::Done(d), Lang::En) => format!("done on {}", date(d)),
        (CorrectionFact::Late(days), Lang::Zh) => format!("逾期 {days} 天后完成"),
        (CorrectionFact::Late(days), Lang::En) => format!("done {days} day(s) after the deadline"),
        (CorrectionFact::Overdue(days), Lang::Zh) => format!("逾期未完成（{days} 天）"),
        (CorrectionFact::Overdue(days), Lang::En) => format!("overdue by {days} day(s)"),
    }
}

/// A decision's effect on the linked deductions and vetoes, in `lang`.
fn effect_text(effect: EffectFact, lang: Lang) -> String {
    match (effect, lang) {
        (EffectFact::Exempt, Lang::Zh) => "相关扣分与否决项全部免除，考评按未发生计算".to_owned(),
        (EffectFact::Exempt, Lang::En) => {
            "linked deductions and vetoes are removed: the assessment is computed as if they never existed"
                .to_owned()
        }
        (EffectFact::NotTolerated, Lang::Zh) => "相关扣分与否决项保留".to_owned(),
        (EffectFact::NotTolerated, Lang::En) => "linked deductions and vetoes stay".to_owned(),
        (EffectFact::Kept(kept), Lang::Zh) => format!("相关扣分保留 {kept}，否决项不变"),
        (EffectFact::Kept(kept), Lang::En) => {
            format!("linked deductions keep a share of {kept}; vetoes stay")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::line_fact::Title;

    #[test]
    fn items_without_evidence_say_so() {
        let fact = ReasonFact::Item {
            list: PolicyList::Mitigation,
            id: "TM01",
            title: Title::new("主动纠正", Some("corrected on own initiative")),
            evidence: &[],
        };
        assert_eq!(render(&fact, Lang::Zh), "从轻减轻情节 TM01 主动纠正（证据：无）");
        assert_eq!(render(&fact, Lang::En), "mitigation TM01 corrected on own initiative (evidence: none)");
    }

    #[test]
    fn correction_states_are_worded() {
        assert_eq!(correction_state(CorrectionFact::Late(3), Lang::Zh), "逾期 3 天后完成");
        assert_eq!(correction_state(CorrectionFact::Overdue(1), Lang::En), "overdue by 1 day(s)");
        let (exempt, lighter) = (Outcome::Exempt, Outcome::Lighter);
        assert_eq!(reopened_outcome(exempt, lighter, Lang::Zh), "免责（复查；原决定：从轻）");
        assert_eq!(reopened_outcome(exempt, lighter, Lang::En), "exempt (reopened; earlier: lighter)");
    }
}
