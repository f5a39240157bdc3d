//! The tolerance incidents under review: a button opening one for the selected officer, the
//! incidents with their decisions (select, delete) and the overdue corrections.

use crate::components::app::Ctx;
use crate::i18n::{Lang, Msg};
use crate::state::Action;
use kaoping_core::rules::tolerance::overdue_corrections;
use yew::prelude::*;

/// The incident list.
#[function_component(IncidentList)]
pub fn incident_list() -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let st = &ctx.state;
    let lang = st.lang();
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
    html! {
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
    }
}

/// The corrections past their deadline, as of the end of the period.
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
