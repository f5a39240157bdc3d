//! The roster import: choosing a file (read by kaoping-office), then a dialog with the mapping
//! the core proposed — a drop-down per column — and the core's answer: every problem of its
//! cells (sheet, row, column), or the button that imports N officers in one go. The mapping is
//! remembered in localStorage for the next import.

use crate::browser;
use crate::components::app::Ctx;
use crate::i18n::{Lang, Msg};
use crate::state::{Action, ImportDraft, MAX_IMPORT_BYTES};
use kaoping_core::api::table::mapping::fields;
use kaoping_core::api::table::{column_letter, Cell};
use kaoping_core::base::message::TableMsg;
use kaoping_core::Code;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The file choice of the data screen: reads the file and opens the dialog.
#[function_component(ImportRosterRow)]
pub fn import_roster_row() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let on_file = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let store = store.clone();
            let done = Callback::from(move |r: Result<(String, Vec<u8>), String>| match r {
                Ok((file, bytes)) => match kaoping_office::read_sheets(&file, &bytes) {
                    Ok(sheets) => store.dispatch(Action::OpenImport {
                        file,
                        sheets,
                        remembered: browser::load_mapping(),
                    }),
                    Err(p) => store.dispatch(Action::Reject(p)),
                },
                Err(why) => store.dispatch(Action::Refuse(why)),
            });
            browser::read_chosen_file_bytes(&input, MAX_IMPORT_BYTES, done);
        })
    };
    html! {
        <tr><th>{ Msg::ImportRoster.text(lang) }</th><td>
            <label class="file-pick"><span class="file-button">{ Msg::ChooseFile.text(lang) }</span>
                <input id="import-roster" type="file" accept=".xlsx,.csv,text/csv" onchange={on_file} /></label>
            <div class="sub">{ Msg::ImportRosterHint.text(lang) }</div>
        </td></tr>
    }
}

/// The import dialog, shown while an import is open.
#[function_component(ImportDialog)]
pub fn import_dialog() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let Some(d) = &st.ui.import else { return html! {} };
    let (colon, open, close) = if lang == Lang::Zh { ("：", "（", "）") } else { (": ", " (", ")") };
    let cancel = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::CancelImport))
    };
    let on_sheet = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            #[allow(clippy::disallowed_methods)] // an integer parse
            let i = s.value().parse().unwrap_or(0);
            store.dispatch(Action::ImportSheet(i));
        })
    };
    let sheet_choice = (d.sheets.len() > 1).then(|| {
        html! {
            <label>{ Msg::ImportSheet.text(lang) }{ " " }
                <select id="import-sheet" onchange={on_sheet}>
                { for d.sheets.iter().enumerate().map(|(i, s)| html! {
                    <option value={i.to_string()} selected={i == d.sheet}>{ &s.name }</option> }) }
                </select></label>
        }
    });
    let answer = match &d.outcome {
        None => html! { <p class="why" id="import-no-header">{ Msg::ImportNoHeader.text(lang) }</p> },
        Some(Err(problems)) => html! {
            <div id="import-problems">
                <p class="why">{ Msg::ImportProblems.text(lang) }</p>
                <table class="grid">
                    <thead><tr><th>{ Msg::ImportSheet.text(lang) }</th><th class="num">{ Msg::ImportRow.text(lang) }</th>
                        <th>{ Msg::ImportColumn.text(lang) }</th><th>{ Msg::ImportProblem.text(lang) }</th></tr></thead>
                    <tbody>
                    { for problems.iter().map(|p| html! {
                        <tr data-code={p.problem.code.as_str()} data-cell={format!("{}{}", p.column, p.row)}>
                            <td>{ &p.sheet }</td><td class="num">{ p.row }</td>
                            <td>{ format!("{}{open}{}{close}", p.column, p.title) }</td><td>{ p.text(lang) }</td></tr> }) }
                    </tbody>
                </table>
            </div>
        },
        Some(Ok(plan)) => {
            let confirm = {
                let (store, d) = (store.clone(), d.clone());
                Callback::from(move |_| {
                    browser::save_mapping(&d.to_remember());
                    store.dispatch(Action::ConfirmImport);
                })
            };
            let n = plan.added + plan.updated;
            html! {
                <p>
                    <button id="import-confirm" class="primary" onclick={confirm}>
                        { format!("{}{n}{}", Msg::ImportConfirmPre.text(lang), Msg::ImportConfirmPost.text(lang)) }</button>
                    <span class="sub">{ format!(" {} {} · {} {}", Msg::ImportAdded.text(lang), plan.added, Msg::ImportUpdated.text(lang), plan.updated) }</span>
                </p>
            }
        }
    };
    html! {
        <div class="import-dialog noprint" role="dialog" id="import-dialog">
            <h3>{ format!("{}{colon}{}", Msg::ImportTitle.text(lang), d.file) }</h3>
            { sheet_choice.unwrap_or_default() }
            { mapping_table(&store, d) }
            { reason_field(&store, d) }
            { answer }
            <div class="toolbar"><button id="import-cancel" onclick={cancel}>{ Msg::Cancel.text(lang) }</button></div>
        </div>
    }
}

