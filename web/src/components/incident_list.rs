//! The tolerance incidents of the session: a field for what happened and a button recording a
//! new incident of the selected officer, the incidents with their decisions (select), and the
//! overdue corrections.

use crate::components::app::Ctx;
use crate::i18n::{Lang, Msg};
use crate::state::Action;
use kaoping_core::rules::tolerance::overdue_corrections;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The incident list.
#[function_component(IncidentList)]
pub fn incident_list() -> Html {
    let description = use_node_ref();
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let st = &ctx.state;
    let lang = st.lang();
    let selected = st.ui.selected.clone();
    let add = {
        let ctx = ctx.clone();
        let description = description.clone();
        let officer = selected.clone();
        Callback::from(move |_| {
            let text = description.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            if let Some(officer) = officer.clone() {
                ctx.dispatch(Action::AddIncident { officer, description: text });
            }
        })
    };
    let selected_name =
        selected.as_ref().and_then(|i| st.dossier(i)).map(|d| d.officer.name.clone()).unwrap_or_default();
    let name_of =
        |id: &kaoping_core::OfficerId| st.dossier(id).map(|d| d.officer.name.clone()).unwrap_or_default();
    html! {
        <div>
            <div class="toolbar">
                <label>{ Msg::Description.text(lang) }<input id="incident-description-new" ref={description} /></label>
                <button id="incident-new" onclick={add}>{ format!("{}（{selected_name}）", Msg::NewIncident.text(lang)) }</button>
            </div>
            <table class="grid" id="incident-list">
                <thead><tr><th>{ Msg::Incident.text(lang) }</th><th>{ Msg::Officer.text(lang) }</th><th>{ Msg::Date.text(lang) }</th><th>{ Msg::Decision.text(lang) }</th></tr></thead>
                <tbody>
                { for st.incidents().map(|r| {
                    let inc = &r.incident;
                    let select = { let ctx = ctx.clone(); let id = inc.id.clone(); Callback::from(move |_| ctx.dispatch(Action::SelectIncident(id.clone()))) };
                    let outcome = r.decision.as_ref().map_or_else(|| "—".to_owned(), |d| d.decision.outcome.label(lang).to_owned());
                    html! {
                        <tr class={classes!((st.ui.incident.as_deref() == Some(inc.id.as_str())).then_some("selected"))} onclick={select} data-incident={inc.id.clone()}>
                            <td class="mono">{ &inc.id }</td><td>{ format!("{} {}", inc.officer, name_of(&inc.officer)) }</td>
                            <td class="mono">{ inc.date.to_string() }</td><td class="outcome">{ outcome }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            if st.incidents().next().is_none() { <p class="hint">{ Msg::NoIncidents.text(lang) }</p> }
            { overdue(st, lang) }
        </div>
    }
}

/// The corrections past their deadline, as of the end of the period.
fn overdue(st: &crate::state::AppState, lang: Lang) -> Html {
    let decisions: Vec<_> =
        st.incidents().filter_map(|r| r.decision.as_ref().map(|d| d.decision.clone())).collect();
    let late = overdue_corrections(&decisions, st.scheme().period.end);
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
