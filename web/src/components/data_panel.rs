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
            browser::download("kaoping-workspace.json", "application/json", &store.state.ws.to_json());
        })
    };
    let export_csv = {
        let store = store.clone();
        Callback::from(move |_| {
            let st = &store.state;
            let lang = st.lang();
            let dp = st.ws.scheme.precision;
            let header: Vec<String> =
                [Msg::OfficerId, Msg::Name, Msg::Unit, Msg::Total, Msg::Grade, Msg::Flags]
                    .iter()
                    .map(|m| m.text(lang).to_string())
                    .collect();
            let rows: Vec<Vec<String>> = st
                .table_order()
                .into_iter()
                .filter_map(|i| {
                    let d = st.ws.dossiers.get(i)?;
                    let (total, grade, flags) = match st.rows.get(i)? {
                        Ok(a) => {
                            let grade = st
                                .final_grade(i)
                                .and_then(|g| st.ws.scheme.grade(&g.id))
                                .map(|g| pick(lang, &g.title, g.title_en.as_deref()).to_string())
                                .unwrap_or_default();
                            let mut f = Vec::new();
                            if st.entry(i).is_some_and(|e| e.quota_changed) {
                                f.push(Msg::FlagQuota.text(lang));
                            }
                            if a.flags.veto {
                                f.push(Msg::FlagVeto.text(lang));
                            }
                            if a.flags.incomplete {
                                f.push(Msg::FlagIncomplete.text(lang));
                            }
                            if a.flags.disagreement {
                                f.push(Msg::FlagDisagreement.text(lang));
                            }
                            if a.flags.tolerance {
                                f.push(Msg::FlagTolerance.text(lang));
                            }
                            (a.total.format_dp(dp), grade, f.join(" "))
                        }
                        Err(_) => (String::new(), String::new(), Msg::FlagError.text(lang).to_string()),
                    };
                    Some(vec![
                        st.entry(i).map(|e| e.rank.to_string()).unwrap_or_default(),
                        d.officer.id.as_str().to_string(),
                        d.officer.name.clone(),
                        d.officer.unit.clone().unwrap_or_default(),
                        total,
                        grade,
                        flags,
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
                <tr><th>{ Msg::ImportWorkspace.text(lang) }</th><td><input id="import-json" type="file" accept=".json,application/json" onchange={on_import} />
                    <span class="sub">{ format!(" ≤ {} MB", MAX_IMPORT_BYTES / 1024 / 1024) }</span></td></tr>
                <tr><th>{ Msg::ExportCsv.text(lang) }</th><td><button id="export-csv" onclick={export_csv}>{ Msg::ExportCsv.text(lang) }</button></td></tr>
                <tr><th>{ Msg::ResetDemo.text(lang) }</th><td><button id="reset-demo" onclick={reset}>{ Msg::ResetDemo.text(lang) }</button></td></tr>
            </table>
        </section>
    }
}
