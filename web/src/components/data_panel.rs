//! Import and export: the whole workspace as JSON, the results as CSV (UTF-8 with BOM).

use crate::browser;
use crate::components::app::Ctx;
use crate::csv;
use crate::i18n::{pick, Msg};
use crate::state::{Action, MAX_IMPORT_BYTES};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The data screen.
#[function_component(DataPanel)]
pub fn data_panel() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let export_json = {
        let store = store.clone();
        Callback::from(move |_| {
            browser::download(
                "kaoping-workspace.json",
                "application/json",
                &store.state.workspace().to_json(),
            );
        })
    };
    let export_csv = {
        let store = store.clone();
        Callback::from(move |_| {
            let st = &store.state;
            let lang = st.lang();
            let dp = st.scheme().precision;
            let header: Vec<String> =
                [Msg::Rank, Msg::OfficerId, Msg::Name, Msg::Unit, Msg::Total, Msg::Grade, Msg::Flags]
                    .iter()
                    .map(|m| m.text(lang).to_string())
                    .collect();
            let rows: Vec<Vec<String>> = st
                .table_order()
                .into_iter()
                .filter_map(|i| {
                    let e = st.entry(&i)?;
                    let grade = e
                        .grade
                        .as_ref()
                        .and_then(|g| st.scheme().grade(&g.id))
                        .map(|g| pick(lang, &g.title, g.title_en.as_deref()).to_string())
                        .unwrap_or_default();
                    let mut f = Vec::new();
                    for (on, m) in [
                        (e.quota_changed, Msg::FlagQuota),
                        (e.flags.veto, Msg::FlagVeto),
                        (e.flags.incomplete, Msg::FlagIncomplete),
                        (e.flags.disagreement, Msg::FlagDisagreement),
                        (e.flags.tolerance, Msg::FlagTolerance),
                    ] {
                        if on {
                            f.push(m.text(lang));
                        }
                    }
                    Some(vec![
                        e.rank.to_string(),
                        e.officer.id.as_str().to_string(),
                        e.officer.name.clone(),
                        e.officer.unit.clone().unwrap_or_default(),
                        e.total.format_dp(dp),
                        grade,
                        f.join(" "),
                    ])
                })
                .collect();
            browser::download(
                "kaoping-results.csv",
                "text/csv;charset=utf-8",
                &csv::document(&header, &rows),
            );
        })
    };
    let export_events = {
        let store = store.clone();
        Callback::from(move |_| {
            let text = kaoping_json::to_string_pretty(&store.state.events_file());
            browser::download("kaoping-events.json", "application/json", &text);
        })
    };
    let on_import = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let store = store.clone();
            browser::read_chosen_file(
                &input,
                MAX_IMPORT_BYTES,
                Callback::from(move |r: Result<String, String>| match r {
                    Ok(text) => store.dispatch(Action::ImportWorkspace(text)),
                    Err(why) => store.dispatch(Action::Refuse(why)),
                }),
            );
        })
    };
    let reset = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ResetDemo))
    };
    html! {
        <section class="panel data-panel">
            <p>{ Msg::SavedLocally.text(lang) }</p>
            <table class="grid kv">
                <tr><th>{ Msg::ExportWorkspace.text(lang) }</th><td><button id="export-json" onclick={export_json}>{ Msg::ExportWorkspace.text(lang) }</button></td></tr>
                <tr><th>{ Msg::ImportWorkspace.text(lang) }</th><td><label class="file-pick"><span class="file-button">{ Msg::ChooseFile.text(lang) }</span><input id="import-json" type="file" accept=".json,application/json" onchange={on_import} /></label>
                    <span class="sub">{ format!(" ≤ {} MB", MAX_IMPORT_BYTES / 1024 / 1024) }</span></td></tr>
                <tr><th>{ Msg::ExportEvents.text(lang) }</th><td><button id="export-events" onclick={export_events}>{ Msg::ExportEvents.text(lang) }</button>
                    <span class="sub">{ format!(" {}", Msg::ExportEventsHint.text(lang)) }</span></td></tr>
                <tr><th>{ Msg::ExportCsv.text(lang) }</th><td><button id="export-csv" onclick={export_csv}>{ Msg::ExportCsv.text(lang) }</button></td></tr>
                <tr><th>{ Msg::ResetDemo.text(lang) }</th><td><button id="reset-demo" onclick={reset}>{ Msg::ResetDemo.text(lang) }</button></td></tr>
            </table>
        </section>
    }
}
