//! The committee's screen: the members' score sheets (sign-off, locks, recusals), the warnings
//! and quota changes of the ranked table, and sealing and publishing the result with the
//! changes since the last seal. Every decision (recusal, aggregation, quotas, locks) is the
//! core's.

use crate::components::app::Ctx;
use crate::components::audit_view::when;
use crate::components::problems::ProblemList;
use crate::components::rater_sheet::RaterSheet;
use crate::i18n::{Lang, Msg};
use crate::state::{Action, AppState};
use yew::prelude::*;

/// Today's date from the browser's clock (the app, not the core, reads the clock).
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// The seal: when it was sealed, and what changed since (worded by the core).
pub fn since_seal_notice(st: &AppState, lang: Lang) -> Html {
    let Some((since, lines)) = st.since_seal() else { return html! {} };
    html! {
        <div class={classes!("since-seal", (!lines.is_empty()).then_some("changed"))} id="since-seal">
            <strong>{ format!("{}（{} · #{}）", Msg::SealedAt.text(lang), when(since.sealed_at), since.seal) }</strong>
            if lines.is_empty() {
                <span class="sub">{ format!(" {}", Msg::UnchangedSinceSeal.text(lang)) }</span>
            } else {
                <div>{ Msg::ChangedSinceSeal.text(lang) }</div>
                <ul>{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            }
        </div>
    }
}

/// The score sheets screen.
#[function_component(SheetsView)]
pub fn sheets_view() -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let st = &ctx.state;
    let lang = st.lang();
    let changes = match st.table() {
        Some(c) if !c.changes.is_empty() => html! {
            <>
            <h3>{ Msg::QuotaChanges.text(lang) }</h3>
            <table class="grid" id="quota-changes"><tbody>
            { for c.changes.iter().map(|ch| html! { <tr><td class="mono">{ ch.officer.as_str() }</td><td>{ &ch.reason }</td></tr> }) }
            </tbody></table>
            </>
        },
        _ => html! {},
    };
    let seal = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Seal))
    };
    let publish = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Publish))
    };
    let warnings = match st.table() {
        Some(c) if !c.warnings.is_empty() => html! { <ProblemList problems={c.warnings.clone()} /> },
        _ => html! {},
    };
    let published = st.session.state().published.as_ref();
    html! {
        <div class="split sheets">
            <section class="pane-left"><RaterSheet />{ warnings }{ changes }</section>
            <section class="pane-right">
                <h3>{ Msg::SealAndPublish.text(lang) }</h3>
                <p class="hint">{ Msg::SealHint.text(lang) }</p>
                <div class="toolbar">
                    <button id="audit-seal" onclick={seal} disabled={published.is_some()}>{ Msg::Seal.text(lang) }</button>
                    <button id="publish" onclick={publish} disabled={published.is_some()}>{ Msg::Publish.text(lang) }</button>
                </div>
                { published.map(|p| html! { <p class="ok" id="published">{ format!("{} {} · {}", Msg::PublishedAt.text(lang), when(p.at), st.person(&p.actor)) }</p> }) }
                { since_seal_notice(st, lang) }
            </section>
        </div>
    }
}
