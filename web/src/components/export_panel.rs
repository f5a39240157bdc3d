//! Exporting the results: the core's tables saved as `.xlsx` (kaoping-office) or CSV (the core),
//! the whole cohort unless "仅导出筛选结果" is ticked (then the committee table's filter applies and
//! the title row says so).

use crate::browser;
use crate::components::app::Ctx;
use crate::i18n::Msg;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The MIME type of `.xlsx` workbooks.
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The export rows of the data screen.
#[function_component(ExportPanel)]
pub fn export_panel() -> Html {
    let filtered = use_state(|| false);
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let export_xlsx = {
        let (store, filtered) = (store.clone(), filtered.clone());
        Callback::from(move |_| {
            let tables = store.state.export_tables(*filtered);
            let at = browser::now_timestamp();
            match kaoping_office::write_xlsx(&[&tables.results, &tables.explanations], at) {
                Ok(bytes) => browser::download_bytes("kaoping-results.xlsx", XLSX, &bytes),
                Err(p) => store.dispatch(crate::state::Action::Reject(p)),
            }
        })
    };
    let export_csv = {
        let (store, filtered) = (store.clone(), filtered.clone());
        Callback::from(move |_| {
            let tables = store.state.export_tables(*filtered);
            browser::download("kaoping-results.csv", "text/csv;charset=utf-8", &tables.results.to_csv());
        })
    };
    let on_filtered = {
        let filtered = filtered.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            filtered.set(input.checked());
        })
    };
    html! {
        <tr><th>{ Msg::ExportResults.text(lang) }</th><td>
            <button id="export-xlsx" onclick={export_xlsx}>{ Msg::ExportXlsx.text(lang) }{ " " }<span class="mono">{ ".xlsx" }</span></button>
            { " " }
            <button id="export-csv" onclick={export_csv}>{ Msg::ExportCsv.text(lang) }</button>
            { " " }
            <label class="check"><input id="export-filtered" type="checkbox" checked={*filtered} onchange={on_filtered} />
                { Msg::ExportFilteredOnly.text(lang) }</label>
            <div class="sub">{ Msg::ExportWhole.text(lang) }</div>
        </td></tr>
    }
}
