//! Tolerance review: the incident form with the policy's preconditions, positive, mitigation and
//! negative lists (with descriptions); the core's decision and reasons update as facts are
//! ticked; correction tracking with deadlines.

use crate::components::app::Ctx;
use crate::components::incident_decision::IncidentDecision;
use crate::components::incident_form::IncidentForm;
use crate::components::incident_list::IncidentList;
use crate::components::problems::ProblemList;
use crate::i18n::{pick, Msg};
use yew::prelude::*;

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
    let Some(k) = st.ui.incident.filter(|k| *k < st.ws.incidents.len()) else {
        return html! { <div class="split"><section class="pane-left"><IncidentList /></section><section class="pane-right"><p class="hint">{ Msg::NoIncidents.text(lang) }</p></section></div> };
    };
    html! {
        <div class="split tolerance">
            <section class="pane-left">
                <p class="meta">{ format!("{}: {} {}", Msg::Policy.text(lang), pick(lang, &policy.title, policy.title_en.as_deref()), policy.version) }</p>
                <IncidentList />
                <IncidentDecision index={k} />
            </section>
            <section class="pane-right"><IncidentForm index={k} /></section>
        </div>
    }
}