/// The reason the events carry, asked for when the core asks for it (after a seal).
fn reason_field(store: &Ctx, d: &ImportDraft) -> Html {
    let lang = store.state.lang();
    let asked =
        matches!(&d.outcome, Some(Err(ps)) if ps.iter().any(|p| p.problem.code == Code::ReasonRequired));
    if !asked && d.reason.is_empty() {
        return html! {};
    }
    let onchange = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            store.dispatch(Action::ImportReason(t.value()));
        })
    };
    html! {
        <label class="reason">{ Msg::ImportReason.text(lang) }
            <textarea id="import-reason" rows="2" value={d.reason.clone()} placeholder={Msg::ReasonPlaceholder.text(lang)} {onchange} /></label>
    }
}

/// One row per column: its letter, title, a drop-down of the fields, and its first value.
fn mapping_table(store: &Ctx, d: &ImportDraft) -> Html {
    let st = &store.state;
    let lang = st.lang();
    let scheme = st.scheme();
    let choices: Vec<(String, String)> =
        fields(scheme).iter().map(|f| (f.code(), f.title(scheme, lang))).collect();
    let ignore = TableMsg::Ignore.text(lang);
    let first = d.header.and_then(|h| d.sheets.get(d.sheet)?.rows.get(h + 1));
    html! {
        <table class="grid" id="import-mapping">
            <thead><tr><th>{ Msg::ImportColumn.text(lang) }</th><th>{ Msg::ImportHeader.text(lang) }</th>
                <th>{ Msg::ImportField.text(lang) }</th><th>{ Msg::ImportSample.text(lang) }</th></tr></thead>
            <tbody>
            { for d.titles.iter().enumerate().map(|(c, title)| {
                let current = d.mapping.get(c).cloned().flatten().map(|f| f.code()).unwrap_or_default();
                let onchange = {
                    let store = store.clone();
                    Callback::from(move |e: Event| {
                        let s: HtmlSelectElement = e.target_unchecked_into();
                        store.dispatch(Action::MapColumn { column: c, field: s.value() });
                    })
                };
                let sample = first.and_then(|r| r.get(c)).and_then(Cell::trimmed).unwrap_or_default();
                html! {
                    <tr data-column={column_letter(c)}>
                        <td class="mono">{ column_letter(c) }</td>
                        <td>{ title }</td>
                        <td><select class="import-field" data-title={title.clone()} {onchange}>
                            <option value="" selected={current.is_empty()}>{ ignore.clone() }</option>
                            { for choices.iter().map(|(code, t)| html! {
                                <option value={code.clone()} selected={*code == current}>{ t }</option> }) }
                        </select></td>
                        <td class="sub">{ sample }</td>
                    </tr>
                }
            }) }
            </tbody>
        </table>
    }
}
