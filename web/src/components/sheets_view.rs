//! Per-rater score sheets with recusals and sign-off, the quota changes of the ranked cohort,
//! and the audit trail with a verify button. Every decision (recusal, aggregation, quotas, chain
//! verification) is the core's.

use crate::components::app::Ctx;
use crate::components::problems::ProblemList;
use crate::i18n::{pick, Msg};
use crate::state::Action;
use kaoping_core::model::scheme::InputSource;
use web_sys::{HtmlInputElement, HtmlSelectElement};
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
    let scheme = &st.ws.scheme;
    let rated: Vec<_> = scheme
        .indicators()
        .filter(|(_, i)| matches!(i.input, InputSource::Rated {}))
        .map(|(_, i)| i)
        .collect();
    let sheet_html = match (&st.ws.committee, rated.is_empty()) {
        (Some(committee), false) => {
            let rater_id = st
                .ui
                .rater
                .clone()
                .or_else(|| committee.members.first().map(|m| m.id.as_str().to_string()))
                .unwrap_or_default();
            let on_rater = {
                let ctx = ctx.clone();
                Callback::from(move |e: Event| {
                    let s: HtmlSelectElement = e.target_unchecked_into();
                    ctx.dispatch(Action::ShowRater(s.value()));
                })
            };
            let sheet = st.ws.sheets.iter().find(|s| s.rater.as_str() == rater_id);
            let sign = {
                let ctx = ctx.clone();
                let rater = rater_id.clone();
                Callback::from(move |_| {
                    ctx.dispatch(Action::SignSheet { rater: rater.clone(), today: today() })
                })
            };
            html! {
                <>
                <div class="toolbar">
                    <label>{ Msg::Rater.text(lang) }
                        <select id="rater" onchange={on_rater}>
                            { for committee.members.iter().map(|m| html! {
                                <option value={m.id.as_str().to_string()} selected={m.id.as_str() == rater_id}>{ format!("{} {} · {}", m.id, m.name, if lang == crate::i18n::Lang::Zh { m.role.zh().to_string() } else { format!("{:?}", m.role).to_lowercase() }) }</option>
                            }) }
                        </select>
                    </label>
                    { match sheet.and_then(|s| s.sign_off.as_ref()) {
                        Some(so) => html! { <span class="ok" id="signed">{ format!("{} {}", Msg::SignedOn.text(lang), so.date) }</span> },
                        None => html! { <><span class="sub">{ Msg::Unsigned.text(lang) }</span><button id="sign-sheet" onclick={sign}>{ Msg::SignOffSheet.text(lang) }</button></> },
                    } }
                </div>
                <table class="grid" id="sheet">
                    <thead><tr>
                        <th>{ Msg::OfficerId.text(lang) }</th><th>{ Msg::Name.text(lang) }</th>
                        { for rated.iter().map(|i| html! { <th class="num">{ format!("{} {}", i.id, pick(lang, &i.title, i.title_en.as_deref())) }</th> }) }
                    </tr></thead>
                    <tbody>
                    { for st.ws.dossiers.iter().map(|d| {
                        let recused = committee.recusals.iter().any(|r| r.rater.as_str() == rater_id && r.officer == d.officer.id);
                        html! {
                            <tr data-officer={d.officer.id.as_str().to_string()}>
                                <td class="mono">{ d.officer.id.as_str() }</td><td>{ &d.officer.name }</td>
                                { for rated.iter().map(|i| {
                                    let value = sheet.and_then(|s| s.ratings.iter().find(|r| r.officer == d.officer.id && r.indicator == i.id)).map(|r| r.value.to_string()).unwrap_or_default();
                                    let onchange = {
                                        let ctx = ctx.clone();
                                        let (rater, officer, indicator) = (rater_id.clone(), d.officer.id.as_str().to_string(), i.id.as_str().to_string());
                                        Callback::from(move |e: Event| {
                                            let input: HtmlInputElement = e.target_unchecked_into();
                                            ctx.dispatch(Action::SetRating { rater: rater.clone(), officer: officer.clone(), indicator: indicator.clone(), value: input.value(), today: today() });
                                        })
                                    };
                                    html! {
                                        <td class={classes!("num", recused.then_some("recused"))}>
                                            if recused { <span class="sub">{ Msg::Recused.text(lang) }{ " " }</span> }
                                            <input class="num-input" data-rating={i.id.as_str().to_string()} value={value} {onchange} />
                                        </td>
                                    }
                                }) }
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </>
            }
        }
        _ => html! { <p class="hint">{ Msg::NoRatedIndicators.text(lang) }</p> },
    };
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
            <section class="pane-left">{ sheet_html }{ warnings }{ changes }</section>
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
