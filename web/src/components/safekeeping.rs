//! Nothing lost: the bar that says the browser did not keep the latest edits (storage full or
//! refused) until a save succeeds, and the reminder to export a backup after enough changes.

use crate::browser;
use crate::components::app::Ctx;
use crate::i18n::Msg;
use crate::state::{Action, StorageProblem};
use yew::prelude::*;

/// Downloads the workspace as JSON (a backup) and counts the changes since from here.
pub fn export_workspace(store: &Ctx) {
    let mut ws = store.state.workspace();
    ws.backed_up = Some(store.state.session.log().len());
    browser::download("kaoping-workspace.json", "application/json", &ws.to_json());
    store.dispatch(Action::Exported);
}

/// What the browser answered at the last save, when it did not keep the workspace.
#[function_component(StorageBar)]
pub fn storage_bar() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let Some(problem) = store.state.ui.storage.as_ref() else { return html! {} };
    let (kind, msg) = match problem {
        StorageProblem::Full => ("full", Msg::StorageFull),
        StorageProblem::Refused(_) => ("refused", Msg::StorageRefused),
    };
    let export = {
        let store = store.clone();
        Callback::from(move |_| export_workspace(&store))
    };
    html! {
        <div class="notice storage-problem noprint" role="alert" id="storage-problem" data-kind={kind}>
            <div class="notice-body">{ msg.text(lang) }</div>
            <button id="storage-export" class="small" onclick={export}>{ Msg::ExportBackup.text(lang) }</button>
        </div>
    }
}

/// The reminder to export a backup (nothing until enough changes since the last one).
#[function_component(BackupReminder)]
pub fn backup_reminder() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let Some(n) = store.state.backup_due() else { return html! {} };
    let export = {
        let store = store.clone();
        Callback::from(move |_| export_workspace(&store))
    };
    let later = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::SnoozeBackup))
    };
    html! {
        <div class="undo-bar backup-reminder noprint" role="status" id="backup-reminder">
            <span>{ Msg::BackupDue.text(lang).replace("{n}", &n.to_string()) }</span>
            <button id="backup-export" class="small" onclick={export}>{ Msg::ExportBackup.text(lang) }</button>
            <button id="backup-later" class="small" onclick={later}>{ Msg::Later.text(lang) }</button>
        </div>
    }
}
