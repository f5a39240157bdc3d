//! The tolerance incident form: what happened, responsibility and culpability, the policy's
//! preconditions and lists (ticked facts with evidence), the linked occurrences and the correction.

use crate::components::app::Ctx;
use crate::i18n::{pick, Lang, Msg};
use crate::state::{Action, AppState, IncidentEdit};
use kaoping_core::rules::tolerance::{Culpability, Incident, PolicyItem, Responsibility};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Properties of [`IncidentForm`].
#[derive(Properties, PartialEq)]
pub struct IncidentFormProps {
    /// Incident id.
    pub id: String,
}

/// One policy list as ticked boxes with the items' descriptions.
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

/// The occurrences an incident may link: the officer's deductions and vetoes (id, label).
fn linkable(st: &AppState, inc: &Incident) -> Vec<(String, String)> {
    let dossier = st.dossier(&inc.officer);
    let scheme = st.scheme();
    dossier
        .map(|d| {
            d.occurrences
                .iter()
                .filter(|o| {
                    scheme.deductions.items.iter().any(|i| i.id == o.item)
                        || scheme.vetoes.iter().any(|v| v.id == o.item)
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
        .unwrap_or_default()
}

/// A callback setting a responsibility class from its select.
fn on_responsibility(ctx: &Ctx, k: String) -> Callback<Event> {
    let ctx = ctx.clone();
    Callback::from(move |e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        let r = if s.value() == "illegalHandling" {
            Responsibility::IllegalHandling
        } else {
            Responsibility::QualityFlaw
        };
        ctx.dispatch(Action::EditIncident { id: k.clone(), edit: IncidentEdit::Responsibility(r) });
    })
}

/// A callback setting the culpability from its select.
fn on_culpability(ctx: &Ctx, k: String) -> Callback<Event> {
    let ctx = ctx.clone();
    Callback::from(move |e: Event| {
        let s: HtmlSelectElement = e.target_unchecked_into();
        let c = match s.value().as_str() {
            "generalNegligence" => Some(Culpability::GeneralNegligence),
            "grossNegligence" => Some(Culpability::GrossNegligence),
            "intentional" => Some(Culpability::Intentional),
            _ => None,
        };
        ctx.dispatch(Action::EditIncident { id: k.clone(), edit: IncidentEdit::Culpability(c) });
    })
}

/// The evidence of each claimed fact (one reference per line).
fn evidence_inputs(inc: &Incident, k: &str, ctx: &Ctx, lang: Lang) -> Html {
    html! {
        { for inc.facts.iter().map(|f| {
            let ctx = ctx.clone();
            let k = k.to_owned();
            let id = f.item.as_str().to_string();
            let id2 = id.clone();
            let onchange = Callback::from(move |e: Event| {
                let t: HtmlTextAreaElement = e.target_unchecked_into();
                ctx.dispatch(Action::EditIncident { id: k.clone(), edit: IncidentEdit::Evidence(id2.clone(), t.value()) });
            });
            html! { <label class="evidence">{ format!("{id} {}", Msg::Evidence.text(lang)) }
                <textarea rows="2" data-evidence={id.clone()} value={f.evidence.join("\n")} {onchange} /></label> }
        }) }
    }
}

/// The form of one incident.
#[function_component(IncidentForm)]
pub fn incident_form(props: &IncidentFormProps) -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let st = &ctx.state;
    let lang = st.lang();
    let k = props.id.clone();
    let policy = st.session.policy();
    let Some(inc) = st.incident(&k).map(|r| &r.incident) else { return html! {} };
    let edit = |f: fn(String) -> IncidentEdit| {
        let ctx = ctx.clone();
        let k = k.clone();
        Callback::from(move |e: Event| {
            let value = if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                t.value()
            } else {
                e.target_unchecked_into::<HtmlInputElement>().value()
            };
            ctx.dispatch(Action::EditIncident { id: k.clone(), edit: f(value) });
        })
    };
    let (on_resp, on_culp) = (on_responsibility(&ctx, k.clone()), on_culpability(&ctx, k.clone()));
    let has_fact = |id: &str| inc.facts.iter().any(|f| f.item.as_str() == id);
    let kf = k.clone();
    let fact_action =
        move |id: String, on: bool| Action::EditIncident { id: kf.clone(), edit: IncidentEdit::Fact(id, on) };
    let kp = k.clone();
    let precondition_action = move |id: String, on: bool| Action::EditIncident {
        id: kp.clone(),
        edit: IncidentEdit::Precondition(id, on),
    };
    let linkable = linkable(st, inc);
    let correction = inc.correction.clone();
    html! {
        <div class="incident-form" data-incident={inc.id.clone()}>
            <table class="grid kv">
                <tr><th>{ Msg::Incident.text(lang) }</th><td class="mono">{ &inc.id }</td><th>{ Msg::Officer.text(lang) }</th><td>{ inc.officer.as_str() }</td></tr>
                <tr><th>{ Msg::Date.text(lang) }</th><td><input id="inc-date" type="date" value={inc.date.to_string()} onchange={edit(IncidentEdit::Date)} /></td>
                    <th>{ Msg::Kind.text(lang) }</th><td><input id="inc-kind" class="mono" value={inc.kind.clone()} onchange={edit(IncidentEdit::Kind)} /></td></tr>
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
                precondition_action, &ctx, "preconditions") }
            <h3>{ Msg::PositiveList.text(lang) }</h3>
            { checklist(&policy.positive, lang, has_fact, fact_action.clone(), &ctx, "positive") }
            <h3>{ Msg::MitigationList.text(lang) }</h3>
            { checklist(&policy.mitigation, lang, has_fact, fact_action.clone(), &ctx, "mitigation") }
            <h3>{ Msg::NegativeList.text(lang) }</h3>
            { checklist(&policy.negative, lang, has_fact, fact_action, &ctx, "negative") }
            <div class="evidence-list">{ evidence_inputs(inc, &k, &ctx, lang) }</div>
            <h3>{ Msg::Linked.text(lang) }</h3>
            <table class="grid"><tbody>
            { for linkable.iter().map(|(id, label)| {
                let ctx = ctx.clone();
                let k = k.clone();
                let id2 = id.clone();
                let onchange = Callback::from(move |e: Event| {
                    let input: HtmlInputElement = e.target_unchecked_into();
                    ctx.dispatch(Action::EditIncident { id: k.clone(), edit: IncidentEdit::Linked(id2.clone(), input.checked()) });
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
    }
}
