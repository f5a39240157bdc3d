//! Import and export: the whole workspace as JSON, the results as `.xlsx` and CSV. What replaces
//! the whole workspace (an imported file, the demo cohort) asks first, saying what would be
//! replaced; afterwards it can still be undone (the undo bar).

use crate::browser;
use crate::components::app::Ctx;
use crate::components::export_panel::ExportPanel;
use crate::components::import_dialog::ImportRosterRow;
use crate::i18n::Msg;
use crate::state::{Action, MAX_IMPORT_BYTES};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The handler of a file input whose chosen JSON file becomes an action (a file too large or
/// unreadable is refused).
pub fn on_json_file(store: &Ctx, action: fn(String) -> Action) -> Callback<Event> {
    let store = store.clone();
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let store = store.clone();
        browser::read_chosen_file(
            &input,
            MAX_IMPORT_BYTES,
            Callback::from(move |r: Result<String, String>| match r {
                Ok(text) => store.dispatch(action(text)),
                Err(why) => store.dispatch(Action::Refuse(why)),
            }),
        );
    })
}

/// The data screen.
#[function_component(DataPanel)]
pub fn data_panel() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let export_json = {
        let store = store.clone();
        Callback::from(move |_| crate::components::safekeeping::export_workspace(&store))
    };
    let export_events = {
        let store = store.clone();
        Callback::from(move |_| {
            let text = kaoping_json::to_string_pretty(&store.state.events_file());
            browser::download("kaoping-events.json", "application/json", &text);
        })
    };
    let asking = use_state(|| None::<Action>);
    let on_import = {
        let (store, asking) = (store.clone(), asking.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (store, asking) = (store.clone(), asking.clone());
            browser::read_chosen_file(
                &input,
                MAX_IMPORT_BYTES,
                Callback::from(move |r: Result<String, String>| match r {
                    Ok(text) => asking.set(Some(Action::ImportWorkspace(text))),
                    Err(why) => store.dispatch(Action::Refuse(why)),
                }),
            );
        })
    };
    let reset = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(Some(Action::ResetDemo)))
    };
    // the question is asked under the row it is about
    let importing = matches!(*asking, Some(Action::ImportWorkspace(_)));
    let question = asking.as_ref().map(|action| {
        let confirm = {
            let (store, asking, action) = (store.clone(), asking.clone(), action.clone());
            Callback::from(move |_| {
                asking.set(None);
                store.dispatch(action.clone());
            })
        };
        let cancel = {
            let asking = asking.clone();
            Callback::from(move |_| asking.set(None))
        };
        let st = &store.state;
        let what = format!(
            "{}{}",
            Msg::ReplaceAsk.text(lang),
            Msg::ReplaceWhat.text(lang)
                .replace("{officers}", &st.officer_count().to_string())
                .replace("{events}", &st.session.log().len().to_string())
        );
        html! {
            <tr class="replace-ask"><td colspan="2" id="replace-ask" role="alert">{ what }
                <button id="confirm-replace" class="small danger" onclick={confirm}>{ Msg::ReplaceConfirm.text(lang) }</button>
                <button id="cancel-replace" class="small" onclick={cancel}>{ Msg::Cancel.text(lang) }</button>
            </td></tr>
        }
    });
    html! {
        <section class="panel data-panel">
            <p>{ Msg::SavedLocally.text(lang) }</p>
            <table class="grid kv">
                <tr><th>{ Msg::ExportWorkspace.text(lang) }</th><td><button id="export-json" onclick={export_json}>{ Msg::ExportWorkspace.text(lang) }</button></td></tr>
                <tr><th>{ Msg::ImportWorkspace.text(lang) }</th><td><label class="file-pick"><span class="file-button">{ Msg::ChooseFile.text(lang) }</span><input id="import-json" type="file" accept=".json,application/json" onchange={on_import} /></label>
                    <span class="sub">{ format!(" ≤ {} MB", MAX_IMPORT_BYTES / 1024 / 1024) }</span></td></tr>
                { for question.clone().filter(|_| importing) }
                <tr><th>{ Msg::ExportEvents.text(lang) }</th><td><button id="export-events" onclick={export_events}>{ Msg::ExportEvents.text(lang) }</button>
                    <span class="sub">{ format!(" {}", Msg::ExportEventsHint.text(lang)) }</span></td></tr>
                <ImportRosterRow />
                <ExportPanel />
                <tr><th>{ Msg::ResetDemo.text(lang) }</th><td><button id="reset-demo" onclick={reset}>{ Msg::ResetDemo.text(lang) }</button></td></tr>
                { for question.filter(|_| !importing) }
            </table>
        </section>
    }
}
