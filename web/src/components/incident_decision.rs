//! The core's decision about one tolerance incident: outcome, what is kept, the reasons, the
//! correction's state, and a button recording it in the audit trail.

use crate::components::app::Ctx;
use crate::components::problems::ProblemList;
use crate::i18n::{Lang, Msg};
use crate::state::Action;
use kaoping_core::rules::tolerance::{CorrectionState, ReasonKind};
use yew::prelude::*;

/// Properties of [`IncidentDecision`].
#[derive(Properties, PartialEq)]
pub struct IncidentDecisionProps {
    /// Incident index.
    pub id: String,
}

/// The decision about one incident, or its problems.
#[function_component(IncidentDecision)]
pub fn incident_decision(props: &IncidentDecisionProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let st = &ctx.state;
    let lang = st.lang();
    let id = props.id.clone();
    let decide = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Decide(id.clone())))
    };
    let button =
        html! { <button id="record-decision" onclick={decide}>{ Msg::RecordDecision.text(lang) }</button> };
    let Some(record) = st.incident(&props.id) else { return html! {} };
    match &record.decision {
        Some(rec) => {
            let d = &rec.decision;
            html! {
            <div class="decision" id="decision">
                { button }
                <p class="meta" id="decision-by">{ format!("{}：{} · {}", Msg::DecidedBy.text(lang), st.person(&rec.actor), crate::components::audit_view::when(rec.at)) }</p>
                <div class="summary">
                    <div class="big"><span class="label">{ Msg::Decision.text(lang) }</span><span id="decision-outcome" class={classes!("value", format!("outcome-{:?}", d.outcome).to_lowercase())}>{ d.outcome.label(lang) }</span></div>
                    <div class="big"><span class="label">{ Msg::Kept.text(lang) }</span><span class="value">{ d.effect.kept.to_string() }</span></div>
                    <div class="big"><span class="label">{ Msg::AsOf.text(lang) }</span><span class="value small-value">{ d.as_of.to_string() }</span></div>
                </div>
                <h3>{ Msg::Reasons.text(lang) }</h3>
                <table class="grid" id="decision-reasons"><tbody>
                { for d.reasons.iter().map(|r| html! {
                    <tr><td>{ reason_kind(r.kind, lang) }</td><td class="mono">{ r.reference.clone().unwrap_or_default() }</td><td>{ &r.text }</td></tr>
                }) }
                </tbody></table>
                { d.correction.as_ref().map(|c| html! {
                    <table class="grid kv" id="correction-status">
                        <tr><th>{ Msg::Deadline.text(lang) }</th><td class="mono">{ c.deadline.to_string() }</td>
                            <th>{ Msg::State.text(lang) }</th><td class={classes!("mono", format!("state-{:?}", c.state).to_lowercase())}>{ correction_state(c.state, lang) }</td>
                            <th>{ Msg::DaysLate.text(lang) }</th><td class="num">{ c.days_late }</td></tr>
                    </table>
                }) }
                if !d.warnings.is_empty() { <ProblemList problems={d.warnings.clone()} /> }
            </div>
            }
        }
        None => {
            html! { <div class="decision" id="decision">{ button }<p class="hint" id="decision-none">{ Msg::NotDecided.text(lang) }</p></div> }
        }
    }
}

/// The name of a kind of reason.
fn reason_kind(kind: ReasonKind, lang: Lang) -> &'static str {
    let (zh, en) = match kind {
        ReasonKind::Responsibility => ("责任认定", "responsibility"),
        ReasonKind::Precondition => ("前提条件", "precondition"),
        ReasonKind::Positive => ("正面清单", "positive list"),
        ReasonKind::Mitigation => ("从轻减轻", "mitigation"),
        ReasonKind::Negative => ("负面清单", "negative list"),
        ReasonKind::History => ("既往情况", "history"),
        ReasonKind::Rule => ("适用规则", "rule"),
        ReasonKind::Fallback => ("兜底规则", "fallback"),
        ReasonKind::Invariant => ("不变规则", "invariant"),
        ReasonKind::Correction => ("纠错整改", "correction"),
        ReasonKind::Reopen => ("重新认定", "reopening"),
        ReasonKind::Effect => ("考评影响", "effect"),
    };
    if lang == Lang::Zh {
        zh
    } else {
        en
    }
}

/// The name of a correction's state.
fn correction_state(state: CorrectionState, lang: Lang) -> &'static str {
    let (zh, en) = match state {
        CorrectionState::Pending => ("整改中", "pending"),
        CorrectionState::Done => ("按期完成", "done"),
        CorrectionState::Late => ("逾期完成", "done late"),
        CorrectionState::Overdue => ("逾期未完成", "overdue"),
    };
    if lang == Lang::Zh {
        zh
    } else {
        en
    }
}
