//! Tolerance review: the incident form with the policy's preconditions, positive, mitigation and
//! negative lists (with descriptions); the core's decision and reasons update as facts are
//! ticked; correction tracking with deadlines.

use crate::components::app::Ctx;
use crate::components::incident_decision::IncidentDecision;
use crate::components::incident_form::IncidentForm;
use crate::components::incident_list::IncidentList;
use crate::i18n::{pick, Msg};
use yew::prelude::*;

/// The tolerance review screen.
#[function_component(ToleranceView)]
pub fn tolerance_view() -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let st = &ctx.state;
    let lang = st.lang();
    let policy = st.session.policy();
    let Some(k) = st.ui.incident.clone().filter(|k| st.incident(k).is_some()) else {
        return html! { <div class="split"><section class="pane-left"><IncidentList /></section><section class="pane-right"><p class="hint">{ Msg::NoIncidents.text(lang) }</p></section></div> };
    };
    html! {
        <div class="split tolerance">
            <section class="pane-left">
                <p class="meta">{ format!("{}: {} {}", Msg::Policy.text(lang), pick(lang, &policy.title, policy.title_en.as_deref()), policy.version) }</p>
                <IncidentList />
                <IncidentDecision id={k.clone()} />
            </section>
            <section class="pane-right"><IncidentForm id={k} /></section>
        </div>
    }
}
