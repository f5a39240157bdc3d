//! Tolerance review: the incident form with the policy's preconditions, positive, mitigation and
//! negative lists (with descriptions); the core's decision and reasons update as facts are
//! ticked; correction tracking with deadlines.

use crate::components::app::Ctx;
use crate::components::problems::ProblemList;
use crate::i18n::{pick, Lang, Msg};
use crate::state::{Action, IncidentEdit};
use kaoping_core::rules::tolerance::{
    overdue_corrections, CorrectionState, Culpability, PolicyItem, ReasonKind, Responsibility,
};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

fn checklist(
    items: &[PolicyItem],
    lang: Lang,
    checked: impl Fn(&str) -> bool,
    on: impl Fn(String, bool) -> Action + Clone + 'static,
    ctx: &Ctx,
    class: &'static str,
) -> Html {
    html! {
        <table class={classes!("grid", "checklist", class)}>
            <tbody>
            { for items.iter().map(|it| {
                let id = it.id.as_str().to_string();
                let is = checked(&id);
                let onchange = {
                    let ctx = ctx.clone();
                    let on = on.clone();
                    let id = id.clone();
                    Callback::from(move |e: Event| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        ctx.dispatch(on(id.clone(), input.checked()));
                    })
                };
                html! {
                    <tr>
                        <td class="check"><input type="checkbox" data-item={id.clone()} checked={is} {onchange} /></td>
                        <td class="mono">{ &id }</td>
                        <td><strong>{ pick(lang, &it.title, it.title_en.as_deref()) }</strong>
                            <div class="sub">{ &it.description }{ it.source.as_ref().map(|s| format!(" （{s}）")).unwrap_or_default() }</div></td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
    }
}

/// The tolerance review screen.
#[function_component(ToleranceView)]
pub fn tolerance_view() -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let st = &ctx.state;
    let lang = st.lang();
    let policy = match &st.policy {
        Ok(p) => p,
        Err(p) => return html! { <section class="panel"><ProblemList problems={p.clone()} /></section> },
    };
    let add = {
        let ctx = ctx.clone();
        let officer = st.ui.selected.unwrap_or(0);
        Callback::from(move |_| ctx.dispatch(Action::AddIncident(officer)))
    };
    let selected_name = st
        .ui
        .selected
        .and_then(|i| st.ws.dossiers.get(i))
        .map(|d| d.officer.name.clone())
        .unwrap_or_default();
    let list = html! {
        <div>
            <button id="incident-new" onclick={add}>{ format!("{}（{selected_name}）", Msg::NewIncident.text(lang)) }</button>
            <table class="grid" id="incident-list">
                <thead><tr><th>{ Msg::Incident.text(lang) }</th><th>{ Msg::Officer.text(lang) }</th><th>{ Msg::Date.text(lang) }</th><th>{ Msg::Decision.text(lang) }</th><th></th></tr></thead>
                <tbody>
                { for st.ws.incidents.iter().enumerate().map(|(k, inc)| {
                    let select = { let ctx = ctx.clone(); Callback::from(move |_| ctx.dispatch(Action::SelectIncident(k))) };
                    let remove = { let ctx = ctx.clone(); Callback::from(move |e: MouseEvent| { e.stop_propagation(); ctx.dispatch(Action::RemoveIncident(k)) }) };
                    let outcome = match st.decisions.get(k) {
                        Some(Ok(d)) => d.outcome_title.clone(),
                        _ => "—".into(),
                    };
                    let name = st.ws.dossiers.iter().find(|d| d.officer.id == inc.officer).map(|d| d.officer.name.clone()).unwrap_or_default();
                    html! {
                        <tr class={classes!((st.ui.incident == Some(k)).then_some("selected"))} onclick={select} data-incident={inc.id.clone()}>
                            <td class="mono">{ &inc.id }</td><td>{ format!("{} {name}", inc.officer) }</td>
                            <td class="mono">{ inc.date.to_string() }</td><td class="outcome">{ outcome }</td>
                            <td><button class="small" onclick={remove}>{ Msg::Remove.text(lang) }</button></td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            if st.ws.incidents.is_empty() { <p class="hint">{ Msg::NoIncidents.text(lang) }</p> }
            { overdue(st, lang) }
        </div>
    };
    let Some((k, inc)) = st.ui.incident.and_then(|k| st.ws.incidents.get(k).map(|i| (k, i))) else {
        return html! { <div class="split"><section class="pane-left">{ list }</section><section class="pane-right"><p class="hint">{ Msg::NoIncidents.text(lang) }</p></section></div> };
    };
    let edit = |f: fn(String) -> IncidentEdit| {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let value = if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                t.value()
            } else {
                e.target_unchecked_into::<HtmlInputElement>().value()
            };
            ctx.dispatch(Action::EditIncident { index: k, edit: f(value) });
        })
    };
    let on_resp = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let r = if s.value() == "illegalHandling" {
                Responsibility::IllegalHandling
            } else {
                Responsibility::QualityFlaw
            };
            ctx.dispatch(Action::EditIncident { index: k, edit: IncidentEdit::Responsibility(r) });
        })
    };
    let on_culp = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let c = match s.value().as_str() {
                "generalNegligence" => Some(Culpability::GeneralNegligence),
                "grossNegligence" => Some(Culpability::GrossNegligence),
                "intentional" => Some(Culpability::Intentional),
                _ => None,
            };
            ctx.dispatch(Action::EditIncident { index: k, edit: IncidentEdit::Culpability(c) });
        })
    };
    let has_fact = |id: &str| inc.facts.iter().any(|f| f.item.as_str() == id);
    let fact_action =
        move |id: String, on: bool| Action::EditIncident { index: k, edit: IncidentEdit::Fact(id, on) };
    let evidence_inputs = html! {
        { for inc.facts.iter().map(|f| {
            let ctx = ctx.clone();
            let id = f.item.as_str().to_string();
            let id2 = id.clone();
            let onchange = Callback::from(move |e: Event| {
                let t: HtmlTextAreaElement = e.target_unchecked_into();
                ctx.dispatch(Action::EditIncident { index: k, edit: IncidentEdit::Evidence(id2.clone(), t.value()) });
            });
            html! { <label class="evidence">{ format!("{id} {}", Msg::Evidence.text(lang)) }
                <textarea rows="2" data-evidence={id.clone()} value={f.evidence.join("\n")} {onchange} /></label> }
        }) }
    };
    let dossier = st.ws.dossiers.iter().find(|d| d.officer.id == inc.officer);
    let linkable: Vec<(String, String)> = dossier
        .map(|d| {
            d.occurrences
                .iter()
                .filter(|o| {
                    st.ws.scheme.deductions.items.iter().any(|i| i.id == o.item)
                        || st.ws.scheme.vetoes.iter().any(|v| v.id == o.item)
                })
                .map(|o| {
                    (
                        o.id.as_str().to_string(),
                        format!(
                            "{} · {} · {} {}",
                            o.id,
                            o.item,
                            o.date,
                            o.reference.clone().unwrap_or_default()
                        ),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let correction = inc.correction.clone();
    let form = html! {
        <div class="incident-form" data-incident={inc.id.clone()}>
            <table class="grid kv">
                <tr><th>{ Msg::Incident.text(lang) }</th><td class="mono">{ &inc.id }</td><th>{ Msg::Officer.text(lang) }</th><td>{ inc.officer.as_str() }</td></tr>
                <tr><th>{ Msg::Date.text(lang) }</th><td><input id="inc-date" type="date" value={inc.date.to_string()} onchange={edit(IncidentEdit::Date)} /></td>
                    <th>{ Msg::Kind.text(lang) }</th><td><input id="inc-kind" value={inc.kind.clone()} onchange={edit(IncidentEdit::Kind)} /></td></tr>
                <tr><th>{ Msg::Description.text(lang) }</th><td colspan="3"><textarea id="inc-description" rows="2" value={inc.description.clone()} onchange={edit(IncidentEdit::Description)} /></td></tr>
                <tr><th>{ Msg::Responsibility.text(lang) }</th><td>
                    <select id="inc-responsibility" onchange={on_resp}>
                        <option value="qualityFlaw" selected={inc.responsibility == Responsibility::QualityFlaw}>{ Responsibility::QualityFlaw.label(lang) }</option>
                        <option value="illegalHandling" selected={inc.responsibility == Responsibility::IllegalHandling}>{ Responsibility::IllegalHandling.label(lang) }</option>
                    </select></td>
                    <th>{ Msg::Culpability.text(lang) }</th><td>
                    <select id="inc-culpability" onchange={on_culp} disabled={inc.responsibility == Responsibility::QualityFlaw}>
                        <option value="" selected={inc.culpability.is_none()}>{ Msg::NoCulpability.text(lang) }</option>
                        { for [Culpability::GeneralNegligence, Culpability::GrossNegligence, Culpability::Intentional].into_iter().map(|c| html! {
                            <option value={kaoping_json::ToJsonKey::key_str(&c).to_owned()} selected={inc.culpability == Some(c)}>{ c.label(lang) }</option>
                        }) }
                    </select></td></tr>
            </table>
            <h3>{ Msg::Preconditions.text(lang) }</h3>
            { checklist(&policy.preconditions, lang, |id| inc.preconditions.get(id).copied().unwrap_or(false),
                move |id, on| Action::EditIncident { index: k, edit: IncidentEdit::Precondition(id, on) }, &ctx, "preconditions") }
            <h3>{ Msg::PositiveList.text(lang) }</h3>
            { checklist(&policy.positive, lang, has_fact, fact_action, &ctx, "positive") }
            <h3>{ Msg::MitigationList.text(lang) }</h3>
            { checklist(&policy.mitigation, lang, has_fact, fact_action, &ctx, "mitigation") }
            <h3>{ Msg::NegativeList.text(lang) }</h3>
            { checklist(&policy.negative, lang, has_fact, fact_action, &ctx, "negative") }
            <div class="evidence-list">{ evidence_inputs }</div>
            <h3>{ Msg::Linked.text(lang) }</h3>
            <table class="grid"><tbody>
            { for linkable.iter().map(|(id, label)| {
                let ctx = ctx.clone();
                let id2 = id.clone();
                let onchange = Callback::from(move |e: Event| {
                    let input: HtmlInputElement = e.target_unchecked_into();
                    ctx.dispatch(Action::EditIncident { index: k, edit: IncidentEdit::Linked(id2.clone(), input.checked()) });
                });
                html! { <tr><td class="check"><input type="checkbox" data-linked={id.clone()} checked={inc.linked.iter().any(|o| o.as_str() == id)} {onchange} /></td><td>{ label }</td></tr> }
            }) }
            </tbody></table>
            <h3>{ Msg::Correction.text(lang) }</h3>
            <table class="grid kv">
                <tr><th>{ Msg::Actions.text(lang) }</th><td colspan="3"><textarea id="inc-actions" rows="2" value={correction.as_ref().map(|c| c.actions.join("\n")).unwrap_or_default()} onchange={edit(IncidentEdit::Actions)} /></td></tr>
                <tr><th>{ Msg::Deadline.text(lang) }</th><td><input id="inc-deadline" type="date" value={correction.as_ref().and_then(|c| c.deadline).map(|d| d.to_string()).unwrap_or_default()} onchange={edit(IncidentEdit::Deadline)} /></td>
                    <th>{ Msg::Completed.text(lang) }</th><td><input id="inc-completed" type="date" value={correction.as_ref().and_then(|c| c.completed).map(|d| d.to_string()).unwrap_or_default()} onchange={edit(IncidentEdit::Completed)} /></td></tr>
            </table>
        </div>
    };
    let decision = match st.decisions.get(k) {
        Some(Ok(d)) => html! {
            <div class="decision" id="decision">
                <button id="record-decision" onclick={{ let ctx = ctx.clone(); Callback::from(move |_| ctx.dispatch(Action::RecordDecision { index: k, today: crate::components::sheets_view::today() })) }}>{ Msg::RecordDecision.text(lang) }</button>
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
        },
        Some(Err(p)) => {
            html! { <div class="error-box" id="decision"><h3>{ Msg::DecisionProblems.text(lang) }</h3><ProblemList problems={p.clone()} /></div> }
        }
        None => html! {},
    };
    html! {
        <div class="split tolerance">
            <section class="pane-left">
                <p class="meta">{ format!("{}: {} {}", Msg::Policy.text(lang), pick(lang, &policy.title, policy.title_en.as_deref()), policy.version) }</p>
                { list }
                { decision }
            </section>
            <section class="pane-right">{ form }</section>
        </div>
    }
}

fn overdue(st: &crate::state::AppState, lang: Lang) -> Html {
    let decisions: Vec<_> = st.decisions.iter().flatten().cloned().collect();
    let late = overdue_corrections(&decisions, st.as_of());
    if late.is_empty() {
        return html! {};
    }
    html! {
        <>
        <h3>{ Msg::Overdue.text(lang) }</h3>
        <table class="grid" id="overdue"><tbody>
        { for late.iter().map(|o| html! { <tr><td class="mono">{ &o.incident }</td><td>{ o.officer.as_str() }</td><td class="mono">{ o.deadline.to_string() }</td><td class="num">{ format!("{} {}", o.days_overdue, Msg::DaysLate.text(lang)) }</td><td>{ o.actions.join("；") }</td></tr> }) }
        </tbody></table>
        </>
    }
}

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
