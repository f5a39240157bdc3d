//! Per-rater score sheets with recusals and sign-off, the quota changes of the ranked cohort,
//! and the audit trail with a verify button. Every decision (recusal, aggregation, quotas, chain
//! verification) is the core's.

use crate::components::app::Ctx;
use crate::components::problems::ProblemList;
use crate::components::rater_sheet::RaterSheet;
use crate::i18n::Msg;
use crate::state::Action;
use yew::prelude::*;

/// Today's date from the browser's clock (the app, not the core, reads the clock).
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// The score sheets screen.
#[function_component(SheetsView)]
pub fn sheets_view() -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let verification = use_state(|| None::<kaoping_core::rules::audit::Verification>);
    let st = &ctx.state;
    let lang = st.lang();
    let changes = match &st.cohort {
        Ok(c) if !c.changes.is_empty() => html! {
            <>
            <h3>{ Msg::QuotaChanges.text(lang) }</h3>
            <table class="grid" id="quota-changes"><tbody>
            { for c.changes.iter().map(|ch| html! { <tr><td class="mono">{ ch.officer.as_str() }</td><td>{ &ch.reason }</td></tr> }) }
            </tbody></table>
            </>
        },
        _ => html! {},
    };
    let verify = {
        let ctx = ctx.clone();
        let verification = verification.clone();
        Callback::from(move |_| verification.set(Some(ctx.state.ws.audit.verify())))
    };
    let seal = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Seal { today: today() }))
    };
    let warnings = match &st.cohort {
        Ok(c) if !c.warnings.is_empty() => html! { <ProblemList problems={c.warnings.clone()} /> },
        _ => html! {},
    };
    html! {
        <div class="split sheets">
            <section class="pane-left"><RaterSheet />{ warnings }{ changes }</section>
            <section class="pane-right">
                <h3>{ Msg::AuditTrail.text(lang) }</h3>
                <div class="toolbar">
                    <button id="audit-verify" onclick={verify}>{ Msg::Verify.text(lang) }</button>
                    <button id="audit-seal" onclick={seal}>{ Msg::Seal.text(lang) }</button>
                    { match &*verification {
                        Some(v) if v.ok => html! { <span class="verify-ok" id="verify-result">{ format!("{} ({})", Msg::VerifyOk.text(lang), v.checked) }</span> },
                        Some(v) => html! { <span class="verify-bad" id="verify-result">{ format!("{} {}", Msg::VerifyBad.text(lang), v.first_bad.as_ref().map(|t| t.message.clone()).unwrap_or_default()) }</span> },
                        None => html! {},
                    } }
                </div>
                <table class="grid" id="audit">
                    <thead><tr><th class="num">{ Msg::Seq.text(lang) }</th><th>{ Msg::Date.text(lang) }</th><th>{ Msg::Actor.text(lang) }</th><th>{ Msg::Event.text(lang) }</th><th>{ Msg::Hash.text(lang) }</th></tr></thead>
                    <tbody>
                    { for st.ws.audit.entries.iter().map(|e| html! {
                        <tr><td class="num">{ e.seq }</td><td class="mono">{ e.at.to_string() }</td><td>{ &e.actor }</td>
                            <td class="mono small">{ kaoping_json::to_string(&e.event) }</td>
                            <td class="mono small">{ e.hash.chars().take(12).collect::<String>() }</td></tr>
                    }) }
                    </tbody>
                </table>
            </section>
        </div>
    }
}
